"""Over-redaction classes of session 40, in our own phrasings (words that look like names and are
not, in the twelve languages; general mechanisms, never a note's sentence):

- a place, a firm, a feast or a house that carries a person's name (:mod:`...names.venues`): a whole
  name of several words ("Morgan Stanley", "Faria Lima", "Claudio Coello"), a noun of place before
  ("Teatro Fernán Gómez", "Hospital Severo Ochoa") or after ("Heinrich-Heine-Gymnasium"), a king's
  number ("Henri-IV"), a street's word glued to the next ("Johannes Verhulststraat"), "named after" in
  Russian ("театр имени Вахтангова"), a contracted article of place ("no Mackenzie", "Cliente du
  Bristol") or a verb of working or eating and its preposition, a word joined by "and" to a place
  found ("Serrano y Claudio Coello"), a car after a masculine article ("un Mercedes"), an Arabic noun
  of place in the construct state ("مجموعة الفطيم");
- a product line named after a person before its house ("la parure Joséphine de Chaumet"), a house
  before a Chinese honorific ("迪奥小姐": Miss Dior), an Arabic line after its product noun with the
  house close by ("من شوميه خاتم جوزفين"), a house in Cyrillic ("Чемодан Римова");
- a heading glued into one capitalised word ("KUNDENPROFIL"); the Portuguese "tom" (tone) after "em";
- a Japanese role before さん ("留学生さん") and 殿 inside a place's name ("御殿場"); a Hangul given name
  found again as the ordinary word before a noun ("유리 공예품": glass);
- an office after a title ("Monsieur le Maire", "el señor Alcalde", "Herr Konsul"), a name in
  guillemets after a preposition of place ("в «Пушкине»"), the place one leaves for a known place
  ("from Logan to Heathrow"), a house's line glued after it in Chinese ("香奈儿可可小姐").

Leaks mended on the way: a German family name with the shape of an abstract noun ("Frau Hartung"),
"licenciada" as a title, a Chinese name after "niece" ("侄女王可馨"), the family name after a title
and an office ("el señor Director Gómez").

And what must stay a person: "via Marcus", "na Ana", "Emma Hall", "zum Geburtstag von Anna",
"su hija Mercedes", "خاتم مريم" (Maryam's ring: no house), "유리 씨", a street before a house number.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.venues import venue_name
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY, WITH_TAGGER, stored


@pytest.mark.parametrize(
    "text, language, kept, redacted",
    [
        # whole names of places and firms that carry a person's name
        ("Her son interns at Morgan Stanley, Mrs Whitcombe says.", "en", ["Morgan Stanley"], ["Whitcombe"]),
        ("O marido trabalha na Faria Lima, a Dona Lúcia não.", "pt", ["Faria Lima"], ["Lúcia"]),
        ("Dinner at Annabel's with Lady Pennington.", "en", ["Annabel"], ["Pennington"]),
        # a noun of place before the name
        ("Conseguimos entradas para el Teatro Fernán Gómez, su hija Valeria encantada.", "es", ["Gómez"], ["Valeria"]),
        ("Él trabaja en el Hospital Severo Ochoa, su esposa Nuria no.", "es", ["Ochoa"], ["Nuria"]),
        # a street's word glued to the next word
        ("Woont aan de Johannes Verhulststraat met haar dochter Sanne.", "nl", ["Johannes"], ["Sanne"]),
        # "named after" in Russian
        ("Билеты в театр имени Вахтангова для мужа Олега.", "ru", ["Вахтангова"], ["Олега"]),
        # a contracted article of place, a verb of place and its preposition
        ("A neta estuda no Mackenzie e o avô Rubens paga tudo.", "pt", ["Mackenzie"], ["Rubens"]),
        ("Almoço no Guimarães com a Dona Rita.", "pt", ["Guimarães"], ["Rita"]),
        ("Cliente du Bristol, Mme Aubert préfère le Ritz.", "fr", ["Bristol"], ["Aubert"]),
        # a word joined by "and" to a place found
        ("Compras por Serrano y Claudio Coello con doña Amparo.", "es", ["Serrano", "Claudio Coello"], ["Amparo"]),
        # a car that is a given name too, after a masculine article
        ("Llega en un Mercedes blanco con su hija Carlota.", "es", ["Mercedes"], ["Carlota"]),
        # an Arabic noun of place in the construct state
        ("تعمل في مجموعة الفطيم، وزوجها فهد يحب الساعات.", "ar", ["الفطيم"], ["فهد"]),
        # product lines and houses
        ("La parure Joséphine de Chaumet pour sa belle-fille Ophélie.", "fr", ["Joséphine"], ["Ophélie"]),
        ("她给女儿买了一瓶迪奥小姐，王女士很满意。", "zh", ["迪奥"], ["王"]),
        ("اشترت من شوميه خاتم جوزفين لابنتها.", "ar", ["جوزفين"], []),
        ("Чемодан Римова для мужа Глеба.", "ru", ["Римова"], ["Глеба"]),
        # a heading glued into one word; "tom" after "em"
        ("KUNDENPROFIL – Frau Brenner, Stammkundin seit Jahren.", "de", ["KUNDENPROFIL"], ["Brenner"]),
        ("Quer a bolsa em tom Caramelo para a filha Beatriz.", "pt", ["tom Caramelo"], ["Beatriz"]),
        # Japanese roles and places, a Hangul word found again
        ("御殿場のアウトレット帰りに鈴木様がご来店。", "ja", ["御殿場"], ["鈴木"]),
        ("留学生さんへのお土産を伊藤様が購入。", "ja", ["留学生"], ["伊藤"]),
        ("한유리 님 방문. 유리 공예품 선물 문의.", "ko", ["유리 공예품"], ["한유리"]),
        # an office after a title: the client addressed by the office
        ("Monsieur le Maire et Madame la Présidente viennent samedi.", "fr", ["le Maire", "la Présidente"], []),
        ("Mevrouw de Burgemeester wil een armband, mevrouw De Vries ook.", "nl", ["de Burgemeester"], ["Vries"]),
        ("El señor Alcalde y la señora Embajadora vienen el martes.", "es", ["Alcalde", "Embajadora"], []),
        ("O senhor Prefeito e a senhora Ministra vêm amanhã.", "pt", ["Prefeito", "Ministra"], []),
        ("Frau Bürgermeisterin und Herr Konsul kommen am Montag.", "de", ["Konsul"], []),
        # a name in guillemets after a preposition of place; the place one leaves for a known place
        ("Ужин в «Пушкине», потом муж Арсений хочет в Большой.", "ru", ["Пушкине"], ["Арсений"]),
        ("Flying from Logan to Heathrow with Mrs Adair.", "en", ["Logan"], ["Adair"]),
        # a house's line glued after it in Chinese ("Coco Mademoiselle")
        ("她喜欢香奈儿可可小姐香水，陈女士也喜欢。", "zh", ["可可"], ["陈"]),
    ],
)
def test_words_named_like_people_stay(text: str, language: str, kept: list[str], redacted: list[str]) -> None:
    out = stored(text, language)
    for word in kept:
        assert word in out, (word, out)
    for word in redacted:
        assert word not in out, (word, out)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # the learned tagger reads the same places (a noun after, a king's number)
        ("Tochter Frieda geht aufs Heinrich-Heine-Gymnasium, Frau Lindqvist zahlt.", "de", "Heinrich-Heine"),
        ("Rendez-vous près du lycée Henri-IV avec Mme Garnier.", "fr", "Henri-IV"),
        ("Lunch at the Fitzgerald Club with Mrs Lamb.", "en", "Fitzgerald Club"),
        ("Aperitivo al Ricci Bar con la signora Fontana.", "it", "Ricci Bar"),
    ],
)
def test_the_learned_tagger_keeps_places_named_after_people(text: str, language: str, kept: str) -> None:
    assert kept in stored(text, language, WITH_TAGGER)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Frau Hartung holt die Kette am Freitag ab.", "de", "Hartung"),
        ("La licenciada Treviño llamó para confirmar.", "es", "Treviño"),
        ("给侄女王可馨买手链。", "zh", "王可馨"),
    ],
)
def test_names_that_looked_like_words_are_found(text: str, language: str, name: str) -> None:
    assert name not in stored(text, language)


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Confirmed via Marcus, her assistant, on Monday.", "en", "Marcus"),
        ("Vamos deixar a encomenda na Ana amanhã.", "pt", "Ana"),
        ("Emma Hall came by with her sister.", "en", "Hall"),
        ("Mrs Park came by for the Santos.", "en", "Park"),
        ("Ein Geschenk zum Geburtstag von Anna, sagt Herr Roth.", "de", "Anna"),
        ("Su hija Mercedes vuelve el lunes.", "es", "Mercedes"),
        ("زارتنا مريم مع خاتم مريم القديم.", "ar", "مريم"),
        ("한유리 님 방문. 유리 씨는 다음 주 재방문.", "ko", "유리"),
        ("Regalo alla Giulia per il compleanno.", "it", "Giulia"),
        ("Entrega na R. Oscar Freire 1234 para a Dona Cecília.", "pt", "Oscar Freire"),
        # the family name after a title and an office
        ("El señor Director Gómez y la señora Directora Ruiz.", "es", "Gómez"),
        ("El señor Director Gómez y la señora Directora Ruiz.", "es", "Ruiz"),
        ("Herr Konsul Weber kommt am Montag.", "de", "Weber"),
    ],
)
def test_people_stay_people(text: str, language: str, name: str) -> None:
    for policy in (RULES_ONLY, WITH_TAGGER):
        assert name not in stored(text, language, policy)


def test_venue_name_is_about_whole_stretches() -> None:
    text = "Treffen im Max-Planck-Institut mit Frau Odenwald."
    start = text.index("Max")
    assert venue_name(text, start, start + len("Max-Planck"))
    start = text.index("Odenwald")
    assert not venue_name(text, start, start + len("Odenwald"))
