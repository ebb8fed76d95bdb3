import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from lvmh_pipeline.lib.modeling.features import build_feature_frame
from lvmh_pipeline.lib.scoring.model_matrix import ConceptCounts, model_matrix, shared_terms
from lvmh_pipeline.lib.modeling.fitting import fit_pipeline, labelled_frame
from lvmh_pipeline_tests.lib.modeling.world import AS_OF, synthetic_world


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
    inputs = batch[list(pipeline.feature_names_in_)]
    for counts in (ConceptCounts(batch["concept_text"]), ConceptCounts(batch["concept_text"], shared_terms([pipeline]))):
        got = model_matrix(pipeline, inputs, counts)
        assert got.shape == expected.shape
        np.testing.assert_allclose(got, expected, rtol=1e-10, atol=1e-12)
    if "concept_text" in pipeline.feature_names_in_:
        assert len(shared_terms([pipeline])) == len(pipeline[0].named_transformers_["concept"].vocabulary_)


def test_counts_match_sklearn_tokenization():
    texts = pd.Series(["a b a", "", None, "c\tb  b", "a"])
    counts = ConceptCounts(texts)
    vectorizer = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True).fit(texts.fillna(""))
    np.testing.assert_allclose(counts.tfidf(vectorizer), vectorizer.transform(texts.fillna("")).toarray())
    np.testing.assert_array_equal(counts.counts(["a", "b", "c", "zzz"]),
                                  [[2, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 2, 1, 0], [1, 0, 0, 0]])


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
