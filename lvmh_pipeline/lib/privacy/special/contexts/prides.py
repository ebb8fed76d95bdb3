"""Taking part in a Pride march: the clause that says it (ORIENTATION).

The lexicon finds the event ("Pride", "CSD", "Marche des Fiertés", "퀴어퍼레이드", "彩虹游行", "прайд",
"مسيرة الفخر"); writers who mark it mark the person's part in it with it: going or marching together
("vanno insieme al Pride di Bologna", "ze gaan samen naar de Pride", "die waren zusammen beim CSD"),
meeting there ("elles se sont rencontrées à la Marche des Fiertés", "在台北那个彩虹大游行上认识的",
"퀴퍼에서 처음 만남") or organising it ("on the Pride organising committee"). An ORIENTATION span of
such an event takes in:

- before it, the piece of its clause that holds a verb of going, marching, taking part, meeting or
  organising or a word of togetherness (:data:`_PART`), at most :data:`_MAX_WORDS` words, from after a
  subordinator, a reporting verb or a filler ("elle m'a dit que [elles se sont rencontrées à la …]");
  in CJK the run from the nearest such word ("她们去年[在台北那个…]");
- after it, the town or the month it is held in ("… de Montréal", "… in Köln", "… in augustus") and the
  organising words ("Pride in London organising committee"); in CJK, Hangul and Arabic the rest of
  the clause piece when it is short ("…大游行上认识的", "…에서 처음 만남", "…にも参加").

An event with no such verb before it keeps its frame readable ("Pride collection", the keep phrases),
and so does everything past a clause mark or a placeholder.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import (
    CLAUSE_END, REDACTION_MARK, clause_start, dense, own_clause, time_word, word_pattern,
)

__all__ = ["pride_marches"]

_EVENT = re.compile(r"pride|csd|fiert|orgullo|orgoglio|parade|parada|퀴어|퀴퍼|彩虹|游行|遊行|プライド|パレード|"
                    r"гей-парад|прайд|الفخر", re.IGNORECASE)
_PART = word_pattern((
    # EN
    "go", "goes", "going", "went", "march*", "walk*", "attend*", "join*", "met", "meet*", "together", "organi*",
    "volunteer*", "particip*",
    # FR
    "va", "vont", "aller", "allé*", "part", "partent", "défil*", "rencontr*", "ensemble",
    # IT / ES / PT
    "vanno", "andat*", "andare", "insieme", "conosciut*", "sfil*", "partecip*", "organizz*", "van", "ir", "fueron",
    "fue", "juntos", "juntas", "conocieron", "conocimos", "desfil*", "organiz*", "marchan", "vão", "vai", "foram",
    "conheceram", "ajudando",
    # DE / NL
    "gehen", "geht", "gingen", "waren", "zusammen", "kennengelernt", "laufen", "läuft", "liefen", "teilgenommen",
    "nehmen", "organisier*", "gaan", "gaat", "gingen", "samen", "leerden", "lopen", "loopt", "liepen", "mee",
    "ontmoet*", "organis*",
    # RU / AR
    "ходят", "ходили", "ходит", "идут", "пошли", "вместе", "познакомил*", "участв*", "организ*",
    "يشارك", "تشارك", "يروح", "تروح", "راحوا", "تعرفوا", "سوا",
    # CJK / Hangul (anywhere)
    "参加", "參加", "一起", "认识", "認識", "在", "参与", "參與", "出会", "一緒", "함께", "같이",
))
_MAX_WORDS = 7  # words at most before the event
_DENSE_REACH = 12  # characters at most of a CJK, Hangul or Arabic piece before or after the event
_PLACE = re.compile(r"[ \t]+(?:in|at|of|de|du|des|di|del|da|do|à|a|op|en|em|bei|in|в|во)[ \t]+(?:de[ \t]+|la[ \t]+)?"
                    r"((?:[A-ZÀ-ÝÄÖÜА-ЯЁ][\w'’-]*)(?:[ \t]+[A-ZÀ-ÝÄÖÜА-ЯЁ][\w'’-]*)?|[^\W\d_]+)")
_ORGANISERS = re.compile(r"[ \t]+(?:organi[sz]ing|organi[sz]ation|organi[sz]ers?)[ \t]+(?:committee|cttee|team|board)"
                         r"|[ \t]+(?:committee|cttee|Orga-Team|Orgateam|comité|comitato|comissão|comisión)",
                         re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def pride_marches(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each ORIENTATION span of a Pride event grown over
    the clause piece of the person's part in it, never over another span or a placeholder."""
    if not isinstance(text, str) or not any(s.kind == "ORIENTATION" for s in spans):
        return spans
    out = list(spans)
    for i, span in enumerate(out):
        if span.kind != "ORIENTATION" or not _EVENT.search(text, span.start, span.end):
            continue
        floor = out[i - 1].end if i else 0
        ceiling = out[i + 1].start if i + 1 < len(out) else len(text)
        start, end = _before(text, span.start, floor), _after(text, span.end, ceiling)
        out[i] = PiiSpan(start, end, span.kind)
    return out


def _before(text: str, at: int, floor: int) -> int:
    """Start of the part taken before an event starting at ``at``: the clause piece when it holds a
    verb of taking part (in CJK, Hangul and Arabic the run from the nearest such word), else ``at``."""
    start = max(floor, own_clause(text, clause_start(text, [floor], at), at))
    if at > start and dense(text[at - 1]):
        found = [m for m in _PART.finditer(text, max(start, at - _DENSE_REACH), at) if dense(m.group())]
        return found[0].start() if found else at
    words = list(_WORDS.finditer(text, start, at))[-_MAX_WORDS:]
    return words[0].start() if any(_PART.match(w.group()) for w in words) else at


def _after(text: str, at: int, ceiling: int) -> int:
    """End of the part taken after an event ending at ``at``: its place or month, its organisers; in a
    script without spaces the short rest of its clause piece."""
    if at < len(text) and dense(text[at]) or (at > 0 and dense(text[at - 1]) and text[at : at + 1].strip()):
        stop = CLAUSE_END.search(text, at, ceiling)
        end = stop.start() if stop else ceiling
        return end if end - at <= _DENSE_REACH and not REDACTION_MARK.search(text, at, end) else at
    end = at
    place = _PLACE.match(text, end, ceiling)
    if place and (place.group(1)[0].isupper() or time_word(place.group(1))):
        end = place.end()
    organisers = _ORGANISERS.match(text, end, ceiling)
    return organisers.end() if organisers else end
