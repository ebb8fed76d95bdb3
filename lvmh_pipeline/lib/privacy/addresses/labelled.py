"""Whatever follows an address label up to the end of its clause, when it holds a house number:
"Доставка: Малая Бронная 20, кв. 14, Москва", "送货: 北京市朝阳区建国路 87 号", "ご自宅: 京都市左京区
下鴨本通123", "Leveren Overtoom 221, Amsterdam", "المكتب: ١٤ شارع الرينبو، جبل عمان".

The street patterns of :mod:`.streets` need a street word in its usual place; after a label the
label says it is an address, so the clause is taken as written. Two kinds of label:

- address words ("address", "Adresse", "dirección", "адрес", "住所", "地址", "주소", "العنوان" …)
  and delivery phrases with their preposition ("deliver to", "livrer à", "liefern an", "entrega
  en", "leveren op", "доставить в" …), with or without a colon;
- words that name something else as well ("livraison", "Lieferung", "доставка", "送货", "المكتب"
  the office, "home" …), only with a colon right after them.

The clause ends at a full stop followed by a blank, a semicolon, a slash or a pipe between
blanks, a line break, "。" or the end of the note, and at most :data:`_REACH` characters on. It is
an address only when it opens on a capital, a digit or a script without case, and holds a number
once dates, times, amounts, counts and spans of time are set aside ("Lieferung: 12.05., 15:00",
"entrega en 2 semanas", "livraison : 300 € max", "delivery: next week" stay). Its parts after a
comma go on while they hold a number or a capital; lowercase words at its end are left out. A house
number said in words counts beside a street word, and the clause may open on either ("adresse : douze
rue de la Paix", "dirección: calle Mayor doce"); so do kanji numerals before 丁目, 番 or 号.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.addresses.dates import DAY_MONTH
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.phones import is_number_word

__all__ = ["NUMERAL_HOUSE", "find_labelled_addresses"]

_ADDRESS_WORDS = (
    "home address|delivery address|address|adresse de livraison|adresse|Lieferadresse|Anschrift|Adresse|"
    "bezorgadres|afleveradres|adres|dirección de entrega|dirección|domicilio|indirizzo di consegna|indirizzo|"
    "recapito|endereço de entrega|endereço|morada|адрес доставки|адрес|"
    "deliver to|delivery to|ship to|send to|livrer à|livrer au|livrer chez|liefern an|Lieferung an|"
    "zustellen an|leveren op|leveren aan|leveren in|bezorgen op|bezorgen aan|entrega en|entregar en|"
    "enviar a|consegna a|consegna in|consegnare a|entrega em|entrega na|entrega no|entregar em|entregar na|"
    "entregar no|доставить в|доставить на|доставка в|доставка на|leveren|bezorgen"
)
_COLON_WORDS = (
    "delivery|livraison|domicile|Lieferung|Zustellung|levering|entrega|envío|consegna|доставка"
)
_DENSE_WORDS = (
    "ご自宅|自宅|住所|お届け先|配送先|送付先|送货地址|收货地址|送货|收货|地址|住址|寄到|주소|배송지|자택|"
    "العنوان|عنوانه|عنوانها|التوصيل|التسليم(?: في (?:البيت|المنزل|المكتب))?|المكتب|البيت|المنزل"
)
_COLON = r"\s?[:：]\s?"
_LABEL = re.compile(
    rf"(?<!\w)(?:(?i:{_ADDRESS_WORDS})(?:{_COLON}|\s)|(?i:{_COLON_WORDS}){_COLON}|(?:{_DENSE_WORDS}){_COLON})"
)
_STEMS = {w.split(" ")[0].split("(")[0] for w in f"{_ADDRESS_WORDS}|{_COLON_WORDS}|{_DENSE_WORDS}".split("|")}
_GATE = Gate(form for stem in sorted(_STEMS) for form in (stem.lower(), stem.capitalize(), stem.upper()))
_REACH = 70
_CLAUSE_END = re.compile(r"\.(?=\s|$)|[;；\n。]|\s[/|]\s")  # the full stop alone: a line break after it ends too
# a full stop after one to three letters closes an abbreviation ("кв.", "д.", "St."), not the clause
_ABBREVIATION = re.compile(r"(?:^|[^\w])[A-Za-zÀ-ÿА-Яа-яЁё]{1,3}$")
# the first character of the clause: a capital, a digit or a letter of a script without case
_OPENING = re.compile(r"[^\W_a-zß-öø-ÿа-яё]")
# dates, times, amounts, counts and spans of time: numbers that do not make an address
_UNIT_WORDS = (
    r"(?i:eur|usd|gbp|chf|rub|aed|sar|jpy|cny|krw|"
    r"euros?|dollars?|pounds?|francs?|рубл\w*|руб\.?|тыс\.?|yen|元|万|円|원|درهم|ريال|دينار|"
    r"days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?|tage?n?|wochen?|monate?n?|stunden?|dagen|weken|"
    r"maanden|uur|días?|semanas?|meses|horas?|giorni|settimane|mesi|ore|dias?|дн\w*|недел\w*|месяц\w*|час\w*|"
    r"uhr|h|am|pm|o'clock|boxes|box|pieces?|pcs|items?|units?|bottles?|stuks|stück|pezzi|piezas|peças|pièces|"
    r"unidades|flessen|flaschen|bouteilles|botellas|bottiglie|garrafas|шт\.?|штук\w*|коробк\w*|"
    r"件|个|個|箱|盒|瓶|份|枚|本|名|位|개|병|세트|박스|قطع\w*|علب\w*)"
)
_NOT_A_HOUSE = re.compile(
    rf"{DAY_MONTH}|\d{{1,4}}[./\-]\d{{1,2}}(?:[./\-]\d{{2,4}})?\.?|\d{{1,2}}[:h]\d{{2}}|"
    r"(?i:il|le|el|am|on|by|entro|avant|vor|voor|antes|до|к)\s\d{1,2}(?:st|nd|rd|th|er|e)?\b|"
    r"[€$£¥₽]\s?\d[\d.,\s]*|\d[\d.,]*\s?(?:[kK]\b|€|\$|£|¥|₽|%|"
    rf"{_UNIT_WORDS}\b)"
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{2,}")


# A house number said in words ("adresse : douze rue de la Paix", "Lieferung an Goethestraße zwölf")
# or in kanji numerals ("三丁目十二番"): with a street word, as "deux semaines" is no address; "one",
# "un", "ein" are articles as often as numbers.
_ONE = frozenset("un une one een één ein eine uno una um uma один одна".split())
_STREET_WORD = re.compile(
    r"(?i:(?<!\w)(?:rue|avenue|boulevard|place|quai|allée|chemin|street|road|lane|drive|via|viale|piazza|corso|"
    r"calle|avenida|paseo|plaza|rua|praça|travessa|улица|проспект|переулок|шоссе|набережная)(?!\w)|"
    r"(?:straße|strasse|weg|platz|allee|gasse|straat|laan|gracht|plein|kade)(?!\w))"
)
NUMERAL_HOUSE = re.compile(r"[〇零一二两三四五六七八九十百千](?:丁目|番|号|の[〇一二三四五六七八九十]{1,3}の[〇一二三四五六七八九十])")


_SAID_COUNT = re.compile(rf"[^\W\d_]+\s{_UNIT_WORDS}\b")  # "tre settimane", "deux pièces"


def _said_number(segment: str) -> bool:
    words = (m.group() for m in _WORD.finditer(_SAID_COUNT.sub(" ", segment)))
    return any(w.casefold() not in _ONE and is_number_word(w) for w in words) and bool(_STREET_WORD.search(segment))


def _is_address(segment: str) -> bool:
    rest = _NOT_A_HOUSE.sub(" ", segment)
    return bool(_WORD.search(rest)) and bool(_DIGIT.search(rest) or NUMERAL_HOUSE.search(rest) or _said_number(rest))


def _clause_end(text: str, start: int) -> int:
    limit = min(len(text), start + _REACH)
    for end in _CLAUSE_END.finditer(text, start, limit):
        if end.group()[0] != "." or not _ABBREVIATION.search(text, max(start, end.start() - 5), end.start()):
            return end.start()
    return limit


_PART = re.compile(r"[^,،，]+")
# A part in Chinese, Japanese or Korean script goes on the address only with a number or a place or building word
# ("…88号SOHO现代城3座1201，工作日送到前台" ends before the delivery hours): every such part opens like a capital.
_DENSE_OPENING = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_DENSE_PLACE = re.compile(
    r"[号號座室楼樓层層栋棟区區市县縣省路街道巷弄村镇鎮町丁番]|"
    r"タワー|ビル|ヒルズ|マンション|ハイツ|レジデンス|大厦|大廈|广场|廣場|中心|公寓|花园|花園|小区|社区|"
    r"아파트|빌딩|타워|빌라|오피스텔|맨션|센터|(?:동|구|로|길|층|호)(?!\w)"
)
_TRAILING_LOWER = re.compile(r"(?:\s+[a-zß-öø-ÿа-яё][\w'’\-]*)+$")
# a remark in brackets after the address in Chinese, Japanese, Korean or Arabic words ("(她的公司)"): no part of it
_TRAILING_REMARK = re.compile(r"\s*[(（][\s\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]+[)）]$")


def _address_part(segment: str) -> str:
    """The clause up to its last part that reads as an address: the first part, then each part
    after a comma with a number or a capital (a Chinese, Japanese or Korean one: a number or a place word), less
    the lowercase words that end the last one ("…, 10117 Berlin, bitte klingeln", "…, NY 10065 please")."""
    end = 0
    for i, part in enumerate(_PART.finditer(segment)):
        words = part.group().strip()
        if i and not (_DIGIT.search(words) or _OPENING.match(words)):
            break
        if i and _DENSE_OPENING.match(words) and not (_DIGIT.search(words) or _DENSE_PLACE.search(words)):
            break
        end = part.end()
    kept = segment[:end]
    trailing = _TRAILING_LOWER.search(kept)
    if trailing and _DIGIT.search(kept[: trailing.start()]):
        kept = kept[: trailing.start()]
    remark = _TRAILING_REMARK.search(kept)
    if remark and _DIGIT.search(kept[: remark.start()]):
        kept = kept[: remark.start()]
    return kept.rstrip(" ,،")


def find_labelled_addresses(text: str) -> list[PiiSpan]:
    """The clause after an address label, when it is an address (see the module)."""
    if not _GATE(text):
        return []
    spans: list[PiiSpan] = []
    for label in _LABEL.finditer(text):
        start = label.end()
        if spans and start < spans[-1].end:
            continue
        first = _WORD.match(text, start)
        said = bool(first) and (is_number_word(first.group()) or bool(_STREET_WORD.match(text, start)))
        if not (_OPENING.match(text, start) or said):
            continue
        segment = _address_part(text[start : _clause_end(text, start)])
        # a lower-case opening only for a number said in words: "calle de Alcalá 88" is the streets'
        if segment and (_is_address(segment) if _OPENING.match(text, start) else _said_number(segment)):
            spans.append(PiiSpan(start, start + len(segment), "ADDRESS"))
    return spans
