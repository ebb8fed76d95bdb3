"""Diet words that name a product or a place, not the client's diet: a free-from product ordered by
the dozen ("30 Flaschen alkoholfreien Sekt", "nos chocolats sans sucre, 15 coffrets", "50盒无糖月饼") and
a book, a course or a restaurant the diet names ("veganes Kochbuch", "restaurants végétariens"), unless the
client goes only there ("할랄 식당만", "only halal restaurants").
(Another person's diet — a relative's, a guest's, a partner's at the firm — stays: the writers list it.)
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.object_words import ONLY, only_there
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE

__all__ = ["not_the_clients"]

_WINDOW = 80  # characters of a sentence's reach around the diet

# Ten or more boxes, bottles or sets (folded: digits are "0"): a product ordered, not a diet kept.
_DOZENS = re.compile(
    r"(?<![0-9.,])0{2,}\s?(?:boxes|box|bottles|cases|tins|coffrets|boites|bouteilles|flaschen|kisten|dosen|schachteln|"
    r"pakete|cajas|botellas|latas|scatole|bottiglie|confezioni|caixas|garrafas|dozen|doosjes|flessen|коробок|коробки|"
    r"бутылок|наборов|упаковок|علبه|علب|زجاجات|盒|瓶|箱|罐|袋|份|개|병|박스|상자|세트|本|個|缶|セット)"
)
_DOZENS_GATE = RegexGate(_DOZENS)
# A diet alias naming a free-from product ("alkoholfreien", "sans sucre", "无糖", "sugar-free").
_FREE = ("free", "frei", "vrij", "sans ", "sin ", "senza ", "sem ", "ohne ", "zonder ", "без", "بدون", "无", "無", "不含",
         "フリー", "ノンアル", "무설탕", "무알콜", "무가당", "프리", "non alcoholic", "nonalcoholic", "analcolic")


# A book, a course, a restaurant named by the diet ("veganes Kochbuch", "corso di cucina vegana", "restaurants
# végétariens", "вегетарианский ресторан"): a gift or a place, not the client's diet (beside the nouns
# of :func:`..statements.object_words.object_words`).
_PRODUCT_AFTER = frozenset(fold(w) for w in (
    "cookbook cookbooks kochbuch kochbucher kochkurs kochbuchs rezeptbuch rezepte recipes ресторан ресторана рестораны "
    "ресторане кафе кулинарную кулинарная книгу книга бистро"
).split())
_PRODUCT_BEFORE = frozenset(fold(w) for w in (
    "restaurants ristoranti restaurantes bistrot bistro ricettario ricette recettes recetas receitas"
).split())
_BOOKS = frozenset(fold(w) for w in "livre libro livro corso curso cours atelier workshop".split())
# The same after a diet word in Japanese, Korean and Chinese ("키토 식단 책", "ヴィーガン料理の本", "素食食谱", "纯素餐厅").
_DENSE_PRODUCTS = ("책", "요리책", "레시피", "식당", "레스토랑", "料理本", "料理の本", "レシピ", "レストラン", "の本", "料理教室",
                   "食谱", "谱", "菜谱", "餐厅", "餐廳", "饭店", "烹饪课", "的书")
# A diet word naming sweets or a meal made for others (Korean, Japanese, Chinese): "비건 케이크 … 회사 행사용",
# "ハラール認証のチョコを取引先用に", "素食月饼送客户": the product right after the diet word, and an order for a firm,
# its clients or guests (or ten boxes) in its sentence.
_DENSE_DIET_PRODUCT = re.compile(
    r"\s?(?:인증\s?|対応の?|認証の?|认证的?|認證的?)?(?:케이크|초콜릿|쿠키|과자|떡|월병|도시락|ケーキ|チョコ|クッキー|お?菓子|"
    r"スイーツ|弁当|月饼|月餅|蛋糕|巧克力|饼干|餅乾|点心|點心|粽子)"
)
_FOR_OTHERS = ("선물용", "답례", "행사", "거래처", "바이어", "직원", "임직원", "단체", "取引先", "社内", "イベント", "贈答", "手土産",
               "社員", "送客户", "给客户", "客户礼", "合作方", "员工", "員工", "年会", "年會", "团购", "團購", "公司活动", "派对",
               "파티", "パーティー")
_COOKING = frozenset(fold(w) for w in "cuisine cocina cucina cozinha".split())
_PRODUCT_REACH = 4  # words from a book or course word to the diet ("libro de cocina vegetariana")


_PUNCT_AFTER = re.compile(r"\s*[,，、;；。.:：/|｜]")  # a clause ends after the diet word: the next noun is no product of it
_FREE_RE = re.compile("|".join(map(re.escape, _FREE)))


def _free_from(alias: str) -> bool:
    """The diet alias names a free-from product (:data:`_FREE`)."""
    return _FREE_RE.search(alias) is not None


def _named_product(nt: NormalizedText, m: AliasMatch) -> bool:
    """A product noun right after the diet word, or a restaurant, recipes or a cookery book or course
    up to four words before it in its clause; not a place the client only goes to ("할랄 식당만")."""
    folded = nt.folded
    after = folded[m[1] : m[1] + 24].split()[:1]
    if after and (after[0] in _PRODUCT_AFTER or after[0].startswith(_DENSE_PRODUCTS)) and not _PUNCT_AFTER.match(
            nt.original, nt.to_original(m[1], m[1])[0] if nt.starts is not None else m[1]):  # (not "不吃猪肉，餐厅…")
        return not only_there(folded, m, after[0])
    before = folded[max(0, m[0] - 40) : m[0]].split()[-_PRODUCT_REACH:]
    if _PRODUCT_BEFORE.isdisjoint(before) and _BOOKS.isdisjoint(before):
        return False  # (most diets: no product word near, no clause to cut)
    o_start = nt.to_original(m[0], m[0])[0] if nt.starts is not None else m[0]
    lo = max(0, o_start - 40)
    cut = max((c.end() for c in CLAUSE.finditer(nt.original, lo, o_start)), default=lo)
    before = folded[max(0, m[0] - (o_start - cut)) : m[0]].split()[-_PRODUCT_REACH:]
    if ONLY.isdisjoint(before) and not _PRODUCT_BEFORE.isdisjoint(before):
        return True  # ("only halal restaurants": the client's diet)
    return not _BOOKS.isdisjoint(before) and not _COOKING.isdisjoint(before)


def _sentence_start(nt: NormalizedText, start: int) -> int:
    """Folded offset where the sentence holding folded offset ``start`` begins."""
    o_start = nt.to_original(start, start)[0] if nt.starts is not None else start
    lo = max(0, o_start - _WINDOW)
    last = max((m.end() for m in PAIR_BREAK.finditer(nt.original, lo, o_start)), default=lo)
    return start - (o_start - last)


def not_the_clients(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, dropped: set[int]
) -> set[int]:
    """The diets of ``matches`` that name a product or a place, not the client's diet."""
    categories = meta.categories
    diets = [i for i, m in enumerate(matches) if categories[m[2]] == "diet" and not negated[i] and i not in dropped]
    if not diets:
        return set()
    folded = nt.folded
    free = [i for i in diets if _free_from(folded[matches[i][0] : matches[i][1]] + " ")]
    dozens = "00" in folded and _DOZENS_GATE.open(folded) and _DOZENS.search(folded) is not None
    purine = meta.by_name.get("low_purine", -1)
    found = set()
    for i in diets:
        m = matches[i]
        if _named_product(nt, m) or _made_for_others(nt, m) or (m[2] == purine and _purine_drink(folded, m)):
            found.add(i)
        elif i in free and (dozens or is_dense_char(folded[m[0]])):
            lo, hi = _sentence_start(nt, m[0]), _sentence_end(nt, m[1])
            if (dozens and _DOZENS.search(folded, lo, hi)) or _served_at_event(folded, matches, meta, lo, hi):
                found.add(i)
    return found


# A purine-free drink named after the purine word ("プリン体ゼロのビール", "プリン体オフの発泡酒", "低嘌呤啤酒",
# "퓨린 제로 맥주"): a product, not the client's diet (gout, when stated, gives the diet by its own word).
_PURINE_DRINK = re.compile(r"\s?(?:ゼロ|オフ|カット|0|少なめ|控えめ|제로|프리|free)?\s?(?:の|的)?\s?"
                           r"(?:ビール|発泡酒|ドリンク|サプリ|啤酒|饮料|맥주|음료)")
_PURINE_QUALIFIED = re.compile(r"\s?(?:ゼロ|オフ|カット|0|少なめ|控えめ|제로|프리|free)")


def _purine_drink(folded: str, m: AliasMatch) -> bool:
    """The purine word itself, qualified (zero, off, low), then a drink (see :data:`_PURINE_DRINK`)."""
    if not any(w in folded[m[0] : m[1]] for w in ("プリン体", "嘌呤", "퓨린")):
        return False  # ("통풍 때문에 맥주랑 …": the gout's diet)
    qualified = _PURINE_QUALIFIED.match(folded, m[1]) is not None or folded[max(0, m[0] - 1) : m[0]] in ("低", "无", "無", "零")
    return qualified and _PURINE_DRINK.match(folded, m[1]) is not None


# A free-from drink or sweet served at a party or a wedding ("파티용으로 무알콜 샴페인", "披露宴はノンアルコール",
# "派对订了无酒精香槟"): the event's, unless the client is the one who keeps to it there ("본인은 무알콜만").
_OWN_AT_EVENT = ("본인", "고객님은", "만 ", "만으로", "ご本人", "本人", "のみ", "だけ", "しか", "自己", "只")


def _served_at_event(folded: str, matches: list[AliasMatch], meta: ConceptMeta, lo: int, hi: int) -> bool:
    occasion = meta.occasion
    return any(occasion[m[2]] and lo <= m[0] and m[1] <= hi for m in matches) \
        and not any(w in folded[lo:hi] for w in _OWN_AT_EVENT)


def _sentence_end(nt: NormalizedText, end: int) -> int:
    """Folded offset where the sentence holding folded offset ``end`` ends."""
    o_end = nt.to_original(end, end)[1] if nt.starts is not None else end
    stop = PAIR_BREAK.search(nt.original, o_end, o_end + _WINDOW)
    return end + ((stop.start() if stop else min(len(nt.original), o_end + _WINDOW)) - o_end)


def _made_for_others(nt: NormalizedText, m: AliasMatch) -> bool:
    """Sweets or a meal the diet word names, ordered for others (:data:`_DENSE_DIET_PRODUCT`)."""
    folded = nt.folded
    if not _DENSE_DIET_PRODUCT.match(folded, m[1]):
        return False
    lo, hi = _sentence_start(nt, m[0]), _sentence_end(nt, m[1])
    return any(w in folded[lo:hi] for w in _FOR_OTHERS) or _DOZENS.search(folded, lo, hi) is not None
