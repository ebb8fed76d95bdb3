"""Names announced by a cue word in alphabetic scripts (Latin, Cyrillic).

A title ("Mme Laurent", "господин Орлов", "la señora Ortega"), possibly with the fillers of a
voice transcription before the name ("Mrs. well. Hughes", "Herr ähm also Krause") or a couple of
titles ("Mr & Mrs Collins", "Sr/Sra. Ortega"); a couple or family word ("Ehepaar Koch", "i
coniugi Ferri"); a meeting or naming phrase ("Meeting with Sophie Martin", "si chiama Bianchi");
a client word ("Kundin Keller"); a field label ("Nom : Keller").

Modules: ``words`` (letters, cue patterns, the word scan of a note, word-shape tests), ``parsing``
(reading the name after a cue, skipping fillers), ``titles`` (names after a title, a cue word
or a label), ``families`` (families and romaji honorifics, Brazilian "seu"), ``roles`` (a rank or
profession used as a title), ``combined`` (:func:`cue_names`, all of them).
"""

from lvmh_pipeline.lib.privacy.names.cues.words import (
    MAX_NAME_WORDS,
    LETTER,
    UPPER,
    alternation,
    KIN_VARIANTS,
    CAPITALISED_FILLERS,
    Scan,
    scan,
    is_capitalised,
    is_cyrillic,
    is_initial,
    surname_shaped,
)
from lvmh_pipeline.lib.privacy.names.cues.parsing import parse_name, skip_fillers
from lvmh_pipeline.lib.privacy.names.cues.titles import title_names
from lvmh_pipeline.lib.privacy.names.cues.combined import cue_names

__all__ = [
    "MAX_NAME_WORDS",
    "LETTER",
    "UPPER",
    "alternation",
    "KIN_VARIANTS",
    "CAPITALISED_FILLERS",
    "Scan",
    "scan",
    "is_capitalised",
    "is_cyrillic",
    "is_initial",
    "surname_shaped",
    "parse_name",
    "skip_fillers",
    "title_names",
    "cue_names",
]
