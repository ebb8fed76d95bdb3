"""Concept extraction measured against the demo generator's ground truth."""

from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.concepts.extraction import extract_note_concepts
from lvmh_pipeline.lib.concepts.quality import concept_quality
from lvmh_pipeline.lib.ingestion.notes import ingest_partition
from lvmh_pipeline.lib.synthetic import generate_dataset

FLOORS = {  # earned on seeds 42 / 123 / 7; see the README's concept quality table
    "allergies": (0.95, 0.95),
    "diets": (0.95, 0.95),
    "occasions": (0.93, 0.93),
    "occasions_with_month": (0.9, 0.9),
    "budget": (0.98, 0.98),
    "budget_flexible": (0.95, 0.95),
}


@pytest.fixture(scope="module")
def quality(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    data_dir: Path = tmp_path_factory.mktemp("quality")
    summary = generate_dataset(data_dir, n_clients=400, seed=2024)
    notes = pd.concat(
        [ingest_partition(data_dir / "uploads" / d, data_dir=data_dir, upload_date=d).notes for d in summary.upload_dates],
        ignore_index=True,
    )
    truth = pd.read_csv(data_dir / "ground_truth" / "notes_truth.csv")
    table = concept_quality(notes, extract_note_concepts(notes), truth)
    print(f"\n{table.attrs['notes_evaluated']} notes\n{table.round(3).to_markdown(index=False)}")
    return table.set_index("fact")


@pytest.mark.parametrize("fact", sorted(FLOORS))
def test_precision_and_recall_floors(quality, fact):
    precision_floor, recall_floor = FLOORS[fact]
    row = quality.loc[fact]
    assert row["expected"] > 20, "too few planted facts to measure"
    assert row["precision"] >= precision_floor, row.to_dict()
    assert row["recall"] >= recall_floor, row.to_dict()


def test_every_good_note_was_evaluated(quality):
    assert quality.attrs["notes_evaluated"] > 1000
