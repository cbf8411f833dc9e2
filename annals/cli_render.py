"""How the CLI prints results: the stable ``--json`` shape and terminal lines."""

from __future__ import annotations

import html
import re
from typing import Any

from annals.archive.store import StoredVersion
from annals.models import Fact, Hit, SearchResult

_MARK = re.compile(r"<mark>(.*?)</mark>")


def hit_json(hit: Hit) -> dict[str, Any]:
    """One hit as ``annals search --json`` prints it (documented in the README)."""
    return {
        "id": hit.id,
        "external_id": hit.external_id,
        "url": hit.url,
        "title": hit.title,
        "source": hit.source,
        "published": hit.published,
        "language": hit.language,
        "tags": list(hit.tags),
        "version": hit.version,
        "score": hit.score,
        "snippet": hit.snippet,
        "matched": list(hit.matched),
        "removed_at": hit.removed_at,
    }


def fact_json(fact: Fact) -> dict[str, Any]:
    """A fact as `annals facts --json` and the API print it: its span and its kind's fields."""
    return {
        "kind": fact.kind,
        "text": fact.text,
        "start": fact.start,
        "end": fact.end,
        **fact.fields,
        "extractor_version": fact.extractor_version,
    }


def result_json(result: SearchResult) -> dict[str, Any]:
    """A search result as ``annals search --json`` prints it."""
    return {
        "query": result.query,
        "total": result.total,
        "took_ms": result.took_ms,
        "facets": result.facets,
        "notes": result.notes,
        "suggestion": result.suggestion,
        "hits": [hit_json(hit) for hit in result.hits],
    }


def version_json(version: StoredVersion, with_text: bool = False) -> dict[str, Any]:
    """A stored version as the CLI and the API print it."""
    record = {
        "id": version.statement_id,
        "version": version.number,
        "external_id": version.external_id,
        "url": version.url,
        "source": version.source,
        "title": version.title,
        "published": version.published,
        "language": version.language,
        "author": version.author,
        "tags": list(version.tags),
        "captured_at": version.captured_at,
        "content_sha256": version.content_sha256,
        "media_type": version.media_type,
        "extractor": version.extractor,
        "removed_at": version.removed_at,
    }
    if with_text:
        record["text"] = version.text
    return record


def terminal_snippet(snippet: str, color: bool) -> str:
    """A snippet for a terminal: marks in bold (or *stars* without colour), entities decoded."""
    marked = _MARK.sub(
        lambda m: f"\033[1m{m.group(1)}\033[0m" if color else f"*{m.group(1)}*", snippet
    )
    return html.unescape(marked)


def hit_lines(result: SearchResult, color: bool = False) -> list[str]:
    """Human-readable lines for a search result."""
    lines = [f"{result.total} results in {result.took_ms:.1f} ms"]
    for note in result.notes:
        lines.append(f"note: {note}")
    for hit in result.hits:
        date = (hit.published or "undated")[:10]
        lines.append("")
        removed = f" (removed from its URL {hit.removed_at[:10]})" if hit.removed_at else ""
        lines.append(f"[{hit.id}] {hit.title or '(untitled)'}{removed}")
        lines.append(f"    {hit.source} · {date} · {hit.language or '?'} · score {hit.score}")
        if hit.url:
            lines.append(f"    {hit.url}")
        lines.append(f"    {terminal_snippet(hit.snippet, color)}")
    return lines
