"""Name classes of session 47's second round, in our own phrasings (never a note's sentence).

Leaks:
- a lower-case given name after a name search of several words, a further pause or an article
  between ("wie heißt er noch, x", "si chiama, aspetta, x", "como é que ela se chama, a x"), a name
  the lexicon lacks there ("как его, x") or right after a corrected one ("x, no, y")
  (:mod:`...positions.lowercase`, :mod:`...lexicon.fillers`);
- the colleague named in a "served by" field ("Atiende: x", "Suivi par : x", :mod:`...staff.roles`);
- common given names the lexicon lacked (Iván, Henrike, Anwar, Milly; Branca as ambiguous), the
  colour family name Noir after a spoken title, common Western family names in Arabic script and
  Hangul (``taxonomy/person_names.json``);
- a Chinese or Japanese given name after 叫 and a search for it ("叫什么来着，x", :mod:`...given.called`).

Over-redaction (:mod:`...guard_words.never_persons`, :mod:`...guard_words.places_and_brands`):
- a weekday ("vom Dienstag", "下周二"); a Dutch or German street after "van de" / "von der"; a
  Japanese kin word before 様; a colour field heading ("Cor:"); a city after a district word
  ("círculo de X") or after a full name and "de" ("… de Monterrey").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import names_gone as _gone, words_kept as _kept


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a lower-case given name after a name search, a pause or an article between
        ("kam mit ihrer Schwester, äh, wie heißt die noch, gudrun, wegen der Kette", "de", ["gudrun"]),
        ("kommt mit ihrem Sohn, wie heißt er noch, lukas, zur Anprobe", "de", ["lukas"]),
        ("il fidanzato si chiama, aspetta, lorenzo, e cerca un anello", "it", ["lorenzo"]),
        ("veio com a neta, como é que ela se chama, a beatriz, ver os brincos", "pt", ["beatriz"]),
        ("vino con su cuñada, cómo se llama, espera, noelia, por el collar", "es", ["noelia"]),
        # a name the lexicon lacks after the search, and a corrected name
        ("пришёл с сыном, его зовут, как его, тимурчик, смотрели часы", "ru", ["тимурчик"]),
        ("came with her son, what's his name, bobby, no, robbie, for a watch", "en", ["bobby", "robbie"]),
        # a colleague in a "served by" field
        ("· Atiende: Iván", "es", ["Iván"]),
        ("Suivi par : Camille\nBudget 2 000 €", "fr", ["Camille"]),
        ("Betreut von Henrike.", "de", ["Henrike"]),
        # common given names the lexicon lacked; a colour family name after a spoken title
        ("Kundin: Dr. Vogt (Henrike), sucht eine Uhr", "de", ["Vogt", "Henrike"]),
        ("ok c'est pour monsieur Noir, il passe samedi", "fr", ["Noir"]),
        ("a dona Branca Ferreira passou hoje", "pt", ["Branca", "Ferreira"]),
        # a given name after 叫 and a search for it
        ("她说她儿子，叫什么来着，浩然，明年毕业", "zh", ["浩然"]),
        ("他太太是日本人，叫，嗯，ゆきこ，很喜欢珍珠", "zh", ["ゆきこ"]),
        # a Western family name as Arabic script or Hangul writes it, after its given name
        ("زار المتجر السيد توم ميلر اليوم", "ar", ["توم", "ميلر"]),
        ("고객: Mr. John Smith (존 스미스), 영국 국적", "ko", ["Smith", "스미스"]),
    ],
)
def test_s47_round2_names_found(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept, names",
    [
        # no name after a search that found none, nor a pause word, nor an object
        ("her husband, what's his name, sorry, wait, no, he paid in cash", "en", ["sorry", "wait"], []),
        ("他叫，嗯，那个，我忘了", "zh", ["那个", "我忘了"], []),
        ("这个叫什么来着，项链，对", "zh", ["项链"], []),
        ("Atiende: el encargado", "es", ["encargado"], []),
        # weekdays
        ("Notiz zu Herrn Kruse, nicht der Kruse vom Donnerstag, der andere", "de", ["Donnerstag"], ["Kruse"]),
        ("备注：下周三陪太太一起来店", "zh", ["周三"], []),
        # a street after "van de" / "von der"
        ("mevrouw Jansen, die van de Prinsengracht, kwam langs", "nl", ["Prinsengracht"], ["Jansen"]),
        ("Frau Berg, die von der Königsallee, kam vorbei", "de", ["Königsallee"], ["Berg"]),
        # a Japanese kin word before an honorific
        ("・義母様：甘い物NG", "ja", ["義母"], []),
        # a colour heading
        ("Orçamento: 8 mil €\nCor: nada de vermelho.", "pt", ["Cor"], []),
        # a city after a district word or a full name and "de"
        ("deputado pelo círculo de Braga, presente de Natal", "pt", ["Braga"], []),
        ("la señora Lupe Ibarra de Guadalajara quiere unas mancuernillas", "es", ["Guadalajara"], ["Ibarra"]),
    ],
)
def test_s47_round2_words_kept(text: str, language: str, kept: list[str], names: list[str]) -> None:
    _kept(text, language, kept, names)


@pytest.mark.parametrize(
    "text, language, names",
    [
        ("周一鸣先生来店看表", "zh", ["周一鸣"]),  # a weekday's characters in a name
        ("Kundin Frau Sonntag kam am Montag", "de", ["Sonntag"]),  # a weekday family name after a title
        ("la señora Lupe Hurtado de Mendoza quiere un collar", "es", ["Hurtado", "Mendoza"]),
    ],
)
def test_s47_round2_names_still_found(text: str, language: str, names: list[str]) -> None:
    _gone(text, language, names)


@pytest.mark.parametrize(
    "text, language, kept, names",
    [
        # a Chinese title after the family name, a field word before the full name
        ("客户：白女士（全名白雪），由陈先生介绍。", "zh", ["女士", "全名"], ["白雪"]),
        # a Korean verb form the tagger might read as a name; a Chinese filler before a name
        ("김하늘 님이 이번에 결혼하셔서 선물 보셨어요", "ko", ["결혼하셔서"], ["김하늘"]),
        ("她跟男朋友，叫，叫那个，阿杰，下个月订婚", "zh", ["那个"], ["阿杰"]),
    ],
)
def test_s47_round2_name_edges(text: str, language: str, kept: list[str], names: list[str]) -> None:
    _kept(text, language, kept, names)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # the Hangul family names stay words where they are part of another word
        ("테일러드 재킷이랑 밀러 맥주 좋아하세요", "ko", ["테일러드"]),
        ("존슨앤존슨 제품 알레르기 있음", "ko", ["존슨앤존슨"]),
    ],
)
def test_s47_round2_foreign_surnames_in_words(text: str, language: str, kept: list[str]) -> None:
    _kept(text, language, kept)
