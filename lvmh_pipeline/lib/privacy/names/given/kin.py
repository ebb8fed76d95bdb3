"""Given names after a kin word, before a kin word in brackets or in an apposition ("sa fille Chloé",
"Gurleen (daughter)", "Grace, her niece"); the names listed after a plural kin word are in :mod:`.kin_plural`."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import is_cyrillic, parse_name, scan
from lvmh_pipeline.lib.privacy.names.given.languages.english import english_note
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS, COMMON, NAME, UNKNOWN,
    classify,
    fold,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
)
from lvmh_pipeline.lib.privacy.names.lexicon import ASSISTANT_WORDS, GUIDE_WORDS, ROLE_QUALIFIERS, TITLE_WORDS_LOWER
from lvmh_pipeline.lib.privacy.names.positions.pairs import _LOWER_AFTER, _PREVIOUS_LOWER
from lvmh_pipeline.lib.privacy.names.staff.surnames import staff_surname
from lvmh_pipeline.lib.privacy.names.positions.words import (
    _CAP_RE,
    _GAP_THEN_UPPER,
    _KIN_AFTER,
    _KIN_AMBIGUOUS,
    _LAST_WORD,
    _given_form,
)


def kin_names(text: str) -> list[PiiSpan]:
    """A known given name right after a kin word ("sa fille Chloé", "дочь Анна", "с дочерью
    Анной"). Only known names: "son fils Polytechnique", "zoon Ajax" are no persons."""
    spans = []
    for kin_start, stop, kin_word in scan(text).kin:
        after = _KIN_AFTER.match(text, stop)
        first = _CAP_RE.match(text, after.end()) if after else None
        if not first:
            continue
        word = first.group()
        if not _given_form(word):
            if kin_word.casefold() in ASSISTANT_WORDS and (
                word.isupper() or fold(word) in ROLE_QUALIFIERS or fold(word).rstrip(".") in TITLE_WORDS_LOWER
            ):
                continue  # "la secretaria General", "assistant SENIOR", "sa secrétaire Maître Roux": a post or title
            if kin_word.casefold() in ASSISTANT_WORDS and staff_surname(text, first):
                spans.append(PiiSpan(first.start(), first.end(), "NAME"))  # "chauffeur Mo.", "гид Ли,"
                continue
            if kin_word.casefold() in GUIDE_WORDS:
                continue  # "la guía Repsol": a guide is a book too, only a listed name follows as a person
            if _unknown_after_kin(text, kin_start, kin_word, first):
                end = parse_name(text, first.start(), strict=True)
                spans.append(PiiSpan(first.start(), end or first.end(), "NAME"))
            elif is_surname(word) and kin_word.casefold() not in _KIN_AMBIGUOUS:
                # "la figlia Lin Mei", "дочь Ким Юна": surname first, then a known given name
                nxt = _GAP_THEN_UPPER.match(text, first.end())
                given = _CAP_RE.match(text, nxt.end() - 1) if nxt else None
                if given and _given_form(given.group()) and classify(given.group()) != COMMON:
                    spans.append(PiiSpan(first.start(), given.end(), "NAME"))
            continue
        # A capitalised kin word is German (or opens a sentence): "Tochter Mai" is May.
        if kin_word[0].isupper() and is_vocabulary(word) and not _name_then_verb(text, kin_word, first):
            continue
        if kin_word.casefold() in _KIN_AMBIGUOUS and classify(word) != NAME and not (
            classify(word) == AMBIGUOUS and _english_son(text, kin_start, kin_word)
        ):
            continue  # "avec son Birkin"; but "her son Will": the English kin word, a name that is a word
        end = parse_name(text, first.start(), strict=True)
        spans.append(PiiSpan(first.start(), end or first.end(), "NAME"))
    return spans


# Kin words in the plural, before a list of their names ("Two grandchildren: Wren and Bodhi").
# "…, her niece": a possessive and a kin word after a comma describe the word before the comma.
_APPOSITION = re.compile(
    r"(?<![\w'’\[\]\-])(" + _CAP_RE.pattern + r")[ \t]*,[ \t]*(?i:her|his|their|my|our|your|the|sa|son|su|sua|suo"
    r"|ihre|seine|haar|zijn|hun|(?P<article>la|le|l'|l’|el|il|lo|die|der|de|het|a|o))[ \t]+$"
)
# "Chloé, la fille de monsieur Giraud", "Ana, the daughter of Mrs Ortega": the kin word of a named person
_OF_PERSON = re.compile(r"[ \t]+(?i:de|di|of|von|van|do|da|del|du|des|della|dello|dos|das)[ \t]+(?:l['’])?[A-ZÀ-ÖØ-Þa-zà-öø-ÿ]")


def kin_appositions(text: str) -> list[PiiSpan]:
    """A known given name, a word too, before ", her <kin word>": "for Grace, her niece",
    "came with Poppy, her granddaughter" (not "Milan, her son's city": a place); before ", the
    <kin word> of …" a name whatever else the word is ("Chloé, la fille de monsieur Giraud")."""
    spans = []
    for kin_start, stop, _kin_word in scan(text).kin:
        m = "," in text[max(0, kin_start - 60) : kin_start] and _APPOSITION.search(text, max(0, kin_start - 60), kin_start)
        if not m:
            continue
        word = m.group(1)
        of_person = _OF_PERSON.match(text, stop) is not None
        if m.group("article") and not of_person:
            continue  # "Paris, la fille": an article alone says less than a possessive
        if not _given_form(word) or classify(word) == COMMON and not of_person or is_place_month_or_brand(word) and not of_person:
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


# Words that open a phrase with a kin word ("her partner", "mit Tochter", "la cuñada").
_KIN_DETERMINERS = frozenset(
    """her his their my our your with and the a to for of by
    sa son ses leur leurs ma mon mes notre votre avec et la le les de du des pour à au chez
    il lo i gli sua suo sue suoi mia mio loro con col coi e per della del dello di alla al
    su sus el los las mi y para a o as os seu suas seus minha meu com da do das dos ao
    mit seine seiner seinem seinen seines ihre ihrer ihrem ihren ihres der die dem den des von
    für und sein ihr haar zijn hun mijn met en het van voor
    z'n m'n d'r z’n m’n d’r
    par door durch por
    f. w/ c/ p/ pra pro""".split()  # abbreviated "für", "with", "con", "para" of telegraphic notes
)  # "par", "door", "durch", "por": who does it, as "by" ("opgehaald door chauffeur Kees")


_OWNER_THEN_LOWER = re.compile(r"['’]s[ \t]+[a-z]")
_ENGLISH_POSSESSIVES = frozenset("her his their my our your the and with of for + &".split())
# A known given name that is a word or brand too, after an English kin word opening a sentence,
# then a verb: "Daughter Céline is coming", not "Daughter Chanel bag" nor German "Tochter Mai".
_ENGLISH_KIN = frozenset("daughter son wife husband partner fiancée fiancé fiance fiancee granddaughter grandson niece nephew".split())
_VERB_AFTER = re.compile(
    r"[ \t]+(?:is|was|has|had|will|would|wants|loves|likes|turns|prefers|starts|started|graduates|graduated|"
    r"gets|got|moves|moved|needs|finishes|begins|[a-z]{3,}ing)\b"
)


def _name_then_verb(text: str, kin_word: str, first: re.Match[str]) -> bool:
    return (
        kin_word.casefold() in _ENGLISH_KIN
        and classify(first.group()) in (NAME, AMBIGUOUS)
        and not scan(text).german
        and _VERB_AFTER.match(text, first.end()) is not None
    )
# Adjectives between a possessive and a kin word ("his youngest son Rafferty", "best friend Ines").
_KIN_ADJECTIVES = frozenset("eldest oldest youngest older younger elder middle little baby only late best close old dear".split())


# Kin words that are other words too, and the possessives of the language where they are kin words:
# Dutch "haar man Durk" (her husband; "man" is English too), French "son ami Loïc" (Japanese "Ami"),
# Spanish / Italian "su prima Lupita" (not "prima Comunione"), Portuguese "seu pai Joaquim".
_POSSESSIVES_OF_KIN = {
    "son": _ENGLISH_POSSESSIVES,
    "man": frozenset("haar zijn mijn hun uw jouw je d'r z'n m'n d’r z’n m’n".split()),
    "nicht": frozenset("haar zijn mijn hun uw jouw".split()),
    "ami": frozenset("mon ton son notre votre leur".split()),
    "prima": frozenset("su sus mi tu sua mia tua".split()),
    "primo": frozenset("su sus mi tu suo mio tuo".split()),
    "pai": frozenset("seu meu teu nosso".split()),
}


def _english_son(text: str, kin_start: int, kin_word: str) -> bool:
    """"with their son Ruaridh", "her son Ewan": "son" after an English possessive is the kin
    word, not the French "son" ("avec son Birkin"); so is "man" after a Dutch one ("haar man
    Durk") and the other kin words of ``_POSSESSIVES_OF_KIN`` after theirs."""
    possessives = _POSSESSIVES_OF_KIN.get(kin_word.casefold()) if kin_word[:1].islower() or kin_word.casefold() == "son" else None
    if possessives is None:
        return False
    if kin_word == "son" and english_note(text):
        return True  # "…; son Hunter (Eton)": an English note has no French possessive
    previous = _LAST_WORD.search(text, max(0, kin_start - 12), kin_start)
    if previous is not None and previous.group(1).casefold() in _KIN_ADJECTIVES:
        previous = _LAST_WORD.search(text, max(0, previous.start(1) - 12), previous.start(1))
    return previous is not None and previous.group(1).casefold() in possessives


def _unknown_after_kin(text: str, kin_start: int, kin_word: str, first: re.Match[str]) -> bool:
    """A word missing from the lexicon after a kin word is a given name where the kin word
    stands inside a phrase ("mit Tochter Paulina", "her partner Noa", "la cuñada Lupita"), not
    where a telegraphic note lists kin and institutions ("Daughter Harvard, son Eton")."""
    word = first.group()
    if kin_word.casefold() in _KIN_AMBIGUOUS and not _english_son(text, kin_start, kin_word):
        return False
    if len(word) < 2 or (word.isupper() and len(word) <= 4):
        return False
    if text[kin_start:first.start()].strip(" \t\u00a0").casefold() != kin_word.casefold():
        return False  # "und Tochter, Sternekoch": punctuation between, a role follows
    if "-" in word and any(part.isupper() or part.islower() for part in word.split("-")[1:]):
        return False  # "Top-VIP", "Michelin-starred"
    if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word):
        return False
    previous = _PREVIOUS_LOWER.search(text, max(0, kin_start - 30), kin_start)
    if (
        previous is None
        and is_cyrillic(word)
        and is_cyrillic(kin_word)
        and (_LOWER_AFTER.match(text, first.end()) or _RU_SET_OFF.match(text, first.end()))
        and not word.endswith(("ой", "ый", "ая", "ое", "ые"))
        and not (word.endswith("ий") and _LOWER_AFTER.match(text, first.end()))
    ):
        return True  # "Девушка Вика флекситарианка", "жена Мэй — вегетарианка": Russian capitalises no noun, only names
    if previous is None:
        previous = _LAST_WORD.search(text, max(0, kin_start - 30), kin_start)
        if not (previous and previous.group(1).casefold() in _KIN_DETERMINERS | _KIN_ADJECTIVES | {"+", "&"}) and not (
            _OWNER_THEN_LOWER.match(text, first.end() - 2) or _after_kin_and_name(text, kin_start)
        ):  # "Wife Funmi's birthday": a possessive then a noun makes the word a person's
            return False  # "Daughter Harvard", "…, son Eton": a telegraphic list
    elif not is_cyrillic(word) and previous.group().strip().casefold() not in _KIN_DETERMINERS | _KIN_ADJECTIVES and not (
        previous.group().strip().endswith(("'s", "’s"))
        or previous.group().strip() == "s" and text[previous.start() - 1 : previous.start()] in ("'", "’")
    ):  # "Mr Hale's wife Clemmie", "her son's girlfriend Ottilie": a possessive determines the kin word
        return False  # "folgt Vater Schritte": a German noun, not "mit Tochter Paulina"
    nxt = _GAP_THEN_UPPER.match(text, first.end())
    if nxt:
        follower = _CAP_RE.match(text, nxt.end() - 1)
        if follower and classify(follower.group()) == UNKNOWN:
            return False  # "hijo Real Madrid", "Universidad Navarra": a multi-word proper noun
    return True


# A comma, a dash, a colon, a bracket or a full stop after the word ("муж, отец Алексий, настоятель",
# "дочери Сонхи (…)", "гид Олжас.")
_RU_SET_OFF = re.compile(r"[ \t]*(?:[,:;(—–]|-[ \t]|\.(?:[ \t\n]|$))")
_NAME_ITEM_BEFORE = re.compile(r"(" + _CAP_RE.pattern + r")[ \t]*[,;+&][ \t]*$")


def _after_kin_and_name(text: str, kin_start: int) -> bool:
    """"Tochter Lotte, Sohn Jannik": the kin word follows a kin word and its known given name."""
    m = _NAME_ITEM_BEFORE.search(text, max(0, kin_start - 40), kin_start)
    return bool(m and _given_form(m.group(1))) and any(
        stop <= m.start(1) and not text[stop : m.start(1)].strip() for _, stop, _ in scan(text).kin
    )


# A capitalised word with its kin in brackets: "Will bring Gurleen (daughter)", "Taslima (sa nièce)",
# "Nuno (o neto, 9)", "Honoré (le grand-père)": the bracket says who the word is, a name missing from the lexicon too.
_BRACKET_BEFORE_KIN = re.compile(
    r"(?<![\w'’\[\]\-])(" + _CAP_RE.pattern + r")[ \t]*\([ \t]*"
    r"(?:(?i:her|his|their|my|our|the|sa|son|ses|su|sua|suo|seu|o|a|la|le|lo|il|el|ihre|seine|der|die|het|de|haar|zijn)[ \t]+)?$"
)
_BRACKET_AFTER_KIN = re.compile(r"(?:[ \t]*,[ \t]*\d{1,2}(?:[ \t]*[^\W\d_]{1,5}\.?)?)?[ \t]*\)")


_SEASON_NAMES = frozenset({"summer", "autumn", "winter"})


def _could_be_a_name(word: str) -> bool:
    """Not an ordinary word (unless it is also a given name), a place, a month or a brand; but a
    given name that is a season too ("Summer (daughter)"; not "ihre Mutter, Mai,": the month)."""
    if fold(word) in _SEASON_NAMES and _given_form(word):
        return True
    return not (classify(word) == COMMON or is_place_month_or_brand(word) or is_vocabulary(word) and not _given_form(word))


def kin_brackets(text: str) -> list[PiiSpan]:
    """A capitalised word right before a bracket that opens with a kin word ("Gurleen (daughter)"),
    not a place, a month, a brand or an ordinary word ("Milan (daughter's city)" has no bracket
    closing on the kin word alone either)."""
    if "(" not in text:
        return []
    spans = []
    for kin_start, stop, _kin_word in scan(text).kin:
        if not _BRACKET_AFTER_KIN.match(text, stop):
            continue
        m = _BRACKET_BEFORE_KIN.search(text, max(0, kin_start - 40), kin_start)
        if not m:
            continue
        if _could_be_a_name(m.group(1)):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
