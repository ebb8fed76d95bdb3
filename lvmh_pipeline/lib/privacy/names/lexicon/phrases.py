"""Phrases and labels that introduce a name, words never taken for a name after them, brands."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.lexicon.helpers import _words

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
    "gebeld met", "ontmoet", "sprak met", "belde", "mailde", "appte", "разговор с", "звонок от", "говорил с", "говорила с", "звонил",
    "звонила", "позвонил", "позвонила",
    # the client as the subject after the verb ("Llamó Rubio:", "Ligou a Rocha", "ha chiamato Greco")
    "llamó", "ha llamado", "pasó", "escribió", "ligou", "ligou a", "ligou o", "telefonou",
    "veio a", "veio o", "passou a", "passou o", "ha chiamato", "è passata", "è passato",
    "a appelé", "est passée", "est passé",
    # who sent the client ("ref. by Grace Owens", "recommandée par Hélène Roy", "empfohlen von Frau …")
    "referred by", "ref. by", "ref by", "recommended by", "introduced by", "référée par", "référé par",
    "recommandée par", "recommandé par", "envoyée par", "envoyé par", "consigliata da", "consigliato da",
    "segnalata da", "segnalato da", "presentata da", "presentato da", "recomendada por", "recomendado por",
    "referida por", "referido por", "indicada por", "indicado por", "empfohlen von", "vermittelt von",
    "aanbevolen door", "doorverwezen door", "по рекомендации",
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
    # the name someone goes by ("il se fait appeler Max", "she goes by Bea")
    "goes by", "prefers to be called", "likes to be called", "se fait appeler", "si fa chiamare",
    "se hace llamar", "se faz chamar",
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
    # the surname word itself, before a surname that is a word too ("apellido Lobo", "фамилия Серая")
    "surname", "last name", "family name", "apellido", "cognome", "sobrenome", "apelido", "nachname",
    "familienname", "achternaam", "фамилия", "фамилию", "фамилией", "по фамилии",
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
    srl spa gmbh ag kg ohg bv nv sas sarl lda ltda ltd llc inc plc hnos hermanos holding group gruppe
    groep gruppo grupo cie fils figli hijos filhos söhne zonen sons azienda ditta empresa firma bedrijf
    société societe entreprise cabinet kanzlei bodegas cantina weingut domaine atelier laboratorio
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
