"""The phrases that take a constraint back, per language (read by
:mod:`~lvmh_pipeline.lib.concepts.statements.retractions.corrections`): corrections in the constraint's clause,
English ones in notes of every language, negative tests, and a constraint over now or denied when
asked in the next clause."""

from __future__ import annotations

__all__ = ["CODE_SWITCH_CORRECTIONS", "CORRECTIONS", "NEGATIVE_TESTS", "RESOLVED_NOW"]

# Corrections: what follows a constraint in its clause and takes it back ("Nickel allergy NOT
# confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", "니켈 … 잘못 적힌").
CORRECTIONS: dict[str, tuple[str, ...]] = {
    "FR": ("n'importe quoi", "pas vrai", "ne la gêne pas", "ne le gêne pas", "ne la dérange pas", "ne le dérange pas", "aucune gêne", "guérie", "guéri", "disparue", "disparu", "c'est passé", "passée avec l'âge", "pas confirmée", "pas confirmé", "non confirmée", "non confirmé", "infirmée", "infirmé", "une erreur",
           "par erreur", "erronée", "erroné", "ça va", "pas de problème", "aucun problème", "finalement non",
           "finalement pas", "à supprimer", "sans problème", "pose pas de problème", "sans souci", "sans aucun problème", "sans problèmes",
           "le tolère bien", "la tolère bien", "les tolère bien", "tolère bien", "supporte bien", "le supporte bien", "c'était faux", "c'est faux", "était fausse", "était faux"),
    "EN": ("nonsense", "rubbish", "not true", "untrue", "doesn't bother her", "doesn't bother him", "does not bother her", "does not bother him", "no trouble with it", "outgrew it", "outgrown", "went away", "has gone", "resolved", "cleared up", "grew out of it", "not confirmed", "unconfirmed", "ruled out", "was a mistake", "a mistake", "was wrong", "is wrong",
           "in error", "by mistake", "is fine", "are fine", "is ok", "are ok", "is okay", "are okay", "no problem",
           "not a problem", "not an issue", "no issue", "no longer", "to be deleted", "to be removed", "incorrect",
           "fine", "ok", "okay", "is normal", "are normal", "normal levels", "tolerates it well", "tolerates it fine",
           "tolerates well", "tolerates fine", "without any problem", "without a problem", "without problems", "with no problem", "without any issue", "without issues", "turned out she isn't", "turned out he isn't", "turned out she wasn't", "turned out he wasn't", "turned out not to be", "isn't after all", "wasn't after all", "was false", "is false", "false alarm"),
    "IT": ("sciocchezza", "sciocchezze", "non è vero", "non le dà fastidio", "non gli dà fastidio", "non le dà problemi", "non gli dà problemi", "guarita", "guarito", "sparita", "sparito", "non confermata", "non confermato", "non confermate", "esclusa", "escluso", "un errore", "per errore",
           "errata", "errato", "va bene", "vanno bene", "nessun problema", "alla fine no", "da cancellare",
           "da eliminare", "non è un problema", "senza problemi", "senza alcun problema",
           "lo tollera bene", "la tollera bene", "tollera bene", "nella norma", "era falso", "era falsa", "è falso", "è falsa"),
    "ES": ("tontería", "no es cierto", "no es verdad", "no le molesta", "no le molestan", "no le afecta", "no le afectan", "curada", "curado", "se le pasó", "se le quitó", "desapareció", "no confirmada", "no confirmado", "descartada", "descartado", "un error", "por error", "errónea",
           "erróneo", "está bien", "están bien", "sin problema", "ningún problema", "no hay problema",
           "al final no", "a borrar", "no es problema", "sin problemas", "sin ningún problema",
           "no le sienta mal", "le sienta bien", "lo tolera bien", "la tolera bien", "tolera bien", "era falso", "era falsa", "es falso", "es falsa"),
    "DE": ("Unsinn", "Quatsch", "stimmt nicht", "stört sie nicht", "stört ihn nicht", "stören sie nicht", "stören ihn nicht", "macht ihr nichts", "macht ihm nichts", "verschwunden", "ausgewachsen", "geheilt", "vorbei", "verwachsen", "nicht bestätigt", "ausgeschlossen", "ein Irrtum", "Irrtum", "ein Fehler", "irrtümlich", "fälschlich",
           "falsch", "kein Problem", "unproblematisch", "ist okay", "sind okay", "ist ok", "sind ok", "doch nicht",
           "zu löschen", "nicht mehr", "problemlos", "ohne Probleme", "ohne Problem", "gut verträglich", "verträgt es gut"),
    "PT": ("disparate", "não é verdade", "não a incomoda", "não o incomoda", "não incomoda", "não lhe faz mal", "curada", "curado", "desapareceu", "não confirmada", "não confirmado", "descartada", "descartado", "um engano", "engano", "um erro",
           "por erro", "errada", "errado", "está bem", "sem problema", "nenhum problema", "afinal não",
           "a apagar", "não é problema", "sem problemas", "sem qualquer problema", "sem nenhum problema",
           "tolera bem", "era falso", "era falsa", "é falso", "é falsa"),
    "NL": ("onzin", "niet waar", "stoort haar niet", "stoort hem niet", "heeft er geen last van", "genezen", "verdwenen", "ontgroeid", "niet bevestigd", "uitgesloten", "een vergissing", "vergissing", "misverstand", "een fout", "foutief",
           "onjuist", "klopt niet", "geen probleem", "is prima", "zijn prima", "toch niet", "te schrappen",
           "niet meer", "zonder problemen", "zonder probleem",
           "verdraagt het goed", "verdraagt goed"),
    "RU": ("ерунда", "чепуха", "неправда", "не беспокоит", "не беспокоят", "не мешает", "не реагирует", "прошла", "прошло", "прошёл", "исчезла", "исчезло", "переросла", "перерос", "не подтвердилась", "не подтвердилось", "не подтвердился", "не подтверждена", "не подтверждено",
           "ошибка", "ошибочно", "по ошибке", "ошибочная", "без проблем", "не проблема", "нормально переносит",
           "всё-таки нет", "все таки нет", "удалить",
           "хорошо переносит", "в норме", "в порядке"),
    "AR": ("كلام فاضي", "ما تضرها", "ما تأثر عليها", "ما يأثر عليه", "راحت", "راح عنه", "راحت عنها", "انتهت", "ما عادت", "ما عاد", "غلط", "خطأ", "بالخطأ", "غير صحيح", "مش صحيح", "مو صحيح", "امسح", "لا مشكلة", "ما في مشكلة", "عادي", "عادي تاكله",
           "عادي تاكلها", "عادي ياكله", "ما يضره", "ما يضرها",
           "ما عندها مشكلة", "ما عنده مشكلة", "مفيش مشكلة", "تم نفيها", "غير مؤكدة"),
    "JA": ("改善", "良くなった", "よくなった", "治まっ", "も大丈夫", "は平気", "も平気", "治った", "治りました", "治っ", "なくなった", "卒業", "異常なし", "異常なく", "問題なし", "問題ない", "問題なく", "問題ありません", "大丈夫", "ともにOK", "ともにok", "心配はない", "気にしていない", "ではなかった", "じゃなかった", "ではありません",
           "ではない", "間違い", "誤り", "誤記", "削除", "否定された", "確認されず", "かどうか", "勘違い", "正常", "じゃなくて", "ではなくて"),
    "KO": ("다 드심", "다 드세요", "모두 드심", "다 잘 드", "다 괜찮", "잘 드심", "잘 드세요", "잘 드십니다", "잘 먹", "문제없이 드", "나으셨", "나았", "나아졌", "호전", "좋아지", "좋아졌", "없어졌", "없어지", "사라졌", "사라지", "졸업", "괜찮아지", "이상 없", "이상없", "정상", "걱정 없", "걱정은 없", "아님", "아니었", "아니래", "아니라고", "잘못", "오류", "괜찮", "문제없", "문제 없", "삭제", "해당 없",
           "확인 안 됨", "다 가능", "전부 가능", "모두 가능", "드셔도 돼", "드셔도 됨", "드셔도 괜찮", "은 드심", "는 드심", "은 드세요", "는 드세요", "도 드심", "은 드십니다", "는 드십니다",
           "은 먹음", "는 먹음", "은 먹어요", "는 먹어요", "은 드실 수 있", "는 드실 수 있", "음성",
           "아니시", "아니셨", "착각", "있는지", "있으신지", "인지 확인", "할지", "하실지",
           # permission and ability, not a relative clause ("드실 수 있는 메뉴"): "땅콩은 드셔도 됩니다"
           "드셔도 되", "드셔도 됩", "드셔도 된", "먹어도 되", "먹어도 돼", "먹어도 됩", "먹어도 된", "드셔도 무방", "먹어도 무방", "상관없", "상관 없", "섭취 가능",
           "드실 수 있으", "드실 수 있어", "드실 수 있음", "드실 수 있습", "먹을 수 있어", "먹을 수 있음", "먹을 수 있습",
           "먹을 수 있으", "선물 가능", "드려도 되", "드려도 됨", "드려도 돼",
           "필요 없", "필요없"),  # "채식 메뉴는 따로 필요 없으심": not needed
    "ZH": ("好转", "已改善", "改善了", "都能吃", "都可以吃", "不影响", "好了", "已经好了", "痊愈", "治好", "没有了", "正常", "搞错", "弄错", "记错", "写错", "误记", "有误", "错误", "没问题", "沒問題", "没有问题", "不是过敏",
           "删掉", "删除", "刪除", "排除了", "是否", "有没有", "有沒有", "是不是"),
}
# English corrections in notes of every language ("알레르기: Egg, Dairy 다 OK", "الحساسية: nuts OK").
CODE_SWITCH_CORRECTIONS = ("ok", "okay", "no problem", "all good", "not an issue")
# A negative test takes an allergy back even after "but" ("thought she was allergic to nickel,
# but the patch test was negative", "Verdacht auf Latex, aber Test negativ", "检测是阴性").
NEGATIVE_TESTS: dict[str, tuple[str, ...]] = {
    "FR": ("négatif", "négative", "test négatif", "tests négatifs", "s'est révélé négatif", "écarté", "écartée"),
    "EN": ("negative", "tested negative", "came back negative", "test was negative", "tests were negative",
           "ruled out", "not confirmed"),
    "IT": ("negativo", "negativa", "test negativo", "è risultato negativo", "esclusa", "escluso"),
    "ES": ("negativo", "negativa", "prueba negativa", "dio negativo", "salió negativo", "descartada", "descartado"),
    "DE": ("negativ", "Test negativ", "negativ getestet", "ausgeschlossen", "nicht bestätigt"),
    "PT": ("negativo", "negativa", "teste negativo", "deu negativo", "descartada", "descartado"),
    "NL": ("negatief", "test negatief", "negatief getest", "uitgesloten", "niet bevestigd"),
    "RU": ("отрицательный", "отрицательная", "отрицательные", "тест отрицательный", "не подтвердилась",
           "не подтвердилось"),
    "AR": ("سلبي", "سلبية", "النتيجة سلبية", "غير مؤكدة"),
    "JA": ("陰性",),
    "KO": ("음성",),
    "ZH": ("阴性", "陰性"),
}
# A constraint over now, or denied when asked, in the next clause: like a negative test it
# reaches over a comma ("小时候对鸡蛋过敏，现在没事了", "كان عنده حساسية من البيض، الحين ما عنده",
# "问她是不是对鸡蛋过敏，她说不是").
RESOLVED_NOW: dict[str, tuple[str, ...]] = {
    "EN": ("no longer allergic", "she said no", "he said no"),
    "FR": ("maintenant ça va", "n'est plus allergique", "elle a dit non", "il a dit non"),
    "DE": ("inzwischen nicht mehr", "jetzt nicht mehr"),
    "RU": ("сейчас уже нет", "сейчас всё в порядке", "сейчас все в порядке"),
    "JA": ("今は大丈夫", "今は平気", "今はもう大丈夫", "違うとのこと", "違うそうです"),
    "KO": ("지금은 괜찮", "이제는 괜찮", "아니라고"),
    "ZH": ("现在没事", "現在沒事", "现在已经好了", "现在好了", "现在不过敏", "已经不过敏", "她说不是", "他说不是", "她说没有", "他说没有"),
    "AR": ("الحين ما عنده", "الحين ما عندها", "الآن ما عنده", "الآن ما عندها", "الان ما عنده", "الان ما عندها",
           "قالت لا", "قال لا"),
}
