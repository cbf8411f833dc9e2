"""robots.txt rules and per-host spacing, with a stub loader and the fake clock."""

from __future__ import annotations

from annals.errors import FetchError
from annals.sources.politeness import HostRateLimiter, RobotsCache, origin_of

ROBOTS = """User-agent: AnnalsBot
Disallow: /drafts/
Crawl-delay: 7

User-agent: *
Disallow: /

Sitemap: https://press.example/sitemap.xml
"""


def loader(status: int, text: str = "", calls: list[str] | None = None):
    def load(url: str) -> tuple[int, str]:
        if calls is not None:
            calls.append(url)
        return status, text

    return load


def test_rules_for_annalsbot_apply_over_the_wildcard(clock):
    robots = RobotsCache(loader(200, ROBOTS), clock=clock)

    assert robots.allowed("https://press.example/statements/1.html")
    assert not robots.allowed("https://press.example/drafts/1.html")
    assert robots.crawl_delay("https://press.example/") == 7.0
    assert robots.sitemaps("https://press.example/") == ("https://press.example/sitemap.xml",)


def test_missing_robots_txt_allows_everything(clock):
    assert RobotsCache(loader(404), clock=clock).allowed("https://press.example/anything")


def test_server_error_on_robots_txt_disallows_for_now(clock):
    robots = RobotsCache(loader(503), clock=clock)

    assert not robots.allowed("https://press.example/statements/1.html")
    assert "503" in robots.rules("https://press.example/").problem


def test_unreachable_robots_txt_disallows_and_is_retried_later(clock):
    calls: list[str] = []

    def unreachable(url: str) -> tuple[int, str]:
        calls.append(url)
        raise FetchError("connection refused")

    robots = RobotsCache(unreachable, clock=clock)
    assert not robots.allowed("https://press.example/a")
    assert not robots.allowed("https://press.example/b")
    clock.advance(601)
    robots.allowed("https://press.example/c")

    assert calls == ["https://press.example/robots.txt"] * 2


def test_robots_txt_is_cached_per_origin_until_it_expires(clock):
    calls: list[str] = []
    robots = RobotsCache(loader(200, ROBOTS, calls), clock=clock, ttl=3600)

    robots.allowed("https://press.example/a")
    robots.allowed("https://press.example/b")
    robots.allowed("https://press.example:8443/a")
    clock.advance(3601)
    robots.allowed("https://press.example/c")

    assert calls == [
        "https://press.example/robots.txt",
        "https://press.example:8443/robots.txt",
        "https://press.example/robots.txt",
    ]


def test_rate_limiter_spaces_requests_per_host_only(clock):
    limiter = HostRateLimiter(2.0, clock)

    waits = [limiter.wait("a.example"), limiter.wait("b.example"), limiter.wait("a.example")]

    assert waits == [0.0, 0.0, 2.0]


def test_rate_limiter_honours_a_longer_crawl_delay(clock):
    limiter = HostRateLimiter(1.0, clock)

    limiter.wait("a.example", 7.0)
    assert limiter.wait("a.example", 7.0) == 7.0


def test_origin_keeps_scheme_host_and_port():
    assert origin_of("HTTPS://Press.Example:8443/a/b?c") == "https://press.example:8443"
