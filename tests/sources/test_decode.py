"""Turning page bytes into text: header charset, meta charset, BOM, then sniffing."""

from __future__ import annotations

import pytest

from annals.sources.fetch import decode_html

STATEMENTS = "/statements/"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("2026-11-20-reservoir-maintenance.html", "northern reservoir"),
        ("2026-11-21-vodosnabzhenie.html", "О графике водоснабжения"),  # header: windows-1251
        ("2026-11-22-ulasim.html", "Şanlıurfa"),  # meta http-equiv: ISO-8859-9
        ("2026-11-23-sans-declaration.html", "Объявление о приёме граждан"),  # nothing declared
        ("2026-11-24-communique.html", "Communiqué sur la qualité de l’eau"),  # UTF-8 with BOM
    ],
)
def test_fixture_pages_decode_to_their_text(site, fetcher, page, expected):
    capture = fetcher.fetch(site.url(STATEMENTS + page))

    text = decode_html(capture.raw, capture.content_type)

    assert expected in text
    assert "\ufffd" not in text


def test_header_charset_wins_over_meta():
    raw = '<meta charset="utf-8"><p>Привет</p>'.encode("windows-1251")

    assert "Привет" in decode_html(raw, "text/html; charset=windows-1251")


def test_declared_charset_that_cannot_decode_is_not_trusted():
    raw = "<p>Déclaration ministérielle</p>".encode()

    assert "Déclaration" in decode_html(raw, "text/html; charset=us-ascii")


def test_unknown_charset_label_falls_back_to_the_next_clue():
    raw = '<meta charset="x-no-such-charset"><p>naïve</p>'.encode()

    assert "naïve" in decode_html(raw, "text/html")


def test_xml_declaration_gives_the_encoding():
    raw = '<?xml version="1.0" encoding="ISO-8859-9"?><t>Güncelleme İstanbul</t>'.encode(
        "iso-8859-9"
    )

    assert "Güncelleme İstanbul" in decode_html(raw, "application/xml")
