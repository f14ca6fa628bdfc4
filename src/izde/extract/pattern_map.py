"""A mapping keyed by compiled patterns, looked up by identity.

A compiled pattern's hash is computed afresh on every dict lookup, over its whole compiled
program: a trigger's or a date context's pattern of 5 to 10 kB costs about as much to hash as
a short regex search, and such lookups ran thousands of times per document (a pattern's
cached flags, the words it needs, its guarded form). The patterns these mappings hold are
module constants, and a pattern's identity stands for its content here, so ``PatternMap``
keys each entry by ``id``: the entry holds the pattern itself, so that no other object can
take its id while it is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

V = TypeVar("V")


class PatternMap(Generic[V]):
    """``dict[re.Pattern[str], V]`` for patterns looked up as the same objects they were
    stored as (module constants), without hashing them."""

    def __init__(self, items: Iterable[tuple[re.Pattern[str], V]] = ()) -> None:
        self._by_id: dict[int, tuple[re.Pattern[str], V]] = {}
        for pattern, value in items:
            self[pattern] = value

    def get(self, pattern: re.Pattern[str]) -> V | None:
        found = self._by_id.get(id(pattern))
        return None if found is None else found[1]

    def __getitem__(self, pattern: re.Pattern[str]) -> V:
        return self._by_id[id(pattern)][1]

    def __setitem__(self, pattern: re.Pattern[str], value: V) -> None:
        self._by_id[id(pattern)] = (pattern, value)

    def __contains__(self, pattern: object) -> bool:
        return id(pattern) in self._by_id

    def items(self) -> Iterator[tuple[re.Pattern[str], V]]:
        """The entries, as ``dict.items`` gives them."""
        return iter(self._by_id.values())
