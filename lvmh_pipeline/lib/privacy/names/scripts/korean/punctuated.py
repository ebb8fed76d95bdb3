"""Korean one-syllable surnames that punctuation alone shows, and Hangul words that only look like a
surname before an honorific.

Names (:func:`ko_punctuated_surnames`):

- a surname alone between a comma or a colon and a full stop ("어제 통화, 윤. 다음 주 방문"), or after
  a hesitation opening the clause ("음 최. 반지 구매");
- a surname alone in brackets, not glued to the word before ("(곽) 고객 방문");
- a rarer surname that is a word too (피, 빈, 봉 …), once the note wrote it before a personal
  honorific ("피고객님"), alone again where a clause opens and punctuation closes it ("… 드림. 피.").

No names (:func:`ko_not_surname_word`): an agent noun in -자 that starts with a surname syllable
("문의자:", "구매자는 회장님": the person asking, the buyer), and a surname syllable with a case
particle glued to it before an honorific ("가기 전에 교수님이": before, not Mr 전), 한 before 두
("한, 두 개": one or two).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import KO_NOT_LONE_SURNAMES, KO_SURNAMES

__all__ = ["ko_not_surname_word", "ko_punctuated_surnames"]

_SURNAMES = "".join(sorted(KO_SURNAMES))
# One syllable that is a word alone as well as a surname (this, not, one, more, yes …)
_WORDS = frozenset("이안한그저더또잘못좀다막딱참꼭왜자네예어음아응흠즉단첫총약옥은기") | KO_NOT_LONE_SURNAMES
_BETWEEN = re.compile(rf"[,，:：][ \t]*([{_SURNAMES}])[ \t]*[.。](?=[ \t]|$|\n)")
# "음 최. 반지 구매": a hesitation opening the clause, then the surname alone before a full stop
_HESITANT_STOP = re.compile(rf"(?:^|(?<=[.!?。\n]))[ \t]*(?:음|어|아|그|저)[ \t]*,?[ \t]+([{_SURNAMES}])[ \t]*[.。](?=[ \t]|$|\n)")
_BRACKETED = re.compile(rf"(?:^|(?<=[ \t\n]))[(（][ \t]*([{_SURNAMES}])[ \t]*[)）]")
# Rarer surnames that are words too: a name only where an honorific once followed them
_RARE = "경봉복태피감빈온호범좌팽승간갈견옹빙풍평탄종묵뇌초화창흥필포운"
_RARE_TITLED = re.compile(rf"(?<![가-힣])([{_RARE}])[ \t]?(?:고객님|여사님|사모님|고객|여사|님|씨)")
_CLAUSE_LONE = r"(?:^|(?<=[.!?。\n,，:：]))[ \t]*({s})[ \t]*(?=[.,。，:：;]|$)"


def ko_punctuated_surnames(text: str) -> list[PiiSpan]:
    spans = [
        PiiSpan(m.start(1), m.end(1), "NAME")
        for pattern in (_BETWEEN, _HESITANT_STOP, _BRACKETED)
        for m in pattern.finditer(text)
        if m.group(1) not in _WORDS
    ]
    for rare in {m.group(1) for m in _RARE_TITLED.finditer(text)}:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in re.finditer(_CLAUSE_LONE.format(s=rare), text)]
    return spans


# Agent nouns in -자 whose first syllable is a surname: the person asking, buying, booking …
_AGENT_NOUNS = frozenset(
    """문의자 구매자 예약자 방문자 신청자 주문자 수령자 결제자 담당자 소개자 추천자 작성자 보호자 동반자
    배우자 사용자 관리자 책임자 참석자 접수자 대리자 명의자 소유자 기부자 후원자 수상자 당사자 상속자
    구입자 인수자 지정자 선물자 전달자 연락자 초대자 진행자 운영자 대표자""".split()
)
_CASE_PARTICLES = "에을를의로"
_ONE_OR_TWO = re.compile(r"[ \t]*[,，]?[ \t]*(?:두|둘)(?![가-힣])")


def ko_not_surname_word(text: str, span: PiiSpan) -> bool:
    """Is ``span`` an agent noun ("문의자", "구매자는") or a surname syllable and a case particle
    ("전에") rather than a name?"""
    word = text[span.start : span.end]
    if word[:3] in _AGENT_NOUNS or word == "한" and _ONE_OR_TWO.match(text, span.end):
        return True  # ("한, 두 개": one or two)
    return len(word) == 2 and word[0] in KO_SURNAMES and word[1] in _CASE_PARTICLES
