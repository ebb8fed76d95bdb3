"""Korean names and near-names, session 41 (our own phrasings; never a note's sentence):

- a one-syllable surname that punctuation alone shows: between a comma and a full stop ("통화함,
  윤."), after a hesitation before a full stop ("음 황."), alone in brackets ("(곽) 고객"), a rarer surname that is a word too found again alone at a
  clause once the note wrote it before an honorific ("빈여사님 … 빈.");
- not names: an agent noun in -자 starting with a surname syllable ("문의자:", "구매자는 회장님"), a
  surname syllable with a case particle before an honorific ("떠나기 전에 교수님이"), a place and a
  word in brackets after a romanised name ("Mr. Seo (홍콩 거주)"), a house in Hangul before a line
  named after a person ("바쉐론 콘스탄틴"), 한 before 두 ("한, 두 장": one or two).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored


@pytest.mark.parametrize(
    "text, names",
    [
        ("오전에 통화함, 윤. 토요일 방문 예정.", ["윤"]),
        ("(곽) 고객 오후 방문, 반지 사이즈 조정.", ["곽"]),
        ("전화 받음. 음 황. 귀걸이 재고 확인.", ["황"]),
        ("빈여사님 예약 확인. 빈. 금요일 세 시.", ["빈"]),
        ("오늘 예약: 하고객님. 시계 수리 문의, 하. 다음 주 픽업.", ["하"]),
        ("Mr. Seo (홍콩 거주) 방문, 서 대표님 시계 문의.", ["Seo", "서"]),
    ],
)
def test_lone_surnames_are_redacted(text: str, names: list[str]) -> None:
    out = stored(text, "ko")
    for name in names:
        assert not leaked(name, out), (name, out)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("문의자: 고객 본인, 반지 사이즈 문의.", "문의자"),
        ("예약자: 비서실, 회장님 선물.", "예약자"),
        ("실제 구매자는 회장님이세요.", "구매자는"),
        ("떠나기 전에 교수님이 선물하신대요.", "전에"),
        ("Mr. Seo (홍콩 거주) 방문, 서 대표님 시계 문의.", "홍콩 거주"),
        ("바쉐론 콘스탄틴 오버시즈 재고 문의.", "콘스탄틴"),
        ("피. 그 정도는 아니고, 수선만 요청.", "피"),
        ("네, 이. 그건 아니고요.", "이"),
        ("(이) 표시된 품목만 할인.", "(이)"),
        ("스카프는 한, 두 장 정도 보심.", "한, 두"),
        ("음 이. 이거 말고 다른 거.", "음 이."),
    ],
)
def test_words_that_look_like_surnames_stay(text: str, kept: str) -> None:
    assert kept in stored(text, "ko")
