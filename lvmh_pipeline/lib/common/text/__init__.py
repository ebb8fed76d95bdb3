"""Text normalization for dictionary matching, re-exported from three modules: :mod:`.folding`
(``fold``, ``normalize``: a matching form of a text whose offsets map back to the original),
:mod:`.scripts` (dense scripts, word characters) and :mod:`.matching` (the redaction token, clause
limits, regex helpers)."""

from lvmh_pipeline.lib.common.text.folding import (
    NormalizedText,
    fold,
    fold_table,
    normalize,
    to_folded,
)
from lvmh_pipeline.lib.common.text.matching import REDACTION_TOKEN, caseless, line_matches, same_clause
from lvmh_pipeline.lib.common.text.scripts import (
    DENSE_LANGUAGES,
    has_dense_script,
    is_arabic_char,
    is_dense_char,
    is_word_char,
    uses_word_boundaries,
    word_end,
)

__all__ = [
    "DENSE_LANGUAGES",
    "REDACTION_TOKEN",
    "NormalizedText",
    "fold",
    "fold_table",
    "normalize",
    "is_dense_char",
    "has_dense_script",
    "is_arabic_char",
    "is_word_char",
    "word_end",
    "uses_word_boundaries",
    "same_clause",
    "to_folded",
    "caseless",
    "line_matches",
]
