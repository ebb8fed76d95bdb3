"""The page's files, without a browser: layout, data chunks, escaping, atomic rewrite, scale."""

import json
import re
from pathlib import Path

import pytest

from lvmh_pipeline.lib.outputs.page_data import client_row
from lvmh_pipeline.lib.outputs.site import ASSETS_DIR, DATA_DIR, STATIC_FILES, build_site, plotly_bundle
from lvmh_pipeline_tests.lib.outputs.page_documents import HOSTILE, hostile_document, synthetic_document

STATIC = Path(__file__).resolve().parents[3] / "lvmh_pipeline" / "lib" / "outputs" / "site_static"
CALL = re.compile(r"^window\.LVMH\.(setSummary|addRows|addCards)\((.*)\);\n$", re.S)


def _call(path: Path) -> tuple[str, object]:
    match = CALL.match(path.read_text(encoding="utf-8"))
    assert match, path.name
    return match.group(1), json.loads(f"[{match.group(2)}]")


def test_page_assets_and_chunks(tmp_path):
    doc = synthetic_document(5, seed=1)
    site = build_site(doc, tmp_path, chunk_size=2)
    assert site.page == tmp_path / "dashboard.html" and (site.n_clients, site.n_chunks) == (5, 3)
    assert (tmp_path / ASSETS_DIR / "plotly.min.js").read_bytes() == plotly_bundle()[0].read_bytes()
    assert re.fullmatch(r"\d+\.\d+\.\d+", site.plotly_version)
    assert sorted(p.name for p in (tmp_path / ASSETS_DIR).iterdir()) == sorted([*STATIC_FILES, "plotly.min.js"])
    data = tmp_path / DATA_DIR
    assert sorted(p.name for p in data.iterdir()) == [
        "cards_0000.js", "cards_0001.js", "cards_0002.js", "rows_0000.js", "rows_0001.js", "rows_0002.js", "summary.js"]
    name, (summary,) = _call(data / "summary.js")
    assert name == "setSummary" and summary["page"] == {"n_clients": 5, "chunk_size": 2, "n_chunks": 3}
    assert summary["product_affinity"] == doc["product_affinity"]
    cards, rows = [], []
    for n in range(3):
        assert _call(data / f"cards_{n:04d}.js")[1][0] == n
        cards += _call(data / f"cards_{n:04d}.js")[1][1]
        rows += _call(data / f"rows_{n:04d}.js")[1][1]
    assert cards == doc["clients"]
    assert rows == [client_row(card) for card in doc["clients"]]


def test_the_page_loads_only_its_own_files():
    html = (STATIC / "dashboard.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(re.fullmatch(r"(dashboard_assets|dashboard_data)/[\w.]+|#\w+", ref) for ref in refs), refs
    assert "<script>" not in html.replace(" ", "")  # no inline script: the CSP forbids them
    assert "script-src 'self' file:;" in html and "connect-src 'none'" in html
    for name in STATIC_FILES:
        text = (STATIC / name).read_text(encoding="utf-8")
        assert not re.search(r"https?://|//cdn", text), name


def test_data_are_rendered_as_text_only():
    """The escaping contract on the page's side: no script assigns markup."""
    for name in (n for n in STATIC_FILES if n.endswith(".js")):
        code = re.sub(r"/\*.*?\*/", "", (STATIC / name).read_text(encoding="utf-8"), flags=re.S)
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                     "setAttribute('on", ".href ="):
            assert sink not in code, (name, sink)


def test_hostile_text_never_appears_raw_in_a_script_file(tmp_path):
    doc = hostile_document()
    build_site(doc, tmp_path, chunk_size=5)
    files = sorted((tmp_path / DATA_DIR).iterdir())
    for path in files:
        text = path.read_text(encoding="utf-8")
        for raw in ("<", ">", "&", "\u2028", "\u2029"):
            assert raw not in text, (path.name, raw)
    _, (_, cards) = _call(tmp_path / DATA_DIR / "cards_0000.js")
    assert cards[0]["client_id"].startswith(HOSTILE[0]) and cards[0]["top_concepts"][0]["evidence"] == list(HOSTILE)


def test_rebuild_replaces_files_atomically_and_removes_stale_chunks(tmp_path):
    build_site(synthetic_document(7), tmp_path, chunk_size=2)
    data = tmp_path / DATA_DIR
    (data / ".rows_0001.js.abc.tmp").write_text("half a file")  # left by a crash
    plotly_copy = tmp_path / ASSETS_DIR / "plotly.min.js"
    before = plotly_copy.stat().st_mtime_ns
    site = build_site(synthetic_document(3), tmp_path, chunk_size=2)
    assert sorted(p.name for p in data.iterdir()) == [
        "cards_0000.js", "cards_0001.js", "rows_0000.js", "rows_0001.js", "summary.js"]
    assert sorted(site.removed) == [".rows_0001.js.abc.tmp", "cards_0002.js", "cards_0003.js", "rows_0002.js", "rows_0003.js"]
    assert plotly_copy.stat().st_mtime_ns == before  # unchanged: not copied again
    assert not list(tmp_path.rglob("*.tmp"))
    empty = build_site({"schema_version": "1.0.0", "generated_at": "x", "kpis": {}, "clusters": [], "clients": []},
                       tmp_path)
    assert empty.n_chunks == 0 and sorted(p.name for p in data.iterdir()) == ["summary.js"]


def test_a_failed_write_leaves_the_previous_files(tmp_path, monkeypatch):
    build_site(synthetic_document(4), tmp_path, chunk_size=2)
    before = {p.name: p.read_bytes() for p in (tmp_path / DATA_DIR).iterdir()}
    with pytest.raises(ValueError):
        build_site({**synthetic_document(4), "kpis": {"broken": float("nan")}}, tmp_path, chunk_size=2)
    assert {p.name: p.read_bytes() for p in (tmp_path / DATA_DIR).iterdir()} == before


def _bare_card(i: int) -> dict:
    return {"client_id": f"C{i:06d}", "n_notes": 1, "cluster_id": i % 8, "cluster_name": f"cluster {i % 8}",
            "top_concepts": [{"concept": "golf", "n_mentions": 1, "evidence": ["golf"]}],
            "budget": {"min": 1000.0 + i % 50 * 100, "max": None, "flexible": None},
            "allergies": ["nickel"] if i % 9 == 0 else [], "diets": [], "coords": [i % 7 / 7, i % 11 / 11, i % 13 / 13]}


def test_a_100000_client_document_builds_its_chunks(tmp_path):
    n = 100_000
    doc = {"schema_version": "1.0.0", "generated_at": "2026-12-01T00:00:00+00:00", "kpis": {"n_clients": n},
           "clusters": [], "clients": [_bare_card(i) for i in range(n)]}
    site = build_site(doc, tmp_path)
    assert (site.n_clients, site.n_chunks) == (n, 50)
    data = tmp_path / DATA_DIR
    assert len(list(data.glob("rows_*.js"))) == len(list(data.glob("cards_*.js"))) == 50
    name, (number, last_rows) = _call(data / "rows_0049.js")
    assert (name, number, len(last_rows), last_rows[-1]["id"]) == ("addRows", 49, 2_000, "C099999")
    _, (_, first_cards) = _call(data / "cards_0000.js")
    assert len(first_cards) == 2_000 and first_cards[0] == doc["clients"][0]
    # what the table loads up front stays small next to the cards, read only when opened
    rows_bytes = sum(p.stat().st_size for p in data.glob("rows_*.js"))
    assert rows_bytes < sum(p.stat().st_size for p in data.glob("cards_*.js"))
