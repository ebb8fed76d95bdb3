"""Names opening a note or a sentence where the word alone would not say so.

- a surname with a particle opening a note before an age ("De Jong, 45 jaar", "Van der Berg,
  60", "Da Silva, 44 anos", "Le Goff, 38 ans"), or opening a sentence before a lower-case word
  ("… . De Luca conferma per telefono", "Von Stein bestätigt"): the particle is part of the
  name — not "De nuevo", "Da quando", "Le client", "Van daag" (no capitalised word follows), nor
  "De Madrid", "Le Louvre" (a place), nor an article before a word ("Das Weiss steht ihr");
- a capitalised word opening a note before an age given with an approximation or an age word
  ("Kensington, around 30", "Weiss, aged 33", "Rose, ca. 45"): a surname that is a place or a
  word too; the age is the cue. Not an ordinary word only ("Anniversaire, environ 50"), a kin,
  role or state word ("Tochter, circa 25"), a month or a house.

Plain "Keller, 57 jaar" and "Rose, 45 ans" are the leading-name rule's (:mod:`.positions`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, alternation, is_capitalised
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
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.guard_words import BRANDS_AND_PRODUCTS, COLOURS_AND_MATERIALS, MONTHS_AND_DAYS
from lvmh_pipeline.lib.privacy.names.lexicon import AGE_APPROX, BRANDS, LABELS, NOT_NAMES, TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.positions.words import _AGE_AFTER, _LINE_START, _ordinary

__all__ = ["opening_names"]

# Particles that open a surname ("De Jong", "Van der Berg", "Le Goff"); the articles among them
# ("Le", "La", "Das" …) only before an age.
_NAME_PARTICLES = ("De", "Di", "Da", "Del", "Della", "Dello", "Dei", "Degli", "Van", "Von", "Vom", "Du", "Dos")
_ARTICLE_PARTICLES = ("Le", "La", "Lo", "Das", "Do", "Ter", "Ten", "Des", "Mac", "Mc")
_INNER_PARTICLES = ("der", "den", "de", "la", "las", "los", "le", "du", "des", "het", "ter", "ten", "van", "da", "do", "dos")
_CAP = rf"[{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*"
_PARTICLE_NAME = re.compile(
    rf"(?<![{LETTER}'’\-])(?P<particle>{alternation(_NAME_PARTICLES + _ARTICLE_PARTICLES)}"
    rf"|{alternation(p.lower() for p in _NAME_PARTICLES)})"
    rf"(?:[ \t]+(?:{alternation(_INNER_PARTICLES)})){{0,2}}[ \t]+(?P<word>{_CAP})(?![{LETTER}'’\-])"
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?…\n])[ \t]*$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-zà-ÿ]")
# An age with an approximation or an age word and no unit: ", around 30", ", aged 33", ", ca. 45".
_AGE_WORDS = (
    "aged", "age", "âgé", "âgée", "âgé de", "âgée de", "età", "di età", "edad", "idade", "alter",
    "leeftijd", "возраст",
)
_WORDED_AGE = re.compile(
    rf"[ \t]*[,(][ \t]*(?i:{alternation(AGE_APPROX + _AGE_WORDS)})[ \t]*:?[ \t]*\d{{2}}"
    r"(?![\d%.,]\d|[ \t]*(?:[kK€$£%]|[a-zà-ÿ]))"
)
_FIRST_WORD = re.compile(rf"({_CAP})(?![{LETTER}'’\-])")


def _surname_word(word: str) -> bool:
    """A capitalised word after a particle that may be the family name: no place, month, house,
    title or listed ordinary word only."""
    return (
        is_capitalised(word)
        and fold(word) not in NOT_NAMES
        and not is_place_month_or_brand(word)
        and not names_a_place_or_org(word)
    )


def _aged(text: str, end: int) -> bool:
    return bool(_AGE_AFTER.match(text, end) or _WORDED_AGE.match(text, end))


def _particle_names(text: str, note_start: int) -> list[PiiSpan]:
    spans = []
    for m in _PARTICLE_NAME.finditer(text):
        at_note_start = m.start() == note_start
        if not at_note_start and not _SENTENCE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue
        word, particle = m.group("word"), m.group("particle")
        name = text[m.start() : m.end()]
        if not _surname_word(word) or is_famous(name) or name.startswith(BRANDS) or fold(name) in BRANDS_AND_PRODUCTS:
            continue
        if at_note_start and _aged(text, m.end()):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "De Jong, 45 jaar"
        elif (
            particle in _NAME_PARTICLES
            and _LOWER_AFTER.match(text, m.end())
            # the whole name listed ("De Vries", "Van der Meer": "Meer" alone is a word)
            and (is_surname(name) or ((is_surname(word) or is_given_name(word)) and classify(word) != COMMON))
        ):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))  # "… . De Luca conferma", "De Vries kwam langs"
    return spans


def _worded_age_name(text: str, note_start: int) -> list[PiiSpan]:
    """"Kensington, around 30", "Weiss, aged 33": one capitalised word opening the note."""
    m = _FIRST_WORD.match(text, note_start)
    if not m or not _WORDED_AGE.match(text, m.end()):
        return []
    word = m.group(1)
    low = fold(word)
    if (
        not is_capitalised(word)
        or (word.isupper() and len(word) <= 4)
        or _ordinary(word)
        or low in MONTHS_AND_DAYS
        or low in BRANDS_AND_PRODUCTS
        or text.startswith(BRANDS, m.start())
        or names_a_place_or_org(word)
    ):
        return []
    return [PiiSpan(m.start(1), m.end(1), "NAME")]


# A name opening the note, then a capitalised word that is none ("Jansen Follow-up: …", "Van den
# Berg Afspraak …", "Haddad Madame, …"); in a note written in another script, a romanised name
# of two or three words whatever follows ("Park Ji-yeon Manager 방문", "Chen Yu-ting 来电").
_OPENING_WORD = re.compile(
    rf"[ \t]*((?:{alternation(_NAME_PARTICLES)}|{alternation(_INNER_PARTICLES)})(?:[ \t]+(?:{alternation(_INNER_PARTICLES)})){{0,2}}"
    rf"[ \t]+{_CAP}|{_CAP}|(?:O|D)['’]{_CAP})(?![{LETTER}'’\-])"
)
_ROMANISED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")  # "Ji-yeon", "Yu-ting", "Min-ji"
# A romanised Korean, Chinese or Japanese given name by its syllables ("Jisoo", "Minho", "Seoyeon").
_ROMANISED = re.compile(r"(?i:(?:[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l)?){1,3})")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_OTHER_SCRIPT = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _name_word(word: str, romanised: bool) -> bool:
    """A known name that is no word; in a note in another script also a romanised given name
    ("Ji-yeon", "Jisoo") or a name that is a word elsewhere ("Park", "Li"), not a colour."""
    low = fold(word)
    if low.rstrip(".") in TITLE_WORDS_LOWER:
        return False
    kind = classify(word)
    if romanised and (_ROMANISED_GIVEN.fullmatch(word) and kind != COMMON or kind == UNKNOWN and 3 <= len(word) <= 8 and _ROMANISED.fullmatch(word)):
        return True
    return (
        (is_surname(word) or is_given_name(word))
        and (kind == NAME or romanised and kind == AMBIGUOUS and low not in COLOURS_AND_MATERIALS)
        and low not in NOT_NAMES
        and not is_place_month_or_brand(word)
        and (romanised or not names_a_place_or_org(word))
    )


def _leading_run(text: str, note_start: int) -> list[PiiSpan]:
    # the note is written in another script, not a gloss in brackets ("Park Seo-yeon (박서연)")
    other_script = len(_OTHER_SCRIPT.findall(_BRACKETED.sub("", text))) >= 2
    words = []
    pos = note_start
    while len(words) < 4:
        m = _OPENING_WORD.match(text, pos)
        if not m:
            break
        words.append(m)
        pos = m.end()
    names = []
    for m in words:
        if not _name_word(m.group(1), other_script):
            break
        names.append(m)
    if not names or len(names) == len(words) and not other_script:
        return []  # "Anna Keller" before a comma or an age is the leading-name rule's
    name = text[names[0].start(1) : names[-1].end()]
    if text.startswith(BRANDS, names[0].start(1)) or is_famous(name) or fold(name) in BRANDS_AND_PRODUCTS:
        return []
    if not is_surname(names[0].group(1)) and not (len(names) > 1 and is_surname(names[-1].group(1))):
        return []
    if other_script and len(names) > 1 and all(classify(m.group(1)) == AMBIGUOUS for m in names) and not (
        len(names[0].group(1)) <= 3 and is_surname(names[0].group(1))
    ):
        return []  # "Grace Kelly", "Jordan Rose": a Latin pair of words, no romanised name
    follows = words[len(names)].group(1) if len(words) > len(names) else ""
    if other_script and (len(names) >= 2 or not follows):
        return [PiiSpan(names[0].start(1), names[-1].end(), "NAME")]
    strict = all(_name_word(m.group(1), False) or m.group(1)[:1].islower() for m in names)
    if follows and " " not in follows and len(names) <= 2 and strict and not _name_word(follows, False):
        return [PiiSpan(names[0].start(1), names[-1].end(), "NAME")]
    return []


def opening_names(text: str) -> list[PiiSpan]:
    """Particle surnames opening a note or a sentence; a word opening a note before a worded age;
    a known name opening a note before a capitalised word that is no name."""
    line = _LINE_START.match(text)
    note_start = line.end() if line else 0
    spans = _worded_age_name(text, note_start)
    if " " in text:
        spans += _particle_names(text, note_start) + _leading_run(text, note_start)
    if ":" in text:
        spans += _lower_case_record(text)
    return spans


# A CRM record typed in lower case, family name first: "client: moreau, julien", "naam: dekker, anouk".
_LOWER_RECORD = re.compile(
    rf"(?:^|(?<=[\n|;•]))[ \t]*(?i:{alternation(LABELS)})[ \t]*[:：][ \t]*"
    rf"([a-zà-öø-ÿ]{{3,}}(?:-[a-zà-öø-ÿ]{{3,}})?),[ \t]*([a-zà-öø-ÿ]{{3,}})(?![{LETTER}\-])"
)


def _lower_case_record(text: str) -> list[PiiSpan]:
    spans = []
    for m in _LOWER_RECORD.finditer(text):
        family, given = m.group(1), m.group(2)
        if (
            is_given_name(given) and classify(given) == NAME
            and classify(family) in (NAME, UNKNOWN) and not is_given_name(family)
            and family not in NOT_NAMES and not is_place_month_or_brand(family)
        ):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans
