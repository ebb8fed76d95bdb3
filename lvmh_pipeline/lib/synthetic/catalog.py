"""Demo product catalog of LVMH-style houses (deterministic, seed-independent).

Line names echo the houses' well-known lines (some invented); variants, descriptions and prices
are demo values at plausible EUR levels per house and category, not actual retail data.
Each product keeps its colour, material and style internally so that the transaction simulator
can bias choices toward a persona's tastes; the CSV carries them in the description.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

CATALOG_COLUMNS: list[str] = ["product_id", "name", "description", "category", "price", "brand"]

CATEGORIES: tuple[str, ...] = (
    "handbag", "travel_bag", "luggage", "small_leather_goods", "wallet", "briefcase", "belt",
    "watch", "jewelry", "fragrance", "skincare", "scarf", "shoes", "ready_to_wear", "sunglasses",
)


@dataclass(frozen=True)
class Product:
    """One catalog item with the latent attributes used for preference matching."""

    product_id: str
    name: str
    description: str
    category: str
    price: float
    brand: str
    color: str
    material: str
    style: str


# (house, category, line names, price range EUR, materials, colours)
_LINES: list[tuple[str, str, tuple[str, ...], tuple[int, int], tuple[str, ...], tuple[str, ...]]] = [
    ("Louis Vuitton", "handbag", ("Rivage", "Montaigne Soft", "Boréale"), (1900, 6500),
     ("canvas", "calfskin", "grained_leather"), ("brown", "black", "beige", "cognac")),
    ("Louis Vuitton", "travel_bag", ("Horizon Weekender", "Keepall Line"), (2200, 4800),
     ("canvas", "calfskin"), ("brown", "black", "navy")),
    ("Louis Vuitton", "luggage", ("Trunkmaker Rolling",), (3200, 5200),
     ("canvas",), ("brown", "black")),
    ("Louis Vuitton", "small_leather_goods", ("Pochette Atelier", "Card Holder Damier"), (450, 1600),
     ("canvas", "calfskin"), ("brown", "black", "pink")),
    ("Louis Vuitton", "wallet", ("Zippy Atelier", "Slender Fold"), (550, 1100),
     ("canvas", "grained_leather"), ("brown", "black", "burgundy")),
    ("Louis Vuitton", "scarf", ("Monogram Shine Shawl",), (480, 950), ("silk", "wool"), ("beige", "black", "pink")),
    ("Louis Vuitton", "shoes", ("Riviera Loafer",), (890, 1350), ("calfskin",), ("black", "brown")),
    ("Louis Vuitton", "watch", ("Tambour Horizon",), (3800, 14500), ("steel", "gold"), ("black", "silver")),
    ("Dior", "handbag", ("Lady Atelier", "Saddle Line", "Book Tote Studio"), (2600, 7800),
     ("lambskin", "calfskin", "canvas"), ("black", "beige", "pink", "navy", "burgundy")),
    ("Dior", "ready_to_wear", ("Bar Jacket Studio", "Atelier Cashmere Coat"), (2400, 5200),
     ("wool", "cashmere"), ("black", "navy", "beige", "grey")),
    ("Dior", "shoes", ("J'Adior Slingback", "Explorer Sneaker"), (750, 1250),
     ("calfskin", "mesh"), ("black", "white", "beige")),
    ("Dior", "fragrance", ("Sauvage Elixir", "Miss Bloom", "La Collection Privée"), (110, 380),
     ("glass",), ("gold", "pink", "blue")),
    ("Dior", "jewelry", ("Rose des Vents", "Oui Ring"), (1800, 9500),
     ("gold", "rose_gold", "diamond"), ("gold", "rose_gold")),
    ("Dior", "scarf", ("Toile de Jouy Mitzah",), (390, 690), ("silk",), ("navy", "pink", "beige")),
    ("Fendi", "handbag", ("Baguette Nova", "Peekaboo Soft"), (2300, 6200),
     ("calfskin", "suede", "canvas"), ("beige", "black", "brown", "green")),
    ("Fendi", "small_leather_goods", ("FF Card Case",), (390, 720), ("calfskin",), ("brown", "black")),
    ("Fendi", "ready_to_wear", ("Roma Knit", "Selleria Coat"), (1200, 4200), ("cashmere", "wool"), ("beige", "brown", "grey")),
    ("Fendi", "shoes", ("Colibrì Pump",), (790, 1100), ("calfskin",), ("black", "beige")),
    ("Celine", "handbag", ("Triomphe Classique", "Ava Line", "Luggage Studio"), (2200, 5400),
     ("calfskin", "canvas"), ("black", "cognac", "beige", "brown")),
    ("Celine", "wallet", ("Triomphe Compact",), (520, 890), ("calfskin",), ("black", "cognac")),
    ("Celine", "sunglasses", ("Cat Eye Triomphe", "Square Bold"), (390, 560), ("acetate",), ("black", "brown")),
    ("Celine", "ready_to_wear", ("Blazer Parisien",), (1800, 3200), ("wool",), ("black", "navy")),
    ("Loewe", "handbag", ("Puzzle Fold", "Hammock Soft", "Flamenco Knot"), (2100, 4800),
     ("calfskin", "suede"), ("cognac", "beige", "green", "black", "burgundy")),
    ("Loewe", "small_leather_goods", ("Anagram Pouch",), (390, 690), ("calfskin",), ("cognac", "beige")),
    ("Loewe", "fragrance", ("Aire Sutileza", "Esencia Eau"), (95, 190), ("glass",), ("green", "beige")),
    ("Loewe", "ready_to_wear", ("Anagram Knit",), (890, 1900), ("wool", "cotton"), ("beige", "navy")),
    ("Givenchy", "handbag", ("Antigona Soft", "Voyou Line"), (1900, 3900), ("calfskin",), ("black", "beige", "burgundy")),
    ("Givenchy", "ready_to_wear", ("4G Tailored Jacket",), (1500, 2900), ("wool",), ("black", "grey")),
    ("Givenchy", "fragrance", ("L'Interdit Rouge", "Gentleman Réserve"), (95, 220), ("glass",), ("red", "black")),
    ("Givenchy", "shoes", ("Shark Lock Boot",), (990, 1400), ("calfskin",), ("black",)),
    ("Bulgari", "jewelry", ("Serpenti Coil", "B.zero Ring", "Divas' Dream"), (1600, 38000),
     ("gold", "rose_gold", "white_gold", "diamond"), ("gold", "rose_gold", "silver")),
    ("Bulgari", "watch", ("Octo Finissimo", "Serpenti Tubogas"), (9800, 32000),
     ("titanium", "steel", "gold"), ("silver", "gold", "rose_gold")),
    ("Bulgari", "fragrance", ("Omnia Crystalline", "Le Gemme Tygar"), (110, 340), ("glass",), ("gold", "blue")),
    ("Bulgari", "handbag", ("Serpenti Forever",), (2600, 4600), ("calfskin",), ("black", "red", "beige")),
    ("Tiffany & Co.", "jewelry", ("T Wire", "HardWear Link", "Victoria Bloom", "Elsa Teardrop"), (450, 28000),
     ("silver", "gold", "rose_gold", "platinum", "diamond"), ("silver", "gold", "rose_gold")),
    ("Tiffany & Co.", "watch", ("East West Automatic",), (5800, 12500), ("steel", "gold"), ("silver", "gold")),
    ("TAG Heuer", "watch", ("Carrera Chronograph", "Aquaracer Professional", "Monaco Heritage"), (2400, 8900),
     ("steel", "titanium", "ceramic"), ("black", "blue", "silver", "green")),
    ("Hublot", "watch", ("Big Bang Unico", "Classic Fusion", "Spirit of Big Bang"), (9800, 36000),
     ("titanium", "ceramic", "gold"), ("black", "blue", "gold")),
    ("Zenith", "watch", ("Chronomaster Sport", "Defy Skyline"), (7900, 14500), ("steel",), ("black", "blue", "silver")),
    ("Chaumet", "jewelry", ("Joséphine Aigrette", "Bee My Love"), (1400, 22000),
     ("gold", "white_gold", "diamond"), ("gold", "silver")),
    ("Fred", "jewelry", ("Force 10 Bracelet", "Pretty Woman"),
     (1200, 9800), ("gold", "steel", "rose_gold"), ("gold", "rose_gold")),
    ("Guerlain", "fragrance", ("L'Heure Bleue Extrait", "Aqua Allegoria", "Habit Rouge"),
     (90, 420), ("glass",), ("gold", "pink", "red")),
    ("Guerlain", "skincare", ("Orchidée Impériale Cream", "Abeille Royale Serum"), (130, 560), ("glass",), ("gold", "white")),
    ("Acqua di Parma", "fragrance", ("Colonia Essenza", "Blu Mediterraneo"), (95, 260), ("glass",), ("blue", "beige")),
    ("Berluti", "shoes", ("Alessandro Oxford", "Playtime Sneaker"),
     (1200, 2400), ("calfskin", "suede"), ("brown", "black", "navy")),
    ("Berluti", "briefcase", ("Un Jour Scritto", "Deux Jours Venezia"),
     (3200, 5600), ("calfskin",), ("brown", "black", "cognac")),
    ("Berluti", "small_leather_goods", ("Makore Card Holder",), (390, 790), ("calfskin",), ("brown", "navy")),
    ("Berluti", "belt", ("Scritto Reversible Belt",), (550, 890), ("calfskin",), ("brown", "black")),
    ("Berluti", "ready_to_wear", ("Venezia Leather Jacket",), (3900, 6800), ("calfskin", "suede"), ("brown", "navy")),
    ("Loro Piana", "ready_to_wear", ("Baby Cashmere Cardigan", "Storm System Jacket", "Open Walk Coat"), (1600, 5800),
     ("cashmere", "wool"), ("beige", "grey", "navy", "camel")),
    ("Loro Piana", "scarf", ("Grande Unita Stole",), (890, 1650), ("cashmere",), ("beige", "grey", "camel")),
    ("Loro Piana", "shoes", ("Summer Walk Loafer", "Open Walk Boot"), (790, 1350), ("suede",), ("beige", "navy", "brown")),
    ("Loro Piana", "travel_bag", ("Extra Pocket Weekender",), (3800, 5200), ("calfskin", "suede"), ("brown", "beige")),
    ("Rimowa", "luggage", ("Original Cabin", "Essential Check-In", "Classic Trunk"), (750, 2300),
     ("aluminium", "polycarbonate"), ("silver", "black", "green", "navy")),
    ("Rimowa", "travel_bag", ("Signature Duffle",), (1100, 1600), ("nylon", "calfskin"), ("black", "navy")),
    ("Moynat", "handbag", ("Réjane Studio", "Gabrielle Tote"), (4200, 9800), ("calfskin",), ("cognac", "burgundy", "black")),
    ("Emilio Pucci", "scarf", ("Marmo Print Square",), (290, 590), ("silk",), ("pink", "blue", "green")),
    ("Emilio Pucci", "ready_to_wear", ("Iride Silk Dress",), (1100, 2600), ("silk",), ("pink", "blue")),
    ("Kenzo", "ready_to_wear", ("Boke Flower Knit",), (290, 690), ("wool", "cotton"), ("green", "black", "red")),
    ("Marc Jacobs", "handbag", ("Tote Studio",), (450, 890), ("canvas", "calfskin"), ("black", "beige", "pink")),
]

_SHAPE = {
    "handbag": ("top-handle bag", "shoulder bag", "tote", "crossbody bag"),
    "travel_bag": ("weekender", "duffle bag", "travel holdall"),
    "luggage": ("cabin trolley", "check-in suitcase", "rolling trunk"),
    "small_leather_goods": ("card holder", "pouch", "key holder"),
    "wallet": ("zip wallet", "bifold wallet", "compact wallet"),
    "briefcase": ("briefcase", "document holder"),
    "belt": ("reversible belt",),
    "watch": ("automatic watch", "chronograph", "dress watch"),
    "jewelry": ("bracelet", "ring", "pendant necklace", "earrings"),
    "fragrance": ("eau de parfum", "extrait", "eau de toilette"),
    "skincare": ("face cream", "serum"),
    "scarf": ("square scarf", "stole", "shawl"),
    "shoes": ("loafer", "sneaker", "pump", "boot"),
    "ready_to_wear": ("jacket", "coat", "cardigan", "dress"),
    "sunglasses": ("sunglasses",),
}
_STYLES = ("classic", "modern", "minimalist", "statement", "sporty", "heritage")
_STYLE_WORDS = {
    "classic": "timeless classic lines", "modern": "clean modern silhouette",
    "minimalist": "understated minimalist design", "statement": "bold statement piece",
    "sporty": "relaxed sporty profile", "heritage": "heritage craftsmanship details",
}
_SIZES = {"handbag": ("PM", "MM", "GM"), "travel_bag": ("45", "50", "55")}
_METAL_COLOR = {"gold": "gold", "rose_gold": "rose_gold"}
CATALOG_SEED = 20240101  # the demo catalog is the same whatever the dataset seed


_DETAILS = {
    "handbag": "detachable adjustable strap, suede-lined interior",
    "travel_bag": "padlock and name tag, sized for a weekend away",
    "luggage": "four silent wheels, TSA lock, lifetime repair service",
    "small_leather_goods": "four card slots, hand-painted edges",
    "wallet": "twelve card slots, zipped coin pocket",
    "briefcase": "padded laptop compartment, combination lock",
    "belt": "reversible strap, interchangeable buckle",
    "watch": "sapphire crystal, 100 m water resistance",
    "jewelry": "handcrafted setting, signature gift box",
    "fragrance": "refillable bottle",
    "skincare": "for all skin types",
    "scarf": "hand-rolled edges",
    "shoes": "leather sole, made in Italy",
    "ready_to_wear": "regular fit, made in Italy",
    "sunglasses": "UV400 lenses, signature temples",
}
_HARDWARE = frozenset({"handbag", "travel_bag", "small_leather_goods", "wallet", "briefcase", "belt", "shoes"})
_SCENT_SIZES = (("50 ml", 1.0), ("100 ml", 1.55))


def _shape_for(line: str, category: str, rng: np.random.Generator) -> str:
    """The product noun named by the line ("Riviera Loafer" -> loafer), else a typical one."""
    words = line.lower().split()
    for shape in _SHAPE[category]:
        if shape.split()[-1] in words:
            return shape
    return str(rng.choice(_SHAPE[category]))


def _describe(shape: str, material: str, color: str, style: str, category: str, size: str) -> str:
    mat = material.replace("_", " ")
    col = color.replace("_", " ")
    detail = _DETAILS[category]
    if category in ("fragrance", "skincare"):
        return f"{shape.capitalize()}, {size} {col}-accented glass flacon; {_STYLE_WORDS[style]}; {detail}."
    if material == "diamond":
        return f"{shape.capitalize()} in white gold set with diamonds; {_STYLE_WORDS[style]}; {detail}."
    if category in ("watch", "jewelry"):
        return f"{shape.capitalize()} in {mat}, {col} tones; {_STYLE_WORDS[style]}; {detail}."
    text = f"{shape.capitalize()} in {col} {mat}"
    if category in _HARDWARE:
        hardware = "gold-tone" if color in ("beige", "cognac", "brown", "pink", "camel") else "palladium-finish"
        text += f" with {hardware} hardware"
    return f"{text}; {_STYLE_WORDS[style]}; {detail}."


def _round_price(price: float) -> float:
    step = 5 if price < 300 else 10 if price < 1000 else 50
    return float(round(price / step) * step)


def build_catalog() -> list[Product]:
    """Return the demo catalog (about 200 products), identical on every call."""
    rng = np.random.default_rng(CATALOG_SEED)
    products: list[Product] = []
    for house, category, lines, (lo, hi), materials, colors in _LINES:
        for line in lines:
            shape = _shape_for(line, category, rng)
            style = str(rng.choice(_STYLES))
            # Log-uniform base price inside the house's range; variants differ by size/material.
            base = float(np.exp(rng.uniform(np.log(lo), np.log(hi))))
            if category == "jewelry":
                combos = [(m, _METAL_COLOR.get(m, "silver")) for m in materials]
            else:
                combos = [(m, c) for m in materials for c in colors]
            n_variants = 1 if category in ("sunglasses", "belt") else 2
            if category in ("fragrance", "skincare"):
                material, color = combos[int(rng.integers(len(combos)))]
                variants = [(material, color, size, factor) for size, factor in _SCENT_SIZES]
            else:
                picks = rng.choice(len(combos), size=min(n_variants, len(combos)), replace=False)
                variants = [(*combos[int(i)], "", float(rng.uniform(0.85, 1.15))) for i in picks]
            for material, color, size, factor in variants:
                price = _round_price(base * factor)
                mat_label = material.replace("_", " ").title()
                col_label = color.replace("_", " ").title()
                if category == "jewelry":
                    variant = mat_label
                elif category == "watch":
                    variant = f"{col_label} Dial {mat_label}"
                else:
                    variant = f"{col_label} {mat_label}"
                if size:
                    name = f"{house} {line} {shape.title()} {size}"
                else:
                    bag_size = f" {rng.choice(_SIZES[category])}" if category in _SIZES else ""
                    name = f"{house} {line}{bag_size}, {variant}"
                desc = _describe(shape, material, color, style, category, size)
                pid = f"P{len(products) + 1:04d}"
                products.append(Product(pid, name, desc, category, price, house, color, material, style))
    return _dedupe_names(products)


def _dedupe_names(products: list[Product]) -> list[Product]:
    """Number names that would otherwise repeat."""
    used: set[str] = set()
    out: list[Product] = []
    for p in products:
        name = p.name
        k = 2
        while name in used:
            name = f"{p.name} ({k})"
            k += 1
        used.add(name)
        out.append(Product(p.product_id, name, p.description, p.category, p.price, p.brand,
                           p.color, p.material, p.style))
    return out


def catalog_frame(products: list[Product]) -> pd.DataFrame:
    """The catalog as the ``catalog.csv`` contract: product_id,name,description,category,price,brand."""
    return pd.DataFrame(
        [(p.product_id, p.name, p.description, p.category, p.price, p.brand) for p in products],
        columns=CATALOG_COLUMNS,
    )


@lru_cache(maxsize=1)
def typical_prices() -> dict[str, float]:
    """Median demo-catalog price per category (EUR)."""
    by_cat: dict[str, list[float]] = {}
    for p in build_catalog():
        by_cat.setdefault(p.category, []).append(p.price)
    return {c: float(np.median(v)) for c, v in sorted(by_cat.items())}
