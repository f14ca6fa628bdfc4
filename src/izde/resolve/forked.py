"""Work spread over forked worker processes, for the stages of a large batch.

The bulk path (``izde.resolve.bulk``) is Python and numpy in one process; on a machine with
two cores, half of it sits idle. A forked worker reads the parent's memory (the batch, its
columns, the caches of name forms) without copying or pickling it, so only the small
argument of each task (a chunk's bounds) goes out and only its result comes back. Workers
are processes, not threads, because the work is Python that holds the GIL.

``forked_map`` keeps the order of the results, so a stage gives the same output whatever
the number of workers; with one worker (or one task) it runs in-process. Each worker runs
one task and exits (a fresh fork for the next): a long-lived worker keeps the high-water
mark of its heap and every page of the parent its reads have copied (reference counts are
writes): at 300k records, scoring's peak memory was 0.2 GB higher with long-lived workers.

Work that is mostly numpy (sorting, indexing, ufuncs, rapidfuzz's ``cpdist``: they release
the interpreter's lock while they run) is spread over threads instead (``threaded_map``):
a thread shares the process as it is, so there is no fork of a large process to pay, no
page copied on a write, and no result to pickle back.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# What the tasks of the running ``forked_map`` read (set before the fork, so the workers
# inherit it); module-level because a task function is sent to a worker by name.
SHARED: dict[str, Any] = {}


def forked_map(task: Callable[[T], R], items: Sequence[T], workers: int,
               here: bool = False) -> list[R]:
    """``[task(x) for x in items]``, over ``workers`` forked processes when there are
    several workers and items (``task`` must be a module-level function).

    With ``here``, this process is one of the workers: it runs the last item itself while
    the others run in forks, so that item's result is never pickled (for tasks whose
    result is large beside its work, such as readings of words)."""
    if workers <= 1 or len(items) <= 1:
        return [task(x) for x in items]
    if not here:
        with mp.get_context("fork").Pool(min(workers, len(items)),
                                         maxtasksperchild=1) as pool:
            return pool.map(task, items, chunksize=1)
    with mp.get_context("fork").Pool(min(workers - 1, len(items) - 1),
                                     maxtasksperchild=1) as pool:
        pending = pool.map_async(task, items[:-1], chunksize=1)
        last = task(items[-1])
        return [*pending.get(), last]


def threaded_map(task: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``[task(x) for x in items]``, over ``workers`` threads of this process when there are
    several workers and items, in the order of the items. For tasks that spend their time
    in code that releases the interpreter's lock (numpy); the task must not change what
    another task reads."""
    if workers <= 1 or len(items) <= 1:
        return [task(x) for x in items]
    with ThreadPoolExecutor(min(workers, len(items))) as pool:
        return list(pool.map(task, items))


def bounds(total: int, parts: int) -> list[tuple[int, int]]:
    """(start, stop) of ``parts`` near-equal slices of ``range(total)`` (at least one)."""
    step = max(1, -(-total // max(1, parts)))
    return [(i, min(i + step, total)) for i in range(0, max(total, 1), step)]


class Background(Generic[R]):
    """A task run in a forked process while this one goes on with other work; ``result``
    waits for it. The task reads what it needs from the fork (a closure will do), and only
    its result is pickled back."""

    def __init__(self, task: Callable[[], R]) -> None:
        ctx = mp.get_context("fork")
        self._conn, child = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_send_result, args=(child, task), daemon=True)
        self._process.start()
        child.close()

    def result(self) -> R:
        try:
            ok, value = self._conn.recv()
        except EOFError as exc:
            raise RuntimeError("a background worker died") from exc
        finally:
            self._process.join()
            self._conn.close()
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the task (its result is not wanted)."""
        self._process.terminate()
        self._process.join()
        self._conn.close()


class InThread(Generic[R]):
    """A task run in a thread of this process while this thread goes on with other work
    (``Background`` without the fork: for a task that is mostly numpy, which runs without
    the interpreter's lock); ``result`` waits for it and re-raises its error."""

    def __init__(self, task: Callable[[], R]) -> None:
        self._pool = ThreadPoolExecutor(1)
        self._future = self._pool.submit(task)

    def result(self) -> R:
        try:
            return self._future.result()
        finally:
            self._pool.shutdown()


def _send_result(conn: Any, task: Callable[[], Any]) -> None:
    try:
        conn.send((True, task()))
    except Exception as exc:  # the parent re-raises it
        conn.send((False, exc))
    finally:
        conn.close()
