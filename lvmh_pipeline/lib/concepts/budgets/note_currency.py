"""The currency of a budget amount written without one, taken from its note beyond its sentence,
and a bound word that follows a currency said after the amount.

- A currency named away from any number anywhere in the note ("Budget 5K. Pounds, obviously.",
  "She pays in dollars."). The currency of another amount does not count ("Budget 5K, the last
  one was $4,000": euros).
- "ten grand, pounds, maybe more": the bound word after the currency word still bounds the amount.
- A Portuguese note that names no currency at all and speaks Brazilian Portuguese ("né", "tá",
  "cafezinho", "bebê", "kkk", a progressive with a gerund: "tão procurando") means reais, not euros; a bare
  dinar in a note placed in Jordan (Amman and its districts) Jordanian dinars, a bare riyal in a Qatari or
  an Omani note Qatari riyals or Omani rials (:func:`regional_currency`).
- An English note that names no currency at all and names the boutique it was written in ("our
  Knightsbridge store", "the Fifth Ave flagship", "Bond Street", "Harrods") means that place's
  currency; where the client lives or comes from does not count, and places of two currencies
  cancel out (:func:`place_currency`); a note that names no boutique is read by its locale cues (a UK
  phone, "mum", "Labour": pounds; a US phone, "mom", "state senate": dollars;
  :func:`~lvmh_pipeline.lib.concepts.budgets.locale_cues.locale_currency`), else the house's default. Lakh and crore count rupees; a euro figure said right after
  a foreign amount ("£3,000, i.e. roughly €3,600") wins over the conversion table.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.concepts.budgets.budget_bounds import bound_after
from functools import lru_cache

from lvmh_pipeline.lib.concepts.budgets.currencies import (
    EUR_PER_UNIT, currency_code, currency_words, default_currency, has_currency_sign, phrase_currency,
)
from lvmh_pipeline.lib.concepts.budgets.currency_table import NOT_ALONE, PLACES, PLACES_IN_CONTEXT
from lvmh_pipeline.lib.concepts.budgets.locale_cues import locale_currency

__all__ = ["bound_after_currency", "delivered_to", "note_currency", "place_currency", "regional_currency"]


def note_currency(text: str, span: tuple[int, int]) -> str | None:
    """The currency the note ``text`` names away from any number, for an amount at ``span``
    written without one, or None."""
    return phrase_currency(text, 0, len(text), span)


_CURRENCY_WORD_AFTER = re.compile(
    r"[ \u00a0\u202f]*,?[ \u00a0\u202f]*(?:in[ \u00a0\u202f]+)?(?i:pounds|pound|sterling|quid|dollars|bucks|euros|gbp|usd|eur)"
    r"(?![^\W\d_])"
)


def bound_after_currency(text: str, end: int) -> tuple[str, int, str] | None:
    """(kind, end, currency) of a bound word past a currency word said after the amount ending at
    ``end`` ("ten grand, pounds, maybe more"), or None."""
    found = _CURRENCY_WORD_AFTER.match(text, end)
    bound = None if found is None else bound_after(text, found.end())
    if bound is None:
        return None
    word = found.group().strip(" \u00a0\u202f,").split()[-1]
    return bound[0], bound[1], currency_code(word, None)


# Words of Brazilian Portuguese that European Portuguese writes otherwise ("pró", "bebé", "gémeos",
# "telemóvel") or does not say; "pra" is said on both sides of the Atlantic.
_BRAZILIAN = re.compile(
    r"(?<![^\W\d_])(?:né|tá|tô|pro|pros|kkk+|você|vocês|cafezinho|mamãe|papai|bebê|bebês|nenê|gêmeos|gêmeas|"
    r"celular|ônibus|legal demais|a gente vai|presentão|lindão|lindona|tchau|bolsonarista|petista|carioca|paulistan[oa]|"
    r"São Paulo|Sampa|Leblon|Ipanema|Iguatemi|Faria Lima|Brasília|Belo Horizonte|Curitiba|Porto Alegre|Campinas|Recife|"
    r"Fortaleza|Manaus|Florianópolis|Goiânia|Niterói|Búzios|Trancoso|Bahia|Morumbi|Barra da Tijuca|"
    # the progressive with a gerund ("tão ajudando", "tô procurando"); Portugal says "estão a ajudar"
    r"(?:tô|tá|tão|estou|está|estão|estava|estavam) [^\W\d_]+ndo)(?![^\W\d_])",
    re.IGNORECASE,
)
# ... and of European Portuguese: the continuous "está a fazer", "pá", "prenda", "telemóvel".
_EUROPEAN = re.compile(
    r"(?<![^\W\d_])(?:(?:está|estão|estou|anda|andam) a [^\W\d_]+r|pá|prenda|telemóvel|bebé|gémeos|gémeas|pró|"
    r"olhe|fixe|miúd[oa]s?|rapariga)(?![^\W\d_])",
    re.IGNORECASE,
)
# A dirham said bare in a Moroccan note (Morocco, a Moroccan city or Darija: "بغات", "ديال", "بزاف"; not
# the evening prayer "بعد المغرب") is the Moroccan one; a dinar said bare in a Jordanian or Levantine
# note ("أردني", "بدو", "حزيران") the Jordanian one.
_MOROCCAN = re.compile(r"مغربي|مغربية|مغاربة|(?:في|من|إلى|الى|ب)\s?المغرب|الدار البيضاء|كازا|مراكش|الرباط|طنجة|فاس|أكادير|Casablanca|Marrakech|Rabat|Tanger|"
                       r"(?<!\w)(?:بغات|بغا|بغاو|بغيت|ديال|ديالها|ديالو|ديالهم|ديالي|ديالنا|بزاف|واخا|دابا|غادي)(?!\w)")
_LEVANTINE = re.compile(r"أردن|اردن|عمّان|(?<!\w)(?:[وفب]?عمان|عبدون|الشميساني|الصويفية|دابوق|خلدا|إربد|اربد|الزرقاء|العقبة)(?!\w)|"
                        r"(?<!\w)[وفب]?(?:بدو|بدها|هيك|كتير|منيح|هلق|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين|"
                        r"كانون)(?!\w)")
# Pesos said bare in a Colombian note (a Colombian city or word) are Colombian pesos, not Mexican ones.
_COLOMBIAN = re.compile(r"(?<![^\W\d_])(?:Colombia|colombian[oa]s?|Bogotá|Bogota|Medellín|Medellin|El Poblado|Cali|Barranquilla|"
                        r"Cartagena|paisa|rolo|parcero|parce|bacano|chimba)(?![^\W\d_])")
# A riyal said bare in a Qatari note (Qatar, Doha and its districts) is the Qatari one; a rial in an Omani
# note (Muscat, "عُمان" with its vowel) the Omani one; the Saudi riyal stays where the note names Saudi places.
_QATARI = re.compile(r"(?<!\w)(?:[وفب]?(?:قطر|قطري|قطرية|الدوحة|الدوحه|لوسيل|الوكرة)|Doha|Qatar|Lusail)(?!\w)", re.IGNORECASE)
_OMANI = re.compile(r"عُمان|سلطنة عمان|(?<!\w)(?:[وفب]?(?:عماني|عمانية|صلالة|صحار|نزوى)|مسقط(?! رأس)|Muscat|Oman)(?!\w)",
                    re.IGNORECASE)
_SAUDI = re.compile(r"سعود|الرياض|جدة|جده|الدمام|الخبر|مكة|المدينة المنورة|Riyadh|Jeddah|Saudi|sar\b", re.IGNORECASE)
# (language, currency read, currency of the region, its cue, words that keep the currency read)
_REGIONS = (
    ("PT", "EUR", "BRL", _BRAZILIAN, re.compile(r"(?i:eur|euro|real|reais|dólar|dolar|libra)|" + _EUROPEAN.pattern)),
    ("AR", "AED", "MAD", _MOROCCAN, re.compile(r"إمارات|امارات|دبي|أبوظبي|أبو ظبي|الشارقة|aed|dubai", re.IGNORECASE)),
    ("AR", "KWD", "JOD", _LEVANTINE, re.compile(r"كويت|dinars?|kwd", re.IGNORECASE)),
    ("AR", "SAR", "QAR", _QATARI, _SAUDI),
    ("AR", "SAR", "OMR", _OMANI, re.compile(_SAUDI.pattern + "|" + _QATARI.pattern, re.IGNORECASE)),
    ("ES", "MXN", "COP", _COLOMBIAN, re.compile(r"(?i:mexic|méxic|mxn|chilang|CDMX)")),
)


def _in_currency(budget, code: str):
    rate = EUR_PER_UNIT[code] / EUR_PER_UNIT[budget.currency]
    return budget._replace(min_eur=budget.min_eur * rate, max_eur=budget.max_eur * rate, currency=code)


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern, dict[str, str]]:
    where = {p: code for code, ps in PLACES.items() for p in ps}
    where.update({p: code for code, ps in PLACES_IN_CONTEXT.items() for p in ps})
    longest = sorted(where, key=len, reverse=True)
    # the places grouped by first character (longest first within each), the word-start look-behind
    # after that character: the engine jumps to those characters and tries one group there (the same
    # matches as "(?<![^\W\d_])(?:<all places>)", which it tries at every position: ~160 µs a note)
    alternation = "|".join(
        rf"{re.escape(first)}(?<![^\W\d_]{re.escape(first)})(?:{'|'.join(re.escape(p[1:]) for p in longest if p[0] == first)})"
        for first in dict.fromkeys(p[0] for p in longest)
    )
    return re.compile(rf"(?:{alternation})(?![^\W\d_])(?!['’-]?\s?(?:shoes?|shirts?|brogues?))"), where


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """Currency words that name a currency (not "won", "canadian", "rand" …)."""
    return frozenset(currency_words()) - NOT_ALONE


_SHOP = re.compile(r"[- ]?(?i:store|boutique|flagship)\b")  # "our Knightsbridge store", "the NY flagship"
_STREETS = frozenset({"Fifth Ave", "Fifth Avenue", "5th Ave", "Madison Ave", "Madison Avenue", "Rodeo Drive", "Bond Street", "Sloane Street", "Harrods",
                      "Selfridges", "Harvey Nichols", "Oxford Street", "Regent Street", "Bergdorf", "Saks", "Orchard Road",
                      "Ginza", "Bal Harbour"})
# The shop streets and stores said in a lower-case (spoken) note: "here at bond street", "at harrods".
_STREET_NAMES = {street.lower(): street for street in _STREETS}
_STREETS_ANY_CASE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(re.escape(s) for s in sorted(_STREET_NAMES, key=len, reverse=True)) + r")(?![^\W\d_])"
)
_LAKH = re.compile(r"(?i:\d[ \u00a0]?(?:lakhs?|lacs?|crores?)(?![^\W\d_]))")
# The advisor's own euro figure right after a foreign amount ("5 lakh rupees (about €5,600)",
# "£3,000, i.e. roughly €3,500"): it beats the fixed conversion table.
_EUROS_SAID = re.compile(
    r"[ \u00a0]*[,(–—-]?[ \u00a0]*(?:(?i:i\.e\.|ie|so|that's|that is|roughly|about|around|approx\.?|approximately)|[~≈=])"
    r"[ \u00a0]*(?i:about|around|roughly|approx\.?)?[ \u00a0]*(?:€[ \u00a0]?(?P<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<k>[kK])?"
    r"|(?P<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<j>[kK])?[ \u00a0]?(?:€|(?i:euros?|eur)(?![^\W\d_])))"
)


def _euros_said(budget, text: str):
    """``budget`` as the euro amount said right after it, or ``budget`` itself."""
    if budget.currency == "EUR" or budget.min_eur != budget.max_eur or "€" not in text and "eur" not in text.lower():
        return budget
    found = _EUROS_SAID.match(text, budget.end)
    if found is None:
        return budget
    value = float((found.group("a") or found.group("b")).replace(",", "")) * (1000 if found.group("k") or found.group("j") else 1)
    if not 0.5 <= value / budget.min_eur <= 2:
        return budget
    return budget._replace(min_eur=value, max_eur=value, currency="EUR", end=found.end(),
                           evidence=text[budget.start : found.end()])


def place_currency(budget, text: str, language: str | None, locale: str | None = None):
    """``budget`` in rupees when its amount counts lakh or crore with no currency written, as the
    euro figure said right after it, or read in the currency of the boutique an English note names
    when its amount was written without a currency and the note names none; else ``budget``.
    ``locale``: the locale currency pseudonymization read on the raw note ("" when it found no cue,
    None when not recorded: read again on ``text``, where phones and parties are already redaction tokens such as [PHONE])."""
    if budget is None or not budget.has_amount:
        return budget
    if budget.currency != "INR" and ("akh" in budget.evidence or "ror" in budget.evidence or "ac" in budget.evidence) \
            and _LAKH.search(budget.evidence) and not has_currency_sign(budget.evidence) \
            and _money_words().isdisjoint(_WORD.findall(budget.evidence.lower())):
        budget = _in_currency(budget, "INR")  # lakh and crore count rupees
    budget = _euros_said(budget, text)
    if (language or "").upper() != "EN" or budget.currency != default_currency(language) or has_currency_sign(text):
        return budget
    if not _money_words().isdisjoint(_WORD.findall(text.lower())):
        return budget
    found, where = _places()
    # Only the boutique's place counts: where the client lives or comes from does not say the
    # currency of the store the note was written in ("banker from London", "Hong Kong based").
    codes = {where[hit.group()] for hit in found.finditer(text) if hit.group() in _STREETS or _SHOP.match(text, hit.end())}
    codes |= {where[_STREET_NAMES[hit.group().lower()]] for hit in _STREETS_ANY_CASE.finditer(text)}  # "here at bond street"
    codes = codes or delivered_to(text)
    if len(codes) > 1:
        return budget  # two boutiques of different currencies
    code = next(iter(codes)) if codes else (locale_currency(text, language) if locale is None else locale or None)
    return budget if code is None or code == budget.currency else _in_currency(budget, code)


_WORD = re.compile(r"[^\W\d_]+")
# The boutique sends the pieces to an address: the address is in the boutique's own town ("courier everything
# to the house, … in notting hill", "deliver to her flat in Kensington"), unlike where a client lives or works.
_DELIVERY = re.compile(r"(?<![^\W\d_])(?i:courier|couriered|deliver|delivered|delivery|ship|shipped)(?![^\W\d_])")
_DELIVERY_WINDOW = 80


@lru_cache(maxsize=1)
def _places_any_case() -> tuple[re.Pattern, dict[str, str]]:
    where = {p.lower(): code for code, ps in PLACES.items() for p in ps}
    where.update({p.lower(): code for code, ps in PLACES_IN_CONTEXT.items() for p in ps})
    names = "|".join(re.escape(p) for p in sorted(where, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])", re.IGNORECASE), where


def delivered_to(text: str) -> set[str]:
    """The currencies of the places named, in their sentence, after the boutique says it delivers there."""
    codes: set[str] = set()
    for cue in _DELIVERY.finditer(text):
        window = text[cue.end() : cue.end() + _DELIVERY_WINDOW]
        window = re.split(r"[.!?;\n]", window, maxsplit=1)[0]
        found, where = _places_any_case()
        codes |= {where[hit.group().lower()] for hit in found.finditer(window)}
    return codes


def regional_currency(budget, text: str, language: str | None, locale: str | None = None):
    """``budget`` read in the currency of the region its note speaks for, when the currency read
    was only the language's default or a bare word shared by several countries: reais in a
    Brazilian Portuguese note that names no currency (a Brazilian word, no European one), Moroccan
    dirhams, Jordanian dinars; otherwise ``budget`` itself (``locale``: see :func:`place_currency`)."""
    if budget is None or not budget.has_amount:
        return budget
    lang = (language or "").upper()
    for region_language, read, region, cue, keep in _REGIONS:
        if lang != region_language or budget.currency != read:
            continue
        if region == "BRL" and has_currency_sign(text):
            return budget
        if keep.search(text) is None and cue.search(text) is not None:
            return _in_currency(budget, region)
    return place_currency(budget, text, language, locale)
