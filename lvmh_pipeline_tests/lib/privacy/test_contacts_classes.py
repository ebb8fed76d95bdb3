"""Payment cards whose check digit is wrong but which a note names as a card, in the scripts of
the notes; numbers that only look like cards stay. Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.contacts import find_cards, find_phones, luhn_is_valid


def _cards(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_cards(text)]


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("payé par carte 4970 1122 3344 5566, merci", "4970 1122 3344 5566"),
        ("Kreditkarte 5412-7500-1234-5678 hinterlegt", "5412-7500-1234-5678"),
        ("número do cartão para a reserva: 4024 0071 2233 4455 (apagar)", "4024 0071 2233 4455"),
        ("tarjeta terminada, Visa 4556 0011 2233 4401", "4556 0011 2233 4401"),
        ("결제 카드 5312 4400 1188 2299 (확인 후 삭제)", "5312 4400 1188 2299"),
        ("退款到卡号 6212 3400 5566 7788。", "6212 3400 5566 7788"),
        ("カード 3566 0020 1122 3344 で決済", "3566 0020 1122 3344"),
        ("оплата картой 2200 1500 3300 4400", "2200 1500 3300 4400"),
        ("الدفع ببطاقة 4000 1234 5678 9012", "4000 1234 5678 9012"),
    ],
)
def test_labelled_cards_with_a_bad_check_digit(text, card):
    digits = card.replace(" ", "").replace("-", "")
    assert not luhn_is_valid(digits)
    assert _cards(text) == [card]


@pytest.mark.parametrize(
    "text",
    [
        "numéro 4111 1111 1111 1112",  # no card word: an invalid number is left alone
        "budget 1200 1500 2000 2500 selon les pièces",
        "années 2019 2020 2021 2022",
        "carte cadeau 1000 2000 3000 4000",  # no issuer prefix
    ],
)
def test_card_shaped_numbers_that_are_no_card(text):
    assert _cards(text) == []


def test_valid_cards_still_need_no_label():
    assert _cards("réglé avec 4111 1111 1111 1111 hier") == ["4111 1111 1111 1111"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("電話：０８０－９８７６－５４３２まで", "０８０－９８７６－５４３２"),
        ("携帯 ０９０ １１２２ ３３４４", "０９０ １１２２ ３３４４"),
        ("جوال ٠٥٠٩٨٧٦٥٤٣ للتواصل", "٠٥٠٩٨٧٦٥٤٣"),
        ("هاتف +٩٧١ ٥٥ ٧٧٧ ٨٨٩٩", "+٩٧١ ٥٥ ٧٧٧ ٨٨٩٩"),
    ],
)
def test_phones_in_full_width_and_arabic_indic_digits(text, phone):
    assert [text[s.start : s.end] for s in find_phones(text)] == [phone]


@pytest.mark.parametrize(("text", "email"), [
    # glued to the words around it in unspaced scripts (found by the 100,000-client benchmark:
    # the name inside the address was redacted, the address was not)
    ("电子邮件k_liu60@netvigator.com。预留商品。", "k_liu60@netvigator.com"),
    ("メールはtanaka.k@docomo.ne.jpまで", "tanaka.k@docomo.ne.jp"),
    ("이메일kim_j@naver.com으로 연락", "kim_j@naver.com"),
    ("البريدa.ali@gmail.com، شكرا", "a.ali@gmail.com"),
    ("почтаivan.petrov@mail.ru.", "ivan.petrov@mail.ru"),
    ("Email: k_liu60@netvigator.com", "k_liu60@netvigator.com"),
])
def test_emails_glued_to_any_script(text, email):
    from lvmh_pipeline.lib.privacy.contacts import find_emails

    assert [text[s.start:s.end] for s in find_emails(text)] == [email]


@pytest.mark.parametrize(("text", "found"), [
    ("телефон+79161234567.", ["+79161234567"]),
    ("هاتف+971501234567، شكرا", ["+971501234567"]),
    ("tel+33612345678", ["+33612345678"]),
    ("abc0033612345678", []),  # "00" inside a word is no international prefix
    ("ref 12+33612345678", []),  # nor is "+" inside a number
])
def test_international_numbers_glued_to_a_word(text, found):
    assert [text[s.start:s.end] for s in find_phones(text)] == found


def test_a_glued_address_leaves_no_trace_in_the_stored_text():
    from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive, pseudonymize

    text = "刘女士，偏好微信联系。电子邮件k_liu60@netvigator.com。预留商品。"
    stored = pseudonymize(text, language="ZH").text
    assert "netvigator" not in stored and "[EMAIL]" in stored and find_sensitive(stored, "ZH") == []
