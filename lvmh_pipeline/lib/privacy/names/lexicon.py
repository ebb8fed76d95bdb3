"""Vocabulary for person-name detection (:mod:`lvmh_pipeline.lib.privacy.names.detect`).

Cues that announce a name — courtesy titles, couple and family words, meeting and naming
phrases, client words, labels, kin words, ages — per language; the fillers a voice
transcription puts between a title and the name; the honorifics that follow a name in
Japanese, Chinese and Korean. Given names and surnames themselves are data
(``taxonomy/person_names.json``, :mod:`.person_names`); ordinary words that look like names are
in :mod:`.names_guard_words`.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _with_lower(titles: tuple[str, ...]) -> tuple[str, ...]:
    return titles + tuple(t.lower() for t in titles if t.lower() != t)


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
    # Italian
    "Sig.", "Sig.ra", "Sig.na", "Sigg.", "Sig.a", "Dott.", "Dott.ssa", "Dr.ssa", "Prof.ssa",
    "Avv.", "Ing.", "Arch.", "Cav.", "Comm.", "Dottor", "Sig", "Signora", "Signor", "Signore",
    "Signorina", "Dottore", "Dottoressa", "Professoressa", "Professore", "Avvocato", "Ingegnere",
    "Ingegner",
    # Spanish, Portuguese
    "Sr", "Sr.", "Sra", "Sra.", "Srta", "Srta.", "Sres.", "Sres", "Srs.", "Srs", "Don", "Doña",
    "Dña.", "Dña", "Dra", "Dra.", "Dona", "Sr.ª", "Dr.ª", "Prof.ª", "Profa.", "Lic.", "Eng.",
    "Arq.", "Señor", "Señora", "Señorita", "Señores", "Senor", "Senora", "Senorita", "Doctora",
    "Srª", "Senhor", "Senhora", "D.",
    "Senhorita", "Senhores", "Doutor", "Doutora",
    # German, Dutch
    "Frau", "Herr", "Herrn", "Hr.", "Hrn.", "Fr.", "Fräulein", "Doktor", "Professorin", "Dhr.",
    "Dhr", "Mevr.", "Mevr",
    "Mw.", "Mw", "Mej.", "Dipl.-Ing.", "Mag.", "Mevrouw", "Meneer", "Mijnheer", "Juffrouw", "Heer",
    # nobility, written before the family name ("Gräfin von Arnim", "Comtesse de Brissac")
    "Gräfin", "Baronin", "Freifrau", "Freiherr", "Fürstin", "Comtesse", "Baronne", "Countess", "Baroness", "Contessa", "Marchesa", "Condesa", "Marquesa", "Duquesa",
    "Gravin", "Barones", "Jonkheer", "Jonkvrouw",
    # degrees written between a title and the name ("Herr Dr. med. Weber", "Dr. h.c. Keller")
    "med.", "rer.", "nat.", "jur.", "phil.", "dent.", "vet.", "h.c.", "mult.", "oec.", "Dipl.", "Ing.",
    # family names announced as such
    "Famiglia", "Famille", "Familia", "Família", "Fam.", "Fam", "Sig.ri", "Sigg.ri", "Dres.",
)
# Titles that are ordinary words or abbreviations too in lower case ("me", "miss", "don't").
_NO_LOWER_CASE = frozenset(
    {"Me", "Pr", "Pr.", "Don", "Miss", "Lady", "Lord", "Sir", "Dame", "MS", "MR", "MRS", "MR.",
     "MRS.", "Mag.", "Comm.", "Arch.", "Ing.", "Cav.", "Lic.", "Eng.", "Arq.", "Mx", "Mx.", "Miz",
     "H.E.", "H.H.", "Prof", "Famiglia", "Famille", "Familia", "Família", "Messrs", "Messrs.",
     "Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sayed", "Sayyid", "Sayeda", "Sr", "Sres",
     "Fr.", "Hr.", "Sig", "Fam", "Dres.", "Madam", "D."}
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
        "Фрау", "Герр",
    )
)
TITLE_WORDS_LOWER: frozenset[str] = frozenset(
    t.lower().rstrip(".") for t in LATIN_TITLES + CYRILLIC_TITLES
)
# Titles that are ordinary words too ("Lady Dior", "Miss Dior", "Don Giovanni", "Sir Elton"):
# after them the name must pass the common-word guard.
WEAK_TITLES: frozenset[str] = frozenset(
    {"Lady", "Lord", "Sir", "Dame", "Miss", "Don", "Dona", "Heer", "Me", "Pr", "Mag.", "Comm.",
     "Eng.", "MS"}
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
    Justice Chef Architect Ambassador Senator Councillor Councilor Governor Mayor Reverend Rev.
    Rabbi Pastor Bishop Imam Inspector Detective Dean Chancellor Consul
    Notar Notarin Richter Richterin Pfarrer Pfarrerin Chefarzt Chefärztin Oberarzt Oberärztin
    Bürgermeister Bürgermeisterin Konsul Konsulin Botschafter Botschafterin Kapitän Oberst Senatorin
    Ministerin
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
        "Client", "Cliente", "Clienta", "Customer", "Kunde", "Kundin", "Klant", "Klante",
        "Клиент", "Клиентка", "Покупатель", "Покупательница",
        "Гость", "Гостья", "Посетитель", "Посетительница", "VIP-клиент", "VIP-клиентка",
    )
)
# Phrases after which a capitalised word is a person ("Meeting with Sophie Martin").
MEETING_PHRASES: tuple[str, ...] = (
    "rendez-vous avec", "rdv avec", "entretien avec", "meeting with", "appointment with",
    "call with", "incontro con", "appuntamento con", "treffen mit", "termin mit",
    "gespräch mit", "reunión con", "cita con", "reunião com", "encontro com", "afspraak met",
    "gesprek met", "встреча с", "встреча со", "visit from", "visite de", "visita de",
    "visita di", "besuch von", "bezoek van", "visita da", "визит", "консультация",
    # what an advisor did with the client ("spoke with Hughes", "vu Girard", "hablé con Ortega")
    "spoke with", "spoke to", "talked to", "talked with", "met with", "met", "saw", "called",
    "phoned", "rang", "emailed", "texted", "served", "assisted", "helped", "parlé avec", "vu",
    "vue", "reçu", "reçue", "appelé", "appelée", "rappelé", "rappelée", "rencontré", "rencontrée",
    "accueilli", "accueillie", "parlato con", "sentito", "sentita", "incontrato", "incontrata",
    "ricevuto", "ricevuta", "hablé con", "hablado con", "vi a", "llamé a", "atendí a",
    "atendido a", "recibí a", "falei com", "atendi", "recebi", "liguei para", "liguei à",
    "gesprochen mit", "telefoniert mit", "anruf von", "anruf bei", "getroffen", "gesproken met",
    "gebeld met", "ontmoet", "разговор с", "звонок от", "говорил с", "говорила с", "звонил",
    "звонила", "позвонил", "позвонила",
    # the client as the subject after the verb ("Llamó Rubio:", "Ligou a Rocha", "ha chiamato Greco")
    "llamó", "ha llamado", "pasó", "escribió", "ligou", "ligou a", "ligou o", "telefonou",
    "veio a", "veio o", "passou a", "passou o", "ha chiamato", "è passata", "è passato",
    "a appelé", "est passée", "est passé",
)
# Phrases that introduce a name ("her name is", "elle s'appelle", "si chiama").
NAMING_PHRASES: tuple[str, ...] = (
    "her name is", "his name is", "name is", "named", "by the name of", "surname is",
    "last name is", "elle s'appelle", "il s'appelle", "s'appelle", "elle s’appelle",
    "il s’appelle", "s’appelle", "nommée", "nommé", "du nom de", "prénommée", "prénommé",
    "si chiama", "di nome", "di cognome", "chiamata", "chiamato", "se llama", "llamada",
    "llamado", "de nombre", "de apellido", "heißt", "namens", "mit namen", "mit nachnamen",
    "heet", "genaamd", "met de naam", "зовут", "по фамилии", "по имени", "фамилия",
    "chama-se", "se chama", "chamada", "chamado", "de nome", "de apelido", "the client is",
    "the customer is", "client is", "customer is", "la cliente est", "le client est",
    "la cliente è", "il cliente è", "la clienta es", "el cliente es", "a cliente é",
    "o cliente é", "de klant is", "der kunde ist", "die kundin ist", "this is about",
    "c'est madame", "c'est monsieur",
    # the name as a document spells it ("im Pass Ivanova", "в паспорте Becker")
    "im pass", "laut pass", "in the passport", "on the passport", "on her passport",
    "on his passport", "on the card", "sul passaporto", "nel passaporto", "dans le passeport",
    "sur le passeport", "sur la carte", "en el pasaporte", "en su pasaporte", "no passaporte",
    "in het paspoort", "в паспорте", "по паспорту", "in scheda come",
    # how the client says or spells the name ("says it like O'Brien", "se escribe Ibáñez")
    "says it like", "pronounced", "pronounced like", "spelt", "spelled", "spelled like", "spelling",
    "se prononce", "prononcé", "s'écrit", "s’écrit", "si pronuncia", "si scrive", "se pronuncia",
    "se escribe", "pronuncia-se", "escreve-se", "ausgesprochen", "schreibt sich", "geschrieben",
    "uitgesproken", "geschreven", "произносится", "пишется",
    "фамилия клиента", "фамилия клиентки", "имя клиента", "имя клиентки", "фамилия мужа",
    "фамилия жены", "имя мужа", "имя жены", "имя дочери", "имя сына", "девичья фамилия",
    "на имя", "на фамилию",  # "заказ на имя Кузьмич", "бронь на фамилию Бжезинская"
)
# Her own or former name beside the one she uses ("meisjesnaam Bos", "nom de jeune fille, Roy"):
# the word after them is a name even when it is a word too ("eigen naam, Zwart").
OWN_NAME_PHRASES: tuple[str, ...] = (
    "maiden name", "her maiden name", "birth name", "her own name", "her own surname",
    "nom de jeune fille", "nom de naissance", "son nom de jeune fille", "cognome da nubile",
    "nome da nubile", "apellido de soltera", "nombre de soltera", "nome de solteira",
    "sobrenome de solteira", "mädchenname", "geburtsname", "ihr mädchenname", "meisjesnaam",
    "geboortenaam", "eigen naam", "haar eigen naam", "haar meisjesnaam",
)
NAMING_PHRASES += OWN_NAME_PHRASES
# Field labels of exported notes ("Nom : Keller", "Client name: Hughes").
LABELS: tuple[str, ...] = (
    "name", "nom", "nome", "nombre", "naam", "имя", "фамилия", "фио", "ф.и.о.", "client name",
    "customer name", "nom du client", "nom client", "nom de famille", "nom de la cliente",
    "surname", "last name", "family name", "cognome", "nome cliente", "nome del cliente",
    "apellido", "nombre del cliente", "nombre cliente", "apelido", "sobrenome", "nome do cliente",
    "nachname", "kundenname", "name des kunden", "name der kundin", "achternaam", "klantnaam",
    "naam klant", "client", "cliente", "clienta", "customer", "kunde", "kundin", "klant", "clte",
    "клиент", "клиентка", "prénom", "first name", "given name", "vorname", "voornaam",
    "nome próprio", "nombre de pila", "отчество", "vip", "ca", "advisor", "adviser",
    "client advisor", "conseiller", "conseillère", "vendeur", "vendeuse", "sales associate",
    "consulente", "asesor", "asesora", "berater", "beraterin", "adviseur", "консультант",
    "contact", "contatto", "contacto", "kontakt", "контакт", "referent", "référent",
    "визит", "гость", "гостья", "посетитель", "посетительница", "покупатель", "покупательница",
    "звонок", "запись", "записала", "записал", "бронь",
)

# Lower-cased words that never start a name after a title or a meeting phrase. Months and
# cities are not here: after a title they are surnames ("Mrs. May", "Sra. Madrid").
NOT_NAMES: frozenset[str] = _words(
    """
    and et e ed y und en og i or ou o oder of with avec con mit met com the le la les il lo el
    los las der die das de du des di da del della von van und
    vip vips ceo cfo cto coo qc md phd dj ngo ong pdg dg uk usa us eu un onu nyc
    mitte anfang ende ca circa etwa um
    she he they her his him it we elle il ils elles lui leur lei ella él ellos ellas ela ele
    sie er ihr ze zij hij wij
    """
)

# Words that make a title+word pair a product or a work, not a person.
PROTECTED_AFTER_TITLE: frozenset[str] = frozenset(
    {"Dior", "Martens", "Giovanni", "Quijote", "Quixote", "Pasquale", "Macbeth", "Figaro",
     "Butterfly", "Intense", "Privé", "Universe", "World", "Marple", "Muerte"}
)
# House and brand names that must never be taken for a person after a meeting phrase.
BRANDS: tuple[str, ...] = (
    "Louis Vuitton", "Loro Piana", "Marc Jacobs", "TAG Heuer", "Dom Pérignon", "Christian Dior",
    "Dior", "Fendi", "Celine", "Céline", "Loewe", "Givenchy", "Kenzo", "Berluti", "Bulgari",
    "Bvlgari", "Tiffany", "Chaumet", "Guerlain", "Sephora", "Rimowa", "Hennessy", "Moët",
    "Chanel", "Hermès", "Hermes", "Gucci", "Prada", "Cartier", "Rolex", "Hublot", "Zenith",
    "Pucci", "Patou", "Ruinart", "Krug",
)

PARTICLES: frozenset[str] = _words(
    """de di da del della dello dei van von der den du le la dos das do ter ten mac st st. saint
    sainte al el bin ben bint abu ibn d' d’ o' o’ y zu vom ó ní nic uí 't ’t"""
)

# Kin words after which a (known) given name is a person ("sa fille Chloé", "Tochter Lena").
KIN_WORDS: frozenset[str] = _words(
    """
    fille fils mari épouse femme mère père sœur soeur frère petite-fille petit-fils nièce neveu
    cousin cousine fiancé fiancée compagnon compagne conjoint conjointe ami amie filleul filleule
    bébé enfant belle-fille beau-fils gendre belle-mère beau-père
    daughter son husband wife mother father sister brother granddaughter grandson niece nephew
    partner fiancé fiancee boyfriend girlfriend friend godson goddaughter baby child
    stepdaughter stepson mum mom dad grandmother grandfather
    figlia figlio marito moglie madre padre sorella fratello nipote cugino cugina compagno compagna
    fidanzato fidanzata amico amica nuora genero suocera suocero figlioccio figlioccia nonna nonno
    hija hijo marido esposo esposa mujer hermana hermano nieta nieto sobrina sobrino primo prima
    novio novia pareja amigo amiga ahijado ahijada nuera yerno suegra suegro abuela abuelo
    filha filho mãe pai irmã irmão neta neto sobrinha sobrinho namorado namorada noivo noiva
    afilhado afilhada avó avô
    tochter sohn ehemann ehefrau mutter vater schwester bruder enkelin enkel nichte neffe
    partnerin freund freundin verlobte verlobter patenkind patentochter patensohn schwiegertochter
    schwiegersohn mann
    dochter zoon echtgenoot echtgenote vrouw moeder vader zus zuster broer kleindochter kleinzoon
    nicht neef vriend vriendin verloofde
    дочь дочка дочерью сын сыном муж мужем жена женой мать матерью мама мамой отец отцом папа
    сестра сестрой брат братом внучка внучкой внук внуком племянница племянник невеста жених
    подруга подругой друг другом партнёр партнер крестник крестница дочкой дочки сыночек
    сыночком внучку внуком внучек
    belle-sœur beau-frère petite-amie petit-ami copine copain époux bru marraine parrain
    grand-mère grand-père mamie papi
    son-in-law daughter-in-law mother-in-law father-in-law sister-in-law brother-in-law fiance
    spouse twin aunt uncle grandma grandpa granny stepmother stepfather
    bambina bambino mamma papà zia zio cognata cognato bisnonna bisnonno pronipote
    hermanita hermanito cuñada cuñado tía tío bisnieta bisnieto nena nene mamá papá prometida
    prometido
    genro cunhada cunhado tia tio bisneta bisneto menina menino companheiro companheira
    bruders schwesters sohnes enkels verlobten ehemannes lebensgefährte lebensgefährtin
    mannes gatte gattin gatten kollegin kollege kollegen co-founderin co-founder Co-Founderin
    Co-Founder mitgründerin
    mitgründer geschäftspartnerin geschäftspartner colleague collègue collega colega
    lebenspartner lebenspartnerin schwägerin schwager tante onkel neffen mama papa oma opa
    schoonzoon schoondochter schoonmoeder schoonvader schoonzus zwager zoontje dochtertje nichtje
    neefje oom
    жены жене жену мужа мужу сына сыну дочери дочке дочку внука внуку внучки внучке невестка
    невестки невестке невесткой зять зятя зятю свекровь свекрови тёща тёщи теща тещи девушка
    девушки девушке девушкой парень парня парню партнёра партнёру партнёром партнера партнеру
    партнером партнёрша партнерша подруги подруге подругу друга другу сестры сестре сестру брата
    брату бабушки бабушке дедушки дедушке племянника племяннику племянницы племяннице крестника
    крестнице супруг супруга супруге супругой
    mulher esposo sogra sogro nora enteada enteado madrinha padrinho amiga amigo madrina padrino
    compañero compañera gatte gattin pate patin hubby wifey bf gf bestie
    """
)

# Units of an age ("45 ans", "57 jaar", "69 лет", "45歳", "34세", "45岁", "42 سنة").
AGE_UNITS: tuple[str, ...] = (
    "ans", "an", "years old", "year old", "years", "yrs", "yr", "y.o.", "y/o", "yo", "anni",
    "anno", "años", "año", "anos", "ano", "jahre", "jahren", "jahr", "j.", "jaar", "jr.", "jr",
    "лет", "года", "год", "歳", "才", "세", "살", "岁", "歲", "سنة", "سنوات", "عامًا", "عاما",
    "عام",
)
# Tens spelt out by a transcription ("fifty-two years", "cinquante ans", "fünfzig Jahre").
AGE_TENS: tuple[str, ...] = (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "vingt",
    "trente", "quarante", "cinquante", "soixante", "quatre-vingt", "venti", "trenta",
    "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta", "veinte", "treinta",
    "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "vinte", "trinta",
    "quarenta", "sessenta", "oitenta", "zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig",
    "sechzig", "siebzig", "achtzig", "neunzig", "twintig", "dertig", "veertig", "vijftig",
    "zestig", "zeventig", "tachtig", "negentig", "двадцать", "тридцать", "сорок", "пятьдесят",
    "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
)
# Words that may stand between a name and its age ("Keller, ca. 60 Jahre", "Orlov, около 70").
AGE_APPROX: tuple[str, ...] = (
    "ca.", "ca", "circa", "about", "around", "approx.", "approx", "env.", "environ", "vers",
    "unos", "unas", "cerca de", "около", "примерно", "ongeveer", "ong.", "rond de", "etwa", "~",
    "±", "late", "early", "mid", "mid-", "fin", "début", "über", "ueber", "plus de", "bijna",
)

# Filler words and hesitations a voice transcription puts between a title and the name
# ("Mrs. well. Hughes", "Signora capito Bianchi", "Herr ähm also Krause", "господин ну Орлов").
FILLERS: tuple[str, ...] = tuple(
    w.replace("_", " ")
    for w in """
    uh uhm um umm er erm ah eh hm hmm mm mhm well so like okay ok right yeah yes no oh sorry
    actually basically anyway you_know i_mean let_me_see let's_see let’s_see how_do_you_say
    what's_her_name what's_his_name what’s_her_name what’s_his_name kind_of sort_of i_think
    euh heu hum ben bah bon alors donc enfin voilà quoi genre tu_vois vous_voyez comment_dire
    disons c'est-à-dire c’est-à-dire en_fait ouais oui non hein attends attendez pardon je_veux_dire
    eh_bien bref comment_elle_s'appelle comment_il_s'appelle euh_euh
    ehm ehmm eeh allora cioè capito dunque tipo insomma ecco beh be' boh vabbè diciamo
    praticamente niente senti guarda come_si_chiama sì va_bene come_dire mah scusi scusa anzi volevo_dire
    em este pues bueno o_sea vamos_a_ver a_ver mmm vale digamos sabes es_decir esto oye mira
    cómo_se_llama sí entonces perdón perdon perdona disculpa disculpe digo quiero_decir
    é hã éh então pronto bem bom quer_dizer ou_seja sabe olha pois né deixa_ver deixa-me_ver
    como_se_chama sim portanto perdão desculpa desculpe aliás
    äh ähm öh öhm naja na_ja na ja nein halt eben sozusagen quasi gell ne nee genau irgendwie
    mal_sehen warte moment wie_heißt_sie wie_heißt_er tja also entschuldigung Entschuldigung ich_meine
    besser_gesagt
    nou dus zeg_maar hè even_kijken weet_je eigenlijk zo oké goh hoe_heet_ze hoe_heet_hij ik_bedoel
    ну э ээ эээ эм мм хм это вот как_бы значит короче типа так ну_вот в_общем слушай
    так_сказать да нет ага ой как_её как_его как_её_там это_самое простите извините то_есть вернее
    يعني اه آه ام امم اممم طيب والله خلاص يا ايه
    """.split()
)
# Fillers of Chinese, Korean and Japanese transcriptions ("Dr. 嗯……那个 Gupta", "닥터 음 그 …",
# "ミスター えー 田中"); matched only before a space, punctuation or another script.
CJK_FILLERS: tuple[str, ...] = (
    "嗯", "呃", "额", "啊", "哦", "那个", "这个", "就是", "然后", "那个那个", "唔", "誒", "欸",
    "음", "어", "그", "저", "저기", "그러니까", "그니까", "뭐", "아", "에", "흠", "네",
    "えー", "えっと", "えーと", "あの", "あのー", "その", "まあ", "うーん", "ええと",
)
# Hesitations spelt with repeated letters ("euhh", "ähhm", "mmm", "ээ").
HESITATION_PATTERN = (
    r"(?:e+u*h+|e+h*m+|u+h*m*|u+m+|h+m+|m{2,}|ä+h+m*|ö+h+m*|e+r+m+|a+h+|o+h+|э+м*|м{2,}|х+м+"
    # capitalised after a full stop; not "Oh", "Ah", "Eh", "Er": surnames (오, 어)
    r"|Euh+|Heu+|Ähm*|Öhm+|Ehm+|Uhm+|Um+|Uh+|Hmm+|Mmm+|Erm+|Э+м*|Хм+)"
)
# Words joining two titles ("Mr and Mrs", "Herr und Frau", "Sr. y Sra.", "M. ou Mme").
CONNECTORS: tuple[str, ...] = (
    "and", "&", "+", "/", "et", "e", "ed", "y", "und", "u.", "en", "i", "и", "or", "ou", "o",
    "oder", "of", "ou/e", "e/ou", "и/или",
)

# Surname endings that mark an unknown capitalised word as a surname ("Zanetti", "Orlova").
SURNAME_ENDINGS: tuple[str, ...] = (
    "ov", "ova", "ev", "eva", "sky", "ski", "ska", "skaya", "skiy", "enko", "chuk", "yuk", "yan",
    "ian", "escu", "oglu", "oğlu", "ović", "ovic", "evic", "ević", "vić", "ini", "elli", "etti",
    "otti", "ucci", "acci", "azzi", "ozzi", "ardi", "aldi", "mann", "stein", "berg", "feld",
    "sen", "sson", "ssen", "idis", "opoulos", "opoulou", "akis", "ides", "wicz", "czyk", "ewski",
    "owski", "iak", "ez", "moto", "yama", "mura", "kawa", "gawa", "shita", "hara", "saki",
    "zaki", "bayashi", "hashi", "guchi", "uchi",
    "ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "цкий",
    "цкая", "енко", "ук", "юк", "ич", "ян", "швили", "дзе",
)

ARABIC_TITLES: tuple[str, ...] = (
    "السيدة", "السيده", "السيد", "الآنسة", "الانسة", "الأنسة", "الدكتورة", "الدكتوره", "الدكتور",
    "الأستاذة", "الاستاذة", "الأستاذ", "الاستاذ", "الشيخة", "الشيخ", "المهندسة", "المهندس",
    "الحاجة", "الحاج", "الأميرة", "الأمير", "السادة", "السيدتان", "مدام", "مسيو", "د.", "سعادة",
    "سمو", "معالي", "فضيلة", "المدام", "الست", "الآنسه", "السيده", "الدكتوره", "مدموزيل", "مسز",
    "مستر", "ميس", "الشيخه", "الحاجه", "الاستاذه", "الأستاذه", "المهندسه", "دكتور", "دكتورة",
    "الدكتورة", "أستاذ", "أستاذة", "استاذ", "استاذة", "حضرة", "سيادة",
)
# Honorifics written after a given name ("نادية هانم", "فريبا خانم", "أحمد بيك"): the word
# before them is a name, they are not.
ARABIC_POST_TITLES: tuple[str, ...] = (
    "هانم", "خانم", "خانوم", "بيك", "بك", "بيه", "باشا", "أفندي", "افندي", "خاتون", "جان", "آغا",
)
# "أم فهد", "أبو خالد": a parent called after a child; the child's given name follows.
ARABIC_KUNYA: tuple[str, ...] = ("أم", "ام", "أبو", "ابو", "أبي", "ابي", "بو")
# Arabic words announcing a family by its name ("عائلة الخالدي", "آل مكتوم") or a couple by
# its given names ("العروسان سالم وريم").
ARABIC_FAMILY_WORDS: tuple[str, ...] = (
    "عائلة", "العائلة", "أسرة", "الزوجان", "آل", "العروسان", "العروسين", "الخطيبان", "الزوجين",
)
ARABIC_CLIENT_WORDS: tuple[str, ...] = (
    "العميل", "العميلة", "عميل", "عميلة", "الزبون", "الزبونة", "زبون", "زبونة", "الزبونه", "العميله",
    "عميلتنا", "عميلنا", "زبونتنا", "زبوننا", "عميلتي", "عميلي", "زبونتي", "زبوني",
)
# Kin words of every register (Gulf "مرته", Egyptian "جوزها", Levantine "مرتو", Maghrebi "مراتو"),
# with the pronoun suffixes an advisor writes; a proclitic و / ل before them is allowed.
ARABIC_KIN_WORDS: frozenset[str] = _words(
    """ابنتها ابنته ابنها ابنه ابنتي ابني ابنة ابن زوجها زوجته زوج زوجة جوزها جوز مرته مراته مرتو
    مراتو مرتها والدتها والدته والدها والده أختها اختها أخته اخته أختي اختي أخوها اخوها أخوه اخوه
    أخوي اخوي أخيها أخيه أخته حفيدتها حفيدها حفيدته حفيده صديقتها صديقها صديقته صديقه صاحبتها
    صاحبها صاحبته صاحبه خطيبها خطيبته خطيبتها خطيبتو خطيبو بنت بنتها بنته بنتو بنتي ولدها ولده ولدو
    ولدي أمها امها أمه امه أمو امو أبوها ابوها أبوه ابوه أبوي عمها عمه عمتها عمته خالها خاله
    خالتها خالته جدها جده جدتها جدته حماتها حماته حماها كنتها كنته نسيبها نسيبته نسيبتها الأخت
    الاخت الأخ الاخ الابن الابنة البنت الزوج الزوجة العريس العروس الحفيد الحفيدة
    شريكها شريكته شريكتها رفيقها رفيقته زميلتها زميلها زميلته زميله راجلها راجله راجلي مرتي مراتي
    جوزي ولادها ولاده بناتها بناته خواتها خواته اخوانها اخوانه"""
)
# Phrases that introduce a name ("اسمها ريم", "باسم سعود", "المدعو كريم").
ARABIC_NAMING_WORDS: frozenset[str] = _words(
    """اسمها اسمه اسمو إسمها إسمه باسم بإسم بأسم يدعى تدعى المدعو المدعوة اسمها اسم"""
)
# Adjectives shaped like a family name (-ي after ال): colours, kinds, times. A family name
# after a given name is a known one, or a nisba that is none of these.
ARABIC_NISBA_ADJECTIVES: frozenset[str] = _words(
    """الذهبي الفضي البني الوردي الكحلي الرمادي البنفسجي العنابي الزيتي السماوي الفيروزي الخمري
    العسلي الكريمي النيلي البرتقالي الليلكي الموفي البيجي الزهري الأرجواني الفوشي اللؤلؤي
    الرسمي اليومي الشخصي الحالي الماضي الثاني الجاي الأصلي الكلاسيكي الرياضي الصيفي الشتوي
    الربيعي الخريفي العادي الذكي الطبيعي الإضافي الاضافي الداخلي الخارجي الأساسي الاساسي النهائي
    المبدئي التقريبي الحقيقي الفعلي الجماعي العائلي السنوي الأسبوعي الجلدي المعدني الحريري
    القطني الصوفي الملكي الذهبى الفضى الحالى الماضى التالي الحالي الأولي الجامعي المدرسي الطبي
    الصحي الغذائي النباتي الديني السياسي العربي الأجنبي الخليجي المحلي الدولي العالمي الإماراتي
    السعودي القطري الكويتي البحريني العماني المصري اللبناني السوري الأردني المغربي التونسي الجزائري
    الفرنسي الإيطالي الانجليزي الإنجليزي البريطاني الأمريكي الياباني الصيني الهندي الروسي الألماني
    التركي الإيراني الفارسي الشامي الحلبي الكندي البحري الجوي الليلي النهاري المسائي الصباحي
    الرئيسي المركزي الرقمي الإلكتروني الالكتروني الهاتفي الشرقي الغربي الجنوبي الشمالي الأوروبي
    الآسيوي الافريقي الأفريقي الاسلامي الإسلامي المسيحي اليهودي الهادي الراقي العالي الغالي
    الثاني الأخضر الأزرق الأحمر الأسود الأبيض الأصفر الجامعي الأكاديمي النفسي الجراحي الاستشاري
    الاستشارية التنفيذي القانوني المالي التجاري الهندسي المعماري الفني الإداري الاداري
    النسائي الرجالي الولادي البناتي الشبابي السويسري النمساوي الهولندي الإسباني الاسباني البرتغالي
    الكوري اليوناني السويدي الأسترالي الاسترالي الباكستاني الأفغاني الإثيوبي العراقي اليمني الليبي
    السوداني الفلسطيني العودي الزمردي الياقوتي الفيروزي الماسي الألماسي البلاتيني الخشبي
    الزجاجي البلاستيكي القماشي الكتاني المخملي الشيفوني الستاني الدانتيلي الرملي الترابي الفستقي
    الكاكي الليموني التركوازي المشمشي النحاسي الحديدي الفولاذي"""
)
# Arabic words that start a note or follow a title without being a name.
ARABIC_COMMON: frozenset[str] = _words(
    """
    عميل عميلة العميل العميلة الزبون الزبونة زيارة موعد اجتماع مكالمة لقاء الميزانية ميزانية هدية
    عيد ميلاد ذكرى الزواج زواج جديد جديدة دائم دائمة دائمين اليوم أمس غدا زوج زوجة ابن ابنة بنت أم
    أب والدة والد أخت أخ حفيدة حفيد صديق صديقة زميل زميلة عائلة العائلة محامي محامية طبيب طبيبة
    جراح جراحة مصرفي مصرفية مهندس مهندسة مصمم مصممة فنان فنانة رجل سيدة أعمال مستثمر مستثمرة صحفي
    صحفية مصور مصورة مدير مديرة مؤسس مؤسسة مالك مالكة طالب طالبة متقاعد متقاعدة تبحث يبحث تريد يريد
    تحب يحب تفضل يفضل اشترت اشترى جاءت جاء ملاحظة ملاحظات دبي أبوظبي الرياض الدوحة الكويت باريس
    لندن ميلانو الجديد الجديدة الكبير الكبيرة الصغير الصغيرة عمرها عمره سنة عاما في من مع إلى على
    عن هو هي هم التي الذي و أو لكن كبار الشخصيات وصلت وصل حضرت حضر اتصل اتصلت تسافر يسافر
    الابن الابنة البنت الزوج الزوجة الصديق الصديقة الأم الأب الأخ الأخت الحفيد الحفيدة الزميل
    الزميلة المقربة المقرب العم العمة الخال الخالة الجد الجدة الشريك الشريكة الطفل الطفلة
    الأطفال الأولاد الأبناء الوالدة الوالد الخطيب الخطيبة منذ حوالي تقريبا قرابة أكثر أقل لمدة
    خلال عمر بعمر بعمرها بعمره العمر سن بسن
    قلب عيون أسنان اسنان جلدية عظام نسائية أطفال باطنية أعصاب
    عندها عنده عندهم عندي لها له لهم لي معها معه معهم منها منه منهم عليها عليه فيها فيه بها به
    عنها إنها إنه انها انه كانت كان قالت قال تقول يقول بدها بده بدو بدهم حابة حاب حابب بتحب بيحب
    تبي يبي تبغى يبغى عايزة عايز عاوزة عاوز بغات بغا ودها وده نفسها نفسه كمان برضه أيضا أيضاً ايضا
    جداً جدا قوي كثير كتير شوي شوية هون هنا هناك الحين حاليا حالياً بس لكن بعد قبل كل ما لا لم لن
    تم قد هذه هذا ذلك تلك اللي الي مش مو ماهي ماهو زارت زار رجعت رجع طلبت طلب سألت سأل شافت شاف
    ذكرت ذكر أخبرت أخبر اختارت اختار فضلت فضل دفعت دفع عادت عاد ستعود سيعود تعود يعود حجزت حجز
    نباتي نباتية نباتيه حامل مريض مريضة متزوج متزوجة مطلق مطلقة أرمل أرملة عزباء أعزب مسلم مسلمة
    مسيحي مسيحية مسيحيه يهودي يهودية صائم صائمة متقاعد متدين متدينة محافظ محافظة مشهور مشهورة
    جات جت جا جاو جوا جاوا اجت إجت اجا إجا زارت زار زارنا زارتنا زارونا اتصلت اتصل كلمت كلم كلمتني
    كلمني تواصلت تواصل تواصلنا مرت مر مرو مروا اشترت اشترى شرت شرى شرا خذت أخذت اخذت أخذ اخذ
    تبا يبا تبون يبون يبغون تبغون يدورون تدور يدور تدورين عايزين بدهم حابين بغاو جاية جاي جايه
    راحت راح بتجي بيجي تجي يجي رجعت رجعوا سافرت سافر مسافرة مسافر موجودة موجود معاها معاه وياها
    وياه ويا عشان علشان لأن لان لاكن بس كذا كده كدا هيك هيكا هكذا زي مثل متل حق مال ديال تاع نتاع
    لازم ممكن يمكن مفروض ضروري أول اول ثاني آخر اخر بعدين قبل بعد خلال عند عن على إلى الى حتى
    اليوم امس أمس بكرة بكره بكرا الصبح الصباح المسا المساء الليلة الأسبوع الاسبوع الشهر السنة
    الجاي الجاية القادم القادمة الماضي الماضية الحالي الحالية الحين توه تو شوي شوية
    المحل البوتيك الفرع المول المعرض البيت الفندق المطعم الصالة الصالون المكتب الشركة المكان
    الساعة الشنطة الحقيبة العطر الخاتم الذهب الفضة الألماس الالماس الماس اللؤلؤ الجلد الهدية
    الهدايا الطلبية الطلب الموعد الزيارة المقاس اللون الألوان الموديل الكولكشن المجموعة التصميم
    الحساب الدفع الفاتورة التوصيل الاستلام المناسبة الحفلة العرس الزفاف الخطوبة الملكة التخرج
    العيد رمضان الحج العمرة السفر الرحلة الإجازة الاجازة العطلة الصيف الشتاء الربيع الخريف
    الله إن ان شاء ماشاء إنشاء انشاء الحمد مشكور مشكورة شكرا شكراً تمام طيب زين حلو حلوة حلوه
    سعيدة مبسوطة مبسوط فرحانة فرحان مستعجلة مستعجل متأخرة متأخر مشغولة مشغول تعبانة تعبان
    الوحيدة الوحيد الكبرى الصغرى الكبيرة الصغيرة الوسطى الأولى الاولى الثانية الثالثة الأخيرة
    وحدها وحده لوحدها لوحده كلها كله بنفسها بنفسه هي هو هم هن احنا نحن انا أنا انتي انت أنت
    يوم الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت أسبوع اسبوع شهر
    طريق بداية نهاية قرب كثب حساب وساطة توصية
    الحزام السوار الوشاح القلادة العقد الأسورة الاسورة الحذاء الأحذية النظارة النظارات المحفظة القلم
    الأقلام الأقراط الحلق الخواتم الساعات الحقائب الشال الفستان القميص الكرافتة الجاكيت المعطف البدلة
    القماش الحرير الكتاب الطراز الزجاج الكريستال الإكسسوارات الاكسسوارات المجوهرات العلبة التغليف
    صاحب صاحبة صاحبه حريص حريصة راضية سعيدة متحمس متحمسة مهتم مهتمة متردد مترددة مستعد مستعدة
    متحفظ متحفظة دقيق دقيقة لطيف ذواق ذواقة أنيق أنيقة انيق انيقة محبة محب عاشق عاشقة
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين جانفي فيفري أفريل ماي جوان
    جويلية أوت يوليوز غشت شتنبر نونبر دجنبر منتصف بداية نهاية أواخر أوائل اواخر اوائل أول آخر
    """
) | frozenset(
    "ال" + w
    for w in """عميل عميلة زيارة موعد اجتماع مكالمة هدية ميلاد زواج جديد جديدة دائم دائمة محامي محامية
    طبيب طبيبة جراح جراحة مصرفي مصرفية مهندس مهندسة مصمم مصممة فنان فنانة مستثمر مستثمرة صحفي صحفية
    مصور مصورة مدير مديرة مؤسس مؤسسة مالك مالكة طالب طالبة متقاعد متقاعدة""".split()
)

JA_HONORIFICS: tuple[str, ...] = ("様", "さま", "さん", "氏", "殿", "ちゃん", "くん")
ZH_HONORIFICS: tuple[str, ...] = (
    "先生", "女士", "小姐", "太太", "夫人", "老师", "老師", "总", "總", "董", "经理", "經理", "总监",
    "律师", "律師", "医生", "醫生", "教授", "博士", "阿姨",
)
# 总 and 董 also start ordinary words ("总是" always, "总共" in total, "董事会" the board).
ZH_SHORT_TITLE_NOT_BEFORE: frozenset[str] = frozenset("是共体部结计额价数量统裁之事")
KO_HONORIFICS: tuple[str, ...] = (
    "고객님", "여사님", "선생님", "회장님", "사모님", "대표님", "원장님", "사장님", "부장님", "교수님",
    "박사님", "이사님", "실장님", "과장님", "변호사님", "상무님", "전무님", "부회장님", "이사장님",
    "본부장님", "지점장님", "팀장님", "국장님", "소장님", "의원님", "장관님", "총장님", "작가님",
    "감독님", "고문님", "대사님", "원장", "님", "씨", "고객", "여사", "회장", "대표", "상무", "전무",
)
# Titles written before a name in Korean ("미스터 다나카", "닥터 리처드슨", "마담 르페브르").
KO_PREFIX_TITLES: tuple[str, ...] = (
    "미스터", "미세스", "미시즈", "미스", "미즈", "닥터", "마담", "무슈", "프로페서", "써", "레이디",
    "ミスター", "ミセス", "ミス", "ドクター", "マダム", "ムッシュ", "ムッシュー", "プロフェッサー",
)
# Korean honorifics that stand after a space only ("김민지 고객", not "고객" inside a word).
KO_SPACED_ONLY: frozenset[str] = frozenset({"고객", "여사", "회장", "대표", "상무", "전무", "원장"})

# Words before a Japanese honorific that are roles or kin, not names (お客様, 奥様, 娘さん …).
JA_ROLE_WORDS: frozenset[str] = frozenset(
    """客 奥 旦那 皆 娘 息子 主人 母 父 姉 兄 妹 弟 子 神 王 女王 社長 店長 部長 課長 先生 医者 彼
    彼女 孫 家族 方 お客 皆様 担当 新郎 新婦 友人 ご家族 患者 常連 得意 お得意 お嬢 嬢 坊っ 坊 奥方
    ご主人 お子 お孫 赤 お母 お父 お姉 お兄 奥さ 会長 院長 理事 教授 弁護士 医師 顧客 夫 妻 同僚 上司
    お連れ 連れ 本人 ご本人 お相手 相手 皆さ 皆さま みな みんな お客さ 店員 スタッフ""".split()
)
# Leading words stripped from a Han run before a Japanese honorific (本日田中様 → 田中).
JA_LEADING_WORDS: tuple[str, ...] = (
    "本日", "今日", "昨日", "明日", "先日", "先週", "来週", "今週", "今月", "来月", "先月",
    "毎年", "店舗", "来店", "顧客", "担当", "新規", "常連", "接客", "対応", "電話", "訪問",
)
JA_COUPLE_SUFFIXES: tuple[str, ...] = ("ご夫妻", "ご夫婦", "夫妻", "夫婦", "御夫妻", "家")
ZH_COUPLE_SUFFIXES: tuple[str, ...] = ("夫妇", "夫婦", "夫妻", "一家", "家族")

ZH_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍顧龔萬錢嚴湯欧歐司上诸諸"
    "羅傅鄔饒溫温關关麥麦邝鄺岑甘伍"
    # more of the 300 commonest, simplified and traditional; none that is a function word or
    # stands before 先生 / 女士 in ordinary phrases (和, 位, 这, 那 …)
    "施葛邢樊倪庞聂庄鲁岳翟殷詹耿俞柯纪裴霍涂骆靳鲍喻祁滕饶艾缪褚娄窦戚卜晏瞿佟臧闵苟邬卞仇栾隋"
    "刁寇郎甄虞敖巩佘匡鞠冀储栗鄢谌奚粟冼蔺厉仝郜阚屠廉漆卿狄扈晁芮阙邸雍辜裘亓邰赫杭逯茹嵇湛戎"
    "茅尉昝尧牛常康乔齐颜章申焦兰左柳祝宁尚符舒阮梅童凌毕单季苗谷盛曲翁冉蓝路游辛管柴蒙华蒲房牟"
    "尤穆卓古吉简车项连芦费景宫冷席卫柏宗桂姬巫桑丛仲池苑封荆郁胥燕楚劳权朴禹祖晋鹿慕"
    "莊聶嶽蘭紀畢單塗駱藍遊鮑華簡車項連蘆費欒顏齊喬寧魯龐閔鄔鞏鄺儲諶藺厲闞闕堯宮衛叢荊勞權樸晉"
    "繆婁竇"
)
# Han words that start with a surname character but are no name ("周末" weekend, "黄金" gold).
ZH_COMMON_WORDS: frozenset[str] = frozenset(
    """周末 周年 周一 周二 周三 周四 周五 周六 周日 黄金 白金 金色 白色 黄色 高端 高级 高跟 马上
    方便 方面 江南 石头 程度 任何 白天 孙女 孙子 于是 万元 上海 上周 上次 上午 上个 司机 欧洲 欧元
    龙年 林间 夏天 夏季 秦朝 江苏 段时间 史上 毛衣 钱包 丁香 向往 向来 严格 武汉 宋体 常客 老客户
    客户 太太 先生 女士 小姐 女儿 儿子 丈夫 妻子 母亲 父亲 朋友 同事 客人 顾客 家人 曾经 曾孙 韩国
    金额 金属 金饰 黄色 白色 余额 于是 程序 陆续 许多 何时 何况 高兴 高于 董事 董事长 董事会 总经理
    总监 总裁 高管 林业 马拉 马来 方案 白领 金融 石油 江湖 钱财 杨梅 梁山 黎明 何必 何处 曾经 万一
    万能 上班 上市 上面 安排 安全 安静 爱人 马克 顾问 陆军 高尔夫 金牌 石材 江景 钟表 姜黄 朱红 蓝色 田园
    龙井 林荫 孔雀 潘多拉 严重 余下 何等 施工 贾斯
    王子 王国 王牌 王者 黄昏 白雪 白银 金银 金华 金婚 金秋 金玉 金子 金牛 金鱼 金卡 高雅 高贵 高跟
    高中 高尚 高清 高度 高山 华丽 华贵 华美 华人 华为 江山 叶子 杨柳 梅花 兰花 马丁 马卡 罗兰
    唐装 唐朝 胡同 许久 于今 余生 杜鹃 苏州 苏绣 丁香 任性 沈阳 卢浮 姜黄 钟意 陆地 汪洋 范围
    范儿 石榴 夏日 付款 付出 熊猫 江湖 龙凤 陶瓷 贺礼 毛呢 万能 莫名 温柔 温和 温馨 温暖 康复
    康乃 康乃馨 牛皮 牛仔 牛奶 齐全 乔迁 庞大 颜色 庄重 岳父 岳母 纪念 祝福 祝贺 宁波 宁愿 宁可
    尚未 符合 舒服 舒适 童装 童年 凌晨 毕业 单身 单肩 单价 季节 季度 苗条 盛大 曲线 蓝色 蓝宝
    路易 路上 路过 游客 游玩 辛苦 管理 鲍鱼 房子 房间 尤其 卓越 古典 古董 古驰 吉祥 简单 简约
    车子 项链 项目 连衣 费用 景色 冷静 席位 卫生 柏林 桂林 桑蚕 丛林 封面 郁金 燕窝 劳力 劳力士
    祖母 祖父 慕斯 常常 常见 常用 常青 高尔夫 万宝龙 江诗丹顿 罗意威 纪梵希 欧米茄 萧邦 兰蔻
    施华洛 宝格丽 周大福 周生生 和田 小于 小牛 小熊 小龙 小白 小方 小金 小时 小孔 老钱 老姜
    王国 许多 何时 何况 于是 曾经 韩国 沈重 史上 陆续 钟表 余额 程序 方便 方向 方形 方面 白色
    金色 黄金 白金 黄色 周年 周末 马上 周一 周二 周三 周四 周五 周六 周日 夏天 夏季 高兴 高级 高端
    林间 江南 石头 程度 任何 白天 孙女 孙子 毛衣 钱包 向往 向来 严格 武汉 宋体 蒋 龙年 贺卡 顾问
    顾客 欧洲 欧元 欧美 欧式 上海 司机 黎明 杨梅 梁山 董事 麦克 戴上 戴着 戴的 金属 金饰 金表 金链
    施工 柯基 葛优 岑寂 凌乱 单独 季风 翁婿 骆驼 喻意 屈臣氏 时尚 鹿角 齐耳 卓别林 申请 焦糖 冷色
    左右 左手 舒心 阮囊 童话 谷歌 盛夏 曲奇 蓝调 管家 蒙娜 华伦天奴 房卡 费列罗 景泰蓝 宫廷 席梦思
    卫衣 宗教 桂花 姬松 巫师 桑拿 仲夏 池塘 苑 封口 荆棘 胥 燕尾 楚楚 权益 朴素 禹 祖传 晋升 鹿皮
    常服 康熙 乔其 乔治 颜值 章程 柳叶 尚品 符号 梅子 凌驾 毕竟 季节性 苗族 谷物 盛装 曲面 辛辣
    柴犬 蒙古 蒲公英 牟 尤为 穆斯林 古风 吉他 简洁 车厘子 项圈 连帽 芦荟 费尽 景区 宫保 冷淡 席卷
    邱比特 邹 孟加拉 秦始皇 江西 江苏 尹 薛 段位 雷朋 侯 龙虾 史努比 陶土 黎巴嫩 贺岁 顾及 毛皮
    郝 龚 邵 钱款 严选 覃 武夷 戴安娜 莫斯科 孔子 向日葵 汤姆 汤圆 温哥华 康定 施华洛世奇 牛油果
    樊 葛 邢 倪 庞 聂 鲁 翟 殷 詹 耿 俞 柯 裴 霍 涂 靳 鲍 祁 滕 饶 艾 褚 娄 窦 戚 卜 晏 瞿 佟 臧 闵
    雷雨 雷电 雷鸣 江水 海水 汤水 马年 牛年 龙年 蛇年 羊年 猴年 鸡年 金秋 冷风 温泉 严冬 程序员 华灯
    花园 童话 白露 谷雨 夏至 冬至 立春 立秋 霜降 石英 钟楼 钱币 熊猫 马匹 房产 车展 封箱 季末 毕生 单品""".split()
)

KO_SURNAMES: frozenset[str] = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원천"
    "방공현함염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
)
# Words before 님/씨 that are roles, kin or ordinary nouns (고객님, 선생님, 날씨 …).
KO_ROLE_WORDS: frozenset[str] = frozenset(
    """고객 선생 이사 원장 장모 장인 이모 고모 손님 어머 어머니 아버 아버지 부모 사모 주인 신랑 신부
    도련 공주 왕자 조카 사장 부장 차장 과장 실장 팀장 회장 교수 기사 작가 박사 변호사 의사 간호사
    선배 후배 여사 동생 친구 남편 아내 아들 마음 솜 하느 하나 고객분 손자 손녀 사위 며느리 형
    누 언니 오빠 아가 아저 날 글 말 불 대표 남동생 여동생 장남 장녀 차남 차녀 막내 부인 남친 여친
    약혼자 시어머니 시아버지 딸 아이 자녀 부부 가족 배우자 본인 지인 동료 상사 직원 매니저 담당
    방문 예산 선물 신규 단골 오늘 이번 정기 고객명 성함 이름 우수 주요 장기 기존 남성 여성 한국 전체
    모든 최고 최우수 일반 해외 중국 일본 미국 유럽 현지 우량 충성 잠재 예비 주말 한국인 정기적
    장기적 신규의 기존의 주요한 우수한 명품 매장 백화점 본점 지점 기업가 사업가 예술가 건축가 투자가
    전문가 정치가 음악가 미식가 수집가 기자 교사 의사 약사 회사원 공무원 연예인 배우 가수 모델 작가
    디자이너 변호사 회계사 세무사 판사 검사 경영인 사업자 대표이사 임원 주부 학생 대학생 은퇴자 은퇴
    퇴직 현직 전직 상담 문의 구매 방문객 관광객 외국인 내국인 와이프 허즈번드 파트너 보스 오너 셰프 디렉터
    회원 어머님 아버님 장모님 시어머님 따님 아드님 손님 여자친구 남자친구 약혼녀
    어드바이저 컨설턴트 코디네이터 스타일리스트 트레이너 에디터 프로듀서 엔지니어 플래너 큐레이터
    바이어 마케터 컨시어지 소믈리에 파티시에 바리스타 인플루언서 크리에이터 유튜버 아티스트
    피아니스트 바이올리니스트 골퍼 코치 가이드 드라이버 기장 부원장 대학원생 대학생 고등학생 중학생
    초등학생 연구원 연구자 강사 튜터 선수 감독 주치의 한의사 치과의사 수의사 목사 신부님 스님 원어민
    피아노 바이올린 첼로 플루트 골프 테니스 요가 필라테스 수영 영어 수학 미술 음악 발레 무용 승마
    과외 담임 프랑스어 중국어 일본어 스페인어 독일어 이탈리아어""".split()
)

# Characters of the standard Chinese transliteration of foreign names (施密特, 布朗, 古普塔,
# 玛丽亚): a run of them before an honorific or a bracketed Latin name is a foreign name.
ZH_TRANSLITERATION: frozenset[str] = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼宾滨波伯博布查达戴黛丹道德登邓迪蒂丁东杜敦顿多俄厄恩尔"
    "法凡范菲费芬丰冯弗福富盖甘冈高戈哥格葛根贡古瓜圭哈海汉豪赫黑亨洪胡华怀惠霍基吉佳加贾杰捷金"
    "卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱兰朗劳勒雷蕾黎里理丽利莉立连林琳列卢鲁陆路伦罗洛马玛迈"
    "麦曼芒毛梅美门蒙孟米密敏明缪摩莫墨默姆穆纳娜乃奈南内妮尼涅宁纽努诺诺欧帕潘庞佩彭皮珀坡普齐"
    "奇琪恰乔切钦琼丘萨塞赛桑瑟森沙莎山尚绍舍申施什史士斯松苏索塔泰坦汤唐陶特腾提廷汀通图托瓦"
    "万旺威韦维温文沃乌伍武西希锡夏谢辛欣休雅亚扬杨耶叶伊依因英尤于约泽扎詹珍朱兹卓佐耐力买提"
    "娅婭妮蒂茜黛琳莲薇萝璐露芙丝絲娃卿尧雍穆赞茨佛罕侯逊霍桑"
    # the same in traditional characters (Hong Kong, Taiwan notes), and 略 (卡瓦略 Carvalho)
    "略爾羅倫蘭麗費貝鮑賓達頓蓋岡漢華懷傑凱萊勞裡連盧魯瑪邁麥門納內紐諾歐龐齊喬欽瓊薩賽紹蘇"
    "湯陶騰圖萬韋維溫烏錫謝遜亞揚楊葉約澤紮茲遜馬絲"
)

# Characters that Chinese given names are made of (simplified and traditional): a surname and one
# or two of them, in a name's position, is a full name ("跟王建国聊了", "女儿李若曦在伦敦").
ZH_GIVEN_CHARS: frozenset[str] = frozenset(
    "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红梅琳婷雪慧颖鹏辉飞浩宇轩子涵梓欣怡"
    "思琪雨萱佳嘉晨阳博文斌彬宏鸿志国建俊峰海波林森东晓春燕凤丹晶莉蕾蓉薇璐瑶瑾璇婧倩茜琦琴珊珍"
    "珠岚菲露月悦妍彤馨蕊淑贤惠君清洁莹荣容颜媛姗晴爽宁安乐心诗语若曦梦依伊奕亦逸毅义益翼艺忆宜"
    "仪妮楠南诺然冉瑞睿锐润善尚绍舒顺硕松颂素泰庭桐童巍维玮卫蔚雯希熙翔骁潇孝昕新星兴杏修旭勋"
    "雅亚岩彦扬耀晔寅瑛映咏永优佑羽煜元远源越云芸韵泽展湛璋昭哲振震正政之芝智中忠钟舟竹卓紫宗"
    "祖柏宝贝冰炳灿辰成诚承程驰崇楚川纯聪丛翠达道德迪笛蝶栋冬朵帆凡方丰枫锋福富钢歌耕庚光广汉"
    "翰航豪昊皓鹤恒弘虹厚桦欢焕家坚健剑江娇锦进晋京菁敬靖凯楷康可克坤朗雷黎礼力立利良亮霖玲"
    "凌铃龙伦罗曼茂美萌蒙孟铭墨慕穆凝朋奇启千乔巧钦勤青庆秋泉仁融如儒森山少深胜圣世仕书帅双"
    "水斯韬天霆万威为武舞西香祥笑鑫信雄学迅炎研艳银音影泳友瑜育昱园苑岳蕴增章真枝知致洲"
    "偉麗強軍傑濤華蘭紅輝飛鵬軒陽國東曉鳳寧樂詩語夢藝憶誼儀鋒豐剛鋼廣漢瀚鴻歡煥潔錦進晉靜凱禮"
    "齡龍倫羅銘慶榮潤勝聖書淑順韜瑋衛賢興學勳亞顏豔揚瑤葉億銀穎詠優園遠悅躍雲韻澤貞誌鐘綺筱蓁"
    "瑩琬姿芷佩珮妤琇婉婕姝嫣媚婵嫦娥婉霏霓韵璟琛瑄琰瑗璇琪琦珏珺瑭瑜瑶璐璋玥翊翎颐皓烨"
)
# What stands before a Chinese name written without an honorific: a verb or preposition of
# meeting, giving and accompanying, a client word, a kin word ("跟", "陪", "给", "客户", "女儿").
ZH_NAME_CUES_BEFORE: tuple[str, ...] = tuple(
    (w + t)
    for w in """跟 和 與 与 同 给 給 陪 帮 幫 送 送给 送給 找 约 約 请 請 让 讓 叫 带 帶 替 为 為 见 見 问 問
    通知 联系 聯繫 聯絡 告诉 告訴 提醒 邀请 邀請 接待 接 拜访 拜訪 致电 致電 打给 打給 回复 回覆 电话
    電話 预约 預約 是 名叫 叫做 名字是 姓名 客户 客戶 顾客 顧客 客人 会员 會員 新客 老客 熟客 贵宾 貴賓
    女儿 女兒 儿子 兒子 老公 老婆 丈夫 妻子 太太 夫人 先生 妈妈 媽媽 爸爸 母亲 母親 父亲 父親 朋友
    闺蜜 閨蜜 同事 助理 秘书 秘書 男友 女友 男朋友 女朋友 未婚夫 未婚妻 孙女 孫女 孙子 孫子 外孙 外孫
    姐姐 妹妹 哥哥 弟弟 婆婆 公公 岳母 岳父 老板 老闆 上司 司机 司機 家人 闺女 千金 由 和她 和他 同佢 佢同
    同埋 俾 畀 搵 幫佢 陪佢 約咗 見咗 介绍 介紹 推荐 推薦 转介 轉介
    今天 今日 昨天 昨日 刚才 剛才 刚刚 剛剛 上午 下午 晚上 早上 周末 週末 明天 后天 後天 前天 上周 上週
    下周 下週 这次 這次 上次 下次 之前 后来 後來 然后 然後 所以 但是 不过 不過 因为 因為 另外 其实 其實
    本周 本週 当天 當天 那天 今早 今晚 今朝 琴日 尋日 聽日 頭先
    老板 老闆 老板娘 老闆娘 经理 經理 主管 店长 店長 总监 總監 董事长 董事長 校长 校長 院长 院長 医生 醫生
    律师 律師 教授 老师 老師 设计师 設計師 总裁 總裁 创始人 創辦人 合伙人 合夥人 老总 老總""".split()
    for t in ("", "了", "咗", "过", "過")
)
# Characters after a bare Chinese name: verbs, adverbs and particles that follow a person.
ZH_NAME_FOLLOWERS: frozenset[str] = frozenset(
    "说說讲講来來去想要在是和跟与與也都很对對买買看喜选選订訂试試问問带帶陪回到打觉覺表提让讓给給"
    "送爱愛挑拿取付刷定穿戴用需希认認因比今昨已又还還再刚剛曾将將会會能就才最不没沒从從自于於及"
    "同嚟話话係佢咗俾畀约約叫请請等们們夫太上下前先本这這那每一两兩只隻特非直总總平常经經"
    "聊谈談商讨討联聯通见見吃喝预預留介推发發收寄退换換修签簽交办辦报報确確拍借"
)
# Nouns after "的" that make the word before it a person ("王丽的老公", "陈思琪的生日").
ZH_POSSESSED: tuple[str, ...] = (
    "老公", "太太", "先生", "丈夫", "妻子", "老婆", "女儿", "女兒", "儿子", "兒子", "妈妈", "媽媽",
    "爸爸", "母亲", "母親", "父亲", "父親", "孩子", "家人", "朋友", "闺蜜", "閨蜜", "同事", "助理",
    "秘书", "秘書", "生日", "礼物", "禮物", "订单", "訂單", "预算", "預算", "尺码", "尺碼", "喜好",
    "婚礼", "婚禮", "纪念日", "紀念日", "男朋友", "女朋友", "男友", "女友", "未婚夫", "未婚妻",
    "公公", "婆婆", "岳母", "孙子", "孫子", "孙女", "孫女", "姐姐", "妹妹", "哥哥", "弟弟", "要求",
    "需求", "账户", "賬戶", "会员", "會員", "电话", "電話", "地址", "意思", "口味", "偏好", "习惯",
    "習慣", "家", "手机", "手機", "微信", "邮箱", "郵箱",
)
# Kin words and Cantonese titles glued after a surname ("陈姐", "王姨", "陳太", "黃生", "何Sir").
ZH_KIN_SUFFIXES: tuple[str, ...] = ("姐", "哥", "姨", "叔", "伯", "嫂", "太", "生", "sir", "Sir", "SIR")
# Characters after "X生" that make 生 part of a word (生日 birthday, 生活 life …).
ZH_SHENG_WORDS: frozenset[str] = frozenset("日活意产產气氣病物命长長鲜鮮肖涯效疏动動前态態词詞字子人存育")

# Korean particles and endings glued to a name ("김민지가", "이서연의", "정하은에게", "수진이랑").
KO_NAME_PARTICLES: frozenset[str] = frozenset(
    """은 는 이 가 을 를 의 에게 에게서 한테 한테서 께 께서 와 과 랑 이랑 하고 도 만 이나 나 처럼 보다
    부터 까지 이도 이는 이가 이를 이의 이한테 이에게 이랑 이와 이하고 이만 이께서 님 씨 양 군 님이 님은
    님의 님께 님께서 님도 님과 님이랑 님한테 씨가 씨는 씨의 씨도 씨와 씨랑 씨한테 씨께 양이 양은 양의
    군이 군은 군의 이고 이며 이라고 라고 이었 였 이에요 예요 이야 야 이네 네 으로 로 이라는 라는""".split()
)
# Particles that only follow a person ("씨", "님", "에게", "께서" …): after them a surname with
# ordinary given-name syllables is a name even when the given name is not in the lexicon.
KO_PERSON_PARTICLES: frozenset[str] = frozenset(
    """에게 에게서 한테 한테서 께 께서 이랑 님 씨 양 군 님이 님은 님의 님께 님께서 님도 님과 님이랑
    님한테 씨가 씨는 씨의 씨도 씨와 씨랑 씨한테 씨께 양이 양은 양의 군이 군은 군의 이한테 이에게
    이께서""".split()
)
# Role words written after a lone surname with a space ("문 대표", "김 부장", "강 실장님").
KO_SPACED_ROLES: tuple[str, ...] = tuple(
    r + h
    for r in """대표 부장 과장 실장 사장 원장 이사 회장 부회장 교수 박사 변호사 작가 선생 기자 감독 팀장
    본부장 상무 전무 차장 대리 주임 매니저 의원 총장 소장 국장 지점장 고문 위원 위원장 이사장 대사
    판사 검사 의사 원장 약사 세무사 회계사 디자이너 셰프 사모 여사 고객 선배 후배 씨 님""".split()
    for h in ("님", "")
)
# Surname syllables that are ordinary words before a role ("전 대표" the former CEO, "현 회장",
# "고 회장님" the late chairman, "부 사장").
KO_NOT_LONE_SURNAMES: frozenset[str] = frozenset("전현고부대총각본구새")
# Words that stand right before a Korean name: kin, client and label words.
KO_NAME_CUES: frozenset[str] = frozenset(
    """딸 아들 남편 아내 와이프 부인 따님 아드님 사모님 어머님 아버님 어머니 아버지 엄마 아빠 언니 오빠
    누나 형 동생 남동생 여동생 손녀 손자 며느리 사위 조카 친구 친구분 남친 여친 남자친구 여자친구 약혼자
    약혼녀 배우자 시어머니 장모님 고객 고객명 고객님 성함 이름 회원 신규 단골 손님 남편분 아내분 따님분
    아드님분 동행 동행인 지인 비서 실장 매니저 담당 담당자 예약자 구매자 수령인 수령자 받는분 받는
    VIP 명의 예약 선물 막내 큰딸 작은딸 큰아들 작은아들 막내딸 막내아들 첫째 둘째 셋째 넷째 장녀 장남 차녀
    차남 시누이 시동생 올케 처제 처형 형수 제수 손주 외손주 외손녀 외손자 큰며느리 작은며느리 조카딸
    손녀딸 외동딸 외동아들 딸아이 아들내미 애기 아기""".split()
)
# Two-syllable words that start with a surname syllable and a given-name syllable: no name
# starts with them ("정도", "선호", "장미", "이미지", "강아지").
KO_COMMON_STEMS: frozenset[str] = frozenset(
    """정도 선호 장미 신상 안경 남성 여성 강아 송아 이미 한정 홍보 진주 유리 정해 정리 이어 주어 고민
    주재 주재원 전시 전시회 정기 주민 지원 공지 공유 구독 반지 목걸 귀걸 팔찌 시계 가방 지갑 구두
    기념 기본 기존 기간 고급 공주 공예 구두 구매 국내 금액 김치 나중 남편 도움 명절 문의 문자 민감
    방문 배송 백화 변경 봉투 부탁 사이 사은 상담 상품 생일 서비 선물 선택 설날 성함 소재 손님 송년
    수선 수입 시계 신발 신규 심플 안내 양가 여름 연말 연락 예물 예산 예약 오늘 오전 오후 옥색 왕복
    우산 원피 위해 유명 유행 육아 은색 이번 이름 이사 인기 인사 임신 장갑 재고 전화 정말 제품 조금
    주말 주문 지갑 지금 차량 채식 천연 최고 최근 추가 추석 편지 표시 하객 한국 함께 허리 현금 황금
    문구 방한 석류 설명 연두 원단 위치 육류 인조 임시 제작 조명 진행 차이 편안 표정 하루 한번 현재
    홍차 황토 강조 공항 구성 구입 나이 남색 노력 도자 명함 모자 문제 반품 방식 배려 백색 변색 봉제
    서류 선정 설치 성격 소개 손목 송금 수납 신용 안부 양말 어깨 여행 연휴 염색 오픈 왕관 우유 원래
    유럽 은행 이유 인형 임원 장식 재질 전시 제안 조카 주소 지인 진열 채널 최대 추천 편집 표면 한복
    허용 현지 홍콩 황실 우리 하지 이전 이후 이제 이상 이하 이외 이미 한번 한두 한참 한편 한때 한창
    정기 정상 정성 정식 정장 정확 조건 조심 주로 주의 지난 지정 지불 진짜 차분 최소 최종 추후 편하
    하나 하늘 현대 혹시 홍대 명동 강남 성수 신사 압구 서울 부산 제주 오래 원하 전부 전체 전혀 전달
    주문 여러 여기 여유 연한 연락 연결 연령 연세 우선 우아 유지 유니 은은 인상 인생 임대 장기 장소
    장점 재방 재구 제일 조용 주변 주얼 지원 진한 차가 천천 추천 탁월 표준 하얀 한국 한정 함부 허브
    현장 형태 화이 황색 방금 방법 배우 백만 변화 선명 성인 성별 소중 소형 손가 송도 수제 승진 시간
    신혼 심리 안전 안정 양쪽 어머 엄청 여자 남자 연애 예쁘 오히 오직 왕창 용도 우리 원래 위로 유일""".split()
)

# Japanese role words written after a surname as a title ("鈴木社長", "小林部長", "田中先生").
JA_ROLE_SUFFIXES: tuple[str, ...] = (
    "社長", "副社長", "部長", "課長", "係長", "会長", "院長", "教授", "専務", "常務", "理事", "店長",
    "支配人", "所長", "室長", "主任", "医師", "弁護士", "代表", "先輩", "議員", "監督", "選手", "夫人",
    "取締役", "頭取", "局長", "署長", "校長", "園長", "社長夫人", "ご夫妻", "ご夫婦", "ご一家",
)
