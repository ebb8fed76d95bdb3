"""A surname that opens a line in the register form "Surname, Given —" or "SURNAME, X. (title)".

The given name (a known one, no word) or the initial with a bracketed title after the comma says
the first words are a surname, even where they are words too: a colour ("Schwarz, Katrin –"),
an adjective ("Klein-Hofmann, Sabine:"), a noun ("Van der Zee, Maarten —"). Only at the start of a
line, before a delimiter: "Paris, Marie" inside a sentence stays.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import line_matches
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON, NAME, classify, fold, is_given_name, is_place_month_or_brand, is_surname, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.guard_words import PLACE_OR_ORG_BEFORE
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER, is_filler
from lvmh_pipeline.lib.privacy.names.positions.words import _RU_NOT_SURNAME_ENDINGS

__all__ = ["inverted_openings"]

_PARTICLES = frozenset("van von de der den del della dal di da dos das la le du".split())

_PARTICLE = r"(?:[Vv]an|[Vv]on|[Dd]e[rn]?|[Tt]e[rn]|[Dd]al|[Dd]el|[Dd]i|[Dd]a|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Dd]u|[Ii]n|'t)"
_CAP = rf"[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?"
# A client abbreviation of a CRM record before the name ("Kd. Weiss, Dr. Thomas", "Cl. Morel, Anne")
_CLIENT_ABBREVIATION = r"(?i:kd|kdn|kdin|kl|klt|cl|clt|cte|cust)\.[ \t]+"
_GIVEN_AFTER_TITLE = re.compile(rf"\.?[ \t]+(?:[{UPPER}][{LETTER}]{{0,5}}\.[ \t]+)?({_CAP})")
# A line, or a field of a CRM export ("KD 4411 | Okafor-Lind, Greta | …"), opens the name; a short
# label may stand before it ("Family visit: Okafor, Grace (62), …").
_OPENING = re.compile(
    rf"(?:^|(?<=\n)|(?<=\|))[ \t]*(?:[-•*·>][ \t]*)?(?:[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]*:[ \t]*"
    rf"|{_CLIENT_ABBREVIATION})?"
    rf"(?P<surname>(?:{_PARTICLE}[ \t]+){{0,3}}{_CAP}(?:[ \t]+{_CAP})?)"
    rf"[ \t]*,[ \t]*(?P<given>{_CAP}|[{UPPER}]\.)"
    r"(?P<after>[ \t]*(?:\([^)\n]{1,12}\))?[ \t]*(?:[—–:(|]|[-/][ \t]|,|$|\.(?=[ \t\n]|$)))",
    re.MULTILINE,
)
# "Dal Monte Lucia, 70 anni", "Rdv Haddad Samira, 14h", "CLT : DE LA TOUR Hélène /", "LEMAIRE
# Sophie + mari": a surname (particles, capitalised or upper-case words) then a known given name,
# opening a line.
_UPPER_PARTICLE = r"(?:VAN|VON|DE[RN]?|DEL|DELLA|DAL|DI|DA|DOS|DAS|LA|LE|DU)"
_SURNAME_GIVEN = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*·>][ \t]*)?(?:(?i:rdv|rdv\.|clt|client|cliente|clienta|kunde|kundin|klant)[ \t]*:?[ \t]*)?"
    rf"(?P<surname>(?:(?:{_PARTICLE}|{_UPPER_PARTICLE})[ \t]+){{0,3}}{_CAP}(?:[ \t]+{_CAP})?)"
    rf"[ \t]+(?P<given>{_CAP})(?P<after>[ \t]*(?:[,/(—–:]|[-+&][ \t]|$))",
    re.MULTILINE,
)
# "Ellery-Vance, Mr. —", "Weber-Lüdenscheidt, Hr. Dr. —": a surname, then only its titles
_SURNAME_TITLES = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*·>][ \t]*)?(?P<surname>{_CAP})[ \t]*,"
    rf"(?P<titles>(?:[ \t]*[{UPPER}][{LETTER}]{{0,5}}\.?){{1,3}})(?=[ \t]*(?:[—–:(]|-[ \t]|,|$))",
    re.MULTILINE,
)
# Titles that may follow an initial in brackets: "(Herr)", "(dhr.)", "(Mrs)".
_TITLE_IN_BRACKETS = re.compile(
    r"\((?i:dhr|mw|mevr|mevrouw|heer|herr|frau|hr|fr|mr|mrs|ms|m|mme|sig|sig\.ra|sr|sra|sra\.)\.?\)"
)


_AGE_AFTER = re.compile(r"[ \t]*\d{1,2}(?!\d)(?![ \t]*(?:[:/h%€$£]|\.\d|[ \t]*(?:k|K|Uhr|uur|min)\b))")
_PREPOSITIONS = frozenset({"para", "pour", "per", "for", "für", "voor", "con", "avec", "with", "mit", "com"})


def inverted_openings(text: str) -> list[PiiSpan]:
    spans = []
    for m in line_matches(_OPENING, text, "|"):  # at line and field starts only
        surname, given = m.group("surname"), m.group("given")
        words = surname.split()
        last = words[-1].split("-")[0]
        if is_place_month_or_brand(last) and not last.isupper() or _title(words[0]):
            continue
        if given.casefold() in TITLE_WORDS_LOWER:
            # "Kd. Weiss, Dr. Thomas –": the register form with the title before the given name
            nxt = _GIVEN_AFTER_TITLE.match(text, m.end("given"))
            if nxt and is_given_name(nxt.group(1)) and classify(nxt.group(1)) != COMMON and not (
                is_filler(last) or classify(last) == COMMON
            ):
                spans.append(PiiSpan(m.start("surname") + _label_width(surname, words), m.end("surname"), "NAME"))
            continue
        if m.group("after").strip() == "." and (not surname.isupper() or is_place_month_or_brand(last)):
            continue  # "BLACK, Julian. …": a full stop ends the register form only after capitals
        if is_filler(last) or classify(last) == COMMON and not (len(words) > 1 and words[0].casefold() in _PARTICLES or "-" in words[-1]):
            continue  # "Allora, Matteo …", "Bonjour, Marie": a word, not a surname that is one too
        if given.endswith("."):
            if not _TITLE_IN_BRACKETS.search(m.group("after")):
                continue
        elif not (is_given_name(given) and (classify(given) == NAME or _AGE_AFTER.match(text, m.end()))) and not _register_given(
            surname, given, m.group("after")
        ):
            continue  # a given name that is a place or a word too ("Rose, Victoria — 29") needs the age after
        spans.append(PiiSpan(m.start("surname") + _label_width(surname, words), m.end("surname"), "NAME"))
        if not given.endswith("."):
            spans.append(PiiSpan(m.start("given"), m.end("given"), "NAME"))
    for m in line_matches(_SURNAME_TITLES, text):
        surname, titles = m.group("surname"), m.group("titles").split()
        first = surname.split("-")[0]
        if not all(t.casefold().rstrip(".") in TITLE_WORDS_LOWER for t in titles) or _title(surname):
            continue
        if is_place_month_or_brand(first) or classify(surname) == COMMON or classify(first) == COMMON and "-" not in surname:
            continue  # "Paris, Mme —", "Hello, Mr —"
        spans.append(PiiSpan(m.start("surname"), m.end("surname"), "NAME"))
    for m in line_matches(_SURNAME_GIVEN, text):
        surname, given = m.group("surname"), m.group("given")
        words = surname.split()
        last = words[-1].split("-")[0]
        if words[0].casefold() in _PREPOSITIONS:
            continue  # "Para Inés (su sobrina)": a preposition, then the given name
        if _title(words[0]) or any(w.casefold().rstrip(".") in TITLE_WORDS_LOWER or is_vocabulary(w) and w.casefold() not in _PARTICLES and not surname.isupper() and len(words) > 1
               and w != words[-1] for w in words):
            continue  # "Visite Mme Bertrand", "Rendez-vous Marie"
        marked = len(words) > 1 and words[0].casefold() in _PARTICLES or surname.isupper()
        if not (is_given_name(given) and classify(given) == NAME) or is_given_name(last):
            continue
        if m.group("after").strip()[:1] in "+&" and not (marked or is_surname(last)):
            continue  # "Cadeau Julie + Marc": before a couple's "+", only a marked or listed surname
        if is_place_month_or_brand(last) or (is_vocabulary(last) and not marked):
            continue
        if len(words) == 1 and "а" <= last[-1:].lower() <= "я" and last.lower().endswith(_RU_NOT_SURNAME_ENDINGS):
            continue  # "Приходил Витя (Виктор)": a verb opens the sentence
        spans.append(PiiSpan(m.start("surname"), m.end("given"), "NAME"))
    return spans


def _label_width(surname: str, words: list[str]) -> int:
    """"KD Schneider, Bernd", "VIP Okafor, Grace": a CRM abbreviation in capitals (no listed name)
    before a surname that is not in capitals labels the line; it is no part of the name."""
    if len(words) == 2 and words[0].isupper() and not words[1].isupper() and classify(words[0]) == COMMON:
        return surname.index(words[1], len(words[0]))
    return 0


def _register_given(surname: str, given: str, after: str) -> bool:
    """"KOWALCZYK, Radoslaw —": after a surname in capitals and before a dash or a colon, a given name
    missing from the lexicon, no ordinary word, place or brand."""
    return (
        surname.isupper() and len(surname) >= 3 and given[1:].islower() and after.strip()[:1] in ("—", "–", ":", "-")
        and classify(given) != COMMON and not is_vocabulary(given) and not is_place_month_or_brand(given)
    )


def _title(word: str) -> bool:
    """A title or a place word ("Dona Rosa", "Via Giulia", "Santa Lucia"): no surname."""
    return word.casefold().rstrip(".") in TITLE_WORDS_LOWER or fold(word) in PLACE_OR_ORG_BEFORE
