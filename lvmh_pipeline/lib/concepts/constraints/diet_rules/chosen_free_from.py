"""Foods left out by choice or by a rule, not for an allergy (:func:`chosen_not_allergic`):

- gluten left out by choice: "eet glutenvrij (geen coeliakie, eigen keuze)", "gluten-free by choice, not
  coeliac", "isst glutenfrei, keine Zöliakie" — a free-from word and, right after it, a denied coeliac disease
  or a choice; an intolerance named near it keeps the allergy ("glutenfrei, keine Zöliakie, aber eine
  Unverträglichkeit");
- dairy kept apart from meat, the kosher rule: "meat/dairy separate", "Fleisch und Milch getrennt",
  "viande et lait séparés", "мясное и молочное раздельно".
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.constraints.not_the_clients import _free_from
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["chosen_not_allergic"]

# A coeliac disease denied or a choice stated (folded text), up to :data:`_REACH` characters after the word.
_CHOSEN = re.compile(
    r"(?<![^\W\d_])(?:(?:not|no|geen|keine|kein|pas|non|sin|sem|не|nicht|nao e|no es|non e|n est pas|isn t|is not|ist keine|"
    r"ist kein|is geen) (?:a |an |de |la |een |una |uma )?"
    r"(?:coeliac|celiac|coeliakie|celiakie|zoliakie|coeliaque|celiaque|celiaca|celiaco|celiaquia|celiaca|целиаки\w*)"
    r"|by choice|own choice|eigen keuze|uit keuze|aus uberzeugung|freiwillig|par choix|per scelta|por eleccion|por opcao|por escolha"
    r"|из принципа|по собственному желанию)"
)
_STEMS = ("coeliac", "celiac", "oeliak", "eliak", "oliak", "eliaq", "choice", "keuze", "uberzeugung", "freiwillig", "choix",
          "scelta", "eleccion", "opcao", "escolha", "целиаки", "принцип", "желани")
_INTOLERANT = re.compile(r"intoler|unvertrag|gevoelig|sensib|непереносим|allerg|аллерг")
_REACH = 60


# Meat and dairy kept apart (folded text): a separation word right after the dairy word, a meat word before it.
_SEPARATE = re.compile(r"(?:^| )(?:separate\w*|apart|getrennt|separe\w*|separad\w*|separat\w*|gescheiden|apart gehouden|раздельн\w*"
                       r"|не смешива\w*|分开|別々|따로)")
_SEPARATE_STEMS = ("separ", "apart", "getrennt", "gescheiden", "раздельн", "смешива", "分开", "別々", "따로")
_MEAT_WORDS = ("meat", "fleisch", "viande", "carne", "vlees", "мяс", "لحم", "肉", "고기")
_SEPARATE_REACH = 16


def chosen_not_allergic(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, present: set[int]
) -> set[int]:
    """The allergen matches of ``matches`` (``present``: their concepts) left out by choice or by the kosher
    rule (not to output)."""
    found = set()
    folded = nt.folded
    if meta.by_name.get("gluten", -1) in present and any(stem in folded for stem in _STEMS):
        found = _chosen_gluten_free(nt, matches, negated, meta)
    if meta.by_name.get("lactose", -1) in present and any(stem in folded for stem in _SEPARATE_STEMS):
        found |= _kosher_separation(nt, matches, negated, meta)
    return found


def _kosher_separation(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    """Dairy named as kept apart from meat ("meat/dairy separate")."""
    lactose = meta.by_name.get("lactose", -1)
    folded = nt.folded
    return {
        i for i, m in enumerate(matches)
        if m[2] == lactose and not negated[i] and _SEPARATE.match(folded[m[1] : m[1] + _SEPARATE_REACH])
        and any(w in folded[max(0, m[0] - _SEPARATE_REACH) : m[0]] for w in _MEAT_WORDS)
    }


def _chosen_gluten_free(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    """The gluten matches of ``matches`` that are a free-from choice, and the coeliac disease denied after
    them, not an allergy (not to output)."""
    gluten = meta.by_name.get("gluten", -1)
    folded = nt.folded
    found = set()
    for i, m in enumerate(matches):
        if m[2] != gluten or negated[i] or not _free_from(folded[m[0] : m[1]] + " "):
            continue
        after = folded[m[1] : m[1] + _REACH]
        before = folded[max(0, m[0] - _REACH) : m[0]]
        before = before[before.rfind("  ") + 1 :]  # its clause: "Intolerância à lactose; sem glúten" is lactose's
        if any(stem in after for stem in _STEMS) and _CHOSEN.search(after) and not _INTOLERANT.search(before + after):
            found.add(i)  # and the coeliac word denied after it ("geen coeliakie" is no avoided gluten)
            found.update(k for k, other in enumerate(matches) if other[2] == gluten and m[1] <= other[0] < m[1] + _REACH)
    return found
