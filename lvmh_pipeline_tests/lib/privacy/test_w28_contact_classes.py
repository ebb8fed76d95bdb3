"""Contact classes behind the w28 leaks, in our own phrasings: a messaging id after the app's name
and a copula ("微信是 …", "카톡은 …"), a colon after it too; no id, no handle."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.handles import find_handles


@pytest.mark.parametrize(
    "text, handle",
    [
        ("他微信是 zheng_li88，有事微信联系。", "zheng_li88"),
        ("他的微信是：zhengli_88", "zhengli_88"),
        ("카톡은 minji_07 이에요", "minji_07"),
    ],
)
def test_id_after_app_and_copula(text, handle):
    assert handle in [text[s.start : s.end] for s in find_handles(text)]


@pytest.mark.parametrize("text", ["微信是他太太在用", "微信是最好的联系方式", "카톡이 편하다고 하심"])
def test_copula_without_id(text):
    assert find_handles(text) == []
