"""Session 38 class: e-mail addresses said aloud and transcribed word for word, with the names of
"@" and "." in the note's language or script (:mod:`lvmh_pipeline.lib.privacy.spoken.emails`)."""

import pytest

from lvmh_pipeline.lib.privacy.contacts import find_emails
from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_emails(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("son adresse c'est paul point girard arobase free point fr, à confirmer", "paul point girard arobase free point fr"),
        ("email it to j dot owens at outlook dot com please", "j dot owens at outlook dot com"),
        ("send to kate_m at yahoo dot co dot uk", "kate_m at yahoo dot co dot uk"),
        ("correo ana punto ruiz arroba hotmail punto es", "ana punto ruiz arroba hotmail punto es"),
        ("mail luca punto bianchi chiocciola gmail punto com", "luca punto bianchi chiocciola gmail punto com"),
        ("e-mail rita ponto sousa arroba sapo ponto pt", "rita ponto sousa arroba sapo ponto pt"),
        ("Mail jan punkt hofer at gmx punkt at", "jan punkt hofer at gmx punkt at"),
        ("mailen naar bram punt smit apenstaartje kpn punt nl", "bram punt smit apenstaartje kpn punt nl"),
        ("почта olga точка smirnova собака yandex точка ru", "olga точка smirnova собака yandex точка ru"),
        ("メールはsato アットマーク gmail ドット comです", "sato アットマーク gmail ドット com"),
        ("邮箱li艾特qq点com，下午发", "li艾特qq点com"),
        ("메일 jiwoo 골뱅이 daum 닷 net 으로", "jiwoo 골뱅이 daum 닷 net"),
        ("بريده omar آت هوتميل دوت كوم", "omar آت هوتميل دوت كوم"),
        ("mail marie tiret bas leroy arobase sfr point fr", "marie tiret bas leroy arobase sfr point fr"),
        ("it's sam underscore lee at icloud dot com", "sam underscore lee at icloud dot com"),
        ("邮箱 zhang下划线wei艾特126点com", "zhang下划线wei艾特126点com"),
    ],
)
def test_an_address_said_aloud_is_found(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "let's meet at home dot com later",
        "the point at issue is the dot at the top",
        "Le point fort : rendez-vous à 15h, point final.",
        "他说一点到两点在店里，点心不要",
        "on se voit au point de vente à la gare",
    ],
)
def test_ordinary_dots_and_ats_stay(text: str) -> None:
    assert _found(text) == []


def test_the_spoken_address_is_redacted_whole() -> None:
    out = pseudonymize("Cliente, mail: nora punto leal arroba gmail punto com. Llamar mañana.", language="ES").text
    assert out == "Cliente, mail: [EMAIL]. Llamar mañana."

