"""Name classes behind the w31 leaks in Hangul, Han and Arabic notes, in our own phrasings.

- Hangul: a one-syllable given name between a kin word and 씨 ("여자친구 솔 씨"), a child's name
  before its age in brackets ("보람(7살)"); a two-syllable surname glued to its given name before a separator ("남궁하린·…"), or
  apart before a one-syllable given name closed by a bracket ("(독고 준)"); a full name after a
  label saying it is the Korean name ("한국명 최하늘"); a Latin given name before a kin word ("Tom 삼촌");
- Han: a full name after a child's kin word whose given name is a word too ("孙子周小龙"); a known
  given name after a kin word whatever its characters ("太太碧云"); a staff member's 小- name ("秘书小雪来");
- Japanese: a katakana family name and a hiragana given name before 様 ("ミラー・あおい様");
- Arabic: a Latin family name with its article listed before a name found ("Al-Harbi، …"), a family
  name with "بن" glued to the "و" of a list ("وبن علي"), a given name that is a word too after a
  parent word and closed by punctuation ("الأب سعيد،").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("남궁하린·정우성 부부 방문, 결혼 10주년 선물.", "ko", ["남궁하린", "하린"]),
        ("독고 고객님(독고 준) 시계 문의.", "ko", ["준"]),
        ("Sophie Lee 고객님 (한국명 최하늘) 런던 거주.", "ko", ["최하늘", "하늘"]),
        ("Tom 삼촌 생일 선물도 같이 보심.", "ko", ["Tom"]),
        ("여자친구 솔 씨 생일 선물로 반지. 솔 씨한테는 비밀.", "ko", ["솔"]),
        ("보람(7살)이랑 엄마 방문. 보람 생일은 3월.", "ko", ["보람"]),
        ("周太太带孙子周小龙来挑表，小龙喜欢蓝色。", "zh", ["周小龙", "小龙"]),
        ("林先生說太太碧云下個月生日，想送項鍊。", "zh", ["碧云"]),
        ("王董的秘书小雪来取包。", "zh", ["小雪"]),
        ("ミラー・あおい様のご友人、出産祝い。", "ja", ["ミラー", "あおい"]),
        ("VIP 남궁 고객님, 남궁 수정님이요, 손녀 선물.", "ko", ["수정"]),
        ("ضيوف الصباح: Al-Harbi، السيد Mansour، وبن علي. Al-Harbi سأل عن ساعة.", "ar", ["Al-Harbi", "بن علي"]),
        ("زيارة عائلة القحطاني: الأب سعيد، والابنة نورة.", "ar", ["سعيد"]),
    ],
)
def test_names_found(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("서문에 적힌 내용 참고, 다음 주 재방문.", "ko", ["서문에"]),
        ("음.. 남궁 그.. 남궁민호 고객님 방문.", "ko", ["그.."]),
        ("독 고객님(독고 아님, 독 씨) 재방문.", "ko", ["아님"]),
        ("Dior 언니 매장에서 추천.", "ko", ["Dior"]),
        ("아들(7살)이랑 막내(5세) 같이 옴.", "ko", ["아들", "막내"]),
        ("남편 두 분 다 오심.", "ko", ["두 분"]),
        ("الأم سعيدة جدا بالهدية.", "ar", ["سعيدة"]),
        ("儿子喜欢小龙虾。", "zh", ["小龙虾"]),
        ("他的司机小时候住在上海。", "zh", ["小时候"]),
        ("バッグ・これから様子見。", "ja", ["これから"]),
        ("제갈 선생님 방문, 시계 문의.", "ko", ["선생님"]),
    ],
)
def test_words_kept(text, language, kept):
    stored = _stored(text, language)
    assert all(k in stored for k in kept), stored
