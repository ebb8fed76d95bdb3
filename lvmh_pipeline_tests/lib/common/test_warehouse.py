"""An old warehouse gets the trailing columns added to a contract since."""

import duckdb

from lvmh_pipeline.lib.common.schemas import NOTES_COLUMNS
from lvmh_pipeline.lib.common.warehouse import migrate_warehouse


def test_old_notes_table_gets_the_new_columns(tmp_path):
    database = tmp_path / "w.duckdb"
    old = NOTES_COLUMNS[: NOTES_COLUMNS.index("protected_concepts")]
    with duckdb.connect(str(database)) as db:
        db.execute("create schema lvmh")
        db.execute("create table lvmh.notes (" + ", ".join(f'"{c}" VARCHAR' for c in old) + ")")
        db.execute("insert into lvmh.notes values (" + ", ".join("'x'" for _ in old) + ")")
    assert migrate_warehouse(database, "lvmh") == [
        "lvmh.notes: added column protected_concepts VARCHAR", "lvmh.notes: added column mixed_encoding BOOLEAN",
        "lvmh.notes: added column locale_currency VARCHAR"]
    with duckdb.connect(str(database)) as db:
        assert [r[0] for r in db.execute("describe lvmh.notes").fetchall()] == NOTES_COLUMNS
        assert db.execute("select count(*) from lvmh.notes").fetchone()[0] == 1
    assert migrate_warehouse(database, "lvmh") == []  # idempotent


def test_a_table_that_is_not_a_prefix_is_reported_not_touched(tmp_path):
    database = tmp_path / "w.duckdb"
    with duckdb.connect(str(database)) as db:
        db.execute("create schema lvmh")
        db.execute('create table lvmh.notes ("something_else" VARCHAR)')
    assert "re-materialize" in migrate_warehouse(database, "lvmh")[0]
    assert migrate_warehouse(tmp_path / "missing.duckdb", "lvmh") == []


def test_old_predictions_table_gets_expected_purchases_p_alive_and_history(tmp_path):
    from lvmh_pipeline.lib.scoring.predictions import PREDICTIONS_COLUMNS

    database = tmp_path / "w.duckdb"
    old = PREDICTIONS_COLUMNS[: PREDICTIONS_COLUMNS.index("expected_purchases")]
    with duckdb.connect(str(database)) as db:
        db.execute("create schema lvmh")
        db.execute("create table lvmh.predictions (" + ", ".join(f'"{c}" VARCHAR' for c in old) + ")")
    assert migrate_warehouse(database, "lvmh") == [
        "lvmh.predictions: added column expected_purchases DOUBLE", "lvmh.predictions: added column p_alive DOUBLE",
        "lvmh.predictions: added column history VARCHAR"]
    with duckdb.connect(str(database)) as db:
        assert [r[0] for r in db.execute("describe lvmh.predictions").fetchall()] == PREDICTIONS_COLUMNS


def test_an_empty_partitioned_table_has_its_contract_columns():
    from lvmh_pipeline.lib.common.warehouse import empty_partitioned_table

    concepts = empty_partitioned_table("note_concepts")
    assert concepts.empty and "client_id" in concepts and concepts["negated"].dtype == bool
    assert list(empty_partitioned_table("notes").columns) == NOTES_COLUMNS
    assert empty_partitioned_table("clusters").columns.tolist() == []
