"""Word lists and affix cues used by :mod:`lvmh_pipeline.lib.ingestion.language` for Latin-script languages.

Client-advisor notes are telegraphic: few articles, many content words. So each list mixes
function words with the everyday vocabulary of a boutique note (family, months, gifts, colours,
diets, follow-up verbs). A word listed for several languages is shared out between them by the
scorer, so overlaps are harmless.
"""

from __future__ import annotations

LATIN_LANGUAGES: tuple[str, ...] = ("FR", "EN", "IT", "ES", "DE", "PT", "NL")

_WORDS: dict[str, str] = {
    "FR": """
        le la les l un une des du de d et est à au aux en pour par avec sans sur sous dans ce
        cet cette ces il elle ils elles on nous vous je j son sa ses leur leurs qui que qu ne n
        pas plus très mais ou où donc car aussi comme tout tous toute toutes été être avoir ont
        fait sont était ans mois semaine prochaine prochain chaque année depuis cliente client
        clients clientes cherche cherchent cadeau cadeaux anniversaire mari épouse femme fille
        fils enfants mère père sœur frère cuir noir marron sac sacs pièce pièces printemps
        automne hiver janvier février mars avril juin juillet août septembre octobre novembre
        décembre rappeler voyage voyages voyagent mariage souvent beaucoup bien bon bonne
        nouvelle nouveau nouveaux nouvelles ancien ancienne passionné passionnée passionnés aime
        adore préfère préférés préféré élégant élégante classique événements événement
        végétarien végétarienne végétariens végane allergie allergique intolérante intolérant
        rendez-vous mentionné mentionnée satisfait satisfaite achat achète petit petite grand
        grande entre chez puis déjà encore rapidement toujours jamais deux trois quatre cinq dix
        également ainsi alors notre votre quelques ensemble lui eux madame monsieur mademoiselle
        aujourd hui demain hier fête noël retraité retraitée avocate médecin directrice
        directeur cabinet couleur couleurs marine beige rose or argent bijoux montre montres
        chaussures foulard pratique collectionne potentiel excellent excellente excellents
        fidèle régulière régulier occasionnelle occasionnel reviendra proposé proposer
        nouveautés petits-enfants petit-fils gendre belle-fille cadette aîné professionnel
        professionnelle aucun aucune rien quelque chose fixe rapide sobre épuré doux douce lieu
        avant après pendant parce quand comment pourquoi
    """,
    "EN": """
        the a an and or of to in on at for with from by is are was were be been being has have
        had he she they it his her their its this that these those who whom which what will
        would can could should shall must not no but very also just about after before over into
        up out new first time looking wants want prefers loves likes birthday wife husband
        daughter son mother father sister brother children kids gift gifts bag bags leather
        black navy brown around year years old month week next last follow client clients
        customer interested passionate travel travels plays member spring summer autumn fall
        winter january february march april may june july august september october november
        december both potential good great excellent mentioned allergy allergic diet vegan
        vegetarian events event shopping together every regularly always never two three four
        five she's he's they're it's needs coming going getting married wedding anniversary
        graduation retired works working lives living home house enjoys collects practices
        attends opportunity invite invited call back today tomorrow yesterday appointment
        meeting store boutique strict lifestyle choice important note severe critical gold
        silver pink red blue green white grey gray beige style classic elegant modern timeless
        pieces piece small large big little long short high low nice happy satisfied loyal
        regular since until while during because when where how why there here than then our
        your my me him them us anything something everything nothing someone everyone day days
        weekend weekends friends friend fixed christmas come
    """,
    "IT": """
        il lo la i gli le l un uno una di del dello della dei degli delle da dal dallo dalla dai
        dagli dalle in nel nello nella nei negli nelle con su sul sulla per tra fra e ed o ma
        anche non più molto molta molti molte è sono ha hanno era erano lei lui loro suo sua
        suoi sue questo questa questi queste quello quella che chi come dove quando anni anno
        mese settimana prossima prossimo ogni sempre cliente clienti cerca cercano regalo regali
        compleanno marito moglie figlia figlio figli madre padre sorella fratello borsa borse
        pelle cuoio nero nera marrone stile elegante classico classica moderno moderna viaggio
        viaggi viaggia viaggiano gennaio febbraio marzo aprile maggio giugno luglio agosto
        settembre ottobre novembre dicembre richiamare ama amano preferisce preferiscono
        appassionato appassionata appassionati entrambi entrambe insieme famiglia nuova nuovo
        nuovi nuove ottimo ottima potenziale eventi evento vegetariana vegetariano vegetariani
        vegano vegana allergia allergica allergico intollerante intolleranza pratica colleziona
        collezionano arte matrimonio anniversario laurea laureata laureato due tre quattro
        cinque fedele soddisfatta soddisfatto oggi domani ieri nonna nonno nipote nipoti signora
        signor signore gioielli orologio orologi scarpe colore colori grigio bianco rosso oro
        argento regolare occasionale primo prima visita menzionato menzionata invitare
        attenzione importante estate primavera autunno inverno mostrare lavoro casa città perché
        però quindi già ancora poi dopo durante senza sopra sotto mentre si ci gioca fine vuole
        vogliono tornerà spesso nessun nessuna niente qualcosa tutto tutti tutta tutte fisso
        fissa natale
    """,
    "ES": """
        el la los las lo un una unos unas de del al en con por para sin sobre entre y e o u pero
        también no más muy es son está están ha han fue era él ella ellos ellas su sus este esta
        estos estas ese esa que quien como donde cuando años año mes semana próxima próximo cada
        siempre cliente clientes busca buscan regalo regalos cumpleaños marido esposa esposo
        hija hijo hijos madre padre hermana hermano bolso bolsos cuero negro negra marrón estilo
        elegante clásico clásica moderno moderna viaje viajes viaja viajan enero febrero marzo
        abril mayo junio julio agosto septiembre octubre noviembre diciembre llamar ama aman
        prefiere prefieren apasionado apasionada apasionados ambos juntos juntas familia nueva
        nuevo nuevos nuevas excelente excelentes potencial eventos evento vegetariana
        vegetariano vegetarianos vegano vegana veganos alergia alérgica intolerancia mucho mucha
        muchos practica colecciona coleccionan arte boda aniversario presupuesto dos tres cuatro
        cinco mencionó seguimiento hoy mañana ayer abuela abuelo nieta nieto novia novio joyas
        reloj relojes zapatos color colores gris blanco rojo dorado plata oro regular ocasional
        primera visita invitar importante verano primavera otoño invierno mostrar trabajo casa
        ciudad porque entonces ya todavía después antes durante mientras señora señor hace tiene
        tienen quiere quieren le les se nos mi tu fines juega desde hasta ningún ninguna nada
        algo todo todos toda todas fijo fija navidad encanta volverá
    """,
    "DE": """
        der die das den dem des ein eine einen einem einer eines und oder aber auch nicht kein
        keine keinen mit für von vom zu zum zur bei beim nach aus auf an in im am ins ist sind
        war waren hat haben hatte wird werden er sie es ihr ihre ihren ihrem sein seine seinen
        seinem dieser diese dieses wie wo wenn weil dass jahre jahr jahren monat monate woche
        nächste nächsten nächster jede jeden jedes immer kunde kundin kunden sucht suchen
        geschenk geschenke geburtstag ehemann ehefrau mann frau tochter töchter sohn söhne
        kinder mutter vater schwester bruder tasche taschen leder schwarz braun stil elegant
        klassisch klassischer modern reise reisen reist januar februar märz april mai juni juli
        august september oktober november dezember nachfassen liebt lieben bevorzugt
        leidenschaftlich beide zusammen familie neue neuer neuen neues ausgezeichnet
        ausgezeichnete potenzial vegetarier vegetarierin veganer vegan vegane allergie
        unverträglichkeit sehr sammelt sammeln kunst hochzeit hochzeitstag zwei drei vier fünf
        regelmäßig regelmäßige gern gerne heute morgen gestern oma opa enkel enkelin schmuck uhr
        uhren schuhe farbe farben grau weiß rot gold silber treue stammkundin stammkunde erste
        besuch erwähnt einladen wichtig sommer frühling herbst winter zeigen arbeit haus stadt
        noch schon dann danach vorher während ohne über unter zwischen sowie bereits etwa viel
        viele nichts etwas alles alle festes fest weihnachten kommt wieder
    """,
    "PT": """
        o a os as um uma uns umas de do da dos das no na nos nas em com por pelo pela para sem
        sobre entre e ou mas também não mais muito muita muitos é são está estão tem têm foi era
        ele ela eles elas seu sua seus suas este esta isto esse essa isso que quem como onde
        quando anos ano mês semana próxima próximo cada sempre cliente clientes procura procuram
        presente presentes aniversário marido esposa filha filho filhos mãe pai irmã irmão bolsa
        bolsas couro preto preta castanho marrom estilo elegante clássico clássica moderno
        moderna viagem viagens viaja viajam janeiro fevereiro março abril maio junho julho
        agosto setembro outubro novembro dezembro ligar adora prefere apaixonado apaixonada
        ambos juntos família nova novo novos novas excelente potencial eventos evento
        vegetariana vegetariano vegana vegano alergia intolerância pratica coleciona colecionam
        arte casamento orçamento dois duas três quatro cinco mencionou acompanhamento reunião
        você hoje amanhã ontem avó avô neta neto namorada namorado joias relógio sapatos cor
        cores cinzento cinza branco vermelho dourado prata ouro regular ocasional primeira
        visita convidar importante verão primavera outono inverno mostrar trabalho casa cidade
        porque então já ainda depois antes durante enquanto senhora senhor quer querem gosta
        gostam aos às num numa dele dela nosso nossa fim fins joga golfe deseja vocês nenhum
        nenhuma nada algo tudo todos toda todas fixo fixa natal vai vão
    """,
    "NL": """
        de het een en of maar ook niet geen met voor van naar uit op aan in bij is zijn was
        waren heeft hebben had wordt worden hij zij ze haar hun deze dit die dat wie hoe waar
        wanneer jaar jaren maand maanden week volgende elke altijd klant klanten zoekt zoeken
        cadeau cadeaus verjaardag echtgenoot echtgenote man vrouw dochter zoon kinderen moeder
        vader zus broer tas tassen leer leder zwart bruin stijl elegant elegante klassiek
        klassieke modern moderne reis reizen reist januari februari maart april mei juni juli
        augustus september oktober november december terugbellen houdt voorkeur gepassioneerd
        beiden samen familie nieuwe nieuw uitstekend uitstekende potentieel evenementen
        vegetariër vegetarisch veganist veganistisch allergie zeer erg verzamelt kunst bruiloft
        huwelijk twee drie vier vijf afspraak vandaag morgen gisteren oma opa kleindochter
        kleinzoon sieraden horloge horloges schoenen kleur kleuren grijs wit rood goud zilver
        trouwe vaste eerste bezoek genoemd uitnodigen belangrijk zomer lente herfst winter laten
        werk huis stad omdat dan nog al daarna tijdens zonder wil willen graag heel veel onze
        mijn jullie u ik wij er hier daar bent ben niets iets alles alle vast kerst komt terug
    """,
}

LEXICONS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _WORDS.items()
}

# Orthographic cues (suffixes, clusters, letters). Weighted lower than whole words and only
# consulted for words that no lexicon knows.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "FR": ("eux", "euse", "euses", "ée", "ées", "és", "ère", "ières", "ier", "aux", "eau", "eaux",
           "oire", "ais", "ait", "aient", "ique", "iques", "ement", "té", "tés", "elle", "ette"),
    "EN": ("ing", "ly", "ed", "ness", "ship", "ful", "ght", "ous", "ies", "ers", "ity", "ive"),
    "IT": ("zione", "zioni", "ità", "etto", "etta", "ini", "oni", "ato", "ata", "ati", "ate",
           "ico", "ici", "issimo", "ista", "iste", "ale", "ali", "ere", "are", "ire", "mente"),
    "ES": ("ción", "ciones", "dad", "idad", "ado", "ada", "ados", "adas", "ico", "icos", "ista",
           "mente", "oso", "osa", "ero", "era", "ía", "ías"),
    "DE": ("ung", "ungen", "heit", "keit", "lich", "isch", "ische", "schaft", "chen", "tion",
           "ten", "ern", "ig", "ige", "iger"),
    "PT": ("ção", "ções", "ão", "ões", "ade", "ados", "adas", "mente", "inho", "inha", "eiro",
           "eira", "oso", "osa"),
    "NL": ("heid", "lijk", "lijke", "tje", "tjes", "isch", "ische", "en", "ing", "ig", "ige"),
}

CLUSTERS: dict[str, tuple[str, ...]] = {
    "FR": ("eau", "oux", "qu'", "aî", "oî", "œ"),
    "EN": ("th", "wh", "ck", "sh", "ea", "oo", "w"),
    "IT": ("gli", "cch", "zz", "cci", "ggi", "sci"),
    "ES": ("ñ", "ll", "rr"),
    "DE": ("sch", "tz", "ß", "ä", "ö", "ü", "ei", "ie", "pf", "chs"),
    "PT": ("nh", "lh", "ã", "õ", "ç"),
    "NL": ("ij", "oe", "aa", "uu", "ee", "sch", "cht"),
}

# Diacritics that single out a language (counted per occurrence in the whole text).
LETTER_CUES: dict[str, dict[str, float]] = {
    "ñ": {"ES": 2.0},
    "ß": {"DE": 2.0},
    "ä": {"DE": 1.0},
    "ö": {"DE": 1.0, "NL": 0.2},
    "ü": {"DE": 1.0},
    "ã": {"PT": 2.0},
    "õ": {"PT": 2.0},
    "ç": {"FR": 0.7, "PT": 0.7},
    "è": {"FR": 0.6, "IT": 0.6},
    "ê": {"FR": 0.7, "PT": 0.5},
    "â": {"FR": 0.6, "PT": 0.6},
    "î": {"FR": 1.0},
    "ô": {"FR": 0.7, "PT": 0.5},
    "û": {"FR": 1.0},
    "ù": {"FR": 0.4, "IT": 0.8},
    "ì": {"IT": 1.5},
    "ò": {"IT": 1.5},
    "á": {"ES": 0.6, "PT": 0.6},
    "í": {"ES": 0.8, "PT": 0.5},
    "ó": {"ES": 0.8, "PT": 0.5},
    "ú": {"ES": 0.7, "PT": 0.5},
    "ë": {"NL": 0.8, "FR": 0.3},
    "ï": {"FR": 0.5, "NL": 0.5},
}
