"""Helpers shared by the fact tests."""

from __future__ import annotations

from annals.facts import extract_facts


def quotes_of(text: str, **kwargs: str) -> list[tuple[str, object]]:
    """(text, speaker) of each quote found, with the span checked against the text."""
    found = []
    for fact in extract_facts(text, **kwargs):
        assert text[fact.start : fact.end] == fact.text
        if fact.kind == "quote":
            found.append((fact.text, fact.fields["speaker"]))
    return found


def speakers_of(text: str, **kwargs: str) -> list[object]:
    """The speaker of each quote found."""
    return [speaker for _, speaker in quotes_of(text, **kwargs)]
