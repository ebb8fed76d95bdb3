"""Rare and unknown family names of session 44, in our own phrasings (general classes, never a
note's sentence):

- Chinese: a one-character family name the lexicon lacks before a personal title opening the note
  or a clause, its full name and its given name alone before a title elsewhere in the note; a
  compound surname of the 百家姓 before a title, whole (not cut in half), and wherever it stands
  again; the reduplicated nickname of a one-character given name found;
- Korean: a full name whose surname is a rare one of the census, opening the note before a
  personal honorific, its given name known;
- Arabic: every item of a list of family names after a plural title (the last one too); a Gulf
  family name glued to بال after a given name and before a verb, said again with و; an unknown
  given name after a Darija naming word ("سميتها") before a function word;

and the over-redactions mended on the way: Darija and Gulf function words and verbs ("واه", "ليا",
"رجعات") and a bag ("شنطة") taken as names, a Hijri month that is a family name after "بن" only,
Korean loanwords read as a surname and a given name ("인스타", "스타일").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import stored


@pytest.mark.parametrize(
    "text, language, names",
    [
        # a rare one-character surname before a title, opening the note or a clause
        ("邝先生不算，今天来的是：禤女士，想看胸针。禤女士下周再来。", "zh", ["禤"]),
        ("嗯，晁先生来取表。晁先生很满意。", "zh", ["晁"]),
        ("郗女士来电，就是郗婉清，想改预约时间。", "zh", ["郗", "郗婉清"]),
        # a full name with a rare surname glued to the title, the given name alone later
        ("佴思远先生，老客户。思远先生想订一只皮夹。", "zh", ["佴思远", "思远"]),
        # compound surnames of the 百家姓, whole
        ("呃宇文先生来了，然后宇文先生订了一条围巾。", "zh", ["宇文"]),
        ("就是那位司空小姐，她说司空家下月办喜事。", "zh", ["司空"]),
        ("我们见到了闻人太太，闻人太太挑了耳环。", "zh", ["闻人"]),
        # the reduplicated nickname of a one-character given name
        ("她儿子叫欧阳乐，欧阳乐很喜欢表，乐乐说想要蓝色。", "zh", ["欧阳乐", "乐乐"]),
        # a rare census surname in a full name opening a Korean note
        ("피민준 고객 재방문. 시계 줄 교체 문의.", "ko", ["피민준"]),
        # every item of a list after a plural title
        ("موعد مشترك: السادة الحجري، بنسودة، لمراني. الحجري يفضل الذهب.", "ar", ["بنسودة", "لمراني"]),
        # a Gulf family name glued to بال, said again
        ("هلا حمد بالهول اتصل اليوم وسأل عن الساعة، وبالهول قال يبي يمر بكرة", "ar", ["بالهول"]),
        # an unknown given name after a Darija naming word
        ("بغات تهدي لبنتها، سميتها ريتال يعني، شي حاجة صغيرة", "ar", ["ريتال"]),
    ],
)
def test_rare_family_names_are_found(text: str, language: str, names: list[str]) -> None:
    out = stored(text, language)
    for name in names:
        assert name not in out, (name, out)


@pytest.mark.parametrize(
    "text, language, kept",
    [
        # words before a Chinese title that are no family name
        ("该女士说下周来。各位先生请留步。老先生很满意。", "zh", ["该女士", "老先生"]),
        ("一位东方女士来看项链。", "zh", ["东方"]),
        ("查一下库存，然后给王先生回电话。", "zh", ["查一下"]),
        # Korean loanwords
        ("최 고객 블로그 보고 방문. 선호 스타일은 캐주얼.", "ko", ["블로그", "스타일"]),
        ("한 고객 인스타 보고 왔다고 하심.", "ko", ["인스타"]),
        # Darija function words and verbs, a bag
        ("السيدة الكتاني رجعات اليوم وقالت ليا باللي بغات الشنطة", "ar", ["رجعات", "ليا"]),
        ("مدام التازي جات وواه كانت فرحانة بزاف", "ar", ["واه"]),
        ("السيدة نورة المهيري سألت عن شنطة صغيرة", "ar", ["شنطة"]),
        # a Hijri month that is a family name after بن only
        ("السيد بن شعبان سيعود قبل شعبان لاستلام الساعة.", "ar", ["قبل شعبان"]),
        # adjectives after a plural title are no list of names
        ("السيدات الجديدات، الكبار.", "ar", ["الجديدات", "الكبار"]),
        ("سارة بالمحل اشترت عطر وبالمحل كان زحمة", "ar", ["بالمحل اشترت", "وبالمحل"]),
    ],
)
def test_words_like_rare_names_stay(text: str, language: str, kept: list[str]) -> None:
    out = stored(text, language)
    for word in kept:
        assert word in out, (word, out)
