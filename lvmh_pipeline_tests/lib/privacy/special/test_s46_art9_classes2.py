"""Art. 9 classes of session 46, round 2, probed with phrasings written for this test:

- a same-sex partner shown by the client's stated gender and the partner word's own (Japanese,
  Chinese), by a colloquial Arabic possessive ("جوزو", "مرتها"), and by the Russian "свой" after the
  partner noun;
- a community, diaspora or association of compatriots (Latin script, Japanese, Chinese, Korean).

Negatives: a spouse of the other gender, a relative's spouse, a client of the other gender in the
note, a bare nationality, an association with no people's word.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.origin.communities import community_phrases
from lvmh_pipeline.lib.privacy.special.gendered.client_partners import client_partners
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


def _words(text: str, spans) -> list[str]:
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(("text", "words"), [
    ("ご来店は男性のお客様、ご主人の浩二さんと一緒に指輪を選ばれました", "ご主人"),
    ("女性のお客様で、奥さまとご来店、記念日のネックレス", "奥さま"),
    ("顾客（男），和老公一起来看表", "老公"),
    ("女性客户，带着未婚妻来挑项链", "未婚妻"),
    ("اجا مع جوزو تبع فرنسا، بدهم ساعة", "جوزو"),
    ("جات مع مرتها من بيروت", "مرتها"),
])
def test_stated_gender_partners(text: str, words: str) -> None:
    assert words in _words(text, client_partners(text, []))


@pytest.mark.parametrize("text", [
    "男性のお客様、奥様へのプレゼント",               # a man's wife
    "女性のお客様、旦那様と一緒に",                   # a woman's husband
    "男性のお客様、息子さんの旦那さんへの贈り物",     # a relative's spouse
    "男性のお客様と女性のお客様、旦那さんの誕生日",   # both genders in the note
    "顾客（女），和丈夫一起",                         # a woman's husband
    "جات مع جوزها",                                   # her husband
    "اجا مع زوجته",                                   # his wife
    "Mr Hall came with his partner from the firm",    # no stated gender pair here
])
def test_other_gender_pairs_stay_readable(text: str) -> None:
    assert client_partners(text, []) == []


def test_russian_possessive_after_the_partner() -> None:
    text = "она пришла с партнёршей своей, вместе восемь лет"
    assert covered(text, "с партнёршей своей", "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize(("text", "words"), [
    ("Il est trésorier de l'amicale des Portugais de Lyon", "l'amicale des Portugais de Lyon"),
    ("Sra. Díaz, activa en la asociación de peruanos en Madrid", "asociación de peruanos en Madrid"),
    ("membro da associação dos angolanos do Porto", "associação dos angolanos do Porto"),
    ("she chairs the society of Ghanaians in Leeds", "society of Ghanaians in Leeds"),
    ("la comunità filippina di Milano", "comunità filippina"),
    ("札幌の日系コミュニティで知られた方", "札幌の日系コミュニティ"),
    ("他在温哥华华人社团很有名", "温哥华华人社团"),
    ("토론토 한인 커뮤니티 소개로 오신 분", "한인 커뮤니티"),
])
def test_community_phrases(text: str, words: str) -> None:
    assert words in _words(text, community_phrases(text, []))


@pytest.mark.parametrize("text", [
    "l'association des parents d'élèves organise une tombola",   # no people's word
    "un client vietnamien, très fidèle",                         # a bare nationality
    "华人喜欢金色",                                               # a people's word alone
    "the community manager of the brand",                        # a group word alone
])
def test_look_alike_communities_stay_readable(text: str) -> None:
    assert community_phrases(text, []) == []


def test_community_grows_over_the_lexicon_word() -> None:
    text = "神戸の華僑コミュニティの方"
    inner = text.index("華僑")
    out = community_phrases(text, [PiiSpan(inner, inner + 2, "ORIGIN")])
    assert _words(text, out) == ["神戸の華僑コミュニティ"]


def test_an_engagement_ring_is_evidence_but_stays_readable() -> None:
    text = "она пришла с партнёршей своей, выбирали помолвочное кольцо"
    assert covered(text, "с партнёршей своей", "ORIENTATION"), spans_of(text)
    assert ("выбирали", "ORIENTATION") not in spans_of(text) and not covered(text, "помолвочное кольцо", "ORIENTATION")


def test_a_partner_noun_alone_stays_readable() -> None:
    text = "она пришла с партнёршей своей по бизнесу"
    assert not covered(text, "партнёршей", "ORIENTATION"), spans_of(text)
