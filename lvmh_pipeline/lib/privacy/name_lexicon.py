"""Vocabulary for person-name detection (:mod:`lvmh_pipeline.lib.privacy.names`).

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
    # family names announced as such
    "Famiglia", "Famille", "Familia", "Família", "Fam.", "Fam", "Sig.ri", "Sigg.ri", "Dres.",
)
# Titles that are ordinary words or abbreviations too in lower case ("me", "miss", "don't").
_NO_LOWER_CASE = frozenset(
    {"Me", "Pr", "Pr.", "Don", "Miss", "Lady", "Lord", "Sir", "Dame", "MS", "MR", "MRS", "MR.",
     "MRS.", "Mag.", "Comm.", "Arch.", "Ing.", "Cav.", "Lic.", "Eng.", "Arq.", "Mx", "Mx.", "Miz",
     "H.E.", "H.H.", "Prof", "Famiglia", "Famille", "Familia", "Família", "Messrs", "Messrs.",
     "Sheikh", "Sheikha", "Shaikh", "Shaikha", "Sayed", "Sayyid", "Sayeda", "Mw", "Sr", "Sres",
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
        "Famiglia", "Familia", "Família", "Époux", "Epoux", "Sposi", "Signori", "Cônjuges",
        "Супруги", "Семья", "Семейство", "Чета",
    )
)
# Words after which a capitalised word is the client ("Kundin Keller", "cliente Rossi").
CLIENT_WORDS: tuple[str, ...] = _with_lower(
    (
        "Client", "Cliente", "Clienta", "Customer", "Kunde", "Kundin", "Klant", "Klante",
        "Клиент", "Клиентка", "Покупатель", "Покупательница",
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
)
# Field labels of exported notes ("Nom : Keller", "Client name: Hughes").
LABELS: tuple[str, ...] = (
    "name", "nom", "nome", "nombre", "naam", "имя", "фамилия", "фио", "ф.и.о.", "client name",
    "customer name", "nom du client", "nom client", "nom de famille", "nom de la cliente",
    "surname", "last name", "family name", "cognome", "nome cliente", "nome del cliente",
    "apellido", "nombre del cliente", "nombre cliente", "apelido", "sobrenome", "nome do cliente",
    "nachname", "kundenname", "name des kunden", "name der kundin", "achternaam", "klantnaam",
    "naam klant", "client", "cliente", "clienta", "customer", "kunde", "kundin", "klant",
    "клиент", "клиентка", "prénom", "first name", "given name", "vorname", "voornaam",
    "nome próprio", "nombre de pila", "отчество", "vip", "ca", "advisor", "adviser",
    "client advisor", "conseiller", "conseillère", "vendeur", "vendeuse", "sales associate",
    "consulente", "asesor", "asesora", "berater", "beraterin", "adviseur", "консультант",
    "contact", "contatto", "contacto", "kontakt", "контакт", "referent", "référent",
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
    sainte al el bin ben bint abu ibn d' d’ o' o’ y zu vom ó ní nic uí"""
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
    lebenspartner lebenspartnerin schwägerin schwager tante onkel neffen mama papa oma opa
    schoonzoon schoondochter schoonmoeder schoonvader schoonzus zwager zoontje dochtertje nichtje
    neefje oom
    жены жене жену мужа мужу сына сыну дочери дочке дочку внука внуку внучки внучке невестка
    невестки невестке невесткой зять зятя зятю свекровь свекрови тёща тёщи теща тещи девушка
    девушки девушке девушкой парень парня парню партнёра партнёру партнёром партнера партнеру
    партнером партнёрша партнерша подруги подруге подругу друга другу сестры сестре сестру брата
    брату бабушки бабушке дедушки дедушке племянника племяннику племянницы племяннице крестника
    крестнице супруг супруга супруге супругой
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
    disons c'est-à-dire c’est-à-dire en_fait ouais oui non hein attends attendez pardon
    eh_bien bref comment_elle_s'appelle comment_il_s'appelle euh_euh
    ehm ehmm eeh allora cioè capito dunque tipo insomma ecco beh be' boh vabbè diciamo
    praticamente niente senti guarda come_si_chiama sì va_bene come_dire mah
    em este pues bueno o_sea vamos_a_ver a_ver mmm vale digamos sabes es_decir esto oye mira
    cómo_se_llama sí entonces
    é hã éh então pronto bem bom quer_dizer ou_seja sabe olha pois né deixa_ver deixa-me_ver
    como_se_chama sim portanto
    äh ähm öh öhm naja na_ja na ja nein halt eben sozusagen quasi gell ne nee genau irgendwie
    mal_sehen warte moment wie_heißt_sie wie_heißt_er tja also
    nou dus zeg_maar hè even_kijken weet_je eigenlijk zo oké goh hoe_heet_ze hoe_heet_hij
    ну э ээ эээ эм мм хм это вот как_бы значит короче типа так ну_вот в_общем слушай
    так_сказать да нет ага ой как_её как_его как_её_там это_самое
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
    r"|Euh+|Heu+|Ähm*|Öhm+|Ehm+|Uhm+|Umm+|Uh+|Hmm+|Mmm+|Erm+|Э+м*|Хм+)"
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
    "سمو", "معالي", "فضيلة",
)
# Honorifics written after a given name ("نادية هانم", "فريبا خانم", "أحمد بيك"): the word
# before them is a name, they are not.
ARABIC_POST_TITLES: tuple[str, ...] = (
    "هانم", "خانم", "خانوم", "بيك", "بك", "بيه", "باشا", "أفندي", "افندي", "خاتون", "جان", "آغا",
)
# "أم فهد", "أبو خالد": a parent called after a child; the child's given name follows.
ARABIC_KUNYA: tuple[str, ...] = ("أم", "ام", "أبو", "ابو", "أبي", "ابي")
# Arabic words announcing a family by its name ("عائلة الخالدي", "آل مكتوم") or a couple by
# its given names ("العروسان سالم وريم").
ARABIC_FAMILY_WORDS: tuple[str, ...] = (
    "عائلة", "العائلة", "أسرة", "الزوجان", "آل", "العروسان", "العروسين", "الخطيبان", "الزوجين",
)
ARABIC_CLIENT_WORDS: tuple[str, ...] = ("العميل", "العميلة", "عميل", "عميلة", "الزبون", "الزبونة")
ARABIC_KIN_WORDS: frozenset[str] = _words(
    """ابنتها ابنته ابنها ابنه ابنتي ابنة ابن زوجها زوجته زوج زوجة والدتها والدته والدها والده
    أختها أخته أخوها أخيها حفيدتها حفيدها صديقتها صديقها خطيبها خطيبته بنت"""
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
    عندها عنده عندهم عندي لها له لهم لي معها معه معهم منها منه منهم عليها عليه فيها فيه بها به
    عنها إنها إنه انها انه كانت كان قالت قال تقول يقول بدها بده بدو بدهم حابة حاب حابب بتحب بيحب
    تبي يبي تبغى يبغى عايزة عايز عاوزة عاوز بغات بغا ودها وده نفسها نفسه كمان برضه أيضا أيضاً ايضا
    جداً جدا قوي كثير كتير شوي شوية هون هنا هناك الحين حاليا حالياً بس لكن بعد قبل كل ما لا لم لن
    تم قد هذه هذا ذلك تلك اللي الي مش مو ماهي ماهو زارت زار رجعت رجع طلبت طلب سألت سأل شافت شاف
    ذكرت ذكر أخبرت أخبر اختارت اختار فضلت فضل دفعت دفع عادت عاد ستعود سيعود تعود يعود حجزت حجز
    نباتي نباتية نباتيه حامل مريض مريضة متزوج متزوجة مطلق مطلقة أرمل أرملة عزباء أعزب مسلم مسلمة
    مسيحي مسيحية مسيحيه يهودي يهودية صائم صائمة متقاعد متدين متدينة محافظ محافظة مشهور مشهورة
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
ZH_COUPLE_SUFFIXES: tuple[str, ...] = ("夫妇", "夫婦", "一家", "家族")

ZH_SURNAMES: frozenset[str] = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍顧龔萬錢嚴湯欧歐司上诸諸"
    "羅傅鄔饒溫温關关麥麦邝鄺岑甘伍"
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
    龙井 林荫 孔雀 潘多拉 严重 余下 何等 施工 贾斯""".split()
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
    회원 어머님 아버님 장모님 시어머님 따님 아드님 손님 여자친구 남자친구 약혼녀""".split()
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
)
