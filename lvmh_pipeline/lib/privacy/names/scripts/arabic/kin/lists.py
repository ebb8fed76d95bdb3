"""Names listed or set after kin and staff words.

Children or grandchildren listed by name after a colon ("هدايا للعيال الثلاثة: سلمان ورهف و... نور"):
once one item is a known given name, every one-word item of the list is a name — also one that
is a word too ("نور" light, "عمر" age, "وجود" being). The name a staff word announces
(:func:`staff_named`: "السواق بابلو.", "السواق حقها، بابو،", "رقم السواق سونيل:").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _CLOSED_AFTER, _STAFF_WORDS, STAFF_POSSESSIVES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import _AFTER_GIVEN, _ARRIVAL_VERBS, _PERSON_SUBJECT_VERBS
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _NAMING, _PREVIOUS_WORD, _unknown_given, _verb_shaped

__all__ = ["bare_kin_list_names", "kin_list_names", "staff_named"]

_A = "\u0621-\u064a"
_KIN_GROUP = (
    r"(?:(?:لل|ل|و)?(?:عيال|أولاد|اولاد|بنات|أحفاد|احفاد|أطفال|اطفال)(?:ي|ه|ها|هم|نا)?"
    r"|(?:لل|ل|و)?ال(?:عيال|أولاد|اولاد|بنات|أحفاد|احفاد|أطفال|اطفال))"
)
_COUNT = r"(?:[ \t]+(?:الثلاثة|الثلاث|الاثنين|الإثنين|الأربعة|الاربعة|الخمسة|ثلاثة|اثنين|أربعة|[0-9٠-٩]+))?"
_LIST = re.compile(
    rf"(?<![{_A}]){_KIN_GROUP}{_COUNT}[ \t]*[:：][ \t]*"
    rf"(?P<items>[{_A}]+(?:[ \t]*(?:،|,)?[ \t]*و?(?:[ \t]*(?:\.{{2,3}}|…))?[ \t]*[{_A}]+){{1,5}})"
)
# One item: a separate "و" (maybe with a pause, "و... وجود") or none, then the word (which may carry a glued "و")
_ITEM = re.compile(rf"[ \t]*[،,]?[ \t]*(?P<conj>و[ \t]*(?:\.{{2,3}}|…)[ \t]*|و[ \t]+)?(?P<word>[{_A}]+)")


def _items(items: str, base: int) -> list[tuple[int, int, bool]]:
    """(start, end, joined by "و") of each name of a list, the glued "و" left out."""
    given = person_names().given
    out = []
    for m in _ITEM.finditer(items):
        word, start = m.group("word"), m.start("word")
        glued = not m.group("conj") and word[0] == "و" and len(word) > 3 and (word[1:] in given or word not in given)
        out.append((base + start + glued, base + m.end("word"), bool(m.group("conj")) or glued))
    return out


def kin_list_names(text: str) -> list[PiiSpan]:
    """Names listed after a plural kin word and a colon (see the module)."""
    spans = []
    given = person_names().given
    for m in _LIST.finditer(text):
        items = _items(m.group("items"), m.start("items"))
        joined = [k for k, (_, _, conj) in enumerate(items) if conj]
        if not joined:
            continue
        items = items[: joined[-1] + 1]  # the list ends with its "and …"
        words = [text[a:b] for a, b, _ in items]
        if len(words) < 2 or not any(w in given for w in words) or any(w.startswith("ال") for w in words):
            continue  # a list of people, not "للعيال: ساعات وأساور" (things)
        spans += [PiiSpan(a, b, "NAME") for a, b, _ in items]
    return spans


_PLURAL_KIN = ("بنات", "أولاد", "اولاد", "عيال", "أحفاد", "احفاد", "أطفال", "اطفال", "توائم")
# The same list with no colon, right after the plural kin word with its article ("البنات فاطمة وحوراء.",
# "الأولاد سلمان، فيصل وراشد،"): names joined by commas and a last "و", then the clause ends
_BARE_LIST = re.compile(
    rf"(?<![{_A}])(?:و|ل|لل)?ال(?:بنات|أولاد|اولاد|عيال|أحفاد|احفاد|أطفال|اطفال|توائم)[ \t]+"
    rf"(?P<items>[{_A}]{{3,}}(?:[ \t]*[،,][ \t]*[{_A}]{{3,}}){{0,3}}(?:[ \t]+و[ \t]*|[ \t]*[،,][ \t]*و[ \t]*)[{_A}]{{3,}})"
    r"(?=[ \t]*(?:[.،,:;؛!?()\n]|$))"
)


def bare_kin_list_names(text: str) -> list[PiiSpan]:
    """Names listed after a plural kin word with no colon (see :data:`_BARE_LIST`): every item but the
    last a known given name, the last one known too or missing from the lexicon yet shaped as a name."""
    spans = []
    given = person_names().given
    for m in _BARE_LIST.finditer(text):
        items = _items(m.group("items"), m.start("items"))
        words = [text[a:b] for a, b, _ in items]
        if len(words) < 2 or not all(w in given for w in words[:-1]):
            continue
        if words[-1] not in given and not _unknown_given(words[-1]):
            continue
        spans += [PiiSpan(a, b, "NAME") for a, b, _ in items]
    return spans


_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")


def staff_named(text: str, m: re.Match[str]) -> bool:
    """"جا مع السواق بابلو.": a word missing from the lexicon after a staff word, closed by
    punctuation, is the name the staff go by (drivers, nannies are often named from abroad) — where
    the staff word is no subject ("السواق تأخر،": the driver was late): after a preposition, or
    with its own possessive ("سائقها"), or as a label before the name and a number ("السائق: بابلو
    +971…"); no word with a pronoun ending ("السواق حقه": his driver)."""
    role = text[m.start() : m.start(1)]
    staff, labelled = role.split()[0].rstrip(":"), ":" in role  # "السائق: بابلو": a label names the staff
    # "السواق حقها، بابو،": the staff word, its possessive and the name in apposition (not "السواق حقه تأخر،")
    possessed = any(w.rstrip("،,:") in STAFF_POSSESSIVES or w in ("حق", "حقت") for w in role.split()[1:]) and (
        "،" in role or "," in role
    )
    word = m.group(1)
    if staff not in _STAFF_WORDS or not _unknown_given(word) or word.endswith(_PRONOUN_ENDINGS):
        return False
    if word in _NAMING or word[0] in "يت" and _verb_shaped(word):
        return False  # "سائقه يدعى …", "السواق يستلم": a naming word or a verb after the staff word
    if labelled and _CONTACT_AFTER.match(text, m.end(1)):
        return True  # "السائق: بابلو +971…": the label, the name, the number
    verb = _NEXT_WORD.match(text, m.end(1))
    if verb and verb.group(1) in _PERSON_SUBJECT_VERBS | _AFTER_GIVEN | _ARRIVAL_VERBS and word not in _PERSON_SUBJECT_VERBS:
        return True  # "قالت إن السواق كومار بيجي": the staff word, its name, then the name's verb
    before = _PREVIOUS_WORD.search(text, max(0, m.start() - 12), m.start())
    return _CLOSED_AFTER.match(text, m.end(1)) is not None and (
        not staff.startswith("ال") or possessed or before is not None and before.group(1) in _STAFF_PREPOSITIONS
    )


_PRONOUN_ENDINGS = ("ه", "ها", "هم", "كم", "نا")
_CONTACT_AFTER = re.compile(r"[ \t\u200e\u200f]*(?:[،,.;؛()\-–—/]|$|\n|\[|\+|[0-9٠-٩])")
# (and the words of a contact before the staff word: "رقم السواق سونيل:", "جوال السكرتيرة ماريا،")
_STAFF_PREPOSITIONS = frozenset("مع ومع عند وعند من ومن ويا وياه رقم ورقم جوال وجوال تلفون هاتف إيميل ايميل ملاحظة".split())
