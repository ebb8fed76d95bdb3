"""Names found next to names already found: the second pass of :func:`.names.find_names`.

Once a note has shown a name (by a title, an age, a kin word …), the words linked to it are
names too:

- the same name in another script, in brackets after it or before it: "Suzuki-san (鈴木)",
  "Mlle Nguyen (Linh)", "제니퍼 월시(Jennifer Walsh) 님", "كاترين دوبوا (Catherine Dubois)",
  "施耐德先生（Markus Schneider）", "Olivia Brown女士（布朗女士）";
- a given name standing next to a surname found elsewhere in the note: "Mrs Ward … Bridget
  Ward", "Mme Blanc Sylvie", "Schubert, Maximilian —", "Морозова Елена Аркадьевна",
  "نبيل حداد";
- a given name coordinated with a name: "James & Emma White", "Павел и Ксения";
- a given name after a pronoun that splits a couple: "lui Marco, lei Ilaria", "ele Rui, ela Sónia".

Every anchor is a span already found, an occurrence of its words, or a ``[NAME]`` placeholder
of an earlier pass. Linear in the text: each anchor looks at a few characters around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_COMMON,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    BRANDS,
    CONNECTORS,
    JA_HONORIFICS,
    JA_ROLE_WORDS,
    KO_HONORIFICS,
    KIN_WORDS,
    KO_ROLE_WORDS,
    NOT_NAMES,
    TITLE_WORDS_LOWER,
    ZH_COMMON_WORDS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
    ZH_TRANSLITERATION,
)
from lvmh_pipeline.lib.privacy.names.scripts.korean_bare import _KO_KIN_IN_BRACKETS, ko_full_name
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, alternation, is_capitalised, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.guard_words import COLOURS_AND_MATERIALS, FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.occurrences import name_occurrences
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["linked_names"]

_ARABIC = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
_HANGUL = "\uac00-\ud7af"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
_KANA = "\u30a0-\u30ff\u31f0-\u31ff"
_OTHER = "\u0900-\u097f\u0590-\u05ff\u0e00-\u0e7f\u0980-\u09ff\u0a00-\u0a7f"  # Devanagari, Hebrew, Thai …
_FOREIGN_WORD = re.compile(
    rf"[{_ARABIC}]+|[{_HANGUL}]+|[{_KANA}・ー]+|[\u3041-\u3096ー]+|[{_HAN}]+|[{_OTHER}]+|[\u0400-\u04ff]+"
)  # hiragana too: the reading of a name ("山本（やまもと）")
_PLACEHOLDER = re.compile(r"\[NAME\]")
_ARABIC_TITLES = frozenset(t.rstrip(".") for t in ARABIC_TITLES + ARABIC_POST_TITLES) | frozenset(
    p + t[2:] for t in ARABIC_TITLES if t.startswith("ال") for p in ("لل", "بال", "و", "ول")
) | frozenset("و" + t for t in ARABIC_TITLES)
_CJK_HONORIFICS = tuple(sorted(set(JA_HONORIFICS + ZH_HONORIFICS + KO_HONORIFICS), key=len, reverse=True))
_ROMAJI_SUFFIX = re.compile(
    r"-(?:san|sama|sensei|shi|kun|chan|[a-z]*nim|ssi|ji|jee|sahib|saab|"
    r"сан|сама|сэнсэй|сенсей|кун|тян|чан|ним)(?![\w])"
)
_CJK_SUFFIX = re.compile(rf"[ \u3000]?(?:{alternation(JA_HONORIFICS)})")
_ZH_SUFFIX = re.compile(rf"(?:{alternation(ZH_HONORIFICS + ('太', '生', '姐', '哥', '总', '董'))})")
_KO_SUFFIX = re.compile(rf"[ \t]?(?:{alternation(KO_HONORIFICS)})")
_ZH_FULL_NAME = re.compile(rf"[{''.join(ZH_SURNAMES)}][{_HAN}]{{1,4}}")
_READING = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・ \u3000]{2,16}")
_OPEN = re.compile(
    r"[ \t\u00a0]*(?:[,،，、][ \t]*[0-9٠-٩]{1,3}[ \t]*(?:[^\W\d_]{1,6}\.?)?[ \t]*)?[(（]"
)  # "Tanaka, 52 ans (田中)", "تاناكا، ٥٢ سنة (田中 博)": an age may stand before the bracket
_CONTENT = re.compile(r"([^()（）\n\d]{1,40})[)）]")
_LATIN_WORD = re.compile(rf"[{LETTER}]+(?:['’\-][{LETTER}]+)*\.?")
_WORD_BEFORE = re.compile(rf"([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(rf"[ \t\u00a0]+([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)")
_COMMA_WORD_AFTER = re.compile(
    rf"[ \t]*,[ \t]*([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)(?=[ \t]*(?:[,;:(\n—–，、：；（]|-[ \t]|\d|$))"
)
_ARABIC_NEAR = re.compile(rf"[{_ARABIC}]")
_ARABIC_NEXT_WORD = re.compile(rf"[ \t]+([{_ARABIC}]{{2,}})(?:[ \t]+([{_ARABIC}]+))?")
_ARABIC_CLOSED = re.compile(r"[ \t]*(?:[،,.:;(\-–—]|$)")
_HANGUL_WORD_BEFORE = re.compile(rf"(?<![{_HANGUL}])([{_HANGUL}]{{2,3}})[ \t]+$")
# A given name set off by commas or dashes right after a name: "السيدة الهاملي، جوري، مع بنتها".
_ARABIC_GIVEN_AFTER = re.compile(
    rf"[ \t]*[،,\-–—/][ \t]*([{_ARABIC}]{{3,}})(?=[ \t]*(?:[،,.:;)(\-–—/|]|$|\n))"
)
_ARABIC_WORD_BEFORE = re.compile(rf"(?<![{_ARABIC}])([{_ARABIC}]+)[ \t]+$")
# The name written again in Latin script after an Arabic name in an Arabic note ("السيد خالد Al
# Mansoori:", "ريم - Al Hamli -", "[NAME]، Bin Zayed,"): an Arabic particle and a capitalised word,
# closed by punctuation, the end or Arabic script.
_ARABIC_LATIN_AFTER = re.compile(
    rf"[ \t]*(?:[-–—/،,][ \t]*)?((?:(?:Al|El|AL|EL|al|el|Bin|Bint|Ibn|Abu|Bou|Ben|Ould)[- ])?"
    rf"[{UPPER}][{LETTER}]+(?:['’\-][{LETTER}]+)*)(?=[ \t]*(?:[,;:.)\-–—/،]|$|\n|[{_ARABIC}]))"
)
_ARABIC_PARTICLE_START = re.compile(r"(?:Al|El|AL|EL|al|el|Bin|Bint|Ibn|Abu|Bou|Ben|Ould)[- ]")
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t\-•*]*(?:[^\W\d_][\w .]{0,25}[:：][ \t]*)?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…\n:;]|\.\.)[ \t\"'«“(]*$")
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:вна|вич|ична|ичной|овной|евной|овича|евича|ичем|вной|вны)(?![а-яё])")
_CONNECTOR_WORDS = tuple(c for c in CONNECTORS if c not in ("/", "or", "ou", "o", "oder", "of", "и/или", "ou/e", "e/ou"))
_CONNECTOR_GAP = re.compile(rf"[ \t]+(?:{alternation(_CONNECTOR_WORDS)})[ \t]+$|[ \t]*&[ \t]*$", re.IGNORECASE)
_COORDINATED = re.compile(
    rf"(?<![{LETTER}])([{UPPER}][{LETTER}]+)[ \t]*(?:&|(?:and|et|und|y|e|en|i|и|ve)(?=[ \t]))[ \t]*"
    rf"([{UPPER}][{LETTER}]+)(?![{LETTER}])"
)
# Pronouns that split a couple ("lui Marco, lei Ilaria", "ele Rui, ela Sónia", "Él, Ramón").
_PRONOUNS = (
    "he", "she", "lui", "lei", "elle", "él", "ella", "ele", "ela", "er", "sie", "hij", "zij", "он", "она",
)
_PRONOUN_THEN_NAME = re.compile(
    rf"(?<![{LETTER}])(?P<pronoun>(?i:{alternation(_PRONOUNS)}))[ \t]*,?[ \t]+(?P<name>[{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?)"
    rf"(?=[ \t]*(?:[,;:.)]|$|[ \t](?i:{alternation(_PRONOUNS)})(?![{LETTER}])))"
)
_LAST_CAPITAL = re.compile(rf"(?<![{LETTER}])([{UPPER}][{LETTER}]+)$")
_DENSE_START = re.compile(rf"[{_HANGUL}{_HAN}{_KANA}]")
_LATIN_WORD_END = re.compile(rf"([{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*)[ \t\u00a0]*$")
_CAPITAL_WORD = re.compile(rf"(?<![{LETTER}\-'’])[{UPPER}][{LETTER}]{{5,}}(?![{LETTER}\-'’])")
_LOWER_NEXT = re.compile(r"[ \t]+[a-zà-ÿа-яё]")
_NOT_BEFORE_NAME = frozenset({"dear", "chère", "cher", "caro", "cara", "querida", "querido", "liebe", "lieber"})
_CLOSING = re.compile(r"[ \t]*(?:[,;:.)\]（(]|$|\n)")
_SCRIPTS = tuple(
    (name, re.compile(f"[{chars}]"))
    for name, chars in (("arabic", _ARABIC), ("hangul", _HANGUL), ("kana", _KANA), ("han", _HAN), ("other", _OTHER))
)
_BRACKET_LEAD = re.compile(
    rf"[ \t]*(?:[{UPPER}][{LETTER}]+[ \t]*(?:&|and|et|und|y|e|и)[ \t]*)?"
)
_BRACKET_CLOSE = re.compile(r"[ \t]*[)）]")
_DENSE_RUN_END = re.compile(rf"[{_HAN}{_KANA}・ー]+$")
_KANA_RUN = re.compile(rf"[{_KANA}・ー]+")
_KANA_RUN_END = re.compile(rf"[{_KANA}・ー]+$")
_SPACED_WORD_END = re.compile(rf"([{_ARABIC}]+|[{_HANGUL}]+|[\u0400-\u04ff]+|[{_OTHER}]+)[ \t]*$")
_COMMA_AGE = re.compile(r"[ \t]*,[ \t]*\d")


def _script(word: str) -> str:
    """The script of the first letter of ``word``: latin, cyrillic, arabic, hangul, kana, han, other."""
    c = word[:1]
    if not c:
        return ""
    if "\u0400" <= c <= "\u04ff":
        return "cyrillic"
    for name, pattern in _SCRIPTS:
        if pattern.match(c):
            return name
    return "latin"


def _given(word: str) -> bool:
    """A known given name, in any case of a Russian declension ("Анной", "Кате")."""
    if is_given_name(word):
        return True
    if "\u0400" <= word[:1] <= "\u04ff" and len(word) > 3:
        for cut, add in ((2, "а"), (1, "а"), (2, "я"), (1, "я"), (2, ""), (1, ""), (2, "й")):
            if is_given_name(word[:-cut] + add):
                return True
    return False


def _plain_name_word(word: str) -> bool:
    """A capitalised word that is no listed ordinary word, title, place, month or brand."""
    low = fold(word)
    return (
        is_capitalised(word)
        and not (word.isupper() and len(word) <= 4)
        and classify(word) != COMMON
        and not is_vocabulary(word)
        and not is_place_month_or_brand(word)
        and low not in TITLE_WORDS_LOWER
        and low not in NOT_NAMES
        and low not in KIN_WORDS
    )


def _foreign_ok(word: str) -> bool:
    """A word of a non-Latin script that can be (part of) a name."""
    if (
        word in ARABIC_COMMON
        or word in _ARABIC_TITLES
        or word in KO_ROLE_WORDS
        or word in ZH_COMMON_WORDS
        or word in JA_ROLE_WORDS
        or word.casefold() in TITLE_WORDS_LOWER
        or word in _KO_KIN_IN_BRACKETS
        or word[-1:] in ("분", "님") and word[:-1] in _KO_KIN_IN_BRACKETS  # "남편분(마이클)": her husband
    ):
        return False
    if "\u0400" <= word[:1] <= "\u04ff":
        return word[:1].isupper() and classify(word) != COMMON
    return classify(word) != COMMON


def _strip_honorific(run: str) -> str:
    for h in _CJK_HONORIFICS:
        if run.endswith(h) and len(run) > len(h):
            return run[: -len(h)].rstrip(" \u3000")  # "(박서연 님)": the space stays with 님
    return run


def _bracket_after(text: str, start: int, end: int) -> list[PiiSpan]:
    """"Suzuki-san (鈴木)", "Mlle Nguyen (Linh)", "Petrova (Петрова)", "Голд (Gold)": the bracket
    after a name."""
    anchor_script = _script(text[start:end]) if text[start:end] != "[NAME]" else ""
    suffix = _ROMAJI_SUFFIX.match(text, end)
    reading_only = False
    if suffix:
        end = suffix.end()  # "Suzuki-san (鈴木)"
    elif anchor_script in ("han", "kana") and _CJK_SUFFIX.match(text, end):
        # "田中 恵子 様（たなか けいこ）": the reading of the name after its honorific
        end, reading_only = _CJK_SUFFIX.match(text, end).end(), True
    elif anchor_script in ("han", "hangul"):
        titled = _bracket_after_title(text, end, anchor_script)
        if titled is not None:
            return titled
    opening = _OPEN.match(text, end)
    if not opening:
        return []
    content = _CONTENT.match(text, opening.end())
    if not content:
        return []
    inner = content.group(1)
    start = opening.end() + (len(inner) - len(inner.lstrip()))
    inner = inner.strip()
    if not inner or "[" in inner:
        return []
    if reading_only and not _READING.fullmatch(inner):
        return []
    latin = [w for w in _LATIN_WORD.findall(inner) if _script(w) == "latin"]
    foreign = _FOREIGN_WORD.findall(inner)
    words = inner.replace("&", " ").split()
    if anchor_script not in ("latin", "") and words and is_capitalised(words[0]) and _script(words[0]) == "latin":
        # "Голд (Gold)", "Браун (Brown на визитке)", "نسرين حداد (Nisrine Haddad)", "邓紫琪（Kiki
        # Deng）": the Latin spelling of a name written in another script
        size = 0
        while size < min(len(words), 3) and is_capitalised(words[size]) and _script(words[size]) == "latin":
            if anchor_script != "cyrillic" and not (
                _plain_name_word(words[size]) or classify(words[size]) in (NAME, AMBIGUOUS)
            ):
                return []  # "ريم (VIP)", "王女士（Dubai）"
            size += 1
        if all(w.islower() for w in words[size:]) and len(words) - size <= 3:
            stop = 0
            for word in words[:size]:
                stop = inner.index(word, stop) + len(word)
            return [PiiSpan(start, start + stop, "NAME")]
        return []
    if latin and foreign or foreign and _SEGMENT_SPLIT.search(inner):
        return _bracket_segments(inner, start)
    if foreign:
        if len(foreign) > 3 or len(inner) > 16 or any(not _foreign_ok(_strip_honorific(w)) for w in foreign):
            return []
        core = _strip_honorific(inner)
        return [PiiSpan(start, start + len(core), "NAME")]
    joined = [w for w in latin if w.casefold() not in _BRACKET_CONNECTORS]
    if 2 <= len(joined) <= 4 and len(joined) < len(latin) and len(words) == len(latin):
        # "(Jan en Els)", "(Ian and Moira)": the given names of a couple after its family name
        if latin[0] in joined and latin[-1] in joined and all(
            is_capitalised(w) and is_given_name(w) and classify(w) != COMMON for w in joined
        ):
            spans, cursor = [], 0
            for w in joined:
                at = inner.index(w, cursor)
                cursor = at + len(w)
                spans.append(PiiSpan(start + at, start + cursor, "NAME"))
            return spans
    if not 1 <= len(latin) <= 3 or len(words) != len(latin):
        return []
    if not all(_plain_name_word(w) for w in latin):
        return []
    if not all(classify(w) in (NAME, AMBIGUOUS) or is_given_name(w) for w in latin):
        return []  # "Mrs Carter (Texas)", "Mme Roux (Lyon)": a place more often than a name
    return [PiiSpan(start, start + len(inner), "NAME")]


_SEGMENT_SPLIT = re.compile(r"[,،、;；/]")
_BRACKET_CONNECTORS = frozenset({"and", "et", "und", "y", "e", "en", "i", "и", "&", "+", "or", "ou", "o"})
_SEGMENT = re.compile(r"[^,،、;；/]+")


def _bracket_segments(inner: str, offset: int) -> list[PiiSpan]:
    """"(田中 博، هيروشي تاناكا)", "(Kim Min-ji, 김민지)": the same name in several scripts, one
    per segment. Every segment must be a name in its script, or nothing is taken."""
    spans = []
    for m in _SEGMENT.finditer(inner):
        segment = m.group().strip()
        if not segment:
            continue
        seg_start = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
        words = segment.split()
        if not 1 <= len(words) <= 3:
            return []
        scripts = {_script(w) for w in words}
        if scripts == {"latin"}:
            if not all(_plain_name_word(w) or classify(w) in (NAME, AMBIGUOUS) and is_capitalised(w) for w in words):
                return []
        elif "latin" in scripts:
            return []
        elif any(not _foreign_ok(_strip_honorific(w)) or w in KIN_WORDS or len(w) > 8 for w in words):
            return []
        spans.append(PiiSpan(seg_start, seg_start + len(segment), "NAME"))
    return spans


def _bracket_after_title(text: str, end: int, script: str) -> list[PiiSpan] | None:
    """"何太（何陈美琪）", "張小姐（Cindy）", "이 과장님 (이상민)": a title after the surname, then the
    full name in brackets. None when no title and bracket follow the anchor."""
    suffix = (_ZH_SUFFIX if script == "han" else _KO_SUFFIX).match(text, end)
    opening = _OPEN.match(text, suffix.end()) if suffix else None
    content = _CONTENT.match(text, opening.end()) if opening else None
    if not content:
        return None
    inner = content.group(1).strip()
    if not inner:
        return []
    at = content.start(1) + content.group(1).index(inner)
    words = inner.split()
    if (
        _ZH_FULL_NAME.fullmatch(inner) and inner not in ZH_COMMON_WORDS
        or ko_full_name(inner)
        or 1 <= len(words) <= 3 and all(_script(w) == "latin" and _plain_name_word(w) for w in words)
    ):
        return [PiiSpan(at, at + len(inner), "NAME")]
    return []


def _bracket_before(text: str, start: int, end: int) -> list[PiiSpan]:
    """"كاترين دوبوا (Catherine Dubois)", "제니퍼 월시(Jennifer Walsh) 님": the name written in
    another script right before the bracket that holds it."""
    head = text.rfind("(", max(0, start - 30), start + 1)
    head = max(head, text.rfind("（", max(0, start - 30), start + 1))
    if head < 0:
        return []
    lead = _BRACKET_LEAD.match(text, head + 1, start)
    if not lead or lead.end() != start:
        return []
    if not _BRACKET_CLOSE.match(text, end):
        return []
    n_words = max(1, min(3, len(text[head + 1 : end].replace("&", " ").split())))
    cursor = head
    while cursor > 0 and text[cursor - 1] in " \t\u00a0":
        cursor -= 1
    if cursor == 0:
        return []
    before = text[max(0, cursor - 60) : cursor]
    script = _script(text[cursor - 1])
    if script == "latin":
        # "Iwanowa (Иванова)", "Kobayashi (小林)": the Latin spelling before a name in another script
        if _script(text[start:end]) == "latin" and " " in text[start:end].strip():
            # "o Rafa (Rafael Moura)", "Bibi (Beatrice Hale)": a short name before the full name
            m = _LATIN_WORD_END.search(text, max(0, head - 40), head)
            word = m.group(1) if m else ""
            if m and _plain_name_word(word) and len(word) <= 8 and not _sentence_start(text, m.start(1)) or (
                m and is_given_name(word) and classify(word) != COMMON
            ):
                return [PiiSpan(m.start(1), m.end(1), "NAME")]
            return []
        if _script(text[start:end]) in ("latin", "") or text[start:end] == "[NAME]":
            return []
        m = _LATIN_WORD_END.search(text, max(0, head - 40), head)
        if m and _plain_name_word(m.group(1)):
            return [PiiSpan(m.start(1), m.end(1), "NAME")]
        return []
    if script == "":
        return []
    if script in ("han", "kana"):
        m = _DENSE_RUN_END.search(before)
        if not m:
            return []
        run = _strip_honorific(m.group())
        if script == "kana" or _KANA_RUN.fullmatch(run):
            k = _KANA_RUN_END.search(run)
            if not k or len(k.group()) < 2:
                return []
            name_start = cursor - len(m.group()) + k.start()
            return [PiiSpan(name_start, name_start + len(k.group()), "NAME")]
        size = 0
        while size < min(len(run), 6) and run[len(run) - 1 - size] in ZH_TRANSLITERATION:
            size += 1
        if size < 2:
            return []
        name_start = cursor - len(m.group()) + len(run) - size
        return [PiiSpan(name_start, name_start + size, "NAME")]
    spans = []
    pos = cursor
    for _ in range(n_words):
        m = _SPACED_WORD_END.search(text, max(0, pos - 40), pos)
        if not m:
            break
        word = m.group(1)
        w_start = m.start(1)
        if _script(word) != script or not _foreign_ok(word) or word in KO_HONORIFICS:
            break
        spans.append(PiiSpan(w_start, w_start + len(word), "NAME"))
        pos = w_start
    return spans


def _variants(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """A name spelt again with another ending, as a transcription corrects it ("Kowalski, euh
    Kowalska pardon", "Pellegrini, no, Pellegrino"): a capitalised word sharing all but the last
    two letters of a found surname."""
    stems: dict[str, set[str]] = {}
    for start, end in anchors:
        for word in text[start:end].split():
            core = word.strip(".,;:()")
            if len(core) >= 6 and is_capitalised(core) and _script(core) in ("latin", "cyrillic"):
                stems.setdefault(core[: len(core) - 2].casefold(), set()).add(core.casefold())
    if not stems:
        return []
    spans = []
    for m in _CAPITAL_WORD.finditer(text):
        word = m.group()
        if len(word) < 6 or word.casefold() in stems.get(word[: len(word) - 2].casefold(), {word.casefold()}):
            continue
        for cut in (2, 1, 3):
            known = stems.get(word[: len(word) - cut].casefold()) if len(word) - cut >= 5 else None
            if known and classify(word) != COMMON and not is_vocabulary(word):
                spans.append(PiiSpan(m.start(), m.end(), "NAME"))
                break
    return spans


def _sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text, max(0, start - 6), start) is not None


def _adjacent(text: str, start: int, end: int, german: bool) -> list[PiiSpan]:
    """Given names right before or after a found surname ("Bridget Ward", "Blanc Sylvie",
    "Schubert, Maximilian", "Елена Аркадьевна", "نبيل حداد")."""
    spans = []
    anchor = text[start:end]
    script = _script(anchor)
    arabic_note = script == "arabic" or anchor == "[NAME]" and _ARABIC_NEAR.search(text, max(0, start - 12), end + 12)
    if arabic_note:
        latin = _ARABIC_LATIN_AFTER.match(text, end)
        if latin and (
            _ARABIC_PARTICLE_START.match(latin.group(1))
            or classify(latin.group(1)) != COMMON and not is_place_month_or_brand(latin.group(1))
        ):
            spans.append(PiiSpan(latin.start(1), latin.end(1), "NAME"))  # "خالد Al Mansoori:"
    if arabic_note:
        given = _ARABIC_GIVEN_AFTER.match(text, end)
        if given and given.group(1) in person_names().given and given.group(1) not in ARABIC_COMMON - person_names().ambiguous:
            spans.append(PiiSpan(given.start(1), given.end(1), "NAME"))  # "السيدة الهاملي، جوري، …"
    if script == "arabic" and anchor.startswith("ال") and not text[:start].strip(" \t-•*"):
        nxt = _ARABIC_NEXT_WORD.match(text, end)
        if nxt and nxt.group(1) in person_names().given and (
            _ARABIC_CLOSED.match(text, nxt.end(1)) or nxt.group(2) in ARABIC_CLIENT_WORDS
        ):
            spans.append(PiiSpan(nxt.start(1), nxt.end(1), "NAME"))  # "المطوع خالد، عميل قديم": family name first
    if script == "arabic":
        m = _ARABIC_WORD_BEFORE.search(text, max(0, start - 30), start)
        lexicon = person_names()
        if m and m.group(1) in lexicon.given and m.group(1) not in ARABIC_COMMON and m.group(1) not in lexicon.ambiguous:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        return spans
    if script == "hangul" or anchor == "[NAME]":
        m = _HANGUL_WORD_BEFORE.search(text, max(0, start - 8), start)
        if m and m.group(1) in person_names().given and m.group(1) not in person_names().ambiguous and (
            classify(m.group(1)) != COMMON
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "민지 [NAME] 님": given name first
        elif m and anchor == "[NAME]" and _KO_HONORIFIC_AFTER.match(text, end) and _hangul_given_before(text, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "3시 제니퍼 [NAME] 님": a foreign given name
    if script not in ("latin", "cyrillic") and anchor != "[NAME]":
        return spans
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m and (is_famous(f"{m.group(1)} {anchor}") or text.startswith(BRANDS, m.start(1))):
        m = None  # "Marc Jacobs", "Louis Vuitton": a house, whatever the client is called
    if m:
        word = m.group(1)
        kind = classify(word)
        if fold(word) in KIN_WORDS and not (is_surname(word) and "-" in anchor):
            pass  # "Son Alfie graduates", "Friend Ottoline came": a kin word (not "Son Ye-jin")
        elif _given(word) and fold(word) not in TITLE_WORDS_LOWER and kind != COMMON or (
            kind == AMBIGUOUS and not is_place_month_or_brand(word) and fold(word) not in _NOT_BEFORE_NAME
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Rose Brown", "Anna Krause"
        elif (
            not german
            and _plain_name_word(word)
            and kind not in (NAME, AMBIGUOUS)
            and not _sentence_start(text, m.start(1))
            and _WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is None
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Mrs Ward … Bridget Ward"
    m = _WORD_AFTER.match(text, end)
    if m and (is_famous(f"{anchor} {m.group(1)}") or text.startswith(BRANDS, start)):
        m = None
    if m:
        word = m.group(1)
        if (_given(word) or is_given_name(word)) and classify(word) != COMMON:
            stop = m.end(1)
            nxt = _WORD_AFTER.match(text, stop)
            if nxt and _PATRONYMIC.fullmatch(nxt.group(1)):
                stop = nxt.end(1)  # "Волкова Ирина Павловна": the patronymic too
            spans.append(PiiSpan(m.start(1), stop, "NAME"))
        elif (
            not german
            and _plain_name_word(word)
            and classify(word) == UNKNOWN
            and (_CLOSING.match(text, m.end(1)) or _LOWER_NEXT.match(text, m.end(1)))
            and not _sentence_start(text, start)
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "il dottor Ferraro Giulio, …"
        elif not german and _surname_after_name(text, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "[NAME] Pinto, …", "[NAME] Flor [NAME]"
        elif (
            not german
            and is_given_name(anchor)
            and classify(anchor) == NAME
            and fold(word) in COLOURS_AND_MATERIALS
            and not _sentence_start(text, m.start(1))
        ):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "a neta Beatriz Prata"
    if _LINE_HEAD.search(text, max(0, start - 40), start):
        m = _COMMA_WORD_AFTER.match(text, end)
        if m and (
            _given(m.group(1))
            or _plain_name_word(m.group(1)) and (_COMMA_AGE.match(text, m.end(1)) or len(m.group(1)) <= 3)
        ):  # "Wang, Li —": a short romanised given name after the family name
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # "Schubert, Maximilian —"
    return spans


_PLACEHOLDER_NEXT = re.compile(r"[ \t\u00a0]+\[NAME\]")


def _surname_after_name(text: str, m: re.Match[str]) -> bool:
    """A capitalised word right after a name found (or its placeholder) that is a known surname,
    even one that is a word too ("Luísa [Flor] Pinto", "Pilar [Rubio]"), before punctuation, a
    lower-case word or another name; or any capitalised word between two names ("[NAME] Flor
    [NAME]"). Not a place, month or brand, nor a function or kin word."""
    word = m.group(1)
    if (
        _sentence_start(text, m.start(1))
        or fold(word) in TITLE_WORDS_LOWER
        or fold(word) in KIN_WORDS
        or fold(word) in NOT_NAMES
        or fold(word) in FUNCTION_WORDS
        or is_place_month_or_brand(word)
        or word.isupper() and len(word) <= 4
    ):
        return False
    if _PLACEHOLDER_NEXT.match(text, m.end(1)):
        return True  # between two names: the middle of a name
    if is_surname(word) and _CLOSING.match(text, m.end(1)):
        return True  # "[NAME] Rubio, …", "[NAME] Blanco.": a listed surname that is a word too
    kind = classify(word)
    return (
        kind in (NAME, AMBIGUOUS)
        and is_surname(word)
        and not is_vocabulary(word)
        and fold(word) not in COLOURS_AND_MATERIALS
        and (_CLOSING.match(text, m.end(1)) is not None or _LOWER_NEXT.match(text, m.end(1)) is not None)
    )


_KO_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:님|씨|고객님|여사님|선생님|사모님|회장님|대표님|원장님|교수님)(?![가-힣])")
_KO_PHRASE_HEAD = re.compile(r"(?:[,:;(（/·]|\d[가-힣]{0,2}|[A-Za-z]+)[ \t]*$")
# Adverbs and nouns of time and manner that stand before a name ("요즘 [NAME] 님", "갑자기 …").
_KO_NOT_GIVEN = frozenset(
    """어제 오늘 내일 모레 요즘 최근 지난번 이번 다음 다음번 직접 특히 마침 드디어 갑자기 항상 자주
    가끔 같이 함께 먼저 나중 재방문 일행 예약 연락 전화 방문 문의 구매 결제 픽업 배송 신규 단골 우수
    담당 본인 가족 부부 역시 아마 원래 보통 이미 아직 다시 처음 계속 바로 벌써 오랜만 그리고 그래서
    하지만 또한 또는 혹은 및 외국인 해외 국내 현지""".split()
)
# Last syllables of Korean words (particles, endings, nouns of time) no given name ends with.
_KO_NOT_GIVEN_END = tuple("은는을를의에도로와과랑한된던할들님씨분께서고며면요다죠음함됨임중후전날일주월년층점시")


def _hangul_given_before(text: str, m: re.Match[str]) -> bool:
    """A Hangul word of two or three syllables opening a phrase (after punctuation, a number or
    a time, the note's start) right before "[NAME] 님": the given name written first, often a
    foreign one ("오후 3시 제니퍼 [NAME] 님", "VIP, 수아 [NAME] 님"). Not a role, kin or
    ordinary word, nor a word ending in a particle ("오늘 [NAME] 님", "고객 [NAME] 님")."""
    word = m.group(1)
    return (
        (len(word) >= 3 or word in person_names().given)
        and word not in _KO_NOT_GIVEN
        and word not in KO_ROLE_WORDS
        and word not in KIN_WORDS
        and classify(word) != COMMON
        and not word.endswith(_KO_NOT_GIVEN_END)
        and _KO_PHRASE_HEAD.search(text, max(0, m.start(1) - 12), m.start(1)) is not None
    )


def _coordinated(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """"James & Emma White": a given name joined to a found name; "Павел и Ксения": two known
    given names joined."""
    spans = []
    for start, _ in anchors:
        gap = _CONNECTOR_GAP.search(text, max(0, start - 8), start)
        if not gap:
            continue
        m = _LAST_CAPITAL.search(text, max(0, gap.start() - 30), gap.start())
        if not m:
            continue
        word = m.group(1)
        w_start = gap.start() - len(word)
        if _given(word) and classify(word) != COMMON or _plain_name_word(word) and classify(word) != AMBIGUOUS:
            if fold(word) in TITLE_WORDS_LOWER:
                continue
            spans.append(PiiSpan(w_start, gap.start(), "NAME"))
    for m in _COORDINATED.finditer(text):
        a, b = m.group(1), m.group(2)
        if classify(a) == NAME and classify(b) == NAME and _given(a) and _given(b):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans


def _pronoun_names(text: str, german: bool) -> list[PiiSpan]:
    """"lui Marco, lei Ilaria", "ele Rui, ela Sónia": the given names of a couple after pronouns."""
    spans = []
    for m in _PRONOUN_THEN_NAME.finditer(text):
        word = m.group("name")
        kind = classify(word)
        if kind == COMMON or fold(word) in TITLE_WORDS_LOWER or is_place_month_or_brand(word):
            continue
        if kind == NAME and _given(word):
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
        elif _plain_name_word(word) and not german and fold(m.group("pronoun")) not in ("er", "sie"):
            # an unknown word: not in German, where "er Neurologe, sie Radiologin" are nouns
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans


_SLASHED = re.compile(rf"(?<![{LETTER}/])([{UPPER}][{LETTER}]+)[ \t]*/[ \t]*([{UPPER}][{LETTER}]+)(?![{LETTER}/])")


def _slashed(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The other family name of a couple written with a slash ("Mariage Roy/Berger", "Boda Gil/Mora")
    where one of the two is a name found: a listed surname, even one that is a word too."""
    out = []
    for m in _SLASHED.finditer(text):
        for found, other in ((1, 2), (2, 1)):
            if (m.start(found), m.end(found)) in anchors and (m.start(other), m.end(other)) not in anchors:
                word = m.group(other)
                if is_surname(word) and not is_place_month_or_brand(word) and word.casefold() not in KIN_WORDS:
                    out.append(PiiSpan(m.start(other), m.end(other), "NAME"))
    return out


def linked_names(text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Names linked to ``spans`` (names found in ``text``) and to ``[NAME]`` placeholders."""
    spans = list(spans)
    found = {text[s.start : s.end] for s in spans}
    anchors = {(s.start, s.end) for s in spans}
    out: list[PiiSpan] = []
    multiword: list[tuple[int, int]] = []  # occurrences of a whole name of several words
    if found:
        for s in name_occurrences(text, found):
            anchors.add((s.start, s.end))
            if " " in text[s.start : s.end]:
                multiword.append((s.start, s.end))
            if _DENSE_START.match(text, s.start) and text[s.start : s.end] not in found:
                # a part of a CJK or Hangul name ("박 그러니까 박준호", "陈，陈先生"): the search
                # after replacement would no longer see the full name next to it
                out.append(PiiSpan(s.start, s.end, "NAME"))
    if "[" in text:
        anchors |= {(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)}
    german = scan(text).german if any(c.isascii() and c.isalpha() for c in text[:200]) else False
    ordered = sorted(anchors)
    for start, end in ordered:
        out += _bracket_after(text, start, end)
        out += _bracket_before(text, start, end)
        out += _adjacent(text, start, end, german)
    out += _coordinated(text, ordered)
    if "/" in text:
        out += _slashed(text, ordered)
    out += _variants(text, ordered)
    out += _pronoun_names(text, german)
    if multiword:
        # "Mevr. van Beek … Van Beek bevestigt": "Van" is the particle of the name found again,
        # no given name next to "Beek"
        out = [s for s in out if not any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in multiword)]
    return out
