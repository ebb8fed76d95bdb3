"""Checks of the words around an Arabic candidate (descriptions, adjectives, post-titles); leading families."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_NISBA_ADJECTIVES,
    ARABIC_TITLES,
)
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ar_frequent
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _AGE_AFTER, _LETTER, _STAFF_WORDS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _glued_family, _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _ARTICLE_PROCLITICS,
    _EXCLUDED,
    _KIN,
    _NAMING,
    _PERSON_PREPOSITIONS,
    _PERSON_VERBS,
    _family_shaped,
    _known,
    _participle,
    _surname,
    _verb_shaped,
    occupational,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

# Words that open a note before an age or a client word without being a name.
_PERSON_WORDS = _KIN | _NAMING | frozenset(ARABIC_CLIENT_WORDS) | frozenset(ARABIC_TITLES) | frozenset(
    "العمر عمر عمرها عمره السن سن العميل العميلة الزبون الزبونة الزوج الزوجة".split()
)

# Words that describe the client at the start of a note ("سائحة، ٣٠ سنة", "شاب، ٢٥ سنة").
_DESCRIPTIONS = frozenset(
    """شاب شابة رجل امرأة سيدة طفل طفلة ولد بنت سائح سائحة زائر زائرة مطلق مطلقة أرمل أرملة ارملة
    عروس عريس متزوج متزوجة أعزب عزباء موظف موظفة مقيم مقيمة مواطن مواطنة وافد وافدة خليجي خليجية
    مغترب مغتربة كبير كبيرة صغير صغيرة""".split()
)
_MASDAR = re.compile(rf"ت[{_LETTER}]{{2}}ي[{_LETTER}]")  # "تحديث، …", "تذكير، …", "تسليم، …"


def _describes_client(word: str) -> bool:
    """A word that opens a note to say who the client is, not what she is called: a description,
    a nationality or origin ("إماراتية", "سعودي", "الإماراتية"), a listed word, a verbal noun."""
    if _known(word) and word not in person_names().ambiguous or _surname(word):
        return False
    return (
        word in _DESCRIPTIONS
        or word.endswith(("ية", "يه"))
        or word in ARABIC_NISBA_ADJECTIVES
        or "ال" + word in ARABIC_NISBA_ADJECTIVES
        or word in _EXCLUDED
        or _MASDAR.fullmatch(word) is not None
        or word in _ROLE_AFTER
    )


# Adjectives of the فعيل / فاعل shapes and others a note puts after "العميل" ("العميل الجديد",
# "الزبونة الوفية", "الزوجان الجديدان"); family names so shaped are in the lexicon.
_CLIENT_ADJECTIVES = frozenset(
    """الجديد القديم الكبير الصغير الدائم المهم الشاب الوفي اللطيف الغني المعروف المشهور الكريم
    الطيب العزيز الحبيب الأول الاول الأخير الاخير الثاني الثالث الحالي السابق اللاحق المعتاد
    المعتمد المميز المفضل الخاص الهادئ الهادي الراقي الفخم الكبيرة الأنيق الانيق الذواق العصبي
    المتطلب الصعب السهل القادم الجاي الماضي اللي الذي التي هذا هذي هذه ذاك ذي""".split()
)


def _adjective_after_cue(word: str) -> bool:
    """"العميل الجديد", "العميلة اللبنانية", "العميل المعتاد", "الزوجان الجديدان": an adjective
    (a nationality, a participle, a feminine, dual or plural form) after a client or couple word,
    no family name. Known family names and nisbas that are no adjective stay names."""
    if _known(word) and word not in person_names().ambiguous:
        return False
    stem = word[:-1] if word.endswith(("ة", "ه")) else word[:-2] if word.endswith(("ان", "ين", "ون", "ات")) else word
    return (
        word in _CLIENT_ADJECTIVES
        or stem in _CLIENT_ADJECTIVES
        or word in ARABIC_NISBA_ADJECTIVES
        or stem in ARABIC_NISBA_ADJECTIVES
        or word.endswith(("ية", "يه", "ة", "ان", "ات", "ون", "ين"))
        or _participle(word)
        or re.fullmatch(r"ال[\u0621-\u064a]{2}ي[\u0621-\u064a]", word) is not None  # فعيل: الجديد
        or is_concept_word(word)
    )


# Cities named like a parent ("أبو ظبي" Abu Dhabi, "أم القيوين", "أم درمان", "أم سقيم").
_KUNYA_PLACES = frozenset("ظبي ظبى القيوين درمان سقيم السقيم صقيم قصر هيل الرصاص".split())
# Post-titles that are ordinary words too: "بك" (with you: "نرحب بك"), "بيك", "بيه", "جان" (Jean:
# "جان بول غوتييه"). The word before is a name only if the lexicon knows it ("أحمد بيك").
_AMBIGUOUS_POST_TITLES = frozenset({"بك", "بيك", "بيه", "جان", "آغا"})


def _ordinary_before_post_title(text: str, m) -> bool:
    """"نرحب بك", "فستان جان بول": the word before an ambiguous post-title is no known name."""
    word = m.group(1)
    title = text[m.end(1) : m.end()].split()[0]
    if is_concept_word(word) and not _known(word):
        return True
    return title in _AMBIGUOUS_POST_TITLES and not (
        word in person_names().given or word.lstrip("و") in person_names().given
    )


# The first word of a note and the word after it: "القبيسي يبحث عن …", "لوتاه عميل …", "الهاملي 52 …".
_LEADING_PAIR = re.compile(
    rf"^[\s\-•*]*([{_LETTER}]+)[ \t]*(?:[ \t]|([،,:\-–—])[ \t]*)(?:([{_LETTER}]+)|[0-9٠-٩])"
)
# What a note says of its client right after the name: a profession or a role.
_ROLE_AFTER = frozenset(
    """رجل سيدة طبيب طبيبة دكتور دكتورة مهندس مهندسة محامي محامية محام مدير مديرة مديرة مصرفي
    مصرفية مستثمر مستثمرة رائد رائدة مؤسس مؤسسة صاحب صاحبة مالك مالكة تاجر تاجرة موظف موظفة
    أستاذ أستاذة استاذ استاذة معلم معلمة طالب طالبة متقاعد متقاعدة طيار مضيفة صيدلي صيدلانية
    مستشار مستشارة مصمم مصممة فنان فنانة صحفي صحفية مصور مصورة ضابط لاعب لاعبة سفير سفيرة
    دبلوماسي دبلوماسية وزير وزيرة نائب رئيس رئيسة شيف جراح جراحة أم أب جد جدة أرملة ارملة
    مقيم مقيمة زائر زائرة سائح سائحة مواطن مواطنة من في حوالي تقريبا""".split()
)
_AGE_WORDS = frozenset("عمره عمرها عمرو بعمر".split())
_HAS = frozenset("عنده عندها عندو".split())
_BARE_AGE = re.compile(r"[0-9٠-٩]{0,2}[ \t]*(?:[،,)\-–—]|$)")
_CLIENT = frozenset(ARABIC_CLIENT_WORDS)


_SON_OF = frozenset("بن ابن آل أبو ابو".split())


def _cut_before_kin(run: str) -> str:
    """The words of ``run`` before the first kin or listed word, with or without و."""
    kept: list[str] = []
    for word in run.split():
        bare = word[1:] if word[0] in "وف" and len(word) > 3 else word
        if kept and kept[-1] in _SON_OF:
            pass  # "بن عمر": after "son of", "house of" a word is a name, whatever else it means
        elif word in _KIN or bare in _KIN or word in _EXCLUDED or bare in _EXCLUDED and word not in person_names().given:
            break
        kept.append(word)
    return " ".join(kept)


def frequent_with_article(word: str) -> bool:
    """"المهم", "الشحن": a frequent word with the article, no known or craft family name."""
    return word.startswith("ال") and ar_frequent(word[2:]) and not _known(word) and not occupational(word)


def _plain_given(word: str | None) -> bool:
    """A known given name that is no ordinary word too."""
    lexicon = person_names()
    return word is not None and word in lexicon.given and word not in lexicon.ambiguous and word not in _EXCLUDED


def _leading_family(text: str) -> list[PiiSpan]:
    """A family name missing from the lexicon opens the note without punctuation: a nisba or a
    craft name ("القبيسي يبحث عن ساعة", "الغفلي جا اليوم", "الهاملي 52 سنه", "اليماحي وزوجته
    …"), or any other word before a client or age word ("لوتاه عميل قديم", "الفلاحي عمره …").
    A nisba, an adjective too or not, is the family name before a known given name ("السويدي أحمد
    جاء", "الطائي أحمد جاء"); a name glued to بو before "and his wife" or a person's verb is one ("بوخمسين وزوجته").
    Adjectives, listed words and terms of the note stay ("الرياضي يناسبه", "الذهبي تحبه")."""
    m = _LEADING_PAIR.match(text)
    if not m:
        return []
    word, pause, nxt = m.group(1), m.group(2), m.group(3)
    if pause == ":" and not _known(word) and not _nisba(word):
        return []  # "الاسم: يوسف", "العنوان: …": a field's label, then its value
    if word in ARABIC_NISBA_ADJECTIVES and _plain_given(nxt):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "السويدي أحمد جاء": the family name, then the given name
    if (
        len(word) < 3 or word in _EXCLUDED or word in _PERSON_WORDS or word in ARABIC_NISBA_ADJECTIVES
        or is_concept_word(word) and not _known(word) or _participle(word)
        or word.startswith(_ARTICLE_PROCLITICS) or word[0] in "وف" and word[1:] in _EXCLUDED
        or _describes_client(word) or word in _STAFF_WORDS  # "السواق تأخر": the driver was late
        or frequent_with_article(word) and nxt is not None and nxt not in _CLIENT  # "الشحن، مجاني": a word of the note
    ):
        return []
    shaped = _nisba(word) or occupational(word) or word.startswith("ال") and len(word) == 5 and word.endswith("ي")
    plain = not (word.endswith(("ة", "ية", "يه", "ات")) or _verb_shaped(word) or word.startswith("ال"))
    if nxt is None:  # a number after it: "الهاملي 52 سنة", "لوتاه، ٦٠،" (not "الرجالي، ٣ موديلات")
        ok = (shaped or pause is not None and plain) and (
            _AGE_AFTER.match(text, m.end(1)) is not None or _BARE_AGE.match(text, m.end()) is not None
        )
    elif nxt in _CLIENT or nxt in _AGE_WORDS:
        ok = shaped or plain
    elif pause is None and _plain_given(nxt):
        ok = shaped  # "الطائي أحمد جاء": a nisba missing from the lexicon, then a known given name
    elif pause is not None and shaped and pause in "،,":
        ok = True  # "القبيسي، زيارة سريعة": a nisba closed by a comma at the start of a note
    elif pause is not None and nxt in _ROLE_AFTER:
        ok = shaped or plain or _family_shaped(word)  # "الهاملي، مهندس، ٤٠ سنة", "لوتاه، رجل أعمال"
    else:
        ok = (shaped or pause is not None and _family_shaped(word)) and (
            _verb_shaped(nxt) and (nxt in _HAS or not nxt.endswith(("ه", "ها", "هم", "هن")))
            or nxt[0] == "و" and nxt[1:] in _KIN
        ) or _glued_family(word) and not is_concept_word(word) and (
            nxt in _PERSON_VERBS or nxt[0] == "و" and nxt[1:] in _KIN
        )  # not "السويسري يفضله", "العودي تحبه": an object pronoun says the word is a thing; "بوخمسين وزوجته"
    return [PiiSpan(m.start(1), m.end(1), "NAME")] if ok else []


# A verb of meeting or a preposition before a person, then a word with the article ending in ي.
_PERSON_THEN_NISBA = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)[ \t]+(ال[{_LETTER}]{{3,}}ي)(?![{_LETTER}])")


# Words after which a nisba names a person too: "هدية من القبيسي", "مريم بنت الهاملي".
_NISBA_CUES = frozenset("من ومن بنت بن ابن ابنة إبن".split())


def _nisba_after_person_word(text: str) -> list[PiiSpan]:
    """"تكلمت مع الهاملي،", "اتصل الغفلي يسأل": after a verb of meeting or مع / عن, a nisba that is
    no adjective nor a term of the note is a family name (not "مع الذهبي", "عن الرياضي")."""
    spans = []
    for m in _PERSON_THEN_NISBA.finditer(text):
        cue, word = m.group(1), m.group(2)
        if (cue in _PERSON_VERBS or cue in _PERSON_PREPOSITIONS or cue in _NISBA_CUES) and _nisba(word) and not (
            is_concept_word(word) and not _known(word)
        ):
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    return spans
