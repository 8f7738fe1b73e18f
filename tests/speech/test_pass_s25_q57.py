"""Quote finder, pass q57 (session 25): a source cited inside the words an indirect quote reports.

"كشفت الحصيلة أن …، وهو تحسن يرجع بحسب وزارة الاقتصاد بفضل …": the according-to phrase stands inside
what the verb reports. Its clause was read from the start of the sentence — the reporting verb and its
subject included — so it lost to the indirect quote that holds the same words and was dropped. Now such
a source attributes the clause it closes inside the reported words (from the last comma, "حيث" or
"حيث إن"), nested in the indirect quote, which stays. A source set off by a comma at the end of the
sentence still reports the whole sentence, the speaker's quote inside it.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _according(text: str) -> list[dict]:
    return of_kind(text, "according_to")


def _one_according(text: str, cue: str) -> dict:
    found = [q for q in _according(text) if q["cue"] and q["cue"]["text"] == cue]
    assert len(found) == 1, _according(text)
    return found[0]


def test_source_inside_the_reported_clause_it_interrupts():
    text = ("كشفت النشرة الفصلية للحكومة أن الصادرات ارتفعت بنسبة كبيرة خلال الربع الثاني، "
            "وهو ارتفاع يعود بحسب وزارة التجارة إلى تحسن الطلب الخارجي على السلع المحلية.")
    quote = _one_according(text, "بحسب")
    assert "ارتفاع يعود" in quote["text"]
    assert "كشفت" not in quote["text"] and "الصادرات" not in quote["text"]
    assert "وزارة التجارة" in quote["speaker"]["text"]
    assert any("الصادرات ارتفعت" in q["text"] for q in of_kind(text, "indirect"))


def test_source_closing_the_last_clause_of_a_view():
    text = ("ويرى عدد من المراقبين أن البرنامج حقق أهدافه في وقت قصير، "
            "والدليل على ذلك تراجع نسب البطالة بشكل واضح حسب الإحصاءات الرسمية.")
    quote = _one_according(text, "حسب")
    assert "تراجع نسب البطالة" in quote["text"]
    assert "يرى" not in quote["text"] and "البرنامج" not in quote["text"]
    assert "الإحصاءات" in quote["speaker"]["text"]


def test_source_after_where_and_inna():
    text = ("وقالت المعلمة إنها لا تستطيع العودة إلى عملها قبل نهاية العام الدراسي؛ "
            "حيث إنها المعيلة الوحيدة لأطفالها الثلاثة وفق تقرير صادر من المحكمة.")
    quote = _one_according(text, "وفق")
    assert quote["text"].startswith("المعيلة الوحيدة")
    assert "تقرير صادر من المحكمة" in quote["speaker"]["text"]
    assert any("لا تستطيع العودة" in q["text"] for q in of_kind(text, "indirect"))


def test_source_closing_the_clause_of_a_noun_object():
    text = ("وأشار رئيس الشركة إلى تحسن هوامش الربح في معظم المنتجات، "
            "وهذا ما يظهر بوضوح في نتائج الربع الثاني بحسب رئيس الشركة.")
    quote = _one_according(text, "بحسب")
    assert "نتائج الربع الثاني" in quote["text"] and "أشار" not in quote["text"]
    assert any("هوامش الربح" in q["text"] for q in of_kind(text, "indirect"))


def test_guard_source_set_off_at_the_end_reports_the_whole_sentence():
    text = "وأضافت المتحدثة أن الرجل غادر المبنى قبل وصول الشرطة بدقائق، حسب وكالة رويترز."
    quote = _one_according(text, "حسب")
    assert "المتحدثة" in quote["text"] and "غادر المبنى" in quote["text"]


def test_guard_plain_closing_source_keeps_its_sentence():
    text = "وارتفعت أسعار النفط في تعاملات أمس بأكثر من ثلاثة في المئة، بحسب وكالة بلومبيرغ."
    quote = _one_according(text, "بحسب")
    assert "أسعار النفط" in quote["text"]


def test_guard_fronted_source_before_its_clause():
    text = "وبحسب مصادر مطلعة فإن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."
    quote = _one_according(text, "وبحسب")
    assert quote["text"].startswith("المفاوضات ستستأنف")


def test_guard_outlet_closing_the_sentence_relays_the_whole_report():
    text = ("وأضاف الباحث أن البرنامج يحتوي على ثغرة خطيرة تسمح باختراق الحسابات "
            "بحسب ما جاء في موقع التقنية العربي.")
    quote = _one_according(text, "بحسب ما جاء")
    assert "الباحث" in quote["text"] and "ثغرة خطيرة" in quote["text"]
