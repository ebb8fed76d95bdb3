"""Segmentation: client clusters with names and look-alikes, and a 3D map of the client space."""

import dagster as dg
import pandas as pd

from lvmh_pipeline.defs.inputs import concept_facts
from lvmh_pipeline.lib.features.client_vectors import combined_matrix
from lvmh_pipeline.lib.segmentation.cluster_names import label_clusters
from lvmh_pipeline.lib.segmentation.clustering import build_clusters_table, choose_k_and_cluster
from lvmh_pipeline.lib.segmentation.projection import project_3d, projection_table
from lvmh_pipeline.lib.common.metadata import markdown_preview


class ClusteringConfig(dg.Config):
    """How clusters are searched: k range scored by cosine silhouette, seed, concept weight."""

    k_min: int = 4
    k_max: int = 12
    seed: int = 42
    concept_weight: float = 0.5
    silhouette_sample: int = 2000


@dg.asset(group_name="segmentation", kinds={"duckdb", "sklearn"}, ins={"note_concepts": concept_facts})
def clusters(
    context: dg.AssetExecutionContext,
    config: ClusteringConfig,
    client_vectors: pd.DataFrame,
    note_concepts: pd.DataFrame,
) -> dg.Output[pd.DataFrame]:
    """Client segments: k-means on embeddings + concept features with k chosen by cosine
    silhouette, each cluster named by its most over-represented concepts (lift) among tastes,
    interests and occasions — never timing words, next actions, intents, budget words,
    allergies or diets — with a one-line description (`cluster_description`), and each client's
    five most similar clients with their cosine scores."""
    X = combined_matrix(client_vectors, concept_weight=config.concept_weight)
    result = choose_k_and_cluster(
        X, range(config.k_min, config.k_max + 1), seed=config.seed, sample_size=config.silhouette_sample
    )
    ids = client_vectors["client_id"].tolist()
    labels = label_clusters(pd.Series(result.labels, index=ids), note_concepts)
    table = build_clusters_table(ids, X, result, {c: label.name for c, label in labels.items()},
                                 descriptions={c: label.description for c, label in labels.items()})
    context.log.info(f"k={result.k} (silhouette {result.silhouette})")
    summary = table.groupby(["cluster_id", "cluster_name", "cluster_description"]).size().reset_index(name="clients")
    return dg.Output(
        table,
        metadata={
            "dagster/row_count": len(table),
            "k": result.k,
            "silhouette": round(result.silhouette, 4) if result.silhouette is not None else None,
            "silhouette_by_k": {str(k): round(v, 4) for k, v in result.silhouette_by_k.items()},
            "algorithm": result.algorithm,
            "clusters": dg.MetadataValue.md(summary.to_markdown(index=False)),
        },
    )


@dg.asset(group_name="segmentation", kinds={"duckdb", "sklearn"})
def projection_3d(client_vectors: pd.DataFrame, clusters: pd.DataFrame) -> dg.Output[pd.DataFrame]:
    """x, y, z per client: a deterministic, sign-fixed PCA of the client vectors, for the
    3D map of the client space (colour = cluster)."""
    X = combined_matrix(client_vectors)
    projection = project_3d(X)
    cluster_ids = clusters.set_index("client_id").loc[client_vectors["client_id"], "cluster_id"]
    table = projection_table(client_vectors["client_id"].tolist(), projection.coords, cluster_ids.to_numpy())
    return dg.Output(
        table,
        metadata={
            "dagster/row_count": len(table),
            "explained_variance": round(projection.explained_variance_total, 4),
            "preview": dg.MetadataValue.md(markdown_preview(table)),
        },
    )
