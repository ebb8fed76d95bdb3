"""What each warehouse column holds, for the column schemas shown in the Dagster UI.

One dictionary for every table: a column name means the same thing wherever it appears
(``client_id``, ``note_date`` …). Wide model tables use prefixes (``emb_3``, ``co_a__b``). The
warehouse IO manager attaches the description and a logical type (``date``, ``list<text>``,
``bool`` … rather than pandas' ``object``) to every column it writes; a test fails when a column
of a table contract has no description.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["COLUMN_DOCS", "describe_column", "logical_type"]

COLUMN_DOCS: dict[str, str] = {
    # identifiers and provenance
    "client_id": "Client identifier as exported by the house (a keyed-hash pseudonym `P-…` when the id was personal data).",
    "note_id": "Stable id of a note: sha1(client_id | note_date | pseudonymized text), 16 hex digits.",
    "product_id": "Product identifier of the catalog.",
    "product_name": "Product name from the catalog.",
    "order_id": "Order identifier from transactions.csv.",
    "source_file": "Upload file the row came from, relative to the data dir.",
    "source_line": "1-based physical line where the row starts in its file.",
    "upload_date": "Upload date (the partition key): the uploads/<YYYY-MM-DD>/ folder.",
    "reason": "Why the row could not be used, with its line (text quoted from the row is pseudonymized).",
    # notes
    "note_date": "Date of the appointment the note describes (ISO YYYY-MM-DD).",
    "language": "Language of the note (ISO 639-1 upper case), declared or detected.",
    "duration_min": "Appointment duration in minutes (NaN when not given).",
    "length": "Note length class: short, medium or long.",
    "text": "Pseudonymized note: names, contacts, GDPR Art. 9 data and non-food allergies replaced by [NAME], [EMAIL], [HEALTH] … tokens.",
    "raw_text": "Pseudonymized text of the rejected row (never the raw text).",
    "language_detected": "True when the language was missing, unknown or contradicted by the text and was detected.",
    "date_after_upload": "True when the note is dated after its upload date (kept and flagged).",
    "pii_redactions": "Number of placeholders inserted in the note by pseudonymization.",
    "protected_concepts": "JSON list of the concepts whose words were redacted (e.g. the nickel allergy behind [HEALTH]), with the placeholder's offsets.",
    "mixed_encoding": "True when the row held a line decoded as cp1252 in an otherwise UTF-8 file.",
    "locale_currency": "Currency (ISO code) the raw note's locale cues point to, read before pseudonymization (empty when none): the currency of a budget amount written bare.",
    # note concepts
    "concept": "Canonical concept label (English snake_case), whatever the note's language.",
    "bucket": "Concept bucket: preferences, occasions, lifestyle, constraints, intent, next_actions or budget.",
    "category": "Concept category (product_type, color, allergy, diet, occasion …) or product category.",
    "evidence": "Exact substring of the pseudonymized note that matched (a placeholder for a protected concept).",
    "span_start": "Start offset of the evidence in the note text.",
    "span_end": "End offset of the evidence in the note text.",
    "method": "How the concept was found: alias (dictionary) or regex (budgets).",
    "negated": "True when the note negates the concept (\"pas fan noir\", \"no allergies\").",
    "confidence": "Confidence, 0 to 1: of a concept match (lower for stems and code-switched aliases); of an affinity rule A → B, the share of A's orders that also hold B.",
    "month": "Month (1–12) attached to an occasion or timing concept, when the note names one.",
    "value_min": "Budget lower bound in EUR (NaN = open).",
    "value_max": "Budget upper bound in EUR (NaN = open).",
    # client profiles
    "n_notes": "Number of notes of the client over every upload.",
    "first_note_date": "Date of the client's first note.",
    "last_note_date": "Date of the client's latest note.",
    "languages": "Languages of the client's notes.",
    "budget_min_eur": "Budget lower bound in EUR from the latest note stating one (NaN = open or unknown).",
    "budget_max_eur": "Budget upper bound in EUR from the latest note stating one (NaN = open or unknown).",
    "budget_flexible": "True when the note stating the budget says it is flexible.",
    "allergies": "Allergies (food and non-food), canonical labels; kept on purpose for client safety at events.",
    "diets": "Diets (vegetarian, halal, keto …), canonical labels.",
    "occasions": "Occasions, `birthday:03` when the month is known.",
    "interests": "Hobbies, lifestyle, travel and professions.",
    "product_interests": "Product types the client asked about.",
    "colors": "Preferred colours.",
    "materials": "Preferred materials.",
    "brands": "Houses the client mentioned.",
    "top_concepts": "Most frequent non-negated concepts, most frequent first.",
    # vectors, clusters, projection
    "embedding": "Unit-norm sentence embedding of the note (or the client's recency-weighted mean).",
    "concept_features": "TF-IDF weights of the client's concepts (the concept block of the client vector).",
    "vector_norm": "Norm of the client vector before normalization.",
    "cluster_id": "Cluster number (k chosen by cosine silhouette).",
    "cluster_name": "Readable cluster name from its most distinctive concepts.",
    "cluster_size": "Number of clients in the cluster.",
    "silhouette": "Cosine silhouette of the client in its cluster (-1 to 1).",
    "similar_clients": "The five most similar clients (cosine similarity of client vectors).",
    "similar_scores": "Cosine similarities of the five most similar clients.",
    "x": "First coordinate of the 3D projection (PCA).",
    "y": "Second coordinate of the 3D projection (PCA).",
    "z": "Third coordinate of the 3D projection (PCA).",
    # labels
    "purchased": "Outcome: 1 when the client ordered in the purchase window after the as-of date T.",
    "churned": "Outcome: 1 when a client active before T did not order in the churn window after T (NaN when undefined).",
    "lifetime_value": "Outcome: spend in EUR in the CLV window after T.",
    "as_of": "As-of date T of the labels: features use data up to T, outcomes come after it.",
    "label_source": "Where the labels come from: transactions.csv or labels.csv.",
    "purchases": "Outcome: number of days with an order in the purchase window after T.",
    "windows": "JSON: label windows, the asked horizon and how they were chosen (dates, method, rate-model priors).",
    # predictions
    "purchase_probability": "Probability of an order within the purchase horizon (champion model).",
    "will_purchase": "purchase_probability at or above 0.5.",
    "churn_risk": "Probability that a client with an order history places no order within the churn horizon "
                  "(champion model; not 1 - p_alive); empty for clients without any order.",
    "will_churn": "churn_risk at or above 0.5.",
    "predicted_clv": "Predicted spend in EUR over the CLV horizon (champion model).",
    "value_segment": "Low / Medium / High / VIP from predicted_clv thresholds.",
    "risk_segment": "Safe / Monitor / At Risk / Critical from churn_risk; No history for clients without any order.",
    "expected_purchases": "Expected number of days with an order over the model's purchase horizon (champion model; null when not predicted).",
    "p_alive": "Probability that the client is still an active buyer (BG/NBD or Pareto/NBD; null without history or when not predicted).",
    "history": "Order history the scores rest on: none (no order), short (fewer than 3 purchase days or a first "
               "purchase under 180 days ago) or ok.",
    "model_versions": "JSON: registered MLflow model version used per target.",
    "top_drivers": "Features that pushed this client's predictions most (+ raises, - lowers).",
    # recommendations
    "rank": "Rank of the product for the client (1 = best).",
    "score": "Blended recommendation score.",
    "content_score": "Similarity of the product text to the client's notes.",
    "concept_score": "Overlap of the product's concepts with the client's interests.",
    "budget_score": "Fit of the price with the client's budget.",
    "collaborative_score": "Co-purchase signal from clients who bought similar products.",
    "price": "Product price in EUR.",
    "brand": "House of the product.",
    # model features (training_features)
    "has_notes": "The client has at least one note up to T.",
    "has_history": "The client has at least one order up to T.",
    "btyd_frequency": "Repeat purchase days up to T (BG/NBD / Pareto/NBD x).",
    "btyd_recency": "Days from the first to the last purchase day up to T (t_x).",
    "btyd_T": "Days from the first purchase to T (the client's age, T of the BTYD models).",
    "btyd_monetary": "Mean spend of the repeat purchase days up to T (Gamma-Gamma z̄).",
    "best_year_spend": "Largest spend of the client over any 365 days up to T (the plausibility bound of a CLV).",
    "has_budget": "A budget is known for the client.",
    "budget_open_ended": "The budget has no upper bound.",
    "budget_unlimited": "The client said the budget is unlimited.",
    "budget_min_log": "log1p of the budget lower bound in EUR.",
    "budget_max_log": "log1p of the budget upper bound in EUR.",
    "budget_mid_log": "log1p of the budget midpoint in EUR.",
    "days_since_first_note": "Days between the first note and T.",
    "days_since_last_note": "Days from the client's latest note to the reference date T (NaN without notes).",
    "mean_note_chars_log": "log1p of the mean note length in characters.",
    "notes_last_90d": "Notes in the 90 days before T.",
    "notes_last_365d": "Notes in the 365 days before T.",
    "n_languages": "Distinct languages of the client's notes.",
    "n_concept_mentions": "Concept mentions over the client's notes.",
    "n_distinct_concepts": "Distinct concepts over the client's notes.",
    "n_negated": "Negated concept mentions.",
    "recency_days": "Days since the latest order at T (large when there is no order).",
    "frequency": "Number of repeat purchase days before T (BG/NBD frequency).",
    "purchase_days": "Distinct days with an order before T.",
    "tenure_days": "Days since the first order at T.",
    "orders_90d": "Orders in the 90 days before T.",
    "orders_180d": "Orders in the 180 days before T.",
    "orders_365d": "Orders in the 365 days before T.",
    "monetary_total_log": "log1p of the total spend before T in EUR.",
    "monetary_mean_log": "log1p of the mean order value before T in EUR.",
    "spend_365d_log": "log1p of the spend in the 365 days before T.",
    "ipi_mean_days": "Mean days between purchase days.",
    "ipi_std_days": "Standard deviation of the days between purchase days.",
    "overdue_ratio": "Days since the last order divided by the usual gap between orders.",
    "first_seen_days": "Days since the first contact (note or order) at T.",
    "last_contact_days": "Days since the latest contact (note or order) at T.",
    "order_rate_per_year": "Shrunk yearly order rate.",
    "contact_rate_per_year": "Shrunk yearly contact (notes and orders) rate.",
    "concept_text": "The client's concept labels as one text (input of the concept TF-IDF).",
    # client feature view (client_features), RFM (rfm_segments)
    "intents": "Intent concepts of the client's notes (ready_to_buy, hesitant, vip_client …), non-negated.",
    "next_actions": "Next-action concepts of the client's notes (follow_up_call, invite_vip_event …), non-negated.",
    "next_occasion": "The client's soonest occasion with a known month (e.g. birthday), from the reference date.",
    "next_occasion_date": "When the next occasion falls: the 1st of its month, or the reference date when it is this month.",
    "days_to_next_occasion": "Days from the reference date to next_occasion_date (NaN without a dated occasion).",
    "n_orders": "Distinct orders of the client up to the reference date (0 without orders).",
    "total_spend_eur": "Sum of the client's order amounts in EUR up to the reference date.",
    "first_order_date": "Day of the client's first order.",
    "last_order_date": "Day of the client's latest order.",
    "days_since_last_order": "Days from the client's latest order to the reference date (recency; NaN without orders).",
    "r_score": "RFM recency score, 1 (least recent fifth) to 5 (most recent fifth) with the default 5 bins.",
    "f_score": "RFM frequency score, 1 to 5 by number of orders; tied clients share the lowest score (one order = 1).",
    "m_score": "RFM monetary score, 1 to 5 by total spend.",
    "rfm_code": "R, F and M scores as one code, e.g. \"545\".",
    "rfm_segment": "Named RFM segment (Champions, Loyal, Potential loyalist, New, Need attention, At risk, Can't lose, Hibernating, Lost; \"No purchase\" without orders).",
    "reference_date": "Day recency and days-until are measured from (the as_of config, default: the day of the run).",
    "has_prediction": "True when the predictions table has a row for the client (a champion model exists).",
    "recommended_products": "Product ids recommended to the client, best first.",
    "recommended_categories": "Distinct categories of the recommended products, in rank order.",
    "top_recommendation": "Name of the client's rank-1 recommended product (the next best offer).",
    "cluster_description": "One line on the cluster: size and its most distinctive tastes, with their share and lift.",
    "affinity_score": "\"Bought together\" signal: strength of the product's association with the client's purchases (0 without rules).",
    # rule segments (segments, segment_stats)
    "segment": "Rule segment id (snake_case) from segments.json or the shipped defaults.",
    "segment_name": "Display name of the rule segment.",
    "description": "What the segment holds, from its definition.",
    "status": "ok when the segment's rule ran; error when it was rejected (see error).",
    "error": "Why the segment's rule was rejected (null when it ran).",
    "size": "Members of the segment (null when its rule was rejected).",
    "share": "Share of all clients of the feature view (or of buyers, for RFM segments).",
    "previous_size": "Size at the previous materialization of segment_stats (null the first time).",
    "size_change": "size minus previous_size.",
    "n_scored": "Members with a prediction.",
    "churn_high_share": "Share of scored members with churn_risk ≥ 0.6.",
    "churn_medium_share": "Share of scored members with churn_risk in [0.3, 0.6).",
    "churn_low_share": "Share of scored members with churn_risk < 0.3.",
    "mean_churn_risk": "Mean churn_risk of the scored members.",
    "purchase_high_share": "Share of scored members with purchase_probability ≥ 0.6.",
    "purchase_medium_share": "Share of scored members with purchase_probability in [0.3, 0.6).",
    "purchase_low_share": "Share of scored members with purchase_probability < 0.3.",
    "mean_purchase_probability": "Mean purchase_probability of the scored members.",
    "clv_total": "Sum of the members' predicted CLV in EUR.",
    "clv_mean": "Mean predicted CLV in EUR of the scored members.",
    "mean_total_spend_eur": "Mean past spend in EUR of the members.",
    "rfm_distribution": "JSON list of {rfm_segment, clients, share}: the members' RFM segments, largest first.",
    "offer_products": "JSON list of {product_id, product_name, clients, share}: the members' rank-1 recommendations, top 5.",
    "offer_categories": "JSON list of {category, clients, share}: categories of the members' rank-1 recommendations, top 5.",
    "top_member_concepts": "JSON list of {concept, clients, share, lift}: the members' most distinctive concepts.",
    # product affinity
    "level": "product (pairs of products) or category (pairs of catalog categories).",
    "antecedent": "Product id or category the rule starts from (A in A → B).",
    "consequent": "Product id or category found with it in the same order (B in A → B).",
    "antecedent_name": "Product name (category level: the category) of the antecedent.",
    "consequent_name": "Product name (category level: the category) of the consequent.",
    "orders_together": "Orders holding both A and B.",
    "antecedent_orders": "Orders holding A.",
    "consequent_orders": "Orders holding B.",
    "support": "Share of all orders holding both A and B.",
    "lift": "confidence divided by B's share of orders: 1 = independent, above 1 = bought together more than chance.",
    # customer journey
    "measure": "What the row measures: clients_by_type, days_to_second_purchase, inter_purchase_days, reorder_rate, cohort_retention.",
    "breakdown": "What the measure is about: first_time / repeat, all, a category, or a cohort month (YYYY-MM).",
    "period": "Months since the cohort's first month (cohort_retention; null otherwise).",
    "statistic": "share, median, mean, p25, p75, rate or retention.",
    "value": "The number (days, share or rate, per statistic).",
    "clients": "Clients the number is computed over (cohort_retention: the cohort's size).",
}

# Prefix -> description, for wide feature tables.
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("n_", "Count of the client's distinct concepts of this category."),
    ("intent_", "1 when the client's notes carry this intent concept."),
    ("emb_", "Component of the client's mean note embedding."),
    ("co_last_", "1 when the intent concept appears in the client's latest note."),
    ("co_", "1 when both concepts appear in the client's notes (co-occurrence)."),
    ("bgnbd_", "BG/NBD feature fitted on the training histories."),
)
_DATE_COLUMNS = frozenset({"note_date", "first_note_date", "last_note_date", "upload_date", "as_of", "date",
                           "first_order_date", "last_order_date", "next_occasion_date", "reference_date"})


def describe_column(name: str) -> str:
    """The description of a column (empty when undocumented)."""
    if name in COLUMN_DOCS:
        return COLUMN_DOCS[name]
    return next((text for prefix, text in _PREFIXES if name.startswith(prefix)), "")


def logical_type(name: str, values: pd.Series) -> str:
    """A readable type: ``date`` for ISO date text, ``list<text>`` / ``list<float>`` for list
    cells, ``text``, ``bool``, ``int``, ``float`` otherwise."""
    if name in _DATE_COLUMNS:
        return "date (ISO text)"
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    sample = next((v for v in values if v is not None and not (isinstance(v, float) and np.isnan(v))), None)
    if isinstance(sample, (list, tuple, np.ndarray)):
        inner = next(iter(sample), None)
        kind = "float" if isinstance(inner, (float, np.floating)) else "int" if isinstance(inner, (int, np.integer)) else "text"
        return f"list<{kind}>"
    if isinstance(sample, (bool, np.bool_)):
        return "bool"
    return "text"
