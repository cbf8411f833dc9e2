"""The version stamped on every fact, in its own module so each kind can stamp its facts."""

from __future__ import annotations

#: Stored with every fact; bump it when a change alters what is extracted.
EXTRACTOR_VERSION = "facts-5"
