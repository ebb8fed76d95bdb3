"""Patterns of Chinese names: honorifics, ages, labels, couples, leading and dotted names."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ZH_COUPLE_SUFFIXES,
    ZH_HONORIFICS,
    ZH_SHORT_TITLE_NOT_BEFORE,
    ZH_SURNAMES,
)
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN, _AGE_ZH, _SEP

_ZH_SINGLE = tuple(h for h in ZH_HONORIFICS if len(h) == 1)
_ZH_HONORIFIC = re.compile(
    rf"(?:{alternation(h for h in ZH_HONORIFICS if len(h) > 1)}"
    rf"|(?<=[{HAN}])(?:{alternation(_ZH_SINGLE + ('氏',))})(?![{''.join(ZH_SHORT_TITLE_NOT_BEFORE)}]))"
)
_HAN_CHAR = re.compile(f"[{HAN}]")
_SHARED_WITH_JA = frozenset({"先生", "夫人", "教授", "博士", "総", "氏"})
_ZH_DOUBLE_SURNAMES = frozenset(
    """欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 司徒 慕容 皇甫 尉迟 尉遲 令狐 夏侯 端木 宇文 独孤 獨孤 南宫 南宮
    轩辕 軒轅 呼延 澹台 澹臺 钟离 鍾離 拓跋
    公孙 公孫 长孙 長孫 司空 闻人 聞人 万俟 萬俟 赫连 赫連 申屠 公羊 濮阳 濮陽 淳于 太叔 宗政 东郭 東郭
    羊舌 微生 公冶 梁丘 左丘 谷梁 穀梁 段干 巫马 巫馬 公西 漆雕 乐正 樂正 壤驷 壤駟 公良 夹谷 夾谷
    宰父 亓官 司寇 颛孙 顓孫 子车 子車 闾丘 閭丘 东门 東門 西门 西門""".split()
)  # the compound surnames of the 百家姓 (not 东方, 第五, 百里: "一位东方女士" is a lady from the East)
_ZH_ROLE_ENDINGS = frozenset("师员家长士手星人生姐妹哥弟儿女子")
_ZH_KIN_CHARS = frozenset("女儿子太妻夫母父孙爸妈姐妹哥弟")
_ZH_AGE = re.compile(rf"([{HAN}]{{2,6}}){_SEP}(?={_AGE_ZH})")
# "王 45岁": a lone surname opening the note (or after a client word) before an age.
_ZH_LONE_AGED = re.compile(rf"(?:^[ \u3000]*|(?<=客户)|(?<=顾客)|(?<=客人))([{HAN}])[ \u3000、，,]+(?={_AGE_ZH})")
_ZH_LABEL = re.compile(
    rf"(?:客户姓名|客户名|姓名|客户|顾客|客人)[ \u3000]?[:：][ \u3000]?([{HAN}]{{2,4}})"
    rf"|(?:客户|顾客|客人|会员|VIP)[ \u3000]?([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、。；;(（ \u3000])"
)
_ZH_LEADING = re.compile(rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}][{HAN}]{{1,2}})(?=[，,、：:（(])")
_ZH_COUPLE = re.compile(rf"([{HAN}]{{1,3}})(?:{alternation(ZH_COUPLE_SUFFIXES)})")
_ZH_DOTTED = re.compile(rf"([{HAN}]{{2,6}})[·・•‧]([{HAN}]{{2,6}})")
_ZH_LEADING_SURNAME = re.compile(
    rf"^[ \u3000]*([{''.join(ZH_SURNAMES)}])[ \u3000]?[，,、:：(（][ \u3000]?"
    rf"(?=\d{{1,3}}[ \u3000]?(?:岁|歲|周岁|多岁|來歲|来岁|[，,、)）;；])"
    # "黄，工会主席，…", "郑，老客户": a client or an office in the clause after the comma
    rf"|[^，,。；;\n]{{0,8}}(?:客户|客戶|客人|顾客|顧客|会员|會員|VIP|主席|主任|主管|经理|經理|老板|老闆|总监|總監|董事长|董事長|老师|老師|医生|醫生|律师|律師|教授)(?=[，,。；;、\s]|$))"
)
# "姓苏", "她老板姓孔", "妈妈姓欧阳，": a surname stated after 姓 (not 百姓, 贵姓, 姓名)
_ZH_SURNAME_IS = re.compile(
    rf"(?<![百贵貴尊同]姓)(?<=姓)(?:({'|'.join(sorted(_ZH_DOUBLE_SURNAMES))})(?=[，,、。；;\s的]|$)"
    rf"|([{''.join(ZH_SURNAMES)}文安])(?=[，,、。；;\s]|[{HAN}]{{1,2}}[，,、。；;]))"
)  # 文, 安: family names the lexicon leaves out for the words they begin (文化, 安排), said after 姓
# "慕容是姓，雪是名字", "复姓欧阳": the note says which word is the surname, which the given name
_ZH_SAID_SURNAME = re.compile(
    rf"(?:复姓|複姓)({'|'.join(sorted(_ZH_DOUBLE_SURNAMES))})"
    rf"|(?:^|(?<=[，,、。；;\s…]))({'|'.join(sorted(_ZH_DOUBLE_SURNAMES))}|[{''.join(ZH_SURNAMES)}])(?=是(?:她|他|我)?的?姓)"
    rf"|(?:^|(?<=[，,、。；;\s…]))([{HAN}]{{1,2}})(?=是(?:她|他|我)?的?名字?(?:[，,、。；;\s]|$))"
)
