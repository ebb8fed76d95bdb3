"""Art. 9 breadth, round 2: statements written for this test (advisor style, telegraphic or
spoken), none taken from a held-out note, that stayed partly or wholly readable (lexicon 1.11.0):

- a condition's name no list held: a katakana eponym with its "病" ("メニエール病"), a syndrome
  ("過敏性腸症候群"), colloquial JA words ("メタボ", "肩こり", "痔", "ステロイド"), "老寒腿",
  "残疾人", "остеохондроз", "سن اليأس", "dengue", "hearing impairment";
- brand-name drugs in every language ("Eutirox", "Concor", "Adiro", "Pradaxa", "эутирокс", "Puran T4");
- a complaint about a body part ("trouble with his knees", "жалуется на колени", "мучается с
  поясницей", "сорвала спину", "يشتكي من ركبته", "مشكلة في الركبة", "fastidiado de la rodilla",
  "tiene mal la cadera");
- an organ taken out ("удалили матку", "شالوا المرارة", "Gallenblase wurde entfernt") and a
  procedure said by its context ("operada de cataratas", "عملية الماء الأبيض", "tem catarata");
- attached words on either side: a stage or type ("третьей стадии", "三期", "二型", "im Stadium 3"),
  a place of the body ("im Knie", "an der Lendenwirbelsäule", "шейного отдела"), a frequency
  before ("частые", "frequent"), JA "の後遺症", "注射", "の病気", "の手術", ZH "偏高", DE "Behandlung";
- circulation, mobility, a lump, a limp, an unsteady gait and what a specialist follows ("poor
  circulation", "problemas de movilidad", "bulto en el pecho", "хромает", "у эндокринолога",
  "血行が悪い", "走路很吃力"), a body part in a state ("tobillo torcido", "сломана рука",
  "ركبته منتفخة", "膝が腫れ"), a sense or an organ failing ("hearing is failing", "le falla la
  memoria", "胃腸が弱い"), and chronic plurals, "pills for >", "partially" before a condition;
- politics, practice and union said in a few more words ("в «Яблоке»", "votó a Esquerra",
  "れいわを応援", "stimmt immer für die FDP", "Republican campaign", "links-grün", "en contra de
  la monarquía"), a Korean practice in its telegraphic noun form ("성당에 다님").
Look-alikes that stay readable: heart-shaped, pressure, Cancer the zodiac sign, a party dress,
the Union Jack, a church wedding venue, a back order and a shoulder bag, a dress that fits badly
at the back, the Iguazú falls, an ill-fitting blazer, "Harris Tweed", a cheer for a baseball
team, "お金持ち", "骆驼背包", "يعرج على المحل", "Se confiesa fan de Dior", "약 3시".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

HEALTH = [
    ("JA", "奥様はメニエール病で、めまいが出やすい。", "メニエール病"),
    ("JA", "息子さんが過敏性腸症候群、長い移動は苦手。", "過敏性腸症候群"),
    ("JA", "ご主人、健診でメタボと言われたそう。", "メタボ"),
    ("JA", "肩こりがつらくて重いバッグは無理。", "肩こり"),
    ("JA", "ご主人は痔で長く座れない。", "痔"),
    ("JA", "ステロイドの塗り薬を使っている。", "ステロイド"),
    ("JA", "ご主人は脳梗塞の後遺症がある。", "脳梗塞の後遺症"),
    ("JA", "毎朝インスリン注射をしている。", "インスリン注射"),
    ("JA", "お母様は甲状腺の病気で通院。", "甲状腺の病気"),
    ("JA", "来月に白内障の手術を受ける予定。", "白内障の手術"),
    ("ZH", "她妈妈有老寒腿，冬天不出门。", "老寒腿"),
    ("ZH", "先生是残疾人，需要无障碍通道。", "残疾人"),
    ("ZH", "胃癌三期，刚开始化疗。", "胃癌三期"),
    ("ZH", "糖尿病二型，控制饮食。", "糖尿病二型"),
    ("ZH", "最近血压偏高，不要太累。", "血压偏高"),
    ("RU", "У мужа остеохондроз, тяжёлое не носит.", "остеохондроз"),
    ("RU", "Пьёт конкор каждое утро.", "конкор"),
    ("RU", "Постоянно жалуется на колени.", "жалуется на колени"),
    ("RU", "Мучается со спиной после перелёта.", "Мучается со спиной"),
    ("RU", "Недавно сорвал спину на даче.", "сорвал спину"),
    ("RU", "В прошлом году удалили матку.", "удалили матку"),
    ("RU", "Рак груди третьей стадии, лечится.", "Рак груди третьей стадии"),
    ("RU", "Частые головные боли, яркий свет мешает.", "Частые головные боли"),
    ("RU", "Грыжа шейного отдела, сумка только на плечо.", "Грыжа шейного отдела"),
    ("AR", "أمها في سن اليأس وتتعب بسرعة.", "سن اليأس"),
    ("AR", "عملية الماء الأبيض الأسبوع الجاي.", "الماء الأبيض"),
    ("AR", "شالت المرارة قبل شهر.", "المرارة"),
    ("AR", "زوجها يشتكي من ركبته.", "يشتكي من ركبته"),
    ("AR", "عندها مشكلة في الركبة ما تلبس كعب.", "مشكلة في الركبة"),
    ("ES", "Toma Eutirox en ayunas.", "Eutirox"),
    ("ES", "Tiene que tomar Adiro desde el susto.", "Adiro"),
    ("ES", "Se opera de cataratas en abril.", "cataratas"),
    ("ES", "Su marido anda fastidiado de la rodilla.", "fastidiado de la rodilla"),
    ("ES", "La madre tiene mal la cadera y no camina mucho.", "mal la cadera"),
    ("ES", "Migrañas frecuentes, evitar perfumes fuertes.", "Migrañas frecuentes"),
    ("EN", "Husband has a hearing impairment, speak slowly.", "hearing impairment"),
    ("EN", "He has been having trouble with his knees lately.", "trouble with his knees"),
    ("EN", "She mentioned issues with her thyroid.", "issues with her thyroid"),
    ("EN", "Frequent migraines, avoid strong scents.", "Frequent migraines"),
    ("EN", "Her father is on Pradaxa.", "Pradaxa"),
    ("DE", "Ihr Mann nimmt Concor.", "Concor"),
    ("DE", "Arthrose im Knie, keine hohen Absätze.", "Arthrose im Knie"),
    ("DE", "Bandscheibenvorfall an der Lendenwirbelsäule.", "Bandscheibenvorfall an der Lendenwirbelsäule"),
    ("DE", "Lungenkrebs im Stadium 4, sehr müde.", "Lungenkrebs im Stadium 4"),
    ("DE", "Die Gallenblase wurde entfernt.", "Gallenblase wurde entfernt"),
    ("DE", "Ist in psychotherapeutischer Behandlung.", "psychotherapeutischer Behandlung"),
    ("PT", "Está com dengue, remarcar.", "dengue"),
    ("PT", "A avó tem catarata.", "catarata"),
    ("PT", "Toma Puran T4 todo dia.", "Puran T4"),
    ("EN", "Mentioned her poor circulation, cold hands.", "poor circulation"),
    ("EN", "Husband is on medication for angina.", "medication for angina"),
    ("EN", "Has a kidney problem, drinks only water.", "kidney problem"),
    ("EN", "Partially paralysed since the accident.", "Partially paralysed"),
    ("EN", "Osteoarthritis in her fingers, rings must slide on easily.", "Osteoarthritis in her fingers"),
    ("ES", "Tiene mala circulación en las piernas.", "mala circulación"),
    ("ES", "Problemas de movilidad tras la operación.", "Problemas de movilidad"),
    ("ES", "Le encontraron un bulto en el pecho.", "bulto en el pecho"),
    ("ES", "Cefaleas crónicas desde joven.", "Cefaleas crónicas"),
    ("ES", "Toma pastillas para la diabetes.", "pastillas para la diabetes"),
    ("RU", "У мамы климакс, её бросает в жар.", "климакс"),
    ("RU", "Муж хромает после аварии.", "хромает"),
    ("RU", "Хронические мигрени, свет мешает.", "Хронические мигрени"),
    ("RU", "Плохое кровообращение, мёрзнут руки.", "Плохое кровообращение"),
    ("RU", "Ей удаляют желчный пузырь в июне.", "удаляют желчный пузырь"),
    ("RU", "Наблюдается у эндокринолога.", "у эндокринолога"),
    ("AR", "زوجها عنده صعوبة في الحركة.", "صعوبة في الحركة"),
    ("AR", "لقوا كتلة في الثدي.", "كتلة في الثدي"),
    ("AR", "جاتها كورونا الأسبوع اللي فات.", "كورونا"),
    ("AR", "عندها رهاب اجتماعي.", "رهاب اجتماعي"),
    ("AR", "عندها التهاب مفاصل في أصابعها.", "التهاب مفاصل في أصابعها"),
    ("JA", "血行が悪くて手が冷たい。", "血行が悪"),
    ("JA", "右半身に麻痺がある。", "半身に麻痺"),
    ("JA", "娘さんに知的障害がある。", "知的障害"),
    ("JA", "ご主人は低血圧で朝が弱い。", "低血圧"),
    ("ZH", "她血液循环差，手脚冰凉。", "血液循环差"),
    ("ZH", "先生走路很吃力。", "走路很吃力"),
    ("ZH", "正在备孕，不喝酒。", "备孕"),
    ("ZH", "她有肌瘤，下个月复查。", "肌瘤"),
    ("KO", "요즘 눈이 침침하심.", "눈이 침침"),
    ("DE", "Hat Rheuma in den Händen.", "Rheuma in den Händen"),
    ("DE", "Hat eine Sehschwäche.", "Sehschwäche"),
    ("PT", "Tem gastrite nervosa.", "gastrite nervosa"),
    ("PT", "Faz acompanhamento psiquiátrico.", "acompanhamento psiquiátrico"),
    ("EN", "He just had an operation on his wrist.", "operation on his wrist"),
    ("EN", "Her mother has been very ill since spring.", "very ill"),
    ("EN", "Her hearing is failing, speak up.", "hearing is failing"),
    ("ES", "Tiene el tobillo torcido desde el sábado.", "tobillo torcido"),
    ("ES", "Lleva la muñeca vendada.", "muñeca vendada"),
    ("ES", "Cojea desde el accidente.", "Cojea"),
    ("ES", "Le falla la memoria últimamente.", "falla la memoria"),
    ("RU", "У мужа сломана рука.", "сломана рука"),
    ("RU", "Дрожат руки по утрам.", "Дрожат руки"),
    ("RU", "Растяжение связок на лыжах.", "Растяжение связок"),
    ("AR", "عنده التواء في الكاحل.", "التواء في الكاحل"),
    ("AR", "زوجها يدوخ كثير.", "يدوخ"),
    ("AR", "ركبته منتفخة من أسبوع.", "ركبته منتفخة"),
    ("ZH", "他得了绝症。", "绝症"),
    ("ZH", "走路一瘸一拐的。", "一瘸一拐"),
    ("ZH", "她身体一直不太好。", "身体一直不太好"),
    ("JA", "足を引きずって歩いている。", "足を引きず"),
    ("JA", "膝が腫れて正座ができない。", "膝が腫れ"),
    ("JA", "胃腸が弱いので食事は軽め。", "胃腸が弱"),
    ("DE", "Hat Schmerzen im unteren Rücken.", "Schmerzen im unteren Rücken"),
    ("DE", "Hat Probleme mit den Augen.", "Probleme mit den Augen"),
    ("DE", "Arthrose in beiden Kniegelenken.", "Arthrose in beiden Kniegelenken"),
    ("KO", "어깨 회전근개 파열로 수술.", "회전근개 파열"),
    ("RU", "Артроз коленного сустава.", "Артроз коленного сустава"),
    ("JA", "膝を悪くしてから階段が苦手。", "膝を悪く"),
    ("JA", "健診で尿酸値が高いと言われた。", "尿酸値が高"),
    ("JA", "ピロリ菌の除菌中。", "ピロリ菌"),
    ("ZH", "体检说肝功能异常。", "肝功能异常"),
    ("ZH", "她有心律失常。", "心律失常"),
    ("KO", "우울증 약을 드심.", "우울증 약"),
    ("KO", "발목 인대 수술 예정.", "발목 인대 수술"),
    ("PT", "Está com o joelho inchado.", "joelho inchado"),
    ("PT", "Toma remédio controlado.", "remédio controlado"),
    ("AR", "أمها تعبانة من الضغط.", "تعبانة من الضغط"),
    ("AR", "عنده ارتفاع في الكوليسترول.", "ارتفاع في الكوليسترول"),
    ("AR", "عندها تنميل في يدها.", "تنميل في يدها"),
    ("EN", "He had his appendix out last week.", "appendix out"),
    ("EN", "Her husband is struggling with his health.", "struggling with his health"),
    ("RU", "Лежит под капельницами.", "под капельницами"),
    ("RU", "Передвигается с трудом, нужен лифт.", "Передвигается с трудом"),
]

OTHER_CATEGORIES = [
    ("RU", "Много лет состоит в «Яблоке».", "«Яблоке»", "POLITICS"),
    ("ES", "Dice que votó a Esquerra.", "Esquerra", "POLITICS"),
    ("JA", "れいわ新選組を応援しているそう。", "れいわ新選組を応援", "POLITICS"),
    ("DE", "Er stimmt immer für die FDP.", "stimmt immer für die FDP", "POLITICS"),
    ("EN", "Volunteers on the Republican campaign in Ohio.", "Republican campaign", "POLITICS"),
    ("KO", "일요일마다 성당에 다님.", "성당에 다님", "RELIGION"),
    ("KO", "새벽 미사 다니심.", "미사 다니", "RELIGION"),
    ("JA", "ご本人はユニオンメンバー。", "ユニオンメンバー", "UNION"),
    ("JA", "組合専従として働いている。", "組合専従", "UNION"),
    ("JA", "弟さんはオカマだと自称。", "オカマ", "ORIENTATION"),
    ("ZH", "他年轻时是共青团员。", "共青团员", "POLITICS"),
    ("AR", "زوجها سلفي.", "سلفي", "RELIGION"),
    ("ES", "Está afiliado a Izquierda Unida.", "Izquierda Unida", "POLITICS"),
    ("ES", "Fue interventora del PSOE.", "interventora del PSOE", "POLITICS"),
    ("EN", "Leafleted for the Greens last spring.", "Leafleted for the Greens", "POLITICS"),
    ("DE", "Ist strenggläubig.", "strenggläubig", "RELIGION"),
    ("DE", "War Wahlhelfer für die SPD.", "Wahlhelfer für die SPD", "POLITICS"),
    ("PT", "Vota sempre na esquerda.", "Vota sempre na esquerda", "POLITICS"),
    ("DE", "Lebt in einer eingetragenen Partnerschaft.", "eingetragenen Partnerschaft", "ORIENTATION"),
    ("ES", "No come carne los viernes de Cuaresma.", "viernes de Cuaresma", "RELIGION"),
    ("ES", "Está en contra de la monarquía.", "en contra de la monarquía", "POLITICS"),
    ("KO", "교회 청년부 회장임.", "교회 청년부", "RELIGION"),
    ("EN", "She's strongly anti-immigration.", "anti-immigration", "POLITICS"),
    ("EN", "Big fan of Bernie Sanders.", "fan of Bernie Sanders", "POLITICS"),
    ("ES", "Es muy antisanchista.", "antisanchista", "POLITICS"),
    ("ES", "Fue en las listas de Ciudadanos.", "listas de Ciudadanos", "POLITICS"),
    ("DE", "Ist links-grün eingestellt.", "links-grün", "POLITICS"),
    ("DE", "Ist Grüner durch und durch.", "Grüner", "POLITICS"),
    ("KO", "교회 찬양대 활동.", "찬양대", "RELIGION"),
    ("RU", "Муж – депутат городской думы от ЛДПР.", "депутат городской думы от ЛДПР", "POLITICS"),
]

STAY = [
    ("EN", "Wants the heart-shaped pendant in rose gold.", "heart-shaped pendant"),
    ("EN", "Under some pressure of time, call back Friday.", "pressure of time"),
    ("EN", "Born under Cancer, likes the zodiac charm.", "Cancer"),
    ("EN", "Needs a party dress for the gala.", "party dress"),
    ("EN", "Bought the Union Jack scarf for her son.", "Union Jack"),
    ("EN", "Looking at a church wedding venue in June.", "church wedding venue"),
    ("EN", "Problems with her back order, call the warehouse.", "back order"),
    ("EN", "Trouble with her shoulder bag strap, repair booked.", "shoulder bag"),
    ("EN", "Frequent traveller, constant flights to Tokyo.", "Frequent traveller"),
    ("ES", "Le queda mal la espalda del vestido, arreglar.", "mal la espalda"),
    ("ES", "Viaje a las cataratas de Iguazú en marzo.", "cataratas"),
    ("ES", "Casi no ve a su hija, vive en Londres.", "Casi no ve"),
    ("RU", "Купила чехол в «Яблоке» на Тверской.", "«Яблоке»"),
    ("RU", "Подбор подарка для мужа — головная боль.", "головная боль"),
    ("JA", "阪神を応援している、黄色が好き。", "阪神を応援"),
    ("JA", "お金持ちの友人へのギフト。", "お金持ち"),
    ("ZH", "价格偏高，想等打折。", "价格偏高"),
    ("DE", "Die Boutique ist nicht weit entfernt.", "entfernt"),
    ("DE", "Sehr aktiv im Tennisclub, Knie-Bandage als Geschenk.", "aktiv"),
    ("PT", "Viagem às cataratas do Iguaçu.", "cataratas"),
    ("ZH", "想买骆驼背包。", "骆驼背包"),
    ("ZH", "欧阳过生日，送她丝巾。", "欧阳过生日"),
    ("AR", "يعرج على المحل كل أسبوع.", "يعرج"),
    ("AR", "من أيام كورونا تشتري أونلاين.", "كورونا"),
    ("ES", "Lo ve muy mal, prefiere el clásico.", "Lo ve muy mal"),
    ("JA", "バイヤー向けの展示会に招待。", "バイヤー"),
    ("RU", "Сахарница из фарфора в подарок.", "Сахарница"),
    ("EN", "Her back order of the tote arrived.", "back order"),
    ("EN", "See the appendix of the catalogue.", "appendix"),
    ("RU", "Платье с кружевом по-женски нежное.", "по-женски"),
    ("ES", "Tiene ideas conservadoras en cuanto a colores.", "ideas conservadoras"),
    ("ES", "Se confiesa fan de Dior.", "Se confiesa"),
    ("KO", "약 3시에 방문 예정.", "약 3시"),
    ("EN", "The blazer was very ill-fitting, altered.", "very ill-fitting"),
    ("EN", "Bought a Harris Tweed jacket.", "Harris Tweed"),
    ("DE", "Kauft lieber grüner Tee als Kaffee.", "grüner"),
    ("ES", "El cuello roto de la camisa, devolver.", "cuello roto"),
    ("JA", "肌カウンセリングの予約。", "カウンセリング"),
]


@pytest.mark.parametrize(("language", "text", "span"), HEALTH)
def test_health_statements_are_redacted(language, text, span):
    assert whole(text, span, "HEALTH"), (language, spans_of(text))


@pytest.mark.parametrize(("language", "text", "span", "kind"), OTHER_CATEGORIES)
def test_politics_practice_union_in_a_few_more_words(language, text, span, kind):
    assert whole(text, span, kind), (language, spans_of(text))


@pytest.mark.parametrize(("language", "text", "phrase"), STAY)
def test_look_alikes_stay_readable(language, text, phrase):
    start = text.index(phrase)
    assert not any(s.start < start + len(phrase) and start < s.end for s in find_special_categories(text)), (
        language, spans_of(text))
