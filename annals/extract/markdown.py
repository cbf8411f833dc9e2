"""Markdown (as pandoc and static-site generators write it) to plain text.

The text keeps the words, paragraphs and line breaks a reader sees; markup
(emphasis, links, headings, escapes, hard wraps inside a paragraph) goes.
"""

from __future__ import annotations

import re

_WHITESPACE_LINE = re.compile(r"^[ \t\u00a0]+$", re.MULTILINE)
_LINK = re.compile(r"!?\[([^\]]{0,800})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REFERENCE_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.{1,2000}?)(?<=\S)\1", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"|<>~ ])")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)\n(?=[^\n])")
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
# A line break inside a paragraph, unless the next line starts a list item, quote, table or heading.
_SOFT_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?!\n|(?:[-*+]|\d+[.)])\s|[>|#])")
_RUN_OF_SPACES = re.compile(r"[ \t]{2,}")
_HTML_TAG = re.compile(r"</?(?:span|div|p|br|a|em|strong|sup|sub)\b[^>]*>", re.IGNORECASE)
_HARD_BREAK_MARK = "\u2028"


def markdown_to_text(markdown: str) -> str:
    """The readable text of a Markdown document: paragraphs separated by blank lines."""
    text = markdown.replace("\r\n", "\n")
    text = _WHITESPACE_LINE.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _HEADING.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _HARD_BREAK.sub(_HARD_BREAK_MARK, text)
    text = _ESCAPE.sub(r"\1", text)
    text = _BLANK_LINES.sub("\n\n", text)
    text = _SOFT_WRAP.sub(" ", text)
    text = _RUN_OF_SPACES.sub(" ", text)
    text = text.replace(_HARD_BREAK_MARK, "\n")
    return text.strip()
