"""A family name missing from the lexicon that opens an Arabic note as the subject of a verb of the
client: "العويس زارتنا اليوم", "زيدان سأل عن الخصم", "الشويهي اليوم اشترى قلم", "بوحليقة جا مع
زوجته", "العميمي مهتم بالساعات", or before the client's kin ("الزعيبي ابنته …", "الزعيبي مع زوجته"); a
given name that is a word too, the same way ("صالح جا اليوم").

Only verbs that a person does (visiting, calling, asking, wanting, buying, liking) say so; a
verb that a thing does too ("وصل", "جا": the order came) is enough only for a word without the
article. Roles, descriptions, adverbs and words of the note that open a sentence ("المدير
سأل", "الموظفة اتصلت", "أمس اتصلت", "توها قالت") stay.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.scripts.arabic.common import _LETTER
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import (
    _ARTICLE_PROCLITICS,
    _EXCLUDED,
    _KIN,
    _NAMING,
    _known,
    _participle,
    _verb_shaped,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_CLIENT_WORDS, ARABIC_NISBA_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.person_names import person_names
from lvmh_pipeline.lib.privacy.names.scripts.arabic.leading_words import (
    _AFTER_GIVEN,
    _ARRIVAL_VERBS,
    _CLIENT_GROUPS,
    _KIN_OF_PERSON,
    _NOT_FAMILY_NISBA,
    _OPENERS,
    _PERSON_NOUNS,
    _PERSON_OCCASIONS,
    _PERSON_SUBJECT_VERBS,
    _ROLES,
    _TIME_BETWEEN,
    _TITLES,
)
from lvmh_pipeline.lib.privacy.names.word_forms import is_concept_word

# (the word lists are imported from here by the other Arabic rules too)
__all__ = [
    "_AFTER_GIVEN", "_ARRIVAL_VERBS", "_NOT_FAMILY_NISBA", "_OPENERS", "_PERSON_SUBJECT_VERBS", "_ROLES", "_TIME_BETWEEN",
    "latin_leading_subject", "leading_subject",
]

# "بن حموده اتصل", "أبو شقرا عميل", "با جنيد يبي": "son of", "father of", "house of" before
# the family name opening the note
_LEAD_PREFIX = re.compile(r"(?:بن|ابن|بو|أبو|ابو|آل|با)[ \t]+$")
_LEAD = re.compile(rf"^[\s\-•*]*(?:(?:بن|ابن|بو|أبو|ابو|آل|با)[ \t]+)?([{_LETTER}]+)[ \t]*[،,]?[ \t]+([{_LETTER}]+)(?:[ \t]+([{_LETTER}]+))?")


def _ending_only(word: str, verb: str) -> bool:
    """A family name a verb's ending would hide, before a person's verb: a nisba in "-اني"
    ("بهبهاني طلب"), a foreign name in "-وا" before a verb in the singular ("دوبوا اتصلت")."""
    return (
        verb in _PERSON_SUBJECT_VERBS
        and (len(word) >= 6 and word.endswith("اني") or len(word) >= 5 and word.endswith("وا") and not verb.endswith(("وا", "و")))
        and word[0] not in "يت"
        and not word.startswith(("ال", "بي", "بت", "بن", "رح", "حي", "عم", "ما", "لا", "س"))
    )


def _foreign_shaped(word: str) -> bool:
    """A family name of another language written in Arabic letters ("رودريغيز", "مارتينيز",
    "بيترسون"): long vowels in most syllables, where a verb of that length has a prefix and one or
    two; what looks like a verb's prefix ("ما", "بي") is then part of the name."""
    vowels = sum(c in "اوي" for c in word[1:])
    return (
        (len(word) >= 6 and vowels >= 3 or len(word) >= 7 and vowels >= 2)
        and not word.startswith("ال") and not word.endswith(("ات", "وا", "ين", "ون")) or word.endswith("سون")
    )


def _may_be_family(word: str, verb: str = "") -> bool:
    bare = word[2:] if word.startswith("ال") else word
    return (
        len(word) >= 4
        and not _known(word)
        and word not in _EXCLUDED
        and word not in _KIN
        and word not in _NAMING
        and word not in ARABIC_CLIENT_WORDS
        and word not in ARABIC_NISBA_ADJECTIVES
        and word not in _NOT_FAMILY_NISBA
        and bare not in _ROLES
        and (bare[:-1] not in _ROLES if bare.endswith(("ة", "ه")) else True)
        and word not in _TIME_BETWEEN
        and word not in _OPENERS
        and not word.startswith(_ARTICLE_PROCLITICS)
        and not (word.startswith("ال") and word.endswith(("ة", "ه", "ات", "ين", "ون")))  # roles, groups
        and not word.endswith(("ية", "يه", "ها", "هم", "نا", "كم"))  # adjectives, pronoun forms
        and not (_verb_shaped(word) and not _ending_only(word, verb) and not _foreign_shaped(word))
        and not _participle(word)
        and not is_concept_word(word)
    )


# What follows a person opening the note besides a verb: a place, company or time word, a kinship
# or client word, "was", "has", a negation ("الدغيشي في المحل", "الزعيبي اليوم مع …", "… أم لثلاثة").
_AFTER_PERSON = frozenset("في مع من أم ام أبو ابو هو هي لم لا عميل عميلة زبون زبونة".split()) | _AFTER_GIVEN | _TIME_BETWEEN


def _nisba_family(word: str, verb: str, comma: bool) -> bool:
    """"الدغيشي", "الزعيبي": the article, four letters or more and the "-ي" of a family name of
    origin opening the note, before a comma or a word said of a person; no adjective, noun or
    participle of that shape ("الذهبي", "الكرسي", "المحامي")."""
    return (
        len(word) >= 6 and word.startswith("ال") and word.endswith("ي")
        and (comma or verb in _AFTER_PERSON or _verb_shaped(verb) and not verb.startswith(("ما", "لا"))
             and not verb.endswith(("ه", "ها", "هم")))  # "اليدوي تفضله": the thing she prefers
        and word not in ARABIC_NISBA_ADJECTIVES and word not in _NOT_FAMILY_NISBA and _may_be_family(word, verb)
    )


# "السيارة حجز لها موقف": a verb with no person after a thing, its object a pronoun
_IMPERSONAL_AFTER = frozenset("له لها لهم عليه عليها عليهم منه منها منهم فيه فيها به بها".split())


def _family_plural_shape(word: str) -> bool:
    """"الخوالدة", "العبدلات", "الحسون": a family name shaped as a feminine or plural word, told by
    the masculine singular verb after it (a role or a group takes the feminine or plural one)."""
    bare = word[2:]
    return (
        word.startswith("ال") and len(word) >= 6 and word.endswith(("ة", "ات", "ون"))
        and word not in _EXCLUDED and word not in _TIME_BETWEEN and word not in _OPENERS
        and bare not in _ROLES and bare[:-1] not in _ROLES and bare[:-2] not in _ROLES
        and not is_concept_word(word)
    )


# "الفلاني (العميل، …)": the word opening the note, then a bracket that says it is the client, or
# speaks of the name ("كريم (لا يذكر اسم عائلته)").
_CLIENT_BRACKET = re.compile(rf"^[\s\-•*]*([{_LETTER}]{{3,}})[ \t]*[(（][ \t]*([{_LETTER}]+)([^)）\n]{{0,40}})")
_NAME_WORDS_IN_BRACKET = re.compile(r"(?:^|[ \t])(?:اسم|اسمه|اسمها|لقب|لقبه|لقبها|الاسم|اسم العائلة|عائلته|عائلتها)(?:[ \t]|$)")


def _family_then_given(m: re.Match[str]) -> list[PiiSpan]:
    """"دعبول سامي يحتفل …", "كرم ليلى عميلة قديمة", "زعيتر خالد وزوجته": the family name, then a
    known given name, then what a person does or is — both are the client's names."""
    word, given, after = m.group(1), m.group(2), m.group(3)
    lexicon = person_names()
    if not after or "،" in m.group() or "," in m.group() or given not in lexicon.given or given in _EXCLUDED:
        return []
    if word in _TITLES or word in _ROLES or word in _KIN or word.startswith(_ARTICLE_PROCLITICS):
        return []
    family = (
        word in lexicon.surnames and word not in lexicon.given and word not in _EXCLUDED or _may_be_family(word, "")
        or _start_with_prefix(m) < m.start(1) and word not in _EXCLUDED
    )
    said_of_person = (
        after in _PERSON_SUBJECT_VERBS or after in ARABIC_CLIENT_WORDS or after in _AFTER_GIVEN or after in _PERSON_NOUNS
        or after in _KIN_OF_PERSON or after[0] == "و" and after[1:] in _KIN
    )
    if not (family and said_of_person):
        return []
    return [PiiSpan(_start_with_prefix(m), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]


def _start_with_prefix(m: re.Match[str]) -> int:
    """Start of the family name opening the note, its "بن", "أبو", "آل" … included."""
    prefix = _LEAD_PREFIX.search(m.string, 0, m.start(1))
    return prefix.start() if prefix else m.start(1)


def _prefixed_family(m: re.Match[str], verb: str) -> list[PiiSpan]:
    """"بو خاطر وزوجته جوا", "ابو شقرا ما جا", "بن لادن يبي": "son of", "father of", "house of" make
    the word after them a family name; what follows says it is the person's."""
    word = m.group(1)
    start = _start_with_prefix(m)
    family_only = m.string.startswith(("بن", "آل"), start)  # "بن ثاني", "آل مكتوم": a family, even of a word
    if start == m.start(1) or word in _EXCLUDED and not (family_only and word not in _KIN | _ROLES) or len(word) < 3:
        return []
    if (verb in _PERSON_SUBJECT_VERBS or verb in _AFTER_GIVEN or verb in ARABIC_CLIENT_WORDS or verb in _PERSON_NOUNS
            or verb in _ARRIVAL_VERBS or verb in _KIN_OF_PERSON or verb[0] == "و" and verb[1:] in _KIN):
        return [PiiSpan(start, m.end(1), "NAME")]
    return []


# "هالزبون يحب …", "هالعميلة تبي …": the demonstrative ها glued to a noun with its article ("this client")
_THIS_ONE = re.compile(rf"هال[{_LETTER}]{{3,}}$")


def leading_subject(text: str) -> list[PiiSpan]:
    """The first word of a note when a person's verb follows it (with a word of time between),
    or a bracket naming it the client."""
    c = _CLIENT_BRACKET.match(text)
    if c and c.group(1) not in _ROLES | _OPENERS | _EXCLUDED and (
        c.group(2) in ARABIC_CLIENT_WORDS or _NAME_WORDS_IN_BRACKET.search(c.group(2) + c.group(3))
    ):
        return [PiiSpan(c.start(1), c.end(1), "NAME")]
    m = _LEAD.match(text)
    if not m or _THIS_ONE.match(m.group(1)):
        return []
    word, verb = m.group(1), m.group(2)
    family_first = _family_then_given(m)
    if family_first:
        return family_first
    if verb in _TIME_BETWEEN and m.group(3):
        verb = m.group(3)
    prefixed = _prefixed_family(m, verb)
    if prefixed:
        return prefixed
    if _known(word) and not word.startswith("ال") and word in person_names().given and word not in _EXCLUDED | _OPENERS:
        # "صالح جا اليوم", "أمل اتصلت", "هدى ما حضرت", "جمال وزوجته": a given name that is a word
        # too, as the subject of what a person does or has
        if (verb in _PERSON_SUBJECT_VERBS or verb in _ARRIVAL_VERBS or verb in _AFTER_GIVEN
                or verb[0] == "و" and verb[1:] in _KIN or verb in _KIN_OF_PERSON):
            return [PiiSpan(m.start(1), m.end(1), "NAME")]
        return []
    if (_known(word) and word in person_names().surnames and word not in person_names().given
            and verb in _PERSON_SUBJECT_VERBS and word not in _EXCLUDED | _OPENERS | _ROLES | _TIME_BETWEEN):
        # "نصار زار المحل", "سلامة سيتصل": a family name that is a word too, as a person's subject
        return [PiiSpan(m.start(1), m.end(1), "NAME")]
    if word in ARABIC_NISBA_ADJECTIVES and word.startswith("ال") and "،" not in m.group() and "," not in m.group() and (
        verb in _PERSON_SUBJECT_VERBS or verb in ARABIC_CLIENT_WORDS or verb[0] == "و" and verb[1:] in _KIN
    ):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الشامي عميل قديم", "السويدي وزوجته": a family name of origin
    if (_family_plural_shape(word) and verb in _PERSON_SUBJECT_VERBS and not verb.endswith(("ت", "وا", "و"))
            and m.group(3) not in _IMPERSONAL_AFTER):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الخوالدة طلب": a masculine verb, so a man of that family
    if _nisba_family(word, verb, "،" in m.group() or "," in m.group()):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الدغيشي في المحل", "الزعيبي، …": a family name's shape
    if "،" in m.group() or "," in m.group() or not _may_be_family(word, verb):
        return []  # "مبدئياً، تبي": after a comma only a given name of the lexicon
    if verb in _TITLES and word.startswith("ال") and word.endswith("ي"):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الطنطاوي مدام هالة": the family name, then her title
    if verb == "من" and m.group(3) in _CLIENT_GROUPS:
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "باعشن من عملائنا القدامى"
    if verb in _PERSON_SUBJECT_VERBS or verb in _PERSON_NOUNS or verb in _ARRIVAL_VERBS and not word.startswith("ال"):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]
    if _foreign_shaped(word) and (verb in _AFTER_GIVEN or verb[0] == "و" and verb[1:] in _KIN):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "رودريغيز ما قرر", "بيترسون وزوجته جوا"
    if verb in _PERSON_OCCASIONS and (m.group(3) or "").endswith(("ه", "ها", "هم")) and (
        word.endswith("ي") or not word.startswith("ال")
    ):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الخنجي عيد زواجه في مارس": the person's own occasion
    if verb in _KIN_OF_PERSON or verb == "مع" and m.group(3) in _KIN_OF_PERSON:
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "الزعيبي ابنته تتخرج", "الزعيبي مع زوجته": a person's kin
    if verb in ARABIC_CLIENT_WORDS and m.start(1) > len(m.group()) - len(m.group().lstrip(" \t\n-•*")):
        return [PiiSpan(m.start(1), m.end(1), "NAME")]  # "أبو شقرا عميلة قديمة": a family name, then "client"
    return []


# A family name in Latin letters opening an Arabic note: before a person's verb ("Bushnaq زار
# المحل"), or inverted before a given name and a dash ("Haddad Frangieh, Karim — …").
_LATIN_WORD = r"(?:(?:Al|El|Abu|Abou|Bin|Ben|Bou|Bu)[ \-])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_LATIN_LEAD = re.compile(
    rf"^[\s\-•*]*({_LATIN_WORD}(?:[ \t]{_LATIN_WORD})?)"
    rf"(?:[ \t]+([{_LETTER}]+)|[ \t]*,[ \t]*({_LATIN_WORD})[ \t]*(?:[—–]|-[ \t]|،))"
)


def latin_leading_subject(text: str) -> list[PiiSpan]:
    """A Latin-script family name (and given name) opening an Arabic note (see above)."""
    m = _LATIN_LEAD.match(text)
    if not m:
        return []
    parts = [m.group(1)] + ([m.group(3)] if m.group(3) else [])
    words = [w for p in parts for w in re.split(r"[ \-]", p) if w not in ("Al", "El", "Abu", "Abou", "Bin", "Ben", "Bou", "Bu")]
    if any(classify(w) == COMMON or is_place_month_or_brand(w) for w in words):
        return []
    if m.group(2) is not None and m.group(2) not in _PERSON_SUBJECT_VERBS | _ARRIVAL_VERBS:
        return []
    spans = [PiiSpan(m.start(1), m.end(1), "NAME")]
    if m.group(3):
        spans.append(PiiSpan(m.start(3), m.end(3), "NAME"))
    return spans
