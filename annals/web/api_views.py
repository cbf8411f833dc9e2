"""The JSON API under ``/api/``: the same searches and records as the CLI's ``--json``.

Reads need nothing; the one write, ``POST /api/import``, needs a token made
with ``annals token create`` sent as ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from annals.api import Annals
from annals.archive.diff import render_diff_html
from annals.cli_render import fact_json, result_json, version_json
from annals.errors import AnnalsError, UsageError
from annals.pipeline import ImportReport
from annals.web import facts_views, openapi
from annals.web.params import search_request, version_number

UPLOAD_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".md", ".markdown", ".html", ".htm", ".txt")
BODY_FORMATS = ("markdown", "text", "html")
IMPORT_COUNTS = ("added", "new_versions", "unchanged", "failed")
JSON_LINES_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines")
_HERE = Path(__file__).parent


class Unauthorized(AnnalsError):
    status = 401


class Forbidden(AnnalsError):
    status = 403


class TooLarge(AnnalsError):
    status = 413


class LengthRequired(AnnalsError):
    status = 411


def routes() -> list[BaseRoute]:
    return [
        Route("/api/search", search),
        Route("/api/facets", facets),
        Route("/api/statements/{statement_id:int}", statement),
        Route("/api/statements/{statement_id:int}/versions", versions),
        Route("/api/statements/{statement_id:int}/diff", diff),
        Route("/api/facts", facts_views.facts_api),
        Route("/api/sources", sources),
        Route("/api/import", import_files, methods=["POST"]),
        Route("/api/openapi.json", openapi_document),
        Route("/api/docs", docs),
    ]


async def search(request: Request) -> Response:
    """``/api/search``: the same JSON as ``annals search --json``."""
    web = request.app.state.web
    wanted = search_request(request.query_params, web.settings)
    result = await web.service.run(lambda annals: annals.search(wanted))
    return JSONResponse(result_json(result))


async def facets(request: Request) -> Response:
    """``/api/facets``: only the counts of a search."""
    web = request.app.state.web
    wanted = replace(search_request(request.query_params, web.settings), limit=0, offset=0)
    result = await web.service.run(lambda annals: annals.search(wanted))
    return JSONResponse({"query": result.query, "total": result.total,
                         "took_ms": result.took_ms, "facets": result.facets})


async def statement(request: Request) -> Response:
    """``/api/statements/{id}``: the current version with its text and facts."""
    web = request.app.state.web
    statement_id = int(request.path_params["statement_id"])

    def load(annals: Annals) -> dict[str, Any]:
        current = annals.statement(statement_id)
        record = version_json(current, with_text=True)
        record["facts"] = [fact_json(fact) for fact in annals.facts(statement_id)]
        return record

    return JSONResponse(await web.service.run(load))


async def versions(request: Request) -> Response:
    """``/api/statements/{id}/versions``: every version, oldest first, without texts."""
    web = request.app.state.web
    statement_id = int(request.path_params["statement_id"])
    found = await web.service.run(lambda annals: annals.versions(statement_id))
    return JSONResponse({"id": statement_id, "versions": [version_json(v) for v in found]})


async def diff(request: Request) -> Response:
    """``/api/statements/{id}/diff?old=&new=``: word-level changes between two versions."""
    web = request.app.state.web
    statement_id = int(request.path_params["statement_id"])
    old = version_number(request.query_params, "old")
    new = version_number(request.query_params, "new")
    old_version, new_version, ops = await web.service.run(
        lambda annals: annals.diff(statement_id, old, new))
    return JSONResponse({
        "id": statement_id,
        "old": version_json(old_version),
        "new": version_json(new_version),
        "ops": [{"kind": op.kind, "old": " ".join(op.old), "new": " ".join(op.new)} for op in ops],
        "html": render_diff_html(ops),
    })


async def sources(request: Request) -> Response:
    """``/api/sources``: every source with its statement count and last capture."""
    web = request.app.state.web
    found = await web.service.run(lambda annals: annals.sources())
    return JSONResponse({"sources": found})


async def openapi_document(request: Request) -> Response:
    return JSONResponse(openapi.document())


async def docs(request: Request) -> Response:
    return FileResponse(_HERE / "static" / "api-docs.html", media_type="text/html")


# --- import (the one write) ----------------------------------------------------------------


async def import_files(request: Request) -> Response:
    """``POST /api/import``: files (multipart) or a JSON Lines body into the archive."""
    web = request.app.state.web
    token = _bearer_token(request)
    if not await web.service.run(lambda annals: annals.check_token(token)):
        raise Forbidden("this token is not valid or was revoked; make one with"
                        " `annals token create NAME`")
    limit = web.settings.max_file_mb * 1024 * 1024
    _check_length(request, limit)
    source = request.query_params.get("source") or None
    body_format = request.query_params.get("body_format", "markdown")
    with tempfile.TemporaryDirectory(prefix="annals-upload-") as directory:
        folder = Path(directory)
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            form_source, form_format = await _save_form(request, folder, limit)
            source, body_format = form_source or source, form_format or body_format
        else:
            await _save_body(request, folder, limit)
        if body_format not in BODY_FORMATS:
            raise UsageError(f"body_format must be one of {', '.join(BODY_FORMATS)}")

        def run(annals: Annals) -> ImportReport:
            options = annals.read_options(body_format=body_format)
            files = sorted(path for path in folder.rglob("*") if path.is_file())
            return annals.import_paths(files, source=source, options=options)

        report = await web.service.run_write(run)
    counts = {name: report.counts[name] for name in IMPORT_COUNTS}
    return JSONResponse({"run_id": report.run_id, **counts,
                         "summary": report.summary(),
                         "errors": [{"origin": Path(origin).name, "reason": reason}
                                    for origin, reason in report.errors]})


def _bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("this endpoint needs a token: send `Authorization: Bearer <token>`"
                           " (make one with `annals token create NAME`)")
    return token.strip()


def _check_length(request: Request, limit: int) -> None:
    given = request.headers.get("content-length")
    if given is None or not given.isdigit():
        raise LengthRequired("send the upload with a Content-Length header")
    if int(given) > limit:
        raise TooLarge(f"the upload is {int(given):,} bytes; the limit is {limit:,}"
                       " (setting max_file_mb)")


async def _save_body(request: Request, folder: Path, limit: int) -> None:
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if content_type not in JSON_LINES_TYPES:
        raise UsageError("send multipart/form-data with files, or a JSON Lines body as"
                         " application/x-ndjson")
    size = 0
    with (folder / "upload.jsonl").open("wb") as out:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"the upload is over the limit of {limit:,} bytes")
            out.write(chunk)


async def _save_form(request: Request, folder: Path, limit: int) -> tuple[str | None, str | None]:
    async with request.form(max_files=1000, max_fields=20) as form:
        uploads = [value for _, value in form.multi_items() if isinstance(value, UploadFile)]
        if not uploads:
            raise UsageError("the form has no files: send them as `file` fields")
        size = 0
        for number, upload in enumerate(uploads):
            target = folder / f"{number:04d}" / _safe_name(upload.filename or "")
            target.parent.mkdir()
            data = await upload.read()
            size += len(data)
            if size > limit:
                raise TooLarge(f"the upload is over the limit of {limit:,} bytes")
            target.write_bytes(data)
        source, body_format = form.get("source"), form.get("body_format")
    return (source if isinstance(source, str) and source else None,
            body_format if isinstance(body_format, str) and body_format else None)


def _safe_name(filename: str) -> str:
    """A file name that stays inside the upload folder and keeps a readable suffix."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(filename.replace("\\", "/")).name).strip(".-")
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise UsageError(f"cannot import {filename!r}: send {', '.join(UPLOAD_SUFFIXES)} files")
    return name
