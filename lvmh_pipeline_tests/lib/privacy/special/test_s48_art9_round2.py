"""Art. 9 classes of session 48, round 2 (the two own files), probed with phrasings written for this test:

- a birthplace told by its country is no ethnic origin (the convention "a bare nationality or birthplace
  is not ORIGIN"): Japanese "<country>(の)(ご)出身", English "<demonym>-born", Russian "родом из <country>";
  an ethnic community or ancestry stays ORIGIN ("在日コリアン", "部落出身", "армянин по происхождению");
- German rehabilitation compounds ("Suchtreha") and a surgery told by its body part with "-OP" ("Kiefer-OP");
- a Korean diabetes with its type after it ("당뇨 1형");
- a fast told as a diet, or whose faith is denied, stays readable (dev writers 25 to 1);
- politics as a topic of talk stays readable beside a party (dev writers 23 to 1): "정치 얘기", "政治の話", "谈政治".

Negatives: the Korean securities and construction firms (증권사, 건설사: no church title, no diarrhoea), a
chief operating officer, an Arabic appointment after "عندها", sugar an Arabic note says the client does not
eat ("ما ياكل سكر"), a deer ("Reh") on a brooch, a fast
kept for Ramadan.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline.lib.privacy.special.practice.diet_fasts import diet_fast_words, diet_fasts
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of


@pytest.mark.parametrize("text, words, kind", [
    # German rehabilitation compounds and surgeries with "-OP"
    ("Er trinkt nichts mehr seit der Suchtreha im Frühjahr.", "Suchtreha", "HEALTH"),
    ("Sie kommt gerade aus der Alkoholreha zurück.", "Alkoholreha", "HEALTH"),
    ("Termin erst nach ihrer Kiefer-OP im Mai.", "Kiefer-OP", "HEALTH"),
    ("Er hat morgen eine Mandel-OP.", "Mandel-OP", "HEALTH"),
    # a Korean diabetes with its type
    ("고객님 당뇨 1형이라 단 음식은 제외", "당뇨 1형", "HEALTH"),
    # an ethnic community stays ORIGIN
    ("木村様（在日コリアン三世）、ネックレスをご検討。", "在日コリアン", "ORIGIN"),
    ("Он армянин по происхождению, любит золото.", "армянин по происхождению", "ORIGIN"),
    # a fast kept for a religious period stays RELIGION
    ("Sie fastet gerade, es ist Ramadan.", "fastet gerade", "RELIGION"),
])
def test_round2_classes_are_redacted(text: str, words: str, kind: str) -> None:
    assert covered(text, words, kind), spans_of(text)


@pytest.mark.parametrize("text, language", [
    # a birthplace by its country
    ("田中様（ペルー出身、横浜在住）。時計をご希望。", "JA"),
    ("佐藤様はトルコのご出身で、今は神戸にお住まい。", "JA"),
    ("Mrs Carter (Kenyan-born, lives in Surrey) wants earrings.", "EN"),
    ("Она родом из Армении, любит жёлтое золото.", "RU"),
    # a fast told as a diet or whose faith is denied
    ("La cliente digiuna, ma non per fede: lo fa per dimagrire.", "IT"),
    ("She fasts most mornings, not for religious reasons, intermittent fasting really.", "EN"),
    ("قالت إنها صايمة هالأيام بس مو عشان رمضان، صيام متقطع للرجيم.", "AR"),
    # look-alikes
    ("정 대표님 (여의도 증권사), 브레이슬릿 문의", "KO"),
    ("김 사장님 (건설사 대표), 시계 문의", "KO"),
    ("Her husband is the chief operating officer of a bank.", "EN"),
    ("عندها موعد يوم الخميس الجاي", "AR"),
    ("الأستاذ سعيد ما ياكل سكر أبد، نقدم له قهوة بدون سكر.", "AR"),
    ("Sie mag die Brosche mit dem Reh, Gelbgold.", "DE"),
])
def test_round2_look_alikes_stay_readable(text: str, language: str) -> None:
    stored = pseudonymize(text, language=language).text
    assert not any(token in stored for token in ("[ORIGIN]", "[RELIGION]", "[HEALTH]")), stored


def test_diet_fasts_drops_a_fast_of_a_diet_sentence_only() -> None:
    text = "Fasts like in Ramadan, not for religion. He fasts during Ramadan."
    first = PiiSpan(0, 5, "RELIGION")
    second = PiiSpan(text.index("fasts during"), text.index("fasts during") + 5, "RELIGION")
    assert diet_fasts(text, [first, second]) == [second]
    assert diet_fasts(text, [PiiSpan(0, 5, "HEALTH")]) == [PiiSpan(0, 5, "HEALTH")]


def test_diet_fast_words_only_in_a_sentence_of_a_diet() -> None:
    assert diet_fast_words("He fasts during Ramadan.") == []
    text = "Er fastet, intermittierend, 16:8."
    assert (3, 9) in diet_fast_words(text)


@pytest.mark.parametrize("text, language, topic", [
    ("국민의힘 당원, 구청장 출마 예정 — 정치 얘기는 피할 것.", "KO", "정치 얘기"),
    ("自民党員とのこと — 政治の話は避ける。", "JA", "政治の話"),
    ("他是党员 — 不要谈政治。", "ZH", "谈政治"),
])
def test_politics_as_a_topic_of_talk_stays_readable_beside_a_party(text: str, language: str, topic: str) -> None:
    stored = pseudonymize(text, language=language).text
    assert "[POLITICS]" in stored and topic in stored, stored
