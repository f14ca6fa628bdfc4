"""izde's web application and JSON API (see ``izde.web.app``)."""

from izde.web.app import create_app

__all__ = ["create_app"]
