"""Arabic names without a title: known given names wherever they stand (with a proclitic و / ل /
ب too), with the family name after them; names after client, kin and naming words ("زبونتنا
الصباغ", "وبنتها شيخة", "اسمها ريم"); known family names that are no ordinary word.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import (
    _ARABIC_WORD,
    _CLOSED_AFTER,
    COMPOUND_FIRST,
    _KUNYA_WORDS,
    _SPACE,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _ARTICLE_PROCLITICS,
    _EXCLUDED,
    _PERSON_VERBS,
    _KIN,
    _NAMING,
    _PROCLITICS,
    _given,
    _known,
    _participle,
    _surname,
    _verb_shaped,
    occupational,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import (
    _CLOSED_ONLY,
    _after_glued,
    _family_end,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS, ARABIC_COMMON, ARABIC_NISBA_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

_CLIENT = frozenset(ARABIC_CLIENT_WORDS)
_CUE_GAP = re.compile(r"\s*[:：]?\s*")
_CLIENT_ADJECTIVES = frozenset(
    "جديدة جديد قديمة قديم دائمة دائم مميزة مميز "
    "الجديدة الجديد القديمة القديم الدائمة الدائم المميزة المميز الكريمة الكريم الوفية الوفي "
    "العزيزة العزيز المعروفة المعروف الكامل الثلاثي الرباعي".split()  # "الاسم الكامل: …"
)
# "شيخة" is a given name ("شيخة الفلاسي") and, before a given name, a title ("شيخة موزة").
_GIVEN_OR_TITLE = frozenset({"شيخة", "شيخه", "شيخ"})
_DIGIT_AFTER = re.compile(r"\s*[(（]?\s*[0-9٠-٩]")
# After a naming word, a space or a label's colon ("الاسم: منى الخضير"); not a comma ("اسمها، اسمها بشرى")
_LABEL_GAP = re.compile(r"[ \t]*[:：][ \t]*|[ \t]+")
# After a kin word, a space or a label's punctuation: "زوجته رتيل", "زوجته: رتيل", "بنتها - رتيل -"
_KIN_GAP = re.compile(r"[ \t]*[:：،,\-–—][ \t]*|[ \t]+")


def _forms(word: str) -> list[tuple[int, str]]:
    """(offset, form) of a token without its proclitic: "ومريم" → مريم, "للكعبي" → الكعبي ("لبناني" is Lebanese)."""
    out = [(0, word)]
    if len(word) > 3 and word[0] in _PROCLITICS and "ال" + word not in ARABIC_NISBA_ADJECTIVES:
        out.append((1, word[1:]))
        if word.startswith("لل"):
            out.append((1, "ال" + word[2:]))
        if word[1] in "لب" and word[0] in "وف" and len(word) > 4:
            out.append((2, word[2:]))
    return out


_CLAUSE_VERB_AFTER = re.compile(r"[ \t]+(?=[\u0621-\u064a])")


def _unknown_kin_given(word: str) -> bool:
    """A word after a kin word that may be the relative's given name: missing from the lexicon,
    no listed word, adjective, participle, adverb (-ا) or verb by its shape."""
    return (
        len(word) >= 3
        and not _known(word)
        and word not in _EXCLUDED
        and not word.startswith("ال")
        and not word.endswith(("ا", "ة", "و", "يه", "ين", "ات", "ون"))  # "كبيرة", "برضو", "أيضا"
        and word[0] not in "يت"
        and not _verb_shaped(word)
        and not _participle(word)
        and not is_concept_word(word)
        and not (word[0] in _PROCLITICS and (word[1:] in _EXCLUDED or word[1:] in _KIN))
    )


# What a note says of a relative or a client right after the kin word: an age, a state, a
# trade ("ولدها صغير،", "زوجها تاجر ذهب.", "ابنها بطل سباحة.", "ولدها مراهق،").
DESCRIBED = frozenset(
    """صغير كبير مراهق متقاعد مريض مسافر رضيع طفل شاب عريس خطيب مشغول تعبان زعلان مبسوط حامل مطلق
    أرمل ارمل طالب دكتور مهندس محامي محام تاجر طيار ضابط لاعب بطل مدير موظف معلم مدرس أستاذ استاذ
    طبيب جراح صيدلي فنان رسام مصور مصمم كاتب صحفي مذيع ممثل مغني رياضي سفير وزير نائب رئيس شيخ عروس
    عسكري طباخ شيف مستثمر رجل ولد بنت مواطن مقيم زائر سائح أجنبي اجنبي خليجي عربي جديد قديم
    عصبي هادي هادئ خجول حساس ذكي شاطر عنيد مدلل وحيد كبيرهم صغيرهم الكبير الصغير الكبيرة
    الصغيرة أعزب اعزب شقي مدلع دلوع رايق راعي عجول ملول حنون رضيع توأم توام كسول غيور صبور
    عصبية هادية خجولة حساسة ذكية شاطرة عنيدة مدللة وحيدة شقية مدلعة دلوعة رايقة عجولة ملولة حنونة
    رضيعة كسولة غيورة صبورة صغيرة كبيرة مراهقة متقاعدة مريضة مسافرة طالبة مشغولة تعبانة زعلانة
    مبسوطة عروسة شايب شايبة عجوز نحيف نحيفة نشيط نشيطة رشيق رشيقة طويل طويلة قصير قصيرة""".split()
)


def word_after_client(text: str, first: re.Match[str]) -> bool:
    """A given name that is an ordinary word too right after a client word, where the sentence
    goes on as with an adjective ("العميل كريم مع الموظفين", "زبونة كريمة جداً", "العميل سعيد
    بالساعة", "العميلة جميلة وأنيقة"): a name only before a verb ("العميلة أمل تحب"), a family
    name or punctuation after a family name."""
    word = first.group()
    if word not in person_names().ambiguous or word.startswith("ال"):
        return False
    gap = _SPACE.match(text, first.end())
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap and "\n" not in gap.group() else None
    if not nxt:
        return False  # "العميلة نور، …": punctuation closes the name
    after = nxt.group()
    if after in _INTENSIFIERS:
        return True  # "زبونة كريمة جداً"
    if _verb_shaped(after) and after[0] in "يتن" or after in _PERSON_VERBS:
        return False  # "العميلة أمل تحب الذهب"
    if after.startswith(("بال", "لل", "وبال")) or after[0] in "بل" and len(after) > 4 and not _known(after[1:]):
        return True  # "العميل سعيد بالساعة", "العميل صالح لبرنامج الولاء": happy with, fit for
    if after[0] == "و" and after.endswith(("ة", "ه")) and after[1:] not in _KIN and not _known(after[1:]):
        return True  # "العميلة جميلة وأنيقة": two adjectives
    return False


_INTENSIFIERS = frozenset("جداً جدا جدًا كثير كتير وايد مرة مره حيل شوي شوية مرّة للغاية".split())


def _name_after_cue(text: str, pos: int, *, unknown_ok: bool, kin: bool = False) -> PiiSpan | None:
    """The name standing at ``pos`` after a kin, client or naming word."""
    first = _ARABIC_WORD.match(text, pos)
    if not first:
        return None
    word = first.group()
    if word in _CLIENT_ADJECTIVES:  # "العميلة الجديدة جميلة الطاير", "عميلة جديدة: هند …"
        gap = _CUE_GAP.match(text, first.end())
        first = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if not first:
            return None
        word = first.group()
    if word in _KUNYA_WORDS:
        gap = _SPACE.match(text, first.end())
        child = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if child and child.group() not in _EXCLUDED:
            return PiiSpan(child.start(), _family_end(text, child.end())[0], "NAME")
        return None
    if word in _KIN or word in _NAMING or word in COMPOUND_FIRST or word.startswith("ال") and not (_surname(word) or _given(word)):
        return None  # (a naming word: "العميل اسمه …"; the naming rule takes the name after it)
    if is_concept_word(word) and not _known(word):
        return None  # "بنتها عروس،", "زوجها سكري": a word of the note after the kin word
    if word[0] in _PROCLITICS and (word[1:] in _KIN or word[1:] in _EXCLUDED) and not _given(word):
        return None  # "زوجته وبناته الثلاث": another kin word, no name
    if word in DESCRIBED and not _given(word):
        return None  # "ولدها صغير،", "زوجها تاجر ذهب.": what the relative is, not his name
    if word.endswith("وا") and not _known(word):
        return None  # "مع ابنه، اشتروا ساعتين": a verb in the plural after the kin word
    end, family = _family_end(text, first.end(), cue=_given(word))
    if _given(word) and (word not in _EXCLUDED or word in person_names().ambiguous):
        if _DIGIT_AFTER.match(text, first.end()):
            return None
        if not unknown_ok and not kin and word_after_client(text, first):
            return None  # "العميل كريم مع الموظفين", "زوجها كريم مع الكل": generous, no Karim
        return PiiSpan(first.start(), end, "NAME")
    if word in _EXCLUDED or len(word) < 3 or word.endswith(("ية", "يه")) or word.startswith(_ARTICLE_PROCLITICS):
        return None  # "بالخط", "وال…": a preposition glued to an article, no name
    if word[0] in "يت" and _verb_shaped(word) and word.endswith(("ها", "هم", "ه")):
        return None  # "العميل يريدها ملفوفة": a verb and its object pronoun, no name
    if family and end > first.end() and not _CLOSED_AFTER.match(text, first.end()) and not (
        family is _CLOSED_ONLY and (word.endswith(("ة", "انه", "ان")) or _participle(word) or is_concept_word(word) or kin and word[0] in "يت" and _verb_shaped(word))
    ):  # not "العميلة مليانة حماس.", "ولدها يتزوج قريبا.": an adjective or a verb, and its complement
        return PiiSpan(first.start(), end, "NAME")  # "الزبونة ديما قباني،", "زوجها كنان الحلبي"
    if (kin or unknown_ok) and _unknown_kin_given(word) and _CLAUSE_VERB_AFTER.match(text, first.end()):
        # "وزوجته لمار جاؤوا", "بنتها جنى تبي", "اسمه ديليب بيجي": after a kin or naming word, an
        # unknown word that a verb follows is the given name
        nxt = _ARABIC_WORD.match(text, _SPACE.match(text, first.end()).end())
        if nxt and _verb_shaped(nxt.group()) and not nxt.group().endswith(("ها", "هم", "ه")):
            return PiiSpan(first.start(), first.end(), "NAME")
    bare_kin = (
        kin and not word.endswith(("ة", "ه", "ا", "ى", "ي")) and not occupational(word) and not _participle(word)
        and not word.startswith(("تت", "يت"))  # "بنته تتخرج.": a reflexive verb, no name (not "تالين")
        and not ar_frequent(word)  # "بنتها نجحت.": a frequent word (a verb), no name
    )
    if (unknown_ok or bare_kin) and _CLOSED_AFTER.match(text, first.end()):
        # "اسمها جنان،"; after a kin word an unknown word closed by punctuation is a name too
        # ("زوجها زعيتر،"), unless shaped as an adjective, a nisba or an adverb ("بريطاني", "أيضا")
        return PiiSpan(first.start(), end, "NAME")
    nxt = _ARABIC_WORD.match(text, first.end() + 1) if unknown_ok and not kin and text[first.end() : first.end() + 1] == " " else None
    if nxt and nxt.group() in _EXCLUDED and not ar_frequent(word) and not is_concept_word(word) and not _verb_shaped(word):
        return PiiSpan(first.start(), first.end(), "NAME")  # "سميتها غيثة باللي …": a function word after the name
    return None


# Words after which a name names a place, a saint or an institution ("كنيسة مار الياس", "شارع
# الشيخ زايد", "مستشفى الملك فيصل", "جامعة الأمير سلطان"), possibly through a title.
_PLACE_BEFORE = frozenset(
    """مار القديس القديسة كنيسة الكنيسة جامع مسجد شارع طريق حي منطقة مدينة مستشفى مدرسة جامعة
    كلية معهد مركز برج فندق مول مطار ميناء جسر حديقة متحف قصر بوابة دوار ميدان ساحة شارعا
    بكنيسة بمسجد بشارع بمستشفى بجامعة بمدرسة بمركز بفندق بمول بمطار وشارع ومستشفى""".split()
)
_PLACE_TITLES = frozenset("الشيخ الملك الأمير الامير الإمام الامام السلطان الشيخة الأميرة".split())


def _names_a_place(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start].split()
    if len(before) >= 2 and before[-1] == "طريق" and before[-2] in ("عن", "وعن"):
        return False  # "عن طريق الكلباني": through her, no road
    if before and before[-1] in _PLACE_BEFORE:
        return True
    return len(before) >= 2 and before[-1] in _PLACE_TITLES and before[-2] in _PLACE_BEFORE


# A negation or "forgot" before a naming word: no name follows ("ماعرفش اسمه لسه", "ما قالت اسمها،
# نسيت اسمها")
_UNNAMED_BEFORE = re.compile(
    r"(?:(?<![\u0621-\u064a])(?:ما|مش|مو|مب|لم|لا|نسيت|نسيتو|نسينا|بدون|دون)|(?<![\u0621-\u064a])(?:ما[\u0621-\u064a]+ش|ماعرف|ماأعرف|مااعرف|ماقال|ماقالت|ماعطى|ماعطت|ماذكر|ماذكرت))"
    r"(?:[ \t]+[\u0621-\u064a]+)?[ \t]+$"
)


# "باسم" is a given name (Basim) and "in the name of" (ب + اسم): without a title or a person's
# verb before it, the preposition.
IN_THE_NAME_OF = frozenset({"باسم", "بإسم"})


def free_names(text: str) -> list[PiiSpan]:
    """Names without a title: known given and family names anywhere, and the name after a kin,
    client or naming word ("وبنتها شيخة", "الزبونة ديما قباني،", "اسمها ريم")."""
    spans = []
    lexicon = person_names()
    previous = prev_given = ""
    prev_start = 0
    for m in _ARABIC_WORD.finditer(text):
        token = m.group()
        for shift, form in _forms(token):
            start = m.start() + shift
            if form in _NAMING and _UNNAMED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                break  # "ماعرفش اسمه لسه", "ما عطى اسمه": the name was not given
            if form in _KIN or form in _NAMING or form in _CLIENT:
                gap = (_KIN_GAP if form in _KIN else _LABEL_GAP if form in _NAMING else _SPACE).match(text, m.end())
                if gap and "\n" not in gap.group():
                    span = _name_after_cue(text, gap.end(), unknown_ok=form in _NAMING, kin=form in _KIN)
                    if span:
                        spans.append(span)
                break
            if form == "عبد":
                end = _after_glued(text, m)
                if end > m.end():  # "عبد العزيز", "وعبد الرحمن": a theophoric given name in two words
                    spans.append(PiiSpan(start, _family_end(text, end)[0], "NAME"))
                break
            if form in _EXCLUDED and not shift:
                break  # "فعلا", "بكرة": a listed word, no proclitic before a name ("علا", "كرة")
            if form in _EXCLUDED or len(form) < 3:
                continue
            if form in IN_THE_NAME_OF:
                break  # "حجز باسم …", "يفاوض باسم العمال": "in the name of"; the name after it is the rules' of names
            if (form in lexicon.given or form in lexicon.surnames) and _names_a_place(text, m.start()):
                break
            if form in _GIVEN_OR_TITLE:
                gap = _SPACE.match(text, m.end())
                nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
                if nxt and nxt.group() in lexicon.given and nxt.group() not in _EXCLUDED - lexicon.ambiguous:
                    spans.append(PiiSpan(nxt.start(), _family_end(text, nxt.end())[0], "NAME"))
                    break  # "شيخة موزة": a title before her given name
            if form in lexicon.given:
                end, family = _family_end(text, m.end())
                if form not in lexicon.ambiguous or family is True and end > m.end():
                    if not (form in lexicon.ambiguous and previous in _KUNYA_WORDS):
                        spans.append(PiiSpan(start, end, "NAME"))
                break
            if (
                form in lexicon.surnames
                and form not in lexicon.ambiguous
                and form not in ARABIC_NISBA_ADJECTIVES
                and len(form) >= 4
            ):
                # "خالد النحاس": a given name that is a word too, right before the family name
                if previous and previous == prev_given and start == m.start():
                    start = prev_start
                spans.append(PiiSpan(start, m.end(), "NAME"))
                break
        previous = token
        gap_after = _SPACE.match(text, m.end())
        prev_given = (
            token if token in lexicon.given and token not in IN_THE_NAME_OF and token not in ARABIC_COMMON
            and gap_after and "\n" not in gap_after.group() else ""  # not "قالت ليا (to me) بناني"
        )
        prev_start = m.start()
    return spans
