"""Vocabulary of :mod:`.context`: places, firms, feasts and houses named after people.

Word lists only, lower-case. ``NAMED_AFTER_PEOPLE`` holds whole names of several words (a hyphen
in the text matches a space here); then the nouns before and after a place's or a firm's name, the
contracted articles of place, and the verbs of working, studying, shopping and staying after which
a preposition names where. Single words (shops, houses in Cyrillic) are ordinary words of
:mod:`..guard_words.named_places`.
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words


def _lines(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


# Streets, squares, airports, schools, hospitals, firms, shops, restaurants, feasts, houses and works
# (operas, paintings) that carry a person's name, as notes write them without the noun that says so ("trabalha na Faria
# Lima", "paseo por Claudio Coello", "Morgan Stanley", "los Reyes Magos", "Monsieur Bleu").
NAMED_AFTER_PEOPLE: tuple[str, ...] = _lines(
    """
    oscar freire
    faria lima
    brigadeiro faria lima
    haddock lobo
    juscelino kubitschek
    santos dumont
    marquês de pombal
    marques de pombal
    duque de caxias
    visconde de pirajá
    barão de mauá
    humberto delgado
    fernando de noronha
    getúlio vargas
    getulio vargas
    oswaldo cruz
    albert einstein
    antónio augusto de aguiar
    fontes pereira de melo
    almirante reis
    claudio coello
    ortega y gasset
    josé ortega y gasset
    príncipe de vergara
    marqués de salamanca
    conde de peñalver
    núñez de balboa
    ramón y cajal
    gregorio marañón
    adolfo suárez
    benito juárez
    presidente masaryk
    doña manolita
    reyes magos
    purificación garcía
    adolfo domínguez
    paco rabanne
    monsieur bleu
    don giovanni
    don quichotte
    don quijote
    don quixote
    don carlo
    don pasquale
    madama butterfly
    madame butterfly
    mona lisa
    jules verne
    jeanne d'arc
    puerta de hierro
    alex atala
    rose des vents
    madame figaro
    george v
    georges v
    françois ier
    françois 1er
    henri iv
    pierre charron
    louis-le-grand
    janson-de-sailly
    galeries lafayette
    grimaldi forum
    princesse grace
    vittorio emanuele
    marco polo
    galileo galilei
    amerigo vespucci
    sandro pertini
    cristoforo colombo
    principe di savoia
    agostino gemelli
    franz josef strauß
    franz josef strauss
    willy brandt
    konrad adenauer
    ludwig beck
    ludwig maximilians
    max planck
    alexander von humboldt
    albert heijn
    antoni van leeuwenhoek
    jeroen bosch
    johannes vermeer
    morgan stanley
    goldman sachs
    jp morgan
    j.p. morgan
    merrill lynch
    lehman brothers
    charles schwab
    marks & spencer
    fortnum & mason
    harvey nichols
    bergdorf goodman
    neiman marcus
    brooks brothers
    johns hopkins
    mount sinai
    cedars-sinai
    lincoln center
    carnegie hall
    rockefeller center
    john f. kennedy
    scott's
    annabel's
    harry's bar
    великий новгород
    нижний новгород
    доктор живаго
    докторе живаго
    """
)

# Nouns before the name of a place or an organisation (one, with its particles: "Hospital Gregorio
# Marañón", "calle Velázquez", "aeroporto Leonardo da Vinci"). No "via", "chez", "bei": a person
# follows them as often ("via Marcus", "chez Nour").
PLACE_NOUNS_BEFORE = _words(
    """
    hospital hôpital ospedale policlinico clínica clinica clinique klinik klinikum kliniek ziekenhuis
    universidad universidade université university università universität universiteit instituto
    institut institute istituto fundação fundación fondation fondazione stiftung foundation colegio
    colégio collège lycée liceo gymnasium gimnasio aeropuerto aeroporto aéroport airport flughafen
    luchthaven estación estação gare stazione bahnhof hotel hôtel albergo museo musée museum museu
    teatro théâtre calle rua rue viale corso avenida avenue boulevard bulevar paseo praça plaza
    piazza piazzale largo straße strasse laan alameda travessa banco banca bank banque
    palacio palácio palazzo palais palast paleis pousada posada
    """
)

# Nouns after the name of a place or an organisation ("Grimaldi Forum", "Harry's Bar",
# "Ludwig-Maximilians-Universität"); those that are family names too (Hall, Park) only after a hyphen.
ORG_NOUNS_AFTER = _words(
    """
    bar pub café caffè cafe restaurant ristorante restaurante brasserie bistro bistrot trattoria osteria
    club hotel palace forum center centre centro tower towers institute institut instituto istituto
    museum musée museo gallery galerie galleria foundation fondation stiftung fundación fundação
    fondazione university universität universidad universidade université università universiteit
    college schule gymnasium lyzeum hospital klinik klinikum clinic clinique kliniek ziekenhuis
    stadium stadion stadio estadio arena airport flughafen luchthaven aeroporto station bahnhof
    building gebäude haus platz allee straße strasse gasse ufer brücke markt plaza mall outlet village
    kirche church cathedral dom preis prize award memorial gruppe group groep grupo gruppo
    bay beach sands gardens resort suites heights wharf quay
    """
)

# The end of a street's name written in one word ("Cornelis Schuytstraat", "Maximilianstraße").
STREET_ENDINGS: tuple[str, ...] = (
    "straat", "laan", "plein", "gracht", "kade", "singel", "dreef", "steenweg", "straße", "strasse",
    "platz", "allee", "gasse", "ufer", "damm",
)

# Contracted articles before a place in running text ("no Mackenzie", "na Faria Lima", "alla
# Bocconi", "au Bristol", "du Meurice", "en el Botín"), never before a person there.
PLACE_ARTICLES: tuple[str, ...] = (
    "no", "na", "nos", "nas", "num", "numa", "al", "alla", "allo", "agli", "nel", "nella", "dal", "dalla",
    "au", "du", "en el", "en la",
)

# Verbs of working, studying, shopping and staying, then a preposition: what follows is where
# ("werkt bij Philips", "arbeitet bei Siemens", "insegna alla Bocconi", "kauft sonst bei Breuninger").
WHERE_VERBS = _words(
    """
    works work working worked studies studied studying shops shopping shopped stays staying stayed
    arbeitet arbeiten tätig studiert kauft kaufen einkaufen übernachtet
    travaille travaillait étudie achète loge séjourne
    trabaja trabajaba estudia compra se aloja hospeda hospedado hospedada
    trabalha trabalhava estuda estudou formado formada compras fica hospedada hospedado
    lavora lavorava studia insegna alloggia soggiorna
    werkt werkte studeert winkelt koopt
    работает работал работала учится учился училась закупается покупает
    """
)
WHERE_PREPOSITIONS = _words(
    """
    at in bei beim im am an chez à au aux en em no na nos nas alla al allo presso nella nel bij aan op в во на
    """
)

# Arabic nouns of a place or an organisation in the construct state: the word after one names it
# ("شارع الشيخ زايد", "بنك الراجحي", "مجموعة العليان"); the titles that may stand between. No "طريق":
# "عن طريق الكلباني" is "through al-Kalbani", a person.
ARABIC_PLACE_NOUNS = _words(
    """
    شارع مطار جامعة مستشفى مدينة برج بنك مصرف مجموعة شركة مؤسسة مركز فندق مسجد جامع ميدان دوار
    مدرسة كلية معهد قاعة نادي منتجع مول سوق أسواق قصر حديقة جسر ميناء محطة ملعب مجمع مطعم مقهى
    """
)
ARABIC_TITLES_IN_PLACES = _words("الشيخ الشيخة الملك الملكة الأمير الأميرة الامير الاميرة الإمام الامام السلطان الرئيس")
# Arabic product nouns a line named after a person follows ("تاج جوزفين"), besides the house's.
ARABIC_LINE_NOUNS = _words("تاج طقم مجموعة تشكيلة ساعة خاتم عقد سوار قلادة حقيبة")
