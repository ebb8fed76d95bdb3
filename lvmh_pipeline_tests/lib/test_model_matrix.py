import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from lvmh_pipeline.lib.model_features import build_feature_frame
from lvmh_pipeline.lib.model_matrix import ConceptCounts, model_matrix
from lvmh_pipeline.lib.models import fit_pipeline, labelled_frame
from lvmh_pipeline_tests.lib.test_models import AS_OF, synthetic_world


@pytest.fixture(scope="module")
def features() -> pd.DataFrame:
    world = synthetic_world(n_clients=200, seed=4)
    frame = build_feature_frame(world.notes, world.concepts, world.transactions, world.labels["client_id"], AS_OF,
                                world.vectors)
    return frame.assign(labels=world.labels.set_index("client_id").loc[frame["client_id"], "purchased"].to_numpy())


@pytest.mark.parametrize("family", ["fast", "elite"])
@pytest.mark.parametrize("target", ["purchase", "clv"])
def test_shared_counts_give_exactly_the_pipeline_transform(features, family, target):
    labels = features[["client_id"]].assign(purchased=features["labels"], churned=np.nan,
                                            lifetime_value=features["labels"] * 1000.0)
    frame, y = labelled_frame(features.drop(columns="labels"), labels, target)
    pipeline = fit_pipeline(family, target, frame, y, seed=0)
    batch = frame.sample(frac=1.0, random_state=1).reset_index(drop=True)
    batch.loc[0, "concept_text"] = ""  # a client without concepts
    batch.loc[1, "concept_text"] = "never_seen_concept  vip_client"  # unknown term, double space
    expected = pipeline[:-1].transform(batch[list(pipeline.feature_names_in_)])
    got = model_matrix(pipeline, batch[list(pipeline.feature_names_in_)], ConceptCounts(batch["concept_text"]))
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=1e-10, atol=1e-12)


def test_counts_match_sklearn_tokenization():
    texts = pd.Series(["a b a", "", None, "c\tb  b", "a"])
    counts = ConceptCounts(texts)
    vectorizer = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True).fit(texts.fillna(""))
    np.testing.assert_allclose(counts.tfidf(vectorizer), vectorizer.transform(texts.fillna("")).toarray())
    assert counts.matrix.shape[0] == 5 and counts.matrix.sum() == 7


def test_other_vectorizers_fall_back_to_the_pipeline(features):
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    lowercasing = ColumnTransformer([("concept", TfidfVectorizer(), "concept_text")])
    pipeline = Pipeline([("features", lowercasing), ("model", LogisticRegression())])
    frame = features.assign(concept_text=features["concept_text"].str.upper())
    pipeline.fit(frame, features["labels"])
    np.testing.assert_allclose(model_matrix(pipeline, frame, ConceptCounts(frame["concept_text"])),
                               pipeline[:-1].transform(frame).toarray())
