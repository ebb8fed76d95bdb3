import mlflow
import mlflow.store.db.utils
import pytest
from mlflow import MlflowClient

from lvmh_pipeline.lib.registry.store import schema_template, seed_sqlite_store


@pytest.fixture(scope="module")
def template_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schema")
    schema_template(folder)
    return folder


def test_a_seeded_store_opens_without_migrations_and_records_runs(tmp_path, template_dir, monkeypatch):
    db = tmp_path / "store" / "mlflow.db"
    db.parent.mkdir()
    assert seed_sqlite_store(db, template_dir)

    def no_migrations(engine):
        raise AssertionError("the seeded store should already hold the schema")

    monkeypatch.setattr(mlflow.store.db.utils, "_initialize_tables", no_migrations)
    client = MlflowClient(tracking_uri=f"sqlite:///{db}")
    assert [e.name for e in client.search_experiments()] == ["Default"]  # nothing copied but the schema
    experiment = client.create_experiment("x", artifact_location=(tmp_path / "art").as_uri())
    run = client.create_run(experiment)
    client.log_param(run.info.run_id, "k", 3)
    assert client.get_run(run.info.run_id).data.params == {"k": "3"}


def test_an_existing_store_is_never_replaced(tmp_path, template_dir):
    db = tmp_path / "mlflow.db"
    db.write_bytes(b"someone else's store")
    assert not seed_sqlite_store(db, template_dir)
    assert db.read_bytes() == b"someone else's store"
    assert not list(tmp_path.glob(".mlflow.db.*"))  # no temporary copy left behind


def test_without_a_usable_template_folder_mlflow_creates_the_store_itself(tmp_path):
    blocked = tmp_path / "not_a_folder"
    blocked.write_text("a file where the template folder should be")
    db = tmp_path / "mlflow.db"
    assert not seed_sqlite_store(db, blocked)
    assert not db.exists()
    assert [e.name for e in MlflowClient(tracking_uri=f"sqlite:///{db}").search_experiments()] == ["Default"]
