"""Hotel rooms a visiting client stays in or is billed to (w33 contact leaks), in our own phrasings:
the room word and a number of three to five digits, in every script ("room 1712", "Zimmer 408",
"2305号室", "1807호", "1806房", "غرفة ٤١٢"), with the street after it; not a count or a sum, nor a
room told in passing without a stay, a delivery or a bill."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline.lib.privacy.addresses.rooms import find_rooms

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, room",
    [
        ("Staying at the Peninsula, room 1712.", "en", "1712"),
        ("Deliver to Room 1203, 88 Queensway, Hong Kong.", "en", "88 Queensway"),
        ("Elle loge au Ritz, chambre 315.", "fr", "315"),
        ("Wohnt im Adlon, Zimmer 408.", "de", "408"),
        ("Se aloja en el Palace, habitación 512.", "es", "512"),
        ("Alloggia al Bulgari, camera 207.", "it", "207"),
        ("滞在先：ザ・ペニンシュラ東京 2305号室。", "ja", "2305号室"),
        ("숙소는 롯데호텔 월드 2314호입니다.", "ko", "2314호"),
        ("호텔: 포시즌스 서울 1807호", "ko", "1807호"),
        ("住在半岛酒店1806房。", "zh", "1806"),
        ("酒店：四季酒店 2208号房", "zh", "2208号房"),
        ("مقيمة في فندق ريتز، غرفة ٤١٢.", "ar", "٤١٢"),
    ],
)
def test_rooms_are_redacted(text: str, language: str, room: str) -> None:
    assert not leaked(room, _stored(text, language))


@pytest.mark.parametrize(
    "text",
    [
        "Needs a room for 120 guests in May.",
        "Booked the suite 1200 € per night.",
        "Chambre 12 réservée.",
        "강남 1호점 방문, 3호선 타고 옴.",
        "公司有300室内员工。",
        "Ha comprato una camera Leica 300 anni fa.",
        "Mr Ashdown (Claridge's, suite 318 till Friday) chose the cufflinks.",
    ],
)
def test_counts_and_sums_are_no_rooms(text: str) -> None:
    assert find_rooms(text) == []
