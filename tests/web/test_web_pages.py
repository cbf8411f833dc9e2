"""The HTML pages, exports and feed, over HTTP against a real archive."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
from starlette.testclient import TestClient

from annals.api import Annals
from annals.search.engine import SearchRequest

VERSIONED_ID = 6  # the demo statement with two versions (see conftest.py)
ATOM = "{http://www.w3.org/2005/Atom}"


def links(html: str, pattern: str) -> list[str]:
    """The hrefs in ``html`` whose text or href matches ``pattern`` (unescaped)."""
    found = re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html, flags=re.S)
    hrefs = [(href.replace("&amp;", "&"), text) for href, text in found]
    return [href for href, text in hrefs if re.search(pattern, href) or re.search(pattern, text)]


def test_search_page_shows_hits_with_marked_words(client: TestClient) -> None:
    page = client.get("/", params={"q": "port"})
    assert page.status_code == 200
    assert re.search(r"\d+ results? <span class=\"muted\">in [\d.]+ ms", page.text)
    assert "<mark>Port</mark>" in page.text or "<mark>port</mark>" in page.text
    assert "harbourcity-port" in page.text and "2019-05-21" in page.text


def test_facet_links_narrow_the_search(client: TestClient, annals: Annals) -> None:
    page = client.get("/", params={"q": "port"}).text
    href = links(page, r"source=harbourcity-port")[0]
    assert parse_qs(urlsplit(href).query) == {"q": ["port"], "source": ["harbourcity-port"]}
    narrowed = client.get(href).text
    total = annals.search(SearchRequest(query="port", sources=("harbourcity-port",))).total
    assert f"{total} result" in narrowed
    assert 'aria-label="Remove filter source: harbourcity-port"' in narrowed


def test_entity_facets_narrow_by_named_places_people_and_organisations(
        client: TestClient, annals: Annals) -> None:
    page = client.get("/", params={"q": "Khojaly"}).text
    for heading in ("Place", "Organisation"):
        assert f"<h2>{heading}</h2>" in page
    href = links(page, r"place=Meridian")[0]
    assert parse_qs(urlsplit(href).query) == {"q": ["Khojaly"], "place": ["Meridian"]}
    narrowed = client.get(href).text
    total = annals.search(SearchRequest(query="Khojaly", entities=(("place", "Meridian"),))).total
    assert f"{total} result" in narrowed
    assert 'aria-label="Remove filter place: Meridian"' in narrowed
    assert '<input type="hidden" name="place" value="Meridian">' in narrowed  # a new query keeps it
    selected = re.search(r'<a href="([^"]+)" class="selected"[^>]*><span class="facet-value"'
                         r'[^>]*>Meridian<', narrowed)
    assert selected and "place" not in parse_qs(urlsplit(selected[1].replace("&amp;", "&")).query)
    person = links(client.get("/").text, r"person=Margaret\+Hollis")
    assert person and client.get(person[0]).status_code == 200


def test_exact_toggle_turns_other_spellings_off_and_on(client: TestClient) -> None:
    page = client.get("/", params={"q": "Khojaly"}).text
    assert "Khojaly also matched the spellings" in page
    assert re.search(r'class="matched">matched: <span[^>]*>[^<]*Xocalı', page)
    exact = links(page, r"only exact forms")[0]
    assert parse_qs(urlsplit(exact).query) == {"q": ["Khojaly"], "exact": ["1"]}
    exact_page = client.get(exact).text
    assert "also matched the spellings" not in exact_page
    matched = re.findall(r'class="matched">matched: <span[^>]*>([^<]*)<', exact_page)
    assert matched and all(line == "Khojaly" for line in matched)
    assert '<input type="hidden" name="exact" value="1">' in exact_page
    again = links(exact_page, r"include other spellings")[0]
    assert parse_qs(urlsplit(again).query) == {"q": ["Khojaly"]}
    assert "only exact forms" not in client.get("/").text  # nothing to toggle without words


def test_statement_from_an_exact_search_marks_only_the_forms_typed(client: TestClient,
                                                                     annals: Annals) -> None:
    hit = annals.search(SearchRequest(query="Khojaly", variants=False)).hits[0]
    marked = set(re.findall(r"<mark>([^<]*)</mark>",
                            client.get(f"/statements/{hit.id}", params={"q": "Khojaly"}).text))
    exact = set(re.findall(r"<mark>([^<]*)</mark>", client.get(
        f"/statements/{hit.id}", params={"q": "Khojaly", "exact": "1"}).text))
    assert exact == {"Khojaly"} and len(marked) > 1


def test_exports_and_feed_take_the_entity_and_exact_parameters(client: TestClient,
                                                               annals: Annals) -> None:
    page = client.get("/", params={"q": "Khojaly", "place": "Meridian", "exact": "1"}).text
    for pattern in (r"^/export\.csv", r"^/export\.jsonl", r"^/search\.atom", r"^/api/search"):
        query = parse_qs(urlsplit(links(page, pattern)[0]).query)
        assert query["place"] == ["Meridian"] and query["exact"] == ["1"], pattern
    wanted = SearchRequest(query="Khojaly", entities=(("place", "Meridian"),), variants=False)
    rows = list(csv.DictReader(io.StringIO(client.get(
        "/export.csv", params={"q": "Khojaly", "place": "Meridian", "exact": "1"}).text)))
    assert [int(row["id"]) for row in rows] == [hit.id for hit in annals.search(wanted).hits]
    feed = ElementTree.fromstring(client.get(
        "/search.atom", params={"place": "Baku", "person": "Margaret Hollis"}).content)
    expected = annals.search(SearchRequest(entities=(("place", "Baku"),
                                                     ("person", "Margaret Hollis"))))
    assert len(feed.findall(f"{ATOM}entry")) == expected.total > 0


def test_tag_facet_adds_a_tag_term_and_clicking_again_removes_it(client: TestClient) -> None:
    page = client.get("/").text
    href = links(page, r"q=tag%3Aheritage")[0]
    narrowed = client.get(href).text
    assert 'value="tag:heritage"' in narrowed
    again = links(narrowed, r'class="selected"|heritage')
    assert any("tag" not in parse_qs(urlsplit(h).query).get("q", [""])[0] for h in again)


def test_chart_bars_narrow_the_dates_by_year_then_month(client: TestClient) -> None:
    page = client.get("/").text
    assert "Matching statements by year" in page
    year_link = links(page, r"from=2021-01-01&to=2021-12-31")[0]
    by_month = client.get(year_link).text
    assert "Matching statements by month in 2021" in by_month
    assert len(re.findall(r'class="bar-link', by_month)) == 12
    month_link = links(by_month, r"from=2021-\d\d-01&to=2021-\d\d-\d\d")[0]
    assert client.get(month_link).status_code == 200


def test_sort_and_pagination_links(client: TestClient) -> None:
    page = client.get("/", params={"limit": 5}).text
    assert links(page, r"sort=newest")
    second = links(page, r"offset=5")
    assert second and "limit=5" in second[0]
    assert 'start="6"' in client.get(second[0]).text


def test_web_page_size_is_capped_at_100(client: TestClient) -> None:
    assert client.get("/", params={"limit": 101}).status_code == 400
    assert client.get("/api/search", params={"limit": 101}).status_code == 200


def test_empty_result_suggests_dropping_filters(client: TestClient) -> None:
    page = client.get("/", params={"q": "flood", "source": "icch"}).text
    assert "No statements match" in page
    dropped = links(page, r"Search again without source: icch")
    assert dropped and "source" not in parse_qs(urlsplit(dropped[0]).query)


def test_query_errors_show_the_message_with_status(client: TestClient) -> None:
    page = client.get("/", params={"q": "(port"})
    assert page.status_code == 400 and "position" in page.text
    assert client.get("/", params={"q": "p" * 1001}).status_code == 414
    assert client.get("/statements/99999").status_code == 404
    assert client.get("/no/such/page").status_code == 404


def test_statement_page_marks_query_words_and_facts(client: TestClient) -> None:
    page = client.get(f"/statements/{VERSIONED_ID}", params={"q": "evacuated"}).text
    assert "<mark>evacuated</mark>" in page
    assert 'class="fact fact-' in page and 'href="#fact-0"' in page and 'id="fact-0"' in page
    assert "Provenance" in page and "Content hash" in page
    assert "version 2 of 2" in page
    assert f'href="/statements/{VERSIONED_ID}/v/2"' in page


def test_version_permalink_cites_an_old_version(client: TestClient, annals: Annals) -> None:
    page = client.get(f"/statements/{VERSIONED_ID}/v/1").text
    assert "You are reading version 1" in page
    assert "1,240 people" in annals.version(VERSIONED_ID, 1).text  # the figure v2 corrected
    assert "1,240 people" in re.sub(r"<[^>]+>", "", page)
    assert client.get(f"/statements/{VERSIONED_ID}/v/7").status_code == 404


def test_diff_page_shows_insertions_and_deletions(client: TestClient) -> None:
    page = client.get(f"/statements/{VERSIONED_ID}/diff", params={"old": 1, "new": 2})
    assert page.status_code == 200
    assert "<ins>" in page.text and "<del>" in page.text
    assert client.get(f"/statements/{VERSIONED_ID}/diff", params={"old": "x"}).status_code == 400


def test_raw_capture_is_a_download_never_html(client: TestClient, annals: Annals) -> None:
    sha = annals.statement(VERSIONED_ID).content_sha256
    response = client.get(f"/captures/{sha}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.content == annals.raw_capture(sha)
    assert client.get("/captures/not-a-hash").status_code == 400
    assert client.get("/captures/" + "0" * 64).status_code == 404


def test_sources_page_lists_counts(client: TestClient, annals: Annals) -> None:
    page = client.get("/sources").text
    for source in annals.sources():
        assert str(source["name"]) in page
        assert f'href="/sources/{source["name"]}/changes.atom"' in page
    assert "Statements" in page and "Last collected" in page


def test_sources_page_shows_crawl_status_and_removed_statements(client: TestClient) -> None:
    page = client.get("/sources").text
    row = re.search(r"<tr>\s*<th scope=\"row\"><a href=\"/\?source=test-removed\".*?</tr>", page,
                    flags=re.S)
    assert row is not None
    assert "1 no longer found" in row[0] and "2026-11-20 08:00 UTC" in row[0] and ">ok<" in row[0]


def test_removed_statement_says_so_and_keeps_its_versions(client: TestClient,
                                                          annals: Annals) -> None:
    removed = annals.search(SearchRequest(query="source:test-removed")).hits[0]
    notice = ("This statement was no longer found at its URL on"
              ' <time datetime="2026-11-20T08:00:00+00:00">2026-11-20</time>;'
              " the archived versions are kept.")
    assert notice in client.get(f"/statements/{removed.id}").text
    assert notice in client.get(f"/statements/{removed.id}/v/1").text
    assert client.get(f"/api/statements/{removed.id}").json()["removed_at"] == (
        "2026-11-20T08:00:00+00:00")
    assert "no longer found" not in client.get(f"/statements/{VERSIONED_ID}").text
    results = client.get("/", params={"q": "source:test-removed"}).text
    assert "no longer at its URL since" in results
    assert "no longer at its URL since" not in client.get("/", params={"q": "Riverton"}).text


def test_changes_feed_of_a_source_lists_its_events(client: TestClient, annals: Annals) -> None:
    removed = annals.search(SearchRequest(query="source:test-removed")).hits[0]
    response = client.get("/sources/test-removed/changes.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.findtext(f"{ATOM}title") == "Annals: changes in test-removed"
    entries = feed.findall(f"{ATOM}entry")  # newest first
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        f"Removed: {removed.title}", f"Added: {removed.title}"]
    hrefs = [entry.find(f"{ATOM}link").get("href", "") for entry in entries]  # type: ignore[union-attr]
    assert hrefs[0].endswith(f"/statements/{removed.id}")
    assert hrefs[1].endswith(f"/statements/{removed.id}/v/1")
    assert "answered 404" in (entries[0].findtext(f"{ATOM}summary") or "")
    imported = ElementTree.fromstring(client.get("/sources/icch/changes.atom").content)
    titles = [entry.findtext(f"{ATOM}title") or "" for entry in imported.findall(f"{ATOM}entry")]
    assert titles and all(title.startswith("Added: ") for title in titles)
    missing = client.get("/sources/no-such-source/changes.atom")
    assert missing.status_code == 404 and missing.json()["status"] == 404


def test_csv_export_streams_every_hit(client: TestClient, annals: Annals) -> None:
    response = client.get("/export.csv", params={"q": "", "limit": 3})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == annals.search(SearchRequest()).total  # no cap, whatever limit says
    assert {"id", "title", "source", "published", "snippet"} <= set(rows[0])
    assert all("<mark>" not in row["snippet"] for row in rows)


def test_jsonl_export_has_the_cli_hit_shape(client: TestClient) -> None:
    response = client.get("/export.jsonl", params={"q": "port"})
    records = [json.loads(line) for line in response.text.splitlines()]
    expected = client.get("/api/search", params={"q": "port", "limit": 100}).json()
    assert [r["id"] for r in records] == [hit["id"] for hit in expected["hits"]]
    assert set(records[0]) == set(expected["hits"][0])


def test_export_of_a_bad_query_is_a_json_error(client: TestClient) -> None:
    response = client.get("/export.csv", params={"q": '"open'})
    assert response.status_code == 400 and response.json()["status"] == 400


def test_atom_feed_is_newest_first(client: TestClient) -> None:
    response = client.get("/search.atom", params={"q": "", "sort": "oldest"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    updated = [entry.findtext(f"{ATOM}updated") or "" for entry in entries]
    assert updated[0][:10] >= updated[-1][:10]
    assert entries[0].find(f"{ATOM}link").get("href", "").startswith("http")  # type: ignore[union-attr]


# --- security -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "/", "/?q=port", f"/statements/{VERSIONED_ID}", "/sources", "/api/search?q=port",
    "/api/docs", "/export.csv?q=port", "/search.atom", "/static/annals.css", "/nope",
    "/api/statements/99999", "/facts", "/facts.csv", "/api/facts",
    "/sources/icch/changes.atom",
])
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/", "/?q=port", f"/statements/{VERSIONED_ID}",
                                  f"/statements/{VERSIONED_ID}/diff", "/sources", "/api/docs",
                                  "/?q=zzzz", "/facts", "/?q=Khojaly&place=Meridian"])
def test_pages_have_no_inline_script_style_or_third_party_assets(client: TestClient,
                                                                 path: str) -> None:
    html = client.get(path).text
    assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html)
    assert "<style" not in html and " style=" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//[^"]*"[^>]*rel="stylesheet"', html)
    assert not re.search(r'<(?:script|img|link)[^>]+(?:src|href)="(?:https?:)?//', html)


def test_archived_markup_is_shown_as_text(client: TestClient, annals: Annals) -> None:
    hostile = annals.search(SearchRequest(query="source:test-hostile")).hits[0]
    for path in ("/?q=cranes", f"/statements/{hostile.id}", f"/statements/{hostile.id}?q=cranes"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
        assert "&lt;script&gt;" in html or "&lt;img" in html


def test_snippet_markup_other_than_mark_is_escaped() -> None:
    from annals.web.render import safe_snippet

    shown = safe_snippet("a <mark>b</mark> &amp; <script>x</script> &lt;i&gt;")
    assert shown == "a <mark>b</mark> &amp; &lt;script&gt;x&lt;/script&gt; &lt;i&gt;"


def test_results_link_to_statements_and_back_with_the_whole_search(client: TestClient) -> None:
    page = client.get("/", params={"q": "port", "source": "harbourcity-port", "sort": "newest"})
    statement = links(page.text, r"^/statements/\d+\?")[0]
    assert parse_qs(urlsplit(statement).query) == {
        "q": ["port"], "source": ["harbourcity-port"], "sort": ["newest"]}
    back = links(client.get(statement).text, r"Back to results")[0]
    assert parse_qs(urlsplit(back).query) == parse_qs(urlsplit(statement).query)
