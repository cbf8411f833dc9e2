"""The fetcher against the fixture site: manners, limits, redirects, conditional GET."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlencode

import pytest

from annals.errors import FetchError
from annals.sources.fetch import SITEMAP_TYPES, Fetcher, FetchSettings, conditional_headers
from annals.sources.politeness import USER_AGENT

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "site"
STATEMENT = "/statements/2026-11-20-reservoir-maintenance.html"


def redirect_path(hops: int, to: str) -> str:
    return "/redirect?" + urlencode({"hops": hops, "to": to})


def test_fetch_returns_the_raw_bytes_status_headers_and_time(site, fetcher, clock):
    capture = fetcher.fetch(site.url(STATEMENT))

    assert capture.status == 200
    assert capture.raw == (site_bytes(STATEMENT, site.base))
    assert capture.content_type == "text/html"
    assert dict(capture.headers)["last-modified"] == "Wed, 25 Nov 2026 10:00:00 GMT"
    assert capture.captured_at == clock.now()
    assert capture.redirects == ()


def test_fetch_identifies_itself_with_the_annals_user_agent(site, fetcher):
    fetcher.fetch(site.url(STATEMENT))

    agents = {headers["User-Agent"] for _, headers in site.requests}
    assert agents == {USER_AGENT}


def test_robots_txt_disallowed_path_is_not_requested(site, fetcher):
    with pytest.raises(FetchError, match="robots.txt disallows"):
        fetcher.fetch(site.url("/private/internal.html"))

    assert site.hits("/private/internal.html") == 0


def test_robots_txt_is_read_once_per_host(site, fetcher):
    fetcher.fetch(site.url(STATEMENT))
    fetcher.fetch(site.url("/about.html"))

    assert site.hits("/robots.txt") == 1


def test_robots_txt_can_be_ignored_when_the_operator_says_so(site, make_fetcher):
    capture = make_fetcher(respect_robots=False).fetch(site.url("/private/internal.html"))

    assert capture.status == 200
    assert site.hits("/robots.txt") == 0


def test_requests_to_one_host_are_spaced_without_real_sleeping(site, make_fetcher, clock):
    fetcher = make_fetcher(host_interval=5.0)

    fetcher.fetch(site.url(STATEMENT))  # robots.txt first, then the page: one wait
    fetcher.fetch(site.url("/about.html"))

    assert clock.sleeps == [5.0, 5.0]


def test_unchanged_page_answers_304_to_a_conditional_get(site, fetcher):
    first = fetcher.fetch(site.url(STATEMENT))

    again = fetcher.fetch(site.url(STATEMENT), previous=first)

    assert again.status == 304
    assert again.raw == b""
    assert site.requests[-1][1]["If-None-Match"] == dict(first.headers)["etag"]


def test_last_modified_alone_makes_a_conditional_get(site, fetcher):
    first = fetcher.fetch(site.url(STATEMENT))
    without_etag = [(name, value) for name, value in first.headers if name != "etag"]
    previous = type(first)(url=first.url, raw=first.raw, captured_at=first.captured_at,
                           headers=tuple(without_etag))  # fmt: skip

    assert conditional_headers(previous) == {"If-Modified-Since": "Wed, 25 Nov 2026 10:00:00 GMT"}
    assert fetcher.fetch(site.url(STATEMENT), previous=previous).status == 304


def test_changed_page_is_fetched_in_full_again(site, fetcher):
    first = fetcher.fetch(site.url("/changing.html"))
    site.state["version"] = 2

    second = fetcher.fetch(site.url("/changing.html"), previous=first)

    assert b"Version 1" in first.raw
    assert second.status == 200 and b"Version 2" in second.raw


def test_page_that_disappears_is_a_capture_with_its_status(site, fetcher):
    assert fetcher.fetch(site.url("/gone.html")).status == 200
    site.state["gone"] = True

    assert fetcher.fetch(site.url("/gone.html")).status == 410
    assert fetcher.fetch(site.url("/no-such-page.html")).status == 404


def test_redirects_are_followed_and_recorded(site, fetcher):
    start = site.url(redirect_path(3, STATEMENT))

    capture = fetcher.fetch(start)

    assert capture.url == site.url(STATEMENT)
    assert capture.redirects[0] == start
    assert len(capture.redirects) == 3
    assert capture.status == 200


def test_more_than_five_redirects_is_an_error(site, fetcher):
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.fetch(site.url(redirect_path(6, STATEMENT)))


def test_redirect_to_a_private_address_is_refused(site, make_fetcher):
    # The test site itself is on 127.0.0.1, so that host is trusted by name; nothing else is.
    fetcher = make_fetcher(allow_private=False, trusted_hosts=frozenset({"127.0.0.1"}))

    with pytest.raises(FetchError, match="private address"):
        fetcher.fetch(site.url(redirect_path(1, "http://10.0.0.1/admin")))


def test_redirect_to_a_name_resolving_to_loopback_is_refused(site, make_fetcher):
    fetcher = make_fetcher(allow_private=False, trusted_hosts=frozenset({"127.0.0.1"}))
    port = site.base.rsplit(":", 1)[1]

    with pytest.raises(FetchError, match="loopback address"):
        fetcher.fetch(site.url(redirect_path(1, f"http://localhost:{port}/about.html")))

    assert site.hits("/about.html") == 0


def test_name_that_resolves_public_but_connects_to_loopback_is_not_read(site, clock):
    # DNS rebinding: the guard's lookup says public, the connection lands on 127.0.0.1.
    settings = FetchSettings(respect_robots=False, retries=0)
    port = site.base.rsplit(":", 1)[1]

    public = lambda host, port: ["93.184.215.14"]  # noqa: E731 - a one-line stub resolver
    with (
        Fetcher(settings, clock=clock, resolve=public) as fetcher,
        pytest.raises(FetchError, match="connected to a loopback address"),
    ):
        fetcher.fetch(f"http://localhost:{port}/about.html")


def test_redirect_into_a_robots_disallowed_path_is_refused(site, fetcher):
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.fetch(site.url(redirect_path(1, "/private/internal.html")))

    assert site.hits("/private/internal.html") == 0


def test_slow_response_times_out_and_is_retried_with_backoff(site, make_fetcher, clock):
    fetcher = make_fetcher(timeout=0.5, retries=1, backoff=2.0)
    fetcher.fetch(site.url("/about.html"))  # read robots.txt before timing
    started = time.monotonic()

    with pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(site.url("/slow"))

    assert time.monotonic() - started < 1.8
    assert 2.0 in clock.sleeps  # the backoff wait, on the fake clock


def test_body_that_takes_too_long_in_total_is_abandoned(site, make_fetcher):
    fetcher = make_fetcher(total_timeout=0.3, retries=0)

    with pytest.raises(FetchError, match="total time limit"):
        fetcher.fetch(site.url("/trickle"))


def test_oversized_streamed_response_is_abandoned(site, make_fetcher):
    fetcher = make_fetcher(max_bytes=100_000)

    with pytest.raises(FetchError, match="100000-byte limit"):
        fetcher.fetch(site.url("/huge"))


def test_oversized_declared_length_is_refused_before_reading(site, make_fetcher):
    fetcher = make_fetcher(max_bytes=100_000)

    with pytest.raises(FetchError, match="11534336 bytes"):
        fetcher.fetch(site.url("/huge?declared=1"))


def test_server_errors_are_retried_with_growing_waits(site, make_fetcher, clock):
    site.state["flaky_failures"] = 2
    fetcher = make_fetcher(retries=2, backoff=2.0)

    capture = fetcher.fetch(site.url("/flaky"))

    assert capture.raw == b"<p>recovered</p>"
    assert clock.sleeps[-2:] == [3.0, 4.0]  # Retry-After 3 beats 2, then 4 beats 3


def test_server_errors_past_the_retries_are_an_error(site, make_fetcher):
    site.state["flaky_failures"] = 5

    with pytest.raises(FetchError, match="503"):
        make_fetcher(retries=1).fetch(site.url("/flaky"))


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_compressed_bodies_are_decoded(site, fetcher, coding):
    capture = fetcher.fetch(site.url(f"/encoded?coding={coding}"))

    assert "déjà vu".encode() in capture.raw


def test_non_text_content_type_is_refused(site, fetcher):
    with pytest.raises(FetchError, match="image/png"):
        fetcher.fetch(site.url("/image.png"))


def test_gzipped_sitemap_is_accepted_when_asked_for(site, fetcher):
    capture = fetcher.fetch(site.url("/sitemaps/archive-2025.xml.gz"), accept=SITEMAP_TYPES)

    assert capture.raw.startswith(b"\x1f\x8b")


def test_fetch_many_keeps_order_and_reports_errors_in_place(site, make_fetcher):
    fetcher = make_fetcher(concurrency=3, host_interval=0.0)
    urls = [site.url(STATEMENT), site.url("/private/internal.html"), site.url("/about.html")]

    results = list(fetcher.fetch_many(urls))

    assert [url for url, _ in results] == urls
    assert results[0][1].status == 200
    assert isinstance(results[1][1], FetchError)
    assert b"press office" in results[2][1].raw


def test_robots_sitemap_lines_are_exposed(site, fetcher):
    assert fetcher.robots_sitemaps(site.url("/")) == (site.url("/sitemap-index.xml"),)


def site_bytes(path: str, base: str) -> bytes:
    return (SITE / path.lstrip("/")).read_bytes().replace(b"{{BASE}}", base.encode())
