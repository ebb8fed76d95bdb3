"""Age and anniversary classes of session 35 (second round), in our own phrasings: an age turned whose clause
ends at an arrow or a dash ("wird im Juli 50 → Schal"), a hesitation between the verb and the month or the age
("turns, uh, in May seventy"), hyphenated number words ("fêter ses trente-deux ans"), an age reached the Chinese
way ("满八十", "滿70歲", "花甲"); a wedding anniversary counted with a degree-sign ordinal ("40° di matrimonio"),
in traditional characters or with 廿 / 卅 ("結婚卅週年"), named by its material ("tinnen bruiloft", "bodas de
madeira"); a couple's years counted in words ("sette anni insieme", "tien jaar getrouwd"); and what must stay out
(a shop's "满500减50", "年过花甲", "a gold wedding band", "la boda de Esmeralda", "dieci anni di esperienza")."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    return {(h.concept, h.month) for h in extract(text, language, "2026-01-15", fixed_months=True)
            if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("DE", "Ihre Mutter wird im Juli 50 → Schal in Seide.", ("birthday", 7)),
    ("NL", "Zijn vader wordt in maart 80 -> manchetknopen.", ("birthday", 3)),
    ("EN", "Her dad turns 65 in August — a watch, nothing flashy.", ("birthday", 8)),
    ("DE", "Der Opa wird ähm im Mai achtzig, also etwas Klassisches.", ("birthday", 5)),
    ("EN", "Her husband turns, uh, in May seventy, so cufflinks.", ("birthday", 5)),
    ("FR", "Son mari aura, euh, en juin soixante ans.", ("birthday", 6)),
    ("FR", "Elle veut fêter ses trente-deux ans en octobre, un sac.", ("birthday", 10)),
    ("FR", "Son fils aura vingt-et-un ans en juin.", ("birthday", 6)),
    ("FR", "Pour ses quarante-cinq ans en septembre, un foulard.", ("birthday", 9)),
    ("FR", "Sa fille, dix-huit ans le 3 juin, veut un sac.", ("birthday", 6)),
    ("ZH", "她公公明年四月满八十，想送一块表。", ("birthday", 4)),
    ("ZH", "老先生九月滿70歲，挑個禮物。", ("birthday", 9)),
    ("ZH", "她父亲五月花甲之年，想送表。", ("birthday", 5)),
    ("JA", "祖母が十月に満九十歳になります。", ("birthday", 10)),
])
def test_an_age_turned(language, text, expected):
    assert expected in _occasions(text, language), text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("IT", "40° di matrimonio a ottobre, un bracciale.", ("wedding_anniversary", 10)),
    ("PT", "30º de casamento em maio, um colar.", ("wedding_anniversary", 5)),
    ("ZH", "他們結婚卅週年 (8月)，想要一對錶。", ("wedding_anniversary", 8)),
    ("ZH", "陳生陳太結婚四十週年，十一月。", ("wedding_anniversary", 11)),
    ("NL", "Tinnen bruiloft in april, iets kleins.", ("wedding_anniversary", 4)),
    ("NL", "Ze vieren in juni hun porseleinen huwelijk.", ("wedding_anniversary", 6)),
    ("PT", "Bodas de madeira em julho, um relógio.", ("wedding_anniversary", 7)),
    ("ES", "Celebran sus bodas de cuero en marzo.", ("wedding_anniversary", 3)),
    ("IT", "Nozze di legno a settembre.", ("wedding_anniversary", 9)),
    ("NL", "Ze zijn in december tien jaar getrouwd, iets moois.", ("wedding_anniversary", 12)),
    ("FR", "Ils fêtent trente ans de mariage en mai.", ("wedding_anniversary", 5)),
    ("IT", "Dodici anni di matrimonio a novembre, orecchini.", ("wedding_anniversary", 11)),
    ("IT", "Lei e la compagna festeggiano sette anni insieme a fine luglio.", ("relationship_anniversary", 7)),
    ("ES", "Su novio y ella celebran cinco años juntos en agosto.", ("relationship_anniversary", 8)),
    ("NL", "Zij en haar vriendin zijn in mei twaalf jaar samen.", ("relationship_anniversary", 5)),
    ("PT", "Ela e o namorado fazem seis anos de namoro em outubro.", ("relationship_anniversary", 10)),
    ("DE", "Sie feiern im Mai zwanzig Jahre Ehe, eine Uhr.", ("wedding_anniversary", 5)),
    ("RU", "В июне тридцать лет в браке, хотят браслет.", ("wedding_anniversary", 6)),
    ("EN", "Forty years of marriage in June, a brooch.", ("wedding_anniversary", 6)),
])
def test_a_couples_years(language, text, expected):
    assert expected in _occasions(text, language), text


def test_a_celebration_verb_before_the_years_together_is_not_a_second_occasion():
    assert _occasions("Festeggiano sette anni insieme a fine luglio.", "IT") == {("relationship_anniversary", 7)}


@pytest.mark.parametrize(("language", "text", "unwanted"), [
    ("ZH", "满500减50，顺便买了个包。", "birthday"),
    ("ZH", "他年过花甲，喜欢书法。", "birthday"),
    ("ZH", "孩子满一年了，想买个礼物。", "birthday"),
    ("EN", "She wants a gold wedding band for June.", "wedding_anniversary"),
    ("EN", "A lace wedding dress for her daughter's wedding in May.", "wedding_anniversary"),
    ("ES", "Van a la boda de Esmeralda en junio.", "wedding_anniversary"),
    ("ES", "La boda de la prima en junio.", "wedding_anniversary"),
    ("IT", "Ha dieci anni di esperienza in banca.", "wedding_anniversary"),
    ("EN", "The shop turns, um, in May into a café.", "birthday"),
])
def test_look_alikes_stay_out(language, text, unwanted):
    assert unwanted not in {concept for concept, _ in _occasions(text, language)}, text


def test_the_split_modules_keep_their_public_names():
    from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import Quantity, is_number_start, is_year, scan_quantity, to_float
    from lvmh_pipeline.lib.concepts.occasions.months import MonthMention, date_of, find_months, next_month_of

    assert is_year("2019") and not is_year("3500") and to_float("3.500") == 3500
    assert scan_quantity("deux mille cinq cents", 0, 21).value == 2500 and is_number_start("tremila", 0)
    assert Quantity._fields[0] == "value" and MonthMention._fields[0] == "month"
    assert callable(date_of) and callable(find_months) and next_month_of(12) == 1
