"""Arabic family names that no lexicon lists, session 41 (our own phrasings, invented family names;
never a note's sentence):

- opening the note before a pause, a comma or a full stop after it, fillers between
  ("الدغيمان، امم، …", "المحيسني. عميل …"), or opening a sentence before a person's verb
  ("… . العويضي سيمر بكرة", a family name shaped as a plural before a masculine verb: "الحوامدة يبي");
- after a title, a nisba in -اني that ends like a verb with its object ("السيدة الزنجاني");
- after a kin word in construct ("زوجة الصويلح", "حرم المقيرن");
- after a client or staff word in apposition ("العميل، الفريدان،", "السائق (العقيلي)") — and the role
  before the bracket stays a word;
- after "at", "from", "with", a nisba before punctuation ("عند الصقيري:"); after the abbreviated
  title أ., a client label's colon, or guillemets opening the note ("أ. الزرقاني،", "العميلة: الشمراني.",
  "«العبيدلي» حجزت");
- the child's name of a kunya with the article and the family name after it ("أبو الفتوح الشرقاوي",
  "أبو المعالي الغامدي:", "أبو السعود الطراونة");
- after a verb of saying, a family name glued to بو ("قالت بوقريص إنها …");
- the same family name in Arabic letters after its Latin form ("Al Hajri - الهاجري -").

Words that must stay: frequent words with the article opening a note ("المهم،", "الشحن، مجاني"),
a preposition glued to a word ("قالت بوضوح"), a companion with his possessive after a name ("ومرافقه"),
a dialect adverb opening a note ("هلق"), a verb after a kin word ("بنتها نجحت."), the Maghrebi "ليا"
(to me), a role before a family name in brackets, a shop role opening a sentence ("الكاشير سيتصل"),
the object of a verb ("وطلب الكتالوج.").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.names.scripts.arabic.rare.words import rare_family, rare_glued_family
from lvmh_pipeline.lib.privacy.quality import leaked
from lvmh_pipeline_tests.lib.privacy.names.redaction import stored


@pytest.mark.parametrize(
    "text, names",
    [
        # opening the note before a pause, fillers between
        ("الدغيمان، امم، يبي ساعة لولده.", ["الدغيمان"]),
        ("المحيسني. عميل من جدة، سأل عن الخواتم.", ["المحيسني"]),
        ("الهزيم - زبون قديم - يدور قلم.", ["الهزيم"]),
        # opening a sentence before a person's verb
        ("الطلب جاهز للاستلام. العويضي سيمر بكرة العصر.", ["العويضي"]),
        ("تم التغليف. الحوامدة يبي التوصيل للبيت.", ["الحوامدة"]),
        # a nisba in -اني after a title
        ("السيدة الزنجاني طلبت عقد لؤلؤ.", ["الزنجاني"]),
        ("السيد الكرماني، جا يسأل عن الساعة.", ["الكرماني"]),
        # a kin word in construct
        ("زوجة الصويلح جات تستلم الشنطة.", ["الصويلح"]),
        ("حرم المقيرن اشترت طقم.", ["المقيرن"]),
        # a client or staff word in apposition
        ("اتصل العميل، الفريدان، يسأل عن الخصم.", ["الفريدان"]),
        ("جاء السائق (العقيلي) واستلم الكيس.", ["العقيلي"]),
        # after "at" / "from" before punctuation
        ("الموعد عند الصقيري: الخميس المغرب.", ["الصقيري"]),
        # a kunya whose child's name has the article, and the family name after it
        ("هدية من أبو الفتوح الشرقاوي لحفيدته.", ["أبو الفتوح", "الشرقاوي"]),
        ("أبو المعالي الغامدي: مكالمة بخصوص الطلب.", ["أبو المعالي", "الغامدي"]),
        ("وصلت الهدية من أبو السعود الطراونة لزوجته.", ["أبو السعود", "الطراونة"]),
        # a family name glued to بو after a verb of saying
        ("قالت بوقريص إنها بتمر الأسبوع الجاي.", ["بوقريص"]),
        # after the abbreviated title of a teacher, a client label's colon, guillemets opening the note
        ("أ. الزرقاني، مر على المحل العصر.", ["الزرقاني"]),
        ("العميلة: الشمراني. تبي طقم للعرس.", ["الشمراني"]),
        ("«العبيدلي» حجزت موعد يوم السبت.", ["العبيدلي"]),
        # the Arabic spelling after the Latin one
        ("رسالة من Mr. Al Hajri - الهاجري - بخصوص الفاتورة.", ["الهاجري", "Al Hajri"]),
    ],
)
def test_rare_family_names_are_redacted(text: str, names: list[str]) -> None:
    out = stored(text, "ar")
    for name in names:
        assert not leaked(name, out), (name, out)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("المهم، العميلة تبي شنطة صغيرة.", "المهم"),
        ("الشحن، مجاني للطلبات الكبيرة.", "الشحن"),
        ("الذهبي، أحلى من الفضي عليها.", "الذهبي"),
        ("الخميس، موعد الاستلام.", "الخميس"),
        ("قالت بوضوح إنها ما تحب الفضة.", "بوضوح"),
        ("زار الشيخ راشد آل مكتوم ومرافقه المعرض.", "ومرافقه"),
        ("هلق اتصلت العميلة تسأل عن الطلب.", "هلق"),
        ("هي مبسوطة لأن بنتها نجحت. الطلب جاهز.", "نجحت"),
        ("قالت عيطو ليا قبل ما توصل الشنطة.", "ليا"),
        ("جاء السائق (العقيلي) واستلم الكيس.", "السائق"),
        ("الطلب جاهز. الموظف سيمر عليها بكرة.", "الموظف"),
        ("زوجة الابن جات معها اليوم.", "الابن"),
        ("اشترت من عند الصائغ: خاتم.", "الصائغ"),
        ("تواصلنا مع الدوسري، وطلب الكتالوج.", "الكتالوج"),
        ("الطلب جاهز. الكاشير سيتصل بها بكرة.", "الكاشير"),
        ("الخاتم تمام. الصائغ سيعدل المقاس.", "الصائغ"),
    ],
)
def test_ordinary_words_stay(text: str, kept: str) -> None:
    assert kept in stored(text, "ar")


@pytest.mark.parametrize(
    "word, family",
    [
        ("الشويمي", True), ("الدغيمان", True), ("الكرماني", True),
        ("المهم", False), ("الشحن", False), ("الذهبي", False), ("الكريم", False), ("الخميس", False),
        ("الميزانية", False), ("الساعات", False), ("التوصيل", False),
    ],
)
def test_rare_family_word_shape(word: str, family: bool) -> None:
    assert rare_family(word) is family


@pytest.mark.parametrize("word, family", [("بوقريص", True), ("بوضوح", False), ("بوقت", False)])
def test_glued_family_word_shape(word: str, family: bool) -> None:
    assert rare_glued_family(word) is family


@pytest.mark.parametrize("text", [
    "عندها حساسية من الشمس، تفضل القبعات الواسعة.",
    "حساسية من الغبار، يفضل المواعيد الصباحية.",
    "ما يتحمل شي من الذهب، يبي فضة بس.",
])
def test_a_word_after_a_preposition_and_a_pause_is_no_name_for_the_verb_after_the_pause(text):
    assert "[NAME]" not in stored(text, "AR")
