"""Search across spellings and scripts: variant keys, ranking, turning variants off, aliases,
near spellings, light stemming where tantivy has no stemmer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annals.api import Annals
from annals.search.compile import variant_phrases
from annals.search.engine import SearchRequest


def found(annals: Annals, query: str, **request: object) -> list[str]:
    result = annals.search(SearchRequest(query=query, limit=50, **request))  # type: ignore[arg-type]
    return [hit.external_id or hit.source for hit in result.hits]


@pytest.mark.parametrize("query", ["Hojaly", "Khojaly", "Xocalı", "Ходжалы", "Chodschali"])
def test_seed_statement_is_found_by_every_spelling(seed_annals: Annals, query: str) -> None:
    sources = {hit.source for hit in seed_annals.search(SearchRequest(query=query, limit=50)).hits}
    assert "mfa" in sources


def test_each_spelling_finds_the_statements_in_every_script(demo_annals: Annals) -> None:
    khojaly = {"icch-2022-001", "icch-2022-002", "icch-2022-003", "icch-2023-001"}
    for query in ("Khojaly", "Xocalı", "Ходжалы", "Chodschali", "Khodjaly"):
        assert khojaly <= set(found(demo_annals, query)), query


def test_exact_spelling_ranks_above_variant_spellings(demo_annals: Annals) -> None:
    # Only icch-2023-001 (German) writes "Chodschali"; the others write Khojaly, Xocalı, Ходжалы.
    ranked = found(demo_annals, "Chodschali")
    assert ranked[0] == "icch-2023-001"
    assert len(ranked) >= 4


def test_snippet_marks_the_variant_form_that_matched(demo_annals: Annals) -> None:
    result = demo_annals.search(SearchRequest(query="Khojaly", limit=50))
    by_id = {hit.external_id: hit for hit in result.hits}
    assert "<mark>Ходжалы</mark>" in by_id["icch-2022-002"].snippet
    assert "Xocalı" in by_id["icch-2022-003"].matched
    assert any("Ходжалы" in note and "=Khojaly" in note for note in result.notes)


def test_variants_can_be_turned_off_for_a_word_or_the_whole_query(demo_annals: Annals) -> None:
    assert found(demo_annals, "=Chodschali") == ["icch-2023-001"]
    assert found(demo_annals, "Chodschali", variants=False) == ["icch-2023-001"]
    # Only the word marked exact loses its variants.
    assert set(found(demo_annals, "=Chodschali OR Ходжалы")) > {"icch-2023-001"}


def test_alias_expands_the_query_and_says_so(annals: Annals, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ceremony in Kyiv\n\nA ceremony was held in Kyiv today.")
    (tmp_path / "b.txt").write_text("Concert in Lviv\n\nA concert was held in Lviv today.")
    annals.import_paths(
        [tmp_path / "a.txt", tmp_path / "b.txt"], options=annals.read_options(given={"lang": "en"})
    )
    assert found(annals, "Kiev") == []
    assert annals.add_aliases("Kyiv", ["Kiev", "Київ"]) == 2
    result = annals.search(SearchRequest(query="Kiev"))
    assert [hit.title for hit in result.hits] == ["Ceremony in Kyiv"]
    assert any("also searched as Kyiv" in note for note in result.notes)
    assert found(annals, "Kiev", variants=False) == []


def test_aliases_import_from_csv_and_json(annals: Annals, tmp_path: Path) -> None:
    csv_file = tmp_path / "aliases.csv"
    csv_file.write_text("Stepanakert,Khankendi,Xankəndi\n# a comment,row\n", encoding="utf-8")
    json_file = tmp_path / "aliases.json"
    json_file.write_text(json.dumps({"Khojaly": ["Ivanyan"]}), encoding="utf-8")
    assert annals.import_aliases(csv_file) == 2
    assert annals.import_aliases(json_file) == 1
    assert annals.aliases() == {"Khojaly": ["Ivanyan"], "Stepanakert": ["Khankendi", "Xankəndi"]}


def test_a_typo_in_a_long_word_finds_results_and_a_suggestion(demo_annals: Annals) -> None:
    result = demo_annals.search(SearchRequest(query="Riverten flood"))
    assert result.total >= 1
    assert result.suggestion == "Riverton flood"
    assert any("did you mean" in note for note in result.notes)
    # Short words are not loosened, and exact searches never are.
    assert demo_annals.search(SearchRequest(query="Riverten", variants=False)).total == 0


def test_ukrainian_and_azerbaijani_inflections_match_by_light_stemming(
    annals: Annals, tmp_path: Path
) -> None:
    (tmp_path / "uk.txt").write_text("Новини\n\nДелегація прибула до Харкова вранці.", "utf-8")
    (tmp_path / "az.txt").write_text("Xəbərlər\n\nNümayəndə heyəti Bakıda görüş keçirdi.", "utf-8")
    annals.import_paths([tmp_path / "uk.txt"], options=annals.read_options(given={"lang": "uk"}))
    annals.import_paths([tmp_path / "az.txt"], options=annals.read_options(given={"lang": "az"}))
    assert found(annals, "Харків") and found(annals, "Харкову")
    assert found(annals, "Bakı") and found(annals, "Bakının")


def test_geonames_seeds_aliases_no_rule_can_derive(annals: Annals, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Visit to Kyiv\n\nThe delegation arrived in Kyiv.", "utf-8")
    annals.import_paths([tmp_path / "a.txt"], options=annals.read_options(given={"lang": "en"}))
    assert found(annals, "Kiev") == []
    assert annals.seed_aliases(min_population=1_000_000) > 1000
    groups = annals.aliases()
    assert "Kiev" in groups["Kyiv"]
    assert not any(variant.isupper() for variant in groups["Kyiv"])  # no codes such as IEV
    assert found(annals, "Kiev") == ["a.txt"]


def test_cldr_seeds_country_names_in_other_languages(annals: Annals, tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(
        "Visite en Allemagne\n\nLe ministre s'est rendu en Allemagne mardi.", "utf-8"
    )
    (tmp_path / "uk.txt").write_text("Візит\n\nДелегація прибула до Німеччини вранці.", "utf-8")
    annals.import_paths([tmp_path / "fr.txt"], options=annals.read_options(given={"lang": "fr"}))
    annals.import_paths([tmp_path / "uk.txt"], options=annals.read_options(given={"lang": "uk"}))
    assert found(annals, "Germany") == []
    assert annals.seed_aliases(min_population=10_000_000) > 3000
    groups = annals.aliases()
    assert {"Allemagne", "Deutschland", "Німеччина"} <= set(groups["Germany"])
    assert set(found(annals, "Germany")) == {"fr.txt", "uk.txt"}
    # Names an English text uses for something else are left out: "Island" (Iceland in
    # German) by its key, "Islande" (French) by its English stem, "Того" (Togo) as short.
    assert not {"Island", "Islande"} & set(groups["Iceland"])
    assert "Того" not in groups["Togo"]


def test_country_names_can_be_left_out_of_seeding(annals: Annals) -> None:
    assert annals.seed_aliases(min_population=10_000_000, countries=False) < 1000
    assert "Germany" not in annals.aliases()


def write_statements(directory: Path, texts: dict[str, str]) -> list[Path]:
    directory.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        paths.append(directory / name)
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def test_the_archives_commonest_spelling_ranks_first_among_variants(
    annals: Annals, tmp_path: Path
) -> None:
    # The same sentence in each, so only the spelling can order them; the odd one comes
    # first in the archive, so a tie would put it first.
    texts = {"a-odd.txt": "Report\n\nShelling was reported in Zaporizhzhya today."}
    for number in range(3):
        texts[f"b-{number}.txt"] = "Report\n\nShelling was reported in Zaporizhzhia today."
    annals.import_paths(
        write_statements(tmp_path / "in", texts), options=annals.read_options(given={"lang": "en"})
    )
    ranked = found(annals, "Zaporizhia")
    assert len(ranked) == 4
    assert ranked[-1] == "a-odd.txt"
    assert found(annals, "Zaporizhzhya")[0] == "a-odd.txt"  # the form typed still ranks first


def test_a_phrase_matches_in_other_spellings_of_its_words(annals: Annals, tmp_path: Path) -> None:
    texts = {
        "de.txt": "Besuch\n\nPräsident Wolodymyr Selenskyj traf die Delegation.",
        "apart.txt": "Note\n\nVolodymyr spoke first. Later, Zelenskyy left.",
    }
    annals.import_paths(write_statements(tmp_path / "in", texts))
    assert found(annals, '"Volodymyr Zelenskyy"') == ["de.txt"]
    assert found(annals, '"Volodymyr Zelenskyy"', variants=False) == []


def test_a_phrase_tries_the_likeliest_spellings_of_all_its_words_first() -> None:
    first = [("volodymyr", 2.0), ("володимир", 1.5)]
    second = [(f"zelensky{index}", 1.0 / (index + 1)) for index in range(20)]
    phrases = variant_phrases([first, second], own=("volodymyr", "zelensky0"), limit=4)
    assert phrases == [
        ["володимир", "zelensky0"],
        ["volodymyr", "zelensky1"],
        ["володимир", "zelensky1"],
        ["volodymyr", "zelensky2"],
    ]
