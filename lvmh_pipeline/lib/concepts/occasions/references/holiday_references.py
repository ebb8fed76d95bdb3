"""Occasion hits that are no occasion of the client's: a holiday naming a shop window ("the Christmas window",
"la vitrine de Noël", "vetrina di Pasqua", "la vetrina Easter collection") or an advertising campaign ("the
Valentine's campaign", "バレンタインキャンペーン", "발렌타인 캠페인 광고"), a holiday that only
places another occasion of its sentence in time ("turns forty two weeks before Thanksgiving", "ses 50 ans,
deux semaines avant Noël", "zwei Wochen vor Weihnachten"; with a bare "before" or "after" only beside a personal
occasion: "aniversário de casamento em dezembro, antes do Natal", "출산 예정일이 추석 지나고"), a holiday the client does not celebrate ("mismo día
que San Valentín, pero que eso no lo celebra"), a holiday that only dates a visit, the shop's hours or an event
the client misses (:mod:`.holiday_visits`), and the Russian doctor's title "д-р" ("д-р физ.-мат. наук"), which
folds like the birthday's "д. р.".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import _month_of_name
from lvmh_pipeline.lib.concepts.occasions.references.holiday_visits import schedule_references

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["other_references"]

_HOLIDAYS = ("christmas", "easter", "valentines_day", "mothers_day", "fathers_day", "new_year", "lunar_new_year",
             "thanksgiving", "diwali", "eid", "hanukkah", "mid_autumn")
# A shop window ("the Easter window", "la vetrina di Natale"): what the shop shows. A holiday collection stays
# the holiday's: "the Easter collection eggs for the parish kids" are Easter gifts.
_WINDOW_WORDS = frozenset(fold(w) for w in (
    "window windows display vitrine vitrines vetrina vetrine escaparate escaparates montra montras schaufenster etalage "
    "витрина витрину витрине"
).split())
# An advertising campaign named after the holiday, the holiday first ("the Valentine's campaign", "발렌타인 캠페인
# 광고"); "la campaña de Navidad de su empresa", "Campanha de Dia das Mães: 60 kits" are the firm's occasion.
_CAMPAIGN_AFTER = frozenset(fold(w) for w in (
    "campaign campaigns advert adverts commercial kampagne werbung reclame reclamecampagne 캠페인 광고"
).split())
_DENSE_WINDOW_WORDS = ("キャンペーン", "広告", "ショーウィンドウ", "广告", "廣告", "橱窗", "櫥窗", "캠페인", "광고")
_OF = frozenset("de di del della dello da do du des of for pour per para por von für voor к".split())
# "two weeks before", "quelques jours avant", "drei Wochen vor", "за две недели до": a time before or after.
_UNITS = frozenset(fold(w) for w in (
    "week weeks day days month months semaine semaines jour jours mois woche wochen tag tage tagen monat monate "
    "monaten semana semanas dia dias día días mes meses settimana settimane giorno giorni mese mesi weken dagen "
    "maand maanden неделю недели недель день дня дней месяц месяца месяцев"
).split())
_RELATIONS = frozenset(fold(w) for w in (
    "before after avant apres après vor nach antes despues después prima dopo depois voor na до после قبل بعد"
).split())
# ... said alone (not Dutch "voor", "for", nor "na", Portuguese "in the"): "antes do Natal", "بعد العيد".
_BARE_RELATIONS = _RELATIONS - {"voor", "na"}
# A relation right after the holiday in JA/ZH/KO ("추석 지나고", "クリスマス前に", "春节后"), folded.
_DENSE_RELATIONS = tuple(fold(w) for w in (
    "前", "後", "后", "以前", "以后", "以後", " 전", "전", " 후", "후", " 이후", " 지나", "지나", " 이전", "明け", "過ぎ"
))
_ARTICLES = frozenset("the de la le l el del di do da dem der den het lo il of von".split())
# An ordinal before the holiday makes it a day of its season ("am zweiten Advent", "le deuxième dimanche de l'Avent",
# "the second Sunday of Advent"): it dates the occasion of its sentence, as "two weeks before" does.
_ADVENT = ("advent", "avent", "avvento", "adviento", "advento")
_ORDINALS = frozenset(fold(w) for w in (
    "first second third fourth 1st 2nd 3rd 4th ersten zweiten dritten vierten erster zweiter dritter vierter "
    "premier premiere deuxieme troisieme quatrieme primo secondo terzo quarto prima seconda terza quarta "
    "primer primero segundo tercer tercero cuarto primeiro terceiro quarto eerste tweede derde vierde"
).split())
_WEEKDAYS = frozenset(fold(w) for w in (
    "sunday monday dimanche lundi sonntag montag domenica lunedi domingo lunes segunda zondag maandag воскресенье понедельник"
).split())
_DOCTOR = "д-р"
_STOPS = (".", "!", "?", "\n", ";")


def other_references(
    nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int], dropped: set[int]
) -> set[int]:
    """Indices among ``found`` (occasion hits in ``matches``) that refer to something else (see the module)."""
    folded = nt.folded
    holidays = {meta.by_name[name] for name in _HOLIDAYS if name in meta.by_name}
    out: set[int] = set()
    for i in found:
        start, end, concept, _ = matches[i]
        if concept == meta.birthday and end - start == 3 and nt.original[slice(*nt.to_original(start, end))].lower() == _DOCTOR:
            out.add(i)
        elif concept in holidays and (_names_a_window(folded, start, end) or _not_celebrated(nt, end)):
            out.add(i)
        elif (concept in holidays or concept == meta.celebration) and _shop_dressed_or_held(nt, start, end):
            out.add(i)
    # a named day that is a celebration dates another occasion the same way ("in de week na Koningsdag"), and so
    # does Ramadan ("el Eid, después del Ramadán, o sea en abril": the month is the Eid's)
    datable = holidays | {meta.by_name[name] for name in ("celebration",) if name in meta.by_name}
    others = [j for j in found if j not in dropped and j not in out and matches[j][2] not in datable]
    ramadan = meta.by_name.get("no_occasion", -1)  # (a holiday beside it is the occasion it dates)
    for i in found:
        if i in out:
            continue
        if matches[i][2] in datable and others and _dates_another(nt, matches, i, others, meta):
            out.add(i)
        elif matches[i][2] == ramadan and _dates_another(nt, matches, i, [j for j in found if j != i and j not in dropped], meta):
            out.add(i)
    out |= schedule_references(nt, matches, meta, found, dropped | out)  # "volta depois do carnaval", "추석 전 재방문"
    for k, i in zip(found, found[1:]):  # its restatement right after goes with it: "بعد العيد، عيد الأضحى"
        if k in out and matches[k][2] == matches[i][2] and matches[i][2] in holidays and i not in out \
                and nt.original[slice(*nt.to_original(matches[k][1], matches[i][0]))].strip() in _COMMAS:
            out.add(i)
    return out


_COMMAS = frozenset((",", "،", "，", "、", "-", "–"))


# The shop's own event or display for the holiday, in its sentence: "the window was redone for Valentine's",
# "витрину оформили к 8 Марта", "el evento de Navidad de la tienda", "la soirée de Noël de la boutique".
_FOR = frozenset(fold(w) for w in "for pour für fur zu zum zur per para voor к ко".split())
_SHOP_WORDS = frozenset(fold(w) for w in (
    "shop store boutique magasin tienda negozio loja winkel laden geschäft geschaft магазин магазина магазине бутик "
    "бутика المحل المتجر البوتيك"
).split())
_EVENT_WORDS = frozenset(fold(w) for w in (
    "event evento evenement événement soirée soiree party feest veranstaltung мероприятие мероприятия вечер фуршет "
    "فعالية حفلة"
).split())
_SHOP_REACH = 4  # words between the holiday and the shop that holds its event ("de Navidad de la tienda")


def _shop_dressed_or_held(nt: NormalizedText, start: int, end: int) -> bool:
    """A shop window dressed for the holiday earlier in its sentence ("for" right before the holiday), or an event
    named for the holiday and owned by the shop ("evento de Navidad de la tienda")."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    lo = max(text.rfind(stop, 0, o_start) for stop in _STOPS) + 1
    before = fold(text[lo:o_start]).split()
    if before and before[-1] in _FOR and not _WINDOW_WORDS.isdisjoint(before):
        return True
    hi = min((at for at in (text.find(stop, o_end) for stop in _STOPS) if at >= 0), default=len(text))
    after = fold(text[o_end:hi]).split()[:_SHOP_REACH]
    event_before = [w for w in before[-3:] if w not in _OF and w not in _ARTICLES]
    return bool(event_before) and event_before[-1] in _EVENT_WORDS and not _SHOP_WORDS.isdisjoint(after)


def _names_a_window(folded: str, start: int, end: int) -> bool:
    """A shop-window word right after the holiday or before it, perhaps with "of" ("vitrine de Noël")."""
    after = folded[end : end + 24].split()
    if after and (after[0] in _WINDOW_WORDS or after[0] in _CAMPAIGN_AFTER or after[0].startswith(_DENSE_WINDOW_WORDS)):
        return True
    before = folded[max(0, start - 30) : start].split()[-2:]
    return bool(before) and (
        before[-1] in _WINDOW_WORDS or len(before) == 2 and before[-1] in _OF and before[0] in _WINDOW_WORDS)


def _dates_another(
    nt: NormalizedText, matches: list[AliasMatch], i: int, others: list[int], meta: ConceptMeta
) -> bool:
    """The holiday follows "<time> before/after" and another occasion (in ``others``) stands in its sentence."""
    start, end = matches[i][0], matches[i][1]
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    words = nt.folded[max(0, start - 40) : start].split()[-5:]
    # "na de ramadan": after (PT "na" is "in the"; Dutch "voor de" is "for the" as often as "before")
    dutch = words[-2:] in (["na", "de"], ["na", "het"])
    while words and words[-1] in _ARTICLES:
        words.pop()
    timed = _bracketed_after_date(text, o_start, o_end) or (
        len(words) >= 2 and words[-1] in _RELATIONS and any(w in _UNITS for w in words[-3:-1])) or (
        bool(words) and nt.folded.startswith(_ADVENT, start)
        and (words[-1] in _ORDINALS or words[-1] in _OF and words[-2:-1] == ["sunday"]))
    # a bare "before / after" ("em dezembro, antes do Natal", "추석 지나고", "بعد العيد") or a weekday ("la communion, le
    # dimanche de Pâques"): only another personal occasion
    bare = not timed and ((words and (words[-1] in _BARE_RELATIONS or words[-1] in _WEEKDAYS or dutch))
                          or nt.folded.startswith(_DENSE_RELATIONS, end))
    if not timed and not bare:
        return False
    lo = max(text.rfind(stop, 0, o_start) for stop in _STOPS) + 1
    hi = min((at for at in (text.find(stop, o_end) for stop in _STOPS) if at >= 0), default=len(text))
    skipped = {meta.next_month} | ({meta.by_name.get("corporate_gift", -1)} if bare else set())
    return any(matches[j][2] not in skipped and lo <= nt.to_original(matches[j][0], matches[j][1])[0] < hi for j in others)


_BRACKETED = re.compile(r"(\d{1,2}|[^\W\d_]{3,})\.?[ \u00a0]*[(（][ \u00a0]*$")
_GLOSS_CLOSE = re.compile(r"(?:[ \u00a0,]+[^\W\d_]+){0,4}[ \u00a0]*[)）]")


def _bracketed_after_date(text: str, o_start: int, o_end: int) -> bool:
    """The holiday alone in brackets right after a date or a month ("14 febbraio (San Valentino)",
    "le 14 février (Saint-Valentin)"): it names the date of the occasion before it."""
    before = _BRACKETED.search(text, max(0, o_start - 20), o_start)
    if before is None or _GLOSS_CLOSE.match(text, o_end) is None:
        return False  # (a few words may follow it in the bracket: "12/06 (Dia dos Namorados aqui no BR)")
    word = before.group(1)
    return word.isdigit() or fold(word) in _month_of_name()



# The client does not celebrate the holiday named in its sentence: "su cumple es el 14 de febrero, mismo día que San
# Valentín, pero que eso no lo celebra", "Valentine's Day, which he doesn't celebrate", "Noël, qu'elle ne fête pas"
# (folded phrases, a few words after the holiday).
_NOT_CELEBRATED = tuple(" " + " ".join(fold(p).split()) + " " for p in (
    "doesn't celebrate", "does not celebrate", "don't celebrate", "do not celebrate", "never celebrates", "not celebrated",
    "ne fête pas", "ne le fête pas", "ne la fête pas", "ne fêtent pas", "ne célèbre pas", "ne le célèbre pas",
    "feiert nicht", "feiert ihn nicht", "feiert es nicht", "feiern nicht", "nicht gefeiert", "feiert er nicht", "feiert sie nicht",
    "feiern sie nicht",
    "non festeggia", "non lo festeggia", "non la festeggia", "non festeggiano", "non celebra", "non lo celebra",
    "no celebra", "no lo celebra", "no la celebra", "no celebran", "no lo festeja", "no festeja",
    "não comemora", "não celebra", "não o comemora", "não comemoram", "viert niet", "viert het niet", "vieren niet",
    "не празднует", "не празднуют", "не отмечает", "не отмечают", "ما يحتفل", "لا يحتفل", "ما تحتفل", "لا تحتفل",
))
_DENSE_NOT_CELEBRATED = ("祝わない", "祝いません", "祝ってない", "不庆祝", "不过节", "안 챙기", "챙기지 않", "기념 안 하")
_NOT_CELEBRATED_CHARS = 70
# Every phrase above holds one of these (a quick test on the original text).
_CELEBRATE_STEMS = re.compile(r"(?i:celebr|f[êe]t|feier|gefeiert|festeg|festej|comemor|vier|праздн|отмеча)|حتفل|祝わ|祝って|庆祝|过节|챙기|기념 안")


def _not_celebrated(nt: NormalizedText, end: int) -> bool:
    """A phrase saying the holiday ending at folded ``end`` is not celebrated, in its sentence after it."""
    o_end = nt.to_original(end, end)[0]
    text = nt.original
    stop = min((at for at in (text.find(s, o_end) for s in (*_STOPS, "。", "！", "？", "；")) if at >= 0), default=len(text))
    after = text[o_end : min(stop, o_end + _NOT_CELEBRATED_CHARS)]
    if not _CELEBRATE_STEMS.search(after):
        return False  # (most holidays: no celebrating verb after them)
    if any(d in after for d in _DENSE_NOT_CELEBRATED):
        return True
    for clause in re.split(r"[,，、:;()]", after):  # the phrase ends its clause: not "doesn't celebrate birthdays"
        words = fold(clause).split()
        while words and words[-1] in _AFTER_NOT_CELEBRATED:
            words.pop()
        padded = " " + " ".join(words) + " "
        if any(padded.endswith(phrase) for phrase in _NOT_CELEBRATED):
            return True
    return False


_AFTER_NOT_CELEBRATED = frozenset("it that this them anymore really at all either du tout het dat das es".split())
