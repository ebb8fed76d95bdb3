"""Occasion words that name no occasion to plan for: one already past in its clause ("l'anno
scorso per il suo compleanno", "haar verjaardag was vorige week", "去年结婚了", "작년에 결혼하셨음",
"вышла замуж в прошлом году"), a wedding word that only qualifies a product ("wedding ring",
"结婚戒指", "결혼반지", "웨딩드레스", "خاتم الزواج", "فستان الزفاف"), a baby word naming a colour or a
material ("rose bébé", "baby blue", "baby cashmere", "婴儿蓝") and Spanish / Portuguese "bebe"
written without its accent: the verb "drinks" ("solo bebe agua"), not "bebé"; a wedding date to engrave
("刻印:結婚年"). Dropping by for a holiday ("è passato per il Natale") says nothing of it being over.

:func:`not_upcoming` gives the indices of such matches; a later mention of the same occasion
(the one to plan for) is still read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import clause_of
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import _NAMES

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["ANY_PAST", "not_upcoming"]

# A time already gone, in the clause of the occasion (folded, matched as whole phrases).
_PAST = (
    "last year", "last month", "last week", "yesterday", "years ago", "months ago", "weeks ago", "is over", "has passed",
    "l an dernier", "l annee derniere", "le mois dernier", "la semaine derniere", "hier", "est passe", "etait passe",
    "l anno scorso", "anno scorso", "il mese scorso", "la settimana scorsa", "ieri", "e passato", "e gia passato",
    "el ano pasado", "ano pasado", "el mes pasado", "la semana pasada", "ayer", "ya paso",
    "no ano passado", "o ano passado", "ano passado", "mes passado", "semana passada", "ontem", "ja passou",
    "letztes jahr", "letzten monat", "letzte woche", "gestern", "vergangenes jahr", "voriges jahr", "im vorjahr",
    "ist vorbei", "war letzte", "vorig jaar", "vorige maand", "vorige week", "gisteren", "is voorbij", "was vorige",
    "в прошлом году", "в прошлом месяце", "на прошлой неделе", "вчера", "уже прошел", "уже прошёл",
    "السنه الماضيه", "العام الماضي", "الشهر الماضي", "الاسبوع الماضي", "امس",
    # done already: "was last Friday", "ya fue", "is al geweest", "déjà passé", "già fatto", "уже отметили"
    "was last", "already passed", "already happened", "already over", "deja passe", "deja passee", "deja fete",
    "gia fatto", "gia fatta", "gia festeggiato", "ya fue", "ya lo celebraron", "ja foi",
    "ist schon vorbei", "schon vorbei", "bereits vorbei", "schon gefeiert", "al geweest", "al voorbij", "al gevierd",
    "уже отметили", "уже отпраздновали", "уже было",
    # a thank-you for it: "thank-you note for the birthday gift", "carte de remerciement après le mariage"
    "thank you note", "thank you card", "thank you letter", "thank you message", "carte de remerciement",
    "mot de remerciement", "tarjeta de agradecimiento", "nota de agradecimiento", "cartao de agradecimento",
    "nota de agradecimento", "biglietto di ringraziamento", "dankeskarte", "dankesbrief", "bedankkaart",
    "bedankkaartje", "благодарственное письмо", "благодарственную открытку", "رساله شكر", "بطاقه شكر",
)
# A month said to be the last one ("en novembre dernier", "em maio passado", "last October", "в прошлом декабре").
_LAST_MONTH = {
    "FR": ("{} dernier",), "ES": ("{} pasado",), "PT": ("{} passado",), "IT": ("{} scorso", "lo scorso {}"),
    "EN": ("last {}",), "DE": ("letzten {}", "vergangenen {}"), "NL": ("vorige {}", "afgelopen {}"),
    "RU": ("в прошлом {}", "прошлым {}"),  # "в прошлом декабре"
}
_PAST = (*_PAST, *(
    form.format(month) for lang, forms in _LAST_MONTH.items() for form in forms
    for names in _NAMES[lang] for month in names.split("|")
))
_PAST_FOLDED = tuple(f" {fold(p)} " for p in _PAST)
# "for Easter last time": said of a holiday or a one-off event only ("last time she said her birthday…")
_PAST_SEGMENT = ("last time", "la derniere fois", "l ultima volta", "la ultima vez", "da ultima vez", "letztes mal",
                 "vorige keer", "в прошлый раз", "المره الماضيه")
_PAST_UNAMBIGUOUS = (*(p for p in _PAST_FOLDED if p != " hier "), *(f" {fold(p)} " for p in _PAST_SEGMENT))
_DENSE_PAST = ("去年", "上个月", "上個月", "上周", "上週", "昨天", "前年", "昨年", "先月", "先週", "昨日", "작년", "지난달",
               "지난 달", "지난주", "지난 주", "어제", "재작년", "已经过了", "已經過了", "过完", "過完", "지났",
               "お礼状", "感谢卡", "感謝卡", "감사 카드", "감사카드")
# Every past phrase, folded and unpadded: a note holding none has no past clause (one scan of
# the note instead of ~110 substring tests in each occasion's clause).
_DENSE_LAST_TIME = ("前回", "上次", "上回", "지난번")  # "last time": of a holiday or a one-off event only
_ANY_PAST = Literals(fold(phrase).strip() for phrase in (*_PAST_UNAMBIGUOUS, " hier ", *_DENSE_PAST, *_DENSE_LAST_TIME))
ANY_PAST = _ANY_PAST  # "no time past in the note" for the corporate orders
_ONE_OFF = ("new_job",)  # a job already started: no occasion to plan for (a promotion may still be celebrated)
# A wedding done: "结婚了", "结婚多年", "結婚した", "挙式済み", "결혼하셨", "결혼한 지".
_DENSE_DONE = re.compile(
    r"^(?:了|过|過|多年|\d+年了|した|された|して|しており|済|を終え|했|하셨|한 지|하신 지|하신지|한지"
    r"|\s?[0-9０-９一二三四五六七八九十两兩百]+\s?年(?!目)|\s?[0-9]+\s?년|\s?생활"
    r"|\s?(?:식\s?)?(?:에\s?)?다녀|\s?(?:식\s?)?(?:에\s?)?갔|\s?(?:하신\s?|한\s?)?후(?:로|에)?\s)"
)  # also "结婚三十年" / "결혼 생활 20년": married for years
# "Already" then a place before the wedding word ("已在台湾登记结婚", "已在香港结婚"), up to it (no clause break).
_DONE_AT = re.compile(r"(?:已经|已經|已)(?:在|于|於)[^，。；、,;\s]{1,6}(?:登记|登記)?$")
_DENSE_DONE_BEFORE = ("已经", "已經", "刚", "剛", "早就", "还没", "還沒", "参加完", "參加完", "参加了", "參加了")
# The last one of a recurring occasion: "Noël dernier", "Natal passado", "lo scorso Natale", "last Easter".
_LAST_AFTER = (" dernier", " derniere", " passado", " passada", " pasado", " pasada", " scorso", " scorsa",
               " fue ", " foi ", *(fold(w) for w in (" اللي فات", " الي فات", " الماضي", " الفائت", " المنصرم")))  # "el cumpleaños fue en octubre"
_LAST_BEFORE = ("last ", "lo scorso ", "la scorsa ", "letztes ", "letzten ", "vorige ", "vorig ", "afgelopen ",
                "el pasado ", "o passado ", "прошлый ", "прошлое ", "прошлую ", "прошлого ")
# A holiday that only dates something else: "after", "until", "since" or "around" it ("kein Alkohol bis
# Ostern", "cliente desde o Natal de 2019", "proposal planned around Easter", "le rendez-vous après l'Aïd", "情人节后一天"). "Before"
# it is not one: what is wanted before a holiday is mostly for it ("Abholung vor Ostern").
_HOLIDAYS = frozenset({"christmas", "new_year", "lunar_new_year", "easter", "eid", "diwali", "hanukkah", "thanksgiving",
                       "mid_autumn", "valentines_day"})
_ANCHOR_BEFORE = frozenset(fold(w) for w in (
    "after until till around bis nach rond tot apres dopo despues depois hasta ate после بعد حتى لحد لغاية الين "
    "since seit depuis desde sinds منذ"  # "client since Christmas 2019": a date gone by
).split())
_ANCHOR_PAIRS = frozenset(("jusqu a", "jusqu au", "fino a", "despues de", "depois de", "depois do", "depois da", "na de",
                           "sonntag nach", "up to"))
_ARTICLES = frozenset("the le la l les il lo el los o a de der den dem das die het".split())
_DENSE_ANCHOR_AFTER = ("后", "後", "之后", "以后", "以後", "이후", "후에", " 후", "明けに", "過ぎ")


def _time_anchor(folded: str, start: int, end: int) -> bool:
    if is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff":
        return folded.startswith(_DENSE_ANCHOR_AFTER, end)
    before = folded[max(0, start - 24) : start].split()[-3:]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    if not before:
        return False
    return before[-1] in _ANCHOR_BEFORE or " ".join(before[-2:]) in _ANCHOR_PAIRS


# Products a wedding word qualifies.
_PRODUCT_AFTER = tuple(fold(w) for w in (
    "ring", "rings", "band", "bands", "dress", "gown", "戒指", "对戒", "對戒", "指輪", "リング", "ドレス", "반지", "드레스",
))
_PRODUCT_BEFORE = tuple(fold(w) for w in (
    "alliance de", "alliances de", "bague de", "anillo de", "anillos de", "vestido de", "robe de", "abito da",
    "خاتم", "خواتم", "دبله", "دبلة", "فستان",
))


# An engraving's text: a wedding word there names what is engraved, not an occasion.
_ENGRAVING = tuple(fold(w) for w in (
    "engraving", "engraved", "gravure", "graver", "gravur", "gravieren", "incisione", "grabado", "gravacao", "gravado",
    "gravering", "гравировк", "刻印", "刻字", "각인", "نقش",
))


_DATE_WORDS = tuple(fold(w) for w in (
    "年", "日", "date", "datum", "data", "fecha", "year", "anno", "ano", "jahr", "jaar", "дата", "дату", "год", "تاريخ", "날짜", "연도",
))


# Colours and materials a baby word qualifies ("rose bébé", "baby blue", "baby cashmere").
_BABY_QUALIFIED = frozenset(fold(w) for w in (
    "blue pink rose bleu azul azzurro celeste rosa blau blauw roze rosé cashmere cachemire kaschmir cachemira "
    "caxemira kasjmier alpaca alpaga alpaka calf veau lamb agneau"
).split())
_DENSE_BABY_QUALIFIED = ("蓝", "藍", "粉", "ブルー", "ピンク", "블루", "핑크")


def _qualifier(nt: NormalizedText, start: int, end: int) -> bool:
    folded = nt.folded
    if is_dense_char(folded[start]):
        return folded[end : end + 3].startswith(_DENSE_BABY_QUALIFIED)
    before, after = folded[max(0, start - 16) : start].split()[-1:], folded[end : end + 16].split()[:1]
    if _BABY_QUALIFIED.intersection(before + after):
        return True
    o_start, o_end = nt.to_original(start, end)
    return nt.original[o_start:o_end].lower() == "bebe"  # "solo bebe agua": the verb, not "bebé"


def not_upcoming(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, indices: list[int]) -> set[int]:
    """The occasion matches among ``indices`` that are past, a product's qualifier or a colour."""
    folded = nt.folded
    wedding, birth = meta.by_name.get("wedding", -1), meta.by_name.get("birth", -1)
    retirement = meta.by_name.get("retirement", -1)
    one_off = {meta.by_name[name] for name in _ONE_OFF if name in meta.by_name}
    dropped = set()
    past: bool | None = None  # a past phrase somewhere in the note (looked for once, when needed)
    for i in indices:
        start, end, concept, _ = matches[i]
        if (concept == wedding and _product(folded, start, end)) or (concept == birth and _qualifier(nt, start, end)):
            dropped.add(i)
            continue
        if concept == meta.birthday and folded[start:end] == "др" and not _birthday_abbreviation(nt, start, end):
            dropped.add(i)  # "и др.": "and others", not "ДР" (день рождения)
            continue
        if concept == retirement and _retired_already(folded, start, end):
            dropped.add(i)  # "现在退休了", "已经退休", "退職されていて", "은퇴하셨고": a state, no occasion to plan for
            continue
        if concept not in (wedding, meta.birthday) and concept not in meta.recurring and concept not in one_off and (
            concept != meta.celebration or "0" in folded[start:end]  # a party word, not a date ("14 février")
        ):
            continue
        dense = is_dense_char(folded[start]) and not "\u0600" <= folded[start] <= "\u06ff"
        if dense and concept == wedding and (
            _DENSE_DONE.match(folded[end : end + 6]) or folded[max(0, start - 3) : start].endswith(_DENSE_DONE_BEFORE)
            or _DONE_AT.search(folded, max(0, start - 10), start)  # "已在台湾登记结婚": already married there
        ):
            dropped.add(i)
            continue
        if folded.startswith(_LAST_AFTER, end) or folded[max(0, start - 12) : start].endswith(_LAST_BEFORE):
            dropped.add(i)  # "le Noël dernier", "no Natal passado", "last Christmas"
            continue
        if meta.names[concept] in _HOLIDAYS and _time_anchor(folded, start, end):
            dropped.add(i)  # "bis Ostern kein Fleisch", "the appointment after Eid", "情人节后一天"
            continue
        if past is None:
            past = _ANY_PAST.any_in(folded)
        if not past:
            continue
        o_start, o_end = nt.to_original(start, end)
        clause = clause_of(nt.original, o_start, o_end)
        phrases = _PAST_FOLDED
        if concept != wedding and concept != meta.birthday:  # "… já passou, agora quer algo pra Páscoa"
            clause, phrases = _segment(nt.original, o_start, o_end, clause), _PAST_UNAMBIGUOUS
        padded = f" {fold(clause)} "
        if not _ANY_PAST.any_in(padded):  # one pass over the clause before the phrase by phrase tests
            continue
        if " passe" in padded or " passat" in padded:
            padded = _CAME_BY.sub(" ", padded)  # "è passato per il Natale": came by for it, not "it is over"
        if " hier " in padded and _HERE_CLAUSE.search(padded):
            padded = padded.replace(" hier ", " ")  # "sie war wegen … hier": German or Dutch "here", no French "yesterday"
        if concept == meta.wedding_anniversary and _WED_LAST.search(padded):
            continue  # "they got married last September, so it'll be their first anniversary": the wedding is past
        if any(p in padded for p in phrases) or any(p in clause for p in _DENSE_PAST) or (
            phrases is _PAST_UNAMBIGUOUS and any(p in clause for p in _DENSE_LAST_TIME)
        ):
            dropped.add(i)
    return dropped


# A wedding said past by a month or by last year ("married last September", "se casaron el año pasado", "mariés en septembre dernier", "haben letzten Juni
# geheiratet", "si sono sposati lo scorso giugno"): the past is the wedding's, its anniversary is still to come (folded).
_WED_LAST = re.compile(
    r" (?:married|maries|mariees|marie|mariee|sposati|sposata|sposato|casaron|casaram|casou|trouwden|поженились|расписались)"
    r" (?:\S+ ){0,2}?(?:last|lo scorso|la scorsa|el pasado|en|in|em|в прошлом) (?:\S+ )?(?:dernier|pasado|passado|scorso)?"
    r"| (?:married|maries|mariees|sposati|casaron|casaram|trouwden|поженились) (?:(?:el|o|l|the) )?(?:ano pasado|ano passado|"
    r"last year|an dernier|anno scorso|vorig jaar|в прошлом году)"
    r"|(?:letzten|vergangenen|vorige|afgelopen) \S+ (?:geheiratet|getrouwd)"
)


# German or Dutch words that make "hier" their "here" (folded, padded).
_HERE_CLAUSE = re.compile(r" (?:war|waren|ist|sind|bin|dem|den|von|ihrem|seinem|ihre|und|het|een|van|zijn|was|waren) ")


# "è passato per il Natale", "est passée en boutique pour Noël": dropped by (passare, passer), nothing gone by.
_CAME_BY = re.compile(r"(?<= )(?:e|est|etait|era) (?:gia )?(?:passat[oaie]|passee?s?)(?= (?:per|in|da|dal|dalla|a|al|alla|en|au|aux|"
                      r"pour|chez|nous|ci|oggi|stamattina|ce|cet|ieri|hier|a la|in negozio|en boutique) )")
_COMMA = re.compile(r"[,，、،(（)）]| [—–-] ")


def _segment(text: str, start: int, end: int, clause: str) -> str:
    """The part of ``clause`` (found around ``[start, end)`` in ``text``) from the comma before
    to the second comma after ("La fête des mères, c'est passé, …": what is said of it follows)."""
    lo = text.rfind(clause, max(0, end - len(clause)), start + len(clause))
    if lo < 0:
        return clause
    head = [m.end() for m in _COMMA.finditer(clause, 0, start - lo)]
    tail = _COMMA.search(clause, end - lo)
    if tail:
        tail = _COMMA.search(clause, tail.end())
    return clause[head[-1] if head else 0 : tail.start() if tail else len(clause)]


# A retirement already taken, in JA/ZH/KO: "已经退休了", "现在退休了", "退休多年", "退職されていて", "은퇴하셨고".
_RETIRED_NOW_BEFORE = ("已经", "已經", "现在", "現在", "早就", "早已", "已")
_RETIRED_AFTER = ("された", "されてい", "している", "しており", "하셨", "한 지", "하신 지", "하신지", "한지")


def _retired_already(folded: str, start: int, end: int) -> bool:
    if not is_dense_char(folded[start]):
        return False
    after = folded[end : end + 6]
    if after.startswith(("了", "多年")) and folded[max(0, start - 4) : start].endswith(_RETIRED_NOW_BEFORE):
        return True
    return after.lstrip().startswith(_RETIRED_AFTER)


def _birthday_abbreviation(nt: NormalizedText, start: int, end: int) -> bool:
    o_start, o_end = nt.to_original(start, end)
    return nt.original[o_start:o_end] == "ДР" and nt.original[o_end : o_end + 1] != "."


def _product(folded: str, start: int, end: int) -> bool:
    if any(w in folded[max(0, start - 24) : start] for w in _ENGRAVING) and folded[end : end + 8].lstrip().startswith(_DATE_WORDS):
        return True  # "刻印:結婚年と二人のイニシャル", "engraving: wedding date and initials": what is engraved
    after = folded[end : end + 8].lstrip()
    if after[:1] and is_dense_char(after[0]):
        if after.startswith(_PRODUCT_AFTER):
            return True
    elif after.split(" ", 1)[0] in _PRODUCT_AFTER:
        return True
    before = " ".join(folded[max(0, start - 16) : start].split())
    if before.endswith(("ال", "لل")):  # "خاتم الزواج": the article glued to the matched word
        before = before[:-2].rstrip()
    return before.endswith(_PRODUCT_BEFORE)
