"""Name leaks and over-redactions of session 43, as classes in our own phrasings (never a note's sentence):

Leaks:
- a clipped form of the given name said right after it and a comma ("Francesca, Fra, …",
  "Guillermo, Guille, …", "Valentina Rossi, Vale per gli amici"; :mod:`...names.aliases.diminutives`);
- a Russian possessive adjective made from a given name in -а / -я found in the note ("для Катиного
  дня рождения", "к Сашиному юбилею"; :mod:`...names.occurrences.forms`);
- a lower-case given name right after a verb of a visit in a voice note ("passato marco con …",
  "vino álvaro"; :mod:`...names.voice.lowercase_cues`);
- a further family name that is a product's name too, closing a full name ("Joana Ribeiro Santos";
  :mod:`...names.extents.product_words`);
- a Japanese family name and a given name of three kanji before an honorific, taken whole
  ("中村恵理子さん"; :mod:`...names.scripts.japanese`).

Over-redactions:
- "de" before a given name that is a family name too, where the note says the name alone elsewhere
  ("Cadeau de Martin … Martin adore …"; :mod:`...names.extents.word_uses`);
- a place named after a king or a prince in Arabic ("جامعة الملك سعود"; :mod:`...names.extents.word_uses`);
- a verb of saying between a familiar name and a surname with a title in Chinese ("小王说李总");
- the Cantonese "Mrs" glued after a surname in brackets ("Mrs. Lam（林太）").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, stored, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("allora Francesca, Fra, ehm, cerca una borsa piccola.", "it", ["Francesca", "Fra"]),
        ("la signora Valentina Rossi, Vale per gli amici, vuole un anello.", "it", ["Valentina", "Rossi", "Vale"]),
        ("pues Guillermo, Guille, eh, volvió por los gemelos. Guille paga.", "es", ["Guillermo", "Guille"]),
        ("Mme Caroline Petit, Caro, cherche un sac. Caro revient lundi.", "fr", ["Caroline", "Petit", "Caro"]),
    ],
)
def test_a_clipped_form_after_the_given_name_and_a_comma(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, names",
    [
        ("пришла Катя с мамой, смотрели браслет для Катиного дня рождения.", ["Катя", "Катиного"]),
        ("Саша с женой, выбирали подарок к Сашиному юбилею.", ["Саша", "Сашиному"]),
        ("клиентка Ольга и дочка Даша; по Дашиной просьбе смотрели серьги.", ["Ольга", "Даша", "Дашиной"]),
    ],
)
def test_a_russian_possessive_made_from_a_given_name(text: str, names: list[str]) -> None:
    _gone(text, "ru", names)


def test_a_possessive_that_is_a_common_noun_stays_in_its_noun_cases() -> None:
    out = stored("Клиентка пришла с дочкой Машей. Машина стоит у входа, Машиного папу ждём.", "ru")
    assert "Машина" in out and "Машиного" not in out and "Машей" not in out


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("ehm passato marco con la moglie, cercano un Tank", "it", ["marco"]),
        ("oggi è passata francesca con il fidanzato, fedi", "it", ["francesca"]),
        ("eh vino álvaro con su marido, quieren relojes", "es", ["álvaro"]),
        ("então veio joana com a filha, querem uma bolsa", "pt", ["joana"]),
    ],
)
def test_a_lower_case_given_name_after_a_verb_of_a_visit(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_no_name_after_a_verb_of_a_visit_that_is_an_ordinary_word() -> None:
    _kept("è passato molto tempo, budget tremila", "it", ["molto", "tempo"])


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("a cliente Joana Ribeiro Santos passou hoje, quer um colar.", "pt", ["Joana", "Ribeiro", "Santos"]),
        ("Clienta Lucía Pérez Santos, busca un anillo.", "es", ["Lucía", "Pérez", "Santos"]),
    ],
)
def test_a_family_name_that_is_a_product_closing_a_full_name(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


def test_the_product_stays_where_no_full_name_is_before_it() -> None:
    _kept("Cliente Beatriz Costa viu Santos Cartier e Panthère.", "pt", ["Santos", "Panthère"], ["Beatriz", "Costa"])
    _kept("Mme Claire Dubois, Santos 35 en acier.", "fr", ["Santos 35"], ["Claire", "Dubois"])


@pytest.mark.parametrize(
    "text, names",
    [
        ("えー、中村さん、あ、中村恵理子さんですね、予算は五十万円。", ["中村", "恵理子", "中村恵理子"]),
        ("佐藤さん、佐藤美奈子さんがご来店。", ["佐藤", "美奈子"]),
    ],
)
def test_a_known_japanese_family_name_and_a_three_kanji_given_name(text: str, names: list[str]) -> None:
    out = stored(text, "ja")
    assert not any(n in out for n in names), out
    assert "中[NAME]" not in out and "藤[NAME]" not in out, out


@pytest.mark.parametrize(
    "text, words, names",
    [
        ("Cadeau de Martin pour sa femme ; Martin adore Cartier.", ["Cadeau de"], ["Martin"]),
        ("RDV M. et Mme Lefèvre (Pierre & Anne). Anniversaire de Pierre : 60 ans.", ["Anniversaire de"], ["Pierre", "Lefèvre"]),
    ],
)
def test_de_before_a_given_name_that_is_a_family_name_too(text: str, words: list[str], names: list[str]) -> None:
    _kept(text, "fr", words, names)


def test_a_particle_surname_after_a_title_keeps_its_particle_redacted() -> None:
    out = stored("Cliente Mme de Pierre, rencontre avec M. de Pierre demain.", "fr")
    assert "de Pierre" not in out and "Pierre" not in out, out


@pytest.mark.parametrize(
    "text, words",
    [
        ("الزبون ماجد تخرج من جامعة الملك فهد ويبحث عن ساعة.", ["جامعة الملك فهد"]),
        ("تعمل في مستشفى الملك خالد التخصصي، والسيدة هند تحب الذهب.", ["مستشفى الملك خالد"]),
        ("ابنها يدرس في جامعة الأمير محمد بن فهد، والسيدة لمى تبغى هدية.", ["جامعة الأمير محمد بن فهد"]),
        ("رحلتهم من مطار الملك عبدالعزيز، السيدة دانة تبغى شنطة.", ["مطار الملك عبدالعزيز"]),
    ],
)
def test_a_place_named_after_a_king_or_a_prince(text: str, words: list[str]) -> None:
    _kept(text, "ar", words)


@pytest.mark.parametrize(
    "text, words, names",
    [
        ("小王说李总想看表。", ["说"], ["王", "李"]),
        ("秘书小陈问林总下周几点来。", ["问"], ["陈", "林"]),
    ],
)
def test_a_verb_of_saying_between_a_familiar_name_and_a_titled_surname(text: str, words: list[str], names: list[str]) -> None:
    out = stored(text, "zh")
    assert all(w in out for w in words), out
    assert out.count("[NAME]") == 2, out


def test_the_cantonese_mrs_after_a_surname_in_brackets() -> None:
    out = stored("Mrs. Lam（林太）与女儿 Vivian 来店。林太喜欢 Cartier。", "zh")
    assert "林" not in out and "（[NAME]太）" in out, out
