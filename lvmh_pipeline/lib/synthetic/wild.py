"""Harder input classes mixed into a share of the notes, so that the demo exercises them.

Real transcriptions are not as tidy as the composer's templates. At modest rates (``WildRates``)
a note also gets:

- ``code_switch``: an allergy, diet, product or colour written in English in a note of another
  language ("cherche un handbag");
- name forms without a title right before the name: a leading surname ("Keller, 57 jaar"),
  a Latin-script surname glued to a CJK / Hangul honorific ("Meyer님", "Silva様"), a slash title
  ("Sr/Sra. Ortega"), transcription fillers between title and name ("Mrs. well. Hughes"), a
  couple ("Mr & Mrs Collins"), the surname repeated later without a title;
- ``word_surname``: a client whose surname is also a word (Weiss, Verde, Black, Blanco …);
- ``special_category``: a GDPR Art. 9 mention (health, religion, politics, origin, orientation,
  union), its category and exact text in the truth column ``special_planted``;
- ``nonfood_allergy`` / ``medical_diet``: pollen, dust mites, penicillin … and keto, fasting,
  low-sodium, diabetic … diets, as canonical labels in the ``allergies`` / ``diets`` truth;
- ``filler``: transcription fillers ("euh", "ähm", "えーと", "يعني") at clause starts;
- ``handle``: a messaging or social-media handle ("Instagram @k.weber88", "微信号：lchen_88"),
  a contact identifier recorded as ``handle`` in ``pii_planted``;
- ``bare_budget``: a budget said with no budget word ("happy to spend around $5,000", "打算花5万元"),
  the same amounts in the truth.

Truth (``notes_truth.csv``): every name as written in ``names_planted``; ``special_planted`` holds ``CATEGORY:exact
text`` of each Art. 9 mention; ``wild_classes`` the classes a note really carries; extra allergens and diets join the
``allergies`` / ``diets`` columns (taxonomy labels; a diabetes mention also records the ``diabetic`` diet it implies).

Every decision is drawn from the client's own ``wild`` random stream, and the composer draws
its own stream exactly as without them, so the other streams (and every note that gets no wild
class) are unchanged. ``handle`` and ``bare_budget``, added later, draw from a sixth stream of
their own (``plan_note``'s ``extra``), so adding them moved no earlier draw. Phrases live in ``phrases/wild.json``; a span to record as special-
category gold is written there between square brackets, an implied diet as a trailing ``<label>``.

Surnames with a particle open a note or a sentence too ("De Jong, 45 jaar", "De Luca conferma
per telefono"); fillers between title and name include "perdón", "bueno" (ES), "digo", "quer
dizer", "tipo" (PT); CJK couples are written "{surname}님 부부" (KO), "{surname}夫妇" /
"{surname}夫妻" (ZH), "{surname}ご夫妻" / "{surname}夫妻" (JA, one-character surnames too).
Glued honorifics are written only when ``WildRates.glued_honorific`` > 0 (see there).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from .planner import NoteTruth, add_label
from .phrases import pick
from .pii import handle

WILD_CLASSES: tuple[str, ...] = (
    "code_switch", "leading_surname", "glued_honorific", "slash_title", "title_filler", "couple",
    "repeat_name", "word_surname", "special_category", "nonfood_allergy", "medical_diet", "filler",
    "handle", "bare_budget",
)
# Taxonomy labels of the extra allergens and diets (each a concept of taxonomy/concepts.json).
NONFOOD_ALLERGIES: tuple[str, ...] = (
    "pollen", "dust_mites", "drug_allergy", "mould", "animal_dander", "nickel", "latex", "fragrance",
)
MEDICAL_DIETS: tuple[str, ...] = (
    "keto", "intermittent_fasting", "low_sodium", "diabetic", "low_carb", "no_alcohol", "halal", "kosher",
)
SWITCH_KINDS: tuple[str, ...] = ("allergies", "diets", "products", "colors")  # tables written in English
_DENSE = frozenset({"JA", "KO", "ZH"})
_SPAN = re.compile(r"\[([^\]]+)\]")
_IMPLIED = re.compile(r"\s*<(\w+)>$")


@dataclass(frozen=True)
class WildRates:
    """Share of notes (or of clients, where said) that get each class."""

    code_switch: float = 0.06  # of non-English notes
    name_form: float = 0.10  # leading surname / slash title / title filler / couple
    # Of JA / KO / ZH notes: a Latin-script surname glued to the honorific ("Meyer님").
    glued_honorific: float = 0.10
    repeat_name: float = 0.05
    word_surname: float = 0.04  # of clients with a Latin or Cyrillic script surname
    special: float = 0.04
    nonfood_allergy: float = 0.05  # of clients; mentioned in ~75% of their notes
    medical_diet: float = 0.05  # of clients; mentioned in ~75% of their notes
    filler: float = 0.10
    handle: float = 0.01
    bare_budget: float = 0.15  # of notes that state a budget

    def scaled(self, k: float) -> WildRates:
        return WildRates(**{name: min(1.0, getattr(self, name) * k) for name in self.__dataclass_fields__})


@lru_cache(maxsize=1)
def load_wild() -> dict[str, dict[str, Any]]:
    """Per language: fillers, name forms, word surnames, special mentions, extra allergens and diets."""
    return json.loads(resources.files(__package__).joinpath("phrases", "wild.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class WildClient:
    """What stays the same across the notes of one client."""

    surname: tuple[str, ...] | None = None  # word surname replacing the persona's: (native, latin) or Russian 4-form
    allergy: str | None = None
    diet: str | None = None


@dataclass
class WildNote:
    """The wild classes one note will carry; ``used`` collects those actually written."""

    rng: np.random.Generator
    table: dict[str, Any]
    client: WildClient
    name_form: str | None = None
    code_switch: str | None = None
    repeat_name: bool = False
    special: str | None = None
    fillers: int = 0
    allergy: bool = False
    diet: bool = False
    extra: np.random.Generator | None = None  # the stream of the classes added later
    handle: bool = False
    bare_budget: bool = False
    used: list[str] = field(default_factory=list)
    switched: list[str] = field(default_factory=list)  # English phrases picked for code-switching

    def mark(self, cls: str) -> None:
        if cls not in self.used:
            self.used.append(cls)


def plan_client(rng: np.random.Generator, rates: WildRates, language: str, allergies: tuple[str, ...] | list[str],
                diets: tuple[str, ...] | list[str]) -> WildClient:
    """Client-level classes: a word surname, an extra non-food allergen, an extra diet."""
    draws = rng.random(5)
    words = load_wild()[language]["word_surnames"]
    surname = None
    if words and draws[0] < rates.word_surname:
        entry = words[int(draws[1] * len(words))]
        surname = (entry, entry) if isinstance(entry, str) else tuple(entry)
    allergy = diet = None
    if draws[2] < rates.nonfood_allergy:
        options = [a for a in NONFOOD_ALLERGIES if a not in allergies]
        allergy = options[int(rng.random() * len(options))]
    if draws[3] < rates.medical_diet:
        options = [d for d in MEDICAL_DIETS if d not in diets]
        diet = options[int(rng.random() * len(options))]
    return WildClient(surname, allergy, diet)


def client_surname(client: WildClient, gender: str) -> tuple[str, str] | None:
    """(native, latin) of the client's word surname for ``gender`` (Russian: [native_f, latin_f, native_m, latin_m])."""
    s = client.surname
    if s is None:
        return None
    if len(s) == 4:
        return (s[2], s[3]) if gender == "M" else (s[0], s[1])
    return s[0], s[1]


def plan_note(rng: np.random.Generator, rates: WildRates, client: WildClient, language: str,
              has_spouse: bool, extra: np.random.Generator | None = None) -> WildNote:
    """Note-level classes, drawn with a fixed number of draws whatever the outcome (``extra``:
    the stream of ``handle`` and ``bare_budget``, two draws a note)."""
    table = load_wild()[language]
    d = rng.random(9)
    note = WildNote(rng, table, client)
    if language in _DENSE:
        if d[0] < rates.glued_honorific:
            note.name_form = "glued_honorific"
        elif has_spouse and d[0] < rates.glued_honorific + rates.name_form:
            note.name_form = "couple"
    elif d[0] < rates.name_form:
        forms = ["title_filler", "slash_title"] + ([] if language == "AR" else ["leading_surname"])
        forms += ["couple"] if has_spouse else []
        note.name_form = forms[int(d[1] * len(forms))]
    if language != "EN" and d[2] < rates.code_switch:
        note.code_switch = SWITCH_KINDS[int(d[3] * len(SWITCH_KINDS))]
    note.repeat_name = "repeat" in table and d[4] < rates.repeat_name
    if d[5] < rates.special:
        categories = sorted(table["special"])
        note.special = categories[int(d[6] * len(categories))]
    if d[7] < rates.filler:
        note.fillers = 1 + int(d[8] * 2)
    draws = rng.random(2)
    note.allergy = client.allergy is not None and draws[0] < 0.75
    note.diet = client.diet is not None and draws[1] < 0.75
    if extra is not None:
        more = extra.random(2)
        note.extra, note.handle, note.bare_budget = extra, more[0] < rates.handle, more[1] < rates.bare_budget
    return note


def handle_mention(note: WildNote, surname_latin: str) -> str | None:
    """The note's handle written in one of its language's frames, or None."""
    if not note.handle or note.extra is None:
        return None
    note.mark("handle")
    return pick(note.extra, note.table["handles"]).format(v=handle(note.extra, surname_latin))


def render_name(note: WildNote, title: str, surname: str, latin: str, gender: str) -> str | None:
    """The client's name in the note's wild form, or None to keep the composer's own."""
    t, rng, form = note.table, note.rng, note.name_form
    if form == "title_filler" and "name_fillers" in t:
        return f"{title} {pick(rng, t['name_fillers'])} {surname}"
    if form == "slash_title":
        return pick(rng, t["slash"]).format(surname=surname)
    if form == "couple":
        return pick(rng, t["couple_amp"]).format(surname=surname)
    if form == "glued_honorific":
        return latin + pick(rng, t["glued"][gender])
    if form == "leading_surname":  # "Keller, 57 jaar", "De Jong, 45 jaar"
        return surname[:1].upper() + surname[1:]
    return None


def opening(note: WildNote, openings: list, title: str, surname: str, latin: str, gender: str) -> tuple[str, str] | None:
    """(opening, name as written) in the note's name form, or None to keep the composer's own."""
    name = render_name(note, title, surname, latin, gender)
    if name is None:
        return None
    note.mark(str(note.name_form))
    if note.name_form == "leading_surname":
        return name, name
    return pick(note.rng, openings, gender).format(name=name), latin if note.name_form == "glued_honorific" else surname


def special_mention(note: WildNote, gender: str) -> tuple[str, str, str, str | None] | None:
    """(category, written text, gold span, implied diet) of the note's special-category mention.

    A trailing ``<label>`` in the phrase names the diet the mention implies (diabetes: the
    ``diabetic`` diet), which the gold then records as well."""
    if note.special is None:
        return None
    raw = pick(note.rng, note.table["special"][note.special], gender)
    implied = _IMPLIED.search(raw)
    raw = _IMPLIED.sub("", raw)
    note.mark("special_category")
    return note.special, _SPAN.sub(r"\1", raw), _SPAN.findall(raw)[0], implied.group(1) if implied else None


def repeat_segment(note: WildNote, surname: str) -> str | None:
    if not note.repeat_name:
        return None
    note.mark("repeat_name")
    return pick(note.rng, note.table["repeat"]).format(surname=surname[:1].upper() + surname[1:])


def add_fillers(note: WildNote, segments: list[str], language: str, skip: set[int]) -> list[str]:
    """Add a filler to ``note.fillers`` segments (never the first, nor those in ``skip``): before
    a segment starting in lower case ("euh, allergie pollen"), after one starting with a capital,
    which may be a name or a house ("Dior top of mind, euh") and must not look like a name."""
    eligible = [i for i in range(1, len(segments)) if i not in skip and segments[i]]
    if not note.fillers or not eligible:
        return segments
    out = list(segments)
    sep = {"JA": "、", "ZH": "，", "AR": "، "}.get(language, ", ")
    for k in note.rng.choice(len(eligible), size=min(note.fillers, len(eligible)), replace=False):
        i = eligible[int(k)]
        filler, seg = pick(note.rng, note.table["fillers"]), out[i].strip()
        out[i] = seg + sep.rstrip() + " " + filler if seg[:1].isupper() else filler + sep + seg
    note.mark("filler")
    return out


def extra_constraints(note: WildNote, t: dict[str, Any], gender: str) -> list[tuple[str, str, str]]:
    """(kind, label, text) of the client's extra non-food allergen and diet written in this note."""
    out: list[tuple[str, str, str]] = []
    rng, c = note.rng, note.client
    if note.allergy and c.allergy:
        phrases = note.table["allergies"].get(c.allergy) or t["allergies"][c.allergy]
        text = pick(rng, t["allergy_frames"], gender).format(allergy=pick(rng, phrases))
        out.append(("allergies", c.allergy, text))
        note.mark("nonfood_allergy")
    if note.diet and c.diet:
        if c.diet in note.table["diets"]:
            text = pick(rng, note.table["diets"][c.diet], gender)
        else:
            text = pick(rng, t["diet_frames"], gender).format(diet=pick(rng, t["diets"][c.diet], gender))
        out.append(("diets", c.diet, text))
        note.mark("medical_diet")
    return out


def constraint_parts(note: WildNote, t: dict[str, Any], gender: str, truth: NoteTruth) -> list[str]:
    """The note's extra allergen, diet and special-category mention, their gold added to ``truth``."""
    out = []
    for kind, label, text in extra_constraints(note, t, gender):
        add_label(getattr(truth, kind), label)
        out.append(text)
    special = special_mention(note, gender)
    if special:
        add_label(truth.special, f"{special[0]}:{special[2]}")
        if special[3]:
            add_label(truth.diets, special[3])
        out.append(special[1])
    return out
