"""The web stage: server-rendered pages and a JSON API over the ``Annals`` facade.

``create_app(settings)`` builds the Starlette app; ``annals serve`` runs it with uvicorn.
"""

from __future__ import annotations

from annals.web.app import create_app

__all__ = ["create_app"]
