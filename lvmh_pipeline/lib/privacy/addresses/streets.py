"""Detection of street addresses (number + street) in the languages of the notes.

Only a street *with a house number* is an address: "Via Monte Napoleone" or "avenue Montaigne"
alone name a shopping street and stay; "Via Monte Napoleone 8" and "30 avenue Montaigne" go.
A postcode and city after it ("…, 75001 Paris") or a city (:mod:`.extent`) go with the street.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.addresses.arabic import AR_ADDRESS as _AR_ADDRESS
from lvmh_pipeline.lib.privacy.addresses.arabic import AR_CHAINED, AR_LABEL, AR_LABELLED
from lvmh_pipeline.lib.privacy.addresses.arabic import is_arabic_address
from lvmh_pipeline.lib.privacy.addresses.extent import fit_address
from lvmh_pipeline.lib.privacy.addresses.invoiced import find_invoiced_addresses
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.addresses.labelled import NUMERAL_HOUSE, find_labelled_addresses
from lvmh_pipeline.lib.privacy.addresses.overlaps import streets_win
from lvmh_pipeline.lib.privacy.addresses.rooms import find_rooms
from lvmh_pipeline.lib.privacy.addresses.said import find_said_addresses
from lvmh_pipeline.lib.privacy.addresses.units import FR_UNIT, find_grid_addresses

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_WORD = rf"[{_UP}0-9][\w'’\-]*"
_HOUSE_NO_TAIL = r"(?:\s?(?:bis|ter|quater)\b|[A-Za-z]\b|/\d{1,4}[A-Za-z]?)?"
# A number first, not glued to a word, a dot, a comma or a date's slash ("14/03, Cartier New Bond St"),
# written with the digit first (then the look-behind): the regex engine skips quickly to the digits.
_NUMBER_FIRST = r"\d(?<![\w.,/]\d)(?<!\d:\d)"  # nor an hour's minutes ("11:15 Bond St")
_POSTCODE_CITY = (
    rf"(?:,?\s(?:[A-Z]{{1,2}}-?)?\d{{4,5}}(?:-\d{{3}}|\s?[A-Z]{{2}})?\s[{_UP}][\w'’\-]+"
    rf"(?:[ \-][{_UP}][\w'’\-]+)?)?"
)

# Counts that may follow a street-like word and a number without being an address.
_NOT_A_HOUSE_NUMBER = (
    r"(?!\d|\s?(?:[kKM]\b|€|\$|£|%|euros?|anni|años|anos|ans|jahre|jaar|years|giorni|días|"
    r"dias|jours|tage|dagen|days|notti|noches|noites|nuits|nächte|nachten|nights|volte|veces|"
    r"vezes|fois|mal|keer|times|pezzi|piezas|peças|pièces|stück|stuks|pieces|persone|personas|"
    r"pessoas|personnes|personen|people)\b)"
)

# Number first: French and English.
_FR_TYPES = (
    r"(?i:rue|avenue|av\.|bd|boulevard|boul\.|place|quai|allée|allee|impasse|chemin|route|cours|square|"
    r"passage|villa|cité|rond-point|esplanade|promenade|faubourg)"
)
_FR_LINKERS = r"(?:(?:de la|de l['’]|du|des|de|d['’]|la|le|les|à la)\s?)"
_FR_ADDRESS = re.compile(
    rf"{_NUMBER_FIRST}\d{{0,3}}{_HOUSE_NO_TAIL},?\s{_FR_TYPES}\s{_FR_LINKERS}?{_NAME_WORD}"
    rf"(?:(?:\s{_FR_LINKERS}|[ \-]){_NAME_WORD}){{0,4}}{FR_UNIT}{_POSTCODE_CITY}"
)
_EN_TYPES = (
    r"Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Boulevard|Blvd\.?|Place|Pl\.|Square|"
    r"Sq\.|Terrace|Crescent|Court|Ct\.|Gardens|Mews|Parkway|Highway"
)
_EN_WEAK_TYPES = r"Walk|Row|Close|Way|Grove|Hill|Rise|Gate|Wharf|Embankment|Circus|Park|Green|Yard|Vale"
# a full postcode ("SW3 4LB", after a city or not) or a city and the district alone ("London SW3")
_UK_POSTCODE = (
    r"(?:,?\s(?:[A-Z][\w\-]+,?\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|,\s[A-Z][\w\-]+,?\s[A-Z]{1,2}\d[A-Z\d]?\b"
    r"|,\s(?:[A-Z][\w\-]+\s){0,2}[A-Z][\w\-]+,\s[A-Z]{2}\s\d{5}(?:-\d{4})?\b)?"
)
_EN_ADDRESS = re.compile(
    rf"{_NUMBER_FIRST}\d{{0,4}}[A-Za-z]?,?\s(?:{_NAME_WORD}\s){{1,3}}(?:{_EN_TYPES})(?![\w])"
    rf"(?:,?\s(?:Apt\.?|Flat|Suite|Unit)\s?\w+)?{_UK_POSTCODE}"
    # street words that are also ordinary ("Walk", "Close", "Row"): only before a postcode
    rf"|{_NUMBER_FIRST}\d{{0,4}}[A-Za-z]?,?\s(?:{_NAME_WORD}\s){{1,3}}(?:{_EN_WEAK_TYPES})"
    rf"{_UK_POSTCODE.removesuffix(')?') + ')'}"
)

# Street type first, number last: Italian, Spanish, Portuguese, Catalan.
_ROMANCE_TYPES = (
    r"Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Lungarno|Lungotevere|Strada|Calle|C/|"
    r"Avenida|Avda\.|Av\.|Paseo|Plaza|Pza\.|Camino|Carrera|Carrer|Passeig|Ronda|Travesía|"
    r"Gran Vía|Rua|Praça|Travessa|Alameda|Estrada|Rambla"
)
_ROMANCE_LINKERS = (
    r"(?:(?:de la|de los|de las|de l['’]|de|del|della|dello|dei|degli|delle|di|da|do|dos|das|"
    r"d['’]|dels)\s?)"
)
_FLOOR = r"(?:,\s?\d{1,2}[º°ª]\.?(?:\s?(?:izq|dcha|der|esq|dto|[A-Z])\b\.?)?)?"  # Spanish ", 3º B"
_ROMANCE_ADDRESS = re.compile(
    rf"(?<![\w])(?:{_ROMANCE_TYPES})\s{_ROMANCE_LINKERS}?{_NAME_WORD}"
    rf"(?:(?:\s{_ROMANCE_LINKERS}|[ \-])(?!\d+(?:,|-\d{{3}}\s))[{_UP}0-9][\w'’]*){{0,4}},?\s(?:n\.?[º°o]?\.?\s?)?"
    rf"\d{{1,4}}(?:\s?[A-Za-z]\b|/\d{{1,4}}[A-Za-z]?)?[º°ª]?{_NOT_A_HOUSE_NUMBER}"
    rf"{_FLOOR}{_POSTCODE_CITY}"
)
# Italian, Spanish and Portuguese write the street word in lower case ("via Verdi 3, Parma",
# "calle Mayor 12"): then the street's name must be a capitalised word, not an app or a carrier
# ("via WhatsApp 2 volte").
_ROMANCE_LOWER_TYPES = r"via|viale|piazza|piazzale|corso|largo|vicolo|calle|c/|avenida|paseo|plaza|rua|praça|travessa|alameda"
_ROMANCE_LOWER_ADDRESS = re.compile(
    rf"(?<![\w])(?:{_ROMANCE_LOWER_TYPES})(?:\s|(?<=/)){_ROMANCE_LINKERS}?"  # "c/Goya 21": calle
    r"(?!(?:WhatsApp|E-?mail|Mail|WeChat|Telegram|Instagram|Facebook|Signal|Skype|Zoom|Teams|SMS|LINE|DHL|UPS|FedEx|TNT|GLS)\b)"
    rf"[{_UP}][\w'’\-]*"
    rf"(?:(?:\s{_ROMANCE_LINKERS}|[ \-])(?!\d+(?:,|-\d{{3}}\s))[{_UP}0-9][\w'’]*){{0,4}},?\s(?:n\.?[º°o]?\.?\s?)?"
    rf"\d{{1,4}}(?:\s?[A-WYZa-wyz]\b|/\d{{1,4}}[A-Za-z]?)?[º°ª]?{_NOT_A_HOUSE_NUMBER}"
    r"(?!\s?(?:x|weeks?|months?|hours?|days?|settimane|mesi|ore|semanas|meses|horas|minut[oi]s?)\b)"
    rf"{_FLOOR}{_POSTCODE_CITY}"
)

# The floor or part of a Dutch house written after its number ("Herengracht 12-III", "… 51hs",
# "… 8-2hg", "… 3 bv").
_NL_FLOOR = r"(?:-?(?:I{1,3}|IV|hs|huis|bg|hg|bv|boven|beneden)\b|-\d(?:hg|h)\b)"

# One-word street names ending in a street suffix (German, Dutch), after a particle or preposition
# of the name too ("Van Baerlestraat 51", "Am Hofgarten 3"), or "<Name> Straße".
_COMPOUND_SUFFIXES = (
    r"straße|strasse|str\.|allee|weg|platz|gasse|damm|ufer|chaussee|steig|markt|"
    # "Kaiserring 12, 68161 Mannheim" (a ring size, "Ehering 54", is no street: a postcode must follow)
    r"(?:ring|-Ring)(?=\s\d{1,3}[a-z]?,?\s(?:[A-Z]{1,2}-?)?\d{4,5}\s)|"
    r"straat|laan|gracht|plein|kade|singel|dijk|steeg"
)
# Dutch street words written first, before a preposition of the name ("Laan van Meerdervoort 55").
_NL_TYPE_FIRST = r"(?<![\w])(?:Laan|Weg|Kade|Dijk|Singel|Plantage|Burgwal)\s(?:van|der|de|den|naar|op|ter)\s"
_COMPOUND_ADDRESS = re.compile(
    rf"(?<![\w])(?:(?:(?:Van|De|Den|Der|Ter|Ten|Von|Am|An|Auf|Im)\s(?:de[rnm]?\s)?)?[{_UP}][\w'’\-]*(?:{_COMPOUND_SUFFIXES})|"
    rf"(?:[{_UP}][\w'’\-]*\s)+(?:Straße|Strasse|Str\.|Allee|Weg|Platz|Gasse|Ring|Damm|Ufer)|"
    rf"{_NL_TYPE_FIRST}(?:(?:de[rn]?|het)\s)?[{_UP}][\w'’\-]*)"  # "Laan van Meerdervoort 55"
    rf"\s\d{{1,3}}(?:{_NL_FLOOR}|\s?[a-z]\b|-\d{{1,3}})?(?![\w]|[.,]\d){_NOT_A_HOUSE_NUMBER}"
    rf"{_POSTCODE_CITY}"
)

# A street named without a street word, its number, then a postcode and a city, which make it an
# address: "Am Lindenhof 3, 50667 Köln", "Achter de Hoven 14, 8911 KL Leeuwarden", "In den Gärten
# 5a, 8001 Zürich". A four-digit postcode is no year ("Lady Dior 3, 2025 Paris").
_POSTCODED_STREET = re.compile(
    rf"(?<![\w])[{_UP}][\w'’\-]*(?:\s(?:(?:der|den|dem|de|het|van|am|an|im|zum|zur|auf|op|la|le|du|des)\s)?"
    rf"[{_UP}][\w'’\-]*){{0,3}}\s\d{{1,4}}(?:{_NL_FLOOR}|\s?[a-z]\b|-\d{{1,3}})?,\s(?:[A-Z]{{1,2}}-?)?"
    rf"(?:\d{{5}}|\d{{4}}\s?[A-Z]{{2}}|(?!19\d\d|20(?!00)\d\d)\d{{4}})\s"  # 2000 Antwerpen
    r"(?!(?:Euro|EUR|Dollar|USD|CHF|GBP|Franken|Pfund|Rubel|Yen|Won|Stück|Stuks|Teile|Pieces)\b)"
    rf"[{_UP}][\w'’\-]+(?:[ \-][{_UP}][\w'’\-]+)?"
)
_POSTCODE_AFTER_COMMA = re.compile(r"[\da-z],\s(?:[A-Z]{1,2}-?)?\d{4,5}\s")

# A building with a number, then an area and a city (Gulf, Asia): "Villa 8, Al Barsha 3, Dubai",
# "Apartment 1204, Marina Heights, Dubai Marina".
_BUILDING_ADDRESS = re.compile(
    rf"(?<![\w])(?:Villa|Apartment|Apt\.?|Flat|Building|Bldg\.?|Tower|Unit|Office|Penthouse|House)"
    rf"\s(?:No\.?\s?)?\d{{1,5}}[A-Za-z]?(?:,\s(?:[{_UP}][\w'’\-]*\s){{0,3}}[{_UP}][\w'’\-]*(?:\s\d{{1,4}})?){{1,4}}"
)
# Russian: "ул. Тверская, д. 12, кв. 45, Москва", "Кутузовский проспект, дом 5".
_RU_STREET = r"(?:ул\.|улица|пр-т|пр\.|проспект|пер\.|переулок|бульвар|б-р|наб\.|набережная|шоссе|ш\.|пл\.|площадь)"
_RU_ADDRESS = re.compile(
    rf"(?<![\w])(?:{_RU_STREET}\s?[А-ЯЁ0-9][\w\-]*(?:\s[А-ЯЁ][\w\-]*)?|[А-ЯЁ][\w\-]*\s{_RU_STREET})"
    r",?\s?(?:д\.|дом)?\s?\d{1,4}[а-я]?(?:/\d{1,4})?(?![\d\s]*(?:тыс|млн|руб|лет|год|час|мин|шт|%|€|\$|₽))"
    r"(?:,?\s?(?:корп\.|корпус|к\.|стр\.|строение|кв\.|квартира|оф\.|офис|подъезд|эт\.|этаж)\s?\d{1,4}[а-я]?)*"
    r"(?:,\s?(?:г\.\s?)?[А-ЯЁ][а-яё\-]+(?=[\s.,;)]|$))?"
)
# Japanese: "東京都世田谷区奥沢5-21-8", "大阪市北区梅田2丁目4番9号".
# House numbers in figures or in kanji numerals, as Japanese and Chinese addresses are also written
# ("南青山三丁目十二番五号", "建国路八十七号"), or said with の between its parts ("三の五の十" = 3-5-10).
_HAN = "\u4e00-\u9fff\u3005\u30a0-\u30ff"
_NUM = "0-9０-９〇零一二两三四五六七八九十百千"
_JA_ADDRESS = re.compile(
    rf"(?:[{_HAN}]{{2,3}}[都道府県])?(?:[{_HAN}]{{1,6}}?[市区町村郡]){{1,3}}[{_HAN}]{{0,8}}?"
    rf"[{_NUM}]{{1,4}}(?:(?:[-－‐−ー]|丁目|番地?|号|の)[{_NUM}]{{1,4}}){{1,3}}(?:号|番地?)?"
)
# Chinese: "上海市静安区南京西路1266号恒隆广场2座2108室".
_ZH_ADDRESS = re.compile(
    rf"(?:[{_HAN}]{{2,6}}?[省市])?(?:[{_HAN}]{{1,6}}?[区县市區縣])?[{_HAN}]{{1,10}}?"
    r"(?:路|街|大道|(?<![知味顺报难频管一])道|巷|弄|胡同)[东西南北中]?"  # "知道", "味道" are no road
    rf"(?:[{_NUM}]{{1,5}}(?:弄|巷|支弄))?[{_NUM}]{{1,5}}(?:[-－][0-9]{{1,4}})?[号號]"  # 號, 樓, 層: Hong Kong, Taiwan
    rf"(?:[{_HAN}A-Za-z]{{0,10}}?[{_NUM}A-Za-z]{{1,5}}(?:座|栋|棟|幢|号楼|號樓|楼|樓|层|層|单元|單元|室|号|號|F))*"
)
# Korean: "서울특별시 강남구 압구정로 343 현대아파트 12동 704호".
# A road number ("압구정로 343") is an address after a district ("강남구") or before a flat
# ("12동 704호"): "파운드로 4천" (in pounds, 4 thousand) is none.
_KO_DISTRICT = r"(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s?)?[가-힣]{1,6}(?:구|군|시)\s?"
_KO_ROAD = r"(?:[가-힣]{1,6}(?:읍|면|동)\s?)?[가-힣0-9]{1,12}(?:로|길|대로)\s?\d{1,5}(?:-\d{1,4})?(?:번길\s?\d{1,4})?"
_KO_BUILDING = r"(?:,?\s?[가-힣A-Za-z0-9]{1,15}(?:아파트|빌딩|타워|빌라|오피스텔|맨션|레지던스|팰리스))"
_KO_FLAT = r"(?:,?\s?\d{1,4}동)?,?\s?\d{1,5}호"
_KO_ADDRESS = re.compile(
    rf"(?:[가-힣]{{1,6}}\s)?{_KO_DISTRICT}[가-힣]{{1,6}}(?:동|리|가)\s?\d{{1,5}}(?:-\d{{1,4}})?번지(?:{_KO_FLAT})?"
    rf"|{_KO_DISTRICT}{_KO_ROAD}{_KO_BUILDING}?(?:{_KO_FLAT})?"
    rf"|{_KO_ROAD}(?:{_KO_BUILDING}(?:{_KO_FLAT})?|{_KO_FLAT})"
)

_PATTERNS = (
    _FR_ADDRESS, _EN_ADDRESS, _ROMANCE_ADDRESS, _ROMANCE_LOWER_ADDRESS, _COMPOUND_ADDRESS, _BUILDING_ADDRESS,
    _RU_ADDRESS,
)
_DENSE_PATTERNS = (_AR_ADDRESS, _JA_ADDRESS, _ZH_ADDRESS, _KO_ADDRESS)
# Labels glued to an address in unspaced scripts ("送货地址广州市…"): not part of it.
_DENSE_LABEL = re.compile(
    r"(?:(?:送货到|送货至|送货地址|收货地址|寄送地址|邮寄地址|家庭地址|公司地址|地址|住址|寄到|寄往|送到|送至|邮寄到|"
    r"送付先|配送先|お届け先|請求書送付先|住所|宛先)[:：]?)?"
    r"(?:は|[\u4e00-\u9fff]{0,3}?(?:住在|是|在))?"  # and a copula or a verb of living: "地址是…", "她住在…"
)
_DENSE = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


# Every pattern needs a house number (a digit, any script), and each dense pattern a character
# of its own script: an Arabic street word, a Japanese 市区町村郡, a Chinese 号, Hangul. A pattern
# that cannot match is not run.
_ANY_DIGIT = re.compile(r"\d")
_DENSE_NEEDS = (
    (_AR_ADDRESS, re.compile(r"[\u0621-\u064a]")),
    (_JA_ADDRESS, re.compile(r"[市区町村郡]")),
    (_ZH_ADDRESS, re.compile(r"[号號]")),
    (_KO_ADDRESS, re.compile(r"[가-힣]")),
)


_SPACE_DIGIT = re.compile(r"\s\d")
_NL_FIRST, _NL_FIRST_GATE = re.compile(_NL_TYPE_FIRST), Gate("Laan Weg Kade Dijk Singel Plantage Burgwal".split())
_COMPOUND_ENDS = tuple(_COMPOUND_SUFFIXES.replace("\\.", ".").split("|")) + (
    "Straße", "Strasse", "Str.", "Allee", "Weg", "Platz", "Gasse", "Ring", "Damm", "Ufer", "ring",
)


class _CompoundHint:
    """A street suffix or word right before a blank and a digit ("…straße 5", "Am Ring 3"):
    found from the blanks before digits, much fewer than the letters of a note."""

    def search(self, text: str) -> bool:
        return any(text.endswith(_COMPOUND_ENDS, 0, m.start()) for m in _SPACE_DIGIT.finditer(text)) or bool(
            _NL_FIRST_GATE(text) and _NL_FIRST.search(text)
        )


class _AnyOf:
    """Whether ``text`` holds one of the literal words of a regex alternation (the search of that
    regex), in one pass; with ``then``, a regex searched only where it does."""

    def __init__(self, alternation: str, then: re.Pattern[str] | None = None) -> None:
        self._words = Gate(w.replace("\\", "") for w in alternation.strip("(?:)").split("|"))
        self._then = then

    def search(self, text: str) -> bool:
        return self._words(text) and (self._then is None or self._then.search(text) is not None)


# The street words a pattern cannot match without (in the same case): most notes have none.
_NEEDS = (
    (_FR_ADDRESS, None),
    (_EN_ADDRESS, None),
    (_ROMANCE_ADDRESS, _AnyOf(_ROMANCE_TYPES)),
    (_ROMANCE_LOWER_ADDRESS, _AnyOf(_ROMANCE_LOWER_TYPES, re.compile(rf"(?<![\w])(?:{_ROMANCE_LOWER_TYPES})(?:\s|(?<=/))"))),
    (_COMPOUND_ADDRESS, _CompoundHint()),
    (_BUILDING_ADDRESS, _AnyOf("Villa|Apartment|Apt|Flat|Building|Bldg|Tower|Unit|Office|Penthouse|House")),
    (_RU_ADDRESS, _AnyOf(_RU_STREET)),
)
assert tuple(pattern for pattern, _ in _NEEDS) == _PATTERNS
assert tuple(pattern for pattern, _ in _DENSE_NEEDS) == _DENSE_PATTERNS


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    if not _ANY_DIGIT.search(text):
        return [_JA_ADDRESS, _ZH_ADDRESS] if NUMERAL_HOUSE.search(text) else []
    patterns = [pattern for pattern, needs in _NEEDS if needs is None or needs.search(text)]
    if _DENSE.search(text):
        patterns += [pattern for pattern, needs in _DENSE_NEEDS if needs.search(text)]
    return patterns


_LEADING_WORD = re.compile(r"[^\W\d_]{4,}[ \t]+(?=[^\W\d_])")


def _after_label_words(text: str, start: int, end: int) -> int:
    """The start of a street without a street word once the ordinary words of the sentence before
    it are left out ("Livraison Les Tilleuls 4, …", "Lieferung Am Hang 2, …")."""
    m = _LEADING_WORD.match(text, start, end)
    while m and classify(m.group().strip()) == COMMON:
        start = m.end()
        m = _LEADING_WORD.match(text, start, end)
    return start


def find_addresses(text: str) -> list[PiiSpan]:
    """Street addresses, the clause after an address label (:mod:`.labelled`), house numbers said
    in words (:mod:`.said`) and hotel rooms (:mod:`.rooms`), longest match first when they overlap."""
    patterns = _patterns_for(text)
    labelled = [
        PiiSpan(m.start(1), m.end(1), "ADDRESS") for p in (AR_LABELLED, AR_CHAINED) for m in p.finditer(text)
    ] if AR_LABEL in text or "شارع" in text else []
    found = [*labelled, *find_labelled_addresses(text), *find_invoiced_addresses(text), *find_rooms(text), *find_said_addresses(text), *find_grid_addresses(text), *(PiiSpan(m.start(), m.end(), "ADDRESS") for p in patterns for m in p.finditer(text)
                                                        if p is not _AR_ADDRESS or is_arabic_address(m))]
    if patterns and _POSTCODE_AFTER_COMMA.search(text):
        # a street without a street word only where no other pattern saw one: "Lieferung an
        # Goethestraße 12, 60313 Frankfurt" starts at the street word, not at "Lieferung"
        found += [
            PiiSpan(_after_label_words(text, m.start(), m.end()), m.end(), "ADDRESS")
            for m in _POSTCODED_STREET.finditer(text)
            if not any(s.start < m.end() and m.start() < s.end for s in found)
        ]
    if not found:
        return []
    found = sorted(streets_win(text, found), key=lambda s: (s.start, -s.end))
    spans: list[PiiSpan] = []
    for span in found:
        label = _DENSE_LABEL.match(text, span.start, span.end)
        if label and label.end() < span.end:
            span = PiiSpan(label.end(), span.end, span.kind)
        if (spans and span.start < spans[-1].end) or (span := fit_address(text, span)) is None:
            continue  # one line at most, with the city after it (:mod:`.extent`)
        spans.append(span)
    return spans
