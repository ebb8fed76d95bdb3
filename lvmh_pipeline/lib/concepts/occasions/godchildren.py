"""A godchild or godparent word names a person, not a baptism, when the note names the occasion the gift
is for: "Ostergeschenke für die Patenkinder", "une croix pour sa filleule, première communion en mai",
"prenda para o casamento da afilhada", "подарок крестнице на Пасху". Alone ("a gift for her godson") it
stays the baptism it was taken for; beside a baptism word the baptism is found by that word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["godchild_words"]

_GODCHILD_STEMS = tuple(fold(w) for w in (
    "godchild godson goddaughter godmother godfather godparent parrain marraine filleul padrino madrina figlioccio "
    "figlioccia ahijado ahijada afilhado afilhada patenkind taufpate taufpatin petekind peetkind крестник крестниц"
).split())


def godchild_words(matches: list[AliasMatch], folded: str, meta: ConceptMeta, found: list[int], dropped: set[int]) -> set[int]:
    """The baptism hits among ``found`` (occasion indices into ``matches``) said by a godchild or godparent
    word, in a note that names another occasion (not one of these words, not "next month", not dropped)."""
    baptism = meta.by_name.get("baptism", -1)
    godchildren = {i for i in found if matches[i][2] == baptism and folded[matches[i][0] : matches[i][1]].startswith(_GODCHILD_STEMS)}
    if not godchildren:
        return set()
    other = any(i not in godchildren and i not in dropped and matches[i][2] != meta.next_month for i in found)
    return godchildren if other else set()
