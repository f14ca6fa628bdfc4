"""Work spread over forked workers or threads gives what the same work gives in-process."""

from __future__ import annotations

import os
import threading
import time

import pytest

from izde.resolve.forked import Background, InThread, bounds, forked_map, threaded_map

SEEN: list[int] = []


def square(x: int) -> int:
    return x * x


def remember_pid(x: int) -> int:
    SEEN.append(x)
    return os.getpid()


def test_forked_map_keeps_the_order_of_the_items() -> None:
    assert forked_map(square, list(range(20)), workers=2) == [x * x for x in range(20)]


def test_forked_map_runs_in_worker_processes() -> None:
    assert os.getpid() not in forked_map(remember_pid, [1, 2, 3], workers=2)


def test_forked_map_with_one_worker_runs_in_this_process() -> None:
    SEEN.clear()
    assert set(forked_map(remember_pid, [1, 2], workers=1)) == {os.getpid()}
    assert SEEN == [1, 2]


def test_forked_map_here_keeps_the_order_of_the_items() -> None:
    assert forked_map(square, list(range(20)), workers=2, here=True) == [
        x * x for x in range(20)]


def test_forked_map_here_runs_the_last_item_in_this_process() -> None:
    pids = forked_map(remember_pid, [1, 2, 3], workers=2, here=True)
    assert pids[-1] == os.getpid()
    assert os.getpid() not in pids[:-1]


def test_threaded_map_keeps_the_order_of_the_items() -> None:
    assert threaded_map(square, list(range(20)), workers=2) == [x * x for x in range(20)]


def test_threaded_map_runs_in_threads_of_this_process() -> None:
    def where(_: int) -> tuple[int, int]:
        time.sleep(0.05)  # both threads get an item
        return os.getpid(), threading.get_ident()

    found = threaded_map(where, [1, 2, 3, 4], workers=2)
    assert {pid for pid, _ in found} == {os.getpid()}
    assert len({thread for _, thread in found}) == 2


def test_threaded_map_with_one_worker_runs_in_this_thread() -> None:
    assert threaded_map(lambda _: threading.get_ident(), [1, 2], workers=1) == [
        threading.get_ident()] * 2


def test_bounds_cover_the_range_in_order_without_overlap() -> None:
    assert bounds(10, 3) == [(0, 4), (4, 8), (8, 10)]


def test_bounds_of_nothing_is_one_empty_slice() -> None:
    assert bounds(0, 2) == [(0, 0)]


def test_background_gives_the_result_of_its_task() -> None:
    data = list(range(1000))
    assert Background(lambda: sum(data)).result() == sum(data)


def fail() -> int:
    raise ValueError("no")


def test_background_raises_the_error_of_its_task() -> None:
    with pytest.raises(ValueError, match="no"):
        Background(fail).result()


def test_a_cancelled_background_task_stops() -> None:
    task = Background(lambda: time.sleep(60))
    task.cancel()
    assert not task._process.is_alive()


def test_a_task_in_a_thread_gives_its_result_and_runs_in_this_process() -> None:
    task = InThread(lambda: (os.getpid(), threading.get_ident()))
    pid, thread = task.result()
    assert pid == os.getpid()
    assert thread != threading.get_ident()


def test_a_task_in_a_thread_raises_its_error() -> None:
    with pytest.raises(ValueError, match="no"):
        InThread(fail).result()
