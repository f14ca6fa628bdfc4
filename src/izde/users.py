"""Accounts and instance access: users with roles, argon2 passwords, lockout, public mode.

Passwords are hashed with argon2id (memory-hard, so a stolen database does not give the
passwords of people whose safety depends on them). After ``MAX_FAILURES`` wrong passwords in
a row an account is locked for ``LOCK_MINUTES``; a locked account refuses even the right
password, and the lock says until when. Every change is written to the audit log.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from izde.errors import AccessDenied, ConfigError, NotFound
from izde.protect.policy import ROLES, Viewer
from izde.store import audit
from izde.store.engine import Store
from izde.store.models import AppSetting, User, utcnow

USER_ROLES = tuple(r for r in ROLES if r != "anonymous")
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 8
PUBLIC_SETTING = "public"
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    locked_until: datetime | None
    disabled: bool


def _info(u: User) -> UserInfo:
    return UserInfo(u.name, u.role, u.locked_until, u.disabled)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(session: Session, name: str, role: str, password: str,
                actor: str) -> UserInfo:
    """Add an account; the name must be new, the role known, the password 8+ characters."""
    name = name.strip()
    if role not in USER_ROLES:
        raise ConfigError(f"unknown role {role!r}; choose one of {', '.join(USER_ROLES)}")
    if not name or len(name) > 100:
        raise ConfigError("a user name needs 1 to 100 characters")
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise ConfigError(f"user {name!r} exists already")
    user = User(name=name, role=role, password_hash=hash_password(password))
    session.add(user)
    session.flush()
    audit.record(session, actor, "user_add", "user", name, role=role)
    return _info(user)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.name))]


@dataclass(frozen=True)
class LoginOutcome:
    """A signed-in viewer, or the reason there is none (never whether the name exists)."""

    viewer: Viewer | None
    error: str | None = None


def authenticate(session: Session, name: str, password: str) -> LoginOutcome:
    """Check a name and password; a failure is counted (and committed) by the caller's session.

    Returns rather than raises, so that the failure count is written, not rolled back.
    The web signs in through ``sign_in``, which holds no write lock while hashing.
    """
    user = session.scalar(select(User).where(User.name == name))
    outcome, failed = _check(None if user is None else _account(user), name, password, utcnow())
    if user is not None and (failed or outcome.viewer):
        _settle(session, user, failed)
    return outcome


def sign_in(store: Store, name: str, password: str) -> tuple[LoginOutcome, bool]:
    """``authenticate`` for the web: (outcome, instance is public), holding no write lock
    while the password is checked.

    argon2 is slow on purpose (tens of milliseconds); inside a write transaction every
    sign-in would queue behind, and block, every writer (after a server restart all clients
    sign in at once). So the account is read in a read-only transaction, the password is
    checked outside any transaction, and a write is opened only to count a failure or to
    clear earlier failures.
    """
    with store.reading() as s:
        user = s.scalar(select(User).where(User.name == name))
        public = is_public(s)
        account = None if user is None else _account(user)
    outcome, failed = _check(account, name, password, utcnow())
    if failed or (outcome.viewer and account and (account.failures or account.locked_until)):
        with store.session() as s:
            user = s.scalar(select(User).where(User.name == name))
            if user is not None:
                _settle(s, user, failed)
    return outcome, public


@dataclass(frozen=True)
class _Account:
    role: str
    password_hash: str
    locked_until: datetime | None
    disabled: bool
    failures: int


def _account(user: User) -> _Account:
    return _Account(user.role, user.password_hash, user.locked_until, user.disabled,
                    user.failed_logins)


def _check(account: _Account | None, name: str, password: str,
           now: datetime) -> tuple[LoginOutcome, bool]:
    """(outcome, a failure to count) for an account read earlier; no database access."""
    if account is None:
        _hasher.hash(password)  # the same work as for a real account: no timing oracle
        return LoginOutcome(None, "wrong user name or password"), False
    if account.locked_until and account.locked_until > now:
        return LoginOutcome(None, "account locked after repeated failures until "
                            f"{account.locked_until:%Y-%m-%d %H:%M} UTC"), False
    if account.disabled or not _verify(account.password_hash, password):
        return LoginOutcome(None, "wrong user name or password"), True
    return LoginOutcome(Viewer(name, account.role)), False


def _settle(session: Session, user: User, failed: bool) -> None:
    """Count a failure (locking at ``MAX_FAILURES``) or clear the count after a success."""
    if failed:
        _count_failure(session, user, utcnow())
    else:
        user.failed_logins, user.locked_until = 0, None


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _count_failure(session: Session, user: User, now: datetime) -> None:
    user.failed_logins += 1
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        user.failed_logins = 0
        audit.record(session, user.name, "user_locked", "user", user.name,
                     minutes=LOCK_MINUTES)


def viewer_for(session: Session, name: str) -> Viewer | None:
    """The viewer of a signed-in name, or None when the account is gone or disabled."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None or user.disabled:
        return None
    return Viewer(user.name, user.role)


def set_role(session: Session, name: str, role: str, actor: str) -> UserInfo:
    if role not in USER_ROLES:
        raise ConfigError(f"unknown role {role!r}; choose one of {', '.join(USER_ROLES)}")
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise NotFound(f"no user {name!r}")
    user.role = role
    audit.record(session, actor, "user_role", "user", name, role=role)
    return _info(user)


def is_public(session: Session) -> bool:
    """Public when IZDE_PUBLIC=1 or an admin switched the instance to public."""
    if os.environ.get("IZDE_PUBLIC", "0") == "1":
        return True
    row = session.get(AppSetting, PUBLIC_SETTING)
    return row is not None and row.value == "1"


def set_public(session: Session, public: bool, viewer: Viewer) -> None:
    """Only an admin may open an instance to anonymous reading (public claims only)."""
    if not viewer.can("admin"):
        raise AccessDenied("only an admin can change whether the instance is public")
    actor = viewer.name or "izde"
    row = session.get(AppSetting, PUBLIC_SETTING)
    if row is None:
        row = AppSetting(name=PUBLIC_SETTING, value="0", updated_by=actor)
        session.add(row)
    row.value, row.updated_by, row.updated_at = ("1" if public else "0"), actor, utcnow()
    audit.record(session, actor, "setting", "app_setting", PUBLIC_SETTING, value=row.value)
