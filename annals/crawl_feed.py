"""An Atom feed of changes to statements (edits, removals), for the web layer to serve.

``changes_atom(events, ...)`` is pure: it takes ``Event`` values (from
``Annals.events``) and returns the feed's XML text. The wording is neutral
and fixed: it says what changed and when, nothing about why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from xml.etree import ElementTree

from annals.archive.captures import Event

ATOM = "http://www.w3.org/2005/Atom"
# How each kind of event is titled; extend here for new kinds.
EVENT_TITLES = {
    "added": "Added",
    "edited": "Edited",
    "removed": "Removed",
    "restored": "Restored",
}


def changes_atom(
    events: Sequence[Event],
    *,
    title: str,
    feed_url: str,
    site_url: str,
    link_for: Callable[[Event], str] | None = None,
    updated: datetime | None = None,
) -> str:
    """Atom 1.0 XML listing ``events`` newest first.

    ``link_for(event)`` gives each entry's link (e.g. the statement's page in
    the web UI); the statement's own URL is used when it is not given.
    """
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    newest = sorted(events, key=lambda event: event.id, reverse=True)
    _add(feed, "title", title)
    _add(feed, "id", feed_url)
    _add(feed, "updated", _atom_time(newest[0].at) if newest else _now(updated))
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=feed_url)
    ElementTree.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=site_url)
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    _add(author, "name", "Annals")
    for event in newest:
        feed.append(_entry(event, feed_url, link_for))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(feed, "unicode")


def _entry(
    event: Event, feed_url: str, link_for: Callable[[Event], str] | None
) -> ElementTree.Element:
    entry = ElementTree.Element(f"{{{ATOM}}}entry")
    label = EVENT_TITLES.get(event.kind, event.kind.capitalize())
    _add(
        entry, "title", f"{label}: {event.title or event.url or f'statement {event.statement_id}'}"
    )
    _add(entry, "id", f"{feed_url}#event-{event.id}")
    _add(entry, "updated", _atom_time(event.at))
    href = link_for(event) if link_for else event.url
    if href:
        ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=href)
    summary = [f"{label} {event.at}", f"source {event.source}" if event.source else ""]
    if event.version:
        summary.append(f"version {event.version}")
    if event.detail:
        summary.append(event.detail)
    _add(entry, "summary", "; ".join(part for part in summary if part))
    return entry


def _add(parent: ElementTree.Element, tag: str, text: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _atom_time(text: str) -> str:
    moment = datetime.fromisoformat(text)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _now(updated: datetime | None) -> str:
    return _atom_time((updated or datetime.now(UTC)).isoformat())
