"""The held-out set's misses as classes, with no note text: what to fix next, without reading it.

:func:`failure_classes` counts, per language, each kind of miss under a label built from
categories only — where a leaked surname stands (:func:`~lvmh_pipeline.lib.privacy.leak_context.leak_contexts`),
which Art. 9 category was kept and whether any of it was touched, which allergy or diet label was
missed or invented, which occasion was missed, invented or dated wrong, how a budget was missed (none found, a bound missing or extra, off by a
multiplier or a currency). ``bench/bench_notes.py --failure-classes`` prints it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from lvmh_pipeline.lib.common.cells import as_list
from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.concepts.budgets.budget_words import budget_lexicon, currency_words_in
from lvmh_pipeline.lib.concepts.budgets.money import EUR_PER_UNIT, has_currency_sign
from lvmh_pipeline.lib.concepts.budgets.currencies import default_currency
from lvmh_pipeline.lib.concepts.gold_quality import GoldNote, GoldRun, budget_ok, occasion_set
from lvmh_pipeline.lib.privacy.leak_context import leak_contexts, over_redacted
from lvmh_pipeline.lib.privacy.quality import surviving_characters

__all__ = ["failure_classes"]


def _art9_label(category: str, span: str, original: str, stored: str, kept: list[bool]) -> str | None:
    start = original.find(span)
    if start < 0:
        return f"{category}|span_not_in_text"
    letters = [i for i in range(start, start + len(span)) if original[i].isalnum()]
    removed = sum(1 for i in letters if not kept[i]) / len(letters) if letters else 0.0
    if removed > 0.5:
        return None
    words = len(span.split())
    size = "1word" if words == 1 else ("2-3words" if words <= 3 else "4+words")
    if removed == 0:
        touched = "untouched"
    else:  # which of the span's words were kept around the removed part
        gone = [i for i in letters if not kept[i]]
        before = any(kept[i] for i in letters if i < gone[0])
        after = any(kept[i] for i in letters if i > gone[-1])
        touched = "partly_kept_" + ("both_sides" if before and after else "before" if before else "after" if after else "inside")
    token = "token_in_note" if f"[{category}]" in stored else "no_token_in_note"
    return f"{category}|{touched}|{size}|{token}"


def _bound_label(expected: float, predicted: float, currencies: tuple[str, str]) -> str:
    """ok / missing / extra / off by a power of ten / read in the other of ``currencies``
    (the gold's and the note language's default) / higher / lower."""
    if math.isnan(expected) or math.isnan(predicted):
        return "ok" if math.isnan(expected) and math.isnan(predicted) else ("missing" if math.isnan(predicted) else "extra")
    if abs(expected - predicted) <= 0.01 * max(abs(expected), 1.0):
        return "ok"
    ratio = math.log10(predicted / expected) if expected > 0 and predicted > 0 else math.nan
    for power in (1, 2, 3, 4):
        if abs(abs(ratio) - power) < 0.03:
            return f"x1e{power}" if ratio > 0 else f"/1e{power}"
    gold, default = currencies
    rates = [EUR_PER_UNIT[default] / EUR_PER_UNIT[gold], EUR_PER_UNIT[gold] / EUR_PER_UNIT[default]]
    if gold != default and any(abs(predicted / expected - rate) <= 0.01 * rate for rate in rates):
        return "currency"
    return "higher" if predicted > expected else "lower"


def _budget_label(note: GoldNote, row) -> str | None:
    """How the note's budget was missed, or None when it was found exactly (or rightly absent)."""
    if budget_ok(note.budget, row) is not False:
        return None
    if note.budget is None:
        return "spurious"
    currency = note.budget.get("currency") or "EUR"
    written = "default_currency" if currency == default_currency(note.language) else "other_currency"
    if note.budget.get("unlimited"):
        return f"unlimited|{written}"
    predicted = (float(row["budget_min_eur"]), float(row["budget_max_eur"])) if row is not None else (math.nan, math.nan)
    if all(math.isnan(v) for v in predicted):  # what the note offers a reader: a keyword, a currency, digits
        lexicon = budget_lexicon()
        folded = normalize(note.text).folded
        keyword = "keyword" if lexicon.keywords.find(folded) else "no_keyword"
        marked = "currency_marked" if has_currency_sign(note.text) or currency_words_in(folded) else "no_currency"
        digits = "digits" if re.search(r"\d", note.text) else "no_digits"
        return f"none_found|{written}|{keyword}|{marked}|{digits}"
    expected = [math.nan if note.budget.get(k) is None else float(note.budget[k]) * EUR_PER_UNIT.get(currency, math.nan)
                for k in ("min", "max")]
    pair = (currency, default_currency(note.language))
    return f"min:{_bound_label(expected[0], predicted[0], pair)}|max:{_bound_label(expected[1], predicted[1], pair)}|{written}"


def _occasion_labels(note: GoldNote, row) -> list[tuple[str, str]]:
    """(kind, label) of each occasion missed, invented, or found with a missing or wrong month."""
    if row is None or "occasions" not in row.index:
        return []
    names, dated = occasion_set(as_list(row["occasions"]))
    months = {name: month for name, month in dated}
    found = []
    for name, month in note.occasions:
        if name not in names:
            found.append(("occasion_missed", f"{name}|{'dated' if month else 'undated'}"))
        elif month and (name, month) not in dated:
            found.append(("occasion_month", f"{name}|{'wrong_month' if name in months else 'no_month'}"))
    found += [("occasion_invented", name) for name in names - {name for name, _ in note.occasions}]
    return found


def failure_classes(gold: Sequence[GoldNote], run: GoldRun) -> pd.DataFrame:
    """``language, kind, label, count``: one row per class of miss, largest first."""
    stored = dict(zip(run.notes["client_id"], run.notes["text"]))
    profiles = run.profiles.set_index("client_id") if len(run.profiles) else run.profiles
    budgets = "budget_min_eur" in run.profiles.columns
    positive = run.concepts[~run.concepts["negated"].astype(bool)] if len(run.concepts) else run.concepts
    concepts_of = positive.groupby("client_id")["concept"].agg(set).to_dict() if len(positive) else {}
    counts: Counter[tuple[str, str, str]] = Counter()
    for note in gold:
        text = stored.get(note.id, "")
        for surname in note.surnames:
            for label in leak_contexts(note.text, text, surname):
                counts[note.language, "surname_left", label] += 1
        for given in note.given_names:
            for label in leak_contexts(note.text, text, given):
                counts[note.language, "given_name_left", label] += 1
        sensitive = [*note.surnames, *note.given_names, *note.contacts, *note.art9, *(s for _, s in note.allergies)]
        spans = [(m.start(), m.end()) for n in sensitive if n for m in re.finditer(re.escape(n), note.text)]
        for label in over_redacted(note.text, text, spans):
            counts[note.language, "over_redacted", label] += 1
        kept = surviving_characters(note.text, text)
        for category, span in zip(note.art9_categories, note.art9):
            label = _art9_label(category, span, note.text, text, kept)
            if label:
                counts[note.language, "art9_kept", label] += 1
        row = profiles.loc[note.id] if note.id in profiles.index else None
        for kind, label in _occasion_labels(note, row):
            counts[note.language, kind, label] += 1
        for concept in sorted(set(note.not_concepts) & concepts_of.get(note.id, set())):
            counts[note.language, "forbidden_concept", concept] += 1  # a surname read as a word
        label = _budget_label(note, row) if budgets else None
        if label:
            counts[note.language, "budget_missed", label] += 1
        for kind, gold_labels, column in (
            ("allergy", {label for label, _ in note.allergies}, "allergies"),
            ("diet", set(note.diets), "diets"),
        ):
            found = set(as_list(row[column])) if row is not None else set()
            for label in gold_labels - found:
                counts[note.language, f"{kind}_missed", label] += 1
            for label in found - gold_labels:
                counts[note.language, f"{kind}_invented", label] += 1
    rows = [{"language": lang, "kind": kind, "label": label, "count": n} for (lang, kind, label), n in counts.items()]
    frame = pd.DataFrame(rows, columns=["language", "kind", "label", "count"])
    return frame.sort_values(["kind", "count", "language", "label"], ascending=[True, False, True, True], ignore_index=True)
