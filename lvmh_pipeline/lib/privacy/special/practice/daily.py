"""A practice kept every day: the daily frequency after it is part of the faith's fact (RELIGION).

A period written after a practice mostly stays readable ("goes to synagogue on Saturdays": the
weekly service is what the practice is; :mod:`special.practice`). A daily one is the measure of the
devotion, and the note writers mark it with the practice ("va a messa tutti i giorni", "goes to Mass
daily", "va a misa todos los días", "va à la messe tous les jours"): a RELIGION span takes in the
daily frequency written right after it, past spaces only (or one that starts inside its last words,
"va a misa todos | los días"). A weekly or weekday period after a span stays readable, and so
does a daily one after anything but a RELIGION span ("[diabète], marche tous les jours"). English
keeps its daily period readable too ("She [attends Mass] every day": measured on the held-out notes
in session 30, whose English writers leave it out; "every day", "daily" are short beside the
practice, which holds most of the fact's letters without them). A spoken particle may stand between the
two ("der betet ja fünfmal am Tag"), and five prayers a day count as a daily period ("cinco vezes por dia").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["daily_practice"]

_DAILY = re.compile(
    r"(?<![^\W_])(?:tous les jours|chaque jour|quotidiennement|tous les matins|chaque matin|"
    r"tutti i giorni|ogni giorno|ogni mattina|tutte le mattine|quotidianamente|"
    r"todos los días|todos los dias|cada día|cada dia|a diario|diariamente|todas las mañanas|"
    r"todos os dias|todo dia|todo santo dia|todas as manhãs|"
    r"jeden Tag|täglich|jeden Morgen|jeden Abend|fünfmal am Tag|fünf Mal am Tag|fünfmal täglich|"
    r"cinco vezes por dia|cinco vezes ao dia|cinco vezes no dia|"
    r"elke dag|iedere dag|dagelijks|elke ochtend|iedere ochtend|"
    r"каждый день|ежедневно|каждое утро|"
    r"كل يوم|يوميا|يومياً)(?![^\W_])",
    re.IGNORECASE,
)
_GATE = ("jour", "matin", "quotid", "giorn", "mattin", "día", "dia", "diario",
         "mañana", "manhã", "tag", "täglich", "morgen", "abend", "dag", "ochtend", "день", "ежеднев", "утро", "يوم")
_LAST_WORDS = 12  # characters at the end of a span where a daily phrase may start
# a spoken particle between the practice and its period, over spaces only ("der betet ja fünfmal am Tag")
_PARTICLES = re.compile(r"(?:[ \t]+(?:ja|halt|doch|eben|auch|immer|noch|também))*[ \t]*", re.IGNORECASE)


def daily_practice(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each RELIGION span's daily
    frequency right after it joined (module doc)."""
    if not any(s.kind == "RELIGION" for s in spans) or not any(w in text.lower() for w in _GATE):
        return spans
    out: list[PiiSpan] = []
    for i, span in enumerate(spans):
        if span.kind == "RELIGION":
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            for match in _DAILY.finditer(text, max(span.start, span.end - _LAST_WORDS), min(ceiling, span.end + 40)):
                gap = text[span.end : match.start()]
                if match.end() > span.end and _PARTICLES.fullmatch(gap) and match.end() <= ceiling:
                    span = PiiSpan(span.start, match.end(), span.kind)
                    break
        out.append(span)
    return out
