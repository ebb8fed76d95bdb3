"""Text normalization for dictionary matching.

``fold`` maps a string to a matching form: lower case, Latin/Greek accents stripped,
``ß``/``œ``/``æ`` expanded, Arabic letter variants unified and diacritics dropped, every
digit turned into ``0`` and every character that is not a letter or digit turned into a
space. Japanese kana, Hangul and Han characters are kept as they are.

For nearly all texts the folded form has exactly the length of the original, so an offset
in one is an offset in the other (the fast path: one ``str.translate``). Texts with a
character that folds to zero or several characters (``ß``, ``œ``, a combining accent, an
Arabic diacritic) take a slow path that records, for every folded character, the original
span it came from, so matches still map back to exact substrings of the original text.

The code lives in three modules: :mod:`.folding` (``fold``, ``normalize``, offsets),
:mod:`.scripts` (dense scripts, word characters) and :mod:`.matching` (the redaction token, clause
limits, regex helpers); this package re-exports them.
"""

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
