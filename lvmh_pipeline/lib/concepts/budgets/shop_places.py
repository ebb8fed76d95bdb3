"""The currency of the boutique a note names, for a budget written without a currency in a note of any
language but English (English is read by :func:`~lvmh_pipeline.lib.concepts.budgets.note_currency.place_currency`):
"boutique rue du Rhône, Genève" (francs), "qui da noi a Lugano", "бутик Dubai Mall" (dirhams), "فرع الرياض"
(riyals), "我们乌节路这家店" (Singapore dollars), "广东道店" (Hong Kong dollars).

The dev writers label such a budget in the boutique's currency. Only a place with a shop word next to it
counts (where the client lives or comes from does not), only when the note writes no currency at all, and
places of two currencies cancel out.
"""

from __future__ import annotations

from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.budget_words import currency_words_in
from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT, default_currency, has_currency_sign

__all__ = ["SHOP_PLACES", "shop_currency"]

# Currency -> the names of boutique places in the 12 languages' usual spellings (a euro place only stops a switch).
SHOP_PLACES: dict[str, tuple[str, ...]] = {
    "CHF": ("Genève", "Geneve", "Geneva", "Genf", "Ginevra", "Ginebra", "Genebra", "Zurich", "Zürich", "Zurigo", "Lugano", "Lausanne",
            "Gstaad", "Bâle", "Basel", "Женева", "Женеве", "Цюрих", "Цюрихе", "ジュネーブ", "チューリッヒ", "제네바", "취리히", "日内瓦", "日內瓦",
            "苏黎世", "蘇黎世", "جنيف", "زيورخ"),
    "GBP": ("London", "Londres", "Londra", "Londen", "Knightsbridge", "Mayfair", "Bond Street", "Лондон", "Лондоне", "ロンドン", "런던",
            "伦敦", "倫敦", "لندن", "نايتسبريدج"),
    "USD": ("New York", "Nueva York", "Nova York", "Nova Iorque", "Miami", "Beverly Hills", "Нью-Йорк", "Майами",
            "ニューヨーク", "マイアミ", "뉴욕", "마이애미", "纽约", "紐約", "迈阿密", "نيويورك", "ميامي"),
    "AED": ("Dubai", "Dubaï", "Doubaï", "Abu Dhabi", "Abou Dabi", "Дубай", "Дубае", "Абу-Даби", "ドバイ", "두바이", "迪拜", "杜拜",
            "دبي", "أبوظبي", "أبو ظبي", "ابوظبي"),
    "SAR": ("Riyadh", "Riyad", "Riad", "Jeddah", "Djeddah", "Эр-Рияд", "Джидда", "リヤド", "리야드", "利雅得", "الرياض", "جدة",
            "الخبر", "الدمام"),
    "QAR": ("Doha", "Доха", "ドーハ", "도하", "多哈", "الدوحة"),
    "KWD": ("Koweït", "Kuwait", "Кувейт", "الكويت"),
    "EGP": ("Le Caire", "Cairo", "El Cairo", "Il Cairo", "Каир", "القاهرة", "الإسكندرية", "مصر الجديدة"),
    "JOD": ("عمّان", "عبدون"),
    "MXN": ("CDMX", "Ciudad de México", "Masaryk", "Polanco"),
    "COP": ("Bogotá", "Medellín"),
    "KZT": ("Almaty", "Алматы", "Астана", "Astana"),
    "HKD": ("Hong Kong", "Гонконг", "香港", "广东道", "廣東道", "尖沙咀", "铜锣湾", "銅鑼灣", "中环", "中環", "홍콩"),
    "SGD": ("Singapore", "Singapour", "Singapur", "Сингапур", "シンガポール", "싱가포르", "新加坡", "乌节路", "烏節路",
            "سنغافورة"),
    "MOP": ("Macao", "Macau", "澳门", "澳門"),
    "TWD": ("Taipei", "台北", "臺北"),
    "JPY": ("Tokyo", "Tokio", "Токио", "東京", "东京", "銀座", "银座", "도쿄", "طوكيو"),
    "KRW": ("Seoul", "Séoul", "Сеул", "ソウル", "서울", "首尔", "首爾", "سيول"),
    "CNY": ("Shanghai", "Pékin", "Beijing", "Шанхай", "上海", "北京", "상하이", "上海"),
    "RUB": ("Moscou", "Moscow", "Mosca", "Moskau", "Moskou", "Москва", "Москве", "モスクワ", "모스크바", "莫斯科", "موسكو"),
    "EUR": ("Paris", "Parigi", "París", "Parijs", "Париж", "パリ", "파리", "巴黎", "باريس", "Milano", "Milan", "Mailand",
            "Madrid", "Rome", "Roma", "Berlin", "München", "Munich", "Monaco", "Amsterdam", "Lisboa", "Lisbonne", "Bruxelles",
            "Wien", "Vienne", "Cannes"),
}
# A shop word within a few characters of the place: the note names the boutique, not the client's home.
_SHOP_WORDS = ("boutique", "store", "flagship", "negozio", "tienda", "loja", "winkel", "filiale", "bottega", "бутик",
               "магазин", "qui da noi a", "chez nous à", "bei uns in", "aquí en", "aqui em", "hier in", "у нас в",
               "店", "門市", "门市", "专柜", "專櫃", "매장", "지점", "부티크", "ブティック", "فرع", "بوتيك", "محل")
_BRANCH = "점"  # Korean "…점" (a branch) only before a space or a pause: "잠실점 ", not "점심"
_SHOP_WINDOW = 32


@lru_cache(maxsize=1)
def _place_automaton():
    """One automaton of the lower-cased place names -> (name, currency, spaced: bounded by non-letters)."""
    import ahocorasick  # (lazy: a C extension)

    automaton = ahocorasick.Automaton()
    for code, names in SHOP_PLACES.items():
        for name in names:
            lowered = name.lower()
            automaton.add_word(lowered, (lowered, code, ord(lowered[0]) < 0x3000))
    automaton.make_automaton()
    return automaton


def _shop_spans(lowered: str) -> list[tuple[int, int]]:
    spans = []
    for word in _SHOP_WORDS:
        at = lowered.find(word)
        while at != -1:
            spans.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    at = lowered.find(_BRANCH)
    while at != -1:
        if at + 1 == len(lowered) or lowered[at + 1] in " \t\n,.":
            spans.append((at, at + 1))
        at = lowered.find(_BRANCH, at + 1)
    return spans


def _is_letter(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isalpha()


def shop_places(text: str) -> set[str]:
    """The currencies of the places ``text`` names within ``_SHOP_WINDOW`` characters of a shop word (plain
    substring searches: the shop words first, then the place names around them only)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # (a character whose lower case is longer: offsets kept, case then matters)
    codes: set[str] = set()
    for shop_start, shop_end in _shop_spans(lowered):
        lo, hi = max(0, shop_start - _SHOP_WINDOW - _LONGEST), min(len(text), shop_end + _SHOP_WINDOW + _LONGEST)
        hits = sorted(((last + 1 - len(name), last + 1, code, spaced) for last, (name, code, spaced)
                       in _place_automaton().iter(lowered, lo, hi)), key=lambda hit: (hit[0], -hit[1]))
        taken_end = -1  # the longest name at a position wins; one inside another does not count
        for at, end, code, spaced in hits:
            if at < taken_end or (spaced and (_is_letter(lowered, at - 1) or _is_letter(lowered, end))):
                continue
            if end >= shop_start - _SHOP_WINDOW and at <= shop_end + _SHOP_WINDOW:
                taken_end = end
                codes.add(code)
    return codes


_LONGEST = max(len(name) for names in SHOP_PLACES.values() for name in names)


def shop_currency(budget, text: str, language: str | None, folded: str):
    """``budget`` read in the currency of the boutique its note names, when it was read in the note language's
    default currency and the note writes none (``folded``: the note folded, where currency words are looked
    for); else ``budget``."""
    lang = (language or "").upper()
    if budget is None or not budget.has_amount or lang in ("", "EN", "KO") or budget.currency != default_currency(language):
        # (English: note_currency.place_currency; Korean: a bare number counts 만 of won, no other currency)
        return budget
    if has_currency_sign(text) or currency_words_in(folded):
        return budget
    codes = shop_places(text)
    if len(codes) != 1:
        return budget  # none, or boutiques of two currencies
    code = next(iter(codes))
    if code == budget.currency:
        return budget
    rate = EUR_PER_UNIT[code] / EUR_PER_UNIT[budget.currency]
    return budget._replace(min_eur=budget.min_eur * rate, max_eur=budget.max_eur * rate, currency=code)
