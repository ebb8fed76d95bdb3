"""Messaging and social-media handles are contact identifiers: written the ways advisors write
them in every script, they become ``[HANDLE]``; words after an app's name, numbers and brand
mentions without an id shape stay."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.handles import find_handles
from lvmh_pipeline.lib.privacy.pseudonymize import find_sensitive, pseudonymize

HANDLES = [
    ("EN", "Prefers WeChat: lily_chen88, not email.", "lily_chen88"),
    ("EN", "WeChat ID wxid_4k2m9p7 — send photos there.", "wxid_4k2m9p7"),
    ("EN", "Her Instagram is @sophie.m.style, DM for new arrivals.", "@sophie.m.style"),
    ("EN", "Contact via Telegram @alex_petrov91.", "@alex_petrov91"),
    ("EN", "Email or skype: sarah.jones.london", "sarah.jones.london"),
    ("FR", "Joignable sur WeChat (id : meiling_lux), préfère les vocaux.", "meiling_lux"),
    ("JA", "LINE IDはsakura_0505です。", "sakura_0505"),
    ("JA", "LINEのID：hana-tokyo22", "hana-tokyo22"),
    ("ZH", "微信号：wang_li1988，加微信发图片。", "wang_li1988"),
    ("ZH", "有事发微信lixiaoyu_sh", "lixiaoyu_sh"),
    ("KO", "카톡 아이디 minji0707 로 연락", "minji0707"),
    ("KO", "카카오톡 ID: jisoo_kim_92", "jisoo_kim_92"),
    ("AR", "انستغرام @noor.style للصور", "@noor.style"),
    ("RU", "Телеграм: @ivanova_anna, пишите туда.", "@ivanova_anna"),
    ("NL", "Instagram: lotte.devries — stuurt daar foto's.", "lotte.devries"),
    ("ZH", "QQ：12345678", "12345678"),
]

NOT_HANDLES = [
    "Prefers WeChat over email.",
    "Saw the Instagram 2024 campaign, has 10k followers.",
    "Likes the gold threads, 0.5mm.",
    "Loves the new LINE collection.",
    "加微信发图片",
    "sarah.jones@gmail.com",
    "Budget 5k @ 3% financing.",
    "born @ Lyon",
]


@pytest.mark.parametrize(("language", "text", "handle"), HANDLES)
def test_a_handle_becomes_a_token_and_the_check_finds_none_left(language, text, handle):
    assert "HANDLE" in find_sensitive(text, language)  # what the blocking check looks for
    stored = pseudonymize(text, language=language).text
    assert handle not in stored and "[HANDLE]" in stored
    assert "HANDLE" not in find_sensitive(stored, language)
    assert pseudonymize(stored, language=language).text == stored


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_no_handle_without_an_id_shape(text):
    assert find_handles(text) == []


def test_a_phone_for_a_messaging_app_stays_a_phone():
    assert pseudonymize("WhatsApp +44 7700 900123", language="EN").text == "WhatsApp [PHONE]"
