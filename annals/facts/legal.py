"""Legal references: named instruments, numbered ones and court rulings.

- named: "the Convention on the Prevention and Punishment of the Crime of Genocide",
  "the Trade Act of 1974", "Article 5 of the North Atlantic Treaty";
- numbered: "resolution 822 (1993)", "Executive Order 14067", "Public Law 117-58";
- rulings: "The European Court of Human Rights, in its decision of 22 April 2010".
"""

from __future__ import annotations

import re

from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts.spans import matches_at, trigger_offsets, without_overlaps
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

#: How far before "decision of <date>" the court's name may be.
COURT_REACH = 160
#: How far before a date "decision of" may start (words, spaces and "issued on").
RULING_REACH = 80
_TRAILING_CONNECTORS = re.compile(r"(?:[\s,]+(?:of|on|the|and|or|against|for|to|in|other))+$")


def find_legal(text: str, dates: list[Fact]) -> list[Fact]:
    """Return the legal references in ``text``; ``dates`` supply the dates of rulings."""
    return without_overlaps(_named(text) + _numbered(text) + _rulings(text, dates))


def _named(text: str) -> list[Fact]:
    """Instruments named by a head word ("Convention", "Act") and the capitalised words around."""
    facts: list[Fact] = []
    for match in matches_at(pt.INSTRUMENT_HEAD, text, trigger_offsets(text)["instrument"]):
        head_start, head_end = match.span()
        if head_start and text[head_start - 1].isalpha():
            continue
        before = pt.TITLE_WORDS_BEFORE.search(text, max(0, head_start - 80), head_start)
        start = _skip_article(text, before.start()) if before else head_start
        after = pt.TITLE_AFTER_HEAD.match(text, head_end)
        end = after.end() if after else head_end
        name = _trim(text[start:end])
        end = start + len(name)
        if end == head_end and start == head_start:
            continue  # a bare "the Act" or "the Convention" names nothing
        part = pt.PART_BEFORE.search(text, max(0, start - 40), _skip_the_before(text, start))
        fields = {
            "instrument": nm.INSTRUMENT_HEADS[match.group()],
            "name": " ".join(name.split()),
            "number": " ".join(part.group("part").split()) if part else None,
            "court": None,
            "date": after.group("year") if after and after.group("year") else None,
        }
        if part:
            start = part.start()
        facts.append(Fact("legal", text[start:end], start, end, fields, EXTRACTOR_VERSION))
    return facts


def _skip_article(text: str, start: int) -> int:
    """Move ``start`` past a capitalised "The " that opens a sentence, not a name."""
    return start + 4 if text.startswith("The ", start) else start


def _skip_the_before(text: str, start: int) -> int:
    """Offset before a "the " that precedes ``start``, so "Article 5 of the X" is found."""
    return start - 4 if text[max(0, start - 4) : start].lower() == "the " else start


def _trim(name: str) -> str:
    """Drop connector words and commas left dangling at the end of a name."""
    return _TRAILING_CONNECTORS.sub("", name.rstrip(" ,\n\t"))


def _numbered(text: str) -> list[Fact]:
    """Instruments known by number: resolutions, executive orders, public laws, bills."""
    facts: list[Fact] = []
    for trigger in matches_at(pt.NUMBERED_TRIGGER, text, trigger_offsets(text)["numbered"]):
        position = trigger.start()
        if position and (text[position - 1].isalnum() or text[position - 1] == "."):
            continue
        match = pt.NUMBERED_INSTRUMENT.match(text, position)
        if match is None or match.lastgroup is None:
            continue
        index = match.lastgroup[1:]
        kind = pt.NUMBERED_KINDS[match.lastgroup]
        issuer = pt.ISSUER_BEFORE.search(text, max(0, position - 40), position)
        start = issuer.start() if issuer else position
        fields = {
            "instrument": kind,
            "name": None,
            "number": f"{kind} {match.group(f'num{index}')}",
            "court": None,
            "date": match.group(f"year{index}"),
        }
        end = match.end()
        facts.append(Fact("legal", text[start:end], start, end, fields, EXTRACTOR_VERSION))
    return facts


def _rulings(text: str, dates: list[Fact]) -> list[Fact]:
    """Court decisions: a court's name, then "decision/judgment of <date>"."""
    facts: list[Fact] = []
    for when in {fact.start: fact for fact in dates}.values():
        match = pt.RULING_BEFORE.search(text, max(0, when.start - RULING_REACH), when.start)
        if match is None:
            continue
        window_start = max(0, match.start() - COURT_REACH)
        courts = list(pt.COURT_NAME.finditer(text, window_start, match.start()))
        if not courts:
            continue
        court = courts[-1]
        court_start = _skip_article(text, court.start())
        fields = {
            "instrument": nm.RULING_WORDS[match.group("ruling").lower()],
            "name": None,
            "number": None,
            "court": " ".join(text[court_start : court.end()].split()),
            "date": when.fields["value"],
        }
        facts.append(
            Fact(
                "legal",
                text[court_start : when.end],
                court_start,
                when.end,
                fields,
                EXTRACTOR_VERSION,
            )
        )
    return facts
