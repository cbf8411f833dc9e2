"""Labels that name a quote's speaker before it, in Markdown and in the plain text of an import.

Releases that gather reactions give each quote a bold label or a link: "**Secretary of State
Marco Rubio:** “…”", "[Rep. Tim Walberg](https://x.com/...): “…”", "**Sen. X
(**[**1/16/24**](https://...)**):**", "Mayor X [says](https://...) “…”". A label that names a
topic ("**On the border:**", "**FACT:**") or is a headline ("**Recruitment crisis looms:**")
names no speaker; under a heading "**X on Y**" the quotes labelled by topic are X's.

An import stores ``markdown_to_text`` of such releases, where the marks are gone and a label
may follow the quote before it in one paragraph ("…” [Tweet, 4/13/23] Name, post: “…"):
``plain_label_before`` and ``imported_label_before`` read labels in that form, which is the
one the archive holds.
"""

from __future__ import annotations

import re

from annals.facts import names as nm
from annals.facts import quote_patterns as qp
from annals.facts.speakers import speaker_before_verb

#: How far before a quote a Markdown label with a long link may start.
LABEL_REACH = 1200
#: How far before a quote labelled by its topic the heading naming its speaker may be.
HEADING_REACH = 4000
_VERBS = frozenset(nm.SPEAKER_VERBS)
_LOWER_TITLES = frozenset(nm.SPEAKER_TITLES_LOWER)
_DATE_LIKE = re.compile(r"[\d/.\s-]+")
#: How far above a quote the line naming its source may be (over a list of quoted items).
SOURCE_REACH = 1500
#: Lowercase words that may end a label naming people ("**Local farmers:**").
_PEOPLE = frozenset((*nm.GROUP_SPEAKERS, *nm.PERSON_SPEAKERS, *nm.KIN_SPEAKERS))
#: Topic labels of list items, capitalised ("[On tariffs](…):").
_TOPIC_OPENERS = frozenset(word.capitalize() for word in nm.TOPIC_WORDS)
#: First words of a bold lead that open no subject ("**Under President Trump, …:**").
_NOT_SUBJECT_FIRST = nm.OBJECT_LEADS | nm.LEADING_CONJUNCTIONS | nm.TOPIC_WORDS
#: First words of a lead that give its topic ("**On the fraud scandals …:**").
_TOPIC_FIRST = frozenset({"on", "about", "regarding", "re"})
_PRONOUNS = nm.SPEAKER_PRONOUNS | nm.FIRST_PERSON
#: How long a plain label of a Markdown import may be, with what comes before it on its line.
PLAIN_REACH = 300
#: Lowercase words of a plain label: connectors, posts and people ("Newsmax host X").
_LABEL_LOWER = nm.LABEL_LOWER_WORDS | frozenset(nm.QUOTED_POSTS) | _PEOPLE
#: Capitalised words of titles and posts, never part of the name after them ("Ohio Senator
#: Sherrod Brown", "Google CEO Sundar Pichai").
_TITLE_WORDS = nm.SPEAKER_TITLE_WORDS | frozenset(
    word
    for title in (*nm.PERSON_TITLES, *nm.SPEAKER_EXTRA_TITLES)
    for word in title.split()
    if word[:1].isupper()
)
#: Capitalised words that name a body, never a person ("Committee", "Motors").
_NOT_NAME = nm.NOT_NAME_WORDS | frozenset(nm.ORG_HEADS)
_GIVEN_NAMES = frozenset(nm.GIVEN_NAMES_EN)
_CONNECTORS = nm.LABEL_CONNECTORS | nm.NAME_PARTICLES


def paragraph_start(text: str, low: int, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts, or ``low`` when it starts before that."""
    paragraph = text.rfind("\n\n", low, pos)
    return paragraph + 2 if paragraph >= 0 else low


def label_before(text: str, start: int) -> str | None:
    """A Markdown label right before a quote: '**X:**', '[X](https://...):', '[**X**](...)**
    (March 2):**', '**X (**[**1/16/24**](https://...)**):**', or 'X [said](https://...)'."""
    if text.startswith("**", start + 1):  # "**X: “**…”": the bold label takes in the mark
        opened = _open_label(text, start)
        if opened is not None:
            return opened
    if text[max(0, start - 12) : start].rstrip(" \t\n\u00a0:")[-1:] not in ("*", ")"):
        return None  # every label ends with bold marks or a link
    if text.find(")**):**", start - 12, start) >= 0:
        return _label_with_link(text, start)
    low = paragraph_start(text, max(0, start - 200), start)
    window = text[low:start]
    # Labels end right before the quote: find where one opens, then match it from there.
    core = window.rstrip(" \t\n\u00a0:")
    if core.endswith("**"):
        label = qp.LABEL_BEFORE.match(window, max(0, core.rfind("**", 0, len(core) - 2)))
        if label and label["name"].strip().startswith("("):  # a date after a linked name
            window = window[: label.start()]
        elif label:
            return _labelled(text, start, label["name"])
    link = _link_label(window)
    if link is None:
        return None
    if link["name"].strip("* ") in _VERBS:  # "Mayor X [says](https://...) “…”"
        return speaker_before_verb(text, low, low + link.start())
    return _labelled(text, start, link["name"])


def plain_label_before(text: str, start: int) -> str | None:
    """X of a plain label "X: “…”" that opens a paragraph, all of its line before the quote
    ("Andriy Yermak: “…”"); of "X, Y:" the person is X ("Dr. Sanjay Gupta, CNN Chief Medical
    Correspondent:") unless X is a title ("The Prime Minister of Israel, Bibi Netanyahu:").
    Labels left by a Markdown import are read too (``imported_label_before``)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 120 or text[start - 2 : start].strip(" \t\u00a0") != ":":
        return imported_label_before(text, start)
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start and text[above : line_start - 1].strip(" \t\u00a0"):
        return imported_label_before(text, start)  # not the first line of its paragraph
    found = qp.PLAIN_LABEL.fullmatch(text, line_start, start)
    if found is None:
        return imported_label_before(text, start)
    first, _, second = found["name"].partition(", ")
    return second if second and first.startswith("The ") else first


def imported_label_before(text: str, start: int) -> str | None:
    """X of a label as the plain text of a Markdown import leaves it, all capitalised words
    but for a few ("Sandra Leung, President, National Asian Pacific American Bar Association
    (NAPABA):"), which opens a paragraph or a list item, maybe with stray emphasis marks
    ("*Fawn Sharp, President of …:* “", "Planned Parenthood:\u00a0**“"), or follows the
    quote before it in its paragraph ("…Administration.” Microsoft CEO Satya Nadella: “").
    A label with lowercase words gives only the name that ends it (``name_after_post``)."""
    line_start = text.rfind("\n", max(0, start - PLAIN_REACH), start) + 1
    core = text[line_start:start].rstrip(" \t\u00a0*")
    if not core.endswith(":") or (line_start == 0 and start > PLAIN_REACH):
        return None
    closed = max(core.rfind("”"), core.rfind('"'))
    quoted = qp.AFTER_QUOTE.match(core, closed) if closed >= 0 else None
    if quoted is not None:
        low = line_start + quoted.end()
    elif _opens_item_or_paragraph(text, line_start):
        low = line_start + len(core) - len(core.lstrip(" \t\u00a0-*+"))
    else:
        return None
    label = text[low : line_start + len(core) - 1].strip(" \t\u00a0*").replace("\u00a0", " ")
    label = label.rpartition(": ")[2]  # "Gun Violence Prevention Advocates: John X, …"
    if "," not in label:
        label = label.partition(" on ")[0]  # "Sen. Rick Scott on Sunday Morning Futures"
    if label.split(" ", 1)[0] in _TOPIC_OPENERS and text.startswith("- ", line_start):
        return _topic_item_heading(text, start)  # "- On tariffs: “…”" under "X on Y"
    head, comma, _ = label.partition(",")
    if comma and _is_given_name_first(head):
        return head  # "Alida Garcia, former National Latino Vote Deputy Director, …:"
    if _names_place(label) or not _is_plain_label(label) or (comma and " " not in head):
        return name_after_post(label)  # "CNN national affairs correspondent Jeff Zeleny:"
    if " " not in label and quoted is None and not _after_quote(text, line_start):
        return None  # one word ("Background:") only in a run of labelled quotes
    label = qp.LABEL_ASIDE.sub("", label) if label.endswith(")") else label
    post, comma, name = label.rpartition(", ")
    if comma and " of " in post and "," not in post and qp.PERSON_AFTER_POST.fullmatch(name):
        return name  # "Chief Advocacy and Engagement Officer of AARP, Nancy A. LeaMond"
    return _labelled(text, start, label)


def _is_given_name_first(words: str) -> bool:
    """True for two to four capitalised words opening with a known given name ("Alida Garcia",
    "Mary T. Barra"): a person, whatever the label says of them after a comma."""
    names = words.split()
    return (
        2 <= len(names) <= 4
        and names[0] in _GIVEN_NAMES
        and all(_is_name_word(name) for name in names[1:])
    )


def name_after_post(label: str) -> str | None:
    """The person's name, two or three capitalised words, that ends a label after their post
    in words of any case: "CNN national affairs correspondent Jeff Zeleny" -> "Jeff Zeleny",
    "Chairwoman, Senate …, Senator Patty Murray" -> "Patty Murray". The word before the name
    is a title or an English lowercase post ("слова" is no post: "Я нагадаю слова Миколи
    Шевченка:" quotes his words); after a comma the name opens with a given name. A label
    that tells a deed ("President Trump praised Secretary X") or ends with a body gives none."""
    if qp.NOT_IN_PLAIN_LABEL.search(label) or label.isupper() or not label[:1].isupper():
        return None
    words = label.replace(",", " , ").split()
    if any(_tells_deed(word) for word in words):
        return None
    first = len(words)
    while first > 0 and _is_name_word(words[first - 1]):
        first -= 1
    if not 2 <= len(words) - first <= 3 or first == 0:
        return None
    before = words[first - 1]
    if _object_of(words, first):
        return None  # "…, former Director … under President George W. Bush:"
    if before == ",":
        named = words[first] in _GIVEN_NAMES
    else:
        post = before[:1].islower() and before.replace("-", "").isalpha() and before.isascii()
        named = before in _TITLE_WORDS or (post and before not in _CONNECTORS)
    return " ".join(words[first:]) if named else None


def _object_of(words: list[str], first: int) -> bool:
    """True when the name opening at ``words[first]`` follows a preposition and its titles:
    it is the object of the post before it, not the one who speaks."""
    index = first - 1
    while index >= 0 and (words[index] in _TITLE_WORDS or words[index] == "the"):
        index -= 1
    return index >= 0 and words[index] in nm.OBJECT_LEADS


def _is_name_word(word: str) -> bool:
    """True for a word that may be part of a person's name: not a title, nor an acronym, nor
    a word that names a body ("Committee")."""
    if word in _TITLE_WORDS or word in _NOT_NAME or not qp.NAME_WORD.fullmatch(word):
        return False
    return not (len(word) > 2 and word.isupper())


def _tells_deed(word: str) -> bool:
    """True for a lowercase word that makes a label a sentence ("praised", "says", "who")."""
    if not word[:1].islower():
        return False
    deed = word in nm.LABEL_PAST_VERBS or word.endswith("ed")
    return deed or word in nm.LABEL_CLAUSE_WORDS or word in _VERBS


def _names_place(label: str) -> bool:
    """True for a label that opens with a place ("Akron, Ohio", "Los Angeles, California
    County Supervisor X"): the dateline of a report, or a name the comma cuts off."""
    _, comma, rest = label.partition(", ")
    return bool(comma) and any(rest.startswith(state) for state in nm.US_STATES)


def _opens_item_or_paragraph(text: str, line_start: int) -> bool:
    """True when the line at ``line_start`` is a list item or its paragraph's first line."""
    if text[line_start : line_start + 2] in ("- ", "* ", "+ "):
        return True
    return line_start == 0 or text.startswith("\n", line_start - 2)


def _after_quote(text: str, line_start: int) -> bool:
    """True when the paragraph before the line at ``line_start`` ends with a quote (and its
    citation): the line is one of a run of labelled quotes."""
    before = text[max(0, line_start - 60) : line_start].rstrip()
    before = before[: before.rfind("[")].rstrip() if before.endswith("]") else before
    return before.endswith(("”", '"'))


def _is_plain_label(label: str) -> bool:
    """True for a label whose words are capitalised but for connectors and posts, with
    asides in parentheses: it names a person or a body, and says nothing about them."""
    if not 2 <= len(label) <= PLAIN_REACH - 20 or qp.NOT_IN_PLAIN_LABEL.search(label):
        return False
    words = qp.LABEL_ASIDE.sub("", label).replace(",", " ").split()
    if not words or not (words[0][:1].isupper() or words[0][:1] in "@&"):
        return False
    if len(words) > 1 and label.isupper():
        return False  # a transcript's turn ("MS. WINFREY:"), whose quotes may be others' words
    return all(
        word[:1].isupper() or word[:1].isdigit() or word[:1] in "@&#" or word in _LABEL_LOWER
        for word in words
    )


def source_line_before(text: str, start: int) -> str | None:
    """X of a line "From X:" or "According to X:" that stands alone above the paragraph a
    quote opens, or above the list whose item it opens ("**From** [**CNBC**](https://…)**:**
    / *“Mortgage rates dropped …”*")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not qp.ITEM_LEAD.fullmatch(text, line_start, start):
        return None
    paragraph = paragraph_start(text, max(0, start - SOURCE_REACH), start)
    if paragraph < 2 or text[paragraph - 2 : paragraph] != "\n\n":
        return None
    if paragraph != line_start and not _is_list(text, paragraph, line_start):
        return None
    above = paragraph_start(text, max(0, paragraph - 400), paragraph - 2)
    line = qp.MARKDOWN_MARKS.sub("", text[above : paragraph - 2]).strip(" \t\n\u00a0")
    found = qp.SOURCE_LINE.fullmatch(line)
    return " ".join(found["name"].split()) if found else None


def layout_label_before(text: str, start: int) -> str | None:
    """The speaker a Markdown layout names above or before a quote that no plain label
    names: a long bold label, a bold lead sentence ending with a colon, a heading "X on Y"
    over a list, or a linked outlet over a headline (each looked for only where the few
    characters before the quote allow it)."""
    if text[start] not in '“"«':
        return None
    tail = text[max(0, start - 16) : start]
    if tail.rstrip(" \t\n\u00a0*").endswith(":"):
        found = lead_sentence_before(text, start)
        if found:
            return found
    if tail.rstrip(" \t\n\u00a0").endswith("**"):
        found = long_label_before(text, start)
        if found:
            return found
    if "\n" not in tail and start > 16:
        return None
    return heading_over_list(text, start) or outlet_headline_before(text, start)


def long_label_before(text: str, start: int) -> str | None:
    """X of a bold label too long for ``label_before``, a paragraph of its own lines over the
    quote: "**<u>Electra Paskett, Founding Director of …, The Ohio State University …:</u>**"."""
    core = text[max(0, start - 12) : start].rstrip(" \t\n\u00a0")
    if text[start] not in '“"«' or not core.endswith("**"):
        return None
    close = start - (len(text[max(0, start - 12) : start]) - len(core)) - 2
    low = text.rfind("\n**", max(0, start - 700), close) + 1
    above = text.rfind("\n", 0, max(0, low - 1)) + 1
    if low <= 0 or text[above : low - 1].strip() or text.find("**", low + 2, close) >= 0:
        return None  # the label opens no paragraph, or is not one bold run
    label = " ".join(qp.HTML_TAG.sub("", text[low + 2 : close]).split())
    found = qp.LONG_LABEL.fullmatch(label.rstrip(":"))
    if found is None or len(found["name"].split()) < 2:
        return None  # "**Co-chair, Senate … Task Forces, Congressman X:**": a post first
    return found["name"]


def outlet_headline_before(text: str, start: int) -> str | None:
    """The outlet of a quoted news excerpt under its linked name and bold headline, the
    paragraph's lines before the quote ("[**KNXV (Phoenix, AZ)**](https://…)**: Headline**")."""
    if text[start - 1 : start] != "\n" and text[max(0, start - 4) : start].strip(" \t\u00a0"):
        return None
    low = paragraph_start(text, max(0, start - 700), start)
    if text.startswith("[**", low):
        found = qp.OUTLET_HEADLINE.fullmatch(text, low, start)
    elif low == 0 or text.startswith("\n\n", low - 2):  # plain: "KFSN (Fresno, CA): Headline"
        found = qp.OUTLET_HEADLINE_PLAIN.fullmatch(text, low, start)
    else:
        return None
    return " ".join(found["name"].split()) if found else None


def heading_over_list(text: str, start: int) -> str | None:
    """X of a heading "X on Y" alone above the list whose item a quote at ``start`` opens, or
    whose topic label it follows ("#### **Senator X on Meet the Press**" / "-   “…”")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[start] not in '“"«' or not qp.ITEM_LEAD.fullmatch(text, line_start, start):
        return None  # not a list item's quote (an orphan span runs from the item's start)
    return _list_heading(text, line_start)


def _list_heading(text: str, line_start: int) -> str | None:
    """X of the heading "X on Y", or the subject of a bold lead "**X made the rounds …:**", in
    the paragraph right above the list whose item opens at ``line_start`` (items may be
    wrapped or spaced by blank lines)."""
    if text[line_start:].lstrip(" \t")[:1] not in ("-", "*", "+"):
        return None
    low = max(0, line_start - HEADING_REACH)
    end = line_start - 1
    while end > low:
        above = text.rfind("\n", low, end) + 1
        line = text[above:end]
        if line.strip() and not line.startswith((" ", "\t", "-", "+", "* ")):
            if not qp.BLANK_LINE.match(text, end):
                return _plain_heading(text, above, end)
            return _lead_speaker(text[paragraph_start(text, max(0, end - 300), end) : end])
        end = above - 1
    return None


def _plain_heading(text: str, above: int, end: int) -> str | None:
    """X of a heading "X on Y" that a Markdown import left as the plain first line of the
    paragraph its list runs on in ("Director Kevin Hassett on State of the Union" / "- On
    China: “…”"); otherwise a lead runs into the list, and is no heading of its own."""
    line = text[above:end]
    if "*" in line or "#" in line or not (above == 0 or text.startswith("\n\n", above - 2)):
        return None
    heading = qp.LIST_HEADING.fullmatch(line.strip(" \t\u00a0"))
    return heading["name"] if heading else None


def _lead_speaker(lead: str) -> str | None:
    """X of a heading "X on Y" or of a bold lead sentence "**X then made the rounds …:**"."""
    plain = " ".join(qp.MARKDOWN_MARKS.sub("", lead).split())
    if "\n" not in lead.strip():
        heading = qp.LIST_HEADING.fullmatch(plain)
        if heading:
            return heading["name"]
    if not (lead.lstrip().startswith("**") and plain.endswith(":")):
        return None
    subject = qp.LEAD_SUBJECT.match(plain)
    if subject is None or subject["name"].split()[0].lower() in _NOT_SUBJECT_FIRST:
        return None  # "**Under President Trump, America is safer …:**", "**Of course, …:**"
    return subject["name"]


def lead_sentence_before(text: str, start: int) -> str | None:
    """The one who speaks in a bold lead sentence ending with a colon right before a quote, in
    its list item or paragraph or the paragraph above it: "**In Iowa, farmer Dennis Friest**
    [**says**](https://…) **it “feels like …” now …:** “…”"."""
    window = text[max(0, start - 400) : start]
    if (
        text[start] not in '“"«'
        or not window.rstrip(" \t\n\u00a0*").endswith(":")
        or "**" not in window
    ):
        return None
    low = paragraph_start(text, max(0, start - 400), start)
    if qp.ITEM_LEAD.fullmatch(text, low, start) and low >= 2:  # the lead is the paragraph above
        low = paragraph_start(text, max(0, low - 400), low - 2)
    item = max(text.rfind("\n- ", low, start), text.rfind("\n* ", low, start))
    low = item + 1 if item >= 0 else low
    lead = " ".join(qp.MARKDOWN_MARKS.sub("", text[low:start]).split()).lstrip("-*+ ")
    if not lead.endswith(":") or lead.split()[0].lower() in _TOPIC_FIRST:
        return None  # "**On the fraud scandals plaguing … states:**": a topic
    verb = qp.VERB_IN_LEAD.search(lead)
    if verb is None or lead.find("“", 0, verb.start()) >= 0:
        return None
    speaker = speaker_before_verb(lead, 0, verb.start())
    return None if (speaker or "").lower() in _PRONOUNS else speaker  # "I spoke with X and"


def _is_list(text: str, paragraph: int, line_start: int) -> bool:
    """True when the lines from ``paragraph`` to ``line_start`` are items of one list."""
    return all(
        line.lstrip(" \t")[:1] in ("-", "*", "+") or line.startswith((" ", "\t"))
        for line in text[paragraph:line_start].splitlines()
    )


def _open_label(text: str, start: int) -> str | None:
    """X of a bold label still open at the quote's mark: '**Governor X: “**…”'."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    bold = text.rfind("**", line_start, start)
    label = qp.OPEN_LABEL_BEFORE.match(text, bold, start) if bold >= 0 else None
    if label is None or _is_topic(label["name"]):
        return None
    return label["name"]


def _link_label(window: str) -> re.Match[str] | None:
    """A Markdown link at the end of ``window``, maybe in bold: '[X](https://...):**'."""
    linked = window.rstrip(" \t\n\u00a0:*")
    link_at = linked.rfind("](") if linked.endswith(")") else -1
    if link_at < 0:
        return None
    return qp.LINK_LABEL_BEFORE.match(window, max(0, linked.rfind("[", 0, link_at)))


def _label_with_link(text: str, start: int) -> str | None:
    """X of '**X (**[**1/16/24**](https://...)**):**', or the outlet of 'Headline
    (**[**Outlet**](https://...)**):**'."""
    opener = text.rfind(qp.LABEL_LINK_OPENER, max(0, start - LABEL_REACH), start)
    found = qp.LABEL_WITH_LINK_BEFORE.match(text, opener, start) if opener >= 0 else None
    if found is None:
        return None
    if not _DATE_LIKE.fullmatch(found["link"]):
        return found["link"]
    bold = text.rfind("**", max(0, opener - 100), opener)
    return text[bold + 2 : opener] if bold >= 0 else None


def _heading_speaker(text: str, start: int) -> str | None:
    """X of the heading "**X on Y**" over a quote labelled by its topic: the last line before
    the quote that is all bold."""
    low = max(0, start - HEADING_REACH)
    line_end = text.rfind("\n", low, start)
    while line_end > low:
        line_start = text.rfind("\n", low, line_end) + 1
        if text[line_start:line_end].rstrip(" \t\u00a0").endswith("**"):
            heading = qp.HEADING_ON.match(text, line_start, line_end)
            return heading["name"] if heading else None
        line_end = line_start - 1
    return None


def _topic_item_heading(text: str, start: int) -> str | None:
    """``_list_heading`` for a quote in a list item labelled by its topic ("-   [On tariffs](…):
    “…”")."""
    item = text.rfind("\n", 0, start) + 1
    while item > 0 and text[item:].lstrip(" \t")[:1] not in ("-", "*", "+"):
        item = text.rfind("\n", 0, item - 1) + 1
        if start - item > 400:
            return None
    return _list_heading(text, item)


def _labelled(text: str, start: int, label: str) -> str | None:
    """The speaker a label before a quote at ``start`` names: the label, or the subject of a
    label that tells what was said ("President Trump highlighted America’s position:"), or for
    a topic or a headline the one the heading over it names."""
    if _is_topic(label):
        on_topic = label.strip("* ").split()[0] in _TOPIC_OPENERS  # "[On tariffs](…):"
        return (on_topic and _topic_item_heading(text, start)) or _heading_speaker(text, start)
    if "," in label:
        return label  # "Jackie Siegel, who lost her daughter …": the name, then about them
    words = label.split()
    for index, word in enumerate(words[1:], 1):
        if word[:1].islower():
            past = word.endswith("ed") or word in nm.LABEL_PAST_VERBS
            named = index > 1 or words[0].lower() not in _PEOPLE  # not "Workers abandoned"
            if past and named and any(later[:1].islower() for later in words[index + 1 :]):
                return " ".join(words[:index])
            break
    return _heading_speaker(text, start) if _is_headline(label) else label


def _is_headline(label: str) -> bool:
    """True for a label that is a headline, not a name: it ends with a lowercase word that
    names no one ("**Recruitment crisis looms:**", "**Workers abandoned without paychecks:**")."""
    words = label.strip("* :").split()
    last = words[-1] if len(words) > 1 else ""
    return last.isalpha() and last.islower() and last not in _PEOPLE


def _is_topic(label: str) -> bool:
    """True for a label that gives a topic, not a speaker ("On securing our homeland:",
    "**FACT:**", "**THEN:**")."""
    words = label.strip("* :").split()
    if not words:
        return True
    first = words[0]
    if all(word.lower() in nm.RHETORICAL_LABELS for word in words):
        return True
    return first.lower() in nm.TOPIC_WORDS or (first[:1].islower() and first not in _LOWER_TITLES)
