"""The top concepts of each client card, with their mention counts and evidence spans.

A card lists the client's profile concepts (or, when the profile has none, the concepts the
client mentions most), each with how many positive concept rows mention it and its most recent
distinct evidence spans. At 100,000 clients the concept rows are 7.6 million: counts are one
grouped size, and evidence is gathered only for the (client, concept) pairs a card shows
(about a third of the pairs), with frame operations instead of a dict entry per pair.
"""

from __future__ import annotations

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list

__all__ = ["card_concepts"]

_PAIR = ["client_id", "concept"]


def card_concepts(profiles: pd.DataFrame, concepts: pd.DataFrame, *, top_n: int,
                  max_evidence: int) -> list[list[dict]]:
    """For each row of ``profiles`` (``client_id``, ``top_concepts``), in order, the card's
    concepts: ``{"concept", "n_mentions", "evidence"}`` for the first ``top_n`` of the profile's
    ``top_concepts``, or of the client's concepts by mentions (then name) when it has none.

    ``concepts``: the positive concept rows (``client_id`` as str, ``concept``, ``evidence``,
    ``note_date``); ``evidence`` lists up to ``max_evidence`` distinct non-empty spans, most
    recent first (rows of the same date in table order)."""
    pairs = pd.DataFrame({"client_id": concepts["client_id"].astype(str),
                          "concept": concepts["concept"].astype(str)})
    counts = pairs.groupby(_PAIR, sort=False).size()
    tops = _card_tops(profiles, counts, top_n)
    shown = {(client, c) for client, top in tops for c in top}
    if not shown:
        return [[] for _ in tops]
    wanted = pd.MultiIndex.from_tuples(sorted(shown), names=_PAIR)
    n_mentions = counts.reindex(wanted, fill_value=0).to_dict()
    evidence = _evidence(pairs, concepts, wanted, max_evidence)
    return [[{"concept": c, "n_mentions": int(n_mentions[(client, c)]),
              "evidence": evidence.get((client, c), [])} for c in top] for client, top in tops]


def _card_tops(profiles: pd.DataFrame, counts: pd.Series, top_n: int) -> list[tuple[str, list[str]]]:
    """(client, the card's concepts) per profile row."""
    tops = [(str(client), [str(c) for c in as_list(top)][:top_n])
            for client, top in zip(profiles["client_id"], profiles["top_concepts"], strict=True)]
    missing = {client for client, top in tops if not top}
    if missing and len(counts):
        ranked = counts[counts.index.get_level_values("client_id").isin(missing)].rename("n").reset_index()
        ranked = ranked.sort_values(["client_id", "n", "concept"], ascending=[True, False, True])
        by_mentions = {client: group["concept"].head(top_n).tolist()
                       for client, group in ranked.groupby("client_id", sort=False)}
        tops = [(client, top or by_mentions.get(client, [])) for client, top in tops]
    return tops


def _evidence(pairs: pd.DataFrame, concepts: pd.DataFrame, wanted: pd.MultiIndex,
              max_evidence: int) -> dict[tuple[str, str], list[str]]:
    """(client, concept) of ``wanted`` → its first ``max_evidence`` distinct evidence spans, most recent first."""
    evidence = concepts["evidence"]
    usable = evidence.astype(object).str.len().gt(0).to_numpy()  # non-empty strings only
    usable &= pd.MultiIndex.from_frame(pairs).isin(wanted)
    rows = pairs[usable].assign(evidence=evidence[usable], note_date=concepts["note_date"][usable])
    if rows.empty or max_evidence <= 0:
        return {}
    rows = rows.sort_values("note_date", ascending=False, kind="stable", na_position="last")
    rows = rows.drop_duplicates([*_PAIR, "evidence"])
    rows = rows[rows.groupby(_PAIR, sort=False).cumcount().lt(max_evidence).to_numpy()]
    return rows.groupby(_PAIR, sort=False)["evidence"].agg(list).to_dict()
