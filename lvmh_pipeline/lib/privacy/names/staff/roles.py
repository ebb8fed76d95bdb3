"""A member of the boutique's staff named beside their post: "ask for Grace, our store manager", "quer
falar com a Vitória, nossa gerente", "con la encargada Victoria", "unsere Filialleiterin Frau …".

A note names the colleague a client asks for. The post after the name and a comma, with a possessive
("our", "nossa", "notre", "unsere", "onze", "наша"), or before it with a possessive or an article, says
the word is a person: a known given name, even one that is an ordinary word too (Vitória, Grace,
Rosa), is taken there; a word missing from the lexicon only after a comma and a possessive. A place, a
month or a brand is none ("Paris, our flagship manager" has no post right after the comma anyway).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import COMMON, UNKNOWN, classify, is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.staff.advisor_labels import advisor_label_names

__all__ = ["staff_role_names"]

# Posts of a boutique's staff, lower case
_ROLES = (
    "store manager|boutique manager|assistant manager|floor manager|manager|sales associate|client advisor|advisor"
    "|stylist|gerente|subgerente|vendedora|vendedor|consultora|consultor|encargada|encargado|dependienta|dependiente"
    "|directrice|directeur|responsable|conseillère|conseiller|vendeuse|vendeur|styliste|direttrice|direttore"
    "|commessa|commesso|consulente|filialleiterin|filialleiter|verkäuferin|verkäufer|beraterin|berater"
    "|bedrijfsleider|filiaalmanager|verkoopster|verkoper|adviseur|управляющая|управляющий|консультант|продавец"
    "|продавщица|директор"
)
_POSSESSIVE = (
    "our|my|nossa|nosso|minha|meu|a nossa|o nosso|notre|ma|mon|nuestra|nuestro|mi|la nostra|il nostro|nostra|nostro"
    "|mia|mio|unsere|unser|unserer|meine|mein|onze|mijn|наша|наш|моя|мой"
)
_ARTICLE = "the|a|o|la|le|el|il|lo|die|der|de|het"
_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’]{1,20}"
_NAME_THEN_ROLE = re.compile(
    rf"(?<![\w'’\-])({_WORD})[ \t]*,[ \t]*(?i:{_POSSESSIVE})[ \t]+(?:(?i:new|nova|novo|nueva|nuevo|nouvelle|nouveau|nuova|nuovo|neue|neuer|nieuwe)[ \t]+)?"
    rf"(?i:{_ROLES})(?![\w])"
)
_ROLE_THEN_NAME = re.compile(
    rf"(?<![\w])(?i:{_POSSESSIVE}|{_ARTICLE})[ \t]+(?i:{_ROLES})[ \t]+({_WORD})(?![\w'’\-])"
)
# A field for the colleague who served the client, then one name closing the line or the field
# ("Atiende: X", "Served by X.", "Betreut von X", "Suivi par : X")
_SERVED_BY = (
    "atiende|atendió|atendido por|atendida por|attended by|served by|handled by|seen by|looked after by|betreut von"
    "|betreut durch|bedient von|beraten von|suivi par|suivie par|servi par|servie par|reçu par|reçue par|seguito da"
    "|seguita da|servito da|servita da|atendimento|atendido pela|atendida pela|atendido pelo|atendida pelo"
    "|geholpen door|bediend door|обслуживал|обслуживала|консультировал|консультировала"
)
_SERVED_FIELD = re.compile(
    rf"(?<![\w])(?i:{_SERVED_BY})[ \t]*[:：]?[ \t]*({_WORD})(?=[ \t]*(?:[.,;()\n]|$))"
)
_GATE = Gate([caseless(w) for w in _ROLES.split("|")] + [caseless(w.split()[0]) for w in _SERVED_BY.split("|")])


def _person(word: str, unknown_ok: bool) -> bool:
    if is_place_month_or_brand(word):
        return False
    if is_given_name(word):
        return True
    return unknown_ok and classify(word) == UNKNOWN and not is_vocabulary(word) and classify(word) != COMMON


def staff_role_names(text: str) -> list[PiiSpan]:
    """Given names of the boutique's staff beside their post (see the module), and the advisor named in a
    field of a CJK or Arabic note (:mod:`.advisor_labels`)."""
    fields = advisor_label_names(text) if ":" in text or "：" in text or "担当" in text or "负责" in text else []
    if not _GATE(caseless(text)):
        return fields
    spans = fields + [PiiSpan(m.start(1), m.end(1), "NAME") for m in _NAME_THEN_ROLE.finditer(text) if _person(m.group(1), True)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _ROLE_THEN_NAME.finditer(text) if _person(m.group(1), False)]
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _SERVED_FIELD.finditer(text) if _person(m.group(1), False)]
    return spans
