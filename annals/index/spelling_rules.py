"""The spelling rules as data: transliteration tables and romanisation conventions.

``annals.index.spelling`` reads these tables; nothing here runs on its own. A
linguist extends the key by editing a table, never the code:

1. ``FOLD_LETTERS`` and ``FOLD_KEEP`` say what accent folding (``fold``) does
   beyond dropping combining marks.
2. ``SCRIPT_LETTERS`` transliterates non-Latin scripts (Cyrillic, Greek,
   Armenian, Georgian, Arabic/Persian) and the special letters of Latin
   alphabets (Azerbaijani, Turkish, Czech, Polish, ...) to plain Latin.
   Keys may be several characters long (``"ου"``); the longest key wins.
   ``LANGUAGE_MARKERS`` picks a language by the letters a word contains, and
   ``LANGUAGE_LETTERS`` overrides letters for that language (Ukrainian г is
   "h", Russian г is "g"; Azerbaijani c is "j", x is "kh").
3. ``CONVENTIONS`` then folds the conventions in which romanisations differ
   (kh/h/ch, sch/sh/zh, dzh/dj/j, ts/z/s, y/i/j, w/v, doubled letters...),
   in order, as regular expressions over the lower-case Latin word.

The key is lossy on purpose: "Khojaly", "Xocalı", "Ходжалы" and "Chodschali"
all become ``hoiali``. ``bench/spelling_keys.py`` measures what that costs:
how many frequent English words start to share a key.
"""

from __future__ import annotations

from typing import NamedTuple

# Bump when a change to these tables changes any key: keys stored in an index
# built with another version are stale, and the index must be re-keyed.
RULES_VERSION = 3


class Convention(NamedTuple):
    """One folding rule: a regex over the Latin word and its replacement.

    ``examples`` holds two real spellings that get the same key, and the rule
    changes at least one of them on the way; the tests check both.
    """

    name: str
    pattern: str
    replacement: str
    comment: str
    examples: tuple[str, str]


# The tables are laid out as a linguist reads them, several letters to a line,
# so the formatter is told to leave them alone.
# fmt: off

# --- 1. Accent folding (fold) ----------------------------------------------------------

# Letters that Unicode does not decompose into base letter + accent, so dropping
# combining marks leaves them alone. Casefolding already turns ß into "ss".
FOLD_LETTERS: dict[str, str] = {
    "ı": "i",  # Turkish dotless i: Çavuşoğlu's "ı" is a plain i to English readers
    "ł": "l",  # Polish: Wałęsa -> walesa
    "ø": "o",  # Danish/Norwegian: Støre -> store
    "đ": "d",  # South Slavic: Đoković -> dokovic
    "ħ": "h",  # Maltese: Ħamrun -> hamrun
    "ŀ": "l",  # Catalan middle-dot l
}

# Letters whose accent makes a different letter rather than a decoration; fold
# keeps them so that Ukrainian "мій" and "мии" stay apart.
FOLD_KEEP: frozenset[str] = frozenset("йї")


# --- 2. Transliteration to Latin --------------------------------------------------------

# Special letters of Latin alphabets, spelled the way English romanisations
# spell the sound (Şuşa -> Shusha, Vučić -> Vuchich). Letters with a plain
# accent (é, ö, ñ, å) are simply stripped later and need no entry.
LATIN_LETTERS: dict[str, str] = {
    "ş": "sh",  # Turkish/Azerbaijani: Şuşa -> shusha
    "ș": "sh",  # Romanian: Iași -> iashi
    "š": "sh",  # Czech/Slovak/Baltic/Croatian: Šefčovič -> shefchovich
    "ž": "zh",  # Žytomyr (Czech spelling) -> zhytomyr
    "ż": "zh",  # Polish: Żytomierz -> zhytomierz
    "č": "ch",  # Černihiv -> chernihiv
    "ć": "ch",  # Serbian/Croatian/Polish soft ch: Vučić -> vuchich
    "ç": "ch",  # Turkish/Azerbaijani/Albanian: Laçın -> lachin (French ç is the exception)
    "ğ": "gh",  # Turkish/Azerbaijani: Ağdam -> aghdam (gh -> g below gives Erdoğan = Erdogan)
    "ı": "i",  # Turkish/Azerbaijani dotless i: Xocalı -> xocali
    "ə": "a",  # Azerbaijani schwa, romanised "a": Əliyev -> aliyev, Gəncə -> Ganja
    "ț": "ts",  # Romanian: Constanța -> constantsa
    "ł": "l",  # Polish: Wałęsa -> walesa
    "ø": "o",  # Danish/Norwegian: Støre -> store
    "æ": "ae",  # Danish/Old English: Færøerne -> faeroerne
    "œ": "oe",  # French: Œuvre -> oeuvre
    "đ": "dj",  # Serbian/Croatian: Đoković -> djokovich
    "þ": "th",  # Icelandic: Þingvellir -> thingvellir
    "ð": "d",  # Icelandic/Faroese: Guðni -> gudni
}

# Russian/Ukrainian/Belarusian/Bulgarian/Serbian/Kazakh Cyrillic, default values.
# Where languages differ, LANGUAGE_LETTERS overrides; the default follows
# Ukrainian because the archive's Cyrillic text is Ukrainian.
CYRILLIC_LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v",
    "г": "h",  # Ukrainian/Belarusian h (Харків -> kharkiv); Russian overrides to g
    "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y",  # Ukrainian y (Київ -> kyiv); Russian i is the same key (y/i fold)
    "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ў": "u",  # Belarusian short u: Ціханоўская -> tsikhanouskaya
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "",  # Russian hard sign is silent (Bulgarian ъ is a vowel, see LANGUAGE_LETTERS)
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Serbian and Macedonian
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "ch", "џ": "dzh",
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
    # Kazakh
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    # Soft sign before a vowel is heard as y: Запорожье -> zaporozhye, Ильич stays
    "ье": "ye", "ьё": "yo", "ью": "yu", "ья": "ya", "ьи": "yi",
}

GREEK_LETTERS: dict[str, str] = {
    # ELOT 743 / UN romanisation, as Greek passports and most English texts use
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i",
    "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
    "ο": "o", "π": "p", "ρ": "r", "σ": "s", "τ": "t",  # final ς is σ after case folding
    "υ": "y",  # Κυριάκος -> kyriakos
    "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    "ου": "ou",  # Παπανδρέου -> papandreou
    "αυ": "av", "ευ": "ev",  # Ευάγγελος -> evangelos
    "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch",
    "μπ": "mp", "ντ": "nt",  # ELOT keeps both letters: Μπακογιάννη -> mpakogianni
}

ARMENIAN_LETTERS: dict[str, str] = {
    # BGN/PCGN (Eastern Armenian), the spelling of Armenian names in English news
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e",
    "ը": "y", "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts",
    "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y",
    "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r",
    "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p",
    "ք": "k", "օ": "o", "ֆ": "f",
    "ու": "u",  # ու is one vowel: Սուրեն -> suren
    # և needs no entry: case folding spells it եւ, read e + v (Երևան -> erevan)
}

GEORGIAN_LETTERS: dict[str, str] = {
    # National system (2002), used for Georgian names in English
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z",
    "თ": "t", "ი": "i", "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o",
    "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u", "ფ": "p",
    "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz",
    "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}

# Arabic script writes few vowels, so transliteration gives consonant skeletons
# (خامنه -> khamnh); it rarely meets an English spelling. Aliases cover names.
ARABIC_LETTERS: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "", "ؤ": "", "ئ": "",
    # Persian and Urdu additions
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y",
}

# Everything the first transliteration pass knows, merged. Greek comes in a
# second pass after accents are stripped, so "ού" is found as "ου".
SCRIPT_LETTERS: dict[str, str] = {
    **LATIN_LETTERS,
    **CYRILLIC_LETTERS,
    **ARMENIAN_LETTERS,
    **GEORGIAN_LETTERS,
    **ARABIC_LETTERS,
}

# Languages recognised by letters only they use. The first match wins, so
# Kazakh and Belarusian (which also use і) come before Ukrainian.
LANGUAGE_MARKERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kk", tuple("әғқңөұүһ")),
    ("be", ("ў",)),
    ("uk", tuple("іїєґ") + ("ськ", "цьк")),
    ("ru", tuple("ыэёъ")),
    ("sr", tuple("ђјљњћџ")),
    ("az", tuple("əığşç")),  # Azerbaijani or Turkish Latin
)

# Letters a language reads differently from the defaults above.
LANGUAGE_LETTERS: dict[str, dict[str, str]] = {
    "ru": {"г": "g"},  # Горбачёв -> gorbachev, Эрдоган -> erdogan
    "kk": {"г": "g"},  # Kazakh г is g: Тоқаев... Гылым -> gylym
    "sr": {"г": "g", "и": "i", "ј": "y"},  # Serbian: Београд -> beograd; ј is y
    "az": {
        "c": "dzh",  # Cəbrayıl -> jabrayil; Turkish Recep -> rejep
        "x": "kh",  # Azerbaijani: Xocalı -> khojaly
        "q": "g",  # Azerbaijani q is romanised g: Qubadlı -> gubadly
    },
}


# Words the conventions leave as they are (after romanisation): Roman numerals,
# so that "Title II" and "Title III" keep apart (repeated-i would merge them).
UNCHANGED_WORDS = r"[ivxlcdm]+"


# --- 3. Romanisation conventions ---------------------------------------------------------

# Applied in order to the lower-case Latin word. Later rules see the output
# of earlier ones, so multi-letter spellings come before their parts.
CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        "german-tsch", "tsch", "ch",
        "German writes Ukrainian/Russian ch as tsch",
        ("Tschernihiw", "Chernihiv"),
    ),
    Convention(
        "german-dsch", "dsch", "dzh",
        "German writes dzh as dsch",
        ("Chodschali", "Khodzhaly"),
    ),
    Convention(
        "dzh-as-j", "dzh", "j",
        "Russian-style dzh and English j are one sound",
        ("Khodzhaly", "Khojaly"),
    ),
    Convention(
        "french-dj", "(?:^|(?<=[aeiouy]))dj", "j",
        "French writes English j as dj; after a consonant dj stays d + y (Berdjansk)",
        ("Khodjaly", "Khojaly"),
    ),
    Convention(
        "zh-as-sh", "zh", "sh",
        "zh (ж, ž) and sh are merged: German writes both as sch",
        ("Zhytomyr", "Schytomyr"),
    ),
    Convention(
        "kh-as-h", "kh", "h",
        "kh (х, خ) is often written h",
        ("Khojaly", "Hojaly"),
    ),
    Convention(
        "ch-as-h", "ch", "h",
        "ch is kh in German/Polish/Czech (Charkiw), ch (ч) in English; both fold to h."
        " German sch thereby becomes sh (Schoigu = Shoigu)",
        ("Charkiw", "Kharkiv"),
    ),
    Convention(
        "ph-as-f", "ph", "f",
        "ph and f are one sound",
        ("Philippines", "Filippines"),
    ),
    Convention(
        "gh-as-g", "gh", "g",
        "gh (ғ, ğ, ღ) is written g in most romanisations",
        ("Aghdam", "Agdam"),
    ),
    Convention(
        "dh-as-d", "dh", "d",
        "Arabic dh (ذ) is often written d",
        ("Qadhafi", "Qaddafi"),
    ),
    Convention(
        "greek-initial-mp-as-b", "^mp", "b",
        "Greek μπ at the start of a word is b (ELOT writes mp)",
        ("Μπουτάρης", "Boutaris"),
    ),
    Convention(
        "greek-initial-nt-as-d", "^nt", "d",
        "Greek ντ at the start of a word is d (ELOT writes nt)",
        ("Ντένδιας", "Dendias"),
    ),
    Convention(
        "ck-as-k", "ck", "k",
        "ck is a doubled k",
        ("Jacksonville", "Jaksonville"),
    ),
    Convention(
        "hard-c-as-k", "c(?![eiy])", "k",
        "c before a, o, u or a consonant is k (Cuba, German Kuba); soft c stays",
        ("Caucasus", "Kaukasus"),
    ),
    Convention(
        "q-as-k", "q", "k",
        "Arabic/Turkic q is written k in German and French",
        ("Qatar", "Katar"),
    ),
    Convention(
        "x-as-ks", "x", "ks",
        "x is ks (ξ, кс)",
        ("Alexei", "Aleksei"),
    ),
    Convention(
        "w-as-v", "w", "v",
        "German/Polish w is v",
        ("Lawrow", "Lavrov"),
    ),
    Convention(
        "z-as-s", "z", "s",
        "German writes Russian z as s (Selenskyj), and z/s vary in English (-ize/-ise)",
        ("Saporischschja", "Zaporizhzhia"),
    ),
    Convention(
        "ts-as-s", "ts(?!$)", "s",
        "ts (ц) is German z, folded to s with it; word-final ts is left (its != is)",
        ("Donetsk", "Donezk"),
    ),
    Convention(
        "yj-as-i", "[yj]", "i",
        "y, j and i are one vowel/glide across romanisations (й, и, ы, ı)",
        ("Zelenskij", "Zelenskiy"),
    ),
    Convention(
        "initial-ye-as-e", "^ie", "e",
        "word-initial ye/je (е, є) is often written e",
        ("Yerevan", "Erevan"),
    ),
    Convention(
        "ye-after-vowel", "(?<=[aeou])ie", "e",
        "after a vowel, Russian е is written ye or e: Tokayev/Tokaev, Mirziyoyev/Mirziyoev",
        ("Tokayev", "Tokaev"),
    ),
    Convention(
        "ae-as-ai", "ae", "ai",
        "ae and ai vary in Arabic names",
        ("Qaeda", "Qaida"),
    ),
    Convention(
        "repeated-i", "i{2,}", "i",
        "endings -iy/-yy/-yi/-ij and Kyiv's yi fold to one i",
        ("Zelenskyy", "Zelensky"),
    ),
    Convention(
        "doubled-consonant", r"([bdfghklmnprstv])\1+", r"\1",
        "doubled consonants vary (Odessa/Odesa, Gaddafi/Gadafi); doubled vowels stay (good/god)",
        ("Odessa", "Odesa"),
    ),
    Convention(
        "doubled-sh", "(?:sh)+", "sh",
        "ж ж is zhzh in Ukrainian romanisation, one sh elsewhere",
        ("Zaporizhzhia", "Zaporizhia"),
    ),
)
# fmt: on
