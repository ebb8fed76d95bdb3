"""Chinese family names the lexicon lacks, where the note shows one:

- one character before a personal title (先生, 女士, 小姐 …) that opens the note or a clause (after
  punctuation or a hesitation: "嗯"), and is no pronoun, determiner, number or word that stands
  before a title in ordinary phrases ("老先生", "该女士", "各位", "请先生"): the lexicon keeps the
  commonest surnames only, a rare one (a verb or a noun too elsewhere) is named so here;
- that character with a given name after it elsewhere in the same note (the full name, glued to
  a title too, or after "就是"), when the characters after it are given-name characters;
- the reduplicated nickname of a one-character given name found ("…悦 … 悦悦说"), an
  endearment the note uses for the same person.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ZH_COMMON_WORDS, ZH_GIVEN_CHARS, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import _ZH_DOUBLE_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

__all__ = ["zh_rare_surnames", "zh_reduplicated_given"]

_TITLES = "先生|女士|小姐|太太|老师|老師|夫人"
_GATE = re.compile(_TITLES)
# Characters that stand before a title in ordinary phrases, no family name: pronouns, determiners,
# numbers, age and kind words, verbs of asking and addressing, particles.
_NOT_SURNAMES = frozenset(
    "老该該此这這那哪某各每本贵貴其男女小大位原前新旧舊好两兩一二三四五六七八九十几幾诸諸众眾令尊您你我他她"
    "的是和与與跟给給对對向请請问問谢謝叫让讓被把为為名个個说說见見都也还還就才又再在有没沒不很太更最已会會"
    "要想带帶由陪找约約等及或同随隨医醫护護律教博校店客顾顧副总總主先后後上下左右高矮胖瘦美帅帥年亲親俩倆们們"
    "家外内內洋中西东東南北港台臺日韩韓英法德意俄泰越印欧歐非澳华華汉漢满滿藏回苗某诸各位剛刚像似如若即便"
    "啊呀吧呢吗嗎哦喔嘛哈嘿喂诶欸唉帮幫替送喊劝勸连連姨阔闊富贤賢夫妻朋友"
    "但而且并並却卻然所因虽雖只便可则則仍亦乃故"  # conjunctions: "，但太太对香精敏感"
)
_OPENERS = "嗯呃啊哦额噢"
# Particles, verbs and measure words that end a phrase, no second character of a given name
_NOT_GIVEN_SECOND = frozenset("的了是在说說和与與也都就吗嗎呢吧啊过過着著到给給把被让讓来來去个個些下次说")
_RARE_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[，,。.：:；;、（(！!？?\s…\-—]))[{_OPENERS}]*([{HAN}])(?={_TITLES})"
)


def _given_after(text: str, i: int) -> int:
    """Length (0 or 2) of the given name after a family name ending at ``i``."""
    word = text[i : i + 2]
    if len(word) == 2 and word not in ZH_COMMON_WORDS and word[0] in ZH_GIVEN_CHARS and (
        word[1] in ZH_GIVEN_CHARS or re.match(f"[{HAN}]", word[1]) and word[1] not in _NOT_GIVEN_SECOND
    ):
        return 2  # 查立群: given-name characters, the second maybe one the lexicon lacks (群)
    if len(word) == 2 and word in person_names().given and word not in ZH_COMMON_WORDS:
        return 2
    return 0


def zh_rare_surnames(text: str) -> list[PiiSpan]:
    """Family names missing from the lexicon before a title that opens a clause, and their full
    names elsewhere in the note (see the module)."""
    if not _GATE.search(text):
        return []
    found = {
        m.group(1): m.start(1)
        for m in _RARE_BEFORE_TITLE.finditer(text)
        if m.group(1) not in ZH_SURNAMES and m.group(1) not in _NOT_SURNAMES
    }
    # the full name opening the note before a title ("X某某女士，…"), its family name rare
    head = re.match(rf"[ \u3000]*([{HAN}])(?=[{HAN}]{{2}}(?:{_TITLES}))", text)
    if head and head.group(1) not in ZH_SURNAMES and head.group(1) not in _NOT_SURNAMES and _given_after(text, head.end()):
        found.setdefault(head.group(1), head.start(1))
    spans = []
    for char in found:
        for m in re.finditer(re.escape(char), text):
            after = text[m.end() : m.end() + 4]
            if re.match(_TITLES, after):
                spans.append(PiiSpan(m.start(), m.end(), "NAME"))
                continue
            size = _given_after(text, m.end())
            if size and (m.start() == 0 or not re.match(f"[{HAN}]", text[m.start() - 1]) or text[m.start() - 2 : m.start()] in ("就是", "叫做", "名叫")):
                spans.append(PiiSpan(m.start(), m.end() + size, "NAME"))
    for given in {text[s.start + 1 : s.end] for s in spans if s.end - s.start == 3}:
        for m in re.finditer(rf"(?:^|(?<=[，,。.：:；;、（(！!？?\s]))({re.escape(given)})(?={_TITLES})", text):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))  # her given name alone before a title
    return spans


def zh_reduplicated_given(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """"悦悦" for a one-character given name 悦 of a name found (a family name of one or two
    characters before it)."""
    out = []
    for s in spans:
        name = text[s.start : s.end]
        if len(name) not in (2, 3) or not all(re.match(f"[{HAN}]", c) for c in name):
            continue
        if len(name) == 3:
            if name[:2] not in _ZH_DOUBLE_SURNAMES:
                continue
        elif name[0] not in ZH_SURNAMES:
            continue
        given = name[-1]
        if given not in ZH_GIVEN_CHARS:
            continue
        for m in re.finditer(re.escape(given * 2), text):
            if text[m.end() : m.end() + 1] != given and text[m.start() - 1 : m.start()] != given:
                out.append(PiiSpan(m.start(), m.end(), "NAME"))
    return out
