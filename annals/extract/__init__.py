"""Extraction: from the raw bytes of one document to its clean text and metadata.

Pure functions: ``extract_html`` (trafilatura), ``markdown_to_text``,
``detect_language`` (py3langid, offline), ``normalise_date``, ``decode_text``.
"""

from annals.extract.dates import normalise_date
from annals.extract.encoding import decode_text
from annals.extract.html import extract_html
from annals.extract.language import detect_language
from annals.extract.markdown import markdown_to_text

__all__ = ["decode_text", "detect_language", "extract_html", "markdown_to_text", "normalise_date"]
