"""Shape and acceptance checks of a candidate surname and the words around it."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.cues import (
    LETTER,
    is_capitalised,
    is_cyrillic,
    is_initial,
    surname_shaped,
)
from lvmh_pipeline.lib.privacy.names.cues.words import _TITLE_WORDS
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    UNKNOWN,
    classify,
    fold,
    is_famous,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.guard_words import ADJECTIVE_ENDINGS, COLOURS_AND_MATERIALS, SURNAME_ADJECTIVES
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, LABELS
from lvmh_pipeline.lib.privacy.names.positions.pairs import _LOWER_AFTER, _NEXT_WORD
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _AGE_AFTER,
    _CUE_WORDS,
    _DELIMITER,
    _GAP,
    _NAME_WORD,
    _ROLE_ENDINGS,
    _STATE_WORDS,
    _ordinary,
    _ordinary_not_word,
)
from lvmh_pipeline.lib.concepts.budgets.numbers.words import word_tokens
from lvmh_pipeline.lib.privacy.names.word_forms import is_ambiguous_term, russian_sentence_word


def _words_at(text: str, pos: int, limit: int = 3) -> list[re.Match[str]]:
    """Up to ``limit`` capitalised words (with their particles) from ``pos``."""
    words = []
    cursor = pos
    while len(words) < limit:
        m = _NAME_WORD.match(text, cursor)
        if not m or not is_capitalised(m.group().split()[-1]) or m.group() in _TITLE_WORDS:
            break  # a title ("M. Girard") is the title rule's
        words.append(m)
        gap = _GAP.match(text, m.end())
        if not gap:
            break
        cursor = gap.end()
    return words


def _capitals_then_given(cores: list[str]) -> bool:
    """"DU PLESSIS Aymeric": the family name in capitals, then the given name (a CRM's order),
    both unknown to the lexicon, neither a word, place or brand."""
    family, given = cores
    return (
        len(family) >= 4 and family.isupper() and given[:1].isupper() and given[1:].islower() and len(given) >= 3
        and all(classify(w) in (UNKNOWN, NAME) and not is_vocabulary(w) and not is_place_month_or_brand(w) for w in cores)
    )


def _kind(word: str) -> str:
    """classify(), with names that are ordinary words only in the lexicon's own list ("Rossi",
    "Koch") counted as names: no note uses them as ordinary words in a name position."""
    kind = classify(word)
    return NAME if kind == AMBIGUOUS and not is_vocabulary(word) else kind


def _shape_ok(words: list[str]) -> bool:
    """One word, or a given name with a surname ("Anna Keller", "Keller Anna", "Соколова Анна",
    "Anna Maria Keller", "Иванов Иван Петрович") — not "Collectionne Helmut"."""
    cores = [w.split()[-1] for w in words]
    if len(cores) == 1:
        return True
    if is_famous(" ".join(words)):
        return False
    if all(is_cyrillic(w) for w in cores):
        return True
    given = [is_given_name(w) or w.endswith(".") for w in cores]
    if len(cores) == 2:
        # "Anna Keller"; "Priyanka Desai": an unknown given name before a known surname
        return any(given) or is_surname(cores[1]) and classify(cores[1]) == NAME and classify(cores[0]) == UNKNOWN or (
            _capitals_then_given(cores)
        )
    if given[0] and not any(given[1:]) and len(cores) == 3 and not any(" " in w for w in words):
        # "Lucía Condori Apaza": a given name and two surnames (Iberian, Latin American)
        return all(classify(w) in (UNKNOWN, NAME) and not is_place_month_or_brand(w) for w in cores[1:])
    return given[0] and given[1] or given[1] and given[2]


_WORD_AFTER_MARK = re.compile(rf"[ \t]*(?:[,;(/:]|[-–—])?[ \t]*([{LETTER}]+)")


def _person_word_after(text: str, end: int) -> bool:
    """After "Blanc —": a client, role, state or kin word says the word before is a person
    ("Blanc — cliente depuis 2010"); "Prata, tamanho M" says it is a colour."""
    m = _WORD_AFTER_MARK.match(text, end)
    if not m:
        return False
    low = m.group(1).casefold()
    return (
        low in _CUE_WORDS
        or low in _STATE_WORDS
        or low in KIN_WORDS
        or low in _LABEL_WORDS
        or low.endswith(_ROLE_ENDINGS)
        or low in _PERSON_NOUNS
    )


# Nouns that describe a person after a leading name ("Blanc — avocate", "Green, returning client").
_PERSON_NOUNS = frozenset(
    """returning regular loyal new longtime long-time fidèle habituée habitué nouvelle nouveau ancienne
    ancien storica storico abituale nuova nuovo habitual nueva nuevo antigua antiguo fiel antiga antigo
    nova novo stammkundin stammkunde neukundin neukunde vaste nieuwe trouwe постоянная постоянный новая
    новый avocate avocat médecin architecte notaire banquier banquière avvocato avvocata medico architetto
    abogada abogado médica médico arquitecta arquitecto advogada advogado lawyer doctor banker architect
    anwältin anwalt ärztin arzt advocaat arts widow widowed veuve vedova viuda viúva witwe weduwe вдова
    mrs mr ms mme étudiante étudiant student studentin studentessa studente estudiante estudante
    retraitée retraité retired pensionata pensionato jubilada jubilado aposentada aposentado rentnerin
    rentner""".split()
)
_LABEL_WORDS = frozenset(label.casefold() for label in LABELS)


def _accept(
    words: list[str], age: str | None, delimiter: str, note_start: bool, german: bool = False,
    person_after: bool = False,
) -> bool:
    """Do ``words`` in a name position make a person? ``age`` is "strong", "weak" or None;
    ``delimiter`` the mark after them ("," "(" "—" ":" or ""); ``note_start`` whether they open
    the note, where an unknown capitalised word before a comma or a dash is the client."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    if (
        len(cores) == 2
        and age == "strong"
        and note_start
        and is_surname(cores[0])
        and classify(cores[1]) == COMMON
        and not _ordinary_not_word(cores[1])
    ):
        return True  # "Neri Rosa, 41 anni": surname first, a given name that is a word too
    if not cores or any(_ordinary(w) for w in cores) or not _shape_ok(words):
        return False
    if len(cores) == 1 and age != "strong" and is_cyrillic(cores[0]) and russian_sentence_word(cores[0]):
        return False  # "Колет, утром и вечером", "Рыбу, курицу — нет": a verb or a noun's case
    if len(cores) > 1 and names_a_place_or_org(cores[0]):
        return False  # "Via Giulia, …", "Chez Marie —": a street, a restaurant
    kinds = [NAME if classify(w) == NAME else _kind(w.split()[-1]) for w in words]
    if any(
        kind == UNKNOWN and len(word) >= 7 and fold(word).endswith(ADJECTIVE_ENDINGS)
        for kind, word in zip(kinds, cores)
    ):
        return False  # "Elegante, 50 anni": an adjective, even before an age
    if age == "strong" or NAME in kinds:
        return True
    if AMBIGUOUS in kinds:
        # "Blanc — cliente", "Bianchi, avvocato": a surname that is a word too, in the name
        # position that opens a note; not "Paris, 3 jours" nor "Mai, …", nor a colour or a
        # material without an age ("Prata, tamanho M"; "Dourado (50)" is a person).
        return age == "weak" or (
            note_start
            and delimiter not in ("", ":")
            and (not any(is_place_month_or_brand(w) for w in cores) or person_after and is_given_name(cores[0]))
            and not (len(cores) == 1 and fold(cores[0]) in COLOURS_AND_MATERIALS and not person_after)
        )
    if note_start and delimiter and delimiter != ":" and (not german or age):
        # The weakest cue: no age, no known name. Adjectives and abstract nouns open notes too,
        # and in German every noun is capitalised ("Weihnachtseinkauf, …") — but no noun opens a
        # note before a bare age ("Brandstätter, 63, …"), nor does an item of a list or an
        # amount ("Eggs, nuts: fine", "Deux, trois cents euros"; "Fish, regular client" is a person).
        return not any(
            len(w) >= 7 and fold(w).endswith(ADJECTIVE_ENDINGS) or _item_word(fold(w)) and not person_after
            for w in cores
        )
    return bool(age or delimiter) and any(surname_shaped(w) for w in cores)


def _item_word(low: str) -> bool:
    """A number word or a word the taxonomy lists as an ambiguous allergen ("deux", "zwei",
    "eggs", "huevos"): a note opening with it before a comma lists or counts, it names no one."""
    return is_ambiguous_term(low) or word_tokens(low) is not None


def _known_subject(text: str, words: list[str], end: int) -> bool:
    """A note opening with a known surname (or given name + surname) before a lower-case word:
    "Keller zoekt een tas", "Hughes wants the tote"."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    if not cores:
        return False
    last = cores[-1]
    if len(cores) > 1 and names_a_place_or_org(cores[0]):
        return False  # "Chez Marie is …"
    if len(cores) == 1 and len(last) <= 2:
        return False  # "Ha venido", "Un jour": a short surname is a verb or an article too
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).casefold() in KIN_WORDS:
        return False  # "Best friend Saffron …", "Little sister …": an adjective before a kin word
    if len(cores) == 1 and fold(last) in SURNAME_ADJECTIVES and nxt and nxt.group(1).islower():
        return False  # "Petit mémo, …", "Klein aber fein": an adjective before its noun
    return (
        _LOWER_AFTER.match(text, end) is not None
        and is_surname(last)
        and _kind(last) == NAME
        and _shape_ok(words)
        and not any(_ordinary(w) for w in cores)
    )


def _after_words(text: str, end: int) -> tuple[re.Match | None, str | None, re.Match | None, str]:
    """What follows a run of words ending at ``end``: the age match, its kind ("strong" /
    "weak"), the delimiter match and its mark ("," ":" … or "")."""
    age = _AGE_AFTER.match(text, end)
    delimiter = _DELIMITER.match(text, end)
    return (age, age and ("strong" if age.group("strong") else "weak"), delimiter,
            delimiter.group("mark") if delimiter else "")
