"""Letters, title, filler and phrase patterns, the word scan of a note and word-shape tests."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, NAME, classify
from lvmh_pipeline.lib.privacy.names.lexicon import (
    AGE_TENS,
    CJK_FILLERS,
    CLIENT_WORDS,
    CONNECTORS,
    COUPLE_WORDS,
    CYRILLIC_TITLES,
    FILLERS,
    HESITATION_PATTERN,
    KIN_WORDS,
    LABELS,
    LATIN_TITLES,
    MEETING_PHRASES,
    NAMING_PHRASES,
    OWN_NAME_PHRASES,
    SURNAME_ENDINGS,
)

MAX_NAME_WORDS = 4
# Letters of the alphabetic scripts (Latin, Greek, Cyrillic): "Pucciも" is no word of a name.
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff"
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e\u0391-\u03a9\u0400-\u042f"
_MAX_SKIPS = 5  # fillers, connectors and punctuation between a title and the name


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cased_variants(words) -> frozenset[str]:
    """``words`` (lower case) as written at the start of a sentence or in capitals too."""
    out = set()
    for w in words:
        out |= {w, w.capitalize(), w.upper(), w[:1].upper() + w[1:]}
    return frozenset(out)


_TITLE_WORDS = frozenset(LATIN_TITLES + CYRILLIC_TITLES)
# After these a second capitalised word may be a noun ("Herr Fischer Investmentbanker").
_GERMAN_TITLES = frozenset(
    {"Frau", "Herr", "Herrn", "Hr.", "Hrn.", "Fr.", "Fräulein", "Doktor", "Professorin", "frau",
     "herr", "herrn", "fräulein", "doktor", "professorin", "Dr.", "Dr", "Prof.", "Prof",
     "Dipl.-Ing.", "Mag.", "Familie", "familie"}
)
_TITLE_HEADS = frozenset(
    re.match(r"[^\W\d_]+(?:-[^\W\d_]+)*", t).group() for t in _TITLE_WORDS
)  # the first word of each title ("Sig" of "Sig.ra"): where a title can start
_TITLE = re.compile(
    rf"(?:(?<![\w.\-'’])|(?<=[\s(\[“\"«]['‘]))(?:{alternation(_TITLE_WORDS)})"
    r"(?=[ \t\u00a0]|(?<=\.)[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]|(?<=\.)(?:de|van|von|le|la|di|da|del|du)[ \t][A-Z]"
    r"|,[ \t]|\.{2,}|…|(?<=\.)\.)"
)
# A title written straight before a comma or an ellipsis ("Frau, ähm, Krause", "Mrs... how do
# you say... Hughes") opens a name only when a filler shows the speaker searching for it.
_UNDOTTED_PAUSE = re.compile(r",|\.{2,}|…")
_CUE_WORDS = frozenset(COUPLE_WORDS + CLIENT_WORDS)
KIN_VARIANTS = _cased_variants(KIN_WORDS)
_TENS_HEADS = frozenset(v for t in AGE_TENS for v in (t[:4], t[:4].capitalize(), t[:4].upper()))
_PHRASES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _phrase in sorted({p.casefold() for p in MEETING_PHRASES + NAMING_PHRASES}, key=len, reverse=True):
    _first = _phrase.split()[0].rstrip(".")  # "ref. by": the word the scan sees is "ref"
    _PHRASES_BY_FIRST.setdefault(_first, ())
    _PHRASES_BY_FIRST[_first] += (_phrase,)
_PHRASE_HEADS = _cased_variants(_PHRASES_BY_FIRST)
_LABEL_WORDS = frozenset(label.casefold() for label in LABELS)
_OWN_NAME_PHRASES = frozenset(OWN_NAME_PHRASES)
_COLON = re.compile(r"[:：]")
_LABEL_BEFORE = re.compile(r"(?:^|[\n|;•\-.,/:：])[ \t]*([^\n|;•\-.,/:：]{1,30}?)[ \t]*$")
# Fillers as written after a full stop ("Mrs. Um. Hughes", "Signora. Allora. Bianchi"), except
# those that are names too ("Ben", "Oh", "Er") or may be ("Mira", "Bon").
_NAMES_TOO = frozenset({"Mira", "Bon", "Bem", "Bom", "Vale", "Este", "Halt", "Eben"})
CAPITALISED_FILLERS: tuple[str, ...] = tuple(
    cap for cap in (f[:1].upper() + f[1:] for f in FILLERS if len(f) >= 3 and f[:1].islower())
    if cap not in _NAMES_TOO and classify(cap) not in (NAME, AMBIGUOUS)
)
_FILLER = re.compile(
    rf"(?:(?:{alternation(FILLERS + CAPITALISED_FILLERS)}|{HESITATION_PATTERN}|[A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]{{0,3}}-(?=[ \t]))"
    rf"(?![{LETTER}])|(?:{alternation(CJK_FILLERS)})(?![{LETTER}\uac00-\ud7af\u3040-\u30ff\u4e00-\u9fff]))"
)
_CONNECTOR = re.compile(
    rf"(?:(?:{alternation(c for c in CONNECTORS if c[0].isalpha())})(?=[ \t])|[&+/])", re.IGNORECASE
)
_PUNCT = re.compile(r"(?:\.{2,}|…|[.,;:!?¿¡\-–—()\"'«»“”]+)")
_WORD = re.compile(rf"[{LETTER}]+(?:['’\-][{LETTER}]+)*\.?")
_TOKEN = re.compile(rf"[{LETTER}]+(?:['’\-][{LETTER}]+)*")
_GAP = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"[ \t\u00a0]*")
_PREFIXED_CAPITAL = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Dal|Del|La|Le|Van|Von|Fitz)[A-Z][a-zà-ÿ]+")
# A particle surname written as its initials ("Mrs VdB" for Van den Berg, "Dhr. vdH")
_PARTICLE_INITIALS = re.compile(r"[Vv]d[A-Z]{1,2}")


class Scan(NamedTuple):
    """Where the cue words of a text are, found in one pass over its words."""

    titles: list[int]  # starts of words that can begin a title ("Sig" of "Sig.ra")
    cues: list[int]  # ends of couple and client words ("Ehepaar", "Kundin")
    phrases: list[tuple[int, str]]  # (start, first word) of possible meeting / naming phrases
    kin: list[tuple[int, int, str]]  # kin words ("fille", "Tochter", "дочь")
    capitals: list[tuple[int, int, str]]  # capitalised words
    tens: list[int]  # starts of spelt-out tens ("fifty-two", "cinquante", "zweiundfünfzig")
    german: bool  # more German function words than others: capitalised words there are mostly nouns


_TITLE_BIT, _CUE_BIT, _PHRASE_BIT, _KIN_BIT = 1, 2, 4, 8
_ROLE_OF_WORD: dict[str, int] = {}
for _words_of_role, _bit in (
    (_TITLE_HEADS, _TITLE_BIT),
    (_CUE_WORDS, _CUE_BIT),
    (_PHRASE_HEADS, _PHRASE_BIT),
    (KIN_VARIANTS, _KIN_BIT),
):
    for _w in _words_of_role:
        _ROLE_OF_WORD[_w] = _ROLE_OF_WORD.get(_w, 0) | _bit
_TENS_ENDINGS = frozenset({"zig", "ßig", "tig"})
_GERMAN_FUNCTION_WORDS = frozenset(
    """und der die das dem den des mit für ist nicht sucht möchte seit eine einen einer ein auf
    zum zur bei von sehr auch hat wird sich noch oder aber wie im ihre ihr sein seine kauft mag
    liebt""".split()
)
# Function words German never writes: Dutch ("die", "der" and "mag" are Dutch too), English,
# French, Spanish, Italian. A note that has more of them than German ones is no German note.
_OTHER_FUNCTION_WORDS = frozenset(
    """het een ze zij hij niet ook heeft naar maar dus geen zijn haar met voor wil wordt the and with
    for is his her she he le la les et pour avec une est pas de du un elle sa ses aux qui que el los y
    con para il di che per""".split()
)


_GERMAN_FLAG, _CAPITAL_FLAG, _TENS_FLAG, _OTHER_FLAG = 16, 32, 64, 128
_WORD_FLAGS: dict[str, int] = {}  # word -> its role bits and the flags above, filled by scan


def _word_flags(word: str) -> int:
    flags = _ROLE_OF_WORD.get(word, 0)
    if word in _GERMAN_FUNCTION_WORDS or "ä" in word or "ö" in word or "ü" in word or "ß" in word:
        flags |= _GERMAN_FLAG
    elif word in _OTHER_FUNCTION_WORDS:
        flags |= _OTHER_FLAG
    if word[0].isupper():
        flags |= _CAPITAL_FLAG
    if len(word) > 4 and (word[:4] in _TENS_HEADS or word[-3:] in _TENS_ENDINGS):
        flags |= _TENS_FLAG
    if len(_WORD_FLAGS) >= 200_000:
        _WORD_FLAGS.clear()
    _WORD_FLAGS[word] = flags
    return flags


@lru_cache(maxsize=4)
def scan(text: str) -> Scan:
    titles, cues, phrases, kin, capitals, tens = [], [], [], [], [], []
    n_german = n_other = 0
    flags_of = _WORD_FLAGS.get
    for m in _TOKEN.finditer(text):
        word = m.group()
        flags = flags_of(word)
        if flags is None:
            flags = _word_flags(word)
        if not flags:
            continue
        if flags & _GERMAN_FLAG:
            n_german += 1
        elif flags & _OTHER_FLAG:
            n_other += 1
        if flags & _CAPITAL_FLAG:
            capitals.append((m.start(), m.end(), word))
        if flags & _TENS_FLAG:
            tens.append(m.start())
        role = flags & 15
        if not role:
            continue
        if role & _TITLE_BIT:
            titles.append(m.start())
        if role & _CUE_BIT:
            cues.append(m.end())
        if role & _PHRASE_BIT:
            phrases.append((m.start(), word.casefold()))
        if role & _KIN_BIT:
            kin.append((m.start(), m.end(), word))
    return Scan(titles, cues, phrases, kin, capitals, tens, n_german >= 2 and n_german > n_other)


def is_capitalised(word: str) -> bool:
    """True for "Dubois", "DUBOIS", "O'Brien", "Saint-Honoré"; False for "dubois", "iPhone"."""
    core = word.rstrip(".")
    if not core or not core[0].isupper():
        return False
    return (
        core[1:].islower()
        or core.isupper()
        or core.startswith("IJ") and core[2:].islower()  # "IJzerman": the Dutch digraph
        or any(c in core for c in "'’-")
        or _PREFIXED_CAPITAL.fullmatch(core) is not None
        or _PARTICLE_INITIALS.fullmatch(core) is not None
    )


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def surname_shaped(word: str) -> bool:
    """"Zanetti", "Orlova", "Kowalski", "García": an ending most words of the notes lack."""
    low = word.rstrip(".").casefold()
    return len(low) >= 5 and low.endswith(SURNAME_ENDINGS)


def _strip_possessive(word: str) -> str:
    for tail in ("'s", "’s"):
        if word.endswith(tail) and len(word) > len(tail) + 1:
            return word[: -len(tail)]
    return word
