"""Names in Arabic notes: after titles (السيد، السيدة، الأستاذ، الدكتور، الشيخة …) in Arabic or
Latin script, after family and client words, at the start of a note, before an age, and known
given names followed by a family name ("أحمد الخالدي").

Arabic notes name people without a title too, in every register: "زارتنا نورة القحطاني",
"اتصل الشامسي", "وبنتها شيخة", "زوجها فيصل", "اسمها ريم", "أم سلطان", "بو عبدالله". A known
given name that is no ordinary word is a name wherever it stands (with a proclitic و / ل / ب
too), and it takes the family name after it: a known one, a compound ("بن يوسف", "عبد الحميد",
"أبو خليل"), a nisba that is no adjective ("الكعبي", not "الذهبي"), or a word that punctuation
closes ("ديما قباني،"). A known family name that is no ordinary word is a name anywhere.

Family names that are words (:mod:`.shapes`): a craft with the article ("النحاس",
"الخياط", "الحداد") after a given name, even one that is a word too ("أمل الخياط"); a listed word
that the lexicon knows as a family name after a title ("السيدة الخطيب"); "سعادة" (Excellency)
after a given name; a word missing from the lexicon between a title and given name and a verb
("الست ليلى نجيم تحب …"). Participles and role adjectives after a title are no names ("السيدة
مهتمة", "الأستاذ الجامعي").

Modules: ``common`` (shared patterns), ``shapes`` (word shapes: given, family, verb, participle),
``titles`` (names after a title), ``free`` (names without one), ``leading`` (a name opening a
note), ``context`` (checks of the words around a candidate, families leading a note),
``combined`` (:func:`arabic_names`, all of them).
"""

from lvmh_pipeline.lib.privacy.names.scripts.arabic.combined import arabic_names

__all__ = [
    "arabic_names",
]
