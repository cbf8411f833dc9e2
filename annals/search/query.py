"""Parse a search query into a syntax tree: a string in, a tree out, nothing else.

The language is the one archive search tools (Google, Aleph, Datashare) have taught people:

=========================  ==============================================================
``khojaly massacre``       every word must match (implicit AND)
``"exact phrase"``         these words in this order; ``"a phrase"~3`` allows up to
                           3 positions of slack between them
``a OR b``, ``a | b``      either one (uppercase ``OR``; lowercase ``or`` is a word)
``a AND b``                the same as ``a b``, for those who like to spell it out
``-word``, ``NOT word``    leave out what contains this; also ``-"a phrase"``, ``-(a b)``
``(a OR b) c``             grouping
``title:word``             search one field: body, lang, source, tag, title, url; also
                           ``title:"a phrase"``, ``title:(a OR b)``, ``-title:word``
``=word``, ``="phrase"``   this exact form only: no spelling or transliteration variants
                           (``title:=word`` and ``=title:word`` mean the same)
``word*``                  words starting with ``word`` (2 characters or more before ``*``)
=========================  ==============================================================

Precedence, as in Google: OR binds tighter than AND, so ``a b OR c`` means ``a AND (b OR c)``
and ``a OR b c`` means ``(a OR b) AND c``. An explicit ``AND`` is the same as a space, so
``a AND b OR c`` is ``a AND (b OR c)`` too. ``-`` and ``NOT`` apply to the one word, phrase or
group right after them.

A word is a run of anything except whitespace and the syntax characters ``( ) " |``: ``U.S.``,
``COVID-19``, ``Xocalı``, ``Ходжалы`` and ``al-Qa’ida`` are words. Only a ``-`` at the start of a
word means exclusion. A word that looks like ``name:value`` is a field search; an unknown name
is an error (quote the text to search for it literally), except that ``https://...`` stays a
word and so does a word ending in a colon (``Note:``). Field names are case-insensitive.

Errors raise :class:`~annals.errors.QuerySyntaxError` with the 0-based position of the problem.
Limits: 1,000 characters (for the query and for its canonical text, see :func:`to_string`),
groups nested 20 deep, phrase slop 100.

The tree keeps each leaf's position in the query for messages and highlighting, but positions
take no part in equality: two queries that mean the same thing parse to equal trees.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Literal, TypeAlias

from annals.errors import QuerySyntaxError

FIELDS: frozenset[str] = frozenset({"title", "body", "source", "lang", "tag", "url"})
MAX_QUERY_LENGTH = 1000
MAX_DEPTH = 20
MAX_SLOP = 100

_SYNTAX_CHARACTERS = frozenset('()"|')
_FIELD_PREFIX = re.compile(r"([A-Za-z]+):")
_ASCII_DIGITS = frozenset("0123456789")
_KNOWN_FIELDS = ", ".join(sorted(FIELDS))


# --- the tree -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """One word; ``prefix`` means ``word*``, ``exact`` means ``=word`` (no spelling variants)."""

    text: str
    field: str | None = None
    exact: bool = False
    prefix: bool = False
    position: int = dataclass_field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words in this order, split on whitespace; ``slop`` is the ``~N`` after the quotes."""

    words: tuple[str, ...]
    field: str | None = None
    exact: bool = False
    slop: int = 0
    position: int = dataclass_field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class And:
    """Every child must match; ``Not`` children exclude. Never fewer than two children."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """At least one child must match. Never fewer than two children, never a ``Not`` child."""

    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """Exclude what matches ``child``; only ever found among the children of an ``And``."""

    child: Node


Node: TypeAlias = Term | Phrase | And | Or | Not


# --- tokens ---------------------------------------------------------------------------------

_Kind = Literal[
    "WORD", "PHRASE", "FIELD", "EXACT", "MINUS", "NOT", "AND", "OR", "LPAREN", "RPAREN", "END"
]
_OPERAND_STARTS = frozenset({"WORD", "PHRASE", "FIELD", "EXACT", "MINUS", "NOT", "LPAREN"})
_OPERATOR_WORDS: dict[str, _Kind] = {"OR": "OR", "AND": "AND", "NOT": "NOT"}
_PUNCTUATION: dict[str, _Kind] = {"(": "LPAREN", ")": "RPAREN", "|": "OR"}


@dataclass(frozen=True, slots=True)
class _Token:
    """One token and where it starts; ``text`` is the word, field name or operator."""

    kind: _Kind
    text: str
    position: int
    words: tuple[str, ...] = ()
    slop: int = 0
    prefix: bool = False


def _tokenize(query: str) -> list[_Token]:
    """Split ``query`` into tokens, ending with an END token; raise on malformed words."""
    tokens: list[_Token] = []
    index = 0
    while index < len(query):
        char = query[index]
        if char.isspace():
            index += 1
        elif char in _PUNCTUATION:
            tokens.append(_Token(_PUNCTUATION[char], char, index))
            index += 1
        elif char == '"':
            phrase, index = _read_phrase(query, index)
            tokens.append(phrase)
        else:
            end = _run_end(query, index)
            tokens.extend(_read_run(query, index, end))
            index = end
    tokens.append(_Token("END", "", len(query)))
    return tokens


def _run_end(query: str, start: int) -> int:
    """Return where the run of word characters beginning at ``start`` ends."""
    end = start
    while end < len(query) and not query[end].isspace() and query[end] not in _SYNTAX_CHARACTERS:
        end += 1
    return end


def _read_phrase(query: str, opening: int) -> tuple[_Token, int]:
    """Read ``"..."`` and an optional ``~N`` from ``opening``; return the token and the end."""
    closing = query.find('"', opening + 1)
    if closing == -1:
        raise QuerySyntaxError(
            'Unclosed quote: add a closing " after the phrase, or remove this one',
            query,
            opening,
        )
    words = tuple(query[opening + 1 : closing].split())
    if not words:
        raise QuerySyntaxError(
            "Empty phrase: put words between the quotes, or remove them", query, opening
        )
    slop, end = _read_slop(query, closing + 1)
    return _Token("PHRASE", "", opening, words=words, slop=slop), end


def _read_slop(query: str, start: int) -> tuple[int, int]:
    """Read the ``~N`` right after a phrase, if there is one; return (slop, end)."""
    if start >= len(query) or query[start] != "~":
        return 0, start
    end = start + 1
    while end < len(query) and query[end] in _ASCII_DIGITS:
        end += 1
    if end == start + 1:
        raise QuerySyntaxError(
            'A "~" after a phrase needs a number, as in "a phrase"~3', query, start
        )
    slop = int(query[start + 1 : end])
    if slop > MAX_SLOP:
        raise QuerySyntaxError(
            f"Phrase slop {slop} is too large: use a number up to {MAX_SLOP}", query, start
        )
    return slop, end


def _read_run(query: str, start: int, end: int) -> Iterator[_Token]:
    """Turn one run of word characters into an operator, or prefixes (- field: =) and a word."""
    run = query[start:end]
    if run in _OPERATOR_WORDS:
        yield _Token(_OPERATOR_WORDS[run], run, start)
        return
    attached = query[end] in '("' if end < len(query) else False
    index = 0
    if run.startswith("-"):
        if len(run) == 1 and not attached:
            raise QuerySyntaxError(
                "A lone '-' excludes nothing: write it right before a word, as in -word, "
                'or put it in quotes to search for it: "-"',
                query,
                start,
            )
        yield _Token("MINUS", "-", start)
        index = 1
    prefixes, index = _read_prefixes(query, start, end, index, attached)
    yield from prefixes
    value = run[index:]
    if value:
        yield _read_word(query, start + index, value, after_prefix=index > 0)
    elif not attached:
        raise QuerySyntaxError(
            "'=' needs a word or phrase right after it, as in =word", query, end - 1
        )


def _read_prefixes(
    query: str, start: int, end: int, index: int, attached: bool
) -> tuple[list[_Token], int]:
    """Read ``field:`` and ``=`` (each at most once, either order) from ``start + index``."""
    tokens: list[_Token] = []
    kinds: set[str] = set()
    while True:
        if query.startswith("=", start + index) and "EXACT" not in kinds:
            tokens.append(_Token("EXACT", "=", start + index))
            kinds.add("EXACT")
            index += 1
            continue
        match = _FIELD_PREFIX.match(query, start + index, end)
        if match is None or "FIELD" in kinds or not _is_field(query, match, end, attached):
            return tokens, index
        tokens.append(_Token("FIELD", match.group(1).lower(), start + index))
        kinds.add("FIELD")
        index = match.end() - start


def _is_field(query: str, match: re.Match[str], end: int, attached: bool) -> bool:
    """Tell whether ``name:`` starts a field search; raise if the field is unknown or empty."""
    name = match.group(1)
    value = query[match.end() : end]
    if value.startswith("//"):
        return False  # a URL such as https://example.org
    if not value and not attached:
        if name.lower() not in FIELDS:
            return False  # a word that ends in a colon, such as "Note:"
        raise QuerySyntaxError(
            f'The field {name}: has no value: write {name}:word, {name}:"a phrase" '
            f"or {name}:(a OR b)",
            query,
            match.start(),
        )
    if name.lower() not in FIELDS:
        raise QuerySyntaxError(
            f"Unknown field {name!r}: the fields are {_KNOWN_FIELDS}; to search for the text "
            f'itself, put it in quotes: "{query[match.start() : end]}"',
            query,
            match.start(),
        )
    return True


def _read_word(query: str, position: int, value: str, after_prefix: bool) -> _Token:
    """Make the WORD token for ``value``, which follows any ``-``, ``field:`` and ``=``."""
    if after_prefix and value[0] in "-=":
        raise QuerySyntaxError(
            f"Unexpected {value[0]!r} here: write at most one '-' first, then the field, "
            "then one '=', as in -title:=word",
            query,
            position,
        )
    if not value.endswith("*"):
        return _Token("WORD", value, position)
    stem = value.rstrip("*")
    if len(stem) < 2:
        raise QuerySyntaxError(
            "A prefix search needs at least 2 characters before the '*', as in kh*",
            query,
            position,
        )
    return _Token("WORD", stem, position, prefix=True)


# --- the parser -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    """What an enclosing ``field:( )`` or ``=( )`` gives every word inside it."""

    field: str | None = None
    exact: bool = False


class _Parser:
    """Recursive descent over the tokens; one method per grammar rule.

    sequence     := alternatives (["AND"] alternatives)*
    alternatives := unary (("OR" | "|") unary)*
    unary        := ("-" | "NOT") primary | primary
    primary      := field ":" primary | "=" primary | word | phrase | "(" sequence ")"
    """

    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokenize(query)
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def error(self, message: str, position: int) -> QuerySyntaxError:
        return QuerySyntaxError(message, self.query, position)

    def parse(self) -> Node:
        """Parse the whole query."""
        if self.peek().kind == "END":
            raise self.error("The query is empty: type a word to search for", 0)
        node = self.sequence(_Context(), opening=None)
        closing = self.peek()
        if closing.kind == "RPAREN":
            raise self.error(
                "This ')' has no matching '(': remove it, or add a '(' before it", closing.position
            )
        return node

    def sequence(self, context: _Context, opening: _Token | None) -> Node:
        """Parse words up to ``)`` or the end: all must match."""
        first_position = self.peek().position
        children: list[Node] = []
        while self.peek().kind not in ("END", "RPAREN"):
            token = self.peek()
            if token.kind in ("AND", "OR") and not children:
                raise self.error(f"{token.text!r} needs a word or group before it", token.position)
            if token.kind == "AND":
                self.operator_with_operand()
                continue
            children.append(self.alternatives(context))
        return self.conjunction(children, opening, first_position)

    def alternatives(self, context: _Context) -> Node:
        """Parse ``a OR b OR ...``: at least one must match."""
        positions = [self.peek().position]
        options = [self.unary(context)]
        while self.peek().kind == "OR":
            self.operator_with_operand()
            positions.append(self.peek().position)
            options.append(self.unary(context))
        if len(options) == 1:
            return options[0]
        for option, position in zip(options, positions, strict=True):
            if isinstance(option, Not):
                raise self.error(
                    "An exclusion cannot be one of the OR choices: move it out of the OR, "
                    "as in (a OR b) -c",
                    position,
                )
        return _combine(Or, options)

    def operator_with_operand(self) -> None:
        """Consume AND or OR and check that something to search for follows it."""
        operator = self.advance()
        following = self.peek()
        if following.kind in ("AND", "OR"):
            raise self.error(
                f"{following.text!r} follows {operator.text!r} directly: remove one of them",
                following.position,
            )
        if following.kind not in _OPERAND_STARTS:
            raise self.error(f"{operator.text!r} needs a word or group after it", operator.position)

    def unary(self, context: _Context) -> Node:
        """Parse an operand with an optional ``-`` or ``NOT`` before it."""
        token = self.peek()
        if token.kind not in ("MINUS", "NOT"):
            return self.primary(context)
        self.advance()
        if self.peek().kind not in _OPERAND_STARTS - {"MINUS", "NOT"}:
            raise self.error(
                f"{token.text!r} needs one word, phrase or group right after it", token.position
            )
        return Not(self.primary(context))

    def primary(self, context: _Context) -> Node:
        """Parse a word, a phrase or a group, with any ``field:`` and ``=`` before it."""
        token = self.advance()
        if token.kind == "FIELD":
            if context.field is not None:
                raise self.error(
                    f"The field {token.text}: is inside {context.field}:( ): "
                    "use one field per group",
                    token.position,
                )
            return self.primary(replace(context, field=token.text))
        if token.kind == "EXACT":
            return self.primary(replace(context, exact=True))
        if token.kind == "WORD":
            return Term(token.text, context.field, context.exact, token.prefix, token.position)
        if token.kind == "PHRASE":
            return Phrase(token.words, context.field, context.exact, token.slop, token.position)
        if token.kind == "LPAREN":
            return self.group(token, context)
        raise self.error("Expected a word, phrase or group here", token.position)

    def group(self, opening: _Token, context: _Context) -> Node:
        """Parse ``( ... )`` after its opening parenthesis."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(
                f"Groups are nested more than {MAX_DEPTH} deep: simplify the query",
                opening.position,
            )
        if self.peek().kind == "RPAREN":
            raise self.error(
                "Empty group (): put words inside the parentheses, or remove them",
                opening.position,
            )
        node = self.sequence(context, opening)
        if self.advance().kind != "RPAREN":
            raise self.error("This '(' is never closed: add a ')'", opening.position)
        self.depth -= 1
        return node

    def conjunction(self, children: list[Node], opening: _Token | None, position: int) -> Node:
        """Combine a sequence's children; at least one of them must not be an exclusion."""
        if all(isinstance(child, Not) for child in children):
            if opening is None:
                raise self.error(
                    "The query only excludes: add at least one word to search for", position
                )
            raise self.error(
                "This group only excludes: add at least one word to search for inside it, "
                "or move the exclusion out of the parentheses",
                opening.position,
            )
        return _combine(And, children)


def _combine(kind: type[And] | type[Or], children: list[Node]) -> Node:
    """Build ``kind`` from ``children``, flattening children of the same kind."""
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else (child,))
    return flat[0] if len(flat) == 1 else kind(tuple(flat))


# --- public functions -----------------------------------------------------------------------


def parse_query(query: str) -> Node:
    """Parse ``query`` into a tree; raise QuerySyntaxError saying what is wrong and where.

    For example ``a b OR -c`` is an error (an exclusion cannot be an OR choice) and
    ``Khojaly -"Ходжалы" title:(massacre OR tragedy)`` is ``And(Term Khojaly, Not(Phrase),
    Or(Term massacre in title, Term tragedy in title))``.
    """
    if len(query) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            f"The query is longer than {MAX_QUERY_LENGTH:,} characters: shorten it",
            query,
            MAX_QUERY_LENGTH,
        )
    node = _Parser(query).parse()
    canonical_length = len(to_string(node))
    if canonical_length > MAX_QUERY_LENGTH:
        # Written out (fields on every word, " OR " for "|") the query may grow; refusing it
        # here keeps parse_query(to_string(node)) == node true for every query we accept.
        raise QuerySyntaxError(
            f"The query is longer than {MAX_QUERY_LENGTH:,} characters once written out in full "
            f"({canonical_length:,}, with each field on every word): shorten it",
            query,
            0,
        )
    return node


def positive_terms(node: Node) -> list[Term | Phrase]:
    """Return the words and phrases that are searched for (not excluded), in query order."""
    if isinstance(node, Term | Phrase):
        return [node]
    if isinstance(node, Not):
        return []
    return [leaf for child in node.children for leaf in positive_terms(child)]


def to_string(node: Node) -> str:
    """Write ``node`` as canonical query text; ``parse_query`` reads it back to an equal tree.

    The canonical text puts the field and ``=`` on every word, writes ``|`` as ``OR`` and
    ``NOT`` as ``-``, and uses parentheses only where the meaning needs them.
    """
    if isinstance(node, Term):
        return _leaf_prefix(node.field, node.exact) + node.text + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        slop = f"~{node.slop}" if node.slop else ""
        return f'{_leaf_prefix(node.field, node.exact)}"{" ".join(node.words)}"{slop}'
    if isinstance(node, Not):
        return "-" + _grouped(node.child, (And, Or))
    if isinstance(node, And):
        return " ".join(_grouped(child, (And,)) for child in node.children)
    return " OR ".join(_grouped(child, (And, Or, Not)) for child in node.children)


def _leaf_prefix(field_name: str | None, exact: bool) -> str:
    """Return the ``field:`` and ``=`` written before a word or phrase."""
    return (f"{field_name}:" if field_name else "") + ("=" if exact else "")


def _grouped(node: Node, needs_parentheses: tuple[type[And | Or | Not], ...]) -> str:
    """Write ``node``, in parentheses if it is one of the kinds in ``needs_parentheses``."""
    text = to_string(node)
    return f"({text})" if isinstance(node, needs_parentheses) else text
