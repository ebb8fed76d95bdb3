"""Russian words, function words, headings, product words, services and occasions, diet and health."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.guard_words.helpers import _words

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
    швейцария австрия германия испания англия великобритания америка сша китай япония корея индия
    турция греция португалия голландия нидерланды бельгия швеция норвегия дания финляндия польша
    чехия венгрия египет саудовская аравия катар кувейт бахрейн оман иран ливан сирия иордания
    марокко тунис алжир бразилия аргентина мексика канада австралия казахстан узбекистан грузия
    армения азербайджан украина беларусь латвия литва эстония монако люксембург сингапур таиланд
    вьетнам индонезия малайзия эмираты швейцарии австрии германии испании англии италии франции
    вместе тоже уже сразу опять давно недавно теперь никогда иногда часто редко лично вдвоём вдвоем
    втроём втроем
    """
)

# Prepositions, adverbs and determiners that open a sentence, often before a number ("Seit 23
# Jahren", "Al 17 jaar", "Since 2015", "Depuis 10 ans", "Уже 5 лет", "Pros 80 anos dele", "Zum 60.").
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
    quando onde como pro pra pros pras prum pruma aos pelo pela pelos pelas num numa nuns numas
    dum duma
    seit vor zum zur beim vom nach mit für über ab bis fast knapp rund schon erst noch nur auch jede jeder alle
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
    surnom nickname spitzname rufname soprannome apodo apelido alcunha bijnaam roepnaam прозвище кличка
    fecha date data datum дата hora horário horario heure uhrzeit orario tijdstip время lugar lieu luogo ort
    plaats место motivo motif anlass aanleiding причина
    """
)  # the nouns of a nickname field ("Spitzname Hasi", "Nickname: Bim") name no one

# Product nouns that a size or a reference can follow in parentheses ("Bague (52)").
PRODUCT_WORDS = _words(
    """
    bag bags handbag tote wallet belt scarf shoes sneakers boots watch watches ring rings bracelet
    necklace earrings pendant brooch cufflinks sunglasses perfume fragrance jacket coat dress suit
    shirt trunk luggage suitcase card holder clutch clutches pouch pouches
    sac sacs pochette pochettes minaudière trousse portefeuille ceinture foulard chaussures baskets bottes montre montres bague bagues
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
