"""Titles before a name: courtesy titles (Latin and Cyrillic), couple words, role titles, client words."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.lexicon.helpers import _with_lower

# Prefix titles written in Latin script, matched case-sensitively ("Don" yes, "don't" no).
_CASED_TITLES: tuple[str, ...] = (
    # French
    "M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Mlle.", "Mlles", "Maître", "Me", "Docteur",
    "Pr", "Pr.", "Madame", "Monsieur", "Mademoiselle",
    # English
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Miz", "Miss", "Dr", "Dr.", "Prof",
    "Prof.", "Sir", "Dame", "Lady", "Lord", "Messrs", "Messrs.", "MR", "MRS", "MS", "MR.", "MRS.",
    "Mister", "Missus", "Missis", "Doctor", "Professor", "Madam",
    "Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sayed", "Sayyid", "Sayeda", "H.E.", "H.H.",
    # the Gulf title as the other languages spell it ("la Cheikha …", "Scheich …", "el jeque …")
    "Cheikh", "Cheikha", "Scheich", "Scheicha", "Scheichin", "Jeque", "Jequesa", "Sceicco", "Sceicca",
    "Xeque", "Xeica", "Sjeik", "Sjeika", "Sayyida", "Sayida", "Sayyeda",
    "Hajj", "Hajja", "Hajji", "Haji", "Hadj", "Hadja",  # one back from the pilgrimage, an honorific
    # Italian
    "Sig.", "Sig.ra", "Sig.na", "Sigg.", "Sig.a", "Dott.", "Dott.ssa", "Dr.ssa", "Prof.ssa",
    "Avv.", "Ing.", "Arch.", "Cav.", "Comm.", "Dottor", "Sig", "Signora", "Signor", "Signore",
    "Signorina", "Dottore", "Dottoressa", "Professoressa", "Professore", "Avvocato", "Ingegnere",
    "Ingegner", "On.", "Sen.", "Onorevole",
    # Spanish, Portuguese
    "Sr", "Sr.", "Sra", "Sra.", "Srta", "Srta.", "Sres.", "Sres", "Srs.", "Srs", "Don", "Doña",
    "Dña.", "Dña", "Dra", "Dra.", "Dona", "Sr.ª", "Dr.ª", "Prof.ª", "Profa.", "Lic.", "Eng.",
    "Arq.", "Señor", "Señora", "Señorita", "Señores", "Senor", "Senora", "Senorita", "Doctora",
    "Srª", "Senhor", "Senhora", "D.", "Eng.º", "Eng.ª", "Arq.º", "Arq.ª", "Engº", "Engª",
    "Senhorita", "Senhores", "Doutor", "Doutora", "Licenciada", "Licenciado", "Lcda.", "Lcdo.",
    "Dep.", "Dep.ª", "Depª", "Dip.", "Ver.", "Verª",  # deputado(a), diputado(a), vereador(a) before the name
    # German, Dutch
    "Frau", "Herr", "Herrn", "Hr.", "Hrn.", "Fr.", "Fräulein", "Doktor", "Professorin", "Dhr.",
    "Dhr", "Mevr.", "Mevr",
    "Mw.", "Mw", "Mej.", "Dipl.-Ing.", "Mag.", "Mevrouw", "Meneer", "Mijnheer", "Juffrouw", "Heer",
    # nobility, written before the family name ("Gräfin von Arnim", "Comtesse de Brissac")
    "Gräfin", "Baronin", "Freifrau", "Freiherr", "Fürstin", "Comtesse", "Baronne", "Countess", "Baroness", "Contessa", "Marchesa", "Condesa", "Marquesa", "Duquesa",
    "Gravin", "Barones", "Jonkheer", "Jonkvrouw",
    # degrees written between a title and the name ("Herr Dr. med. Weber", "Dr. h.c. Keller")
    "med.", "rer.", "nat.", "jur.", "phil.", "dent.", "vet.", "h.c.", "mult.", "oec.", "Dipl.", "Ing.",
    "Magister", "Magistra", "Mag.a", "MMag.", "Dkfm.",
    # family names announced as such
    "Famiglia", "Famille", "Familia", "Família", "Fam.", "Fam", "Sig.ri", "Sigg.ri", "Dres.",
)
# Titles that are ordinary words or abbreviations too in lower case ("me", "miss", "don't").
_NO_LOWER_CASE = frozenset(
    {"Me", "Pr", "Pr.", "Don", "Miss", "Lady", "Lord", "Sir", "Dame", "MS", "MR", "MRS", "MR.",
     "MRS.", "Mag.", "Comm.", "Arch.", "Ing.", "Cav.", "Lic.", "Eng.", "Arq.", "Mx", "Mx.", "Miz",
     "H.E.", "H.H.", "Prof", "Famiglia", "Famille", "Familia", "Família", "Messrs", "Messrs.",
     "Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sayed", "Sayyid", "Sayeda", "Sr", "Sres",
     "Cheikh", "Cheikha", "Scheich", "Scheicha", "Scheichin", "Sayyida", "Sayida", "Sayyeda",
     "Hajj", "Hajja", "Hajji", "Haji", "Hadj", "Hadja",
     "Fr.", "Hr.", "Sig", "Fam", "Dres.", "Eng.º", "Eng.ª", "Arq.º", "Arq.ª", "Engº", "Engª", "Madam", "D.", "On.", "Sen.", "Magister", "Magistra", "Mag.a",
     "Dep.", "Dep.ª", "Depª", "Dip.", "Ver.", "Verª"}
)
# Lower-case titles, as transcriptions and running text write them ("la señora Ortega",
# "mevrouw Jansen", "mme Girard", "herr Krause"): the word after them must be no common word.
LOWER_CASE_TITLES: tuple[str, ...] = tuple(
    dict.fromkeys(t.lower() for t in _CASED_TITLES if t not in _NO_LOWER_CASE and t.lower() != t)
)
LATIN_TITLES: tuple[str, ...] = _CASED_TITLES + LOWER_CASE_TITLES
CYRILLIC_TITLES: tuple[str, ...] = _with_lower(
    (
        "Господин", "Госпожа", "Г-н", "Г-жа", "Гн", "Гжа", "Доктор", "Профессор", "Мистер",
        "Миссис", "Мисс", "Мадам", "Месье", "Мсье", "Сеньор", "Сеньора", "Синьор", "Синьора",
        "Фрау", "Герр", "Шейх", "Шейха", "Шейху", "Шейхом", "Шейхе", "Шейхи",
    )
)
TITLE_WORDS_LOWER: frozenset[str] = frozenset(
    t.lower().rstrip(".") for t in LATIN_TITLES + CYRILLIC_TITLES
)
# Titles that are ordinary words too ("Lady Dior", "Miss Dior", "Don Giovanni", "Sir Elton"):
# after them the name must pass the common-word guard.
WEAK_TITLES: frozenset[str] = frozenset(
    {"Lady", "Lord", "Sir", "Dame", "Miss", "Don", "Dona", "Heer", "Me", "Pr", "Mag.", "Comm.",
     "Eng.", "MS", "On.", "Sen.", "Dep.", "Dip.", "Ver."}
) | frozenset(LOWER_CASE_TITLES)
# Words announcing a couple or a family by its surname ("Ehepaar Koch", "Matrimonio Vega").
# They are ordinary nouns as well ("Familie Freunde"), so the word after them must pass the
# common-word guard.
COUPLE_WORDS: tuple[str, ...] = _with_lower(
    (
        "Ehepaar", "Eheleute", "Familie", "Echtpaar", "Matrimonio", "Coniugi", "Casal", "Famille",
        "Couple", "Coppia", "Pareja", "Paar", "Stel", "Пара",
        "Famiglia", "Familia", "Família", "Époux", "Epoux", "Sposi", "Signori", "Cônjuges",
        "Супруги", "Семья", "Семейство", "Чета",
    )
)
# Ranks and professions written before a surname as a title ("Captain Ellsworth,", "Notar
# Dittberner,", "juez Quiroga"): the word after them is the person when it is missing from the
# lexicon (or a known surname) and punctuation or a lower-case word follows. German roles that a
# telegraphic note puts before a noun ("Unternehmerin Modebranche,", "Architektin Innenausbau")
# are none.
ROLE_TITLES: frozenset[str] = frozenset(
    """Captain Capt. Colonel Col. Major Admiral Commander Lieutenant Lt. Sergeant Sgt. Judge
    Justice Chef Architect Ambassador Senator Councillor Councilor Cllr Cllr. Governor Mayor Reverend Rev.
    Rabbi Pastor Bishop Imam Inspector Detective Dean Chancellor Consul
    Notar Notarin Richter Richterin Pfarrer Pfarrerin Chefarzt Chefärztin Oberarzt Oberärztin
    Bürgermeister Bürgermeisterin Konsul Konsulin Botschafter Botschafterin Kapitän Oberst Senatorin
    Ministerin Stadtrat Stadträtin Landrat Landrätin Ratsherr Ratsfrau Stadtverordnete Direktor Direktorin
    Präsident Präsidentin Abgeordnete Staatssekretär Staatssekretärin Generalkonsul Generalkonsulin
    Notaris Burgemeester Dominee Pastoor Kapitein Rechter Wethouder
    Capitaine Commandant Maire Juge Architecte Ambassadeur Ambassadrice Préfet Sénateur
    Sénatrice Ministre Notaire Pasteur Rabbin Abbé
    Capitán Coronel Juez Jueza Notario Notaria Arquitecto Arquitecta Embajador Embajadora Alcalde
    Alcaldesa Capitano Colonnello Giudice Notaio Architetto Ambasciatore Ambasciatrice
    Sindaco Onorevole Comandante Capitão Juiz Juíza Notário Arquiteto Arquiteta Embaixador
    Embaixadora Prefeito Prefeita Desembargador Desembargadora Deputado Deputada Vereador
    Vereadora Senador Senadora""".split()
)
# Client words that stand before a surname as a title does ("Stammkundin Brennecke,", "Guest
# Hargreaves,", "Regular Fairbairn, likes tan leather"). Headings ("Termin", "Call", "Visit") are
# none: "Anruf Werkstatt," "Call Bank," name a business as often as a person.
CLIENT_HEADS: frozenset[str] = frozenset(
    """Gast Guest VIP VIC Regular Collector Patron Widow Witwe Witwer Stammkunde Stammkundin Neukunde
    Neukundin Bestandskunde Bestandskundin Privatkunde Privatkundin Stammgast Habituée Habitué
    Fidèle Vaste Clientela Habitual Asidua Assíduo Assídua Weduwe Vedova Viuda Viúva Veuve""".split()
)
# Words after which a capitalised word is the client ("Kundin Keller", "cliente Rossi").
CLIENT_WORDS: tuple[str, ...] = _with_lower(
    (
        "Client", "Cliente", "Clienta", "Customer", "Kunde", "Kundin", "Klant", "Klante", "Klient", "Klientin",
        "Клиент", "Клиентка", "Покупатель", "Покупательница",
        "Гость", "Гостья", "Посетитель", "Посетительница", "VIP-клиент", "VIP-клиентка",
    )
)
