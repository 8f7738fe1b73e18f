"""Quote finder, pass 53a, indirect speakers (session 22).

A reporting verb with no subject, followed by فيه / فيها ("وأعلنت فيه …"، "توضح فيها …"), speaks in the text,
speech or meeting its sentence had someone issue or hold just before ("وعقدت القاهرة مؤتمرا … وأعلنت فيه"،
"يذكر أن وزارة … أصدرت … مذكرة توضح فيها"، "وكان الفرع … بث تسجيلا … يهدد فيه"، "وأصدر الجانبان بيانا …، وأكدا
فيه"): the speaker is the subject of that verb of issuing, written after it or before it. Before, the cue
went on with the sentence's first named phrase or with the last speaker quoted. An indefinite text noun
after that subject ("أصدر المتحدث … بيانا") is what was issued, not part of the speaker.

A definite plural of people in -ون right after دعا / حذّر / طالب ("ودعا المعتصمون إلى …"، "وحذّر الباحثون …") is
the nominative, the verb's subject: it is not read as whom the verb called on (that object ends in -ين).
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed
from entity_quotes import speaker_of_cue as _speaker_of


def test_city_holding_a_conference_speaks_in_it():
    found = analysed("وقال الرئيس سامي العلي إن الاقتصاد ينمو بسرعة. وعقدت الرياض مؤتمرا للاستثمار في شهر مارس "
                     "وأعلنت فيه توقيع اتفاقيات جديدة مع شركات أجنبية.")
    assert _speaker_of(found, "وأعلنت") == "الرياض"


def test_ministry_issuing_a_memo_after_anna_speaks_in_it():
    found = analysed("وقال المتحدث فهد الناصر إن الحملة مستمرة حتى نهاية الشهر. يذكر أن وزارة الصحة أصدرت في الأسبوع "
                     "الماضي مذكرة توضح فيها للمواطنين طرق الوقاية من المرض.")
    assert _speaker_of(found, "توضح") == "وزارة الصحة"


def test_group_broadcasting_after_kana_speaks_in_it():
    found = analysed("وقال وزير الداخلية سالم الحربي إن قوات الأمن تلاحق الخاطفين. وكان المكتب الإعلامي للجماعة "
                     "بث تسجيلا صوتيا الخميس يهدد فيه بمهاجمة المنشآت الحكومية في المنطقة.")
    assert _speaker_of(found, "يهدد") == "المكتب الإعلامي للجماعة"


def test_two_sides_issuing_a_statement_speak_in_it():
    found = analysed("وقال الرئيس المصري عادل الشريف إن الزيارة ناجحة. وأصدر الجانبان ما سمي بيان الرياض، وأكدا فيه "
                     "حرصهما على تعزيز التعاون بين البلدين.")
    assert _speaker_of(found, "وأكدا") == "الجانبان"


def test_issued_statement_is_not_part_of_the_spokesman():
    found = analysed("وقال الخبير العسكري سعد الحربي إن الأرقام مبالغ فيها. وأصدر المتحدث الرسمي باسم الجيش بيانا جديدا "
                     "أكد فيه أن عدد المصابين ثلاثة فقط.")
    assert _speaker_of(found, "أكد") == "المتحدث الرسمي باسم الجيش"


def test_nominative_plural_after_daa_is_the_subject():
    found = analysed("وقال المرصد الوطني لحقوق الإنسان إن ألف شخص تجمعوا في الساحة. ودعا المعتصمون إلى محاسبة "
                     "المسؤولين عن الحادث.")
    assert _speaker_of(found, "ودعا") == "المعتصمون"


def test_nominative_plural_after_haddhara_is_the_subject():
    found = analysed("وكشف موقع طبي أمريكي عن أضرار التدخين بعد الطعام. وحذّر الباحثون العديد من المدخنين من إشعال "
                     "سيجارة بعد كل وجبة.")
    assert _speaker_of(found, "وحذّر") == "الباحثون"


# guards: what must not change

def test_guard_accusative_plural_after_daa_is_the_object():
    found = analysed("وقال وزير الطاقة فهد السالم إن الطلب ارتفع كثيرا هذا الصيف. ودعا المواطنين إلى ترشيد استهلاك "
                     "الكهرباء في ساعات الذروة.")
    assert _speaker_of(found, "ودعا") == "وزير الطاقة فهد السالم"


def test_guard_subject_then_accusative_object_after_daa():
    found = analysed("ودعا وزير الصحة المواطنين إلى الالتزام بالتعليمات.")
    assert _speaker_of(found, "ودعا") == "وزير الصحة"


def test_guard_speech_delivered_by_a_named_official():
    found = analysed("وألقى رئيس اللجنة المنظمة الدكتور خالد السالم كلمة قال فيها إن المهرجان يستقبل آلاف الزوار.")
    assert _speaker_of(found, "قال") == "رئيس اللجنة المنظمة الدكتور خالد السالم"


def test_guard_verb_with_its_own_subject():
    found = analysed("وأصدرت الوزارة بيانا أمس. وقال وزير المالية خالد العمر إن الميزانية متوازنة.")
    assert _speaker_of(found, "وقال") == "وزير المالية خالد العمر"
