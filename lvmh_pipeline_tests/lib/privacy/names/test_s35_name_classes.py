"""Name classes of session 35, in our own phrasings (the classes the `w38` notes left, never copied
from a note):

- a Russian name found in an oblique case, named again in the nominative or another case
  ("с Дмитрием … Дмитрий", "для Зарины … Зарина:", "Николая … Николаю");
- a Russian kin word and a name missing from the lexicon set off by a dash, a comma or a bracket
  ("жена Сюин — …", "муж, отец Серафим, …", "дочери Мирей (…)"); Dutch, Italian, Portuguese and
  Russian diminutive kin words ("broertje", "fratellino", "irmãzinha"); an Arabic staff word,
  colloquial too, then a name and its verb ("السايق أنيل بيجي");
- the name a person goes by, introduced by a verb of calling without quotes, before or after it,
  in 12 languages ("friends call her Bibi", "Titti come la chiamano", "다들 쭈니라고 불러요",
  "大家都叫她咪咪"), and who calls so ("Bibi nennt ihn Luki");
- a relative's name alone in brackets after the kin word ("marido (Quim)"), a staff word in a
  Russian case ("без помощницы Ляли"), a Chinese pet name of one character said twice after a kin
  word ("孙女朵朵");
- a Korean real name ending on a copula ("본명은 박서연인데"); a Chinese surname and a two-syllable
  pinyin given name ("Frau Zhao Lanying"); Japanese names in Cyrillic ("Кеничи Хаттори"); a
  one-character surname that is a role word before 様 and a couple word ("王様ご夫妻"); a Han
  family-name field ("姓：崔"); an unknown given name after a surname in capitals ("KOWALCZYK,
  Radoslaw —");
- a family named in the plural before the couple's titles ("the Horvaths, Mr and Mrs", "die Brandts
  (Herr und Frau)"); a romanised given name with a capital after the hyphen ("TAN, Mei-Ling");
- a slip corrected to a name found, before the name repeated in the plural or glued to a
  Japanese negation ("the Hendersons, sorry, the Hendricks", "鈴木じゃなくて鈴本様").

Over-redaction: a firm's name after a lexicon surname ("Hargreaves & Sons"), a rank before a found
name ("Reverend"), a title corrected ("Sheikh, no sorry, Mr …"), a kunya before a name ("Oum
Yassine"), interjections and hesitations opening a note ("Aí,", "Vaya,", "Boah,", "어...", "Эээ"), an
Arabic staff word opening a sentence before its verb ("السواق تأخر"), Arabic given names that are
everyday words ("ديما": always, "متعب": tiring), a Korean verb before an honorific ("오셨는데
사모님"), a Russian feast's possessive adjective ("Валентинов день"), the district after "cliente
de" ("a cliente de Moema"), pet-name look-alikes ("they call her Boss", "권사님이라고", "叫她妈妈",
"Токио Сити").
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
        # a Russian name in an oblique case, then in the nominative
        ("Была с мужем, с Андреем. Андрей, э-э, не пьёт кофе.", "ru", ["Андрей"]),
        ("Подарок для жены Лейлы. Лейла: любит жемчуг.", "ru", ["Лейла"]),
        ("Пришла с Игорем. Игорь, кстати, не пьёт.", "ru", ["Игорь"]),
        ("Подарок для Николая. Николай, вроде, хочет часы. Николаю понравилось.", "ru", ["Николай", "Николаю"]),
        # kin and staff words, then a name missing from the lexicon
        ("Сам не пьёт, жена Сюин — вегетарианка.", "ru", ["Сюин"]),
        ("Её муж, отец Серафим, служит в соборе.", "ru", ["Серафим"]),
        ("Выпускной дочери Мирей (МГУ) в июне. У Мирей аллергия.", "ru", ["Мирей"]),
        ("Ze kwam met haar broertje Jorik en haar zusje Fenne.", "nl", ["Jorik", "Fenne"]),
        ("È venuta con il fratellino Matteo.", "it", ["Matteo"]),
        ("Veio com a irmãzinha Kauane.", "pt", ["Kauane"]),
        ("وقالت إن السايق أنيل بيجي بكرة.", "ar", ["أنيل"]),
        ("وقالت إن السواق راجيش بيجي ياخذ الطلب.", "ar", ["راجيش"]),
        # a name given by a verb of calling
        ("Her friends call her Bibi, she loves pearls.", "en", ["Bibi"]),
        ("Tom Hale, or Tuck as his friends call him, wants cufflinks.", "en", ["Tuck"]),
        ("Mme Roux, tout le monde l'appelle Mimi, veut un sac.", "fr", ["Mimi"]),
        ("Mme Roux, Mimi comme l'appellent ses amies, veut un sac.", "fr", ["Mimi"]),
        ("la signora Conti, Titti come la chiamano tutti, vuole un anello.", "it", ["Titti"]),
        ("la señora Ortega, Pili como la llaman sus amigas, quiere un bolso.", "es", ["Pili"]),
        ("a senhora Silva, todo mundo chama ela de Bia, quer um relógio.", "pt", ["Bia"]),
        ("Frau Brandt, alle nennen sie Lilo, möchte Ohrringe.", "de", ["Lilo"]),
        ("Lukas, Bibi nennt ihn Luki, isst kein Fleisch.", "de", ["Bibi", "Luki"]),
        ("mevrouw Visser, iedereen noemt haar Pien, wil een ring.", "nl", ["Pien"]),
        ("Ольга Петрова, все зовут её Лёля, хочет серьги.", "ru", ["Лёля"]),
        ("지은 씨, 다들 쭈니라고 불러요, 반지 원함.", "ko", ["쭈니"]),
        ("佐藤様、みんなからミミと呼ばれている方。", "ja", ["ミミ"]),
        ("王女士，大家都叫她咪咪，想买项链。", "zh", ["咪咪"]),
        # scripts and fields
        ("서연이 본명이 박서연이에요, 반지 보러 옴.", "ko", ["박서연", "서연"]),
        ("Frau Zhao Lanying und Herr Zhao Wei kommen im Mai. Lanying mag Jade.", "de", ["Lanying"]),
        ("Chen Jialin, 34, wants earrings.", "en", ["Jialin"]),
        ("Кеничи Хаттори хочет часы.", "ru", ["Кеничи", "Хаттори"]),
        ("Так, нет, стоп. Юко Танака, клиентка из Осаки.", "ru", ["Юко", "Танака"]),
        ("金様ご一家がご来店。", "ja", ["金"]),
        ("顧客メモ（姓：崔、名前で呼んでほしい）。", "ja", ["崔"]),
        ("KOWALCZYK, Radoslaw — cadeau voor zijn vrouw.", "nl", ["Radoslaw"]),
        # a relative named in brackets after the kin word; a staff word in a Russian case; a Chinese doubled pet name
        ("Cliente: Rocío Vidal + marido (Quim). Aniv. boda.", "es", ["Quim"]),
        ("with her husband (Des), both regulars.", "en", ["Des"]),
        ("Пришла с мужем (Тимур), хочет часы.", "ru", ["Тимур"]),
        ("пришла без помощницы Ляли, хочет подарки.", "ru", ["Ляли"]),
        ("给她孙女朵朵买的，朵朵下个月满月。", "zh", ["朵朵"]),
        # a family in the plural before the couple's titles
        ("right so the Horvaths, Mr and Mrs, Peter and Jana, renew their vows.", "en", ["Horvaths"]),
        ("die Brandts (Herr und Frau) kommen im Mai.", "de", ["Brandts"]),
        ("los Ibarra, Sr. y Sra., quieren relojes.", "es", ["Ibarra"]),
        # a romanised given name with a capital after the hyphen; a Latin name after a Chinese staff word before a slash
        ("TAN, Mei-Ling (Ms.) 41 – new VP.", "en", ["Mei-Ling"]),
        ("联络人:助理 Gwen / 礼物初定手表", "zh", ["Gwen"]),
        # a slip and its correction
        ("So, the Hendersons, sorry, the Hendricks, Mr and Mrs Hendricks, came in.", "en", ["Hendersons"]),
        ("えっと、鈴木じゃなくて鈴本様です。", "ja", ["鈴木"]),
    ],
)
def test_names_are_redacted(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Подарок для Миры. Мир вокруг нас.", "ru", ["Мир"]),
        ("Приходил сын, Московский университет.", "ru", ["Московский"]),
        ("Клиентка с дочерью, МГУ.", "ru", ["МГУ"]),
        ("السواق تأخر اليوم.", "ar", ["السواق"]),
        ("السكرتير اتصل الصبح.", "ar", ["السكرتير"]),
        ("They call her Boss at the office.", "en", ["Boss"]),
        ("Ella la llama Madrid.", "es", ["Ella", "Madrid"]),
        ("Sie nennt ihn Schatz.", "de", ["Schatz"]),
        ("다들 이거라고 불러요.", "ko", ["이거라고"]),
        ("ボスと呼ばれている。", "ja", ["ボス"]),
        ("大家都叫她妈妈。", "zh", ["妈妈"]),
        ("Su Casa restaurant.", "en", ["Su Casa"]),
        ("Toki, Ma Maison est fermée.", "fr", ["Ma Maison"]),
        ("Токио Сити отель.", "ru", ["Токио Сити"]),
        ("Мама Наташа пришла.", "ru", ["Мама"]),
        ("王様の耳はロバの耳。", "ja", ["王様"]),
        ("赤じゃない、青がいい。", "ja", ["赤"]),
        ("NOTE, Important — call back.", "en", ["Important"]),
        ("Works at Hargreaves & Sons in Leeds.", "en", ["Hargreaves"]),
        ("So, um, Father — uh, Reverend Thomas, actually Reverend Alan Thomas.", "en", ["Reverend"]),
        ("Aí, aquela cliente veio ontem.", "pt", ["Aí"]),
        ("Pá, o senhor voltou.", "pt", ["Pá"]),
        ("Vaya, la clienta volvió.", "es", ["Vaya"]),
        ("Boah, die Kundin war wieder da.", "de", ["Boah"]),
        ("BENHADDOU, Yassine — voor zijn moeder (hij noemt haar Oum Yassine).", "nl", ["Oum"]),
        ("이순자 권사님 — 다들 권사님이라고 부름.", "ko", ["권사님이라고"]),
        ("okay so um Sheikh, no sorry, Mr Faisal bin Nasser came in.", "en", ["Sheikh"]),
        ("Подарок на Валентинов день и на Татьянин день.", "ru", ["Валентинов", "Татьянин"]),
        ("Эээ Зарема… Зарема Алиева, говорит, эээ, что торопится.", "ru", ["Эээ", "эээ"]),
        ("كليان قديم، ديما كيخلص بالكارت.", "ar", ["ديما"]),
        ("بعد يوم متعب في الشغل جات تشوف الساعات.", "ar", ["متعب"]),
        ("음... 지호 씨, 사모님 모시고 오셨는데 사모님이 반지 보심.", "ko", ["오셨는데"]),
        ("어... 지호 씨 방문, 반지 문의.", "ko", ["어..."]),
        ("A cliente de Moema voltou ontem.", "pt", ["de Moema"]),
        ("mit Ehemann und Sohn (Abitur), la hija (Madrid), sa fille (12).", "de", ["Abitur", "Madrid"]),
        ("女儿天天哭。儿子常常来。女儿宝宝满月。", "zh", ["天天", "常常", "宝宝"]),
        ("Park Avenue-Side, New York, the Greenwich store.", "en", ["Park Avenue-Side"]),
        ("Kundin aus Schwabing kommt am Freitag.", "de", ["aus Schwabing"]),
    ],
)
def test_ordinary_words_stay(text: str, language: str, words: list[str]) -> None:
    stored = _stored(text, language)
    assert all(w in stored for w in words), stored
