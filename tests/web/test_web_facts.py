"""Facts across statements (/facts, /facts.csv, /api/facts) and a statement's facts panel."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from annals.api import Annals
from annals.archive.facts_store import FactQuery
from annals.models import Fact
from annals.web.fact_panel import ENTITY_KINDS
from annals.web.render import FACT_KINDS, QueryMarks, marked_text

VERSIONED_ID = 6  # the demo statement with two versions (see conftest.py)


def rows_of(html: str) -> list[list[str]]:
    """The cells of the facts table, tags removed."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[re.sub(r"<[^>]+>", "", cell).strip()
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)]


def breakdown(annals: Annals) -> tuple[dict[str, Any], Fact]:
    """A figure of the flood statement that is part of a total, with what it says happened,
    and that total."""
    for row in annals.search_facts(FactQuery(kind="figure", source="riverton-mayor")):
        fields = row["fields"]
        if row["statement_id"] == VERSIONED_ID and fields.get("part_of") is not None and (
                fields.get("predicate") and fields.get("counted")):
            return row, annals.facts(VERSIONED_ID)[fields["part_of"]]
    raise AssertionError("the flood statement has no breakdown of a total")


def test_api_facts_are_the_rows_the_cli_prints(client: TestClient, annals: Annals) -> None:
    response = client.get("/api/facts", params={"kind": "figure", "limit": 50})
    assert response.status_code == 200
    expected = annals.search_facts(FactQuery(kind="figure", limit=50))
    assert response.json() == {"count": len(expected), "limit": 50, "facts": expected}
    dates = [row["published"] or "" for row in response.json()["facts"]]
    assert dates == sorted(dates)


def test_api_facts_take_every_filter(client: TestClient, annals: Annals) -> None:
    figure, _ = breakdown(annals)
    named = next(fact for fact in annals.facts(figure["statement_id"])
                 if fact.kind in ("place", "person", "organisation"))
    day = figure["published"][:10]
    params = {"kind": "figure", "predicate": figure["fields"]["predicate"],
              "counted": figure["fields"]["counted"], "entity": named.text,
              "source": figure["source"], "from": day, "to": day, "limit": "10"}
    found = client.get("/api/facts", params=params).json()["facts"]
    expected = annals.search_facts(FactQuery(
        kind="figure", predicate=params["predicate"], counted=params["counted"],
        source=figure["source"], date_from=day, date_to=day, limit=10), entity=named.text)
    assert found == expected and figure in found
    assert all(row["fields"]["counted"] == params["counted"] for row in found)
    assert client.get("/api/facts", params={**params, "to": "2000-01-01"}).json()["count"] == 0
    assert client.get("/api/facts", params={"limit": 3}).json()["count"] == 3


@pytest.mark.parametrize("params", [{"kind": "rumour"}, {"from": "2022-13-01"},
                                    {"limit": "0"}, {"limit": "10001"}, {"entity": "x" * 201}])
def test_bad_fact_filters_are_errors_that_say_what_to_send(client: TestClient,
                                                           params: dict) -> None:
    response = client.get("/api/facts", params=params)
    assert response.status_code == 400 and response.json()["error"]
    assert client.get("/facts.csv", params=params).json()["status"] == 400
    assert client.get("/facts", params=params).status_code == 400


def test_facts_page_lists_facts_by_statement_date_with_their_totals(client: TestClient,
                                                                     annals: Annals) -> None:
    figure, total = breakdown(annals)
    predicate = figure["fields"]["predicate"]
    page = client.get("/facts", params={"kind": "figure", "predicate": predicate}).text
    expected = annals.search_facts(FactQuery(kind="figure", predicate=predicate))
    count = len(expected)
    assert f'<h2 class="summary">{count} fact{"" if count == 1 else "s"}' in page
    rows = rows_of(page)
    columns = ["date", "source", "title", "kind", "text", "value", "counted", "predicate",
               "part_of"]
    shown = [dict(zip(columns, row, strict=True)) for row in rows]
    assert [row["text"] for row in shown] == [row["text"] for row in expected]
    assert {**shown[expected.index(figure)], "value": None} == {
        "date": figure["published"][:10], "source": figure["source"], "title": figure["title"],
        "kind": "figure", "text": figure["text"], "value": None,
        "counted": figure["fields"]["counted"], "predicate": predicate, "part_of": total.text}
    assert shown[expected.index(figure)]["value"].replace(",", "").endswith(
        str(figure["fields"]["value"]))
    assert f'<a href="/statements/{figure["statement_id"]}">' in page
    assert '<option value="figure" selected>' in page and f'value="{predicate}"' in page


def test_facts_page_without_filters_shows_the_first_facts_and_how_to_see_more(
        client: TestClient) -> None:
    page = client.get("/facts").text
    rows = rows_of(page)
    assert len(rows) == 200  # the page's default limit
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    assert "There may be more facts than shown" in page and "limit=1000" in page
    empty = client.get("/facts", params={"entity": "Atlantis"}).text
    assert "No facts match these filters." in empty


def test_facts_page_links_to_the_same_facts_as_csv_and_json(client: TestClient) -> None:
    page = client.get("/facts", params={"kind": "figure", "source": "riverton-mayor"}).text
    assert 'href="/facts.csv?kind=figure&amp;source=riverton-mayor&amp;limit=200"' in page
    assert 'href="/api/facts?kind=figure&amp;source=riverton-mayor&amp;limit=200"' in page
    assert '<a href="/facts">Facts</a>' in page  # the nav link


def test_facts_csv_has_the_filters_and_the_totals(client: TestClient, annals: Annals) -> None:
    figure, total = breakdown(annals)
    params = {"kind": "figure", "source": figure["source"]}
    response = client.get("/facts.csv", params=params)
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="annals-facts.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    expected = annals.search_facts(FactQuery(kind="figure", source=figure["source"]))
    assert [row["text"] for row in rows] == [row["text"] for row in expected]
    shown = rows[expected.index(figure)]
    assert shown["value"] == str(figure["fields"]["value"])
    assert shown["predicate"] == figure["fields"]["predicate"]
    assert shown["part_of"] == total.text and shown["statement_id"] == str(figure["statement_id"])
    assert set(rows[0]) >= {"published", "source", "title", "url", "kind", "text", "value",
                            "counted", "predicate", "part_of", "start", "end"}


def test_statement_facts_panel_groups_by_kind_and_links_each_span(client: TestClient,
                                                                  annals: Annals) -> None:
    page = client.get(f"/statements/{VERSIONED_ID}").text
    facts = annals.facts(VERSIONED_ID)
    panel = page.split('id="facts-heading"', 1)[1]
    headings = re.findall(r"<h3>([^<]+)</h3>", panel)
    kinds = {fact.kind for fact in facts}
    assert headings == [heading for kind, heading in FACT_KINDS.items() if kind in kinds]
    assert len(headings) > 2
    for number, fact in enumerate(facts):
        assert f'id="fact-{number}"' in page
        if fact.kind not in ENTITY_KINDS:  # a name is listed once, at its first mention
            assert f'href="#fact-{number}"' in panel
    figure, total = breakdown(annals)
    number = next(n for n, fact in enumerate(facts) if (fact.start, fact.end) == (
        figure["start"], figure["end"]))
    item = re.search(rf'<li><a href="#fact-{number}">.*?</li>', panel, flags=re.S)
    assert item is not None and f"{figure['fields']['value']:,}" in item[0]
    assert f"{figure['fields']['counted']} · {figure['fields']['predicate']}" in item[0]
    assert f'part of <a href="#fact-{figure["fields"]["part_of"]}">{total.text}</a>' in item[0]


def test_facts_inside_other_facts_get_their_own_span_and_anchor() -> None:
    text = "He said “Odesa has two ports” today."
    facts = [Fact("quote", "“Odesa has two ports”", 8, 29), Fact("place", "Odesa", 9, 14),
             Fact("figure", "two ports", 19, 28)]
    html = str(marked_text(text, QueryMarks(), facts))
    assert html == ('He said <span class="fact fact-quote" id="fact-0">“</span>'
                    '<span class="fact fact-quote"><span class="fact fact-place" id="fact-1">'
                    'Odesa</span></span><span class="fact fact-quote"> has </span>'
                    '<span class="fact fact-quote"><span class="fact fact-figure" id="fact-2">'
                    'two ports</span></span><span class="fact fact-quote">”</span> today.')


def test_facts_of_a_speaker_are_their_quotes_in_any_spelling(client: TestClient) -> None:
    found = client.get("/api/facts", params={"speaker": "Dalstrom"}).json()["facts"]
    speakers = {row["fields"]["speaker"] for row in found}
    assert speakers and {row["kind"] for row in found} == {"quote"}
    assert speakers <= {"Henrik Dalström", "Henrik Dalstrom", "Хенрик Дальстрём"}
    assert len(speakers) > 1  # spellings and scripts of one name
    page = client.get("/facts", params={"speaker": "Dalstrom"}).text
    assert 'name="speaker" value="Dalstrom"' in page and "Henrik Dal" in page
    assert ">Said by</th>" in page and ">What happened</th>" not in page  # quotes' columns only
