"""Every occurrence in a note of names already known (found earlier in it, or in the client's
other notes): "Meyer" → "Meyer", "MEYER", "meyer", "Meyer's", "Meyers", "Meyer님", "Meyer様",
"Meyer-san"; "Орлов" → "Орлова", "Орловым"; "المهيري" → "والمهيري"; "田中" → "田中は".

Pure and linear: the text is tokenised once with one compiled pattern and tokens are looked up
in sets built per call (cached per name set); nothing is compiled per name.

Modules: ``patterns`` (token patterns and script word lists), ``forms`` (the forms and token keys
of a name set), ``find`` (:func:`name_occurrences`, the token pass), ``unspaced`` (spelt-out
names, lone surnames and names in scripts written without spaces).
"""

from lvmh_pipeline.lib.privacy.names.occurrences.find import name_occurrences

__all__ = [
    "name_occurrences",
]
