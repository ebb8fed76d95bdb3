"""Names in Japanese, Chinese and Korean notes, and foreign names written in them.

Unspaced scripts mark a person with a suffix: "田中様", "ミュラー氏", "王先生", "王总",
"김민수 님", "김민지 회장님", "Meyer님", "Smith さん", "Орлова様"; or with an age ("김민지(34세)",
"王丽，45岁", "田中（45）") or a label ("顧客：田中", "고객명: 김민지").

The rules per script live in :mod:`.japanese`, :mod:`.chinese` and :mod:`.korean` (shared
parts in :mod:`.cjk_common`); here are foreign names before CJK and Hangul honorifics and the
entry point :func:`cjk_names`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.scripts.chinese.described import described_surnames
from lvmh_pipeline.lib.privacy.names.scripts.chinese.combined import _chinese_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.latin import _latin_given_zh_surname
from lvmh_pipeline.lib.privacy.names.scripts.chinese.rare import zh_reduplicated_given
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import (
    _HAN_CHAR,
    _ZH_DOUBLE_SURNAMES,
    _ZH_ROLE_ENDINGS,
)
from lvmh_pipeline.lib.privacy.names.scripts.cjk_given import cjk_given_names, ko_given_names
from lvmh_pipeline.lib.privacy.names.given.kin_words import cjk_kin_latin_names
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, KANA, KATAKANA, _HANGUL, _KANA_CHAR
from lvmh_pipeline.lib.privacy.names.cues import alternation, scan, skip_fillers
from lvmh_pipeline.lib.privacy.names.cues.words import _TITLE
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.scripts.japanese import (
    _KATAKANA_RUN,
    _ja_known_prefix,
    _ja_role_names,
    _japanese_names,
)
from lvmh_pipeline.lib.privacy.names.scripts.pet_names import pet_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.core import _ko_foreign, _ko_is_name, _korean_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.compound import ko_compound_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.fields import ko_field_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.other_scripts.foreign_honorific import hangul_before_foreign_honorific
from lvmh_pipeline.lib.privacy.names.scripts.korean.named import ko_named_full_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.framed import ko_framed_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.glued_kin import ko_glued_kin_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.hypocoristic import ko_hypocoristic_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.lone import ko_lone_names, ko_without_words
from lvmh_pipeline.lib.privacy.names.scripts.korean.given.unknown import ko_unknown_given_names
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import (
    _ko_bare_names, _ko_couples, ko_bracket_full_names, with_spaced_surnames,
)
from lvmh_pipeline.lib.privacy.names.lexicon import (
    KIN_WORDS,
    JA_HONORIFICS,
    KO_HONORIFICS,
    KO_PREFIX_TITLES,
    KO_SPACED_ONLY,
    KO_SURNAMES,
    ZH_COMMON_WORDS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
    ZH_TRANSLITERATION,
)

_FOREIGN_HONORIFICS = (
    JA_HONORIFICS + ZH_HONORIFICS[:6] + tuple(h for h in KO_HONORIFICS if h not in KO_SPACED_ONLY)
)
# "Meyer 부인" (Mrs Meyer), "Meyer 부부" (the Meyers), "Meyer 손님" (guest Meyer): after a Latin name only.
_KO_FOREIGN_SPACED = frozenset({"부인", "부부", "내외", "커플", "손님", "손님께서", "손님이", "고객분", "손님분"})
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё"
_FOREIGN = re.compile(
    rf"(?<![{_LETTERS}'’\-])([A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTERS}'’\-]+)"
    rf"(?:[ \u3000]?(?:{alternation(_FOREIGN_HONORIFICS)})|[ \u3000](?:{alternation(KO_SPACED_ONLY | _KO_FOREIGN_SPACED)}))"
)
_WORD_BEFORE = re.compile(rf"([A-ZÀ-ÖØ-ÞА-ЯЁ][{_LETTERS}'’\-]+)[ ]$")


def _foreign_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _FOREIGN.finditer(text):
        if classify(m.group(1)) == COMMON:
            continue
        start = m.start(1)
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and (is_given_name(before.group(1)) or is_surname(before.group(1))):
            start = before.start(1)  # "Anna Meyer様", "Kim Minji 고객님"
        spans.append(PiiSpan(start, m.end(1), "NAME"))
    return spans


_KO_TITLE = re.compile(rf"(?<![가-힣{KATAKANA}])(?:{alternation(KO_PREFIX_TITLES)})(?=[ \t\u3000・])")
_ASCII_UPPER = re.compile("[A-Z]")
_DENSE_WORD = re.compile(rf"[가-힣]+|[{KATAKANA}・ー]+|[{HAN}]+")
_KO_PARTICLES = ("께서", "에게", "한테", "은", "는", "이", "가", "을", "를", "의", "도", "께", "와", "과")


def _after_prefix_title(text: str, pos: int) -> PiiSpan | None:
    """The name after a title written before it, in a script without capitals: "Mrs 梁",
    "Mr./Mrs. 쿠마르 부부", "미스터 어… 다나카 님", "Dr. ミラー"."""
    skip = skip_fillers(text, pos)
    if skip is None:
        return None
    word = _DENSE_WORD.match(text, skip[0])
    if not word:
        return None
    run = word.group()
    start = word.start()
    if _HANGUL.match(run):
        for particle in _KO_PARTICLES:
            if run.endswith(particle) and (
                len(run) > len(particle) + 1 or len(run) == len(particle) + 1 and run[0] in KO_SURNAMES
            ):
                run = run[: -len(particle)]
                break
        if len(run) < 2 and run not in KO_SURNAMES or not _ko_foreign(run):
            return None
        return PiiSpan(start, start + len(run), "NAME")
    if _KATAKANA_RUN.fullmatch(run):
        return PiiSpan(start, word.end(), "NAME") if len(run) >= 2 and classify(run) != COMMON else None
    if run[:2] in _ZH_DOUBLE_SURNAMES:
        return PiiSpan(start, start + 2, "NAME")
    if run[0] in ZH_SURNAMES and run[:2] not in ZH_COMMON_WORDS:
        size = _ja_known_prefix(run)
        return PiiSpan(start, start + max(1, size), "NAME")
    size = 0
    while size < min(len(run), 6) and run[size] in ZH_TRANSLITERATION:
        size += 1
    return PiiSpan(start, start + size, "NAME") if size >= 2 else None


def _titled_names(text: str) -> list[PiiSpan]:
    spans = []
    for start in scan(text).titles:
        m = _TITLE.match(text, start)
        if m:
            span = _after_prefix_title(text, m.end())
            if span:
                spans.append(span)
    for m in _KO_TITLE.finditer(text):
        if product_line(text, m.start(), m.end()):
            continue  # "디올 레이디 백": after its house the title is the line's name, the bag no person
        span = _after_prefix_title(text, m.end())
        if span:
            spans.append(span)
    return spans


_DENSE_CHAR = re.compile(rf"[가-힣{HAN}{KANA}]")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ÿА-яЁё]")
_NATIVE_NAME = re.compile(rf"(?<![가-힣{HAN}{KANA}])([가-힣]{{2,4}}|[{HAN}]{{2,4}})(?![가-힣{HAN}{KANA}])")


def _native_names(text: str) -> list[PiiSpan]:
    """A name in its own script inside a note in another language ("il nome lo scrive 박지연",
    "in scheda come 王丽"): a Hangul or Han word shaped as a full name, the only such script there."""
    dense = len(_DENSE_CHAR.findall(text))
    if dense > 12:
        return []
    few = dense * 8 <= len(_LATIN_OR_CYRILLIC.findall(text))
    spans = []
    for m in _NATIVE_NAME.finditer(text):
        word = m.group(1)
        if not few and not (
            text[m.start(1) - 1 : m.start(1)] in ("(", "（") and text[m.end(1) : m.end(1) + 1] in (")", "）")
        ):
            continue  # "Park Seo-yeon (박서연) came in": in brackets, a short note will do
        if _HANGUL.match(word):
            ok = len(word) == 3 and _ko_is_name(word)
        else:
            ok = (word[0] in ZH_SURNAMES or _ja_known_prefix(word) >= 2) and word not in ZH_COMMON_WORDS
            ok = ok and word[-1] not in _ZH_ROLE_ENDINGS and classify(word) != COMMON
        if ok and len(word) == 2 and word[1] in "太生" and word[0] in ZH_SURNAMES:
            spans.append(PiiSpan(m.start(1), m.start(1) + 1, "NAME"))  # "Mrs. Lam（林太）": the surname, then "Mrs"
        elif ok:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Words of Japanese, not Chinese, that a telegraphic note writes in kanji alone.
_JA_KANJI_WORDS = re.compile(r"来店|来訪|来社|購入|検討|予算|予定|時計|円|歳")


# A code-switching note: a kin word in English (or French, Spanish …) before a name in Hangul
# ("engagement ring for his girlfriend 클로이,", "cadeau pour sa fille 서윤.").
_LATIN_KIN = tuple(w for w in KIN_WORDS if w.isascii() and len(w) >= 3)
_LATIN_KIN_HANGUL = re.compile(
    rf"(?<![A-Za-z])(?i:{alternation(_LATIN_KIN)})[ \t]+([가-힣]{{2,4}})"
    r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+[A-Za-z])"
)


# What every match holds, looked for first: a kin word, and its last letter (an ASCII letter, or
# one the case-blind regex takes for one: "ı", "İ", "ſ", the Kelvin sign), blanks and a syllable
_LATIN_KIN_WORDS = Gate(caseless(w) for w in _LATIN_KIN)
_LETTER_THEN_HANGUL = re.compile("[A-Za-z\u0130\u0131\u017f\u212a][ \t]+[가-힣]")


def _latin_kin_hangul(text: str) -> list[PiiSpan]:
    if not _LETTER_THEN_HANGUL.search(text) or not _LATIN_KIN_WORDS(caseless(text)):
        return []
    return [PiiSpan(m.start(1), m.end(1), "NAME") for m in _LATIN_KIN_HANGUL.finditer(text) if _ko_foreign(m.group(1))]


# Before a name with an honorific: a family name with its reading in kana ("小鳥遊(たかなし)美咲様",
# a name a date or a word could be read as) and a name said by mistake ("佐藤…じゃなくて佐野様").
_JA_READING = re.compile(r"([\u4e00-\u9fff]{1,4})[（(]([\u3041-\u3096]{2,8})[）)](?=[\u4e00-\u9fff]{1,3}(?:様|さん))")
_JA_SLIP = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,3})[…、,.。 ]*(?:じゃなくて|じゃなく|ではなくて|ではなく)[、, ]*"
    r"(?=[\u4e00-\u9fff]{1,3}(?:様|さん))"
)


# A former or registered name beside the one used ("旧姓は山田", "通名の金田で登録").
_JA_OTHER_NAME = re.compile(
    r"(?:旧姓|通名|本名|旧名)(?:の|は|が|：|:)?[ 　]?([\u4e00-\u9fff]{2,3})(?=でも|で|と|が|は|の|、|。|）|\)|様|さん|$)"
)


# A foreign family name in katakana, then a given name in hiragana, before the honorific
# ("ミラー・あおい様"): the hiragana part is no particle there.
_JA_KATAKANA_HIRAGANA = re.compile(r"([\u30a1-\u30faー]{2,})[・･]([\u3041-\u3096ー]{2,5})(?=[ 　]?(?:様(?![子々])|さん|ちゃん))")


def _ja_readings_and_slips(text: str) -> list[PiiSpan]:
    spans = [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _JA_OTHER_NAME.finditer(text)
        if (m.group(1)[0] in ZH_SURNAMES or _ja_known_prefix(m.group(1)) >= 2) and m.group(1) not in ZH_COMMON_WORDS
    ]
    spans += [PiiSpan(m.start(), m.end(), "NAME") for m in _JA_READING.finditer(text)]
    return spans + [PiiSpan(m.start(1), m.end(1), "NAME") for m in _JA_SLIP.finditer(text)]


# A surname with the given name masked ("최○○", "김OO", "李某", "王**"): the surname is still the client's.
_MASKED = re.compile(
    rf"(?:(?<![\uac00-\ud7af])[{''.join(c for c in KO_SURNAMES if len(c) == 1)}]|"
    rf"[{''.join(c for c in ZH_SURNAMES if len(c) == 1)}])"
    r"(?:[○◯]{1,2}|OO|\*{2,3}|某某?(?![些种天个位次处时样方家类]))"
)


# A surname said by mistake and corrected in a transcription ("그 최… 아니 채, 채 고객님"): the slip is a
# name too, a syllable alone before the correction.
_KO_SLIP = re.compile(
    rf"(?<![가-힣])([{''.join(c for c in KO_SURNAMES if len(c) == 1)}])[ \t]*[…,.]+[ \t]*아니(?:요|고|라)?[ \t,]"
)


# An amount before the syllable: "300만 원, 아니 400만": the currency, no surname said by mistake.
_KO_AMOUNT_BEFORE_SLIP = re.compile(r"(?:[0-9][ \t]*[만천백억]?|[일이삼사오육칠팔구십백천][만천억])[ \t]*$")


def _ko_slips(text: str) -> list[PiiSpan]:
    return [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _KO_SLIP.finditer(text)
        if not _KO_AMOUNT_BEFORE_SLIP.search(text, max(0, m.start(1) - 8), m.start(1))
    ]


def _masked_names(text: str) -> list[PiiSpan]:
    return [PiiSpan(m.start(), m.end(), "NAME") for m in _MASKED.finditer(text)]


def cjk_names(text: str) -> list[PiiSpan]:
    """Names marked by CJK or Hangul honorifics, ages and labels."""
    spans = _foreign_names(text) + _titled_names(text) + _native_names(text) + _latin_given_zh_surname(text)
    spans += pet_names(text)
    if "○" in text or "◯" in text or "某" in text or "*" in text or "OO" in text:
        spans += _masked_names(text)
    if _ASCII_UPPER.search(text):  # "남편 Hope", "娘 Lily", "他太太，嗯，Chloe"
        spans += cjk_kin_latin_names(text)
    if _HANGUL.search(text):
        spans += _latin_kin_hangul(text)
        spans += with_spaced_surnames(
            text, _korean_names(text) + _ko_bare_names(text) + _ko_couples(text) + ko_given_names(text)
        ) + ko_bracket_full_names(text) + ko_framed_names(text) + ko_lone_names(text) + ko_compound_names(text)
        spans += ko_field_names(text) + ko_hypocoristic_names(text) + ko_glued_kin_names(text) + ko_unknown_given_names(text)
        spans += hangul_before_foreign_honorific(text)  # "김민지様"
        spans += ko_named_full_names(text, spans)
        if "아니" in text:
            spans += _ko_slips(text)
        spans = ko_without_words(text, spans)
    if _KANA_CHAR.search(text) or "様" in text or "歳" in text:  # 様 and 歳 are Japanese forms
        spans += _japanese_names(text) + _chinese_names(text, honorifics_only=True) + _ja_role_names(text)
        spans += cjk_given_names(text, japanese=True)
        if "(" in text or "（" in text or "なく" in text or "名" in text or "旧姓" in text:
            spans += _ja_readings_and_slips(text)
        if "・" in text or "･" in text:
            spans += [PiiSpan(m.start(g), m.end(g), "NAME") for m in _JA_KATAKANA_HIRAGANA.finditer(text) for g in (1, 2)]
    elif _HAN_CHAR.search(text):
        spans += _chinese_names(text) + _japanese_names(text, honorifics=False) + cjk_given_names(text, japanese=False)
        spans += described_surnames(text) + zh_reduplicated_given(text, spans)  # 公孙悦 … 悦悦
        if _JA_KANJI_WORDS.search(text):  # "杉本 来店、時計。": a Japanese note in kanji only
            spans += _ja_role_names(text)
    return spans
