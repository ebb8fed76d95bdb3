"""A fast told by the verb of its practice, and the diet concept such a fast is not.

"practises the fast", "pratica il digiuno", "fait le jeûne", "hace ayuno", "faz jejum", "hält das Fasten",
"houdt de vasten", "держит пост", "断食をしている", "금식 중": alone the words may tell a diet (the
taxonomy's ``intermittent_fasting`` has "pratica il digiuno", "faz jejum" among its phrases), so the pair
is a RELIGION span (:func:`practised_fasts`) only where the note licenses it as religious: a period of a
faith named anywhere in it (:data:`~lvmh_pipeline.lib.privacy.special.practice.fasts.HOLY_PERIOD`:
"dopo il Ramadan … pratica il digiuno") or a religious reason ("for religious reasons", "per motivi
religiosi"). The span is the verb with its fast and nothing after it: the clause that follows ("so no
appointment before sunset") stays readable, since the hours rule (:mod:`special.contexts.hours`) leaves
the hours of a fast already told alone. A fast the lexicon keeps as a diet ("digiuno intermittente",
"jejum intermitente") never becomes one.

A fasting diet concept found inside a RELIGION span is that faith's fast, not the client's diet
(:func:`faith_fast`): ``redact_sensitive`` keeps no ``intermittent_fasting`` for it, unless the span holds
a keep phrase of the lexicon (a diet said beside a faith).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.practice.fasts import HOLY_PERIOD, add_fasts, kept_phrases

__all__ = ["FASTING_DIETS", "faith_fast", "practised_fasts"]

# the diet concepts a fast may be taken for (taxonomy concept names)
FASTING_DIETS = frozenset({"intermittent_fasting"})

_GAP = r"[ \t]+"
_PRACTICE = re.compile(
    r"(?<![^\W_])(?:"
    rf"(?:pratic\w*|fa|fanno|faceva|segue|seguono|rispett\w*){_GAP}(?:il{_GAP})?digiuno"
    rf"|(?:fait|font|faisait|pratiqu\w*|respect\w*|observ\w*){_GAP}(?:le{_GAP})?je[ûÛ]ne"
    rf"|(?:hace|hacen|hacía|practic\w*|guard\w*|cumpl\w*){_GAP}(?:el{_GAP})?ayuno"
    rf"|(?:faz|fazem|fazia|fazendo|pratic\w*|guard\w*|cumpr\w*){_GAP}(?:o{_GAP})?jejum"
    rf"|(?:does|do|doing|did|keeps|keep|keeping|kept|practi[sc]es|practi[sc]ing|observ\w*){_GAP}"
    rf"(?:the{_GAP}fast|fasting)"
    rf"|(?:hält|halten|hielt|macht|machen|einhält){_GAP}(?:das{_GAP}|die{_GAP})?Fasten(?:zeit)?"
    rf"|(?:doet|doen|deed|houdt|houden|hield){_GAP}(?:aan{_GAP})?(?:de{_GAP}|het{_GAP})?vasten"
    rf"|(?:держ\w*|соблюда\w*){_GAP}пост"
    rf"|(?:يمارس|تمارس|يلتزم|تلتزم|ملتزم|ملتزمة){_GAP}(?:ب)?الصيام"
    r")(?![^\W_])"
    r"|断食(?:を)?(?:して(?:いる|います|いらっしゃ\w*|おられ\w*)|中)|守斋|守齋|把斋|把齋|持斋|持齋"
    r"|(?:금식|단식)(?:을)?[ \t]?(?:하시|하고|하는|중)",
    re.IGNORECASE)
_REASONS = re.compile(
    r"religious reasons?|raisons? religieuses?|motivi religiosi|motivo religioso|motivos religiosos|"
    r"razones religiosas|religiösen Gründen|religiöse Gründe|religieuze redenen|религиозн\w* причин\w*|"
    r"по религиозным|لأسباب دينية|لاسباب دينية|宗教上の理由|宗教原因|宗教理由|종교적인 이유|종교적 이유",
    re.IGNORECASE)
_GATE = ("digiuno", "jeûne", "jeune", "ayuno", "jejum", "fast", "vasten", "пост", "الصيام", "断食", "斋", "齋", "금식",
         "단식")


def practised_fasts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each practice verb and its fast a
    RELIGION span where the note licenses it (see the module), joined with the RELIGION spans it
    overlaps; one overlapping a span of another category or a keep phrase stays as it is."""
    if not isinstance(text, str) or not any(word in text.lower() for word in _GATE):
        return spans
    matches = [m.span() for m in _PRACTICE.finditer(text)]
    if not matches or not (HOLY_PERIOD.search(text) or _REASONS.search(text)):
        return spans
    return add_fasts(text, spans, matches)  # "pratica il digiuno intermittente" (a keep phrase): the diet


def faith_fast(text: str, span: PiiSpan, concept: str) -> bool:
    """Is ``concept``, found inside ``span`` of ``text``, a faith's fast rather than a diet: a fasting
    diet concept inside a RELIGION span that holds no keep phrase ("[pratica il digiuno] for Ramadan",
    "[fasting for Lent]"; not "Muslim, [intermittent fasting] on weekdays" if one span took both)?"""
    if concept not in FASTING_DIETS or span.kind != "RELIGION":
        return False
    return not any(span.start < b and a < span.end for a, b in kept_phrases(text))
