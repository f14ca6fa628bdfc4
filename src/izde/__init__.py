"""izde: a cited record of detentions, disappearances and transnational repression.

Use as a library: ``from izde import Izde`` (see ``izde.library``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Izde", "__version__"]

if TYPE_CHECKING:
    from izde.library import Izde


def __getattr__(name: str) -> Any:  # lazy, so `izde --help` starts fast
    if name == "Izde":
        from izde.library import Izde

        return Izde
    raise AttributeError(name)
