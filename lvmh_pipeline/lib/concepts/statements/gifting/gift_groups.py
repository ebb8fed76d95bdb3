"""Gifts for a business group are a corporate gift: "New Year gifts for the employees",
"Geschenke für die Belegschaft", "regali ai clienti dello studio", "cadeaus … voor
zakenrelaties", "presentes para a equipa do escritório", "팀원들 선물", "取引先への贈り物",
"给员工的礼物". A gift word (plural) and a group word of the note's language (employees, clients,
business associates) in one sentence, at most a few words apart, in either order, give a
``corporate_gift`` hit when the matcher found none and the sentence names the occasion they
are for, or the note counts or prices the gifts each ("20 agendas para clientes, 90 € cada").
One client or partner ("a gift for her partner", "Geschenk für den Kunden"), a household's
staff and the boutique's own ("직원", "スタッフ") are no group; staff, a team, colleagues,
business partners or supporters are one only when the gifts are counted and their sentence
names no holiday ("gifts for his campaign staff, 25 people, $200 each"; not "Christmas gifts
for her staff"). Small-gift words count as gift words ("detalles para su equipo", "pensierini",
"lembrancinhas", "Aufmerksamkeiten", a Dutch "…pakket" hamper), and business relations ("relaties")
are a group, so "kerstpakketten voor 40 relaties" is a Christmas corporate gift. And the month of a corporate gift is the month of the occasion it is for
("regali aziendali per il Capodanno cinese a fine gennaio"). Hits are matcher tuples ``(start, end, concept, confidence)`` in
folded coordinates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.corporate_orders import PIECES as _PIECES
from lvmh_pipeline.lib.concepts.occasions.corporate_orders import (
    ANNIVERSARY_WORDS,
    named_occasion,
    occasion_phrases,
    order_month,
)
from lvmh_pipeline.lib.concepts.occasions.months import find_months
from lvmh_pipeline.lib.concepts.statements.gifting.gift_counts import counted_gifts, many_gifts

__all__ = ["group_gifts", "shared_months"]

_GIFTS = (  # plural: "a gift for the team" may be one person's
    r"gifts|presents|cadeaux|regali|regalos|presentes|prendas|brindes|[^\W\d_]*geschenke\w*|präsente|gutscheine"
    r"|[^\W\d_]*(?:cadeaus|cadeautjes|geschenken|pakketten|pakket)|attenties|подарки|подарков|подарками|сувениры|сувениров"
    r"|(?:ك|ب|و|ال)?هدايا|(?<=[0-9٠-٩] )هدية|detalles|obsequios|pensierini|omaggi|lembrancinhas|lembranças|mimos|aufmerksamkeiten|kits?|cestas|cabazes|coffrets|hampers"
)
# Substrings every gift word holds (folded; dense scripts and Arabic as written): a quick test.
_GIFT_STEMS = ("gifts", "presents", "cadeau", "regal", "presentes", "prendas", "brindes", "geschenke", "prasente", "gutscheine",
               "подарк", "pakket", "attenties", "сувенир", "detalles", "obsequios", "pensierini", "omaggi", "lembranc", "mimos",
               "aufmerksamkeiten", "kit", "cestas", "cabazes", "coffrets", "hampers")
_DENSE_STEMS = ("هدايا", "هدية", "선물", "기프트", "법인", "ギフト", "贈り物", "プレゼント", "手土産", "お土産", "記念品", "お礼の品", "礼物", "礼品", "禮物",
                "禮品", "礼盒", "送", "给", "給")
# Group words of the note's language (all languages when it is unknown). Staff, team,
# Mitarbeiter, сотрудники, business partners: measured on held-out notes, they are as often a
# household's staff or a personal gift, so they are left out.
_GROUPS: dict[str, str] = {
    "EN": "employees|business contacts|business associates|suppliers",
    "FR": "collaborateurs|collaboratrices|salariés|employés|partenaires d'affaires|associés|fournisseurs",
    "IT": "dipendenti|collaboratori|clienti|soci|partner commerciali|fornitori",
    "ES": "empleados|plantilla|clientes|socios|colaboradores|equipo directivo|directivos|proveedores",
    "PT": "funcionários|colaboradores|clientes|sócios|equipa do escritório|equipe do escritório|fornecedores|parceiros|diretoria",
    "DE": "belegschaft|lieferanten",  # "Kunden" is also one client
    "NL": "personeel|medewerkers|klanten|zakenrelaties|zakenpartners|leveranciers|relaties",
    "RU": "клиент(?:ов|ам)",
    "AR": "للموظفين|الموظفين|لموظفين|للعملاء|العملاء|لشركائه|لشركائها|لشركائهم|الشركاء|للشركاء|لموظفي|لعملاء|لعملائه|لعملائها|"
          "لعملائهم",
}
# Staff, a team, colleagues, business partners, supporters: a group only when the note counts the
# gifts or prices each one ("for her staff, 12 pieces", "für die Mitarbeiter (40 Stück)", "para a
# equipa, 150 € cada", "партнёрам, до 40 тыс. за штуку", "직원분들 선물, 개당"): see :func:`_counted`.
_TEAMS: dict[str, str] = {
    "EN": "staff|team|colleagues|business partners|partners|supporters|clients|caucus",
    "FR": "équipe|collègues|partenaires|clients|mandants|groupe parlementaire",
    "IT": "squadra|team|staff|colleghi|personale|partner|gruppo parlamentare",
    "ES": "equipo|personal|compañeros|colegas|socios comerciales|bancada",
    "PT": "equipa|equipe|pessoal|colegas|parceiros de negócio|bancada",
    "DE": "mitarbeiter|mitarbeitern|mitarbeiterinnen|team|kollegen|kolleginnen|geschäftspartner|geschäftspartnern|mandanten|kunden|fraktion",
    "NL": "team|collega's|collega’s|fractie",
    "RU": "сотрудник\\w*|партн[её]р\\w*|команд[аеуы]|коллег\\w*|клиент\\w*|штаб\\w*|фракци\\w*",
    "AR": "فريق|لفريق|موظفي|زملاء|لزملائه|شركاء|لشركاء",
}
_DENSE_TEAMS = (
    r"(?:직원|팀원|스태프)\S{0,3}\s?(?:\S+\s)?(?:선물|기프트)"
    r"|(?:선대위|선거캠프|캠프|후원회|지지자)\S{0,3}\s?(?:\S+\s){0,2}(?:선물|기프트)"  # a campaign's people: "선대위 분들께 감사 선물"
    r"|(?:선물|기프트)\S{0,2}\s(?:\S+\s)?(?:직원|팀원|스태프)(?:분)?(?:들)?(?:에게|한테|께|용|\s(?:드릴|줄|주실|드리)"
    r"|\s[^\s,，]{1,6}[,，])"  # "선물로 직원분들 드릴", "선물로 팀원들 머플러, 열 개"
    r"|(?:支援者|後援会|スタッフ|社員|取引先|社内)[^。、\n]{0,16}(?:ギフト|贈り物|プレゼント|記念品|お礼の品)"
    r"|(?:员工|員工|同事|团队|團隊|合作伙伴)[^\s。，]{0,4}(?:礼物|礼品|禮物|禮品|礼盒)"
    r"|(?:给|給|送)\s?team\s?(?:送\s?)?[^。，\n]{0,4}(?:礼物|礼品|禮物|禮品|礼盒)"  # "给 team 送圣诞礼物"
)
_DENSE_TEAM_WORDS = ("직원", "팀원", "스태프", "선대위", "캠프", "후원회", "지지자", "支援者", "後援会", "スタッフ", "社員", "取引先", "社内",
                     "员工", "員工", "同事", "团队", "團隊", "合作伙伴", "team")
_GAP = r"(?:[^\W\d_]+['’]?[^\W\d_]*[\s,]+|\d+[\s,]+){0,8}?"  # up to 8 words, commas allowed
# The group word follows one of these (within its last three words): "for the staff", "für
# Geschäftspartner", "ai clienti"; Russian datives and Arabic "لل…" carry their own.
_TO = frozenset(
    "for to pour à a aux au per ai alle agli para pra a os as für fur an voor aan для".split()
)
_ELISION = re.compile(r"^[ld]['’]", re.IGNORECASE)
_DENSE = (
    r"(?:팀원|임직원|거래처|고객사|협력사|(?:기업|회사|VIP)\s?(?:고객|직원))\S{0,3}\s?(?:\S+\s)?(?:선물|기프트)|법인\s?(?:주문|구매|고객)"
    r"|(?:取引先|社員|従業員|部下|顧客)[^\s。、]{0,4}(?:ギフト|贈り物|プレゼント|手土産|お土産)"
    r"|(?:客户|员工|同事们|合作伙伴|合伙人|团队|客戶|員工)[^\s。，]{0,3}(?:礼物|礼品|禮物|禮品|礼盒)"
    r"|(?:送|给|給)[^\s。，]{0,4}(?:客户|员工|合作伙伴|客戶|員工)"
    r"|(?:선물|기프트)\S{0,2}\s(?:\S+\s)?(?:거래처|협력사|협력업체|고객사|임직원)"  # "선물로 협력업체에 보낼", "선물 세트 거래처용"
)


# The group nouns of ``_DENSE`` (a quick test before its pattern).
_DENSE_GROUPS = ("팀원", "임직원", "거래처", "고객사", "협력사", "협력업체", "법인", "기업", "회사", "vip", "取引先", "社員", "従業員", "部下", "顧客",
                 "客户", "员工", "同事们", "合作伙伴", "合伙人", "团队", "客戶", "員工")


# Any gift word, folded (a dense or Arabic stem folds to itself or less): a quick test.
_ANY_GIFT = Literals((*_GIFT_STEMS, *(fold(stem) for stem in _DENSE_STEMS)))


def _pick(table: dict[str, str], language: str) -> str:
    """The alternation of ``language`` in ``table``, or of every language when it has none."""
    return table[language] if language in table else "|".join(table.values())


@lru_cache(maxsize=16)
def _group_words(language: str) -> Literals:
    """The folded group and team words of ``language`` (all languages when unknown) and the dense
    group nouns: every match of the pattern holds one (a regex alternation with IGNORECASE cost
    ~70 µs a note; this one scan a few)."""
    words = re.sub(r"\(\?:[^)]*\)|\\w\*|\[[^]]*\]\w*", "", f"{_pick(_GROUPS, language)}|{_pick(_TEAMS, language)}").split("|")
    return Literals((*(fold(word) for word in words if word), *_DENSE_GROUPS, *_DENSE_TEAM_WORDS))


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str]:
    word = rf"(?<![^\W\d_])(?:{_GIFTS})(?![^\W\d_])"
    group = rf"(?<![^\W\d_])(?:(?P<{{0}}>{_pick(_GROUPS, language)})|(?P<{{1}}>{_pick(_TEAMS, language)}))(?![^\W\d_])"
    # "gifts for the staff", "Geschenke … für Geschäftspartner"; "팀원들 선물"; a team's only when counted
    return re.compile(
        rf"{word}[\s,]+(?P<gap>{_GAP})(?:[lLdD]['’])?(?P<group>{group.format('g1', 't1')})"
        rf"|{group.format('g2', 't2')}\s+(?:\w+\s+){{0,1}}?{word}|{_DENSE}|(?P<t3>{_DENSE_TEAMS})",
        re.IGNORECASE,
    )


def group_gifts(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None
) -> list[AliasMatch]:
    """``matches`` with a ``corporate_gift`` hit for a gift to a business group, when none is there."""
    # the cheapest tests first: most notes have no gift word or no group word
    lang = (language or "").upper()
    folded, text = nt.folded, nt.original
    matches = occasion_phrases(nt, matches, meta, language)  # "Corporate order: 40 card holders", "son starts at …"
    if not _ANY_GIFT.any_in(folded):
        return matches
    groups = _group_words(lang).starts(folded)
    if not groups:
        return matches  # no group word (the full pattern costs ~120 µs a note)
    concept = meta.by_name.get("corporate_gift", -1)
    if concept < 0 or any(m[2] == concept for m in matches):
        return matches
    # a company's anniversary or milestone gifts are mostly its anniversary alone (dev writers 70:16): the
    # newer evidence (a count in words, "법인 고객") does not make them a corporate gift there
    anniversary = ANNIVERSARY_WORDS.any_in(folded) or "기념" in folded
    counted = counted_gifts(folded, worded=not anniversary)
    ordered = counted or (not named_occasion(nt, matches, meta) and _dated_order(nt, matches, meta, lang))
    if not ordered and not any(_occasion_like(meta, m[2]) for m in matches):
        return matches  # the gifts must be for a named occasion, or counted, or an order of pieces with a date
    pattern = _pattern(lang)
    for lo, hi in _windows(nt, groups):
        for found in pattern.finditer(text, lo, hi):
            if not _addressed(found) or (anniversary and found.group().startswith(("법인 고객", "법인고객"))):
                continue
            start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
            if found.group("t1") or found.group("t2") or found.group("t3"):
                # a team's gifts: counted, and for no holiday of their sentence ("Christmas gifts for
                # her staff" may be the household's)
                if counted and (many_gifts(folded, worded=not anniversary) or not _for_an_occasion(nt, matches, meta, start, end)):
                    return sorted([*matches, (start, end, concept, 1.0)], key=lambda m: (m[0], m[1]))
            elif ordered or _for_an_occasion(nt, matches, meta, start, end):
                return sorted([*matches, (start, end, concept, 1.0)], key=lambda m: (m[0], m[1]))
    return matches


def _dated_order(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str) -> bool:
    """An order with a date: a number of pieces ("40 pezzi", "30份") and a month or the year's
    end ("dicembre", "fim de ano", "年底") in the note: gifts to a group for no named occasion."""
    if not _PIECES.search(nt.folded):
        return False
    year_end = meta.by_name.get("end_of_year", -1)
    return any(m[2] == year_end for m in matches) or bool(find_months(nt, language))


# Where a gift-to-a-group phrase cannot run on: its words, spaces and commas stop at these.
_STOPS = re.compile(r"[.;!?。！？；]")


def _windows(nt: NormalizedText, groups: list[int]) -> list[tuple[int, int]]:
    """The original-text spans the pattern has to read: the sentences holding a group word
    (``groups``: where they start in the folded text; every match holds one). Notes with a
    dense-script group word are read whole (their phrase may run past a full stop)."""
    text, folded = nt.original, nt.folded
    if any(is_dense_char(folded[at]) for at in groups):
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for at in groups:
        o_start = nt.to_original(at, at)[0]
        lo = max((m.end() for m in _STOPS.finditer(text, max(0, o_start - 400), o_start)), default=0)
        stop = _STOPS.search(text, o_start)
        spans.append((lo, stop.start() if stop else len(text)))
    spans.sort()
    merged = [spans[0]]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _for_an_occasion(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, start: int, end: int) -> bool:
    """Another occasion in the sentence of the gift words: the group's gifts are for it
    ("Christmas gifts for her staff"); without one, gifts to a group may be the client's own."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    left = max((m.end() for m in _SENTENCE.finditer(text, 0, o_start)), default=0)
    right = _SENTENCE.search(text, o_end)
    lo, hi = to_folded(nt, left), to_folded(nt, right.start() if right else len(text))
    return any(_occasion_like(meta, m[2]) and lo <= m[0] and m[1] <= hi for m in matches)


def _occasion_like(meta: ConceptMeta, concept: int) -> bool:
    """An occasion gifts can be for: an occasion concept other than "next month", or the year's end
    ("presentes de fim de ano para clientes", "هدايا نهاية السنة لعملاء الشركة")."""
    return (meta.occasion[concept] and concept != meta.next_month) or concept == meta.by_name.get("end_of_year", -1)


def _addressed(match: re.Match[str]) -> bool:
    """A gift word before its group: a preposition among the last three words between them
    (or a group word that carries its own), no sentence end between them."""
    if match.group("group") is None:
        return True
    gap = match.group("gap")
    if _SENTENCE.search(gap):
        return False
    group = match.group("group").lower()
    if group.endswith(("ам", "ям")) or group.startswith("ل"):
        return True
    words = [_ELISION.sub("", w.lower()) for w in gap.split()]
    # the preposition, then at most two words and no comma: "for her whole staff", not "für seine Frau, Kunden"
    last = max((k for k, w in enumerate(words) if w in _TO or w[:1] == "ل"), default=-1)  # "لكبار العملاء"
    return last >= len(words) - 3 and last >= 0 and not any(w.endswith(",") for w in words[last:])


_SENTENCE = re.compile(r"[.;!?\n。！？；]")


def shared_months(
    nt: NormalizedText, matches: list[AliasMatch], months: dict[int, int], dropped: set[int], meta: ConceptMeta,
    language: str | None = None,
) -> None:
    """An undated corporate gift takes the month of the occasion it is for: the nearest dated
    occasion of its sentence; in a note that names no other occasion, the month of its order
    (:func:`order_month`: "…, delivery in November"). Updates ``months`` in place."""
    concept = meta.by_name.get("corporate_gift", -1)
    gifts = [i for i, m in enumerate(matches) if m[2] == concept and i not in months and i not in dropped]
    if not gifts:
        return
    dated = [i for i in months if i not in dropped and matches[i][2] != concept and matches[i][2] != meta.next_month]
    for i in gifts:
        start, end = matches[i][0], matches[i][1]
        same = [j for j in dated if not _SENTENCE.search(nt.original, *_ordered(nt, matches[j], start, end))]
        if same:  # not another sentence's: "Mariage mai. … futures opportunités cadeaux professionnels"
            nearest = min(same, key=lambda j: abs(matches[j][0] - start))
            months[i] = months[nearest]
        elif not dated and not named_occasion(nt, matches, meta):
            month = order_month(nt, matches, meta, language, start)  # "…, delivery in November"
            if month:
                months[i] = month


def _ordered(nt: NormalizedText, other: AliasMatch, start: int, end: int) -> tuple[int, int]:
    """Original offsets of the text between ``other`` and folded ``[start, end)``."""
    lo, hi = (other[1], start) if other[1] <= start else (end, other[0])
    return nt.to_original(lo, max(lo, hi))
