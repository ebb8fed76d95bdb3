"""Synthetic dashboard documents for the page tests: small and demo-like, hostile, large.

Built as plain dicts in the document's shape (no pipeline run): the core blocks validate against
the JSON schema; the optional blocks (segments, RFM segments, product affinity, customer
journey) are written the way the segmentation / analytics assets may add them, and the page must
show whatever shape they take.
"""

from __future__ import annotations

import random
from typing import Any

CONCEPTS = ["travel_bag", "leather", "cognac", "golf", "black", "handbag", "watch", "silk", "birthday",
            "wedding", "louis_vuitton", "dior", "tennis", "jewelry", "vegetarian", "art", "sailing", "gold"]
EVIDENCE = {"travel_bag": ["sac de voyage", "travel bag"], "leather": ["cuir", "leather"], "golf": ["passionné golf"],
            "cognac": ["Cuir marron ou cognac"], "watch": ["montre", "orologio"], "silk": ["soie"]}
ALLERGIES = ["nickel", "shellfish", "peanuts", "gluten", "fragrance"]
DIETS = ["vegetarian", "vegan", "halal", "kosher", "pescatarian"]
OCCASIONS = ["birthday", "wedding_anniversary", "graduation", "christmas", "wedding"]
INTERESTS = ["golf", "tennis", "sailing", "art", "opera", "skiing"]
CLUSTERS = ["leather · travel bag", "watches · gold", "silk · dior", "golf · tennis", "art · jewelry"]
SEGMENTS = ["VIP at risk", "Gift buyers", "Allergy-sensitive events", "New high-potential"]
RISKS = ["Safe", "Monitor", "At Risk", "Critical"]
VALUES = ["Low", "Medium", "High", "VIP"]
PRODUCTS = [("P001", "Keepall 55", "Louis Vuitton", "travel_bag", 2900.0), ("P002", "Lady Dior", "Dior", "handbag", 5500.0),
            ("P003", "Tambour watch", "Louis Vuitton", "watch", 9800.0), ("P004", "Silk scarf", "Dior", "scarf", 450.0),
            ("P005", "Capucines", "Louis Vuitton", "handbag", 6200.0), ("P006", "Golf bag", "Berluti", "sport", 3100.0)]
DRIVERS = ["spent more than usual in the last year", "no purchase for 9 months", "mentions a birthday coming up",
           "described as ready to buy", "likely still active", "few purchases expected over the next year"]

# Text an attacker could put in a note, a client id or a catalog row.
HOSTILE: tuple[str, ...] = (
    "<script>alert(1)</script>",
    '<img src=x onerror="window.__pwned=1;alert(2)">',
    "</script><script>window.__pwned=3;alert(3)</script>",
    "\"'><svg onload=\"window.__pwned=4\">",
    "line\u2028separator\u2029paragraph",
    "&lt;b&gt;entity&amp;",
    '<a href="javascript:alert(5)">link</a>',
    "<b>bold</b> & <i>italic</i>",
)


def _card(rng: random.Random, i: int, n_clusters: int, *, segments: bool, prediction: bool) -> dict[str, Any]:
    client = f"CA_{i:06d}"
    cluster = i % n_clusters
    concepts = rng.sample(CONCEPTS, 4)
    lo = rng.choice([None, 1000.0, 3000.0, 5000.0, 15000.0])
    card: dict[str, Any] = {
        "client_id": client,
        "n_notes": 1 + i % 5,
        "languages": rng.sample(["FR", "EN", "IT", "ES", "DE", "JA"], 1 + i % 2),
        "last_note_date": f"2026-{1 + i % 11:02d}-{1 + i % 27:02d}",
        "cluster_id": cluster,
        "cluster_name": CLUSTERS[cluster % len(CLUSTERS)],
        "top_concepts": [{"concept": c, "n_mentions": 1 + (i + k) % 3, "evidence": EVIDENCE.get(c, [c.replace("_", " ")])[:2]}
                         for k, c in enumerate(concepts)],
        "budget": {"min": lo, "max": lo * 1.5 if lo and i % 3 else None, "flexible": bool(i % 2) if lo else None},
        "allergies": [ALLERGIES[i % len(ALLERGIES)]] if i % 4 == 0 else [],
        "diets": [DIETS[i % len(DIETS)]] if i % 6 == 4 else [],
        "occasions": [f"{OCCASIONS[i % len(OCCASIONS)]}:{1 + i % 12:02d}"] + (["christmas"] if i % 5 == 0 else []),
        "interests": rng.sample(INTERESTS, 2),
        "coords": [round(rng.gauss(cluster - 2, 0.6), 4), round(rng.gauss((cluster % 3) - 1, 0.6), 4), round(rng.gauss(0, 0.6), 4)],
        "similar_clients": [{"client_id": f"CA_{(i + d) % 10**6:06d}", "score": round(0.9 - d / 20, 3)} for d in (1, 2, 3)],
    }
    if prediction:
        pp, churn = round(rng.random(), 4), round(rng.random(), 4)
        clv = round(rng.lognormvariate(8, 1), 2)
        card["prediction"] = {
            "purchase_probability": pp, "will_purchase": pp >= 0.5, "churn_risk": churn, "will_churn": churn >= 0.5,
            "predicted_clv": clv, "value_segment": VALUES[min(3, int(clv // 5000))],
            "risk_segment": RISKS[min(3, int(churn / 0.3))], "model_versions": {"purchase": "3", "churn": "2", "clv": "2"},
            "top_drivers": ["+spend_365d_log", "+recency_days", "+concept:birthday"],
            "driver_texts": rng.sample(DRIVERS, 3), "intent_band": "High" if pp >= 0.5 else "Low",
            "expected_purchases": round(rng.random() * 3, 3), "p_alive": round(rng.random(), 3), "history": "ok",
        }
        card["recommendations"] = [
            {"rank": r + 1, "product_id": p[0], "product_name": p[1], "brand": p[2], "category": p[3], "price": p[4],
             "score": round(0.9 - r / 10, 3), "reason": f"matches {concepts[0]}; within budget"}
            for r, p in enumerate(rng.sample(PRODUCTS, 3))
        ]
    if segments:
        card["segments"] = [SEGMENTS[i % len(SEGMENTS)]] + ([SEGMENTS[(i + 1) % len(SEGMENTS)]] if i % 7 == 0 else [])
        card["rfm_segment"] = ["Champions", "Loyal", "Can't lose", "Hibernating", "No purchase"][i % 5]
        card["rfm"] = None if i % 5 == 4 else {
            "r_score": 1 + i % 5, "f_score": 1 + i % 4, "m_score": 1 + i % 3, "rfm_code": f"{1 + i % 5}{1 + i % 4}{1 + i % 3}",
            "n_orders": 1 + i % 9, "total_spend_eur": 1500.0 * (1 + i % 9), "days_since_last_order": 10 + i % 300,
            "last_order_date": "2026-10-01"}
        card["next_occasion"] = {"occasion": OCCASIONS[i % len(OCCASIONS)], "date": f"2027-{1 + i % 12:02d}-01",
                                 "days_until": 20 + i % 300}
    return card


def synthetic_document(n_clients: int = 120, *, seed: int = 7, n_clusters: int = 5, segments: bool = True,
                       prediction: bool = True, blocks: bool = True) -> dict[str, Any]:
    """A document of ``n_clients`` cards; ``blocks`` adds segment, RFM, affinity and journey blocks."""
    rng = random.Random(seed)
    clients = [_card(rng, i, n_clusters, segments=segments, prediction=prediction) for i in range(n_clients)]
    sizes = [sum(c["cluster_id"] == k for c in clients) for k in range(n_clusters)]
    doc: dict[str, Any] = {
        "schema_version": "1.0.0",
        "generated_at": "2026-12-01T09:00:00+00:00",
        "kpis": {"n_clients": n_clients, "n_notes": sum(c["n_notes"] for c in clients), "n_concepts": len(CONCEPTS),
                 "n_concept_mentions": 4 * n_clients, "languages": {"FR": n_clients // 2, "EN": n_clients // 3},
                 "share_clients_with_concepts": 1.0, "share_clients_with_allergies": 0.25,
                 "share_clients_with_budget": 0.8, "median_budget_eur": 4500.0, "n_clusters": n_clusters,
                 "clients_scored": n_clients if prediction else 0, "mean_purchase_probability": 0.41,
                 "mean_churn_risk": 0.33, "total_predicted_clv_eur": 1.2e7,
                 "risk_segments": {"Safe": 10, "Monitor": 8, "At Risk": 5, "Critical": 2}},
        "clusters": [{"cluster_id": k, "name": CLUSTERS[k % len(CLUSTERS)], "size": sizes[k], "share": sizes[k] / max(n_clients, 1),
                      "mean_silhouette": 0.21, "centroid": [k - 2.0, 0.0, 0.0],
                      "description": f"{sizes[k]} clients; more {CONCEPTS[k].replace('_', ' ')} than average",
                      "top_concepts": [{"concept": CONCEPTS[k], "n_clients": sizes[k] // 2, "share": 0.5, "lift": 2.4}]}
                     for k in range(n_clusters)],
        "clients": clients,
    }
    if blocks:
        doc["segment_stats"] = [
            {"segment": s.lower().replace(" ", "_"), "segment_name": s, "description": f"rule {k}", "size": n_clients // (k + 2),
             "share": 1 / (k + 2), "mean_churn_risk": 0.3 + k / 10, "clv_mean": 4200.0 + 100 * k,
             "offer_products": [{"product": PRODUCTS[k][1], "clients": 3}], "top_member_concepts": [{"concept": CONCEPTS[k], "lift": 2.1}]}
            for k, s in enumerate(SEGMENTS)]
        doc["rfm_segments"] = [{"rfm_segment": name, "clients": n, "share": n / 100, "mean_days_since_last_order": d,
                                "mean_orders": o, "total_spend_eur": n * m, "mean_spend_eur": m}
                               for name, n, d, o, m in (("Champions", 40, 30.5, 6.1, 12000.0), ("Loyal", 30, 80.0, 4.2, 8000.0),
                                                        ("Can't lose", 10, 320.0, 5.0, 15000.0), ("Hibernating", 20, 500.0, 1.4, 1500.0))]
        doc["product_affinity"] = [
            {"level": "product", "antecedent": a[0], "consequent": b[0], "antecedent_name": a[1], "consequent_name": b[1],
             "orders_together": 5 + i % 7, "support": 0.05, "confidence": 0.3, "lift": 1.0 + (i % 5) / 2}
            for i, (a, b) in enumerate((a, b) for a in PRODUCTS for b in PRODUCTS if a != b)
        ] + [{"level": "category", "antecedent": "handbag", "consequent": "scarf", "antecedent_name": "handbag",
              "consequent_name": "scarf", "orders_together": 12, "support": 0.1, "confidence": 0.4, "lift": 2.2},
             {"level": "category", "antecedent": "watch", "consequent": "handbag", "antecedent_name": "watch",
              "consequent_name": "handbag", "orders_together": 4, "support": 0.03, "confidence": 0.2, "lift": 1.3}]
        doc["customer_journey"] = (
            [{"measure": "clients_by_type", "breakdown": b, "period": None, "statistic": "share", "value": v, "clients": 200}
             for b, v in (("first_time", 0.35), ("repeat", 0.65))]
            + [{"measure": "days_to_second_purchase", "breakdown": "all", "period": None, "statistic": s, "value": v, "clients": 130}
               for s, v in (("median", 96.0), ("mean", 120.5), ("p25", 45.0), ("p75", 170.0))]
            + [{"measure": "cohort_retention", "breakdown": f"2025-{m:02d}", "period": k, "statistic": "retention",
                "value": round(1.0 if k == 0 else 0.5 / k, 3), "clients": 20 + m} for m in range(1, 7) for k in range(0, 7 - m)]
        )
    return doc


def hostile_document() -> dict[str, Any]:
    """A small document with :data:`HOSTILE` text in every text field the page shows."""
    doc = synthetic_document(12, seed=3)
    for i, card in enumerate(doc["clients"]):
        evil = HOSTILE[i % len(HOSTILE)]
        card["client_id"] = f"{evil}#{i}"
        card["cluster_name"] = evil
        card["top_concepts"][0] = {"concept": evil, "n_mentions": 2, "evidence": list(HOSTILE)}
        card["allergies"] = [evil, "nickel"]
        card["diets"] = [evil]
        card["occasions"] = [f"{evil}:03", evil]
        card["interests"] = [evil]
        card["similar_clients"] = [{"client_id": f"{HOSTILE[(i + 1) % len(HOSTILE)]}#{(i + 1) % 12}", "score": 0.5}]
        card["segments"] = [evil]
        card["rfm_segment"] = evil
        card["rfm"] = {**(card["rfm"] or {}), "rfm_code": evil}
        card["next_occasion"] = {"occasion": evil, "date": evil, "days_until": 3}
        card["prediction"]["driver_texts"] = list(HOSTILE)
        card["prediction"]["history"] = evil
        card["prediction"][evil] = evil  # an unknown prediction column
        card["recommendations"][0].update(product_name=evil, brand=evil, category=evil, reason=evil)
        card[f"extra {evil}"] = evil  # an unknown card key
    for cluster in doc["clusters"]:
        cluster["name"] = HOSTILE[cluster["cluster_id"] % len(HOSTILE)]
        cluster["top_concepts"][0]["concept"] = HOSTILE[-1]
        cluster["description"] = HOSTILE[0]
    doc["kpis"]["languages"] = {evil: 1 for evil in HOSTILE}
    doc["generated_at"] = HOSTILE[2]
    doc["segment_stats"][0]["segment_name"] = HOSTILE[1]
    doc["rfm_segments"][0]["rfm_segment"] = HOSTILE[0]
    doc["product_affinity"][0].update(antecedent_name=HOSTILE[0], consequent_name=HOSTILE[3])
    doc["customer_journey"][0]["breakdown"] = HOSTILE[2]
    doc["customer_journey"].append({"from": HOSTILE[1], "to": HOSTILE[6], "clients": 3})
    doc[HOSTILE[0]] = {HOSTILE[1]: HOSTILE[2]}  # an unknown top-level block
    return doc
