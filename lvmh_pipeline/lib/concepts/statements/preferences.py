"""A food chosen against another is a taste, no allergy: "fruit instead of almonds with the tea",
"lieber Obst statt Nüsse", "お茶菓子はナッツよりチョコ", "다과는 견과류 말고 과일", "要水果而不是坚果".
A food allergen right after a "rather than" word (or, in JA/KO, right before one), with no
allergy word or cue in its sentence, is dropped.
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import AllergyMeta, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import SENTENCE, window

__all__ = ["compared_foods"]

# Before the food: "instead of", "statt", "au lieu de", "invece di", "en vez de", "in plaats van", "вместо", "بدل".
_INSTEAD = tuple(" " + " ".join(fold(p).split()) + " " for p in (
    "instead of", "rather than", "statt", "anstatt", "anstelle von", "au lieu de", "au lieu des", "au lieu du",
    "plutôt que", "invece di", "invece dei", "invece delle", "piuttosto che", "en lugar de", "en vez de", "em vez de",
    "ao invés de", "in plaats van", "вместо", "بدل", "بدلا من", "بدال", "而不是", "不是",
))
# After the food (JA/KO): "ナッツではなく", "ナッツじゃなくて", "ナッツより", "견과류 말고", "견과류 대신", "견과류보다".
_DENSE_AFTER = ("ではなく", "じゃなく", "より", "の代わりに", "말고", "대신", "보다", "대신에")
_DENSE_AFTER_CHARS = 6
# Any "rather than" word in the note: most notes have none (one scan before the per-food tests).
_ANY_COMPARISON = Literals((*(p.strip() for p in _INSTEAD), *_DENSE_AFTER))


def compared_foods(nt: NormalizedText, matches: list[AliasMatch], foods: list[int], meta: ConceptMeta,
                   allergy: AllergyMeta) -> set[int]:
    folded = nt.folded
    found: set[int] = set()
    if not foods or not _ANY_COMPARISON.any_in(folded):
        return found
    for i in foods:
        start, end = matches[i][0], matches[i][1]
        if allergy.words.search(folded, start, end):
            continue
        before = " " + " ".join(folded[max(0, start - 30) : start].split()[-4:]) + " "
        if is_dense_char(folded[start]):
            after = folded[end : end + _DENSE_AFTER_CHARS].lstrip()
            compared = after.startswith(_DENSE_AFTER) or before.rstrip().endswith(("而不是", "不是"))
        else:
            article = _article(before)
            compared = any(before.endswith(p) or before.endswith(p + article) for p in _INSTEAD)
        if not compared:
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        if allergy.words.search(folded, s_start, s_end) or any(
            m[2] in meta.licensors and s_start <= m[0] < s_end for m in matches
        ):
            continue  # "instead of nuts, because of her allergy"
        found.add(i)
    return found


_ARTICLES = frozenset("the some any les des la le du der die den das een de het los las il lo gli i".split())


def _article(before: str) -> str:
    """The article closing ``before`` ("statt der Nüsse", "instead of the almonds"), with its blank."""
    last = before.split()[-1:] if before.strip() else []
    return last[0] + " " if last and last[0] in _ARTICLES else "\0"
