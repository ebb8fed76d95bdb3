"""A relative who starts at an employer in a named month has a new job: "son starts at
Deloitte in September", "sa fille commence chez Dior en mars", "zoon begint in mei bij een
bank", "o neto começa no Itaú em outubro", "孙子10月去银行上班", "ご主人は四月から新しい会社に移る", "아들이 3월에
새 회사로 옮겨요". The start verb must follow a
family word of its sentence (a relative, not an event: "the show starts at Harrods in March")
and the sentence must name a month (a school after the verb is a school start, no job: "daughter starts at
St Mary's College in September"); the ``new_job`` hit is the verb's phrase (the month is then
attached as for any occasion). Spans are folded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.months import find_months

__all__ = ["STEMS", "job_starts"]

# Folded: a start verb and the employer's preposition ("starts at", "commence chez", "begint … bij").
_STARTS: dict[str, str] = {
    "EN": r"(?:starts?|starting|begins?|beginning)(?: work| working)? at (?!(?:0|noon|midday|night)\b)"
          r"|(?:joins?|joining) (?P<cap>)|first day at ",
    "FR": r"(?:commence|debute|demarre|entre|rejoint|integre)(?: a travailler)? (?:chez |(?:a la |au |dans l |a )(?P<cap>))",
    "ES": r"(?:empieza|empezara|comienza|entra|se incorpora)(?: a trabajar)? (?:en|a) (?P<cap>)",
    "IT": r"(?:inizia|comincia|entra)(?: a lavorare)? (?:da|in|presso|alla|al) (?P<cap>)",
    "PT": r"(?:comeca|entra|ingressa|inicia)(?: a trabalhar)? (?:(?:no|na) (?!casa\b)|em (?P<cap>))",
    "DE": r"(?:fangt|beginnt|startet)(?=(?: \S+){0,3} bei )",
    "NL": r"(?:begint|start)(?=(?: \S+){0,4} bij )|gaat(?=(?: \S+){0,3} aan de slag)",
    "RU": r"(?:выходит на работу|начинает работать|начнет работать|устраивается) ",
    "ZH": r"去[^，。；、\s]{1,6}上班|开始上班|加入[^，。；\s]{1,6}(?:公司|集团|银行)",
    "JA": r"(?:会社|職場|銀行|事務所|病院)に(?:移|転職|入社|就職|勤め)|入社(?:する|され|予定|が決ま)|転職(?:する|され|が決ま)",
    "KO": r"(?:회사|직장|은행)(?:로|으로|에)\s?(?:옮기|옮겨|이직|입사|출근)|입사(?:하|예정)|이직(?:하|예정)",
}
STEMS = (
    "starts at", "start at", "starting at", "begins at", "begin at", "beginning at", "work at", "working at", "joins ",
    "joining ", "first day at", "commence", "debute", "demarre", "entre chez", "entre a", "entre au", "entre dans",
    "rejoint", "integre", "empieza", "empezara", "comienza", "entra ", "incorpora", "inizia", "comincia", "comeca",
    "ingressa", "inicia", "fangt", "beginnt", "startet", "begint", "start ", "aan de slag", "выходит на работу",
    "начинает работать", "начнет работать", "устраивается", "上班", "加入", "会社に", "職場に", "銀行に", "事務所に", "病院に",
    "入社", "転職", "회사로", "회사에", "직장으로", "직장에", "은행으로", "은행에", "입사", "이직",
)
_STEMS = Literals(STEMS)
# A school after the start verb (folded): the relative starts school, no job.
_SCHOOL = re.compile(
    r"(?<![^\W\d_])(?:college|school|academy|university|uni|prep|boarding|ecole|college|lycee|universite|fac|schule|gymnasium|"
    r"internat|universitat|hochschule|scuola|liceo|universita|collegio|colegio|escuela|universidad|instituto|escola|faculdade|"
    r"universidade|hogeschool|universiteit|basisschool|школ\w*|гимнази\w*|университет\w*|лице\w*|"
    r"oxford|cambridge|harvard|yale|stanford|princeton|sorbonne|bocconi|sciences po|lse|eth|insead|hec|essec|"
    r"polimi|politecnico|sapienza|tsinghua|todai|мгу|мгимо)(?![^\W\d_])"
    r"|学校|大学|高校|中学|小学|学院|학교|대학|유치원|幼稚園"
)
_SENTENCE = re.compile(r"[.;!?\n。！？；]")
# The client named by a pronoun right before the start verb ("he starts at Deloitte in September").
_SUBJECTS = [[w] for w in "he she hij zij ze il elle er sie lui lei ele ela он она".split()]
_SUBJECT_VERB = re.compile(r"(?<![^\W\d_])(?:he|she|hij|zij|ze|il|elle|er|sie|lui|lei|ele|ela|он|она) (?:starts|begins|joins|"
                           r"begint|start|commence|debute|rejoint|fangt|beginnt|startet|inizia|comincia|entra|comeca|ingressa|"
                           r"empieza|comienza|начинает|выходит)(?![^\W\d_])")


@lru_cache(maxsize=16)
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in _STARTS:
        return None
    dense = language in ("ZH", "JA", "KO")
    return re.compile(_STARTS[language] if dense else rf"(?<![^\W\d_])(?:{_STARTS[language]})")


def job_starts(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None) -> list[AliasMatch]:
    """``matches`` with a ``new_job`` hit for a relative who starts at an employer in a named month."""
    folded = nt.folded
    if not _STEMS.any_in(folded):
        return matches
    family = [m[1] for m in matches if meta.categories[m[2]] == "family"]
    if not family and _SUBJECT_VERB.search(folded) is None:
        return matches  # no relative, and no "he starts" / "zij begint" either
    lang = (language or "").upper()
    pattern = _pattern(lang)
    concept = meta.by_name.get("new_job", -1)
    if pattern is None or concept < 0 or any(m[2] == concept for m in matches):
        return matches
    for found in pattern.finditer(folded):
        if found.groupdict().get("cap") is not None and not _capital_next(nt, found.end()):
            continue  # "joins Google", "empieza en Inditex"; not "joins us"
        start, end = found.start(), found.end()
        left, right = _sentence(nt, start, end)
        if not any(left <= e <= start for e in family) and folded[left:start].split()[-1:] not in _SUBJECTS:
            continue  # no relative before the verb in its sentence (nor the client as "he", "she" right before it)
        if _SCHOOL.search(folded, end, min(right, end + 48)):
            continue  # "daughter starts at St Mary's College in September": a school, no employer
        if not any(left <= m.start and m.end <= right for m in find_months(nt, language)):
            continue
        return sorted([*matches, (start, end, concept, 1.0)], key=lambda m: (m[0], m[1]))
    return matches


def _capital_next(nt: NormalizedText, at: int) -> bool:
    """The original word at folded ``at`` opens with a capital or is a placeholder ("[NAME]")."""
    o_at = nt.to_original(at, at)[0]
    return o_at < len(nt.original) and (nt.original[o_at].isupper() or nt.original[o_at] == "[")


def _sentence(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Folded bounds of the sentence around folded ``[start, end)`` (read on the original text)."""
    text = nt.original
    o_start, o_end = nt.to_original(start, end)
    left = max((m.end() for m in _SENTENCE.finditer(text, 0, o_start)), default=0)
    stop = _SENTENCE.search(text, o_end)
    return to_folded(nt, left), to_folded(nt, stop.start() if stop else len(text))
