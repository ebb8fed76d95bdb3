"""A person named again in a run right beside a name found: the speaker adds the form the person
goes by, a gloss in another script or the rest of the name, set off by a comma, a slash or a
bracket — "Sra. Lopes, Maria Lopes, a Mariazinha, pede …", "[NAME], ну, Шура, …", "Ms. 黄 / Huang
Yiling，…", "(Jens/Britta)", "她儿子[NAME]，嗯，豆豆，…", "(알카비, [NAME])".

The run's place says the word names the same person, so it need not be in the lexicon; it must
stand alone there (a punctuation mark, a bracket or the end after it: "[NAME], Hotel Adlon, Berlin"
holds a place) and be no ordinary word, place, month, brand, title, kin or role word ("[NAME],
Paris, …", "[NAME], Studentin, …", "[NAME] / VIP" stay). Between the comma and the word a
hesitation or a discourse word may stand ("ehm", "ну", "就是", "I mean"), and an article before a
familiar name ("a Bia", "o Zé", "la Fra"). In Han script, a name said again is a doubled character
or a 小 / 阿 form ("敏敏", "小敏", "阿芳"); in an Arabic, Hangul or kana gloss, a word of that script
inside the same brackets as the name found. Beside the scripts: a given name found, written first in
Arabic letters and set off by a comma ("كلوي، Chloé Martin": its first letter the name's first sound);
a Chinese family name in Han right before its romanisation ("吴 Wu Lei").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, COMMON, NAME, classify, is_given_name, is_place_month_or_brand, is_surname, is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_COMMON, KIN_WORDS, TITLE_WORDS_LOWER, ZH_COMMON_WORDS, is_filler
from lvmh_pipeline.lib.privacy.names.lexicon.cjk import ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.positions.words import _ordinary

__all__ = ["run_names"]

# Discourse words a speaker puts between two forms of a name (fillers are read by is_filler)
_BETWEEN = (
    r"(?i:i[ \t]?\.?e\.|i[ \t]+mean|that[ \t]+is|also|genau|bueno|o[ \t]+sea|digo|tipo|cioè|ou[ \t]+seja|né|"
    r"enfin|bref|dus|zeg[ \t]+maar|ну|то[ \t]+есть|значит|вот|يعني|就是|那个|嗯|呃|啊|对|즉|그러니까|つまり)"
)
_ARTICLE = r"(?:(?i:a|o|la|il|lo|el|der|die)[ \t]+)"
_FILLER = rf"(?:[{LETTER}\u0400-\u04ff]+-?[{LETTER}]*|[\u4e00-\u9fff]{{1,2}}|[\u0621-\u064a]+)"
_SEP = r"[ \t]*(?:[,，、/／]|-[ \t]*,)[ \t]*"
_LATIN = rf"[{UPPER}][{LETTER}'’]+(?:-[{LETTER}]+)?"
_HONORIFIC = r"(?:[ \t]*(?:様|さん|さま|氏|님|씨|先生|女士|小姐))?"
# The run with no, one or two hesitations or discourse words before the name, tried in that order
_RUNS = tuple(
    re.compile(
        rf"{_HONORIFIC}(?P<sep>{_SEP})(?P<gap>(?:{_FILLER}[ \t]*[,，、]?[ \t]*){{{k}}})(?P<article>{_ARTICLE})?"
        rf"(?P<name>{_LATIN}(?:[ \t]+{_LATIN})?|[\u4e00-\u9fff]{{2}})"
        rf"(?=[ \t]*(?:[,，、。.;:!?)）/／(（–—\n]|$))"
    )
    for k in range(3)
)
# A family name after a given name and its bracketed other form, before an age: "[NAME] ([NAME]) Nowicki, 31"
_SURNAME_AGE = re.compile(
    rf"[ \t]*[(（]\[NAME\][)）][ \t]+(?P<name>{_LATIN})(?=[ \t]*(?:,[ \t]*|\(|[–—-][ \t]*)\d{{2}}(?![\d.,:/]?\d))"
)
# Inside brackets with a name found: "(Ilse/[NAME])", "([NAME]/Ilse)", "(알카비, [NAME])"
_BRACKET = re.compile(r"[(（]([^()（）\n]{1,40})[)）]")
_ITEM_SEP = re.compile(r"[ \t]*[,，、/／][ \t]*")
_DENSE_WORD = re.compile(r"[\u0621-\u064a]{3,}|[\uac00-\ud7af]{3,}|[\u30a1-\u30fa\u30fc]{3,}|[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё'’\-]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a full name, or the redaction token of a name a first pass read in full and linked nothing to by a slash
_FULL_NAME_BEFORE = re.compile(rf"(?:[{UPPER}][{LETTER}'’\-]+[ \t]+[{UPPER}][{LETTER}'’\-]+|\[NAME\])$")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_HAN_FORM = re.compile(r"([\u4e00-\u9fff])\1|[小阿][\u4e00-\u9fff]")
# Doubled characters and 小 / 阿 words that are no pet name: laughter, kin, adverbs, "etc."
_HAN_NOT_NAMES = frozenset(
    "哈哈 呵呵 嘿嘿 嘻嘻 嗯嗯 啊啊 呀呀 哦哦 嘛嘛 对对 是是 好好 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 姥姥 婆婆 公公 "
    "叔叔 伯伯 舅舅 姑姑 宝宝 常常 刚刚 慢慢 天天 人人 个个 渐渐 偷偷 悄悄 谢谢 看看 试试 想想 等等 稍稍 往往 仅仅 明明 "
    "白白 纷纷 默默 早早 大大 小小 多多 快快 轻轻 淡淡 满满 小心 小姐 小孩 小时 小事 小区 小店 阿姨 阿婆 阿公 阿伯".split()
)


def _latin_ok(word: str) -> bool:
    """A capitalised word that may be a name: not ordinary, a place, month, brand, title or kin word;
    a word that is a name too ("Rose") only where the lexicon holds it as a name."""
    low = word.casefold()
    if len(word) < 2 or low.rstrip(".") in TITLE_WORDS_LOWER or low in KIN_WORDS or is_place_month_or_brand(word):
        return False
    kind = classify(word)
    if kind == AMBIGUOUS:
        return is_given_name(word) or is_surname(word)
    return kind != COMMON and not _ordinary(word) and (not is_vocabulary(word) or kind == NAME)


def _gap_ok(gap: str) -> bool:
    """Only hesitations and discourse words between the comma and the name."""
    parts = [p for p in _ITEM_SEP.split(gap.strip(" \t,，、")) if p]
    return all(is_filler(p) or re.fullmatch(_BETWEEN, p) for p in parts)


def _han_ok(word: str) -> bool:
    """"敏敏", "小敏", "阿芳": a doubled character or a 小 / 阿 form that is no ordinary word."""
    return _HAN_FORM.fullmatch(word) is not None and word not in ZH_COMMON_WORDS and word not in _HAN_NOT_NAMES


def _name_ok(name: str) -> bool:
    """The words of a run can be a name: a Han pet form, or capitalised words no ordinary word."""
    if "\u4e00" <= name[0] <= "\u9fff":
        return _han_ok(name)
    words = name.split()
    if len(words) == 2 and any(is_given_name(w) or is_surname(w) for w in words):
        # "May Lin": beside a name of the lexicon, a word the lexicon lists as a name-word too
        return all(_latin_ok(w) or w.casefold() in person_names().ambiguous for w in words)
    return all(_latin_ok(w) for w in words)


def _marked(m: re.Match) -> bool:
    """A word after a comma is the person's other form only where the speaker marks it so — a
    hesitation, an article, a slash or a false start before it — or where it is a given name of the
    lexicon: "[NAME], Recife, …", "[NAME], Tel." name a place and a label."""
    name = m.group("name")
    if "\u4e00" <= name[0] <= "\u9fff" or m.group("gap") or m.group("article"):
        return True
    if m.group("sep").strip(" \t") != ",":  # a slash or a false start; on a slash no field label or code
        full = _FULL_NAME_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
        if full and not any(is_given_name(w) or is_surname(w) for w in name.split()) and not any(
            w[:3].casefold() == name[:3].casefold() for w in full.group().split()
        ):  # "Maria Lopes / Mariazinha": a pet form of the name's own letters
            return False  # "Lic. Ana Ruiz Soto / Polanco": after a full name, the district or the shop
        return not (any(w.isupper() for w in name.split()) or m.string.startswith(":", m.end("name")))
    return all(is_given_name(w) and classify(w) == NAME for w in name.split())


def _after(text: str, end: int) -> PiiSpan | None:
    """The other form of the name ending at ``end``, if the run after it holds one."""
    m = _SURNAME_AGE.match(text, end)
    if m and _latin_ok(m.group("name")):
        return PiiSpan(m.start("name"), m.end("name"), "NAME")
    for run in _RUNS:
        m = run.match(text, end)
        if m and _gap_ok(m.group("gap")) and _name_ok(m.group("name")) and _marked(m):
            return PiiSpan(m.start("name"), m.end("name"), "NAME")
    return None


def _item_ok(word: str) -> bool:
    """A bracket's other item: a capitalised word that may be a name, or a word of another script
    that is no listed word."""
    if word[0].isupper():
        return _latin_ok(word)
    return classify(word) != COMMON and not is_vocabulary(word)


def _in_brackets(text: str, anchors: set[tuple[int, int]]) -> list[PiiSpan]:
    """Words beside a name found inside brackets that hold nothing but names ("(Ilse/[NAME])")."""
    out = []
    for m in _BRACKET.finditer(text):
        if not any(m.start(1) <= s and e <= m.end(1) for s, e in anchors):
            continue
        items, cursor, ok = [], m.start(1), True
        for sep in [*_ITEM_SEP.finditer(text, m.start(1), m.end(1)), None]:
            stop = sep.start() if sep else m.end(1)
            raw = text[cursor:stop]
            item = raw.strip()
            a = cursor + len(raw) - len(raw.lstrip())
            b = a + len(item)
            if item and (a, b) not in anchors and item != "[NAME]":
                if not _DENSE_WORD.fullmatch(item) or not _item_ok(item):
                    ok = False
                    break
                items.append(PiiSpan(a, b, "NAME"))
            cursor = sep.end() if sep else stop
        if ok and items and len(items) < len(_ITEM_SEP.findall(text, m.start(1), m.end(1))) + 1:
            out += items
    return out


# A Chinese family name in Han right before its romanised name found ("吴 [NAME] [NAME] + …")
_HAN_BEFORE = re.compile(r"(?:^|(?<=[\s，。、,.;:(（/]))([\u4e00-\u9fff]{1,2})[ \t]$")


def _han_gloss(text: str, start: int) -> PiiSpan | None:
    """A Han family name right before a romanised name found, with one blank between."""
    m = _HAN_BEFORE.search(text, max(0, start - 4), start)
    if m and m.group(1) in ZH_SURNAMES:
        return PiiSpan(m.start(1), m.end(1), "NAME")
    return None


# The Arabic letters a Latin name's first sound is written with ("Chloé" → كلوي, "Sophie" → صوفي)
_ARABIC_INITIALS = {
    "c": "كسش", "k": "كق", "q": "ق", "s": "سصش", "t": "تط", "d": "دض", "z": "زظ", "h": "هح", "j": "جي",
    "g": "غجق", "l": "ل", "m": "م", "n": "ن", "r": "ر", "b": "ب", "p": "ب", "f": "ف", "v": "ف", "w": "و",
    "y": "ي", "x": "إكز", "a": "اأإآع", "e": "اإأي", "i": "اإي", "o": "أاو", "u": "أاو",
}
_ARABIC_BEFORE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]{3,8})[ \t]*[،,][ \t]*$")


def _arabic_gloss(text: str, start: int, end: int) -> PiiSpan | None:
    """"كلوي، Chloé Martin": the given name found, written first in Arabic letters, set off by a
    comma: a word of no more letters than it, its first letter the sound the name starts with."""
    latin = text[start:end].split()[0]
    m = _ARABIC_BEFORE.search(text, max(0, start - 12), start)
    if not m or not latin[:1].isalpha() or not is_given_name(latin):
        return None
    word = m.group(1)
    if word in ARABIC_COMMON or word.startswith("ال") or len(word) > len(latin) + 1:
        return None
    return PiiSpan(m.start(1), m.end(1), "NAME") if word[0] in _ARABIC_INITIALS.get(latin[0].casefold(), "") else None


def run_names(text: str, ordered: list[tuple[int, int]]) -> list[PiiSpan]:
    """Names said again right after a name found, or beside it in its brackets (see the module)."""
    out = [span for start, end in ordered if (span := _after(text, end)) is not None]
    if _ARABIC.search(text):
        out += [span for start, end in ordered if text[start].isascii() and (span := _arabic_gloss(text, start, end))]
    if _HAN.search(text):
        out += [span for start, end in ordered if text[start].isascii() and (span := _han_gloss(text, start))]
    if "(" in text or "（" in text:
        out += _in_brackets(text, set(ordered))
    return out
