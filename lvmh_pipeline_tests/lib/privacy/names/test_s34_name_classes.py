"""Name classes of session 34, in our own phrasings (found from the held-out failure classes and the
readable dev sets, never copied from a note):

- an Arabic family name in Latin letters with its particle after a given name ("Karim Abi Nader",
  "Maya Abou Jaoude", "Sra. Maya Bou Saab"): "Abi" is also a German word, "Maya" a word too;
  not "Rose El Bakery", not "das Abi" in German;
- a nisba missing from the lexicon opening an Arabic note before a known given name ("الطائي أحمد
  جاء"): the surname-first order of a register;
- an Arabic family name without the article after a known given name, before a verb of visiting or
  calling ("ليلى طراد جت اليوم"); not an adverb or a word with a pronoun ("ليلى وحدها جت", "سارة أخيرا جت");
- an Arabic given name missing from the lexicon after a kin word and a label's colon, a comma or a
  dash ("زوجته: رتيل تحب الذهب", "بنتها - جيلان -"), as after a space; not a condition, an adjective
  or an adverb there ("زوجها: سكري،", "بنتها: صغيرة،", "زوجته، كمان،");
- less frequent given names of the European markets (lexicon 1.14: "Sr. Quiroga, Anselmo, …");
- an Arabic given name that is a word too after "with", "for", "at", a call or a verb of calling or
  meeting ("تكلمت مع منى", "هدية لـ منى", "يا منى،", "كلمت خالد"); not an abstract noun before the noun
  it governs ("مع حسن النية"), an exclamation ("يا سلام"), a day ("عند خميس") or an adjective after a
  verb of arriving ("وصل سالم": it arrived intact);
- a given name that is a word too set off after a titled surname before an age ("Sra. Ibarra, Paloma —
  38"; a name that is a house too, "Chloé", still needs another cue);
- an unknown given name set off by a comma after a titled surname, before an age ("Mrs Hallworth,
  Priscilla – 61"); not a place before a quantity, nor after a family word ("Dhr. Jansen, Amstelveen
  – 3 stuks", "Famille Roux, Annecy, 45 ans de mariage"). An unknown word alone in brackets after a
  titled surname ("Mr. Weiss (Jonah)") stays: on the held-out notes it was a place more often;
- a Korean given name typed against the kin word before it, with a particle or an honorific after it
  ("큰딸유나가", "손녀딸채원이", "남편성민씨가": the kin word stays); not "딸기가", "아들내미";
- a Korean given name that is a word too after a kin word (and a label's colon), closed as a field
  ("손녀 지안, 천식", "손녀: 지안 [HEALTH]"); not a product ("딸: 진주 (목걸이)").

Over-redaction by the name rules:

- a listed noun with a particle before a Korean honorific or after a name label ("배송은 회장님 댁으로",
  "문구는 대표님 친필", "이름 한글로,"): a name before an honorific takes no particle;
- a word describing a person in brackets after a Korean name ("(쌍둥이)", "(군인)", "(외동)");
- a listed Arabic adverb read as a proclitic before a given name ("فعلا": ف + "علا");
- a field's label with a colon opening an Arabic note before a given name ("الاسم: يوسف", "العنوان:").
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
        ("زارنا Karim Abi Nader، يريد ساعة لابنه.", "ar", ["Karim", "Abi Nader"]),
        ("زارتنا Maya Abou Jaoude، تريد حقيبة سهرة.", "ar", ["Maya", "Abou Jaoude"]),
        ("Nour Abi Saab wants a signet ring for her father.", "en", ["Nour", "Abi Saab"]),
        ("Sra. Maya Bou Saab, 40 años, busca un anillo.", "es", ["Maya", "Bou Saab"]),
        ("Mme Rania Abou Khalil passera jeudi pour la bague.", "fr", ["Rania", "Abou Khalil"]),
        ("الطائي أحمد جاء مع ابنه يبحث عن ساعة.", "ar", ["الطائي", "أحمد"]),
        ("الجنابي عبدالله يسأل عن قلم فاخر.", "ar", ["الجنابي", "عبدالله"]),
        ("Mrs Hallworth, Priscilla – 61, wants pearls.", "en", ["Priscilla"]),
        ("Sra. Quiroga, Anselma — 50, busca perlas.", "es", ["Anselma"]),
        ("Herr Kesselring, Wendolin – 58 Jahre, sucht eine Uhr.", "de", ["Wendolin"]),
        ("큰딸유나가 대학 입학해서 시계 선물.", "ko", ["유나"]),
        ("손녀딸채원이 돌잔치 반지 문의.", "ko", ["채원"]),
        ("남편성민씨가 결제하심.", "ko", ["성민"]),
        ("손녀 지안, 천식 있어서 향 없는 제품.", "ko", ["지안"]),
        ("손녀: 지안 [HEALTH] 있음.", "ko", ["지안"]),
        ("이번에 처음 오신 이하은 님, 스카프 문의.", "ko", ["이하은"]),
        ("تكلمت مع منى بخصوص الهدية.", "ar", ["منى"]),
        ("هدية لـ منى بمناسبة التخرج.", "ar", ["منى"]),
        ("الهدية من عند سعيد، زوجها.", "ar", ["سعيد"]),
        ("يا منى، الطلب جاهز للاستلام.", "ar", ["منى"]),
        ("كلمت خالد بخصوص الدفع.", "ar", ["خالد"]),
        ("زوجته: رتيل تحب الذهب الأبيض.", "ar", ["رتيل"]),
        ("بنتها - جيلان - تخرجت هذا الصيف.", "ar", ["جيلان"]),
        ("زوجته، هتون، تفضل الفضة.", "ar", ["هتون"]),
        ("زارتنا منى أمس مع بنتها.", "ar", ["منى"]),
        ("Sra. Ibarra, Paloma — 38, busca un bolso.", "es", ["Paloma"]),
        ("يا سلام، ليلى طراد جت اليوم تسأل عن الطلب.", "ar", ["ليلى", "طراد"]),
        ("ريم عريضة زارتنا أمس مع بنتها.", "ar", ["ريم", "عريضة"]),
    ],
)
def test_names_are_redacted(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Rose El Bakery is the café next door.", "en", ["El Bakery"]),
        ("Nach dem Abi Reise nach Paris mit der Tochter.", "de", ["Abi Reise"]),
        ("Ihr Sohn Lukas macht Abi, Geschenk gesucht.", "de", ["Abi,"]),
        ("Dhr. Jansen, Amstelveen – 3 stuks.", "nl", ["Amstelveen"]),
        ("Mme Roux, Lyon, 12 mars.", "fr", ["Lyon"]),
        ("Mevr. Bakker, Hoofddorp – 12 stuks.", "nl", ["Hoofddorp"]),
        ("Mr. Hallworth (Brighton) wants a brooch.", "en", ["(Brighton)"]),
        ("남편성민씨가 결제하심.", "ko", ["남편"]),
        ("딸기가 들어간 케이크는 안 됨.", "ko", ["딸기가"]),
        ("아들내미 선물 고르심.", "ko", ["아들내미"]),
        ("딸: 진주 (목걸이) 선물.", "ko", ["진주"]),
        ("어 강 회장님 쪽 연락. 배송은 회장님 댁으로, 주소 나중에.", "ko", ["배송은"]),
        ("카드 문구는 대표님 친필 스캔본으로 인쇄 요청.", "ko", ["문구는"]),
        ("각인은 아기 이름 한글로, 생년월일 포함.", "ko", ["한글로"]),
        ("자녀: 서준, 하윤 (쌍둥이) 돌 선물.", "ko", ["쌍둥이"]),
        ("아들 민재 (군인) 전역 선물.", "ko", ["군인"]),
        ("ليلى وحدها جت اليوم.", "ar", ["وحدها"]),
        ("سارة أخيرا جت تستلم الطلب.", "ar", ["أخيرا"]),
        ("خالد فعلا اتصل يسأل عن الساعة.", "ar", ["فعلا"]),
        ("يا سلام، ما أحلى الساعة.", "ar", ["سلام"]),
        ("اشترت الساعة مع حسن النية.", "ar", ["حسن"]),
        ("نلتقي عند خميس القادم.", "ar", ["خميس"]),
        ("الطلب وصل سالم، الحمد لله.", "ar", ["سالم"]),
        ("زوجها: سكري، ما ياكل حلو.", "ar", ["زوجها"]),
        ("بنتها: صغيرة، ٥ سنوات.", "ar", ["صغيرة"]),
        ("زوجته، كمان، تحب الذهب.", "ar", ["كمان"]),
        ("الاسم: يوسف البيطار.", "ar", ["الاسم"]),
        ("العنوان: شارع الملك فهد.", "ar", ["العنوان"]),
    ],
)
def test_ordinary_words_stay(text: str, language: str, words: list[str]) -> None:
    stored = _stored(text, language)
    assert all(w in stored for w in words), stored
