"""Patterns that find who said a quote: speech verbs and names around it, Markdown labels,
"the words of X", and the people "he" or "she" may stand for.

Data like ``patterns.py`` (which keeps the quotation marks themselves): the word lists are in
``names.py``. Speaker names may be wrapped over a line break, as statement bodies are.
"""

from __future__ import annotations

import re

from annals.facts import names as nm
from annals.facts.patterns import (
    CAP_WORD,
    LOWER,
    NAME,
    UPPER,
    alternation,
    capitalised_variants,
    trie,
)

_VERB = trie(nm.SPEAKER_VERBS)
#: After a quote "put it" is seldom speech ("“…” — I'll put it in that category"), and
#: "ask" is anyone's question ("“…?” people ask").
_VERB_AFTER = trie(
    verb for verb in nm.SPEAKER_VERBS if verb != "put it" and verb not in nm.SELF_ONLY_VERBS
)
_ADVERB = alternation(nm.SPEAKER_ADVERBS)
#: Between the words of a speaker's name or title: spaces, or one line break (bodies are
#: hard-wrapped: "said Director\nCarter"), never a blank line; bold marks may close and
#: open again ("**said U.S. Department of Energy** **Under Secretary X**").
_SP = r"\**(?:[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*)\**"
#: One word of a speaker's name or title: capitalised (accents too: "Darío"), an initial, or
#: an abbreviation ("U.S.", "Dr.").
_SPEAKER_WORD = (
    rf"(?:{alternation(nm.NAME_ABBREVIATIONS)}|[{UPPER}À-ÖØ-Þ][\w’'`-]*[^\W\d_]|[{UPPER}]\.?)"
)
#: A name whose words may be split by a line break.
_NAME_WRAPPED = (
    rf"{_SPEAKER_WORD}(?:{_SP}(?:(?:{alternation(nm.NAME_PARTICLES)}){_SP})?{_SPEAKER_WORD}){{0,6}}"
)
#: A name or a title with "of"/"for"/"on" complements: "Secretary of Energy Jennifer M.
#: Granholm", "Secretary of Health and Human Services Xavier Becerra".
_TITLED_NAME = (
    rf"{_NAME_WRAPPED}(?:{_SP}(?:of|for|on){_SP}(?:the{_SP})?{_NAME_WRAPPED}"
    rf"(?:{_SP}and{_SP}{_NAME_WRAPPED})?){{0,3}}"
)
#: A lowercase Ukrainian or Russian title and the words after it ("керівник Офісу Президента
#: України Андрій Єрмак", "міністр закордонних справ України", "Глава держави").
_TITLE_LOWER = (
    rf"(?:{alternation(capitalised_variants(nm.SPEAKER_TITLES_LOWER))})(?![{LOWER}])"
    rf"(?:{_SP}(?:{alternation(nm.TITLE_COMPLEMENTS_LOWER)})(?![{LOWER}]))?"
    rf"(?:(?:{_SP}[{LOWER}’'-]+){{0,3}}{_SP}{_NAME_WRAPPED})?"
)
#: A relative in a family story: "my dad", "our late mother", "her husband".
_KIN = (
    rf"(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er){_SP}(?:late{_SP})?"
    rf"(?:{alternation(nm.KIN_SPEAKERS)})(?![\w’'])"
)
#: People described by a lowercase noun phrase: "one of the companies", "our seniors that",
#: "grandparents"; a word between determiner and noun is no function word ("to our seniors").
_GROUP = (
    rf"(?<![\w’'-])(?:{trie(capitalised_variants(nm.GROUP_DETERMINERS))}{_SP}"
    rf"(?:(?!(?:to|of|in|on|at|for|with|from|and|or|that|who|the|a|an|is|was|are|were|be|"
    rf"been|has|have|had|not|when|as|if|so|but|then|what|where|all){_SP})[a-z][a-z’'-]+{_SP})?)?"
    rf"{trie([*nm.GROUP_SPEAKERS, *nm.PERSON_SPEAKERS])}"
    rf"(?:{_SP}(?:here|there|that|who))?(?![\w’'-])"
)
#: A lowercase word of a description that is no function word ("the director of the airport
#: authority", not "of the airport in a statement").
_DESCRIPTION_WORD = (
    r"(?!(?:to|of|in|on|at|for|with|from|and|or|that|who|which|the|a|an|is|was|are|were|has|"
    r"have|had|said|says|told|after|before|during|when|as|by)(?![\w’'-]))[a-z][a-z’'-]*"
)
#: A post held somewhere, in lowercase: "the director of the airport", "the head of the union".
_POST_OF = (
    rf"[Tt]he{_SP}(?:[a-z’'-]+{_SP})?(?:{alternation(nm.QUOTED_POSTS)}){_SP}(?:of|for|at){_SP}"
    rf"(?:the{_SP})?{_DESCRIPTION_WORD}(?:{_SP}{_DESCRIPTION_WORD})?(?![\w’'-])"
)
_SPEAKER = (
    rf"(?P<name>{_POST_OF}"
    rf"|[Tt]he{_SP}(?:[a-z’'-]+{_SP}){{1,2}}(?:of|for){_SP}(?:the{_SP})?{_TITLED_NAME}"
    rf"|[Tt]he\s+(?:[a-z’'-]+\s+){{0,2}}(?:{CAP_WORD}\s+){{0,4}}[\w’'-]+"
    rf"|[Tt]he{_SP}{_TITLED_NAME}|{_TITLE_LOWER}|{_KIN}|{_TITLED_NAME}"
    rf"|(?:{alternation(nm.SPEAKER_PRONOUNS)}))"
)
#: Attribution after a quote: ', said X', ', X said', ', – заявив X' (one line break at most).
SAID_AFTER = re.compile(
    rf"[ \t,]*(?:\n[ \t]*)?(?:[–—-]+[ \t]*)?\**"
    rf"(?:(?P<verb1>{_VERB_AFTER}){_SP}{_SPEAKER.replace('name>', 'name1>', 1)}"
    rf"|{_SPEAKER}(?:,[^,\n“”\"]{{1,80}},)?{_SP}(?:(?:{_ADVERB}){_SP})?"
    rf"\[?(?P<verb2>{_VERB_AFTER}))(?![\w])"
)
#: Described people after a quote: '," one of the organizers said' (tried when no
#: ``SAID_AFTER`` matches, which is most quotes, so only at the quote's end).
GROUP_AFTER = re.compile(
    rf"[ \t,]*(?:\n[ \t]*)?(?:[–—-]+[ \t]*)?(?:(?P<verb1>{_VERB_AFTER}){_SP}(?P<name1>{_GROUP})"
    rf"|(?P<name>{_GROUP}){_SP}(?P<verb2>{_VERB_AFTER}))(?![\w])"
)
#: Described people right before a speech verb ("one of the companies said"), tried when
#: ``SPEAKER_BEFORE_VERB`` finds no one and the word before the verb is such a noun.
GROUP_BEFORE_VERB = re.compile(rf"(?P<name>{_GROUP})(?:{_SP}(?:{_ADVERB}))*$")
#: A word that opens a sentence before its subject, never a name itself ("And a woman stood
#: up and said": the subject is "a woman").
_LEAD_WORD = r"(?:And|But|So|Then|Yet|Or|Now|Well|Later|Once)(?![\w’'-])"
#: A subject, a deed in lowercase words and "and" right before a speech verb: "the President
#: of Zambia greeted me and", "one of the other leaders looked at me and", "Jill turned to me
#: and", "I called him and" (``name`` and ``deed``; the caller checks the subject opens its
#: clause).
COORDINATED_BEFORE_VERB = re.compile(
    rf"(?<![\w’'-])(?!{_LEAD_WORD})"
    rf"(?P<name>I|(?:{alternation(nm.SPEAKER_PRONOUNS)})|{_KIN}|{_GROUP}"
    rf"|[Tt]he{_SP}(?:[a-z’'-]+{_SP})?{trie([*nm.GROUP_SPEAKERS, *nm.PERSON_SPEAKERS])}"
    rf"|(?:[Tt]he{_SP})?{_TITLED_NAME})"
    rf"(?P<deed>(?:{_SP}[a-z][a-z’'-]*){{1,8}}),?{_SP}and(?:{_SP}then)?[ \t\n]*$"
)
#: People described anywhere in a sentence ("I asked one of the companies why", "looking at
#: my staff"), for "they said" after them.
GROUP_MENTION = re.compile(_GROUP)
_GROUP_VERB = trie(nm.GROUP_VERBS)
#: "They" reporting words right before a quote ("And they said, “") or right after one ('," they
#: said'), not what they say or would say.
THEY_REPORTED_BEFORE = re.compile(
    rf"(?<![\w’'-])[Tt]hey(?:{_SP}(?!would)(?:{_ADVERB}))*{_SP}(?:{_GROUP_VERB})(?![\w])"
    r"[^“”\"«».!?]{0,30}$"
)
THEY_REPORTED_AFTER = re.compile(
    rf"[ \t,]*(?:[–—-]+[ \t]*)?(?:they{_SP}(?:{_GROUP_VERB})|(?:{_GROUP_VERB}){_SP}they)(?![\w])"
)
#: A word right before a quote that makes it a noun of the sentence, not words said ("the
#: repeal of “Don’t Ask, Don’t Tell,” the Department announced").
NOUN_LEAD_BEFORE = re.compile(rf"(?<![\w’'-])(?:{alternation(nm.NOUN_LEADS)})[ \t\n\u00a0]+$")
#: Ukrainian and Russian direct speech: after "», –" come the speaker's words, even with no
#: verb ("«…», – керівник Офісу Президента України під час зустрічі"); the dash may be typed
#: as a hyphen ("«…», - Volodymyr Zelenskyi addressed").
DASH_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*(?P<name>{_TITLE_LOWER}|{_TITLED_NAME})"
    r"(?=[\s.,;:!?]|$)"
)
#: A speech verb at the end of the text before a quote ("said, ", "added:", "**The First Lady
#: continued**, "), maybe with a few words after it ("said today, quote, ", "put it this way: ",
#: "сказав про це чітко: ", "said, and I quote, ", "told me — I quote — ").
VERB_BEFORE = re.compile(
    rf"[ \t\n](?:{_VERB})(?:"
    r"(?:[ \t]+(?:that|in\s+a\s+statement|on\s+\w+|reporters|journalists))?(?:\*\*)?[\s,:]*"
    r"|[ \t]*,\s*(?:and\s+I\s+)?quote[,:]?\s*"
    r"|(?:[ \t]+(?:me|us))?\s*[—–]\s*(?:and\s+)?I\s+quote\s*[—–,:]\s*"
    rf"|(?:{_SP}[\w’'-]+){{1,5}}[ \t]*:\s*"
    rf"|(?:{_SP}[\w’'-]+){{1,4}}[ \t]*,(?:[ \t]*(?:and\s+I\s+)?quote[,:])?\s*"
    rf"|{_SP}in{_SP}(?:his|her|their|a|an|the)(?:{_SP}[\w’'-]+){{1,5}}[ \t]*,\s*)$"
)
#: The speaker right before that verb, maybe with a clause ("X, who admitted his guilt,"),
#: which may be the name of a speaker given by a title ("our U.N. Ambassador, Linda
#: Thomas-Greenfield, said").
SPEAKER_BEFORE_VERB = re.compile(
    rf"(?:{_SPEAKER}(?:,(?P<clause>[^,\n“”\"]{{1,120}}),)?"
    rf"|(?P<would>(?<![\w’'])(?:{alternation(nm.SPEAKER_PRONOUNS)})[’']d))"  # "she’d say"
    rf"(?:{_SP}(?:{_ADVERB}))*$"
)
#: A post in lowercase right before a speech verb ("Iran’s foreign minister warned, quote,", "one
#: leading oil market analyst put it", "a senior administration official said"): its holder.
POST_BEFORE_VERB = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:(?:{CAP_WORD}[ \t\n]+){{0,3}}{CAP_WORD}[’']s|[Tt]he|[Oo]ne"
    rf"|[Aa]n?|[Aa]nother)(?:[ \t\n]+[a-z][a-z’'-]*){{0,4}}?[ \t\n]+"
    rf"(?:{alternation(nm.QUOTED_POSTS)}))(?:[ \t\n]+(?:{_ADVERB}))*[ \t\n]*$"
)
#: A clause that is only a name: the name of the speaker given by a title just before it.
APPOSITIVE_NAME = re.compile(rf"[ \t\n]*(?P<name>{NAME})[ \t\n]*")
#: A Markdown link as the speaker's label: "[Rep. Tim Walberg](https://x.com/...): “".
LINK_LABEL_BEFORE = re.compile(
    r"\[(?P<name>[^\]\n]{2,120}(?:\n[^\]\n]{1,40})?)\]\([^)\s]*\)[\s:*]*$"
)
#: A bold label with a dated or sourced link: "**Sen. X (**[**1/16/24**](https://...)**):**"
#: (the speaker is X) or "Headline (**[**Outlet**](https://...)**):**" (the outlet).
#: It is matched from its "(**[**", where ``LABEL_LINK_OPENER`` is found.
LABEL_WITH_LINK_BEFORE = re.compile(
    r"\(\*\*\[\*\*(?P<link>[^*\]]{1,60})\*\*\]\([^)\s]*\)\*\*\):\*\*[\s*]*$"
)
LABEL_LINK_OPENER = "(**[**"
#: A bold heading "**X on Y**" over a list of quotes labelled by topic ("- [On tariffs](...):
#: “…”"): X said them.
#: It is matched on one line, the last bold one before the quote.
HEADING_ON = re.compile(
    r"[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?P<name>[^*\n]{3,80}?)[ \t]+on[ \t]+[^*\n]{2,60}?"
    r"\*\*[ \t\u00a0]*$"
)
#: A heading over a list of quotes, Markdown marks taken out: "Senator Markwayne Mullin on Meet
#: the Press", "Senior Counselor Peter Navarro on Sunday Morning Futures" (``name``).
LIST_HEADING = re.compile(rf"#*[ \t]*(?P<name>{_TITLED_NAME})[ \t]+on[ \t]+[{UPPER}][^:\n]{{1,60}}")
#: The subject of a bold lead sentence over a list of quotes: "Secretary Bessent then made the
#: rounds on television …:" (a name, then lowercase words).
LEAD_SUBJECT = re.compile(
    rf"(?P<name>{_SPEAKER_WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?{_SPEAKER_WORD}){{1,6}})"
    rf"[ \t]+(?:(?:{_ADVERB})[ \t]+)?[a-z]"
)
#: A speech verb in a lead sentence that ends with a colon before a quote ("fifth-generation
#: farmer Dennis Friest says it “feels like …” now that …:", "**First Lady Melania Trump spoke**
#: from the heart, … and shared a personal reflection …:").
VERB_IN_LEAD = re.compile(rf"[ \t](?:{_VERB}|spoke)(?![\w’'-])")
#: "according to X" earlier in the sentence ("According to Reuters, China is “...”").
ACCORDING_TO_ANY = re.compile(
    rf"(?:{alternation(capitalised_variants(nm.SPEAKER_BEFORE))})[ \t\n]+\[?(?P<name>{NAME})"
)
#: Markdown attribution before a quote: '**Secretary of State Marco Rubio:**' (maybe linked).
LABEL_BEFORE = re.compile(
    r"\*\*(?P<name>[^*\n]{2,80}?(?:\n[^*\n]{1,40}?)?):?\*\*:?(?:\]\([^)\s]*\))?[\s:]*$"
)
#: A source named on a line of its own above quoted paragraphs or a list of them, Markdown
#: marks and links taken out: "From CNBC:", "According to CBS News:" (``name``).
SOURCE_LINE = re.compile(
    rf"[ \t]*(?:{alternation(nm.SOURCE_CUES)})[ \t\n]+(?:the[ \t\n]+(?:latest[ \t\n]+)?)?"
    rf"(?P<name>[{UPPER}][^:\n]{{1,80}}(?:\n[^:\n]{{1,60}})?):[ \t\u00a0]*"
)
#: A linked outlet with a bold headline on the lines above a quoted news excerpt:
#: "[**KNXV (Phoenix, AZ)**](https://…)**: Speaker Johnson … visit Arizona manufacturers**"
#: (``name``, with its place in parentheses left out).
OUTLET_HEADLINE = re.compile(
    r"[ \t]*\[\*\*(?P<name>[^*\]()]{2,60}?)[ \t\n]*(?:\([^*\]()]{1,40}\))?\*\*\]\([^)\s]*\)"
    r"\*\*:[ \t\n]*[^*\n][^*]{0,300}\*\*[ \t\u00a0]*\n[ \t\u00a0]*"
)
#: A long bold label over a quote, HTML tags taken out: a person's name, a comma and their posts
#: ("Electra Paskett, Founding Director of the Center for …, and Marion Rowley, …:").
LONG_LABEL = re.compile(rf"(?P<name>{NAME}),[ \t][^“”\"]{{20,600}}")
#: An HTML tag in a label ("<u>").
HTML_TAG = re.compile(r"</?[a-z]+>")
#: Markdown marks and link targets, left out of a source line ("[**CNBC**](https://…)**:**").
MARKDOWN_MARKS = re.compile(r"\*+|\]\([^)\s]*\)|\[")
#: What may open a paragraph or a list item before its quotation mark: Markdown marks, a bullet.
ITEM_LEAD = re.compile(r"[ \t\u00a0]*(?:[-*+>][ \t\u00a0]+)?\**$")
#: A plain label alone before a quote that opens a paragraph: "Andriy Yermak: “…”", "German
#: Chancellor Scholz: “…”", "The Prime Minister of Israel, Bibi Netanyahu: “…”" (two words at
#: least: one capitalised word is more often a heading, "Background:").
PLAIN_LABEL = re.compile(
    rf"[ \t\u00a0]*(?P<name>(?:The[ \t]+)?{_SPEAKER_WORD}"
    rf"(?:[ \t]+(?:of[ \t]+)?{_SPEAKER_WORD}){{1,7}}"
    rf"(?:,[ \t]+{_SPEAKER_WORD}(?:[ \t]+{_SPEAKER_WORD}){{1,3}})?):[ \t\u00a0]*"
)
#: Where a plain label may start inside its paragraph: after the closing mark of the quote
#: before it and the citation of that quote ("…jobs!” [Tweet, 9/20/2023] Rep. X: “…”").
AFTER_QUOTE = re.compile(r"[”\"][ \t\u00a0]*(?:\[[^\]\n]{1,40}\][ \t\u00a0]*)?")
#: A person's name after a post and a comma in a plain label ("…Officer of AARP, Nancy A.
#: LeaMond"): two to four capitalised words or initials.
PERSON_AFTER_POST = re.compile(rf"{_SPEAKER_WORD}(?:[ \t]+{_SPEAKER_WORD}){{1,3}}")
#: One word of a person's name at the end of a plain label after its post ("CNN national
#: affairs correspondent Jeff Zeleny"): capitalised, an initial or an abbreviation.
NAME_WORD = re.compile(_SPEAKER_WORD)
#: A parenthesised aside in a plain label ("(NAPABA)", "(Ret.)", "(11/2/25)").
LABEL_ASIDE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,60}\)")
#: What a plain label never holds: quotation marks, sentence ends, emphasis inside it.
NOT_IN_PLAIN_LABEL = re.compile(r"[“”\"«»?!;*]|\.[ \t\u00a0]+[a-z]")
_NEWS_WORD = (
    r"(?:Times|Post|News|Radio|Chronicle|Dispatch|Herald|Courier|Journal|Tribune|Gazette|Press"
    r"|Media|Telegraph|Register|Examiner|Observer|Star|Daily|Today|Reporter|Bulletin|Review"
    r"|Scorecard|Network|Broadcasting|Newsroom|Inquirer|Sentinel|Statesman|Enterprise|Leader)"
)
#: An outlet over a quoted news excerpt in plain text: call letters ("KNXV", "WIBW") or
#: capitalised words with a news word ("Iowa Capital Dispatch", "Times of San Diego").
_NEWS_OUTLET = (
    rf"[KW][A-Z]{{2,3}}(?:-(?:TV|FM|AM))?"
    rf"|(?:[{UPPER}][\w’'.-]*[ \t]+){{0,4}}{_NEWS_WORD}"
    rf"(?:[ \t]+(?:of[ \t]+)?[{UPPER}][\w’'-]*){{0,3}}"
)
#: A plain outlet, its place, a colon and the headline, on the line over a quoted excerpt
#: ("KFSN (Fresno, CA): Robert F. Kennedy Jr. visits Atwater …" / "“U.S. Health …”").
OUTLET_HEADLINE_PLAIN = re.compile(
    rf"[ \t]*(?P<name>{_NEWS_OUTLET})(?:[ \t]+\([^()\n]{{1,40}}\))?:[ \t]+"
    rf"[{UPPER}\d‘'][^“”\"\n]{{10,300}}\n[ \t\u00a0]*"
)
#: A bold label that takes in the opening mark: "**Oregon Governor X: “**The …”" (the quote
#: starts at the mark, so the label is still open before it).
OPEN_LABEL_BEFORE = re.compile(r"\*\*(?P<name>[^*\n]{2,120}?):[ \t\u00a0]*$")
TITLE_PREFIX = re.compile(
    rf"^(?:(?:then|former|acting|current|the)\s+)*(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?"
    rf"(?:(?:{alternation(nm.PERSON_TITLES)})\s+)+"
)
#: Words that praise or mourn the one named after them ("the late Rabbi Jonathan Sacks").
EPITHET_PREFIX = re.compile(
    rf"^(?:[Tt]he\s+)?(?:(?:{alternation(nm.SPEAKER_EPITHETS)})\s+)+"
    rf"(?=[{UPPER}])"
)
_NOT_BEFORE_NAME = r"(?!(?:from|in|at|to|with|on|by|about|whom|who|which|that)(?![\w]))"
#: "the words of X", "слова X": a quote near it with no other attribution is X's.
WORDS_OF = re.compile(
    rf"(?<![\w])(?:{alternation(capitalised_variants(nm.WORDS_OF))}){_SP}(?:the{_SP})?"
    rf"(?:{_NOT_BEFORE_NAME}[\w’'-]+{_SP}){{0,4}}?(?P<name>{_TITLED_NAME})"
    rf"(?=[ \t\n]*[.,;:!?)—–-]|[ \t\n]+(?:{_VERB})(?![\w]))"
)
#: "These are the words of X" right after a quote, maybe after its full stop ("«…». Це слова
#: філософа Григорія Сковороди"); WORDS_OF matches where this one ends.
WORDS_OF_AFTER = re.compile(
    r"[ \t\n.]*(?:These|Those|This|Such|Це|Ці|Такі)[ \t]+(?:(?:are|is|were|was|[–—-])[ \t]+)?"
    r"(?:the[ \t]+)?(?=words|слова)"
)
#: A person named for "he said": with a title ("Pope Francis"), or without one after a cue
#: ("a woman named Aliyah", "the Leader, McConnell, who said").
SPEAKER_PERSON = re.compile(
    rf"(?P<title>{trie([*nm.PERSON_TITLES, *nm.SPEAKER_EXTRA_TITLES])})[ \t\n\u00a0]+"
    rf"(?P<name>{NAME})"
)
#: The speaker's own relative named for "he said" ("my dad to be able — he used to say"); not
#: "his brother", the object of someone else's deed. Both patterns open with a word, not a
#: look-behind, so that ``re`` skips ahead to it: the caller checks that a word starts there.
KIN_MENTION = re.compile(
    rf"(?:[Mm]y|[Oo]ur){_SP}(?:late{_SP})?(?:{alternation(nm.KIN_SPEAKERS)})(?![\w’'])"
)
#: The name right after a relative ("my son Beau", "my wife, Jill,"), who is that relative.
KIN_NAME = re.compile(r"(?:[ \t\n]+|,[ \t\n]+)(?P<name>[A-Z][a-z’'-]+)(?=[ \t\n]*[.,;:!?)—–])")
#: One person described, not named, for "he said" ("the mayor of the city in China", "the
#: former governor of New Jersey"): the noun, with a name after "of" (``name``). It opens with
#: a word, not a look-behind (the caller checks that a word starts there).
DESCRIBED_PERSON = re.compile(
    rf"(?:[Tt]he|[Aa]n?)[ \t\n]+(?P<name>(?:(?:{alternation(nm.DESCRIPTION_QUALIFIERS)})[ \t\n]+)?"
    rf"(?P<noun>{alternation(nm.DESCRIBED_PERSONS)})(?:[ \t\n]+of[ \t\n]+{NAME})?)(?![\w’'-])"
)
#: A passage in curly quotation marks, left out when looking for names around it.
QUOTED_PASSAGE = re.compile(r"“[^“”]*”")
#: A capitalised word after a word of the same sentence (``before``), which may be a name.
INNER_CAPITALISED = re.compile(rf"(?P<before>[\w’'-]+|[—–]),?[ \t\n]+(?P<word>[{UPPER}][\w’'-]*)")
#: The one spoken to, named for the reply "she said" ("I just said to Jill, “…”  She said").
ADDRESSEE = re.compile(
    rf"(?:said[ \t\n]+to|told|asked)[ \t\n]+(?P<name>{NAME})(?=[ \t\n]*[,:]?[ \t\n]*[“\"])"
)
PERSON_CUE = re.compile(
    rf"(?<![\w])(?:named|called|name[ \t]+(?:is|was))[ \t\n]+(?P<named>{NAME})"
    rf"|(?<=[a-z,][ \n])(?<!the )(?<!of )(?<!in )(?<!at )(?<!from )(?<!this )"
    rf"(?P<who>{NAME}),[ \t\n]+who(?![\w])"
)
#: A person who "said" something, as "he" or "she" may stand for them ("James Kvaal, the
#: undersecretary of education, said Tuesday", "The senator, Mark Warner, he said", "Mitt
#: Romney was asked").
SAID_PERSON = re.compile(
    rf"(?<![\w’'-])(?P<name>{NAME})(?:,[^,\n“”\"]{{1,80}},)?(?P<pronoun>,?[ \t\n]+(?:he|she))?"
    rf"[ \t\n]+(?:(?:was|has|had)[ \t\n]+)?(?:{_VERB})(?![\w])"
)
#: A title with no name after it that stands for a person ("the President said").
BARE_TITLE = re.compile(
    rf"(?<![\w-])(?:[Tt]he[ \t\n]+(?P<title>{alternation(nm.BARE_TITLE_MENTIONS)})"
    rf"|(?P<slavic>{alternation(nm.BARE_TITLE_MENTIONS_SLAVIC)}))"
    rf"(?![\w-])(?![ \t\n]+[{UPPER}])"
)
#: "my predecessor", maybe wrapped over a line ("my\npredecessor").
_PREDECESSOR = "|".join(
    r"[ \t\n]+".join(map(re.escape, words.split())) for words in nm.PREDECESSOR_WORDS
)
#: One word of an English surname ("Johnson", "O’Rourke", "Thomas-Greenfield").
_NAME_WORD_EN = r"[A-Z][A-Za-z’'-]*[a-z]"
#: A title qualified as someone else's than its holder now ("the then-President", "the
#: former President", "my predecessor"), which "he said" may stand for but "the President"
#: may not.
QUALIFIED_TITLE = re.compile(
    rf"(?<![\w-])(?P<name>(?:(?:[Tt]he|[Mm]y|[Oo]ur)[ \t\n]+)?"
    rf"(?:(?:{alternation(nm.TITLE_QUALIFIERS)})[ \t\n]*(?:{alternation(nm.BARE_TITLE_MENTIONS)})"
    rf"|(?:{_PREDECESSOR})))(?![\w-])(?![ \t\n]+[{UPPER}])"
)
#: A known given name and a surname or two ("Ron Johnson", "Donald J. Trump"), a person whom
#: "he" or "she" may stand for; not the start of a longer capitalised run ("John Lewis Voting
#: Rights Act"). It opens with a word, not a look-behind (the caller checks a word starts there).
GIVEN_NAME_PERSON = re.compile(
    rf"(?P<name>(?:{trie(nm.GIVEN_NAMES_EN)})(?:[ \t\n]+[{UPPER}]\.)?"
    rf"(?:[ \t\n]+{_NAME_WORD_EN}){{1,2}})(?![\w’'-])(?![ \t\n]*[{UPPER}])"
)
#: A title in a caption, in the nominative or the genitive ("President", "Президента").
_CAPTION_TITLE = trie(
    capitalised_variants(
        [
            *nm.PERSON_TITLES,
            *nm.SPEAKER_TITLE_WORDS,
            *nm.SPEAKER_TITLES_LOWER,
            *nm.SPEAKER_TITLES_GENITIVE,
        ]
    )
)
#: One word of a personal name: a capital and small letters ("Zelenskyi", "Сибіги"), never an
#: initial or a one-letter word ("У День прикордонника").
_NAME_WORD = rf"[{UPPER}][{LOWER}’'-]*[{LOWER}]"
#: Space in a caption, which may be wrapped onto the next line (of a Markdown quote block).
_CAPTION_SP = r"(?:[ \t\u00a0]+(?:\n[ \t\u00a0>]*)?|\n[ \t\u00a0>]*)"
#: A person a caption names after a title, with what the title is of: "President of Ukraine
#: Volodymyr Zelenskyi", "Президента України Володимира Зеленського" (``run`` follows the title).
CAPTION_TITLED = re.compile(
    rf"(?<![\w’'-])(?P<title>{_CAPTION_TITLE})"
    rf"(?P<run>(?:{_CAPTION_SP}(?:of|the|{CAP_WORD})(?![\w’'-]))+)"
)
_FULL_NAME = rf"{_NAME_WORD}(?:{_CAPTION_SP}{_NAME_WORD}){{1,2}}"
#: A caption that opens with a name: its subject ("Volodymyr Zelensky addressed the people")
#: or all of a signature after a dash ("— Michael Kratsios, Director of …").
CAPTION_SUBJECT = re.compile(
    rf"[ \t\n*>]*(?:(?P<name>{_FULL_NAME})[ \t\u00a0]+[{LOWER}]"
    rf"|[—–-]+[ \t\u00a0]*(?P<signed>{_FULL_NAME})[ \t\u00a0*]*(?:,|\n[ \t\u00a0]*\n|$))"
)
#: What stands between a quote that opens a text and its caption: '».\n\nЗвернення …'.
CAPTION_AFTER = re.compile(r"[ \t\u00a0.*]*(?:\n[ \t\u00a0>]*){0,3}")
#: The end of a paragraph, or of the text, right after a quote.
PARAGRAPH_END = re.compile(r"[ \t\u00a0*]*(?:\n[ \t\u00a0]*\n|\s*$)")
#: A statement's title that names its speaker: "Remarks by President Biden on …", "Video
#: Remarks by …", "Statement from …", "Звернення Президента України …" (``who`` is the rest).
TITLE_SPEAKER = re.compile(
    rf"(?:[\w’'-]+[ \t]+){{0,3}}?"
    rf"(?P<kind>{alternation([*nm.MONOLOGUE_KINDS, *nm.WRITTEN_KINDS, *nm.DIALOGUE_KINDS])})"
    r"[ \t\u00a0]+"
    r"(?:[Aa]s[ \t\u00a0]+(?:[Pp]repared|[Dd]elivered)(?:[ \t\u00a0]+for[ \t\u00a0]+[Dd]elivery)?"
    r"[ \t\u00a0]+)?"
    rf"(?:(?P<link>{alternation(nm.TITLE_SPEAKER_LINKS)})[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?"
    r"(?P<who>.+)"
)
#: A word of a title that makes the statement a dialogue ("Press Briefing", "Interview").
DIALOGUE_TITLE = re.compile(
    rf"(?<![\w-])(?:{alternation(nm.DIALOGUE_KINDS)})(?![\w-])", re.IGNORECASE
)
#: Where the speaker's words in a title end: "President Biden, Prime Minister …", "| City".
TITLE_SPEAKER_END = re.compile(r"[,:;|(–—]|[ \t]-[ \t]")
#: The label of a transcript turn at the start of the text: "THE PRESIDENT:", "MS. PSAKI:",
#: "**SECRETARY BLINKEN:**", or "Q" before a reporter's question.
TURN_LABEL_OPENING = re.compile(
    rf"[ \t\u00a0]*(?:\*\*)?"
    rf"(?P<label>Q(?=[ \t\u00a0])|[{UPPER}][{UPPER}.’'\- ]{{0,60}}[{UPPER}.](?=(?:\*\*)?:))"
)
#: The same label at the start of a line, maybe indented ("\u00a0\u00a0\u00a0\u00a0 MR. X:"); the
#: line break leads so that ``re`` can jump from one to the next (``^`` with ``re.MULTILINE``
#: is three times slower).
TURN_LABEL = re.compile("\n" + TURN_LABEL_OPENING.pattern)
#: The words a sentence may start with before its subject ("And then President Biden said").
SUBJECT_LEAD = re.compile(
    r"[\W\d]*(?:(?:and|but|so|then|when|as|yesterday|today|earlier|later|also|in|on|at)[\W\d]+)"
    r"{0,3}$",
    re.IGNORECASE,
)
#: A bare name that opens its sentence as the subject of a verb ("Harvey Milk was right when
#: he said", "And Elise Stefanik, a few counties over, called"), for "he" later in that
#: sentence.
SUBJECT_NAME = re.compile(
    r"[\W\d]*(?i:(?:and|but|so|then|yesterday|today|earlier|later|also)[\W\d]+){0,2}"
    rf"(?P<name>{NAME})(?:,[ \t\n]+[a-z][^,\n“”\"]{{0,60}},)?[ \t\n]+(?=[a-z])"
)
#: A blank line, which ends a paragraph.
BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: A sentence end inside the text between two quotes ("U.S." is not one).
SENTENCE_BREAK = re.compile(r"(?<![A-Z])[.!?][\"”’»)]*\s")
#: Documents said to speak ("…,” the statement said): the text may name who issued them.
DOCUMENT_SPEAKERS = frozenset(
    nm.words("statement report communiqué communique declaration letter memorandum appeal release")
)
_ISSUER = (
    rf"(?:{CAP_WORD})(?:[ \t]+(?:(?:of|for|on|and)[ \t]+(?:the[ \t]+)?)?(?:{CAP_WORD})){{0,6}}"
)
#: Who issued a document: "a statement by the Azerbaijani Foreign Ministry", "The Ministry of
#: Foreign Affairs has issued a statement".
DOCUMENT_ISSUER = re.compile(
    rf"\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?P<noun>[a-zé]+)[ \t]+(?:by|from)[ \t]+"
    rf"(?:the[ \t]+)?"
    rf"(?P<by>{_ISSUER})"
    rf"|(?:[Tt]he[ \t]+)?(?P<issuer>{_ISSUER})[ \t]+(?:has[ \t]+|have[ \t]+)?"
    rf"(?:issued|released|published|sent)[ \t]+(?:a|an|its)[ \t]+(?P<issued>[a-zé]+)"
)
