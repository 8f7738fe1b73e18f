"""Quote finder, fifty-second pass, speakers (quotes round 52b, session 21).

The noun of أن / إن / لكن right before a reporting verb is that verb's subject when it names people or
bodies of them ("ولكن الجماهير أكدت أن …"، "غير أن الدول الكبرى أعلنت …"، "فإن مندوبين لدول … يقولون إن …"،
"يذكر أن باحثين في إحدى الجامعات … قد كشفوا …"): before, a phrase with no listed speaker head, or longer
than six words, was dropped and the verb went on with the last speaker quoted. A phrase that is not
headed by people ("أن السيارة اصطدمت …") or opens with a preposition ("لكن في المقابل أكد …") is left as it was.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed
from entity_quotes import speaker_of_cue as _speaker_of


def test_broken_plural_after_lakin_speaks():
    found = analysed("وقال مدير الملعب سعد العتيبي إن البوابات ستفتح مبكرا. ولكن الجماهير أكدت أن التذاكر المتبقية "
                     "تقع في أماكن بعيدة عن أرض الملعب.")
    assert _speaker_of(found, "أكدت") == "الجماهير"


def test_bodies_after_ghayr_anna_speak():
    found = analysed("وقال وزير الخارجية خالد الناصر إن المفاوضات ستستمر. غير أن الدول الكبرى أعلنت منذ الآن "
                     "عزمها تمديد المهلة لستة أشهر إضافية.")
    assert _speaker_of(found, "أعلنت") == "الدول الكبرى"


def test_long_noun_of_fa_inna_before_plural_verb_speaks():
    found = analysed("وقال المحلل فهد الراشد إن الأسعار ستنخفض. ومع هذا فإن مندوبين لدول آسيوية ودول أخرى في المنظمة "
                     "يقولون إن التراجع سيكون قصير الأجل.")
    assert _speaker_of(found, "يقولون") == "مندوبين لدول آسيوية ودول أخرى في المنظمة"


def test_quantified_people_after_lakin_speak():
    found = analysed("وقال رئيس البنك سامي الحربي إن الفائدة ستبقى كما هي. لكن كثيرا من الاقتصاديين يتوقعون أن "
                     "يرفع البنك الفائدة قبل نهاية العام.")
    assert _speaker_of(found, "يتوقعون") == "كثيرا من الاقتصاديين"


def test_researchers_after_yudhkar_anna_with_qad_speak():
    found = analysed("وقال المتحدث باسم الشركة ماجد السالم إن التحديث متاح للجميع. يذكر أن باحثين في إحدى الشركات "
                     "المتخصصة في حماية بيانات الهواتف قد كشفوا عن ثغرة خطيرة في النظام.")
    assert _speaker_of(found, "كشفوا") == "باحثين في إحدى الشركات المتخصصة في حماية بيانات الهواتف"


# guards: what must not change

def test_guard_verb_then_subject():
    found = analysed("وقال وزير الصحة فهد الجلاجل إن عدد الحالات انخفض خلال الأسبوع الماضي.")
    assert _speaker_of(found, "وقال") == "وزير الصحة فهد الجلاجل"


def test_guard_prepositional_phrase_after_lakin_is_no_subject():
    found = analysed("وقال المدرب خالد السعيد إن الفريق جاهز. لكن في المقابل أكد المدير الفني للنادي أن الإصابات كثيرة.")
    assert _speaker_of(found, "أكد") == "المدير الفني للنادي"


def test_guard_thing_after_anna_is_no_speaker():
    found = analysed("وقال مدير المرور سعد القحطاني إن الطريق مغلق. وأوضح أن السيارة اصطدمت بجسم غريب ثم توقفت "
                     "وتوقعت أن يصل الإسعاف خلال دقائق.")
    assert all(q["speaker"]["text"] != "السيارة اصطدمت بجسم غريب ثم" for q in found)


def test_guard_time_phrase_opening_sentence_is_no_subject():
    found = analysed("اليوم الخميس أكد وزير التعليم سعد الفالح أن الدراسة تبدأ في موعدها.")
    assert _speaker_of(found, "أكد") == "وزير التعليم سعد الفالح"
