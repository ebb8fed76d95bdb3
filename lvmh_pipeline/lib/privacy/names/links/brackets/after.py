"""A name written again in brackets after an anchor: another script, a reading, a couple's given names (the name
before its bracket: `bracket_before`)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_capitalised
from lvmh_pipeline.lib.privacy.names.guard import AMBIGUOUS, COMMON, NAME, classify, is_given_name, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import (
    KIN_WORDS,
    ZH_COMMON_WORDS,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.links.native import native_spelling
from lvmh_pipeline.lib.privacy.names.lexicon.frequent import ko_frequent
from lvmh_pipeline.lib.privacy.names.links.words import (
    _CJK_SUFFIX,
    _CONTENT,
    _FOREIGN_WORD,
    _KO_SUFFIX,
    _LATIN_WORD,
    _OPEN,
    _READING,
    _ROMAJI_SUFFIX,
    _ZH_FULL_NAME,
    _ZH_SUFFIX,
    _foreign_ok,
    _plain_name_word,
    _script,
    _strip_honorific,
    given_month_in_brackets,
)
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name


def _same_arabic_name(anchor: str, foreign: list[str], words: list[str]) -> bool:
    """A Latin name of two or three words, then as many Arabic words, the first a given name."""
    parts = anchor.replace("-", " ").split()
    return (
        2 <= len(foreign) == len(words) <= 3 and len(parts) in (len(foreign), len(foreign) + 1)
        and all("\u0621" <= w[:1] <= "\u064a" for w in foreign) and is_given_name(foreign[0])
        and all(p[:1].isupper() for p in parts)
    )


# The particle of an Arabic family or father's name in Latin letters ("Al Falasi", "Bin Hamoodah")
_FAMILY_PARTICLES = frozenset("al el bin ibn bint abu bu abd abdel abdul".split())


def _family_particle(words: list[str], at: int) -> bool:
    """``words[at]`` is the particle of a Latin family name with the name after it."""
    return (
        words[at].casefold() in _FAMILY_PARTICLES and at + 1 < len(words) and at + 1 < 3
        and is_capitalised(words[at + 1]) and _script(words[at + 1]) == "latin"
    )


# A person's sex written in brackets after the name, as forms do ("（女）", "(남)", "(M)")
_GENDER_MARKS = frozenset("女 男 女性 男性 여 남 여성 남성 女士 F M".split())


def _bracket_after(text: str, start: int, end: int) -> list[PiiSpan]:
    """"Suzuki-san (鈴木)", "Mlle Nguyen (Linh)", "Petrova (Петрова)", "Голд (Gold)": the bracket
    after a name."""
    anchor_start = start
    anchor_script = _script(text[start:end]) if text[start:end] != "[NAME]" else ""
    suffix = _ROMAJI_SUFFIX.match(text, end)
    reading_only = native = False
    if suffix:
        end = suffix.end()  # "Suzuki-san (鈴木)"
    elif anchor_script == "latin" and _CJK_SUFFIX.match(text, end) and _OPEN.match(text, _CJK_SUFFIX.match(text, end).end()):
        end = _CJK_SUFFIX.match(text, end).end()  # "YAMAMOTO Haruka 様（山本はるか）": the name in its own script
        native = True
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
    app = _APP_TAIL.search(inner) if " " in inner else None
    if app:
        inner = inner[: app.start()]  # "Karim (كريم sur WhatsApp)": the name the contact is saved under
    if not inner or "[" in inner or "的" in inner or len(inner) >= 3 and inner.endswith(("人", "系")):
        return []  # "小宝（黄先生的儿子）", "Okafor（ナイジェリア系英国人）": who the person is, not the name again
    if inner in _GENDER_MARKS:
        return []  # "王某（女）": the person's sex, as a form writes it
    if reading_only and not _READING.fullmatch(inner) or native and not native_spelling(inner):
        return []
    quoted = _QUOTED.fullmatch(inner) if anchor_script == "latin" else None
    if quoted:  # "Rodrigo MORENO ("Digo")": a nickname in quotes, whatever word it is too
        word = quoted.group(1)
        return [] if is_place_month_or_brand(word) else [PiiSpan(start + quoted.start(1), start + quoted.end(1), "NAME")]
    latin = [w for w in _LATIN_WORD.findall(inner) if _script(w) == "latin"]
    foreign = _FOREIGN_WORD.findall(inner)
    words = inner.replace("&", " ").split()
    if anchor_script not in ("latin", "") and words and is_capitalised(words[0]) and _script(words[0]) == "latin":
        # "Голд (Gold)", "Браун (Brown на визитке)", "نسرين حداد (Nisrine Haddad)", "邓紫琪（Kiki
        # Deng）": the Latin spelling of a name written in another script
        size = 0
        while size < min(len(words), 3) and is_capitalised(words[size]) and _script(words[size]) == "latin":
            if words[size].rstrip(",.;").isupper() and classify(words[size].rstrip(",.;")) == COMMON:
                return []  # "Соколов Андрей (CEO, …)", "(VIP)": a post or a tier, no spelling of the name
            if anchor_script == "arabic" and _family_particle(words, size):
                size += 1  # "نورة الفلاسي (Al Falasi)": the particle of the family name, then the name
                continue
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
        if _same_arabic_name(text[anchor_start:end], foreign, words):
            return [PiiSpan(start, start + len(inner), "NAME")]  # "Omar Al-Sayed (عمر السيد)": a title's word too
        if len(foreign) > 3 or len(inner) > 16 or any(not _foreign_ok(_strip_honorific(w)) for w in foreign) or any(
            ko_frequent(w) for w in foreign[1:]
        ):  # (not "Mr. Jung (싱가포르 거주)": where he lives)
            return []
        cut = min((inner.index(c) for c in "，、；：" if c in inner), default=-1)
        if cut >= 0:
            # "阿杰（杰仔，老客户）", "王女士（端木女士，…）": the name, then a description of the person
            core = _strip_honorific(inner[:cut].rstrip())
            if not 1 <= len(core) <= 4 or not all("\u3040" <= c <= "\u9fff" for c in core):
                return []
            if len(core) >= 3 and core.endswith(("人", "系", "籍")):
                return []  # "Sophie Martin（法国人，中文名…）": her nationality or origin first, no name
            return [PiiSpan(start, start + len(core), "NAME")]
        core = _strip_honorific(inner)
        if len(core) == 2 and core[0] in ZH_SURNAMES and core[1] in _FAMILIAR_TITLES:
            core = core[0]  # "Mrs. Chen（陈太）", "Mr. Wong（黃生）": the surname, then Mrs / Mr
        return [PiiSpan(start, start + len(core), "NAME")]
    # "(Jean-Marc / Sylvie)", "(Ian+Moira)": a slash or a plus joins the couple's given names as "and" does
    couple = re.sub(r"[ \t]*[/+][ \t]*", " and ", inner) if "/" in inner or "+" in inner else inner
    c_latin = [w for w in _LATIN_WORD.findall(couple) if _script(w) == "latin"]
    joined = [w for w in c_latin if w.casefold() not in _BRACKET_CONNECTORS]
    if 2 <= len(joined) <= 4 and len(joined) < len(c_latin) and len(couple.replace("&", " ").split()) == len(c_latin):
        # "(Jan en Els)", "(Ian and Moira)": the given names of a couple after its family name
        if c_latin[0] in joined and c_latin[-1] in joined and all(
            is_capitalised(w) and is_given_name(w) and classify(w) != COMMON for w in joined
        ):
            spans, cursor = [], 0
            for w in joined:
                at = inner.index(w, cursor)
                cursor = at + len(w)
                spans.append(PiiSpan(start + at, start + cursor, "NAME"))
            return spans
    if len(words) == 1 and anchor_script == "latin" and given_month_in_brackets(text, anchor_start, words[0]):
        return [PiiSpan(start, start + len(inner), "NAME")]
    if not 1 <= len(latin) <= 3 or len(words) != len(latin):
        return []
    if not all(_plain_name_word(w) for w in latin):
        return []
    if not all(classify(w) in (NAME, AMBIGUOUS) or is_given_name(w) for w in latin):
        return []  # "Mrs Carter (Texas)", "Mme Roux (Lyon)": a place more often than a name
    return [PiiSpan(start, start + len(inner), "NAME")]


# Cantonese and familiar titles glued after a surname (陳太 Mrs Chen, 黃生 Mr Wong, 陈姐, 王哥)
_FAMILIAR_TITLES = frozenset("太生姐哥嫂")
_QUOTED = re.compile(r"[\"“”«„'‘’][ \t]*([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]{1,15})[ \t]*[\"“”»'‘’]")
_SEGMENT_SPLIT = re.compile(r"[,،、;；/]")
_APP_TAIL = re.compile(
    r"[ \t]+(?:sur|on|auf|en|su|no|na|op|в|via|per|in)[ \t]+(?i:whatsapp|wechat|telegram|signal|line|kakaotalk|kakao|"
    r"instagram|insta|imessage|viber|messenger|botim)$"
)
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
        elif scripts == {"han"} and len(_strip_honorific(segment.replace(" ", ""))) > 4:
            return []  # "(姓林, 不是日本人哈)": a remark in Chinese, no name of five characters
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
