"""Hotel rooms a client stays in or is billed to: the room word and its number ("room 1712",
"chambre 315", "Zimmer 408", "habitación 512", "4102号室", "5211호", "1806房", "غرفة ٤١٢").

A visiting client's room is where a parcel, an invoice or an advisor goes: it locates the person
like a street address where the sentence says it is one — a stay, a delivery, a bill, a street
after the room; a room told in passing ("Savoy, suite 412 till Sunday") is not. A room number in
Japanese, Korean or Chinese carries its own room mark (号室, 호, 房). Only a number of three to
five digits is a room ("room for 120": a preposition stands between; "Suite 2 pièces" is too
short), and not a sum or a count ("suite 1200 €", "camera 300 euro"). A street after the room
("Room 1203, 88 Queensway, Hong Kong") is taken with it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spoken.digits import read_digits

__all__ = ["find_rooms"]

_LATIN_WORDS = (
    "room", "suite", "chambre", "zimmer", "habitación", "habitacion", "camera", "stanza", "quarto",
    "kamer", "hotelkamer", "номер", "комната", "غرفة", "الغرفة", "جناح", "أوضة", "اوضة", "الأوضة", "الاوضة",
)
_DENSE_MARKS = ("号室", "호", "房", "室")
_DENSE_WORDS = ("房间号", "房間號", "房号", "房號", "房间", "房間", "客房", "部屋番号", "部屋", "호실", "객실", "룸")
_GATE = Gate((*_LATIN_WORDS, *_DENSE_MARKS, *_DENSE_WORDS))
_NUMBER = r"[0-9]{3,5}(?:[ \t]?[A-Za-z](?![\w]))?"
_NOT_AN_AMOUNT = (
    r"(?![ \t]?(?:€|\$|£|¥|%|[kK]\b|(?i:eur|euros?|usd|chf|dollars?|pounds?|m2|m²|qm|sqm|sq|ft|people|personnes|"
    r"personas|personen|pessoas|persone|gäste|guests|invités|invitados|ospiti|convidados))(?!\w)|\d)"
)
_CAPITALISED = r"[A-ZÀ-Þ][\w'’\-]+"
# ", 88 Queensway, Hong Kong": a house number, a street, a city
_STREET_AFTER = (
    rf"(,[ \t]*\d{{1,4}}[ \t]+{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}"
    rf"(?:,[ \t]*{_CAPITALISED}(?:[ \t]+{_CAPITALISED})?)?)?"
)
_LATIN_ROOM = re.compile(
    r"(?<![\w])(?i:" + "|".join(sorted(_LATIN_WORDS, key=len, reverse=True)) + r")"
    r"[ \t]*(?:(?i:n[º°o.]|no\.|nr\.?|#|رقم|№)[ \t]*)?" + _NUMBER + _NOT_AN_AMOUNT + _STREET_AFTER
)
# A room is where to reach the client when the sentence says so: a stay, a delivery, a bill, an
# address ("staying at the Peninsula, room 1712", "livrer à l'hôtel, chambre 315"); a room told
# in passing is not ("(Savoy, suite 412 till Sunday)").
_WHERE_BEFORE = re.compile(
    r"(?i:stay(?:s|ing)?|deliver|send|ship|bill|invoice|address|hotel:|loge|logée?|séjourne|livr|envoy|factur|"
    r"adresse|wohnt|übernachtet|liefer|schick|rechnung|aloja|hosped|entreg|envi|factura|direcci|allogg|soggiorn|"
    r"consegn|spedi|fattura|indirizzo|verblijf|logeert|bezorg|stuur|adres|остановил|прожива|доставк|адрес|"
    r"مقيم|نازل|توصيل|عنوان"
    # said of a client in a hotel: "he's at the Ritz", "il est au Bristol", "sie sind im Adlon", "está en el Ritz"
    r"|(?:is|are|'s) at the|est (?:au|à l)|sont (?:au|à l)|(?:ist|sind) im|(?:está|están) en|(?:sta|stanno) (?:al|all|a)|"
    r"(?:zit|zitten|verblijft) in|(?:está|tá|fica) (?:no|na)|живёт в|живет в)[^.!?\n]*$"
)
# "4102号室", "5211호" (not "1호점", "3호선": a shop, a line), "1806房" / "2208号房" / "1203室"
_DENSE_ROOM = re.compile(r"(?<![\d.,])\d{3,5}[ \t]?(?:号室|号房|호실|호(?![점선기차텔])|房间?|室(?![内外]))")


# A room number said in words after the room word ("room three one two", "Zimmer vier null sieben",
# "chambre mille deux cent quatre", "quarto mil e dois", "camera quattrocentodue", "номер пятьсот
# восемь"), in digit characters ("房间号是一五零八") or in Arabic-Indic figures ("أوضة ٧١٢").
_LATIN_ROOM_WORD = re.compile(
    r"(?<![\w])(?i:" + "|".join(sorted(_LATIN_WORDS, key=len, reverse=True)) + r")"
    r"[ \t]*(?:(?i:n[º°o.]|no\.|nr\.?|#|رقم|№|number|numéro|nummer|número|numero)[ \t]*)?"
)
_DENSE_ROOM_WORD = re.compile("(?:" + "|".join(_DENSE_WORDS) + r")(?:是|は|が|는|은|[:：])?[ \t]*")
_THOUSANDS = frozenset(("thousand", "mille", "mil", "tausend", "mila", "duizend", "тысяча", "ألف", "الف"))
_ROOM_DIGITS = (3, 5)


def _said_room_end(text: str, start: int) -> int | None:
    """The end of a room number said in words or digit characters from ``start``, or None."""
    run = read_digits(text, start, max_tokens=6, extra=_THOUSANDS)
    if run is None or run.start != start:
        return None
    said = text[run.start : run.end]
    if run.words == 0:  # figures: ASCII ones are _LATIN_ROOM's; digit characters, Arabic-Indic figures here
        return run.end if not said.isascii() and _ROOM_DIGITS[0] <= run.digits <= _ROOM_DIGITS[1] else None
    if run.tokens == 1 and not (len(said) > 8 and said.isalpha()):
        return None  # one short word ("room twelve", "suite deux") is no room number
    if re.match(_NOT_AN_AMOUNT, text[run.end :]) is None:
        return None  # "chambre cinq cents euros"
    return run.end


def _said_rooms(text: str) -> list[PiiSpan]:
    found = []
    for m in _LATIN_ROOM_WORD.finditer(text):
        end = _said_room_end(text, m.end())
        if end is not None and _WHERE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            found.append(PiiSpan(m.end(), end, "ADDRESS"))
    for m in _DENSE_ROOM_WORD.finditer(text):
        end = _said_room_end(text, m.end())
        if end is not None:
            found.append(PiiSpan(m.end(), end, "ADDRESS"))
    return found


def find_rooms(text: str) -> list[PiiSpan]:
    """Room numbers with their room word (and the street that follows), in text order."""
    if not _GATE(text.casefold()):
        return []
    found = [
        PiiSpan(m.start(), m.end(), "ADDRESS") for m in _LATIN_ROOM.finditer(text)
        if m.group(1) or _WHERE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    found += [PiiSpan(m.start(), m.end(), "ADDRESS") for m in _DENSE_ROOM.finditer(text)]
    found += [span for span in _said_rooms(text) if not any(s.start < span.end and span.start < s.end for s in found)]
    return sorted(found, key=lambda s: s.start)
