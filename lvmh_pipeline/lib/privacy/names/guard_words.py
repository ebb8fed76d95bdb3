"""Ordinary words that look like names when capitalised (vocabulary for :mod:`.names_guard`).

German capitalises every noun and every language capitalises the first word of a sentence, so
"Familie Urlaub", "Tochter, 25 Jahre", "Budget, 5K" or "Visite — cliente" put a common word
where a surname could stand. These lists hold such words, lower-case, per topic; the checks
live in :mod:`.names_guard`.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


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

# Words capitalised at the start of a note or a sentence in the Latin-script languages: roles,
# kin, visits, needs, time words, greetings, pronouns, verbs advisors start sentences with.
NOTE_WORDS = _words(
    """
    client cliente clients clientes clienta clientas customer customers kunde klant klanten klante
    vip vic prospect prospecto nouveau nouvelle nouveaux new nuovo nuova nuevo nueva novo nova nieuw
    nieuwe neue neuer regular régulier régulière fidèle habitual habituel habituelle loyal trouwe
    visit visite visita bezoek besuch walk-in walkin inloop inloopklant laufkundschaft passant
    passante passage passaggio paso passagem appointment rendez-
    vous
    appuntamento afspraak cita encontro reunião incontro riunione reunión entretien colloquio
    baptême baptism battesimo bautizo batizado doop крещение communion comunione comunión
    comunhão confirmation cresima confirmación crisma vormsel fiançailles engagement fidanzamento
    compromiso noivado verloving retraite retirement pensione jubilación aposentadoria pensioen
    naissance birth nascita nacimiento nascimento geboorte rentrée graduation diplôme laurea
    graduación formatura diploma
    rdv meeting call appel chiamata llamada chamada telefonata anruf rappel follow-up suivi seguito
    seguimiento acompanhamento opvolging note notes nota notas notitie memo résumé summary update
    objet subject re budget presupuesto orçamento spesa cadeau gift regalo presente geschenk
    anniversaire birthday compleanno cumpleaños aniversário aniversario verjaardag mariage wedding
    matrimonio boda casamento bruiloft noël christmas natale navidad natal kerst
    today yesterday tomorrow aujourd'hui hier demain oggi ieri domani hoy ayer mañana hoje ontem
    amanhã vandaag gisteren morgen ce cette this questo questa este esta deze dit dieser diese
    ce-matin morning matin mattina mañana manhã ochtend afternoon après-midi pomeriggio tarde tarde
    middag evening soir sera noche noite avond weekend week-end semaine week settimana semana
    hello hi bonjour bonsoir salut buongiorno ciao salve hola buenos buenas olá bom boa hallo hoi
    goedemorgen guten
    so okay ok well alright right yes no oui non sì si no sim não ja nee nein alors donc bon bien
    voilà allora dunque ecco bene pues bueno vale entonces então pronto bem dus nou goed also gut
    genau
    he she they we it his her their il elle ils elles on lui leur lei lui loro egli ella él ellos
    ellas nosotros ele ela eles elas nós hij zij ze wij er sie es wir ihr
    mr mrs ms dr sir madam madame monsieur signora signore señor señora senhor senhora frau herr
    mevrouw meneer
    husband wife daughter son mother father sister brother granddaughter grandson niece nephew
    cousin partner fiancé fiancée boyfriend girlfriend friend friends godson goddaughter baby child
    children kids kid family couple twins parents grandmother grandfather grandparents mum mom dad
    stepdaughter stepson colleague colleagues boss assistant
    mari épouse femme fille fils mère père sœur soeur frère petite-fille petit-fils nièce neveu
    cousine fiancé compagnon compagne conjoint conjointe ami amie amis filleul filleule bébé enfant
    enfants famille couple jumeaux parents grand-mère grand-père beau-père belle-mère belle-fille
    gendre collègue patron
    marito moglie figlia figlio madre padre sorella fratello nipote cugino cugina compagno compagna
    fidanzato fidanzata amico amica amici nuora genero suocera suocero figlioccio bambino bambina
    bambini famiglia coppia gemelli genitori nonna nonno nonni collega
    marido esposo esposa mujer hija hijo hermana hermano nieta nieto sobrina sobrino primo prima
    novio novia pareja amigo amigos ahijado ahijada nuera yerno suegra suegro niño niña niños
    familia
    gemelos padres abuela abuelo abuelos colega jefe
    filha filho mãe pai irmã irmão neta neto sobrinha sobrinho namorado namorada noivo noiva
    afilhado afilhada criança crianças família casal gêmeos gémeos pais avó avô avós
    dochter zoon man echtgenoot echtgenote vrouw moeder vader zus zuster broer kleindochter
    kleinzoon
    nicht neef vriend vriendin verloofde kind kinderen familie stel tweeling ouders oma opa collega
    lawyer doctor surgeon banker architect designer artist entrepreneur consultant engineer
    journalist photographer collector investor manager director founder owner ceo cfo student
    retired retiree pilot chef teacher professor dentist notary judge diplomat ambassador
    avocat avocate médecin chirurgien chirurgienne banquier banquière architecte artiste
    entrepreneur entrepreneuse consultante ingénieur journaliste photographe collectionneur
    collectionneuse investisseur directeur directrice fondateur fondatrice propriétaire étudiant
    étudiante retraité retraitée pilote notaire juge diplomate ambassadeur ambassadrice dentiste
    avvocato avvocatessa medico chirurgo banchiere architetto artista imprenditore imprenditrice
    consulente ingegnere giornalista fotografo collezionista direttore direttrice fondatore
    proprietario studente studentessa pensionato pensionata notaio giudice dentista
    abogado abogada médico médica cirujano cirujana banquero arquitecto arquitecta empresario
    empresaria consultor ingeniero periodista fotógrafo coleccionista director directora fundador
    propietario estudiante jubilado jubilada notario notaria juez dentista
    advogado advogada cirurgião banqueiro arquiteto arquiteta empresário empresária engenheiro
    jornalista fotógrafo colecionador diretor diretora fundador proprietário estudante reformado
    reformada aposentado aposentada notário juiz
    advocaat arts chirurg bankier architect ondernemer adviseur ingenieur fotograaf verzamelaar
    directeur eigenaar oprichter gepensioneerd notaris rechter tandarts
    looking wants wanted needs searching seeks interested prefers likes loves bought buys came
    comes visited asked cherche souhaite veut voudrait aime adore préfère achète acheté venue venu
    passée passé intéressée intéressé demande cerca vuole vorrebbe ama preferisce compra comprato
    venuta venuto interessata interessato chiede busca quiere quería prefiere compra compró vino
    vino interesada interesado pide procura quer queria prefere comprou veio interessada
    interessado pede zoekt wil wilde houdt koopt kocht kwam geïnteresseerd vraagt sucht möchte
    will mag liebt bevorzugt kauft kaufte kam interessiert fragt
    first première premier prima primera primeira eerste erste second seconde deuxième
    elegant élégant élégante elegante eleganti elegantes chic sportive sportif classique classic
    classico classica clásico clásica clássico clássica klassisch klassiek moderne modern moderno
    moderna discrète discret discreet discreta discreto discreto diskret discreet sobre
    sophistiquée sophistiqué sophisticated sofisticata sofisticato sofisticada exigeante exigeant
    demanding esigente exigente anspruchsvoll veeleisend charmante charmant charming affable
    aimable gentille gentil sympathique friendly cordiale cordial simpatica simpatico simpática
    simpático sympathisch vriendelijk fidèle loyal fedele leal trouw treu jeune young giovane joven
    jovem jung jong riche wealthy ricca rico rica reich rijk busy pressée pressé occupée
    stylish stylée stylé glamorous glamour nouvelle
    about around approx environ circa unos cerca ongeveer etwa ca
    please thanks merci grazie gracias obrigado obrigada bedankt danke
    """
)

MONTHS_AND_DAYS = _words(
    """
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    januar februar märz april mai juni juli august september oktober november dezember
    januari februari maart april mei juni juli augustus september oktober november december
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января
    февраля марта апреля мая июня июля августа сентября октября ноября декабря
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi
    samedi dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica lunes martes miércoles
    jueves viernes sábado domingo segunda terça quarta quinta sexta montag dienstag mittwoch
    donnerstag freitag samstag sonntag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    понедельник вторник среда четверг пятница суббота воскресенье
    spring summer autumn fall winter printemps été automne hiver primavera estate autunno inverno
    verano otoño invierno verão outono lente zomer herfst
    """
)

PLACES = _words(
    """
    paris london londres londra milan milano milán mailand rome roma rom madrid barcelona berlin
    munich münchen monaco monte-carlo frankfurt hamburg düsseldorf vienna wien genève geneva genf
    zürich zurich lisboa lisbon lisbonne porto amsterdam rotterdam bruxelles brussels brüssel
    antwerpen anvers tokyo kyoto osaka dubai doha riyadh abu seoul busan singapore shanghai beijing
    pékin hong kong macau taipei moscow moscou moskau moscú москва петербург sochi new york ny nyc
    los angeles miami san francisco chicago boston toronto montreal montréal mexico méxico sydney
    melbourne cannes nice saint-tropez courchevel megève gstaad st-moritz
    st.-moritz verbier capri portofino sardinia sardaigne sardegna sicily sicile sicilia venice
    venise venezia venedig florence firenze florenz tuscany toscane toscana como amalfi positano
    marbella ibiza mallorca majorque sevilla séville valencia bilbao lyon marseille bordeaux
    toulouse lille strasbourg nantes deauville biarritz provence riviera côte normandie bretagne
    alps alpes alpi alpen maldives maldivas maldive seychelles mauritius maurice bali phuket
    marrakech marrakesh mykonos santorini athens athènes bahamas caraïbes caribbean karibik hawaii
    aspen vail dallas houston austin washington las vegas kensington chelsea mayfair knightsbridge
    belgravia notting soho manhattan brooklyn hamptons beverly hills malibu montaigne
    saint-honoré faubourg rivoli vendôme champs-élysées marais
    france francia frankreich frankrijk england angleterre inghilterra inglaterra engeland uk
    italy italie italia italien italië spain espagne spagna españa spanien spanje portugal
    germany allemagne germania alemania deutschland duitsland alemanha netherlands pays-bas olanda
    holanda niederlande nederland holland belgium belgique belgio bélgica belgien belgië
    switzerland suisse svizzera suiza schweiz zwitserland suíça russia russie russland rusia
    россия japan japon giappone japón japão china chine cina korea corée corea coreia usa america
    amérique america états-unis canada brazil brésil brasile brasil mexico india inde emirates
    émirats emirati emiratos qatar saudi arabia arabie kuwait bahrain oman lebanon liban egypt
    égypte turkey turquie istanbul greece grèce grecia griechenland austria autriche österreich
    sweden suède norway norvège denmark danemark finland ireland irlande scotland écosse monaco
    luxembourg asia asie europe europa africa afrique afrika
    french français française english anglais anglaise british britannique italian italien
    italienne italiano italiana spanish espagnol espagnole español española german allemand
    allemande deutsch deutsche tedesco tedesca alemán alemana dutch néerlandais hollandais
    russian russe russo russa ruso rusa russisch japanese japonais japonaise giapponese japonés
    chinese chinois chinoise cinese chino china chinees korean coréen coréenne coreano coreana
    american américain américaine americano americana amerikanisch swiss suisse svizzero suizo
    belgian belge brazilian brésilien arab arabe arabo árabe emirati émirien saudi qatari
    lebanese libanais libanaise indian indien indienne portuguese portugais portugaise greek grec
    grecque turkish turc turque
    texas california californie florida floride arizona nevada
    colorado utah oregon alaska ontario quebec québec bavaria bayern catalonia catalogne
    andalucía andalousie lombardia lombardie piemonte veneto puglia liguria
    harvard yale princeton stanford columbia oxford cambridge eton harrow sorbonne polytechnique
    centrale sciences-po sciencespo hec essec escp insead lse mit bocconi politecnico polimi
    luiss sapienza esade iese ucl kcl imperial juilliard mgimo мгу вшэ мгимо
    сколково university universität universiteit università universidad universidade université
    college collège école ecole lycée liceo gymnasium hochschule academy académie accademia
    academia conservatoire conservatorio ajax psv feyenoord benfica sporting juventus juve inter
    milan psg barça barca bayern chelsea arsenal газпром сбербанк роснефть лукойл яндекс
    avenue boulevard street road square plaza piazza viale corso avenida alameda allee straße
    strasse gasse laan gracht plein rue quai
    """
)

# Single-word house, brand and product names (names of people behind a house are in
# FAMOUS_NAMES, so that "Marc" or "Paul" stay ordinary given names).
BRANDS_AND_PRODUCTS = _words(
    """
    vuitton dior fendi celine céline loewe givenchy kenzo berluti bulgari bvlgari tiffany chaumet
    guerlain sephora rimowa hennessy moët chanel hermès hermes gucci prada cartier rolex hublot
    zenith pucci patou ruinart krug heuer moynat fenty balenciaga valentino versace armani
    ferragamo burberry ysl chloé mulberry goyard delvaux boucheron chopard piaget omega breguet iwc
    panerai montblanc graff messika pomellato buccellati damiani repossi lanvin balmain jacquemus
    alaïa alaia courrèges schiaparelli missoni zegna brioni kiton cucinelli moncler vetements
    margiela louboutin aquazzura zanotti cavalli moschino etro marni msgm clicquot pérignon dolce
    gabbana bottega veneta lvmh kering richemont swatch instagram tiktok wechat whatsapp linkedin
    facebook youtube xiaohongshu weibo kakao telegram iphone ipad apple samsung porsche ferrari
    lamborghini bentley bugatti maserati bmw audi tesla michelin gault millau
    speedy keepall neverfull capucines alma dauphine onthego noé noe pochette métis metis
    montsouris cluny lockme coussin birkin kelly constance evelyne picotin lindy bolide jige herbag
    jackie dionysus marmont horsebit ophidia sylvie galleria cleo jodie cassette andiamo arco loulou
    icare niki triomphe peekaboo baguette puzzle flamenco hammock amazona saddle antigona voyou
    gabrielle panthère panthere santos serpenti octo daytona submariner datejust nautilus calatrava
    aquanaut carrera aquaracer speedmaster seamaster constellation alhambra frivole perlée shalimar
    mitsouko sauvage j'adore fahrenheit mademoiselle privé extrait intense
    """
)

COLOURS_AND_MATERIALS = _words(
    """
    black white red blue green yellow brown beige grey gray pink purple orange navy cognac camel
    burgundy bordeaux ivory cream tan taupe khaki olive emerald ruby sapphire gold golden silver
    platinum rose rosé champagne nude coral turquoise
    noir noire blanc blanche rouge bleu bleue vert verte jaune marron gris grise violet violette
    marine ivoire crème or argent platine doré dorée rosé
    nero nera bianco bianca rosso rossa blu verde giallo marrone grigio rosa viola
    arancione avorio oro argento platino
    negro negra blanco blanca rojo roja azul amarillo gris morado naranja marfil dorado plata
    preto preta branco branca vermelho vermelha cinza roxo laranja dourado prata
    zwart wit rood blauw groen geel bruin grijs roze paars oranje zilver goud
    schwarz weiß weiss rot blau grün gelb braun grau lila türkis silber
    leather cuir pelle cuero couro leer leder calfskin veau vitello lambskin agneau crocodile
    croco python ostrich autruche canvas toile tela lona monogram monogramme damier epi taiga
    suede daim camoscio ante camurça silk soie seta seda zijde seide cashmere cachemire cachemira
    caxemira kasjmier kaschmir wool laine lana lã wol wolle cotton coton cotone algodão katoen
    linen lin lino linho velvet velours velluto terciopelo veludo fluweel samt diamond diamant
    diamante diamanten pearl perle perla pérola parel perlen steel acier acciaio acero aço staal
    stahl titanium titane titanio titânio titaan titan ceramic céramique ceramica cerámica
    cerâmica keramiek keramik
    """
)

# Well-known people and houses named after people: a given name before them is no client.
FAMOUS_NAMES = frozenset(
    n.replace("_", " ")
    for n in """
    helmut_newton damien_hirst andy_warhol jeff_koons yayoi_kusama takashi_murakami pablo_picasso
    claude_monet vincent_van_gogh gerhard_richter david_hockney jean-michel_basquiat keith_haring
    frida_kahlo salvador_dalí salvador_dali henri_matisse marc_chagall joan_miró joan_miro
    gustav_klimt egon_schiele anselm_kiefer cindy_sherman annie_leibovitz richard_avedon
    peter_lindbergh mario_testino irving_penn man_ray henri_cartier-bresson ai_weiwei
    louise_bourgeois alberto_giacometti amedeo_modigliani leonardo_da_vinci frank_gehry
    tadao_ando zaha_hadid renzo_piano jean_nouvel le_corbusier
    louis_vuitton christian_dior coco_chanel gabrielle_chanel yves_saint_laurent karl_lagerfeld
    hubert_de_givenchy cristóbal_balenciaga cristobal_balenciaga giorgio_armani gianni_versace
    donatella_versace miuccia_prada guccio_gucci salvatore_ferragamo emilio_pucci marc_jacobs
    tom_ford ralph_lauren calvin_klein tommy_hilfiger michael_kors kate_spade tory_burch
    stella_mccartney alexander_mcqueen alexander_wang vera_wang vivienne_westwood paul_smith
    jimmy_choo manolo_blahnik christian_louboutin roger_vivier jean_paul_gaultier jean_patou
    nina_ricci carolina_herrera oscar_de_la_renta elie_saab zuhair_murad harry_winston
    van_cleef charles_heidsieck louis_roederer pierre_hermé pierre_herme alain_ducasse
    roland_garros joël_robuchon paul_bocuse anne-sophie_pic maria_grazia_chiuri pietro_beccari
    bernard_arnault delphine_arnault antoine_arnault frédéric_arnault alexandre_arnault
    virgil_abloh pharrell_williams nicolas_ghesquière kim_jones jonathan_anderson hedi_slimane
    raf_simons phoebe_philo riccardo_tisci john_galliano silvia_venturini_fendi
    charlotte_tilbury estée_lauder estee_lauder bobbi_brown laura_mercier jo_malone
    frédéric_malle francis_kurkdjian issey_miyake yohji_yamamoto rei_kawakubo
    giuseppe_zanotti sergio_rossi gianvito_rossi brunello_cucinelli ermenegildo_zegna
    thom_browne rick_owens dries_van_noten martin_margiela jil_sander isabel_marant hugo_boss
    victoria_beckham david_beckham aston_martin elsa_peretti paloma_picasso
    roger_federer rafael_nadal novak_djokovic serena_williams lionel_messi cristiano_ronaldo
    kylian_mbappé kylian_mbappe zinedine_zidane lewis_hamilton charles_leclerc max_verstappen
    tiger_woods michael_jordan lebron_james
    taylor_swift beyoncé rihanna lady_gaga madonna elton_john paul_mccartney mick_jagger
    adele celine_dion céline_dion johnny_hallyday édith_piaf edith_piaf charles_aznavour
    maria_callas luciano_pavarotti andrea_bocelli cecilia_bartoli anna_netrebko
    catherine_deneuve brigitte_bardot marion_cotillard léa_seydoux lea_seydoux sophie_marceau
    isabelle_huppert juliette_binoche charlotte_gainsbourg jane_birkin serge_gainsbourg
    audrey_hepburn grace_kelly marilyn_monroe sophia_loren monica_bellucci penélope_cruz
    penelope_cruz george_clooney brad_pitt angelina_jolie leonardo_dicaprio nicole_kidman
    emma_watson natalie_portman scarlett_johansson zendaya timothée_chalamet
    marie_curie marie_antoinette napoléon_bonaparte charles_de_gaulle victor_hugo
    albert_einstein william_shakespeare wolfgang_amadeus_mozart ludwig_van_beethoven
    johann_sebastian_bach frédéric_chopin giuseppe_verdi giacomo_puccini
    queen_elizabeth king_charles princess_diana kate_middleton
    """.split()
)

# Words after which the next capitalised words name a place or an organisation, not a person.
PLACE_OR_ORG_BEFORE = _words(
    """
    saint sainte st st. ste san santa santo são sankt mont monte port porto cap cape lake lac lago
    villa hotel hôtel hostal rue via avenue avenida av. boulevard bd place piazza plaza praça calle
    rua strada straße strasse street road fondation foundation fondazione fundación fundação
    stiftung musée museo museum galerie galleria gallery collection maison casa château castello
    castillo schloss domaine tenuta quinta hacienda club teatro théâtre theatre theater opéra opera
    prix prize premio trophy coupe cup stade stadium stadio college collège université university
    università universidad school école scuola escuela institut institute instituto hospital hôpital
    ospedale clinique clinica clínica restaurant ristorante restaurante bar café caffè church
    église chiesa iglesia kirche cathedral cathédrale duomo palazzo palais palace palacio palast
    park parc parco parque airport aéroport aeroporto aeropuerto flughafen gare station estación
    stazione bahnhof four seasons ritz mandarin oriental peninsula shangri-la святого святой
    святая святых св. улица проспект театр музей отель
    chez nossa notre nuestra nostra madonna
    """
)

# Russian words that start a note or a sentence (Russian capitalises no other common noun).
RUSSIAN_WORDS = _words(
    """
    клиент клиентка клиенты покупатель покупательница визит встреча консультация звонок бюджет
    подарок подарки день рождения годовщина свадьба юбилей новый новая новые постоянный
    постоянная сегодня вчера завтра утром вечером муж жена дочь сын мать мама отец папа сестра
    брат внучка внук бабушка дедушка партнёр партнер друг подруга коллега семья супруг супруга
    супруги ребёнок ребенок дети невеста жених племянница племянник ищет хочет купила купил
    пришла пришёл пришел интересуется любит предпочитает заметка заметки примечание комментарий
    итог ну так вот значит да нет привет здравствуйте москва петербург лондон париж милан дубай
    россия франция италия юрист адвокат врач хирург банкир архитектор дизайнер художник художница
    предприниматель бизнесмен бизнесвумен инвестор журналист журналистка фотограф коллекционер
    директор основатель основательница владелец владелица студент студентка пенсионер пенсионерка
    пилот учитель учительница профессор стоматолог нотариус судья дипломат модельер мужчина
    женщина машина картина витрина годовщина госпожа господин вип бутик магазин сумка сумки часы
    кольцо серьги колье браслет платок шарф туфли кожа шёлк шелк золото серебро бриллиант стиль
    цвет цвета размер материал материалы коллекция модель подарочный возраст лет года год она он
    они мы её его их также ещё еще очень всегда обычно сейчас потом после перед около примерно
    важно внимание аллергия готов готова готовы снова основа голова половина причина середина
    длина ширина глубина цена слова крестины именины смотрины родины поминки годовщины
    русский русская английский английская французский французская итальянский итальянская
    японский японская китайский китайская немецкий немецкая испанский испанская арабский
    арабская американский американская швейцарский швейцарская британский британская
    московский московская петербургский петербургская светский светская женский женская
    мужской мужская детский детская дамский дамская классический классическая невский
    кутузовский ленинский тверская петровский берлин берлине турин пекин пекине
    """
)

# Prepositions, adverbs and determiners that open a sentence, often before a number ("Seit 23
# Jahren", "Al 17 jaar", "Since 2015", "Depuis 10 ans", "Уже 5 лет").
FUNCTION_WORDS = _words(
    """
    since for over nearly almost about around after before during until within only just also
    still already both all every each some many more most less than then there here when where
    what which who why how but because while although however
    depuis pendant environ presque plus moins après avant jusqu'à dès chaque tous toutes tout
    toute quelques beaucoup aussi encore déjà seulement mais car quand où comme puis ensuite
    da per circa quasi oltre dopo prima durante fino ogni tutti tutte molto anche ancora già solo
    ma perché quando dove come poi
    desde hace durante casi más menos después antes hasta cada todos todas muy también todavía
    ya solo pero porque cuando donde como luego
    há quase mais menos depois antes até cada todos todas muito também ainda já só mas porque
    quando onde como
    seit vor nach mit für über ab bis fast knapp rund schon erst noch nur auch jede jeder alle
    viele mehr weniger dann dort hier wenn wann wo was wer wie aber weil während obwohl bereits
    sinds al bijna ruim na voor tijdens tot elke alle veel meer minder dan daar hier wanneer waar
    wat wie hoe maar omdat terwijl ook nog alleen
    уже почти более менее около через спустя после до за каждый все много также ещё еще только
    но потому когда где как потом
    the a an les los las os as gli die het sem sin senza sans ohne zonder без
    faz fazem fez fará completa completam completou cumpre cumprem festeja cumple cumplen cumplió
    cumplirá hace hacen hizo compie compiono compirà fa fanno festeggia fête fêtera fait feront
    aura wird werden feiert turns turned turning will wordt worden viert
    long short quick brief longue courte lungo lunga breve corto corta largo larga longo longa
    curto curta lange langer langes kurz kurze kurzer lang kort korte
    """
)

# Headings and words a note opens with before a comma or a colon ("Urgent, …", "Profil : …").
HEADINGS = _words(
    """
    urgent urgente important importante importantissimo wichtig dringend belangrijk срочно важно
    suite contexte context contesto contexto kontext remarque remark remarks opmerking bemerkung
    примечание bilan recap récap riepilogo resumen resumo samenvatting zusammenfassung итог profil
    profile profilo perfil profiel профиль objectif objective obiettivo objetivo doel цель intérêts
    interests interessi intereses interesses interessen интересы préférences preferences
    preferenze preferencias preferências voorkeuren präferenzen предпочтения allergies allergia
    alergia alergias allergieën аллергия style stile estilo stijl стиль taille size taglia talla
    tamanho maat размер couleurs colours colors colori colores cores kleuren цвета contact contatto
    contacto contato контакт idée idea ideas ideia идея super parfait perfect perfetto perfecto
    perfeito perfekt relance prochaine prochain next prossimo prossima próximo próxima volgende
    следующий achat purchase acquisto aankoop покупка retour return reso devolución devolução
    возврат livraison delivery consegna entrega levering доставка commande order ordine pedido
    bestelling заказ essayage fitting prova prueba anprobe passen примерка retouche alteration
    modifica arreglo ajuste vermaak événement evento evenement мероприятие dîner dinner cena
    jantar abendessen diner ужин déjeuner lunch pranzo almuerzo almoço mittagessen обед cocktail
    défilé show sfilata desfile modenschau показ info infos information informations
    informazioni información informação informatie информация question domanda pregunta pergunta
    vraag вопрос demande request richiesta solicitud pedido verzoek запрос besoin need bisogno
    necesidad necessidade behoefte потребность occasion occasione ocasión ocasião gelegenheit
    gelegenheid повод remarque attention attenzione atención atenção aandacht внимание résultat
    result risultato resultado resultaat результат décision decision decisione decisión decisão
    beslissing решение statut status stato estado staat статус historique history storico
    historial histórico geschiedenis история
    later afterwards afterward meanwhile anyway otherwise besides overall finally eventually
    initially apparently unfortunately fortunately luckily sadly honestly separately additionally
    plus ensuite entretemps finalement malheureusement heureusement dopo intanto purtroppo luego
    mientras entretanto después finalmente infelizmente ondertussen daarna inmiddels
    children kids grandchildren grandkids twins enfants petits-enfants jumeaux figli nipoti hijos
    nietos filhos netos enkelkinder zwillinge kinderen kleinkinderen nephews nieces sons daughters
    grandsons granddaughters
    """
)

# Product nouns that a size or a reference can follow in parentheses ("Bague (52)").
PRODUCT_WORDS = _words(
    """
    bag bags handbag tote wallet belt scarf shoes sneakers boots watch watches ring rings bracelet
    necklace earrings pendant brooch cufflinks sunglasses perfume fragrance jacket coat dress suit
    shirt trunk luggage suitcase card holder
    sac sacs portefeuille ceinture foulard chaussures baskets bottes montre montres bague bagues
    collier boucles pendentif broche lunettes parfum veste manteau robe costume chemise malle
    valise porte-cartes carré
    borsa borse portafoglio cintura sciarpa scarpe stivali orologio orologi anello anelli
    bracciale collana orecchini ciondolo spilla occhiali profumo giacca cappotto abito camicia
    valigia
    bolso bolsos cartera cinturón pañuelo zapatos botas reloj relojes anillo anillos pulsera
    collar pendientes colgante gafas perfume chaqueta abrigo vestido traje camisa maleta
    mala malas carteira cinto lenço sapatos botas relógio relógios anel anéis pulseira colar
    brincos pingente óculos casaco vestido fato camisa
    tas tassen portemonnee riem sjaal schoenen laarzen horloge horloges armband ketting oorbellen
    hanger zonnebril jas jurk pak overhemd koffer
    сумка сумки кошелёк кошелек ремень платок шарф туфли сапоги часы кольцо браслет колье серьги
    кулон брошь очки духи пиджак пальто платье костюм рубашка чемодан
    """
)

# Teams, services and occasions an advisor talks to or about ("Spoke with Security", "Met Gala",
# "met Pasen").
SERVICES_AND_OCCASIONS = _words(
    """
    security sécurité sicurezza seguridad segurança beveiliging охрана reception réception
    reception recepción receção receptie concierge conciergerie manager management store
    magasin negozio tienda loja winkel laden магазин team équipe squadra equipo equipa ploeg
    atelier workshop laboratorio taller oficina werkplaats мастерская logistics logistique
    logistica logística logistiek stock headquarters hq siège sede hoofdkantoor sav aftersales
    after-sales service services servizio servicio serviço dienst клиентский crm marketing pr
    events événementiel eventi eventos evenementen gala galas opera opéra ballet bal ball
    pasen pinksteren koningsdag sinterklaas kerstmis oudjaar nieuwjaar kerstborrel hemelvaart
    ramadan eid diwali hanukkah thanksgiving halloween pâques pasqua pascua páscoa ostern пасха
    toussaint ferragosto epifanía epifania carnaval carnevale karneval fasching
    """
)

# Diets, allergies and health states a note may open with ("Vegetariana, intolleranza …").
DIET_AND_HEALTH = _words(
    """
    vegetarian vegetarians vegan vegans végétarien végétarienne végétariens végétalien
    végétalienne végane vegano vegana vegani vegane veganos veganas vegetariano vegetariana
    vegetariani vegetariane vegetarianos vegetarianas vegetarier vegetarierin veganer veganerin
    vegetariër veganist вегетарианец вегетарианка веган веганка pescatarian pescetariano
    pescetariana pescetarian flexitarian flexitarien flexitarienne halal kosher casher celiac
    coeliac cœliaque coeliaque celiaca celiaco celíaca celíaco zöliakie glutenfrei glutenvrij
    gluten-free intolerant intolérant intolérante intollerante intolerante intolerant lactose
    pregnant enceinte incinta embarazada grávida schwanger zwanger беременна беременная diabetic
    diabétique diabetica diabetico diabética diabético diabetiker diabetikerin allergic allergique
    allergica allergico alérgica alérgico allergisch аллергия аллергик teetotal abstinent
    abstemia abstemio nickel nichel níquel pollen polline polen penicillin pénicilline latex
    gay heart
    """
)
