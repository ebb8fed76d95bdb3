"""Many pieces counted for a business's people are a corporate gift, also for a holiday a company marks:
"twelve card holders for her team", "dix coffrets pour leurs partenaires", "15 llaveros para el staff",
"Campanha de Dia das Mães: 60 kits", "10 наборов для коллег", "거래처 20곳", "30 份礼盒 … 送到公司". A sentence
that names a business group (clients, partners, suppliers, colleagues, staff, a team, the office, a
campaign, influencers) and counts ten or more pieces (digits or a number word, followed by a word that is no
currency, multiplier or unit of time), and names no person's occasion (a wedding's 150 favours, a company's
anniversary: those are that occasion's); or five or more pieces priced each ("8 scatole per fornitori, 180
€/scatola"), the group named in the sentence or elsewhere in the note ("礼盒 30 份，每份 1,500 元 … 送到公司前台"),
in a note that names no person's occasion. Not for a household ("staff & family") nor in a note that already
holds a corporate gift. Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import ahocorasick

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.budgets.numbers.words import NUM, word_tokens
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import _month_of_name

__all__ = ["BUSINESS_STEMS", "counted_orders"]

# Business groups and places, whole folded words of every language (a household has staff, not these; "partner"
# alone is a spouse).
_LATIN_GROUPS = fold(
    "company firm office campaign team staff colleagues clients customers partners suppliers employees influencers "
    "entreprise société bureau campagne équipe collègues partenaires fournisseurs salariés collaborateurs influenceurs "
    "influenceuses empresa oficina campaña equipo colegas clientes socios proveedores empleados azienda ufficio "
    "campagna squadra colleghi clienti fornitori dipendenti escritório campanha equipa equipe parceiros "
    "fornecedores funcionários influenciadoras influenciadores firma büro kampagne kollegen kunden geschäftspartner "
    "lieferanten mitarbeiter mitarbeitern belegschaft bedrijf kantoor collega klanten relaties leveranciers "
    "medewerkers personeel collegas компания компании компанию офис офиса кампания кампании команда команды коллег "
    "коллегам клиентов клиентам партнёров партнёрам партнеров партнерам поставщиков сотрудников сотрудникам"
).split()
_ARABIC_GROUPS = ("شركه", "الشركه", "للشركه", "المكتب", "للمكتب", "فريق", "لفريق", "زملاء", "العملاء", "للعملاء", "الشركاء",
                  "للشركاء", "الموظفين", "للموظفين")
# ("고객", "客户", "顧客" are as often the boutique's own client: left out)
_DENSE_GROUPS = ("회사", "사무실", "캠페인", "팀원", "동료", "거래처", "협력사", "직원", "公司", "办公室", "辦公室", "团队", "團隊", "同事",
                 "合作伙伴", "供应商", "员工", "員工", "企业", "企業", "会社", "事務所", "キャンペーン", "チーム", "同僚", "取引先", "社員",
                 "スタッフ")
BUSINESS_STEMS = (*_LATIN_GROUPS, *_ARABIC_GROUPS, *_DENSE_GROUPS)
_ANY_GROUP = Literals(BUSINESS_STEMS)
_GROUP_WORDS = frozenset({*_LATIN_GROUPS, *_ARABIC_GROUPS})  # whole words: a run of letters that is one of them
_ANY_DENSE_GROUP = Literals(_DENSE_GROUPS)
_DENSE_GROUP = re.compile("|".join(_DENSE_GROUPS))  # anywhere: no spaces between words in these scripts
# Group words a household shares (its staff, a sports team): with them the count must be written in digits,
# as advisors write an order ("Christmas gifts for her staff: ten wallets" may be the household's).
_HOUSEHOLD_TOO = frozenset(fold(w) for w in "team staff équipe equipo equipa equipe squadra personeel スタッフ チーム".split())
_SENTENCE = re.compile(r"[^.;!?\n。！？；]+")
# A count in digits (up to 999): not part of a price, a date, a time, a code or a larger number.
_DIGITS = re.compile(r"(?<![A-Za-z\d.,/:$€£¥₩\-–])(\d{1,3})(?![\d.,/:%\-])\s?(?P<next>[^\s\d,.;:!?()]*)")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₩]|r\$|hk\$|us\$|chf|eur|aed|sar)\s?$", re.IGNORECASE)
# Words after a number that make it no count of pieces: money, multipliers, years, ages, times, percent, a price
# each ("200 each"), sizes and weights, a month name.
_NOT_PIECES = frozenset(fold(w) for w in (
    "k € $ £ eur euro euros usd gbp chf aed sar dollars pounds quid dirhams riyals reais rubles рублей руб ₽ тыс тысяч "
    "mil mille mila tausend duizend миллион million millions mln mio grand cents cent centavos "
    "ans an years year yrs jahre jahr anni anno años anos jaar лет год года عام سنه سنوات "
    "min minutes h hours heures uhr ore horas uur часов ч % pour per jours days dias giorni tage dagen дней "
    "th st nd rd er e ème º ° th- each apiece pp cada chacun chacune cad cadauno ciascuno je pro par por la le "
    "cm mm kg g ml cl km m ct carats carat karat quilates carati карат см мм кг мл am pm утра вечера дня ночи "
    "de di du d of del do da dos das des y et und и a à au en em in on op"
).split()) | frozenset(_month_of_name())  # "20 décembre", "23 февраля": a date
# People counted (guests at a dinner, a group) are an order only beside a price each.
_PEOPLE = frozenset(fold(w) for w in (
    "people persons guests personnes invités persone ospiti invitati personas invitados pessoas convidados personen gäste "
    "gasten mensen человек гостей гостя гости персон شخص اشخاص ضيف ضيوف"
).split()) | frozenset(_LATIN_GROUPS) | frozenset(_ARABIC_GROUPS)
_DENSE_PEOPLE = re.compile(r"^(?:名|人|명|분|位|客)")
_DENSE_NOT_PIECES = re.compile(r"^(?:万|萬|元|块|塊|円|원|만|천|억|岁|歳|살|세|대|代|年|년|月|월|日|일|号|號|周年|週年|주년|時|시|분|点|金|%)")
# A price each: "par coffret", "per box", "each", "cada", "pro Stück", "€/u", "5 тыс./набор", "每份", "개당" (folded
# text; whole words in spaced scripts), "euros le coffret".
_EACH_WORDS = frozenset("each apiece pp chacun cada cad cadauno".split())
_KNOWN = ahocorasick.Automaton()
for _word in _GROUP_WORDS | _EACH_WORDS:
    _KNOWN.add_word(_word, _word)
_KNOWN.make_automaton()
_EACH_PHRASES = (
    *(f"per {w}" for w in "piece head person box gift item unit set persona pezzo scatola stuk persoon doos".split()),
    *(f"par {w}" for w in "personne tete piece coffret boite".split()), "la unidad",
    *(f"por {w}" for w in "persona unidad caja".split()), "a testa", "al pezzo",
    *(f"pro {w}" for w in "stuck person kopf".split()), "je stuck", "за штуку", "за набор", "на человека", "لكل", "كل علبه",
)
_DENSE_EACH = ("每份", "每个", "每件", "每盒", "单价", "개당", "세트당", "인당", "個あたり", "単価")
_ANY_EACH_PHRASE = Literals((*_EACH_PHRASES, *_DENSE_EACH, "euro le ", "euro la ", "euros le ", "euros la "))
_EACH = re.compile(
    r"(?<![^\W\d_])(?:{}|euros? (?:le|la) [^\W\d_]{{3,}})(?![^\W\d_])|{}".format(
        "|".join(map(re.escape, sorted({*_EACH_WORDS, *_EACH_PHRASES}, key=len, reverse=True))), "|".join(_DENSE_EACH)))


def _priced_each(folded: str, words: frozenset[str] | set[str]) -> bool:
    """Whether ``folded`` (whose words are ``words``) prices pieces each (``_EACH``), the regex only where a word or
    a phrase of it is there."""
    return bool(_EACH_WORDS & words or _ANY_EACH_PHRASE.any_in(folded)) and _EACH.search(folded) is not None


# … or written with a slash after the amount (original text): "250€/u", "R$ 400/kit", "5 тыс./набор".
_PER_UNIT = re.compile(r"\d\s?(?:[€$£¥₩]|тыс\.?|k|eur)?\s?/\s?[^\W\d_]{1,10}")
# Gift words (folded, any language): counted pieces or people are gifts only in a note that names gifts
# or prices pieces each ("dinner for 12 clients" is no order).
_GIFTS = Literals(fold(w) for w in (
    "gift present hamper cadeau coffret regal prenda obsequio brinde cabaz lembranc geschenk präsent "
    "kado pakket подар сувенир набор هدي هدا kit"
).split() + ["선물", "기프트", "礼", "禮", "ギフト", "贈", "プレゼント", "記念品"])
_PERSONAL = frozenset({"wedding", "birthday", "wedding_anniversary", "relationship_anniversary", "corporate_anniversary",
                       "engagement", "graduation", "retirement", "promotion", "new_job", "birth", "baptism",
                       "first_communion", "bar_mitzvah", "housewarming", "funeral"})
_ANNIVERSARY = Literals(("anniversar", "aniversar", "jubil", "юбил", "лети", "годовщин", "周年", "週年", "주년", "ذكرى", "創業", "創立",
                         "設立", "创立", "成立", "تاسيس"))
# A household's people: "gifts for the staff & family", "his household staff" are no business's.
_FAMILY = Literals(("family", "famille", "familia", "famiglia", "familie", "семь", "родн", "عائل", "اهل", "가족", "家人", "家族",
                    "親戚", "household", "domestic", "foyer", "hogar", "haushalt", "huishoud", "domestique", "da casa",
                    "de casa", "di casa", "de la casa"))
_MANY, _SOME = 10, 5


def counted_orders(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``corporate_gift`` hit on many pieces counted for a business group (see the module)."""
    folded = nt.folded
    if not _ANY_GROUP.any_in(folded):
        return matches
    concept = meta.by_name.get("corporate_gift", -1)
    if concept < 0 or any(m[2] == concept for m in matches):
        return matches
    words = _known_words(folded)
    note_groups = _groups(folded, words)
    if not note_groups:
        return matches  # no business group in the note: nothing is counted for one
    text = nt.original
    priced = _priced_each(folded, words) or _PER_UNIT.search(text) is not None
    if not (priced or _GIFTS.any_in(folded)):
        return matches  # counted people or pieces are gifts only in a note that names gifts or prices each
    spots = _spots(folded, note_groups)
    sentences = [m.span() for m in _SENTENCE.finditer(text)]
    if not priced:  # then only a sentence that names a group counts pieces for one
        starts = [start for start, _ in sentences]
        named = {bisect_right(starts, nt.to_original(at, at + len(word))[0]) - 1 for at, word in spots}
        sentences = [sentences[i] for i in sorted(named) if i >= 0]
    for start, end in sentences:
        lo, hi = to_folded(nt, start), to_folded(nt, end)
        part, sentence = folded[lo:hi], text[start:end]
        here = {word for at, word in spots if lo <= at < hi}
        each = priced and (_EACH.search(part) is not None or _PER_UNIT.search(sentence) is not None)
        if not (here or each) or _FAMILY.any_in(part):
            continue
        digits, spelled = _count(sentence, part, each)
        if max(digits, spelled) < _SOME:
            continue
        groups = here or note_groups
        count = digits if groups <= _HOUSEHOLD_TOO else max(digits, spelled)  # "her staff: ten wallets" may be the household's
        if here and count >= _MANY:
            scope = (lo, hi)  # the sentence says it all: its own occasions decide
        elif each and groups and count >= _SOME:
            scope = (0, len(folded))  # a few pieces, or the group named elsewhere: the note's occasions decide
        else:
            continue
        if _ANNIVERSARY.any_in(folded[scope[0] : scope[1]]) or any(
            scope[0] <= m[0] and m[1] <= scope[1] and meta.names[m[2]] in _PERSONAL for m in matches
        ):
            continue
        return sorted([*matches, (lo, hi, concept, 1.0)], key=lambda m: (m[0], m[1]))
    return matches


def _known_words(folded: str) -> set[str]:
    """The group and "each" words that are whole letter runs of ``folded`` (the letter runs ``[^\W\d_]+`` cut
    to those words, in one automaton pass instead of a regex over every letter)."""
    found = set()
    for end, word in _KNOWN.iter(folded):
        start = end + 1 - len(word)
        if not (start and _letter(folded[start - 1]) or end + 1 < len(folded) and _letter(folded[end + 1])):
            found.add(word)
    return found


def _groups(folded: str, words: set[str]) -> set[str]:
    """The business groups ``folded`` (whose letter runs are ``words``) names: whole words, or anywhere in scripts
    without spaces."""
    found = _GROUP_WORDS & words
    if _ANY_DENSE_GROUP.any_in(folded):
        found |= set(_DENSE_GROUP.findall(folded))
    return found


def _spots(folded: str, groups: set[str]) -> list[tuple[int, str]]:
    """Where each of ``groups`` stands in ``folded``, in text order: whole words, or anywhere for a word of a
    script without spaces."""
    spots = []
    for word in groups:
        dense = word in _DENSE_GROUPS
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if dense or not (at and _letter(folded[at - 1]) or end < len(folded) and _letter(folded[end])):
                spots.append((at, word))
            at = folded.find(word, end)
    return sorted(spots)


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()  # the regex class [^\W\d_]


def _count(sentence: str, folded: str, each: bool) -> tuple[int, int]:
    """The largest count of pieces in ``sentence`` (its folded form ``folded``) in digits not next
    to a currency, and in number words, followed by a word that is no money, year or time; people
    and groups count only in a sentence that prices each (``each``): "dinner with 12 colleagues" is no
    order, "gifts for 12 clients, 250 €/u" is."""
    best = spelled = 0
    skip = _NOT_PIECES if each else _NOT_PIECES | _PEOPLE
    if "0" in folded:
        for match in _DIGITS.finditer(sentence):
            raw = match.group("next")
            nxt = fold(raw).strip()
            if not nxt or nxt in skip or raw[0] in "€$£¥₩₽/" or _DENSE_NOT_PIECES.match(raw) or (
                    not each and _DENSE_PEOPLE.match(raw)):
                continue
            if _CURRENCY_BEFORE.search(sentence, max(0, match.start() - 4), match.start()):
                continue
            best = max(best, int(match.group(1)))
    words = folded.split()
    for word, nxt in zip(words, words[1:]):  # a number word before a noun: "trente flacons", not "sixty in May"
        if len(nxt) < 4 or nxt in skip or word_tokens(nxt) is not None:
            continue
        tokens = word_tokens(word)
        if tokens and len(tokens) == 1 and tokens[0][0] == NUM:
            spelled = max(spelled, int(tokens[0][1]))
    return best, spelled
