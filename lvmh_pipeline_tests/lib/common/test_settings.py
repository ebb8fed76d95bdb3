from lvmh_pipeline.settings import PROJECT_ROOT, get_settings


def test_defaults_are_absolute_and_under_the_project(monkeypatch):
    for name in ("LVMH_DATA_DIR", "DAGSTER_HOME", "MLFLOW_TRACKING_URI", "LVMH_MLFLOW_ARTIFACTS"):
        monkeypatch.delenv(name, raising=False)
    settings = get_settings()
    assert settings.data_dir == PROJECT_ROOT / "data"
    assert settings.warehouse_path == PROJECT_ROOT / "data" / "warehouse.duckdb"
    assert settings.mlflow_tracking_uri == f"sqlite:///{PROJECT_ROOT / 'mlruns' / 'mlflow.db'}"
    assert settings.dagster_home.is_absolute()


def test_relative_env_paths_resolve_against_project_root_not_cwd(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LVMH_DATA_DIR", "some/where")
    assert get_settings().data_dir == PROJECT_ROOT / "some" / "where"


def test_explicit_data_dir_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("LVMH_DATA_DIR", "/elsewhere")
    settings = get_settings(tmp_path)
    assert settings.data_dir == tmp_path.resolve()
    assert settings.outputs_dir == tmp_path.resolve() / "outputs"
