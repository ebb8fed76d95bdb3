"""The further parts of an Iberian compound surname, after a name already found.

Portuguese and Spanish names chain family names with particles and the conjunction: "Sr. João
da Silva Pereira", "Sra. Ana Paula de Souza e Castro", "Paulo Henrique Teixeira de Mello",
"María José García de la Fuente", "Juan Carlos Martínez y Fernández", "José Maria Fonseca dos
Reis". A name rule stops at the first particle or conjunction it cannot see past; every part
after it is a family name too. Each part becomes its own span, the particles and the
conjunction stay readable (they are no identifier). A Portuguese agnome after a full name
("Calheiros Neto", "Lobo Filho") is a part too.

A nickname in brackets between the given name and the family names does not end the name:
"Guadalupe (Lupita) Quispe Mamani", "Francisco (Paco) Ruiz Ortega".

A part must be a capitalised word that is no listed ordinary word, place, month, brand, title
or kin word: "Sr. Pereira de São Paulo", "Sra. Lima e Filhos", "D. Souza da loja Centro" keep
their words.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.cues.words import _TITLE_WORDS
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    classify,
    is_place_month_or_brand,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.guard_words import CITIES_AFTER_FROM
from lvmh_pipeline.lib.privacy.names.lexicon import BRANDS, KIN_WORDS, NOT_NAMES

__all__ = ["compound_surname_parts"]

# "de la", "de los", "da", "dos", "e", "y": what joins two family names.
_JOINERS = r"(?:de[ \t]+(?:la|las|los)|d[ao]s?|de|del|e|y|i)"
_WORD = rf"(?P<word>[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)*)(?![{LETTER}'’\-])"
_TAIL = re.compile(rf"[ \t]+(?P<joiner>{_JOINERS})[ \t]+{_WORD}")
# After a joined part, the next family name may follow with a blank only ("da Silva Pereira").
_NEXT = re.compile(rf"[ \t]+{_WORD}")
# Words of a firm's name after "e" / "y": "Lima e Filhos", "García y Hermanos".
_FIRM_WORDS = frozenset(
    """filhos filho filha filhas irmãos irmão hijos hijo hija hermanos hermano cia companhia compañía
    sobrinhos sobrinos sucessores sucesores associados asociados hnos sócios socios""".split()
)
# The Portuguese agnome closing a full name ("Antônio Calheiros Neto", "Rui Lobo Filho"): part of it.
_AGNOME = re.compile(rf"[ \t]+(?:Neto|Neta|Filho|Filha|Sobrinho|Sobrinha|Júnior|Junior)(?![{LETTER}'’\-])(?![ \t]+(?:e|y|&)[ \t])")
_LATIN_END = re.compile(rf"[{LETTER}][.]?$")
# The nickname found in brackets right after the name, then the family names
_NICKNAME_THEN = re.compile(rf"[ \t]*\([ \t]*[{UPPER}][{LETTER}]+[ \t]*\)")
_MAX_PARTS = 3


def _family_word(word: str) -> bool:
    parts = word.split("-")
    for part in parts:
        low = part.casefold()
        if (
            classify(part) == COMMON
            or is_place_month_or_brand(part)
            or names_a_place_or_org(part)
            or part in _TITLE_WORDS
            or low in KIN_WORDS
            or low in NOT_NAMES
            or low in _FIRM_WORDS
            or low in CITIES_AFTER_FROM  # "Sig. Rota da Torino": where from
            or len(part) < 2
        ):
            return False
    return not word.startswith(BRANDS)


def compound_surname_parts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """Spans of the family names chained after each Latin-script name span by a particle or a
    conjunction ("… Souza e Castro", "… García de la Fuente")."""
    out: list[PiiSpan] = []
    for span in spans:
        if span.kind != "NAME" or not _LATIN_END.search(text, span.start, span.end):
            continue
        end = span.end
        joined = False
        nick = _NICKNAME_THEN.match(text, end)
        if nick and any(s.start > end and s.end <= nick.end() for s in spans):
            end, joined = nick.end(), True  # "Guadalupe (Lupita) Quispe Mamani": the family names after it
        for _ in range(_MAX_PARTS):
            m = _TAIL.match(text, end) or (_NEXT.match(text, end) if joined else None)
            if not m or not _family_word(m.group("word")):
                break
            out.append(PiiSpan(m.start("word"), m.end("word"), "NAME"))
            end, joined = m.end("word"), True
        if " " in text[span.start : end].strip():
            m = _AGNOME.match(text, end)
            if m:
                out.append(PiiSpan(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), "NAME"))
    return out
