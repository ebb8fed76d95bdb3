"""A couple's years said in ways the taxonomy's aliases do not spell, as occasion hits:

- the count in words before the years and "together" or "married" ("festeggiano dieci anni insieme",
  "ze zijn vijf jaar getrouwd", "cinco años juntos", "twenty-five years married", "سبع سنين مع بعض"), or after
  "together" when a month dates them or the sentence calls them an anniversary ("together five years in October",
  "stanno insieme da dieci anni a dicembre"): the aliases count with digits only ("# anni insieme");
- a Chinese wedding anniversary in traditional characters or with 廿 / 卅 ("結婚廿週年", "結婚三十週年"), and a couple's
  dating years counted in words in KO/JA/ZH ("사귄 지 삼 주년", "付き合って三周年", "认识十周年");
- a married couple's ordinal with no noun ("something for their 25th in June");
- an anniversary named by its material ("houten bruiloft", "tinnen huwelijk", "bodas de madeira",
  "nozze di legno"): a wedding word that the material makes an anniversary (relabelled in place).

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.regex_gates import RegexGate
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.budgets.numbers.words import CONN, NUM, word_tokens
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.month_names import _month_of_name
from lvmh_pipeline.lib.concepts.statements.anniversaries import BARE_ANNIVERSARIES

__all__ = ["couple_years"]

_YEAR_WORDS = "years jahre jahren jaar anni anos años ans лет года سنين سنوات سنة اعوام"
# After the year word: a couple's years ("dieci anni insieme", "cinco años de novios") or a marriage's ("tien jaar
# getrouwd", "vingt ans de mariage"), as the taxonomy's digit aliases spell them.
_TOGETHER = ("together|ensemble|zusammen|insieme|juntos|juntas|samen|вместе|of dating|de relation|de couple|de vie commune|"
             "de novios|de relación|de noviazgo|de namoro|de relação|de relacionamento|di fidanzamento|di relazione|"
             "beziehung|verkering|مع بعض|سوا|معا|مع بعضهم")
_MARRIED = ("married|getrouwd|verheiratet|sposati|casados|casadas|mariés|женаты|huwelijk|ehe|of marriage|di matrimonio|"
            "di nozze|de matrimonio|de casados|de casadas|de casamento|de mariage|брака|в браке|زواج|متزوجين|متجوزين")
# What every hit of the count in words holds: a year word and the first word of one of those after it (folded).
_COUNT_GATE = Literals(tuple(f" {fold(y)} {fold(w.split()[0])} " for y in _YEAR_WORDS.split()
                             for w in f"{_TOGETHER}|{_MARRIED}".split("|")))


@lru_cache(maxsize=1)
def _count_pattern() -> re.Pattern[str]:
    years = "|".join(fold(w) for w in _YEAR_WORDS.split())
    together, married = ("|".join(fold(w) for w in words.split("|")) for words in (_TOGETHER, _MARRIED))
    return re.compile(rf"((?:[^\W\d_]+[ -]){{1,3}})(?:{years}) (?:(?P<together>{together})|{married})(?![^\W\d_])")


# "Together" said first, the count after it ("together five years", "stanno insieme da dieci anni", "ensemble depuis
# dix ans", "juntos há dez anos", "вместе уже десять лет"): words that may stand between (folded).
_TOGETHER_FIRST = "together|ensemble|zusammen|insieme|juntos|juntas|samen|вместе"
_SINCE = "for|since|now|already|da|depuis|deja|seit|schon|gia|desde|hace|ya|ha|ja|sinds|al|уже"
# Colleagues' years together are no couple's: "worked together for five years", "lavorano insieme da dieci anni".
_WORKED = frozenset(fold(w) for w in (
    "work worked working works business travaille travaillent travaillé travaillaient arbeiten arbeitet gearbeitet "
    "lavorano lavorato lavoriamo trabajan trabajado trabajamos trabalham trabalharam trabalhamos werken gewerkt "
    "работают работали работаем"
).split())
_TOGETHER_GATE = Literals(tuple(f" {w} " for w in _TOGETHER_FIRST.split("|")))


@lru_cache(maxsize=1)
def _together_first_pattern() -> re.Pattern[str]:
    years = "|".join(fold(w) for w in _YEAR_WORDS.split())
    return re.compile(rf"(?<![^\W\d_])(?:{_TOGETHER_FIRST}) (?:(?:{_SINCE}) ){{0,2}}((?:[^\W\d_]+[ -]){{1,3}}?)"
                      rf"(?:{years})(?![^\W\d_])")


# A marriage said in the sentence makes "together fifteen years" the couple's history, not the occasion ("llevan juntas
# quince años y se casaron hace cinco").
_MARRIED_WORDS = frozenset(fold(w) for w in (
    "married marry casaron casamos casados casadas casaram sposati sposate mariés mariées marié mariée pacsés "
    "verheiratet geheiratet getrouwd trouwden женаты поженились расписались"
).split())
_SENTENCE_END = re.compile(r"[.;!?\n。！？；]")


def _together_first(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, relationship: int) -> list[AliasMatch]:
    """Relationship anniversary hits on "together" said before the count of years, when the years are an
    anniversary: a month follows them ("together five years in October") or the sentence calls it one ("their
    anniversary, together five years"); not colleagues' years ("worked together for five years") nor a couple's
    history in a sentence that names their marriage ("stanno insieme da dieci anni, si sposano a settembre")."""
    folded, text, added = nt.folded, nt.original, []
    months = _month_of_name()
    bare = {meta.wedding_anniversary, relationship}
    for found in _together_first_pattern().finditer(folded):
        value, size = _count(found.group(1))
        if not 1 <= value <= 80 or size < len(found.group(1).rstrip(" -")) \
                or not _WORKED.isdisjoint(folded[max(0, found.start() - 24) : found.start()].split()[-2:]):
            continue
        o_start, o_end = nt.to_original(found.start(), found.end())
        lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, o_start - 160), o_start)), default=max(0, o_start - 160))
        stop = _SENTENCE_END.search(text, o_end)
        hi = stop.start() if stop else len(text)
        inside = [m for m in matches if lo <= nt.to_original(m[0], m[1])[0] < hi]
        if not _MARRIED_WORDS.isdisjoint(fold(text[lo:hi]).split()) or any(
                m[2] in _wedding_concepts(meta) and folded[m[0] : m[1]] not in BARE_ANNIVERSARIES for m in inside):
            continue
        dated = any(w in months for w in folded[found.end() : found.end() + 24].split()[:3])
        if (dated or any(m[2] in bare and folded[m[0] : m[1]] in BARE_ANNIVERSARIES for m in inside)) \
                and not _relabelled(matches, meta, found.start(), found.end(), relationship):
            added.append((found.start(), found.end(), relationship, 1.0))
    return added


def _wedding_concepts(meta: ConceptMeta) -> frozenset[int]:
    return frozenset(meta.by_name.get(n, -1) for n in ("wedding", "wedding_anniversary", "engagement"))


def _count(words: str) -> tuple[int, int]:
    """The count the last number words of ``words`` say ("dieci ", "vingt et un ", "twenty-five ") and
    how many characters they take at its end; (0, 0) when the last word is no number."""
    parts = re.split(r"([ -])", words.rstrip(" -"))
    for first in range(0, len(parts), 2):
        tokens = [word_tokens(part) for part in parts[first::2]]
        if all(t and all(kind in (NUM, CONN) for kind, _ in t) for t in tokens) and tokens[0][0][0] == NUM:
            value = int(sum(v for t in tokens for kind, v in t if kind == NUM))
            return value, len(words) - sum(len(p) for p in parts[:first])
    return 0, 0


# A Chinese wedding anniversary the aliases do not spell (traditional characters, 廿 = 20, 卅 = 30).
_DENSE = re.compile(r"[結结]婚\s?[0-9一二三四五六七八九十百两兩廿卅]{1,4}\s?[周週]年")
# A couple's dating years counted in words ("사귄 지 삼 주년", "付き合って三周年", "在一起三周年"): the aliases count
# with digits only.
_DENSE_DATING = re.compile(
    r"(?:사귄\s?지|만난\s?지|연애|교제|커플|付き合って|お付き合い|交際|出会って|在一起|恋爱|戀愛|交往|相识|相識|相恋|相戀|认识|認識)\s?"
    r"(?:[일이삼사오육칠팔구십]{1,3}|[一二三四五六七八九十两兩廿卅]{1,3}|[0-9]{1,2})\s?"
    r"(?:주년|周年|週年|(?:年|년)\s?(?:目)?\s?(?:の|된|째|的)?\s?(?:記念日|기념일|纪念日|紀念日))"  # "付き合って五年の記念日"
)
# Materials that name an anniversary: before the Dutch wedding word ("houten bruiloft"; not English: "a gold
# wedding band", "a lace wedding dress") or after a wedding word and "of" ("bodas de madeira", "nozze di legno",
# "noces de bois"; no short word that is also an article or a word: "la", "lin", "fer", "or"); folded.
_MATERIAL_BEFORE = ("houten tinnen katoenen papieren lederen leren linnen wollen ijzeren bronzen koperen zilveren gouden "
                    "kristallen porseleinen parelen robijnen diamanten smaragden saffieren platina koralen zijden kanten "
                    "ivoren stalen glazen")
_MATERIAL_AFTER = ("madera madeira legno bois algodon algodao cotone coton cuero couro pelle cuir lino linho hierro "
                   "ferro lana laine cobre rame cuivre bronce bronze bronzo seda seta soie encaje renda pizzo "
                   "dentelle marfil marfim avorio ivoire acero aco acciaio acier papel papier carta estano estanho "
                   "stagno etain cristal cristallo porcelana porcellana porcelaine plata prata argento argent oro ouro "
                   "perla perola perle rubi rubino rubis diamante diamant esmeralda smeraldo emeraude zafiro safira "
                   "zaffiro saphir coral corallo corail platino platina platine")
_WEDDING_WORDS = "bruiloft huwelijk"
_WEDDING_BEFORE = "bodas boda nozze noces"
_MATERIAL_GATE = Literals(tuple(f" {w} " for w in (*_WEDDING_WORDS.split(), *_WEDDING_BEFORE.split())))


@lru_cache(maxsize=1)
def _material_pattern() -> re.Pattern[str]:
    before = "|".join(_MATERIAL_BEFORE.split())
    after = "|".join(_MATERIAL_AFTER.split())
    return re.compile(rf"(?<![^\W\d_])(?:(?:{before}) (?:{'|'.join(_WEDDING_WORDS.split())})"
                      rf"|(?:{'|'.join(_WEDDING_BEFORE.split())}) (?:de|di|d) (?:{after}))(?![^\W\d_])")


def _relabelled(matches: list[AliasMatch], meta: ConceptMeta, start: int, end: int, concept: int) -> bool:
    """Relabel, in place, the wedding matches overlapping folded ``[start, end)`` as ``concept``; whether
    any occasion match overlaps it."""
    wedding = meta.by_name.get("wedding", -1)
    overlapping = False
    for i, (m_start, m_end, m_concept, confidence) in enumerate(matches):
        if m_start < end and start < m_end and meta.occasion[m_concept]:
            overlapping = True
            if m_concept == wedding:
                matches[i] = (m_start, m_end, concept, confidence)
    return overlapping


def _named_after(nt: NormalizedText, found: re.Match[str]) -> bool:
    """The material after "de" / "di" is capitalised: a person's name ("la boda de Esmeralda")."""
    last = nt.folded.rfind(" ", found.start(), found.end()) + 1
    if nt.folded[found.start() : last].split()[-1] not in ("de", "di", "d"):
        return False
    return nt.original[nt.to_original(last, last + 1)[0]].isupper()


def couple_years(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with the couple's years the aliases miss: a count in words before "years together" /
    "years married", a Chinese anniversary in traditional characters, and a wedding word made an anniversary
    by its material (relabelled in place; a hit added where no occasion hit is there)."""
    anniversary = meta.wedding_anniversary
    relationship = meta.by_name.get("relationship_anniversary", -1)
    if anniversary < 0:
        return matches
    folded = nt.folded
    padded = f" {folded} "
    added: list[AliasMatch] = []
    if _COUNT_GATE.any_in(padded):
        for found in _count_pattern().finditer(folded):
            value, size = _count(found.group(1))
            if not 1 <= value <= 80 or (found.group("together") and relationship < 0):
                continue
            start, concept = found.end(1) - size, relationship if found.group("together") else anniversary
            if not _relabelled(matches, meta, start, found.end(), concept):
                added.append((start, found.end(), concept, 1.0))
    if relationship >= 0 and _TOGETHER_GATE.any_in(padded):
        added += _together_first(nt, matches, meta, relationship)  # "together five years in October"
    if "婚" in nt.original:
        for found in _DENSE.finditer(nt.original):
            start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
            if not _relabelled(matches, meta, start, end, anniversary):
                added.append((start, end, anniversary, 1.0))
    if relationship >= 0 and any(w in nt.original for w in ("주년", "周年", "週年", "記念日", "기념일", "纪念日", "紀念日")):
        for found in _DENSE_DATING.finditer(nt.original):
            start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
            for i, m in enumerate(matches):  # "付き合って五年の記念日": that 記念日, and the note's other bare ones, are the dating one
                if m[2] == anniversary and ((m[0] < end and start < m[1]) or folded[m[0] : m[1]] in BARE_ANNIVERSARIES):
                    matches[i] = (m[0], m[1], relationship, m[3])
            if not _relabelled(matches, meta, start, end, relationship):
                added.append((start, end, relationship, 1.0))
    if _MATERIAL_GATE.any_in(padded):
        for found in _material_pattern().finditer(folded):
            if not _named_after(nt, found) and not _relabelled(matches, meta, found.start(), found.end(), anniversary):
                added.append((found.start(), found.end(), anniversary, 1.0))
    if "their" in folded or "our" in folded:
        added += _their_ordinals(nt, matches, meta)
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda m: (m[0], m[1]))


# A married couple's ordinal with no noun: "something for their 25th in June", "our 10th is coming up" (not
# "their 18th birthday": an alias is there; not the twins' or the kids' "their 18th").
_THEIR_ORDINAL = re.compile(r"(?<![^\W\d_])(?:their|our)\s+(\d{1,2})(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE)
_THEIR_ORDINAL_GATE = RegexGate(_THEIR_ORDINAL)
_ORDINAL_NEXT = re.compile(r"\s*(?:[.,;:!?)\n→—–]|$|(?:in|on|this|next|coming|is|party|dinner|celebration|gift|present|"
                           r"and|or|at|soon)(?![^\W\d_]))", re.IGNORECASE)
_CHILDREN = re.compile(r"(?i:twins|kids|children|sons|daughters|boys|girls|grandchildren|students|class)")
_MARRIED_NOTE = Literals((" wife", " husband", " married", " spouse", " mr and mrs", " mr mrs", " wedding"))


def _their_ordinals(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    text, added = nt.original, []
    if not _MARRIED_NOTE.any_in(f" {nt.folded} ") or not _THEIR_ORDINAL_GATE.open(nt.folded):
        return added
    for found in _THEIR_ORDINAL.finditer(text):
        count = int(found.group(1))
        if not (count % 5 == 0 or count <= 3) or not _ORDINAL_NEXT.match(text, found.end()):
            continue
        if _CHILDREN.search(text, max(0, found.start() - 60), found.start()):
            continue
        start, end = to_folded(nt, found.start()), to_folded(nt, found.end())
        if not any(m[0] < end + 25 and start < m[1] and meta.occasion[m[2]] for m in matches):
            added.append((start, end, meta.wedding_anniversary, 1.0))
    return added
