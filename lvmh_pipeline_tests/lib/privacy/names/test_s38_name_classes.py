"""Name classes of session 38, in our own phrasings (general mechanisms for the classes the `w41`
notes showed, never copied from a note):

Leaks —
- a romanised Chinese full name of one-syllable words where the note's own script takes over
  ("الزبونة Wu Li تبي", "Клиентка Li Na пришла");
- an Arabic given name before "and his / her life partner" ("سامي وشريك حياته");
- a full name given by a correction ("Lola, o sea Dolores Quintanilla,");
- a Japanese name in its script in brackets after a romanised name and its honorific ("KONDO Mei
  様（近藤めい）"), a hiragana given name after a kanji family name found ("（佐藤あかり）");
- a given name after a kin word that is another word too, after that language's possessive
  ("haar man Wiebe", "son ami Tanguy", "su prima Maitane");
- a foreign name in Chinese characters joined by its dot after other characters ("老客户克劳德·贝尔纳")
  and a transliterated given name after a kin word ("男朋友汤姆一起");
- a couple's given names joined by a slash in brackets ("(Emeka / Adaeze)");
- a name found again in its name day ("la Sainte-Odile"), not in a holiday ("la Saint-Valentin");
- a Korean full name before a staff title of the house ("VM 박지훈 팀장");
- a nickname in quotes in brackets after a full name ('("Fefo")');
- an Arabic family name after its article or "son of" in Cyrillic ("аль-Хашими", "ибн Саид").

Over-redaction —
- a CRM abbreviation before a surname opening a register line ("KD Brenner, Heike –");
- a product line named after a person after its house, in any script ("Berluti Andy", "Santos-Dumont",
  "쇼메 조세핀", "레이디 디올", "モエ・エ・シャンドン");
- a district before a Brazilian state ("Moema/SP") and a store named by its street ("loja Haddock Lobo");
- the Portuguese filler "ahn"; the word before "출신" (origin) and the Korean word itself;
- an Arab city in brackets after a name ("(مراكش)").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import RULES_ONLY as _IDS
from lvmh_pipeline_tests.lib.privacy.names.redaction import WITH_TAGGER as _LEARNED
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored as _stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a romanised Chinese name where Arabic or Cyrillic takes over
        ("الزبونة Wu Li تبي شنطة صغيرة.", "ar", ["Wu", "Li"]),
        ("Клиентка Li Na пришла с мужем.", "ru", ["Li", "Na"]),
        # a given name before "and his life partner"
        ("طيب، سامي وشريك حياته جوا أمس.", "ar", ["سامي"]),
        # a full name given by a correction
        ("Vino Lola, o sea Dolores Quintanilla, la notaria.", "es", ["Lola", "Dolores", "Quintanilla"]),
        ("La signora Bice, cioè Beatrice Orsolani, ha chiamato.", "it", ["Beatrice", "Orsolani"]),
        # a Japanese name in its script
        ("お客様：KONDO Mei 様（近藤めい）ご来店。", "ja", ["近藤", "めい"]),
        ("担当：佐藤部長（佐藤あかり）", "ja", ["あかり"]),
        # kin words that are other words too, after their language's possessive
        ("Ze kwam met haar man Wiebe, die jarig is.", "nl", ["Wiebe"]),
        ("Hij bracht zijn man Sjoerd mee naar de winkel.", "nl", ["Sjoerd"]),
        ("Il est venu avec son ami Tanguy, très discret.", "fr", ["Tanguy"]),
        ("Vino con su prima Maitane a ver pendientes.", "es", ["Maitane"]),
        # foreign names in Chinese characters
        ("我们的老客户克劳德·贝尔纳先生来了。", "zh", ["克劳德", "贝尔纳"]),
        ("她和男朋友汤姆一起来的，汤姆想看表。", "zh", ["汤姆"]),
        ("女儿艾玛很喜欢这款。", "zh", ["艾玛"]),
        # a couple's given names with a slash, and again later
        ("Mr & Mrs OKORO (Emeka / Adaeze) – pickup Friday, Adaeze pays.", "en", ["Emeka", "Adaeze"]),
        # a name day
        ("Sa femme Odile adore les perles ; ce sera pour la Sainte-Odile.", "fr", ["Odile"]),
        # a Korean full name before a staff title
        ("오늘 응대 VM 박지훈 팀장 부재, 다음 주 재방문.", "ko", ["박지훈"]),
        # a nickname in quotes in brackets
        ('Sr. Fernando AZEVEDO ("Fefo") ligou ontem.', "pt", ["Fefo"]),
        # an Arabic family name in Cyrillic
        ("Заходил господин Омар аль-Хашими с сыном.", "ru", ["Хашими"]),
        ("Это господин Халид ибн Саид, из Дубая.", "ru", ["Саид"]),
    ],
)
def test_s38_names_leave(text: str, language: str, names: list[str]) -> None:
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # a CRM abbreviation before a surname
        ("KD Brenner, Heike – Rückruf wegen Reparatur.", "de", ["KD "]),
        ("VIP Hartmann, Jörg – Ersatzband für die Uhr.", "de", ["VIP "]),
        # product lines named after people, after their house
        ("Er trug die Berluti Andy Mokassins.", "de", ["Andy"]),
        ("Elle hésite entre une Panthère et une Santos-Dumont.", "fr", ["Dumont"]),
        ("쇼메 조세핀 티아라를 보셨어요.", "ko", ["조세핀"]),
        ("레이디 디올 미니 보셨어요.", "ko", ["디올"]),
        ("モエ・エ・シャンドンを2本。", "ja", ["モエ"]),
        # places of São Paulo
        ("A cliente mora em Moema/SP, prefere WhatsApp.", "pt", ["Moema"]),
        ("Visitou a loja Haddock Lobo na semana passada.", "pt", ["Haddock Lobo"]),
        # a filler, an origin
        ("Ahn, deixa eu ver, a cliente voltou ontem.", "pt", ["Ahn"]),
        ("고려인 출신 고객님, 러시아어 가능.", "ko", ["고려인", "출신"]),
        # an Arab city in brackets, a holiday
        ("السيد كريم التازي (مراكش) يبي ساعة.", "ar", ["مراكش"]),
        ("Pour la Saint-Valentin, M. Valentin veut un sac.", "fr", ["Saint-Valentin"]),
    ],
)
@pytest.mark.parametrize("policy", [_IDS, _LEARNED], ids=["rules", "learned"])
def test_s38_words_stay(text: str, language: str, kept: list[str], policy: PrivacyPolicy) -> None:
    stored = _stored(text, language, policy)
    assert all(k in stored for k in kept), stored


def test_a_house_that_is_a_given_name_says_nothing_of_the_next_word() -> None:
    text = "Tiffany Martin came in with her sister."
    at = text.index("Martin")
    assert not product_line(text, at, at + len("Martin"))
    assert "Martin" not in _stored(text, "en")


def test_a_place_after_an_arabic_article_is_no_family_name() -> None:
    assert "al-Dubai" in _stored("Mrs Anna al-Dubai came.", "en")


def test_a_bracket_after_a_romanised_name_is_no_name_when_it_holds_a_place() -> None:
    assert "東京" in _stored("お客様：Tanaka 様（東京）。", "ja")
    assert "森ビル" in _stored("お客様：Mori 様（森ビル）。", "ja")
