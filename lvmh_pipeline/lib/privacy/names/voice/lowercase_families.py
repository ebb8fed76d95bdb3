"""Lower-case names of a voice transcription by the word that introduces them (cues added to
:mod:`..positions.lowercase`):

- a family named after a family word ("the al-X family", "la famille x", "de familie van x",
  "la famiglia x"): a listed family name, or a word that is no ordinary word after a particle;
- a family name after a title, with its particles ("meneer el x", "mevrouw van der x", "señora de
  la x"), and a known given name after a title ("sheikh x", "signora x", "господин x");
- a family name opening the note before an age said in words ("x, fifty seven, …", "x
  zweiundsechzig …"), after fillers and a word of dictation ("пишу x …");
- given names listed after a plural kin word ("his two daughters, x and y", "ses filles, x et y");
- a known Russian or Georgian given name before a family name of a Slavic or Caucasian shape
  ("x -швили", "x -ов").

Each adds the words to ``chosen`` and their starts to ``starts`` (see
:func:`~lvmh_pipeline.lib.privacy.names.positions.lowercase.with_name_capitals`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, classify, is_given_name, is_surname, is_vocabulary
from lvmh_pipeline.lib.privacy.names.guard_words import FUNCTION_WORDS
from lvmh_pipeline.lib.privacy.names.lexicon import AGE_TENS, KIN_WORDS, PARTICLES, TITLE_WORDS_LOWER, is_filler

__all__ = ["DICTATION_WORDS", "family_and_title_words", "is_age_word"]

# Words that name a family before its name ("la famille x"), and the English one after it ("the x family")
_FAMILY_BEFORE = frozenset("famille familie famiglia familia família fam семья семьи семью семьёй".split())
_FAMILY_AFTER = frozenset({"family", "families", "family's"})
# Particles of family names a transcription writes in lower case (no article that is a word alone: "y")
_NAME_PARTICLES = frozenset(PARTICLES) - {"y", "saint", "sainte", "st", "st."}
_ARABIC_PARTICLES = frozenset({"al", "el", "abu", "abou", "ben", "bin", "ibn", "bou", "ould"})
_GERMANIC_PARTICLES = frozenset({"van", "von", "vom", "zu", "ten", "ter", "фон", "ван"})
# Titles that a kin word or an ordinary noun follows as often as a name: no cue for a given name
_NOT_GIVEN_TITLES = frozenset({"fam", "famille", "familia", "famiglia", "família", "m", "d", "me", "on", "pr"})
# Plural kin words that announce the names of the persons ("his two daughters, x and y")
_PLURAL_KIN = frozenset(
    """daughters sons children kids grandchildren granddaughters grandsons sisters brothers nieces nephews twins
    filles enfants petites-filles petits-fils sœurs soeurs frères nièces neveux jumeaux jumelles
    hijas hijos nietas nietos hermanas hermanos sobrinas sobrinos
    figlie figli nipoti sorelle fratelli
    filhas filhos netas netos irmãs irmãos sobrinhas sobrinhos gêmeos gémeos
    töchter söhne kinder enkelinnen enkelkinder schwestern brüder zwillinge
    dochters zonen kinderen kleinkinderen kleindochters kleinzonen zussen broers tweeling
    дочери дочерей сыновья сыновей дети детей внуки внучки сёстры сестры братья""".split()
)
# Words that say a note is being dictated, before its first name ("пишу x …", "note: x …")
DICTATION_WORDS = frozenset("записываю запиши пишу note notiz notitie nota apunta anota annota".split())
_CLAUSE_END = re.compile(r"[.;!?\n]")
_LIST_OPEN = re.compile(r"[ \t]*[,:][ \t]*")
_CONJUNCTIONS = frozenset("and or et ou y o e ou und oder en of и или".split())
# A Russian or Georgian family name by its ending ("-швили", "-дзе", "-ов", "-ская")
_SLAVIC_SURNAME = re.compile(
    r"[а-яё]{2,}(?:швили|дзе|ава|ия|ани|ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ян|енко|ук|юк)"
)


def _plain_word(word: str) -> bool:
    low = word.casefold()
    return word[:1].islower() and len(word) >= 3 and low not in FUNCTION_WORDS and low not in KIN_WORDS and not is_filler(word)


def _surname_run(words: list, i: int, text: str, family: bool = False, named: bool = False) -> tuple[list, str] | None:
    """The particles from word ``i`` and the family name after them, written with single blanks,
    if they make a name: a listed family name (the whole run or its last word, no ordinary word),
    or after an Arabic particle a word that is no ordinary word ("el x"; "al x" in "the al x family" or
    hyphened), or after a Germanic particle ("von der x", "фон x") such a word after a family word
    (``named``) or said twice in the note."""
    j = i
    while j < len(words) - 1 and words[j].group().casefold() in _NAME_PARTICLES and j - i < 3:
        if text[words[j].end() : words[j + 1].start()] not in (" ", "-"):
            return None
        j += 1
    last = words[j].group()
    if not _plain_word(last) or last.casefold() in _NAME_PARTICLES:
        return None
    run = words[i : j + 1]
    phrase = " ".join(w.group() for w in run)
    listed = is_surname(phrase) and classify(phrase) != COMMON if j > i else False
    known = is_surname(last) and classify(last) != COMMON and not is_vocabulary(last)
    # a family name the lexicon lacks, after an Arabic particle only ("el x", "al-x"): "al final", "del
    # banco", "de la tienda" are a preposition and a word
    particles = {w.group().casefold() for w in run[:-1]}
    arabic = j > i and particles <= _ARABIC_PARTICLES
    loose = arabic and (family or "al" not in particles or "-" in text[run[0].end() : run[-1].start()])
    new_after_particle = loose and classify(last) != COMMON and not is_vocabulary(last) and len(last) >= 4
    known = known or arabic and is_given_name(last) and classify(last) == NAME  # "al rashid", "bin khalid"
    # a family name the lexicon lacks after a Germanic particle ("von der x", "фон x"), after a family
    # word or said twice ("frau von der bank" once is a woman from the bank; "de la x" is a preposition)
    twice = text.count(" ".join(w.group() for w in run)) >= 2
    germanic = j > i and (named or twice) and run[0].group().casefold() in _GERMANIC_PARTICLES
    new_after_particle = new_after_particle or germanic and classify(last) != COMMON and not is_vocabulary(last)
    return (run, last) if listed or known or new_after_particle else None



def _take(run: list, chosen: set[str], starts: set[int]) -> None:
    for w in run:
        if w.group().casefold() in _NAME_PARTICLES and w is not run[-1]:
            if w.group().casefold() in {"al", "el", "abu", "abou", "ben", "bin", "ibn", "bou"}:
                chosen.add(w.group())  # "el amrani" → "El Amrani": the Arabic article is the name's
                starts.add(w.start())
            continue
        chosen.add(w.group())
        starts.add(w.start())


def _families(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words[:-1]):
        low = m.group().casefold()
        if low in _FAMILY_BEFORE and text[m.end() : words[i + 1].start()] == " ":
            found = _surname_run(words, i + 1, text, named=True)
            if found:
                _take(found[0], chosen, starts)
        elif low == "the" and i + 2 < len(words):
            for k in range(i + 2, min(i + 6, len(words))):
                if words[k].group().casefold() in _FAMILY_AFTER:
                    found = _surname_run(words, i + 1, text, family=True, named=True)
                    if found and words[k - 1] is found[0][-1] and text[found[0][-1].end() : words[k].start()] in (" ", "-"):
                        _take(found[0], chosen, starts)
                    break


def _after_titles(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    for i, m in enumerate(words[:-1]):
        low = m.group().casefold()
        if low not in TITLE_WORDS_LOWER or not m.group()[:1].islower():
            continue
        if text[m.end() : words[i + 1].start()] not in (" ", ". ", "."):
            continue
        nxt = words[i + 1]
        if nxt.group().casefold() in _NAME_PARTICLES:
            found = _surname_run(words, i + 1, text)  # "meneer el amrani", "mevrouw van der meulen"
            if found:
                _take(found[0], chosen, starts)
        elif (
            low not in _NOT_GIVEN_TITLES and _plain_word(nxt.group()) and nxt.group() not in too
            and is_given_name(nxt.group()) and classify(nxt.group()) == NAME
        ):
            chosen.add(nxt.group())  # "sheikh x", "signora x"
            starts.add(nxt.start())


def is_age_word(word: str) -> bool:
    """A word of an age said in words ("fifty", "siebenundsiebzig", "cinquante-huit")."""
    low = word.casefold()
    parts = [p for p in re.split(r"[-‐]", low) if p]
    return any(low.startswith(t) or low.endswith(t) for t in AGE_TENS) or any(p in AGE_TENS for p in parts)


def _leading_with_age(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    i = 0
    while i < len(words) and (is_filler(words[i].group()) or words[i].group().casefold() in DICTATION_WORDS):
        i += 1
    if i + 1 >= len(words) or re.sub(r"[^\w]+", "", text[(words[i - 1].end() if i else 0) : words[i].start()]):
        return  # the note's first word, after fillers only ("um, keller, …", "so keller fifty …")
    m, age = words[i], words[i + 1]
    if not _plain_word(m.group()) or not re.fullmatch(r"[ \t]+|[ \t]*,[ \t]*", text[m.end() : age.start()]):
        return
    if not is_age_word(age.group()):
        return
    word = m.group()
    known = (is_surname(word) or is_given_name(word)) and classify(word) != COMMON
    unknown = classify(word) not in (COMMON, NAME) and not is_vocabulary(word) and not is_given_name(word)
    if known or unknown and len(word) >= 4 and word.isalpha():
        chosen.add(word)  # "keller, fifty seven, …"
        starts.add(m.start())


def _kin_lists(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """"his two daughters, x and … y": the first name right after the comma or colon, the next ones after a
    conjunction, in the same clause."""
    for i, m in enumerate(words[:-1]):
        if m.group().casefold() not in _PLURAL_KIN or not _LIST_OPEN.fullmatch(text, m.end(), words[i + 1].start()):
            continue
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        k = i + 1
        while k < len(words) and is_filler(words[k].group()):
            k += 1
        if k >= len(words) or not _listed_given(words[k].group(), too):
            continue
        chosen.add(words[k].group())
        starts.add(words[k].start())
        since_conjunction = None
        for w in words[k + 1 : k + 14]:
            if w.start() >= stop:
                break
            if w.group().casefold() in _CONJUNCTIONS:
                since_conjunction = 0
                continue
            if since_conjunction is not None:
                since_conjunction += 1
                if since_conjunction <= 9 and _listed_given(w.group(), too):
                    chosen.add(w.group())  # "… and the younger one, i think, y"
                    starts.add(w.start())
                    since_conjunction = None


def _listed_given(word: str, too: frozenset[str]) -> bool:
    return _plain_word(word) and word not in too and is_given_name(word) and classify(word) == NAME


def _slavic_pairs(text: str, words: list, chosen: set[str], starts: set[int]) -> None:
    for i, m in enumerate(words[:-1]):
        word, nxt = m.group(), words[i + 1]
        if not ("\u0430" <= word[:1] <= "\u044f") or text[m.end() : nxt.start()] != " ":
            continue
        if not nxt.group()[:1].islower() or not _SLAVIC_SURNAME.fullmatch(nxt.group()) or is_vocabulary(nxt.group()):
            continue
        if is_given_name(word) and classify(word) == NAME and classify(nxt.group()) != COMMON:
            chosen.update((word, nxt.group()))  # "x беридзе", "x петров"
            starts.update((m.start(), nxt.start()))


def family_and_title_words(text: str, words: list, chosen: set[str], starts: set[int], too: frozenset[str]) -> None:
    """Add to ``chosen`` / ``starts`` the lower-case names of the module's cues (``too``: given names
    that are everyday words in lower case)."""
    _families(text, words, chosen, starts)
    _after_titles(text, words, chosen, starts, too)
    _leading_with_age(text, words, chosen, starts)
    _kin_lists(text, words, chosen, starts, too)
    if re.search("[а-яё]", text):
        _slavic_pairs(text, words, chosen, starts)
