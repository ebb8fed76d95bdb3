"""All names of an Arabic note: after titles, cue and kin words, at its start, before an age, given + family."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_FAMILY_WORDS, ARABIC_NISBA_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.context import (
    _CLIENT,
    _KUNYA_PLACES,
    _PERSON_WORDS,
    _adjective_after_cue,
    _cut_before_kin,
    _describes_client,
    _leading_family,
    frequent_with_article,
    _nisba_after_person_word,
    _ordinary_before_post_title,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import (
    _AGE_AFTER,
    _AGE_DIGIT,
    _AND_GIVEN,
    _ARABIC_WORD,
    _BEFORE_POST_TITLE,
    _BRACKET_GIVEN,
    _CLOSED_AFTER,
    _CUE,
    _GIVEN_THEN_FAMILY,
    _KIN_THEN_GIVEN,
    _KUNYA,
    _LATIN_TITLE,
    _LATIN_TITLE_END,
    _LATIN_TITLE_GATE,
    _LEADING,
    _NAME_THEN_AGE,
    _PARENT_THEN_GIVEN,
    _SPACE,
    _TITLE,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.family import _nisba
from lvmh_pipeline.lib.privacy.names.scripts.arabic.kin.lists import _PLURAL_KIN, bare_kin_list_names, kin_list_names, staff_named
from lvmh_pipeline.lib.privacy.names.scripts.arabic.free import DESCRIBED, IN_THE_NAME_OF, free_names, word_after_client
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading import (
    _PERSON_SUBJECT_VERBS,
    latin_leading_subject,
    leading_subject,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.couples import couple_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.foreign_lead import foreign_family_opening
from lvmh_pipeline.lib.privacy.names.scripts.arabic.verb_subject import verb_subject_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare import rare_family_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _CLIENT_AFTER,
    _EXCLUDED,
    _KIN,
    _PHRASE_GIVEN,
    _PREVIOUS_WORD,
    _ambiguous,
    _family_shaped,
    _given,
    _known,
    _participle,
    _person_before,
    _surname,
    _unknown_family,
    _unknown_given,
    day_part,
    occupational,
    without_number_tail,
)
from lvmh_pipeline.lib.privacy.names.scripts.arabic.titles import (
    _after_title,
    _extend,
    _title_surname,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

# "آل ثاني", "آل سعود": after آل (a family, a clan) any word is its name, an ordinal too; but
# "آل إلى" is the verb "came to"
_AAL_VERB = frozenset({"إلى", "الى", "إلي", "الي"})


_DIGIT_BEFORE = re.compile(r"[0-9٠-٩][ \t]*$")


def arabic_names(text: str) -> list[PiiSpan]:
    spans = _leading_family(text) + _nisba_after_person_word(text) + leading_subject(text) + latin_leading_subject(text)
    spans += verb_subject_names(text) + couple_names(text) + foreign_family_opening(text) + rare_family_names(text)
    if ":" in text or "：" in text:
        spans += kin_list_names(text)
    if any(k in text for k in _PLURAL_KIN):
        spans += bare_kin_list_names(text)  # "البنات فاطمة وحوراء."
    for m in _TITLE.finditer(text):
        before = _PREVIOUS_WORD.search(text, max(0, m.start() - 30), m.start())
        if _title_surname(m.group()) and before and _known(before.group(1)) and before.group(1) not in _EXCLUDED:
            spans.append(PiiSpan(before.start(1), m.end(), "NAME"))  # "ليلى سعادة": her family name
            continue
        span = _after_title(text, m.end())
        if span and m.group() in ("م.", "أ.") and (_DIGIT_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                                  or not _known(text[span.start : span.end].split()[0])):
            continue  # "٥ م. وطلبت": p.m.; "م. سارا": an engineer (abbreviated titles), a known given name after it
        if span and text[m.end() : m.end() + 1] in "،,":
            # "السيدة، اه، الخياط": a pause after the title; a known name or a family name only
            # ("زارتنا السيدة، واشترت …" goes on with a verb)
            first = text[span.start : span.end].split()[0]
            if not (_known(first) or first.startswith("ال") and first not in _EXCLUDED):
                continue
        if span:
            spans.append(span)
    latin_titles = _LATIN_TITLE_END.search(text) and _LATIN_TITLE_GATE(text)
    for m in _LATIN_TITLE.finditer(text) if latin_titles else ():
        span = _after_title(text, m.end())
        if span:
            spans.append(span)
    for m in _CUE.finditer(text):
        first = _ARABIC_WORD.match(text, _SPACE.match(text, m.end()).end())
        if first and m.group() in _CLIENT and word_after_client(text, first):
            continue  # "العميل كريم مع الموظفين", "زبونة كريمة جداً": an adjective
        if first and (first.group() not in _EXCLUDED or m.group() == "آل" and first.group() not in _AAL_VERB) and (
            _known(first.group()) or first.group().startswith("ال") and not _adjective_after_cue(first.group())
            or m.group() == "آل"
            or m.group() in ARABIC_FAMILY_WORDS and len(first.group()) >= 3
            and not first.group().endswith(("ة", "ه", "ا", "ى")) and _CLOSED_AFTER.match(text, first.end())
        ):  # "عائلة زعيتر،": a family word, then an unknown word closed by punctuation
            spans.append(PiiSpan(first.start(), _extend(text, first), "NAME"))
    lead = _LEADING.match(text)
    cut = _cut_before_kin(lead.group(1)) if lead else ""
    first_word = lead.group(1).split()[0] if lead else ""
    if first_word in _KIN or first_word[:1] in "وف" and first_word[1:] in _KIN:
        lead = None  # "وزوجها خالد المري، …": a kin word opens the note, the kin rules take the name after it
    elif lead and any(_is_kin(w) for w in lead.group(1).split()[1:-1]):
        lead = None  # "عطر لبنته ريم (١٨)": a gift for his daughter; the kin rules take her name
    if lead and cut and cut != lead.group(1):
        # "الهاملي وزوجته ريم، …", "خالد وزوجته، ٤٠ سنة": the name ends before "and his wife"
        # (the kin rules take her name)
        if any(_known(w) for w in cut.split()):
            spans.append(PiiSpan(lead.start(1), lead.start(1) + len(cut), "NAME"))
        lead = None
    if lead:
        words = lead.group(1).split()
        aged = _AGE_AFTER.match(text, lead.end(1))
        bracket = _BRACKET_GIVEN.match(text, lead.end(1))
        if not aged and bracket and bracket.group(1) in person_names().given and len(words) == 1:
            aged = bracket  # "الخياط (ليلى)، 45 سنة": a family name, her given name in brackets
        if (
            not aged and len(words) == 2 and _given(words[0]) and words[0] not in _PHRASE_GIVEN
            and (_family_shaped(words[1]) or _unknown_family(text, _ARABIC_WORD.match(text, lead.end(1) - len(words[1]))))
            and (not _ambiguous(words[0]) or _CLIENT_AFTER.match(text, lead.end(1)))
        ):
            aged = lead  # "خالد البيطار، عميل قديم": a given name and a family name open the note
        lone = words[0] if len(words) == 1 and words[0] not in _PERSON_WORDS and len(words[0]) >= 3 else ""
        if lone and _describes_client(lone):
            lone = ""  # "سائحة، ٣٠ سنة", "شاب، ٢٥ سنة": who the client is, not a name
        if lone and not _known(lone) and (is_concept_word(lone) or frequent_with_article(lone)):
            lone = ""  # "حلال، …", "نباتية - …", "المهم، …": a term or word of the note, not a name
        if len(words) == 1 and _describes_client(words[0]):
            aged = None  # "الإماراتية، ٤٥ سنة": a description before her age
        if not any(w in _EXCLUDED for w in words) and (
            aged or any(_known(w) and w not in person_names().ambiguous for w in words)
            or lone and _CLIENT_AFTER.match(text, lead.end(1))  # "سميث، عميل بريطاني"
        ) or lone and _AGE_AFTER.match(text, lead.end(1)) or (  # "الخطيب، ٥٠ سنة": a name before an age
            len(words) in (2, 3) and words[0] in ("بن", "ابن", "آل") and words[-1] not in _EXCLUDED
            and (_CLIENT_AFTER.match(text, lead.end(1)) or _AGE_AFTER.match(text, lead.end(1)))
        ):  # "بن دخيل، عميل قديم", "بن عمر سليم، ٤٠ سنة": a family name with its particle (any word
            # after "son of" is a name), then maybe the given name
            spans.append(PiiSpan(lead.start(1), _lead_end(text, lead, words, aged), "NAME"))
    for m in _NAME_THEN_AGE.finditer(text) if _AGE_DIGIT.search(text) else ():  # a known name before an age
        words = m.group(1).split()
        if len(words) == 2 and _is_kin(words[0]) and _may_name_relative(words[1]):
            words = words[1:]  # "لبنته هيا (١٨)": after a kin word, the word before the age is her name
        while words and (words[0] in _EXCLUDED or not _known(words[0]) or words[0] in person_names().ambiguous):
            if len(words) == 1 and _is_kin(m.group(1).split()[0]) and _may_name_relative(words[0]):
                break
            words = words[1:]
        if words and not any(w in _EXCLUDED or w.lstrip("و") in _EXCLUDED for w in words):
            name = " ".join(words)
            spans.append(PiiSpan(m.end(1) - len(name), m.end(1), "NAME"))
    for m in _GIVEN_THEN_FAMILY.finditer(text):
        given, family = m.group(1), m.group(2)
        if given in IN_THE_NAME_OF and not _person_before(text, m.start(1), given):
            if _surname(family) or _nisba(family):
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))  # "حجز باسم الظاهري": booked under that name
            continue  # "يفاوض باسم العمال": on behalf of the workers, no Basim
        if _person_before(text, m.start(1), given) and (
            given in person_names().given and _family_shaped(family)
            or _unknown_given(given) and (_surname(family) or _nisba(family) or occupational(family))
        ):
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))  # "اتصل خالد البيطار", "زارتنا ميثاء الخياط"
            continue
        if given in person_names().ambiguous and not (_surname(family) or _nisba(family) or occupational(family)):
            continue  # "نور الشمس": the light of the sun
        if given in person_names().given and family not in _EXCLUDED and family not in ARABIC_NISBA_ADJECTIVES:
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    for pattern in (_KIN_THEN_GIVEN, _PARENT_THEN_GIVEN):
        for m in pattern.finditer(text):
            if m.group(1) in person_names().given or pattern is _KIN_THEN_GIVEN and staff_named(text, m):
                spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _BEFORE_POST_TITLE.finditer(text):
        if _ordinary_before_post_title(text, m):
            continue
        if m.group(1) not in _EXCLUDED and m.group(1).lstrip("و") not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            if m.group(2) and m.group(2) not in _EXCLUDED:
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _KUNYA.finditer(text):
        word = m.group(1)
        if word in _KUNYA_PLACES or is_concept_word(word) and word not in person_names().given:
            continue  # "أبو ظبي", "أم القيوين": a city, not a parent (but "أبو عمر": عمر is "age" too)
        if (word not in _EXCLUDED or word in person_names().given) and (
            _known(word) or _CLOSED_AFTER.match(text, m.end(1)) or _subject_at_start(text, m)
        ):  # "أبو عمر": a given name that is a word too ("age") after the kunya
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    spans += free_names(text)
    for m in _AND_GIVEN.finditer(text):
        first, second, first_start = m.group(1), m.group(2), m.start(1)
        if first in _EXCLUDED or second in _EXCLUDED or not (_known(first) or _known(second)):
            continue
        if not (_known(first) and _known(second)):
            # one unknown word: the pair must stand before a family name ("سالم وريم الكعبي")
            gap = _SPACE.match(text, m.end(2))
            family = _ARABIC_WORD.match(text, gap.end()) if gap else None
            if not (family and family.group().startswith("ال") and family.group() not in _EXCLUDED):
                continue
        gap = _SPACE.match(text, m.end(2))
        family = _ARABIC_WORD.match(text, gap.end()) if gap else None
        end = m.end(2)
        if family and family.group().startswith("ال") and family.group() not in _EXCLUDED:
            end = family.end()
        spans.append(PiiSpan(first_start, m.end(1), "NAME"))  # "حمد وخليفة وموزة": pairs overlap in a list
        spans.append(PiiSpan(m.start(2), end, "NAME"))
    if "العبد" in text:
        spans = [_with_abd_family(text, s) for s in spans]
    spans = [t for s in spans if (t := without_number_tail(text, s))]  # "كريم الثمنطعش": his eighteenth
    return [s for s in spans if not day_part(text, s.start, s.end)]  # "صباح اليوم": when, no one


_NEXT_WORD = re.compile(r"[ \t]+([\u0621-\u064a]+)")


def _may_name_relative(word: str) -> bool:
    """No listed word, term of the note or description of a relative ("زوجها كبير (٦٠ سنة)")."""
    return word not in _EXCLUDED and word not in DESCRIBED and not is_concept_word(word) and not _participle(word)


def _is_kin(word: str) -> bool:
    """A kin word, with a proclitic و / ل / ب too ("لبنته", "وزوجها")."""
    return word in _KIN or word[:1] in "ولب" and word[1:] in _KIN


_DIGIT_NEXT = re.compile(r"\s*[\d٠-٩]")


def _lead_end(text: str, lead: re.Match[str], words: list[str], aged: re.Match[str] | None) -> int:
    """End of the name opening the note: before an amount (no age), the run stops after its last
    name word when a noun with a possessive follows it ("الفردان ميزانيته ٢٠ ألف": his budget)."""
    if aged or len(words) == 1 or not _DIGIT_NEXT.match(text, lead.end(1)):
        return lead.end(1)
    names = [i for i, w in enumerate(words) if _known(w) or _family_shaped(w) or w in ("بن", "ابن", "آل")]
    if not names or names[-1] == len(words) - 1 or words[names[-1]] in ("بن", "ابن", "آل"):
        return lead.end(1)
    if not all(w.endswith(("ه", "ها", "هم", "هن")) for w in words[names[-1] + 1 :]):
        return lead.end(1)
    return lead.start(1) + list(re.finditer(r"\S+", lead.group(1)))[names[-1]].end()


def _subject_at_start(text: str, m: re.Match[str]) -> bool:
    """"أبو شقرا مر على المحل": a kunya family name opening the note before a person's verb."""
    nxt = _NEXT_WORD.match(text, m.end(1))
    return not text[: m.start()].strip(" \t-•*") and bool(nxt) and nxt.group(1) in _PERSON_SUBJECT_VERBS


_ABD_AFTER = re.compile(r"[ \t]+العبد")
_ABD_FAMILY_TAIL = re.compile(r"[ \t]+(?:الله|ال[\u0621-\u064a]{3,})")


def _with_abd_family(text: str, span: PiiSpan) -> PiiSpan:
    """"فيصل العبد اللطيف": a family name of two words, العبد and a divine name."""
    end = span.end
    if not text[span.start : end].endswith("العبد"):
        abd = _ABD_AFTER.match(text, end)
        if not abd:
            return span
        end = abd.end()  # "عبد الرحمن العبد الله": the given name found, the family name after it
    tail = _ABD_FAMILY_TAIL.match(text, end)
    return PiiSpan(span.start, tail.end(), span.kind) if tail else span
