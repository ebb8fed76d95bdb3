"""Arabic words by their shape, for the name rules of :mod:`.combined`: the words no name is made
of (listed words, kin, titles), craft family names ("النحاس", "الخياط"), participles and verbs
that follow a title or a given name ("السيدة مهتمة", "ليلى تحب"), verbs and prepositions before a
person ("اتصل خالد البيطار"), and a family name missing from the lexicon after a given name
("الست ليلى نجيم تحب …")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_COMMON,
    ARABIC_FAMILY_WORDS,
    ARABIC_KIN_WORDS,
    ARABIC_NAMING_WORDS,
    ARABIC_NISBA_ADJECTIVES,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names

_LETTER = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_ARABIC_WORD = re.compile(f"[{_LETTER}]+")
_SPACE = re.compile(r"\s+")
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[،,.:;؛()\[\]\-–—/]|$|\n)")
_POST_TITLES = frozenset(ARABIC_POST_TITLES)
_PROCLITICS = "وفبلك"
_ARTICLE_PROCLITICS = ("بال", "وال", "فال", "كال", "لل")
_NAMING = frozenset(ARABIC_NAMING_WORDS)
_KIN = frozenset(ARABIC_KIN_WORDS)
_EXCLUDED = (
    ARABIC_COMMON
    | ARABIC_KIN_WORDS
    | frozenset(t.rstrip(".") for t in ARABIC_TITLES)
    | _POST_TITLES
    | frozenset(ARABIC_FAMILY_WORDS)
)

def _known(word: str) -> bool:
    lexicon = person_names()
    return word in lexicon.given or word in lexicon.surnames

def _ambiguous(word: str) -> bool:
    return word in person_names().ambiguous or word in _EXCLUDED


def _given(word: str) -> bool:
    return word in person_names().given


def _surname(word: str) -> bool:
    return word in person_names().surnames


# An occupational family name: ال + the intensive فعّال of a craft ("النحاس" the coppersmith,
# "الخياط", "الحداد", "النجار", "الصباغ", "الحلاق", "الطحان"). Nouns of the same shape that a
# note uses as words are listed apart.
_OCCUPATIONAL = re.compile(r"ال[\u0628-\u064a][\u0628-\u0648\u064a]ا[\u0628-\u0647\u0648]")
_NOT_OCCUPATIONAL = frozenset(
    """الكتاب الحساب الطعام الكلام السلام الشباب الزواج الحجاب القماش الدوام النظام الخيار الزمان
    المكان المساء الحزام السوار الرجال الكبار الصغار الثياب الجواز الجواب الشراب الطلاب العقار
    السلاح البلاد العلاج الحمام الختام الطلاق الوشاح الطراز الزجاج الكمال الهلال الجمال الصباح
    الحوار الفطار الغلاف الطلاء المزاج النجاح الفلاح الصلاح الكرام الخيال الغرام الجهاز الشعار
    المطار المزار المقاس المكياج الحرام الحلال الزوار القرار المشوار الثلاث الثمان الثنا التمام
    الدوار الغبار الحصان الصيام القيام الكرام""".split()
)


def occupational(word: str) -> bool:
    """"النحاس", "الخياط": a family name by the shape of a craft, no listed word."""
    return (
        _OCCUPATIONAL.fullmatch(word) is not None
        and word not in _NOT_OCCUPATIONAL
        and word not in _EXCLUDED
        and word not in ARABIC_NISBA_ADJECTIVES
    )


# Adjectives of a field or a role after a title ("الأستاذ الجامعي", "الدكتور النفسي").
_ROLE_ADJECTIVES = frozenset(
    """الجامعي الأكاديمي النفسي الجراحي الاستشاري التنفيذي القانوني المالي التجاري الهندسي
    المعماري الفني الإداري الاداري الطبي الرياضي الشخصي الخاص المختص المسؤول المسئول""".split()
)


# Verbs whose subject or object is a person, and prepositions before a person: a given name
# after them, even one that is a word too ("اتصل خالد البيطار", "زارتنا أمل الأسود"), takes the
# word with the article after it as her family name.
_PERSON_VERBS = frozenset(
    """زارتنا زارنا زارت زار زارونا اتصلت اتصل اتصلنا كلمت كلم كلمنا كلمتني كلمني قابلت قابل قابلنا
    جات جت جا جاءت جاء اجت إجت وصلت وصل حضرت حضر تواصلت تواصل تواصلنا مرت مر رجعت رجع""".split()
)
_PERSON_PREPOSITIONS = frozenset({"مع", "عن"})
# Given names that are abstract nouns in a phrase after a preposition ("مع أمل الحصول").
_PHRASE_GIVEN = frozenset("أمل امل نور رجاء حياة وفاء سلام فرح ضحى صباح سحر ربيع جمال رمضان".split())
_PREVIOUS_WORD = re.compile(rf"([{_LETTER}]+)[ \t]+$")


_CLIENT_AFTER = re.compile(rf"\s*[،,:\-–—]\s*(?:{alternation(ARABIC_CLIENT_WORDS)})(?![{_LETTER}])")


def _family_shaped(word: str) -> bool:
    """A word with the article that can be a family name after a given name: no listed word, no
    feminine or plural ending ("المسؤولة", "الفتيات" are roles and groups)."""
    return (
        word.startswith("ال")
        and len(word) >= 5
        and word not in _EXCLUDED
        and not word.endswith(("ة", "ات", "ين", "ون"))
    )


def _unknown_given(word: str) -> bool:
    """A word missing from the lexicon that may be a given name: no listed word, no article, no
    proclitic before an article, no feminine adjective (-ية)."""
    return (
        len(word) >= 3
        and not word.startswith("ال")
        and not word.startswith(_ARTICLE_PROCLITICS)
        and word not in _EXCLUDED
        and word.lstrip("وفبلك") not in _EXCLUDED
        and not word.endswith(("ية", "يه"))
        and not _participle(word)
    )


def _person_before(text: str, start: int, given: str) -> bool:
    before = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if not before:
        return False
    word = before.group(1)
    return word in _PERSON_VERBS or word in _PERSON_PREPOSITIONS and given not in _PHRASE_GIVEN


def _participle(word: str) -> bool:
    """"مهتمة", "متحمسة", "مستعجل", "المعالج", "المحترم": an adjective or a participle after a
    title ("السيد مهتم بالساعات"), no name (names shaped so are in the lexicon)."""
    if _known(word):
        return False
    core = word[2:] if word.startswith("ال") else word
    return (
        len(core) >= 4
        and (core.startswith(("مت", "مست")) or core[0] == "م" and core[2] == "ت")  # متفعّل، مستفعل، مفتعل
        and not (word.startswith("ال") and word.endswith("ي"))
    )


# Verbs a note puts right after a given name ("السيد كريم رجع اليوم"): no family name.
_VERBS_AFTER_NAME = frozenset(
    """اشترى اختار طلب رجع دفع شاف قال سأل سال جاب حجز عاد زار مر اتصل كلم حضر وصل أخذ اخذ فضل
    حب ترك نسي جرب قاس لبس سافر راح جا جاء بعث أرسل ارسل وعد دخل خرج قرر غير بدل رد استلم ركز
    لاحظ ذكر حكى شرح عجب أعجب اعجب بقي بقى ظل صار كان ما لا لم لن قد مش مو""".split()
)


def _future_verb(word: str) -> bool:
    """"سيدفع", "ستختار", "سنرسل": the future prefix before a present tense, no known name."""
    return len(word) >= 5 and word[0] == "س" and word[1] in "يتنأ" and not person_names().is_name(word)


def _verb_shaped(word: str) -> bool:
    """A verb by its shape: present tense (يحب، تبي، نشوف، بتحب، بيحب، عم), past tense with a
    feminine or plural ending (اشترت، رجعوا), or a listed past tense."""
    return (
        word in _VERBS_AFTER_NAME
        or word[0] in "يت" and len(word) >= 3
        or word.startswith(("بي", "بت", "بن", "رح", "حي", "عم", "ما", "لا"))
        or _future_verb(word)
        or word.endswith(("ت", "وا", "تني", "ني", "ها", "هم")) and not word.endswith("ات")
    )


# Not a preposition: "بنتها نورة عروس في مايو" (a bride in May) says what she is.
_AFTER_NAME = frozenset("اليوم أمس امس".split())


def _unknown_family(text: str, word: re.Match[str]) -> bool:
    """A word missing from the lexicon right after a given name, no verb by its shape, before
    punctuation or a listed word ("ليلى نجيم تحب …", "رامي وسوف اليوم"): a family name."""
    w = word.group()
    if (
        len(w) < 3
        or w.startswith(("ال", "و", "ف"))  # "وسوف": "and will" as often as the name Wassouf
        or w in _EXCLUDED
        or w in _KIN
        or w in _NAMING
        or w[1:] in _EXCLUDED and w[0] in _PROCLITICS
        or w.endswith(("ية", "يه", "ه", "ها", "هم", "هن", "ك", "كم", "نا"))  # "خالد زواجه": his wedding
        or _verb_shaped(w)
        or _participle(w)
        or _ambiguous(w) and w.endswith("ة") and not _surname(w)  # "ليلى سعيدة": she is happy
    ):
        return False
    if _CLOSED_AFTER.match(text, word.end()):
        return True
    gap = _SPACE.match(text, word.end())
    after = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if not after:
        return False
    nxt = after.group()
    # the clause goes on with her as its subject: a verb ("تحب", "بدها", "وطلبت") or a
    # word of time or company ("اليوم", "مع")
    return nxt in _AFTER_NAME or _verb_shaped(nxt) or nxt[0] in "وف" and len(nxt) > 3 and _verb_shaped(nxt[1:])


# Given names that are parts of the day ("صباح", "مساء"): before a day word they say when
# ("زارتنا العميلة صباح اليوم", "مساء الخميس"), no one's name.
_DAY_PARTS = frozenset("صباح مساء ظهر عصر ليلة".split())
_DAY_WORDS = frozenset(
    """اليوم أمس امس الأمس البارحة الغد بكرة بكره يوم السبت الأحد الاحد الاثنين الإثنين الثلاثاء
    الأربعاء الاربعاء الخميس الجمعة العيد""".split()
)


def day_part(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a part of the day before a day word ("صباح اليوم")?"""
    word = text[start:end]
    if word not in _DAY_PARTS:
        return False
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    return nxt is not None and nxt.group() in _DAY_WORDS


# Numbers and ordinals said after a name ("ابنها كريم الثمنطعش": Karim's eighteenth, "عيد ميلاد سارة
# العشرين"): the colloquial teens end in -طعش / -تاشر, the decades and ordinals take the article.
_TEEN_ENDINGS = ("طعش", "طعشر", "طاشر", "تاشر", "تعش")
_ORDINALS = frozenset(
    """الأول الاول الأولى الاولى الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة
    الثامن الثامنة التاسع التاسعة العاشر العاشرة العشرين الثلاثين التلاتين الأربعين الاربعين الخمسين الستين
    السبعين الثمانين التمانين التسعين""".split()
)


def number_word(word: str) -> bool:
    """A number or an ordinal, no family name ("الثمنطعش", "خمسطعش", "الأربعين")."""
    return word.endswith(_TEEN_ENDINGS) or word in _ORDINALS


def without_number_tail(text: str, span: PiiSpan) -> PiiSpan | None:
    """``span`` without the number words said after the name; None when nothing is left."""
    words = list(_ARABIC_WORD.finditer(text, span.start, span.end))
    end = span.end
    while words and number_word(words[-1].group()) and words[-1].end() == end:
        end = words.pop().start()
        end = len(text[:end].rstrip(" \t"))
    return span if end == span.end else PiiSpan(span.start, end, span.kind) if end > span.start else None
