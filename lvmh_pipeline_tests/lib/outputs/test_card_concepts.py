"""Card concepts: counts, evidence and ranking equal to a plain loop over the rows (the spec)."""

import numpy as np
import pandas as pd
import pytest

from lvmh_pipeline.lib.outputs.card_concepts import card_concepts


def _spec(profiles, concepts, top_n, max_evidence):
    """The definition, one row at a time: rows most recent first (table order within a date,
    undated last); per (client, concept) every row counts, the first distinct non-empty spans are kept."""
    ordered = concepts.sort_values("note_date", ascending=False, kind="stable", na_position="last")
    counts, spans = {}, {}
    for client, concept, evidence in zip(ordered["client_id"], ordered["concept"], ordered["evidence"]):
        key = (str(client), str(concept))
        counts[key] = counts.get(key, 0) + 1
        found = spans.setdefault(key, [])
        if isinstance(evidence, str) and evidence and evidence not in found and len(found) < max_evidence:
            found.append(evidence)
    cards = []
    for client, top in zip(profiles["client_id"], profiles["top_concepts"]):
        top = [str(c) for c in top]
        if not top:
            top = [c for _, c in sorted((-n, c) for (k, c), n in counts.items() if k == str(client))]
        cards.append([{"concept": c, "n_mentions": counts.get((str(client), c), 0),
                       "evidence": spans.get((str(client), c), [])} for c in top[:top_n]])
    return cards


def _concepts(rng, n_rows):
    dates = pd.to_datetime(rng.choice(["2026-01-05", "2026-03-01", "2026-03-01", "2026-07-09"], n_rows))
    dates = dates.where(rng.random(n_rows) > 0.1)  # some undated rows
    evidence = rng.choice(["vegan", "likes silk", "vegan", "", None, np.nan, "gift for Eid"], n_rows)
    return pd.DataFrame({
        "client_id": rng.choice([f"c{i}" for i in range(12)], n_rows),
        "concept": rng.choice(["vegan", "silk", "eid", "watches", "gold"], n_rows),
        "evidence": pd.Series(evidence, dtype=object),
        "note_date": dates,
    })


@pytest.mark.parametrize("seed", range(6))
def test_card_concepts_equal_the_row_by_row_definition(seed):
    rng = np.random.default_rng(seed)
    concepts = _concepts(rng, 400)
    profiles = pd.DataFrame({
        "client_id": [f"c{i}" for i in range(14)],  # c12 and c13 have no concept row
        "top_concepts": [[] if i % 3 == 0 else list(rng.choice(["silk", "gold", "eid", "tea"], 3)) for i in range(14)],
    })
    for top_n, max_evidence in [(8, 3), (2, 1), (8, 0)]:
        assert card_concepts(profiles, concepts, top_n=top_n, max_evidence=max_evidence) == \
            _spec(profiles, concepts, top_n, max_evidence)


def test_most_recent_distinct_evidence_first_and_unmentioned_top_concepts():
    concepts = pd.DataFrame({
        "client_id": ["a", "a", "a", "a", "b"],
        "concept": ["vegan", "vegan", "vegan", "silk", "silk"],
        "evidence": ["old vegan", "new vegan", "new vegan", "silk scarf", None],
        "note_date": pd.to_datetime(["2026-01-01", "2026-05-01", "2026-04-01", "2026-02-01", "2026-02-01"]),
    })
    profiles = pd.DataFrame({"client_id": ["a", "b"], "top_concepts": [["vegan", "watches"], []]})
    assert card_concepts(profiles, concepts, top_n=8, max_evidence=3) == [
        [{"concept": "vegan", "n_mentions": 3, "evidence": ["new vegan", "old vegan"]},
         {"concept": "watches", "n_mentions": 0, "evidence": []}],
        [{"concept": "silk", "n_mentions": 1, "evidence": []}],
    ]


def test_no_concept_rows_gives_empty_or_zero_cards():
    concepts = pd.DataFrame({"client_id": pd.Series([], dtype=object), "concept": pd.Series([], dtype=object),
                             "evidence": pd.Series([], dtype=object), "note_date": pd.Series([], dtype="datetime64[us]")})
    profiles = pd.DataFrame({"client_id": ["a", "b"], "top_concepts": [[], ["silk"]]})
    assert card_concepts(profiles, concepts, top_n=8, max_evidence=3) == [
        [], [{"concept": "silk", "n_mentions": 0, "evidence": []}]]
