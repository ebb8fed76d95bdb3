"""Per-item amounts followed by the total: "~£300 each, ~£900 in all", "unos 200 € cada uno,
600 € en total", "每人一千，一共一万", "30 тыс. за единицу, всего около 300 тыс.": the total is the budget. A
per-item amount alone stays the budget (with a count and no total, as the dev writers label it).
An item's price followed by a total word and the total ("戒指15-20万，总共30万", "the ring 8k, in total 12k") is read
the same way.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.amounts import Amount, parse_amount
from lvmh_pipeline.lib.concepts.budgets.money import find_amount_matches
from lvmh_pipeline.lib.common.literals import Literals

__all__ = ["per_item_after", "per_item_before", "total_after", "total_before", "total_word_in"]

_PER_ITEM = re.compile(
    r"(?:-?ish)?[\s~≈]*(?:(?:max\.?|maximum|maxi|máx\.?|massimo|maximal)\s*)?(?:(?:/|per|pro|par|a|la|le|por|je)\s*)?"
    r"(?:each|apiece|a piece|per piece|per item|per person|per head|each one|"
    r"chacun|chacune|la pièce|pièce|l'unité|par personne|ciascuno|ciascuna|cadauno|l'uno|l'una|a testa|"
    r"cada uno|cada una|cada um|cada uma|cada|por cabeza|por pessoa|unidad|unidade|unità|unité|unite|unit|"
    r"pro stück|stück|pro person|pro kopf|je stück|per stuk|stuk|per persoon|elk|p\.\s?st\.?|p/st|p\.p\.|pieza|por persona|peça|pezzo|al pezzo|"
    r"каждый|каждому|за штуку|за шт\.?|(?:за|на) (?:единицу|человека|каждого|набор|комплект|подарок)|لكل واحد|لكل قطعة|للقطعة|لكل|per gift|per present|a gift|"
    r"(?:لل|ل)[^\W\d_]+ الواحدة?)(?![^\W\d_])",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:total|totaal|totale|totalt|gesamt|insgesamt|in total|in all|all in|altogether|overall|en total|"
    r"au total|no total|in totale|in tutto|in totaal|итого|всего|المجموع|الإجمالي|إجمالي|"
    r"tot\.|"  # Italian "tot. max 4k"
    r"一共|总共|總共|总数|總數|总额|總額|总预算|總預算|合计|合計|共计|共計|加起来|加起來|والمجموع|والإجمالي|合計で|総額で|総額|総計|全部で|合わせて|총액|합계|총|計|=|＝|→|->)\s*[:=＝]?\s*"
    r"(?:(?:de|of|van|von|di|ca\.?|c\.|about|around|environ|env\.?|unos|uns|circa|ongeveer|etwa|maybe|perhaps|até|up to|"
    r"max\.?|maximum|jusqu'à|hasta|bis|tot|fino a|massimo|no more than|not more than|not over|under|cap|capped at|plafond|tetto|tope|teto|"
    r"€|\$|£|r\$|~|≈|是|大概|大约|别超过|不超过|不要超过|最多|"
    r"maximaal|maximal|máximo|máx\.?|не более|до|около|примерно|где-то|порядка|"
    r"لا يتجاوز|لا تتجاوز|ما يتجاوز|ما تتجاوز|ما يتعدى|ما تتعدى|لا يتعدى|لا تتعدى|حوالي|بحدود|حدود)\s*)*$",
    re.IGNORECASE,
)
# A per-item marker before the amount: "12 vouchers à 250 €", "cada um põe R$ 2.500", "4x ca. 250".
_PER_ITEM_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:à|je|cada um põe|cada uma põe|cada uno pone|cada una pone|each puts in|chacun met|pro stück|pro stk\.?|"
    r"per stuk|per piece|per item|per unit|par pièce|par unité|por pieza|por unidad|al pezzo|per pezzo|за штуку|"
    r"на единицу|за единицу|на человека|на каждого|на набор|за набор|на подарок|pro Einheit|pro Geschenk|по|"
    r"(?<![^\W\d_][ \u00a0])(?:per|pro|par|por|je)[ \u00a0]+(?!(?:month|monat|mois|mes|mese|maand|year|jahr|an|año|ano|anno|jaar|day|tag|jour|dia|"
    r"giorno|dag|exemple|ejemplo|exemplo|esempio|beispiel)(?![^\W\d_]))[^\W\d_]{3,12})|"
    # a unit-price noun, then at most two words ("Stückpreis Tücher ca.", "单价约", "unit price for the pens:")
    r"(?:(?<![^\W\d_])(?:stückpreis|einzelpreis|unit price|price per unit|prix unitaire|prix à l'unité|prezzo unitario|"
    r"precio unitario|preço unitário|stukprijs|цена за штуку)|単価|单价|單價|단가)"
    r"(?:[ \u00a0:]+[^\W\d_]+){0,2}[ \u00a0:]*|"
    r"(?:每人出|一人出|每人|每位|人均|每份|每件|单件|單件|每条|每條|每个|每個|每(?![月天日年周週晚])[^\W\d_]|1点あたり|一点あたり|1個|1点|1つ|一个|一個|一件|1인당|인당|개당|병당|세트당|박스당|各|一本|1本|각)|"
    r"(?:(?<![^\W\d_])ل?كل (?:هدية|قطعة|علبة|واحدة?)(?: (?:حوالي|حدود|بحدود))?)|"
    r"\d\s*[x×]|(?<![^\W\d_])(?:\d+|zwei|drei|vier|fünf|sechs|two|three|four|five|six|deux|trois|quatre|cinq|due|tre|quattro|"
    r"cinque|sei|dos|tres|cuatro|cinco|seis|twee|drie|vijf|zes|duas|quatro)\s*(?:mal|x|×|times|fois|volte|veces|vezes|keer))"
    r"\s*(?:so um die|um die|so etwa|so rund|ca\.?|circa|~|≈|about|environ|etwa|rund|zo'n|ongeveer|unos|cerca|около|不超过|不超過|最多|大概|约|約|약|およそ)?\s*$",
    re.IGNORECASE,
)
# A cap word between the total word and the total: "total até 5.400 €", "in total max. 2.000".
_TOTAL_CAP = re.compile(
    r"(?:(?<![^\W\d_])(?:cap|capped at|plafond|tetto|tope|teto|até|up to|max\.?|maximum|no more than|not more than|not over|under|jusqu'à|jusqu à|hasta|bis|tot|fino a|massimo|máx\.?|до|"
    r"maximaal|maximal|máximo|не более|لا يتجاوز|لا تتجاوز|ما يتجاوز|ما تتجاوز|ما يتعدى|ما تتعدى|لا يتعدى|لا تتعدى)|"
    r"别超过|不超过|不要超过|最多)"
    r"\s*(?:€|\$|£|r\$)?\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"\s*(?:en |au |no |in |im )?(?:total|totaal|totale|totali|totales|totais|totalt|insgesamt|gesamt|all|altogether|overall|tutto|"
    r"in all|в сумме|итого|всего|المجموع|إجمالا|إجمالي|الإجمالي|总共|總共|一共|合计|合計)(?![^\W\d_])",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 8
# A word stating the result of a per-item sum, before the total ("each, so call it …", "je …, also …",
# "per stuk, dus …", "l'unité, soit …", "a peça, dá …", "كل …، يعني …"): read only after a per-item amount.
_RESULT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:call it|that's|that is|which makes|makes|comes to|so|also|macht|dus|soit|ça fait|dá|fa|son|يعني)"
    r"[\s,]*(?:(?:about|around|roughly|etwa|rund|ongeveer|environ|cerca|unos|circa)\s+)?$",
    re.IGNORECASE,
)
# A typed product on one line: "12 × vases @ 900 € = 10.800 €", "3万円×4点＝12万円", "5명 × 20만원 = 100만원".
_PRODUCT_SIGN = re.compile(r"[×x*@](?=[\s\d])|[×x*@]$")
_PRODUCT_WINDOW = 40
_EQUALS_END = re.compile(r"(?:[=＝→]|->)\s*(?:€|\$|£|¥|￥|r\$)?\s*$", re.IGNORECASE)  # "×3点＝", "@ 300 € = "
# An item's price with no per-item marker, then the total right after it and a total word ("戒指15-20万，总共30万",
# "the ring 8k, in total 12k", "Uhr 5.000 €, insgesamt 9.000 €"): the total wins. Nothing but a comma between.
_ITEM_THEN_TOTAL = re.compile(
    r"[\s,，、;；]*(?i:total|in total|en total|au total|no total|in totale|totaal|in totaal|gesamt|insgesamt|итого|всего|"
    r"المجموع|الإجمالي|一共|总共|總共|合计|合計|总计|總計|合計で|総額|総額で|全部で|총|합계|총액)[\s:：=]*(?:€|\$|£)?[\s]*"
)
# A share marked before the amount ("1人あたり3万円", "每人", "인당", "/"): the rules above read it.
_SHARE_BEFORE = re.compile(r"あたり|当たり|每|人均|인당|개당|/|لكل|الواحد")
# A counter right after a number: pieces, not money ("計3本", "총 5개", "in totale 4 pezzi").
_COUNTED = re.compile(r"[ \u00a0]?(?:本|点|個|个|只|隻|つ|名|人|件|份|条|條|枚|セット|개|명|세트|병|(?i:pieces|piece|pcs|stuks|stuk|stück|pezzi|piezas|"
                      r"peças|шт)(?![^\W\d_]))")
# A cap word after the total word: "12k total cap", "9.000 in totale massimo", "15K total max".
_CAP_AFTER_TOTAL = re.compile(r"\s*(?:cap|capped|max\.?|maximum|limit|ceiling|tops|plafond|massimo|tetto|máximo|tope|teto|"
                              r"höchstens|maximal|maximaal|максимум)(?![^\W\d_])", re.IGNORECASE)


_BEFORE_MARKS = ("на ед", "за ед", "на чел", "на каж", "на наб", "за наб", "на под", "per un", "par un", "pro ein", "pro ges",
                 "à", "je", "pro st", "per st", "per pi", "per it", "par pi", "por pi", "por un", "al pe", "per pe", "за шт", "cada", "x", "×", "each", "chacun", "每", "单件", "單件", "一人", "人均", "كل", "1点", "一点", "1個", "1つ", "인당", "개당", "병당", "세트당", "박스당",
                 "各", "一本", "1本", "각", "mal", "times", "fois", "volte", "veces", "vezes", "keer", "по", "per", "pro", "par",
                 "por", "preis", "price", "prix", "prezzo", "precio", "preço", "prijs", "цена", "単価", "单价", "單價",
                 "단가", "一个", "一個", "一件")


_BEFORE_WINDOW = 36  # characters read before an amount for its per-item marker ("Stückpreis Tücher ca. ")


@lru_cache(maxsize=1)
def _before_marks() -> Literals:
    return Literals(_BEFORE_MARKS)


def _per_item_before(text: str, start: int) -> bool:
    before = text[max(0, start - _BEFORE_WINDOW) : start].lower()
    # (one automaton pass for the ~70 marks, then the regex; not the shared ``any_in`` pass, whose cache of a
    # note's texts these short windows would push out)
    return bool(_before_marks().starts(before)) and _PER_ITEM_BEFORE.search(before) is not None


_TOTAL_WORD = re.compile(
    r"(?i:(?<![^\W\d_])(?:total|totaal|totale|gesamt|insgesamt|altogether|итого|всего|في المجموع|المجموع|إجمالي|الإجمالي)"
    r"(?![^\W\d_]))|一共|总|總|合计|合計|総額|総計|총액|합계"
)


def total_word_in(gap: str) -> bool:
    """A word for "in total" in ``gap`` ("，总≤", "gesamt höchstens")."""
    return _TOTAL_WORD.search(gap) is not None


def total_before(gap: str) -> bool:
    """``gap`` ends with a total word before an amount ("…, gesamt max. ", "、合计")."""
    return _TOTAL_BEFORE.search(gap) is not None


# A price per a named piece: "par coffret", "per box", "le flacon", "/kit" (not per month, day or year).
_PER_NAMED = re.compile(
    r"\s*(?:par|per|pro|por|le|la|/)\s*(?!(?:mois|month|monat|mes|mese|maand|jour|day|tag|dia|giorno|week|semaine|"
    r"semana|settimana|woche|an|year|jahr|año|ano|anno|jaar|hour|heure|stunde|hora|ora|uur|nuit|night|noche|notte)(?![^\W\d_]))"
    r"[^\W\d_]{3,12}(?![^\W\d_])",
    re.IGNORECASE,
)


def per_item_before(text: str, start: int) -> bool:
    """A per-item marker right before an amount starting at ``start`` ("à", "je", "pro Stück", "كل علبة", "개당")."""
    return _per_item_before(text, start)


def per_item_after(text: str, end: int) -> bool:
    """A per-item word right after an amount ending at ``end`` ("each", "l'una", "das Stück", "par coffret")."""
    return _PER_ITEM.match(text, end, min(len(text), end + 24)) is not None or _PER_NAMED.match(text, end) is not None


# A total word opening the sentence after a per-item amount's ("… each. In total 9K", "每瓶两千。一共六万", "개당 …. 총 …").
_LEADING_TOTAL = re.compile(
    r"[\s.。!！?？…;；]*(?:[=＝]|(?i:total|in total|en total|au total|no total|in totale|totale|totaal|in totaal|gesamt|insgesamt|"
    r"всего|итого|в сумме|المجموع|في المجموع|الإجمالي|إجمالي|بالمجموع)(?![^\W\d_])|一共|总共|總共|合计|合計|总计|總計|総額|合計で|全部で|"
    r"총(?=[\s\d])|합계|총액)"
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")  # not the point of "3.600"


def _next_total_stop(text: str, stop: int) -> int:
    """``stop`` moved to the end of the next sentence when that sentence opens with a total word."""
    opened = _LEADING_TOTAL.match(text, stop) if stop < len(text) else None
    if opened is None:
        return stop
    found = _SENTENCE_END.search(text, opened.end())
    return found.start() if found else len(text)


def _typed_product(text: str, amount: Amount, stop: int) -> bool:
    """A multiplication sign on the amount's line, just before it or right after it, and an equals sign or
    an arrow further on ("20 × boxes @ 150 € = 3.000 €", "5万円×3点＝15万円")."""
    ahead = text[amount.end : stop]
    if "=" not in ahead and "＝" not in ahead and "→" not in ahead:
        return False
    line_start = text.rfind("\n", 0, amount.start) + 1
    before = text[max(line_start, amount.start - _PRODUCT_WINDOW) : amount.start].lower()
    after = text[amount.end : amount.end + 12].lower()
    if _PRODUCT_SIGN.search(before) is None and _PRODUCT_SIGN.match(after.lstrip()) is None:
        return False
    line_end = text.find("\n", amount.end)
    rest = text[amount.end : line_end if line_end >= 0 else len(text)]
    return "=" in rest or "＝" in rest or "→" in rest


def total_after(text: str, amount: Amount, stop: int, language: str | None) -> Amount:
    """The total stated after a per-item ``amount`` in ``text[amount.end:stop]`` ("~£300 each,
    ~£900 total"), else ``amount``. The total must be larger than the per-item amount."""
    if math.isnan(amount.high):
        return amount
    stop = _next_total_stop(text, stop)  # "개당 이백만 원. 총 육천만 원": the total opens the next sentence
    cad = text[max(0, amount.end - 4) : amount.end + 1].lower() in (" cad.", "€cad.")  # Italian "cadauno", read past
    itemised = cad or _PER_ITEM.match(text, amount.end, min(stop, amount.end + 24)) or _per_item_before(text, amount.start) \
        or _typed_product(text, amount, stop)
    if not itemised and (_TOTAL_WORD.search(text, amount.end, stop) is None
                         or _SHARE_BEFORE.search(text, max(0, amount.start - 8), amount.start)):
        return amount  # (an item's price with no marker is read on only before a total word: "ring 2k, total 5k")
    for match in find_amount_matches(text, amount.end, stop):
        gap = text[amount.end : match.start]
        if len(gap.split()) > _MAX_GAP_WORDS:
            return amount
        if not itemised and _ITEM_THEN_TOTAL.fullmatch(gap) is None:
            return amount  # "3k/Stk., gesamt 6k", "R$ 1.200 por kit, total 60 mil": a share, read by the rules above
        after = _TOTAL_AFTER.match(text, match.end, stop)
        if not (_TOTAL_BEFORE.search(gap) or after or (itemised and (_RESULT_BEFORE.search(gap) or _EQUALS_END.search(gap)))) \
                or _COUNTED.match(text, match.end, stop):
            continue  # "計3本(総額240万円)": a count of pieces, the total comes after it
        total = parse_amount(match, language)
        if total is None:
            return amount
        if (not total.currency_marked or _EQUALS_END.search(gap)) and total.currency != amount.currency:
            total = total.in_currency(amount.currency)
        if not (total.multiplier or total.currency_marked) and amount.scale > 1 and total.high < amount.high:
            total = total.with_bounds(total.low * amount.scale, total.high * amount.scale)  # "3k each, 9 total": thousands
        if math.isnan(total.high) or total.high <= amount.high:
            return amount
        if _TOTAL_CAP.search(gap) or (after is not None and _CAP_AFTER_TOTAL.match(text, after.end(), stop)) \
                or (math.isnan(amount.low) and total.low == total.high):
            total = total._replace(low=math.nan)  # "total max. 2.000", "12k total cap", "max 300 each, 900 in all"
        return total._replace(start=min(amount.start, total.start))
    return amount
