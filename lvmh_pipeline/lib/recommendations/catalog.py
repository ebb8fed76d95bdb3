"""The product catalog: reading and validating ``catalog.csv``, the built-in demo catalog, the
text that gets embedded, and the mapping of categories and houses to concept labels.

Contract: ``product_id,name,description,category,price`` plus optional ``brand``;
prices in EUR. A bad row is never dropped silently: it is listed in ``CatalogLoad.rejected``
with its line and reason. A file that cannot be used at all raises :class:`CatalogFileError`
naming the file.

Without a ``catalog.csv`` the pipeline uses the demo catalog of the synthetic data generator
(:func:`lvmh_pipeline.lib.synthetic.catalog.build_catalog`: LVMH-style product lines with
plausible EUR prices; demonstration data, not a price list) — the one the demo data set's
transactions refer to.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from lvmh_pipeline.lib.ingestion.csv_reader import NotesFileError, read_raw_table
from lvmh_pipeline.lib.privacy.identifiers import client_ids_for
from lvmh_pipeline.lib.privacy.pseudonymize import redact_contacts

CATALOG_COLUMNS: list[str] = ["product_id", "name", "description", "category", "price", "brand"]
REQUIRED_COLUMNS: tuple[str, ...] = ("product_id", "name", "description", "category", "price")
REJECTED_PRODUCTS_COLUMNS: list[str] = ["source_file", "source_line", "product_id", "reason"]
DEMO_SOURCE = "built-in demo catalog (lvmh_pipeline/lib/synthetic/catalog.py)"

# Spellings a house's export may use for the canonical categories.
CATEGORY_ALIASES: dict[str, str] = {
    "bag": "handbag", "bags": "handbag", "handbags": "handbag",
    "travel": "travel_bag", "travel_bags": "travel_bag", "weekender": "travel_bag",
    "suitcase": "luggage", "suitcases": "luggage", "trunk": "luggage", "trunks": "luggage",
    "slg": "small_leather_goods", "small_leather_good": "small_leather_goods",
    "wallets": "wallet", "briefcases": "briefcase", "belts": "belt",
    "watches": "watch", "timepieces": "watch",
    "jewellery": "jewelry", "jewelleries": "jewelry", "fine_jewelry": "jewelry",
    "fragrances": "fragrance", "perfume": "fragrance", "perfumes": "fragrance", "parfum": "fragrance",
    "beauty": "skincare", "skin_care": "skincare", "cosmetics": "skincare",
    "scarves": "scarf", "scarfs": "scarf", "shawl": "scarf", "stole": "scarf",
    "shoe": "shoes", "footwear": "shoes", "sneakers": "shoes",
    "rtw": "ready_to_wear", "clothing": "ready_to_wear",
    "apparel": "ready_to_wear", "sunglass": "sunglasses", "eyewear": "sunglasses",
}

# Catalog category -> concept labels that count as a match; the first is the taxonomy's label.
# "fragrance_product" keeps the product apart from the "fragrance" allergy concept.
CATEGORY_CONCEPTS: dict[str, tuple[str, ...]] = {
    "handbag": ("handbag",),
    "travel_bag": ("travel_bag",),
    "luggage": ("luggage",),
    "small_leather_goods": ("small_leather_goods",),
    "wallet": ("wallet",),
    "briefcase": ("briefcase",),
    "belt": ("belt",),
    "watch": ("watch",),
    "jewelry": ("jewelry",),
    "fragrance": ("fragrance_product", "fragrance"),
    "skincare": ("skincare",),
    "scarf": ("scarf",),
    "shoes": ("shoes",),
    "ready_to_wear": ("ready_to_wear",),
    "sunglasses": ("sunglasses",),
}

# Other labels a house may carry in the taxonomy, keyed by the slug of its name.
HOUSE_ALIASES: dict[str, tuple[str, ...]] = {
    "louis_vuitton": ("lv",),
    "dior": ("christian_dior",),
    "bulgari": ("bvlgari",),
    "tiffany_co": ("tiffany", "tiffany_and_co"),
    "tag_heuer": ("tagheuer",),
    "moet_chandon": ("moet", "moet_and_chandon"),
    "acqua_di_parma": ("acqua",),
    "emilio_pucci": ("pucci",),
}


class CatalogFileError(ValueError):
    """A catalog file that cannot be used at all; the message names the file and the problem."""


@dataclass(frozen=True)
class CatalogLoad:
    """A validated catalog (:data:`CATALOG_COLUMNS`) and the rows rejected on the way."""

    catalog: pd.DataFrame
    rejected: pd.DataFrame  # REJECTED_PRODUCTS_COLUMNS
    source: str
    is_demo: bool = False


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Lower-case ASCII snake_case: ``"Tiffany & Co."`` -> ``tiffany_co``."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")


def normalize_category(value: str) -> str:
    """Canonical category for a raw label (``"Ready-to-Wear"`` -> ``ready_to_wear``); unknown
    labels come back as their slug."""
    key = slug(value)
    return CATEGORY_ALIASES.get(key, key)


def category_to_concepts(category: str) -> tuple[str, ...]:
    """Concept labels matching a catalog category; the first is the taxonomy's product_type label."""
    key = normalize_category(category)
    return CATEGORY_CONCEPTS.get(key, (key,) if key else ())


def brand_to_concepts(brand: str) -> tuple[str, ...]:
    """Concept labels matching a house name (``"Louis Vuitton"`` -> ``louis_vuitton``, ``lv``)."""
    key = slug(brand)
    if not key:
        return ()
    labels = [key, *HOUSE_ALIASES.get(key, ())]
    if "&" in str(brand):
        labels.append(slug(str(brand).replace("&", " and ")))
    return tuple(dict.fromkeys(labels))


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")


def parse_price(raw: str) -> float | None:
    """EUR amount from a price cell (``"2,600.00"``, ``"2 600,00 €"``, ``"EUR 950"``), else None.

    A separator followed by exactly three digits groups thousands unless it is the last of
    two different separators; otherwise it is the decimal mark.
    """
    text = re.sub(r"(?i)eur|€|\s|\u00a0|\u202f|'", "", str(raw))
    if not text or not _NUMBER.match(text):
        return None
    seps = [ch for ch in text if ch in ".,"]
    if len(set(seps)) == 2:
        decimal = seps[-1]
        text = text.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif seps:
        parts = text.split(seps[0])
        if len(parts) > 2 or len(parts[-1]) == 3:
            text = "".join(parts)
        else:
            text = text.replace(seps[0], ".")
    value = float(text)
    return value if math.isfinite(value) else None


def _header_index(header: list[str], path: Path) -> dict[str, int]:
    index = {h.strip().lower(): i for i, h in enumerate(header)}
    missing = [c for c in REQUIRED_COLUMNS if c not in index]
    if missing:
        raise CatalogFileError(
            f"{path}: catalog header is missing column(s) {', '.join(missing)}; expected "
            f"{','.join(REQUIRED_COLUMNS)}[,brand], found {','.join(header)}"
        )
    return index


def _row_problem(values: dict[str, str], price: float | None) -> str | None:
    for column in ("product_id", "name", "category"):
        if not values[column]:
            return f"missing {column}"
    if price is None:
        return f"price {values['price']!r} is not a number"
    if price <= 0:
        return f"price {values['price']!r} must be > 0"
    return None


def read_catalog(path: Path | str) -> CatalogLoad:
    """Read and validate a ``catalog.csv`` (read-only); raises :class:`CatalogFileError`.

    Rows with a wrong field count, a missing id / name / category, a non-positive or
    unparsable price, or a duplicate ``product_id`` are rejected with their line and reason.
    Categories are normalized (:func:`normalize_category`); a missing ``brand`` column gives "".
    """
    path = Path(path)
    try:
        raw = read_raw_table(path)
    except NotesFileError as exc:
        raise CatalogFileError(str(exc)) from exc
    index = _header_index(raw.header, path)
    rows: list[dict[str, object]] = []
    rejected: list[tuple[str, int, str, str]] = []
    first_line: dict[str, int] = {}
    for line, fields in raw.records:
        pid = fields[index["product_id"]].strip() if index["product_id"] < len(fields) else ""
        if line == raw.unterminated_line:
            rejected.append((path.name, line, pid, "quoted field never closed"))
            continue
        if len(fields) != len(raw.header):
            rejected.append((path.name, line, pid, f"{len(fields)} fields, header has {len(raw.header)}"))
            continue
        values = {c: fields[i].strip() for c, i in index.items()}
        price = parse_price(values["price"])
        problem = _row_problem(values, price)
        if problem is None and pid in first_line:
            problem = f"duplicate product_id {pid} (first on line {first_line[pid]})"
        if problem is not None:
            rejected.append((path.name, line, pid, problem))
            continue
        first_line[pid] = line
        rows.append(
            {
                "product_id": pid,
                "name": redact_contacts(values["name"]),
                "description": redact_contacts(values["description"]),
                "category": normalize_category(values["category"]),
                "price": float(price),  # type: ignore[arg-type]
                "brand": values.get("brand", ""),
            }
        )
    if not rows:
        reasons = "; ".join(f"line {line}: {reason}" for _, line, _, reason in rejected[:3])
        raise CatalogFileError(f"{path}: no valid product rows" + (f" ({reasons})" if reasons else ""))
    catalog = pd.DataFrame(rows, columns=CATALOG_COLUMNS)
    catalog["product_id"] = client_ids_for(path.parent).apply(catalog["product_id"].tolist())
    rejected_df = pd.DataFrame(rejected, columns=REJECTED_PRODUCTS_COLUMNS)
    return CatalogLoad(catalog=catalog, rejected=rejected_df, source=str(path), is_demo=False)


def demo_catalog() -> pd.DataFrame:
    """The built-in demo catalog (the synthetic generator's) with :data:`CATALOG_COLUMNS`."""
    from lvmh_pipeline.lib.synthetic import build_catalog, catalog_frame

    frame = catalog_frame(build_catalog())[CATALOG_COLUMNS].copy()
    frame["category"] = frame["category"].map(normalize_category)
    frame["price"] = frame["price"].astype(float)
    return frame


def load_catalog(path: Path | str | None) -> CatalogLoad:
    """The house's catalog at ``path``, or the demo catalog when ``path`` is None or absent."""
    if path is None or not Path(path).exists():
        return CatalogLoad(catalog=demo_catalog(), rejected=pd.DataFrame(columns=REJECTED_PRODUCTS_COLUMNS),
                           source=DEMO_SOURCE, is_demo=True)
    return read_catalog(path)


def product_text(catalog: pd.DataFrame) -> list[str]:
    """One text per product, what gets embedded: ``"<name>. <category> by <brand>. <description>"``."""
    texts = []
    for name, category, brand, description in zip(
        catalog["name"], catalog["category"], catalog["brand"].fillna(""), catalog["description"].fillna("")
    ):
        label = str(category).replace("_", " ")
        head = f"{name}. {label.capitalize()}" + (f" by {brand}" if str(brand).strip() else "")
        texts.append(f"{head}. {description}".strip())
    return texts
