"""Quotes round 29a: "كما قال X" set off inside its clause (made-up texts)."""

import khabar


def _quotes(text: str, kind: str | None = None) -> list[dict]:
    return [q for q in khabar.analyze(text).quotes if kind is None or q["kind"] == kind]


def test_clause_goes_on_past_title_and_place_after_as_said():
    # the source's title and where it spoke are set off by commas; the clause goes on after them
    text = ("لكن رغم ذلك، كما قال خالد الناصر، مدير إدارة المراجعة في شركة النقل، أمام أعضاء الجمعية، "
            "يبقى التدقيق الداخلي ضعيفا في أغلب الشركات.")
    found = _quotes(text, "according_to")
    assert len(found) == 1
    assert "يبقى التدقيق الداخلي ضعيفا" in found[0]["text"]
    assert "خالد الناصر" in found[0]["speaker"]["text"]


def test_set_off_as_said_followed_by_that_is_the_verbs_quote():
    # "كما تذكر X، بأنه …": the complementizer makes it the verb's own quote, not an attribution of
    # the words before كما
    text = ("ارتفعت الأسعار في العام الماضي. لكن نمو الطلب على الحديد كما تذكر هيئة المعادن، "
            "بأنه توقف في الربع الأول من هذا العام.")
    assert not _quotes(text, "according_to")
    found = _quotes(text, "indirect")
    assert len(found) == 1 and found[0]["text"].startswith("توقف في الربع الأول")
    assert "هيئة المعادن" in found[0]["speaker"]["text"]


def test_as_said_closing_its_sentence_unchanged():
    # guard: "…، كما قالت X." still attributes the clause before it
    text = "وسيغلق الطريق الساحلي ثلاثة أيام للصيانة، كما قالت إدارة المرور."
    found = _quotes(text, "according_to")
    assert len(found) == 1 and found[0]["text"].startswith("سيغلق الطريق الساحلي")


def test_as_said_with_short_source_between_commas_unchanged():
    # guard: the plain comma-set case keeps the whole clause
    text = "ولا شك أن الوزير، كما تقول مصادر الوزارة، سيزور المدينة الأسبوع المقبل."
    found = _quotes(text, "according_to")
    assert len(found) == 1 and "سيزور المدينة" in found[0]["text"]
