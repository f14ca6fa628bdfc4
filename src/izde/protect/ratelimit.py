"""Rate limits for login and ingest: a token bucket per key (client address, user name).

Account lockout (``izde.users``) stops guessing one account's password; a rate limit also
stops spraying many accounts from one address and flooding ingest. Buckets live in the
server process; with several server processes each enforces its own share.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    """``burst`` requests at once, refilled at ``per_minute`` a minute."""

    burst: int
    per_minute: float


LOGIN = Limit(burst=10, per_minute=10)
INGEST = Limit(burst=30, per_minute=60)
_MAX_KEYS = 100_000  # forget idle buckets beyond this many (memory stays bounded)


class RateLimiter:
    """Thread-safe token buckets; ``check`` says whether a request may proceed."""

    def __init__(self, limit: Limit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.clock = limit, clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)
        self._lock = threading.Lock()

    def check(self, key: str) -> float | None:
        """None when allowed (a token is spent), else the seconds to wait before retrying."""
        now = self.clock()
        rate = self.limit.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.limit.burst), now))
            tokens = min(float(self.limit.burst), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return (1.0 - tokens) / rate if rate > 0 else float("inf")
            self._buckets[key] = (tokens - 1.0, now)
            self._prune(now, rate)
        return None

    def _prune(self, now: float, rate: float) -> None:
        if len(self._buckets) <= _MAX_KEYS:
            return
        full = [k for k, (t, last) in self._buckets.items()
                if t + (now - last) * rate >= self.limit.burst]
        for k in full:
            del self._buckets[k]
