"""Concept classes found on the w27 dev notes (own phrasings): a yearly occasion (Mother's Day,
Valentine's Day, a wedding anniversary, Christmas) said to be over already is not one to plan
for — only in its own part of the sentence, so the next occasion after a comma is still read —
and Mother's / Father's Day get the month that prevails where the note's language is spoken
(May; Father's Day in June, but March in Spain and Italy)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    found = set()
    for hit in extract(text, language, fixed_months=True):
        if hit.category == "occasion" and not hit.negated:
            found.add((hit.concept, None if hit.month is None or hit.month != hit.month else int(hit.month)))
    return found


def labels(text: str, language: str) -> set[str]:
    return {concept for concept, _ in occasions(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "past"),
    [
        ("EN", "Valentine's Day was last Tuesday, she only wants a card holder for herself now.", "valentines_day"),
        ("FR", "La fête des mères, c'est déjà passé ; elle regarde des gants pour elle.", "mothers_day"),
        ("ES", "El aniversario de bodas ya fue, ahora busca algo para su hija.", "wedding_anniversary"),
        ("NL", "Kerst is al geweest, nu kijkt hij naar riemen voor zichzelf.", "christmas"),
        ("DE", "Den Hochzeitstag haben sie schon gefeiert; jetzt schaut er nach Manschettenknöpfen.", "wedding_anniversary"),
        ("IT", "La festa del papà l'hanno già festeggiato, ora guarda portafogli.", "fathers_day"),
        ("RU", "Годовщину свадьбы уже отпраздновали, сейчас смотрит шарфы.", "wedding_anniversary"),
        ("ZH", "上个月母亲节的礼物已经买好了，这次看自己的包。", "mothers_day"),
        ("JA", "バレンタインのチョコは先週もう渡したそうで、今日はご自分用。", "valentines_day"),
    ],
)
def test_yearly_occasion_already_past_is_not_planned(language: str, text: str, past: str) -> None:
    assert past not in labels(text, language)


@pytest.mark.parametrize(
    ("language", "text", "upcoming"),
    [
        ("PT", "O aniversário de casamento já passou, agora quer algo para o Natal dos sobrinhos.", "christmas"),
        ("ES", "La Navidad ya pasó (diciembre), ahora piensa en el Día de la Madre.", "mothers_day"),
        ("EN", "Anniversary was last week, now thinking about Easter baskets.", "easter"),
        ("DE", "Hochzeitstag im Mai, kaufen jedes Jahr hier ein.", "wedding_anniversary"),  # "hier": here
    ],
)
def test_the_next_occasion_after_a_past_one_is_read(language: str, text: str, upcoming: str) -> None:
    assert upcoming in labels(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("DE", "Sucht eine kleine Tasche zum Muttertag für die Schwiegermutter.", ("mothers_day", 5)),
        ("IT", "Vuole un foulard per la festa della mamma, colori tenui.", ("mothers_day", 5)),
        ("PT", "Procura uma pulseira para o Dia da Mãe.", ("mothers_day", 5)),
        ("FR", "Un stylo pour la fête des pères, gravé aux initiales.", ("fathers_day", 6)),
        ("ES", "Quiere unos gemelos para el Día del Padre.", ("fathers_day", 3)),
        ("IT", "Cerca una cintura per la festa del papà.", ("fathers_day", 3)),
    ],
)
def test_mothers_and_fathers_day_get_the_usual_month_of_the_language(
    language: str, text: str, expected: tuple[str, int]
) -> None:
    assert expected in occasions(text, language)



def diets(text: str, language: str) -> set[tuple[str, bool]]:
    return {(hit.concept, hit.negated) for hit in extract(text, language) if hit.category in ("diet", "allergy")}


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        # a doctor's ban on sugar / salt, said with a verb of forbidding (RU) or "don't eat …" (KO)
        ("RU", "Кардиолог запретил ему солёное.", "low_sodium"),
        ("RU", "Эндокринолог запретила сахар совсем.", "low_sugar"),
        ("KO", "의사가 단 음식 드시지 말라고 했대요.", "low_sugar"),
        ("KO", "병원에서 너무 짜게 먹지 마시라고 하심.", "low_sodium"),
        # "don't pour him any" is about alcohol
        ("RU", "Ему ни в коем случае не наливать, мама просила.", "no_alcohol"),
        # Buddhist lifelong vegetarian terms
        ("ZH", "她母亲常年吃长斋，不碰荤腥。", "vegetarian"),
        # the diet as a reason, the negator is about the product: "vegan, so no leather"
        ("JA", "ヴィーガンなので革小物NG、布製で。", "vegan"),
        ("JA", "ベジタリアンなので革製品NG、布で。", "vegetarian"),
    ],
)
def test_indirect_diets_are_read(language: str, text: str, diet: str) -> None:
    assert (diet, False) in diets(text, language)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("JA", "卵アレルギーは無いとのことで、焼き菓子もOK。", ("eggs", False)),  # "無い" written in kanji
        ("JA", "ナッツアレルギーは無いが、エビは駄目。", ("tree_nuts", False)),
        ("ZH", "上次店里的拿铁她喝了不舒服。", ("no_alcohol", False)),  # unwell after, no abstention
    ],
)
def test_what_is_not_an_allergy_or_diet(language: str, text: str, absent: tuple[str, bool]) -> None:
    assert absent not in diets(text, language)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        # an approximation word and a plain amount closing the sentence: a budget with no budget word
        ("DE", "Sucht Manschettenknöpfe für den Bruder, ungefähr 700.", 700, 700),
        ("ES", "Busca un cinturón para su padre, alrededor de 450.", 450, 450),
        ("IT", "Una sciarpa per la suocera, intorno ai 250-300", 250, 300),
        ("FR", "Un bracelet pour sa nièce. Environ 650.", 650, 650),
    ],
)
def test_approximate_plain_amount_closing_a_clause_is_a_budget(language: str, text: str, low: float, high: float) -> None:
    from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget

    budget = parse_budget(text, language)
    assert budget is not None, text
    assert (round(budget.min_eur), round(budget.max_eur)) == (low, high)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Will call back around 1500."),  # a time
        ("DE", "Empfang für etwa 150."),  # a count of guests
        ("FR", "Dîner pour environ 120."),
    ],
)
def test_approximate_amount_that_is_no_budget(language: str, text: str) -> None:
    from lvmh_pipeline.lib.concepts.budgets.budget import parse_budget

    assert parse_budget(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a boyfriend / girlfriend said with a possessive ("il suo ragazzo", "ihren Freund"): the couple's anniversary
        ("IT", "Cerca un bracciale per la sua ragazza, anniversario di due anni a luglio.", ),
        ("DE", "Sucht ein Geschenk für ihren Freund zum Jahrestag im Juni."),
        ("DE", "Jahrestag der eingetragenen Lebenspartnerschaft im Herbst, zwei Uhren gesucht."),
    ],
)
def test_partner_anniversary_is_the_relationship_one(language: str, text: str) -> None:
    found = labels(text, language)
    assert "relationship_anniversary" in found and "wedding_anniversary" not in found


def test_a_young_man_is_no_boyfriend() -> None:
    assert "wedding_anniversary" in labels("Il ragazzo cerca un regalo per l'anniversario di matrimonio dei genitori.", "IT")
