"""Words the learned tagger may read inside a fact but never as its edge, and spouses it may not
read as an orientation by themselves.

Light words state no fact by themselves: degree adverbs ("très fatiguée", "sehr", "очень"), words
that date or count ("seit", "после развода", "три с половиной"), the words that place a fact in time without
the period itself ("ago", "last", "há", "назад", "times": :data:`TIME_WORDS`), verbs of being ("is", "tá", "est", "è"; "c'est" read as a condition) and "always" ("sempre" read as a union), a
verb of following a regime ("lleva", "sigue", "follows": "él lleva dieta sin sal"), the
speaker's own asides ("bedoel ik", "I mean"), the sides of the body without a part ("do lado
esquerdo": the part or the condition is the fact) and the Chinese personal pronouns ("她跟她先生"). A run of the tagger made of them alone (with the
prepositions of ``tagger._EDGE_WORDS``) is dropped ("très" read as a faith, "после" as a
condition); a fact that starts with one keeps it ("после родов", "sinds haar burn-out"). An aside
(:data:`ASIDES`) never closes a run: it trails the fact ("[zijn partner] bedoel ik").

A possessive and a spouse of the other gender ("haar man", "her husband", "his wife", "ihr Mann")
is family, not an orientation: a run of the tagger made of that pair alone is dropped; the
lexicon's partner rules (``partners``, ``contexts.titled_partners``) decide the same-sex spouses.

A meeting named alone in lower case (:data:`GATHERINGS`: "depois da assembleia", "after the meeting") is
nobody's faith, union or party: a run of the tagger made of it alone is dropped ("na Assembleia", capitalised,
is a parliament).
"""

from __future__ import annotations

__all__ = ["ASIDES", "GATHERINGS", "LIGHT_WORDS", "TIME_WORDS", "opposite_spouse"]

# the speaker's own words after a fact ("[zijn partner] bedoel ik", "I mean"): never a run's last word
ASIDES = frozenset("bedoel bedoelt ik i mean meine ich je veux dire quiero decir voglio dire quero dizer".split())

# The words that only place a fact in time, without the time itself: "ago", "last", "há", "назад",
# "times". A run of these alone states nothing ("cirurgia bariátrica [há] 2 meses", "в [прошлом] году");
# a run that holds the period too ("l'anno scorso", "seit 30 Jahren") is left to the model: the
# development writers mostly mark the period with the fact.
TIME_WORDS = frozenset("""
ago last past next há hace fa назад geleden dernier dernière derniers dernières prochain prochaine letzten letztes
letzte letzter nächste nächsten pasado pasada próximo próxima scorso scorsa prossimo prossima passado passada
vorig vorige volgend volgende прошлом прошлого прошлый прошлой следующем الماضي الماضية الجاي الجاية
times once twice fois keer veces vez volte volta vezes раз раза مرة مرات مرتين
""".split())

LIGHT_WORDS = TIME_WORDS | frozenset("""
very really quite so too since after before half just still also i mean
très tres trop assez si depuis après apres demi moitié moitie aussi encore
sehr ganz ziemlich so zu seit nach vor halb halbe auch noch ist war sind meine ich
muy bastante tan desde después despues medio media también tambien todavía todavia
molto troppo abbastanza così cosi da dopo prima mezzo mezza anche ancora
muito bem tão tao desde depois antes meio meia também tambem ainda
heel erg zeer nogal zo te sinds na voor half halve ook nog bedoel bedoelt ik is was
очень слишком довольно так с со после до половина половиной половину пол тоже ещё еще
جدا كثير منذ بعد قبل نص نصف كمان
tá está estava
est était étaient è era es fue é foi
always toujours immer altijd siempre sempre всегда دايما دائما
lleva llevan llevaba sigue siguen seguía segue seguem follows suit suivent
left right links rechts linke rechte linken rechten gauche droite izquierdo izquierda derecho derecha sinistro sinistra
destro destra esquerdo esquerda direito direita lado côté lato kant
他 她 它 我 你
""".split())

# A meeting named alone ("depois da assembleia", "nach der Versammlung", "after the meeting") is no faith, no
# union and no party by itself: whose meeting it is takes a word the lexicon reads ("Assembleia de Deus",
# "assemblée syndicale"); a run of the tagger made of such a word alone (with its article) is dropped.
GATHERINGS = frozenset("""
assembly assemblies meeting meetings gathering assemblée assemblées réunion réunions
versammlung versammlungen sitzung treffen asamblea asambleas reunión reunion reuniones
assemblea assemblee riunione riunioni assembleia assembleias reunião reuniao reuniões
vergadering vergaderingen bijeenkomst собрание собрания собрании встреча اجتماع
""".split())

_OPPOSITE = frozenset({
    ("haar", "man"), ("haar", "echtgenoot"), ("haar", "vent"), ("zijn", "vrouw"), ("zijn", "echtgenote"),
    ("her", "husband"), ("his", "wife"),
    ("ihr", "mann"), ("ihrem", "mann"), ("ihren", "mann"), ("ihr", "ehemann"), ("ihrem", "ehemann"),
    ("sein", "frau"), ("seine", "frau"), ("seiner", "frau"), ("sein", "ehefrau"), ("seine", "ehefrau"), ("seiner", "ehefrau"),
})


def opposite_spouse(words: list[str]) -> bool:
    """``words`` (case-folded) are a possessive and a spouse of the other gender, alone."""
    return len(words) == 2 and (words[0], words[1]) in _OPPOSITE
