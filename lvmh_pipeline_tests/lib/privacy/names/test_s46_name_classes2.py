"""Name leaks and over-redactions of session 46's voice-transcription file, round 2, as classes in our
own phrasings (never a note's sentence):

Leaks:
- a romanised Chinese or Korean given name of two hyphenated syllables beside a romanised family
  name or before an East Asian honorific; a romanised name glued before 様/씨 (:mod:`...voice.lowercase_links`);
- a Russian patronymic in lower case after a given name, and the family name said first;
- a given name after a kin or carer word, a possessive and an article ("o filho dela, o x");
- a family name opening the note and said again after a title, even a word
  (:mod:`...voice.opening_restated`); a capitalised opening word right before an age in words;
- a family name the lexicon lacks after a Germanic particle and a family word ("familie von der x");
- a corrected given name the lexicon lacks that respells the name said before, and a Russian given
  name in another case after a correction without a comma (:mod:`...voice.lowercase_restated`);
- a typed title and capitalised given name before a family name in lower case and a clause's end
  ("M. Julien x, …"); a Latin given name after a Chinese kin word that is a place elsewhere ("妻子 Florence").

Over-redaction:
- an Arabic title taken back in a spoken correction ("الشيخة، لا عفواً، السيدة …");
- Korean 남자/여자 before an honorific, a common noun with the locative 에 before 사모님; a sex
  mark in brackets after a Chinese name ("（女）").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


@pytest.mark.parametrize(
    "text, language, names",
    [
        # romanised hyphenated given names beside a romanised family name, or before an honorific
        ("right, mr lin came in again, jia-hui lin, about a bracelet", "en", ["jia-hui", "lin"]),
        ("la signora zhou con il marito hao-ran zhou per un anello", "it", ["hao-ran"]),
        ("visite — tae-yang park 고객님, cadeau pour son père", "fr", ["tae-yang", "park"]),
        ("담당자 ha-eun 씨가 다시 전화 주셨어요", "ko", ["ha-eun"]),
        ("那个mei-ling，mei-ling huang，黄小姐，下周再来", "zh", ["mei-ling", "huang"]),
        # a romanised name glued to a Japanese honorific
        ("えー、yamada様、あ、yamada taro様がご来店です", "ja", ["yamada", "taro"]),
        # a Russian patronymic in lower case, and the family name said first
        ("орлова, ирина павловна, шестьдесят лет, серьги для внучки", "ru", ["орлова", "ирина", "павловна"]),
        ("господин сидоров, павел андреевич, нет, павел ильич, часы", "ru", ["андреевич", "ильич"]),
        # a given name after a kin word, a possessive and an article
        ("veio com o sobrinho dela, o rodrigo, ver um relógio", "pt", ["rodrigo"]),
        ("passou com a neta, a mariana, e depois com o marido dela, o josé carlos", "pt", ["mariana", "josé carlos"]),
        ("sie war mit ihrer betreuerin, der dorota, wegen einer kette hier", "de", ["dorota"]),
        # the family name that opens the note and is said again after a title
        ("hmm moreno, el señor moreno, sesenta y pico, quiere un reloj", "es", ["moreno"]),
        ("allora, colombo, il signor colombo è passato ieri", "it", ["colombo"]),
        ("ok dus visser, meneer visser, zestig jaar, wil een ring", "nl", ["visser"]),
        # a capitalised opening word right before an age in words
        ("right so thornbury sixty two dropped by for cufflinks", "en", ["thornbury"]),
        ("also schneider achtundfünfzig kam mit seiner frau", "de", ["schneider"]),
        # a family name after a Germanic particle and a family word, said again after a title
        ("for the file, the van der zyl family; mrs van der zyl wants a pendant", "en", ["zyl"]),
        ("notiz familie von der aue, frau von der aue ruft zurück", "de", ["aue"]),
        ("так, семья фон грот, отец и сын, часы", "ru", ["грот"]),
        # a corrected given name the lexicon lacks, said again; a Russian name in another case
        ("mrs hale and her daughter rosalie, no sorry rosalinde; rosalinde wants gold", "en", ["rosalinde"]),
        ("пришла с подругой машей ну то есть марией, подарок", "ru", ["марией"]),
        ("пришла со своей девушкой дашей ну то есть дарьей они выбирают кольца", "ru", ["дарьей"]),
        # a typed title and a capitalised given name before a lower-case family name
        ("Client : M. Julien brossard, cadre, cadeau de départ", "fr", ["brossard"]),
        # a Latin given name after a Chinese kin word, a month or place elsewhere too
        ("客户：陈女士，和妻子 Florence 一起来看戒指", "zh", ["Florence"]),
    ],
)
def test_lower_case_names_go(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, words",
    [
        # a word said once after a Germanic particle and a title stays ("the woman from the bank")
        ("die frau von der bank hat wegen der überweisung angerufen", "de", ["bank"]),
        # "de la" before a word after a family word is a preposition
        ("la famille de la mariée veut des alliances", "fr", ["mariée"]),
        # an opening word not said again after a title stays
        ("negro, el reloj negro le gusta más", "es", ["negro"]),
        # a capitalised common word before an age stays
        ("Kunde dreiundsiebzig Jahre alt, sucht eine Uhr", "de", ["Kunde"]),
        # a hyphenated English word is no romanised given name
        ("she wants a see-saw for the garden, mr lee said", "en", ["see-saw"]),
        # a correction to an ordinary word is no name
        ("her son tom, no sorry, tomorrow he comes", "en", ["tomorrow"]),
        # a lower-case English word before 様 is no name
        ("vip様のご案内", "ja", ["vip"]),
        # a typed title and given name before a verb or a generation: no family name
        ("Frau Anna kommt morgen zur Abholung.", "de", ["kommt"]),
        ("Sr. Paulo pediu um desconto", "pt", ["pediu"]),
        ("Herr Jens senior, wird bald achtzig", "de", ["senior"]),
        ("Frau Anna meint, die Tochter kommt mit", "de", ["meint"]),
    ],
)
def test_ordinary_words_stay(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


@pytest.mark.parametrize(
    "text, word",
    [
        ("음 이준호 씨, 남자 고객님이 오셨어요", "남자"),
        ("여자 고객님이 반지를 보셨어요", "여자"),
        ("다음 주 화요일 오후에 사모님이랑 재방문", "오후에"),
        ("남편분 선물로 남자 지갑 보시다가 주문", "남자"),
        ("客户：王丽（女），下周到店", "女"),
        ("العميلة، الشيخة، لا عفواً، السيدة نورة، جاءت اليوم", "الشيخة"),
    ],
)
def test_person_and_time_words_are_no_names(text: str, word: str) -> None:
    assert word not in _found(text)


def test_a_bracketed_name_after_a_name_is_still_one() -> None:
    assert "小明" in _found("客户：王小明（小明），下周到店")
