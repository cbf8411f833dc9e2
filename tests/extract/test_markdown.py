"""Markdown to the plain text an import stores: what a reader sees, no markup left over."""

from __future__ import annotations

import pytest

from annals.extract.markdown import markdown_to_text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # A bold label as converters write it, with a no-break space before the closing marks.
        (
            "**Maria Praeli, FWD.us:\xa0**“We welcome it.”",
            "Maria Praeli, FWD.us:\xa0“We welcome it.”",
        ),
        (
            "**FIXING A BROKEN SYSTEM:\xa0\xa0**Personnel rules",
            "FIXING A BROKEN SYSTEM:\xa0\xa0Personnel rules",
        ),
        (
            "-   ***Delivering Broadband***. As highlighted",
            "- Delivering Broadband. As highlighted",
        ),
        ("**bold *and* italic**", "bold and italic"),
        ("*Battery Manufacturing *\n\nThe plant", "Battery Manufacturing\n\nThe plant"),
        ("serve.**\n\n**DEPARTMENT OF HEALTH", "serve.\n\nDEPARTMENT OF HEALTH"),
        ("****Meanwhile, it is working:****", "Meanwhile, it is working:"),
        ("**  **\nThe text", "The text"),
        ("One.\n\n***\n\nTwo.", "One.\n\nTwo."),
        ("One.\n\n* * *\n\nTwo.", "One.\n\nTwo."),
    ],
)
def test_emphasis_leaves_no_marks(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        # Escaped markers are text, as a reader sees them.
        (
            "\\*\\*See correction below, marked by an asterisk\\*",
            "**See correction below, marked by an asterisk*",
        ),
        ("running into \\[the\\]\\* traps", "running into [the]* traps"),
        # Underscores inside words and URLs are not emphasis.
        (
            "see COVID-Press-Briefing_12August2021_for-transcript.pdf",
            "see COVID-Press-Briefing_12August2021_for-transcript.pdf",
        ),
        ("snake_case and _emphasis_", "snake_case and emphasis"),
        # A list's bullets and a lone star between words stay.
        ("* item one\n* item two", "* item one\n* item two"),
        ("97 percent * of families", "97 percent * of families"),
    ],
)
def test_marks_that_are_text_stay(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text


def test_raw_html_leaves_its_text_only() -> None:
    markdown = (
        "<u>MOBILIZING FINANCE</u>\n\n"
        '<figure class="wp-block-image"><img src="https://example.org/a.jpg" alt="" /></figure>\n\n'
        "<table><tbody><tr><td>Airports</td><td>$25</td></tr>"
        "<tr><td>Ports &amp; Waterways</td><td>$16</td></tr></tbody></table>\n\n"
        "before<!-- a comment -->after"
    )
    assert markdown_to_text(markdown) == (
        "MOBILIZING FINANCE\n\nAirports $25\nPorts & Waterways $16\n\nbeforeafter"
    )


def test_autolinks_and_character_references() -> None:
    markdown = "Write to <info@example.org> or see <https://example.org/a_b>; R&D at AT&T, 5 &lt; 6"
    assert markdown_to_text(markdown) == (
        "Write to info@example.org or see https://example.org/a_b; R&D at AT&T, 5 < 6"
    )


def test_query_strings_are_not_read_as_character_references() -> None:
    assert markdown_to_text("?a=1&region=2&copy=3") == "?a=1&region=2&copy=3"


def test_links_headings_and_wrapped_lines() -> None:
    markdown = "# The title\n\nA [linked\nphrase](https://example.org) wraps\nhere.  \nNew line."
    assert markdown_to_text(markdown) == "The title\n\nA linked phrase wraps here.\nNew line."


def test_images_read_as_their_text() -> None:
    markdown = (
        'See ![the map](https://example.org/m.png "Map") and <img src="a.png" alt="A chart">.'
    )
    assert markdown_to_text(markdown) == "See the map and A chart."


def test_a_document_of_images_only_reads_as_their_addresses() -> None:
    # A poster or a scanned memorandum: kept, and found by its file names, not lost as empty.
    markdown = (
        '<figure>\n<img\nsrc="https://example.org/DOC-1.png?w=831"\ndecoding="async" />\n'
        '</figure>\n\n<figure><img src="https://example.org/DOC-2.png" /></figure>'
    )
    assert markdown_to_text(markdown) == (
        "https://example.org/DOC-1.png?w=831\nhttps://example.org/DOC-2.png"
    )
