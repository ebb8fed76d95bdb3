"""Is an Arabic word with the article a family name the lexicon lacks, by its shape and rarity?

A family name missing from the lexicon ("الشويعر", "المطيوعي", "القيرواني") can be told from an
ordinary word with the article only by what it is not: no listed word, adjective, role, plural,
verb or term of the note (:func:`.leading._may_be_family`), no word whose stem a general corpus
uses often ("المهم", "الشحن", "الموعد": the frequency list of ``person_names.json``), no stem that
is a given name ("الكريم", "الجميل", "السعيد": an adjective whose stem is a name). A nisba ("-ي")
passes with a stem of any length; another word only with a stem the frequency list can vouch for
(two to six letters, not opening with ي / ت, the shapes it leaves out).
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _glued_family, _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _NOT_FAMILY_NISBA, _ROLES, _family_plural_shape, _may_be_family
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _EXCLUDED, _KIN, _ambiguous, _participle, _surname
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["ordinary_stem", "rare_family", "rare_glued_family"]

# Words with the article that pass every shape test and open a note or a sentence without naming
# anyone: time, quantity, discourse words whose stem the frequency list leaves out.
_NOT_FAMILY = frozenset(
    """الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد الاثنين الإثنين اليوم البارحة
    الباقي الإجمالي الاجمالي المجموع الخلاصة الزبدة المهم الأهم الاهم الأساسي الاساسي الحاصل
    المختصر الملخص التفاصيل الخصم الدفع الشحن التوصيل التغليف الاستلام الاستبدال الإرجاع الارجاع
    الحجز الموعد الطلب المقاس اللون الموديل الكولكشن الكوليكشن الفرع المحل المول الصالة الجناح""".split()
)


def ordinary_stem(stem: str) -> bool:
    """A frequent word, a listed word or a given name: the stem of an ordinary word with the article."""
    lexicon = person_names()
    return ar_frequent(stem) or stem in _EXCLUDED or stem in _KIN or stem in lexicon.given


def rare_family(word: str, *, nisba_only: bool = False, plural_ok: bool = False, ambiguous_ok: bool = False) -> bool:
    """"الشويعر", "المطيوعي", "القيرواني": a family name by its shape that is no ordinary word
    (a known family name that is no word too counts as well; one that is a word too if
    ``ambiguous_ok``: "(الموصلي)"). ``plural_ok``: a family name shaped as a plural or a feminine
    ("الزريقات", "الطراونة") where a masculine verb or a kunya shows the person."""
    if not word.startswith("ال") or len(word) < 5 or word in _NOT_FAMILY:
        return False
    if _surname(word) and (ambiguous_ok and word.endswith("ي") or not _ambiguous(word)):
        return True
    if plural_ok and _family_plural_shape(word):
        return not (ordinary_stem(word[2:]) or ordinary_stem(word[2:].removesuffix("ات").removesuffix("ة")))
    nisba = _nisba(word) and word not in _NOT_FAMILY_NISBA and not _participle(word)
    if word[2:] in _ROLES or word.startswith("الل") and len(word) < 6 or not (nisba or _may_be_family(word)):
        return False  # (a nisba in -ني passes: "المحيسني" ends like a verb and its object)
    if classify(word) == COMMON or is_place_month_or_brand(word) or is_concept_word(word):
        return False
    stem = word[2:]
    if ordinary_stem(stem):
        return False  # "المهم", "الذهبي": its stem a frequent word
    if nisba:
        return True
    if nisba_only or stem[0] in "يتأإآا" or len(stem) > 6 or stem.endswith(("ا", "ى")):
        return False  # shapes the frequency list leaves out (present tense, verbal noun)
    return True


def rare_glued_family(word: str) -> bool:
    """"بوخضير", "بوشناق": a family name glued to بو that is no ordinary word with the preposition
    ب ("بوضوح": clearly, "بوقت": in time)."""
    if not (word.startswith("بو") and _glued_family(word)):
        return False
    if _surname(word):
        return True
    return not (
        ar_frequent(word) or ar_frequent(word[1:]) or word[1:] in _EXCLUDED or is_concept_word(word)
        or classify(word) == COMMON or is_place_month_or_brand(word)
    )
