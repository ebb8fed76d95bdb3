"""A name the note says is a first or a family name, even a word or a capitalised label before
it: "(Vorname Henrik)", "se apellida Blanco", "his last name is Black", "sobrenome dela é
Branco", "di cognome fa Bianchi", "mit Nachnamen Weiß", "Moreno de apellido"; a Latin name
after the naming word of a Korean or Japanese note ("여자친구 이름은 Yerin", "お名前は Chloe").

The marker is a name field's own word (not a bare "name", "nombre": "el nombre Tank" is a
watch), so the word after it is a name whatever else it is: a colour, a flower, a trade. A
lower-case word after the marker names nobody ("Nachname wie die Farbe").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, fold, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import LABELS, NOT_NAMES

__all__ = ["field_names"]

_BEFORE = (
    "vorname", "nachname", "nachnamen", "familienname", "familiennamen", "rufname", "mädchenname", "first name",
    "last name", "surname", "family name", "given name", "maiden name", "prénom", "nom de famille",
    "nom de jeune fille", "apellido", "apellidos", "se apellida", "cognome", "sobrenome", "apelido", "voornaam",
    "achternaam", "roepnaam", "фамилия", "отчество",
    # the name given at baptism or confirmation, a saint's ("nom de baptême Rose", "Taufname Rosa")
    "baptismal name", "christian name", "confirmation name", "nom de baptême", "prénom de baptême",
    "nom de confirmation", "nombre de pila", "nombre de bautizo", "nombre de bautismo", "nombre de confirmación",
    "nome di battesimo", "nome di cresima", "nome de batismo", "nome de crisma", "taufname", "taufnamen",
    "firmname", "firmnamen", "doopnaam", "vormsel naam", "vormselnaam", "крестильное имя", "имя в крещении",
)
_AFTER = (
    "de apellido", "como apellido", "di cognome", "come cognome", "als Nachname", "as a surname", "as surname",
    "de sobrenome", "como sobrenome", "als achternaam", "de nom de famille", "comme nom de famille",
    "de son nom", "de son nom de famille",
)
_DENSE = ("이름", "성함", "영문명", "名前")
_HAN_BAPTISMAL = ("圣名", "聖名", "教名", "洗礼名", "洗禮名", "圣洗名")
_GATE = Gate((*(caseless(w) for w in (*_BEFORE, *_AFTER)), *_DENSE, "姓", "苗字", "名字", *_HAN_BAPTISMAL))
_LINK = r"(?:[ \t]+(?:is|was|est|es|è|é|ist|lautet|fa|dela[ \t]+é|dele[ \t]+é|dela|dele))?[ \t]*[:：=]?[ \t]*"
_NAME = rf"[{UPPER}][{LETTER}'’\-]+"
_MARKER_THEN_NAME = re.compile(
    r"(?<![\w])(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_BEFORE, key=len, reverse=True))
    + rf"){_LINK}({_NAME})"
)
_NAME_THEN_MARKER = re.compile(
    rf"(?<![\w'’\-])({_NAME})[ \t]+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(_AFTER, key=len, reverse=True)) + r")(?![\w])"
)
# A Latin word after a Korean or Japanese naming word: a name, unless a place, a brand or a word
_DENSE_THEN_LATIN = re.compile(
    r"(?:이름|성함|영문명|名前)(?:은|는|이|도|は|が|も)?[ \t]*[:：]?[ \t]*([A-Z][a-z]{1,14})(?![A-Za-z'’\-])"
)
# A family-name field of a Japanese or Chinese note: "姓：朴、", "苗字: 金", "（姓：崔）"; one or two Han
# characters closed by punctuation
_HAN_SURNAME_FIELD = re.compile(r"(?<![\u4e00-\u9fff])(?:姓|苗字|名字)(?:は)?[ \t]*[:：][ \t]*([\u4e00-\u9fff]{1,2})(?=[、，,。.)）;；/ \t]|$)")
# A baptismal name in a Chinese note, closed as a field: "圣名玛利亚，", "教名：若瑟。"
_HAN_BAPTISMAL_FIELD = re.compile(
    r"(?:圣名|聖名|教名|洗礼名|洗禮名|圣洗名)(?:是|叫|为|為)?[ \t]*[:：]?[ \t]*([\u4e00-\u9fff]{2,4})(?=[、，,。.)）;；/ \t]|$)"
)
_LABEL_WORDS = frozenset(label.casefold() for label in LABELS)
# A field not filled in ("Surname TBC", "Nachname unbekannt" is lower-case anyway)
_UNFILLED = frozenset("tbc tbd tba nc nd na nn xx inconnu unknown unbekannt desconocido sconosciuto".split())


def _named(word: str) -> bool:
    return (
        len(word) > 1 and fold(word) not in NOT_NAMES and word.casefold() not in _LABEL_WORDS
        and word.casefold() not in _UNFILLED
    )


def field_names(text: str) -> list[PiiSpan]:
    """Words said to be a first, family or maiden name, after or before the marker."""
    if not _GATE(caseless(text)):
        return []
    spans = [PiiSpan(m.start(1), m.end(1), "NAME") for m in _MARKER_THEN_NAME.finditer(text) if _named(m.group(1))]
    if any(w in text for w in _DENSE):
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _DENSE_THEN_LATIN.finditer(text)
            if classify(m.group(1)) != COMMON and not is_place_month_or_brand(m.group(1))
        ]
    after = [PiiSpan(m.start(1), m.end(1), "NAME") for m in _NAME_THEN_MARKER.finditer(text) if _named(m.group(1))]
    if "：" in text or ":" in text:
        after += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _HAN_SURNAME_FIELD.finditer(text)]
    if "名" in text:
        after += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _HAN_BAPTISMAL_FIELD.finditer(text)]
    return spans + after
