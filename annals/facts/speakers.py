"""A speaker's name from the words that attribute a quote.

An attribution names its speaker with titles around the name: "Secretary of Energy Jennifer
M. Granholm", "керівник Офісу Президента України Андрій Єрмак", "Job Creators Network CEO
Alfredo Ortiz". ``speaker_name`` keeps the name; when the words name no one but a post ("the
head of the Office of the President of Ukraine"), the post is the speaker.

A quote that opens a statement may have no attribution but a caption: "«…». Звернення
Президента України Володимира Зеленського до …". ``lead_caption_speaker`` reads the person it
names first (in the nominative).

Who says "I" is the statement's own speaker (``statement_speaker``): its author when known,
else the one its title names ("Remarks by President Biden on …", "Звернення Президента
України Володимира Зеленського"), in the language of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annals.facts import lexicon as lx
from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts import quote_patterns as qp
from annals.facts.spans import sentence_start

#: One-word titles: the name follows the last of them ("Network CEO Alfredo Ortiz"). Words of
#: longer titles are left out: "Foreign" in "Foreign Ministry" is no title.
_TITLE_WORDS = (
    frozenset(title for title in nm.PERSON_TITLES if " " not in title and title[0].isupper())
    | nm.SPEAKER_TITLE_WORDS
)
_LOWER_TITLES = frozenset(title.lower() for title in nm.SPEAKER_TITLES_LOWER)
_GROUP_HEADS = frozenset((*nm.GROUP_SPEAKERS, *nm.PERSON_SPEAKERS))
_GROUP_PLURAL = frozenset(nm.GROUP_SPEAKERS)
_POSTS = frozenset(nm.QUOTED_POSTS)
_KIN = frozenset(nm.KIN_SPEAKERS)
_ADVERBS = frozenset(nm.SPEAKER_ADVERBS)
#: Words after a description of people before their verb ("our seniors that said").
_DESCRIPTION_ENDS = frozenset({"that", "who", "here", "there"})
#: How far before "and said" the subject of the clause may start.
COORDINATED_REACH = 160
_ONE = frozenset({"one", "each", "a", "an", "every"})
_CONNECTORS = frozenset({"of", "for", "on"})
_MARKDOWN = re.compile(r"[*\[\]]")
_NOT_LAST = frozenset(nm.SPEAKER_ADVERBS) | nm.NOT_LAST_IN_SPEAKER
_VERBS = frozenset(nm.SPEAKER_VERBS)
#: Pronouns that are the speaker when a phrase ends with one ("the same thing I said").
_PRONOUNS = nm.SPEAKER_PRONOUNS | nm.FIRST_PERSON
#: How long a caption naming the speaker of a quote that opens the text may be.
CAPTION_REACH = 300
#: Fewer words than this make no quote that a caption attributes: a title, a slogan.
CAPTION_MIN_WORDS = 8
_GENITIVE_TITLES = frozenset(title.lower() for title in nm.SPEAKER_TITLES_GENITIVE)
#: Capitalised words of a caption that are no part of a personal name: titles, the head
#: words of bodies ("Офісу Президента Андрія Сибіги": the name is the last two) and months.
_NOT_IN_NAME = (
    _TITLE_WORDS
    | frozenset(nm.ORG_HEADS)
    | frozenset(lx.MONTHS)
    | frozenset(
        title[:1].upper() + title[1:]
        for title in (*nm.PERSON_TITLES, *nm.SPEAKER_TITLES_LOWER, *nm.SPEAKER_TITLES_GENITIVE)
    )
)
_CAPTION_CONNECTORS = frozenset({"of", "the"})
_CYRILLIC = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё]")
_POSSESSIVE = re.compile(r"[’'](?:s)?$")
_CONTRACTION = re.compile(r"[’'](?:d|ll|s|ve|re|m)$")
#: Words of an author or title that join several speakers ("X, Y", "X and Y", "X та Y").
_SEVERAL = re.compile(r",|&|\s(?:and|та|і|й|и)\s")
_SLAVIC_TITLE = re.compile(r"[А-ЯІЇЄҐЁ]")
_SUFFIX = re.compile(r",\s*(?=Jr\.|Sr\.)")
_TITLE_CONNECTORS = frozenset({"of", "for", "the"})
#: Most words a speaker's name in a title has once the titles are left out.
TITLE_NAME_WORDS = 4


def speaker_name(raw: str | None) -> str | None:
    """The speaker named by an attribution phrase, or None when it names no one."""
    words = _without_possessive_determiner(_phrase_words(raw or ""))
    if words and words[-1] in _GROUP_HEADS:
        group = " ".join(words[1:] if words[0].lower() == "the" else words)
        if is_group(group):
            return group  # "one of the companies", "our seniors": a description
    if not words or words[0].lower() in nm.NOT_SPEAKERS:
        return None
    if not any(char.isalpha() for char in words[0]):
        return None
    if words[0].lower() in _LOWER_TITLES:  # "Президент Сполучених Штатів Америки X"
        return _name_after_lower_title(words)
    name = qp.EPITHET_PREFIX.sub("", " ".join(words))  # "the late Rabbi Jonathan Sacks"
    described = words[0].lower() == "the"  # "the CEO of Ford Motors" seldom has a name
    without_title = qp.TITLE_PREFIX.sub("", name)
    if without_title and without_title[0].isupper():
        name = without_title
    if name.lower().startswith("the "):
        name = name[4:]
    if described and words[-1] in nm.NOT_SPEAKER_HEADS:  # lowercase: "The New York Times"
        return None  # "at the time who said": the time said nothing
    return _name_in_title(name.split(), 2 if described else 1) if name else None


def _without_possessive_determiner(words: list[str]) -> list[str]:
    """People described without whose they are: "my dad" -> "dad", "our seniors" -> "seniors"."""
    if len(words) < 2 or words[0].lower() not in nm.SPEAKER_POSSESSIVES:
        return words
    rest = words[1:]
    while len(rest) > 1 and rest[0] in nm.SPEAKER_EPITHETS:
        rest = rest[1:]  # "my late mother"
    described = rest[-1] in _GROUP_HEADS or rest[-1] in _KIN
    return rest if described and all(word.islower() for word in rest) else words


def is_group(name: str, *, plural: bool = False) -> bool:
    """True for people described, not named ("one of the companies", "our seniors");
    ``plural`` asks for many people ("seniors", not "one commuter")."""
    words = name.split()
    if not words or words[-1] not in _GROUP_HEADS or not all(w.islower() for w in words[1:]):
        return False
    return not plural or (words[-1] in _GROUP_PLURAL and words[0].lower() not in _ONE)


def group_before_verb(text: str, low: int, verb: int) -> str | None:
    """People described right before a speech verb at ``verb`` ("one of the companies said",
    "our seniors that said"), when their words are reported, not what they might say."""
    before = text[max(low, verb - 40) : verb].split()
    while before and before[-1] in _ADVERBS:
        before.pop()  # "a student once told me"
    if not before or (before[-1] not in _GROUP_HEADS and before[-1] not in _DESCRIPTION_ENDS):
        return None
    found = qp.GROUP_BEFORE_VERB.search(text, max(low, verb - 80), verb)
    if found is None or not reports(_verb_at(text, verb), text[found.end("name") : verb]):
        return None
    return found["name"]


def post_before_verb(text: str, low: int, verb: int) -> str | None:
    """One person given by a post in lowercase right before a speech verb at ``verb``
    ("Iran’s foreign minister warned, quote,", "as one leading oil market analyst put it")."""
    before = text[max(low, verb - 30) : verb].split()
    while before and before[-1] in _ADVERBS:
        before.pop()
    if not before or before[-1] not in _POSTS:
        return None
    found = qp.POST_BEFORE_VERB.search(text, max(low, verb - 120), verb)
    if found is None:
        return None
    first, rest = found["name"].split(maxsplit=1)
    return rest if first.lower() == "one" else found["name"]  # "one" names no one alone


def reports(verb: str, between: str) -> bool:
    """True when described people's words are reported ("one of the companies said"), not
    what they might say ("people say", "folks would say", "X, who …, said")."""
    return verb in nm.GROUP_VERBS and nm.REPORT_ADVERBS.issuperset(between.split())


def speaker_before_verb(text: str, low: int, verb: int) -> str | None:
    """The speaker whose words end right before a speech verb at ``verb``; None when they
    deny saying it ("the President didn't say “…”")."""
    if text[max(low, verb - 8) : verb].rstrip().endswith(nm.NEGATIONS):
        return None
    found = qp.SPEAKER_BEFORE_VERB.search(text, low, verb)
    if found is None:
        return group_before_verb(text, low, verb) or coordinated_subject(text, low, verb)
    if _asked(text, low, found.start()):
        return None
    if found["would"]:
        return _habitual(text, low, found)
    if found["clause"] and is_bare_title(found["name"]):  # "our Ambassador, Linda X, said"
        named = qp.APPOSITIVE_NAME.fullmatch(found["clause"])
        if named and len(named["name"].split()) > 1:
            return named["name"]
    return found.group("name")


def _habitual(text: str, low: int, found: re.Match[str]) -> str | None:
    """The pronoun of "he’d say" (what someone used to say), or None when the clause before
    it makes it what they would say ("If my father were here, he’d say")."""
    clause = text[low : found.start()].lower().split()
    if nm.CONDITIONALS.intersection(word.strip(",—–") for word in clause):
        return None
    return found["would"][:-2]


def _asked(text: str, low: int, pos: int) -> bool:
    """True when the word before a speaker makes a question of the report ("Does he say")."""
    before = text[max(low, pos - 12) : pos].split()
    return bool(before) and before[-1].lower() in nm.QUESTION_AUXILIARIES


def coordinated_subject(text: str, low: int, verb: int) -> str | None:
    """The subject of a speech verb at ``verb`` joined by "and" to a deed before it: "the
    President of Zambia greeted me and said", "a defeated-looking man came up to me and said",
    "she looked at me and said" (a pronoun, for the caller to resolve). The subject must open
    its clause and the deed be lowercase words, so "called the Republican senators and said"
    names no one; only a past report counts ("would look at me and say" is a habit)."""
    if not text[max(low, verb - 9) : verb].endswith(("and", "and then")):
        return None
    found = qp.COORDINATED_BEFORE_VERB.search(text, max(low, verb - COORDINATED_REACH), verb)
    if _verb_at(text, verb) not in nm.GROUP_VERBS or found is None:
        return None
    if nm.NOT_IN_DEED.intersection(found["deed"].split()):
        return None
    clause = max(sentence_start(text, found.start()), *_clause_marks(text, low, found.start()))
    if not qp.SUBJECT_LEAD.match(text, clause, found.start()):
        return None
    name = found["name"]
    if name.lower() in nm.SPEAKER_PRONOUNS and _LEAD_BEFORE.search(text, low, found.start()):
        return None  # "And she looked at me and said": too often someone else than "she" finds
    if name in nm.SPEAKING_SELF or name.lower() in nm.SPEAKER_PRONOUNS:
        return name
    speaker = speaker_name(name)
    if speaker and name.split()[0].lower() in nm.INDEFINITE_SUBJECTS and not is_group(speaker):
        return None  # "Not one of you has ever called and said", but "A woman stood up and said"
    return speaker


#: A word opening a sentence right before its subject ("And", "But then").
_LEAD_BEFORE = re.compile(r"(?<![\w’'-])(?:And|But|So|Then|Yet|Or|Now|Well|Later|Once)[ \t\n]+$")


def _verb_at(text: str, verb: int) -> str:
    """The speech verb that starts at ``verb`` ("said" of " said, “")."""
    return text[verb : verb + 20].split(maxsplit=1)[0].rstrip(",:;")


def _clause_marks(text: str, low: int, pos: int) -> list[int]:
    """Where clauses open after a comma, dash, colon, semicolon or a quote (whose "?”" the
    sentence splitter does not end a sentence at) between ``low`` and ``pos``."""
    return [text.rfind(mark, low, pos) + 1 for mark in ",;:—–”»"]


def lead_caption_speaker(text: str, start: int, end: int) -> str | None:
    """The person named by the caption of a long quote that opens the text: the sentence
    after it ('«…». Звернення Президента України Володимира Зеленського до …') or the one
    sentence before it in the first paragraph ('Andriy Yermak met with … “…”')."""
    if start > CAPTION_REACH or len(text[start:end].split()) < CAPTION_MIN_WORDS:
        return None
    lead = text[:start]
    if not lead.strip(" \t\n\u00a0*#>"):
        return caption_speaker(_sentence_after(text, end))
    if qp.BLANK_LINE.search(lead) or qp.SENTENCE_BREAK.search(lead):
        return None
    return caption_speaker(lead) if _is_paragraph_of_sentences(text, start, end) else None


def _sentence_after(text: str, end: int) -> str:
    """The sentence after a quote, in its paragraph or the next one ('».\n\nЗвернення …')."""
    gap = qp.CAPTION_AFTER.match(text, end)
    begin = gap.end() if gap else end
    stop = pt.SENTENCE_END.search(text, begin, begin + CAPTION_REACH)
    return text[begin : stop.start() if stop else begin + CAPTION_REACH]


def _is_paragraph_of_sentences(text: str, start: int, end: int) -> bool:
    """True when the quote at ``start:end`` holds more than one sentence and ends its
    paragraph: a title ('entitled, “The Attention Economy: …”') or a phrase in a sentence
    does not."""
    first = next((char for char in text[start + 1 : start + 8] if char.isalpha()), "")
    return (
        first.isupper()
        and qp.SENTENCE_BREAK.search(text, start, end - 2) is not None
        and qp.PARAGRAPH_END.match(text, end) is not None
    )


def caption_speaker(caption: str) -> str | None:
    """The person a caption names first, as the subject it opens with ("Volodymyr Zelensky
    addressed …", "— Michael Kratsios, Director of …") or after a title ("Address of the
    President of Ukraine Volodymyr Zelenskyi", "Брифінг заступника керівника Офісу
    Президента Андрія Сибіги" -> "Андрій Сибіга"); None when it names no one."""
    subject = qp.CAPTION_SUBJECT.match(caption)
    name = subject and (subject["name"] or subject["signed"])
    if name and not _NOT_IN_NAME.intersection(name.split()):
        return " ".join(name.split())
    for found in qp.CAPTION_TITLED.finditer(caption):
        name = _name_in_caption_run(found["run"].split())
        if name and found["title"].lower() in _GENITIVE_TITLES:
            return nominative(name)
        if name:
            return name
    return None


def _name_in_caption_run(words: list[str]) -> str | None:
    """The name at the end of the words after a caption's title: "of Ukraine Volodymyr
    Zelenskyi" -> "Volodymyr Zelenskyi" (the first word after "of" is the body's); a
    surname alone only right after an English title ("President Biden")."""
    tail: list[str] = []
    for word in reversed(words):
        if word in _NOT_IN_NAME or word in _CAPTION_CONNECTORS:
            break
        tail.insert(0, word)
    if len(tail) < len(words) and words[-len(tail) - 1] in _CAPTION_CONNECTORS:
        tail = tail[1:]
    if not tail or not _ends_full_name(tail[-1]):
        return None
    if len(tail) == 1 and (len(words) > 1 or _CYRILLIC.match(tail[0])):
        return None  # "Президента України": a place in the genitive after a title, no name
    return " ".join(last_name_words(tail))


def _ends_full_name(word: str) -> bool:
    """False for an initial ("Donald J") and a possessive ("Donald J. Trump’s tariffs"),
    which end no name of a speaker."""
    return len(word) > 1 and not word.isupper() and not _POSSESSIVE.search(word)


def is_bare_title(raw: str) -> bool:
    """True when an attribution phrase names a post and no one in it ("our U.N. Ambassador",
    "The Democratic senator"), so a name next to it is the speaker's."""
    return _is_title(_phrase_words(raw))


def _phrase_words(raw: str) -> list[str]:
    """The words of an attribution phrase without Markdown, what follows a comma, leading
    conjunctions ("And I") or a transcript's "Q", trailing verbs ("the President has") or a
    possessive."""
    phrase = " ".join(_MARKDOWN.sub("", raw).split()).strip(" ,:")
    words = _named_part(phrase.split(","))
    while words and (words[0].lower() in nm.LEADING_CONJUNCTIONS or words[0] in nm.TURN_MARKS):
        words = words[1:]  # "And I said", "Q    You said" (a reporter's turn in a transcript)
    if len(words) == 1:
        words = [_CONTRACTION.sub("", words[0])]  # "I’d say", "And she’d say"
    while len(words) > 1 and (words[-1].lower() in _NOT_LAST or words[-1].rstrip(".") in _VERBS):
        words = words[:-1]  # "the President has said", "a woman on the phone who said"
    if words[-2:] == ["used", "to"]:
        words = words[:-2]  # "the nuns used to say"
    if words and words[-1].lower() in nm.NOT_REPORTING_LAST:
        return []  # "the companies will say", "for the President to say": no report
    if len(words) > 1 and words[-1].lower() in _PRONOUNS:
        words = words[-1:]  # "at the meeting where he said", "the same thing I said"
    if words and words[-1] in nm.LEADING_CONJUNCTIONS:
        return []  # "in the heart and, looking into the eyes, said": no name
    words = _account_owner(words)
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "Senator Coons’s comments"
    return [word for word in words if word]


def _named_part(parts: list[str]) -> list[str]:
    """The words of the part of a phrase split at commas that names the speaker: the first
    ("Sergio Gonzales, Executive Director of ...", "Carlos Gimenez (R-FL)"), or the last when
    the first is a post alone ("Chair, Senate Armed Services Committee, Rhode Island Senator
    Jack Reed")."""
    first = parts[0].split("(")[0].split()
    if len(parts) < 2 or not first or not _TITLE_WORDS.issuperset(first):
        return first
    last = parts[-1].split("(")[0].split()
    return last if len(last) > 1 and _is_capitalised(last) else first


def _account_owner(words: list[str]) -> list[str]:
    """The owner's words of "The President’s Twitter account" ("The President’s"): what an
    account posts, its owner says."""
    if len(words) < 2 or words[-1].lower() not in nm.ACCOUNT_WORDS:
        return words
    for index in range(len(words) - 2, -1, -1):
        if _POSSESSIVE.search(words[index]):
            return words[: index + 1]
    return words


def _name_in_title(words: list[str], least: int) -> str:
    """The person's name at the end of a title phrase, or the whole phrase if none is there;
    after "of" a name has at least ``least`` words ("Secretary of Energy Granholm", but "the
    CEO of Ford Motors")."""
    connectors = [i for i, word in enumerate(words) if word in _CONNECTORS]
    if connectors and _is_title(words[: connectors[0]]):
        complement = [word for word in words[connectors[-1] + 1 :] if word != "the"]
        if "and" in complement:
            complement = complement[len(complement) - complement[::-1].index("and") :]
        # The first word after "of" belongs to the body ("of Energy", "of Ukraine").
        named = complement[1:]
        titles = [i for i, word in enumerate(named) if word in _TITLE_WORDS]
        if titles:  # "of State and Acting National Security Advisor Marco Rubio"
            named = named[titles[-1] + 1 :]
        if len(named) < least or named[-1] in nm.COMPLEMENT_WORDS or not _is_capitalised(named):
            return " ".join(words)
        return " ".join(last_name_words(named))
    titles = [i for i, word in enumerate(words) if word in _TITLE_WORDS]
    if titles and titles[-1] + 1 < len(words) and _is_capitalised(words[titles[-1] + 1 :]):
        return " ".join(words[titles[-1] + 1 :])  # "Network CEO Alfredo Ortiz"
    return " ".join(words)


def _name_after_lower_title(words: list[str]) -> str:
    """ "керівник Офісу Президента України Андрій Єрмак" -> "Андрій Єрмак"; no name, all."""
    tail: list[str] = []
    for word in reversed(words[1:]):
        if not word[:1].isupper() or word.endswith(nm.GENITIVE_ENDINGS):
            break
        tail.insert(0, word)
    if not tail:
        return " ".join(words)
    return " ".join(last_name_words(tail))


def _is_title(words: list[str]) -> bool:
    """True when a phrase is a post ("Secretary", "head", "Senior Vice President")."""
    return bool(words) and (words[-1] in _TITLE_WORDS or words[-1].islower())


def _is_capitalised(words: list[str]) -> bool:
    """True when every word starts with a capital (a name, not "of the")."""
    return all(word[:1].isupper() for word in words)


def without_possessive(name: str) -> str:
    """A name without the possessive it was mentioned with ("Dr. King’s voice ... he said")."""
    return _POSSESSIVE.sub("", name) if name[-1:] in "’'s" else name


def bare_name(name: str) -> str:
    """A name in lowercase without a leading "the" ("the President" -> "president")."""
    name = name.lower()
    return name[4:] if name.startswith("the ") else name


def last_name_words(words: list[str]) -> list[str]:
    """The last two full words of a name, with any initials or particles between them."""
    picked: list[str] = []
    full = 0
    for word in reversed(words):
        if full == 2 and not _is_name_filler(picked[0]):
            break
        picked.insert(0, word)
        full += not _is_name_filler(word)
    return picked


def _is_name_filler(word: str) -> bool:
    """An initial ("M."), a particle ("de") or a patronymic, which do not count as names."""
    return (
        (len(word) <= 2 and word.endswith("."))
        or word in nm.NAME_PARTICLES
        or word.endswith(nm.PATRONYMIC_ENDINGS)
    )


def nominative(name: str) -> str:
    """A Ukrainian name in the genitive ("Леха Качинського") in the nominative ("Лех
    Качинський"); other names are returned as they are. Only the commonest endings."""
    return " ".join(_nominative_word(word) for word in name.split())


def _nominative_word(word: str) -> str:
    """One word of a Ukrainian name from the genitive to the nominative."""
    if not re.fullmatch(r"[А-ЯІЇЄҐ][а-яіїєґ’'-]+", word):
        return word
    for genitive, nominative_ending in nm.GENITIVE_TO_NOMINATIVE:
        if word.endswith(genitive):
            return word[: len(word) - len(genitive)] + nominative_ending
    return word


@dataclass(frozen=True)
class Narrator:
    """Who a statement's "I" is: its speaker, the post by which transcript turns name them
    ("THE PRESIDENT:" in remarks by President Biden), and whether the statement is theirs
    from start to end (remarks, an address) rather than a dialogue (a press briefing)."""

    name: str
    post: str
    throughout: bool


def statement_speaker(
    title: str | None, author: str | None, language: str | None
) -> Narrator | None:
    """The speaker of a statement, from its one author or else its title, named in the
    script of its text (``language``); None when it has several speakers or names none."""
    slavic = language in ("uk", "ru", "be", "bg")
    titled = _title_speaker(title or "")
    name = (author or "").strip() or None
    if name is not None and (_SEVERAL.search(name) or bool(_CYRILLIC.search(name)) != slavic):
        name = None if _SEVERAL.search(name) else _usable(titled, slavic)
    elif name is None:
        name = _usable(titled, slavic)
    if name is None:
        return None
    post = titled[1] if titled and titled[0] == name else ""
    kind = qp.TITLE_SPEAKER.match(title or "")
    written = kind is not None and kind["kind"] in nm.WRITTEN_KINDS
    dialogue = qp.DIALOGUE_TITLE.search(title or "") is not None
    return Narrator(name, post, throughout=written or not dialogue)


def _usable(titled: tuple[str, str] | None, slavic: bool) -> str | None:
    """The name a title gives, when it is written in the text's script."""
    if titled is None or bool(_CYRILLIC.search(titled[0])) != slavic:
        return None
    return titled[0]


def _title_speaker(title: str) -> tuple[str, str] | None:
    """(name, post) of the one speaker a title names: "Remarks by Vice President Harris at
    …" -> ("Harris", "Vice President"); None for several ("… Biden and Prime Minister …")."""
    found = qp.TITLE_SPEAKER.match(" ".join(title.split()))
    if found is None:
        return None
    who = found["who"]
    if found["link"] is None:
        if not _SLAVIC_TITLE.match(who):
            return None  # "Remarks Honoring …": an English title names its speaker after "by"
        name = caption_speaker(who)
        return (name, "") if name else None
    phrase = _title_phrase(who)
    name = speaker_name(phrase) if phrase else None
    if not phrase or not name or len(name.split()) > TITLE_NAME_WORDS:
        return None
    post = phrase[: len(phrase) - len(name)].strip()
    if not post or post.split()[-1] not in _TITLE_WORDS and not post.endswith(nm.PERSON_TITLES):
        return None  # "Statement of Administration Policy": a post must come before a name
    return name, post


def _title_phrase(who: str) -> str | None:
    """The post and name at the start of a title's speaker words: "President Biden Before
    Marine One Departure" -> "President Biden"; None when they name several or own something
    ("President Biden’s Call with …")."""
    who = _SUFFIX.sub(" ", who)  # "Joseph R. Biden, Jr. at …"
    end = qp.TITLE_SPEAKER_END.search(who)
    kept: list[str] = []
    for word in (who[: end.start()] if end else who).split():
        if word in ("and", "&") or (_POSSESSIVE.search(word) and word[-1] != "."):
            return None
        if word in nm.TITLE_NAME_ENDS or (word[:1].islower() and word not in _TITLE_CONNECTORS):
            break
        if kept and len(word) > 5 and word.endswith("ing"):
            break  # "Harris Announcing …", "the Second Gentleman Marking …"
        kept.append(word)
    rest = who[end.end() :].strip() if end and end.group() == "," else ""
    if rest.startswith(("and ", *(f"{title} " for title in (*_TITLE_WORDS, *nm.PERSON_TITLES)))):
        return None  # "President Biden, Prime Minister X, and …"
    return " ".join(kept) or None
