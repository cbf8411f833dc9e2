"""Facts across statements: the ``/facts`` page, ``/facts.csv`` and ``/api/facts``.

All three take the same parameters as ``annals facts search``: ``kind``,
``predicate``, ``counted``, ``entity`` (a place, person or organisation named
in the statement, in any spelling), ``source``, ``from`` and ``to``
(YYYY-MM-DD) and ``limit`` (at most 10,000), and list the facts of current
versions ordered by statement date. The JSON rows are the CLI's
``--format json`` rows; the page and the CSV also say which total a
breakdown is part of.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from annals.api import Annals
from annals.archive.facts_store import FactQuery
from annals.errors import UsageError
from annals.models import Fact
from annals.web.exports import csv_safe
from annals.web.params import MAX_NAME_CHARS, day_param, integer_param
from annals.web.render import FACT_KINDS, figure_value

MAX_FACTS = 10_000
DEFAULT_FACTS = 1000  # the API and the CSV, as the CLI
PAGE_FACTS = 200  # the page, unless a limit is given
CSV_COLUMNS = ("published", "source", "statement_id", "title", "url", "kind", "text", "value",
               "value_max", "approx", "counted", "predicate", "part_of", "speaker", "start", "end")


@dataclass(frozen=True, slots=True)
class FactSearch:
    """Which facts a request asks for: the facade's query, and the entity and the speaker
    named, if any."""

    query: FactQuery
    entity: str | None = None
    speaker: str | None = None

    def run(self, annals: Annals) -> list[dict[str, Any]]:
        """The facts the search finds in ``annals``."""
        return annals.search_facts(self.query, entity=self.entity, speaker=self.speaker)

    def params(self, **changes: Any) -> list[tuple[str, str]]:
        """The query parameters that ask for this search, ``changes`` applied."""
        query = replace(self.query, **changes)
        values = {"kind": query.kind, "predicate": query.predicate, "counted": query.counted,
                  "entity": self.entity, "speaker": self.speaker, "source": query.source,
                  "from": query.date_from,
                  "to": query.date_to}
        pairs = [(name, str(value)) for name, value in values.items() if value]
        return pairs + [("limit", str(query.limit))]


def fact_search(params: QueryParams, default_limit: int = DEFAULT_FACTS) -> FactSearch:
    """The facts the parameters ask for; ``UsageError`` for anything out of bounds."""
    kind = _text(params, "kind")
    if kind is not None and kind not in FACT_KINDS:
        raise UsageError(f"unknown fact kind {kind!r}: use one of {', '.join(FACT_KINDS)}")
    date_from, date_to = day_param(params, "from"), day_param(params, "to")
    query = FactQuery(
        kind=kind,
        predicate=_text(params, "predicate"),
        counted=_text(params, "counted"),
        source=_text(params, "source"),
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        limit=integer_param(params, "limit", default_limit, 1, MAX_FACTS),
    )
    return FactSearch(query, _text(params, "entity"), _text(params, "speaker"))


def _text(params: QueryParams, name: str) -> str | None:
    given = params.get(name, "").strip()
    if len(given) > MAX_NAME_CHARS:
        raise UsageError(f"{name} is at most {MAX_NAME_CHARS} characters long")
    return given or None


def find_facts(annals: Annals, wanted: FactSearch) -> list[dict[str, Any]]:
    """The facts, each with ``total``: the fact a breakdown is part of (or None)."""
    rows = wanted.run(annals)
    facts_of: dict[int, list[Fact]] = {}
    for row in rows:
        part_of = row["fields"].get("part_of")
        total = None
        if isinstance(part_of, int):
            if row["statement_id"] not in facts_of:
                facts_of[row["statement_id"]] = annals.facts(row["statement_id"])
            found = facts_of[row["statement_id"]]
            total = found[part_of] if 0 <= part_of < len(found) else None
        row["total"] = total
    return rows


# --- views ---------------------------------------------------------------------------------


async def facts_page(request: Request) -> Response:
    """``/facts``: a table of facts across statements, with the filters as a form."""
    web = request.app.state.web
    wanted = fact_search(request.query_params, PAGE_FACTS)

    def load(annals: Annals) -> tuple[list[dict[str, Any]], list[str]]:
        return find_facts(annals, wanted), [str(row["name"]) for row in annals.sources()]

    rows, sources = await web.service.run(load)
    for row in rows:
        row["value_shown"] = figure_value(row["fields"])
    query = urlencode(wanted.params())
    limit = wanted.query.limit
    more = None
    if len(rows) >= limit and limit < MAX_FACTS:
        more = f"/facts?{urlencode(wanted.params(limit=min(MAX_FACTS, limit * 5)))}"
    return web.page(request, "facts.html", {
        "wanted": wanted, "rows": rows, "sources": sources, "kinds": FACT_KINDS,
        "max_facts": MAX_FACTS, "truncated": len(rows) >= limit, "more": more,
        "csv": f"/facts.csv?{query}", "json": f"/api/facts?{query}",
    })


async def facts_api(request: Request) -> Response:
    """``/api/facts``: the same rows as ``annals facts search --format json``."""
    web = request.app.state.web
    wanted = fact_search(request.query_params)
    rows = await web.service.run(wanted.run)
    return JSONResponse({"count": len(rows), "limit": wanted.query.limit, "facts": rows})


async def facts_csv(request: Request) -> Response:
    """``/facts.csv``: the facts as CSV (bounded by ``limit``, so not streamed)."""
    web = request.app.state.web
    wanted = fact_search(request.query_params)
    rows = await web.service.run(lambda annals: find_facts(annals, wanted))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        values = {**row, **row["fields"], "part_of": row["total"].text if row["total"] else ""}
        writer.writerow([_cell(values.get(column)) for column in CSV_COLUMNS])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="annals-facts.csv"'})



def _cell(value: Any) -> Any:
    return "" if value is None else csv_safe(value) if isinstance(value, str) else value
