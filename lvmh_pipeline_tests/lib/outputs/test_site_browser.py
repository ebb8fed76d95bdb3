"""The page in a real browser: headless Chromium over pages built from synthetic documents
(no pipeline run). Skipped when no Chromium is found, except under CI=true."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lvmh_pipeline.lib.outputs.site import build_site
from lvmh_pipeline_tests.browser import LOAD_TIMEOUT_MS, browser, open_page, save_screenshot  # noqa: F401
from lvmh_pipeline_tests.lib.outputs.page_documents import HOSTILE, SEGMENTS, hostile_document, synthetic_document

DOCS_SCREENSHOT = Path(__file__).resolve().parents[3] / "docs" / "dashboard.png"
ROWS = "#client-table tbody tr[data-client-id]"
COLUMN_TEXTS = """key => {
  const heads = Array.from(document.querySelectorAll('#client-table thead th'));
  const k = heads.findIndex(th => th.querySelector('button').dataset.sort === key);
  return Array.from(document.querySelectorAll('#client-table tbody tr[data-client-id]')).map(tr => tr.cells[k].textContent);
}"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo-like page: 300 clients in 3 chunks, predictions, segments, affinity and journey."""
    doc = synthetic_document(300, seed=11)
    out = tmp_path_factory.mktemp("demo_site")
    build_site(doc, out, chunk_size=120)
    return doc, out / "dashboard.html"


def _ids(page) -> list[str]:
    return page.eval_on_selector_all(ROWS, "rows => rows.map(r => r.dataset.clientId)")


def _wait_rows(page, count: int) -> None:
    page.wait_for_function(f"() => document.querySelectorAll({ROWS!r}).length === {count}", timeout=LOAD_TIMEOUT_MS)


def _open_card(page, client_id: str) -> None:
    page.locator(f'{ROWS}[data-client-id="{client_id}"]').click()
    page.wait_for_function("id => document.getElementById('card').dataset.clientId === id", arg=client_id,
                           timeout=LOAD_TIMEOUT_MS)


def test_page_shows_kpis_map_clusters_segments_and_a_row_per_client(browser, demo, tmp_path):
    doc, page_file = demo
    page, probe = open_page(browser, page_file)
    assert _ids(page) == [c["client_id"] for c in doc["clients"]][:50]  # first page, sorted by client id
    assert page.inner_text("#page-info") == "Page 1 of 6 · 300 of 300 clients"
    assert page.evaluate("LVMH.state.loadedChunks") == 3
    assert page.inner_text("[data-kpi=n_clients] .kpi-value") == "300"
    page.wait_for_selector("#plot3d[data-points]", timeout=LOAD_TIMEOUT_MS)
    assert page.locator("#plot3d .main-svg").count() >= 1 and page.locator("#plot3d canvas").count() >= 1
    assert page.get_attribute("#plot3d", "data-points") == "300"
    assert page.locator("#cluster-table tbody tr").count() == len(doc["clusters"])
    assert page.is_visible("#segments") and page.locator("#segment-table tbody tr").count() == len(SEGMENTS)
    assert page.locator("#rfm-table tbody tr").count() == 5  # with "No purchase"
    for section in ("affinity", "journey"):
        assert page.is_visible(f"#{section}")
        page.wait_for_selector(f"#{section} .chart .main-svg", timeout=LOAD_TIMEOUT_MS)
    assert page.is_hidden("#more")
    # concept names read as words, acronyms in capitals, no prototype key taken for one
    assert page.evaluate("['vip_client', 'uk_scotland', 'constructor'].map(LVMH.fmt.words)") == [
        "VIP client", "UK scotland", "Constructor"]
    save_screenshot(page, "dashboard_overview.png", tmp_path)
    assert probe.problems() == []


def test_a_row_opens_the_client_card_with_allergies_first(browser, demo, tmp_path):
    doc, page_file = demo
    page, probe = open_page(browser, page_file)
    card = doc["clients"][0]
    assert card["allergies"] == ["nickel"]
    _open_card(page, card["client_id"])
    assert page.inner_text("#card-title") == card["client_id"]
    assert page.is_visible("#card-safety") and "Allergies: Nickel" in page.inner_text("#card-safety")
    first_sections = page.eval_on_selector_all("#card-body > *", "nodes => nodes.slice(0, 3).map(n => n.id || n.className)")
    assert first_sections[:2] == ["card-head", "card-safety"]  # before budget, concepts and scores
    text = page.inner_text("#card-body")
    assert card["prediction"]["driver_texts"][0] in text
    assert card["recommendations"][0]["reason"] in text and card["recommendations"][0]["product_name"] in text
    assert card["top_concepts"][0]["evidence"][0] in text
    month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"][int(card["occasions"][0].split(":")[1]) - 1]
    assert f"· {month}" in text  # occasions with their month
    save_screenshot(page, "dashboard_card.png", tmp_path)
    similar = card["similar_clients"][0]["client_id"]
    page.click(f'#card-body button.chip[data-client-id="{similar}"]')
    page.wait_for_function("id => document.getElementById('card').dataset.clientId === id", arg=similar)
    page.keyboard.press("Escape")
    assert page.is_hidden("#card")
    assert probe.problems() == []


def test_search_filters_and_sort(browser, demo):
    doc, page_file = demo
    page, probe = open_page(browser, page_file)
    page.fill("#search", "ca_000123")
    _wait_rows(page, 1)
    assert _ids(page) == ["CA_000123"]
    page.fill("#search", "")
    _wait_rows(page, 50)
    page.select_option("#filter-allergy", "a:nickel")
    expected = [c["client_id"] for c in doc["clients"] if "nickel" in c["allergies"]]
    _wait_rows(page, min(50, len(expected)))
    assert _ids(page) == expected[:50]
    page.select_option("#filter-allergy", "")
    page.select_option("#filter-risk", "Critical")
    assert set(page.evaluate(COLUMN_TEXTS, "risk")) == {"Critical"}
    page.select_option("#filter-risk", "")
    page.select_option("#filter-segment", SEGMENTS[2])
    assert {i for i in _ids(page)} <= {c["client_id"] for c in doc["clients"] if SEGMENTS[2] in c["segments"]}
    page.select_option("#filter-segment", "")
    page.click("#client-table thead button[data-sort=churn]")
    page.click("#client-table thead button[data-sort=churn]")  # descending
    churn = [float(t.rstrip(" %")) for t in page.evaluate(COLUMN_TEXTS, "churn")]
    assert churn == sorted(churn, reverse=True) and churn[0] >= 95
    page.select_option("#color-by", "risk")
    page.wait_for_function("() => document.getElementById('plot3d').data.some(t => t.name === 'Critical')")
    assert probe.problems() == []


def test_sections_without_their_blocks_stay_hidden(browser, tmp_path):
    doc = synthetic_document(40, segments=False, prediction=False, blocks=False)
    build_site(doc, tmp_path)
    page, probe = open_page(browser, tmp_path / "dashboard.html")
    _wait_rows(page, 40)
    for hidden in ("#segments", "#affinity", "#journey", "#more", "#filter-segment", "#filter-rfm"):
        assert page.is_hidden(hidden), hidden
    assert page.eval_on_selector("#color-segment", "o => o.hidden")
    _open_card(page, doc["clients"][1]["client_id"])
    assert "Predictions" not in page.inner_text("#card-body")
    assert probe.problems() == []


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-ignored"])
def test_hostile_text_is_shown_as_text_and_runs_no_script(browser, tmp_path, bypass_csp):
    """Notes, ids, catalog names… holding <script>, event handlers, `</script>`, quotes, U+2028:
    shown literally, and no script of theirs runs — also with the page's CSP switched off, so
    the escaping alone is what holds."""
    doc = hostile_document()
    build_site(doc, tmp_path, chunk_size=5)
    page, probe = open_page(browser, tmp_path / "dashboard.html", bypass_csp=bypass_csp)
    _wait_rows(page, len(doc["clients"]))
    for card in doc["clients"]:
        page.click(f"#client-table tbody tr:nth-child({1 + _ids(page).index(card['client_id'])})")
        page.wait_for_function("id => document.getElementById('card').dataset.clientId === id", arg=card["client_id"])
        assert page.eval_on_selector("#card-title", "e => e.textContent") == card["client_id"]
    body = page.eval_on_selector("#card-body", "e => e.textContent")
    for text in HOSTILE:
        assert text in body  # the evidence spans, shown literally
    for mode in ("segment", "rfm", "risk", "cluster"):
        page.select_option("#color-by", mode)
    page.wait_for_timeout(500)  # let the redraws run (nothing is timed)
    table = page.eval_on_selector("#client-table", "e => e.textContent")
    assert HOSTILE[1] in table and HOSTILE[0] in page.eval_on_selector("#more", "e => e.textContent")
    assert page.evaluate("window.__pwned") is None
    handlers = page.evaluate("""() => Array.from(document.querySelectorAll('*')).filter(
        e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 80))""")
    assert handlers == []
    assert page.locator("img, iframe, object, embed").count() == 0
    scripts = page.eval_on_selector_all("script", "s => s.map(e => e.getAttribute('src'))")
    assert all(s and s.startswith(("dashboard_assets/", "dashboard_data/")) for s in scripts), scripts
    assert probe.problems() == [] and probe.dialogs == []


def test_pagination_over_5000_clients_loaded_in_chunks(browser, tmp_path):
    doc = synthetic_document(5_000, blocks=False)
    build_site(doc, tmp_path)
    page, probe = open_page(browser, tmp_path / "dashboard.html")
    ids = [c["client_id"] for c in doc["clients"]]
    assert page.evaluate("LVMH.state.loadedChunks") == 3 and page.evaluate("LVMH.state.rows.length") == 5_000
    assert page.inner_text("#page-info") == "Page 1 of 100 · 5,000 of 5,000 clients"
    assert _ids(page) == ids[:50]
    page.click("#page-next")
    assert _ids(page) == ids[50:100]
    page.click("#page-last")
    assert _ids(page) == ids[-50:] and page.is_disabled("#page-next")
    _open_card(page, ids[-1])  # its card is in the third chunk, loaded now
    assert page.evaluate("Object.keys(LVMH.state.cardChunks)") == ["2"]
    page.keyboard.press("Escape")
    page.select_option("#page-size", "100")
    assert page.inner_text("#page-info").startswith("Page 1 of 50 ")
    assert probe.problems() == []


def test_screenshot_of_the_demo_page(browser, demo, tmp_path):
    """The README's screenshot: ``LVMH_WRITE_DOCS_SCREENSHOT=1`` also writes docs/dashboard.png."""
    doc, page_file = demo
    page, probe = open_page(browser, page_file, width=1280, height=800)
    page.wait_for_selector("#plot3d[data-points]", timeout=LOAD_TIMEOUT_MS)
    client = next(c for c in doc["clients"] if c["allergies"] and c["diets"] and c.get("prediction"))
    page.evaluate("i => LVMH.openCard(i)", doc["clients"].index(client))
    page.wait_for_function("id => document.getElementById('card').dataset.clientId === id", arg=client["client_id"])
    page.evaluate("window.scrollTo(0, document.getElementById('map').offsetTop - 60)")
    page.wait_for_timeout(300)  # the scroll settles (nothing is timed)
    kept = save_screenshot(page, "dashboard.png", tmp_path)
    if os.environ.get("LVMH_WRITE_DOCS_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(exist_ok=True)
        try:
            from PIL import Image

            Image.open(kept).convert("RGB").quantize(colors=128).save(DOCS_SCREENSHOT, optimize=True)
        except ImportError:
            DOCS_SCREENSHOT.write_bytes(kept.read_bytes())
    assert kept.stat().st_size > 10_000 and probe.problems() == []
