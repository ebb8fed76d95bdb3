import json

import pytest

from lvmh_pipeline.lib.outputs.page_data import (
    MAX_CHUNK_SIZE,
    ROWS_CALL,
    chunk_script,
    client_row,
    client_segments,
    iter_chunks,
    js_literal,
    page_summary,
)
from lvmh_pipeline_tests.lib.outputs.page_documents import HOSTILE, hostile_document, synthetic_document


@pytest.mark.parametrize("text", [*HOSTILE, "</SCRIPT >", "<!--", "]]>", "\u2028\u2029", "é 様 🙂", ""])
def test_js_literal_keeps_the_text_and_cannot_close_a_script(text):
    literal = js_literal({"note": text, text: [text]})
    assert json.loads(literal) == {"note": text, text: [text]}
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in literal


def test_js_literal_refuses_nan_and_keeps_non_ascii():
    assert js_literal(["passionné", "様"]) == '["passionné","様"]'
    with pytest.raises(ValueError):
        js_literal(float("nan"))


def test_chunk_script_is_one_call_per_file():
    script = chunk_script(ROWS_CALL, 3, [{"id": "</script>"}])
    assert script == 'window.LVMH.addRows(3,[{"id":"\\u003c/script\\u003e"}]);\n'


def test_client_row_is_compact_and_reads_every_optional_block():
    card = synthetic_document(3)["clients"][0]
    row = client_row(card)
    assert row["id"] == card["client_id"] and row["cluster"] == card["cluster_id"]
    assert row["seg"] == card["segments"] and row["rfm"] == [card["rfm_segment"]]
    assert row["risk"] == card["prediction"]["risk_segment"] and row["value"] == card["prediction"]["value_segment"]
    assert row["pp"] == pytest.approx(card["prediction"]["purchase_probability"])
    assert row["al"] == card["allergies"] and row["diet"] == card["diets"]
    assert row["bmin"] == card["budget"]["min"] and row["xyz"] == pytest.approx(card["coords"])
    assert row["tc"] == [c["concept"] for c in card["top_concepts"]]
    assert len(json.dumps(row)) < len(json.dumps(card)) / 3


def test_client_row_of_a_bare_card():
    card = {"client_id": 42, "n_notes": 1, "cluster_id": None, "cluster_name": None, "top_concepts": [],
            "budget": {"min": None, "max": None, "flexible": None}, "allergies": [], "diets": [], "coords": None}
    row = client_row(card)
    assert row["id"] == "42" and row["cluster"] is None and row["xyz"] is None
    assert row["seg"] == row["rfm"] == [] and row["risk"] is None and row["pp"] is None and row["bmin"] is None


def test_segment_names_from_names_lists_and_objects():
    assert client_segments({"segments": ["VIP at risk", "VIP at risk", ""], "segment": {"name": "Gifters"}}) == [
        "VIP at risk", "Gifters"]
    assert client_segments({"rule_segments": [{"segment_id": "new_clients"}, 7, None]}) == ["new_clients", "7"]
    assert client_segments({"rfm_segment": "Champions"}) == []
    assert client_segments({"rfm_segment": "Champions"}, ("rfm_segment",)) == ["Champions"]


def test_summary_holds_every_block_but_the_cards():
    doc = synthetic_document(5)
    summary = page_summary(doc, chunk_size=2)
    assert "clients" not in summary
    assert {"kpis", "clusters", "segment_stats", "rfm_segments", "product_affinity", "customer_journey"} <= set(summary)
    assert summary["page"] == {"n_clients": 5, "chunk_size": 2, "n_chunks": 3}
    assert page_summary({"clients": []}, 10)["page"]["n_chunks"] == 0


def test_chunks_keep_the_order_and_the_bound():
    cards = hostile_document()["clients"]
    chunks = list(iter_chunks(cards, 5))
    assert [n for n, _ in chunks] == [0, 1, 2] and [len(c) for _, c in chunks] == [5, 5, 2]
    assert [c for _, block in chunks for c in block] == cards
    for bad in (0, MAX_CHUNK_SIZE + 1):
        with pytest.raises(ValueError, match="chunk_size"):
            list(iter_chunks(cards, bad))
