"""German nouns, compound heads and noun suffixes; adjective endings."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

GERMAN_NOUNS = _words(
    """
    mann frau kind kinder sohn söhne tochter töchter vater mutter eltern bruder schwester
    geschwister
    opa oma großvater großmutter großeltern enkel enkelin enkelkinder enkelsohn enkeltochter onkel
    tante neffe nichte cousin cousine schwager schwägerin schwiegersohn schwiegertochter
    schwiegermutter schwiegervater schwiegereltern ehemann ehefrau gatte gattin partner partnerin
    lebensgefährte lebensgefährtin freund freundin freunde freundinnen verlobter verlobte bräutigam
    braut baby babys zwillinge patenkind patentochter patensohn pate patin familie familien
    verwandte
    verwandtschaft angehörige witwe witwer junge jungen mädchen herren damen dame leute person
    personen mensch menschen gast gäste kunde kundin kunden kundinnen stammkunde stammkundin
    neukunde
    neukundin kollege kollegin kollegen chef chefin mitarbeiter mitarbeiterin team nachbar nachbarin
    nachbarn bekannte bekannter ehepartner ehepaar paar geschäftspartner geschäftspartnerin
    arzt ärztin zahnarzt zahnärztin chirurg chirurgin anwalt anwältin rechtsanwalt rechtsanwältin
    notar notarin richterin lehrer lehrerin professorin architekt architektin ingenieur ingenieurin
    unternehmer unternehmerin geschäftsführer geschäftsführerin manager managerin bankier banker
    bankerin investmentbanker berater beraterin steuerberater steuerberaterin apotheker apothekerin
    pilot pilotin künstler künstlerin maler malerin sänger sängerin musiker musikerin schauspieler
    schauspielerin journalist journalistin autor autorin schriftsteller schriftstellerin designer
    designerin fotograf fotografin köchin sportler sportlerin fußballer fußballspieler tennisspieler
    golfer unternehmensberater vorstand direktor direktorin inhaber inhaberin gründer gründerin
    investor investorin rentner rentnerin pensionär pensionärin student studentin schüler schülerin
    beamter beamtin politiker politikerin diplomat diplomatin botschafter botschafterin influencer
    influencerin sammler sammlerin galerist galeristin händler händlerin kauffrau makler maklerin
    immobilienmakler juwelier uhrmacher schneiderin friseur friseurin hausfrau krankenschwester
    pfleger psychologe psychologin therapeut therapeutin tierarzt tierärztin forscher forscherin
    wissenschaftler wissenschaftlerin dozent dozentin verkäufer verkäuferin assistent assistentin
    sekretärin landwirt winzer winzerin hotelier gastronom reeder erbe erbin millionär
    geburtstag geburtstage hochzeit hochzeitstag jahrestag jubiläum verlobung taufe kommunion
    konfirmation abschluss abitur studium promotion beförderung ruhestand pension rente weihnachten
    ostern silvester neujahr valentinstag muttertag vatertag feiertag feier fest party event
    einladung empfang geschenk geschenke überraschung anlass anlässe besuch besuche termin termine
    beratung gespräch treffen anruf rückruf nachricht woche wochen wochenende monat monate jahr
    jahre tag tage abend morgen mittag nachmittag uhr zeit frühling herbst saison anfang mitte ende
    datum heute gestern zukunft einweihung geburt
    tasche taschen handtasche handtaschen umhängetasche reisetasche aktentasche rucksack koffer
    gepäck geldbörse portemonnaie brieftasche kartenetui etui gürtel schal tuch seidentuch halstuch
    krawatte fliege schuhe schuh stiefel sandalen kleid kleider mantel jacke anzug hemd bluse
    pullover rock hose mode kollektion kollektionen linie modell modelle stück stücke teil artikel
    produkt produkte sortiment neuheit neuheiten klassiker uhren armbanduhr schmuck kette halskette
    armband armreif ring ringe ohrringe anhänger brosche manschettenknöpfe diamant diamanten perle
    perlen edelstein saphir rubin smaragd brillant parfum duft düfte kosmetik pflege lippenstift
    sonnenbrille brille accessoire accessoires lederwaren größe größen farbe farben material
    materialien leder kalbsleder lammleder krokodil seide kaschmir wolle baumwolle leinen samt gold
    silber platin roségold weißgold gelbgold stahl titan keramik monogramm gravur initialen prägung
    personalisierung verpackung lieferung bestellung reservierung reparatur umtausch rückgabe
    rechnung preis preise budget rabatt geschmack stil
    haus wohnung villa ferienhaus ferienwohnung landhaus chalet jacht yacht boot garten büro praxis
    kanzlei firma unternehmen geschäft laden boutique filiale hotel restaurant stadt land ausland
    heimat urlaub reise reisen ferien flug flughafen kreuzfahrt safari strand meer berge ski insel
    see
    golf tennis reiten segeln skifahren jagd angeln kunst musik oper theater konzert ballett museum
    galerie ausstellung sammlung lesen bücher buch literatur fotografie kochen wein weine champagner
    zigarren autos oldtimer pferde pferd hund hunde katze yoga pilates laufen marathon radfahren
    fitness sport fußball
    interesse interessen wunsch wünsche vorliebe vorlieben qualität wert werte tradition handwerk
    eleganz luxus diskretion priorität hinweis notiz info details allergie allergien
    unverträglichkeit diät vegetarier vegetarierin veganer veganerin gesundheit krankheit
    schwangerschaft nachwuchs erfolg karriere beruf arbeit job ziel vertrauen treue zufriedenheit
    feedback problem reklamation frage fragen idee ideen empfehlung vorschlag alternative auswahl
    entscheidung kauf käufe einkauf verkauf anzahlung zahlung kreditkarte karte bargeld kontakt
    telefon adresse achtung wichtig fazit ergebnis danach später außerdem zudem dazu leider bitte
    danke alter jahrgang zwilling liebe glück zuhause heim alltag leben zusammenhalt gemeinschaft
    """
)

# Heads of German compounds ("Patenkind", "Weihnachtsgeschenk"): a capitalised word ending in
# one of them is a noun. Heads that end surnames ("-mann", "-berg", "-stein") are left out.
GERMAN_COMPOUND_HEADS = _words(
    """
    kind kinder tochter vater mutter eltern bruder schwester frau freund freundin kunde kundin
    partner partnerin geschenk geschenke geschichte medizin technik design musik kunst
    politik literatur philosophie chemie physik biologie mathematik architektur management
    marketing wissenschaften studium abschluss tasche taschen koffer uhr uhren kette reise
    urlaub feier fest party termin besuch gespräch anlass jahr jahre woche abend wunsch liebe
    kollektion modell stück leder schmuck farbe material preis budget wohnung hotel geschäft
    laden sammlung ausstellung konzert reise allergie karte zeit gast gäste leute team chef
    chefin arzt ärztin anwalt anwältin berater beraterin lehrer lehrerin rentner rentnerin
    spieler spielerin fahrer fahrerin planung beratung händler händlerin makler maklerin
    leiter leiterin führer führerin direktor direktorin besitzer besitzerin inhaber inhaberin
    gründer gründerin sportler sportlerin designer designerin architekt architektin ingenieur
    ingenieurin manager managerin unternehmer unternehmerin künstler künstlerin sammler
    sammlerin journalist journalistin fotograf fotografin trainer trainerin professorin
    richterin pilot pilotin kauf einkauf idee ideen nacht essen markt jubiläum liste plan frage
    notiz stoff schuh schuhe monat größe anprobe rückruf club klub verein
    armband armbänder kleid kleider jacke brille gürtel mantel bluse anhänger ohrringe brosche
    geldbörse etui rucksack flakon parfum gravur verschluss
    """
)

# Endings of German (and Latinate) abstract nouns; "-er" is left out: it ends many surnames.
GERMAN_NOUN_SUFFIXES: tuple[str, ...] = (
    "ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "ismus", "chen", "lein", "nis",
    "tum", "ität", "erin", "nerin", "anz", "enz", "ismus",
)
# Endings of adjectives and abstract nouns of the Latin-script languages ("Vegetariana",
# "Importante", "Diabétique", "Allergisch"): a word opening a note with them is no surname.
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "ique", "iques", "ienne", "iennes", "aire", "aires", "isme", "ité", "ance", "ence", "ante",
    "antes", "ente", "entes", "iano", "iana", "ianos", "ianas", "ario", "aria", "arios", "arias",
    "ivo", "iva", "ivos", "ivas", "ism", "ity", "ness", "ous", "ive", "ary", "ful", "less",
    "able", "ible", "isch", "ische", "lich", "liche", "lijk", "lijke", "haft", "oso", "osa",
)
