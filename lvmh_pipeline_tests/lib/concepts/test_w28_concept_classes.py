"""Concept classes found on the w28 dev notes (own phrasings): occasion words the vocabulary
lacked (spellings of Hanukkah, retirement and first-communion forms, plural graduations, year-end
and client gifts, "dar a luz"), months said around the occasion (a short clause of date words,
"late Jan", a bracketed aside), occasions already past ("en novembre dernier", "no Natal
passado"), holidays that only date something else ("bis Ostern", "after Eid"), a party in a note
with another occasion (that occasion's), an eating window that is intermittent fasting, no meat
and "fish either" (vegetarian), prediabetes (a low-sugar diet, not the diabetic one)."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def occasions(text: str, language: str) -> set[tuple[str, int | None]]:
    return {
        (hit.concept, hit.month) for hit in extract(text, language, fixed_months=True)
        if hit.category == "occasion" and not hit.negated
    }


def labels(text: str, language: str) -> set[str]:
    return {concept for concept, _ in occasions(text, language)}


def concepts(text: str, language: str, category: str) -> set[str]:
    return {hit.concept for hit in extract(text, language) if hit.category == category and not hit.negated}


@pytest.mark.parametrize(
    ("language", "text", "occasion"),
    [
        ("DE", "Die Enkel bekommen zu Chanukka je ein kleines Lederetui.", "hanukkah"),
        ("DE", "Kollege verabschiedet sich zur Rente, die Abteilung sammelt.", "retirement"),
        ("IT", "Cerca una penna per la pensione del suo capo reparto.", "retirement"),
        ("PT", "Jantar de aposentação do sócio, quer um relógio.", "retirement"),
        ("EN", "Both graduations fall in the same week, two pens please.", "graduation"),
        ("ES", "Para la comunión de su ahijada busca una medalla.", "first_communion"),
        ("PT", "A comunhão da sobrinha é no domingo, quer um fio de ouro.", "first_communion"),
        ("NL", "Voor de communie van haar kleinzoon een zilveren armbandje.", "first_communion"),
        ("NL", "Een relatiegeschenk voor twintig klanten, met logo.", "corporate_gift"),
        ("ZH", "公司年会礼品五十份，要统一包装。", "corporate_gift"),
        ("KO", "손자 바르 미츠바라서 만년필 선물 보심.", "bar_mitzvah"),
        ("RU", "На бат-мицву внучки ищет кулон.", "bar_mitzvah"),
        ("KO", "조카 돌반지 대신 팔찌로 하신다고 함.", "birthday"),
        ("ES", "Su nuera va a dar a luz en primavera, busca un sonajero.", "birth"),
    ],
)
def test_occasion_words_the_vocabulary_lacked(language: str, text: str, occasion: str) -> None:
    assert occasion in labels(text, language)


@pytest.mark.parametrize(
    ("language", "text", "allergy"),
    [
        ("KO", "사모님 메탈 알레르기 있으셔서 티타늄으로.", "metal"),
        ("JA", "奥様はメタルアレルギーなのでゴールドのみ。", "metal"),
    ],
)
def test_metal_allergy_said_with_the_loanword(language: str, text: str, allergy: str) -> None:
    assert allergy in concepts(text, language, "allergy")


def test_kashrut_spelling_is_kosher() -> None:
    assert "kosher" in concepts("The family keeps kashrus strictly, no catering from us.", "EN", "diet")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a short clause of date words after the occasion: its month
        ("ES", "Regalo para su padre por la jubilación, que será a mediados de noviembre, algo clásico.", ("retirement", 11)),
        ("PT", "Promovida a diretora, tomada de posse no fim de setembro; o marido quer uma pulseira.", ("promotion", 9)),
        ("PT", "Aniversário de namoro com a Inês, 3 anos a 12 de outubro.", ("relationship_anniversary", 10)),
        # "late Jan", "mid-Jan": the word that places it makes a word-like abbreviation a month
        ("EN", "His mother's birthday late Jan, thinking of a shawl.", ("birthday", 1)),
        ("EN", "Retirement party mid-Jan for the head chef.", ("retirement", 1)),
        # a bracketed aside between the occasion and its month
        ("DE", "Hochzeit des Sohnes (ca. 80 Gäste; Trauzeuge ist Dr. Berg) Anfang September.", ("wedding", 9)),
        ("EN", "Graduation of his niece (M.Sc., finally!) late in June.", ("graduation", 6)),
    ],
)
def test_month_said_around_the_occasion(language: str, text: str, expected: tuple[str, int]) -> None:
    assert expected in occasions(text, language)


def test_late_before_a_name_is_no_month() -> None:
    assert ("birthday", 1) not in occasions("Her birthday gift; the late Jan Peters loved this scarf.", "EN")


@pytest.mark.parametrize(
    ("language", "text", "past"),
    [
        ("FR", "Elle rapporte la montre offerte pour son anniversaire en octobre dernier.", "birthday"),
        ("FR", "Le Noël dernier, on lui avait fait un paquet doré ; aujourd'hui, rien de prévu.", "christmas"),
        ("PT", "Devolveu o lenço que recebeu no Natal passado, só troca.", "christmas"),
        ("ES", "Cambia el bolso que le regalaron (su cumpleaños fue en marzo).", "birthday"),
        ("IT", "Ha cambiato la cintura avuta per il compleanno a maggio scorso.", "birthday"),
        ("EN", "Returned the gloves from last Christmas, nothing else planned.", "christmas"),
    ],
)
def test_occasion_already_past(language: str, text: str, past: str) -> None:
    assert past not in labels(text, language)


@pytest.mark.parametrize(
    ("language", "text", "anchor", "kept"),
    [
        ("DE", "Sie trinkt bis Weihnachten keinen Wein; Taufe des Enkels im Dezember.", "christmas", "baptism"),
        ("EN", "Will come back after Easter to choose the engagement ring.", "easter", "engagement"),
        ("NL", "Ze willen trouwen, ergens rond Kerst, ring nog kiezen.", "christmas", "wedding"),
        ("FR", "Elle repasse juste après Noël pour le cadeau de naissance.", "christmas", "birth"),
        ("ZH", "春节后再来看，给女儿挑毕业礼物。", "lunar_new_year", "graduation"),
        ("AR", "ترجع بعد العيد تختار هدية التخرج.", "eid", "graduation"),
    ],
)
def test_holiday_that_only_dates_something_else(language: str, text: str, anchor: str, kept: str) -> None:
    found = labels(text, language)
    assert anchor not in found and kept in found


def test_holiday_before_which_a_gift_is_wanted_stays() -> None:
    assert "easter" in labels("Abholung noch vor Ostern, Geschenk für die Patentochter.", "DE")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Her father turns 80; the party is on 14 March at their club.", {("birthday", 3)}),
        ("FR", "Les 40 ans de son mari : la soirée aura lieu en juin, il veut une montre.", {("birthday", 6)}),
        ("ES", "Boda de su hijo en julio, la fiesta en una finca.", {("wedding", 7)}),
        ("IT", "Per la laurea del figlio vogliono festeggiare a ottobre.", {("graduation", 10)}),
        ("JA", "ご長男の結婚式は6月、お祝いにペアグラス。", {("wedding", 6)}),
    ],
)
def test_party_of_another_occasion_is_that_occasion(language: str, text: str, expected: set) -> None:
    assert occasions(text, language) == expected


def test_party_alone_stays_a_celebration() -> None:
    assert labels("Garden party on Saturday, she wants a hat box.", "EN") == {"celebration"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "He only eats between 11 am and 7 pm, so book a late-morning slot."),
        ("DE", "Sie isst nur von 10 bis 18 Uhr, Abendessen fällt aus."),
        ("FR", "Il ne mange qu'entre midi et 19h, pas de dîner."),
        ("ES", "Come solo entre las 12 y las 20, nada de cenas."),
        ("RU", "Ест только с 11 до 7 вечера, ужин не предлагать."),
        ("ZH", "她只在上午10点到下午6点之间吃东西。"),
        ("JA", "11時から19時までしか食べないとのこと。"),
        ("KO", "오전 10시부터 오후 6시까지만 드심."),
        ("EN", "He keeps a 16/8 window, first meal at noon."),
        ("ZH", "最近在做20/4断食。"),
    ],
)
def test_eating_window_is_intermittent_fasting(language: str, text: str) -> None:
    assert "intermittent_fasting" in concepts(text, language, "diet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("EN", "Boutique hours 10:00-18:00, closed Sunday."),
        ("EN", "She eats only organic food."),
    ],
)
def test_no_eating_window(language: str, text: str) -> None:
    assert "intermittent_fasting" not in concepts(text, language, "diet")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("RU", "Мяса не ест давно, рыбу тоже."),
        ("EN", "She doesn't eat meat, fish either."),
        ("JA", "菜食中心で、お魚も召し上がらないので会食は野菜で。"),
    ],
)
def test_no_meat_and_fish_either_is_vegetarian(language: str, text: str) -> None:
    found = concepts(text, language, "diet")
    assert "vegetarian" in found and "pescatarian" not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("DE", "Prädiabetes, der Hausarzt hat Süßes gestrichen."),
        ("EN", "Client is prediabetic. Wants a wallet."),
        ("RU", "Преддиабет, сладкое не ест."),
    ],
)
def test_prediabetes_is_low_sugar_not_diabetic(language: str, text: str) -> None:
    found = concepts(text, language, "diet")
    assert "low_sugar" in found and "diabetic" not in found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "End-of-year gifts planned: year-end client gifts for the partners.", ("corporate_gift", 12)),
        ("FR", "Son associé part à la retraite en fin d'année, une montre.", ("retirement", 12)),
        ("AR", "هدية لمديره بمناسبة التقاعد نهاية السنة.", ("retirement", 12)),
        ("PT", "Brindes de fim de ano para os fornecedores, 30 unidades.", ("corporate_gift", 12)),
    ],
)
def test_occasion_at_the_year_end_is_in_december(language: str, text: str, expected: tuple[str, int]) -> None:
    assert expected in occasions(text, language)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("EN", "Pearls for her own 90th in early March.", ("birthday", 3)),
        ("DE", "Etwas für Omas 80. am 2. Mai; die Feier ist am Wochenende davor.", ("birthday", 5)),
        ("ES", "Celebran 10 años de casadas el 4 de junio, dos anillos.", ("wedding_anniversary", 6)),
    ],
)
def test_milestones_and_anniversaries_said_otherwise(language: str, text: str, expected: tuple[str, int]) -> None:
    assert expected in occasions(text, language)


def test_married_before_is_no_wedding_to_plan() -> None:
    assert "wedding" not in labels("캐나다 남편분과 결혼 후 한국으로 이사 오셨다고 함.", "KO")


@pytest.mark.parametrize(
    ("language", "text", "diet"),
    [
        ("EN", "He is marking three years sober with a watch.", "no_alcohol"),
        ("RU", "Во время поста ничего животного не ест.", "vegan"),
        ("AR", "الطبيب منعه من الملح، انتبهوا للضيافة.", "low_sodium"),
    ],
)
def test_diets_said_indirectly(language: str, text: str, diet: str) -> None:
    assert diet in concepts(text, language, "diet")


@pytest.mark.parametrize(
    "text", ["어버이날 맞아 부모님께 드릴 지갑 두 개.", "다음 주 어버이날이라 장갑 세트 보러 오심."],
)
def test_korean_parents_day_is_both_parents_day_in_may(text: str) -> None:
    found = occasions(text, "KO")
    assert ("mothers_day", 5) in found and ("fathers_day", 5) in found


def test_parents_day_gift_for_the_mother_only_is_mothers_day() -> None:
    assert labels("시어머니께 드릴 어버이날 선물로 스카프.", "KO") == {"mothers_day"}
