"""Session 29, pass q75: according-to precision — no quote without a statement of its own, and no
source after "كما" + a verb of thanks or a plural verb (made-up sentences in the style of the news)."""

import khabar


def according(text: str) -> list[dict]:
    return [q for q in khabar.analyze(text, published="2015-08-01").quotes if q["kind"] == "according_to"]


def test_bracketed_source_after_a_quotation_gives_no_empty_according_to():
    text = ("وأضاف الحزب في بيان على موقعه «لم يعد للاتفاق أي معنى بعد هذه الهجمات المتكررة على القرى» "
            "(حسب البيان). من جهته، دعا رئيس البلدية إلى التهدئة.")
    assert all(any(c.isalpha() for c in q["text"]) for q in according(text))


def test_tongue_inside_as_said_on_the_tongue_of_gives_no_quote_of_the_cue_words():
    text = ("وقالت الرئاسة الحالية للمجلس في بيان: «النتيجة الأهم هي أن اللاجئين سيجري توزيعهم على الدول "
            "الأعضاء في الخريف المقبل»، حسب ما جاء على لسان وزير الخارجية سامي العلي. وكان القادة قد التقوا أمس.")
    assert not [q for q in according(text) if "حسب ما" in q["text"]]


def test_thanked_person_after_kama_is_no_source():
    text = ("وكرمت الهيئة الحارس الأمين بمكافأة مالية تقديرا لأمانته وإعادته حقيبة المجوهرات لصاحبها، "
            "كما شكرت مالك المبنى سعيد القحطاني.")
    assert not according(text)


def test_plural_verb_after_kama_takes_an_object_not_a_source():
    text = "رحم الله الفقيد، فهنيئا لمن يذكره الناس بالخير بعد رحيله كما ذكروا المذيع خالد الحربي."
    assert not according(text)


# guards: what must not change


def test_guard_thanks_after_kama_inside_a_reported_clause_is_no_source():
    text = ("وأكد مدير الجامعة أن المستشفى الجديد سيخدم آلاف المرضى في المنطقة، كما توجه بالشكر والتقدير "
            "لوكيل وزارة الصحة الدكتور سالم العتيبي.")
    assert not according(text)


def test_guard_as_said_by_a_relation_stays_according_to():
    text = "وكان الشاب يعمل في شركة للبرمجيات في العاصمة منذ عامين، كما قال والده."
    found = according(text)
    assert [q["cue"]["text"] for q in found] == ["كما قال"]
    assert found[0]["speaker"]["text"] == "والده"


def test_guard_as_informed_by_sources_stays_according_to():
    text = ("وشنت القوات هجوما واسعا على مواقع المسلحين قرب الحدود الشمالية، كما أبلغت مصادر محلية "
            "الصحيفة.")
    found = according(text)
    assert [q["cue"]["text"] for q in found] == ["كما أبلغت"]
    assert found[0]["speaker"]["text"].startswith("مصادر محلية")


def test_guard_as_the_minister_added_stays_according_to():
    text = ("وأعلن وزير النقل إعادة فتح المطار أمام الرحلات المدنية اليوم. ومن المنتظر أن تصل طائرات تحمل "
            "مساعدات إنسانية في اليومين المقبلين، كما أضاف الوزير.")
    assert [q["cue"]["text"] for q in according(text)] == ["كما أضاف"]


def test_guard_closing_source_after_a_sentence_stays():
    text = "وارتفعت أسعار النفط في تعاملات اليوم بنسبة اثنين في المئة، بحسب وكالة رويترز."
    found = according(text)
    assert len(found) == 1 and found[0]["speaker"]["text"] == "وكالة رويترز"
    assert found[0]["text"].startswith("ارتفعت أسعار النفط")


def test_guard_as_promised_stays_according_to():
    text = ("ولن يكون هناك مجال لرفع العقوبات عن الشركات المخالفة قبل نهاية العام، كما وعدت الحكومة "
            "الجديدة.")
    assert [q["cue"]["text"] for q in according(text)] == ["كما وعدت"]
