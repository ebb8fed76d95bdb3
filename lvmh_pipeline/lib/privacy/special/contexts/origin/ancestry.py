"""An ethnic origin told as a family's migration history (ORIGIN).

Writers rarely name the origin itself: they tell how the family came ("her grandparents emigrated
from Crete after the war", "la famiglia di lui è fuggita da Mostar", "祖父母那一辈闯关东过来的",
"증조할아버지 때 하와이로 이민 가셨다고"). The fact is the pair of an ancestor (grandparents,
forebears, the mother's side, the family) and a word of migration that only a family history uses
(emigrated, fled, were deported, came as guest workers, 下南洋, 강제 이주) in one sentence, the
ancestor first: the span runs from the ancestor to the end of the clause of the migration word
(the next comma, semicolon or sentence end, at most :data:`_TAIL` characters on; in a script
without spaces, where a clause may run on, the end of the migration word's run of letters).
A trip ("her grandmother came from Lyon for the fitting") has no migration word and stays readable;
so does a migration word with no ancestor before it ("the boutique moved from Rue Royale").
A family line said to come from a place in the present tense ("la famiglia viene da Asmara", "his family
comes from Jaffna": :data:`_LINES`) is such a fact too, from the family word to the end of its clause, unless
the clause gives a trip's purpose ("comes from Lyon for the wedding").
The words are this module's own lists (:data:`_ANCESTORS`, :data:`_MIGRATION`), matched case-blind
at word starts in alphabetic scripts (a migration word as a stem: "emigr" for "emigrated",
"emigraron"), anywhere in CJK and Hangul.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import mentions_any

__all__ = ["migration_histories", "with_origin"]

_WINDOW = 90  # characters at most from the ancestor to the migration word
_TAIL = 90  # characters at most from the migration word to the end of its clause

_ANCESTORS = (
    # EN
    "grandparents", "grandfather", "grandmother", "grandpa", "grandma", "granddad", "grandad",
    "great-grandparents", "great-grandfather", "great-grandmother", "great grandparents", "great grandfather",
    "great grandmother", "ancestors", "forebears", "forefathers", "family", "parents", "folks",
    "mum's side", "mom's side", "mother's side", "father's side", "dad's side", "father-in-law", "mother-in-law",
    "in-laws", "mother", "father", "mum", "mom", "dad",
    # FR
    "grands-parents", "grand-père", "grand-mère", "arrière-grands-parents", "arrière-grand-père",
    "arrière-grand-mère", "ancêtres", "aïeux", "famille", "parents", "beau-père", "belle-mère", "beaux-parents",
    "mère", "père",
    # ES / PT / IT
    "abuelos", "abuelo", "abuela", "bisabuelos", "bisabuelo", "bisabuela", "antepasados", "familia", "padres",
    "suegro", "suegra", "suegros", "avós", "avô", "avó", "bisavós", "bisavô", "bisavó", "família", "pais", "sogro",
    "sogra", "sogros", "madre", "padre", "mamá", "papá", "mãe", "pai",
    "nonni", "nonno", "nonna", "bisnonni", "bisnonno", "bisnonna", "antenati", "famiglia", "genitori", "suocero",
    "suocera", "suoceri", "mamma", "papà",
    # DE / NL
    "Großeltern", "Großvater", "Großmutter", "Opa", "Oma", "Urgroßeltern", "Urgroßvater", "Urgroßmutter",
    "Vorfahren", "Ahnen", "Familie", "Eltern", "Schwiegervater", "Schwiegermutter", "Schwiegereltern",
    "grootouders", "grootvader", "grootmoeder", "opa", "oma", "overgrootouders", "overgrootvader",
    "overgrootmoeder", "voorouders", "familie", "ouders", "schoonvader", "schoonmoeder", "schoonouders",
    # RU
    "дед", "деда", "деду", "дедушка", "дедушку", "бабушка", "бабушку", "прадед", "прадеда", "прабабушка",
    "прабабушку", "предки", "предков", "семья", "семью", "родители", "родителей", "родня", "родню",
    # AR
    "جده", "جدته", "جدها", "جدتها", "أجداده", "أجدادها", "اجداده", "اجدادها", "عائلته", "عائلتها", "عيلته",
    "عيلتها", "أهله", "أهلها", "اهله", "اهلها",
    # JA / KO / ZH (matched anywhere)
    "祖父", "祖母", "曽祖父", "曽祖母", "おじいさま", "おばあさま", "おじいさん", "おばあさん", "先祖", "祖先", "家系",
    "증조할아버지", "증조할머니", "고조할아버지", "할아버지", "할머니", "조부모", "조상", "선조", "집안",
    "祖上", "祖辈", "祖輩", "爷爷", "爺爺", "奶奶", "外公", "外婆", "太爷爷", "太爺爺", "先辈", "先輩", "老一辈", "老一輩",
)

_MIGRATION = (
    # EN (stems)
    "emigrat", "immigrat", "fled", "moved here from", "moved over from", "came over from", "came across from", "deported", "were expelled",
    "came as refugees", "as refugees", "came as guest workers", "as guest workers", "indentured", "came by boat",
    "came by ship", "arrived by boat", "arrived by ship", "were resettled", "were displaced", "driven out",
    # FR
    "émigr", "immigr", "a fui", "ont fui", "ayant fui", "réfugié", "déporté", "exilé", "expulsé", "rapatrié",
    "arrivés en bateau", "venus en bateau", "débarqué",
    # ES
    "emigr", "inmigr", "huyó", "huyeron", "exiliad", "se exiliaron", "deportad", "llegaron en barco",
    "vinieron en barco", "refugiad",
    # PT
    "imigr", "fugiram", "fugiu", "vieram de navio", "chegaram de navio", "vieram no navio", "desembarcaram",
    # IT
    "scappat", "fuggit", "fuggiron", "esule", "esuli", "profugh", "deportat", "sbarcat",
    # DE
    "ausgewandert", "eingewandert", "geflohen", "geflüchtet", "vertrieben", "umgesiedelt", "übergesiedelt",
    "deportiert", "rübergekommen", "rübergemacht", "hergezogen", "hergekommen", "zugewandert", "als Gastarbeiter", "als Aussiedler", "als Spätaussiedler",
    # NL
    "geëmigreerd", "geïmmigreerd", "gevlucht", "gedeporteerd", "verdreven", "overgekomen", "contractarbeider",
    "gastarbeider",
    # RU
    "эмигрир", "иммигрир", "бежал", "бежали", "депортир", "выслали", "высланы", "вывезли", "переселили",
    "сослали", "ссылк",
    # AR
    "هاجر", "نزحوا", "لجأوا", "هربوا", "تهجروا", "هجروا", "رحلوهم",
    # where a family's line comes from, in every language ("die Familie stammt aus Aleppo", "la famille est
    # originaire de Kabylie", "his family is originally from Goa", "семья родом из Баку")
    "stammt aus", "stammen aus", "stammte aus", "stammten aus", "stammt ja aus", "stammt eigentlich aus",
    "stammt ursprünglich aus", "stammen ursprünglich aus", "originally from", "hails from", "hail from",
    "originaire de", "originaires de", "originaire du", "originaires du", "originaria de", "originarios de",
    "originaria di", "originari di", "originario di", "originária de", "originários de", "originário de",
    "oorspronkelijk uit", "родом из", "родом с", "أصلهم من", "أصلها من", "أصله من", "اصلهم من",
    # JA / KO / ZH (anywhere)
    "渡ってこ", "渡ってき", "渡来", "移住", "移民", "亡命", "引き揚げ", "強制連行",
    "이주", "이민", "피난", "망명", "강제로 옮겨", "건너오", "건너와", "넘어오", "넘어와",
    "下南洋", "闯关东", "闖關東", "移民", "逃难", "逃難", "偷渡", "漂洋过海", "漂洋過海",
)

# Plain arrival words ("came from", "arrivée de", "veio de"; German and Dutch place the date before
# "aus"/"uit": "kam 1956 aus"): a family history only with a date of
# migration in their clause (:data:`_DATED`), never a trip ("came from Lyon for the fitting")
_ARRIVALS = (
    "came from", "came over", "arrived from", "venu de", "venue de", "venus de", "venues de", "arrivé de",
    "arrivée de", "arrivés de", "arrivées de", "arrivé du", "arrivée du", "arrivés du", "arrivées du",
    "venu du", "venue du", "venus du", "vino de", "vinieron de", "llegó de", "llegaron de", "veio de",
    "vieram de", "chegou de", "chegaram de", "veio do", "vieram do", "chegou do", "chegaram do", "venuto da",
    "venuta da", "venuti da", "arrivato da", "arrivata da",
    "arrivati da", "venuto dal", "venuta dal", "venuti dal", "arrivato dal", "arrivata dal", "arrivati dal", "kam",
    "kamen", "kwam", "kwamen",
    "приехал из", "приехала из", "приехали из", "طلعوا من", "جاؤوا من", "اجو من", "وصلوا من",
)
# A family line said to come from a place in the present tense ("la famiglia viene da Asmara", "his family comes
# from Jaffna"): the family word opens the fact; a trip's purpose in the clause ("comes from Lyon for the
# wedding", "viene da Roma per la prova") leaves it readable
_LINES = re.compile(r"(?<!\w)(?:(?:(?:his|her|their|the) family (?:comes|is) from|famille (?:vient|est) d[eu]|"
                    r"famiglia (?:viene da|è di)|familia (?:viene|es) de|família (?:vem|é) d[eoa]|familie (?:komt|is) uit|"
                    r"Familie (?:kommt|ist) aus)(?!\w)|famille (?:vient|est) d['’])", re.IGNORECASE)
_PURPOSE = re.compile(r"(?<!\w)(?:for|to|pour|per|para|a|voor|om|für|zu[mr]?)(?!\w)", re.IGNORECASE)
# A date of migration: a year of the last two centuries but this one ("in 1962", "en '79"), a decade, a
# war, a generation, a passage by boat
_DATED = re.compile(
    r"(?<!\d)(?:1[89]\d\d|['’][2-9]\d)(?!\d)|(?<!\w)(?:in the (?:[a-z]+ties|\d0s)|generation|by boat|"
    r"(?:dans les années|des années|en los años|nos anos|negli anni|in de jaren) [\w-]+|(?:en|a finales de) los \d0|"
    r"génération|par bateau|generación|en barco|"
    r"anni (?:\d0|[a-z]+anta)|generazione|geração|de barco|in den (?:\d0er|[a-zäöü]+ziger)|Generation|generatie|"
    r"в \d0-е|поколени\w*)|"
    r"(?<!\w)(?:war|guerre|guerra|oorlog)(?!\w)|krieg|войн|الحرب|世代|세대|代目", re.IGNORECASE)


def _dense(word: str) -> bool:
    """Is ``word`` written in a script matched without word boundaries (CJK, Hangul, Arabic)?"""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0600" <= c <= "\u06ff" for c in word)


def _alternation(words: tuple[str, ...], stems: bool) -> str:
    """One pattern for ``words``, longest first: alphabetic words at a word start, whole or (``stems``)
    as the start of a word; CJK, Hangul and Arabic words anywhere."""
    dense = sorted({w for w in words if _dense(w)}, key=len, reverse=True)
    spaced = sorted({w for w in words if not _dense(w)}, key=len, reverse=True)
    spaced_re = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in spaced) + (r")\w*" if stems else r")(?!\w)")
    return "(?:" + spaced_re + "|" + "|".join(re.escape(w) for w in dense) + ")"


_ANCESTOR = re.compile(_alternation(_ANCESTORS, stems=False), re.IGNORECASE)
_MOVE = re.compile(_alternation(_MIGRATION, stems=True), re.IGNORECASE)
_ARRIVE = re.compile(_alternation(_ARRIVALS, stems=False), re.IGNORECASE)
_GATE = tuple(sorted({w.lower() for w in _MIGRATION + _ARRIVALS} | {"famil", "famíl", "famig"}))  # literal test before the regular expressions
_SENTENCE_END = re.compile(r"[.!?。！？\n→|؟]|\s/\s")
# a clause mark, a dash, or a conjunction that opens the next clause ("… in the seventies and she wants …")
_CLAUSE_END = re.compile(
    r"[,;:.!?、。，；！？\n(\[→|،؛؟]|\s[-–—/]\s|\s(?:and|but|so|et|mais|pero|mas|ma|und|aber|maar|но)\s", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
_LEAD = re.compile(r"[\s,;:、，]*")
_RUN_END = re.compile(r"[\s,;:.!?、。，；！？()\[\]]")


def migration_histories(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each family migration history of ``text`` as an
    ORIGIN span, merged with the ORIGIN spans it overlaps; a history that would overlap a span of
    another category or a placeholder stays as it was."""
    if not mentions_any(text, _GATE):
        return spans
    found = [(line.start(), end) for line in _LINES.finditer(text)
             if not _PURPOSE.search(text, line.end(), end := _clause_end(text, line))]
    moves = sorted([(m, _clause_end(text, m)) for m in _MOVE.finditer(text)]
                   + [(m, end) for m in _ARRIVE.finditer(text) if (end := _dated(text, m))], key=lambda m: m[0].start())
    for move, end in moves:
        start = _ancestor_before(text, move.start())
        if start is None:
            continue
        if found and start < found[-1][1]:  # a second word of the same history ("kam 1968 als Gastarbeiter")
            found[-1] = (found[-1][0], max(found[-1][1], end))
            continue
        found.append((start, end))
    out = list(spans)
    for start, end in found:
        inner = list(_PLACEHOLDER.finditer(text, start, end))
        if inner:  # "her father-in-law [NAME] came ...": the name stays its own placeholder
            start = _LEAD.match(text, inner[-1].end()).end()
        if end <= start or any(s.kind != "ORIGIN" and s.start < end and start < s.end for s in out):
            continue
        out = with_origin(out, start, end)
    return sorted(out)


def with_origin(spans: list[PiiSpan], start: int, end: int) -> list[PiiSpan]:
    """``spans`` with an ORIGIN span over ``[start, end)``, merged with the spans it overlaps."""
    merged = [s for s in spans if s.start < end and start < s.end]
    return [s for s in spans if s not in merged] + [
        PiiSpan(min([start] + [s.start for s in merged]), max([end] + [s.end for s in merged]), "ORIGIN")]


def _dated(text: str, arrival: re.Match) -> int:
    """End of the date of migration in the clause of ``arrival`` (:func:`_clause_end`), 0 if none:
    the fact ends with its date ("came from Smyrna in 1922", "طلعوا من حلب أيام الحرب")."""
    date = _DATED.search(text, arrival.end(), max(arrival.end(), _clause_end(text, arrival)))
    return date.end() if date else 0


def _ancestor_before(text: str, at: int) -> int | None:
    """Start of the first ancestor word within :data:`_WINDOW` characters before ``at`` in the
    same sentence."""
    lo = max(0, at - _WINDOW)
    ends = list(_SENTENCE_END.finditer(text, lo, at))
    lo = ends[-1].end() if ends else lo
    match = _ANCESTOR.search(text, lo, at)
    return match.start() if match else None


def _clause_end(text: str, move: re.Match) -> int:
    """End of the clause of the migration word ``move``: the next clause mark within :data:`_TAIL`
    characters; else, in a script without spaces, the end of its run of letters; else the end of
    the word."""
    stop = _CLAUSE_END.search(text, move.end(), move.end() + _TAIL)
    if stop is not None:
        end = stop.start()
    else:
        run = _RUN_END.search(text, move.end())
        end = run.start() if run else len(text)
    while end > move.end() and text[end - 1].isspace():
        end -= 1
    return end
