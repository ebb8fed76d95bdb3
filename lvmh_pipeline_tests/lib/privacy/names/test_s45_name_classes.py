"""Name leaks and over-redactions of session 45, as classes in our own phrasings (never a note's sentence):

Leaks:
- a name corrected right after the first form, the correction word glued to a Chinese name ("不对是…") or a
  copula before the right name ("no sorry, it's …", "pardon, c'est …"; :mod:`...names.links.corrections`);
- a Chinese surname called familiarly (老 / 小 / 阿 + surname), also before "together" ("老周一起", where "周一" alone
  is a weekday; :mod:`...names.scripts.chinese.bare`);
- the genitive of a name a lower-case note wrote ("für lenas feier" where "lena" stands; :mod:`...names.occurrences`);
- the surname closing a chain led by a degree, even one that is an adverb too ("Pastor Dr. Gottlieb Lang.";
  :mod:`...names.links.adjacent`);
- a katakana name whose parts a "・" joins after a kanji descriptor ("男性チョン・ウソン様";
  :mod:`...names.scripts.katakana_tail`);
- the Gulf title in Cyrillic and in the other Latin spellings ("шейх Халид", "la Cheikha …", "el jeque …"), the
  pilgrim's honorific ("Haji …");
  :mod:`...names.lexicon.titles`);
- a Portuguese short form of two letters with its accent ("o Zé"; :mod:`...names.given.free`).

Over-redactions:
- the title itself ("Cheikha"), "bin / binti" between the parts of a name in katakana or Cyrillic
  (:mod:`...names.extents.son_of_split`);
- a place named with a given name: a run before a place noun ("Sophia Gardens", glued to Chinese too), a hotel
  noun and the particle before it ("do Hotel Fasano", "do Carolina Palace"; :mod:`...names.venues`);
- a line named after a person after the noun of the piece, its house earlier in the sentence ("Chaumet,
  tiare Joséphine,"), a house with an Arabic proclitic glued ("وBerluti Andy"; :mod:`...names.houses`);
- a German body or clothing noun after "mit" / "ohne" ("kam mit Bart"; :mod:`...names.extents.worn_words`).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.names.occurrences import name_occurrences
from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, stored, words_kept as _kept


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("客户李娜，不对是李娅，下午来看表。", "zh", ["李娜", "李娅"]),
        ("Mr Carter, no sorry, it's Cartwright, came in today.", "en", ["Carter", "Cartwright"]),
        ("la señora Ruiz, no, perdón, es Ruano, vino hoy.", "es", ["Ruiz", "Ruano"]),
        ("Mme Lebrun, pardon, c'est Lebrel, est passée.", "fr", ["Lebrun", "Lebrel"]),
        ("Frau Kessler, nein Entschuldigung, es ist Kesselring, kam heute.", "de", ["Kessler", "Kesselring"]),
        ("Mevrouw De Wit, sorry, het is De Witte, kwam langs.", "nl", ["Witte"]),
    ],
)
def test_a_corrected_name_goes_too(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("Mrs Hart, sorry, Monday is full.", "en", ["Monday"]),
        ("Herr Krause, Entschuldigung, es ist Montag.", "de", ["Montag"]),
        ("Mevrouw Jansen, sorry, het is De Bijenkorf die belde.", "nl", ["Bijenkorf"]),
    ],
)
def test_a_word_after_a_correction_and_a_copula_stays(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


def test_a_familiar_surname_before_together() -> None:
    assert _found("他跟老周一起来，看了对表。") == ["周"]
    assert _found("他跟阿陈一起来，阿陈想买表。") == ["陈", "陈"]
    for text in ("阿姨今天来了。", "客户从阿根廷来。", "阿玛尼的西装。", "阿联酋的客户。"):
        assert _found(text) == []  # a nanny, a country, a house: no 阿- form of a surname
    assert "周一" in stored("下周一再来看表。", "zh")  # a weekday stays


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("die nichte lena kam, für lenas feier eine kette", "lena", ["lena", "lena"]),
        ("his niece clara came; claras gift is a ring", "clara", ["clara", "clara"]),
        ("Nichte Lena kam. Für Lenas Feier eine Kette.", "Lena", ["Lena", "Lena"]),
    ],
)
def test_the_genitive_of_a_name_found(text: str, name: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in name_occurrences(text, [name])] == expected


def test_a_lower_case_plural_is_no_genitive_of_a_capitalised_name() -> None:
    text = "As minas do estado e a Mina"
    assert [text[s.start : s.end] for s in name_occurrences(text, ["Mina"])] == ["Mina"]


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Morgen kommt Pastor Dr. Gottlieb Lang vorbei.", "de", ["Gottlieb", "Lang"]),
        ("Termin mit Prof. Dr. Ludovicus Kurz morgen.", "de", ["Ludovicus", "Kurz"]),
        ("Gift for Reverend Dr. Ezekiel Long.", "en", ["Ezekiel", "Long"]),
    ],
)
def test_the_surname_closing_a_chain_led_by_a_degree(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_a_word_after_a_name_and_a_degree_that_opens_a_sentence_stays() -> None:
    _kept("Termin bei Dr. Gottlieb. Lang war das Gespräch nicht.", "de", ["Lang war"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("イ・ソア様、パートナーの女性ハン・ジヘ様とご来店。", ["ハン・ジヘ", "イ・ソア"]),
        ("同伴の男性パク・ソジュン様。", ["パク・ソジュン"]),
    ],
)
def test_a_katakana_name_after_a_kanji_descriptor_goes_whole(text: str, names: list[str]) -> None:
    assert set(names) <= set(_found(text))


@pytest.mark.parametrize(
    "text, language, names, words",
    [
        ("Звонил шейх Халид, просил отложить часы.", "ru", ["Халид"], ["шейх"]),
        ("Приходил шейх Мансур, интересовался часами.", "ru", ["Мансур"], ["шейх"]),
        ("La Cheikha Al Maktoum a appelé depuis Dubaï.", "fr", ["Maktoum"], ["Cheikha"]),
        ("El jeque Al Sabah pidió un reloj.", "es", ["Sabah"], ["jeque"]),
        ("Lo sceicco Al Thani ha ordinato.", "it", ["Thani"], ["sceicco"]),
    ],
)
def test_the_gulf_title_in_other_spellings(text: str, language: str, names: list[str], words: list[str]) -> None:
    _kept(text, language, words, names)


def test_the_pilgrim_honorific_is_a_title() -> None:
    _kept("Haji Rahman came in with his son.", "en", ["Haji"], ["Rahman"])
    _kept("Hajja Al Suwaidi est passée avec sa fille.", "fr", ["Hajja"], ["Suwaidi"])
    _kept("He is back from Hajj in June.", "en", ["June"])


def test_the_title_alone_is_no_name() -> None:
    _kept("Der Scheich hat angerufen.", "de", ["Scheich"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("アイシャ・ビンティ・ラーマンさんがご来店。", ["アイシャ", "ラーマン"]),
        ("Звонила шейха Мариам бинт Рашид.", ["Мариам", "Рашид"]),
    ],
)
def test_son_of_stays_between_the_parts(text: str, names: list[str]) -> None:
    assert _found(text) == names


def test_a_short_form_with_its_accent() -> None:
    _gone("o Zé veio hoje com a mulher.", "pt", ["Zé"])


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("a cliente do Carolina Palace quer um colar.", "pt", ["do Carolina Palace"]),
        ("o senhor do Hotel Fasano veio hoje.", "pt", ["do Hotel Fasano"]),
        ("la señora del Palacio Real vino.", "es", ["del Palacio Real"]),
        ("Mrs Ong flew in, staying at Sophia Gardens.", "en", ["Sophia Gardens"]),
        ("Ms. Lim Hui Min，住在Laura Bay Suites。", "zh", ["Laura Bay Suites"]),
    ],
)
def test_a_place_named_with_a_name_stays(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("La cliente hésite : Chaumet, tiare Joséphine, ou un collier.", "fr", ["Joséphine"]),
        ("جرّب حذاء Gucci وBerluti Andy الأسود وما قرر.", "ar", ["Andy"]),
    ],
)
def test_a_line_named_after_a_person_stays(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


def test_a_name_after_a_piece_without_a_house_is_a_person() -> None:
    _gone("Der Ring für Tochter Emilia, bitte gravieren.", "de", ["Emilia"])


@pytest.mark.parametrize(
    "text, words, names",
    [
        ("Herr Krüger trägt jetzt Hut und kam mit Bart.", ["Bart"], ["Krüger"]),
        ("Er kam ohne Bart und mit Brille.", ["Bart"], []),
    ],
)
def test_a_worn_noun_after_mit_stays(text: str, words: list[str], names: list[str]) -> None:
    _kept(text, "de", words, names)


def test_a_person_named_like_a_worn_noun_after_a_kin_word_goes() -> None:
    _gone("Frau Jansen kam mit Sohn Bart.", "de", ["Jansen", "Bart"])


def test_a_corrected_han_name_leaves_its_honorific() -> None:
    assert stored("えーと、鈴木…じゃなくて鈴原様ですね、鈴原様が来店。", "ja").count("[NAME]様") == 2
    assert "[NAME]女士" in stored("林先生，林娜，不对是林娅女士，下午来。", "zh")


def test_the_genitive_in_a_lower_case_transcription_once_the_name_is_a_placeholder() -> None:
    _gone("also frau berger war mit ihrer nichte lena da, sie sucht für lenas taufe eine kette.", "de", ["lenas", "lena"])
    _gone("mrs hughes came with her niece clara, looking for claras graduation gift.", "en", ["claras", "clara"])


def test_a_second_hiragana_pet_name_after_and() -> None:
    assert _found("ゆみちゃんとけんちゃんが来店。") == ["ゆみ", "けん"]


@pytest.mark.parametrize("name", ["Саня", "Лёха", "Серёга", "Стасик"])
def test_russian_familiar_forms(name: str) -> None:
    _gone(f"Приходил {name} с женой, выбрали часы.", "ru", [name])
