"""Quote finder, pass q54b (session 23): speakers of indirect quotes.

After a verb that calls on someone (دعا، حث، طالب، ناشد، حذر) a definite head word ("التقرير",
"الصحيفة") is the whole subject when a definite noun that is not shaped as an adjective follows it: a
definite head takes no genitive, so that noun ("القطاع المصرفي", "السلطات") is whom the subject called
on, and it opens what was said. After any reporting verb a definite plural of people in -ون is the
whole subject so too ("ويذكر المسؤولون الزوار بضرورة …"). Adjectives stay with the head ("التقرير
السنوي", "الأمين العام", "المسؤولون الأتراك"), and so does one tagged name.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _indirect(text: str) -> list[dict]:
    return of_kind(text, "indirect")


def _one(text: str) -> dict:
    found = _indirect(text)
    assert len(found) == 1, found
    return found[0]


def test_report_calls_on_a_sector():
    quote = _one("ودعا التقرير القطاع الصناعي بالاتجاه إلى تنويع منتجاته نحو الأسواق الآسيوية.")
    assert quote["speaker"]["text"] == "التقرير"
    assert quote["text"].startswith("القطاع الصناعي")
    assert quote["text"].endswith("الأسواق الآسيوية")


def test_paper_urges_the_authorities():
    quote = _one("وحثت الصحيفة الحكومات في المنطقة على فتح حدودها أمام اللاجئين الفارين من الحرب.")
    assert quote["speaker"]["text"] == "الصحيفة"
    assert quote["text"].startswith("الحكومات في المنطقة")


def test_guard_named_speaker_alerts_parents():
    text = ("وقالت المعلمة نورة السبيعي إن المدارس تستعد للعام الجديد. "
            "وتنبه السبيعي أولياء الأمور إلى ضرورة شراء الكتب قبل بداية الدراسة.")
    quote = [q for q in _indirect(text) if q["text"].startswith("أولياء الأمور") or "ضرورة شراء" in q["text"]]
    assert len(quote) == 1, quote
    assert "السبيعي" in quote[0]["speaker"]["text"]
    assert "أولياء" not in quote[0]["speaker"]["text"]


def test_the_next_quote_goes_on_with_the_head():
    text = ("ودعا التقرير القطاع الصناعي بالاتجاه إلى تنويع منتجاته نحو الأسواق الآسيوية، "
            "مضيفا أن الصادرات ارتفعت خلال العام الماضي.")
    later = [q for q in _indirect(text) if q["text"].startswith("الصادرات")]
    assert len(later) == 1, later
    assert later[0]["speaker"]["text"] == "التقرير"


def test_nominative_plural_heads_no_genitive():
    text = "ويذكر المسؤولون الزوار بضرورة البقاء على الممرات المخصصة، وأن يبتعدوا عن الحيوانات البرية."
    found = _indirect(text)
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"] == "المسؤولون"


# guards: an adjective after the head is part of the subject


def test_guard_title_and_name():
    quote = _one("وقال الرئيس الأسد إن المعارك ستستمر حتى نهاية العام.")
    assert quote["speaker"]["text"] == "الرئيس الأسد"


def test_guard_secretary_general():
    quote = _one("ودعا الأمين العام إلى تعزيز التعاون بين الدول الأعضاء.")
    assert quote["speaker"]["text"] == "الأمين العام"


def test_guard_nisba_adjective():
    quote = _one("ودعا التقرير السنوي إلى مراجعة سياسات الدعم الحكومي.")
    assert quote["speaker"]["text"] == "التقرير السنوي"


def test_guard_people_plural_adjective():
    quote = _one("وطالب المسؤولون الأتراك بوقف الهجمات على المدن الحدودية فورا.")
    assert quote["speaker"]["text"] == "المسؤولون الأتراك"


def test_guard_object_without_subject():
    quote = _one("ودعت الوزارة المواطنين إلى الالتزام بالتعليمات الصادرة عن الدفاع المدني.")
    assert quote["speaker"]["text"] == "الوزارة"
    assert quote["text"].startswith("المواطنين")
