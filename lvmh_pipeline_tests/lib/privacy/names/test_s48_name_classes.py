"""Name classes of session 48 (the w52 round), in our own phrasings (never a note's sentence).

Leaks:
- lower-case names a voice note says again: a given name and a family name where the family name
  (or the given name) is said once more, even a family name that is a word too or a given name that
  is a month ("meneer Visser, piet visser"); the family name said again before the given name
  (Italian order); the same name restated in a correction run; a family name with its particle after
  a spoken title; a family name after an office; a given name after "seu" / "dona"
  (:mod:`...voice.lowercase_voiced`);
- a Maghrebi family name in Latin letters, one that is a people's name too after a title
  (``taxonomy/person_names.json`` 1.31.0);
- a Korean full name after a label's colon and before a Latin role's initials ("담당: x SA",
  :mod:`...scripts.korean.positioned`);
- a romanised Chinese family name then the same name as one Han character (:mod:`...scripts.restated_scripts`);
- a Brazilian pet form of a given name (Juninho, Paulinho) before a kin apposition (lexicon);
- an aide named in a field ("Assessor: x", :mod:`...lexicon.kin_and_ages`).

Over-redaction:
- a Gulf or pilgrim's title before the name, a word after a degree abbreviation and a comma
  (:mod:`...guard_words.never_persons`); 老 between a Chinese family name and a title
  (:mod:`...guard_words.cjk_edges`); a district after a full name and a slash (:mod:`...links.runs`);
- Hangul words whose form is a verb's, a clause's or a taxonomy term's with its particle
  (:mod:`...guard_words.korean_forms`); Arabic colloquial participles after a kin word
  (:mod:`...lexicon.arabic`); a shrine town after a pilgrims' way, a devotee's word or "as far as"
  (:mod:`...voice.places`); a Russian adjective before an agreeing word, an infinitive opening a line
  (:mod:`...guard_words.never_persons`).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a lower-case pair whose family name is said again
        ("notitie: meneer Visser, eh, piet visser, belt morgen terug", "nl", ["piet", "visser"]),
        ("also Frau Wagner, äh, jan wagner ist ihr Mann, kommt Freitag", "de", ["jan", "wagner"]),
        ("then mrs cole rang, um, sarah cole, about the ring", "en", ["sarah", "cole"]),
        ("é a cliente, a marta, marta campos, volta na sexta", "pt", ["marta", "campos"]),
        ("la cliente, marina, marina rossi, tornerà venerdì", "it", ["marina", "rossi"]),
        # a correction run, the family name said twice before the pair
        ("la signora conti, no scusa, greco, greco, elena greco, ha chiamato", "it", ["elena", "greco"]),
        # the family name said again before the given name
        ("la signora, come si chiama, ferri, sì ferri paola, vuole un bracciale", "it", ["ferri", "paola"]),
        # a particle family name after a spoken title
        ("alors madame de souza est passée hier", "fr", ["de souza"]),
        ("passou a senhora da silva para ver o colar", "pt", ["da silva"]),
        # a family name after an office, a given name after "seu" / "dona"
        ("è passato l'ex sindaco galli con la moglie", "it", ["galli"]),
        ("o filho do seu osvaldo passou aqui", "pt", ["osvaldo"]),
        # Maghrebi family names; one that is a people's name too, after a title
        ("Madame Bennani viendra samedi avec sa fille", "fr", ["Bennani"]),
        ("meneer Chaoui komt donderdag terug", "nl", ["Chaoui"]),
        # a Korean full name before a role's initials; a Han family name after its romanisation
        ("담당: 한서진 SA", "ko", ["한서진"]),
        ("Client: Ms Wu 吴 (Wu Lan), CNY gifts", "en", ["吴", "Wu Lan"]),
        # a Brazilian pet form before a kin apposition
        ("ah, o paulinho, o filho da dona Célia, veio buscar", "pt", ["paulinho"]),
        # an aide in a field
        ("Cliente: Vereadora Lúcia Prado\nAssessor: Caio\nPresente de Natal", "pt", ["Caio"]),
    ],
)
def test_s48_names_found(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept, names",
    [
        # a pair whose family name is said once, a word too: no name read into a phrase
        ("la signora vuole un caviale russo per la cena", "it", ["russo"], []),
        ("o seu marido vem buscar a encomenda", "pt", ["marido"], []),
        ("ve amb el seu marit a buscar el collaret", "es", ["marit"], []),
        ("la signora è assessora alla cultura", "it", ["alla"], []),
        ("the deputy mayor green light came from the council", "en", ["green"], []),
        # a title before the name
        ("le père, cheikh, euh, nasser, viendra avec sa fille", "fr", ["cheikh"], ["nasser"]),
        ("Sheikh Rashid asked for the private salon", "en", ["Sheikh"], ["Rashid"]),
        # a word after a degree abbreviation and a comma
        ("Watch: Ballon Bleu med., gold, blue dial", "en", ["gold"], []),
        # 老 between a family name and a title
        ("刘老先生今天来看表，刘文斌，他孙子陪着", "zh", ["老先生"], ["刘文斌"]),
        # a district after a full name and a slash
        ("Cliente: Sra. Elena Vidal Ortiz / Coyoacán\nRegalo", "es", ["Coyoacán"], ["Elena Vidal Ortiz"]),
        # Hangul words of a clause, a verb, a term and its particle
        ("따님은 비건인데 고객님은 아니세요", "ko", ["비건인데"], []),
        ("김하늘 님이 오셨는데 베이지로 예약하셨어요", "ko", ["베이지로", "오셨는데"], ["김하늘"]),
        # a shrine town after a pilgrims' way, a devotee's word or "on foot as far as"
        ("hicieron el Camino de Santiago en mayo con su hija Elena", "es", ["Santiago"], ["Elena"]),
        ("a Dona Rosa é devota de Fátima e vai lá todo ano", "pt", ["Fátima"], []),
        ("ele vai a pé até Fátima em maio", "pt", ["Fátima"], []),
        # a Russian adjective before an agreeing word; an infinitive opening a line
        ("прихожанка Грузинской православной церкви, просит без мяса", "ru", ["Грузинской"], []),
        ("Уточнить у Елены Смирновой размер кольца", "ru", ["Уточнить"], ["Смирновой"]),
        # Arabic colloquial participles after a kin word
        ("زوجها ناوي يسافر الشهر الجاي", "ar", ["ناوي"], []),
        ("أخوها راجع من السفر بكرة", "ar", ["راجع"], []),
    ],
)
def test_s48_words_kept(text: str, language: str, kept: list[str], names: list[str]) -> None:
    _kept(text, language, kept, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("Maria Lopes / Mariazinha, pede o colar", "pt", ["Mariazinha"]),  # a pet form after a slash
        ("Herr Dr. med. Albers kam zur Anprobe", "de", ["Albers"]),  # a degree between title and name
        ("sa fille Cheikha viendra", "fr", ["Cheikha"]),  # the title word as a given name after kin
    ],
)
def test_s48_names_still_found(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)
