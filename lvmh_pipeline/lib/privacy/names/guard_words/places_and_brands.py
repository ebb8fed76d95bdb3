"""Places, brands and products, colours and materials, famous names, words before a place or an organisation."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words
from lvmh_pipeline.lib.privacy.names.guard_words.houses import HOUSES_OTHER_SCRIPTS
from lvmh_pipeline.lib.privacy.names.guard_words.named_places import CYRILLIC_HOUSES, DEMONYM_NOUNS, VENUE_WORDS

PLACES = VENUE_WORDS | DEMONYM_NOUNS | _words(
    """
    paris london londres londra milan milano milán mailand rome roma rom madrid barcelona berlin
    munich münchen monaco monte-carlo frankfurt hamburg düsseldorf vienna wien genève geneva genf
    zürich zurich lisboa lisbon lisbonne porto amsterdam rotterdam bruxelles brussels brüssel
    antwerpen anvers tokyo kyoto osaka dubai doha riyadh abu seoul busan singapore shanghai beijing
    pékin hong kong macau taipei moscow moscou moskau moscú москва петербург sochi new york ny nyc
    europe europa európa европа европы европе европу европой asien asie азия азии африка африки
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
    dubái tokio tóquio pekín pequim pechino peking parís parigi parijs londen moskou moskva estambul
    ginebra genebra ginevra múnich munique venecia veneza venetië nápoles neapel napels milaan seúl
    séoul singapur singapura singapour shanghái xangai bruselas bruxelas brussel ámsterdam amesterdão
    atenas atene athen prag varsovia varsóvia warschau copenhague kopenhagen estocolmo stockholm
    viena vienne zúrich riad riade abudabi beirut beirute beyrouth caire marrakesch casablanca
    french français française english anglais anglaise british britannique italian italien
    italienne italiano italiana spanish espagnol espagnole español española german allemand
    allemande deutsch deutsche tedesco tedesca alemán alemana dutch néerlandais hollandais
    russian russe russo russa ruso rusa russisch japanese japonais japonaise giapponese japonés
    chinese chinois chinoise cinese chino china chinees korean coréen coréenne coreano coreana
    american américain américaine americano americana amerikanisch swiss suisse svizzero suizo
    belgian belge brazilian brésilien arab arabe arabo árabe emirati émirien saudi qatari
    lebanese libanais libanaise indian indien indienne portuguese portugais portugaise greek grec
    grecque turkish turc turque irish irlandais irlandaise irlandese irlandés irlandesa irlandês scottish
    écossais écossaise welsh nigerian nigérian nigériane ghanaian
    iers ierse engelse franse duits duitse italiaans italiaanse spaans spaanse amerikaans
    amerikaanse brits britse belgisch belgische nederlandse chinees japans japanse russisch russische
    schots schotse marokkaans marokkaanse turks turkse surinaams surinaamse
    irisch irische englisch englische französisch französische italienisch italienische spanisch
    spanische amerikanisch amerikanische britisch britische schottisch schottische türkisch türkische
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
    heathrow gatwick stansted luton schiphol orly roissy fiumicino malpensa linate barajas changi narita
    haneda incheon gimpo pudong hongqiao zaventem шереметьево домодедово внуково пулково
    шанхай париж лондон пекин токио милан рим нью-йорк дубай сеул гонконг ницца женева цюрих вена
    берлин мадрид барселона стамбул баку алматы астана ташкент тбилиси ереван минск сочи казань
    almaty astana tashkent baku tbilisi yerevan
    strasse gasse laan gracht plein rue quai ave blvd rd sq pkwy hwy drive terrace crescent
    """
)

# Single-word house, brand and product names (names of people behind a house are in
# FAMOUS_NAMES, so that "Marc" or "Paul" stay ordinary given names).
BRANDS_AND_PRODUCTS = HOUSES_OTHER_SCRIPTS | CYRILLIC_HOUSES | _words(
    """
    vuitton dior fendi celine céline loewe givenchy kenzo berluti bulgari bvlgari tiffany chaumet
    vogue tatler forbes monocle bazaar kinfolk
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
    mugler lancôme lancome diptyque byredo penhaligon's uber lyft blacklane cabify
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
    georg_jensen helmut_newton damien_hirst andy_warhol jeff_koons yayoi_kusama takashi_murakami pablo_picasso
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
    van_cleef de_beers charles_heidsieck louis_roederer pierre_hermé pierre_herme alain_ducasse
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
    جامعة الجامعة كلية مستشفى مدرسة معهد مسجد جامع مركز مطار شارع حي برج فندق نادي بنك وزارة مؤسسة
    الملك الإمام مدينة مجمع قاعة مستوصف
    laan straat weg plein gracht kade steenweg dreef
    loja filial boutique tienda negozio winkel filiale flagship store shopping
    sé catedral cattedrale kathedrale kathedraal basílica basilica basilique chapel capela cappella
    chapelle capilla kapelle kapel igreja kerk mosteiro monasterio monastero monastère kloster klooster
    abbaye abbazia abadía abdij abtei abbey santuário santuario sanctuaire mesquita mezquita moschea
    mosquée moschee moskee mosque sinagoga synagogue synagoge tempio templo собор храм церковь мечеть
    синагога
    """
)

# Cities that only say where someone is from after "da" / "di" / "de" / "aus" ("Sig. Rota da
# Torino"): not in PLACES, as some are surnames standing alone too ("Sig.ra Verona").
CITIES_AFTER_FROM = _words(
    """
    torino turin lugano locarno bellinzona mendrisio ginevra zurigo basilea berna losanna lucerna
    parigi lisbona mosca pechino varsavia praga bologna verona bergamo brescia padova genova napoli
    palermo bari trieste monza modena parma lione marsiglia nizza siviglia colonia anversa amburgo
    francoforte dublino edimburgo atene lausanne lausana basel bâle berne bern luzern lucerne
    sevilha colónia genebra zurique londrès
    monterrey guadalajara puebla querétaro mérida tijuana cancún oaxaca medellín cali barranquilla cartagena
    rosario valparaíso arequipa cusco cuzco guayaquil cochabamba montevideo asunción
    braga coimbra viseu aveiro faro leiria setúbal évora funchal guimarães covilhã
    málaga zaragoza murcia alicante salamanca burgos granada cádiz santander oviedo pamplona
    curitiba recife fortaleza manaus belém campinas goiânia florianópolis
    """
)
