"""Words capitalised at the start of a note or sentence; months and days."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

# Words capitalised at the start of a note or a sentence in the Latin-script languages: roles,
# kin, visits, needs, time words, greetings, pronouns, verbs advisors start sentences with, the
# spoken calls a voice note opens on ("Listen, …", "Escucha, …", "Kijk, …") and an order's heading;
# abbreviated titles ("Esposa, Dra. Sofia") are no names either ("Eng." stays out: Eng is a surname).
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
    studio gmbh mbh nv srl spa sarl sas ltd llc inc plc kg ohg advies associati associates associés associes
    asociados associados advocaten advocatuur notariaat consulting consultancy consultants partners partnerschaft
    cabinet bufete escritório escritorio holding beheer
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
    drs ir ing dra drª prof profa profª arq arqª lic dott dott.ssa avv sra srta dña dª
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
    listen look hey écoute écoutez regarde regardez tiens escucha escuche escuchá oiga mirá
    olhe ouça ouve escuta escute veja ascolta ascolti kijk luister hoor schau
    guck hör слушай слушайте смотри смотрите
    order orders commande commandes bestellung bestellungen bestelling bestellingen ordine ordini
    pedido pedidos encomenda encomendas заказ
    im
    llamó pasó escribió preguntó ligou passou escreveu chiamò passò appelé rief schrieb belde
    called phoned rang emailed texted
    """
)

# Adjectives of size, age and worth that are family names too ("Petit", "Klein", "Young"): a note
# opening on one right before a lower-case noun ("Petit mémo, …") names no one. Everywhere else they
# are names as much as words ("Mme Petit", "Petit, 63 ans", "pas Petit, Petitjean"): no ordinary words.
SURNAME_ADJECTIVES = _words(
    """
    petit petite petits petites grand grande grands grandes gros grosse jeune vieux bon bonne beau belle
    little small young good grand
    klein kleine kleiner kleines groß große großer jung junge alt alte lang lange kurz kurze
    pequeño pequeña bueno buena
    piccolo piccola bello bella
    pequeno pequena
    """
)

MONTHS_AND_DAYS = _words(
    """
    tue tues thu thur thurs fri weds
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
