"""Markdown (as pandoc and static-site generators write it) to plain text.

The text keeps the words, paragraphs and line breaks a reader sees; markup
(emphasis, links, headings, escapes, hard wraps inside a paragraph) goes.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]]{0,800})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,2000}?)(?<=\S)\1", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"|<>~ ])")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
# A line that starts a list item, quote, table or heading keeps its line break.
_BLOCK_START = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)])\s|[>|#])")
_RUN_OF_SPACES = re.compile(r"  +")
_HTML_TAG = re.compile(r"</?(?:span|div|p|br|a|em|strong|sup|sub)\b[^>]*>", re.IGNORECASE)


def markdown_to_text(markdown: str) -> str:
    """The readable text of a Markdown document: paragraphs separated by blank lines."""
    text = _inline_markup_to_text(markdown.replace("\r\n", "\n"))
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    paragraphs = (_unwrap(block) for block in _BLANK_LINES.split(text))
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return _RUN_OF_SPACES.sub(" ", text).strip()


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
        text = _HTML_TAG.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "][" in text:
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "#" in text:
        text = _HEADING.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return text
