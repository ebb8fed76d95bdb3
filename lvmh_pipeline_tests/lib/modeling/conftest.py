"""Fixtures shared by the model tests (test_models.py, test_fitting.py): one synthetic world, its
feature frame and the fast and elite models of every target trained on it, built once."""

import pandas as pd
import pytest

from lvmh_pipeline.lib.modeling.evaluation import TARGETS
from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.modeling.fitting import train_and_evaluate
from lvmh_pipeline_tests.lib.modeling.world import AS_OF, World, synthetic_world


@pytest.fixture(scope="package")
def world() -> World:
    return synthetic_world()


@pytest.fixture(scope="package")
def features(world: World) -> pd.DataFrame:
    return build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"],
                               AS_OF, world.vectors)


@pytest.fixture(scope="package")
def trained(world: World, features: pd.DataFrame) -> dict:
    return {(family, target): train_and_evaluate(family, target, features, world.labels, seed=1)
            for family in ("fast", "elite") for target in TARGETS}
