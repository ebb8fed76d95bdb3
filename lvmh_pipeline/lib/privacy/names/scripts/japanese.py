"""Names in Japanese notes: before an honorific ("田中様", "ミュラーさん"), a couple word ("田中ご夫妻",
"林夫妻"), an age or a label ("田中、45歳", "顧客：田中"); a role suffix; a hiragana given name ("娘のあやかちゃん")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, KATAKANA, _AGE_JA, _SEP, _runs_before
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify
from lvmh_pipeline.lib.privacy.names.lexicon import (
    JA_COUPLE_SUFFIXES,
    JA_HONORIFICS,
    JA_LEADING_WORDS,
    JA_ROLE_SUFFIXES,
    JA_ROLE_WORDS,
    ZH_HONORIFICS,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.katakana_tail import katakana_name_tail

_JA_SHORT = ("氏", "殿")  # also start words: 氏名 (full name), 殿下 (highness)
_JA_HONORIFIC = re.compile(
    rf"(?:{alternation(h for h in JA_HONORIFICS + ('先生',) if h not in _JA_SHORT)}"
    r"|氏(?![名族])|(?<![御宮神])殿(?![下堂様場]))"  # 御殿場, 宮殿, 殿堂: a place, a hall
)
_JA_NAME_CHAR = re.compile(rf"[{HAN}{KATAKANA}・ー＝゠]")  # "タナカ＝ロラン": a double name
_KATAKANA_RUN = re.compile(rf"[{KATAKANA}・ー＝゠]+")
_JA_KATAKANA_POSTS = tuple(w for w in JA_ROLE_WORDS if len(w) >= 3 and _KATAKANA_RUN.fullmatch(w))
# Kanji forming ordinary words with 様 (模様 pattern, 多様 diverse, 仕様 specification …).
SAMA_COMPOUND_BEFORE = frozenset("模多同仕異一外今左斯有")
_SAMA_COMPOUND_AFTER = frozenset("々子式相")
_COUNTS = frozenset("一二三四五六七八九十百何数両")  # before 名様: a number of guests
_JA_COUPLE = re.compile(rf"([{HAN}]{{1,4}})(?:{alternation(JA_COUPLE_SUFFIXES)})")
# "王様ご夫妻", "金様ご一家": a one-character surname that is a role word too (王様: the king) before 様
# and a couple or family word is the couple's name
_SAMA_COUPLE = re.compile(rf"(?<![{HAN}])([{''.join(ZH_SURNAMES)}])様(?=ご夫妻|ご夫婦|ご一家|ご家族|夫妻)")
_JA_KATAKANA_COUPLE = re.compile(
    rf"(?<![{KATAKANA}])([{KATAKANA}・ー]{{2,12}})(?:{alternation(s for s in JA_COUPLE_SUFFIXES if s != '家')})"
)
# A given name written in hiragana before an honorific, after の, at a clause start or after a
# spoken pause ("田中…さくら様").
_JA_HIRAGANA_NAME = re.compile(
    r"(?:(?<=の)|(?<=[、。，,\s「（(…‥])|(?<=ちゃんと)|(?<=くんと)|(?<=さんと)|^)([\u3041-\u3096]{2,4})(?=様|さま|さん|ちゃん|くん)"
)
# A known kanji surname, then a given name in hiragana, before an honorific or an age ("森あやめ様", "森 あやめ (28)")
_JA_SURNAME_KANA = re.compile(
    rf"(?<![{HAN}])([{HAN}]{{2,3}})[ \u3000]?([\u3041-\u3096]{{2,4}})(?=[ \u3000]?(?:様|さま|さん|ちゃん|[(（]\d{{1,3}}[)）]))")
_JA_HIRAGANA_NOT_NAMES = ("みな", "みんな", "だんな", "こども", "あかちゃ", "ぼっちゃ", "むすめ", "むすこ", "おく")
_JA_AGE = re.compile(
    rf"(?<![{HAN}{KATAKANA}])([{HAN}{KATAKANA}・ー]{{2,8}})(?:{_SEP}(?={_AGE_JA})|(?=[(（]\d{{2}}[)）]))"
)
_JA_START = re.compile(r"^[ \u3000]*")
_JA_DECADE = re.compile(rf"{_SEP}[(（]?\s*\d{{1,3}}\s*代")
# A known surname opening the note or a sentence before a pause ("原田、…", "…。長谷川、奥様と").
_JA_LEADING_NAME = re.compile(
    rf"(?:^|(?<=[。\n！？!?：:.．]))[ \u3000]*([{HAN}]{{2,5}})(?:[、，,:：…→／/「『\-–—・~〜]|$)"
)
# Words that open a Japanese note before an age without being a name (女性、45歳).
_JA_COMMON_BEFORE_AGE = frozenset(
    """女性 男性 主婦 会社員 医師 経営者 弁護士 教師 学生 社長 役員 公務員 自営業 会社経営 主人 奥様 夫婦
    顧客 新規 常連 お客様 ご主人 奥さま 男の子 女の子 息子 娘 ご夫妻 女史 看護師 歯科医 銀行員 会長
    投資家 建築家 デザイナー 弁理士 税理士 会計士 医者 教授 作家 画家 俳優 女優 歌手 モデル 退職者""".split()
)
_JA_LABEL = re.compile(
    rf"(?:顧客名|お客様名|氏名|お名前|顧客|お客様)[ \u3000]?[:：][ \u3000]?([{HAN}{KATAKANA}・ー]{{2,8}})"
)
# The staff label of a record ("担当:佐々木", "担当者：中島"): a known surname after it; not a place
# or a floor ("担当: 銀座2F"); a known one-kanji surname closed by a pause too ("担当:森。")
_JA_STAFF_LABEL = re.compile(rf"(?:担当者?|営業担当|スタッフ)[ \u3000]?[:：][ \u3000]?([{HAN}]{{1,4}})")
_JA_PAUSE = frozenset("。、，,．.）)／/ \u3000\n")


def _ja_lone_staff(text: str, m: re.Match[str]) -> bool:
    """"担当:森。": a known one-kanji surname alone after the staff label, closed by a pause or the end."""
    end = m.start(1) + 1
    return m.group(1)[:1] in person_names().ja_names and (end == len(text) or text[end] in _JA_PAUSE)


def _ja_known_suffix(run: str) -> int:
    """Length of the longest known Japanese name ending ``run`` (0 when none)."""
    names = person_names().ja_names
    for size in range(min(len(run), 4), 0, -1):
        if run[-size:] in names:
            return size
    return 0


def _ja_lone_couple_surname(text: str, m: re.Match[str]) -> bool:
    """"林ご夫妻", "森夫妻": a known one-character surname standing alone before a couple word
    (no other kanji before it), not before 家 (森家 is no more a name than 旧家)."""
    start = m.end(1) - 1
    return (
        m.group()[len(m.group(1)) :] != "家"
        and (start == 0 or not re.match(f"[{HAN}]", text[start - 1]))
    )


def _ja_full_known(run: str) -> bool:
    """A known surname ("長谷川"), or a known surname and a known given name ("田中恵子")."""
    size = _ja_known_prefix(run)
    if size == len(run) >= 2:
        return True
    return size >= 2 and len(run) - size <= 3 and run[size:] in person_names().ja_names


# Endings of a shop or a post said with さん: 花屋, 販売員, 会社員, 書記長, 委員長, 議長.
_JA_POST_ENDINGS = ("屋", "員", "記長", "員長", "議長", "組合長", "団長", "班長")


def _full_known_surname(run: str) -> bool:
    """"田中由美子": a known family name of two or three kanji, then a given name of two or three (the
    whole run is the name, not its last four characters)."""
    size = _ja_known_prefix(run)
    return size >= 2 and run[:size] in person_names().surnames and 2 <= len(run) - size <= 3 and run.isalpha() and " " not in run


def _ja_known_prefix(run: str) -> int:
    names = person_names().ja_names
    for size in range(min(len(run), 4), 0, -1):
        if run[:size] in names:
            return size
    return 0


_JA_ROLE_SUFFIX = re.compile(rf"([{HAN}]{{2,6}})[ \u3000]?(?:{alternation(JA_ROLE_SUFFIXES)})")
# "山本（やまもと）様": the reading in brackets between the name and the honorific
_JA_READING = re.compile(
    rf"([{HAN}]{{1,4}}(?:[ \u3000]?[{HAN}]{{1,3}})?)[（(]([\u3041-\u3096\u30a1-\u30faー・ ]{{2,12}})[）)]"
    rf"(?=[ \u3000]?(?:{alternation(JA_HONORIFICS + JA_ROLE_SUFFIXES)}|[、，,。]))"
)


# A known family name standing as the subject ("田中は", "鈴木が来店"), before a visit word or
# an age; not before に / へ / で, where 宮崎, 上野 are places.
_JA_SUBJECT = re.compile(
    rf"(?<![{HAN}{KATAKANA}])([{HAN}]{{2,3}})"
    rf"(?=[はがも]|[ \u3000]?(?:ご来店|来店|来訪|来社)|{_SEP}(?:{_AGE_JA}))"
    rf"|(?:^|(?<=[。\n！？]))[ \u3000]*([{HAN}]{{2,3}})(?=[ \u3000])"  # "田中 バッグ購入": telegraphic
)


def _ja_role_names(text: str) -> list[PiiSpan]:
    """A known surname before a role word used as a title ("鈴木社長", "今日は小林部長が"), or as
    the subject of the note ("田中は", "鈴木 来店、45歳"), and a name with its reading in
    brackets ("山本（やまもと）様")."""
    spans = []
    for m in _JA_SUBJECT.finditer(text):
        group = 1 if m.group(1) else 2
        if _ja_known_suffix(m.group(group)) == len(m.group(group)) and classify(m.group(group)) != COMMON:
            spans.append(PiiSpan(m.start(group), m.end(group), "NAME"))
    for m in _JA_ROLE_SUFFIX.finditer(text):
        run = m.group(1)
        size = _ja_known_suffix(run)
        if size >= 2:
            spans.append(PiiSpan(m.end(1) - size, m.end(1), "NAME"))
    for m in _JA_READING.finditer(text):
        run = m.group(1)
        reading = m.group(2).replace(" ", "")
        # "敏感（カビアレルギー）", "肌が敏感（ドライスキン）、": a gloss, no reading — a loanword, or a
        # word after a particle that no honorific follows
        loanword = "ー" in reading or len(reading) > 8 or (
            m.start(1) > 0 and "\u3041" <= text[m.start(1) - 1] <= "\u3096" and text[m.start(1) - 1] != "の"
            and text[m.end() : m.end() + 1] in ("、", "，", ",", "。")
        )
        # a katakana gloss before punctuation, with no honorific, is a word's: "断食中（ラマダン）。"
        katakana_gloss = reading[:1] >= "\u30a1" and text[m.end() : m.end() + 1] in ("、", "，", ",", "。")
        if _ja_known_suffix(run) >= 2 or _ja_known_prefix(run) >= 2 or (
            len(run) <= 4 and run not in JA_ROLE_WORDS and not loanword and not katakana_gloss
        ):
            start = m.start(1)
            if not _ja_known_prefix(run) and _ja_known_suffix(run) >= 2:
                start = m.end(1) - _ja_known_suffix(run)
            spans.append(PiiSpan(start, m.end(1), "NAME"))
            spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    return spans


# Words before a couple word that say which couple, not whose ("新婚夫妻", "高齢のご夫婦")
_JA_COUPLE_NOT_NAMES = frozenset("新婚 高齢 老 若い 中年 同 両 その 日本人 外国人 年配 熟年 常連 顧客 新規 来店 ご来店 本日".split())
_JA_CLAUSE_START = "。、，,\n 　「（(：:/／|"


def _ja_unknown_couple_surname(text: str, m: re.Match[str]) -> bool:
    """"森川夫妻。…", "…、村井ご夫妻が": two or three kanji opening a clause before 夫妻 / ご夫妻 /
    ご夫婦 are the couple's surname, known or not (not 家: "作家", "国家"; not an honorific: "佐藤様ご夫妻";
    Japanese notes only: Chinese puts a verb there, "接待林夫妻")."""
    head = m.group(1)
    return (
        2 <= len(head) <= 3
        and not m.group().endswith("家")
        and (m.start(1) == 0 or text[m.start(1) - 1] in _JA_CLAUSE_START)
        and head not in _JA_COUPLE_NOT_NAMES
        and head not in JA_ROLE_WORDS
        and not head.endswith(("様", "殿"))
    )


def _ja_kin_head(head: str) -> bool:
    """"ご主人", "奥様", "娘": a kin or role word before "・" and a name."""
    head = head[1:] if head[:1] in "おご御" else head
    return head in JA_ROLE_WORDS or head.rstrip("様さん") in JA_ROLE_WORDS


def _japanese_names(text: str, *, honorifics: bool = True) -> list[PiiSpan]:
    """``honorifics`` False (Han text without kana, Chinese or Japanese): only the rules that
    need a known Japanese surname (田中、45歳; 佐藤夫妻)."""
    spans = []
    runs = _runs_before(text, _JA_HONORIFIC, _JA_NAME_CHAR) if honorifics else ()
    for start, end, honorific in runs:
        run = text[start:end]
        head, dot, tail = run.rpartition("・")
        if dot and tail and _ja_kin_head(head):  # ご主人・健太さん: the kin word, a dot, the name
            start, run = end - len(tail), tail
        elif start > 0 and text[start - 1] in "おご御" and " " not in run and "\u3000" not in run:
            continue
        if honorific == "様" and _ja_known_suffix(run) < 2 and (
            run[-1] in SAMA_COMPOUND_BEFORE or text[end + 1 : end + 2] in _SAMA_COMPOUND_AFTER
        ):
            continue
        if honorific == "様" and run[-1] in "文紋" and _ja_known_prefix(run) < 2:
            continue  # 伝統文様, 紋様: a pattern ("山田文様" is Ms Yamada Aya)
        if honorific == "様" and run[-1] == "名" and end >= 2 and (text[end - 2].isdigit() or text[end - 2] in _COUNTS):
            continue  # 六名様, 2名様, 何名様: a count of guests ("椎名様" is a name)
        if run.endswith(_JA_POST_ENDINGS) and _ja_known_prefix(run) < 2:
            continue  # 花屋さん: a shop; 販売員さん, 書記長さん: a post, not a person's name
        head, space, tail = run.partition(" ") if " " in run else run.partition("\u3000")
        if space and not (head in ZH_SURNAMES and len(tail) <= 2) and (  # "李 娜 様": Ms Li Na, no king
            head in JA_LEADING_WORDS or head.lstrip("のとにへ") in JA_ROLE_WORDS or len(head) > 3):
            start, run = start + len(head) + 1, tail  # "本日 田中様", "…の秘書 小林氏": the name is after the space
        for word in JA_LEADING_WORDS:
            if run.startswith(word) and len(run) > len(word):
                start, run = start + len(word), run[len(word) :]
        joined = max(run.rfind("＝"), run.rfind("゠"))
        if joined > 0 and _KATAKANA_RUN.fullmatch(run, joined):
            # "長谷川＝シュミット様", "タナカ＝ロラン様": a double surname, both parts (a kanji part of 2-3)
            if not _KATAKANA_RUN.fullmatch(run) and joined > 3:
                run = run[joined - 3 :]
                start = end - len(run)
        elif not _KATAKANA_RUN.fullmatch(run) and len(run.replace(" ", "").replace("\u3000", "")) > 4 and not _full_known_surname(run):
            keep = katakana_name_tail(run) or (5 if run[-5:-4].isspace() or run[-4:-3].isspace() else 4)  # "男性パク・…様"
            run = run[-keep:].lstrip()
            start = end - len(run)
        if run not in JA_ROLE_WORDS and run.lstrip("ご") not in JA_ROLE_WORDS and not (
            run.endswith(_JA_KATAKANA_POSTS) and _KATAKANA_RUN.fullmatch(run)  # "ヨガインストラクターさん": a post
        ):
            spans.append(PiiSpan(start, end, "NAME"))
    for m in _JA_COUPLE.finditer(text):  # 田中夫妻, 佐藤家: known surnames only
        size = _ja_known_suffix(m.group(1))
        if size >= 2 or size == 1 and _ja_lone_couple_surname(text, m):
            spans.append(PiiSpan(m.end(1) - size, m.end(1), "NAME"))
        elif honorifics and _ja_unknown_couple_surname(text, m):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _SAMA_COUPLE.finditer(text)]
    for m in _JA_KATAKANA_COUPLE.finditer(text):  # シュミット夫妻, ブラウンご夫婦
        if classify(m.group(1)) != COMMON and m.group(1) not in JA_ROLE_WORDS:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _JA_SURNAME_KANA.finditer(text):  # 田中ひかり様: a known surname, a given name in hiragana
        if _ja_full_known(m.group(1)) and not m.group(2).startswith(_JA_HIRAGANA_NOT_NAMES):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    for m in _JA_HIRAGANA_NAME.finditer(text):  # 奥様のさくら様, 娘のあやかちゃん
        run = m.group(1)
        if not run.startswith(("お", "ご")) and not run.startswith(_JA_HIRAGANA_NOT_NAMES):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for lead in _JA_LEADING_NAME.finditer(text):  # 原田、…: a note or a sentence opening with a known surname
        if _ja_full_known(lead.group(1)) and classify(lead.group(1)) != COMMON:
            spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    if "担当" in text or "スタッフ" in text:
        spans += [
            PiiSpan(m.start(1), m.start(1) + _ja_known_prefix(m.group(1)), "NAME")
            for m in _JA_STAFF_LABEL.finditer(text) if _ja_known_prefix(m.group(1)) >= 2 or _ja_lone_staff(text, m)
        ]
    for pattern in (_JA_AGE, _JA_LABEL):
        for m in pattern.finditer(text):
            run = m.group(1)
            if any(h in run for h in JA_HONORIFICS + ZH_HONORIFICS) or run in JA_ROLE_WORDS:
                continue  # 田中様、45歳, 白女士（45）: the honorific rule has it
            if _KATAKANA_RUN.fullmatch(run):
                # A katakana word before an age is a name only where a name stands: at the start
                # of the note or after a label ("ミュラー、52歳"), not "アポイント、49歳"; and
                # before an age, not a decade ("ウォークイン、30代女性").
                leading = m.start(1) == _JA_START.match(text).end()
                decade = _JA_DECADE.match(text, m.end(1))
                if len(run) >= 2 and (leading or pattern is _JA_LABEL) and not decade:
                    spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
                continue
            size = _ja_known_prefix(run)
            leading = m.start(1) == _JA_START.match(text).end()
            if size < 2 and (pattern is _JA_LABEL or leading) and 2 <= len(run) <= 4:
                if run not in _JA_COMMON_BEFORE_AGE and classify(run) != COMMON:
                    spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # 高畑、27歳
                continue
            if size >= 2:
                # 田中恵子 (surname + given name) stays whole; 田中様 … is handled above.
                stop = m.end(1) if len(run) <= 4 else m.start(1) + size
                spans.append(PiiSpan(m.start(1), stop, "NAME"))
    return spans
