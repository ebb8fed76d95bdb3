"""How many gifts a note orders: counted or priced each ("20 agendas, 90 € cada", "개당", "за штуку"),
and ten or more of them, in figures ("40세트", "15 份") or in words ("thirty pieces", "une trentaine de
pièces", "dreißig Stück", "тридцать штук", "عشرين قطعة", "스무 세트", "二十セット"). Read on folded text
(digits are "0", accents and case folded, "ة" → "ه"). No household has ten or more staff, so a team's
gifts counted that many are a corporate order even for a holiday.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.concepts.occasions.corporate_orders import PIECES

__all__ = ["counted_gifts", "many_gifts"]

# The gifts counted or priced each (folded: digits are "0"): pieces, people, "each", "à", "per head".
_COUNTED_WORDS = (
    "each", "apiece", "per (?:piece|head|person|gift|item|unit)", "a head", "chacun", "chacune", "par (?:personne|tete|piece)",
    "la piece", "cada", "la unidad", "por (?:persona|unidad|pieza)", "ciascuno", "cadauno", "a testa", "al pezzo",
    "per (?:persona|pezzo|stuk|persoon)", "pro (?:stuck|person|kopf|mitarbeiter)", "je stuck", "за штуку", "на человека",
    "каждому", "لكل", "القطعه", "للقطعه",
)
# (each alternative opens with a literal character, the whole-word look-behind after it: the engine
# jumps to those characters instead of trying every position, and tries one alternative there)
_COUNTED = re.compile(
    "|".join(rf"{first}(?<![^\W\d_]{first})(?:{'|'.join(w[1:] for w in _COUNTED_WORDS if w[0] == first)})(?![^\W\d_])"
             for first in dict.fromkeys(w[0] for w in _COUNTED_WORDS))
    + r"|0 ?(?:people|persons|personnes|persone|personas|pessoas|personen|mensen|человек|شخص|اشخاص)(?![^\W\d_])"
    r"|0 ?(?:명|人|名)|개당|인당|세트당|個あたり|本あたり|点あたり|枚あたり|つあたり|人あたり|名あたり|単価|每份|每人|每个|单价"
)
_COUNTED_GATE = RegexGate(_COUNTED)

# What ten or more are counted in (folded).
_UNITS = (
    r"pcs|pieces|units|sets|people|persons|personnes|persone|personas|pessoas|personen|mensen|человек|шт|штук|stuck|stuks|"
    r"pezzi|piezas|pecas|unidades|unita|exemplaires|stuk|هديه|هدايا|قطعه|قطع|شخص|gifts|presents|presentes|cadeaux|regali|"
    r"regalos|geschenke|cadeaus|kits|bottles|bouteilles|flaschen|flessen|bottiglie|botellas|garrafas|бутыл\w*|подарк\w*|"
    r"наборов|комплектов"
)
# Ten or more pieces, sets or people in figures ("15 份圣诞礼物", "社内VIP 12名", "40세트").
# (it opens with "00" so the engine jumps to them; the look-behind after them is the one the
# number needs: no digit, point or comma before it; ~1 µs a note instead of ~11)
_MANY = re.compile(rf"00(?<![0-9.,]00)0*\s?(?:名|人|份|套|個|个|点|本|枚|세트|개|명|{_UNITS}|선물)")
# Ten or more in words, then a unit ("vingtaine de pièces", "Dutzend Stück"); Korean and Han numerals
# before their counter ("스무 세트", "서른 개", "二十セット", "三十本", "二十套").
_TENS = (
    r"ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|"
    r"dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|"
    r"dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|"
    r"diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|cien|docena|decena|"
    r"dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|trenta|quaranta|"
    r"cinquanta|sessanta|cento|dozzina|decina|ventina|trentina|quarantina|cinquantina|"
    r"dez|doze|treze|quatorze|dez[ae]\w+|dezoito|vinte|trinta|quarenta|sessenta|cem|duzia|dezena|"
    r"zehn|zwolf|\w+zehn|zwanzig|\w+zig|\w+ssig|hundert|dutzend|"
    r"tien|twaalf|\w+tien|twintig|dertig|veertig|vijftig|\w+tig|honderd|dozijn|"
    r"десять|\w+надцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|сто|сотня|дюжин\w*|"
    r"عشره|عشرين|عشرون|ثلاثين|تلاتين|اربعين|خمسين|ستين|مائه|ميه|مئه"
)
_WORDED = re.compile(
    rf"(?<![^\W\d_])(?:{_TENS})\s(?:(?:de|di|of|van|d')\s?)?(?:{_UNITS})(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔|[이삼사오육칠팔구]?십|백)\s?(?:세트|개|명|병|분)"
    r"|[二三四五六七八九]?十[一二三四五六七八九]?\s?(?:セット|個|本|点|名|人|套|份|个|個|瓶|盒)"
)
# Every worded count holds one of these (a quick test).
_WORDED_STEMS = Literals((
    "ten", "eleven", "twelve", "teen", "ty ", "hundred", "dozen", "dix", "onze", "douze", "treize", "quatorze", "quinze",
    "seize", "vingt", "trent", "quarant", "cinquant", "soixant", "cent", "diez", "dieci", "once", "doce", "trece", "catorce",
    "veint", "treinta", "cuarenta", "sesenta", "docena", "decena", "undici", "dodici", "tredici", "sedici", "diciott",
    "diciann", "vent", "trenta", "sessant", "dozzina", "decina", "dez", "doze", "vinte", "trinta", "quarenta", "cem",
    "duzia", "zehn", "zwolf", "zig", "ssig", "hundert", "dutzend", "tien", "twaalf", "tig", "honderd", "dozijn", "десят",
    "надцат", "двадцат", "тридцат", "сорок", "сто", "сотн", "дюжин", "عشر", "ثلاثين", "تلاتين", "اربعين", "خمسين", "ستين",
    "مائه", "ميه", "مئه", "열", "스무", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔", "십", "백", "十",
))


def counted_gifts(folded: str, worded: bool = True) -> bool:
    """The note counts the gifts or prices each one: pieces, people, "each", "cada", "за штуку", ten or more
    gifts or sets ("25 presentes", "٥٠ هدية", "선물 20세트", "twenty bottles"; in words only when ``worded``)."""
    return (PIECES.search(folded) is not None or (_COUNTED_GATE.open(folded) and _COUNTED.search(folded) is not None)
            or many_gifts(folded, worded))


def many_gifts(folded: str, worded: bool = True) -> bool:
    """Ten or more pieces, sets, people or gifts, in figures (:data:`_MANY`; most notes hold no two-digit
    number) or, when ``worded``, in words (:data:`_WORDED`)."""
    if "00" in folded and _MANY.search(folded) is not None:
        return True
    return worded and _WORDED_STEMS.any_in(folded) and _WORDED.search(folded) is not None
