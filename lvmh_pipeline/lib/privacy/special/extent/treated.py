"""A treatment told right after the condition it treats (HEALTH).

Writers state a condition and, in the same breath, that it is being treated ("[Crohn's] and is
having treatment", "[morbo di Crohn] e sta facendo una cura", "[depresión], está en tratamiento",
"[депрессия] …, лечится"): that the person is under treatment is the health fact as much as the
condition's name, and the note writers mark the two together. So after a HEALTH span:

- a treatment phrase (:data:`_TREATED`) right after it, maybe after a comma and a conjunction
  ("and", "e", "y", "et", "und", "en", "и", "و"), becomes a HEALTH span of its own: the comma and the
  conjunction stay readable between the two, as in :mod:`.conjunctions` ("[Crohn's] and [is having
  treatment]");
- a HEALTH span that is only such a treatment phrase a few words later in the same clause run
  ("[депрессия после смерти мужа, лечится]"): the words between, which date or place the condition,
  go with it.

- a place of care written right before it with the preposition of its purpose ("a clinic for [burn-out]",
  "une clinique pour un [burn-out]", "eine Klinik wegen [Depressionen]"): the stay's place, told for the
  condition, goes with it (:data:`_PLACE_FOR`).

A treatment phrase with no condition before it keeps its own span or stays readable as the
lexicon decides; a treatment of something else ("the watch is being serviced") is no phrase here.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["treated_conditions"]

# the treatment phrases, by language; matched case-blind, on whole words
_TREATED = (
    # EN
    r"is having treatment|is getting treatment|is being treated|is in treatment|is under treatment|is on treatment|"
    r"having treatment|getting treatment|being treated|in treatment|under treatment|is on medication|"
    # IT
    r"sta facendo una cura|sta facendo le cure|sta facendo la terapia|sta seguendo una terapia|sta seguendo una cura|"
    r"è in cura|è in terapia|in cura|in terapia|"
    # FR
    r"suit un traitement|est sous traitement|sous traitement|est en traitement|se soigne|se fait soigner|"
    # ES
    r"está en tratamiento|en tratamiento|sigue un tratamiento|está recibiendo tratamiento|se está tratando|"
    r"está con tratamiento|"
    # PT
    r"está em tratamento|em tratamento|está fazendo tratamento|tá fazendo tratamento|faz tratamento|"
    r"está se tratando|"
    # DE
    r"ist in Behandlung|in Behandlung|wird behandelt|ist in Therapie|macht eine Therapie|"
    # NL
    r"is in behandeling|is onder behandeling|in behandeling|onder behandeling|wordt behandeld|"
    # RU
    r"лечится|проходит лечение|на лечении|"
    # AR
    r"تتعالج|يتعالج|تحت العلاج|"
    # JA, KO, ZH (glued or spaced)
    r"で治療中|治療中|通院中|치료 중|치료중|치료 받고|正在治疗|在治疗|正在治療|在治療"
)
_CONJUNCTION = r"(?:(?:and|e|y|et|und|en|и|а|و)[ \t]+|و)?"
_AFTER = re.compile(rf"[ \t]*(?:[,\u060c\u3001\uff0c][ \t]*)?{_CONJUNCTION}(?P<phrase>{_TREATED})(?![^\W_])", re.IGNORECASE)
_PHRASE = re.compile(rf"(?:{_TREATED})", re.IGNORECASE)
# a place of care and the preposition of its purpose, right before a HEALTH span
_PLACE_FOR = re.compile(
    r"(?<![^\W_])(?:clinic|rehab|sanatorium|clinique|cure|maison de repos|Klinik|Kur|Reha|clínica|clinica|kliniek|"
    r"клинику|клинике|санаторий|санатории|مصحة|مصحّة)[ \t]+(?:for|pour|per|para|por|für|wegen|voor|для|от|لل|ل)"
    r"(?:[ \t]+(?:a|an|the|un|une|le|la|les|l['’]|uno|una|il|lo|um|uma|o|a|einen?|eine|een|de|het))?[ \t]*$",
    re.IGNORECASE)
_MAX_GAP = 32  # characters at most between a condition and a treatment span it takes in
_GAP_STOP = re.compile(r"[.;:!?\n()\[\]。！？；؛؟]")


def treated_conditions(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each HEALTH span grown over the
    treatment told right after it (module doc)."""
    if not any(s.kind == "HEALTH" for s in spans):
        return spans
    out: list[PiiSpan] = []
    for i, span in enumerate(spans):
        previous = out[-1] if out else None
        if (span.kind == "HEALTH" and previous is not None and previous.kind == "HEALTH"
                and _PHRASE.fullmatch(text[span.start : span.end].strip())
                and span.start - previous.end <= _MAX_GAP and not _GAP_STOP.search(text[previous.end : span.start])
                and not _PHRASE.fullmatch(text[previous.start : previous.end].strip())):
            out[-1] = PiiSpan(previous.start, span.end, "HEALTH")
            continue
        if span.kind == "HEALTH":
            span = _with_place(text, span, out)
        out.append(span)
        if span.kind == "HEALTH":
            match = _AFTER.match(text, span.end)
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if match is not None and match.end() <= ceiling:
                out.append(PiiSpan(match.start("phrase"), match.end(), "HEALTH"))
    return out


def _with_place(text: str, span: PiiSpan, out: list[PiiSpan]) -> PiiSpan:
    """``span`` from the place of care told for it right before it ("clinique pour un [burn-out]"); a
    place that is the previous HEALTH span already ("[clinic] for [depression]") joins it (popped from ``out``)."""
    previous = out[-1] if out else None
    floor = previous.start if previous is not None and previous.kind == "HEALTH" else previous.end if previous else 0
    place = _PLACE_FOR.search(text, max(floor, span.start - 48), span.start)
    if place is None:
        return span
    if previous is not None and place.start() < previous.end:
        if previous.kind != "HEALTH" or place.start() < previous.start:
            return span
        out.pop()
        return PiiSpan(previous.start, span.end, span.kind)
    return PiiSpan(place.start(), span.end, span.kind)
