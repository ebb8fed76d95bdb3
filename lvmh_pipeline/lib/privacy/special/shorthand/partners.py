"""A same-sex spouse joined to the titled client of a CRM line without a possessive (ORIENTATION).

English and German possessives show the owner's gender ("his husband", "ihre Partnerin": the
lexicon's ``partners``), and :mod:`special.contexts.titled_partners` reads a title before a Romance
possessive. A typed note often writes no possessive at all: the spouse is joined to the client's
title and name by "+", "&", "w/", "mit", "com", "and" or a colon ("Mr T. Reid + husband Alan", "Hr.
Kunz & Ehemann", "Fr. Sauer: Partnerin Ines", "Sra. Lopes + namorada"), or is the gift's recipient
a sentence later ("Client: Mr. Bello. Gift for husband", "Hr. Kraft – Geschenk f. Ehemann",
"Sr. Vidal. Presente p/ marido"). A spouse of the title's gender is then a same-sex spouse: a
``partners`` hit. Not after a couple's title ("Mr & Mrs Reid", "Herr und Frau Kunz"), past a kin
word, a possessive or genitive ("Mr Reid's daughter + husband", "her husband"), another title or a
pronoun of the other gender, nor for an ordinary word of both senses ("Frau", "Mann", "mulher",
"friend"); a neutral "partner" or "Partner" only before a given name of the title's gender ("Mr
Reid + partner Alan", not "Müller & Partner").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.special.lexicon import PARTNER, SPECIAL_KINDS, TERM, lexicon

__all__ = ["shorthand_partners"]

_ORIENTATION = SPECIAL_KINDS.index("ORIENTATION")
# titles per gender (case as written; the dot optional) and the spouse words of that gender
_TITLES = (
    r"Mrs|Ms|Miss|Frau|Fr|Sra|Senhora|Dona",
    r"Mr|Herr|Hr|Hrn|Sr|Senhor",
)
_SPOUSES = (
    r"wife|girlfriend|gf|fianc[ée]e|Ehefrau|Gattin|Ehegattin|Lebensgefährtin|Lebenspartnerin|Verlobte|Partnerin|"
    r"esposa|noiva|namorada|companheira",
    r"husband|hubby|boyfriend|bf|fianc[ée]|Ehemann|Gatte|Ehegatte|Lebensgefährte|Lebenspartner|Verlobter|"
    r"marido|esposo|noivo|namorado|companheiro",
)
_NEUTRAL = r"partner|Partner"  # only before a given name of the title's gender
_NAME = r"(?:\[NAME\]|[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?)"
_ACADEMIC = r"(?:(?:Dr|Prof|Mag|Ing|Dipl)\.?\s+)*"  # the client's own degrees after the title ("Hr. Dr. Weiß")
# "Mr T. [NAME]", "Hr. Prof. Weiß", maybe with an aside in brackets ("Hr. Dr. [NAME] (Vorstand, Bank X)")
_CLIENT = _ACADEMIC + r"(?:" + _NAME + r"\s+){0,3}?" + _NAME + r"(?:\s*\([^()\n]{1,60}\))?"
# joined right after the client: "+", "&", "w/", "with", "mit", "com", "and", "und", "e", a colon or a dash
_JOIN = r"\s*(?:\+|&|w/|:|\s[–—-])\s*|\s+(?:with|and|mit|und|com|e)\s+"
# the gift's recipient a clause or a sentence later: "for", "f.", "für", "p/", "para", "pra"
_FOR = r"(?<![\w'’])(?:for|f\.|für|p/|para|pra|pro)\s+"
_REACH = 160  # characters from the client to a recipient spouse, at most
_JOINED_REACH = 90  # characters from the title to the spouse it is joined to, at most
# per gender: the spouse words, the titled client joined right before one, and a titled client anywhere
_SPOUSE_WORDS = tuple(re.compile(rf"(?<![\w])(?:{spouses}|{_NEUTRAL})(?![\w])") for spouses in _SPOUSES)
_JOINED = tuple(re.compile(rf"(?<![\w.])(?:{titles})\.?\s+{_CLIENT}(?:{_JOIN})$") for titles in _TITLES)
_CLIENTS = tuple(re.compile(rf"(?<![\w.])(?:{titles})\.?\s+{_CLIENT}") for titles in _TITLES)
_RECIPIENT = re.compile(rf"{_FOR}$")
# one scan of the folded note for the spouse words' stems before any regex runs
_GATE = Gate(("wife", "husband", "hubby", "girlfriend", "boyfriend", "gf", "bf", "fiance", "ehefrau", "gattin", "gatte",
              "lebensgefahrt", "partner", "verlobte", "ehemann", "esposa", "esposo", "noiv", "namorad", "companheir", "marido"))
# whose spouse it is becomes unclear: a couple's title, a kin word, a possessive or genitive, a pronoun
_COUPLE = re.compile(r"(?<!\w)(?:Mr|Herr|Hr|Sr)\.?\s*(?:&|\+|and|und|e|/)\s*(?:Mrs|Ms|Frau|Fr|Sra)(?!\w)"
                     r"|(?<!\w)(?:Mrs|Frau|Fr|Sra)\.?\s*(?:&|\+|and|und|e|/)\s*(?:Mr|Herr|Hr|Sr)(?!\w)")
_UNCLEAR = re.compile(
    r"(?<![\w])(?:daughter|son|sister|brother|mother|father|mum|mom|dad|niece|nephew|friend|colleague|boss|"
    r"Tochter|Sohn|Schwester|Bruder|Mutter|Vater|Nichte|Neffe|Freundin|Freund|Kollegin|Kollege|Chef|Chefin|"
    r"filha|filho|irmã|irmão|mãe|pai|sobrinha|sobrinho|amiga|amigo|colega|chefe|"
    r"his|her|their|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|dele|dela|deles|"
    r"he|she|er|sie|ele|ela)(?![\w])|['’]s(?![\w])", re.IGNORECASE)
_OTHER_TITLES = tuple(re.compile(rf"(?<![\w.])(?:{t}|Dr|Prof)\.?(?=\s)") for t in (_TITLES[1], _TITLES[0]))
_NAME_AFTER = re.compile(r"\s*\(?\s*([A-ZÀ-Ý][^\W\d_]+)")


def shorthand_partners(nt: NormalizedText) -> list[tuple]:
    """ORIENTATION ``partners`` hits (folded offsets) for the shorthand spouses of the module doc."""
    if not _GATE(nt.folded):
        return []
    text = nt.original
    found: list[tuple[int, int]] = []
    for gender, words in enumerate(_SPOUSE_WORDS):
        for spouse in words.finditer(text):
            start, end = spouse.span()
            joined = _JOINED[gender].search(text, max(0, start - _JOINED_REACH), start)
            if joined is not None:
                if _clear(text, joined.start(), start, gender) and _of_gender(text, spouse.group(), end, gender):
                    found.append((start, end))
            elif spouse.group().lower() != "partner" and _RECIPIENT.search(text, max(0, start - 8), start):
                owner = _note_client(text, _CLIENTS[gender], max(0, start - _REACH), start)
                if owner is not None and _clear(text, owner, start, gender, recipient=True):
                    found.append((start, end))
    return [(to_folded(nt, s), to_folded(nt, e), _ORIENTATION, TERM, PARTNER) for s, e in sorted(set(found))]


def _note_client(text: str, client: re.Pattern, lo: int, hi: int) -> int | None:
    """Start of the last titled client of this gender before ``hi`` (within the reach)."""
    last = None
    for match in client.finditer(text, lo, hi):
        last = match.start()
    return last


def _clear(text: str, start: int, spouse: int, gender: int, recipient: bool = False) -> bool:
    """No couple's title before the client, and nothing between the client and the spouse that could
    own the spouse instead: a kin word, a possessive, a pronoun, another title (a recipient only)."""
    if _COUPLE.search(text, max(0, start - 12), min(len(text), start + 12)):
        return False
    between = text[start:spouse]
    if _UNCLEAR.search(between):
        return False
    title_end = re.match(r"\S+\s+" + _ACADEMIC, between)  # the client's degrees are no other person's title
    rest_from = start + (title_end.end() if title_end else 0)
    return not _OTHER_TITLES[gender].search(text, rest_from, spouse) and not (
        recipient and _OTHER_TITLES[1 - gender].search(text, rest_from, spouse))


def _of_gender(text: str, spouse: str, end: int, gender: int) -> bool:
    """A gendered spouse word as it is; a neutral "partner" only before a given name of the gender."""
    if spouse.lower() != "partner":
        return True
    name = _NAME_AFTER.match(text, end)
    if name is None:
        return False
    names = lexicon().gendered_names.get("male" if gender else "female", ())
    return fold(name.group(1)).strip() in names
