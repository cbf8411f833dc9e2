"""Legal references: named instruments, numbered ones, code citations and court rulings.

- named: "the Convention on the Prevention and Punishment of the Crime of Genocide",
  "the Trade Act of 1974", "Article 5 of the North Atlantic Treaty", "the Constitution";
- numbered: "resolution 822 (1993)", "Executive Order 14067", "Public Law 117-58", each
  number of "resolutions 822, 853 and 874";
- code citations: "50 U.S.C. 1701-1706", "77 Stat. 402";
- rulings: "The European Court of Human Rights, in its decision of 22 April 2010", "the
  judgment of the International Court of Justice of 31 January 2024", "the Dobbs decision",
  "Roe v. Wade";
- Ukrainian and Russian: "Закону України «Про ...»", "Указ Президента України №64/2022",
  "постанову №155", "статті 51 Статуту ООН", "рішення Європейського суду з прав людини від
  22 квітня 2010 року".
"""

from __future__ import annotations

import re

from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts.spans import (
    matches_at,
    sentence_end,
    sentence_start,
    trigger_offsets,
    without_overlaps,
)
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

#: How far before "decision of <date>" the court's name may be.
COURT_REACH = 160
#: How far before a date "decision of" may start (words, spaces and "issued on").
RULING_REACH = 80
#: How far before a date "judgment of the <court> of" may start.
RULING_OF_COURT_REACH = 200
#: How far from a court's name a case "X v. Y" is looked for.
CASE_REACH = 400
#: How far before "entitled “" the word "rule" may be ("the rule submitted by the ... Agency").
RULE_REACH = 120
_CONNECTOR_WORDS = frozenset(
    ("of", "on", "the", "and", "or", "against", "for", "to", "in", "other")
)
_TRAILING_CONNECTORS = re.compile(rf"(?:[\s,]+(?:{'|'.join(_CONNECTOR_WORDS)}))+$")


def find_legal(text: str, dates: list[Fact]) -> list[Fact]:
    """Return the legal references in ``text``; ``dates`` supply the dates of rulings."""
    offsets = trigger_offsets(text)
    found = _named(text, offsets["instrument"]) + _numbered(text, offsets["numbered"])
    found += _rulings(text, dates)
    if offsets["code"]:
        found += _code_citations(text, offsets["code"])
    if offsets["case"] or offsets["court"]:
        found += _cases(text, offsets["case"], offsets["court"])
    if offsets["slavic_instrument"]:
        found += _slavic(text, offsets["slavic_instrument"])
    if found and "“" in text:  # a rule's title comes with other references (a time saver)
        found += _rule_titles(text)
    return without_overlaps(found)


def _legal(text: str, start: int, end: int, **fields: str | None) -> Fact:
    """A legal fact over ``text[start:end]``; fields not given are None."""
    values = {"instrument": None, "name": None, "number": None, "court": None, "date": None}
    return Fact("legal", text[start:end], start, end, values | fields, EXTRACTOR_VERSION)


def _named(text: str, offsets: list[int]) -> list[Fact]:
    """Instruments named by a head word ("Convention", "Act") and the capitalised words around."""
    facts: list[Fact] = []
    for match in matches_at(pt.INSTRUMENT_HEAD, text, offsets):
        head_start, head_end = match.span()
        if head_start and text[head_start - 1].isalpha():
            continue
        start = _name_start(text, head_start)
        after = pt.TITLE_AFTER_HEAD.match(text, head_end)
        end = after.end() if after else head_end
        name = _trim(text[start:end])
        end = start + len(name)
        if pt.NOT_AFTER_HEAD.match(text, head_end):
            continue  # "Constitution Avenue", "Harvard Law School": other names
        if start < head_start and pt.NOT_BEFORE_OF_HEAD.search(text, start, head_start):
            continue  # "Professor of Law", "the Rule of Law": a title, not an instrument
        if end == head_end and start == head_start and match.group() not in nm.STANDALONE_HEADS:
            continue  # a bare "the Act" or "the Convention" names nothing
        if _defined_short_name(text, start, end):
            continue  # '(the “Montreal Protocol”)': the short name of the one just named
        part = _part_before(text, start)
        if part:
            start = part.start()
        facts.append(
            _legal(
                text,
                start,
                end,
                instrument=nm.INSTRUMENT_HEADS[match.group()],
                name=" ".join(name.split()),
                number=" ".join(part.group("part").split()) if part else None,
                date=(after.group("year") or after.group("comma_year")) if after else None,
            )
        )
    return facts


def _defined_short_name(text: str, start: int, end: int) -> bool:
    """True for a name defined in quotation marks in parentheses after an instrument's full
    name ('… on Substances that Deplete the Ozone Layer (the “Montreal Protocol”)')."""
    return text.startswith(("”)", '")'), end) and bool(
        pt.DEFINED_NAME_OPEN.search(text, max(0, start - 8), start)
    )


def _name_start(text: str, head_start: int) -> int:
    """Where the name ending in the head at ``head_start`` starts: at the capitalised words
    before it, but after another instrument's head and "and" ("Bipartisan Infrastructure
    Law and Inflation Reduction Act" names two laws)."""
    before = pt.TITLE_WORDS_BEFORE.search(text, max(0, head_start - 80), head_start)
    if before is None:
        return head_start
    start = _skip_article(text, before.start())
    if "and" in text[start:head_start]:  # the only connector ``TITLE_WORDS_BEFORE`` reads
        for joint in pt.HEAD_THEN_CONNECTOR.finditer(text, start, head_start):
            start = joint.end()
    return start


def _skip_article(text: str, start: int) -> int:
    """Move ``start`` past a capitalised "The" that opens a sentence, not a name."""
    if text.startswith("The", start) and text[start + 3 : start + 4].isspace():
        return start + 4
    return start


def _part_before(text: str, start: int) -> re.Match[str] | None:
    """ "Article 5 of" or "section 303 of the" right before a name, or None."""
    if "of" not in text[max(0, start - 8) : start]:
        return None  # most names: a cheap test before the pattern
    end = _skip_the_before(text, start)
    return pt.PART_BEFORE.search(text, max(0, end - 40), end)


def _skip_the_before(text: str, start: int) -> int:
    """Offset before a "the " that precedes ``start``, so "Article 5 of the X" is found."""
    return start - 4 if text[max(0, start - 4) : start].lower() == "the " else start


def _trim(name: str) -> str:
    """Drop connector words and commas left dangling at the end of a name."""
    name = name.rstrip(" ,\n\t")
    last_words = name[-12:].split()
    if last_words and last_words[-1] in _CONNECTOR_WORDS:  # rare: skip the regex otherwise
        return _TRAILING_CONNECTORS.sub("", name)
    return name


def _numbered(text: str, offsets: list[int]) -> list[Fact]:
    """Instruments known by number: resolutions, executive orders, public laws, bills."""
    facts: list[Fact] = []
    for trigger in matches_at(pt.NUMBERED_TRIGGER, text, offsets):
        position = trigger.start()
        if position and (text[position - 1].isalnum() or text[position - 1] == "."):
            continue
        match = pt.NUMBERED_INSTRUMENT.match(text, position)
        if match is None or match.lastgroup is None:
            continue
        index = match.lastgroup[1:]
        kind = pt.NUMBERED_KINDS[match.lastgroup]
        before = pt.NAME_BEFORE_NUMBERED if kind in pt.NAME_BEFORE_KINDS else pt.ISSUER_BEFORE
        issuer = before.search(text, max(0, position - 40), position)
        start = issuer.start() if issuer else position
        number, year = match.group(f"num{index}"), match.group(f"year{index}")
        facts.append(_numbered_fact(text, start, match.end(), kind, number, year))
        if _is_plural(text[position : match.start(f"num{index}")]):
            facts += _more_numbers(text, match.end(), kind)
    return facts


def _is_plural(head: str) -> bool:
    """True when a numbered instrument's head is plural ("resolutions", "Executive Orders")."""
    return head.rstrip(" \t\n\u00a0№.").endswith(("s", "ї", "и"))


def _more_numbers(text: str, pos: int, kind: str) -> list[Fact]:
    """The other numbers listed after a plural head: "resolutions 822, 853 and 884"."""
    facts: list[Fact] = []
    while (more := pt.NUMBERED_LIST_MORE.match(text, pos)) is not None:
        number, year = more.group("num"), more.group("year")
        facts.append(_numbered_fact(text, more.start("num"), more.end(), kind, number, year))
        pos = more.end()
    return facts


def _numbered_fact(
    text: str, start: int, end: int, kind: str, number: str, year: str | None
) -> Fact:
    """A numbered instrument: its number is given with its kind ("resolution 822")."""
    return _legal(text, start, end, instrument=kind, number=f"{kind} {number}", date=year)


def _code_citations(text: str, offsets: list[int]) -> list[Fact]:
    """Code citations by title and section: "50 U.S.C. 1701-1706", "77 Stat. 402"."""
    facts: list[Fact] = []
    for match in matches_at(pt.CODE_CITATION, text, offsets):
        title = pt.CODE_TITLE_BEFORE.search(text, max(0, match.start() - 6), match.start())
        if title is None:
            continue
        code = text[match.start() : match.start("section")].strip()
        facts.append(
            _legal(
                text,
                title.start(),
                match.end(),
                instrument="code",
                name=code,
                number=f"{title.group('title')} {code} {match.group('section')}",
            )
        )
    return facts


def _rule_titles(text: str) -> list[Fact]:
    """Rules cited by their title in quotation marks: "the final rule entitled “Endangered and
    Threatened Wildlife and Plants; ...”" (the span is the title)."""
    facts: list[Fact] = []
    quote = text.find("“")  # one fast scan: far fewer marks than link words
    while quote >= 0:
        # most quotation marks fail the cheap test of their last three characters
        if text[quote - 3 : quote] in nm.RULE_TITLE_LINK_TAILS and text.endswith(
            nm.RULE_TITLE_LINK_ENDS, max(0, quote - 12), quote
        ):
            facts += _rule_title_at(text, quote)
        quote = text.find("“", quote + 1)
    return facts


def _rule_title_at(text: str, quote: int) -> list[Fact]:
    """The rule whose title opens at the quotation mark at ``quote``, if a rule word is
    before it in the clause."""
    match = pt.RULE_TITLE.match(text, quote)
    if match is None or "\n\n" in match.group("title"):
        return []  # no closing mark, or marks of two paragraphs: no title
    if pt.RULE_BEFORE_TITLE.search(text, max(0, quote - RULE_REACH), quote) is None:
        return []
    name = " ".join(match.group("title").split())
    return [_legal(text, *match.span("title"), instrument="rule", name=name)]


def _cases(text: str, case_offsets: list[int], court_offsets: list[int]) -> list[Fact]:
    """Court cases: "the Dobbs decision", "Roe v. Wade", and "X v. Y" where a court is named."""
    facts = [
        _legal(text, m.start(), m.end(), instrument="judgment", name=" ".join(m.group().split()))
        for m in matches_at(pt.CASE_BY_NAME, text, case_offsets)
        if not (m.group("alone") and _after_first_name(text, m.start()))
    ]
    for versus in _versus_near_courts(text, court_offsets):
        before = pt.CASE_PARTY_BEFORE.search(text, max(0, versus - 60), versus)
        after = pt.CASE_PARTY_AFTER.match(text, versus + 3)
        if before and after:
            start = _skip_article(text, before.start())
            name = " ".join(text[start : after.end()].split())
            facts.append(_legal(text, start, after.end(), instrument="judgment", name=name))
    return facts


def _after_first_name(text: str, start: int) -> bool:
    """True when a capitalised word in mid-sentence comes right before ``start`` ("Phil Roe",
    "Colonel Roe"): the case's name is then a person's."""
    before = pt.FIRST_NAME_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and _mid_sentence(text, before.start())


def _versus_near_courts(text: str, court_offsets: list[int]) -> list[int]:
    """Offsets of " v. " within ``CASE_REACH`` of where a court is named (a case name is
    cited near its court; a scan of the whole text would cost more than the rest)."""
    found: list[int] = []
    searched_to = 0
    for offset in court_offsets:
        low, high = max(searched_to, offset - CASE_REACH), offset + CASE_REACH
        versus = text.find(" v. ", low, high)
        while versus >= 0:
            found.append(versus)
            versus = text.find(" v. ", versus + 1, high)
        searched_to = max(searched_to, high)
    return found


def _rulings(text: str, dates: list[Fact]) -> list[Fact]:
    """Court decisions: a court's name and "decision/judgment of <date>", in either order."""
    facts: list[Fact] = []
    for when in {fact.start: fact for fact in dates}.values():
        found = _ruling_before(text, when)
        if found is None:
            continue
        ruling, court_start, court_end = found
        start = min(ruling.start(), court_start)
        end = max(when.end, court_end)
        facts.append(
            _legal(
                text,
                start,
                end,
                instrument=_ruling_kind(ruling.group("ruling")),
                court=" ".join(text[court_start:court_end].split()),
                date=when.fields["value"],
            )
        )
    return facts


def _ruling_before(text: str, when: Fact) -> tuple[re.Match[str], int, int] | None:
    """The ruling words before a date and where the court is named (before, inside or after)."""
    words_before = text[max(0, when.start - 12) : when.start].split()
    if not words_before or words_before[-1] not in nm.RULING_DATE_WORDS:
        return None  # most dates: a cheap test before the patterns
    if words_before[-1] in nm.RULING_OF_COURT_DATE_WORDS:
        low = max(0, when.start - RULING_OF_COURT_REACH)
        if pt.COURT_HINT.search(text, low, when.start):
            for pattern in (pt.RULING_OF_COURT_BEFORE, pt.SLAVIC_RULING_BEFORE):
                match = pattern.search(text, low, when.start)
                if match is not None:
                    return match, _skip_article(text, match.start("court")), match.end("court")
    match = pt.RULING_BEFORE.search(text, max(0, when.start - RULING_REACH), when.start)
    if match is None:
        return None
    window_start = max(match.start() - COURT_REACH, sentence_start(text, match.start()))
    courts = list(pt.COURT_NAME.finditer(text, window_start, match.start()))
    if courts:
        return match, _skip_article(text, courts[-1].start()), courts[-1].end()
    court = pt.COURT_AFTER_DATE.match(text, when.end)  # "In its Order of <date>, the Court"
    if court is None or court.end() > sentence_end(text, when.end):
        return None
    return match, court.start("court"), court.end("court")


def _ruling_kind(word: str) -> str:
    """The ``instrument`` of a ruling word, in English, Ukrainian or Russian."""
    return nm.RULING_WORDS.get(word.lower(), "decision")


def _slavic(text: str, offsets: list[int]) -> list[Fact]:
    """Ukrainian and Russian instruments: a word made a reference by what follows or precedes."""
    facts: list[Fact] = []
    for match in matches_at(pt.SLAVIC_INSTRUMENT, text, offsets):
        if match.start() and text[match.start() - 1].isalpha():
            continue
        kind = _slavic_kind(match.group().lower())
        end, number, qualified = _slavic_qualifiers(text, match, kind)
        start = match.start()
        adjectives = pt.SLAVIC_ADJECTIVES_BEFORE.search(text, max(0, start - 60), start)
        if adjectives and (qualified or _mid_sentence(text, adjectives.start())):
            start, qualified = adjectives.start(), True  # "Римського статуту", "Федеральный закон"
        if not qualified:
            continue
        part = pt.SLAVIC_PART_BEFORE.search(text, max(0, start - 30), start)
        facts.append(
            _legal(
                text,
                part.start() if part else start,
                end,
                instrument=kind,
                name=" ".join(text[start:end].split()),
                number=number or (" ".join(part.group("part").split()) if part else None),
            )
        )
    return facts


def _slavic_kind(word: str) -> str:
    """The ``instrument`` of a Slavic instrument word, from its stem."""
    return next(kind for stem, kind in pt.SLAVIC_KINDS if word.startswith(stem))


def _slavic_qualifiers(text: str, word: re.Match[str], kind: str) -> tuple[int, str | None, bool]:
    """Read what follows an instrument word: issuer, date, number, «title», subject.

    Returns where the reference ends, its number, and whether anything makes it a reference.
    """
    end = word.end()
    qualified = False
    issuer_end = _issuer_end(text, end)
    if issuer_end is not None:
        end, qualified = issuer_end, True
    dated = pt.SLAVIC_DATE_AFTER.match(text, end)
    end = dated.end() if dated else end
    number = pt.SLAVIC_NUMBER_AFTER.match(text, end)
    if number and (number.group("num") or kind == "resolution"):
        end, qualified = number.end(), True
    title = pt.SLAVIC_TITLE_AFTER.match(text, end)
    if title:
        return title.end(), _number_of(number), True
    subject = pt.SLAVIC_SUBJECT_AFTER.match(text, end)
    if subject and word.group()[0].isupper() and _mid_sentence(text, word.start()):
        end, qualified = subject.end(), True
    return end, _number_of(number), qualified


def _issuer_end(text: str, pos: int) -> int | None:
    """Where the issuer after an instrument word ends: at its last word that names a state or
    the UN ("Президента України", "Ради Безпеки ООН"), or None when no such word follows."""
    issuer = pt.SLAVIC_ISSUER_AFTER.match(text, pos)
    if issuer is None:
        return None
    end = None
    for word in pt.WORD.finditer(text, pos, issuer.end()):
        if word.group() in nm.SLAVIC_ISSUER_ENDS:
            end = word.end()
    return end


def _number_of(number: re.Match[str] | None) -> str | None:
    """The number read by ``SLAVIC_NUMBER_AFTER``, or None."""
    if number is None:
        return None
    return number.group("num") or number.group("bare")


def _mid_sentence(text: str, pos: int) -> bool:
    """True when a word at ``pos`` does not open a sentence (so its capital means a name)."""
    before = text[max(0, pos - 20) : pos].rstrip()
    return bool(before) and before[-1] not in ".!?…\n:*#"
