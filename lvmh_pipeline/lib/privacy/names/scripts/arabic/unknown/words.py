"""Is an Arabic word missing from the name lexicon a given name, and does what follows it close a
name? The two questions the rules of :mod:`.cued` ask after a cue ("زوجته مناير", "العميلة هتون").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent, ar_name_shaped
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _ARABIC_WORD, _CLOSED_AFTER, _SPACE, _STAFF_WORDS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.free import DESCRIBED
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _EXCLUDED,
    _KIN,
    _NAMING,
    _PROCLITICS,
    _ambiguous,
    _known,
    _participle,
    _surname,
    _verb_shaped,
    occupational,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

__all__ = ["closes_name", "family_after", "unknown_given"]

# Words of a note that pass every shape check and are rare in a general corpus: dialect adverbs
# ("دايم", "مرره", "لسه"), interjections, words of the boutique ("بشت", "دبلة"), greetings.
_NOTE_WORDS = frozenset(
    """دايم دوم دوما دوماً بردو برضك مرره مرا حيل عادي لسه لسا توها توه ياخي يختي بالمرة يعني
    اوكي أوكي اوك يب ايوه ايوا إيوه لأ لا نعم هلا مرحبا مرحبتين يعطيك يعطيكم مشكورة مشكور
    بشت بشوت دبلة دبله شيلة شيله جلابية عباية عبايه عبايات مخور كندورة كندوره غترة شماغ عقال
    ميدالية سبحة مسبحة خنجر عود دهن بخور مبخرة معمول هلق هلأ هسه هسع هسا هالحين هلحين""".split()
)
# Words after a name that say who or when, not what the person did: time, age, company.
_AFTER_NAME = frozenset(
    """اليوم أمس امس بكرة بكره الحين توه عمره عمرها عمرو مع ومع برضو برضه كمان أيضا ايضا بعد
    هي هو جاي جاية جايه معها معه معاها معاه عشان علشان لأن لان""".split()
)
_LATIN_OR_DIGIT = re.compile(r"[ \t]*[(\[]?[ \t]*[A-Za-z0-9٠-٩]")


def unknown_given(word: str, *, frequent_ok: bool = False, min_len: int = 3) -> bool:
    """A word the lexicon lacks that may be a given name: shaped as one (three to six letters, no
    article, no -ية, no present tense), no listed word, term of the note, verb, participle,
    description of a person ("صغير", "دكتور") or frequent ordinary word ("مرة", "فخمة"; unless
    ``frequent_ok``: a family name after it shows the name, "ملاذ الحمامي")."""
    if len(word) < min_len or not ar_name_shaped(word) or _known(word) or word.endswith("و"):
        return False  # (-و: "برضو", "اسمو"; a colloquial ending, no name's)
    if word.endswith(("ين", "ان")) and (ar_frequent(word[:-2]) or word[:-2] in _EXCLUDED):
        return False  # "ولدين", "بنتين": the dual of a word (not "وتين")
    if len(word) == 5 and word[2] == "و" and word.endswith("ة"):
        return False  # فعولة, an adjective of character ("خجولة", "عجولة", "ملولة")
    if word in _EXCLUDED or word in _KIN or word in _NAMING or word in DESCRIBED or word in _NOTE_WORDS:
        return False
    if not frequent_ok and ar_frequent(word) or is_concept_word(word) or classify(word) == COMMON:
        return False
    if _verb_shaped(word) and not (word.endswith("وت") and len(word) >= 5) or _participle(word):
        return False  # (a past tense ends in ت, not in وت after three letters: "مبخوت", "ياقوت" are names; "سوت" did)
    if word.endswith(("ها", "هم", "كم", "نا", "هن")) or word in _PERSON_SUBJECT_VERBS or word in _VERBS_AFTER:
        return False
    if word in _STAFF_WORDS or word.endswith("ه") and ar_frequent(word[:-1]):
        return False  # "ومرافقه", "وسايقه": a companion with his possessive, no name
    bare = word[1:]
    if word[0] in _PROCLITICS and (bare in _EXCLUDED or bare in _KIN or ar_frequent(bare) or _known(bare)):
        return False  # "وبنته", "ولسه": a proclitic before a word; "وريم": before a known name (its rules)
    return True


def family_after(text: str, end: int) -> bool:
    """Is the word after ``end`` a family name that is no ordinary word: a known one or a nisba
    ("الحمامي"; not "الذهبي")?"""
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap and "\n" not in gap.group() else None
    return nxt is not None and (_surname(nxt.group()) and not _ambiguous(nxt.group()) or _nisba(nxt.group()))


def _family_word(word: str) -> bool:
    """A family name after a given name: known, a nisba ("الحمامي") or a craft ("الخياط")."""
    return _surname(word) or _nisba(word) or occupational(word)


def closes_name(text: str, end: int, *, punctuation: bool = True) -> bool:
    """Does what follows ``end`` show that a name ended there: punctuation or the end, a family
    name, a verb ("تحب", "جاب"), another person joined by و ("وبنتهم", "ومبخوت"), a word of time
    or company ("اليوم", "مع"), an age or the name in Latin letters (punctuation alone only if
    ``punctuation``)."""
    if punctuation and _CLOSED_AFTER.match(text, end) or _LATIN_OR_DIGIT.match(text, end):
        return True
    gap = _SPACE.match(text, end)
    if not gap or "\n" in gap.group():
        return not text[end:].strip()
    nxt = _ARABIC_WORD.match(text, gap.end())
    if not nxt:
        return False
    word = nxt.group()
    if word in _AFTER_NAME or _family_word(word):
        return True
    if _verb(word):
        return True
    if word[0] == "و" and len(word) > 3:
        rest = word[1:]
        return rest in _KIN or _known(rest) or unknown_given(rest) or _verb_shaped(rest)
    return False


# Past tenses that say what a person did ("طلبت", "جاب"): frequent words too, unlike most verbs
# by their shape ("وقت", "بيت" end like a past tense).
_VERBS_AFTER = frozenset(
    """طلب طلبت اشترى اشترت اختار اختارت جاب جابت جا جات جت اجت جاء جاءت وصل وصلت حضر حضرت رجع رجعت
    قال قالت سأل سألت شاف شافت حجز حجزت دفع دفعت اتصل اتصلت زار زارت عاد عادت راح راحت""".split()
)


def _verb(word: str) -> bool:
    """A verb after the name: a present tense ("تحب", "يبي", "بتحب"), a listed past tense, or a
    word shaped as a verb that is no frequent word."""
    return (
        word[0] in "يت" and len(word) >= 3
        or word.startswith(("بي", "بت")) and len(word) >= 4
        or word in _VERBS_AFTER or word in _PERSON_SUBJECT_VERBS
        or _verb_shaped(word) and not ar_frequent(word)
    )
