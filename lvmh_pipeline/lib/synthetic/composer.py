"""Renders the parts of one note (who, need, budget, tastes, life, constraints, intent, next steps).

Each method writes one kind of segment in the note's language and records in the note truth the
canonical labels it actually wrote.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from . import pii as pii_mod
from . import wild as wild_mod
from .amounts import render_budget
from .catalog import typical_prices
from .planner import STATUS_INTENTS, NotePlan, NoteTruth, add_label
from .personas import FIXED_MONTH_OCCASIONS, Occasion, Persona
from .phrases import RELATIVE_GENDER, Phrase, PhraseBook, pick, surname


class Composer:
    """Renders the parts of one note; holds the rng, tables and the truth being built."""

    def __init__(self, rng: np.random.Generator, persona: Persona, plan: NotePlan, book: PhraseBook,
                 wild: wild_mod.WildNote | None = None):
        self.rng, self.p, self.plan, self.wild = rng, persona, plan, wild
        self.t, self.en = book[plan.language], book["EN"]
        self.lang = plan.language
        self.g = persona.gender
        self.truth = NoteTruth()
        native, latin = surname(book, persona.language, persona.surname_idx, persona.gender)
        if wild is not None and wild.client.surname is not None:
            native, latin = wild_mod.client_surname(wild.client, persona.gender) or (native, latin)
            wild.mark("word_surname")
        # A note in another language than the client's writes the romanised surname.
        self.surname = native if plan.language == persona.language else latin
        self.surname_latin = latin
        self.used: set[str] = set()

    def tab(self, key: str) -> dict:
        """The note's table ``key``, or the English one when the note code-switches it."""
        return self.en[key] if self.wild is not None and self.wild.code_switch == key else self.t[key]

    def switched(self, key: str, text: str) -> str:
        """``text``, remembered when it comes from a code-switched table (marked once written)."""
        if self.wild is not None and self.wild.code_switch == key:
            self.wild.switched.append(text)
        return text

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def rel(self, key: str) -> str:
        return str(self.t["relatives"][key])

    def rel_age(self, key: str) -> int:
        """Age of the client's relative ``key`` in the note's year."""
        base = self.p.relative_ages[self.p.relatives.index(key)] if key in self.p.relatives else 40
        return base + self.plan.note_date.year - 2025

    def product(self, exclude: str | None = None) -> str:
        """A category the client likes, favouring those priced near the note's budget."""
        cats = [c for c in self.p.categories if c != exclude] or list(self.p.categories)
        if self.plan.budget_eur:
            prices = typical_prices()
            w = np.array([np.exp(-0.5 * (np.log(prices[c] / self.plan.budget_eur) / 0.8) ** 2) + 1e-3 for c in cats])
            cat = cats[int(self.rng.choice(len(cats), p=w / w.sum()))]
        else:
            cat = cats[int(self.rng.integers(len(cats)))]
        add_label(self.truth.products, cat)
        return self.switched("products", pick(self.rng, self.tab("products")[cat]))

    def month_phrase(self, month: int) -> str:
        form = pick(self.rng, self.t["month_forms"], self.g)
        return form.format(month=self.t["months"][month - 1])

    def head(self) -> str:
        t, rng = self.t, self.rng
        title = pick(rng, t["titles"][self.g])
        name, written = t["name"].format(title=title, surname=self.surname), self.surname
        spouse = next((r for r in self.p.relatives if r in ("wife", "husband")), None)
        if spouse and self.chance(0.12):
            opening = pick(rng, t["couple"], self.g).format(surname=self.surname)
        else:
            opening = pick(rng, t["openings"], self.g).format(name=name)
            if self.chance(0.12):
                opening = pick(rng, t["with_relative"], self.g).format(name=opening, rel=self.rel(self.p.relatives[0]))
        w = self.wild  # drawn after the plain opening, so that the note's own stream stays in step
        wild_head = wild_mod.opening(w, t["openings"], title, self.surname, self.surname_latin, self.g) if w else None
        if wild_head:
            opening, written = wild_head
        add_label(self.truth.names, written)
        parts = [opening]
        age = self.plan.note_date.year - self.p.birth_year
        leading = bool(wild_head and w and w.name_form == "leading_surname")
        age_text = pick(rng, t["age"], self.g).format(age=age) if self.chance(0.75) else ""
        extras = [age_text] if age_text else []
        if self.chance(0.7):
            extras.append(pick(rng, t["professions"][self.p.profession], self.g))
        rng.shuffle(extras)
        if leading:  # a leading surname is followed by the age: "Keller, 57 jaar"
            extras = [age_text or pick(w.rng, t["age"], self.g).format(age=age)] + [e for e in extras if e != age_text]
        parts += extras
        status = [i for i in self.plan.intents if i in STATUS_INTENTS]
        if status:
            parts.append(pick(rng, t["status"][status[0]], self.g).format(year=self.p.client_since))
            add_label(self.truth.intents, status[0])
        elif self.chance(0.3):
            parts.append(pick(rng, t["status"]["occasional"], self.g).format(year=self.p.client_since))
        return t["clause_sep"].join(parts)

    def occasion(self, occ: Occasion) -> str:
        templates = self.t["occasions"][occ.label]
        fitting = [x for x in templates if ("{rel}" in x) == (occ.relative is not None)] or templates
        n = 0
        if occ.label == "wedding_anniversary":
            n = int(self.rng.choice([10, 15, 20, 25, 30, 40]))
        elif occ.label == "birthday" and occ.relative:
            n = self.rel_age(occ.relative)
        # Only round birthdays are written with the age ("50th birthday").
        use_age = n > 0 and (occ.label != "birthday" or n % 10 == 0)
        with_age = [x for x in fitting if "{n}" in x]
        if use_age and with_age and self.chance(0.6):
            fitting = with_age
        else:
            fitting = [x for x in fitting if "{n}" not in x] or fitting
        tpl = pick(self.rng, fitting, self.g)
        month: int | None = None
        when = ""
        if "{when}" in tpl and occ.label not in FIXED_MONTH_OCCASIONS:
            if occ.month is not None and self.chance(0.8):
                month = occ.month
                when = self.month_phrase(month)
            elif self.chance(0.35):
                when = pick(self.rng, self.t["relative_times"], self.g)
        rel = self.rel(occ.relative) if occ.relative else ""
        add_label(self.truth.occasions, f"{occ.label}:{month}" if month else occ.label)
        return tpl.format(rel=rel, when=when, n=n)

    def need(self) -> str:
        occs = self.plan.occasions
        gift_rels = [r for r in self.p.relatives if r != "colleague"]
        if occs:
            text = pick(self.rng, self.t["need_occasion"], self.g).format(occasion=self.occasion(occs[0]), product=self.product())
        elif gift_rels and self.chance(0.3):
            text = pick(self.rng, self.t["need_gift"], self.g).format(rel=self.rel(gift_rels[0]), product=self.product())
        else:
            text = self.extend(pick(self.rng, self.t["need_self"], self.g).format(product=self.product()), "purposes", 0.4)
        return self.extend(text, "need_details", 0.4)

    def budget(self) -> str | None:
        if self.plan.budget_eur is None and not self.plan.unlimited_budget:
            return None
        w = self.wild
        bare = (w.extra, w.table["bare_budget"]) if w and w.bare_budget and w.extra and not self.plan.unlimited_budget else None
        text, truth = render_budget(self.rng, self.t["budget"], self.lang, self.p.region,
                                    self.plan.budget_eur or 0.0, self.plan.unlimited_budget, bare)
        if bare:
            w.mark("bare_budget")
        self.truth.budget = truth
        return text

    def say(self, entries: list[Phrase], gender: str | None = None) -> str:
        """Pick a template, avoiding one already used in this note when there is a choice."""
        text = pick(self.rng, entries, gender or self.g)
        for _ in range(3):
            if text not in self.used:
                break
            text = pick(self.rng, entries, gender or self.g)
        self.used.add(text)
        return text

    def optional_parts(self) -> list[tuple[int, Callable[[], str]]]:
        """(group, renderer) of the parts a note may carry; groups give the reading order:
        1 preferences, 2 lifestyle, 3 family, 5 insights. A renderer records its truth when called."""
        t, rng, g, p = self.t, self.rng, self.g, self.p
        parts: list[tuple[int, Callable[[], str]]] = [
            (1, self.colors), (1, self.house),
            (1, lambda: self.say(t["material_like"]).format(material=t["materials"][p.materials[0]])),
            (1, lambda: self.say(t["style_frames"]).format(style=t["styles"][p.style])),
        ]
        parts += [(2, lambda h=h: self.hobby(h)) for h in p.hobbies]
        parts += [(2, lambda d=d: self.travel(d)) for d in p.destinations]
        parts += [(2, lambda c=c: self.say(t["collection_frames"]).format(item=t["collections"][c])) for c in p.collections]
        if p.followers_k:
            parts.append((2, lambda: pick(rng, t["followers"], g).format(k=p.followers_k)))
        parts += [(3, lambda r=r: self.relative(r)) for r in p.relatives[:4]]
        parts += [(3, lambda i=i: self.relative_hobby(i)) for i in range(min(3, len(p.relatives)))]
        n_children = sum(r in ("daughter", "son") for r in p.relatives)
        if n_children >= 2:
            parts.append((3, lambda: pick(rng, t["family_kids"], g).format(n=n_children)))
        n_insights = min(len(t["insights"]), 8 if self.plan.length == "long" else 6)
        insights = rng.choice(len(t["insights"]), size=n_insights, replace=False)
        parts += [(5, lambda i=int(i): pick(rng, [t["insights"][i]], g)) for i in insights]
        parts.append((5, lambda: pick(rng, t["distractors"], g).format(
            year=int(rng.integers(1995, 2022)), n=int(rng.integers(2, 30)), guests=int(rng.integers(40, 300)))))
        return parts

    def hobby(self, key: str) -> str:
        return self.extend(self.say(self.t["hobby_frames"]).format(hobby=self.t["hobbies"][key]), "hobby_extras")

    def extend(self, text: str, extras: str, prob: float = 0.45) -> str:
        """Append a detail ("every weekend", "for business") to a segment, sometimes."""
        if self.chance(prob * (1.6 if self.plan.length == "long" else 1.0)):
            return text + self.t["clause_sep"] + pick(self.rng, self.t[extras], self.g)
        return text

    def colors(self) -> str:
        t, rng = self.t, self.rng
        liked, colors = list(self.p.liked_colors[:2]), self.tab("colors")
        self.truth.colors += [c for c in liked if c not in self.truth.colors]
        names = {c: self.switched("colors", colors[c]) for c in liked + [self.p.disliked_color] if c}
        text = pick(rng, t["color_like"], self.g).format(colors=t["or"].join(names[c] for c in liked))
        if self.p.disliked_color and self.chance(0.6):
            text += t["clause_sep"] + pick(rng, t["color_dislike"], self.g).format(color=names[self.p.disliked_color])
        return text

    def house(self) -> str:
        house = self.p.houses[int(self.rng.integers(len(self.p.houses)))]
        add_label(self.truth.houses, house)
        return pick(self.rng, self.t["house_like"], self.g).format(house=house)

    def travel(self, place: str) -> str:
        name = self.t["places"][place]
        if self.chance(0.2):
            return self.say(self.t["home_frames"]).format(place=name)
        if self.chance(0.4):
            return self.say(self.t["travel_frames"]).format(place=name, when=self.month_phrase(int(self.rng.integers(1, 13))))
        return self.extend(self.say(self.t["travel_frames"]).format(place=name, when=""), "travel_extras", 0.4)

    def relative(self, rel: str) -> str:
        age = self.rel_age(rel)
        frames = [f for f in self.t["family_frames"] if "{profession}" not in f] if age < 23 else self.t["family_frames"]
        prof_key = self.p.relative_professions[self.p.relatives.index(rel)]
        prof = pick(self.rng, self.t["professions"][prof_key], RELATIVE_GENDER[rel])
        return self.say(frames).format(rel=self.rel(rel), age=age, profession=prof)

    def relative_hobby(self, i: int) -> str:
        rel, hobby = self.p.relatives[i], self.t["hobbies"][self.p.relative_hobbies[i]]
        return self.say(self.t["relative_hobby"], RELATIVE_GENDER[rel]).format(rel=self.rel(rel), hobby=hobby)

    def constraints(self) -> list[str]:
        """Allergies and diets: advisors note them for events, whatever the note's length."""
        t, rng, out, w = self.t, self.rng, [], self.wild
        if self.p.allergies and self.chance(0.75):
            for a in self.p.allergies:
                frame = pick(rng, t["allergy_frames"], self.g)
                text = frame.format(allergy=self.switched("allergies", pick(rng, self.tab("allergies")[a])))
                if self.p.allergy_holder:
                    text = pick(rng, t["holder_frames"], self.g).format(rel=self.rel(self.p.allergy_holder), x=text)
                out.append(text)
                add_label(self.truth.allergies, a)
        elif not self.p.allergies and self.chance(0.35) and not (w and w.client.allergy):
            out.append(pick(rng, t["allergy_negative"], self.g))
        if self.p.diets and self.chance(0.75):
            holder = self.p.diet_holder
            gender = RELATIVE_GENDER[holder] if holder else self.g
            frame = pick(rng, t["diet_frames"], self.g)
            text = frame.format(diet=self.switched("diets", pick(rng, self.tab("diets")[self.p.diets[0]], gender)))
            if holder:
                text = pick(rng, t["holder_frames"], self.g).format(rel=self.rel(holder), x=text)
            out.append(text)
            add_label(self.truth.diets, self.p.diets[0])
        return out + wild_mod.constraint_parts(w, self.t, self.g, self.truth) if w else out

    def behaviour(self) -> list[str]:
        out = []
        for intent in self.plan.intents:
            if intent in STATUS_INTENTS:
                continue
            tpl = pick(self.rng, self.t["intents"][intent], self.g)
            first = self.product() if "{product}" in tpl else ""
            second = self.product(exclude=self.truth.products[-1]) if "{product2}" in tpl else ""
            when = pick(self.rng, self.t["relative_times"], self.g) if "{when}" in tpl else ""
            out.append(tpl.format(product=first, product2=second, when=when))
            add_label(self.truth.intents, intent)
        return out

    def tail(self) -> list[str]:
        t, rng, out = self.t, self.rng, []
        for kind in self.plan.pii:
            value = pii_mod.plant(rng, kind, self.p.region, self.surname_latin)
            out.append(pick(rng, t["pii"][kind], self.g).format(v=value))
            add_label(self.truth.pii, kind)
        if self.wild and (mention := wild_mod.handle_mention(self.wild, self.surname_latin)):
            out.append(mention)
            add_label(self.truth.pii, "handle")
        n_actions = {"short": 1, "medium": 1, "long": 2}[self.plan.length]
        for i in rng.choice(len(t["next_actions"]), size=n_actions, replace=False):
            if self.chance(0.85):
                out.append(pick(rng, [t["next_actions"][int(i)]], self.g).format(month=t["months"][int(rng.integers(12))]))
        if self.chance(0.5):
            out.append(pick(rng, t["closings"], self.g))
        return out
