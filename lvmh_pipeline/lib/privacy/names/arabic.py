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
مهتمة", "الأستاذ الجامعي")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_FAMILY_WORDS,
    ARABIC_KIN_WORDS,
    ARABIC_KUNYA,
    ARABIC_NISBA_ADJECTIVES,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    FILLERS,
    LATIN_TITLES,
)
from lvmh_pipeline.lib.privacy.names.arabic_shapes import (
    _ARTICLE_PROCLITICS,
    _CLIENT_AFTER,
    _EXCLUDED,
    _KIN,
    _NAMING,
    _PROCLITICS,
    _PHRASE_GIVEN,
    _PREVIOUS_WORD,
    _ROLE_ADJECTIVES,
    _ambiguous,
    _family_shaped,
    _given,
    _known,
    _participle,
    _person_before,
    _surname,
    _unknown_family,
    _unknown_given,
    occupational,
)
from lvmh_pipeline.lib.privacy.names.cues import alternation, parse_name
from lvmh_pipeline.lib.privacy.names.person_names import person_names

_LETTER = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_ARABIC_WORD = re.compile(f"[{_LETTER}]+")
_ARABIC_FILLERS = tuple(f for f in FILLERS if "\u0600" <= f[0] <= "\u06ff")
# A title may carry a proclitic: "والسيدة", "للسيدة" (for Mrs.), "بالسيد", "مع السيدة".
_TITLE_FORMS = ARABIC_TITLES + tuple(
    prefix + title[2:]
    for title in ARABIC_TITLES
    if title.startswith("ال")
    for prefix in ("لل", "بال", "كال", "فال")
)
# A title may be followed by a pause: "الدكتور... اه... حداد".
_TITLE = re.compile(rf"(?<![{_LETTER}])[وف]?(?:{alternation(_TITLE_FORMS)})(?=[\s/،,.:;؛)]|…|$)")
_TITLE_WORDS = frozenset(t for t in ARABIC_TITLES if not t.startswith("ال") and not t.endswith("."))
_SKIP = re.compile(
    rf"(?:\s+|/\s*ة(?![{_LETTER}])|/|و(?=\s*(?:{alternation(ARABIC_TITLES)}))"
    rf"|(?:{alternation(_ARABIC_FILLERS)})(?![{_LETTER}])|[،,.…(（]+)"
)
_CUE = re.compile(
    rf"(?<![{_LETTER}])(?:{alternation(ARABIC_FAMILY_WORDS + ARABIC_CLIENT_WORDS)})(?=\s)"
)
_AGE = r"\(?\s*\d{1,3}\s*(?:سنة|سنوات|عامًا|عاما|عام)"
_AGE_AFTER = re.compile(rf"\s*[،,:\-–—]?\s*(?:{_AGE}|\(\s*\d{{2}}\s*\))")
_LEADING = re.compile(
    rf"^[\s\-•*]*(?:(?:الاسم|العميل|العميلة|الزبون)\s*[:：]\s*)?([{_LETTER}]+(?:\s+[{_LETTER}]+){{0,2}}?)"
    r"\s*(?:[،,:(\-–—]|(?=\s*\d))"
)
_BRACKET_GIVEN = re.compile(rf"\s*\(\s*([{_LETTER}]+)\s*\)")
_NAME_THEN_AGE = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+(?:\s+[{_LETTER}]+)?)(?={_AGE_AFTER.pattern})")
_GIVEN_THEN_FAMILY = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(ال[{_LETTER}]+)")
_KIN_THEN_GIVEN = re.compile(rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KIN_WORDS)})\s+([{_LETTER}]+)")
# Family names that are ordinary adjectives listed as words ("the elder", "the younger"): a
# family name only right after a given name.
_ADJECTIVE_FAMILY = frozenset({"الكبير", "الصغير"})
_COMPOUND_FIRST = frozenset({"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أم", "ام", "آل", "بو", "أبي", "ابي"})
_KUNYA_WORDS = frozenset(ARABIC_KUNYA)
_POST_TITLES = frozenset(ARABIC_POST_TITLES)
# What closes a name: punctuation, a bracket, a dash, the end of the text, or Latin script
# (the name written again: "السيدة ريم ناصر (Reem Nasser)").
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[،,.:;؛()\[\]\-–—/]|$|\n)")
# "نادية هانم", "فريبا خانم": a given name before an honorific that follows names.
_BEFORE_POST_TITLE = re.compile(
    rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(?:{alternation(ARABIC_POST_TITLES)})(?![{_LETTER}])"
    rf"(?:\s+(ال[{_LETTER}]+))?"
)
# "أم فهد", "أبو خالد": the child's given name after a kunya.
_KUNYA = re.compile(rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KUNYA)})\s+([{_LETTER}]+)")
# "سالم وريم الكعبي": given names joined by the proclitic و before a family name or a known name.
_AND_GIVEN = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)\s+و([{_LETTER}]{{2,}})")
_SPACE = re.compile(r"\s+")
# "Mme الخياط", "Mr. النحاس": a Latin title before a name written in Arabic.
_LATIN_TITLE = re.compile(
    rf"(?<![A-Za-z])(?:{alternation(t for t in LATIN_TITLES if t[:1].isupper())})\.?[ \t]+(?=[{_LETTER}])"
)
_LATIN_START = re.compile(r"[A-ZÀ-Þ]")


def _extend(text: str, first: re.Match[str], limit: int = 4) -> int:
    """End of an Arabic name starting with ``first``: "عبد الله", "محمد بن راشد", "أحمد الخالدي"."""
    end = first.end()
    word = first.group()
    for _ in range(limit - 1):
        gap = _SPACE.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if nxt and nxt.group() == "الله" and end == first.end():
            end = nxt.end()  # "هبة الله", "عبد الله"
            continue
        if nxt and nxt.group().startswith("ال") and nxt.group() in person_names().surnames:
            end, word = nxt.end(), nxt.group()  # "وائل الخطيب": a family name that is a word too
            continue
        if nxt and nxt.group() in _ADJECTIVE_FAMILY and end == first.end() and _known(first.group()):
            end = nxt.end()  # "سلوى الكبير", "حسن الصغير": after a given name, a family name
            break
        if not nxt or nxt.group() in _EXCLUDED or nxt.group().lstrip("و") in _EXCLUDED:
            break
        if word in _COMPOUND_FIRST or nxt.group() in _COMPOUND_FIRST or nxt.group().startswith("ال"):
            end, word = nxt.end(), nxt.group()
            continue
        break
    return end


def _extend_compound(text: str, first: re.Match[str], end: int) -> int:
    """"منصف بن عمر", "أحمد أبو زيد": after بن / أبو the word belongs to the name even when it is
    an ordinary word too (عمر is "age")."""
    words = text[first.start() : end].split()
    if not words or words[-1] not in _COMPOUND_FIRST:
        gap = _SPACE.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if not (nxt and nxt.group() in _COMPOUND_FIRST and nxt.group() not in _KUNYA_WORDS - {"بو"}):
            return end
        end = nxt.end()
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if nxt and nxt.group() not in ARABIC_KIN_WORDS and nxt.group() not in _TITLE_WORDS:
        return nxt.end()
    return end


def _second_word(text: str, first: re.Match[str], end: int) -> int:
    """After a title, "السيدة ريم ناصر،": the word after the given name belongs to the name when
    it is a known name or when punctuation, a bracket or the end closes it."""
    if end != first.end() or first.group() in _COMPOUND_FIRST:
        return end
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if not nxt or len(nxt.group()) < 2:
        return end
    word = nxt.group()
    closed = _CLOSED_AFTER.match(text, nxt.end()) is not None
    if word in _TITLE_WORDS and closed:
        return nxt.end()  # "المهندس كريم سعادة،": a title word as a family name
    if word in _EXCLUDED or word.lstrip("و") in _EXCLUDED or word.startswith("و"):
        return end
    if word.startswith(_ARTICLE_PROCLITICS) and not _known(word) or _participle(word):
        return end  # "بالمجوهرات", "المحترم": no family name
    if _known(word):
        return nxt.end()
    if _glued_family(word):
        return _after_glued(text, nxt)  # "السيدة زينب بنعبد الله"
    # "السيدة عائشة نباتية.": a feminine adjective (-ية) says something of her, no family name
    if closed and not (len(word) >= 5 and word.endswith(("ية", "يه"))):
        return nxt.end()
    if _unknown_family(text, nxt):
        return nxt.end()  # "الست ليلى نجيم تحب الذهب"
    return end


def _after_title(text: str, pos: int) -> PiiSpan | None:
    span = _after_title_words(text, pos)
    if span is None:
        # "السيدة سعادة جات": a family name that is a title word too, taken for a second title
        cursor, steps = pos, 0
        while steps < 6:
            m = _SKIP.match(text, cursor)
            if not m or m.end() == cursor:
                break
            cursor, steps = m.end(), steps + 1
        word = _ARABIC_WORD.match(text, cursor)
        if word and _title_surname(word.group()):
            return PiiSpan(word.start(), word.end(), "NAME")
    return span


def _title_surname(word: str) -> bool:
    """"سعادة" (Excellency) is the family name Saadeh too."""
    return word in person_names().surnames and word in _TITLE_WORDS


def _after_title_words(text: str, pos: int) -> PiiSpan | None:
    cursor, steps = pos, 0
    while steps < 6:
        m = _SKIP.match(text, cursor) or _TITLE.match(text, cursor)
        if not m or m.end() == cursor:
            break
        cursor, steps = m.end(), steps + 1
    first = _ARABIC_WORD.match(text, cursor)
    if first:
        if first.group() in _KUNYA_WORDS:  # "الحاجة أم كلثوم", "الشيخ أبو خالد"
            gap = _SPACE.match(text, first.end())
            child = _ARABIC_WORD.match(text, gap.end()) if gap else None
            if child and child.group() not in _EXCLUDED:
                return PiiSpan(child.start(), _family_end(text, child.end())[0], "NAME")
            return None
        word = first.group()
        if word in _EXCLUDED and not (
            word in person_names().given and word not in ARABIC_KIN_WORDS
            or word.startswith("ال") and word in person_names().surnames and word not in ARABIC_KIN_WORDS
        ):
            return None  # "السيدة عندها …"; not "السيد عمر", "السيدة الخطيب": names that are words too
        if _participle(word) or word.startswith(_ARTICLE_PROCLITICS) and not _known(word) or word in _ROLE_ADJECTIVES:
            return None  # "السيدة مهتمة بالمجوهرات", "الدكتور المعالج", "الأستاذ الجامعي"
        if not first.group().startswith("ال") and "ال" + first.group() in ARABIC_NISBA_ADJECTIVES:
            return None  # "أستاذ جامعي", "دكتور نفسي": a role; "السيدة الفارسي" is a family name
        end = _extend(text, first)
        return PiiSpan(first.start(), _second_word(text, first, _extend_compound(text, first, end)), "NAME")
    if _LATIN_START.match(text, cursor):  # "السيدة Dubois", "السيد Al-Mansouri"
        end = parse_name(text, cursor, strict=False)
        if end is not None:
            return PiiSpan(cursor, end, "NAME")
    return None





def arabic_names(text: str) -> list[PiiSpan]:
    spans = []
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
        if first and first.group() not in _EXCLUDED and (
            _known(first.group()) or first.group().startswith("ال") or m.group() == "آل"
        ):
            spans.append(PiiSpan(first.start(), _extend(text, first), "NAME"))
    lead = _LEADING.match(text)
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
        if not any(w in _EXCLUDED for w in words) and (
            aged or any(_known(w) and w not in person_names().ambiguous for w in words)
        ):
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
        if m.group(1) not in _EXCLUDED and m.group(1).lstrip("و") not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            if m.group(2) and m.group(2) not in _EXCLUDED:
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _KUNYA.finditer(text):
        word = m.group(1)
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
    return spans


# --- names without a title ------------------------------------------------------------------

_CLIENT = frozenset(ARABIC_CLIENT_WORDS)
_CUE_GAP = re.compile(r"\s*[:：]?\s*")
_CLIENT_ADJECTIVES = frozenset(
    "جديدة جديد قديمة قديم دائمة دائم مميزة مميز "
    "الجديدة الجديد القديمة القديم الدائمة الدائم المميزة المميز الكريمة الكريم الوفية الوفي "
    "العزيزة العزيز المعروفة المعروف".split()
)
# "شيخة" is a given name ("شيخة الفلاسي") and, before a given name, a title ("شيخة موزة").
_GIVEN_OR_TITLE = frozenset({"شيخة", "شيخه", "شيخ"})
_DIGIT_AFTER = re.compile(r"\s*[(（]?\s*[0-9٠-٩]")


def _forms(word: str) -> list[tuple[int, str]]:
    """(offset, form) of a token without its proclitic: "ومريم" → مريم, "للكعبي" → الكعبي."""
    out = [(0, word)]
    if len(word) > 3 and word[0] in _PROCLITICS:
        out.append((1, word[1:]))
        if word.startswith("لل"):
            out.append((1, "ال" + word[2:]))
        if word[1] in "لب" and word[0] in "وف" and len(word) > 4:
            out.append((2, word[2:]))
    return out


def _nisba(word: str) -> bool:
    """"الكعبي", "المنصوري": a family name by its shape, no adjective."""
    return (
        word.startswith("ال")
        and word.endswith("ي")
        and len(word) >= 6
        and word not in ARABIC_NISBA_ADJECTIVES
        and word not in _EXCLUDED
    )


class _ClosedOnly:
    """A family name shown by punctuation only ("ديما قباني،"): enough after a client or kin word
    or a known given name, not after a given name that is an ordinary word ("نجمة ميشلان،")."""

    def __bool__(self) -> bool:
        return True


_CLOSED_ONLY = _ClosedOnly()


def _glued_family(word: str) -> bool:
    """"بنجلون", "بنعبد", "بوحمد": a Maghrebi or Gulf family name glued to بن / بو."""
    return len(word) >= 5 and word.startswith(("بن", "بو")) and word not in _EXCLUDED and word not in _KIN


def _after_glued(text: str, word: re.Match[str]) -> int:
    """"بنعبد الله", "بوعبد الرحمن": the word after a glued name ending in عبد belongs to it."""
    if word.group().endswith("عبد"):
        gap = _SPACE.match(text, word.end())
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if nxt and nxt.group().startswith("ال"):
            return nxt.end()
    return word.end()


def _family_end(text: str, end: int, limit: int = 3, *, cue: bool = False) -> tuple[int, bool]:
    """End of a name whose given name ends at ``end``, with the family name after it, and
    whether a family name was found ("ريم البلوشي", "منى عبد الحميد", "سامي بن يوسف",
    "هبة الله منصور", "ديما قباني،")."""
    cursor, family = end, False
    for _ in range(limit):
        gap = _SPACE.match(text, cursor)
        if not gap or "\n" in gap.group():
            break
        nxt = _ARABIC_WORD.match(text, gap.end())
        if not nxt:
            break
        word = nxt.group()
        if word == "الله" and cursor == end:  # "هبة الله", "عطا الله": one given name
            cursor = nxt.end()
            continue
        if word.startswith("ال") and _surname(word):  # "خالد الخطيب", "ريم الشيخ"
            cursor, family = nxt.end(), True
            continue
        if cue and cursor == end and _family_shaped(word):
            cursor, family = nxt.end(), True  # "زوجها خالد البيطار": after a kin or client word
            continue
        if word in _EXCLUDED or word in _KIN or word in _NAMING or word.startswith(_ARTICLE_PROCLITICS) and not _known(word):
            break
        if word[0] in _PROCLITICS and (word[1:] in _EXCLUDED or word[1:] in _KIN) and not _known(word):
            break  # "لزوجها", "ومع": a proclitic before a word, no family name
        if word in _COMPOUND_FIRST:
            gap2 = _SPACE.match(text, nxt.end())
            part = _ARABIC_WORD.match(text, gap2.end()) if gap2 else None
            if not part or part.group() in _EXCLUDED:
                break
            cursor, family = part.end(), True
            continue
        if (
            _surname(word) or _nisba(word) or occupational(word)
            or word.startswith("ال") and _given(word) and not _ambiguous(word)
        ):
            cursor, family = nxt.end(), True
            continue
        if _glued_family(word):
            cursor, family = _after_glued(text, nxt), True
            continue
        if word[0] == "و":
            break  # "خالد ومريم": a second person
        closed = _CLOSED_AFTER.match(text, nxt.end()) is not None
        if closed and len(word) >= 3 and not word.endswith(("ية", "يه")) and not word.startswith("ال"):
            return nxt.end(), _CLOSED_ONLY if not family else True
        if _given(word) and not _ambiguous(word) and cursor == end:
            cursor = nxt.end()  # "محمد أحمد الكعبي": a father's name between
            continue
        break
    return cursor, family


def _name_after_cue(text: str, pos: int, *, unknown_ok: bool) -> PiiSpan | None:
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
    if word in _KIN or word in _COMPOUND_FIRST or word.startswith("ال") and not (_surname(word) or _given(word)):
        return None
    if word[0] in _PROCLITICS and (word[1:] in _KIN or word[1:] in _EXCLUDED) and not _given(word):
        return None  # "زوجته وبناته الثلاث": another kin word, no name
    end, family = _family_end(text, first.end(), cue=_given(word))
    if _given(word) and (word not in _EXCLUDED or word in person_names().ambiguous):
        if _DIGIT_AFTER.match(text, first.end()):
            return None
        return PiiSpan(first.start(), end, "NAME")
    if word in _EXCLUDED or len(word) < 3 or word.endswith(("ية", "يه")) or word.startswith(_ARTICLE_PROCLITICS):
        return None  # "بالخط", "وال…": a preposition glued to an article, no name
    if family and end > first.end() and not _CLOSED_AFTER.match(text, first.end()):
        return PiiSpan(first.start(), end, "NAME")  # "الزبونة ديما قباني،", "زوجها كنان الحلبي"
    if unknown_ok and _CLOSED_AFTER.match(text, first.end()):
        return PiiSpan(first.start(), end, "NAME")  # "اسمها جنان،"
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
    if before and before[-1] in _PLACE_BEFORE:
        return True
    return len(before) >= 2 and before[-1] in _PLACE_TITLES and before[-2] in _PLACE_BEFORE


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
            if form in _KIN or form in _NAMING or form in _CLIENT:
                gap = _SPACE.match(text, m.end())
                if gap and "\n" not in gap.group():
                    span = _name_after_cue(text, gap.end(), unknown_ok=form in _NAMING)
                    if span:
                        spans.append(span)
                break
            if form in _EXCLUDED or len(form) < 3:
                continue
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
        prev_given = token if token in lexicon.given and gap_after and "\n" not in gap_after.group() else ""
        prev_start = m.start()
    return spans
