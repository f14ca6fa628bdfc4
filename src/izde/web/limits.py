"""Rate limits on the web: sign-in keyed by client address, ingest keyed by user.

The buckets (``izde.protect.ratelimit``) live on the app, so each app (and each test) has
its own. A refused request gets 429 with ``Retry-After`` in the one error shape.
``IZDE_RATE_LOGIN`` / ``IZDE_RATE_INGEST`` ("BURST/PER_MINUTE", e.g. "10/10") override the
defaults, for a deployment behind one proxy address or a load test from one machine.
"""

from __future__ import annotations

import math
import os

from fastapi import FastAPI, Request

from izde.errors import ConfigError
from izde.protect.ratelimit import INGEST, LOGIN, Limit, RateLimiter
from izde.web.deps import IngestViewer


class TooManyRequests(Exception):
    """Raised when a bucket is empty; ``retry_after`` in whole seconds."""

    def __init__(self, what: str, wait: float) -> None:
        self.retry_after = max(1, math.ceil(wait)) if math.isfinite(wait) else 3600
        self.message = (f"too many {what} attempts; try again in {self.retry_after} s")
        super().__init__(self.message)


def limit_from_env(name: str, default: Limit) -> Limit:
    """``BURST/PER_MINUTE`` from the environment, else ``default``."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    burst, _, rate = value.partition("/")
    try:
        limit = Limit(burst=int(burst), per_minute=float(rate or burst))
    except ValueError as exc:
        raise ConfigError(f"{name} must be BURST/PER_MINUTE, e.g. 10/10; got {value!r}") from exc
    if limit.burst < 1 or limit.per_minute <= 0:
        raise ConfigError(f"{name} needs a burst of 1 or more and a positive rate")
    return limit


def install(app: FastAPI) -> None:
    app.state.login_limiter = RateLimiter(limit_from_env("IZDE_RATE_LOGIN", LOGIN))
    app.state.ingest_limiter = RateLimiter(limit_from_env("IZDE_RATE_INGEST", INGEST))


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def limit_login(request: Request) -> None:
    """Sign-in attempts per client address (spraying many accounts from one place)."""
    wait = request.app.state.login_limiter.check(client_address(request))
    if wait is not None:
        raise TooManyRequests("sign-in", wait)


def limit_ingest(request: Request, viewer: IngestViewer) -> None:
    """Uploads per signed-in user (flooding ingest)."""
    wait = request.app.state.ingest_limiter.check(viewer.name)
    if wait is not None:
        raise TooManyRequests("upload", wait)
