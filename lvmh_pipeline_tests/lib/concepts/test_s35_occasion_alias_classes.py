"""Occasion alias classes of session 35 (taxonomy 1.26.0), in our own phrasings: a holiday said as its date in
words ("на четырнадцатое февраля", "le quatorze février"); holiday names in their inflected forms ("ко Китайскому
Новому году", "zum chinesischen Neujahrsfest", "после Курбан-байрама"); the Russian civil-wedding verb
("распишутся"); a promotion said as "le ascienden a" or "made <role>"; a retirement with a month inside the
phrase ("geht im Mai in Rente"); English holiday names inside another language ("regalo per Christmas"); and the
words that contain an occasion but name none (the ``no_occasion`` cue): the fasting month itself (Ramadan; the
feast at its end, Eid, and the month's gifts stay), a store's Christmas windows, signing for a delivery, a person already retired, an
amount that "asciende a" a sum, hand-made lead crystal."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels as _labels, occasion_pairs as _occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a holiday said as its date in words
    ("RU", "Муж ищет серьги жене на четырнадцатое февраля, до ста тысяч.", ("valentines_day", 2)),
    ("RU", "Хочет успеть к четырнадцатому февраля, браслет для невесты.", ("valentines_day", 2)),
    ("FR", "Il cherche un pendentif pour le quatorze février.", ("valentines_day", 2)),
    ("ES", "Busca unos pendientes para el catorce de febrero.", ("valentines_day", 2)),
    ("IT", "Vuole un anello per il quattordici febbraio.", ("valentines_day", 2)),
    ("EN", "Something small for the fourteenth of February, she loves pearls.", ("valentines_day", 2)),
    ("RU", "Коллеги дарят начальнику запонки на двадцать третье февраля.", ("celebration", 2)),
    # inflected holiday names
    ("RU", "Подарки партнёрам к Китайскому Новому году, чай и шарфы.", ("lunar_new_year", None)),
    ("RU", "Перед лунным Новым годом заберёт браслет для мамы.", ("lunar_new_year", None)),
    ("DE", "Zum chinesischen Neujahrsfest will sie ihrer Schwester eine Kette schenken.", ("lunar_new_year", None)),
    ("NL", "Voor Chinese Nieuwjaar zoekt hij rode manchetknopen.", ("lunar_new_year", None)),
    ("RU", "К восточному Новому году подарки клиентам из Гонконга.", ("lunar_new_year", None)),
    ("RU", "К Курбан-байраму хочет подарить брату часы.", ("eid", None)),
    ("RU", "На праздник Ураза-байрама подарки сёстрам, платки.", ("eid", None)),
    ("RU", "До Пасхи хочет забрать серьги для крестницы.", ("easter", 4)),
    ("RU", "Ко Дню благодарения подарок партнёру из Чикаго.", ("thanksgiving", 11)),
    ("RU", "Для тёщи ко Дня матери, платок.", ("mothers_day", 11)),
    # a civil wedding said with its verb
    ("RU", "В июне они распишутся, ищут обручальные кольца.", ("wedding", 6)),
    ("RU", "Собираются расписываться в сентябре, смотрят кольца.", ("wedding", 9)),
    ("JA", "来月入籍する予定で、ペアリングを探している。", ("wedding", None)),
    # a promotion said with the verb of the promoted
    ("ES", "Quiere un reloj para su marido, lo ascienden a jefe de planta en marzo.", ("promotion", 3)),
    ("ES", "A su hermana la han ascendido a directora regional, regalo de celebración.", ("promotion", None)),
    ("EN", "Her son was just made managing director, a watch to mark it.", ("promotion", None)),
    ("EN", "He was made senior partner last week and wants cufflinks.", ("promotion", None)),
    ("IT", "Il figlio è diventato direttore a maggio, vuole un orologio.", ("promotion", 5)),
    ("FR", "Son mari devient chef de clinique en octobre, des boutons de manchette.", ("promotion", 10)),
    # a retirement with a month inside the phrase
    ("DE", "Ihr Vater geht im Mai in Rente, sie sucht eine Uhr.", ("retirement", 5)),
    ("DE", "Der Chef geht im Oktober in Pension, die Abteilung sammelt.", ("retirement", 10)),
    ("FR", "Pour la retraite de son associé en juin, un stylo gravé.", ("retirement", 6)),
    ("IT", "La madre si ritira dal lavoro a luglio, un bracciale.", ("retirement", 7)),
    # an English holiday inside another language
    ("IT", "Per la cena di Christmas con i colleghi vuole una pochette.", ("christmas", 12)),
    ("FR", "Petit cadeau pour Xmas, un foulard pour sa belle-mère.", ("christmas", 12)),
    ("DE", "Sie braucht etwas zum Valentine's Day für ihren Mann.", ("valentines_day", 2)),
    ("ES", "Regalo de Chinese New Year para sus socios de Shanghái.", ("lunar_new_year", None)),
    # the feast at the end of the fasting month stays Eid
    ("FR", "Des cadeaux pour la fin du ramadan, pour ses nièces.", ("eid", None)),
    ("EN", "Scarves for the family at the end of Ramadan.", ("eid", None)),
    ("DE", "Zum Ende des Ramadan Geschenke für die Enkel.", ("eid", None)),
    ("KO", "라마단 끝나고 이드 선물로 시계 두 개.", ("eid", None)),
    ("JA", "ラマダン明けに家族へ配るスカーフを十枚。", ("eid", None)),
    ("ZH", "想在斋月结束时送姐妹们丝巾。", ("eid", None)),
    ("EN", "Eid gifts for her nephews; she fasts during Ramadan.", ("eid", None)),
    # gifts of the fasting month are its gift season
    ("EN", "A Ramadan gift for her mother-in-law, dates and a scarf.", ("eid", None)),
    ("FR", "Des cadeaux de ramadan pour ses tantes, des foulards.", ("eid", None)),
    ("AR", "هدايا رمضان لأخواتها، أوشحة حرير.", ("eid", None)),
])
def test_occasion_alias_classes(language: str, text: str, expected: tuple[str, int | None]) -> None:
    assert expected in _occasions(text, language), (text, _occasions(text, language))


@pytest.mark.parametrize(("language", "text", "absent"), [
    # the fasting month is a practice, not the feast
    ("RU", "Во время Рамадана просит не звонить днём.", "eid"),
    ("FR", "Elle fait le ramadan en mars, rendez-vous le soir; anniversaire en avril.", "eid"),
    ("EN", "Observes Ramadan, so appointments after sunset only.", "eid"),
    ("AR", "صايم رمضان، المواعيد بعد المغرب فقط.", "eid"),
    ("ZH", "斋月期间白天不吃东西，预约安排在晚上。", "eid"),
    ("KO", "라마단 기간에는 저녁에만 방문 가능.", "eid"),
    ("KO", "사이즈 가이드 선물 포장 요청.", "eid"),
    ("JA", "ラマダン中は日中の来店不可。", "eid"),
    # a store's window display is no gift occasion
    ("EN", "Ask her to the Christmas windows unveiling on Bond Street, send the invite.", "christmas"),
    ("FR", "L'inviter au lancement des vitrines de Noël boulevard Haussmann.", "christmas"),
    ("DE", "Einladung zur Eröffnung der Weihnachtsschaufenster schicken.", "christmas"),
    ("IT", "Invitarla all'inaugurazione delle vetrine di Natale in via Montenapoleone.", "christmas"),
    ("RU", "Пригласить на открытие рождественских витрин в ГУМе.", "christmas"),
    # signing for a delivery is no wedding
    ("RU", "Курьер привезёт в пятницу, нужно расписаться в получении.", "wedding"),
    # a sum that "amounts to", things made somewhere or by hand
    ("ES", "El pedido completo asciende a cuatro mil euros.", "promotion"),
    ("EN", "Shoes made in Italy and a made to measure jacket.", "promotion"),
    ("EN", "A hand-made lead crystal carafe for the dinner table.", "promotion"),
    ("FR", "Elle prend la direction de Bordeaux demain, rappeler lundi.", "promotion"),
    ("FR", "Elle revient d'une retraite de yoga à Ibiza, cadeau pour sa sœur.", "retirement"),
    # a person already retired is no retirement to celebrate
    ("DE", "Sie ist in Rente und kommt gern vormittags.", "retirement"),
    ("DE", "Er ist seit 2019 in Pension, sammelt Uhren.", "retirement"),
    # an ordinary date in words stays a date; the Gregorian new year is not the lunar one
    ("RU", "Подарок к Новому году жене, шарф.", "lunar_new_year"),
])
def test_no_occasion_false_friends(language: str, text: str, absent: str) -> None:
    assert absent not in _labels(text, language), (text, _occasions(text, language))


def test_no_occasion_is_a_cue() -> None:
    """The false-friend words are matched (the longest match wins over the occasion inside them) but never output."""
    concept = load_taxonomy().get("no_occasion")
    assert concept.matcher == "cue" and concept.category == "occasion"
    assert not any(h.concept == "no_occasion" for h in extract("She fasts during Ramadan.", "EN"))
