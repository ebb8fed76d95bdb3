"""A symptom told as what a food does is that food's allergy, not a health fact.

Food allergies and diets stay readable on purpose (client safety at events, see
:mod:`special.categories`), and so do the words that tell the reaction they give: the allergy
component reads "[reaction] with strawberries" as the allergy, and a redacted reaction would leave
it with a food and nothing that makes it one. Two ways of telling it:

- :func:`drop_food_reactions` (text only, in :func:`special.categories.find_special_categories`):
  eating or drinking as the condition right before the symptom ("if she eats prawns, she gets a
  migraine", "드시면 숨이 차신대요", "吃面包会拉肚子", "wenn sie Milch trinkt, bekommt sie
  Bauchschmerzen");
- :func:`drop_caused_reactions` (with the food allergens the concept extractor found, in
  :mod:`lvmh_pipeline.lib.privacy.sensitive`): the food named as the cause of the symptom, with no
  verb of eating — before it, joined by a verb of causing or getting ("shellfish gives her
  migraines", "le marisco le da migraña", "bei Weizen bekommt sie Migräne", "花生沾一点就喘不上气",
  "الجمبري يسببلها ضيق تنفس", a Korean food as the topic: "우유 들어간 음료는 배가 아프시대요") or by an arrow, an equals sign or a dash ("sulfites = migraines",
  "sulfitos → dor de cabeça", "креветки — сразу отёк"); or after it, behind a preposition of cause
  ("breaks out in hives with strawberries", "migraines from red wine sulfites").

Only a short symptom (a few words, :data:`_REACTION_LETTERS`), in the same sentence, and never a
disease behind a diet ("quando beve vino ha la gotta", "diabetic, no sweets"): that one stays HEALTH.
A non-food allergen (nickel, wool, perfume) is redacted itself (:mod:`special.allergies`) and its
reaction is not looked at here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["drop_caused_reactions", "drop_food_reactions"]

# Eating or drinking as the condition of what follows ("if she eats", "드시면", "吃了会", "を食べると"):
# the symptom after it is the food's reaction, the allergy component's (client safety), not a health fact.
_EATING = re.compile(
    r"(?<![^\W_])(?:if|when|whenever|after)[ \t]+(?:\w+[ \t]+){0,2}?(?:eats?|ate|eaten|drinks?|drank|has|have|had)"
    r"|(?<![^\W_])(?:si|quand|lorsqu['’]?|dès[ \t]+qu['’]?|se|quando|cuando|als|wenn|если|когда)[ \t]*"
    r"(?:\w+[ \t]+){0,3}?(?:mange|mangent|boit|boivent|mangia|beve|come|comer|bebe|beber|toma|eet|eten|drinkt|isst|"
    r"trinkt|gegessen|getrunken|ест|съест|поест|съела|поела|пьёт|пьет|выпьет|выпила)(?![^\W_])"
    r"|(?:إذا|اذا|لما|لو)[ \t]*(?:\S+[ \t]+){0,2}?(?:أكل|اكل|ياكل|يأكل|تاكل|تأكل|أكلت|اكلت|شرب|يشرب|تشرب|شربت)"
    r"|(?:드시|먹으|마시|잡수시)면|(?:드실|먹을|마실)[ \t]*때|먹고[ \t]*나면"
    r"|(?:一吃|一喝|吃了?|喝了?)[^，。；！？,.;!?\n]{0,8}?(?:就|会|會|后|後)"
    r"|(?:食べ|飲)(?:ると|たら|た後)|口にすると",
    re.IGNORECASE)
_REACTION_REACH = 40  # characters at most from the eating (or the food) to the symptom
_REACTION_LETTERS = 16  # a reaction is a few words ("숨이 차", "拉肚子", "falta de ar"), not a diagnosis
_SENTENCE = re.compile(r"[.!?。！？\n;；]")
# a disease behind a diet stays one after a food ("quando beve vino ha la gotta")
_DISEASE = re.compile(r"gout|gott|goutte|gota|gicht|jicht|подагр|痛風|痛风|통풍|نقرس|diab|диаб|糖尿|당뇨|سكري", re.IGNORECASE)


def _reaction(text: str, span: PiiSpan) -> bool:
    """A short HEALTH span that may be a symptom (not a disease behind a diet)."""
    words = text[span.start : span.end]
    return (span.kind == "HEALTH" and sum(c.isalnum() for c in words) <= _REACTION_LETTERS
            and not _DISEASE.search(words))


def drop_food_reactions(text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without a short HEALTH span told as what eating or drinking something does, in the
    same sentence right after it ("드시면 숨이 차신대요", "吃面包会拉肚子", "se come camarão fica com
    falta de ar", "wenn sie Milch trinkt, bekommt sie Bauchschmerzen")."""
    out = []
    for span in spans:
        if _reaction(text, span):
            before = text[max(0, span.start - _REACTION_REACH - 30) : span.start]
            eating = [m for m in _EATING.finditer(before)]
            if eating and len(before) - eating[-1].end() <= _REACTION_REACH and not _SENTENCE.search(before, eating[-1].end()):
                continue
        out.append(span)
    return out


# Between a food and the symptom it causes: a verb of causing or getting, or a link sign. Words are
# matched whole (alphabetic) or as written (CJK, Hangul, Arabic).
_CAUSING = re.compile(
    r"(?<![^\W_])(?:gives?|gave|giving|makes?|made|causes?|caused|triggers?|triggered|sets?[ \t]+off|brings?[ \t]+on|"
    r"gets?|got|breaks?[ \t]+out|"
    r"donnent|donne|donnait|provoquent|provoque|déclenchent|déclenche|fait|font|"
    r"dan|da|daba|provocan|provoca|causan|causa|sale|salen|salió|acaba|acabó|termina|terminó|"
    r"danno|dà|provocano|provoca|causano|causa|viene|vengono|venuta|venuto|"
    r"dão|dá|dava|provocam|provoca|causam|causa|fica|ficou|"
    r"verursacht|verursachen|löst|lösen|bekommt|bekam|kriegt|kriegte|macht|machen|"
    r"geeft|geven|veroorzaakt|krijgt|kreeg|"
    r"вызывает|вызывают|вызвал[аио]?|даёт|дает|дают|сразу|начинается|начинаются|бывает|бывают)(?![^\W_])"
    r"|يسبب|تسبب|بيعمل|بتعمل|يعمل|تعمل|يطلع|تطلع|يصير|تصير|تجي|يجي|يجيه|تجيه"
    r"|引起|导致|導致|会|會|就|起"
    r"|で|すると"
    r"|때문에|닿으면"
    r"|(?<=[가-힣])[은는](?=\s)",  # the food as the topic: "우유 들어간 음료는 배가 아프시대요"
    re.IGNORECASE)
_LINK = re.compile(r"[=→⇒>:—–]|(?<=\s)-(?=\s)|->")
# A preposition of cause right before a food named after its symptom ("hives with strawberries")
_CAUSE_BEFORE_FOOD = re.compile(
    r"(?<![^\W_])(?:with|from|after|avec|après|à cause des?|à cause du|con|por|después de|dopo|com|depois de|"
    r"bei|von|vom|nach|door|от|после|из-за)(?:[ \t]+(?:the|a|an|les|le|la|l['’]|el|los|las|il|i|gli|"
    r"o|os|a|as|den|dem|der|die|het|de))?[ \t]*$"
    r"|(?:من|بعد)[ \t]*$",
    re.IGNORECASE)
_GAP_WORDS = 4  # words at most between the food and its symptom
_COMMA = re.compile(r"[,،，、]")
_AT_ONCE = re.compile(r"就|会|會|сразу|immediately|straight away|tout de suite|sofort|subito|inmediatamente|enseguida|"
                      r"logo|meteen|すぐ|바로|فورا|على طول", re.IGNORECASE)


def _gap_words(gap: str) -> int:
    return len(re.findall(r"[^\W\d_]+", gap))


def _caused_after(text: str, food: tuple[int, int], span: PiiSpan) -> bool:
    """The food before the symptom, in its sentence, joined by a verb of causing or a link sign, or
    named after a preposition of cause ("от креветок у него [мигрень]")."""
    gap = text[food[1] : span.start]
    if len(gap) > _REACTION_REACH or _SENTENCE.search(gap) or _gap_words(gap) > _GAP_WORDS:
        return False
    clauses = _COMMA.split(gap)
    if len(clauses) > 1:  # past a comma, only a link sign or "at once" ("креветки — сразу", "沾一点就")
        return _LINK.search(clauses[-1]) is not None or _AT_ONCE.search(clauses[-1]) is not None
    caused = _CAUSE_BEFORE_FOOD.search(text, max(0, food[0] - 16), food[0]) is not None  # "от креветок у него"
    return caused or _CAUSING.search(gap) is not None or _LINK.search(gap) is not None


def _caused_before(text: str, food: tuple[int, int], span: PiiSpan) -> bool:
    """The symptom before the food, the food right after a preposition of cause ("hives with strawberries")."""
    gap = text[span.end : food[0]]
    if len(gap) > 24 or _SENTENCE.search(gap) or "," in gap:
        return False
    return _CAUSE_BEFORE_FOOD.search(gap) is not None


def drop_caused_reactions(text: str, spans: Iterable[PiiSpan], foods: Sequence[tuple[int, int]]) -> list[PiiSpan]:
    """``spans`` without a short HEALTH span that a food allergen of ``foods`` (offsets of the words
    that name one, as the concept extractor found them) causes in the same sentence: "shellfish gives
    her [migraines]", "sulfites = [migraines]", "bei Weizen bekommt sie [Migräne]", "[hives] with
    strawberries" (see the module doc)."""
    if not foods:
        return list(spans)
    out = []
    for span in spans:
        if _reaction(text, span) and any(
                (end <= span.start and _caused_after(text, (start, end), span))
                or (start >= span.end and _caused_before(text, (start, end), span)) for start, end in foods):
            continue
        out.append(span)
    return out
