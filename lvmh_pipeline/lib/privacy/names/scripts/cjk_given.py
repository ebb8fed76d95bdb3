"""Chinese, Japanese and Korean given names standing alone at the start of a clause, with no surname and
no honorific anywhere in the note: "。丽华下个月生日", "雅婷说预算两万", "…。美咲は来月結婚".

- a given name of the lexicon (Chinese or Japanese, two characters or more) opening a clause
  before what follows a person: a verb or an adverb in Chinese ("丽华喜欢", "思琪下个月"), a
  topic or subject particle in Japanese ("美咲は", "陽菜が", "結衣も");
- in Chinese, any two given-name characters (:data:`ZH_GIVEN_CHARS`) opening a sentence before a
  verb only a person does ("晓雯觉得", "可欣说", "梦洁想要"): not a country, a product or a
  family word ("美国想", "珍珠喜欢" do not occur; "宝宝喜欢" does, and stays);
- a given name right before a kin or role word of the child or the friend it belongs to
  ("嘉欣妈妈", "美咲ちゃんママ" — the honorific rule has the second).

Japanese surnames are not taken here: "松本の店舗" is a city.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES, ZH_COMMON_WORDS, ZH_GIVEN_CHARS
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.bare import _zh_boundary_after
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, KANA
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_syllables

__all__ = ["cjk_given_names", "ko_given_names"]

_CLAUSE_PUNCT = frozenset("。！？；，、：:;,!?\n\t 　「『（(【“\"")
_NAME_RUN = re.compile(rf"[{HAN}\u3041-\u3096]{{2,3}}")
# Verbs that only a person is the subject of, after an unknown given name (not "过敏", "对":
# "香水过敏" is a perfume allergy).
_ZH_PERSON_PREDICATES = tuple(
    """说 說 觉得 覺得 希望 想要 想买 想買 想看 想给 想給 想换 想換 想订 想訂 喜欢 喜歡 不喜欢 不喜歡 很喜欢
    很喜歡 特别喜欢 特別喜歡 最喜欢 最喜歡 打算 决定 決定 表示 提到 告诉 告訴 自己 本人 也想 还想 還想""".split()
)
# Two given-name characters that are ordinary words: an adverb, a family word, a place, a season.
_ZH_NOT_GIVEN = frozenset(
    """依然 依旧 依舊 欣然 安然 怡然 悠然 宛如 如同 一同 一起 一致 一直 一向 素来 向来 同样 同樣 香水 香氛 水晶 宝石 寶石 玉石 丝绸 絲綢 宝宝 宝贝 寶寶 寶貝 明星 家庭 家人 美国 美國 中国 中國 德国 德國
    英国 英國 泰国 泰國 南京 西安 东京 東京
    海南 云南 雲南 东方 東方 美元 珍珠 心仪 心儀 新娘 平安 安全 阳光 陽光 春天 秋天 冬天 夏天 今天 明天 东西 東西
    千金 孩子 儿子 女儿 女兒 兒子 丈夫 妻子 太太 先生 客人 新人 大家 少爷 少爺 老板 老闆 自己 本人 一家 全家 双方
    雙方 朋友 同学 同學 同事 男友 女友 对方 對方 家里 家裡 国内 國內 海外 国外 國外 香港 台湾 臺灣 澳门 澳門 新加坡""".split()
)
# Kin and role words after a child's or a friend's given name ("嘉欣妈妈": Jiaxin's mother).
_ZH_KIN_AFTER = ("妈妈", "媽媽", "爸爸", "奶奶", "爷爷", "爺爺", "外婆", "姥姥", "阿姨", "老师", "老師", "同学", "同學")
_JA_PARTICLES = ("は", "が", "も", "の", "と", "に", "へ", "から", "って", "には", "とは")
# A name in hiragana is a word too (さくら cherry blossoms): only as the subject.
_JA_KANA_PARTICLES = ("は", "が", "って")
_JA_SUBJECT = ("は", "が", "も", "さんは", "さんが")


def _clause_start(text: str, i: int) -> bool:
    if i == 0:
        return True
    c = text[i - 1]
    return c in _CLAUSE_PUNCT or not re.match(f"[{HAN}{KANA}]", c)


# Japanese surnames that are prefectures, cities or districts first ("千葉は雨", "上野は混雑").
_JA_PLACES = frozenset("千葉 福島 宮崎 山口 川崎 上野 中野 松本 上田 三島 熊谷 小松 浜田 大塚 岡山 長野 福井 石川 新潟 秋田 山形".split())


def _known_surname(word: str) -> bool:
    return (
        word in person_names().surnames and word not in _JA_PLACES and word not in ZH_COMMON_WORDS
        and classify(word) == NAME
    )


def _sentence_start(text: str, i: int) -> bool:
    return not text[:i].strip() or text[:i].rstrip()[-1] in "。！？!?\n"


def _known_given(word: str) -> bool:
    return word in person_names().given and word not in ZH_COMMON_WORDS and classify(word) == NAME


def _zh_names(text: str, japanese: bool) -> list[PiiSpan]:
    spans = []
    for m in _NAME_RUN.finditer(text):
        i = m.start()
        if not _clause_start(text, i):
            continue
        for size in (3, 2):
            word = text[i : i + size]
            end = i + size
            if len(word) < size or not all("\u3400" <= c <= "\u9fff" for c in word):
                continue
            if japanese:
                if _known_given(word) and text.startswith(_JA_PARTICLES, end):
                    spans.append(PiiSpan(i, end, "NAME"))  # 美咲は来月結婚
                    break
                if _known_surname(word) and text.startswith(_JA_SUBJECT, end) and _sentence_start(text, i):
                    spans.append(PiiSpan(i, end, "NAME"))  # 。中島は来月 (not 松本の店舗: a city)
                    break
                continue
            if _known_given(word) and (_zh_boundary_after(text, end) or text.startswith(_ZH_KIN_AFTER, end)):
                spans.append(PiiSpan(i, end, "NAME"))  # 丽华下个月生日
                break
            if size == 2 and _zh_shaped(word) and _sentence_start(text, i) and (
                text.startswith(_ZH_PERSON_PREDICATES, end) or text.startswith(_ZH_KIN_AFTER, end)
            ):
                spans.append(PiiSpan(i, end, "NAME"))  # 晓雯觉得, 嘉欣妈妈
                break
    return spans


def _zh_shaped(word: str) -> bool:
    """Two given-name characters that are no word, place or family word."""
    return (
        all(c in ZH_GIVEN_CHARS for c in word)
        and word not in ZH_COMMON_WORDS
        and word not in _ZH_NOT_GIVEN
        and word[-1] != "然"  # an adverb ("依然喜欢": still likes); 浩然 is in the lexicon
        and classify(word) != COMMON
        and not is_place_month_or_brand(word)
    )


def _ja_kana_names(text: str) -> list[PiiSpan]:
    """A known given name in hiragana opening a clause before a subject particle ("さくらは来月";
    not "さくらの柄", cherry-blossom print)."""
    spans = []
    for m in re.finditer(r"[\u3041-\u3096]{3,4}", text):
        i = m.start()
        if not _clause_start(text, i):
            continue
        for size in (4, 3):
            word = text[i : i + size]
            if len(word) == size and _known_given(word) and text.startswith(_JA_KANA_PARTICLES, i + size):
                spans.append(PiiSpan(i, i + size, "NAME"))
                break
    return spans


# What a person has or does in a Korean note, after a given name ("지민 생일", "하은 졸업 선물").
_KO_EVENT_AFTER = re.compile(
    r"[ \t]+(?:생일|생신|선물|결혼|졸업|입학|돌잔치|백일|취업|승진|약혼|환갑|칠순|유학|출산|성인식|돌(?![가-힣])|언니|오빠|누나)"
)
_KO_TWO = re.compile(r"(?<![가-힣])([가-힣]{2})(?![가-힣])")
# A full name, a surname syllable then a known given name, before the same events ("오늘 강민서 결혼 선물")
_KO_FULL = re.compile(rf"(?<![가-힣])([{''.join(KO_SURNAMES)}])([가-힣]{{2}})(?![가-힣])(?={_KO_EVENT_AFTER.pattern})")


def ko_given_names(text: str) -> list[PiiSpan]:
    """A known Korean given name (no word) before a person's event or a familiar address ("우리 지민 생일
    선물", "곧 하린 입학", "서연 언니"), also after its surname ("오늘 강민서 결혼 선물"), or two of them
    side by side ("손녀 둘 서연 하은 돌잔치")."""
    known = _ko_given_syllables()[0]
    words = [m for m in _KO_TWO.finditer(text) if m.group(1) in known and classify(m.group(1)) == NAME]
    spans = []
    for i, m in enumerate(words):
        pair = any(
            0 < j < len(words) and (text[words[j - 1].end() : words[j].start()] in (" ", ", ", "，"))
            for j in (i, i + 1)
        )
        if _KO_EVENT_AFTER.match(text, m.end()) or pair:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    spans += [
        PiiSpan(m.start(1), m.end(2), "NAME") for m in _KO_FULL.finditer(text)
        if m.group(2) in known and classify(m.group(2)) == NAME and classify(m.group()) != COMMON
    ]
    return spans


# A name, a nickname too, explained in brackets as someone's child or spouse ("豆豆（陈太太的女儿）")
_ZH_KIN_GLOSS = re.compile(
    rf"(?:^|(?<=[。！？；，、\n \u3000]))([{HAN}]{{2,3}})[（(][^（()）]{{1,12}}的(?:儿子|女儿|兒子|女兒|孙子|孙女|孫子|孫女"
    r"|外孙|外孫|外孙女|外孫女|太太|老公|老婆|先生|妻子|丈夫|妈妈|媽媽|爸爸|男朋友|女朋友|未婚夫|未婚妻)[）)]"
)


def cjk_given_names(text: str, *, japanese: bool) -> list[PiiSpan]:
    """Given names alone at a clause start in a Chinese (or, ``japanese``, Japanese) note."""
    spans = _zh_names(text, japanese)
    if "的" in text and ("（" in text or "(" in text):
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _ZH_KIN_GLOSS.finditer(text)]
    if japanese:
        spans += _ja_kana_names(text)
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _JA_KIN_GIVEN.finditer(text) if _known_given(m.group(1))
        ]
        lone = _JA_LONE_OPENING.match(text)
        if lone and lone.group(1) in person_names().surnames and lone.group(1) not in "東":
            spans.append(PiiSpan(lone.start(1), lone.end(1), "NAME"))  # "原 来店、…", "森、40代男性。"
    elif "叫" in text or "名" in text or "阿" in text or "個" in text or "个" in text:
        spans += _zh_named(text)
    if not japanese and "小" in text:
        spans += [
            PiiSpan(m.start(1), m.end(1), "NAME") for m in _ZH_LITTLE.finditer(text)
            if m.group(1)[1] in ZH_GIVEN_CHARS and m.group(1) not in _ZH_LITTLE_WORDS
        ]
    return spans


# A known given name right after a kin word, before punctuation, a number or a particle ("お嬢様の結衣、4月から",
# "息子さん悠真12月で", "長男の大翔20歳", "孫の陽葵へ", "次女・紬と"), in kana too ("娘 さくら(5歳)", "孫のひなたへ"),
# after a spouse or partner word too ("夫のトムと", "パートナーのルカが")
_JA_KIN_GIVEN = re.compile(
    r"(?:お嬢様|お嬢さん|娘さん|息子さん|息子|娘|お孫さん|孫|長男|長女|次男|次女|三男|三女|ご主人|奥様|奥さん|旦那様|"
    r"婚約者|お子様|姪|甥|旦那さん|旦那|主人|夫|妻|彼氏|パートナー)[の、，・ 　]?([\u4e00-\u9fff]{1,3}|[\u3041-\u3096]{2,4}|[\u30a1-\u30fa\u30fc]{2,6})"
    r"(?=[、，,。 　（(]|[0-9０-９]|[とへがはもに])"
)


_JA_LONE_OPENING = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff])(?=[ \t\u3000、，,：:])")


# A child's pet name in 小 after a kin word or "brought" ("孙女小雪对…", "带小宝（孙子）"), not a
# word in 小 ("带小朋友", "小心", "小礼物")
_ZH_LITTLE = re.compile(
    r"(?:女儿|女兒|儿子|兒子|孙女|孫女|孙子|孫子|外孙|外孫|外孙女|外孫女|侄子|侄女|外甥|外甥女|带|帶)"
    r"(小[\u4e00-\u9fff])(?=[（(，,、。对對的也是在说說跟和来來今明昨很]|[0-9一二三四五六七八九十]+岁)"
)
_ZH_LITTLE_WORDS = frozenset("小朋 小礼 小禮 小心 小巧".split())


# A name given as such ("全名叫林美玲", "小名「阿珍」", "名字就叫达瓦", "英文名是 …"), or a nickname in
# 阿 after a kin word ("男朋友阿伟", "個仔阿明"): whatever its characters (a Tibetan, Uyghur or
# foreign name transcribed: "娜迪拉"), up to the next punctuation or a word that follows a person.
_ZH_KIN = "女儿|女兒|儿子|兒子|男朋友|女朋友|男友|女友|老公|老婆|太太|妻子|丈夫|夫人|爱人|愛人|個仔|個女|个仔|个女|孙女|孫女|孙子|孫子|外孙|外孫"
_ZH_NAMED = re.compile(
    r"(?:(?:全名|本名|原名|小名|乳名|昵称|暱稱|中文名)(?:叫做|叫|是|为|為)?+|名字(?:就|也|都)?(?:叫做|叫|是|为|為)"
    rf"|(?<![{HAN}])叫|名叫|叫做|(?:{_ZH_KIN})(?:叫做|叫|名叫)|(?:{_ZH_KIN})(?=阿)|(?:個仔|個女|个仔|个女))"
    rf"[：:]?[ \u3000]?[“「『\"]?([{HAN}]{{2,4}})"
)
_ZH_NOT_NAMED = frozenset("她他我你它人车車醒来來停好什就叫是为為也都")
# Adverbs of time and modality that open a clause, not a name ("现在", "还没", "已经", "可能")
_ZH_ADVERB_HEADS = frozenset(
    "现在 現在 还没 還沒 已经 已經 暂时 暫時 目前 还不 還不 没有 沒有 不知 还是 還是 应该 應該 可能 大概 打算 准备 準備 以后 以後".split()
)


def _zh_named(text: str) -> list[PiiSpan]:
    spans = []
    for m in _ZH_NAMED.finditer(text):
        run, start = m.group(1), m.start(1)
        if run[0] in _ZH_NOT_NAMED or run[:2] in ZH_COMMON_WORDS or run[:2] in _ZH_ADVERB_HEADS:
            continue  # "小名 还没想好": the nickname is not chosen yet, no name said
        if m.group().startswith(("個", "个")) and run[0] != "阿" and not all(c in ZH_GIVEN_CHARS for c in run[:2]):
            continue  # "個仔嘉明": a Cantonese kin word, then two given-name characters
        longest = 3 if run[0] == "阿" or m.group().startswith(("個", "个")) else 4
        for size in range(min(len(run), longest), 1, -1):
            if _zh_boundary_after(text, start + size) or text[start + size : start + size + 1] in "”」』\"的":
                spans.append(PiiSpan(start, start + size, "NAME"))
                break
    return spans
