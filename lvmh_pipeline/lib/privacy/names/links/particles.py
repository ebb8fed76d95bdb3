"""The particle surname right after a name found: "Frau Ingrid von der Aue", "Pablo de los Ríos", "Paolo Del Monte".

After a given name (or its ``[NAME]`` placeholder) found by an earlier pass, lower-case particles
and a capitalised word are the surname, even where the word is a word too ("… von der Au",
"… del Monte", "… dos Anjos", "… in 't Hof", "… v.d. Berg"); so is an Arabic family name after its article or
"son of" in Latin or Cyrillic letters ("Аиша аль-Мансури", "Omar bin Zayed"). A place, month or brand after the
particles is no surname ("Marie de Lyon", "… de São Paulo"), nor is an acronym ("… von der LMU").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import fold, is_given_name, is_place_month_or_brand, is_surname
from lvmh_pipeline.lib.privacy.names.guard_words import CITIES_AFTER_FROM, PLACE_OR_ORG_BEFORE
from lvmh_pipeline.lib.privacy.names.lexicon import TITLE_WORDS_LOWER

__all__ = ["particle_tails"]

_TAIL = re.compile(
    r"[ \t]+(?P<particles>(?i:von[ \t]+(?:der|dem|den)|vom|van[ \t]+(?:der|den|de|het)|van|in[ \t]+['’]t|in[ \t]+het"
    r"|ter|ten|de[ \t]+(?:la|las|los|le)|del|della|dalla|dal|de|des|du|da|das|do|dos|di|von)[ \t]+"
    r"|(?:v\.[ \t]?d\.|v/d|v\.)[ \t]*)"  # written short: "Evelien v.d. Berg", "Karl v. Stein"
    rf"(?P<word>[{UPPER}][{LETTER}'’]+(?:-[{UPPER}][{LETTER}'’]+)?)"
)
# An Arabic article or "son of" before the family name, in Latin or Cyrillic letters ("Аиша аль-Мансури",
# "Халид ибн Саид", "Omar bin Zayed"): the family name after it
_ARABIC_TAIL = re.compile(
    r"[ \t]+(?P<particles>(?i:al|el|ad|ar|as|ash|at|az|an|аль|эль|ал|ад|ар|ас|аш|ат|аз|ан)-"
    r"|(?i:bin|ibn|bint|abu|бин|ибн|бинт|абу|бен)[ \t]+)"
    rf"(?P<word>[{UPPER}][{LETTER}'’]+)"
)
_SINGLE = frozenset({"de", "da", "di", "von", "van", "du", "des", "do"})  # "Marie de Lyon"; "… dos Santos" stays a name
_NEXT_CAP = re.compile(rf"[ \t]+([{UPPER}][{LETTER}'’]+)")


# Particles of origin ("of", "from") that join no second family name to a family name
_ORIGIN_PARTICLES = frozenset({"di", "da", "do"})


def _place_after_surname(text: str, start: int, end: int, particles: str, word: str) -> bool:
    """"la signora Colombo di Navigli", "Sousa da Mouraria": an origin particle after a family name (no
    given name; a name replaced only after a title) and an unlisted word: where the person is from, not
    a second family name ("Costa da Silva" is one)."""
    words = text[start:end].split()
    last = words[-1] if words else ""
    if not last or particles.strip().casefold() not in _ORIGIN_PARTICLES or is_surname(word) or is_given_name(word):
        return False
    if last == "[NAME]":
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        return bool(before) and before.group(1).casefold().rstrip(".") in TITLE_WORDS_LOWER
    return not is_given_name(last)


_WORD_BEFORE = re.compile(r"([^\W\d_]+\.?)[ \t]+$")


def particle_tails(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    out = []
    for start, end in anchors:
        m = _TAIL.match(text, end)
        if not m:
            m = _ARABIC_TAIL.match(text, end)
            if m and not is_place_month_or_brand(m.group("word")):
                out.append(PiiSpan(m.start("word"), m.end("word"), "NAME"))
            continue
        after = _NEXT_CAP.match(text, m.end("word"))
        single = " ".join(m.group("particles").split()).casefold() in _SINGLE
        word = m.group("word")
        if m.group("particles").startswith("v") and "." in m.group("particles") and text[m.end("word") : m.end("word") + 1] == "." and len(word) <= 4:
            continue  # "v. Chr.": an abbreviation after the short particle, no family name
        if word.isupper() and len(word) > 1:
            continue  # "Professor Richter von der LMU", "Mme Roux de la SNCF": an institution's acronym
        if m.group("particles")[0].isupper() and is_place_month_or_brand(m.group("particles") + word):
            continue  # "Sophie Van Cleef": a house
        if (
            after and (fold(word) in PLACE_OR_ORG_BEFORE or is_place_month_or_brand(word + " " + after.group(1)))
            or single and (is_place_month_or_brand(word) or fold(word) in CITIES_AFTER_FROM)
        ):
            continue  # "… de São Paulo", "Marie de Lyon"
        if _place_after_surname(text, start, end, m.group("particles"), word):
            continue  # "la signora Ferraro di Lambrate": the district she is from
        out.append(PiiSpan(m.start("word"), m.end("word"), "NAME"))  # the particles stay readable
    return out
