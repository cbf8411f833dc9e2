"""Decide whether a URL is safe to fetch: public http(s) addresses only.

A crawler that follows links and redirects from pages it does not control
can be steered at the machine it runs on (``http://127.0.0.1:8080/admin``)
or at the local network. Every URL, and every redirect hop, passes
``check_url`` first: the URL's form is checked, the host name is resolved
and every address it resolves to must be public. ``allow_private`` lifts the
address rule (tests serve fixtures on 127.0.0.1), ``trusted_hosts`` lifts it
for named hosts only (an intranet source the operator chose).

The host is resolved again when the connection is made, so a DNS server
could answer differently the second time (DNS rebinding); ``check_peer``
checks the address actually connected to, before the body is read.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from urllib.parse import SplitResult, urlsplit

from annals.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

ALLOWED_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 2048
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)
_OCTET = r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_CANONICAL_IPV4 = re.compile(rf"^{_OCTET}(\.{_OCTET}){{3}}$")
_FORBIDDEN_CHARACTERS = re.compile(r"[\x00-\x20\x7f\\]")


def resolve_host(host: str, port: int) -> list[str]:
    """Return every address ``host`` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"could not resolve host {host!r} ({exc}); check the URL") from exc
    return sorted({str(info[4][0]) for info in infos})


def blocked_reason(address: IPAddress) -> str | None:
    """Say why ``address`` is not public ("loopback", "private", ...), or None if it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return blocked_reason(address.ipv4_mapped)
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    )
    return next((reason for reason, hit in checks if hit), None)


def check_syntax(url: str) -> SplitResult:
    """Check the URL's form only (no DNS); return it split. Raises FetchError saying why."""
    if len(url) > MAX_URL_LENGTH:
        raise FetchError(f"URL is {len(url)} characters long, over {MAX_URL_LENGTH}; not fetched")
    if _FORBIDDEN_CHARACTERS.search(url):
        raise FetchError(f"URL contains spaces, control characters or backslashes: {url[:80]!r}")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'none'!r}")
    if "@" in parts.netloc:
        raise FetchError(f"URL carries a user name or password before the host: {url[:80]!r}")
    if not parts.hostname:
        raise FetchError(f"URL has no host: {url[:80]!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise FetchError(f"URL has an invalid port: {url[:80]!r}") from exc
    _check_numeric_host(parts.hostname)
    return parts


def _check_numeric_host(host: str) -> None:
    """Reject IPv4 addresses written any other way than a.b.c.d (2130706433, 0177.0.0.1, 127.1).

    Browsers and resolvers accept these forms, so they are a classic way to
    sneak a private address past a filter that only looks for dotted quads.
    """
    if host.startswith("[") or ":" in host:
        return
    labels = host.rstrip(".").split(".")
    if _NUMERIC_LABEL.match(labels[-1]) and not _CANONICAL_IPV4.match(host.rstrip(".")):
        raise FetchError(f"host {host!r} is a number in an unusual form; write it as a.b.c.d")


def check_url(
    url: str,
    *,
    allow_private: bool = False,
    trusted_hosts: Iterable[str] = (),
    resolve: Resolver = resolve_host,
) -> None:
    """Raise FetchError unless ``url`` is an http(s) URL whose host has only public addresses.

    Call it for the first URL and again for every redirect target.
    """
    parts = check_syntax(url)
    host = (parts.hostname or "").rstrip(".").lower()
    if allow_private or host in {name.lower() for name in trusted_hosts}:
        return
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    literal = _ip_literal(host)
    addresses = [literal] if literal is not None else [_parse(a) for a in resolve(host, port)]
    if not addresses:
        raise FetchError(f"host {host!r} resolved to no address")
    for address in addresses:
        reason = blocked_reason(address)
        if reason is not None:
            raise FetchError(
                f"{url[:80]} points to a {reason} address ({address}); Annals only fetches "
                "public addresses (set allow_private or trust the host to change this)"
            )


def check_peer(
    url: str, peer_address: str, *, allow_private: bool = False, trusted_hosts: Iterable[str] = ()
) -> None:
    """Raise FetchError if the connection made for ``url`` went to a non-public address."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if allow_private or host in {name.lower() for name in trusted_hosts}:
        return
    address = _parse(peer_address)
    reason = blocked_reason(address)
    if reason is not None:
        raise FetchError(
            f"{url[:80]} connected to a {reason} address ({address}) although its name "
            "resolved to public ones; not read"
        )


def _ip_literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _parse(address: str) -> IPAddress:
    # getaddrinfo gives scoped IPv6 link-local addresses as "fe80::1%eth0".
    return ipaddress.ip_address(address.split("%", 1)[0])
