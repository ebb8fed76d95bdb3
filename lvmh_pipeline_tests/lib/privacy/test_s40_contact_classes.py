"""Session 40 classes of contacts: an e-mail address said aloud whose provider or top-level domain
is transliterated into Cyrillic ("olga собака mail точка ру", "ivan собака яндекс точка рф"), as
Russian speech-to-text writes it; the ordinary words for "dog" and "dot" stay."""

import pytest

from lvmh_pipeline.lib.privacy.spoken.emails import find_spoken_emails


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spoken_emails(text)]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("пишите на olga собака mail точка ру, она ответит", "olga собака mail точка ру"),
        ("почта ivan точка petrov собака яндекс точка рф.", "ivan точка petrov собака яндекс точка рф"),
        ("адрес anna_k собака gmail точка ком", "anna_k собака gmail точка ком"),
        ("Почта: Lena Собака Rambler Точка Ру", "Lena Собака Rambler Точка Ру"),
    ],
)
def test_spoken_emails_with_a_cyrillic_domain(text: str, email: str) -> None:
    assert _spans(text) == [email]


@pytest.mark.parametrize(
    "text",
    [
        "у них собака, точка, больше ничего",
        "собака точка ру не нужна",
        "дома собака и кошка, точка зрения мужа другая",
    ],
)
def test_ordinary_words_for_dog_and_dot_stay(text: str) -> None:
    assert _spans(text) == []
