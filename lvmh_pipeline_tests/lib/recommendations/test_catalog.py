from pathlib import Path

import pandas as pd
import pytest

from lvmh_pipeline.lib.recommendations.catalog import (
    CATALOG_COLUMNS,
    CATEGORY_CONCEPTS,
    REJECTED_PRODUCTS_COLUMNS,
    CatalogFileError,
    brand_to_concepts,
    category_to_concepts,
    demo_catalog,
    load_catalog,
    normalize_category,
    parse_price,
    product_text,
    read_catalog,
)

HEADER = "product_id,name,description,category,price,brand\n"


def _write(tmp_path: Path, text: str, name: str = "catalog.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_a_valid_catalog_with_normalized_categories(tmp_path):
    path = _write(
        tmp_path,
        HEADER
        + 'P1,Keepall 55,"Weekend bag in canvas, cognac trim",Travel Bag,"2,600.00",Louis Vuitton\n'
        + "P2,Sauvage 100 ml,Eau de parfum,Perfume,145,Dior\n",
    )
    load = read_catalog(path)
    assert list(load.catalog.columns) == CATALOG_COLUMNS
    assert load.catalog["category"].tolist() == ["travel_bag", "fragrance"]
    assert load.catalog["price"].tolist() == [2600.0, 145.0]
    assert load.catalog.loc[0, "description"] == "Weekend bag in canvas, cognac trim"
    assert load.rejected.empty and list(load.rejected.columns) == REJECTED_PRODUCTS_COLUMNS
    assert load.source == str(path) and not load.is_demo


def test_bad_rows_are_rejected_with_line_and_reason(tmp_path):
    path = _write(
        tmp_path,
        HEADER
        + 'P1,Lady Dior,"Bag in lambskin,\nmulti-line description",handbag,6500,Dior\n'  # lines 2-3
        + ",No id,desc,handbag,100,Dior\n"  # line 4
        + "P3,Bad price,desc,handbag,cheap,Dior\n"  # line 5
        + "P4,Free,desc,handbag,0,Dior\n"  # line 6
        + "P1,Duplicate,desc,handbag,100,Dior\n"  # line 7
        + "P5,Short row,desc,handbag\n"  # line 8
        + "P6,,desc,handbag,100,Dior\n"  # line 9
        + "P7,Scarf,desc,scarf,390,Dior\n",  # line 10
    )
    load = read_catalog(path)
    assert load.catalog["product_id"].tolist() == ["P1", "P7"]
    reasons = dict(zip(load.rejected["source_line"], load.rejected["reason"]))
    assert reasons[4] == "missing product_id"
    assert "not a number" in reasons[5]
    assert "must be > 0" in reasons[6]
    assert reasons[7] == "duplicate product_id P1 (first on line 2)"
    assert "4 fields" in reasons[8]
    assert reasons[9] == "missing name"
    assert set(load.rejected["source_file"]) == {"catalog.csv"}


def test_wrong_header_names_the_file_and_the_missing_columns(tmp_path):
    path = _write(tmp_path, "sku,title,price\nP1,Bag,100\n", name="house_catalog.csv")
    with pytest.raises(CatalogFileError) as err:
        read_catalog(path)
    message = str(err.value)
    assert "house_catalog.csv" in message and "product_id" in message and "category" in message


def test_file_without_any_valid_row_fails(tmp_path):
    path = _write(tmp_path, HEADER + "P1,Bag,desc,handbag,-5,Dior\n")
    with pytest.raises(CatalogFileError, match="no valid product rows"):
        read_catalog(path)


def test_missing_file_and_empty_file_fail_with_the_path(tmp_path):
    with pytest.raises(CatalogFileError, match="nope.csv"):
        read_catalog(tmp_path / "nope.csv")
    with pytest.raises(CatalogFileError, match="empty"):
        read_catalog(_write(tmp_path, ""))


def test_semicolon_latin1_file_without_brand_column(tmp_path):
    text = "product_id;name;description;category;price\nP1;Carré soie;Foulard;Scarves;390,00\n"
    load = read_catalog(_write(tmp_path, text, encoding="latin-1"))
    row = load.catalog.iloc[0]
    assert (row["name"], row["category"], row["price"], row["brand"]) == ("Carré soie", "scarf", 390.0, "")


@pytest.mark.parametrize(
    "raw, expected",
    [("2,600.00", 2600.0), ("2 600,00 €", 2600.0), ("EUR 950", 950.0), ("1.250", 1250.0),
     ("12.50", 12.5), ("1,5", 1.5), ("1.234.567,89", 1234567.89), ("abc", None), ("-3", None), ("", None)],
)
def test_parse_price(raw, expected):
    assert parse_price(raw) == expected


def test_demo_catalog_is_the_generator_catalog_and_valid():
    from lvmh_pipeline.lib.synthetic import build_catalog

    catalog = demo_catalog()
    assert len(catalog) == len(build_catalog()) >= 60
    assert catalog["product_id"].is_unique and catalog["name"].is_unique
    assert (catalog["price"] > 0).all()
    assert catalog["description"].str.len().min() > 20
    assert set(catalog["category"]) <= set(CATEGORY_CONCEPTS)
    assert {"handbag", "travel_bag", "watch", "jewelry", "fragrance", "wallet", "briefcase"} <= set(catalog["category"])
    assert catalog["brand"].nunique() >= 10
    assert load_catalog(None).rejected.empty


def test_load_catalog_falls_back_to_demo(tmp_path):
    assert load_catalog(None).is_demo
    assert load_catalog(tmp_path / "catalog.csv").is_demo
    own = _write(tmp_path, HEADER + "P1,Bag,desc,handbag,100,Dior\n")
    assert not load_catalog(own).is_demo and len(load_catalog(own).catalog) == 1


def test_product_text_holds_name_category_brand_and_description():
    catalog = pd.DataFrame(
        [("P1", "Keepall 55", "Weekend bag in canvas.", "travel_bag", 2600.0, "Louis Vuitton"),
         ("P2", "Plain", None, "small_leather_goods", 300.0, None)],
        columns=CATALOG_COLUMNS,
    )
    texts = product_text(catalog)
    assert texts[0] == "Keepall 55. Travel bag by Louis Vuitton. Weekend bag in canvas."
    assert texts[1] == "Plain. Small leather goods."


def test_category_to_concepts():
    assert category_to_concepts("fragrance")[0] == "fragrance_product"
    assert category_to_concepts("Perfumes")[0] == "fragrance_product"
    assert category_to_concepts("Ready-to-Wear") == ("ready_to_wear",)
    assert category_to_concepts("travel_bag") == ("travel_bag",)
    assert category_to_concepts("Home Decor") == ("home_decor",)
    assert normalize_category("Jewellery") == "jewelry"


def test_brand_to_concepts():
    assert brand_to_concepts("Louis Vuitton")[0] == "louis_vuitton"
    assert brand_to_concepts("TAG Heuer")[0] == "tag_heuer"
    assert brand_to_concepts("Bulgari") == ("bulgari", "bvlgari")
    tiffany = brand_to_concepts("Tiffany & Co.")
    assert {"tiffany_co", "tiffany", "tiffany_and_co"} <= set(tiffany)
    assert brand_to_concepts("Moët & Chandon")[0] == "moet_chandon"
    assert brand_to_concepts("") == ()
