"""Detection of GDPR Art. 9 special-category data in advisor notes.

Policy (CNIL guidance on free-text CRM fields): health, political opinions, religious or
philosophical beliefs, ethnic origin, sexual orientation and trade-union membership must not be
stored. Each such span becomes a category token — ``[HEALTH]``, ``[POLITICS]``, ``[RELIGION]``,
``[ORIGIN]``, ``[ORIENTATION]``, ``[UNION]`` — in the pseudonymized note. Kept readable on
purpose: food allergies and diets (halal, kosher, diabetic diet: client safety at events),
hobbies, professions (doctor, priest, politician), occasions (baptism, Eid, Christmas),
nationalities and places, the birth as an event (birth, newborn, baby shower, naissance, 出産祝い).
Coeliac disease (and gluten intolerance) is treated like a food allergy, by the lead's decision of
session 37: the ``gluten`` allergy concept, kept readable in every language ("coeliac", "cœliaque",
"celíaca", "Zöliakie", "целиакия", "セリアック", "셀리악", "乳糜泻", "سيلياك"; the lexicon's ``keep``
phrases). A symptom told as what eating or drinking something does ("드시면 숨이 차신대요", "吃面包会拉肚子",
"wenn sie Milch trinkt, bekommt sie Bauchschmerzen") is that food's reaction, the allergy's
(:func:`special.reactions.drop_food_reactions`; also without a verb of eating, "shellfish gives
her migraines", "sulfites = migraines": :func:`special.reactions.drop_caused_reactions`), and a condition word that is a job in another language
right before a name ("Autista Sergio") is that job.
A pregnancy itself is health data (GDPR Recital 35, CNIL): "enceinte de 6 mois", "20 weeks
pregnant", "expecting twins", "schwanger", "妊娠中", "怀孕", "حامل" are [HEALTH] like its
complications; pseudonymization keeps their ``birth`` occasion as a protected concept unless the
span says the pregnancy ended (:func:`ends_pregnancy`). Non-food allergies are another
component's.

The vocabulary is data, ``taxonomy/special_categories.json`` (its ``notes`` field explains the
roles: terms, contextual terms licensed by a cue, cues, attached words, roles, frames, keep
phrases, and the ``(context)`` alias syntax), compiled by :mod:`special_lexicon`. Every
language's lists are matched on every note (notes are code-switched), with two Aho-Corasick
automata (alphabetic words with boundaries; CJK/Hangul/Arabic without); :mod:`special_spans`
builds the spans. Spans map back to exact original offsets, extend to whole words
("Typ-2-Diabetes", "AfD-Wähler"), and neighbouring hits of one category merge ("a voté pour les
Verts" is one span). A span takes in the words that carry the fact with it: attached words and
roles it touches ("Conservative councillor", "delegata CGIL") and, in the categories whose cues
join, the cue it touches ("votes Labour", "iscritto al PD"); two demonyms joined by a hyphen are
an origin ("Japanese-Brazilian"), a nationality alone is not; a side of the body joins the part it
names ("left knee surgery", "rodilla derecha"); a place of worship with its period, a telegraphic
item beside a term of the faith, is a practice ("very devout, temple every morning":
:mod:`special.practice`); a party whose name the writer masked is still a
party ("[○○당] 후보", "[XX党]党员": :mod:`special.contexts.masked_parties`), and an office whose holder is named
between it and the party is a span of its own ("la [diputada], [NAME] [del PSOE]": :func:`appositions`).
A typed CRM line joins a spouse to the titled client without a possessive ("Mr [NAME] + husband", "Fr. [NAME]:
Partnerin", "Sra. [NAME] + namorada": :mod:`special.shorthand.partners`) and writes a party as a letter or with its
region in a bracket after an officeholder ("Sen. [NAME] (D)", "MP (Con.)", "(PL-SC)": :mod:`special.shorthand.brackets`).
A Chinese title joins a spouse of its gender ("[NAME]先生与[丈夫]": :mod:`special.couples.titles`).
Transcribed speech spaces a Chinese possessive from its partner ("他 嗯 男朋友") and a Korean note gives
the client's gender with a noun ("남자분 … 남자친구"): :mod:`special.couples.spoken`. The edges of a span are the fact's
(:mod:`special.edges`): no lower-case article at its start ("sta facendo la [chemio]"), and a party
or a faith that ends on a preposition takes the name after it ("member of the Green Party",
"голосовать за «Новых людей»") and the noun of membership before it ("coro de la parroquia").
A conjunction inside a span stays readable, the span split around it ("[asthma] and [chronic
bronchitis]": :mod:`special.extent.conjunctions`). Last, a short core takes in the predicate that states it (:mod:`special.extent`): the frame of
its clause before it, up to the verb, when that frame holds at least as many letters as the core
("hat [MS]", "fait une [SEP]"; before a party, a candidacy or a vote whatever its length:
"kandidiert jetzt für die [SPD im Landtag]"), and the verb ending
or head glued to a CJK term ("[痛風]持ち", "在做[化疗]"); a longer core states the fact alone and
its frame stays readable ("Sie hat [Diabetes]"), and so do a verb of suffering, a preposition
that dates the fact ("souffre de [SEP]", "after his [stroke]") and the rest of the clause, but for a
treatment's schedule right after it and the dating words between two conditions
(:mod:`special.extent.schedules`: "[dialyse trois fois par semaine]", "[en fauteuil depuis son AVC]").
An ancestor and a word of migration in one sentence are an origin told as the family's history
("her grandparents emigrated from Crete", "祖辈是闯关东过来的": :mod:`special.contexts.origin.ancestry`), and so are
they with a plain arrival and a date of migration ("her grandparents came from Smyrna in 1922"). An
elected office, a candidacy or campaigning with its election in one sentence is a political engagement
("councillor, up for re-election in May", "folderen voor de verkiezingen": :mod:`special.contexts.campaigns`), and
so is an office a few words from its party ("[Bürgermeister] in einer kleinen Gemeinde, [CSU]":
:mod:`special.offices.seats`), and an office that designates the note's person with its article ("[le député],
monsieur [NAME]": :mod:`special.offices.designations`); a fast kept until sunset and the
Sabbath's hours are a faith ("elle jeûne, rdv après le ftour", "not from Friday sundown till Saturday
night": :mod:`special.contexts.hours`).
A strike or the dues told beside a union role in one sentence are a second union fact ("délégué syndical,
en grève la semaine dernière": :mod:`special.contexts.strikes`), a union's name bracketed after the role is
the role's ("[dirigente sindical (CGTP)]": :mod:`special.shorthand.union_names`), and a language spoken at home or with the
elder relatives is an origin ("en casa con los abuelos hablan gallego": :mod:`special.contexts.origin.languages`),
and taking part in a Pride march is told by its clause ("ze gaan samen naar de Pride in juli":
:mod:`special.contexts.prides`). A recovery takes in how long it has lasted ("[sober two years]", "[AA depuis
5 ans]": :mod:`special.extent.sobriety`), a hospital stay its length (:mod:`special.extent.stays`), a diabetes its type and pump
(:mod:`special.extent.diabetes_types`), a plural demonym its town ("[cinesi di Prato]": :mod:`special.contexts.origin.diasporas`), a practice its daily frequency outside English ("[va a messa tutti i
giorni]": :mod:`special.practice.daily`), a fast is a faith's when said of a religious period ("[fastet vor
Ostern]", "[Navratri fasting]": :mod:`special.practice.fasts`), and a worn aid its verb of wearing or having ("elle [porte un
pacemaker]": :mod:`special.extent.predicates`). A month of fasting with an arrow to the hours kept
("Ramadan → RDV après 20h") is the practice (:mod:`special.practice.arrows`). Facts said in passing
(:mod:`special.passing`): a partner of the gender the subject's participle shows ("è venuta con [la
moglie]"), a clergy title opening the client's line ("Client: [Rabbi] [NAME]"), a dated election after
an office and its party ("Stadtrat, Grüne, [Wahlkampf bis Sept.]") and an office said in a false start. Last of all, a span keeps
only the words that carry its fact where a longer gold span would stay mostly redacted
(:mod:`special.extent.shortest`: "se está recuperando de una [operación de cadera]", "[schwanger] (5.
Monat)", "[jejum] do [Ramadão]"), and a hospital named as a gala's venue is no health fact.
Aliases are written every way a note writes them (:mod:`special.variants`): Chinese lists in
both scripts, English lists in both spellings, Romance identity words in both genders and
numbers ("luteranos", "judías"). Medical word formation is HEALTH
without a list ("diverticulitis", "cholecystectomy", "Lungenentzündung", "staaroperatie",
"Brustkrebspatientin", "arthritic", "Hypertoniker", "paniekstoornis", and medicines by their
WHO class stem, "sertraline", "Bisoprolol"; :mod:`special.wordforms`), and a CJK/Hangul disease word keeps its
suffix ("癌" + "症", "우울" + "증"). A same-sex spouse whose possessive shows both genders ("her wife",
"sein Mann", "haar vrouw", "mariée à une femme", "زوجتها": the lexicon's ``partners``; or a title
of the same gender, "Mme Roux et sa compagne": :mod:`special.contexts.titled_partners`) reveals the
orientation wherever it stands, also when the note states it elsewhere (each mention says it
again); a neutral or opposite-sex spouse is family and stays. Boundaries: a diet (halal, kosher, keeping kosher, vegetarian, no pork) stays a diet concept,
observance (fasting for Ramadan, keeping Shabbat or kashrut, mass, mosque) is RELIGION; a nationality for
travel, shipping or language stays, an ethnic or national origin is ORIGIN, and an origin word that only
qualifies a design, a script or an ornament ("Tamil script", "نقوش أمازيغية") is the piece's style.

:func:`allergy_spans` (:mod:`special_allergies`) gives the words the non-food allergy policy redacts: the allergen, not the
cue around it ("allergic to [HEALTH]"), and nothing for a negated allergy or a "nickel-free"
request.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, normalize
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.allergies import allergy_spans
from lvmh_pipeline.lib.privacy.special.allergy_context.others import others_allergy_spans
from lvmh_pipeline.lib.privacy.special.contexts.origin.ancestry import migration_histories
from lvmh_pipeline.lib.privacy.special.couples.spoken import spoken_partners
from lvmh_pipeline.lib.privacy.special.couples.pairs import paired_titles
from lvmh_pipeline.lib.privacy.special.extent.hollow import drop_hollow
from lvmh_pipeline.lib.privacy.special.couples.titles import titled_spouses
from lvmh_pipeline.lib.privacy.special.contexts.campaigns import campaigns
from lvmh_pipeline.lib.privacy.special.contexts.gendered_partners import gendered_partners
from lvmh_pipeline.lib.privacy.special.contexts.heritage import design_styles, family_faiths, family_origins, mixed_heritage
from lvmh_pipeline.lib.privacy.special.contexts.origin.languages import heritage_languages
from lvmh_pipeline.lib.privacy.special.contexts.origin.communities import community_phrases
from lvmh_pipeline.lib.privacy.special.contexts.origin.diasporas import diaspora_communities
from lvmh_pipeline.lib.privacy.special.gendered.client_partners import client_partners
from lvmh_pipeline.lib.privacy.special.contexts.origin.generations import origin_generations
from lvmh_pipeline.lib.privacy.special.contexts.hours import kept_hours
from lvmh_pipeline.lib.privacy.special.contexts.parentage import born_to_parents
from lvmh_pipeline.lib.privacy.special.contexts.prides import pride_marches
from lvmh_pipeline.lib.privacy.special.contexts.workplaces import union_workplaces
from lvmh_pipeline.lib.privacy.special.contexts.asides import (alone_beside_term, bracketed_after_name,
                                                               faith_beside_origin, institution_names, pregnancy_stages)
from lvmh_pipeline.lib.privacy.special.edges import drop_job_homonyms, drop_negated, trim_edges
from lvmh_pipeline.lib.privacy.special.extent import extend_predicates
from lvmh_pipeline.lib.privacy.special.extent.conjunctions import split_conjunctions
from lvmh_pipeline.lib.privacy.special.extent.diabetes_types import diabetes_types
from lvmh_pipeline.lib.privacy.special.extent.schedules import treatment_schedules
from lvmh_pipeline.lib.privacy.special.extent.stays import hospital_stays
from lvmh_pipeline.lib.privacy.special.extent.shortest import shortest_spans
from lvmh_pipeline.lib.privacy.special.extent.sobriety import sober_durations
from lvmh_pipeline.lib.privacy.special.lexicon import LEXICON_PATH, ROLE, SPECIAL_KINDS, lexicon, load_lexicon
from lvmh_pipeline.lib.privacy.special.framing import inner_leads, modified_predicates, trim_frames
from lvmh_pipeline.lib.privacy.special.contexts.masked_parties import masked_parties
from lvmh_pipeline.lib.privacy.special.offices.designations import office_designations
from lvmh_pipeline.lib.privacy.special.offices.predicated import predicated_offices
from lvmh_pipeline.lib.privacy.special.offices.seats import seats_beside_parties
from lvmh_pipeline.lib.privacy.special.original import to_original
from lvmh_pipeline.lib.privacy.special.passing import in_passing
from lvmh_pipeline.lib.privacy.special.practice import periods_after
from lvmh_pipeline.lib.privacy.special.practice.arrows import arrowed_months
from lvmh_pipeline.lib.privacy.special.practice.daily import daily_practice
from lvmh_pipeline.lib.privacy.special.practice.fasts import religious_fasts
from lvmh_pipeline.lib.privacy.special.practice.practised_fasts import practised_fasts
from lvmh_pipeline.lib.privacy.special.reactions import drop_food_reactions
from lvmh_pipeline.lib.privacy.special.readings.festivals import festival_calendars
from lvmh_pipeline.lib.privacy.special.shorthand.brackets import party_brackets
from lvmh_pipeline.lib.privacy.special.shorthand.union_names import union_brackets
from lvmh_pipeline.lib.privacy.special.shorthand.partners import shorthand_partners
from lvmh_pipeline.lib.privacy.special.contexts.reelections import reelections
from lvmh_pipeline.lib.privacy.special.contexts.strikes import union_strikes
from lvmh_pipeline.lib.privacy.special.contexts.titled_partners import titled_partners
from lvmh_pipeline.lib.privacy.special.licensing import accept, block, compounds, drop_frames, license_contextual
from lvmh_pipeline.lib.privacy.special.spans import absorb, group, reach_back

__all__ = ["LEXICON_PATH", "SPECIAL_KINDS", "allergy_spans", "ends_pregnancy", "find_special_categories", "load_lexicon"]


def find_special_categories(text: str) -> list[PiiSpan]:
    """Spans of special-category data in ``text`` (kinds in :data:`SPECIAL_KINDS`), sorted and
    non-overlapping, on whole words; placeholders already in the text are never touched."""
    if not isinstance(text, str) or not text.strip():
        return []
    lex = lexicon()
    nt = normalize(text)
    hits = drop_job_homonyms(nt, lex.scan(nt)) + titled_partners(nt) + masked_parties(nt) + spoken_partners(nt)
    hits += titled_spouses(nt) + paired_titles(nt)
    hits += [h for h in shorthand_partners(nt) if not any(h[0] < o[1] and o[0] < h[1] for o in hits)]
    if not hits:
        return drop_hollow(text, _relatives(text, _contexts(text, [])))
    hits = inner_leads(block(nt, hits + modified_predicates(nt, lex, hits), lex))
    hits += compounds(nt, hits)
    hits = bracketed_after_name(nt, lex, alone_beside_term(nt, lex, trim_frames(nt, hits)))
    hits = faith_beside_origin(nt, lex, hits)
    accepted = drop_frames(nt, lex, hits, accept(license_contextual(nt, lex, hits)))
    spans = group(nt, lex, hits, accepted)
    absorb(nt, lex, hits, accepted, spans)
    appositions(nt, hits, spans)
    reach_back(nt, hits, spans)
    periods_after(nt, lex, hits, spans)
    pregnancy_stages(nt, lex, spans)
    found = institution_names(text, drop_food_reactions(text, drop_negated(text, trim_edges(text, to_original(nt, spans)))))
    found = split_conjunctions(text, found)
    found = _closed(text, treatment_schedules(text, extend_predicates(text, found)))
    found = diabetes_types(text, hospital_stays(text, _contexts(text, found)))
    return drop_hollow(text, _relatives(text, found))


def _relatives(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with a relative's non-food allergy, the whole phrase (:mod:`special.allergy_context.others`)."""
    from lvmh_pipeline.lib.concepts.taxonomy import load_taxonomy

    others = others_allergy_spans(text, None, load_taxonomy())
    if not others:
        return spans
    return sorted(spans + [o for o in others if not any(o.start < s.end and s.start < o.end for s in spans)])


def _closed(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """A span that opens a bracket and ends right before its closing one takes it: "wethouder
    (GroenLinks)" becomes one placeholder, not "[POLITICS])"."""
    out = []
    for span in spans:
        closing = text[span.end : span.end + 1]
        opening = {")": "(", "）": "（"}.get(closing)
        if opening and text.count(opening, span.start, span.end) > text.count(closing, span.start, span.end):
            span = PiiSpan(span.start, span.end + 1, span.kind)
        out.append(span)
    return out


def _contexts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` with the facts told by their context rather than by a term: a family's migration,
    a birth to parents from a named place, an office with its election, the hours a faith keeps, the
    named workplace of a union role, a re-election alone, a language kept at home, the relative whose origin a span tells, a community
    phrase, a same-sex partner shown by grammatical or stated gender (:mod:`special.contexts`, :mod:`special.gendered`); an origin word that only qualifies a design ("Tamil
    script", "نقوش أمازيغية") is the piece's style and a faith that dates a festival ("на Рождество, на
    православное") is its calendar: both stay readable."""
    spans = union_brackets(text, party_brackets(text, sober_durations(text, spans)))
    spans = kept_hours(text, practised_fasts(text, spans))
    spans = born_to_parents(text, migration_histories(text, reelections(text, campaigns(text, spans))))
    spans = origin_generations(text, community_phrases(text, diaspora_communities(text, heritage_languages(text, spans))))
    spans = client_partners(text, gendered_partners(text, family_origins(text, union_strikes(text, union_workplaces(text, family_faiths(text, spans))))))
    spans = religious_fasts(text, festival_calendars(text, design_styles(text, pride_marches(text, mixed_heritage(text, spans)))))
    spans = shortest_spans(text, arrowed_months(text, office_designations(text, predicated_offices(text, seats_beside_parties(text, daily_practice(text, spans))))))
    return in_passing(text, spans)


_POLITICS = SPECIAL_KINDS.index("POLITICS")
_UNION = SPECIAL_KINDS.index("UNION")
_APPOSITION = re.compile(r"[ \t]*[,\u060c\u3001\uff0c\u30fb][ \t]*")  # also the Japanese "・" ("市議会議員・〇〇党")
# the end of the office's clause, maybe past the town it serves ("vereador em Campinas", "Stadtrat in Köln")
# the office's holder named between the office and the party: the office is a span of its own, the
# name stays a name ("la diputada, eh, [NAME] del PSOE", "o deputado, o [NAME], do PT", "il senatore [NAME], di FdI"),
# also with the holder's title and a spoken filler after the name ("o deputado, o doutor [NAME], é, do PSD")
_HOLDER = re.compile(r"[ \t,]*(?:(?:eh|euh|uh|um|äh|ähm|ehm|o|a|la|el|le|il|der|die|the)[ \t,]+)*"
                     r"(?:(?:doutora?|dra?|dott(?:or(?:e|essa)?)?|doctora?|docteur|professora?|prof|senhora?|señora?|sra?|"
                     r"signora?|sig(?:ra)?|herr|frau|monsieur|madame|mrs?|ms)\.?[ \t]+)?(?:\[NAME\][ \t,]*)+"
                     r"(?:(?:é|eh|euh|uh|um|äh|ähm|ehm|hum|né|tipo)[ \t]*,[ \t]*)*"
                     r"(?:\(|(?:del|de la|de|do|da|di|du|von|of|from|pelo|pela|por|for)[ \t]+)?[ \t]*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"(?:[ \t]+(?:in|im|em|en|à|a|в)(?:[ \t]+[A-ZÀ-ÝА-ЯЁ][^\W\d_]*)+)?[ \t]*(?:$|[^\w\s])")


def appositions(nt: NormalizedText, hits: list[tuple], spans: list[list]) -> None:
    """An office and its party side by side, split by a comma only ("Landtagsabgeordnete, CSU",
    "CDU-Mitglied, Kreisvorsitzende"): the role of the span's category joins it as if it touched.
    An office after the party ends its clause, maybe past its town ("filiado ao PT, vereador em Campinas";
    "Tory, member of the golf club" keeps "member of");
    politics, and a union's office after the union that ends its clause ("(IG Metall, Bezirksleiter)",
    "CCOO, secretaria provincial."; a faith's role words are verbs and duties, "observes");
    an office alone stays readable (a role never makes a span by itself), but an office whose holder is
    named between it and the party is a span of its own ("la [diputada], eh, [NAME] [del PSOE]")."""
    roles = [h for h in hits if h[3] == ROLE and h[2] in (_POLITICS, _UNION)]
    holders = []
    for span in spans if roles else ():
        for role in roles:
            if role[2] != span[2] or any(o is not span and o[0] < role[1] and role[0] < o[1] for o in spans):
                continue
            if role[2] == _UNION and (role[0] < span[1] or not _CLAUSE_END.match(
                    nt.original, nt.to_original(role[1], role[1])[0])):
                continue  # a union's role only after it, ending its clause ("IG Metall, Bezirksleiter)")
            gap = (role[1], span[0]) if role[1] <= span[0] else (span[1], role[0]) if role[0] >= span[1] else None
            if gap and _APPOSITION.fullmatch(nt.original[slice(*nt.to_original(*gap))]) and (
                    role[0] < span[0] or _CLAUSE_END.match(nt.original, nt.to_original(role[1], role[1])[0])):
                span[0], span[1] = min(span[0], role[0]), max(span[1], role[1])
            elif gap and role[1] <= span[0] and _holder(nt, role, gap):
                holders.append([role[0], role[1], span[2], True, True])  # "la diputada, [NAME] del [PSOE]"
    spans.extend(h for h in holders if not any(o[0] < h[1] and h[0] < o[1] for o in spans))


_ARTICLE_BEFORE = re.compile(r"(?<![^\W_])(?:o|a|la|el|le|il|lo|der|die|den|dem|the|een|de|het)[ \t]+$", re.IGNORECASE)


def _holder(nt: NormalizedText, role: tuple, gap: tuple[int, int]) -> bool:
    """The office ``role`` is said of a holder named in ``gap`` before the party: a comma after the
    office or an article before it ("la diputada, eh, [NAME] del …", "le député [NAME] (LFI)"); an
    office written as a title before the name ("Deputado [NAME] (PSOL)", "Cllr [NAME]") stays."""
    between = nt.original[slice(*nt.to_original(*gap))]
    if not _HOLDER.fullmatch(between):
        return False
    start = nt.to_original(role[0], role[1])[0]
    return "," in between.split("[NAME]")[0] or bool(_ARTICLE_BEFORE.search(nt.original, max(0, start - 8), start))


def ends_pregnancy(span: str) -> bool:
    """Does a redacted span say that a pregnancy ended or has not begun ("lost the pregnancy",
    "grossesse extra-utérine", "замершая беременность", "不妊治療")? Then no birth is coming and the
    ``birth`` occasion of its words is not kept (lexicon field ``pregnancy_ended``)."""
    folded = " ".join(normalize(span).folded.split())
    return any(word in folded for word in lexicon().pregnancy_ended)
