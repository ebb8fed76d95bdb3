"""A company's order of many pieces for no named occasion is a corporate gift ("Corporate order: 40 card holders",
"pedido da empresa", "Корпоративный заказ", "طلبية شركات", "법인 주문", "企业订单", "法人注文"), and so is one for a
holiday a company marks ("Corporate order for Christmas", "заказ к Новому году"; not one for a person's occasion or
the company's anniversary, nor one in a note about the past). A corporate gift without an occasion of its own takes
the month of its order: a month in its sentence ("…, delivery in November"), else the one month the note names, else
December for a year-end order ("fim de ano", "연말"). A bulk order ("단체 주문", "团购", "bulk order") counts only
with a number of pieces. Spans are folded (digits fold to "0").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.company_years import (
    DENSE_STEMS,
    SPELLED_STEMS,
    dense_company_years,
    spelled_company_years,
)
from lvmh_pipeline.lib.concepts.occasions.counted_orders import BUSINESS_STEMS, counted_orders
from lvmh_pipeline.lib.concepts.occasions.job_starts import STEMS as JOB_STEMS
from lvmh_pipeline.lib.concepts.occasions.job_starts import job_starts
from lvmh_pipeline.lib.concepts.occasions.months import find_months
from lvmh_pipeline.lib.concepts.statements.past_occasions import ANY_PAST

__all__ = ["ANNIVERSARY_WORDS", "PIECES", "corporate_orders", "named_occasion", "occasion_phrases", "order_month"]

# Folded order phrases per language: a company orders (accents and case folded, "ة" → "ه").
_ORDERS: dict[str, str] = {
    "EN": r"corporate (?:order|request|purchase)|company order|order from (?:the|a|their) (?:company|firm|bank)",
    "FR": r"commande (?:d |de l |de la |pour l |pour la )?(?:entreprise|societe)|commande corporate|commande professionnelle",
    "ES": r"(?:pedido|encargo) (?:de (?:la |una )?empresa|corporativo|empresarial)",
    "IT": r"ordine (?:aziendale|corporate|per l azienda|dell azienda|della societa)",
    "PT": r"(?:pedido|encomenda) (?:corporativ[oa]|empresarial|da empresa|de empresa)",
    "DE": r"firmenbestellung|firmenauftrag|bestellung (?:der|einer|fur die) firma",
    "NL": r"bedrijfsbestelling|zakelijke bestelling|bestelling (?:van|voor) het bedrijf",
    "RU": r"корпоративн\w* заказ\w*|заказ\w* (?:от|для) (?:компании|фирмы|банка)",
    "AR": r"طلبي?ه (?:من |لل)?شرك(?:ه|ات)|طلب (?:من )?شرك(?:ه|ات)|(?:هدايا|هديه) (?:ال)?شرك(?:ه|ات)",
    "KO": r"(?:법인|기업|회사) ?(?:주문|구매|선물)|고객 ?감사 ?선물",
    "ZH": r"(?:企业|公司)(?:订单|采购|订购|订制)|公司年会",
    "JA": r"法人(?:注文|向け)|会社の記念品|社用",
}
# Bulk orders: only with a number of pieces.
_BULK: dict[str, str] = {
    "EN": r"bulk order", "FR": r"commande groupee", "ES": r"pedido al por mayor", "IT": r"ordine all ingrosso",
    "PT": r"pedido em (?:quantidade|lote)", "DE": r"sammelbestellung", "NL": r"bulkbestelling",
    "RU": r"оптов\w* заказ", "AR": r"طلبيه (?:كبيره|بالجمله)", "KO": r"(?:단체|대량) ?주문",
    "ZH": r"批量(?:订购|采购)", "JA": r"大口注文",
}
PIECES = re.compile(  # ("00*", not "0+": a pattern opening with a literal lets the engine jump to it)
    r"00*\s?(?:x |× |pcs|pieces|units|pieces|pecas|unidades|piezas|pezzi|stuck|stuks|штук|шт|قطع|قطعه|개|份|套|个|個|点)"
)
# A quick test: every order phrase holds one of these (folded).
_ORDER_STEMS = (
    "corporate", "company", "entreprise", "societe", "commande professionnelle", "empresa", "corporativ",
    "empresarial", "aziendale", "azienda", "firmenbestellung", "firmenauftrag", "firma", "bedrijf", "zakelijke bestelling",
    "корпоративн", "заказ от", "заказ для", "заказы от", "заказы для", "شرك", "법인", "기업", "회사", "고객 감사", "고객감사",
    "企业", "公司", "法人", "会社の記念品", "社用", "bulk order", "commande groupee", "al por mayor", "ingrosso",
    "pedido em quantidade", "pedido em lote", "sammelbestellung", "bulkbestelling", "оптов", "طلبيه", "단체", "대량",
    "批量", "大口注文",
)
_STEMS = Literals(_ORDER_STEMS)
_ANY_PHRASE = Literals((*_ORDER_STEMS, *DENSE_STEMS, *SPELLED_STEMS, *JOB_STEMS, *BUSINESS_STEMS))


@lru_cache(maxsize=16)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    pick = (lambda table: table[language]) if language in _ORDERS else (lambda table: "|".join(table.values()))
    bound = r"(?<![^\W\d_])(?:{})(?![^\W\d_])" if language not in ("KO", "ZH", "JA") else "(?:{})"
    return re.compile(bound.format(pick(_ORDERS))), re.compile(bound.format(pick(_BULK)))


def occasion_phrases(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None) -> list[AliasMatch]:
    """``matches`` with the occasions said by a phrase rather than a word: a company's order
    (:func:`corporate_orders`; not one for the company's anniversary), a company's years in CJK
    ("公司二十周年", "twintigjarig bestaan"), many pieces counted for a business group (:func:`.counted_orders.counted_orders`), a relative who starts at an employer (:func:`.job_starts.job_starts`)."""
    if not _ANY_PHRASE.any_in(nt.folded):  # one pass: most notes hold none of the phrases
        return matches
    matches = dense_company_years(nt, corporate_orders(nt, matches, meta, language), meta)  # "公司二十周年"
    if any(stem in nt.folded for stem in SPELLED_STEMS):
        matches = spelled_company_years(nt, matches, meta)  # "twintigjarig bestaan"
    matches = counted_orders(nt, matches, meta)  # "dix coffrets pour leurs partenaires"
    return job_starts(nt, matches, meta, language)


def corporate_orders(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None) -> list[AliasMatch]:
    """``matches`` with a ``corporate_gift`` hit on a company's order, when none is there."""
    folded = nt.folded
    if not _STEMS.any_in(folded):
        return matches
    concept = meta.by_name.get("corporate_gift", -1)
    if concept < 0 or (named_occasion(nt, matches, meta) and not _holiday_order(nt, matches, meta)):
        return matches  # an order for a named occasion (the company's anniversary, a gala) is for that occasion
    orders, bulk = _patterns((language or "").upper())
    found = orders.search(folded)
    if found is None:
        found = bulk.search(folded)
        if found is None or not PIECES.search(folded):
            return matches
    return sorted([*matches, (found.start(), found.end(), concept, 1.0)], key=lambda m: (m[0], m[1]))


_SENTENCE = re.compile(r"[.;!?\n。！？；]")


# An anniversary said in words the matcher may not know ("設立20周年", "jubileu"): the order is for it.
_ANNIVERSARY = Literals((
    "anniversar", "aniversar", "jubil", "юбил", "летие", "годовщин", "周年", "週年", "주년", "ذكرى", "تاسيس", "创立", "創立",
    "創業", "設立", "成立",
))
ANNIVERSARY_WORDS = _ANNIVERSARY


def named_occasion(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> bool:
    """An occasion hit other than a corporate gift, a relative time ("next month") or a bare date ("12월 20일"), an
    anniversary word, or a time already past ("last year's order") in the note: an order or a
    group's gifts are then that occasion's, or no occasion to plan for."""
    occasion, dated, folded = meta.occasion, meta.dated, nt.folded
    other = (meta.next_month, meta.by_name.get("corporate_gift", -1))
    return any(
        occasion[m[2]] and m[2] not in other and not (m[2] in dated and "0" in folded[m[0] : m[1]]) for m in matches
    ) or _ANNIVERSARY.any_in(folded) or ANY_PAST.any_in(folded)


# Holidays a company marks with gifts to its people: an order for one is a corporate gift too.
_HOLIDAYS = frozenset({"christmas", "new_year", "lunar_new_year", "mid_autumn", "eid", "diwali", "hanukkah", "end_of_year"})


def _holiday_order(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> bool:
    """Every occasion the note names is a holiday (Christmas, New Year, Eid …) and nothing in it
    is past or an anniversary: a company's order for the holiday is also a corporate gift."""
    named = [meta.names[m[2]] for m in matches if meta.occasion[m[2]] and m[2] != meta.next_month]
    return (bool(named) and _HOLIDAYS.issuperset(n for n in named if n != "corporate_gift")
            and not _ANNIVERSARY.any_in(nt.folded) and not ANY_PAST.any_in(nt.folded))


def order_month(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None, at: int) -> int | None:
    """The month of an undated corporate gift at folded ``at``: the first month named in its
    sentence, else the only month the note names, else December when the note orders for the
    year's end."""
    mentions = find_months(nt, language)
    if mentions:
        text = nt.original
        o_at = nt.to_original(at, at)[0]
        left = max((m.end() for m in _SENTENCE.finditer(text, 0, o_at)), default=0)
        right = _SENTENCE.search(text, o_at)
        o_right = right.start() if right else len(text)
        for mention in mentions:
            o_start = nt.to_original(mention.start, mention.end)[0]
            if left <= o_start < o_right:
                return mention.month
        if len({m.month for m in mentions}) == 1:
            return mentions[0].month
        return None
    year_end = meta.by_name.get("end_of_year", -1)
    if year_end >= 0 and any(m[2] == year_end for m in matches):
        return 12
    return None
