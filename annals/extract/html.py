"""Main text and metadata of an HTML page, with trafilatura."""

from __future__ import annotations

import json
from functools import lru_cache

from annals.errors import InputError
from annals.extract.dates import normalise_date
from annals.models import Extracted


@lru_cache(maxsize=1)
def extractor_name() -> str:
    """Name and version of the HTML extractor, stored with every version it made."""
    import trafilatura

    return f"trafilatura {trafilatura.__version__}"


def extract_html(html: str, origin: str, url: str | None = None) -> Extracted:
    """Title, text, published date, language and author of an HTML page.

    Raises InputError when the page holds no readable text.
    """
    import trafilatura

    result = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if not result:
        raise InputError(origin, "no readable text found in the HTML")
    found = json.loads(result)
    text = (found.get("text") or "").strip()
    if not text:
        raise InputError(origin, "no readable text found in the HTML")
    tags = tuple(tag.strip() for tag in (found.get("tags") or "").split(",") if tag.strip())
    return Extracted(
        text=text,
        title=(found.get("title") or "").strip(),
        published=normalise_date(found.get("date")),
        language=found.get("language") or None,
        author=found.get("author") or None,
        tags=tags,
        extractor=extractor_name(),
    )
