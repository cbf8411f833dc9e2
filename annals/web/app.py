"""The web app: routes, security headers and the one place errors become responses.

``create_app(settings)`` returns a Starlette app that serves the search page,
statements, facts, sources, exports, Atom feeds and the JSON API under ``/api/``.
Every response carries a strict Content-Security-Policy; every asset is
served from ``/static``. ``AnnalsError`` becomes ``{"error", "status"}`` under
``/api/`` and the export paths, and an error page elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from annals.errors import AnnalsError, QuerySyntaxError
from annals.settings import Settings
from annals.web import api_views, exports, facts_views, pages, render
from annals.web.service import ArchiveService, Sharing

HERE = Path(__file__).parent
LOG = logging.getLogger("annals.web")

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
     b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
# Paths whose errors are JSON: programs call them.
JSON_PREFIXES = ("/api/", "/export.", "/search.atom", "/facts.csv")
JSON_SUFFIXES = (".atom",)


class SecurityHeaders:
    """Adds the security headers to every response (pure ASGI: streaming stays streaming)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    header for header in SECURITY_HEADERS if header[0] not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Web:
    """What the views share: settings, the facade service, templates."""

    def __init__(self, settings: Settings, service: ArchiveService) -> None:
        self.settings = settings
        self.service = service
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html", "xml"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals.update(short_date=render.short_date, timestamp=render.timestamp,
                                      human_size=render.human_size)

    def page(self, request: Request, template: str, context: dict[str, Any],
             status: int = 200) -> HTMLResponse:
        values = {"request": request, "query": request.query_params.get("q", ""), **context}
        body = self.templates.get_template(template).render(values)
        return HTMLResponse(body, status_code=status)

    def error_page(self, request: Request, error: AnnalsError, status: int | None = None
                   ) -> HTMLResponse:
        code = status or error.status
        position = error.position if isinstance(error, QuerySyntaxError) else None
        return self.page(request, "error.html", {"status": code, "message": str(error),
                                                 "position": position}, status=code)


def create_app(settings: Settings, sharing: Sharing = "pool",
               timeout_s: float = 5.0) -> Starlette:
    """The web app serving ``settings.archive``."""
    service = ArchiveService(settings, sharing=sharing, timeout_s=timeout_s)
    web = Web(settings, service)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        service.close()

    routes = [
        Route("/", pages.search_page, name="search"),
        Route("/statements/{statement_id:int}", pages.statement_page),
        Route("/statements/{statement_id:int}/v/{number:int}", pages.version_page),
        Route("/statements/{statement_id:int}/diff", pages.diff_page),
        Route("/captures/{content_sha256}", pages.raw_capture),
        Route("/sources", pages.sources_page),
        Route("/sources/{name}/changes.atom", exports.source_changes),
        Route("/facts", facts_views.facts_page),
        Route("/facts.csv", facts_views.facts_csv),
        Route("/export.csv", exports.export_csv),
        Route("/export.jsonl", exports.export_jsonl),
        Route("/search.atom", exports.atom_feed),
        *api_views.routes(),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={AnnalsError: _annals_error, HTTPException: _http_error,
                            Exception: _unexpected_error},
    )
    app.state.web = web
    app.add_middleware(SecurityHeaders)
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(JSON_PREFIXES) or path.endswith(JSON_SUFFIXES)


async def _annals_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, AnnalsError)
    if _wants_json(request):
        return error_json(str(error), error.status)
    return request.app.state.web.error_page(request, error)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    message = {404: "no such page; start from the search page",
               405: "this address does not accept that method"}.get(error.status_code,
                                                                     str(error.detail))
    if _wants_json(request):
        return error_json(message, error.status_code, error.headers)
    return request.app.state.web.error_page(request, AnnalsError(message), error.status_code)


async def _unexpected_error(request: Request, error: Exception) -> Response:
    LOG.exception("unexpected error serving %s", request.url.path, exc_info=error)
    message = "something went wrong on the server; the error was logged"
    if _wants_json(request):
        return _with_security_headers(error_json(message, 500))
    return _with_security_headers(
        request.app.state.web.error_page(request, AnnalsError(message), 500))


def error_json(message: str, status: int,
               headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def _with_security_headers(response: Response) -> Response:
    # A 500 is sent from outside the middleware stack, so it gets the headers here.
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response
