"""Names in Arabic notes: after titles (السيد، السيدة، الأستاذ، الدكتور، الشيخة …) in Arabic or
Latin script, after family and client words, at the start of a note, before an age, and known
given names followed by a family name ("أحمد الخالدي").

Arabic notes name people without a title too, in every register: "زارتنا نورة القحطاني",
"اتصل الشامسي", "وبنتها شيخة", "زوجها فيصل", "اسمها ريم", "أم سلطان", "بو عبدالله". A known
given name that is no ordinary word is a name wherever it stands (with a proclitic و / ل / ب
too), and it takes the family name after it: a known one, a compound ("بن يوسف", "عبد الحميد",
"أبو خليل"), a nisba that is no adjective ("الكعبي", not "الذهبي"), or a word that punctuation
closes ("ديما قباني،"). A known family name that is no ordinary word is a name anywhere.

Family names that are words (:mod:`.arabic_shapes`): a craft with the article ("النحاس",
"الخياط", "الحداد") after a given name, even one that is a word too ("أمل الخياط"); a listed word
that the lexicon knows as a family name after a title ("السيدة الخطيب"); "سعادة" (Excellency)
after a given name; a word missing from the lexicon between a title and given name and a verb
("الست ليلى نجيم تحب …"). Participles and role adjectives after a title are no names ("السيدة
مهتمة", "الأستاذ الجامعي").

The rules after a title live in :mod:`.arabic_titles`, those without one in
:mod:`.arabic_free`, shared patterns in :mod:`.arabic_common`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.arabic_common import (
    _AGE_AFTER,
    _AND_GIVEN,
    _ARABIC_WORD,
    _BEFORE_POST_TITLE,
    _BRACKET_GIVEN,
    _CLOSED_AFTER,
    _CUE,
    _GIVEN_THEN_FAMILY,
    _KIN_THEN_GIVEN,
    _KUNYA,
    _LATIN_TITLE,
    _LETTER,
    _LEADING,
    _NAME_THEN_AGE,
    _SPACE,
    _TITLE,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic_free import _nisba, free_names, word_after_client
from lvmh_pipeline.lib.privacy.names.scripts.arabic_leading import leading_subject
from lvmh_pipeline.lib.privacy.names.scripts.arabic_shapes import (
    _CLIENT_AFTER,
    _EXCLUDED,
    _KIN,
    _PERSON_PREPOSITIONS,
    _PERSON_VERBS,
    _NAMING,
    _PHRASE_GIVEN,
    _PREVIOUS_WORD,
    _ARTICLE_PROCLITICS,
    _ambiguous,
    _family_shaped,
    day_part,
    _participle,
    _verb_shaped,
    _given,
    _known,
    _person_before,
    _surname,
    _unknown_family,
    _unknown_given,
    occupational,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic_titles import _after_title, _extend, _title_surname
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS, ARABIC_FAMILY_WORDS, ARABIC_NISBA_ADJECTIVES, ARABIC_TITLES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
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


def _cut_before_kin(run: str) -> str:
    """The words of ``run`` before the first kin or listed word, with or without و."""
    kept = []
    for word in run.split():
        bare = word[1:] if word[0] in "وف" and len(word) > 3 else word
        if word in _KIN or bare in _KIN or word in _EXCLUDED or bare in _EXCLUDED and word not in person_names().given:
            break
        kept.append(word)
    return " ".join(kept)


def _leading_family(text: str) -> list[PiiSpan]:
    """A family name missing from the lexicon opens the note without punctuation: a nisba or a
    craft name ("القبيسي يبحث عن ساعة", "الغفلي جا اليوم", "الهاملي 52 سنه", "اليماحي وزوجته
    …"), or any other word before a client or age word ("لوتاه عميل قديم", "الفلاحي عمره …").
    Adjectives, listed words and terms of the note stay ("الرياضي يناسبه", "الذهبي تحبه")."""
    m = _LEADING_PAIR.match(text)
    if not m:
        return []
    word, pause, nxt = m.group(1), m.group(2), m.group(3)
    if (
        len(word) < 3 or word in _EXCLUDED or word in _PERSON_WORDS or word in ARABIC_NISBA_ADJECTIVES
        or is_concept_word(word) and not _known(word) or _participle(word)
        or word.startswith(_ARTICLE_PROCLITICS) or word[0] in "وف" and word[1:] in _EXCLUDED
        or _describes_client(word)
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
    elif pause is not None and shaped and pause in "،,":
        ok = True  # "القبيسي، زيارة سريعة": a nisba closed by a comma at the start of a note
    elif pause is not None and nxt in _ROLE_AFTER:
        ok = shaped or plain or _family_shaped(word)  # "الهاملي، مهندس، ٤٠ سنة", "لوتاه، رجل أعمال"
    else:
        ok = (shaped or pause is not None and _family_shaped(word)) and (
            _verb_shaped(nxt) and (nxt in _HAS or not nxt.endswith(("ه", "ها", "هم", "هن")))
            or nxt[0] == "و" and nxt[1:] in _KIN
        )  # not "السويسري يفضله", "العودي تحبه": an object pronoun says the word is a thing
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


def arabic_names(text: str) -> list[PiiSpan]:
    spans = _leading_family(text) + _nisba_after_person_word(text) + leading_subject(text)
    for m in _TITLE.finditer(text):
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())
        if _title_surname(m.group()) and before and _known(before.group(1)) and before.group(1) not in _EXCLUDED:
            spans.append(PiiSpan(before.start(1), m.end(), "NAME"))  # "ليلى سعادة": her family name
            continue
        span = _after_title(text, m.end())
        if span and text[m.end() : m.end() + 1] in "،,":
            # "السيدة، اه، الخياط": a pause after the title; a known name or a family name only
            # ("زارتنا السيدة، واشترت …" goes on with a verb)
            first = text[span.start : span.end].split()[0]
            if not (_known(first) or first.startswith("ال") and first not in _EXCLUDED):
                continue
        if span:
            spans.append(span)
    for m in _LATIN_TITLE.finditer(text):
        span = _after_title(text, m.end())
        if span:
            spans.append(span)
    for m in _CUE.finditer(text):
        first = _ARABIC_WORD.match(text, _SPACE.match(text, m.end()).end())
        if first and m.group() in _CLIENT and word_after_client(text, first):
            continue  # "العميل كريم مع الموظفين", "زبونة كريمة جداً": an adjective
        if first and first.group() not in _EXCLUDED and (
            _known(first.group()) or first.group().startswith("ال") and not _adjective_after_cue(first.group())
            or m.group() == "آل"
            or m.group() in ARABIC_FAMILY_WORDS and len(first.group()) >= 3
            and not first.group().endswith(("ة", "ه", "ا", "ى")) and _CLOSED_AFTER.match(text, first.end())
        ):  # "عائلة زعيتر،": a family word, then an unknown word closed by punctuation
            spans.append(PiiSpan(first.start(), _extend(text, first), "NAME"))
    lead = _LEADING.match(text)
    cut = _cut_before_kin(lead.group(1)) if lead else ""
    if lead and cut and cut != lead.group(1):
        # "الهاملي وزوجته ريم، …", "خالد وزوجته، ٤٠ سنة": the name ends before "and his wife"
        # (the kin rules take her name)
        if any(_known(w) for w in cut.split()):
            spans.append(PiiSpan(lead.start(1), lead.start(1) + len(cut), "NAME"))
        lead = None
    if lead:
        words = lead.group(1).split()
        aged = _AGE_AFTER.match(text, lead.end(1))
        bracket = _BRACKET_GIVEN.match(text, lead.end(1))
        if not aged and bracket and bracket.group(1) in person_names().given and len(words) == 1:
            aged = bracket  # "الخياط (ليلى)، 45 سنة": a family name, her given name in brackets
        if (
            not aged and len(words) == 2 and _given(words[0]) and words[0] not in _PHRASE_GIVEN
            and (_family_shaped(words[1]) or _unknown_family(text, _ARABIC_WORD.match(text, lead.end(1) - len(words[1]))))
            and (not _ambiguous(words[0]) or _CLIENT_AFTER.match(text, lead.end(1)))
        ):
            aged = lead  # "خالد البيطار، عميل قديم": a given name and a family name open the note
        lone = words[0] if len(words) == 1 and words[0] not in _PERSON_WORDS and len(words[0]) >= 3 else ""
        if lone and _describes_client(lone):
            lone = ""  # "سائحة، ٣٠ سنة", "شاب، ٢٥ سنة": who the client is, not a name
        if lone and not _known(lone) and is_concept_word(lone):
            lone = ""  # "حلال، …", "نباتية - …": a term of the note, not a name
        if len(words) == 1 and _describes_client(words[0]):
            aged = None  # "الإماراتية، ٤٥ سنة": a description before her age
        if not any(w in _EXCLUDED for w in words) and (
            aged or any(_known(w) and w not in person_names().ambiguous for w in words)
            or lone and _CLIENT_AFTER.match(text, lead.end(1))  # "سميث، عميل بريطاني"
        ) or lone and _AGE_AFTER.match(text, lead.end(1)):  # "الخطيب، ٥٠ سنة": a name before an age
            spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for m in _NAME_THEN_AGE.finditer(text):  # a known name before an age, anywhere
        words = m.group(1).split()
        while words and (words[0] in _EXCLUDED or not _known(words[0]) or words[0] in person_names().ambiguous):
            words = words[1:]
        if words and not any(w in _EXCLUDED or w.lstrip("و") in _EXCLUDED for w in words):
            name = " ".join(words)
            spans.append(PiiSpan(m.end(1) - len(name), m.end(1), "NAME"))
    for m in _GIVEN_THEN_FAMILY.finditer(text):
        given, family = m.group(1), m.group(2)
        if _person_before(text, m.start(1), given) and (
            given in person_names().given and _family_shaped(family)
            or _unknown_given(given) and (_surname(family) or _nisba(family) or occupational(family))
        ):
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))  # "اتصل خالد البيطار", "زارتنا ميثاء الخياط"
            continue
        if given in person_names().ambiguous and not (_surname(family) or _nisba(family) or occupational(family)):
            continue  # "نور الشمس": the light of the sun
        if given in person_names().given and family not in _EXCLUDED and family not in ARABIC_NISBA_ADJECTIVES:
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    for m in _KIN_THEN_GIVEN.finditer(text):
        if m.group(1) in person_names().given:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _BEFORE_POST_TITLE.finditer(text):
        if _ordinary_before_post_title(text, m):
            continue
        if m.group(1) not in _EXCLUDED and m.group(1).lstrip("و") not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            if m.group(2) and m.group(2) not in _EXCLUDED:
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _KUNYA.finditer(text):
        word = m.group(1)
        if word in _KUNYA_PLACES or is_concept_word(word):
            continue  # "أبو ظبي", "أم القيوين": a city, not a parent
        if word not in _EXCLUDED and (_known(word) or _CLOSED_AFTER.match(text, m.end(1))):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    spans += free_names(text)
    for m in _AND_GIVEN.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _EXCLUDED or second in _EXCLUDED or not (_known(first) or _known(second)):
            continue
        if not (_known(first) and _known(second)):
            # one unknown word: the pair must stand before a family name ("سالم وريم الكعبي")
            gap = _SPACE.match(text, m.end())
            family = _ARABIC_WORD.match(text, gap.end()) if gap else None
            if not (family and family.group().startswith("ال") and family.group() not in _EXCLUDED):
                continue
        gap = _SPACE.match(text, m.end())
        family = _ARABIC_WORD.match(text, gap.end()) if gap else None
        end = m.end(2)
        if family and family.group().startswith("ال") and family.group() not in _EXCLUDED:
            end = family.end()
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        spans.append(PiiSpan(m.start(2), end, "NAME"))
    if "العبد" in text:
        spans = [_with_abd_family(text, s) for s in spans]
    return [s for s in spans if not day_part(text, s.start, s.end)]  # "صباح اليوم": when, no one


_ABD_AFTER = re.compile(r"[ \t]+العبد")
_ABD_FAMILY_TAIL = re.compile(r"[ \t]+(?:الله|ال[\u0621-\u064a]{3,})")


def _with_abd_family(text: str, span: PiiSpan) -> PiiSpan:
    """"فيصل العبد اللطيف": a family name of two words, العبد and a divine name."""
    end = span.end
    if not text[span.start : end].endswith("العبد"):
        abd = _ABD_AFTER.match(text, end)
        if not abd:
            return span
        end = abd.end()  # "عبد الرحمن العبد الله": the given name found, the family name after it
    tail = _ABD_FAMILY_TAIL.match(text, end)
    return PiiSpan(span.start, tail.end(), span.kind) if tail else span
