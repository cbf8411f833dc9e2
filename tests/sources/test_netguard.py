"""Address safety: only public http(s) hosts, however the URL is dressed up."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from annals.errors import FetchError
from annals.sources.netguard import blocked_reason, check_url


def resolver(*addresses: str):
    """A resolver that answers every name with ``addresses`` (no real DNS in tests)."""

    def resolve(host: str, port: int) -> list[str]:
        return list(addresses)

    return resolve


PUBLIC = resolver("93.184.215.14")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("javascript:alert(1)", "only http and https"),
        ("ftp://example.org/statement.txt", "only http and https"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http://example.org@127.0.0.1/", "user name or password"),
        ("http://2130706433/", "unusual form"),
        ("http://0177.0.0.1/", "unusual form"),
        ("http://0x7f.0.0.1/", "unusual form"),
        ("http://127.1/", "unusual form"),
        ("http://example.org/" + "a" * 3000, "characters long"),
        ("http://example.org/a b", "spaces"),
        ("http:\\\\127.0.0.1\\admin", "backslashes"),
        ("http:///path-only", "no host"),
        ("http://example.org:99999/", "invalid port"),
    ],
)
def test_hostile_urls_are_refused_with_a_reason(url, reason):
    with pytest.raises(FetchError, match=reason):
        check_url(url, resolve=PUBLIC)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.10/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://100.64.0.1/", "not globally routable"),
    ],
)
def test_literal_non_public_addresses_are_refused(url, reason):
    with pytest.raises(FetchError, match=reason):
        check_url(url, resolve=PUBLIC)


def test_names_are_checked_after_resolution_on_every_address():
    with pytest.raises(FetchError, match="private address"):
        check_url("https://statements.example/", resolve=resolver("93.184.215.14", "10.0.0.5"))


def test_public_names_and_addresses_pass():
    check_url("https://statements.example/press?id=1", resolve=PUBLIC)
    check_url("http://93.184.215.14/", resolve=resolver())


def test_allow_private_lifts_only_the_address_rule():
    check_url("http://127.0.0.1:8080/", allow_private=True)
    with pytest.raises(FetchError, match="only http and https"):
        check_url("file:///etc/passwd", allow_private=True)


def test_trusted_hosts_lift_the_address_rule_for_those_names_only():
    intranet = resolver("10.0.0.7")
    check_url("http://press.intranet/", trusted_hosts={"press.intranet"}, resolve=intranet)
    with pytest.raises(FetchError, match="private"):
        check_url("http://other.intranet/", trusted_hosts={"press.intranet"}, resolve=intranet)


def test_unresolvable_host_is_an_error_saying_so(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no real DNS in tests
    with pytest.raises(FetchError, match="could not resolve"):
        check_url("http://no-such-host.invalid/")


def test_ipv6_mapped_public_address_is_public():
    assert blocked_reason(ipaddress.ip_address("::ffff:93.184.215.14")) is None
