"""Who may see what: the one place where sensitivity is decided.

Every claim, name, document, event and attachment has a sensitivity: public, restricted or
confidential. A `Viewer` sees the levels its role allows; anonymous visitors of a public
instance and public exports see ``public`` only. Views, API routes, search, statistics and
exports ask this module, never decide for themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("public", "restricted", "confidential")
ROLES = ("anonymous", "viewer", "editor", "reviewer", "admin")
_MAX_LEVEL = {"anonymous": "public", "viewer": "restricted", "editor": "confidential",
              "reviewer": "confidential", "admin": "confidential"}


@dataclass(frozen=True)
class Viewer:
    """Who is looking: a user name (None when anonymous) and a role."""

    name: str | None
    role: str

    @property
    def is_public(self) -> bool:
        return self.role == "anonymous"

    def can(self, role: str) -> bool:
        """True when this viewer's role is ``role`` or above (viewer < editor < reviewer < admin).
        """
        return ROLES.index(self.role) >= ROLES.index(role)


ANONYMOUS = Viewer(None, "anonymous")
SYSTEM = Viewer("izde", "admin")


def visible_levels(viewer: Viewer) -> tuple[str, ...]:
    """The sensitivity levels this viewer may see, for use in WHERE ... IN (...)."""
    top = LEVELS.index(_MAX_LEVEL[viewer.role])
    return LEVELS[: top + 1]


def allowed(viewer: Viewer, sensitivity: str | None) -> bool:
    return (sensitivity or "confidential") in visible_levels(viewer)
