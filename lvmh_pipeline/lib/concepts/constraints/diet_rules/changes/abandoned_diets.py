"""A meatless diet the client gave up is no diet: "went back to eating meat", "isst inzwischen wieder
Fleisch", "снова ест мясо", "다시 고기를 먹는다" (every meatless diet of the note is past), a diet followed by the client eating
everything now, "lui è vegetariano, non più, adesso mangia di tutto", "كانت نباتية قبل، بس الحين لا، تاكل كل
شي", "fazia jejum intermitente, mas parou, agora come normal" (the diets before it are past), and a diet
named then dropped, "gave up veganism", "a arrêté le véganisme", "бросил вегетарианство", "Veganismus
aufgegeben" (that diet is past). Giving up a food is an abstention, not this: "gave up meat" stays
vegetarian, so the dropped word must name a diet (:func:`negate_abandoned_diets`). A Korean diet followed by
"…다가" or "…었는데" and a stop ("저탄수 하시다가 그만두셨음", "탄수화물 줄이셨다가 다시 드심", "비건이었는데 지금은
그만두심", "채식은 예전에 했었는데 지금은 안 함") is past, whatever the diet
(:func:`negate_stopped_diets`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["negate_abandoned_diets", "negate_eaten_now", "negate_stopped_diets"]

_MEATLESS = ("vegetarian", "vegan", "pescatarian", "flexitarian")
# Eating meat again (folded text: accents and case folded).
_MEAT_AGAIN = re.compile(
    r"(?<![^\W\d_])(?:back (?:on|to) (?:eating )?meat|eats? meat again|eating meat again|(?:started|starts) eating meat again"
    r"|remange(?:nt)?|mange(?:nt)? (?:a nouveau|de nouveau) de la viande|mange(?:nt)? de la viande (?:a nouveau|de nouveau)"
    r"|(?:isst|esse|essen|isst er|isst sie) (?:jetzt |inzwischen |nun |seit \w+ |seit \w+ \w+ )?(?:aber |doch )?wieder fleisch"
    r"|(?:vuelve|volvio|volvieron|volta|voltou|voltaram|torna|tornato|tornata|e tornato|e tornata) a (?:comer|mangiare) (?:la )?carne"
    r"|(?:come|mangia) (?:di nuovo |de novo |otra vez )?carne (?:di nuovo|de novo|otra vez)"
    r"|eet (?:[^\W\d_]+ ){0,3}(?:weer|opnieuw) vlees|(?:снова|опять|вновь) (?:ест|ем|ела|ел|едят|кушает|стал[аи]? есть) мяс"
    r"|(?:رجع|رجعت|عاد|عادت) (?:ي|ت)?(?:اكل|أكل|ياكل|تاكل|يأكل|تأكل) (?:ال)?لحم)"
    r"|다시 고기|また(?:お)?肉を食べ|再び(?:お)?肉|又开始吃肉|重新吃肉|又吃肉"
)
_AGAIN_STEMS = Literals(("meat", "viande", "remange", "fleisch", "carne", "vlees", "мяс", "لحم", "고기", "肉"))
# A diet named, then given up ("gave up veganism") or given up, then named ("Vegetarismus aufgegeben").
_GIVE_UP_BEFORE = re.compile(
    r"(?:(?:gave up|given up|giving up|quit|quitted|stopped|abandoned)(?: being)?|dropped|a arrete(?: d.?etre| le| la)?|a abandonne(?: le| la)?"
    r"|a lache(?: le| la)?|dejo (?:el |la |de ser )?|abandono (?:el |la )?|ha (?:lasciato|abbandonato|smesso)(?: il| la| di essere)?"
    r"|largou (?:o |a )?|abandonou (?:o |a )?|is gestopt met(?: het| de)?|бросил[аи]?|забросил[аи]?|отказал(?:ся|ась|ись) от)\s+$"
)
_GIVE_UP_AFTER = re.compile(
    r"^\s*(?:aufgegeben|aufgehort|бросил[аи]?|забросил[аи]?|opgegeven|laten varen"
    r"|을 그만|를 그만|은 그만|는 그만|그만뒀|그만두|をやめ|はやめ|やめた|放弃了)"
)
_DIET_NAMES = ("vegetar", "vegan", "veggie", "pescetar", "pescatar", "flexitar", "вегетариан", "веган", "نباتي", "ベジタリアン", "ヴィーガン",
               "菜食", "채식", "비건", "素食", "吃素", "keto", "кето", "ケト", "키토", "生酮", "paleo", "палео", "パレオ", "팔레오",
               "fasting", "jejum", "ayuno", "digiuno", "fasten", "jeune", "голодан", "断食", "단식", "ファスティング")
# The client eating everything, normally or meat now ("adesso mangia di tutto", "agora come normal", "теперь ест
# всё", "الحين … تاكل كل شي", "今は何でも食べる"), a "now" word first (folded text)
_NOW_ALL = re.compile(
    r"(?<![^\W\d_])(?:now eats (?:everything|anything|normally|meat)|eats (?:everything|anything) now"
    r"|(?:maintenant|desormais) (?:il |elle )?mange (?:de tout|normalement|tout)"
    r"|(?:adesso|ora|ormai|oramai) mangia (?:di tutto|tutto|normalmente|normale|carne)|(?:ahora|ya) come (?:de todo|todo|normal|carne)"
    r"|agora (?:ja )?come (?:de tudo|tudo|normal|normalmente|carne)|(?:jetzt|inzwischen|mittlerweile|nun) isst (?:er |sie )?(?:wieder )?(?:alles|normal)"
    r"|isst (?:er |sie )?(?:jetzt|inzwischen|mittlerweile) (?:wieder )?(?:alles|normal)|(?:nu|inmiddels) eet (?:hij |ze |zij )?(?:weer )?(?:alles|gewoon|normaal)"
    r"|(?:се[йи]час|теперь) (?:он |она )?ест (?:всё|все|нормально|мясо)"  # (folded: "сеичас")
    r"|(?:الحين|الان|هلق|دلوقتي|حاليا)(?: \w+){0,2} +(?:ت|ي|بت|بي)?(?:اكل|أكل) (?:كل (?:شي|شيء)|عادي|طبيعي))"
    r"|今は(?:何でも|なんでも|普通に)食べ|(?:지금은|이제는|요즘은) (?:다|아무거나|가리지 않고) (?:드|먹)|现在什么都吃|現在什麼都吃"
)
_NOW_ALL_GATE = RegexGate(_NOW_ALL)
# what a search for _NOW_ALL needs in a note: a "now" word (``any_in`` is much cheaper than the regex)
_NOW_STEMS = Literals(("now", "maintenant", "desormais", "adesso", "ora ", "ormai", "ahora", "ya come", "agora", "jetzt", "inzwischen",
                       "mittlerweile", "nun ", "nu ", "inmiddels", "сейчас", "сеичас", "теперь", "الحين", "الان", "هلق", "دلوقتي", "حاليا",
                       "今は", "지금은", "이제는", "요즘은", "现在", "現在"))
_NOW_REACH = 100  # characters after a diet within which "now eats everything" may stand


# A Chinese or Korean diet named, then stopped a few characters on: "之前吃素三年，现在不吃素了", "试过生酮，后来放弃了",
# "간헐적 단식은 지난달에 그만두심" (a topic particle, then a stop); the gate: one of its stop words in the note
_DENSE_STOPPED = re.compile(r"[^。.!?|｜\n]{0,10}?(?:现在不吃素|現在不吃素|现在不再吃素|現在不再吃素|后来放弃|後來放棄|然后放弃|但是放弃"
                            r"|现在不吃了|現在不吃了)|\s?[은는을를]\s?[^.!?。|｜\n]{0,10}?그만두")
_DENSE_STOP_KEYS = Literals(("现在不", "現在不", "放弃", "放棄", "그만두"))


def negate_abandoned_diets(folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Negate, in place, the meatless diets of a note saying the client eats meat again, the diets
    before "now eats everything", and a diet named right before or after a verb of giving it up."""
    categories = meta.categories
    diets = [i for i, m in enumerate(matches) if categories[m[2]] == "diet" and not negated[i]]
    if not diets:
        return
    meatless = {meta.by_name.get(name, -1) for name in _MEATLESS}
    again = _AGAIN_STEMS.any_in(folded) and _MEAT_AGAIN.search(folded) is not None
    now_all = [m.start() for m in _NOW_ALL.finditer(folded)] if _NOW_STEMS.any_in(folded) and _NOW_ALL_GATE.open(folded) else []
    dense_stop = _DENSE_STOP_KEYS.any_in(folded)
    for i in diets:
        start, end = matches[i][0], matches[i][1]
        if (again and matches[i][2] in meatless) or any(end <= at <= end + _NOW_REACH for at in now_all):
            negated[i] = True
            continue
        if dense_stop and _DENSE_STOPPED.match(folded, end) and any(stem in folded[start:end] for stem in _DIET_NAMES):
            negated[i] = True
            continue
        if (_GIVE_UP_BEFORE.search(folded, max(0, start - 30), start) or _GIVE_UP_AFTER.match(folded[end : end + 16])) \
                and any(stem in folded[start:end] for stem in _DIET_NAMES):
            negated[i] = True


def negate_eaten_now(folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Negate, in place, the allergens named right after the client eating everything now ("ora mangia di
    tutto, anche i crostacei", "now eats everything, even shellfish"): eaten, no allergy."""
    if not _NOW_STEMS.any_in(folded) or not _NOW_ALL_GATE.open(folded):
        return
    categories = meta.categories
    allergens = [i for i, m in enumerate(matches) if categories[m[2]] == "allergy" and not negated[i]]
    for now_all in _NOW_ALL.finditer(folded):
        for i in allergens:
            start = matches[i][0]
            if 0 <= start - now_all.end() <= _EATEN_REACH and not _EVEN.isdisjoint(folded[now_all.end() : start].split()):
                negated[i] = True


_EATEN_REACH = 24  # characters from "now eats everything" to an allergen it includes ("…, anche i crostacei")
# The word that includes it ("even prawns", "anche i crostacei", "sogar Nüsse"; not "agora come normal. Luva de látex")
_EVEN = frozenset("even including incl anche perfino pure auch sogar inklusive meme incluso hasta ate inclusive "
                  "zelfs даже включая حتى".split())


# "-다가" (was doing, then) or a past "-었는데" / "-었지만" (was, but) and a stop in the rest of the clause: given up, or eating it again, or
# eating everything now ("키토 하시다가 요즘은 일반식", "비건이셨다가 지금은 다 드심").
_STOPPED_AFTER = re.compile(
    r"[^.!?。\n]{0,12}?(?:다가|었는데|였는데|셨는데|었지만|였지만|셨지만)\s?[^.!?。\n]{0,14}?(?:그만|안\s?하|다시\s?(?:드|먹)|끊|중단|관두"
    r"|(?:요즘|지금|이제|현재)[은는]?\s?(?:일반식|다\s?(?:드|먹)|아무거나|뭐든|가리지|안\s?[하함해했]))"
)


def negate_stopped_diets(folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> None:
    """Negate, in place, the Korean diets the note says the client did, then stopped."""
    if "다가" not in folded and "는데" not in folded and "지만" not in folded:
        return
    for i, m in enumerate(matches):
        if not negated[i] and meta.categories[m[2]] == "diet" and _STOPPED_AFTER.match(folded, m[1]):
            negated[i] = True
