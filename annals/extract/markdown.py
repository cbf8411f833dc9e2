"""Markdown (as pandoc and static-site generators write it) to plain text.

The text keeps the words, paragraphs and line breaks a reader sees; markup
(emphasis, links, headings, escapes, hard wraps inside a paragraph) goes.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]{0,800})\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_IMAGE_ADDRESS = re.compile(
    r"<img\b[^>]*?\bsrc=\"([^\"]+)\"|!\[[^\]\n]*\]\(([^()\s]+)", re.IGNORECASE
)
_ALT_TEXT = re.compile(r"\balt=\"([^\"]*)\"", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]{0,800})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
# Emphasis within one line of a paragraph once soft wraps are joined: the content starts and
# ends with a visible character or a no-break space, since converters write "**Name:\xa0**" for
# a bold label; "_" never inside a word ("snake_case", "a_file_name.pdf").
_STAR_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*)(?=\S|\u00a0)(.{1,2000}?)(?<=\S|\u00a0)\1")
_UNDERSCORE_EMPHASIS = re.compile(
    r"(?<!\w)(___|__|_)(?=\S|\u00a0)(.{1,2000}?)(?<=\S|\u00a0)\1(?!\w)"
)
# What pairing leaves is markup, never text: runs of stars, empty emphasis ("** **"), a line
# of stars, a star opening a line (or list item) or closing one.
_LEFTOVER_STARS = re.compile(
    r"^[ \t]*\*+[ \t]*(?:\n|$)|\*{2,}|(?<=^)\*+(?=\S)|(?<=^[-+] )\*+(?=\S)|[ \t\u00a0]*\*+$"
    r"|\*+(?=[ \t\u00a0]*$)",
    re.MULTILINE,
)
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
# Escaped markers are text: they stand aside while emphasis is read.
_ESCAPED_STAR, _ESCAPED_UNDERSCORE = "\ue000", "\ue001"
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"|<>~ ])")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
# A line that starts a list item, quote, table or heading keeps its line break.
_BLOCK_START = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)])\s|[>|#])")
_RUN_OF_SPACES = re.compile(r"  +")
# Raw HTML that converters leave in Markdown: tags go, their text stays; a table row keeps
# its own line and its cells a space between them; images and comments go whole.
_HTML_TAG = re.compile(
    r"</?(?:span|div|p|br|a|em|strong|sup|sub|u|i|b|s|ins|del|small|font|mark|center"
    r"|figure|figcaption|blockquote|section|article|header|footer|h[1-6]|ul|ol|li|dl|dt|dd"
    r"|table|caption|thead|tbody|tfoot|colgroup|col|tr|th|td)\b[^>]*>"
    r"|<(?:img|iframe|video|audio|source|picture)\b[^>]*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")


def markdown_to_text(markdown: str) -> str:
    """The readable text of a Markdown document: paragraphs separated by blank lines."""
    text = _inline_markup_to_text(markdown.replace("\r\n", "\n"))
    if "\\" in text:
        text = text.replace("\\*", _ESCAPED_STAR).replace("\\_", _ESCAPED_UNDERSCORE)
        text = _ESCAPE.sub(r"\1", text)
    paragraphs = (_emphasis_to_text(_unwrap(block)) for block in _BLANK_LINES.split(text))
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    if _ESCAPED_STAR in text or _ESCAPED_UNDERSCORE in text:
        text = text.replace(_ESCAPED_STAR, "*").replace(_ESCAPED_UNDERSCORE, "_")
    text = _RUN_OF_SPACES.sub(" ", text).strip()
    return text or _image_addresses(markdown)


def _image_addresses(markdown: str) -> str:
    """A document that is only images (a poster, a scanned memorandum) reads as their
    addresses, one a line, so it is kept and can be found; "" when it holds none."""
    found = (match.group(1) or match.group(2) for match in _IMAGE_ADDRESS.finditer(markdown))
    return "\n".join(dict.fromkeys(found))


def _unwrap(block: str) -> str:
    """One paragraph's lines joined: soft wraps become spaces, hard breaks stay line breaks."""
    lines = block.split("\n")
    pieces = [lines[0].strip()]
    for previous, line in zip(lines, lines[1:], strict=False):
        stripped = line.strip()
        if not stripped:
            continue
        if previous.endswith("\\"):
            pieces[-1] = pieces[-1][:-1].rstrip()
            pieces.append("\n")
        elif previous.endswith("  ") or _BLOCK_START.match(line):
            pieces.append("\n")
        else:
            pieces.append(" ")
        pieces.append(stripped)
    return "".join(pieces).strip()


def _inline_markup_to_text(text: str) -> str:
    # The `in` checks skip whole-text regex passes that cannot match: most bodies lack most markup.
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", _HTML_TAG.sub(_html_tag_to_text, text))
    if "&" in text:
        text = _ENTITY.sub(_entity_to_text, text)
    if "](" in text:
        text = _LINK.sub(r"\1", _MARKDOWN_IMAGE.sub(r"\1", text) if "![" in text else text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "#" in text:
        text = _HEADING.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _THEMATIC_BREAK.sub("", text)
    return text


def _entity_to_text(entity: re.Match[str]) -> str:
    """An HTML character reference as its character ("&amp;" is "&"); unknown names stay."""
    return html.unescape(entity.group(0))


def _html_tag_to_text(tag: re.Match[str]) -> str:
    """What a reader sees of an HTML tag: nothing, a space between table cells, a row's end,
    an image's text if it has one."""
    start = tag.group(0)[:4].lower()
    if start == "<img":
        alt = _ALT_TEXT.search(tag.group(0))
        return alt.group(1) if alt else ""
    if start == "</tr":
        return "  \n"
    if start in ("</td", "</th"):
        return " "
    return ""


def _emphasis_to_text(paragraph: str) -> str:
    """A paragraph without emphasis marks, nested ones included ("**bold *and* italic**")."""
    for emphasis, marker in ((_STAR_EMPHASIS, "*"), (_UNDERSCORE_EMPHASIS, "_")):
        for _ in range(3):
            if marker not in paragraph:
                break
            paragraph, replaced = emphasis.subn(r"\2", paragraph)
            if not replaced:
                break
    if "*" in paragraph:
        paragraph = _LEFTOVER_STARS.sub("", paragraph).strip()
    return paragraph
