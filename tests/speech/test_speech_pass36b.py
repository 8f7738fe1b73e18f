"""Quote finder, thirty-sixth pass, speakers (quotes round 36b): a phrase that opens with a
preposition next to a reporting verb — "ل" or "ب" the clitic lexicon splits off ("وأكد للطلاب …",
"وأوضح لجميع السكان …", "وأشار لضيفه …"), or a free one ("وفي تصريح لصحيفة … ذكر", "وحول …
قال") — says to whom, how or about what the words were said, never who said them: the verb goes on
with the speaker before. A name the lexicon keeps whole or the tagger found stays the speaker.
And a feminine participle ("مشيرة", "ومشددة") given a man, a masculine plural or a person named
last goes on with the subject of the feminine verb before it ("دخلت الكويت …", "نقلت صحيفة X عن
…", "رفضته الحكومة"); with no such verb it keeps the speaker it had (a writer's slip, "وتوقع
رئيس الجمعية …، مشيرة إلى", is read as he meant it).
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, speaker


def test_whom_it_was_said_to_is_not_the_speaker():
    found = analysed("وقال مدير الجامعة فهد السالم إن التسجيل يبدأ الأحد. وأكد للطلاب الجدد أن السكن متوفر للجميع.")
    assert speaker(found, "وأكد") == "مدير الجامعة فهد السالم"


def test_all_of_whom_it_was_said_to_is_not_the_speaker():
    found = analysed("أعلن محافظ المدينة ناصر العتيبي افتتاح الجسر. وأوضح لجميع السكان أن الطريق سيفتح صباحا.")
    assert speaker(found, "وأوضح") == "محافظ المدينة ناصر العتيبي"


def test_a_guest_with_a_possessive_is_not_the_speaker():
    found = analysed("قال وزير الزراعة هاني الدوسري إن المحصول وفير. وأشار لضيفه إلى أن التصدير سيبدأ قريبا.")
    assert speaker(found, "وأشار") == "وزير الزراعة هاني الدوسري"


def test_a_statement_before_the_verb_is_not_the_speaker():
    found = analysed("قال وزير الخارجية عادل الزهراني إن الوفد وصل. وفي تصريح لصحيفة الشرق ذكر أن الزيارة ستستمر يومين.")
    assert speaker(found, "ذكر") == "وزير الخارجية عادل الزهراني"


def test_a_name_that_opens_with_lam_stays_the_speaker():
    found = analysed("وقالت لجين عمران إن البرنامج ناجح.")
    assert speaker(found, "وقالت") == "لجين عمران"


def test_a_name_that_opens_with_ba_stays_the_speaker():
    found = analysed("وقال بولاك إن الدراسة جديدة.")
    assert speaker(found, "وقال") == "بولاك"


def test_a_feminine_participle_goes_on_with_the_country_not_the_man_named_last():
    found = analysed("دخلت الكويت على خط انتقاد تصريحات الوزير الإيراني محمد ظريف، ومشددة على أهمية حسن الجوار بين دول المنطقة.")
    assert speaker(found, "ومشددة") == "الكويت"


def test_a_feminine_participle_after_a_relay_goes_on_with_the_paper():
    found = analysed("ونقلت صحيفة «الغد» عن المدرب سامي الخطيب قوله إن الفريق جاهز، مشيرة إلى أن المباراة ستقام في موعدها.")
    assert speaker(found, "ونقلت") == "المدرب سامي الخطيب"
    assert speaker(found, "مشيرة") == "صحيفة «الغد»"


def test_a_feminine_participle_does_not_go_on_with_a_masculine_plural():
    found = analysed("يحشد المسلحون قواتهم حول المدينة، الأمر الذي رفضته الحكومة، مشددة على أهمية حماية السكان.")
    assert speaker(found, "مشددة") == "الحكومة"


def test_a_feminine_participle_goes_on_with_the_woman_who_spoke():
    found = analysed("وقالت الطبيبة سارة العمري إن العلاج متوفر، مشيرة إلى أن المرضى تحسنوا.")
    assert speaker(found, "مشيرة") == "الطبيبة سارة العمري"


def test_a_feminine_participle_with_no_feminine_verb_keeps_its_speaker():
    found = analysed("وأعلنت الهيئة العامة للأرصاد موعد الخسوف. وتوقع رئيس الهيئة خالد الزعاق أن يكون الجو صافيا، مشيرة إلى أن الرؤية ممكنة في كل المناطق.")
    assert speaker(found, "مشيرة") == "رئيس الهيئة خالد الزعاق"
