"""The shipped multilingual concept vocabulary: loading, validation, metadata.

The taxonomy is data (``lvmh_pipeline/taxonomy/concepts.json``); see the README next to it
for the alias syntax. Loading validates everything the matcher relies on, so a broken edit
fails at load time with every problem listed, not as a silent miss at match time.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from lvmh_pipeline.lib.common.text import fold, has_dense_script

__all__ = [
    "ANY_LANGUAGE",
    "BUCKET_CATEGORIES",
    "DEFAULT_TAXONOMY_PATH",
    "LANGUAGES",
    "AliasPattern",
    "Concept",
    "Taxonomy",
    "TaxonomyError",
    "alias_pattern",
    "load_taxonomy",
    "parse_taxonomy",
]

DEFAULT_TAXONOMY_PATH: Path = Path(__file__).resolve().parents[2] / "taxonomy" / "concepts.json"

LANGUAGES: tuple[str, ...] = ("FR", "EN", "IT", "ES", "DE", "PT", "NL", "RU", "JA", "KO", "ZH", "AR")
ANY_LANGUAGE = "*"  # aliases valid in every language: houses, loanwords ("VIP", "navy")

BUCKET_CATEGORIES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "preferences": frozenset({"product_type", "color", "material", "style", "house"}),
        "occasions": frozenset({"occasion"}),
        "lifestyle": frozenset({"family", "hobby", "travel", "profession", "lifestyle"}),
        "constraints": frozenset({"allergy", "diet", "timing"}),
        "intent": frozenset({"intent"}),
        "next_actions": frozenset({"next_action"}),
        "budget": frozenset({"budget"}),
    }
)
# alias: dictionary-matched concept; budget: parsed by lib/concepts/budget.py; cue: matched like
# an alias but never output (announces an allergen: "sensitive to", "reagiert auf").
MATCHERS: frozenset[str] = frozenset({"alias", "budget", "cue"})
SPECIAL_CATEGORIES: frozenset[str] = frozenset({"HEALTH", "POLITICS", "RELIGION", "ORIGIN", "ORIENTATION", "UNION"})
DICTIONARY_MATCHERS: frozenset[str] = frozenset({"alias", "cue"})

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_MAX_NUMBER_DIGITS = 4  # "#" in an alias stands for a number of 1..4 digits


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message lists every problem found."""


@dataclass(frozen=True, slots=True)
class AliasPattern:
    """How one alias is matched.

    ``keys``: folded search strings (several when the alias holds ``#``); ``stem``: prefix
    match, the word may continue; ``exact``: the original text must equal this string
    (case-sensitive alias, written with a leading ``=``); ``dense``: CJK/Hangul/Arabic
    alias, matched without word boundaries; ``licensed``: written with a leading ``?``, an
    ambiguous word ("?mustard", "?Wolle") that counts only next to an allergy cue.
    """

    alias: str
    keys: tuple[str, ...]
    stem: bool
    exact: str | None
    dense: bool
    licensed: bool = False


@dataclass(frozen=True, slots=True)
class Concept:
    """One canonical concept and its aliases per language (``*`` = every language)."""

    concept: str
    bucket: str
    category: str
    aliases: Mapping[str, tuple[str, ...]]
    matcher: str = "alias"
    # GDPR Art. 9 category of the concept's words ("HEALTH" for non-food allergies): the words
    # are redacted from stored text, the concept is kept (lib/privacy/pseudonymize.py)
    special_category: str | None = None

    def aliases_for(self, language: str | None) -> tuple[str, ...]:
        """Aliases usable in ``language`` (its own plus the language-independent ones);
        every language's when ``language`` is None."""
        if language is None:
            return tuple(a for aliases in self.aliases.values() for a in aliases)
        return self.aliases.get(language.upper(), ()) + self.aliases.get(ANY_LANGUAGE, ())


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """A validated taxonomy: version, concepts in file order, lookups by name/category.

    Compared and hashed by identity (loaded once, cached), so it can key caches."""

    version: str
    concepts: tuple[Concept, ...]
    source: str = ""
    _by_name: Mapping[str, Concept] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", MappingProxyType({c.concept: c for c in self.concepts}))

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str) -> Concept:
        """The concept called ``name``; KeyError when unknown."""
        return self._by_name[name]

    @property
    def names(self) -> tuple[str, ...]:
        """Every canonical label, in file order."""
        return tuple(c.concept for c in self.concepts)

    def in_category(self, *categories: str) -> tuple[str, ...]:
        """Labels of the concepts in any of ``categories``."""
        wanted = set(categories)
        return tuple(c.concept for c in self.concepts if c.category in wanted)

    def in_bucket(self, bucket: str) -> tuple[str, ...]:
        """Labels of the concepts in ``bucket``."""
        return tuple(c.concept for c in self.concepts if c.bucket == bucket)

    def alias_matched(self) -> tuple[Concept, ...]:
        """Concepts found by dictionary matching (budget concepts are parsed separately)."""
        return tuple(c for c in self.concepts if c.matcher in DICTIONARY_MATCHERS)


@lru_cache(maxsize=None)
def alias_pattern(alias: str) -> AliasPattern:
    """Parse the alias syntax: ``?`` prefix (only next to an allergy cue), ``=`` prefix
    (case-sensitive), ``*`` suffix (stem), ``#`` (a number). Raises ValueError for an alias
    that cannot match anything. Cached: taxonomy validation, the matcher and pseudonymization
    parse the same aliases."""
    raw = alias.strip()
    licensed = raw.startswith("?")
    if licensed:
        raw = raw[1:].lstrip()
    exact = raw.startswith("=")
    stem = raw.endswith("*")
    body = raw[1 if exact else 0 : len(raw) - 1 if stem else len(raw)].strip()
    if not body:
        raise ValueError(f"empty alias {alias!r}")
    if exact and (stem or "#" in body):
        raise ValueError(f"alias {alias!r}: '=' cannot be combined with '*' or '#'")
    if any(ch.isdigit() for ch in body):
        raise ValueError(f"alias {alias!r}: write numbers as '#'")
    folded = " ".join("#".join(fold(part) for part in body.split("#")).split())
    if not folded or folded.replace("#", "").strip() == "":
        raise ValueError(f"alias {alias!r} folds to nothing")
    keys = tuple(
        folded.replace("#", "0" * n) for n in (range(1, _MAX_NUMBER_DIGITS + 1) if "#" in folded else (1,))
    )
    return AliasPattern(raw, keys, stem, body if exact else None, has_dense_script(body), licensed)


def parse_taxonomy(raw: Mapping[str, object], source: str = "") -> Taxonomy:
    """Validate a decoded taxonomy document and build the :class:`Taxonomy`."""
    errors: list[str] = []
    version = raw.get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        errors.append(f"version must be 'MAJOR.MINOR.PATCH', got {version!r}")
    items = raw.get("concepts")
    if not isinstance(items, list) or not items:
        raise TaxonomyError(f"{source}: 'concepts' must be a non-empty list")
    concepts: list[Concept] = []
    seen: set[str] = set()
    for position, item in enumerate(items):
        concept = _parse_concept(item, position, errors)
        if concept is None:
            continue
        if concept.concept in seen:
            errors.append(f"concept {concept.concept!r} defined twice")
        seen.add(concept.concept)
        concepts.append(concept)
    errors.extend(_alias_conflicts(concepts))
    if errors:
        raise TaxonomyError(f"{source}: {len(errors)} problem(s):\n  " + "\n  ".join(errors))
    return Taxonomy(str(version), tuple(concepts), source)


def _parse_concept(item: object, position: int, errors: list[str]) -> Concept | None:
    if not isinstance(item, dict):
        errors.append(f"concepts[{position}] is not an object")
        return None
    name = item.get("concept")
    where = f"concept {name!r}" if isinstance(name, str) else f"concepts[{position}]"
    if not isinstance(name, str) or not _SNAKE.match(name):
        errors.append(f"{where}: label must be snake_case ASCII")
        return None
    bucket, category = item.get("bucket"), item.get("category")
    if bucket not in BUCKET_CATEGORIES:
        errors.append(f"{where}: unknown bucket {bucket!r}")
    elif category not in BUCKET_CATEGORIES[bucket]:
        errors.append(f"{where}: category {category!r} is not in bucket {bucket!r}")
    matcher = item.get("matcher", "alias")
    if matcher not in MATCHERS:
        errors.append(f"{where}: unknown matcher {matcher!r}")
    special = item.get("special_category")
    if special is not None and special not in SPECIAL_CATEGORIES:
        errors.append(f"{where}: special_category must be one of {sorted(SPECIAL_CATEGORIES)}, got {special!r}")
    aliases = item.get("aliases")
    if not isinstance(aliases, dict) or not aliases:
        errors.append(f"{where}: needs a non-empty 'aliases' object")
        return None
    parsed: dict[str, tuple[str, ...]] = {}
    for language, values in aliases.items():
        if language not in LANGUAGES and language != ANY_LANGUAGE:
            errors.append(f"{where}: unknown language {language!r}")
            continue
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            errors.append(f"{where}: aliases[{language!r}] must be a non-empty list of strings")
            continue
        for value in values:
            try:
                alias_pattern(value)
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
        parsed[language] = tuple(values)
    return Concept(name, str(bucket), str(category), MappingProxyType(parsed), str(matcher), special)


def _alias_conflicts(concepts: Iterable[Concept]) -> list[str]:
    """A folded key may point to one concept per language, except case-sensitive variants;
    ``?`` aliases are a layer of their own (``?laine`` the allergen next to ``laine`` the
    material)."""
    scoped: dict[str, dict[tuple[str, bool, bool], set[str]]] = {lang: defaultdict(set) for lang in LANGUAGES}
    for concept in concepts:
        if concept.matcher not in DICTIONARY_MATCHERS:
            continue
        for language, aliases in concept.aliases.items():
            targets = LANGUAGES if language == ANY_LANGUAGE else (language,)
            for alias in aliases:
                try:
                    pattern = alias_pattern(alias)
                except ValueError:
                    continue
                if pattern.exact is not None:
                    continue
                for key in pattern.keys:
                    for target in targets:
                        scoped[target][(key, pattern.stem, pattern.licensed)].add(concept.concept)
    problems = []
    for language, keys in scoped.items():
        for (key, stem, licensed), names in sorted(keys.items()):
            if len(names) > 1:
                kind = ("licensed " if licensed else "") + ("stem " if stem else "")
                problems.append(f"{language}: {kind}alias {key!r} maps to {sorted(names)}")
    return problems


@lru_cache(maxsize=8)
def _load(path: str) -> Taxonomy:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TaxonomyError(f"cannot read taxonomy {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise TaxonomyError(f"{path}: top level must be an object")
    return parse_taxonomy(raw, source=path)


@lru_cache(maxsize=64)
def _resolved(path: str) -> str:
    return str(Path(path).resolve())  # a realpath: ~50 µs, and callers ask once per note


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load and validate the taxonomy at ``path`` (the shipped file by default); cached."""
    return _load(_resolved(str(path or DEFAULT_TAXONOMY_PATH)))
