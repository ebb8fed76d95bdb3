"""Condition nouns built on a Greek medical ending, in every language that borrows them.

Blood conditions on "-emia" ("anaemia", "Leukämie", "septicémie", "лейкемия", "hyperlipidemia"),
phobias ("agoraphobia", "claustrofobia"), oedemas ("lymphoedema", "Lymphödem"), "-penia"
("osteopenia", "neutropenia"), "-plasia" ("dysplasia"), "-trophy" ("atrophy", "Dystrophie"),
"-sclerosis" ("arteriosclerosis", "Arteriosklerose"), "-iasis" ("candidiasis", "Lithiasis"),
tumours on "-oma" after a tissue stem ("sarcoma", "Karzinom", "myélome", "гематома") and
"-lepsy" ("narcolepsy", "эпилепсия"). Each is a branch of :data:`wordforms.MEDICAL_WORD`
(folded text, whole words) with the literals that must be in a note for it to be tried.

Ordinary words with these endings stay readable: "academia", "Akademie", "Chemie",
"pandemia", "ennemie", "enemies", "премия", "polygamie", "Bohemia", "abstemia" (a teetotaller),
"qualsiasi", "Indiase", "библиотеки", "homophobia" (an opinion, not a condition), "aroma",
"diploma", "modem", "пения"; Quincke's oedema is an allergic reaction.
"""

from __future__ import annotations

__all__ = ["GREEK_BRANCHES"]

GREEK_BRANCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # -emia: not an epidemic, a teetotaller ("abstemia"), a friend ("ennemie", "infamie"), chemistry, an academy, Bohemia,
    # Vietnamese ("vietnamien", "Nouvel An vietnamien")
    (r"(?!epidem|pandem|endem|polygam|monogam|bigam|infam|abstem|astem|vietnam)[^\W\d_]{2,}(?<!ch)(?<!ad)(?<!nn)(?<!oh)"
     r"(?:aemia|aemias|emia|emias|emie|amie|amien)"
     r"|(?!эпидем|пандем|академ|богем|прем)[^\W\d_]{2,}(?:емия|емии|емию|емиеи)",
     ("emia", "emie", "amie", "емия", "емии", "емию")),
    # phobias; a prejudice ("homophobia", "xénophobie") is no condition
    (r"(?!homo|xeno|islamo|judeo|franco|anglo|russo|germano|trans|serbo|lesbo|afro|euro|techno|cyber|гомо|ксено|русо)"
     r"[^\W\d_]{3,}(?:phobia|phobias|phobie|phobies|phobien|fobia|fobias|fobie|фобия|фобии|фобию)",
     ("phobi", "fobi", "фоби")),
    # oedemas; Quincke's oedema is an allergic reaction (the allergy component's)
    (r"(?:[^\W\d_]{2,})?(?:oedema|oedemas|oedeme|oedemes|edema|edemas|odem|odeme|oedeem|oedemen)(?! de quincke)"
     r"|отек(?:и|ом|а|ов)?", ("edem", "odem", "oedeem", "отек")),
    (r"[^\W\d_]{3,}(?:penia|penias|penie|penien|пения|пении)", ("penia", "penie", "пени")),
    (r"[^\W\d_]{2,}(?:plasia|plasias|plasie|plasien|плазия|плазии)", ("plasi", "плази")),
    (r"(?:dys|dis|a|hyper|hiper|iper|hypo|ipo|hipo|дис|а|гипер)"
     r"(?:trophy|trophie|trophien|trophia|trofia|trofias|trofie|трофия|трофии)", ("troph", "trofi", "трофи")),
    (r"[^\W\d_]{3,}(?:sclerosis|sklerose|sclerose|scleroses|sclerosi|склероз|склероза|склерозом)",
     ("sclero", "sklero", "склероз")),
    (r"(?!quals|quas)[^\W\d_]{3,}(?:iasis|iasi|иаз|иаза|иазом)", ("iasis", "iasi", "иаз")),  # not "Indiase"
    # tumours on "-oma" after a tissue stem only ("aroma", "diploma", "Roma" are none)
    (r"(?:carcin|karzin|sarc|sark|myel|aden|fibr|glioblast|neuroblast|retinoblast|gli|h?a?emat|mesotheli|meningi|"
     r"lip|angi|astrocyt)(?:oma|omas|omata|om|ome|omes|omen|omen)"
     r"|(?:карцин|сарк|миел|аден|фибр|глиобласт|гли|гемат|лип|мелан|ми|анги)ом(?:а|ы|у|е|ои)?", ()),
    (r"(?:epi|narco|narko|cata|kata|эпи|нарко|ката)(?:lepsy|lepsie|lepsia|lessia|lepsien|лепсия|лепсии|лепсию)", ()),
)
