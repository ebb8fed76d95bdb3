"""Arabic words that hold a lexicon name after a proclitic, or are a given name and a common word."""

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize


@pytest.mark.parametrize("text", [
    "العميل لبناني ويحب الساعات الكلاسيكية",  # ل + بناني (a family name): Lebanese
    "زوجها لبناني الأصل وهي تفضل الذهب الأبيض",
    "هو مؤيد للفكرة ويريد الحقيبة نفسها باللون الأسود",  # a supporter, not the given name Muayyad
])
def test_common_words_are_not_names(text: str) -> None:
    assert "[NAME]" not in pseudonymize(text, language="ar").text


@pytest.mark.parametrize(("text", "name"), [
    ("زارنا مؤيد الكعبي مع زوجته", "مؤيد"),  # the given name before a family name
    ("جاءت ليلى بناني مع ابنتها", "بناني"),
    ("اتصلت بلبنى أمس بخصوص الطلب", "لبنى"),
])
def test_the_names_still_go(text: str, name: str) -> None:
    assert name not in pseudonymize(text, language="ar").text
