"""The fast scans find exactly what the plain regex scans they replace would find."""

from __future__ import annotations

import random
import re

from annals.facts import entities, extract_facts
from annals.facts import lexicon as lx
from annals.facts import patterns as pt
from annals.facts.relative_days import _weekdays
from annals.facts.spans import matches_at, offsets_of, starts_from_hints, trigger_offsets

TEXT = (
    "On Monday the Mayor of Paris met President Macron and the Prime Minister. In May 2021 "
    "the UN Security Council adopted resolution 2231 (2015) and the Convention on the Rights "
    "of the Child; the Ministry of Foreign Affairs said “yes” on Tuesday’s call, 1999-2000, "
    "19191 and 2020-05-04. A journalist, the historian and Executive Order 14067 followed."
)


def test_matches_at_trigger_offsets_equals_finditer() -> None:
    kinds = {
        "month": pt.MONTH,
        "instrument": pt.INSTRUMENT_HEAD,
        "numbered": pt.NUMBERED_TRIGGER,
        "person": pt.PERSON,
        "org_name": pt.ORG_NAME,
        "org_head": pt.ORG_HEAD,
    }
    offsets = trigger_offsets(TEXT)
    for kind, pattern in kinds.items():
        fast = [m.span() for m in matches_at(pattern, TEXT, offsets[kind])]
        assert fast == [m.span() for m in pattern.finditer(TEXT)], kind
        assert fast, kind


def test_a_trigger_word_serves_every_kind_it_starts() -> None:
    offsets = trigger_offsets("The Mayor spoke.")
    assert offsets["person"] == [4] and offsets["month"] == [4]  # "May" starts "Mayor"


def test_year_starts_and_weekday_endings_find_every_match() -> None:
    starts = sorted(m.start() for p in pt.YEAR_STARTS for m in p.finditer(TEXT))
    years = [m.span() for m in matches_at(pt.YEAR, TEXT, starts)]
    assert years == [m.span() for m in pt.YEAR.finditer(TEXT)]
    assert [m.span() for m in _weekdays(TEXT)] == [m.span() for m in pt.WEEKDAY.finditer(TEXT)]


def test_curly_quote_openers_and_offsets_of() -> None:
    opening = offsets_of(TEXT, *pt.CURLY_QUOTE_OPENERS)
    fast = [m.span() for m in matches_at(pt.CURLY_QUOTE, TEXT, opening)]
    assert fast == [m.span() for m in pt.CURLY_QUOTE.finditer(TEXT)]
    assert offsets_of("a-b-c", "-", "c") == [1, 3, 4]


def test_hints_cover_every_word_in_either_case() -> None:
    for word in lx.RELATIVE_DAYS:
        for variant in (word, word[:1].upper() + word[1:]):
            assert any(hint in variant for hint in pt.RELATIVE_DAY_HINTS)


def test_relative_days_found_from_their_hints_equal_finditer() -> None:
    text = (
        "Yesterday and the day before yesterday, earlier today, Last night; tomorrow, "
        "this morning. Вчера и позавчера, учора і завтра."
    )
    starts = starts_from_hints(text, pt.RELATIVE_DAY_STARTS)
    fast = [m.span() for m in matches_at(pt.RELATIVE_DAY, text, starts)]
    assert fast == [m.span() for m in pt.RELATIVE_DAY.finditer(text)]
    assert len(fast) == 8  # not "earlier today" or "this morning": the publication day
    assert pt.hint_distances(["the day before yesterday"], ["esterday"]) == {"esterday": (16,)}


def test_predicates_keep_the_listed_order_within_a_letter() -> None:
    found = pt.PREDICATE.search("were taken hostage")
    assert found is not None and found.lastgroup is not None
    assert pt.PREDICATE_NAMES[found.lastgroup] == "taken hostage"
    assert pt._top_level_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_iso_dates_rulings_and_place_cues_from_literal_scans() -> None:
    facts = extract_facts(
        "On 2022-02-26 the town of Khojaly was named. The European Court of Human Rights, "
        "in its decision of 22 April 2010, agreed."
    )
    by_kind = {(f.kind, f.text) for f in facts}
    assert ("date", "2022-02-26") in by_kind
    assert ("place", "Khojaly") in by_kind
    assert any(kind == "legal" and "decision of 22 April 2010" in text for kind, text in by_kind)
    assert re.fullmatch(r"facts-\d+", facts[0].extractor_version)


def test_trigger_offsets_include_words_that_start_inside_another() -> None:
    text = (
        "Vice President Ana; the Deputy Prime Minister; UNESCO, UN NATO and the "
        "Secretary-General. Прем'єр-міністр, the journalist."
    )
    expected: dict[str, list[int]] = {kind: [] for kind in pt.TRIGGER_KIND_NAMES}
    for start in range(len(text)):  # the plain way: try every offset
        found = pt.TRIGGER.match(text, start)
        words = [found[0]] if found else []
        words += [word for word in pt.TRIGGER_LITERALS if text.startswith(word, start)]
        for word in words:
            for kind in pt.TRIGGER_KINDS[word]:
                expected[kind].append(start)
    assert trigger_offsets(text) == expected
    assert expected["person"] and expected["org_name"]


def test_gated_hints_wait_behind_a_character_they_contain() -> None:
    hints = ["esterday", "чера", "чора", "автра", "ічниц"]
    gates = pt.gated(hints)
    assert gates[""] == ("esterday",)
    assert sorted(hint for group in gates.values() for hint in group) == sorted(hints)
    assert all(gate in hint for gate, group in gates.items() if gate for hint in group)


def test_capitalised_tail_is_the_class_after_the_capital() -> None:
    after_capital = re.compile(rf"[{pt.LOWER}’'-]")
    for code in range(0x3000):
        assert (chr(code) in pt.CAPITALISED_TAIL) == bool(after_capital.fullmatch(chr(code)))


def test_gazetteer_places_equal_a_scan_of_every_capitalised_word() -> None:
    text = (
        "Iranian envoys left Iran. New Yorkers, New York’s mayor and The Netherlands; Xiran,"
        " Iran-based, China's ports, the town of Hojaly and Khojaly. У Києві та Київ, AIran."
    )
    words = pt.CAPITALISED.findall(text)
    found = [(f.start, f.text) for f in entities._gazetteer_places(text, words, set(words))]
    assert found == _places_word_by_word(text)
    assert [name for _, name in found] == ["Iran", "New York", "York", "The Netherlands",
                                           "China", "Києві", "Київ"]  # fmt: skip


def _places_word_by_word(text: str) -> list[tuple[int, str]]:
    """Gazetteer places found by visiting every capitalised word (the plain scan)."""
    names, first_words = entities._places_index()
    found: list[tuple[int, str]] = []
    for match in pt.CAPITALISED.finditer(text):
        start = match.start()
        if start and text[start - 1].isalnum():
            continue
        if match[0] not in first_words:
            found += [
                (f.start, f.text) for f in entities._inflected_place(text, start, match[0], names)
            ]
            continue
        for name in first_words[match[0]]:
            end = start + len(name)
            if text.startswith(name, start) and not text[end : end + 1].isalnum():
                found.append((start, name))
                break
    return found


def test_words_before_a_head_word_read_backwards_equal_the_forward_search() -> None:
    pieces = ["U.S.", "and", "&", "A", "Ж", "a", "ж", "ʼ", "’", "'", "`", "-", ".", " ", " ",
              "\t", "\n", "\r", "\u00a0", "1", "É", "_", "Food", "State", "the", "Mc", "NATO",
              "ФБР", "S.", "U.", "x"]  # fmt: skip
    texts = [
        "the Food and Drug Administration",
        "XU.S. Department",
        "President Biden and European Commission",
        "Justice\nand  State\n Department",
    ]
    chooser = random.Random(7)
    texts += [
        "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 30))) + " Department"
        for _ in range(3000)
    ]
    for text in texts:
        head = text.rindex(" ") + 1
        forward = pt.ORG_WORDS_BEFORE.search(text, max(0, head - entities.ORG_REACH), head)
        assert entities._words_before(text, head) == (forward.start() if forward else None), text
