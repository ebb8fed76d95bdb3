"""Deterministic synthetic demo data for the pipeline.

``generate_dataset(out_dir, n_clients, seed, n_upload_dates)`` writes::

    out_dir/uploads/<YYYY-MM-DD>/notes_<YYYY-MM-DD>.csv   CA export: ID,Date,Duration,Language,Length,Transcription
    out_dir/catalog.csv                                   product_id,name,description,category,price,brand
    out_dir/transactions.csv                              client_id,order_id,date,product_id,quantity,amount
    out_dir/ground_truth/notes_truth.csv                  labels of every written note row, by file and line
    out_dir/ground_truth/clients_truth.csv                latent parameters and exact outcome probabilities
    out_dir/ground_truth/meta.json                        seed, dates, horizons, currency table, counts

Modules: ``personas`` (latent clients), ``latent`` (purchase / churn process and its exact
probabilities), ``catalog``, ``transactions``, ``planner`` (which notes, saying what),
``notes`` + ``phrases/`` (rendering in 12 languages), ``amounts`` (budgets), ``pii``,
``wild`` + ``phrases/wild.json`` (harder input classes: code-switching, names without a title
before them, word surnames, special-category mentions, non-food allergies and medical diets,
transcription fillers), ``writer`` (export files, defects and truth), ``generate`` (orchestration).
"""

from .catalog import build_catalog, catalog_frame
from .generate import GenerationSummary, generate_dataset
from .wild import WildRates

__all__ = ["GenerationSummary", "WildRates", "build_catalog", "catalog_frame", "generate_dataset"]
