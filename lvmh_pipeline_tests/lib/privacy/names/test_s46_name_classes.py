"""Name leaks and over-redactions of session 46's newly read round, as classes in our own phrasings
(never a note's sentence):

Leaks:
- lower-case voice transcriptions: a family after a family word ("the al x family", "la famille x"), a
  family name with its particles after a title ("meneer el x"), a known given name after a title
  ("sheikh x"), a family name opening the note before an age in words ("x, sixty one, …"), given names
  listed after a plural kin word, a Russian or Georgian given name before a family name
  (:mod:`...names.voice.lowercase_families`; Georgian given names in ``taxonomy/person_names.json``);
- a lower-case family name said as a correction ("… x, no, perdona, y"), a given name before a name
  replaced, a romanised Korean given name after its family name (:mod:`...names.voice.lowercase_restated`);
- a Hangul given name alone before a staff title ("x 매니저", :mod:`...names.scripts.korean.given.staff`).

Over-redaction:
- Korean honorific verb forms before a person word ("오신 고객님"); Arabic record headings at a line's
  start ("ملف", "المنتج") and a name running over a line break; Cyrillic country names and adverbs;
  a shop's street after a house and a comma; Dutch academic titles after "mr."; generic firm words
  ("Studio", "GmbH", "Advies").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.detect import find_names
from lvmh_pipeline.lib.privacy.names.positions.lowercase import with_name_capitals
from lvmh_pipeline.lib.privacy.names.scripts.korean.other_scripts.roman import is_roman_given
from lvmh_pipeline.lib.privacy.names.scripts.korean.given.staff import ko_staff_given_names
from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_names(text)]


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a family after a family word, with or without particles
        ("ok so the al hashimi family passed by the boutique, looking at watches", "en", ["hashimi"]),
        ("alors la famille garnier est revenue pour les alliances", "fr", ["garnier"]),
        ("dus de familie van der linden wil een horloge voor de zoon", "nl", ["linden"]),
        ("also die familie hofmann war wieder da, wegen der Uhr", "de", ["hofmann"]),
        ("allora la famiglia esposito cerca un bracciale", "it", ["esposito"]),
        ("pues la familia navarro busca un reloj para el abuelo", "es", ["navarro"]),
        ("então a família carvalho quer uma pulseira", "pt", ["carvalho"]),
        # a family name with its particles after a lower-case title
        ("eh meneer el haddouchi wil een ring bekijken", "nl", ["haddouchi"]),
        ("mevrouw van der heijden belde over de tas", "nl", ["heijden"]),
        # a known given name after a lower-case title
        ("so sheikh mansour asked for the catalogue again", "en", ["mansour"]),
        # a family name opening the note before an age said in words
        ("lindqvist, sixty three, wants a travel clock for the boat", "en", ["lindqvist"]),
        ("hartmann, zweiundsechzig, sucht eine Uhr", "de", ["hartmann"]),
        # given names listed after a plural kin word
        ("he came with his two sons, khalid and, er, the small one is faisal", "en", ["khalid", "faisal"]),
        # a Georgian given name before a family name of its shape
        ("так, пришёл тенгиз кипиани с сыном, смотрел часы", "ru", ["тенгиз", "кипиани"]),
        ("записала: давид, нет, гурам квеладзе, постоянный клиент", "ru", ["гурам", "квеладзе"]),
        # a family name said again as a correction
        ("la señora, eh, la señora ortega, no, perdona, ortiz, pidió un anillo", "es", ["ortega", "ortiz"]),
        ("the client mrs wood, no sorry, woods, wants the earrings", "en", ["woods"]),
        # a romanised Korean given name after its family name
        ("uh, mrs. kim, kim seo-yeon, flew in from busan for the week", "en", ["seo-yeon"]),
        ("lee min-ho came by with his fiancée for rings", "en", ["min-ho"]),
        # a Hangul given name before a staff title
        ("- 응대: 유리 매니저 (다음 방문 시 동일)", "ko", ["유리"]),
    ],
)
def test_lowercase_and_restated_names_go(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, words",
    [
        # family words before ordinary words
        ("the whole family came along for the fitting", "en", ["whole family"]),
        ("la famille royale porte cette broche", "fr", ["famille royale"]),
        ("de familie van de bruid komt ook", "nl", ["familie van de bruid"]),
        ("the royal family wore the same tiara", "en", ["royal family"]),
        # corrections that name a thing
        ("the client, no, sorry, the bag was the medium", "en", ["the bag"]),
        # Korean honorific verb forms before person words
        ("오늘 오신 고객님이 반지를 보셨어요", "ko", ["오신"]),
        ("지난주 다녀가신 분이 다시 오신대요", "ko", ["다녀가신", "오신대요"]),
        ("이번 주 토요일에 오신 어머님, 목걸이 보셨어요", "ko", ["오신"]),
        # Arabic record headings
        ("ملف العميل: عائلة حداد\nالمنتج: ساعة", "ar", ["ملف", "المنتج"]),
        ("زوجته: السيدة ليلى\nالمنتج: عقد ذهب", "ar", ["المنتج"]),
        # Cyrillic country names and adverbs
        ("Клиент: Mr. Peter Gross (Австрия), говорит по-немецки", "ru", ["Австрия"]),
        ("они с Машей вместе пять лет, ищут кольца", "ru", ["вместе"]),
        # a shop's street after a house and a comma
        ("Tienda: Loro Piana, Serrano\nInterés: chaqueta", "es", ["Serrano"]),
        ("Boutique: Cartier, Serrano 56", "es", ["Serrano"]),
        # Dutch academic titles
        ("Klant: mr. drs. K. (Karel) Smits – notaris", "nl", ["drs"]),
        # generic firm words beside a family name
        ("Cliente: Sig. Paolo Neri (avvocato, Studio Neri & Associati)", "it", ["Studio", "Associati"]),
        ("Kunde: Hr. Jens Vogt | Firma: Vogt & Partner GmbH", "de", ["Partner GmbH"]),
        ("Factuur: Smits Advies BV, Utrecht", "nl", ["Advies BV"]),
        # Hangul words before a staff title that name no one
        ("전담 매니저 배정 완료, 매장 매니저에게 전달", "ko", ["전담 매니저", "매장 매니저"]),
    ],
)
def test_ordinary_words_stay(text: str, language: str, words: list[str]) -> None:
    _kept(text, language, words)


def test_capitals_given_only_where_a_cue_says_so() -> None:
    assert with_name_capitals("the al hashimi family") == "the Al Hashimi family"
    assert with_name_capitals("meneer el haddouchi") == "meneer El Haddouchi"
    assert with_name_capitals("the whole family") == "the whole family"
    assert with_name_capitals("budget, fifty thousand") == "budget, fifty thousand"
    assert with_name_capitals("his daughters, so excited") == "his daughters, so excited"


def test_roman_given_shape() -> None:
    assert is_roman_given("seo-yeon") and is_roman_given("Min-ho")
    assert not is_roman_given("so-so") and not is_roman_given("bo-ho") and not is_roman_given("well-made")


def test_staff_given_names() -> None:
    text = "담당: 하늘 과장, 보조: 신규 사원"
    assert [text[s.start : s.end] for s in ko_staff_given_names(text)] == ["하늘"]
    assert ko_staff_given_names("유리 케이스 교체") == []


def test_name_ends_at_line_break() -> None:
    assert all("\n" not in n for n in _found("زوجته: السيدة ليلى\nالتاج: عقد"))
