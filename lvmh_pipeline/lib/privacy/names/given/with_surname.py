"""A known given name followed by a surname ("Anna Krause", "Jan de Boer")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import parse_name, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    is_famous,
    is_given_name,
    is_surname,
    is_place_month_or_brand,
    is_vocabulary,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _CAP_RE,
    _GAP,
    _GAP_THEN_UPPER,
    _LAST_WORD,
    _ordinary,
)

# A surname with lower-case particles after a given name: "Jan de Boer", "Anna van der Meer".
_PARTICLE_SURNAME = re.compile(
    r"[ \t]+(?P<surname>(?:de|van|von|vom|zu|da|di|del|della|du|dos|das|do|ter|ten|le|la)"
    r"(?:[ \t]+(?:der|den|de|het|la|le|van))?[ \t]+(?P<last>" + _CAP_RE.pattern + r"))(?![\w'’\-])"
)


def _double_barrelled(word: str) -> bool:
    """"Whitmore-Hale", "Castillo-Reyes": two capitalised parts, one a listed surname."""
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and len(p) > 1 for p in parts) and any(
        is_surname(p) and classify(p) == NAME for p in parts
    )


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _hyphenated_next(text: str, stop: int) -> bool:
    """A double-barrelled surname right after: two capitalised parts, no ordinary word, place or brand."""
    m = _NEXT_WORD.match(text, stop)
    parts = m.group(1).split("-") if m else []
    return len(parts) == 2 and not is_place_month_or_brand(m.group(1)) and classify(m.group(1)) != COMMON and all(
        len(p) >= 3 and p[0].isupper() and p[1:].islower() and classify(p) in (NAME, UNKNOWN, AMBIGUOUS)
        and not is_place_month_or_brand(p) and not is_vocabulary(p) for p in parts
    )


# The particle of an Arabic family name in Latin letters ("Maya Abou Jaoude", "Hala Bin Zayed"; not
# "al" or "el", articles of other languages too: "Rose El Bakery")
_ARABIC_FAMILY_PARTICLES = frozenset("abi abou aboul abu bou abdel abdul abd bin ibn".split())


def _arabic_family_name(name: str) -> bool:
    """A given name, an Arabic family particle, then the family name: a person even when the given
    name is a word too."""
    words = name.split()
    return len(words) >= 3 and words[1].casefold() in _ARABIC_FAMILY_PARTICLES and words[2][:1].isupper()


# Two capitalised words inside a sentence, then punctuation: "vino Clara Garza, quiere …"
_WORD_PAIR = re.compile(r"[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?=[ \t]*(?:[,;:()—–]|\.(?:[ \t]|$)|$))")


# A client word, at most three words (where from) and a comma: "la cliente de Nantes,", "our client,"
_CLIENT_THEN_COMMA = re.compile(
    r"(?<![\w])(?i:client|cliente|clienta|clientes|customer|kunde|kundin|klant|klante|cliënt|cliënte|клиент|клиентка)"
    r"(?:[ \t]+[^\s,]+){0,3},$"
)


def _word_pair(text: str, start: int, stop: int, word: str) -> PiiSpan | None:
    """A given name that is a word too, then a listed surname that is a word too, both capitalised
    inside a sentence and closed by punctuation ("Hoy vino Clara Garza, …", "com a Vera Pinheiro;"):
    two such capitals side by side in the middle of a sentence are a person, not two words."""
    m = _WORD_PAIR.match(text, stop)
    head = text[:start].rstrip()
    apposed = bool(head) and _CLIENT_THEN_COMMA.search(head[-60:]) is not None
    if not m or not head or head[-1] in ".!?:;\n•*-–—(\"'«“" or not (head[-1].isalpha() or apposed):
        return None
    last = m.group(1)
    if not is_surname(last) or is_place_month_or_brand(last) or is_famous(f"{word} {last}"):
        return None
    if not head[-1].isalpha() and is_vocabulary(word) and is_vocabulary(last):
        return None  # "la cliente, Rose Gold,": two words, a colour
    if is_place_month_or_brand(word) and not (apposed and is_given_name(word)):
        return None  # "la clienta, Céline Garnier,": a given name that is a house too, set off after the client
    return PiiSpan(start, m.end(1), "NAME")


def given_name_pairs(text: str) -> list[PiiSpan]:
    spans = []
    lexicon = person_names()
    german = None
    for start, stop, word in scan(text).capitals:
        folded = word.casefold()
        if not _GAP_THEN_UPPER.match(text, stop):
            particle = _PARTICLE_SURNAME.match(text, stop)
            if particle and folded in lexicon.given and is_surname(particle.group("surname")) and not _ordinary(word):
                # "Jan de Boer" (the listed "de Boer") -> "[NAME] de [NAME]", the particle kept as elsewhere
                spans += [PiiSpan(start, stop, "NAME"), PiiSpan(particle.start("last"), particle.end(), "NAME")]
            continue
        if folded not in lexicon.given:
            # surname first: "Kim Min-ji", "Wang Wei", "Tanaka Yuki", "Orlov Ivan"
            nxt = _CAP_RE.match(text, _GAP.match(text, stop).end())
            if (
                folded in lexicon.surnames
                and classify(word) == NAME
                and nxt
                and nxt.group().casefold() in lexicon.given
                and classify(nxt.group()) == NAME
            ):
                spans.append(PiiSpan(start, nxt.end(), "NAME"))
            continue
        if start and text[start - 1] in "[]'’-.":
            continue
        if _ordinary(word) and not (classify(word) == AMBIGUOUS and _hyphenated_next(text, stop)):
            continue  # "Faith Ellery-Vance": a given name that is a word, before a double-barrelled surname
        end = parse_name(text, start, strict=True)
        if end is None or " " not in text[start:end].strip():
            continue
        name = text[start:end]
        last = name.split()[-1]
        if classify(word) == AMBIGUOUS and not (
            is_surname(last) and classify(last) == NAME or _double_barrelled(last) or _hyphenated_next(text, stop)
            or _arabic_family_name(name)
        ):
            if (german := scan(text).german if german is None else german) is False:
                pair = _word_pair(text, start, stop, word)
                spans += [pair] if pair else []
            continue
        before = _LAST_WORD.search(text, max(0, start - 30), start)
        if is_famous(name) or (before and names_a_place_or_org(before.group(1))):
            continue
        spans.append(PiiSpan(start, end, "NAME"))
    return spans
