"""A holiday that only dates the advisor's schedule, no occasion of the client's (:func:`schedule_references`):

- a visit, a call, a return, a moved appointment, a trip or the shop crowded, said around "before / after <holiday>" in the holiday's clause ("volta depois do
  carnaval", "추석 전 재방문 예정", "rappeler après Pâques", "kommt nach Ostern wieder", "春节后再来店"); a gift or a
  pickup there keeps the holiday ("Abholung vor Ostern", "中秋前要来取货": gifts for it);
- the shop's opening on the holiday ("of de winkel open is op Koningsdag", "is the store open on Boxing Day");
- an event on the holiday the client cannot attend ("圣诞节那个VIP活动来不了", "can't come to the Christmas party");
- the end of a fast the client keeps ("соблюдает пост — до Пасхи никаких ужинов", "fasting for Lent, no dinners until Easter").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["schedule_references"]

_HOLIDAYS = ("christmas", "easter", "valentines_day", "mothers_day", "fathers_day", "new_year", "lunar_new_year",
             "thanksgiving", "diwali", "eid", "hanukkah", "mid_autumn", "celebration")
# A visit, a call, a return (folded; Latin and Cyrillic ones as whole words or word starts).
_VISITS = (
    "come back|comes back|coming back|back in|return|returns|returning|revisit|visit|call her|call him|call back|follow-up|"
    "follow up|appointment|appt|drop by|pop in|revient|reviendra|revenir|repasse|repassera|rappeler|rappel|rendez-vous|rdv|"
    "kommt wieder|kommt zurück|kommen zurück|wiederkommen|vorbeikommen|anrufen|rückruf|termin|torna|tornerà|tornano|"
    "ripassa|ripasserà|richiamare|appuntamento|vuelve|volverá|vuelven|regresa|regresará|llamar|cita|volta|voltará|voltam|"
    "voltar|retorna|retornar|ligar|komt terug|komen terug|terugkomen|bellen|langskomen|вернётся|вернется|придёт|придет|"
    "зайдёт|зайдет|перезвонить|позвонить|ترجع|يرجع|راجعة|راجع|يزورنا|تزورنا|زيارة|موعد|الموعد|نتصل|"
    "afspraak|afspraken|verzet|verplaatst|rescheduled|postponed|moved to|reporté|reportée|verschoben|rinviato|rinviata|"
    "aplazado|aplazada|adiado|adiada|перенесли|перенесена|"
    # a contact planned: "next contact: before Easter", "prochain contact : après Noël"
    "contact|contacter|kontakt|kontaktieren|contatto|contattare|contacto|contactar|contato|contatar|связаться|связь|تواصل|"
    # a trip the holiday dates: "ze gaan na Pasen naar Dubai", "flying to Dubai after Easter", "part au ski après Noël"
    "naar|vliegen naar|vliegt naar|fly to|flying to|flies to|travel to|travelling to|traveling to|leave for|"
    "leaving for|part pour|partent pour|part en|partent en|fliegen nach|fliegt nach|fahren nach|fährt nach|vuelan a|viajan a|"
    "viaja a|volano a|vanno a|partono per|parte per|vão para|vai para|viajam para|летят в|летит в|едут в|едет в|"
    "يسافر|تسافر|يسافرون|"
    # the shop crowded around the holiday: "it gets busy before Christmas", "クリスマス前は混む"
    "gets busy|get busy|is busy|crowded|bondé|voll sein|wird voll|affollato|lleno de gente|lotado|druk|"
    # a habit of visiting: "ze komen elk jaar rond Koningsdag", "they come every year around Easter"
    "komen elk|komen ieder|komt elk|komt ieder|come every|comes every|come each|kommen jedes|kommt jedes|viennent chaque|"
    "vient chaque|viennent tous|vengono ogni|viene ogni|vienen cada|viene cada|vem todo|vem todos|приезжают каждый|приезжает каждый"
)
_DENSE_VISITS = ("재방문", "다시 방문", "다시 오", "다시 올", "내방", "연락", "再来店", "ご来店", "来店", "お電話", "ご連絡", "再来", "回店",
                 "复访", "到店", "联系", "联络", "聯絡", "連絡", "回访", "回訪", "电话", "電話", "전화", "混む", "混み", "混雑", "붐비", "붐벼", "복잡", "人多", "拥挤", "擁擠", "旅行", "여행", "出張", "출장")
_VISIT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(fold(w)) for w in _VISITS.split("|")) + r")")
_VISIT_GATE = Literals(tuple(fold(w) for w in (*_VISITS.split("|"), *_DENSE_VISITS)))
# A gift or a pickup in the clause: the holiday is what it is for ("Abholung vor Ostern", "gift before Christmas").
_GIFTS = re.compile(r"(?<![^\W\d_])(?:gift|gifts|present|presents|cadeau|cadeaux|geschenk|geschenke|regalo|regali|regalos|"
                    r"presente|presentes|prenda|cadeautje|подарок|подарки|هدية|هدايا|pick up|pickup|pick-up|abholung|abholen|"
                    r"retrait|ritiro|recogida|levantamento|ophalen|получить)|선물|수령|픽업|ギフト|プレゼント|受け取|礼物|取货|来取")
_BEFORE_AFTER = frozenset(fold(w) for w in (
    "before after avant apres après vor nach antes despues después prima dopo depois na до после قبل بعد "
    "around rond rondom um autour vers intorno alrededor около until till bis"  # "elk jaar rond Koningsdag", "bis Ostern"
).split())
_DENSE_AFTER = tuple(fold(w) for w in ("前", "後", "后", "以前", "以后", "以後", "전", "후", "이후", "지나", "明け", "過ぎ"))
_CLAUSE = re.compile(r"[.,;:!?\n。，、；：！？،؛]|\s[-–—]\s")
_ARTICLES = frozenset("the de la le l el del di do da dem der den het lo il of von".split())
# The shop open on the holiday ("open op Koningsdag", "ouvert le 1er mai"), folded words before it.
_OPEN = frozenset(fold(w) for w in "open opened ouvert ouverte geöffnet offen aperto aperti abierto abierta aberto aberta".split())
_DENSE_OPEN = ("营业", "營業", "営業", "영업")
# An event on the holiday the client cannot attend ("圣诞节那个VIP活动来不了", "can't come to the Christmas party").
_CANNOT_COME = re.compile(r"来不了|不能来|去不了|参加不了|不能参加|来られない|参加できない|못 오|참석 못|불참|"
                          r"(?<![^\W\d_])(?:can ?not come|can't come|cannot attend|can't attend|won't attend|can't make|"
                          r"ne pourra pas venir|ne peut pas venir|kann nicht kommen|kommt nicht|non può venire|no puede venir|"
                          r"não pode vir|kan niet komen|не сможет прийти|не придёт|не придет|ما تقدر تجي|ما يقدر يجي)")
_CANNOT_COME_GATE = RegexGate(_CANNOT_COME)
_EVENTS = ("活动", "活動", "イベント", "이벤트", "행사", "event", "party", "soirée", "evento", "fiesta", "festa", "feest",
           "veranstaltung", "мероприят", "вечеринк", "حفلة", "فعالية")


# A fast the client keeps (folded): a holiday said "until" in its clause is the fast's end.
_FAST_GATE = Literals(tuple(fold(w) for w in (
    " lent", "careme", "fastenzeit", "quaresima", "cuaresma", "quaresma", "vastentijd", "великий пост", "соблюдает пост",
    "постится", "الصوم الكبير", "四旬節", "사순절", "大斋期",
    "[religion]",  # the practice redacted: "[RELIGION] — до Пасхи никаких ужинов"
)))


_UNTIL = frozenset(fold(w) for w in "until till bis tot hasta ate até до fino jusqu jusqu'a jusqu'à".split())


def schedule_references(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int],
                        dropped: set[int]) -> set[int]:
    """Indices among ``found`` of holiday hits that only date a visit, the shop's hours or an event the client
    misses (see the module)."""
    holidays = {meta.by_name[name] for name in _HOLIDAYS if name in meta.by_name}
    candidates = [i for i in found if matches[i][2] in holidays and i not in dropped]
    if not candidates:
        return set()
    folded, text = nt.folded, nt.original
    visits = _VISIT_GATE.any_in(folded)
    fasting = _FAST_GATE.any_in(folded)
    cannot = _CANNOT_COME_GATE.open(folded) and _CANNOT_COME.search(folded) is not None
    opened = any(w in folded for w in ("open", "ouvert", "geoffnet", "offen", "apert", "abiert", "営業", "营业", "營業", "영업"))
    if not (visits or cannot or opened or fasting):
        return set()
    out = set()
    for i in candidates:
        start, end = matches[i][0], matches[i][1]
        o_start, o_end = nt.to_original(start, end)
        breaks = [m.end() for m in _CLAUSE.finditer(text, max(0, o_start - 80), o_start)]
        after = _CLAUSE.search(text, o_end, o_end + 80)
        lo, hi = to_folded(nt, breaks[-1] if breaks else max(0, o_start - 80)), to_folded(nt, after.start() if after else min(len(text), o_end + 80))
        clause = folded[lo:hi]
        if breaks and text[breaks[-1] - 1] in ":：":  # a CRM field: its label says what the holiday dates
            label = text[text.rfind("\n", 0, breaks[-1] - 1) + 1 : breaks[-1] - 1]
            clause = fold(label) + " " + clause  # ("下次联络时间：春节前", "Next contact: after Easter")
        before = [w for w in folded[lo:start].split() if w not in _ARTICLES]
        related = bool(before and before[-1] in _BEFORE_AFTER) or folded[end : end + 4].lstrip().startswith(_DENSE_AFTER)
        if visits and related and not _GIFTS.search(clause) and (
                _VISIT.search(clause) or any(w in clause for w in _DENSE_VISITS)):
            out.add(i)  # "volta depois do carnaval", "추석 전 재방문"
        elif opened and (bool(before) and before[-1] in ("op", "on", "le", "am", "a", "el", "no", "il") and len(before) > 1
                         and (before[-2] in _OPEN or (len(before) > 2 and before[-3] in _OPEN))
                         or any(w in folded[end : end + 8] for w in _DENSE_OPEN)):
            out.add(i)  # "open is op Koningsdag", "春节营业"
        elif cannot and _CANNOT_COME.search(clause) and any(w in clause for w in _EVENTS):
            out.add(i)  # "圣诞节那个VIP活动来不了"
        elif fasting and before and before[-1] in _UNTIL and not _GIFTS.search(clause):
            out.add(i)  # "соблюдает пост — до Пасхи никаких ужинов": the fast's end, no occasion
    return out
