"""Where a name found stands inside the name of a place, a firm, a feast or a house.

A span the rules or the learned tagger take for a person is dropped when it lies inside such a
name (:func:`venue_name`); the note says so by

- a name of several words that carries a person's name (:data:`.words.NAMED_AFTER_PEOPLE`: "Faria
  Lima", "Morgan Stanley", "los Reyes Magos", "Monsieur Bleu");
- a noun of place or organisation right before ("Hospital Gregorio Marañón", "calle Velázquez",
  "aeroporto Leonardo da Vinci"), a street's noun and its particles too ("rue de la Victoire") or after ("Grimaldi Forum", "Harry's Bar", "Max-Planck-Institut";
  a noun that is a family name too, Hall or Park, only after a hyphen);
- a king's number after a given name ("George V", "Carlos III", "François Ier");
- the street's own word glued to the next word ("Cornelis Schuytstraat");
- "named after" in Russian ("МГУ имени Ломоносова", "им. Пушкина");
- a saint before the word in a Romance language ("Sant'Andrea", "Sant Jordi", "San Raffaele", "São Paulo");
- a contracted article of place ("no Mackenzie", "na Faria Lima", "alla Bocconi", "du Meurice") or a
  verb of working, studying, shopping or staying and its preposition ("werkt bij Philips",
  "arbeitet bei Siemens"), where the word after is no given name alone ("na Ana" stays a person);
- in Arabic, a noun of place in the construct state, a title between ("شارع الشيخ زايد", "بنك الراجحي");
- an office after a title ("Monsieur le Maire", "el señor Alcalde": :mod:`.offices`); the firm after a
  post held in it ("PDG Maison Delorme SA": :mod:`.employers`);
- a name in guillemets after a preposition of place ("обедает в «Пушкине»"), the place one leaves
  before a known place ("from Logan to Heathrow"), a car after a masculine article ("un Mercedes"),
  a word joined by "and" to a place found ("por Serrano y Claudio Coello").

A title opening the words after the noun or the article ends them ("Hotel Mme …" names a person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, NAME, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.guard_words import PLACES
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.venues.employers import employer_spans
from lvmh_pipeline.lib.privacy.names.venues.offices import OFFICE_NOUNS, office_spans
from lvmh_pipeline.lib.privacy.names.venues.words import (
    ARABIC_PLACE_NOUNS,
    ARABIC_TITLES_IN_PLACES,
    NAMED_AFTER_PEOPLE,
    ORG_NOUNS_AFTER,
    PLACE_ARTICLES,
    PLACE_NOUNS_BEFORE,
    STREET_ENDINGS,
    WHERE_PREPOSITIONS,
    WHERE_VERBS,
)

__all__ = ["venue_name", "venue_spans"]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_CAP_WORD = re.compile(rf"[{_UP}][\w'’]*")
_RUN_PARTICLES = frozenset("de da di del do dos das du y e i van der den la le".split())
_GAP = re.compile(r"[ \t]+|-")
_SMALL = re.compile(r"[a-zà-ÿ]+")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _phrase(entry: str) -> str:
    parts = [re.sub("['’]", "['’]", re.escape(p)) for p in re.split(r"[ \-]+", entry)]
    return r"[ \t\-]+".join(parts)


_NAMED = re.compile(
    rf"(?<![\w])(?:{'|'.join(_phrase(e) for e in sorted(NAMED_AFTER_PEOPLE, key=len, reverse=True))})(?![\w])",
    re.IGNORECASE,
)
_NOUN_BEFORE = re.compile(rf"(?<![\w])(?i:{_alternation(PLACE_NOUNS_BEFORE)})[ \t]+(?=[{_UP}])")
# A street's noun, then the particles of its name ("rue de la Victoire", "via della Vittoria", "calle
# de la Princesa", "avenue du Président-Wilson"): the capitalised word after them names the street
_STREET_NOUNS = "rue|avenue|boulevard|bd|allée|quai|impasse|via|viale|piazza|corso|largo|calle|avenida|paseo|plaza|rua|praça|travessa|alameda"
_STREET_PARTICLES = re.compile(
    rf"(?<![\w])(?i:{_STREET_NOUNS})\.?[ \t]+(?:(?i:de[ \t]+la|de[ \t]+las|de[ \t]+los|del|della|dello|delle|dei|degli|de|du|des"
    rf"|da|do|dos|das|di)[ \t]+|(?i:de[ \t]+l|dell)['’][ \t]*)(?=[{_UP}])"
)
_STREET_WORDS = frozenset(_STREET_NOUNS.split("|"))
_NOUN_AFTER = re.compile(rf"(?<=[ \t\-])(?:{_alternation(w.capitalize() for w in ORG_NOUNS_AFTER)})(?![\w])")
_KING = re.compile(
    rf"(?<![\w])(?:[{_UP}][a-zà-ÿ]+[ \t]+)?[{_UP}][a-zà-ÿ]+[ \t\-]+"
    r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|(?:V|X)(?![.\w])|Ier|1er|Ière|1ère)(?![\w])"
)
_STREET = re.compile(
    rf"(?<![\w\-])([{_UP}][a-zà-ÿ]+)[ \t]+[{_UP}][\w]*(?:{_alternation(STREET_ENDINGS)})(?![\w])"
)
_NAMED_AFTER_RU = re.compile(r"(?<![\w])(?:имени|им\.)[ \t]+([А-ЯЁ][\w\-]+(?:[ \t]+[А-ЯЁ][\w\-]+){0,2})")
_SAINT = re.compile(rf"(?<![\w])(?:Sant['’]|(?:Sant|San|Santa|Santo|São|Sankt)[ \t]+)(?=[{_UP}])")
_ARTICLE = re.compile(rf"(?<=[ \t])(?:{_alternation(PLACE_ARTICLES)})[ \t]+(?=[{_UP}])")
_WHERE = re.compile(
    rf"(?<![\w])(?i:{_alternation(WHERE_VERBS)})(?:[ \t]+[^\W\d_]+){{0,2}}?[ \t]+"
    rf"(?:{_alternation(WHERE_PREPOSITIONS)})[ \t]+(?=[{_UP}])"
)
_ARABIC_PLACE = re.compile(
    rf"(?<![\u0621-\u064a])[وبلف]?(?:{_alternation(ARABIC_PLACE_NOUNS)})[ \t]+"
    rf"((?:(?:{_alternation(ARABIC_TITLES_IN_PLACES)})[ \t]+)?(?:(?:عبد|أبو|ابو)[ \t]+)?[\u0621-\u064a]+)"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# The same nouns before a name in Latin letters ("فندق Al Habtoor", "شارع Sheikh Zayed", "مول Al Ghurair")
_ARABIC_PLACE_LATIN = re.compile(
    rf"(?<![\u0621-\u064a])[وبلف]?(?:{_alternation(ARABIC_PLACE_NOUNS)})[ \t]+"
    r"((?:(?:Al|El|Sheikh|Sheikha|King|Prince|Princess)[ \t-]+)?[A-Z][A-Za-z'’]+(?:[ \t]+[A-Z][A-Za-z'’]+)?)"
)
# A name in guillemets after a preposition of place: a restaurant, a shop ("обедает в «Пушкине»")
_QUOTED = re.compile(r"(?<![\w])(?:в|во|на|из|у|au|à|chez|dans)[ \t]+«[ \t\u00a0]?([^«»\n]{1,40}?)[ \t\u00a0]?»")
# The place one leaves, before a known place one goes to ("from Logan to Heathrow", "desde Barajas a
# Londres"); not "de"/"da", which also say whose ("cena da Marco a Milano": at Marco's)
_FROM_TO = re.compile(
    rf"(?<![\w])(?:(?i:from)[ \t]+(?P<a>[{_UP}][\w'’\-]+)[ \t]+(?i:to)|(?i:desde)[ \t]+(?P<b>[{_UP}][\w'’\-]+)[ \t]+(?i:a|hasta)"
    rf"|(?i:von)[ \t]+(?P<c>[{_UP}][\w'’\-]+)[ \t]+(?i:nach)|(?i:van)[ \t]+(?P<d>[{_UP}][\w'’\-]+)[ \t]+(?i:naar)"
    rf"|из[ \t]+(?P<e>[{_UP}][\w'’\-]+)[ \t]+(?:в|во))[ \t]+(?P<to>[{_UP}][\w'’\-]+)"
)
# A car that is a given name too, after a masculine article ("llega en un Mercedes", "el Mercedes")
_CAR = re.compile(r"(?<![\w])(?i:un|el|del|al|ein|einen|einem|um|no|do|il|lo|du|au)[ \t]+(Mercedes|Mercedes-Benz)(?![\w])")
# A word joined by "and" to a place found ("por Serrano y Claudio Coello"): a place of the same kind
_JOINED_BEFORE = re.compile(rf"(?<![\w'’])([{_UP}][\w'’]*)[ \t]+(?:y|e|und|and|et|en|&)[ \t]+$")
_JOINED_AFTER = re.compile(rf"[ \t]+(?:y|e|und|and|et|en|&)[ \t]+([{_UP}][\w'’]*)(?![\w'’\-])")
_TITLE_BEFORE = re.compile(r"([^\W\d_][\w.]*)[ \t]+$")


def _title(word: str) -> bool:
    return word.casefold().rstrip(".") in TITLE_WORDS_LOWER or word.casefold() in TITLE_WORDS_LOWER


def _given_only(word: str) -> bool:
    return is_given_name(word) and not is_surname(word)


def _run(text: str, start: int, max_words: int = 4) -> tuple[int, int, str] | None:
    """The capitalised words from ``start`` (particles between them), as (start, end, first word);
    None when a title opens them."""
    m = _CAP_WORD.match(text, start)
    if not m or _title(m.group()):
        return None
    first, end, pos, words = m.group(), m.end(), m.end(), 1
    while words < max_words:
        gap = _GAP.match(text, pos)
        if not gap:
            break
        nxt = _CAP_WORD.match(text, gap.end())
        if nxt is None:
            small = _SMALL.match(text, gap.end())
            if not small or small.group() not in _RUN_PARTICLES:
                break
            gap2 = _GAP.match(text, small.end())
            nxt = _CAP_WORD.match(text, gap2.end()) if gap2 else None
            if nxt is None or _given_only(nxt.group()) or _title(nxt.group()):
                break  # "Geburtstag von Anna": a person after the particle
        elif _title(nxt.group()):
            break
        end = pos = nxt.end()
        words += 1
    return start, end, first


def _after_title(text: str, start: int) -> bool:
    before = _TITLE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and _title(before.group(1))


_RUN_BEFORE_NOUN = re.compile(rf"(?<![A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё0-9_'’])(?:[{_UP}][\w'’]*(?:[ \t]+|-)){{1,3}}$")


def _noun_after_runs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _NOUN_AFTER.finditer(text):
        if text[m.start() - 1] != "-" and classify(m.group()) in (NAME, AMBIGUOUS):
            continue  # "Emma Hall", "Anna Park": family names
        window = max(0, m.start() - 80)
        run = _RUN_BEFORE_NOUN.search(text, window, m.start())
        if not run:
            continue
        start = run.start()
        for word in _CAP_WORD.finditer(text, run.start(), m.start()):
            if _title(word.group()):
                start = word.end()  # "Mrs Kim Café": the title's person is no part of it
        first = _CAP_WORD.search(text, start, m.start())
        if first is not None:
            particle = _PARTICLE_BEFORE.search(text, max(0, first.start() - 8), first.start())
            # "a cliente do Carolina Palace": the particle before the place is no family name's either
            out.append((particle.start() if particle else first.start(), m.end()))
    return out


_PARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?i:do|da|dos|das|du|del|de[ \t]+la|de|della|di|dal|van|von|vom)[ \t]+$")


# The words a pattern needs (lower case): a note without any of them skips the pattern.
_LOW_WORD = re.compile(r"[^\W\d_]+")
_NAMED_FIRST = frozenset(_LOW_WORD.match(e).group() for e in NAMED_AFTER_PEOPLE)
_BEFORE_WORDS = frozenset(w for n in PLACE_NOUNS_BEFORE for w in _LOW_WORD.findall(n))
_AFTER_WORDS = frozenset(ORG_NOUNS_AFTER)
_WHERE_WORDS = frozenset(w for v in WHERE_VERBS for w in _LOW_WORD.findall(v))


@lru_cache(maxsize=256)
def venue_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` that name a place, a firm, a feast or a house after a person."""
    words = frozenset(_LOW_WORD.findall(text.casefold()))
    out: list[tuple[int, int]] = [(m.start(), m.end()) for m in _NAMED.finditer(text)] if words & _NAMED_FIRST else []
    if words & _BEFORE_WORDS:
        for m in _NOUN_BEFORE.finditer(text):
            if (run := _run(text, m.end())) is not None:
                out.append(run[:2])
                if m.group()[:1].isupper():  # "o senhor do Hotel Fasano": the noun and its particle too
                    particle = _PARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    out.append((particle.start() if particle else m.start(), run[1]))
    if words & _STREET_WORDS:
        for m in _STREET_PARTICLES.finditer(text):
            if (run := _run(text, m.end(), 3)) is not None:
                out.append(run[:2])  # "rue de la Victoire", "via della Vittoria"
    if words & _AFTER_WORDS:
        out += _noun_after_runs(text)
    out += [(m.start(), m.end()) for m in _KING.finditer(text)]
    out += [(m.start(), m.end()) for m in _STREET.finditer(text) if _given_only(m.group(1))]
    if "им" in text:
        out += [(m.start(1), m.end(1)) for m in _NAMED_AFTER_RU.finditer(text)]
    for m in _SAINT.finditer(text):
        if not _after_title(text, m.start()) and (run := _run(text, m.end(), 2)) is not None:
            out.append((m.start(), run[1]))
    for pattern in (_ARTICLE, _WHERE) if words & _WHERE_WORDS else (_ARTICLE,):
        for m in pattern.finditer(text):
            run = _run(text, m.end())
            if run is None or _given_only(run[2]) or _after_title(text, m.start()):
                continue
            out.append((m.start() if pattern is _ARTICLE else m.end(), run[1]))
    if _ARABIC_LETTER.search(text):
        out += [(m.start(1), m.end(1)) for m in _ARABIC_PLACE.finditer(text)]
        out += [(m.start(1), m.end(1)) for m in _ARABIC_PLACE_LATIN.finditer(text)]  # "فندق Al Habtoor"
    if words & OFFICE_NOUNS:
        out += office_spans(text)  # "Monsieur le Maire", "el señor Alcalde": an office, no name
    if "«" in text:
        out += [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]
    for m in _FROM_TO.finditer(text):
        if m.group("to").casefold() in PLACES:
            group = next(g for g in "abcde" if m.group(g))
            out.append((m.start(group), m.end(group)))
    if "Mercedes" in text:
        out += [(m.start(1), m.end(1)) for m in _CAR.finditer(text)]
    out += employer_spans(text)  # "PDG Maison Delorme SA": the firm where the person named holds a post
    return tuple(out + _joined(text, out))


def _joined(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The word on the other side of "and" from a place found, no given name alone nor a title."""
    out = []
    for start, end in found:
        for m in (_JOINED_BEFORE.search(text, max(0, start - 30), start), _JOINED_AFTER.match(text, end)):
            if m and not _given_only(m.group(1)) and not _title(m.group(1)):
                out.append((m.start(1), m.end(1)))
    return out


# A house number after the place: the street of an address, which stays redacted ("R. Oscar Freire 1234")
_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:n[º°.]?[ \t]*)?\d")


def venue_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a name found) inside the name of a place, a firm, a feast or a house
    (and no street before a house number)?"""
    return any(s <= start and end <= e and not _NUMBER_AFTER.match(text, max(end, e)) for s, e in venue_spans(text))
