"""The vocabulary around a name opening an Arabic note (:mod:`.leading`): verbs only a person is the
subject of, verbs a thing does too, what may stand between the name and its verb, and the words that
open a sentence without being a name (roles, adverbs, descriptions, the shop's clients, nouns shaped
like a family name of origin).
"""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.names.lexicon import ARABIC_TITLES
from lvmh_pipeline.lib.privacy.names.scripts.arabic.shapes import _KIN

# Verbs (and participles of wanting) whose subject is a person, in the forms notes write them.
_PERSON_SUBJECT_VERBS = frozenset(
    """زار زارت زارنا زارتنا زارونا اتصل اتصلت اتصلوا سأل سال سألت سالت يسأل تسأل يسال تسال قال قالت
    طلب طلبت اشترى اشترت اشترو اشتروا حجز حجزت دفع دفعت شاف شافت اختار اختارت جرب جربت قاس قاست
    لبس لبست رجع رجعت مر مرت حضر حضرت كلمنا كلمتنا كلمني كلمتني تواصل تواصلت وعد وعدت قرر قررت
    استلم استلمت سافر سافرت تكلم تكلمت ترك تركت نسي نسيت فضل فضلت حب حبت عجبه عجبها أعجبه أعجبها
    يبحث تبحث يدور تدور يبي تبي يبغى تبغى يبغي تبغي يريد تريد يحب تحب يفضل تفضل يشتري تشتري يطلب
    تطلب ينتظر تنتظر يفكر تفكر يخطط تخطط يجهز تجهز بيحب بتحب بيدور بتدور بدو بده بدها ناوي ناوية
    حاب حابة حابب حابه مهتم مهتمة مهتمه يعشق تعشق يجمع تجمع
    ترغب يرغب تحتاج يحتاج تحتفل يحتفل أخبرنا أخبرتنا أخبرني أخبرتني اخبرنا اخبرتنا ذكر ذكرت أكد أكدت
    أرسل أرسلت ارسل ارسلت عاد عادت أتى أتت اتت جاءنا جاءتنا زارني زارتني تسوق تسوقت
    سيزور ستزور سيعود ستعود سيرجع سترجع سيأتي ستأتي سياتي ستاتي سيتصل ستتصل سيمر ستمر سيحضر ستحضر
    سيشتري ستشتري سيختار ستختار عايز عايزة عاوز عاوزة محتاج محتاجة ودها وده حاجز حاجزة""".split()
)
# Kin words with a possessive after a given name that opens a note ("فرح والدتها تحب …").
_KIN_OF_PERSON = frozenset(w for w in _KIN if w.endswith(("ه", "ها", "و")) and not w.startswith("ال"))
# Verbs that a thing does too ("الطلب وصل", "الساعة جات"): after a word without the article only.
_ARRIVAL_VERBS = frozenset("جا جاء جات جت اجت إجت جاءت وصل وصلت".split())
_TITLES = frozenset(ARABIC_TITLES)
# What follows a person opening the note besides a verb: a negation, "was", "has", "is coming"
_AFTER_GIVEN = frozenset("ما مو مش كان كانت عنده عندها جاي جاية جايه راح رح بيجي بتجي".split())
# Words of time between the name and its verb ("الشويهي اليوم اشترى").
_TIME_BETWEEN = frozenset("اليوم أمس امس امبارح الصبح الصباح المساء العصر الظهر الليلة مبارح".split())
# Roles and descriptions that open a sentence as its subject ("المدير سأل", "السائق اتصل").
_ROLES = frozenset(
    """مدير مديرة موظف موظفة بائع بائعة سائق سائقة مندوب مندوبة مساعد مساعدة سكرتير سكرتيرة محاسب
    مسؤول مسؤولة مسئول شركة محل فرع بنك فندق مطعم زبون زبونة عميل عميلة ضيف ضيفة زوج زوجة ولد بنت
    رجل امرأة شاب شابة طفل طفلة أم أب اخت أخت اخو أخو صديق صديقة صاحب صاحبة جماعة ناس كل بعض
    طبيب طبيبة دكتور دكتورة حارس حارسة فريق قسم إدارة ادارة مصمم مصممة خياط خياطة سواق سايق مرافق
    كاشير صائغ صايغ دليفري شيف وكيل معرس عيال مندوب جواهرجي جوهرجي ساعاتي حلاق كوافير مكوجي مصلح فني
    موزع مورد مسوق مصور كابتن""".split()
)
# Adverbs and connectives that open a note before a verb ("برضو تبي", "بعدين رجعت").
_OPENERS = frozenset(
    """برضو برضه برضك كمان بعدين أيضا ايضا أيضاً ايضاً طبعا طبعاً دايما دايماً دائما دائماً غالبا غالباً
    أحيانا احيانا أحياناً توها توه هسه هلق هلأ لسه لسا لسّه يمكن ممكن عشان علشان لأن لان حتى أول اول
    أخيرا اخيرا أخيراً بكرة بكره بعدها قبلها وبعدين مؤخرا مؤخراً أصلا اصلا فعلا فعلاً كذلك وكمان
    بالنسبة بخصوص حسب مثل نفس ثاني تاني مرة مره""".split()
)
# An occasion of the person's own ("عيد ميلاده", "ذكرى زواجها") after the word opening the note
_PERSON_OCCASIONS = frozenset("عيد ذكرى حفلة حفل".split())
# Nouns that describe the person a note opens with ("الزين سيدة أعمال", "النقبي رجل أعمال").
_PERSON_NOUNS = frozenset("سيدة سيده رجل امرأة شاب شابة طبيبة طبيب محامية محامي مهندسة مهندس".split())
# "من عملائنا", "من كبار العملاء": one of the shop's clients
_CLIENT_GROUPS = frozenset("عملائنا زبائننا زباين زبايننا العملاء الزبائن كبار عملاء زبائن".split())
# Nouns and participles shaped like a family name of origin ("-ي" after the article).
_NOT_FAMILY_NISBA = frozenset(
    """الكرسي الكراسي المشتري القاضي الراعي المغني الموسيقي المحامي الساعي الماضي الباقي النادي
    الوادي الأغاني الليالي الأهالي الأراضي المعاني المباني الأيادي الضواحي الأواني الغالي الجاي
    الزبادي الحلاوي المقاهي الكماليات الهدايا الأمامي الخلفي العلوي السفلي الجانبي""".split()
)
