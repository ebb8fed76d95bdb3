"""Reading a name after a cue: how far it continues, and the fillers skipped before it."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.guard_words import CITIES_AFTER_FROM, PLACES

from lvmh_pipeline.lib.privacy.names.cues.words import (
    MAX_NAME_WORDS,
    _BLANKS,
    _CONNECTOR,
    _FILLER,
    _GAP,
    _MAX_SKIPS,
    _PUNCT,
    _TITLE,
    _TITLE_WORDS,
    _WORD,
    _strip_possessive,
    is_capitalised,
    is_cyrillic,
    is_initial,
)
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    is_given_name,
    is_place_month_or_brand,
    is_surname,
    is_vocabulary,
    names_a_place_or_org,
)
from lvmh_pipeline.lib.privacy.names.lexicon import (
    BRANDS,
    NOT_NAMES,
    PARTICLES,
    PROTECTED_AFTER_TITLE,
    ROLE_TITLES,
)

# A rank or a profession between a title and a capitalised name ("Frau Stadträtin Meierhöfer",
# "Sr. Deputado Calheiros"); "Frau Richter kommt": the role word is the surname
_ROLE_BEFORE_NAME = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+)[ \t]+(?=[A-ZÀ-Þ][a-zà-ÿ]|\[[A-Z]+\])")

# Verbs that follow a title standing for the person ("Mw. kan niet", "Frau will nicht"): no
# lower-case surname, though "Kan", "Will", "Moet" are names in capitals
_LOWER_VERBS = frozenset(
    "kan kon wil wilde zal zou moet mag heeft had gaat komt kwam belt is was kann will soll muss hat ist war"
    " can may has".split()
)

# Letters of Slavic, Baltic, Hungarian, Turkish, Romanian and Nordic spellings: a capitalised word
# holding one is no noun of the languages that capitalise nouns or write names in Latin letters
# without them (German, English, French, Italian, Spanish, Portuguese, Dutch).
# (no IGNORECASE: with it "ı" would match every "i")
_FOREIGN_LETTER = re.compile("[čćšžđłńśźżőűřěůťďňľĺŕğşțșăøåæėęąųūīāēģķļņıČĆŠŽĐŁŃŚŹŻŐŰŘĚŮŤĎŇĽĹŔĞŞȚȘĂØÅÆĖĘĄŲŪĪĀĒĢĶĻŅİ]")


def _continues(previous: str, word: str, loose: bool = False) -> bool:
    """May ``word`` extend a name whose last word is ``previous``? ("Anne Dubois", "J. Smith",
    "García López", "Pardo Ortega", "Иванов Иван", "DUBOIS Marie") — not "Fischer Investmentbanker".
    ``loose`` (after a title of a language that writes nouns in lower case): any capitalised word
    that is no listed ordinary word ("Mme Zélie Vasselin").
    """
    if is_initial(previous) or is_given_name(previous.rstrip(".")):
        return True
    if loose and classify(word) != COMMON and not is_vocabulary(word):
        return True
    core = word.rstrip(".")
    if core.lower().endswith("ez") or (is_cyrillic(word) and is_cyrillic(previous)):
        return True
    if _FOREIGN_LETTER.search(core) and classify(core) != COMMON and not is_vocabulary(core):
        return True  # "Dragan Kovačević", "Ayşe Yılmaz", "Piotr Wałęsa": no German or English noun
    if previous.isupper() and len(previous) > 2 and is_given_name(core):
        return True
    if (
        is_surname(core)
        and classify(core) == AMBIGUOUS
        and is_surname(previous.rstrip("."))
        and not is_place_month_or_brand(core)
    ):
        return True  # "Sra. Oliveira Santos", "Sr. Costa Pinto": two family names
    return is_surname(core) and classify(core) == NAME


def _compound_noun(word: str) -> bool:
    """"Berber-motief", "Michelin-starred", "Bottega-stijl": a hyphenated word whose second part
    is a lower-case word — not "Ji-yeon", "Seo-hyun" (romanised Korean given names)."""
    head, _, tail = word.rstrip(".").partition("-")
    return (
        bool(tail)
        and tail.islower()
        and len(tail) >= 4
        and (len(head) >= 5 or len(tail) >= 6)
        and not is_given_name(word)
        and not is_surname(word)
    )


# "Lo Bianco", "Lo Presti": the Sicilian particle, before a capitalised word ("Sr. Lo" is Cantonese 盧).
_ITALIAN_LO = re.compile(r"[ \t]+[A-Z][a-zà-ÿ]{2,}")
# Particles that also say where someone is from ("de Paris", "da Lisboa", "aus Wien").
_FROM_PARTICLES = frozenset({"de", "da", "do", "di", "del", "von", "van", "aus"})
# Of those, the ones that join no family name to another one before an unlisted word ("la signora
# Ferraro di Lambrate": the district she lives in; "Costa da Silva" goes on)
_PLACE_PARTICLES = frozenset({"di", "da", "do", "aus"})


def _origin_place(word: str) -> bool:
    """A town or district after "de" / "di" / "do" … right after a cue: where someone is from
    (a listed family name or given name that is a place too stays a name: "Sra. de Castro")."""
    low = word.casefold()
    return low in CITIES_AFTER_FROM or low in PLACES and not is_surname(word) and not is_given_name(word)


def t_particle_end(text: str, pos: int) -> int | None:
    """Offset of the capitalised word after a Dutch "'t" at ``pos`` ("'t Hart", "’t Hooft"), else None."""
    if not text.startswith(("'t", "’t"), pos):
        return None
    gap = _GAP.match(text, pos + 2)
    follow = _WORD.match(text, gap.end()) if gap else None
    return gap.end() if follow and is_capitalised(follow.group()) else None


def parse_name(
    text: str,
    pos: int,
    *,
    strict: bool,
    lowercase_ok: bool = False,
    vocabulary_ok: bool = True,
    loose: bool = False,
) -> int | None:
    """End offset of the name starting at ``pos``, or None when no name starts there.

    ``strict`` (after couple words, phrases, client words) also refuses ordinary words
    (:func:`classify` COMMON), and with ``vocabulary_ok`` False names that are listed ordinary
    words too ("Meeting with Paris team"); ``lowercase_ok`` accepts a lower-case known name first
    ("mrs hughes", as a transcription writes it).
    """
    if text.startswith(BRANDS, pos):
        return None
    end: int | None = None
    n_words = 0
    cursor = pos
    previous = ""
    t_particle = False
    while n_words < MAX_NAME_WORDS:
        if n_words == 0 and not t_particle and t_particle_end(text, cursor):
            cursor, t_particle = t_particle_end(text, cursor), True  # "Familie 't Hart": a surname, whatever the word
            continue
        m = _WORD.match(text, cursor)
        if not m:
            break
        word = m.group()
        lower = word.lower().rstrip(".")
        gap_after = _GAP.match(text, m.end()) if lower == "in" and n_words == 0 else None
        in_t = gap_after is not None and t_particle_end(text, gap_after.end()) is not None  # "mw in 't Veld"
        if word.endswith(".") and lower in PARTICLES:
            break  # "mit seiner Frau Steffi da. Äh, …": an adverb closing the sentence, no particle
        if (lower in PARTICLES or lower == "lo" and _ITALIAN_LO.match(text, m.end()) or in_t) and n_words < 3:
            nxt = _GAP.match(text, m.end())
            if nxt and text.startswith(("'t ", "’t "), nxt.end()):
                nxt = _GAP.match(text, nxt.end() + 2)  # "Van 't Hof", "van ’t Veer"
                t_particle = True
            follow = _WORD.match(text, nxt.end()) if nxt else None
            if follow and (is_capitalised(follow.group()) or follow.group().lower() in PARTICLES):
                if not n_words and word.islower() and lower in _FROM_PARTICLES and _origin_place(follow.group()):
                    return None  # "la signora di Portofino", "madame de Genève": where she is from, no name
                place = is_place_month_or_brand(follow.group()) or follow.group().casefold() in CITIES_AFTER_FROM
                unlisted = lower in _PLACE_PARTICLES and not is_surname(follow.group()) and not is_given_name(follow.group())
                if n_words and lower in _FROM_PARTICLES and (place or unlisted) or (
                    n_words and names_a_place_or_org(follow.group())
                ):
                    break  # "Sr. Costa de São Paulo", "Mme Durand de Paris": where from, no name
                cursor = nxt.end()
                continue
            if lowercase_ok and n_words == 0 and follow and follow.group().islower():
                phrase = " ".join(text[pos : follow.end()].lower().split())
                if is_surname(phrase) and classify(phrase) == NAME:
                    return follow.end()  # "mevrouw de vries": a transcription writes the surname in lower case
            break
        if not (is_initial(word) or is_capitalised(word)):
            known_lower = (
                lowercase_ok
                and len(lower) >= 3
                and lower not in NOT_NAMES
                and lower not in _LOWER_VERBS
                and (n_words == 0 or is_given_name(previous))
                and (classify(lower) == NAME or n_words == 0 and classify(lower) == AMBIGUOUS and is_surname(lower))
            )  # "mrs hughes", "frau äh keller": a transcription writes the name in lower case
            if not known_lower:
                break
        if word in _TITLE_WORDS or lower in NOT_NAMES:
            break
        if _compound_noun(word):
            break  # "Berber-motief", "Michelin-starred": a capitalised word glued to a noun
        if strict and not t_particle and (classify(word) == COMMON or not vocabulary_ok and is_vocabulary(word)) and not (
            cursor > pos and n_words == 0 and is_surname(" ".join(text[pos : m.end()].lower().split()))
        ):
            break  # but "Echtpaar De Wit", "famille Le Blanc": a listed surname with its particle
        if n_words and text.startswith(BRANDS, m.start()):
            break  # "Ama Louis Vuitton": the house starts here
        if n_words == 0 and word.rstrip(".") in PROTECTED_AFTER_TITLE:
            return None
        if n_words > 0 and not _continues(previous, word, loose):
            break
        core = _strip_possessive(word)
        if not is_initial(word):
            core = core.rstrip(".")
        end = m.start() + len(core)
        n_words += 1
        previous = word
        gap = _GAP.match(text, end)
        possessive = core != word.rstrip(".") and not is_initial(word)
        if possessive or not gap:
            break
        cursor = gap.end()
    return end


def skip_fillers(text: str, pos: int) -> tuple[int, bool, bool] | None:
    """Skip what a transcription puts between a title and the name: further titles ("Frau Dr.",
    "Mr and Mrs"), fillers, hesitations, punctuation. Returns (offset of the name, whether
    anything was skipped, whether a sentence ended with no filler to show a transcription),
    or None after a dangling connector."""
    cursor = pos
    skipped = False
    filler = False
    sentence_end = False
    connector = False
    n_skips = n_titles = 0
    while True:
        cursor = _BLANKS.match(text, cursor).end()
        if t_particle_end(text, cursor):
            break  # "Mevrouw 't Hooft": the particle opens the name
        title = _TITLE.match(text, cursor) if n_titles < _MAX_SKIPS else None
        if title:
            cursor, connector, n_titles = title.end(), False, n_titles + 1
            continue
        if n_skips >= _MAX_SKIPS:
            break
        m = _ROLE_BEFORE_NAME.match(text, cursor)
        if m and m.group(1) in ROLE_TITLES:
            cursor, n_skips = m.end(), n_skips + 1  # "Frau Stadträtin Meierhöfer", "Herr Konsul Brandt"
            continue
        m = _FILLER.match(text, cursor)
        if m:
            cursor, skipped, filler, n_skips = m.end(), True, True, n_skips + 1
            continue
        m = _CONNECTOR.match(text, cursor)
        if m:
            cursor, connector, n_skips = m.end(), True, n_skips + 1
            continue
        m = _PUNCT.match(text, cursor)
        if m:
            mark = m.group()
            if any(c in mark for c in ".!?") and "…" not in mark and ".." not in mark:
                sentence_end = True
            cursor, skipped, n_skips = m.end(), True, n_skips + 1
            continue
        break
    if connector:
        return None
    return cursor, skipped, sentence_end and not filler
