import pandas as pd

from lvmh_pipeline.lib.recommendations.catalog import CATALOG_COLUMNS
from lvmh_pipeline.lib.recommendations.catalog_attributes import PRODUCT_CONCEPTS_COLUMNS, colors_and_materials, product_concepts


def test_longest_phrase_wins_and_hardware_finishes_are_ignored():
    colors, materials = colors_and_materials("Ring in 18k white gold set with diamonds")
    assert colors == () and materials == ("white_gold", "diamond")
    colors, materials = colors_and_materials("Tote in cognac calfskin with gold-tone hardware")
    assert colors == ("cognac",) and materials == ("calfskin", "leather")
    colors, materials = colors_and_materials("Pendant in Rose Gold, Navy Blue enamel; stainless steel chain")
    assert colors == ("rose_gold", "navy") and materials == ("rose_gold", "steel")


def test_words_inside_other_words_do_not_match():
    assert colors_and_materials("Redesigned tandem Bluetooth goldsmith") == ((), ())


def test_product_concepts_per_row_and_no_attributes_for_scents():
    catalog = pd.DataFrame(
        [("P1", "Keepall 55", "Weekend bag in brown canvas, cognac leather trim", "travel_bag", 2600.0, "Louis Vuitton"),
         ("P2", "Sauvage", "Notes of pink pepper and leather accord", "fragrance", 145.0, "Dior")],
        columns=CATALOG_COLUMNS,
    )
    concepts = product_concepts(catalog)
    assert list(concepts.columns) == PRODUCT_CONCEPTS_COLUMNS
    first = concepts.iloc[0]
    assert first["category_concepts"] == ("travel_bag",) and first["brand_concepts"][0] == "louis_vuitton"
    assert first["colors"] == ("brown", "cognac") and first["materials"] == ("canvas", "leather")
    second = concepts.iloc[1]
    assert second["category_concepts"][0] == "fragrance_product"
    assert second["colors"] == () and second["materials"] == ()
