"""Name particles, kin words and the words of an age written beside a name."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.lexicon.helpers import _words

PARTICLES: frozenset[str] = _words(
    """de di da del della dello dei van von der den du le la dos das do ter ten mac st st. saint
    sainte al el bin ben bint abu ibn d' d’ o' o’ y zu vom ó ní nic uí 't ’t
    abi abou aboul bou abdel abdul abd ould
    фон ван дер ден де ди дю ла ле цу"""
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
    nicht neef vriend vriendin verloofde man
    дочь дочка дочерью сын сыном муж мужем жена женой мать матерью мама мамой отец отцом папа
    сестра сестрой брат братом внучка внучкой внук внуком племянница племянник невеста жених
    подруга подругой друг другом партнёр партнер крестник крестница дочкой дочки сыночек
    сыночком внучку внуком внучек
    belle-sœur beau-frère petite-amie petit-ami copine copain époux bru marraine parrain
    grand-mère grand-père mamie papi
    son-in-law daughter-in-law mother-in-law father-in-law sister-in-law brother-in-law fiance
    spouse twin aunt uncle grandma grandpa granny stepmother stepfather
    auntie aunty grandad granddad tonton tata vovó vovô nana
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
    neefje oom broertje zusje stiefvader stiefmoeder stiefzoon stiefdochter
    братик сестрёнка сестренка сестричка fratellino sorellina irmãzinha irmãozinho
    жены жене жену мужа мужу сына сыну дочери дочке дочку внука внуку внучки внучке невестка
    невестки невестке невесткой зять зятя зятю свекровь свекрови тёща тёщи теща тещи девушка
    девушки девушке девушкой парень парня парню партнёра партнёру партнёром партнера партнеру
    партнером партнёрша партнерша партнёршей партнершей партнёршу партнершу партнёрши партнерши подруги подруге подругу друга другу сестры сестре сестру брата
    брату бабушки бабушке дедушки дедушке племянника племяннику племянницы племяннице крестника
    крестнице супруг супруга супруге супругой
    mulher esposo sogra sogro nora enteada enteado madrinha padrinho amiga amigo madrina padrino
    compañero compañera gatte gattin pate patin hubby wifey bf gf bestie
    urenkelin urenkel enkeltochter enkelsohn großnichte großneffe achterkleindochter achterkleinzoon
    arrière-petite-fille arrière-petit-fils great-granddaughter great-grandson
    marit filla germà germana nét néta sogre cunyat cunyada nebot neboda
    """
)
# Assistants, aides, carers, drivers, guides and staff, named like kin ("her assistant Fern", "su secretaria
# Paloma", "Assessor: Caio", "his driver Obi", "his PA Imogen", "her EA Rosalind", "гид Ли"): a word missing from the
# lexicon follows them as a person after a possessive or article, not an ordinary word ("la
# secretaria General" is a title)
ASSISTANT_WORDS: frozenset[str] = _words(
    """
    assistant assistante assistente asistente assistentin assistent sekretärin secretary secretaria
    secretario secrétaire segretaria secretária secretaresse secretaris nanny babá niñera kinderfrau
    ассистентка ассистент помощница помощник секретарша секретарь chauffeur autista chófer chofer
    motorista fahrer fahrerin chauffeuse trainer bodyguard driver housekeeper butler maid carer
    caregiver gouvernante majordome nounou mayordomo asistenta escolta maggiordomo governante
    badante mordomo governanta empregada haushälterin leibwächter huishoudster oppas lijfwacht
    водитель водителя водителем шофёр шофер шофёра шофера няня няней охранник
    помощницы помощнице помощницей помощницу помощника помощнику помощником ассистентки ассистентке
    ассистенткой ассистента ассистенту ассистентом секретаря секретарю секретарём секретарем водителю
    няни няне няню охранника
    pflegerin pfleger betreuerin cuidadora cuidador cuidadeira verzorgster verzorger
    сиделка сиделки сиделкой
    assessor asesor asesora aide adviser advisor
    pa ea
    """
)
# Guides of a tour group, named as drivers are ("guide Li.", "гид Ли"); a guide is a book too ("la
# guía Repsol", "Guide Michelin"): only a listed name follows one as a person
GUIDE_WORDS: frozenset[str] = _words(
    """
    guide guida guía guia gids reiseleiter reiseleiterin fremdenführer fremdenführerin
    гид гида гиду гидом экскурсовод экскурсовода экскурсоводом
    """
)
ASSISTANT_WORDS = ASSISTANT_WORDS | GUIDE_WORDS
KIN_WORDS = KIN_WORDS | ASSISTANT_WORDS
# Words of a post that follow a staff word capitalised ("secretaria General", "assistant Senior").
ROLE_QUALIFIERS: frozenset[str] = _words(
    """
    general générale generale personal personnelle personnel personale persönliche persönlicher
    persoonlijke private privé privée privada privado privata executive ejecutiva ejecutivo
    esecutiva esecutivo exécutive senior junior chief head principal principale particular
    particulier particulière comercial commerciale commercial técnica técnico technique tecnica
    administrativa administrativo administrative administratif amministrativa
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
