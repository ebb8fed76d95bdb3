"""Ordinary words taken as [NAME] that also cost a concept (an allergen, a budget, a product), in
our own phrasings; each class with a real name in the same position, which still goes.

- An allergen, a diet, a product or an occasion of the taxonomy written in Hangul after a label's
  colon ("알레르기: 고양이, 콩"): no Korean full name, whatever its syllables.
- A price range in 100s of a unit ("반지 300대"): "대" after a decade only (10대–90대) is an age.
- The currency after an amount, before a spoken correction ("300만 원, 아니 400만"): no surname
  said by mistake.
- The plural of a client or role word ("VIP 고객들께", "손님들이"): no full name.
- A number word or an allergen the taxonomy marks ambiguous opening a note before a comma ("Eggs,
  nuts …", "Deux, trois cents euros"), unless a person word follows ("Fish, regular client").
- An aside about the name in brackets after it ("(본명 모름)", "(예약명 그대로)", "（小名）",
  "（ホノルル在住）"): no name written again.
- "어" alone before an honorific in a transcribed note (one that says "음" too): a hesitation; the
  noun 성씨 ("family name") before a particle; a copula glued to a Latin word ("keto이고 고객님").
- A pattern before 様 ("伝統文様", "紋様"), a post before さん ("販売員さん", "委員長さん"); a Chinese
  verb or preposition ending three characters before a title ("每周都带太太", "黄色由太太").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


def _taken(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("알레르기: 고양이, 콩.", "ko", "고양이"),
        ("알레르기: 오징어, 땅콩 조심.", "ko", "오징어"),
        ("못 드시는 것: 고등어, 새우.", "ko", "고등어"),
        ("관심 품목: 장신구, 반지.", "ko", "장신구"),
        ("반지 300대로 보고 싶다고 하심.", "ko", "반지"),
        ("구두 200대 초반 원하심.", "ko", "구두"),
        ("예산 300만 원, 아니 400만 원까지 가능.", "ko", "원"),
        ("오십만 원, 아니 육십만 원 정도.", "ko", "원"),
        ("VIP 고객들께 드릴 선물 준비.", "ko", "고객들"),
        ("VIP 손님들께 연말 카드 발송.", "ko", "손님들"),
        ("Eggs, nuts, shellfish: all fine.", "en", "Eggs"),
        ("Two, three thousand at most.", "en", "Two"),
        ("Deux, trois cents euros max.", "fr", "Deux"),
        ("Œufs, noix : rien à signaler.", "fr", "Œufs"),
        ("Huevos, nueces: sin problema.", "es", "Huevos"),
        ("Zwei, drei Tausend Euro.", "de", "Zwei"),
        ("Tre, quattromila euro al massimo.", "it", "Tre"),
        ("Ovos, nozes: tudo bem.", "pt", "Ovos"),
        ("지우 엄마 (본명 모름) 또 오심.", "ko", "모름"),
        ("정하늘 (예약명 그대로, 호칭 빼달라고 하심). 반지 문의.", "ko", "예약명"),
        ("儿子乐乐（小名），八岁生日。", "zh", "小名"),
        ("Mr & Mrs OKADA（パリ在住）。ご主人 Ken。", "ja", "在住"),
        ("직접 못 오시고, 음 그러니까, 어 사모님 칠순이 3월이라.", "ko", "어"),
        ("어 고객님 성함은 안 남기셨고요, 음 반지 보러 오심.", "ko", "어"),
        ("성씨는 안 여쭤봤고 이름만 들음.", "ko", "성씨"),
        ("남편은 keto이고 고객님은 채식.", "ko", "이고"),
        ("伝統文様の帯をお探し。", "ja", "伝統文"),
        ("紋様入りの袱紗をご希望。", "ja", "紋"),
        ("店頭の販売員さんにも伝えた。", "ja", "販売員"),
        ("退任される委員長さんへの記念品。", "ja", "委員長"),
        ("他每周都带太太来逛。", "zh", "周都带"),
        ("黄色由太太来选。", "zh", "黄色由"),
        ("周末给太太买了花。", "zh", "周末给"),
    ],
)
def test_ordinary_word_stays(text: str, language: str, word: str) -> None:
    assert word in _stored(text, language)
    assert not any(word in taken for taken in _taken(text))


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("알레르기 담당: 김민지, 내일 연락.", "ko", "김민지"),
        ("메모: 박서준, 스카프 문의.", "ko", "박서준"),
        ("김민지(30대) 반지 문의.", "ko", "김민지"),
        ("그 최… 아니 채, 채 고객님 방문.", "ko", "최"),
        ("VIP 김민지께 드릴 선물.", "ko", "김민지"),
        ("Hartley, nuts about bags, came by.", "en", "Hartley"),
        ("Fish, regular client, wants a tote.", "en", "Fish"),
        ("Otto, 45 ans, collectionneur.", "fr", "Otto"),
        ("'수아 언니' (본명 정수아) 방문.", "ko", "정수아"),
        ("김민지 (Kim Minji) 방문.", "ko", "Minji"),
        ("어 고객님 방문, 반지 문의.", "ko", "어"),
        ("음 그게, 어민지 고객님 방문.", "ko", "어민지"),
        ("성 씨 부부 방문, 반지 문의.", "ko", "성"),
        ("vip김민지 고객님 방문.", "ko", "김민지"),
        ("山田文様、ご来店。", "ja", "山田"),
        ("松長さんご来店、時計。", "ja", "松長"),
        ("王跟太太来了，看手镯。", "zh", "王"),
        ("陈美玲女士来了。", "zh", "陈美玲"),
    ],
)
def test_name_in_the_same_place_still_goes(text: str, language: str, name: str) -> None:
    assert not leaked(name, _stored(text, language))
