"""Words of allergies told by a reaction (:mod:`.reactions`): symptoms in 12 languages, medical and
everyday ("hives", "itchy", "eyes stream", "Ausschlag", "yeux qui coulent", "обсыпает", "蕁麻疹",
"두드러기", "起疹子", "طفح"), and the words around them that undo a reaction: a negator before it, a
past reaction ("any more"), an illness that is no allergy ("a cold").

Entries are ``|``-separated; a Latin entry ending in ``*`` is a stem (the word may go on). Every
entry is folded when the lexicon is built.
"""

from __future__ import annotations

__all__ = ["ILLNESSES", "NEGATORS", "NOT_ALLERGIES", "PAST", "REFUSALS", "SYMPTOMS"]

SYMPTOMS: dict[str, str] = {
    "EN": "rash*|hives|itch*|red patches|red blotches|blotch*|red spots|red marks|red ears|red earlobes|red skin|"
          "welts|bumps|blister*|swell*|swollen|puffs up|puffy eyes|puffy lips|sneez*|watery eyes|eyes water|"
          "eyes stream|eyes streaming|streaming eyes|eyes run|runny nose|nose runs|stuffy nose|headache*|migraine*|"
          "bloat*|stomach ache*|stomach cramps|tummy ache*|thick throat|throat closes|throat closing|throat swells|"
          "tight throat|anaphyla*|epipen|epi pen|eczema|flares up|breaks out|raw hands|raw skin|cracked skin|"
          "peeling skin|wheez*|short of breath|can t breathe|can t digest|doesn t digest|does not digest|"
          "scratchy throat|throat itches|itchy throat|tingl*|cough*|lips swell|lips go numb|inflamed|sore ears|"
          "weeping skin|goes red|turns red|gets red|goes all red|turns all red|go red|turn red|go all red",
    "FR": "demangeaison*|demange|gratte|plaques|plaques rouges|rougeur*|boutons|urticaire|eczema|gonfle*|gonfler|"
          "enfle*|eternu*|yeux qui coulent|yeux qui pleurent|larmoi*|nez qui coule|mal de tete|maux de tete|"
          "migraine*|ballonnement*|gorge serree|gorge qui gonfle|gorge qui se serre|oedeme|cloques|irrite*|"
          "brulures|peau a vif|mains a vif|digere pas|digere mal|eruption*|choc anaphylactique|devient rouge|devient toute rouge|devient tout rouge",
    "DE": "ausschlag|hautausschlag|juckt|juckreiz|jucken|rotung*|rote flecken|rote stellen|rote ohren|quaddeln|"
          "pusteln|blaschen|blasen|geschwollen*|schwillt|schwellung*|anschwellen|niest|niesen|niesanfall*|"
          "tranende augen|augen tranen|laufende nase|nase lauft|kopfschmerz*|kopfweh|migrane|blahungen|bauchweh|"
          "bauchschmerz*|hals schwillt|dicker hals|ekzem*|nesselsucht|verdaut nicht|verdaut schlecht|wunde hande|wird rot|wird ganz rot",
    "IT": "prurito|prude|pizzica|pizzicore|bolle|bollicine|vesciche|eruzion*|arrossament*|macchie rosse|"
          "chiazze rosse|gonfi*|starnut*|lacrima*|occhi che lacrimano|naso che cola|mal di testa|emicrania|"
          "orticaria|eczema|gola chiusa|gola gonfia|sfogo|sfoghi|irrita*|non digerisce|digerisce male|mani screpolate|"
          "fa grattare|si gratta|gratta|diventa rossa|diventa rosso|diventa tutta rossa|diventa tutto rosso|si arrossa",
    "ES": "picor*|pica|pican|ronchas|sarpullido|erupcion*|granitos|ampollas|manchas rojas|rojeces|enrojec*|"
          "hinchad*|hinchazon|se hincha|estornud*|ojos llorosos|le lloran los ojos|lagrimeo|moqueo|mocos|"
          "dolor de cabeza|migrana|jaqueca|urticaria|eccema|en carne viva|se le cierra la garganta|no digiere|"
          "digiere mal|irritad*|se pone roja|se pone rojo|se pone toda roja|se pone todo rojo|se le hincha*|se hinchan|le salen ronchas",
    "PT": "coceira|comichao|manchas|manchas vermelhas|vermelhidao|bolhas|brotoeja|urticaria|inchaco|inchad*|"
          "incha|espirr*|lacrimej*|olhos lacrimejando|nariz escorrendo|coriza|dor de cabeca|dores de cabeca|"
          "enxaqueca|garganta fechando|garganta fecha|irritad*|empolas|borbulhas|nao digere|digere mal|em carne viva|"
          "fica vermelha|fica vermelho|fica toda vermelha|fica todo vermelho|ficam vermelhas|ficam vermelhos|"
          "dor de barriga|dores de barriga|dor de estomago|dores de estomago|da diarreia",
    "NL": "jeuk|jeukt|uitslag|rode vlekken|rode plekken|rode oren|rode oorlellen|rode huid|vlekken|bultjes|bulten|"
          "blaasjes|opgezwollen|zwelt|zwelling*|dikke keel|dikke ogen|dikke lippen|niez*|niest|tranende ogen|"
          "loopneus|hoofdpijn|migraine|buikpijn|eczeem|netelroos|verteert niet|verteert slecht|kan niet verteren|wordt rood|"
          "wordt helemaal rood",
    "RU": "сыпь|сыпью|высыпан*|высыпает|обсыпа*|зуд|зудит|чешется|чешутся|чесотк*|красне*|покраснен*|"
          "красные пятна|пятна|пятнами|волдыр*|отек*|отекает|опухает|опухл*|распух*|чихает|чихани*|чихать|"
          "слезятся|насморк|сопли|заложен нос|болит голова|головн* бол*|мигрен*|вздути*|крапивниц*|экзем*|"
          "горло сжимается|не усваивает|не переваривает|першит|першение|кашля*|кашель|кашлем|воспаля*|воспален*|опуха*|"
          "опухли|опухла|пузыр*|зудят|задыха*|раздражени*|щиплет|жжение",
    "JA": "かゆ|痒|かぶれ|湿疹|発疹|じんましん|蕁麻疹|赤くなる|赤くなっ|赤み|腫れ|はれる|はれて|むくむ|水ぶくれ|ジュクジュク|"
          "じゅくじゅく|ぶつぶつ|ブツブツ|くしゃみ|鼻水|鼻づまり|頭痛|頭が痛|喉が腫れ|息苦し|お腹を壊|"
          "おなかを壊|下痢|消化できない|ただれ|イガイガ|いがいが|咳|せき込|ヒリヒリ|ひりひり|荒れ|ピリピリ|"
          "ぴりぴり|息が苦し|ゼーゼー|ぜいぜい|目がつら|鼻がつら|目と鼻がつら|鼻がムズムズ|鼻がむずむず|目がしょぼしょぼ|吐き気|吐いて|吐く|嘔吐",
    "ZH": "痒|起疹|红疹|疹子|湿疹|荨麻疹|红肿|肿起|肿了|起包|起泡|水泡|打喷嚏|喷嚏|流鼻涕|头疼|头痛|"
          "拉肚子|胀气|喉咙肿|发红|红点|消化不了|不消化|发炎|咳嗽|就肿|会肿|肿胀|发肿|肿得|长疹|刺痛|"
          "喘不上气|喘不过气|呼吸困难|起泡泡|起红疙瘩|起疙瘩|脱皮|会吐|就吐|吐了|呕吐|想吐|眼睛痒|鼻子痒|鼻塞",
    "KO": "가렵|가려워|가려우|간지러|간지럽|두드러기|발진|빨개|빨갛게|붉어|부어|붓고|붓는|부음|부으|부글부글|부글거|물집|재채기|콧물|두통|"
          "머리가 아프|머리 아프|머리가 아파|머리 아파|배탈|설사|목이 붓|목이 부|진물|뾰루지|소화가 안|소화를 못|간질간질|간질거|짓무르|"
          "짓물러|짓물|기침|따가|따끔|헐어|헐고|염증|배가 아프|배 아프|배가 아파|배 아파|숨이 차|숨쉬기|"
          "속이 안 좋|속이 불편|속 불편|속이 더부룩|속이 부대",
    "AR": "حكة|بيحك|بتحك|يحك|تحك|طفح|احمرار|بقع حمراء|تورم|ورم|انتفاخ|ينتفخ|تنتفخ|عطس|بيعطس|بتعطس|يعطس|تعطس|"
          "انتفخ|انتفخت|اتنفخ|اتنفخت|تورمت|تورم وجه|عيونه بتدمع|عيونها بتدمع|تدمع عيونه|تدمع عيونها|سيلان الانف|صداع|مغص|اكزيما|الشرى|حبوب حمراء|ما بيهضم|"
          "ما بتهضم|لا يهضم|لا تهضم|كحة|الكحة|كحه|سعال|ضيق نفس|ضيق تنفس|ضاق نفسه|ضاق نفسها",
}

# Levantine and Gulf "breaks out in spots" ("بيطلعله حبوب", "تطلع لها حبوب"): the verb, its person and its
# object pronoun, glued or not, then "spots".
_AR_OUT = tuple(
    f"{mood}{person}طلع{gap}{pronoun} حبوب"
    for mood in ("", "ب") for person in ("ي", "ت") for gap in ("", " ") for pronoun in ("له", "لها", "لي")
)
SYMPTOMS["AR"] += "|" + "|".join(_AR_OUT)

# A negator right before a symptom denies it: "no rash", "keine Rötungen", "sans démangeaisons".
NEGATORS = (
    "no not never without none nor kein keine keinen keiner nicht ohne nie pas sans jamais aucun aucune ni "
    "non senza nessun nessuna mai nemmeno sin nunca ningun ninguna nada sem nenhum nenhuma nem geen niet zonder "
    "nooit нет не без ни никогда никакой لا ما بدون مش ليس"
)
# A reaction said to be over ("no rash from wool any more", "n'a plus de plaques").
PAST = (
    "any more|anymore|no longer|used to|n a plus|ne fait plus|nicht mehr|kein mehr|keine mehr|non piu|"
    "piu nessun|ya no|ja nao|nao mais|niet meer|geen meer|больше не|уже не|もうない|もう出ない|出なくなった|"
    "治った|不再|已经不|더 이상|이제 안|안 나|لم يعد|ما عاد|صار ما"
)
# An illness whose symptoms are no allergy ("sneezing with a cold", "Kopfschmerzen von der Grippe").
ILLNESSES = (
    "cold|flu|fever|virus|infection|covid|grippe|rhume|fievre|erkaltung|erkaltet|fieber|raffreddore|influenza|"
    "febbre|resfriado|gripe|constipado|fiebre|resfriada|gripado|febre|verkoudheid|verkouden|griep|koorts|"
    "простуд*|простыл*|грипп*|температур*|風邪|インフル|熱が|感冒|发烧|发热|감기|독감|열이|زكام|انفلونزا|حرارة|"
    "hangover|gueule de bois|postumi|resaca|ressaca|похмель*|二日酔い|宿醉|숙취|food poisoning|intoxication alimentaire|"
    "lebensmittelvergiftung|intossicazione alimentare|intoxicacion alimentaria|intoxicacao alimentar|"
    "voedselvergiftiging|"
    "отравил*|отравлен*|食中毒|食物中毒|식중독|تسمم"
)
# A refusal that lets a reaction in the next clause speak of its trigger ("고양이는 안 돼요, 가까이 가면 재채기",
# "卵はダメで、食べるとじんましん", "wool is a no, she itches").
REFUSALS = (
    "no|not|never|can t|cannot|won t|nope|ng|non|pas|jamais|kein|keine|keinen|nicht|nie|niente|mai|nada|nunca|"
    "nao|geen|niet|нет|не|нельзя|ダメ|だめ|駄目|無理|ng|안 돼|안돼|안 되|못|不行|不能|受不了|لا|ما|ممنوع|مش"
)
# The sentence says the reaction is no allergy ("itches from wool but it's not an allergy", "알레르기는 아니래요").
NOT_ALLERGIES = (
    "not an allergy|no allergy|no allergies|not allergic|isn t an allergy|pas une allergie|pas d allergie|"
    "pas allergique|aucune allergie|keine allergie|keine allergien|nicht allergisch|non e un allergia|nessuna allergia|"
    "non allergic*|no es alergia|no es alergic*|ninguna alergia|sin alergias|nao e alergia|nao e alergic*|"
    "nenhuma alergia|sem alergias|geen allergie|niet allergisch|не аллергия|нет аллергии|аллергии нет|не аллергик|"
    "アレルギーではない|アレルギーじゃない|アレルギーはない|アレルギーなし|不是过敏|没有过敏|不过敏|알레르기는 아니|"
    "알레르기 아니|알레르기는 없|알레르기 없|ليست حساسية|مش حساسية|ما عندها حساسية|ما عنده حساسية"
)
