"""Quote finder, pass q63 (session 26): speech with neither إن / أن nor a colon.

"وأضاف التقرير، كانت الأسعار …"، "وقالت الدكتورة X عضو مجلس الشورى، نسأل الله …"، "وقال دشنا اليوم …":
after a verb that only reports speech, the colon is sometimes left out. Nothing marks where the speaker
ends, except where the next clause opens with a word that cannot go on describing the speaker: a form
of كان, a speech opener, a future verb, or a verb in the first person plural (news narration is written
in the third person). After the speaker's name and a comma, or right after a verb with no subject, such
a word opens what was said. A title or a name after the comma, a source closing the clause before it
("كما قال X، ولكن …") and names ending like a first-person verb (مارينا) are left as they were.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _indirect(text: str) -> list[dict]:
    return of_kind(text, "indirect")


def _starting(text: str, opening: str) -> list[dict]:
    return [q for q in _indirect(text) if q["text"].startswith(opening)]


def test_kana_after_the_subject_and_a_comma():
    text = ("ونشرت الهيئة تقريرها السنوي عن سوق الإسكان. وأضاف التقرير، كانت الأسعار في المدن الكبرى "
            "أعلى مما توقعه المحللون في بداية العام.")
    found = _starting(text, "كانت الأسعار في المدن الكبرى")
    assert len(found) == 1, _indirect(text)
    assert found[0]["cue"]["text"] == "وأضاف"
    assert found[0]["text"].endswith("في بداية العام")


def test_first_person_present_after_a_named_speaker():
    text = "وقالت الدكتورة سارة الحربي عضو مجلس الشورى، نسأل الله الرحمة للضحايا والصبر لأسرهم."
    found = _starting(text, "نسأل الله الرحمة")
    assert len(found) == 1, _indirect(text)
    assert found[0]["speaker"]["text"] == "الدكتورة سارة الحربي عضو مجلس الشورى"


def test_first_person_past_right_after_the_verb():
    text = ("وأكد وزير الزراعة أن المخزون يكفي ستة أشهر. وقال دشنا اليوم أولى القوافل الواصلة من ميناء "
            "المدينة وهي تحمل مواد غذائية.")
    found = _starting(text, "دشنا اليوم أولى القوافل")
    assert len(found) == 1, _indirect(text)
    assert found[0]["cue"]["text"] == "وقال"
    assert found[0]["speaker"]["text"] == "وزير الزراعة"


def test_future_after_the_subject_and_a_comma():
    text = "وقال المدرب خالد العمري، سنلعب المباراة المقبلة بتشكيلة جديدة بسبب الإصابات."
    found = _starting(text, "سنلعب المباراة المقبلة")
    assert len(found) == 1, _indirect(text)
    assert found[0]["speaker"]["text"] == "المدرب خالد العمري"


def test_feminine_past_after_a_named_speaker():
    text = ("وقال المتحدث الأمني باسم شرطة المنطقة المقدم فهد السالم، تلقت غرفة العمليات بلاغا عن حريق "
            "في مستودع للأخشاب، وباشرت فرق الدفاع المدني الموقع.")
    found = _starting(text, "تلقت غرفة العمليات بلاغا")
    assert len(found) == 1, _indirect(text)
    assert found[0]["speaker"]["text"] == "المتحدث الأمني باسم شرطة المنطقة المقدم فهد السالم"


def test_guard_title_after_the_comma():
    text = "وقال جو ماركس، نائب مدير المنظمة، لـ«الشرق الأوسط» إن الوضع في المخيمات سيئ."
    found = _indirect(text)
    assert len(found) == 1, found
    assert found[0]["text"] == "الوضع في المخيمات سيئ"
    assert found[0]["speaker"]["text"].startswith("جو ماركس")


def test_guard_source_closing_the_clause_before():
    text = "وللجار في التراث حقوق كثيرة كما قال السيد الوزير، ولكن أول تلك الحقوق كف الأذى عن الجيران."
    assert not _starting(text, "ولكن أول تلك الحقوق")
    assert not _starting(text, "لكن أول تلك الحقوق")


def test_guard_name_ending_like_a_first_person_verb():
    text = "وقالت مديرة النادي، مارينا كوفاليفا إن الفريق سيتعاقد مع مدرب جديد."
    assert not _starting(text, "مارينا")
    found = _starting(text, "الفريق سيتعاقد")
    assert len(found) == 1, _indirect(text)


def test_guard_description_after_the_comma():
    text = "وقال محمد الزهراني، يعمل في إحدى شركات المقاولات منذ عشرة أعوام، إن العمال يعانون من الحر."
    assert not _starting(text, "يعمل في إحدى")
    assert _starting(text, "العمال يعانون من الحر")
