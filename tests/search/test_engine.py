"""Search behaviour over real archives: words, phrases, boolean, filters, sort, facets, snippets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annals.api import Annals
from annals.archive.facts_store import FactQuery
from annals.errors import AnnalsError, QuerySyntaxError, UsageError
from annals.index.spelling import spelling_key
from annals.search.engine import SearchRequest


def external_ids(annals: Annals, query: str, **request: object) -> set[str]:
    result = annals.search(SearchRequest(query=query, limit=100, **request))  # type: ignore[arg-type]
    return {hit.external_id or "" for hit in result.hits}


def test_all_words_must_match(demo_annals: Annals) -> None:
    both = external_ids(demo_annals, "flood Riverton")
    assert both and both <= external_ids(demo_annals, "flood")
    assert both <= external_ids(demo_annals, "Riverton")
    assert both != external_ids(demo_annals, "flood") | external_ids(demo_annals, "Riverton")


def test_or_matches_either_word(demo_annals: Annals) -> None:
    either = external_ids(demo_annals, "Kowalenko OR Schukow")
    assert either == external_ids(demo_annals, "Kowalenko") | external_ids(demo_annals, "Schukow")
    assert len(either) >= 2


def test_exclusion_removes_matches(demo_annals: Annals) -> None:
    everything = external_ids(demo_annals, "Odessa")
    without = external_ids(demo_annals, "Odessa -port")
    assert without < everything
    assert not without & external_ids(demo_annals, "port")


def test_phrase_needs_the_words_in_order(demo_annals: Annals) -> None:
    phrase = external_ids(demo_annals, '"evacuated to three emergency shelters"')
    assert phrase == {"riverton-mayor-2022-001"}
    assert not external_ids(demo_annals, '"shelters emergency three"')


def test_number_with_separator_is_found_as_written(demo_annals: Annals) -> None:
    assert external_ids(demo_annals, '"1,260"') == {"riverton-mayor-2022-001"}


def test_title_field_restricts_to_titles(demo_annals: Annals) -> None:
    in_titles = demo_annals.search(SearchRequest(query="title:flood", limit=50)).hits
    assert in_titles and all("flood" in hit.title.lower() for hit in in_titles)


def test_lang_and_source_fields_and_filters_agree(demo_annals: Annals) -> None:
    by_field = external_ids(demo_annals, "lang:de")
    by_filter = external_ids(demo_annals, "", languages=("de",))
    assert by_field == by_filter and len(by_field) >= 3
    assert external_ids(demo_annals, "source:icch") == external_ids(
        demo_annals, "", sources=("icch",)
    )


def test_stemming_finds_inflected_forms_in_english_and_russian(demo_annals: Annals) -> None:
    assert external_ids(demo_annals, "evacuate") & external_ids(demo_annals, "evacuated")
    # The statement says "о сильном шторме" and "Штормовое предупреждение".
    storm = external_ids(demo_annals, "шторм", languages=("ru",))
    assert "coastal-council-2021-001" in storm
    assert storm == external_ids(demo_annals, "штормы", languages=("ru",))
    assert "coastal-council-2021-001" in external_ids(demo_annals, "предупреждения")


def test_exact_form_ranks_above_stemmed_form(demo_annals: Annals) -> None:
    hits = demo_annals.search(SearchRequest(query="evacuated", limit=20)).hits
    first = hits[0]
    assert "evacuated" in first.snippet.lower()


def test_date_filters_are_inclusive_whole_days(demo_annals: Annals) -> None:
    day = date(2022, 5, 15)
    on_the_day = external_ids(demo_annals, "", date_from=day, date_to=day)
    assert "riverton-mayor-2022-001" in on_the_day
    assert "riverton-mayor-2022-001" not in external_ids(demo_annals, "", date_to=date(2022, 5, 14))


def test_sort_by_date_orders_hits(demo_annals: Annals) -> None:
    newest = demo_annals.search(SearchRequest(query="", sort="newest", limit=50)).hits
    oldest = demo_annals.search(SearchRequest(query="", sort="oldest", limit=50)).hits
    newest_dates = [hit.published[:10] for hit in newest if hit.published]
    assert newest_dates == sorted(newest_dates, reverse=True)
    assert [hit.id for hit in oldest][:3] == [hit.id for hit in reversed(newest)][:3]


def test_pagination_pages_do_not_overlap(demo_annals: Annals) -> None:
    first = demo_annals.search(SearchRequest(query="", sort="oldest", limit=5)).hits
    second = demo_annals.search(SearchRequest(query="", sort="oldest", limit=5, offset=5)).hits
    assert len(first) == len(second) == 5
    assert not {hit.id for hit in first} & {hit.id for hit in second}


def test_facets_count_matching_statements(demo_annals: Annals) -> None:
    result = demo_annals.search(SearchRequest(query="", limit=0))
    assert result.total == 41
    assert sum(result.facets["source"].values()) == 41
    assert sum(result.facets["language"].values()) == 41
    assert result.facets["source"]["icch"] == len(external_ids(demo_annals, "source:icch"))
    years = list(result.facets["year"])
    assert years == sorted(years) and years[0] == "2019"


def test_snippet_marks_the_matched_words(demo_annals: Annals) -> None:
    hit = demo_annals.search(SearchRequest(query='Riverton "three emergency shelters"')).hits[0]
    assert "<mark>three emergency shelters</mark>" in hit.snippet
    assert "<mark>Riverton</mark>" in hit.snippet


def test_snippet_escapes_text(annals: Annals, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "x.txt"
    source.write_text("Tags <script>alert(1)</script> and the harbour opened.", encoding="utf-8")
    annals.import_paths([source])
    snippet = annals.search(SearchRequest(query="harbour")).hits[0].snippet
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet


@pytest.mark.parametrize("query", ['"unclosed phrase', "(flood", "title:", "-flood", "flood OR"])
def test_malformed_query_gives_a_positioned_error(demo_annals: Annals, query: str) -> None:
    with pytest.raises(QuerySyntaxError) as raised:
        demo_annals.search(SearchRequest(query=query))
    assert 0 <= raised.value.position <= len(query)
    assert "position" in str(raised.value)


def test_page_limits_are_enforced(demo_annals: Annals) -> None:
    with pytest.raises(UsageError):
        demo_annals.search(SearchRequest(query="flood", limit=10**6))
    with pytest.raises(UsageError):
        demo_annals.search(SearchRequest(query="flood", sort="sideways"))


def test_seed_statement_is_found_by_name_phrase_and_date(seed_annals: Annals) -> None:
    def seed_found(query: str, **request: object) -> bool:
        hits = seed_annals.search(SearchRequest(query=query, limit=50, **request)).hits  # type: ignore[arg-type]
        return any(hit.source == "mfa" for hit in hits)

    assert seed_found("Khojaly")
    assert seed_found('"366th motorized rifle regiment"')
    assert seed_found("", date_from=date(2022, 2, 1), date_to=date(2022, 2, 28))
    assert not seed_found("", date_to=date(2021, 12, 31))
    assert not seed_found("Khojaly", date_to=date(2021, 12, 31))


def test_reindex_gives_the_same_results(seed_annals: Annals) -> None:
    queries = ["Khojaly", '"rifle regiment"', "flood OR earthquake", "lang:ru", "Kyiv -Kiev"]
    before = [seed_annals.search(SearchRequest(query=query, limit=50)) for query in queries]
    seed_annals.reindex()
    after = [seed_annals.search(SearchRequest(query=query, limit=50)) for query in queries]
    for old, new in zip(before, after, strict=True):
        assert old.total == new.total
        assert [hit.id for hit in old.hits] == [hit.id for hit in new.hits]
        assert old.facets == new.facets


SYNTAX_HEAVY = st.text(
    alphabet=st.sampled_from(list('ab Xı Хо"()-=*:|~ORNDAT title lang 1,2\t')), max_size=40
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.one_of(st.text(max_size=60), SYNTAX_HEAVY))
def test_any_query_gives_results_or_a_clean_error(demo_annals: Annals, query: str) -> None:
    try:
        result = demo_annals.search(SearchRequest(query=query, limit=3))
    except AnnalsError as error:
        assert str(error)
    else:
        assert result.total >= len(result.hits)


def test_entity_facets_count_and_narrow_by_the_names_facts_found(demo_annals: Annals) -> None:
    everything = demo_annals.search(SearchRequest(query="", limit=0))
    baku = everything.facets["place"]["Baku"]
    named = {
        row["statement_id"]
        for row in demo_annals.search_facts(FactQuery(kind="place"))
        if row["fields"]["key"] == spelling_key("Баку")  # any spelling: Baku, Баку, Bakı
    }
    assert baku == len(named) >= 2
    narrowed = demo_annals.search(
        SearchRequest(query="", limit=50, entities=(("place", "Баку"),))
    )
    assert {hit.id for hit in narrowed.hits} == named
    with pytest.raises(UsageError):
        demo_annals.search(SearchRequest(query="", entities=(("planet", "Mars"),)))


def test_snippet_finds_a_word_that_appears_only_late_in_a_long_text(
    annals: Annals, tmp_path: Path
) -> None:
    filler = "The committee met and discussed routine matters of the harbour. " * 400
    (tmp_path / "long.txt").write_text(f"Minutes\n\n{filler}The lighthouse reopens.", "utf-8")
    annals.import_paths([tmp_path / "long.txt"])
    snippet = annals.search(SearchRequest(query="lighthouse")).hits[0].snippet
    assert "<mark>lighthouse</mark> reopens" in snippet
