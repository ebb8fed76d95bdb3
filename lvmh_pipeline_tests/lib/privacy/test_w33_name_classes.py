"""Name classes behind the w33 leaks (dev notes written this session, held-out class counts), in our own phrasings.

- A name missing from the lexicon after a capitalised kin word opening a sentence, before a verb
  or a possessive ("Sohn Janek macht …", "Son Ezra's graduation"), not a school list nor the
  French "Son Birkin".
- Staff named after an abbreviated post ("PA Siobhan", "her EA Marisa"); in Arabic an unknown
  name after a staff word with a preposition ("مع السواق سونيل."); in Chinese a 阿- form after a
  staff word ("司机阿伟会来取").
- A word the note says is a first or family name, whatever else it is ("(Vorname Jonas)", "se
  apellida Blanco", "his last name is Black", "Moreno de apellido"); a Latin name after a Korean
  or Japanese naming word ("이름은 Mina").
- A name written again in brackets with the app it is saved under ("Karim (كريم sur WhatsApp)").
- A given name that is a word too after an opening kin word, before a possessive or a contact
  ("Son Will's graduation", "Hija Paz: …"), or before its kin in brackets ("Olivier (le père)").
- The person one marries, in the Romance languages and German ("mariage … avec Céline", "se casa
  con Itziar", "Hochzeit … mit Wiebke"), a given name even where it is a brand too.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Frau Kessler kam allein. Sohn Janek macht im Juni Abitur, erste Uhr.", "de", "Janek"),
        ("Only books Sun mornings. Son Ezra's graduation is in May.", "en", "Ezra"),
        ("Busca un reloj. Hija Xiomara se casa en junio.", "es", "Xiomara"),
        ("Daughter Elowen turns 18 in May, pearls.", "en", "Elowen"),
        ("Petit-fils Kylian entre au lycée en septembre.", "fr", "Kylian"),
        ("Call before 6pm; PA Siobhan handles his calendar.", "en", "Siobhan"),
        ("Send the invoice via her EA Marisa.", "en", "Marisa"),
        ("جا مع السواق سونيل. طلب ساعة.", "ar", "سونيل"),
        ("الساعة جاهزة، سيأتي مع السائق بابلو.", "ar", "بابلو"),
        ("表做好了司机阿伟会来取，取货前先打电话。", "zh", "阿伟"),
        ("秘书阿玲下周来取表。", "zh", "阿玲"),
        ("Herr Brenner (Vorname Jonas) sucht eine Uhr.", "de", "Jonas"),
        ("Kunde, Vorname Lukas, sucht eine Uhr.", "de", "Lukas"),
        ("Se apellida Blanco, como el color.", "es", "Blanco"),
        ("Sí, Moreno de apellido, lo dice riendo.", "es", "Moreno"),
        ("Di cognome fa Bianchi, come il colore.", "it", "Bianchi"),
        ("O sobrenome dela é Branco, como a cor.", "pt", "Branco"),
        ("His last name is Black, funnily enough.", "en", "Black"),
        ("Sie heißt mit Nachnamen Weiß, wie die Farbe.", "de", "Weiß"),
        ("Elle s'appelle Rose de son nom de famille.", "fr", "Rose"),
        ("여자친구 이름은 Mina, 반지 찾으심.", "ko", "Mina"),
        ("남편분 영문명 Dohyun.", "ko", "Dohyun"),
        ("娘さんのお名前は Chloe だそうです。", "ja", "Chloe"),
        ("Mari Karim (كريم sur WhatsApp) : 06 11 22 33 44.", "fr", "كريم"),
        ("Son Will's graduation is in June.", "en", "Will"),
        ("Hija Paz: paz.m@example.com", "es", "Paz"),
        ("Famille Roux : Olivier (le père) veut deux caisses.", "fr", "Olivier"),
        ("pour le mariage de son fils Hugo avec Céline, en août.", "fr", "Céline"),
        ("Su hija se casa con Itziar en mayo.", "es", "Itziar"),
        ("Zur Hochzeit seines Sohnes mit Wiebke im Juli.", "de", "Wiebke"),
        ("Il figlio si sposa con Ginevra a giugno.", "it", "Ginevra"),
    ],
)
def test_w33_names_are_redacted(text: str, language: str, name: str) -> None:
    assert not leaked(name, _stored(text, language))


@pytest.mark.parametrize(
    "text, language, word",
    [
        ("Son Birkin est trop lourd.", "fr", "Birkin"),
        ("Son Kelly est usé, elle veut le réparer.", "fr", "Kelly"),
        ("Daughter Harvard, son Eton. Budget 5k.", "en", "Harvard"),
        ("Tochter Studium beginnt im Herbst.", "de", "Studium"),
        ("Sohn Lieblingsmarke ist Rolex.", "de", "Lieblingsmarke"),
        ("Met the EA team at noon.", "en", "team"),
        ("PA System broken again.", "en", "System"),
        ("Vamos pa Madrid el lunes.", "es", "Madrid"),
        ("السائق وصل.", "ar", "وصل"),
        ("جا مع السواق حقه.", "ar", "حقه"),
        ("司机阿拉伯语很好。", "zh", "阿拉伯"),
        ("Nachname wie die Farbe, lacht darüber.", "de", "Farbe"),
        ("Surname TBC, will call back.", "en", "TBC"),
        ("Prénom inconnu, nom de famille à vérifier.", "fr", "inconnu"),
        ("브랜드 이름은 Cartier 라고 하심.", "ko", "Cartier"),
        ("Daughter Ruby earrings wanted.", "en", "Ruby"),
        ("Son Kelly: 25 cm, gold.", "fr", "Kelly"),
        ("Mariage avec Dior comme thème.", "fr", "Dior"),
        ("Hochzeit mit Freunden am See.", "de", "Freunden"),
    ],
)
def test_w33_words_stay(text: str, language: str, word: str) -> None:
    assert word in _stored(text, language)
