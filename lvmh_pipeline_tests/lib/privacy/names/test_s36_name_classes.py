"""Name classes of session 36, in our own phrasings (general mechanisms for the classes the `w39`
notes left, never copied from a note):

- a run of forms of one person right beside a name found, set off by a comma, a slash or a
  bracket, with hesitations or an article in between: a familiar form ("Sra. Lopes, Maria Lopes, a
  Mariazinha, …", "Сергеевна, ну, Шура, …"), a romanised gloss after a slash ("Ms. 黄 / Huang
  Yiling，…"), a doubled or 小 form in Han ("女儿小玲，就是玲玲，…"), a second name inside the same
  brackets ("(Jens/Britta)", "(알카비, Noura)"), a given name first in Arabic letters ("جوليا، Giulia Conti"), a false start before the name ("Herr Wi-, Wiśniewski"),
  a family name after the given name and its bracketed form before an age ("Mia (Maria) Oberwalder, 52");
- a person naming themself, or a name before a plural verb of calling ("lässt sich Bodo nennen",
  "se fait appeler Titou", "Kiki noemen ze haar", "Abu Samir lo chiamano tutti", "жена зовёт Петенька");
- the shape of an Irish family name ("O'Driscoll") wherever it stands;
- a capitalised family name before a given name and a slash ("HART, Miriam / 58 /");
- a staff word, a comma, an article and a short given name before a full stop ("o motorista, o Zé.");
- "p/" (for) in shorthand before a recipient ("p/ Marta.");
- one Korean family name taken back for another ("김 아니고 강, 강 사모님");
- a known given name said as a sentence of its own ("… la signora Conti. Roberta. Vuole …");
- a Chinese given name in separate pinyin syllables or one syllable after the surname ("Zhou Mei
  Lan,", "Wu Lei +"), and the Han family name right before its romanisation ("吴 Wu Lei");
- the lexicon's coverage: Turkish, German and Dutch short and compound forms, Ashkenazi family
  names, short romanised Japanese given names and Japanese given names written in Hangul.

Over-redaction: a place, a role, a German noun or a brand in a run ("Herr Brandt, Studentin, …",
"Mme Roux, Paris, …", "[NAME] / VIP"), words in brackets that are not names, "Paris, Daniel / 61",
metals taken back in Korean ("금 아니고 은,"), a two-letter abbreviation after a staff word ("her
driver, Jr."), a holiday after "p/" ("p/ Natal.").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False, names_learned=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a run of forms of one person beside a name found
        ("Então, a dona Lopes, Maria Lopes, a Mariazinha, pediu um colar.", "pt", ["Mariazinha"]),
        ("O senhor Prado, Augusto Prado, o Gutão, passou aqui.", "pt", ["Gutão"]),
        ("Анна Сергеевна, ну, Шура, она так просила её звать.", "ru", ["Шура"]),
        ("Signora Ricci, Teresa Ricci, ehm, Teté, vuole un anello.", "it", ["Teté"]),
        ("说是给她女儿小玲，就是玲玲，买毕业礼物。", "zh", ["玲玲"]),
        ("王阿姨，王，王秀英，她孙子小宇，嗯，宇宇，考上了大学。", "zh", ["宇宇"]),
        ("Ms. 黄 / Huang Yiling，上海长大。", "zh", ["Huang", "Yiling"]),
        ("Hr. u. Fr. Becker-Lorenz (Jens/Britta). Britta trinkt keinen Alkohol.", "de", ["Britta"]),
        ("Tanaka-Shaw, Hiro (he/him), 41. Hiro prefers tea.", "en", ["Hiro"]),
        ("Herr Wi-, Wiśniewski, nein, Wiśniewska, Tomasz, mit Frau.", "de", ["Wiśniewski"]),
        ("Mia (Maria) Oberwalder, 52, Architektin.", "de", ["Oberwalder"]),
        # a person naming themself; a name before a plural verb of calling
        ("Herr von Thal, Bodo, der lässt sich Bodo nennen, kam wegen Uhren.", "de", ["Bodo"]),
        ("Elle se fait appeler Titou, depuis toujours.", "fr", ["Titou"]),
        ("He goes by Bash, always has.", "en", ["Bash"]),
        ("mevrouw De Wit, Kiki noemen ze haar, wil oorbellen.", "nl", ["Kiki"]),
        ("il signor Al Mansouri, ehm, Abu Samir lo chiamano tutti, vuole un orologio.", "it", ["Abu Samir"]),
        ("Гончаров Пётр (жена зовёт Петенька) – 58.", "ru", ["Петенька"]),
        # shapes and positions
        ("This is about the O'Driscoll order, Aoife O'Driscoll, she called.", "en", ["O'Driscoll", "Aoife"]),
        ("HART, Miriam / 58 / wants a Reverso.", "en", ["HART", "Miriam"]),
        ("veio com o motorista, o Zé. Ele esperou lá fora.", "pt", ["Zé"]),
        ("Pulseira p/ Marta. Orçamento 2 mil.", "pt", ["Marta"]),
        ("오늘 오신 김 사모님, 아니 김 아니고 강, 강 사모님이요.", "ko", ["김", "강"]),
        ("어제 오신 윤 고객님(윤아 아님, 윤 씨).", "ko", ["윤아"]),
        ("Ha chiamato ieri la signora Conti. Roberta. Vuole un anello.", "it", ["Roberta"]),
        ("Sie kam gestern vorbei. Johanna. Sie will Ohrringe.", "de", ["Johanna"]),
        ("la señora Zhou, Zhou Mei Lan, bueno, quiere un bolso.", "es", ["Mei Lan"]),
        ("吴 Wu Lei + 太太。吴在银行上班。", "zh", ["Wu", "Lei", "吴"]),
        ("ومعها صديقتها الإيطالية جوليا، Giulia Conti، واشترت عطرًا.", "ar", ["جوليا", "Giulia"]),
        # the lexicon's coverage
        ("Familie Yıldırım, der Sohn Emre und die Tochter Damla.", "de", ["Emre", "Damla"]),
        ("Mevrouw Zwart, Femke Zwart, en haar zus Annemiek komen langs.", "nl", ["Annemiek"]),
        ("Dr. Feldman came with his wife. Feldman wants a watch.", "en", ["Feldman"]),
        ("딸 하나코가 삼월에 졸업해요.", "ko", ["하나코"]),
    ],
)
def test_s36_names_go(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    for name in names:
        assert not leaked(name, stored), (name, stored)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("Frau Brandt, Studentin, kommt am Montag.", "de", ["Studentin"]),
        ("Mme Roux, Paris, veut un sac.", "fr", ["Paris"]),
        ("Sr. Gómez, Madrid, quiere gemelos.", "es", ["Madrid"]),
        ("Mrs Hale (VIP, Chanel) wants a bag.", "en", ["VIP", "Chanel"]),
        ("Paris, Daniel / 61", "en", ["Paris"]),
        ("금 아니고 은, 그걸로 해 주세요.", "ko", ["금", "은"]),
        ("with her driver, Jr. Smith later", "en", ["Jr"]),
        ("Presente p/ Natal.", "pt", ["Natal"]),
        ("Then Paris they call him, the city.", "en", ["Paris"]),
        ("Sra. Pardo, de Monterrey, quiere gemelos.", "es", ["Monterrey"]),
        ("CRM: 長谷川 / Ryo / VIP-B / 食事", "ja", ["VIP-B"]),
        ("Arrivata a Milano. Roma. Poi Napoli.", "it", ["Roma"]),
        ("Modelle: Kelly. Birkin. Constance.", "de", ["Kelly", "Birkin"]),
        ("他中文名叫哈立德，哈哈，他说想买礼物。", "zh", ["哈哈"]),
        ("Al-Nuaimi 부인 (Fatima) / 두바이 / 롯데호텔 투숙.", "ko", ["두바이"]),
        ("ومعها بنتها، Sarah، واشترت عطرًا.", "ar", ["بنتها"]),
        # a hyphenated word with an ordinary word in it and no name opens a note as no name does
        ("Ex-vegan, eats fish again now.", "en", ["Ex-vegan"]),
        ("Ex-Vegetarierin, isst wieder Fisch.", "de", ["Ex-Vegetarierin"]),
    ],
)
def test_s36_words_stay(text: str, language: str, kept: list[str]) -> None:
    stored = _stored(text, language)
    for word in kept:
        assert word in stored, (word, stored)
