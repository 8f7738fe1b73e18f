"""Quote finder, quotes pass 52c (session 21): missed indirect quotes.

A paper's or agency's name in quotation marks a few words before the complement ("في تصريح إلى "الوطن"
أمس، أن …", "ردا على سؤال «عكاظ» حول …، أن …", "تلقت «واس» نسخة منه أن …") stands in the speaker's
region: it is not what was said, and the verb's complement still follows it. Any other short quotation
there stays a stop ("«الواسطة»": a word set off, or speech).
The bare "بين" that opens its clause (after "من جهته،", a comma, or first in the sentence) with only its
subject before a complementizer is the verb "بيّن" (made clear): "من جهته، بين المدير أن …". Elsewhere it
is the preposition "between" ("بين الطرفين").
"تطرق" and "ركز" (touched on, stressed) report only their complement clause after the preposition ("وتطرق
إلى أن …", "ركز على أن …", flag ``clause`` as "توصل إلى أن"); with a noun there they are narration
("وتطرق اللقاء إلى عدد من الموضوعات").
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, containing, of_kind


def _cues(found):
    return [q["cue"]["text"] for q in found if q.get("cue")]


def test_outlet_name_then_time_then_complement():
    found = of_kind('وأنهت اللجنة استعداداتها، موضحا في تصريح إلى "الوطن" أمس، أن المراكز ستفتح أبوابها صباح السبت.',
                    "indirect")
    quote = containing(found, "المراكز ستفتح أبوابها")
    assert quote["cue"]["text"] == "موضحا"


def test_outlet_name_inside_a_question_phrase():
    found = of_kind("وبين مدير الدفاع المدني، ردا على سؤال «عكاظ» حول خطط الطوارئ، أن الفرق جاهزة لموسم الأمطار.",
                    "indirect")
    quote = containing(found, "الفرق جاهزة لموسم الأمطار")
    assert "مدير الدفاع المدني" in quote["speaker"]["text"]


def test_outlet_name_in_a_received_copy_phrase():
    found = of_kind("وكشف التقرير السنوي للهيئة، وتلقت «واس» نسخة منه أن عدد المشتركين ارتفع إلى مليوني مشترك.",
                    "indirect")
    quote = containing(found, "عدد المشتركين ارتفع")
    assert quote["cue"]["text"] == "وكشف"


def test_other_short_quotation_still_stops_the_region():
    found = analysed("كنت أنكر على من يتحدث عن «الواسطة» وأهميتها، وأحاول إقناعه بأن الجهد وحده طريق النجاح.")
    assert "أنكر" not in _cues(found)


def test_bare_bayyana_after_min_jihatihi():
    found = of_kind("من جهته، بين مدير إدارة المراقبة بالأمانة سعد الحربي أنه تم إغلاق خمسة مطاعم مخالفة.",
                    "indirect")
    quote = containing(found, "تم إغلاق خمسة مطاعم")
    assert quote["cue"]["text"] == "بين"
    assert "سعد الحربي" in quote["speaker"]["text"]


def test_bare_bayyana_after_comma_without_subject():
    found = of_kind("وأوضح مدير الهيئة أن النظام الجديد يسهل عمل المستوردين، بين أن الطلبات تنجز خلال يوم واحد.",
                    "indirect")
    quote = containing(found, "الطلبات تنجز خلال يوم")
    assert quote["cue"]["text"] == "بين"


def test_between_as_preposition_reports_nothing():
    found = analysed("بين الحين والآخر تظهر أصوات تطالب بأن تمدد ساعات العمل في الأسواق.")
    assert "بين" not in _cues(found)


def test_between_two_places_reports_nothing():
    found = analysed("وتقع القرية بين الجبل والبحر، وقد قرر السكان أن يقيموا مهرجانا كل صيف.")
    assert "بين" not in _cues(found)


def test_wa_bayyana_left_as_it_was():
    found = of_kind("وبين المتحدث باسم الوزارة أن الحملة ستستمر حتى نهاية الشهر.", "indirect")
    assert containing(found, "الحملة ستستمر")["cue"]["text"] == "وبين"


def test_tatarraqa_ila_anna_reports():
    found = of_kind("وتطرق رئيس الغرفة التجارية إلى أن الصادرات غير النفطية سجلت نموا ملحوظا هذا العام.", "indirect")
    quote = containing(found, "الصادرات غير النفطية سجلت")
    assert quote["cue"]["text"] == "وتطرق"


def test_rakkaza_ala_anna_reports():
    found = of_kind("كما ركز الخبير الاقتصادي في محاضرته على أن الاستثمار في التعليم يحقق أعلى العوائد.", "indirect")
    quote = containing(found, "الاستثمار في التعليم يحقق")
    assert "الخبير الاقتصادي" in quote["speaker"]["text"]


def test_tatarraqa_to_a_topic_is_narration():
    found = analysed("وتطرق اللقاء إلى عدد من الموضوعات المتعلقة بتطوير الخدمات البلدية في المحافظة.")
    assert "وتطرق" not in _cues(found)


def test_rakkaza_on_a_topic_is_narration():
    found = analysed("وركزت الورشة على مهارات التواصل مع العملاء وأساليب حل المشكلات.")
    assert "وركزت" not in _cues(found)
