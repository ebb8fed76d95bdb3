"""Contact classes behind the w25c leaks, in our own phrasings: a messaging id after the app's
name and a contact verb ("微信联系：…", "LINE聯絡：…")."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.handles import find_handles


@pytest.mark.parametrize(
    "text, handle",
    [
        ("请用微信联系：mei.lin_22，白天比较方便。", "mei.lin_22"),
        ("之後用LINE聯絡：chen.yw08，不要打電話。", "chen.yw08"),
        ("카톡 연락: jisoo.k91 로 부탁드림", "jisoo.k91"),
    ],
)
def test_id_after_app_and_contact_verb(text, handle):
    assert handle in [text[s.start : s.end] for s in find_handles(text)]


@pytest.mark.parametrize("text", ["微信联系：明天下午", "LINE聯絡：不要太晚"])
def test_no_id_no_handle(text):
    assert find_handles(text) == []
