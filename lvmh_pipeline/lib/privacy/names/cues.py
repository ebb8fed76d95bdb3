"""Names announced by a cue word in alphabetic scripts (Latin, Cyrillic).

A title ("Mme Laurent", "господин Орлов", "la señora Ortega"), possibly with the fillers of a
voice transcription before the name ("Mrs. well. Hughes", "Herr ähm also Krause") or a couple of
titles ("Mr & Mrs Collins", "Sr/Sra. Ortega"); a couple or family word ("Ehepaar Koch", "i
coniugi Ferri"); a meeting or naming phrase ("Meeting with Sophie Martin", "si chiama Bianchi");
a client word ("Kundin Keller"); a field label ("Nom : Keller").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    AGE_TENS,
    BRANDS,
    CJK_FILLERS,
    CLIENT_HEADS,
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
    NOT_NAMES,
    OWN_NAME_PHRASES,
    PARTICLES,
    PROTECTED_AFTER_TITLE,
    ROLE_TITLES,
    SURNAME_ENDINGS,
    WEAK_TITLES,
)
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
    names_a_place_or_org,
    rejected_after_title,
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
    _PHRASES_BY_FIRST.setdefault(_phrase.split()[0], ())
    _PHRASES_BY_FIRST[_phrase.split()[0]] += (_phrase,)
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


class Scan(NamedTuple):
    """Where the cue words of a text are, found in one pass over its words."""

    titles: list[int]  # starts of words that can begin a title ("Sig" of "Sig.ra")
    cues: list[int]  # ends of couple and client words ("Ehepaar", "Kundin")
    phrases: list[tuple[int, str]]  # (start, first word) of possible meeting / naming phrases
    kin: list[tuple[int, int, str]]  # kin words ("fille", "Tochter", "дочь")
    capitals: list[tuple[int, int, str]]  # capitalised words
    tens: list[int]  # starts of spelt-out tens ("fifty-two", "cinquante", "zweiundfünfzig")
    german: bool  # German function words: capitalised words there are mostly nouns


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


_GERMAN_FLAG, _CAPITAL_FLAG, _TENS_FLAG = 16, 32, 64
_WORD_FLAGS: dict[str, int] = {}  # word -> its role bits and the flags above, filled by scan


def _word_flags(word: str) -> int:
    flags = _ROLE_OF_WORD.get(word, 0)
    if word in _GERMAN_FUNCTION_WORDS or "ä" in word or "ö" in word or "ü" in word or "ß" in word:
        flags |= _GERMAN_FLAG
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
    n_german = 0
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
    return Scan(titles, cues, phrases, kin, capitals, tens, n_german >= 2)


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


# Letters of Slavic, Baltic, Hungarian, Turkish, Romanian and Nordic spellings: a capitalised word
# holding one is no noun of the languages that capitalise nouns or write names in Latin letters
# without them (German, English, French, Italian, Spanish, Portuguese, Dutch).
# (no IGNORECASE: with it "ı" would match every "i")
_FOREIGN_LETTER = re.compile("[čćšžđłńśźżőűřěůťďňľĺŕğşțșăøåæėęąųūīāēģķļņıČĆŠŽĐŁŃŚŹŻŐŰŘĚŮŤĎŇĽĹŔĞŞȚȘĂØÅÆĖĘĄŲŪĪĀĒĢĶĻŅİ]")


def _continues(previous: str, word: str, loose: bool = False) -> bool:
    """May ``word`` extend a name whose last word is ``previous``? ("Anne Dubois", "J. Smith",
    "García López", "Pardo Ortega", "Иванов Иван", "DUBOIS Marie") — not "Fischer Investmentbanker".
    ``loose`` (after a title of a language that writes nouns in lower case): any capitalised word
    that is no listed ordinary word ("Mme Zélie Vasselin").
    """
    if is_initial(previous) or is_given_name(previous.rstrip(".")):
        return True
    if loose and classify(word) != COMMON and not is_vocabulary(word):
        return True
    core = word.rstrip(".")
    if core.lower().endswith("ez") or (is_cyrillic(word) and is_cyrillic(previous)):
        return True
    if _FOREIGN_LETTER.search(core) and classify(core) != COMMON and not is_vocabulary(core):
        return True  # "Dragan Kovačević", "Ayşe Yılmaz", "Piotr Wałęsa": no German or English noun
    if previous.isupper() and len(previous) > 2 and is_given_name(core):
        return True
    if (
        is_surname(core)
        and classify(core) == AMBIGUOUS
        and is_surname(previous.rstrip("."))
        and not is_place_month_or_brand(core)
    ):
        return True  # "Sra. Oliveira Santos", "Sr. Costa Pinto": two family names
    return is_surname(core) and classify(core) == NAME


def _compound_noun(word: str) -> bool:
    """"Berber-motief", "Michelin-starred", "Bottega-stijl": a hyphenated word whose second part
    is a lower-case word — not "Ji-yeon", "Seo-hyun" (romanised Korean given names)."""
    head, _, tail = word.rstrip(".").partition("-")
    return (
        bool(tail)
        and tail.islower()
        and len(tail) >= 4
        and (len(head) >= 5 or len(tail) >= 6)
        and not is_given_name(word)
        and not is_surname(word)
    )


# "Lo Bianco", "Lo Presti": the Sicilian particle, before a capitalised word ("Sr. Lo" is Cantonese 盧).
_ITALIAN_LO = re.compile(r"[ \t]+[A-Z][a-zà-ÿ]{2,}")
# Particles that also say where someone is from ("de Paris", "da Lisboa", "aus Wien").
_FROM_PARTICLES = frozenset({"de", "da", "do", "di", "del", "von", "van", "aus"})


def parse_name(
    text: str,
    pos: int,
    *,
    strict: bool,
    lowercase_ok: bool = False,
    vocabulary_ok: bool = True,
    loose: bool = False,
) -> int | None:
    """End offset of the name starting at ``pos``, or None when no name starts there.

    ``strict`` (after couple words, phrases, client words) also refuses ordinary words
    (:func:`classify` COMMON), and with ``vocabulary_ok`` False names that are listed ordinary
    words too ("Meeting with Paris team"); ``lowercase_ok`` accepts a lower-case known name first
    ("mrs hughes", as a transcription writes it).
    """
    if text.startswith(BRANDS, pos):
        return None
    end: int | None = None
    n_words = 0
    cursor = pos
    previous = ""
    while n_words < MAX_NAME_WORDS:
        m = _WORD.match(text, cursor)
        if not m:
            break
        word = m.group()
        lower = word.lower().rstrip(".")
        if (lower in PARTICLES or lower == "lo" and _ITALIAN_LO.match(text, m.end())) and n_words < 3:
            nxt = _GAP.match(text, m.end())
            if nxt and text.startswith(("'t ", "’t "), nxt.end()):
                nxt = _GAP.match(text, nxt.end() + 2)  # "Van 't Hof", "van ’t Veer"
            follow = _WORD.match(text, nxt.end()) if nxt else None
            if follow and (is_capitalised(follow.group()) or follow.group().lower() in PARTICLES):
                if n_words and lower in _FROM_PARTICLES and is_place_month_or_brand(follow.group()) or (
                    n_words and names_a_place_or_org(follow.group())
                ):
                    break  # "Sr. Costa de São Paulo", "Mme Durand de Paris": where from, no name
                cursor = nxt.end()
                continue
            if lowercase_ok and n_words == 0 and follow and follow.group().islower():
                phrase = " ".join(text[pos : follow.end()].lower().split())
                if is_surname(phrase) and classify(phrase) == NAME:
                    return follow.end()  # "mevrouw de vries": a transcription writes the surname in lower case
            break
        if not (is_initial(word) or is_capitalised(word)):
            known_lower = (
                lowercase_ok
                and len(lower) >= 3
                and lower not in NOT_NAMES
                and (n_words == 0 or is_given_name(previous))
                and (classify(lower) == NAME or n_words == 0 and classify(lower) == AMBIGUOUS and is_surname(lower))
            )  # "mrs hughes", "frau äh keller": a transcription writes the name in lower case
            if not known_lower:
                break
        if word in _TITLE_WORDS or lower in NOT_NAMES:
            break
        if _compound_noun(word):
            break  # "Berber-motief", "Michelin-starred": a capitalised word glued to a noun
        if strict and (classify(word) == COMMON or not vocabulary_ok and is_vocabulary(word)) and not (
            cursor > pos and n_words == 0 and is_surname(" ".join(text[pos : m.end()].lower().split()))
        ):
            break  # but "Echtpaar De Wit", "famille Le Blanc": a listed surname with its particle
        if n_words and text.startswith(BRANDS, m.start()):
            break  # "Ama Louis Vuitton": the house starts here
        if n_words == 0 and word.rstrip(".") in PROTECTED_AFTER_TITLE:
            return None
        if n_words > 0 and not _continues(previous, word, loose):
            break
        core = _strip_possessive(word)
        if not is_initial(word):
            core = core.rstrip(".")
        end = m.start() + len(core)
        n_words += 1
        previous = word
        gap = _GAP.match(text, end)
        possessive = core != word.rstrip(".") and not is_initial(word)
        if possessive or not gap:
            break
        cursor = gap.end()
    return end


def skip_fillers(text: str, pos: int) -> tuple[int, bool, bool] | None:
    """Skip what a transcription puts between a title and the name: further titles ("Frau Dr.",
    "Mr and Mrs"), fillers, hesitations, punctuation. Returns (offset of the name, whether
    anything was skipped, whether a sentence ended with no filler to show a transcription),
    or None after a dangling connector."""
    cursor = pos
    skipped = False
    filler = False
    sentence_end = False
    connector = False
    n_skips = n_titles = 0
    while True:
        cursor = _BLANKS.match(text, cursor).end()
        title = _TITLE.match(text, cursor) if n_titles < _MAX_SKIPS else None
        if title:
            cursor, connector, n_titles = title.end(), False, n_titles + 1
            continue
        if n_skips >= _MAX_SKIPS:
            break
        m = _FILLER.match(text, cursor)
        if m:
            cursor, skipped, filler, n_skips = m.end(), True, True, n_skips + 1
            continue
        m = _CONNECTOR.match(text, cursor)
        if m:
            cursor, connector, n_skips = m.end(), True, n_skips + 1
            continue
        m = _PUNCT.match(text, cursor)
        if m:
            mark = m.group()
            if any(c in mark for c in ".!?") and "…" not in mark and ".." not in mark:
                sentence_end = True
            cursor, skipped, n_skips = m.end(), True, n_skips + 1
            continue
        break
    if connector:
        return None
    return cursor, skipped, sentence_end and not filler


# Weak titles that are titles before a surname that is a place too ("Dona Santos", "Dona
# Paiva"), unlike "Miss Paris", "Lady Dior".
_PLACE_SURNAME_TITLES = frozenset({"Dona", "dona"})


def _after_title(
    text: str, title_end: int, weak: bool, german: bool = False, place_surname_ok: bool = False
) -> PiiSpan | None:
    skip = skip_fillers(text, title_end)
    if skip is None:
        return None
    start, skipped, sentence_end = skip
    first = _WORD.match(text, start)
    if not first:
        return None
    word = first.group()
    if rejected_after_title(word):
        return None
    if skipped or weak:
        kind = classify(word)
        place = weak and is_place_month_or_brand(word) and not (place_surname_ok and is_surname(word))
        if kind == COMMON or place:
            return None  # "Miss Paris", "Lady Dior"
        if sentence_end and kind == UNKNOWN and not surname_shaped(word):
            return None
    end = parse_name(text, start, strict=False, lowercase_ok=True, loose=not german)
    if end is None or (weak and is_famous(text[start:end])):
        return None
    return PiiSpan(start, end, "NAME")


_OUR_LADY = re.compile(r"(?i:nossa|notre|nuestra|nostra)[ \t\-]+$")


def title_names(text: str) -> list[PiiSpan]:
    spans = []
    for start in scan(text).titles:
        m = _TITLE.match(text, start)
        if m and _OUR_LADY.search(text, max(0, start - 8), start):
            continue  # "Nossa Senhora de Fátima", "Notre-Dame": the Virgin, a church, a feast
        if m and not m.group().endswith(".") and _UNDOTTED_PAUSE.match(text, m.end()):
            skip = skip_fillers(text, m.end())
            if skip is None or not _FILLER.search(text, m.end(), skip[0]):
                continue
        if m:
            span = _after_title(
                text, m.end(), m.group() in WEAK_TITLES, m.group() in _GERMAN_TITLES,
                m.group() in _PLACE_SURNAME_TITLES,
            )
            if span:
                spans.append(span)
    for m in _GLUED_TITLE.finditer(text) if any(t in text for t in _GLUED_HEADS) else ():
        end = parse_name(text, m.end(), strict=True)
        if end:
            spans.append(PiiSpan(m.end(), end, "NAME"))
    return spans


_GLUED_HEADS = ("Mme", "Mlle", "Mrs", "Mevr", "Dhr", "Sra", "Frau", "Herr")
# A title glued to the name, a typing slip a CRM keeps ("MmeLegrand", "MevrDekker").
_GLUED_TITLE = re.compile(r"(?<![\w\-])(?:Mme|Mlle|Mrs|Mevr|Dhr|Sra|Srta|Frau|Herr)(?=[A-Z][a-zà-öø-ÿ]{2,}(?![\w\-]))")


def _cue_ends(text: str) -> dict[int, tuple[bool, bool]]:
    """End offsets of the cue words and phrases of ``text`` → (fillers may follow, names that
    are ordinary words too are accepted after it)."""
    ends: dict[int, tuple[bool, bool]] = {}
    found = scan(text)
    for end in found.cues:
        if text[end : end + 1] in (" ", "\t", "\u00a0"):
            ends[end] = (False, True)
    for start, first in found.phrases:
        for phrase in _PHRASES_BY_FIRST[first]:
            end = start + len(phrase)
            if text[start:end].casefold() == phrase and (
                text[end : end + 1] in (" ", "\t", "\u00a0") or text[end : end + 2] in (", ", ": ")
            ):
                ends[end] = (True, phrase in _OWN_NAME_PHRASES)
                break
    for m in _COLON.finditer(text):  # "Nom : Keller", "Client name: Hughes"
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if label and label.group(1).casefold() in _LABEL_WORDS:
            ends[m.end()] = (False, True)
    return ends


_VIP = frozenset({"VIP", "ВИП", "vip"})


def _cued(text: str) -> list[PiiSpan]:
    spans = []
    for cue_end, (fillers, vocabulary_ok) in _cue_ends(text).items():
        start = _BLANKS.match(text, cue_end).end()
        if fillers:
            skip = skip_fillers(text, start)
            if skip is None:
                continue
            start = skip[0]
        word = _WORD.match(text, start)
        if word and word.group() in _VIP and not fillers:
            # "Клиент VIP Кузьмич", "Kundin VIP Brandt": a tier between the client word and the name
            start = _BLANKS.match(text, word.end()).end()
            word = _WORD.match(text, start) if start > word.end() else None
        if word and word.group() in ROLE_TITLES:
            # "Met Colonel Fairbairn", "Met Colonel [NAME]": the rank is no part of the name
            start = _BLANKS.match(text, word.end()).end()
            word = _WORD.match(text, start) if start > word.end() else None
        if not word or (word.group().isupper() and len(word.group()) <= 4):
            continue
        gap = text[cue_end:start]
        if any(c in gap for c in ",.;:!?") and not _FILLER.search(gap):
            # "Visit from , Christening …": punctuation, no filler: only a known name goes on
            if classify(word.group()) not in (NAME, AMBIGUOUS) and not surname_shaped(word.group()):
                continue
        if word.group().lower() in PARTICLES and not fillers:
            # "clienta de Valencia" is where she comes from; "Familie van Dijk", "Coniugi De
            # Luca", "Matrimonio de la Fuente" are family names
            nxt = word
            while nxt and nxt.group().lower() in PARTICLES:
                gap_after = _GAP.match(text, nxt.end())
                nxt = _WORD.match(text, gap_after.end()) if gap_after else None
            listed = nxt and is_surname(" ".join(text[start : nxt.end()].lower().split()))  # "Echtpaar De Wit"
            if not nxt or not listed and (classify(nxt.group()) == COMMON or (
                classify(nxt.group()) == AMBIGUOUS and (is_vocabulary(nxt.group()) or is_place_month_or_brand(nxt.group()))
            )):
                continue
        loose = not fillers and not scan(text).german
        end = parse_name(
            text, start, strict=True, lowercase_ok=fillers, vocabulary_ok=vocabulary_ok, loose=loose
        )
        if end is not None:
            spans.append(PiiSpan(start, end, "NAME"))
    return spans


_ROMAJI_SUFFIX = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}'’]+)(?:-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|"
    rf"сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)|"
    rf" (?:san|sama|sensei|nim|ssi))(?![{LETTER}])"
)
# The suffix part of _ROMAJI_SUFFIX alone: without it in the note there is no match to look for.
_ROMAJI_HINT = re.compile(
    r"-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)"
    r"| (?:san|sama|sensei|nim|ssi)"
)
# "les Moreau-Diallo", "los Garza": a family named by a plural article and a known surname.
_PLURAL_FAMILY = re.compile(
    rf"(?<![{LETTER}])(?:les|los|os|die|gli|i|the)[ \t]+([{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)*)(?![{LETTER}\-])"
)
_FAMILY_AFTER = re.compile(
    rf"(?<![{LETTER}])(?i:the)[ \t]+([{UPPER}][{LETTER}\-]+)(?:['’]s?)?"
    r"[ \t]+(?i:family|couple|household)\b"
)


# "The Blacks (Ian and Moira)", "Les Marchal (Julie et Marc)", "los Herrera (Pedro y Lucía)":
# a family word or plural article, a capitalised word and the couple's given names in brackets.
_FAMILY_WITH_GIVEN = re.compile(
    rf"(?<![{LETTER}])(?:[Tt]he|[Ll]es|[Ll]os|[Ll]as|[Dd]ie|[Oo]s|[Aa]s|[Gg]li|[Ii]|[Dd]e|"
    rf"{alternation(COUPLE_WORDS)})[ \t]+([{UPPER}][{LETTER}'’\-]+)[ \t]*[(（][ \t]*"
    rf"([{UPPER}][{LETTER}\-]+)[ \t]*(?:&|\+|/|and|et|und|y|e|i|en|и)[ \t]*([{UPPER}][{LETTER}\-]+)[ \t]*[)）]"
)


def _family_with_given(text: str) -> list[PiiSpan]:
    spans = []
    for m in _FAMILY_WITH_GIVEN.finditer(text):
        if is_given_name(m.group(2)) and is_given_name(m.group(3)) and not is_place_month_or_brand(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def _family_after(text: str) -> list[PiiSpan]:
    """"the Collins family", "the Whitfields' household"; "Tanaka-san", "Kim-nim"."""
    spans = []
    low = text.casefold()
    romaji = "-" in text or " s" in text or " nim" in text
    matches = list(_ROMAJI_SUFFIX.finditer(text)) if romaji and _ROMAJI_HINT.search(text) else []
    for m in _PLURAL_FAMILY.finditer(text):
        word = m.group(1)
        if text[m.start() : m.start() + 3].casefold() == "the":
            # "the Whitfields": a plural surname
            if not (word.endswith("s") and is_surname(word[:-1]) and classify(word[:-1]) != COMMON):
                continue
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            continue
        parts = word.split("-")
        if all(is_surname(p) and classify(p) != COMMON for p in parts) and not is_vocabulary(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "family" in low or "couple" in low or "household" in low:
        matches += _FAMILY_AFTER.finditer(text)
    for m in matches:
        if classify(m.group(1)) != COMMON:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Brazilian "seu" (Mr, also "your") and "sô": a title only before a known given name ("seu Zé",
# "seu Joaquim"), not "seu Rolex", "seu Natal".
_SEU = re.compile(rf"(?<![{LETTER}])(?:seu|Seu|sô|Sô|seo)[ \t]+([{UPPER}][{LETTER}]*(?:-[{UPPER}][{LETTER}]+)?)")


def _seu_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _SEU.finditer(text):
        word = m.group(1)
        unknown = classify(word) == UNKNOWN and len(word) >= 3 and not word.isupper() and is_capitalised(word)
        if (is_given_name(word) or unknown) and classify(word) != COMMON and not is_place_month_or_brand(word):
            end = parse_name(text, m.start(1), strict=True) or m.end(1)
            spans.append(PiiSpan(m.start(1), end, "NAME"))
    return spans


# A rank or a profession as a title ("Captain Ellsworth, retired", "Notar Dittberner, Termin",
# "el juez Quiroga dijo"); lower-case after an article in the Romance languages and English.
_ROLE_LOWER = frozenset(t.lower() for t in ROLE_TITLES if t[-1] != ".")
_ARTICLE_THEN_LOWER = re.compile(r"\b(?:[Tt]he|[Ee]l|[Ll]e|[Ii]l|[Ll]a|[Oo]|[Aa])[ \t]+([a-zà-ÿ]{4,})[ \t]+(?=[A-ZÀ-Þ])")
_ROLE_NAME_AFTER = re.compile(
    rf"[ \t\u00a0]+([{UPPER}][{LETTER}]+(?:['’\-][{UPPER}][{LETTER}]+)?)"
    rf"(?=[ \t]*(?:[,;:.)!?—–]|$|\n)|[ \t]+[a-zà-ÿ])"
)


# Nouns that make a compound with a client word ("Guest List", "VIP Lounge", "Gast Zimmer").
_NOT_AFTER_ROLE = frozenset(
    "list liste lounge room area event events evening night day days list book card club pass service".split()
)


_PAUSE_AFTER = re.compile(r"[ \t]*(?:[,;:)—–]|$|\n)")


def _role_ends(text: str) -> list[tuple[int, int]]:
    """(start, end) of the role words of ``text`` used as titles."""
    ends = []
    for start, stop, word in scan(text).capitals:
        if (
            word in ROLE_TITLES
            or word in CLIENT_HEADS
            or text[stop : stop + 1] == "." and word + "." in ROLE_TITLES
            or len(word) > 8 and word.endswith(("kunde", "kundin"))  # "Stammkundin", "Geschäftskunde"
        ):
            if not (start and text[start - 1] in "-'’."):
                dotted = text[stop : stop + 1] == "." and word + "." in ROLE_TITLES
                ends.append((start, stop + 1 if dotted else stop))  # "Capt. Ellsworth", not "VIP. Rappeler"
    if " " in text:
        for m in _ARTICLE_THEN_LOWER.finditer(text):
            if m.group(1) in _ROLE_LOWER:
                ends.append((m.start(1), m.end(1)))
    return ends


def _role_names(text: str) -> list[PiiSpan]:
    """A word missing from the lexicon (or a known surname) after a rank or a profession used as
    a title, closed by punctuation or a lower-case word: "Captain Ellsworth, retired", "Notar
    Dittberner, Termin am Montag", "Architektin Hollweg, sehr genau". Not "Chef Michelin", "Judge
    Judy" (famous), nor a place, a month or an ordinary (German) noun."""
    spans = []
    german = scan(text).german
    for role_start, role_end in _role_ends(text):
        m = _ROLE_NAME_AFTER.match(text, role_end)
        if not m:
            continue
        word = m.group(1)
        if german and ("-" in word or not _PAUSE_AFTER.match(text, m.end(1))):
            continue  # "Unternehmer Tech-Sektor", German nouns after a role: a pause must follow
        kind = classify(word)
        if kind == COMMON or is_place_month_or_brand(word) or is_famous(text[role_start : m.end(1)]):
            continue
        if kind == AMBIGUOUS or kind == NAME and not is_surname(word) or word.isupper():
            continue  # "Captain America", "General Electric"; a given name is a first name's rule
        if len(word) < 3 or fold(word) in NOT_NAMES or fold(word) in KIN_WORDS or fold(word) in _NOT_AFTER_ROLE or (
            not is_surname(word) and fold(word).endswith(("ier", "ière", "eur", "euse", "iste", "ista", "ero", "era"))
        ):  # "Chef Pâtissier", "Chef Cuisinier": a role after a role
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def cue_names(text: str) -> list[PiiSpan]:
    """Names after titles, phrases, couple and client words and labels."""
    spans = title_names(text) + _cued(text) + _family_after(text) + _role_names(text)
    if "(" in text or "（" in text:
        spans += _family_with_given(text)
    if "seu" in text or "Seu" in text or "sô" in text or "Sô" in text or "seo" in text:
        spans += _seu_names(text)
    return spans
