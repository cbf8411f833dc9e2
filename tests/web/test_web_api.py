"""The JSON API: the same JSON as the CLI, every route, every error as {"error", "status"}."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from starlette.routing import Route
from starlette.testclient import TestClient

from annals.api import Annals
from annals.cli_facts import fact_json
from annals.cli_render import result_json, version_json
from annals.index.schema import FACET_FIELDS
from annals.search.engine import SearchRequest
from annals.settings import Settings
from annals.web import create_app
from annals.web.openapi import document

VERSIONED_ID = 6  # the demo statement with two versions (see conftest.py)


def without_timing(record: dict) -> dict:
    return {key: value for key, value in record.items() if key != "took_ms"}


def test_api_search_is_the_same_json_as_the_cli(client: TestClient, annals: Annals) -> None:
    response = client.get("/api/search", params={"q": "port", "limit": 5})
    assert response.status_code == 200
    expected = result_json(annals.search(SearchRequest(query="port", limit=5)))
    assert without_timing(response.json()) == without_timing(expected)


def test_api_search_takes_filters_sort_and_paging(client: TestClient) -> None:
    params = [("q", ""), ("source", "icch"), ("lang", "en"), ("from", "2020-01-01"),
              ("to", "2024-12-31"), ("sort", "newest"), ("limit", "2"), ("offset", "1")]
    found = client.get("/api/search", params=params).json()
    assert found["hits"] and len(found["hits"]) <= 2
    assert {hit["source"] for hit in found["hits"]} == {"icch"}
    dates = [hit["published"] for hit in found["hits"]]
    assert dates == sorted(dates, reverse=True)
    assert all("2020" <= date[:4] <= "2024" for date in dates)


def test_repeated_source_parameters_are_all_used(client: TestClient) -> None:
    params = [("source", "icch"), ("source", "eastvale-court"), ("limit", "50")]
    found = client.get("/api/search", params=params).json()
    assert {hit["source"] for hit in found["hits"]} == {"icch", "eastvale-court"}


@pytest.mark.parametrize(("params", "status", "says"), [
    ({"q": '"unclosed'}, 400, "position"),
    ({"q": "x" * 1001}, 414, "1,000"),
    ({"limit": "abc"}, 400, "whole number"),
    ({"limit": "5000"}, 400, "between 0 and 1000"),
    ({"offset": "100001"}, 400, "offset"),
    ({"sort": "random"}, 400, "relevance"),
    ({"from": "2020-13-01"}, 400, "YYYY-MM-DD"),
])
def test_bad_search_parameters_are_json_errors(client: TestClient, params: dict, status: int,
                                               says: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == status
    assert response.json()["status"] == status
    assert says in response.json()["error"]


def test_statement_has_text_metadata_and_facts(client: TestClient, annals: Annals) -> None:
    record = client.get(f"/api/statements/{VERSIONED_ID}").json()
    assert record == {**version_json(annals.statement(VERSIONED_ID), with_text=True),
                      "facts": record["facts"]}
    assert record["facts"] == [fact_json(fact) for fact in annals.facts(VERSIONED_ID)]
    fact = record["facts"][0]
    assert {"kind", "text", "start", "end", "extractor_version"} <= set(fact)
    assert record["text"][fact["start"]:fact["end"]] == fact["text"]
    figure = next(fact for fact in record["facts"] if fact["kind"] == "figure")
    assert "value" in figure and "fields" not in figure  # as `annals facts --json` prints it


def test_versions_and_diff(client: TestClient) -> None:
    versions = client.get(f"/api/statements/{VERSIONED_ID}/versions").json()["versions"]
    assert [v["version"] for v in versions] == [1, 2]
    diff = client.get(f"/api/statements/{VERSIONED_ID}/diff", params={"old": 1, "new": 2}).json()
    assert diff["old"]["version"] == 1 and diff["new"]["version"] == 2
    assert any(op["kind"] != "equal" for op in diff["ops"])
    assert "<ins>" in diff["html"] or "<del>" in diff["html"]


@pytest.mark.parametrize(("path", "status"), [
    ("/api/statements/99999", 404),
    ("/api/statements/99999/versions", 404),
    (f"/api/statements/{VERSIONED_ID}/diff?old=9", 404),
    (f"/api/statements/{VERSIONED_ID}/diff?old=zero", 400),
    ("/api/nothing-here", 404),
])
def test_missing_things_are_json_errors(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["status"] == status and response.json()["error"]


def test_sources_and_facets(client: TestClient) -> None:
    sources = client.get("/api/sources").json()["sources"]
    assert {"icch", "northland-mfa"} <= {source["name"] for source in sources}
    facets = client.get("/api/facets", params={"q": "port"}).json()
    assert facets["total"] >= 1 and set(facets["facets"]) == set(FACET_FIELDS)


def test_api_search_narrows_to_named_places_people_and_organisations(client: TestClient,
                                                                      annals: Annals) -> None:
    params = [("place", "Baku"), ("place", "Kyiv")]  # repeated: statements naming both
    found = client.get("/api/search", params=params).json()
    expected = annals.search(SearchRequest(entities=(("place", "Baku"), ("place", "Kyiv"))))
    assert 0 < found["total"] == expected.total < annals.search(
        SearchRequest(entities=(("place", "Baku"),))).total
    assert found["facets"]["place"]["Baku"] == found["facets"]["place"]["Kyiv"] == found["total"]
    person = client.get("/api/search", params={"person": "Margaret Hollis"}).json()
    assert person["total"] == person["facets"]["person"]["Margaret Hollis"] > 0
    organisation = client.get("/api/search", params={"organisation": "UNESCO"}).json()
    assert organisation["total"] == organisation["facets"]["organisation"]["UNESCO"] > 0
    facets = client.get("/api/facets", params=params).json()
    assert facets["total"] == found["total"]
    assert {"place", "person", "organisation"} <= set(facets["facets"])


def test_api_search_exact_matches_only_the_forms_typed(client: TestClient) -> None:
    spellings = client.get("/api/search", params={"q": "Khojaly"}).json()
    exact = client.get("/api/search", params={"q": "Khojaly", "exact": "1"}).json()
    assert exact["total"] < spellings["total"]
    assert any("also matched the spellings" in note for note in spellings["notes"])
    assert not exact["notes"]
    assert all(form.casefold() == "khojaly" for hit in exact["hits"] for form in hit["matched"])
    assert client.get("/api/search", params={"q": "Khojaly", "exact": "0"}).json()["total"] == (
        spellings["total"])


@pytest.mark.parametrize("params", [{"exact": "maybe"}, {"place": "x" * 201}])
def test_bad_entity_and_exact_parameters_are_json_errors(client: TestClient,
                                                         params: dict) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 400 and response.json()["status"] == 400


def test_openapi_describes_every_api_route_and_its_parameters(client: TestClient) -> None:
    served = client.get("/api/openapi.json").json()
    assert served == document() and served["openapi"].startswith("3.")
    api_routes = [route for route in client.app.routes  # type: ignore[attr-defined]
                  if isinstance(route, Route) and route.path.startswith("/api/")]
    assert len(api_routes) >= 9
    for route in api_routes:
        described = served["paths"][re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path)]
        for method in route.methods or ():
            if method != "HEAD":
                assert method.lower() in described, (route.path, method)
        for name in route.param_convertors:
            names = {p["name"] for op in described.values() for p in op["parameters"]}
            assert name in names, (route.path, name)
    search_params = {p["name"] for p in served["paths"]["/api/search"]["get"]["parameters"]}
    assert search_params == {"q", "limit", "offset", "sort", "source", "lang", "from", "to",
                             "place", "person", "organisation", "exact"}
    fact_params = {p["name"] for p in served["paths"]["/api/facts"]["get"]["parameters"]}
    assert fact_params == {"kind", "predicate", "counted", "entity", "speaker", "source", "from",
                           "to", "limit"}


def test_api_docs_are_served_without_inline_script(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<script src="/static/api-docs.js"' in page.text
    assert "<script>" not in page.text and "cdn" not in page.text.lower()
    assert client.get("/static/api-docs.js").status_code == 200


# --- the write endpoint ---------------------------------------------------------------------


JSONL = (b'{"id": "upload-1", "source": "uploaded", "title": "Uploaded notice",'
         b' "published": "2025-03-04", "lang": "en", "body": "A notice about zephyrine kites."}\n')


def test_import_needs_a_token(client: TestClient) -> None:
    response = client.post("/api/import", files={"file": ("a.jsonl", JSONL)})
    assert response.status_code == 401 and response.json()["status"] == 401
    assert "Bearer" in response.json()["error"]


def test_import_refuses_a_wrong_token(client: TestClient) -> None:
    response = client.post("/api/import", files={"file": ("a.jsonl", JSONL)},
                           headers={"Authorization": "Bearer annals_not-a-real-token"})
    assert response.status_code == 403 and response.json()["status"] == 403


def test_import_with_a_token_adds_searchable_statements(client: TestClient, token: str) -> None:
    response = client.post("/api/import", files={"file": ("../../evil name.jsonl", JSONL)},
                           data={"body_format": "text"},
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 1
    assert response.json()["failed"] == 0 and response.json()["errors"] == []
    found = client.get("/api/search", params={"q": "zephyrine"}).json()
    assert [hit["title"] for hit in found["hits"]] == ["Uploaded notice"]


def test_import_takes_a_json_lines_body(client: TestClient, token: str) -> None:
    body = JSONL.replace(b"upload-1", b"upload-2").replace(b"zephyrine", b"quillworth")
    response = client.post("/api/import?body_format=text", content=body, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200, response.text
    assert client.get("/api/search", params={"q": "quillworth"}).json()["total"] == 1


def test_import_refuses_uploads_over_the_limit(settings: Settings, token: str) -> None:
    small = create_app(Settings(archive=settings.archive, max_file_mb=0))
    with TestClient(small) as limited:
        response = limited.post("/api/import", files={"file": ("a.jsonl", JSONL)},
                                headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 413 and response.json()["status"] == 413


def test_import_refuses_files_it_cannot_read(client: TestClient, token: str) -> None:
    response = client.post("/api/import", files={"file": ("tool.exe", b"MZ")},
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400 and "tool.exe" in response.json()["error"]


def test_import_is_post_only(client: TestClient) -> None:
    assert client.get("/api/import").status_code == 405


def test_a_slow_search_is_stopped_with_a_503(settings: Settings,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    original = Annals.search

    def slow_search(self: Annals, request: SearchRequest):  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        return original(self, request)

    monkeypatch.setattr(Annals, "search", slow_search)
    with TestClient(create_app(settings, timeout_s=0.1)) as impatient:
        api = impatient.get("/api/search", params={"q": "port"})
        page = impatient.get("/", params={"q": "port"})
    assert api.status_code == 503 and "narrow the search" in api.json()["error"]
    assert page.status_code == 503 and "narrow the search" in page.text


def test_after_a_web_import_the_cli_can_import_too(client: TestClient, token: str,
                                                   settings: Settings, tmp_path: Path) -> None:
    body = JSONL.replace(b"upload-1", b"upload-3").replace(b"zephyrine", b"marblewick")
    response = client.post("/api/import?body_format=text", content=body, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"})
    assert response.status_code == 200
    more = tmp_path / "more.jsonl"
    more.write_bytes(body.replace(b"upload-3", b"upload-4").replace(b"marblewick", b"tindlebrook"))
    with Annals(settings) as annals:  # would fail if the server still held the index writer
        annals.import_paths([more], options=annals.read_options(body_format="text"))
    assert client.get("/api/search", params={"q": "tindlebrook"}).json()["total"] == 1
