"""A fast kept for a religious period: the fast and its period are one fact (RELIGION).

A fast by itself may be a diet ("intermittent fasting", "Heilfasten": the lexicon's ``keep``
phrases) and a festival by itself is a gift occasion ("for Navratri", "zu Ostern"); a fast said of
a period of a faith is the practice: "fasts during Navratri", "Navratri fasting", "fastet vor
Ostern" (Lent), "jeûne pendant le carême", "ayuna antes de Pascua", "digiuna in Quaresima",
"vastend tijdens de ramadan", "постится перед Пасхой", "Ekadashi fast". The lexicon lists the
common phrases; this rule reads any wording of the pair: a verb or noun of fasting (:data:`_FAST`)
and a period of a faith (:data:`_PERIOD`) within a few words of one clause, either first. A feast
(Easter, Christmas) is a period only after a word that sets the fast before it ("vor Ostern",
"before Christmas", "avant Pâques"): "fasting, then Easter brunch" stays as it is. A fast verb after
the period in its sentence, past a comma, is the practice too, the period staying readable ("il
revient après le Ramadan, [il jeûne en ce moment]": the fast with its "right now").

The English "fast" is a period's noun only ("Lenten fast", "the Navratri fast": "needs it fast
before Christmas" is speed), the Dutch "vast" is left out ("vast voor Pasen" is "surely before
Easter") and the French verb is matched with its accent only ("jeune" is "young").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.lexicon import KEEP, lexicon
from lvmh_pipeline.lib.privacy.special.practice.diet_fasts import diet_fasts

__all__ = ["HOLY_PERIOD", "add_fasts", "kept_phrases", "religious_fasts"]

_FAST = (r"fasting|fasts|fasted|fastet|fastend|fastete|fasteten|(?-i:Fasten)|je[ûÛ]n\w*|ayun\w*|digiun\w*|jeju\w*|"
         r"vasten|vastend|vastende|vastte|vastten|пост(?:ится|илась|ился|ятся|иться|ясь)|соблюда\w* пост|держ\w* пост")
_FAST_DENSE = r"断食|斋戒|齋戒|封斋|封齋|禁食|금식|단식"
_HOLY = (r"ramad(?:[aáã]n|ão|ã)|ramadhan|ramazan|рамадан\w*|(?-i:Lent|Lenten|LENT)|car[eê]me|cuaresma|quaresima|quaresma|"
         r"fastenzeit|vastentijd|vastenperiode|великий пост|великого поста|великим постом|navratri|navaratri|ekadashi|"
         r"ekadasi|karva chauth|karwa chauth|shivratri|mahashivratri|shravan|sawan|yom kippur|jom kippur|kippour|kipur|"
         r"tisha b'?av|paryushana?|ashura|achoura|muharram|advent|avent|adviento|avvento|advento|"
         r"рождественск\w* пост\w*|успенск\w* пост\w*|петров\w* пост\w*")
_HOLY_DENSE = r"斋月|齋月|ラマダン|라마단|사순절|四旬期|四旬節|大斋期|大齋期|رمضان"
# a feast is the fast's period after a word that sets the fast before it or for it
_FEAST = (r"easter|christmas|xmas|ostern|weihnachten|p[aâ]ques|no[eë]l|pascua|navidad|pasqua|natale|p[aá]scoa|natal|"
          r"pasen|kerst(?:mis)?|пасх\w*|рождеств\w*")
_BEFORE = (r"before|for|until|till|vor|bis|zu|zum|für|avant|pour|jusqu'à|jusqu'a|antes|para|hasta|prima|per|fino|"
           r"até|ate|voor|tot|перед|до|к|ко")
_WORDS = r"(?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,%d}?[ \t]+"  # at most a few words of one clause between
_ARTICLE = r"(?:[ \t]+(?:the|de|du|le|la|l'|el|il|lo|del|des|der|die|dem|den|o|a|do|da|het)){0,2}[ \t]+"
# the period given as an aside right after the fast, maybe with its copula
_ASIDE = r"[ \t]*(?:(?:it['’]s|it is|c['’]est|es|è|é|ist|het is|это)[ \t]+)?(?:(?:the|le|la|l'|der|die|el|il|lo|o|a|de)[ \t]*)?"
_PAIRS = re.compile(
    rf"(?<![^\W_])(?:(?:{_FAST}){_WORDS % 3}(?:{_HOLY})"  # "fasts during Navratri"
    rf"|(?:{_FAST})[ \t]*[,:\u2013\u2014-]+{_ASIDE}(?:{_HOLY})"  # "fasting — it's Ramadan"
    rf"|(?:{_FAST})[ \t]*\({_ASIDE}(?:{_HOLY})[ \t]*\)"  # "jeûne (c'est le carême)"
    rf"|(?:{_HOLY}){_ARTICLE}(?:{_FAST}|fast|fasts)"  # "Navratri fasting", "the Lenten fast"
    rf"|(?:{_FAST}){_WORDS % 2}(?:{_BEFORE}){_ARTICLE}(?:{_FEAST})"  # "fastet vor Ostern", "jeûne avant Pâques"
    rf"|(?:{_BEFORE}){_ARTICLE}(?:{_FEAST}){_WORDS % 2}(?:{_FAST}|fasten))(?![^\W_])"  # "vor Ostern fasten"
    rf"|(?:{_FAST_DENSE})[^\s,.，。、;；]{{0,6}}?(?:{_HOLY_DENSE})|(?:{_HOLY_DENSE})[^\s,.，。、;；]{{0,4}}?(?:{_FAST_DENSE})",
    re.IGNORECASE)
# a fast said after its period in one sentence ("il revient après le Ramadan, il jeûne en ce moment",
# "during Lent she is fasting"): the fast (with "right now" after it) is the practice, the period stays
# readable (a gift occasion, or the lexicon's); not past a clause mark that opens another sentence
_NOW = (r"(?:[ \t]+(?:en ce moment|actuellement|encore|right now|at the moment|currently|gerade|zurzeit|derzeit|"
        r"ahora|en este momento|adesso|in questo periodo|agora|neste momento|nu|momenteel|сейчас))?")
_AFTER_PERIOD = re.compile(rf"(?<![^\W_])(?:{_HOLY})(?![^\W_])[^.!?;\n()]{{0,40}}?(?<![^\W_])"
                           rf"((?:{_FAST})(?![^\W_]){_NOW})(?![^\W_])", re.IGNORECASE)
# a period of a faith named anywhere in a note ("dopo il Ramadan", "斋月"): it licenses a fast told by a practice
HOLY_PERIOD = re.compile(rf"(?<![^\W_])(?:{_HOLY})(?![^\W_])|{_HOLY_DENSE}", re.IGNORECASE)
_GATE = ("fast", "jeûn", "ayun", "digiun", "jeju", "vasten", "vastend", "vastte", "постит", "постил", "постят", " пост",
         "断食", "斋", "齋", "禁食", "금식", "단식")


def religious_fasts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each fast kept for a religious
    period as a RELIGION span, joined with the RELIGION spans it overlaps; a span of another category
    it overlaps stays as it is and the fast is left out. A fast its sentence tells as a diet, or
    whose faith it denies, stays readable (:mod:`special.practice.diet_fasts`)."""
    if not isinstance(text, str):
        return spans
    return diet_fasts(text, _religious_fasts(text, spans))


def _religious_fasts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    low = text.lower()
    if not any(word in low for word in _GATE):
        return spans
    matches = [m.span() for m in _PAIRS.finditer(text)]
    matches += [m.span(1) for m in _AFTER_PERIOD.finditer(text)
                if not any(a <= m.start(1) < b for a, b in matches)]
    if not matches:
        return spans
    return add_fasts(text, spans, matches)


def add_fasts(text: str, spans: list[PiiSpan], matches: list[tuple[int, int]]) -> list[PiiSpan]:
    """``spans`` with each fast of ``matches`` a RELIGION span, joined with the RELIGION spans it
    overlaps; one inside a keep phrase of the lexicon ("intermittent fasting until Christmas": a diet)
    or overlapping a span of another category is left out."""
    kept = kept_phrases(text)
    out = list(spans)
    for start, end in matches:
        if any(a < end and start < b for a, b in kept):
            continue
        touched = [s for s in out if s.start < end and start < s.end]
        if any(s.kind != "RELIGION" for s in touched):
            continue
        out = [s for s in out if s not in touched]
        out.append(PiiSpan(min([start, *(s.start for s in touched)]), max([end, *(s.end for s in touched)]), "RELIGION"))
    return sorted(out)


def kept_phrases(text: str) -> list[tuple[int, int]]:
    """Original offsets of the lexicon's keep phrases in ``text`` ("intermittent fasting", "Heilfasten")."""
    nt = normalize(text)
    return [nt.to_original(hit[0], hit[1]) for hit in lexicon().scan(nt) if hit[3] == KEEP]
