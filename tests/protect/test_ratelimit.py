"""Token-bucket rate limits for login and ingest."""

from __future__ import annotations

from izde.protect.ratelimit import Limit, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_burst_is_allowed_then_refused() -> None:
    limiter = RateLimiter(Limit(burst=3, per_minute=60), Clock())
    assert [limiter.check("ip") for _ in range(3)] == [None, None, None]
    assert limiter.check("ip") is not None


def test_refusal_says_how_long_to_wait() -> None:
    limiter = RateLimiter(Limit(burst=1, per_minute=60), Clock())
    limiter.check("ip")
    assert limiter.check("ip") == 1.0


def test_tokens_come_back_with_time() -> None:
    clock = Clock()
    limiter = RateLimiter(Limit(burst=1, per_minute=60), clock)
    limiter.check("ip")
    clock.now = 1.0
    assert limiter.check("ip") is None


def test_keys_are_limited_separately() -> None:
    limiter = RateLimiter(Limit(burst=1, per_minute=1), Clock())
    limiter.check("a")
    assert limiter.check("b") is None


def test_refused_requests_do_not_extend_the_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(Limit(burst=1, per_minute=60), clock)
    limiter.check("ip")
    for _ in range(50):
        limiter.check("ip")
    clock.now = 1.0
    assert limiter.check("ip") is None
