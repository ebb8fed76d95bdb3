"""Latent client personas: who a client is and how they buy.

A persona is drawn from an archetype (VIP collector, occasional gifter, ...) with per-client
noise, so the archetype shapes but never fixes a client's purchase rate, churn hazard and
budget. Every attribute is a canonical key; the note composer renders it in the note's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from .config import ALLERGIES, DIETS, LANGUAGE_WEIGHTS, TIMELINE
from .catalog import CATEGORIES


@dataclass(frozen=True)
class Archetype:
    """Distribution of latent parameters for one kind of client."""

    weight: float
    budget_eur: tuple[float, float]  # median, log-sd of the typical spend per occasion
    rate: tuple[float, float]  # median, log-sd of purchases per active year
    hazard: tuple[float, float]  # median, log-sd of churn hazard per year
    age: tuple[int, int]
    vip: float  # probability the client is VIP
    price_sensitive: float
    complaint_scale: float  # multiplies the hazard-driven complaint probability
    note_rate: float  # appointments with a note per active year
    recent: float  # probability the client was acquired during the simulated period
    categories: tuple[str, ...]  # categories this archetype leans toward


ARCHETYPES: dict[str, Archetype] = {
    "vip_collector": Archetype(0.08, (16000, 0.45), (6.0, 0.35), (0.06, 0.5), (42, 75), 0.85, 0.0,
                               0.5, 2.8, 0.15, ("jewelry", "watch", "handbag", "ready_to_wear")),
    "loyal_regular": Archetype(0.20, (4500, 0.45), (3.4, 0.35), (0.12, 0.5), (35, 72), 0.15, 0.05,
                               0.8, 2.3, 0.2, ("handbag", "small_leather_goods", "scarf", "shoes")),
    "occasional_gifter": Archetype(0.24, (2800, 0.5), (1.3, 0.4), (0.25, 0.5), (30, 70), 0.02, 0.15,
                                   1.0, 1.9, 0.45, ("wallet", "fragrance", "scarf", "jewelry")),
    "new_high_potential": Archetype(0.11, (9000, 0.55), (3.5, 0.5), (0.35, 0.6), (26, 50), 0.35, 0.02,
                                    0.8, 2.5, 0.9, ("handbag", "travel_bag", "watch", "ready_to_wear")),
    "price_sensitive": Archetype(0.14, (1200, 0.45), (0.9, 0.45), (0.4, 0.5), (24, 55), 0.0, 0.85,
                                 1.2, 1.8, 0.5, ("fragrance", "small_leather_goods", "scarf", "sunglasses")),
    "at_risk": Archetype(0.10, (4000, 0.5), (2.2, 0.4), (0.9, 0.4), (30, 68), 0.1, 0.2,
                         3.0, 2.2, 0.3, ("handbag", "shoes", "luggage", "wallet")),
    "browser": Archetype(0.08, (2500, 0.5), (0.25, 0.5), (0.5, 0.5), (22, 60), 0.0, 0.3,
                         0.8, 1.9, 0.6, ("handbag", "fragrance", "jewelry")),
    "corporate_gifting": Archetype(0.05, (9000, 0.45), (1.8, 0.35), (0.15, 0.5), (38, 62), 0.2, 0.3,
                                   0.8, 2.0, 0.4, ("small_leather_goods", "wallet", "fragrance", "belt")),
}

HOUSES: tuple[str, ...] = (
    "Louis Vuitton", "Dior", "Fendi", "Celine", "Loewe", "Givenchy", "Bulgari", "Tiffany & Co.",
    "TAG Heuer", "Hublot", "Zenith", "Chaumet", "Fred", "Guerlain", "Acqua di Parma", "Berluti",
    "Loro Piana", "Rimowa", "Moynat", "Emilio Pucci", "Kenzo", "Marc Jacobs",
)
COLORS: tuple[str, ...] = (
    "black", "navy", "cognac", "brown", "beige", "burgundy", "grey", "white", "red", "pink",
    "green", "blue", "camel", "gold", "rose_gold", "silver",
)
MATERIALS: tuple[str, ...] = (
    "leather", "calfskin", "canvas", "suede", "silk", "cashmere", "wool", "gold", "rose_gold",
    "white_gold", "silver", "steel", "titanium", "ceramic", "lambskin", "diamond",
)
PROFESSIONS: tuple[str, ...] = (
    "lawyer", "doctor", "surgeon", "banker", "entrepreneur", "architect", "engineer", "consultant",
    "professor", "teacher", "journalist", "gallery_owner", "interior_designer", "pharmacist",
    "dentist", "executive", "investor", "influencer", "chef", "athlete", "musician", "notary",
    "pilot", "fashion_designer", "retired",
)
HOBBIES: tuple[str, ...] = (
    "golf", "tennis", "sailing", "yoga", "pilates", "running", "skiing", "contemporary_art",
    "opera", "classical_music", "wine", "photography", "equestrian", "diving", "cycling",
    "gastronomy", "reading", "hiking", "design", "fashion",
)
DESTINATIONS: tuple[str, ...] = (
    "japan", "new_york", "dubai", "maldives", "provence", "tuscany", "st_barth", "alps", "bali",
    "london", "marrakech", "kenya", "amalfi", "mykonos", "hong_kong",
)
STYLES: tuple[str, ...] = ("classic", "modern", "minimalist", "statement", "sporty", "heritage")
COLLECTIONS: tuple[str, ...] = ("art", "watches", "wine", "books", "photography", "design", "cars", "jewelry")
RELATIVES: tuple[str, ...] = (
    "wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "friend_f",
    "friend_m", "granddaughter", "grandson", "colleague",
)
# Occasions that fall on a fixed month; the note names the holiday, never the month.
FIXED_MONTH_OCCASIONS: dict[str, int] = {"christmas": 12, "valentines_day": 2, "lunar_new_year": 2}
_RELATIVE_PROFESSIONS = ("lawyer", "doctor", "architect", "engineer", "consultant", "teacher", "banker", "journalist")
# Typical age of a relative relative to the client's, before noise.
_RELATIVE_AGE_OFFSET: dict[str, int] = {
    "wife": -2, "husband": 2, "daughter": -29, "son": -29, "mother": 28, "father": 31, "sister": 0,
    "brother": 0, "friend_f": 0, "friend_m": 0, "granddaughter": -55, "grandson": -55, "colleague": 0,
}
_REGIONS: dict[str, tuple[tuple[str, float], ...]] = {
    "FR": (("FR", 0.9), ("CH", 0.1)), "EN": (("UK", 0.55), ("US", 0.45)),
    "DE": (("DE", 0.85), ("CH", 0.15)), "IT": (("IT", 0.93), ("CH", 0.07)),
    "ES": (("ES", 1.0),), "PT": (("PT", 1.0),), "NL": (("NL", 1.0),), "RU": (("RU", 1.0),),
    "JA": (("JP", 1.0),), "KO": (("KR", 1.0),), "ZH": (("CN", 0.7), ("HK", 0.3)), "AR": (("AE", 1.0),),
}


@dataclass(frozen=True)
class Occasion:
    """A recurring or one-off occasion; ``month`` is None when the client gave no month."""

    label: str
    month: int | None
    relative: str | None


@dataclass(frozen=True)
class Persona:
    """Latent description of one client (canonical keys only, no rendered text)."""

    client_id: str
    archetype: str
    gender: str  # F | M
    language: str
    region: str  # FR UK US CH DE IT ES PT NL RU JP KR CN HK AE: currency and PII formats
    surname_idx: int  # index into the language's surname table
    birth_year: int
    profession: str
    client_since: int  # year of first purchase (may predate the simulated history)
    acquisition: date  # first day the client can buy in the simulation
    budget_eur: float
    unlimited_budget: bool
    purchase_rate: float  # orders per active year (before seasonality)
    churn_hazard: float  # per year
    vip: bool
    price_sensitive: bool
    complaint_prob: float  # chance a given note carries a complaint
    note_rate: float
    relatives: tuple[str, ...]
    relative_ages: tuple[int, ...]  # in 2025, aligned with ``relatives``
    relative_professions: tuple[str, ...]  # aligned with ``relatives`` (used once they are adults)
    relative_hobbies: tuple[str, ...]  # aligned with ``relatives``
    occasions: tuple[Occasion, ...]
    hobbies: tuple[str, ...]
    destinations: tuple[str, ...]
    liked_colors: tuple[str, ...]
    disliked_color: str | None
    materials: tuple[str, ...]
    categories: tuple[str, ...]
    houses: tuple[str, ...]
    style: str  # one of the catalog styles
    collections: tuple[str, ...]
    allergies: tuple[str, ...]
    allergy_holder: str | None  # None = the client; else a relative key
    diets: tuple[str, ...]
    diet_holder: str | None
    followers_k: int | None  # social audience in thousands (a distractor number in notes)


def _pick(rng: np.random.Generator, items: tuple[str, ...], k: int, weights: list[float] | None = None) -> tuple[str, ...]:
    p = None if weights is None else np.asarray(weights, dtype=float) / float(np.sum(weights))
    idx = rng.choice(len(items), size=min(k, len(items)), replace=False, p=p)
    return tuple(items[int(i)] for i in sorted(idx))


def _holder(rng: np.random.Generator, rels: tuple[str, ...], prob: float) -> str | None:
    """Who an allergy / diet belongs to: the client (None) or a close relative."""
    close = [r for r in rels if r != "colleague"]
    if close and rng.random() < prob:
        return close[int(rng.integers(len(close)))]
    return None


def _relatives(rng: np.random.Generator, gender: str, age: int) -> tuple[str, ...]:
    rels: list[str] = []
    if rng.random() < 0.72:
        rels.append("husband" if (gender == "F") != (rng.random() < 0.05) else "wife")
    if age > 30:
        rels += [r for r in ("daughter", "son") if rng.random() < 0.45]
    if age > 62:
        rels += [r for r in ("granddaughter", "grandson") if rng.random() < 0.35]
    if age < 50:
        rels += [r for r in ("mother", "father") if rng.random() < 0.3]
    rels += [r for r in ("sister", "brother", "friend_f", "friend_m", "colleague") if rng.random() < 0.18]
    if not rels:
        rels.append(str(rng.choice(["friend_f", "friend_m", "mother", "sister"])))
    return tuple(rels)


def _relative_ages(rng: np.random.Generator, rels: tuple[str, ...], age: int) -> tuple[int, ...]:
    return tuple(max(3, age + _RELATIVE_AGE_OFFSET[r] + int(rng.integers(-5, 6))) for r in rels)


def _occasions(rng: np.random.Generator, rels: tuple[str, ...], age: int, archetype: str) -> tuple[Occasion, ...]:
    occ: list[Occasion] = []

    def month() -> int | None:
        return int(rng.integers(1, 13)) if rng.random() < 0.8 else None

    for rel in rels:
        if rel != "colleague" and rng.random() < 0.55:
            occ.append(Occasion("birthday", month(), rel))
    if ("wife" in rels or "husband" in rels) and rng.random() < 0.6:
        occ.append(Occasion("wedding_anniversary", month(), None))
    optional = [("graduation", ("daughter", "son", "granddaughter", "grandson")),
                ("wedding", ("daughter", "son", "friend_f", "friend_m", "sister", "brother")),
                ("new_job", ("daughter", "son", "friend_f")), ("promotion", (None,)), ("birth", ("daughter", "son", "sister")),
                ("retirement", ("colleague", "father", None)), ("engagement", ("daughter", "son", "brother")),
                ("housewarming", (None,)), ("baptism", ("grandson", "granddaughter", None))]
    for label, holders in optional:
        ok = [h for h in holders if h is None or h in rels]
        if ok and rng.random() < 0.12:
            holder = ok[int(rng.integers(len(ok)))]
            occ.append(Occasion(label, month(), holder))
    for label, holder in (("mothers_day", None), ("fathers_day", None), ("valentines_day", None)):
        if rng.random() < 0.1:
            occ.append(Occasion(label, 5 if label == "mothers_day" and rng.random() < 0.7 else None, holder))
    if rng.random() < (0.6 if archetype == "corporate_gifting" else 0.2):
        occ.append(Occasion("christmas", None, None))
    if not occ:
        occ.append(Occasion("birthday", month(), rels[0] if rels[0] != "colleague" else None))
    return tuple(occ)


def _acquisition(rng: np.random.Generator, recent_prob: float) -> tuple[date, int]:
    t = TIMELINE
    if rng.random() < recent_prob:
        span = (t.end - timedelta(days=60) - t.history_start).days
        acq = t.history_start + timedelta(days=int(rng.integers(0, span)))
        return acq, acq.year
    return t.history_start, int(rng.integers(2005, 2024))


def sample_persona(rng: np.random.Generator, client_id: str, surname_counts: dict[str, int]) -> Persona:
    """Draw one persona; ``surname_counts`` gives the size of each language's surname table."""
    names = list(ARCHETYPES)
    weights = np.array([ARCHETYPES[n].weight for n in names])
    arch_name = names[int(rng.choice(len(names), p=weights / weights.sum()))]
    a = ARCHETYPES[arch_name]
    langs = list(LANGUAGE_WEIGHTS)
    language = langs[int(rng.choice(len(langs), p=np.array(list(LANGUAGE_WEIGHTS.values())) / sum(LANGUAGE_WEIGHTS.values())))]
    regions = _REGIONS[language]
    region = regions[int(rng.choice(len(regions), p=[w for _, w in regions]))][0]
    gender = "F" if rng.random() < 0.62 else "M"
    age = int(rng.integers(a.age[0], a.age[1] + 1))
    rels = _relatives(rng, gender, age)
    acquisition, since = _acquisition(rng, a.recent)
    budget = float(a.budget_eur[0] * np.exp(rng.normal(0.0, a.budget_eur[1])))
    rate = float(a.rate[0] * np.exp(rng.normal(0.0, a.rate[1])))
    hazard = float(a.hazard[0] * np.exp(rng.normal(0.0, a.hazard[1])))
    vip = bool(rng.random() < a.vip)
    profession = "retired" if age >= 66 and rng.random() < 0.7 else str(rng.choice(PROFESSIONS[:-1]))
    cat_weights = [4.0 if c in a.categories else 1.0 for c in CATEGORIES]
    n_allergy = int(rng.choice([0, 1, 2], p=[0.72, 0.24, 0.04]))
    n_diet = int(rng.choice([0, 1], p=[0.6, 0.4]))
    if language == "AR" and rng.random() < 0.6:
        diets: tuple[str, ...] = ("halal",)
    else:
        diets = _pick(rng, DIETS, n_diet, [5, 3, 3, 1, 1]) if n_diet else ()
    liked = _pick(rng, COLORS, int(rng.integers(1, 4)))
    disliked = str(rng.choice([c for c in COLORS if c not in liked])) if rng.random() < 0.3 else None
    return Persona(
        client_id=client_id, archetype=arch_name, gender=gender, language=language, region=region,
        surname_idx=int(rng.integers(surname_counts[language])),
        birth_year=2025 - age, profession=profession, client_since=since, acquisition=acquisition,
        budget_eur=budget, unlimited_budget=vip and budget > 15000 and rng.random() < 0.35,
        purchase_rate=rate, churn_hazard=hazard, vip=vip,
        price_sensitive=bool(rng.random() < a.price_sensitive),
        complaint_prob=float(min(0.6, a.complaint_scale * (1.0 - np.exp(-0.35 * hazard)))),
        note_rate=a.note_rate * float(np.exp(rng.normal(0.0, 0.25))),
        relatives=rels, relative_ages=_relative_ages(rng, rels, age),
        relative_professions=tuple(str(rng.choice(_RELATIVE_PROFESSIONS)) for _ in rels),
        relative_hobbies=tuple(str(rng.choice(HOBBIES)) for _ in rels),
        occasions=_occasions(rng, rels, age, arch_name),
        hobbies=_pick(rng, HOBBIES, int(rng.integers(1, 5))),
        destinations=_pick(rng, DESTINATIONS, int(rng.integers(1, 4))),
        liked_colors=liked, disliked_color=disliked,
        materials=_pick(rng, MATERIALS, int(rng.integers(1, 3))),
        categories=_pick(rng, CATEGORIES, int(rng.integers(2, 4)), cat_weights),
        houses=_pick(rng, HOUSES, int(rng.integers(1, 4))),
        style=str(rng.choice(STYLES)),
        collections=_pick(rng, COLLECTIONS, int(rng.choice([0, 1, 2], p=[0.45, 0.4, 0.15]))),
        allergies=_pick(rng, ALLERGIES, n_allergy) if n_allergy else (),
        allergy_holder=_holder(rng, rels, 0.3),
        diets=diets,
        diet_holder=_holder(rng, rels, 0.25),
        followers_k=(int(rng.choice([45, 80, 150, 200, 400, 800, 1200]))
                     if profession == "influencer" or rng.random() < 0.04 else None),
    )
