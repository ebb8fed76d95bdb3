"""Names after a title, a couple or client word, a meeting or naming phrase or a field label."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues.nobles import NOBLE_BEFORE_PARTICLE
from lvmh_pipeline.lib.privacy.names.cues.parsing import parse_name, skip_fillers, t_particle_end
from lvmh_pipeline.lib.privacy.names.cues.words import (
    _BLANKS,
    _COLON,
    _FILLER,
    _GAP,
    _GERMAN_TITLES,
    _LABEL_BEFORE,
    _LABEL_WORDS,
    _OWN_NAME_PHRASES,
    _PHRASES_BY_FIRST,
    _TITLE,
    _UNDOTTED_PAUSE,
    _WORD,
    scan,
    surname_shaped,
)
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
    rejected_after_title,
)
from lvmh_pipeline.lib.privacy.names.lexicon import CLIENT_WORDS, PARTICLES, ROLE_TITLES, WEAK_TITLES

# Weak titles that are titles before a surname that is a place or a brand too ("Dona Santos", "Dona
# Paiva", "il dottor Ferrari", "la señora Zara"), unlike "Miss Paris", "Lady Dior".
_PLACE_SURNAME_TITLES = frozenset(
    "Dona dona dottor dottore dottoressa signor signore signora señor señora senhor senhora doutor doutora".split()
)


# Lower-case personal pronouns a corrected transcription puts after a title and a filler
_PRONOUNS = frozenset(
    "he she him his her they them we you it il elle ils elles er sie es ihm ihr él ella ellos ele ela eles elas "
    "lui lei loro hij zij ze hem haar он она они его её ему ей".split()
)


def _surname_follows(text: str, end: int) -> bool:
    """A capitalised listed family name (no month, place or brand) right after ``end``."""
    gap = _GAP.match(text, end)
    nxt = _WORD.match(text, gap.end()) if gap else None
    return bool(nxt and nxt.group()[:1].isupper() and is_surname(nxt.group()) and not is_place_month_or_brand(nxt.group()))


def _after_title(
    text: str, title_end: int, weak: bool, german: bool = False, place_surname_ok: bool = False
) -> PiiSpan | None:
    skip = skip_fillers(text, title_end)
    if skip is None:
        return None
    start, skipped, sentence_end = skip
    first = _WORD.match(text, t_particle_end(text, start) or start)
    if not first:
        return None
    word = first.group()
    if rejected_after_title(word) or re.split("['’]", word)[0] in _PRONOUNS:
        return None  # "her doctor, no sorry he's a friend": a pronoun after the filler, no name
    word = _after_capital_particle(text, first)
    if skipped or weak:
        kind = classify(word)
        place = weak and is_place_month_or_brand(word) and not (place_surname_ok and is_surname(word))
        if place and is_given_name(word) and _surname_follows(text, first.end()):
            place = False  # "mevr. Mei de Graaf", "Mrs April Hale": a given name that is a month, then the surname
        if kind == COMMON or place:
            return None  # "Miss Paris", "Lady Dior"
        if sentence_end and kind == UNKNOWN and not surname_shaped(word):
            return None
    end = parse_name(text, start, strict=False, lowercase_ok=True, loose=not german)
    if end is None or (weak and is_famous(text[start:end])):
        return None
    return PiiSpan(start, end, "NAME")


def _after_capital_particle(text: str, first: re.Match[str]) -> str:
    """"la señora Al Hashimi", "il signor El Amrani": a capitalised particle that is a word of the
    note's language too ("al", "el") is judged by the family name after it."""
    word = first.group()
    if not (word[:1].isupper() and word.casefold() in PARTICLES and classify(word) == COMMON):
        return word
    gap = _GAP.match(text, first.end())
    nxt = _WORD.match(text, gap.end()) if gap else None
    return nxt.group() if nxt and nxt.group()[:1].isupper() else word


# A title after an indefinite article is a common noun ("un monsieur", "una signora", "ein Herr"); a
# "from" particle and a place after it say where the stranger comes from, not his family name
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])(?i:un|une|una|uno|um|uma|ein|eine|einen|einem|een|a|an)[ \t]+$")
_FROM_PLACE = re.compile(r"[ \t]+(?:de|d['’]|di|da|du|van|von|aus|from)[ \t]*([A-ZÀ-ÖØ-Þ][\w\-]+)(?![\w\-])")


def _stranger_from(text: str, start: int, end: int) -> bool:
    m = _FROM_PLACE.match(text, end)
    return bool(m and _INDEFINITE_BEFORE.search(text, max(0, start - 8), start)
                and is_place_month_or_brand(m.group(1)) and not is_surname(m.group(1)))


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
        if m and _stranger_from(text, start, m.end()):
            continue  # "un monsieur de Tokyo", "una señora de Sevilla": a stranger and where he is from
        if m and NOBLE_BEFORE_PARTICLE.match(text, _BLANKS.match(text, m.end()).end()):
            continue  # "Hrn. Baron v. Stein": the noble title and its family name (:mod:`.nobles`)
        abbreviated = _ABBREVIATED_PARTICLE.match(text, m.end()) if m else None
        if abbreviated and classify(abbreviated.group(1)) != COMMON and not is_place_month_or_brand(abbreviated.group(1)):
            spans.append(PiiSpan(abbreviated.start(1), abbreviated.end(1), "NAME"))  # "mw v.d. Berg"
            continue
        if m:
            span = _after_title(
                text, m.end(), m.group() in WEAK_TITLES, m.group() in _GERMAN_TITLES,
                m.group() in _PLACE_SURNAME_TITLES,
            )
            if span:
                spans.append(span)
    for m in _ARTICLE_SR.finditer(text) if "sr" in text else ():
        word = m.group(1)
        if is_surname(word) and classify(word) == NAME and not is_vocabulary(word) and not is_place_month_or_brand(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "o sr mendonça é", "el sr gutiérrez"
    for m in _GLUED_TITLE.finditer(text) if any(t in text for t in _GLUED_HEADS) else ():
        end = parse_name(text, m.end(), strict=True)
        if end:
            spans.append(PiiSpan(m.end(), end, "NAME"))
    return spans


# A Dutch particle written short between a title and the surname: "mw v.d. Berg", "dhr. v/d Linden"
_ABBREVIATED_PARTICLE = re.compile(r"[ \t]+(?i:v\.[ \t]?d\.?|v/d|vd|v\.)[ \t]+([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?![\w\-])")
# A lower-case "sr" after an article, as voice typing writes it: no "sr" (senior) of a job title
_ARTICLE_SR = re.compile(r"(?<![\w])(?:[Oo]|[Ee]l|[Dd]o|[Dd]el|[Aa]l|[Aa]o|pro|pelo|com o)[ \t]+sr\.?[ \t]+([a-zà-ÿ][a-zà-ÿ'’]{2,})(?![\w\-])")
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
_FULL_STOP = re.compile(r"(?<!\.)[.!?](?!\.)")


# "from", and the article contracted with it ("cliente del Ritz", "client du Bristol"): where one
# comes from or stays, after a client word, when no family name follows
_FROM = frozenset({"de", "da", "do", "di", "aus", "from", "del", "della", "dello", "dei", "degli", "du", "des", "dos", "das"})
_CLIENT_WORDS_LOWER = frozenset(w.casefold() for w in CLIENT_WORDS)


def _client_word_before(text: str, cue_end: int) -> bool:
    """Is the cue a client word ("cliente", "Kundin"), not a couple or family word ("Familie")?"""
    words = text[max(0, cue_end - 30) : cue_end].split()
    return bool(words) and words[-1].casefold() in _CLIENT_WORDS_LOWER


def _cued(text: str) -> list[PiiSpan]:
    spans = []
    for cue_end, (fillers, vocabulary_ok) in _cue_ends(text).items():
        start = _BLANKS.match(text, cue_end).end()
        if fillers:
            skip = skip_fillers(text, start)
            if skip is None:
                continue
            start = skip[0]
        word = _WORD.match(text, t_particle_end(text, start) or start)
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
        if fillers and _FULL_STOP.search(gap) and classify(word.group()) not in (NAME, AMBIGUOUS):
            continue  # "по паспорту так. Приедет …": a sentence ended after the phrase, no name came
        if any(c in gap for c in ",.;:!?") and not _FILLER.search(gap):
            # "Visit from , Christening …": punctuation, no filler: only a known name goes on
            if classify(word.group()) not in (NAME, AMBIGUOUS) and not surname_shaped(word.group()):
                continue
        if word.group().lower() in PARTICLES and not fillers:
            # "clienta de Valencia" is where she comes from; "Familie van Dijk", "Coniugi De
            # Luca", "Matrimonio de la Fuente" are family names
            nxt = word
            t_after = False
            while nxt and nxt.group().lower() in PARTICLES:
                gap_after = _GAP.match(text, nxt.end())
                t_end = t_particle_end(text, gap_after.end()) if gap_after else None
                t_after = t_after or bool(t_end)
                nxt = _WORD.match(text, t_end or gap_after.end()) if gap_after else None
            listed = nxt and is_surname(" ".join(text[start : nxt.end()].lower().split()))  # "Echtpaar De Wit"
            if not nxt or not listed and not t_after and (classify(nxt.group()) == COMMON or (
                classify(nxt.group()) == AMBIGUOUS and (is_vocabulary(nxt.group()) or is_place_month_or_brand(nxt.group()))
            )):
                continue
            if word.group() in _FROM and not is_surname(nxt.group()) and _client_word_before(text, cue_end):
                continue  # "a cliente de Pinheiros": a district she comes from, whatever its name
        loose = not fillers and not scan(text).german
        end = parse_name(
            text, start, strict=True, lowercase_ok=fillers, vocabulary_ok=vocabulary_ok, loose=loose
        )
        if end is not None:
            spans.append(PiiSpan(start, end, "NAME"))
    return spans
