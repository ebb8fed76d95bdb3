"""Street addresses in the scripts and formats that the Latin patterns miss: Arabic, Japanese,
Chinese, Korean and Russian addresses, and Gulf-style "Villa 12, <area>, <city>". Shopping
streets without a number, budgets and counts stay. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.addresses import find_addresses


def _addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_addresses(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("التوصيل إلى: فيلا 41، شارع 9، أم سقيم 1، دبي. شكراً", "فيلا 41، شارع 9، أم سقيم 1، دبي"),
        ("العنوان شقة 12، برج الياسمين، شارع الملك فهد 30، الرياض.", "شقة 12، برج الياسمين، شارع الملك فهد 30، الرياض"),
        ("Deliver to Villa 17, Palm Jumeirah, Dubai / call first", "Villa 17, Palm Jumeirah, Dubai"),
        ("Send to Apartment 2304, Marina Gate 1, Dubai Marina.", "Apartment 2304, Marina Gate 1, Dubai Marina"),
        ("送付先：神奈川県横浜市中区山下町12-3。よろしく", "神奈川県横浜市中区山下町12-3"),
        ("住所 東京都渋谷区神宮前4丁目12番10号 まで", "東京都渋谷区神宮前4丁目12番10号"),
        ("寄到：北京市朝阳区建国路77号华贸中心3座1502室。谢谢", "北京市朝阳区建国路77号华贸中心3座1502室"),
        ("送货地址广州市天河区天河路208号。", "广州市天河区天河路208号"),
        ("배송지 부산광역시 해운대구 해운대로 570 더샵아파트 103동 1201호. 감사", "부산광역시 해운대구 해운대로 570 더샵아파트 103동 1201호"),
        ("주소 성남시 분당구 판교역로 235, 확인 필요", "성남시 분당구 판교역로 235"),
        ("Доставка: ул. Арбат, д. 24, кв. 7, Москва.", "ул. Арбат, д. 24, кв. 7, Москва"),
        ("адрес: Невский проспект, дом 48, кв. 15", "Невский проспект, дом 48, кв. 15"),
        ("Адрес: Казань, ул. Баумана 21, кв. 4", "Казань, ул. Баумана 21, кв. 4"),  # the label takes the city too
        ("서울 서초구 반포동 19-7번지 방문 배송", "서울 서초구 반포동 19-7번지"),
        ("送到香港铜锣湾轩尼诗道东33号。", "香港铜锣湾轩尼诗道东33号"),
        ("Envoi Calle Goya 12, 3º dcha., 28001 Madrid, merci", "Calle Goya 12, 3º dcha., 28001 Madrid"),
        ("Entregar na Rua Garrett 40, 1200-204 Lisboa amanhã", "Rua Garrett 40, 1200-204 Lisboa"),
        ("Ship to 725 Madison Avenue, New York, NY 10065 please", "725 Madison Avenue, New York, NY 10065"),
    ],
)
def test_addresses_in_every_script(text, address):
    assert _addresses(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "예산은 음 파운드로 4천 정도, 선물로 3개",
        "上海市的客户，预算5万，下周到店",
        "東京都内の店舗で3点購入、予算10万円",
        "شقة جديدة في دبي، الميزانية 5000 درهم",
        "Villa Borghese visit planned, budget 5K",
        "Невский проспект, бутик на углу",
        "Tenue pour la villa de vacances, 3 pièces",
        "ул. Тверская 5 тыс. руб. бюджет",
    ],
)
def test_no_address_without_a_numbered_street(text):
    assert _addresses(text) == []
