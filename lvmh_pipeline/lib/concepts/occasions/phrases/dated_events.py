"""Words that name an occasion only when a month follows them, and graduation words that only name a degree.

- A graduate's participle with a month after it is the graduation: "diplômée HEC en juillet", "laureata a
  giugno", "titulado en julio", "formada em dezembro" (without a month it is a degree: "diplômé en droit").
- A bare retirement noun dated by a month is the retirement: "Retraite fin juin", "pensione a settembre",
  "para a reforma (final de junho)" (without one: a pension, a retirement home, a guesthouse, a renovation).
- A degree named in a title's bracket is no occasion: "Dr. Tan (gepromoveerd in chemie, geen arts)", "Dr
  Weiss (PhD, not medical)" — the bracket that tells a doctor of letters from a physician.

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.occasions.months import find_months

__all__ = ["dated_events"]

# (occasion, folded words) that a month must follow within a few words.
_DATED_WORDS = (
    ("graduation", "diplome diplomee diplomes diplomees laureato laureata laureati diplomato diplomata titulado titulada "
                   "graduado graduada formado formada formados formadas"),
    ("retirement", "retraite pensione reforma"),
)
# Words that are the occasion in one language only: Portuguese "reforma" (retirement; elsewhere a renovation).
_ONLY_IN = {"reforma": "PT"}
# Words after one that make it something else: "a reforma da cozinha" (the kitchen's renovation), unless a person
# follows them ("a reforma do pai").
_NOT_AFTER = {"reforma": frozenset("da do de das dos na no".split())}
_PERSONS_AFTER = frozenset(fold(w) for w in (
    "pai mãe marido mulher esposa esposo avô avó sogro sogra tio tia irmão irmã chefe colega patrão senhor senhora dr "
    "doutor doutora engenheiro sr sra"
).split())
_WORD_OF = {w: concept for concept, words in _DATED_WORDS for w in words.split()}
_GATE = Literals(tuple(f" {w}" for w in _WORD_OF))
_PATTERN = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(_WORD_OF, key=len, reverse=True)) + r")(?![^\W\d_])")
_REACH = 4  # words between the word and its month
_CLAUSE_END = re.compile(r"[.;:!?()\n→]")
# Words before a retirement noun that make it something else: a retirement home, a pension fund, "en retraite" (retired).
_NOT_THE_EVENT = frozenset("maison caisse fonds en di casa maisons caisses".split())

# A degree in a bracket: the bracket names a degree or says "not a physician" (folded words).
_BRACKET = re.compile(r"\([^()]{1,100}\)")
_DEGREE_WORDS = Literals(tuple(f" {w} " for w in (
    "geen arts", "not medical", "not a medical", "not an md", "not a physician", "not a doctor", "pas medecin",
    "non medico", "no medico", "nao medico", "kein arzt", "keine arztin", "не врач", "phd", "doctorat", "dottorato",
    "doctorado", "doutorado", "promoviert", "gepromoveerd",
)))


def _degree_brackets(nt: NormalizedText) -> list[tuple[int, int]]:
    """Folded spans of the brackets that name a degree."""
    return [(to_folded(nt, m.start()), to_folded(nt, m.end())) for m in _BRACKET.finditer(nt.original)
            if _DEGREE_WORDS.any_in(f" {fold(m.group())} ")]


def dated_events(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, language: str | None) -> list[AliasMatch]:
    """``matches`` with the occasions dated words name, and without the graduations a degree bracket names."""
    folded, text = nt.folded, nt.original
    graduation = meta.by_name.get("graduation", -1)
    if "(" in text and graduation >= 0 and any(m[2] == graduation for m in matches):
        brackets = _degree_brackets(nt)
        if brackets:
            matches = [m for m in matches if m[2] != graduation or not any(a <= m[0] and m[1] <= b for a, b in brackets)]
    if not _GATE.any_in(f" {folded} "):  # (the padded text the shared gate pass answers)
        return matches
    months = None
    added = []
    for found in _PATTERN.finditer(folded):
        concept = meta.by_name.get(_WORD_OF[found.group(1)], -1)
        if concept < 0 or any(m[0] < found.end() and found.start() < m[1] and meta.occasion[m[2]] for m in matches):
            continue
        before = folded[max(0, found.start() - 16) : found.start()].split()[-2:]
        if concept != graduation and _NOT_THE_EVENT.intersection(before):
            continue
        word = found.group(1)
        only = _ONLY_IN.get(word)
        after = folded[found.end() : found.end() + 30].split()[:2]
        if (only and language and language.upper() != only) or (
                after[:1] in ([w] for w in _NOT_AFTER.get(word, ())) and after[1:] not in ([w] for w in _PERSONS_AFTER)):
            continue
        if months is None:
            months = find_months(nt, language)
        o_end = nt.to_original(found.start(), found.end())[1]
        opened = re.match(r"\s*\(", text[o_end : o_end + 3])  # "Retraite (fin juin)", "para a reforma (final de junho)"
        clause = _CLAUSE_END.search(text, o_end + (opened.end() if opened else 0))
        stop = to_folded(nt, clause.start()) if clause else len(folded)
        if any(found.end() <= m.start < stop and len(folded[found.end() : m.start].split()) <= _REACH for m in months):
            added.append((found.start(), found.end(), concept, 1.0))
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda m: (m[0], m[1]))
