"""Latin-script names in Chinese notes and Latin given names before a Chinese surname ("Amy 王")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.guard import (
    COMMON,
    UNKNOWN,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ZH_NAME_CUES_BEFORE, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import _HAN_CHAR
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

# "Amy 王", "Kelly 张": an English given name and a Chinese surname, as Hong Kong writes them
_LATIN_GIVEN_ZH_SURNAME = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]+)[ \u3000]?([{''.join(ZH_SURNAMES)}])(?![{HAN}])"
)


# "叶青 (Ye Qing)", "白露（Bai Lu）": a Chinese name glossed in pinyin, one syllable a character, the first
# a surname in both scripts — a name even where its characters are a word too (白露: white dew)
_PINYIN_GLOSS = re.compile(
    rf"([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})[ \u3000]?[(（]([A-Z][a-z]{{0,5}})[ \-]?([A-Za-z][a-z]{{0,5}})"
    rf"(?:[ \-]?([a-z]{{1,6}}))?[)）]"
)


def _pinyin_glossed(text: str) -> list[PiiSpan]:
    spans = []
    for m in _PINYIN_GLOSS.finditer(text):
        han, syllables = m.group(1), [g for g in m.groups()[1:] if g]
        if len(syllables) == len(han) and is_surname(syllables[0]) and not is_place_month_or_brand(" ".join(syllables)):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(m.lastindex), "NAME")]
    return spans


def _latin_given_zh_surname(text: str) -> list[PiiSpan]:
    spans = [] if "(" not in text and "（" not in text else _pinyin_glossed(text)
    for m in _LATIN_GIVEN_ZH_SURNAME.finditer(text):
        if is_given_name(m.group(1)) and classify(m.group(1)) != COMMON:
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans


# Person words of a Chinese note before a name in Latin letters ("客户 Emily Zhang", "她的朋友
# Aurelia", "英文名 Cindy", "助理Vivian"): a word missing from the lexicon is a name there too. After
# a verb of meeting or a time word ("跟 Sophie", "今天 Chloe") only a known given name is.
_ZH_PERSON_CUES = (
    "客户", "客戶", "顾客", "顧客", "客人", "会员", "會員", "贵宾", "貴賓", "朋友", "闺蜜", "閨蜜", "同事", "助理",
    "秘书", "秘書", "司机", "司機", "女儿", "女兒", "儿子", "兒子", "老公", "老婆", "丈夫", "妻子", "先生",
    "太太", "夫人", "妈妈", "媽媽", "爸爸", "男友", "女友", "男朋友", "女朋友", "未婚夫", "未婚妻", "孙女",
    "孫女", "孙子", "孫子", "外孙", "外孫", "姐姐", "妹妹", "哥哥", "弟弟", "英文名", "英文名字", "英文名是",
    "英文名叫", "小名", "昵称", "暱稱", "名叫", "叫做", "名字是", "名字叫",
)
# Nouns after a product's name ("Twist 系列", "Tank 表带", "Mini 包"): the word is a line, not a person.
_ZH_PRODUCT_AFTER = re.compile(
    r"[ \u3000]?(?:系列|包|款|表|手表|腕表|香水|手袋|手链|项链|項鍊|戒指|耳环|耳環|型号|型號|号|號|色|尺码|尺碼|鞋|"
    r"围巾|圍巾|丝巾|絲巾|皮带|皮帶|钱包|錢包|卡包|眼镜|眼鏡|口红|口紅|链|鏈|扣|盒|套装|套裝|限量|新款|经典|經典)"
)
_ZH_LATIN_HINT = re.compile(r"[A-Z][a-z]")
_ZH_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z])([A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?)(?:[ \u3000]([A-Z][a-z]{{2,}}))?"
    rf"(?=[ \u3000]?(?:[{HAN}，。、；：！？（）,.;:!?()/|]|$))"
)
# ... and a Cantonese familiar form, a surname and 太 / 生 ("陳太 Winnie": Mrs Chan, Winnie)
_ZH_PERSON_CUE_END = re.compile(
    rf"(?:{alternation(_ZH_PERSON_CUES)}|[{''.join(ZH_SURNAMES)}][太生])[ \u3000]?$"
)
_ZH_KIN_CUE_END = re.compile(r"(?:妻子|丈夫|老公|老婆|太太|女儿|女兒|儿子|兒子|男友|女友|男朋友|女朋友|未婚夫|未婚妻)[ \u3000]?$")
_ZH_ANY_CUE_END = re.compile(rf"(?:{alternation(ZH_NAME_CUES_BEFORE)})[ \u3000]?$")


def _zh_latin_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _ZH_LATIN_NAME.finditer(text):
        word, second = m.group(1), m.group(2)
        start = m.start(1)
        if not start or not _HAN_CHAR.match(text[start - 1 if text[start - 1] not in " \u3000" else max(0, start - 2)]):
            continue  # a cue word in Han characters stands right before
        person_cue = _ZH_PERSON_CUE_END.search(text, max(0, start - 6), start) is not None
        kin_given = person_cue and is_given_name(word) and _ZH_KIN_CUE_END.search(text, max(0, start - 6), start)
        if is_place_month_or_brand(word) and not kin_given or classify(word) == COMMON:
            continue  # (after a kin word a given name that is a place or a month elsewhere: "妻子 Florence")
        # after a person word ("女儿 Rose", "先生 Grant") a given name that is an English word too
        # is still the relative's name: a Chinese note writes its ordinary words in Han characters
        known = is_given_name(word) and (person_cue or not is_vocabulary(word))
        if not (person_cue and classify(word) == UNKNOWN or known and (
            person_cue or _ZH_ANY_CUE_END.search(text, max(0, start - 6), start)
        )):
            continue  # "今天 Tank 到货": after a time word or a verb only a known given name
        if _ZH_PRODUCT_AFTER.match(text, m.end(2) if second else m.end(1)):
            continue
        end = m.end(1)
        if second and (is_surname(second) or classify(second) == UNKNOWN) and not is_place_month_or_brand(second):
            end = m.end(2)  # "客户 Emily Zhang"
        spans.append(PiiSpan(start, end, "NAME"))
    return spans
