"""The gold report's over-redaction split by redaction token, on hand-made stored texts (no pipeline run)."""

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.gold_quality import GoldNote, GoldRun, gold_report


def _note(note_id: str, language: str, text: str, **spans) -> GoldNote:
    fields = dict(classes=(), surnames=(), given_names=(), contacts=(), art9=(), art9_categories=(), allergies=(),
                  diets=(), budget=None, occasions=())
    fields.update({k: tuple(v) for k, v in spans.items()})
    return GoldNote(id=note_id, language=language, text=text, **fields)


def test_over_redaction_is_split_by_the_redaction_token_that_took_the_words():
    gold = [
        _note("fr-1", "FR", "Mme Keller a un diabète de type 2, cuir noir.", surnames=["Keller"], art9=["diabète"]),
        _note("de-1", "DE", "Herr Roth mag Leder.", surnames=["Roth"]),
    ]
    stored = ["Mme [NAME] a un [HEALTH] de [HEALTH], cuir [NAME].", "Herr [NAME] mag Leder."]
    empty = pd.DataFrame(columns=["client_id"])
    run = GoldRun(notes=pd.DataFrame({"client_id": ["fr-1", "de-1"], "text": stored}), rejected=empty,
                  concepts=pd.DataFrame(columns=["client_id", "concept", "negated"]), profiles=empty)
    by = gold_report(gold, run)["over_redaction_by"]
    ordinary_fr = 8  # Mme a un de type 2 cuir noir
    assert by.loc["HEALTH", "FR"] == pytest.approx(2 / ordinary_fr)
    assert by.loc["NAME", "FR"] == pytest.approx(1 / ordinary_fr)
    assert by.loc["NAME", "DE"] == 0.0
    assert by.loc["HEALTH", "ALL"] == pytest.approx(2 / (ordinary_fr + 3))
