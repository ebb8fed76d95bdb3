"""A diet or food word that names an object is no constraint of the client: "vegan leather", "cuir vegan",
"비건 가죽", "坚果礼盒", "땅콩 모양", a brand or a restaurant ("비건 브랜드", "素食餐厅"), unless the client only goes
there ("할랄 식당만", "only halal restaurants": :func:`only_there`).
Moved out of :mod:`.tastes` (session 36).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import REDACTED_ALLERGEN, AllergyMeta, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, free_allergy_word

__all__ = ["ONLY", "object_words", "only_there"]


# Only such places ("할랄 식당만", "only halal restaurants", "nur vegane Restaurants", "只去清真餐厅"): the client's diet.
ONLY = frozenset(fold(w) for w in "only just nur solo solamente seulement uniquement apenas so alleen только лишь فقط".split())
_DENSE_ONLY_AFTER = re.compile(r"^\S*?(?:만|のみ|だけ|限定)")
_DENSE_ONLY_BEFORE = ("只", "仅", "僅", "しか")
_PLACES = ("restaurant", "ristorant", "ресторан", "кафе", "cafe", "bistro", "مطعم", "مطاعم", "식당", "레스토랑", "맛집",
           "レストラン", "餐厅", "餐廳", "饭店")


def only_there(folded: str, m: AliasMatch, after: str) -> bool:
    """The diet word names a place (``after``: the word after it) the client only goes to: an "only" word before
    the diet word (two words back, or glued before a dense one) or after the place."""
    if not after.startswith(_PLACES):
        return False
    if _DENSE_ONLY_AFTER.match(after) or any(w in folded[max(0, m[0] - 4) : m[0]] for w in _DENSE_ONLY_BEFORE):
        return True
    return not ONLY.isdisjoint(folded[max(0, m[0] - 24) : m[0]].split()[-2:])


# A diet or food word that names a material, a shape or a gift is no constraint of the client:
# "vegan leather", "cuir vegan", "비건 가죽", "جلد نباتي", "坚果礼盒", "견과류 선물 세트",
# "땅콩 모양", "علبة مكسرات هدية" (the noun after the word, or before it in Romance and Arabic).
_OBJECT_AFTER = frozenset(fold(w) for w in (
    "leather leathers suede skin skins gift hamper hampers giftbox shaped shape charm charms pendant colour color "
    "bag bags handbag handbags tote sneakers shoes trainers brand brands restaurant restaurants bakery cafe "
    "wood veneer tone tones shade hue cosmetics makeup skincare kosmetik cosmetica косметика косметику косметики "
    "leder lederwaren pelz geschenk geschenkbox geschenkset form leren geschenkdoos vorm cadeau marke restaurants "
    "anhänger motiv "  # "Nuss-Anhänger"
    "кожа кожи кожу подарочный подарок формы"
).split())
_OBJECT_BEFORE = frozenset(fold(w) for w in (
    "cuir cuirs coffret forme pelle pelli confezione forma cuero cueros estuche caja forma couro couros caixa cesta forma "
    "restaurant ristorante restaurante marque marca ресторан ресторане кафе مطعم مطاعم "
    "кожа кожи جلد الجلد جلود علبة هدية شكل cosmetiques cosmetici cosmeticos مستحضرات "
    # a colour or a wood named after a food: "couleur noisette", "legno di noce", "цвет ореха", "لون البندق"
    "couleur coloris teinte colore tonalita legno tono madera cor madeira kleur hout farbe holz цвет цвета "
    "оттенок لون خشب "
    # a shape or a pendant named after a food: "em formato de amendoim", "pingente de amendoim"
    "formato pingente pendente pendentif ciondolo colgante"
).split())
# "forma de amendoim", "cor de salmão", "couleur de noisette": the object noun before a preposition
_OF = frozenset("de di da do du del della des d".split())
_DENSE_OBJECT = ("가죽", "선물", "세트", "모양", "레더", "レザー", "革", "ギフト", "詰め合わせ", "の形", "皮革", "皮具", "礼盒", "礼品", "礼物",
                 "形状", "造型", "禮盒", "禮品",
                 # a bag or shoes made without animal leather: "비건 가방", "ヴィーガンバッグ", "纯素包"
                 "가방", "신발", "스니커즈", "バッグ", "スニーカー", "シューズ", "包包", "手袋", "鞋",
                 # a brand, a restaurant or a bakery: "비건 브랜드", "채식 레스토랑", "素食餐厅"
                 "화장품", "코스메틱", "コスメ", "化粧品", "化妆品", "护肤品",  # "비건 화장품": cosmetics
                 "브랜드", "레스토랑", "식당", "맛집", "빵집", "카페", "ブランド", "レストラン", "カフェ", "品牌", "餐厅", "餐廳",
                 # a colour or a wood: "ヘーゼルナッツ色", "クルミ材", "호두색", "胡桃木", "榛子色"
                 "色", "カラー", "材", "柄", "색", "컬러", "木", "颜色",
                 # a shape or a motif: "ピーナッツ形", "卵型", "에그 모티프", "花生图案"
                 "形", "型", "モチーフ", "모티프", "图案", "圖案",
                 # a brown named after a food: "花生棕", "栗子褐"
                 "棕", "褐",
                 # a shape or a house: "땅콩형 귀걸이", "땅콩 형태", "땅콩 주택"
                 "형 ", "형태", "형의", "주택",
                 # a label on a product: "락토프리 라벨 붙은 쿠키"; fashion or a material: "비건 패션", "비건 소재"
                 "라벨", "패션", "소재", "뷰티")
# Korean: a product certified by a diet's standard ("비건 인증 받은 향수", "비건 인증 선크림"); a certificate checked
# for the client ("할랄 인증 확인") stays the diet.
_KO_CERTIFIED = re.compile(r"인증\s?(?:받은|된|마크)?\s?(?:향수|선크림|크림|화장품|코스메틱|제품|브랜드|라인|립|스킨|세럼|쿠션|틴트)")
# Korean: a gift set named after a food two words on ("땅콩 버터 초콜릿 선물 세트"), the words between bare nouns
_KO_GIFT_ON = ("선물 세트", "선물세트", "기프트 세트", "기프트세트", "기프트 박스")
_KO_PARTICLE_ENDS = tuple("은는이가을를도만과와랑고간된한인")
# Korean: a colour noun after a food word and one more word ("땅콩 버터 색", "피넛 버터 컬러")
_KO_COLOUR_NOUNS = ("색", "컬러", "톤", "빛")
# A German compound naming a colour or a shape after a food ("Erdnussbraun", "Erdnussform-Anhänger")
_GLUED_OBJECT = ("braun", "form", "formig", "farben", "farbig", "gelb", "grun", "weiss", "rosa", "beige", "motiv", "anhanger")


_ARROWS = ("→", "⇒", "->", "=>")


def object_words(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, allergy: AllergyMeta) -> set[int]:
    """The allergy and diet matches naming an object (the noun after the word, or before it in Romance and
    Arabic), with no allergy word near: not a restaurant the client only goes to ("할랄 식당만")."""
    folded = nt.folded
    found = set()
    constraint, every = allergy.constraint, allergy.every
    colours = _colour_ids(meta)
    for i, (start, end, concept, confidence) in enumerate(matches):
        if not constraint[concept] or every[concept] or confidence == REDACTED_ALLERGEN:
            continue
        if meta.categories[concept] not in ("allergy", "diet") or concept in meta.licensors:
            continue
        o_start, o_end = nt.to_original(start, end)
        next_text, previous_text = nt.original[o_end : o_end + 3].lstrip(), nt.original[max(0, o_start - 3) : o_start].rstrip()
        # an arrow marks what follows from the diet ("비건 → 가죽 대신 캔버스"), not its object
        gap_after = not next_text or CLAUSE.match(next_text) is not None or next_text.startswith(_ARROWS)
        gap_before = not previous_text or CLAUSE.match(previous_text[-1]) is not None or previous_text.endswith(_ARROWS)
        after = [] if gap_after else folded[end : end + 20].split()[:2]
        before = [] if gap_before else folded[max(0, start - 20) : start].split()[-2:]
        dense_after = "" if gap_after else folded[end : end + 6].lstrip()
        if (after and (after[0] in _OBJECT_AFTER or after[0].rstrip("s") in _OBJECT_AFTER
                       or (len(after) > 1 and after[0] in ("gift", "geschenk") and after[1] in ("box", "set", "basket"))))\
                or (before and (before[-1] in _OBJECT_BEFORE
                                or (len(before) > 1 and before[-1] in _OF and before[-2] in _OBJECT_BEFORE)))\
                or dense_after.startswith(_DENSE_OBJECT) or _colour_named(nt, matches, i, after, colours) \
                or (dense_after.startswith("인증") and _KO_CERTIFIED.match(dense_after + folded[end + 6 : end + 20])) \
                or _gift_set_on(folded, end, after) or _sweets_given(folded, end, dense_after):
            if not free_allergy_word(nt, matches, i, max(0, start - 30), min(len(folded), end + 30), allergy) \
                    and not only_there(folded, matches[i], after[0] if after else ""):
                found.add(i)  # "allergic to nuts, nut gift box" keeps the allergy
    return found


def _gift_set_on(folded: str, end: int, after: list[str]) -> bool:
    """A Korean gift set one or two bare nouns after the food word ("땅콩 버터 초콜릿 선물 세트")."""
    if not after or not "\uac00" <= after[0][:1] <= "\ud7a3" or after[0].endswith(_KO_PARTICLE_ENDS):
        return False
    tail = folded[end : end + 24].split()
    for k in (1, 2):
        if " ".join(tail[k : k + 2]).startswith(_KO_GIFT_ON):
            return all(not w.endswith(_KO_PARTICLE_ENDS) for w in tail[:k])
    return False


def _colour_ids(meta: ConceptMeta) -> frozenset[int]:
    """The colour concepts (cached per ``meta``, which lives as long as its taxonomy)."""
    found = _COLOURS.get(id(meta))
    if found is None:
        found = _COLOURS[id(meta)] = frozenset(i for i, c in enumerate(meta.categories) if c == "color")
    return found


_COLOURS: dict[int, frozenset[int]] = {}


def _colour_named(nt: NormalizedText, matches: list[AliasMatch], i: int, after: list[str], colours: frozenset[int]) -> bool:
    """A food word naming a colour or a shape: in a dense script a colour word right after it ("피넛 브라운",
    "아몬드 브라운 로퍼"; not "에그 화이트", egg white), a Korean colour noun one word on ("땅콩 버터 색"), a German
    compound ending in a colour or a shape ("Erdnussbraun", "Erdnussform")."""
    start, end = matches[i][0], matches[i][1]
    folded = nt.folded
    if after and len(after) > 1 and len(after[0]) <= 3 and after[1].startswith(_KO_COLOUR_NOUNS) \
            and "\uac00" <= after[0][:1] <= "\ud7a3":
        return True
    if folded[start:end].endswith(_GLUED_OBJECT) and folded[start:end].isalpha() and folded[start:end].isascii():
        return True
    if not is_dense_char(folded[start]):
        return False  # Latin notes name such colours in the colour's own aliases ("mustard yellow"); "pescado azul" is a fish
    white = "white" if "에그" in folded[start:end] else None
    for k in range(i + 1, min(i + 3, len(matches))):
        m = matches[k]
        if m[0] >= end and m[0] - end <= 1 and m[2] in colours and not folded[end : m[0]].strip():
            return not (white and folded[m[0] : m[1]].startswith(white))
    return False


# Sweets named after a food and given as a gift ("호두과자 선물 보내드렸는데", "ナッツのクッキーをギフトに", "坚果酥当礼物"):
# the sweet right after the food word, a gift word a few characters on (dense scripts).
_SWEETS = ("과자", "케이크", "쿠키", "초콜릿", "떡", "파이", "菓子", "ケーキ", "クッキー", "チョコ", "のクッキー", "のケーキ",
           "酥", "饼", "餅", "糕", "蛋糕", "巧克力", "糖")
_GIFT_WORDS = ("선물", "ギフト", "プレゼント", "お土産", "手土産", "礼物", "禮物", "送给", "送給", "送了", "送过", "送過")


def _sweets_given(folded: str, end: int, dense_after: str) -> bool:
    return dense_after.startswith(_SWEETS) and any(w in folded[end : end + 14] for w in _GIFT_WORDS)
