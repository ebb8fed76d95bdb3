"""Surnames recognised by their position, in alphabetic scripts (Latin, Cyrillic).

- a note (or a line) that starts with a name: "Keller, 57 jaar, …", "Rossi — cliente storica",
  "Orlov, 69 лет", "Anna Keller (57)";
- a name followed by an age anywhere: "Dupont 45 ans", "Müller (62)", "Орлов, 69 лет";
- a surname pair, and a lone surname at a sentence start.

Given names by position (after a kin word, before a surname, alone in running text, Russian
forms) are in :mod:`.given`, which reads the word shapes defined here. Each candidate is checked
against :func:`.guard.classify`: ordinary words ("Tochter, 25 Jahre", "Budget, 5K",
"Anniversaire 50 ans") are never names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import (
    AGE_APPROX,
    AGE_TENS,
    AGE_UNITS,
    CLIENT_WORDS,
    COUPLE_WORDS,
    FILLERS,
    KIN_WORDS,
    LABELS,
    NOT_NAMES,
    PARTICLES,
    TITLE_WORDS_LOWER,
)
from lvmh_pipeline.lib.privacy.names.cues import (
    _TITLE_WORDS,
    LETTER,
    UPPER,
    alternation,
    is_capitalised,
    is_cyrillic,
    is_initial,
    scan,
    surname_shaped,
)
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
from lvmh_pipeline.lib.privacy.names.guard_words import ADJECTIVE_ENDINGS, COLOURS_AND_MATERIALS, FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.word_forms import russian_sentence_word

_CAP = rf"[{UPPER}][{LETTER}]*(?:['’\-][{LETTER}]+)*"
_PART = alternation(p for p in PARTICLES if p[-1] not in "'’")
# "45 ans", "57 jaar", "69 лет", "45歳", "57-jährig"; a bare "(62)" or ", 62," is weaker.
_STRONG_AGE = (
    rf"(?:(?i:{alternation(AGE_APPROX)})[ \t]*)?\d{{1,3}}[ \t]*(?:-[ \t]*)?"
    rf"(?:(?i:{alternation(AGE_UNITS)})(?![{LETTER}])|(?i:jährige?[rn]?)|[0-9]?s\b)"
)
_AGE_AFTER = re.compile(
    rf"[ \t]*(?:[,，、،][ \t]*|[(（][ \t]*|[-–—:][ \t]*)?(?P<strong>{_STRONG_AGE})"
    r"|[ \t]*(?P<weak>[(（][ \t]*\d{2}[ \t]*[)）]|[,，،][ \t]*\d{2}(?=[ \t]*(?:[,;)，،]|\.(?:\s|$)|$)))"
)
_DELIMITER = re.compile(r"[ \t]*(?P<mark>[,;(/|]|[，、（،]|[-–—](?=[ \t])|:)")
_NAME_WORD = re.compile(rf"[{UPPER}]\.|(?:(?i:{_PART})[ \t]+)*{_CAP}")
_GAP = re.compile(r"[ \t\u00a0]+")
_LINE_START = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:[-•*·>]+[ \t]*)?"
    r"(?:\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?[ \t]*(?:[-–—:,][ \t]*)?)?"
    rf"(?:(?:{alternation(LABELS)})[ \t]*[:：][ \t]*)?"
    rf"(?:(?:{alternation(FILLERS)})[ \t]*[,.…]*[ \t]+){{0,3}}",
    re.IGNORECASE,
)
_CAP_RE = re.compile(_CAP)
_NUMBER = re.compile(r"(?<![\d.,/:])\d{1,3}(?![\d])")
_UNIT_AFTER = re.compile(
    rf"[ \t]*(?:-[ \t]*)?(?:(?i:{alternation(AGE_UNITS)})(?![{LETTER}])|(?i:jährige?[rn]?)|[0-9]?s\b)"
)
_WORD_AGE = re.compile(
    rf"(?<![{LETTER}])(?i:[{LETTER}]*(?:{alternation(AGE_TENS)})[{LETTER}\-]*"
    rf"(?:[ \t]+(?:y|e|et|и|and)[ \t]+[{LETTER}]+|[ \t]+[{LETTER}]+)?)"
    rf"(?={_UNIT_AFTER.pattern})"
)
_WEAK_AFTER = re.compile(r"[ \t]*(?:\)|(?=[,;]|\.(?:\s|$)|$))")
_NAME_BEFORE_AGE = re.compile(
    rf"(?<![{LETTER}\[\]'’\-])({_CAP})(?P<sep>[ \t]*(?:,[ \t]*|\([ \t]*|[-–—:][ \t]*)?)"
    rf"(?:(?i:{alternation(AGE_APPROX)})[ \t]*)?$"
)
_KIN_AFTER = re.compile(
    r"[ \t]*[,:(]?[ \t]*(?:(?i:named|called|prénommée?|nommée?|di nome|de nombre|chiamat[ao]|"
    rf"llamad[ao]|namens|genaamd|по имени)[ \t]+)?(?=[{UPPER}])"
)
_GAP_THEN_UPPER = re.compile(rf"[ \t]+[{UPPER}]")
_SIZE_BEFORE = re.compile(
    rf"(?<![{LETTER}])(?i:size|taille|taglia|talla|tamanho|maat|größe|grösse|pointure|tour de doigt|"
    r"ring|bague|anello|anillo|anel|размер|サイズ|사이즈|尺码|modèle|model|modello|modelo|ref|réf)"
    rf"(?![{LETTER}])[^.;]*$"
)
_WORD_BEFORE = re.compile(rf"(?<![{LETTER}'’\-])(?:({_CAP})|((?i:{_PART})))[ \t]+$")
_LAST_WORD = re.compile(r"(\S+)[ \t]+$")
_NOTE_START = re.compile(r"[\s\-•*·>]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t]*$")
_FILLER_WORDS = frozenset(f for f in FILLERS if " " not in f)
_CUE_WORDS = TITLE_WORDS_LOWER | frozenset(w.casefold() for w in COUPLE_WORDS + CLIENT_WORDS)
# Roles and states that open a note as a name would ("Veuve, 70 ans", "Married 30 years").
_STATE_WORDS = frozenset(
    """
    veuve veuf divorcée divorcé célibataire mariée marié mariés pacsée homme ensemble noces
    widow widower divorced single married together marriage anniversary woman women gentleman
    businessman businesswoman lady
    vedova vedovo divorziata divorziato sposata sposato sposati nubile celibe uomo donna insieme
    anniversario
    viuda viudo divorciada divorciado casada casado casados soltera soltero hombre juntos juntas
    viúva viúvo solteira solteiro homem mulher
    verheiratet geschieden ledig zusammen ehe verwitwet
    weduwe weduwnaar gescheiden getrouwd alleenstaand samen zakenvrouw zakenman
    вдова вдовец разведена разведён замужем женат холост вместе женаты стаж знакомы ему ей им
    """.split()
)
# Endings of role nouns: "Galeriste", "Kinésithérapeute" are no surnames.
_ROLE_ENDINGS = (
    "iste", "ista", "euse", "trice", "ienne", "logue", "ologe", "ologin", "ologist", "ólogo",
    "óloga", "ologo", "ologa", "iker", "ikerin", "peute", "peuta",
)
# Kin words that are function words too ("son" his, "man" one, "nicht" not): a known given
# name must follow.
_KIN_AMBIGUOUS = frozenset({"son", "man", "mann", "prima", "primo", "nicht", "pai", "ami"})


# Russian words that open a sentence and are no surname by their ending: past-tense verbs
# ("Рассказала", "Вернулась", "Отложили"), infinitives ("Уточнить"), adverbs ("Возможно",
# "Кстати"). Surnames end otherwise (-ов, -ина, -ский, -енко, -ук …).
_RU_NOT_SURNAME_ENDINGS = (
    "ла", "ли", "ло", "лся", "лась", "лись", "лось", "ть", "ться", "ти", "чь", "ал", "ял", "ил", "ел",
    "ёл", "ул", "но", "ски", "жно", "шно", "ьно", "ому", "ему", "ого", "его", "ясь", "ешь", "ите", "ете",
)
_RU_OPENERS = frozenset(
    """кстати итак например впрочем конечно однако спасибо также потом далее затем сначала
    сегодня вчера завтра утром вечером днём днем возможно видимо наверное кажется пожалуйста
    уточнить узнать позвонить перезвонить напомнить отложить зовут звали""".split()
)


def ordinary_russian(word: str) -> bool:
    """A capitalised Russian word that a verb or adverb ending shows is no name."""
    low = word.casefold()
    return (
        is_cyrillic(word)
        and classify(word) != NAME
        and not _given_form(word)
        and (
            low in _RU_OPENERS
            or len(low) >= 5 and low.endswith(_RU_NOT_SURNAME_ENDINGS) and not low.endswith(("ели", "швили", "тти"))
        )
    )


def _ordinary(word: str) -> bool:
    low = fold(word)
    return (
        classify(word) == COMMON
        or ordinary_russian(word)
        or low in _STATE_WORDS
        or low in _FILLER_WORDS
        or low in NOT_NAMES
        or word in _TITLE_WORDS
        or low in _CUE_WORDS
        or low in KIN_WORDS
        or (classify(word) != NAME and len(low) >= 6 and low.endswith(_ROLE_ENDINGS))
    )


def _ordinary_not_word(word: str) -> bool:
    """_ordinary() for reasons other than being a listed word: a state, filler, title, cue,
    kin or function word, a place, a month or a brand."""
    low = fold(word)
    return (
        low in _STATE_WORDS
        or low in _FILLER_WORDS
        or low in NOT_NAMES
        or word in _TITLE_WORDS
        or low in _CUE_WORDS
        or low in KIN_WORDS
        or is_place_month_or_brand(word)
        or low in FUNCTION_WORDS
    )


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
        return any(given) or is_surname(cores[1]) and classify(cores[1]) == NAME and classify(cores[0]) == UNKNOWN
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
        # note before a bare age ("Brandstätter, 63, …").
        return not any(len(w) >= 7 and fold(w).endswith(ADJECTIVE_ENDINGS) for w in cores)
    return bool(age or delimiter) and any(surname_shaped(w) for w in cores)


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


def leading_names(text: str) -> list[PiiSpan]:
    spans = []
    german = scan(text).german
    for line in _LINE_START.finditer(text):
        candidates = _words_at(text, line.end())
        note_start = not text[: line.start()].strip()
        # The longest run of words followed by a delimiter or an age: "Anna Keller, 57".
        while candidates:
            end = candidates[-1].end()
            age, kind, delimiter, mark = _after_words(text, end)
            words = [m.group() for m in candidates]
            if (age or delimiter) and _accept(
                words, kind, mark, note_start, german, person_after=_person_word_after(text, end)
            ):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))
                break
            if note_start and _known_subject(text, words, end):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))  # "Keller zoekt een tas"
                break
            candidates.pop()
        if line.end() >= len(text):
            break
    if ". " in text or "; " in text:
        spans += _sentence_start_names(text, german)
    return spans


def _known_person(words: list[str]) -> bool:
    """Known names (or names that are words too), no place, month, brand, colour or material."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    return bool(cores) and _shape_ok(words) and all(
        classify(w) in (NAME, AMBIGUOUS) and not _ordinary(w) and not is_place_month_or_brand(w)
        and fold(w) not in COLOURS_AND_MATERIALS
        for w in cores
    )


_ABBREVIATION_BEFORE = re.compile(rf"(?<![{LETTER}])[{LETTER}]{{1,3}}\.$")  # "St. Barth", "Dr. …"


def _listed_surname(words: list[str]) -> bool:
    """Known surnames that are no ordinary word ("Ortega", "Anna Keller") opening a sentence
    before a comma and a lower-case word: a person, not "Paris, …" nor "Sin embargo, …"."""
    cores = [w.split()[-1] for w in words if not is_initial(w)]
    return (
        bool(cores)
        and len(cores[-1]) >= 4
        and is_surname(cores[-1])
        and _shape_ok(words)
        and all(classify(w) == NAME and not _ordinary(w) and not is_place_month_or_brand(w) for w in cores)
    )


# A sentence start inside a line: "Vino ayer. Iglesias, clienta habitual, …".
_SENTENCE_INSIDE = re.compile(r"(?<=[.!?;])[ \t]+(?=[A-ZÀ-ÞА-ЯЁ])")


def _sentence_start_names(text: str, german: bool) -> list[PiiSpan]:
    """A name opening a sentence before a delimiter and a client, role or kin word ("…. Iglesias,
    clienta habitual", "…. Martín (cliente VIP)"), or before an age; not "…. Paris, 3 jours"."""
    spans = []
    for m in _SENTENCE_INSIDE.finditer(text):
        candidates = _words_at(text, m.end())
        while candidates:
            end = candidates[-1].end()
            age, kind, delimiter, mark = _after_words(text, end)
            words = [w.group() for w in candidates]
            person_after = bool(mark) and mark != ":" and _person_word_after(text, end)
            if (age or person_after) and _known_person(words):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))
                break
            if (
                mark == ","
                and _LOWER_AFTER.match(text, delimiter.end())
                and not _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 6), m.start())
                and _listed_surname(words)
            ):
                spans.append(PiiSpan(candidates[0].start(), end, "NAME"))  # "…. Ortega, muy puntual"
                break
            candidates.pop()
    return spans


def _extend_back(text: str, start: int) -> int:
    """Start of the name whose last word starts at ``start``: a given name or particle before."""
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return start
    word = m.group(1) or ""
    if m.group(2) or (word and is_given_name(word) and classify(word) != COMMON):
        return start - (len(m.group()))
    return start


def _ages(text: str):
    """(number match, "strong" | "weak") for each age: "45 ans", "(62)", "fifty-two years"."""
    for start in scan(text).tens:
        m = _WORD_AGE.match(text, start)
        if m:
            yield m, "strong"
    for m in _NUMBER.finditer(text):
        if _UNIT_AFTER.match(text, m.end()):
            yield m, "strong"
        elif (
            text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            or text[max(0, m.start() - 2) : m.start()].lstrip(" \t")[-1:] == ","
        ) and len(m.group()) == 2 and _WEAK_AFTER.match(text, m.end()):
            yield m, "weak"


def age_names(text: str) -> list[PiiSpan]:
    spans = []
    german = scan(text).german
    for number, strength in _ages(text):
        before = _NAME_BEFORE_AGE.search(text, max(0, number.start() - 60), number.start())
        if not before:
            continue
        word = before.group(1)
        sep = before.group("sep").strip()
        if strength == "weak" and sep not in ("(", ",", ""):
            continue
        if not is_capitalised(word) or _ordinary(word):
            continue
        start = _extend_back(text, before.start(1))
        kind = NAME if classify(text[start : before.end(1)]) == NAME else _kind(word)
        if (
            kind == UNKNOWN
            and german
            and strength == "strong"
            and not surname_shaped(word)
            and not _NOTE_START.match(text, 0, start)
        ):
            continue  # "Firmenjubiläum 25 Jahre": in German an unknown word before an age is a noun
        if (
            kind == UNKNOWN
            and is_cyrillic(word)
            and not _CYRILLIC_SURNAME.fullmatch(word)
            and not _given_form(word)
            and not _NOTE_START.match(text, 0, start)
        ):
            continue  # "Юбилей Компании, 25 лет": Russian capitalises nouns in telegraphic notes
        if kind == UNKNOWN:
            previous = _LAST_WORD.search(text, max(0, start - 30), start)
            if previous and previous.group(1).casefold() in KIN_WORDS:
                continue  # "petite-fille Sorbonne, 20 ans": a kin word takes known given names only
        # "(38)" after a size word or a product is a size: "Taille (38)", "Bague Clash (52)";
        # a colour before it ("Rose (38)") is one only at the start of a sentence.
        if strength == "weak" and (
            _SIZE_BEFORE.search(text, max(0, start - 25), start)
            or kind == AMBIGUOUS and _SENTENCE_START.search(text, 0, start)
        ):
            continue
        spans.append(PiiSpan(start, before.end(1), "NAME"))
    return spans


# Case endings of Russian given names and the nominative endings they replace: "Анной" (Анна),
# "Марии" (Мария), "Иваном" (Иван), "Андрею" (Андрей), "Игоря" (Игорь) — not "Колет" (Коля).
_GIVEN_CASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ой", ("а",)), ("ою", ("а",)), ("ей", ("я", "ь", "а")), ("ею", ("я", "а")), ("ом", ("",)), ("ем", ("й", "ь", "")),
    ("ым", ("",)), ("ы", ("а",)), ("и", ("а", "я", "ь", "й")), ("е", ("а", "я", "", "й", "ь")),
    ("у", ("а", "")), ("ю", ("я", "й", "ь")), ("а", ("",)), ("я", ("й", "ь")),
)


@lru_cache(maxsize=65536)
def _given_form(word: str) -> bool:
    """A known given name, or a Russian one in another case ("Анной", "Марии", "Иваном")."""
    if is_given_name(word):
        return True
    if is_cyrillic(word) and len(word) > 3:
        low = word.casefold()
        for ending, bases in _GIVEN_CASES:
            if low.endswith(ending) and any(is_given_name(word[: -len(ending)] + base) for base in bases):
                return True
    return False


_PREVIOUS_LOWER = re.compile(rf"(?<![{LETTER}])[a-zà-ÿа-яё][{LETTER}'’]*[ \t]+$")


_CLOSING_AFTER = re.compile(r"[ \t]*(?:[,;:.!?)]|$)")


# Russian surnames and patronymics by their endings, in any case ("Орловым", "Соколовой").
_CYRILLIC_SURNAME = re.compile(
    r"(?<![\u0400-\u04ff\-])([А-ЯЁ][а-яё]{2,}(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою|ых|ыми|ы)?"
    r"|(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их)|енко|ук|юк|ян|швили|дзе"
    r"|вич(?:а|у|ем|е)?|вн(?:а|ы|е|у|ой)|ичн(?:а|ы|е|у|ой)))"
    r"(?![\u0400-\u04ff])"
)


_LOWER_AFTER = re.compile(r"[ \t]+[a-zà-ÿа-яё]")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")


def surname_pairs(text: str) -> list[PiiSpan]:
    """Two listed surnames side by side inside a sentence, closed by punctuation or a lower-case
    word: an Iberian double surname without its given name ("Conversa com Machado Reis, cliente
    antigo", "con García Ortega, quiere"). Not in German, where nouns are capitalised, nor a place
    ("Costa Rica", "Torres Novas") or a famous pair."""
    found = scan(text)
    if found.german or len(found.capitals) < 2:
        return []
    spans = []
    capitals = found.capitals
    for (s1, e1, w1), (s2, e2, w2) in zip(capitals, capitals[1:]):
        if text[e1:s2] != " " or not s1 or not _PREVIOUS_LOWER.search(text, max(0, s1 - 30), s1):
            continue
        if not (is_surname(w1) and classify(w1) == NAME and is_surname(w2) and classify(w2) in (NAME, AMBIGUOUS)):
            continue
        if (
            is_given_name(w1)
            or any(is_place_month_or_brand(w) or _ordinary_not_word(w) for w in (w1, w2))
            or names_a_place_or_org(w1)
            or is_famous(f"{w1} {w2}")
        ):
            continue  # a given name first is given_name_pairs' ("Anna Keller")
        if _CLOSING_AFTER.match(text, e2) or _LOWER_AFTER.match(text, e2):
            spans += [PiiSpan(s1, e1, "NAME"), PiiSpan(s2, e2, "NAME")]  # one per surname
    return spans


_FILLER_BEFORE = re.compile(rf"(?<![{LETTER}])(?:{alternation(FILLERS)})[ \t]*[,.…]*[ \t]+$", re.IGNORECASE)


def inverted_pairs(text: str) -> list[PiiSpan]:
    """A listed surname, then a listed given name, inside a sentence after a lower-case word or
    a hesitation and closed by punctuation or a lower-case word: the family name written first
    ("Gestern war Schneider Petra da", "ähm Wagner Sabine kam vorbei", "è passata Colombo
    Giulia"). German too: the given name carries it. Not a place, a brand or a famous pair."""
    found = scan(text)
    if len(found.capitals) < 2:
        return []
    spans = []
    capitals = found.capitals
    for (s1, e1, w1), (s2, e2, w2) in zip(capitals, capitals[1:]):
        if text[e1:s2] != " " or not (
            _PREVIOUS_LOWER.search(text, max(0, s1 - 30), s1) or _FILLER_BEFORE.search(text, max(0, s1 - 30), s1)
        ):
            continue
        if not (is_surname(w1) and classify(w1) in (NAME, AMBIGUOUS) and is_given_name(w2) and classify(w2) == NAME):
            continue
        if (
            is_surname(w2)
            or is_given_name(w1) and classify(w1) == NAME
            or any(is_place_month_or_brand(w) or _ordinary_not_word(w) for w in (w1, w2))
            or names_a_place_or_org(w1)
            or is_famous(f"{w1} {w2}")
        ):
            continue  # "Anna Keller" is given_name_pairs'; "Louis Vuitton", "Costa Rica"
        if _CLOSING_AFTER.match(text, e2) or _LOWER_AFTER.match(text, e2):
            spans += [PiiSpan(s1, e1, "NAME"), PiiSpan(s2, e2, "NAME")]  # one per name, as surname_pairs
    return spans
