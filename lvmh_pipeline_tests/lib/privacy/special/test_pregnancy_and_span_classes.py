"""A pregnancy is health data (GDPR Recital 35, CNIL): the words that state one are [HEALTH] in
every language, with their "(de) N mois / weeks / Monate / 个月" part, while the birth as an event
(birth, newborn, baby shower, naissance, Geburt, 出産祝い, 满月) stays readable. The ``birth``
occasion of the redacted words survives as a protected concept, with the month the note gives
it, unless the redacted span says the pregnancy ended ("lost", "extra-utérine"). Cases written for
this test, not taken from any evaluation file.
"""

from __future__ import annotations

import pandas as pd
import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import (
    ProtectedConcept, protected_from_json, protected_to_json, pseudonymize,
)
from lvmh_pipeline.lib.privacy.special.categories import ends_pregnancy, find_special_categories

STATED = [
    ("FR", "Sa fille est enceinte de sept mois, cherche une gigoteuse.", "enceinte de sept mois"),
    ("FR", "Enceinte de 12 semaines, préfère les talons plats.", "Enceinte de 12 semaines"),
    ("FR", "La grossesse se passe bien d'après son mari.", "grossesse"),
    ("FR", "Ils attendent un bébé pour la fin de l'été.", "attendent un bébé"),
    ("FR", "Future maman, veut un cuir souple.", "Future maman"),
    ("EN", "Her sister is 30 weeks pregnant, so a soft tote.", "30 weeks pregnant"),
    ("EN", "Client pregnant with twins, wants a roomy bag.", "pregnant with twins"),
    ("EN", "The bride-to-be's mother-to-be sister came along.", "mother-to-be"),
    ("EN", "She's expecting, so no stilettos this time.", "expecting"),
    ("EN", "Wife expecting baby, first child, autumn.", "expecting baby"),
    ("DE", "Die Schwiegertochter ist im siebten Monat schwanger.", "im siebten Monat schwanger"),
    ("DE", "Während der Schwangerschaft trägt sie keine Absätze.", "Schwangerschaft"),
    ("DE", "Seine Partnerin erwartet ein Baby im Winter.", "erwartet ein Baby"),
    ("ES", "Su hija está embarazada de ocho meses.", "embarazada de ocho meses"),
    ("ES", "Espera un bebé para noviembre, quiere una bolsa cambiador.", "Espera un bebé"),
    ("IT", "La nuora è incinta di 5 mesi.", "incinta di 5 mesi"),
    ("IT", "Aspettano un bambino in primavera.", "Aspettano un bambino"),
    ("PT", "A cliente está grávida de gémeos.", "grávida de gémeos"),
    ("PT", "Com 6 meses de gravidez, prefere sapatos rasos.", "6 meses de gravidez"),
    ("NL", "Haar schoondochter is vier maanden zwanger.", "vier maanden zwanger"),
    ("NL", "Ze zijn in blijde verwachting.", "in blijde verwachting"),
    ("RU", "Невестка беременна, просит мягкую сумку.", "беременна"),
    ("RU", "Она на седьмом месяце беременности.", "на седьмом месяце беременности"),
    ("RU", "Сестра ждёт малыша к лету.", "ждёт малыша"),
    ("JA", "お嫁さんが妊娠5ヶ月とのこと。", "妊娠5ヶ月"),
    ("JA", "妊娠中なのでフラットシューズを希望。", "妊娠中"),
    ("KO", "며느님이 임신 7개월이세요.", "임신 7개월"),
    ("KO", "임산부 배려석 근처에서 상담.", "임산부"),
    ("ZH", "儿媳怀孕六个月，想买妈咪包。", "怀孕六个月"),
    ("ZH", "她是孕妇，给她安排了座位。", "孕妇"),
    ("AR", "كنتها حامل في الشهر الخامس.", "حامل في الشهر الخامس"),
    ("AR", "ابنتها حبلى، تريد حقيبة واسعة.", "حبلى"),
]


@pytest.mark.parametrize(("language", "text", "words"), STATED)
def test_a_stated_pregnancy_is_health(language, text, words):
    stored = pseudonymize(text, language=language).text
    assert words not in stored and "[HEALTH]" in stored, stored


# The birth as an event, the gifting context and look-alikes stay readable.
READABLE = [
    ("EN", "Gift for the newborn, the baby arrived on Monday."),
    ("EN", "Baby shower in June, silver rattle."),
    ("EN", "Becoming a grandmother in July."),
    ("EN", "Client is expecting a call from the workshop."),
    ("EN", "She is expecting her order by Friday."),
    ("FR", "Cadeau de naissance pour le petit-fils, né en mars."),
    ("FR", "Achète une enceinte Bluetooth pour le bateau."),
    ("DE", "Geschenk zur Geburt der Enkelin."),
    ("DE", "Sie ist guter Hoffnung, dass die Tasche rechtzeitig kommt."),
    ("ES", "Regalo por el nacimiento de su nieta."),
    ("ES", "Está esperando el pedido desde mayo."),
    ("IT", "Regalo per la nascita del nipote."),
    ("PT", "Presente de nascimento para a sobrinha."),
    ("NL", "Kraamcadeau voor de kleindochter."),
    ("RU", "Подарок к рождению внука."),
    ("JA", "出産祝いを探している。"),
    ("KO", "출산 선물을 고르러 오심."),
    ("ZH", "孙子满月，想买银手镯。"),
    ("ZH", "她没有喜欢的颜色。"),
    ("AR", "تبحث عن حامل ساعات جلدي."),
    ("AR", "الحقيبة سهلة الحمل."),
]


@pytest.mark.parametrize(("language", "text"), READABLE)
def test_the_birth_as_an_event_stays_readable(language, text):
    assert find_special_categories(text) == [], find_special_categories(text)


def test_the_birth_occasion_is_protected_with_its_month():
    result = pseudonymize("Daughter is expecting her first child in May.", language="EN")
    assert result.text == "Daughter is [HEALTH] in May."
    assert [(p.concept, p.month) for p in result.protected] == [("birth", 5)]
    assert protected_from_json(protected_to_json(result.protected)) == list(result.protected)


def test_a_protected_concept_without_month_keeps_its_json_cell():
    cell = protected_to_json([ProtectedConcept("nickel", 3, 11)])
    assert '"month"' not in cell and protected_from_json(cell) == [ProtectedConcept("nickel", 3, 11)]


def test_the_birth_said_again_in_readable_words_is_not_duplicated():
    result = pseudonymize("Elle est enceinte de 6 mois, cherche un cadeau de naissance pour avril.", language="FR")
    # session 42: a duration shorter than the pregnancy word stays readable (extent.shortest)
    assert result.text == "Elle est [HEALTH] de 6 mois, cherche un cadeau de naissance pour avril."
    assert result.protected == ()  # "naissance pour avril" gives the occasion in the stored text


ENDED = [
    ("FR", "A perdu sa grossesse extra-utérine l'an dernier, cadeau réconfort."),
    ("EN", "Sadly lost the pregnancy in March, a comforting gift."),
    ("RU", "У неё была замершая беременность, нужен тёплый подарок."),
    ("ES", "Perdió el embarazo el año pasado."),
]


@pytest.mark.parametrize(("language", "text"), ENDED)
def test_a_pregnancy_that_ended_gives_no_birth(language, text):
    result = pseudonymize(text, language=language)
    assert "[HEALTH]" in result.text and all(p.concept != "birth" for p in result.protected), result


def test_ends_pregnancy_reads_only_the_span():
    assert ends_pregnancy("grossesse extra-utérine") and ends_pregnancy("流産")
    assert not ends_pregnancy("enceinte de 6 mois") and not ends_pregnancy("妊娠中")


def test_end_to_end_the_birth_occasion_survives_redaction():
    """The real pipeline path: pseudonymized text and its protected concepts → note concepts."""
    from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts

    texts = [("FR", "enceinte de 6 mois, cherche un cadeau de naissance pour avril"),
             ("EN", "She is 28 weeks pregnant, wants a diaper bag."),
             ("ZH", "太太怀孕五个月，想看婴儿礼盒。")]
    rows = []
    for i, (language, text) in enumerate(texts):
        result = pseudonymize(text, language=language)
        assert "[HEALTH]" in result.text
        rows.append({"note_id": f"n{i}", "client_id": f"c{i}", "note_date": "2026-01-15", "language": language,
                     "text": result.text, "upload_date": "2026-01-15",
                     "protected_concepts": protected_to_json(result.protected)})
    found = extract_note_concepts(pd.DataFrame(rows), workers=1)
    births = found[found.concept == "birth"]
    assert sorted(births.note_id.unique()) == ["n0", "n1", "n2"]
    assert 4 in births[births.note_id == "n0"].month.dropna().astype(int).tolist()


# --- Art. 9 span classes ----------------------------------------------------------------------

def _span_texts(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in find_special_categories(text)]


# The Romance couple noun before the orientation word ("couple gay", "pareja lesbiana": the noun
# the fact qualifies) is part of the fact, like a manner adverb ("notoirement", "declaradamente")
# or a participle after it ("assumée", "dichiarato"); "couple de femmes" states it without an
# orientation word. (A Germanic couple noun after it, "schwules [Paar]", stays readable.)
ORIENTATION_SPANS = [
    ("FR", "Un couple lesbien fidèle, vient pour des alliances.", "couple lesbien"),
    ("FR", "Couple d'hommes, mariés en juin.", "Couple d'hommes"),
    ("FR", "Elle est bisexuelle assumée.", "bisexuelle assumée"),
    ("ES", "Una pareja lesbiana de Sevilla.", "pareja lesbiana"),
    ("ES", "Es notoriamente bisexual.", "notoriamente bisexual"),
    ("IT", "Una coppia lesbica di Torino.", "coppia lesbica"),
    ("IT", "È omosessuale dichiarato.", "omosessuale dichiarato"),
    ("PT", "Um casal lésbico de Braga.", "casal lésbico"),
    ("PT", "Casal de homens, procuram relógios.", "Casal de homens"),
    ("EN", "He is openly homosexual.", "openly homosexual"),
]


@pytest.mark.parametrize(("language", "text", "span"), ORIENTATION_SPANS)
def test_orientation_spans_take_in_the_couple_and_the_manner(language, text, span):
    assert any(span in found and kind == "ORIENTATION" for found, kind in _span_texts(text)), _span_texts(text)


# A stance on the government or a political cause is a political opinion; an adjective between a
# supporter and the party belongs to the span.
POLITICS_SPANS = [
    ("EN", "Very critical of the government, says so loudly.", "critical of the government"),
    ("EN", "A passionate supporter of Catalan independence.", "Catalan independence"),
    ("ES", "Está en contra del gobierno y lo dice.", "contra del gobierno"),
    ("ES", "Apoya la independencia catalana.", "Apoya la independencia catalana"),
    ("DE", "Er ist sehr regierungskritisch.", "regierungskritisch"),
    ("RU", "Сторонница консервативной партии.", "Сторонница консервативной партии"),
    ("RU", "Всегда против власти.", "против власти"),
    ("FR", "Il est indépendantiste corse.", "indépendantiste"),
    ("IT", "È contro il governo da sempre.", "contro il governo"),
    ("PT", "É contra o governo.", "contra o governo"),
    ("NL", "Hij is tegen de regering.", "tegen de regering"),
    ("JA", "反政府デモに参加した。", "反政府"),
    ("KO", "반정부 성향이 강함.", "반정부"),
    ("ZH", "他一直反对政府。", "反对政府"),
    ("AR", "هو معارض للنظام.", "معارض للنظام"),
]


@pytest.mark.parametrize(("language", "text", "span"), POLITICS_SPANS)
def test_political_stances_are_politics(language, text, span):
    assert any(span in found and kind == "POLITICS" for found, kind in _span_texts(text)), _span_texts(text)


HEALTH_SPANS = [
    ("EN", "She has had two hip replacements.", "hip replacements"),
    ("EN", "His memory is failing, his son comes along.", "memory is failing"),
    ("FR", "Sa mémoire flanche un peu.", "mémoire flanche"),
    ("ES", "Tiene pérdidas de memoria.", "pérdidas de memoria"),
    ("IT", "Ha vuoti di memoria.", "vuoti di memoria"),
    ("PT", "Tem perda de memória.", "perda de memória"),
    ("NL", "Ze heeft geheugenverlies.", "geheugenverlies"),
    ("RU", "У неё слабая память.", "слабая память"),
    ("AR", "جدتها ذاكرتها ضعيفة.", "ذاكرتها ضعيفة"),
    ("KO", "기억력이 떨어지셔서 아드님과 오심.", "기억력이 떨어"),
    ("ZH", "奶奶记忆力下降。", "记忆力下降"),
    ("JA", "記憶障害がある。", "記憶障害"),
]


@pytest.mark.parametrize(("language", "text", "span"), HEALTH_SPANS)
def test_procedure_plurals_and_failing_memory_are_health(language, text, span):
    assert any(span in found and kind == "HEALTH" for found, kind in _span_texts(text)), _span_texts(text)


SPAN_LOOKALIKES = [
    "Supports the local football club.",
    "Apoya el codo en la vitrina.",
    "A perfume she will keep in her memory.",
    "Memory foam insoles for the boots.",
    "Garde en mémoire ses préférences.",
    "Il vit en couple depuis dix ans.",
    "Un couple d'amis viendra samedi.",
    "Das Paar kommt am Samstag.",
    "Government bonds, prefers a quiet meeting.",
]


@pytest.mark.parametrize("text", SPAN_LOOKALIKES)
def test_span_lookalikes_stay_readable(text):
    assert find_special_categories(text) == [], _span_texts(text)
