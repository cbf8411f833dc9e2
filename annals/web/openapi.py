"""The OpenAPI 3 description of the JSON API, written by hand (``/api/openapi.json``).

A test checks that every route under ``/api/`` appears here with its parameters.
"""

from __future__ import annotations

from typing import Any

_ERROR = {"$ref": "#/components/responses/Error"}


def _param(name: str, where: str, description: str, schema: dict[str, Any],
           required: bool = False, repeat: bool = False) -> dict[str, Any]:
    if repeat:
        schema = {"type": "array", "items": schema}
    param: dict[str, Any] = {"name": name, "in": where, "description": description,
                             "required": required, "schema": schema}
    if repeat:
        param.update(style="form", explode=True)
    return param


STATEMENT_ID = _param("statement_id", "path", "Statement id (as search hits give it).",
                      {"type": "integer", "minimum": 1}, required=True)
SEARCH_PARAMETERS = [
    _param("q", "query", "Query in the CLI's syntax: words, \"phrases\", OR, -word, title:word,"
           " source:, lang:, tag:, word*. At most 1,000 characters.",
           {"type": "string", "maxLength": 1000}),
    _param("limit", "query", "Hits per page (default 10; at most the max_limit setting).",
           {"type": "integer", "minimum": 0}),
    _param("offset", "query", "Hits to skip (at most the max_offset setting).",
           {"type": "integer", "minimum": 0}),
    _param("sort", "query", "Order of the hits.",
           {"type": "string", "enum": ["relevance", "newest", "oldest"]}),
    _param("source", "query", "Only these sources.", {"type": "string"}, repeat=True),
    _param("lang", "query", "Only these languages (ISO 639-1).", {"type": "string"}, repeat=True),
    _param("from", "query", "Published on or after (YYYY-MM-DD).",
           {"type": "string", "format": "date"}),
    _param("to", "query", "Published on or before (YYYY-MM-DD).",
           {"type": "string", "format": "date"}),
    _param("place", "query", "Only statements naming this place (as the place facet lists"
           " names).", {"type": "string", "maxLength": 200}, repeat=True),
    _param("person", "query", "Only statements naming this person (as the person facet lists"
           " names).", {"type": "string", "maxLength": 200}, repeat=True),
    _param("organisation", "query", "Only statements naming this organisation (as the"
           " organisation facet lists names).", {"type": "string", "maxLength": 200},
           repeat=True),
    _param("exact", "query", "1: match only the forms typed (no other spellings, scripts,"
           " aliases or near spellings); 0 (default): match them too.",
           {"type": "string", "enum": ["0", "1"]}),
]
FACT_PARAMETERS = [
    _param("kind", "query", "Only facts of this kind.", {"type": "string", "enum": [
        "figure", "date", "quote", "citation", "legal", "person", "place", "organisation"]}),
    _param("predicate", "query", "What a figure says happened, e.g. killed, injured, displaced.",
           {"type": "string"}),
    _param("counted", "query", "What a figure counts, e.g. people, children.",
           {"type": "string"}),
    _param("entity", "query", "Only statements naming this place, person or organisation (in"
           " any spelling).", {"type": "string", "maxLength": 200}),
    _param("speaker", "query", "Only quotes of this speaker (in any spelling or script).",
           {"type": "string", "maxLength": 200}),
    _param("source", "query", "Only this source.", {"type": "string"}),
    _param("from", "query", "Statements published on or after (YYYY-MM-DD).",
           {"type": "string", "format": "date"}),
    _param("to", "query", "Statements published on or before (YYYY-MM-DD).",
           {"type": "string", "format": "date"}),
    _param("limit", "query", "At most this many facts (default 1,000).",
           {"type": "integer", "minimum": 1, "maximum": 10000}),
]


def _get(summary: str, parameters: list[dict[str, Any]], schema: str,
         errors: tuple[str, ...] = ("400", "503")) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{schema}"}}}},
    }
    responses.update({code: _ERROR for code in errors})
    return {"get": {"summary": summary, "parameters": parameters, "responses": responses}}


def _import() -> dict[str, Any]:
    return {"post": {
        "summary": "Import files or JSON Lines into the archive (needs a token).",
        "security": [{"bearer": []}],
        "parameters": [
            _param("source", "query", "Source name for statements that do not name one.",
                   {"type": "string"}),
            _param("body_format", "query", "How JSON Lines bodies are written.",
                   {"type": "string", "enum": ["markdown", "text", "html"]}),
        ],
        "requestBody": {"required": True, "content": {
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "file": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "source": {"type": "string"},
                "body_format": {"type": "string", "enum": ["markdown", "text", "html"]},
            }}},
            "application/x-ndjson": {"schema": {"type": "string", "format": "binary"}},
        }},
        "responses": {
            "200": {"description": "What the import did", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/ImportReport"}}}},
            **{code: _ERROR for code in ("400", "401", "403", "411", "413")},
        },
    }}


def document() -> dict[str, Any]:
    """The OpenAPI document."""
    versions = [_param("old", "query", "Older version number (default: the one before the"
                       " newest).", {"type": "integer", "minimum": 1}),
                _param("new", "query", "Newer version number (default: the newest).",
                       {"type": "integer", "minimum": 1})]
    return {
        "openapi": "3.0.3",
        "info": {"title": "Annals API", "version": "1",
                 "description": "Search an archive of official statements and read what each"
                                " publisher said, version by version. Reads need no token."},
        "paths": {
            "/api/search": _get("Search statements (the same JSON as `annals search --json`).",
                                SEARCH_PARAMETERS, "SearchResult", ("400", "414", "503")),
            "/api/facets": _get("Counts by source, language, year, tag, place, person and"
                                " organisation for a search.",
                                SEARCH_PARAMETERS, "Facets", ("400", "414", "503")),
            "/api/statements/{statement_id}": _get(
                "A statement's current version with its text and facts.", [STATEMENT_ID],
                "Statement", ("404",)),
            "/api/statements/{statement_id}/versions": _get(
                "Every version of a statement, oldest first.", [STATEMENT_ID], "Versions",
                ("404",)),
            "/api/statements/{statement_id}/diff": _get(
                "Word-level diff between two versions.", [STATEMENT_ID, *versions], "Diff",
                ("400", "404")),
            "/api/facts": _get(
                "Facts across statements, ordered by statement date (the rows of `annals facts"
                " search --format json`).", FACT_PARAMETERS, "Facts", ("400", "503")),
            "/api/sources": _get("Every source with statement counts and last capture.", [],
                                 "Sources", ()),
            "/api/import": _import(),
            "/api/openapi.json": {"get": {"summary": "This document.", "parameters": [],
                                          "responses": {"200": {"description": "OpenAPI 3"}}}},
            "/api/docs": {"get": {"summary": "Interactive documentation (HTML).",
                                  "parameters": [],
                                  "responses": {"200": {"description": "An HTML page"}}}},
        },
        "components": _components(),
    }


def _components() -> dict[str, Any]:
    string, integer = {"type": "string"}, {"type": "integer"}
    nullable = {"type": "string", "nullable": True}
    version = {"type": "object", "properties": {
        "id": integer, "version": integer, "external_id": nullable, "url": nullable,
        "source": string, "title": string, "published": nullable, "language": nullable,
        "author": nullable, "tags": {"type": "array", "items": string}, "captured_at": string,
        "content_sha256": string, "media_type": string, "extractor": string,
        "removed_at": nullable}}
    counts = {"type": "object", "additionalProperties": integer}
    facets = {"type": "object", "additionalProperties": counts}
    hit = {"type": "object", "properties": {
        "id": integer, "external_id": nullable, "url": nullable, "title": string,
        "source": string, "published": nullable, "language": nullable,
        "tags": {"type": "array", "items": string}, "version": integer,
        "score": {"type": "number"},
        "snippet": {"type": "string", "description": "Escaped text; matches in <mark>."},
        "matched": {"type": "array", "items": string,
                    "description": "The forms of the query's words found in the text."}}}
    fact = {"type": "object", "additionalProperties": True, "properties": {
        "kind": string, "text": string, "start": integer, "end": integer,
        "extractor_version": string},
        "description": "A fact with its kind's own fields alongside (for a figure: value,"
                       " value_max, approx, counted, predicate, part_of)."}
    fact_row = {"type": "object", "properties": {
        "statement_id": integer, "version": integer, "source": string, "published": nullable,
        "title": string, "url": nullable, "external_id": nullable, "kind": string,
        "text": string, "start": integer, "end": integer,
        "fields": {"type": "object", "description": "The kind's own fields; a breakdown's"
                   " part_of is the index of its total among the statement's facts."}}}
    return {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                       "description": "Made with `annals token create NAME`."}},
        "responses": {"Error": {"description": "An error with a message that says what to do",
                                "content": {"application/json": {"schema": {
                                    "$ref": "#/components/schemas/Error"}}}}},
        "schemas": {
            "Error": {"type": "object", "properties": {"error": string, "status": integer}},
            "SearchResult": {"type": "object", "properties": {
                "query": string, "total": integer, "took_ms": {"type": "number"},
                "facets": facets, "notes": {"type": "array", "items": string},
                "suggestion": nullable, "hits": {"type": "array", "items": hit}}},
            "Facets": {"type": "object", "properties": {
                "query": string, "total": integer, "took_ms": {"type": "number"},
                "facets": facets}},
            "Version": version,
            "Statement": {"allOf": [{"$ref": "#/components/schemas/Version"}, {
                "type": "object", "properties": {"text": string, "facts": {
                    "type": "array", "items": fact}}}]},
            "Facts": {"type": "object", "properties": {
                "count": integer, "limit": integer,
                "facts": {"type": "array", "items": fact_row}}},
            "Versions": {"type": "object", "properties": {
                "id": integer, "versions": {"type": "array", "items": {
                    "$ref": "#/components/schemas/Version"}}}},
            "Diff": {"type": "object", "properties": {
                "id": integer, "old": {"$ref": "#/components/schemas/Version"},
                "new": {"$ref": "#/components/schemas/Version"},
                "ops": {"type": "array", "items": {"type": "object", "properties": {
                    "kind": {"type": "string", "enum": ["equal", "insert", "delete", "replace"]},
                    "old": string, "new": string}}},
                "html": string}},
            "Sources": {"type": "object", "properties": {"sources": {
                "type": "array", "items": {"type": "object"}}}},
            "ImportReport": {"type": "object", "properties": {
                "run_id": integer, "added": integer, "new_versions": integer,
                "unchanged": integer, "failed": integer, "summary": string,
                "errors": {"type": "array", "items": {"type": "object"}}}},
        },
    }
