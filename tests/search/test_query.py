"""The query language: every construct, every error with its position, and round trips."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annals.errors import QuerySyntaxError
from annals.search.query import (
    FIELDS,
    MAX_DEPTH,
    MAX_QUERY_LENGTH,
    And,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    parse_query,
    positive_terms,
    to_string,
)


def error_of(query: str) -> QuerySyntaxError:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    return caught.value


# --- words and implicit AND -----------------------------------------------------------------


def test_single_word_is_a_term() -> None:
    assert parse_query("Khojaly") == Term("Khojaly")


def test_words_separated_by_spaces_must_all_match() -> None:
    assert parse_query("  Khojaly   massacre\t1992 ") == And(
        (Term("Khojaly"), Term("massacre"), Term("1992"))
    )


@pytest.mark.parametrize(
    "word", ["U.S.", "COVID-19", "Xocalı", "Ходжалы", "al-Qa’ida", "霍贾利", "خوجالي", "e-mail*x"]
)
def test_unicode_and_punctuated_runs_are_single_words(word: str) -> None:
    assert parse_query(word) == Term(word)


def test_hyphen_inside_a_word_is_part_of_it_and_only_a_leading_hyphen_excludes() -> None:
    assert parse_query("al-Qa’ida -COVID-19") == And((Term("al-Qa’ida"), Not(Term("COVID-19"))))


@pytest.mark.parametrize("word", ["or", "and", "not", "Or", "And", "Not"])
def test_operators_in_lowercase_or_mixed_case_are_ordinary_words(word: str) -> None:
    assert parse_query(f"a {word} b") == And((Term("a"), Term(word), Term("b")))


def test_url_and_word_ending_in_colon_are_words_not_fields() -> None:
    assert parse_query("https://mfa.gov.az/en Note:") == And(
        (Term("https://mfa.gov.az/en"), Term("Note:"))
    )


def test_times_and_dotted_words_with_colons_are_words() -> None:
    assert parse_query("10:30 U.S.:x") == And((Term("10:30"), Term("U.S.:x")))


# --- phrases --------------------------------------------------------------------------------


def test_quoted_text_is_a_phrase_split_on_whitespace_keeping_punctuation() -> None:
    assert parse_query('"the  Khojaly\ttragedy, 1992."') == Phrase(
        ("the", "Khojaly", "tragedy,", "1992.")
    )


def test_single_word_phrase_stays_a_phrase() -> None:
    assert parse_query('"Khojaly"') == Phrase(("Khojaly",))


def test_phrase_slop_follows_the_closing_quote() -> None:
    assert parse_query('"Khojaly massacre"~3') == Phrase(("Khojaly", "massacre"), slop=3)


def test_syntax_characters_inside_a_phrase_are_words() -> None:
    assert parse_query('"a (b) | OR -c title:d"') == Phrase(
        ("a", "(b)", "|", "OR", "-c", "title:d")
    )


def test_phrase_next_to_a_word_without_space_is_a_separate_operand() -> None:
    assert parse_query('a"b c"d') == And((Term("a"), Phrase(("b", "c")), Term("d")))


# --- OR, AND and precedence -----------------------------------------------------------------


@pytest.mark.parametrize("query", ["a OR b", "a | b", "a|b", "(a) OR (b)"])
def test_or_and_bar_mean_either(query: str) -> None:
    assert parse_query(query) == Or((Term("a"), Term("b")))


def test_explicit_and_is_the_same_as_a_space() -> None:
    assert parse_query("a AND b AND c") == parse_query("a b c")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a b OR c", And((Term("a"), Or((Term("b"), Term("c")))))),
        ("a OR b c", And((Or((Term("a"), Term("b"))), Term("c")))),
        ("a AND b OR c", And((Term("a"), Or((Term("b"), Term("c")))))),
        ("a OR b AND c", And((Or((Term("a"), Term("b"))), Term("c")))),
        ("a OR b OR c", Or((Term("a"), Term("b"), Term("c")))),
        ("(a b) OR c", Or((And((Term("a"), Term("b"))), Term("c")))),
        ("a OR b c OR d", And((Or((Term("a"), Term("b"))), Or((Term("c"), Term("d")))))),
        ("a OR b -c", And((Or((Term("a"), Term("b"))), Not(Term("c"))))),
    ],
)
def test_or_binds_tighter_than_and_like_google(query: str, expected: Node) -> None:
    assert parse_query(query) == expected


# --- exclusion ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "excluded"),
    [
        ("a -b", Term("b")),
        ("a NOT b", Term("b")),
        ('a -"b c"', Phrase(("b", "c"))),
        ('a NOT "b c"', Phrase(("b", "c"))),
        ("a -(b OR c)", Or((Term("b"), Term("c")))),
        ("a NOT (b c)", And((Term("b"), Term("c")))),
        ("a -title:b", Term("b", field="title")),
        ("a -=b", Term("b", exact=True)),
        ("a -OR", Term("OR")),
    ],
)
def test_minus_and_not_exclude_one_operand(query: str, excluded: Node) -> None:
    assert parse_query(query) == And((Term("a"), Not(excluded)))


def test_exclusion_first_is_still_under_and() -> None:
    assert parse_query("-b a") == And((Not(Term("b")), Term("a")))


def test_group_with_an_exclusion_flattens_into_the_outer_and() -> None:
    assert parse_query("x (a -b)") == And((Term("x"), Term("a"), Not(Term("b"))))


# --- grouping and flattening ----------------------------------------------------------------


def test_redundant_parentheses_collapse() -> None:
    assert parse_query("((a))") == Term("a")


def test_nested_groups_of_the_same_kind_flatten() -> None:
    assert parse_query("a (b (c d))") == And(tuple(Term(w) for w in "abcd"))
    assert parse_query("a OR (b OR (c OR d))") == Or(tuple(Term(w) for w in "abcd"))


def test_groups_of_different_kinds_nest() -> None:
    assert parse_query("(a OR b) (c OR d)") == And(
        (Or((Term("a"), Term("b"))), Or((Term("c"), Term("d"))))
    )


# --- fields ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_known_field_applies_to_a_word(name: str) -> None:
    assert parse_query(f"{name}:value") == Term("value", field=name)


def test_field_names_are_case_insensitive() -> None:
    assert parse_query("Title:Khojaly") == Term("Khojaly", field="title")


def test_field_applies_to_a_phrase() -> None:
    assert parse_query('title:"Khojaly massacre"~2') == Phrase(
        ("Khojaly", "massacre"), field="title", slop=2
    )


def test_field_applies_to_every_word_of_a_group() -> None:
    assert parse_query('lang:(az OR "ru") -lang:en') == And(
        (
            Or((Term("az", field="lang"), Phrase(("ru",), field="lang"))),
            Not(Term("en", field="lang")),
        )
    )


def test_field_value_keeps_its_colons_and_urls() -> None:
    assert parse_query("url:https://mfa.gov.az/a:b") == Term("https://mfa.gov.az/a:b", field="url")


# --- exact form and prefix ------------------------------------------------------------------


def test_equals_turns_off_variants_for_a_word_or_phrase() -> None:
    assert parse_query('=Xocalı ="Ходжалы трагедия"') == And(
        (Term("Xocalı", exact=True), Phrase(("Ходжалы", "трагедия"), exact=True))
    )


@pytest.mark.parametrize("query", ["title:=Xocalı", "=title:Xocalı", "TITLE:=Xocalı"])
def test_equals_and_field_combine_in_either_order(query: str) -> None:
    assert parse_query(query) == Term("Xocalı", field="title", exact=True)


def test_equals_applies_to_every_word_of_a_group() -> None:
    assert parse_query("=(a OR b)") == Or((Term("a", exact=True), Term("b", exact=True)))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Khoj*", Term("Khoj", prefix=True)),
        ("Kh*", Term("Kh", prefix=True)),
        ("Khoj***", Term("Khoj", prefix=True)),
        ("=Xoca*", Term("Xoca", exact=True, prefix=True)),
        ("title:Ход*", Term("Ход", field="title", prefix=True)),
        ("f*ck", Term("f*ck")),
    ],
)
def test_trailing_star_searches_a_prefix(query: str, expected: Term) -> None:
    assert parse_query(query) == expected


# --- positions, equality, positive_terms ----------------------------------------------------


def test_leaves_record_where_their_word_or_opening_quote_starts() -> None:
    node = parse_query('ab -title:=cd "e f" (g OR hi*)')
    assert [leaf.position for leaf in _leaves(node)] == [0, 11, 14, 21, 26]


def test_positions_take_no_part_in_equality() -> None:
    assert parse_query("   a") == parse_query("a")
    assert Term("a", position=3) == Term("a")
    assert hash(Term("a", position=3)) == hash(Term("a"))


def test_positive_terms_are_the_leaves_not_excluded_in_query_order() -> None:
    node = parse_query('a -b ("c d" OR title:e) -(f g) NOT h ij*')
    assert positive_terms(node) == [
        Term("a"),
        Phrase(("c", "d")),
        Term("e", field="title"),
        Term("ij", prefix=True),
    ]


# --- canonical text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "canonical"),
    [
        ("a   b", "a b"),
        ("a AND b", "a b"),
        ("a|b", "a OR b"),
        ("NOT a b", "-a b"),
        ("((a OR b)) c", "a OR b c"),
        ("(a b) OR c", "(a b) OR c"),
        ("x -(a OR b)", "x -(a OR b)"),
        ("x -(a b)", "x -(a b)"),
        ('=TITLE:"a  b"~03', 'title:="a b"~3'),
        ('"a b"~0', '"a b"'),
        ("title:(a OR b)", "title:a OR title:b"),
        ("ab**", "ab*"),
    ],
)
def test_to_string_writes_canonical_text(query: str, canonical: str) -> None:
    assert to_string(parse_query(query)) == canonical


# --- errors, each with its position ---------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "position", "words"),
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        ('a "b c', 2, "Unclosed quote"),
        ('a "b" "c', 6, "Unclosed quote"),
        ('a ""', 2, "Empty phrase"),
        ("(a b", 0, "never closed"),
        ("a ((b) c", 2, "never closed"),
        ("a b)", 3, "no matching '('"),
        ("a () b", 2, "Empty group"),
        ("title:( )", 6, "Empty group"),
        ("-a", 0, "add at least one word to search for"),
        ("  -a NOT b -(c d)", 2, "add at least one word to search for"),
        ("a (-b)", 2, "group only excludes"),
        ("OR a", 0, "'OR' needs a word or group before it"),
        ("| a", 0, "'|' needs a word or group before it"),
        ("AND a", 0, "'AND' needs a word or group before it"),
        ("a OR", 2, "'OR' needs a word or group after it"),
        ("a AND", 2, "'AND' needs a word or group after it"),
        ("(a OR) b", 3, "'OR' needs a word or group after it"),
        ("(OR a)", 1, "before it"),
        ("a OR OR b", 5, "'OR' follows 'OR' directly"),
        ("a AND OR b", 6, "'OR' follows 'AND' directly"),
        ("a || b", 3, "'|' follows '|' directly"),
        ("a OR -b", 5, "exclusion cannot be one of the OR choices"),
        ("a OR NOT b", 5, "exclusion cannot be one of the OR choices"),
        ("NOT", 0, "'NOT' needs one word"),
        ("a NOT -b", 2, "'NOT' needs one word"),
        ("a NOT OR b", 2, "'NOT' needs one word"),
        ("a - b", 2, "lone '-'"),
        ("a -", 2, "lone '-'"),
        ("a --b", 3, "Unexpected '-'"),
        ("title:-x", 6, "Unexpected '-'"),
        ("a ==b", 3, "Unexpected '='"),
        ("a =", 2, "'=' needs a word or phrase"),
        ("a = b", 2, "'=' needs a word or phrase"),
        ("a foo:bar", 2, "Unknown field 'foo'"),
        ("a Khojaly:x", 2, "body, lang, source, tag, title, url"),
        ("a tags:(x)", 2, "Unknown field 'tags'"),
        ("a title:", 2, "title: has no value"),
        ("title: a", 0, "title: has no value"),
        ("a title:(body:x)", 9, "inside title:( )"),
        ("a*", 0, "at least 2 characters before the '*'"),
        ("x title:*", 8, "at least 2 characters before the '*'"),
        ('"a b"~', 5, 'needs a number, as in "a phrase"~3'),
        ('"a b"~101', 5, "too large"),
    ],
)
def test_errors_say_what_is_wrong_and_where(query: str, position: int, words: str) -> None:
    error = error_of(query)
    assert error.position == position
    assert error.query == query
    assert words in str(error)


def test_unknown_field_message_suggests_quoting_the_text() -> None:
    assert '"foo:bar"' in str(error_of("foo:bar"))


# --- limits ---------------------------------------------------------------------------------


def test_query_of_exactly_the_maximum_length_is_accepted() -> None:
    query = " ".join(["abcd"] * 201)[:MAX_QUERY_LENGTH]
    assert len(query) == MAX_QUERY_LENGTH
    assert len(positive_terms(parse_query(query))) == 200


def test_longer_query_is_refused_at_the_limit() -> None:
    error = error_of("a" * (MAX_QUERY_LENGTH + 1))
    assert error.position == MAX_QUERY_LENGTH
    assert "1,000 characters" in str(error)


def test_query_whose_written_out_form_is_too_long_is_refused() -> None:
    query = "source:(" + " ".join(["ab"] * 300) + ")"  # 908 characters; 2,999 written out
    assert len(query) <= MAX_QUERY_LENGTH
    assert "written out in full" in str(error_of(query))


def test_groups_nested_to_the_maximum_depth_are_accepted() -> None:
    query = "(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH
    assert parse_query(query) == Term("a")


def test_groups_nested_deeper_are_refused_at_the_first_group_too_deep() -> None:
    query = "(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1)
    error = error_of(query)
    assert error.position == MAX_DEPTH
    assert "nested more than 20 deep" in str(error)


# --- properties for any input ---------------------------------------------------------------

SYNTAX_HEAVY_TEXT = st.text(alphabet='()"|-=*:~ \t aZ0ORANDTtilebdyx.’Ӽı', max_size=60)
QUERY_PIECES = st.sampled_from(
    [" ", " ", "a", "bc", "Xocalı", "COVID-19", "OR", "AND", "NOT", "or", "|", "-", "=", "*",
     "(", ")", '"', "~2", ":", "title:", "lang:", "foo:", "https://x", "Note:", "~"]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(),
    SYNTAX_HEAVY_TEXT,
    st.lists(QUERY_PIECES, max_size=30).map("".join),
)


def _leaves(node: Node) -> list[Term | Phrase]:
    if isinstance(node, Term | Phrase):
        return [node]
    if isinstance(node, Not):
        return _leaves(node.child)
    return [leaf for child in node.children for leaf in _leaves(child)]


def _parse_or_none(query: str) -> Node | None:
    try:
        return parse_query(query)
    except QuerySyntaxError as error:
        assert 0 <= error.position <= len(query)
        return None


def _check_shape(node: Node, parent: type | None = None) -> None:
    """And/Or have two or more children and are flattened; Not appears only under And."""
    if isinstance(node, Not):
        assert parent is And
        _check_shape(node.child, Not)
    elif isinstance(node, And | Or):
        assert len(node.children) >= 2
        assert not any(isinstance(child, type(node)) for child in node.children)
        for child in node.children:
            _check_shape(child, type(node))


@settings(max_examples=1500)
@given(QUERIES)
@example("a|" * 499 + "a")
@example("title:(" + "a " * 496 + ")")
@example("(" * MAX_DEPTH + "a -(b OR c)" + ")" * MAX_DEPTH)
def test_any_string_parses_to_a_tree_that_round_trips_or_raises_query_syntax_error(
    query: str,
) -> None:
    node = _parse_or_none(query)
    if node is None:
        return
    canonical = to_string(node)
    assert parse_query(canonical) == node
    assert to_string(parse_query(canonical)) == canonical
    _check_shape(node)
    assert positive_terms(node)


@settings(max_examples=500)
@given(QUERIES)
def test_leaf_positions_point_into_the_query(query: str) -> None:
    node = _parse_or_none(query)
    for leaf in _leaves(node) if node is not None else []:
        if isinstance(leaf, Term):
            assert query.startswith(leaf.text, leaf.position)
        else:
            assert query[leaf.position] == '"'
