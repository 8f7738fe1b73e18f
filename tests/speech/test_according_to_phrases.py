"""Quote finder, seventeenth pass (quotes round 17): according-to attributions that recur in the
dev gold and the 1,080-article snapshot together. Every text is written for these tests.

* A source closing a sentence ("…، بحسب «الشرق الأوسط».") reports the whole sentence even when
  the sentence holds more than one quote (a verb and a participle after it), or opens with a
  circumstance before its verb ("وفي ريف حلب، قال …"): the gold keeps the outlet's report and the
  speaker's quotes inside it, as it does for one quote whose verb opens the sentence.
"""

from __future__ import annotations

from entity_quotes import analysed


def _according(found) -> list[dict]:
    return [q for q in found if q["kind"] == "according_to"]


def test_a_closing_source_reports_a_sentence_of_two_quotes():
    found = analysed("وقالت المصادر إن البنوك أبلغت عملاءها بالإجراءات الجديدة، مبينة أن هذه الخطوة تهدف "
                     "إلى تشجيع استخدام البطاقات في المشتريات، بحسب «الشرق الأوسط».")
    [source] = _according(found)
    assert source["speaker"]["text"] == "«الشرق الأوسط»"
    assert "البنوك أبلغت عملاءها" in source["text"] and source["text"].endswith("في المشتريات")
    reported = {q["cue"]["text"]: q for q in found if q["kind"] == "indirect"}
    assert set(reported) == {"وقالت", "مبينة"}  # the speaker's own quotes stay, inside the report
    assert all(q["speaker"]["text"] == "المصادر" for q in reported.values())


def test_a_closing_source_reports_a_sentence_opened_by_a_circumstance():
    found = analysed("وفي ريف حلب، قال المرصد السوري إن فصائل المعارضة استعادت السيطرة على قرية في الريف "
                     "الشمالي، بحسب ما أظهرته تسجيلات مصورة.")
    [source] = _according(found)
    assert "استعادت السيطرة" in source["text"]
    assert [q["cue"]["text"] for q in found if q["kind"] == "indirect"] == ["قال"]


def test_the_verb_after_a_framed_sentence_goes_on_with_the_speaker_not_the_outlet():
    found = analysed("وأكد الوزير أن المشروع سينتهي قريبا، مشيرا إلى أن التكلفة تجاوزت المليار، وفقا لصحيفة «الحياة». "
                     "وأضاف أن العمل يسير وفق الخطة.")
    added = next(q for q in found if q["cue"] and q["cue"]["text"] == "وأضاف")
    assert added["speaker"]["text"] == "الوزير"


def test_a_source_inside_the_clause_frames_no_quote():
    found = analysed("وقال المدير إن الشركة تعمل وفق خطة زمنية محددة لإنجاز المشروع، مؤكدا أن العمل يسير بانتظام.")
    assert _according(found) == []


# Twentieth pass: a وفق / حسب / تبعا لـ whose phrase is a directive, a regulation or a plan ("حسب
# تعليمات وزارة الداخلية", "وفقا لتوجهات الوزارة") says by which rule something was done; the body
# named in it issued the rule and reports nothing (4 dev articles gave such false quotes).

def test_a_directive_of_a_ministry_attributes_nothing():
    found = analysed("ويتم ترحيل المخالفين من المقيمين وإحالة المواطنين إلى النيابة العامة حسب تعليمات "
                     "وزارة الداخلية الصادرة العام الماضي، فيما تتابع اللجان عملها في الأسواق.")
    assert _according(found) == []


def test_the_regulations_of_an_office_attribute_nothing():
    found = analysed("ونظرا لوقوع الحادث خارج المملكة وحسب اللوائح التنفيذية للهيئة فقد كلف المدير العام "
                     "فريقا للمشاركة في التحقيق.")
    assert _according(found) == []


def test_a_plan_of_a_company_attributes_nothing():
    found = analysed("ويعرض التقرير جهود الشركة للحد من الانبعاثات تبعا لرؤية تويوتا المستقبلية لعالم نقل "
                     "نظيف، إلى جانب برامج السلامة.")
    assert _according(found) == []


def test_a_statement_of_the_same_ministry_still_attributes():
    found = analysed("وتم ترحيل ثلاثين مخالفا خلال الأسبوع الماضي، حسب بيان وزارة الداخلية.")
    [source] = _according(found)
    assert source["speaker"]["text"] == "بيان وزارة الداخلية"


# Twentieth pass: a short source set off by two commas inside its clause ("وستواصل القوات، وفق
# قائد العملية، التقدم …") interrupts that clause as one between dashes does: the whole clause is
# attributed, not only the words before the source (dev 2 articles, snapshot 4).

def test_a_source_between_commas_attributes_the_clause_it_interrupts():
    found = analysed("واستعادت القوات القاعدة أمس. وستواصل القوات الحكومية، وفق اللواء حسن، التقدم لاستكمال "
                     "تحرير المحافظتين وفتح الطريق إلى تعز.")
    [source] = _according(found)
    assert source["speaker"]["text"] == "اللواء حسن"
    assert source["text"].startswith("ستواصل القوات الحكومية")
    assert source["text"].endswith("وفتح الطريق إلى تعز")


def test_a_source_between_commas_before_the_rest_of_a_verb_phrase():
    found = analysed("وتعود تفاصيل القضية، بحسب ما أوردته صحيفة «الوطن»، إلى تقديم موظف شكوى ضد مديره في العمل.")
    [source] = _according(found)
    assert source["text"].endswith("شكوى ضد مديره في العمل")


def test_a_source_between_commas_before_a_time_or_a_new_clause_ends_the_content():
    found = analysed("وارتفعت أسعار الخضار بنسبة كبيرة، حسب المصادر، اليوم الثلاثاء.")
    [source] = _according(found)
    assert source["text"] == "ارتفعت أسعار الخضار بنسبة كبيرة"
    found = analysed("وارتفعت أسعار الخضار بنسبة كبيرة، حسب المصادر، وتراجع الإقبال على الأسواق.")
    assert _according(found)[0]["text"] == "ارتفعت أسعار الخضار بنسبة كبيرة"


def test_a_description_of_the_source_after_the_second_comma_is_not_content():
    found = analysed("وحصلت خمسة مستشفيات في المملكة على المراكز الأولى عربيا، بحسب مؤسسة «هيلث ماتريكس»، "
                     "أكبر هيئة متخصصة في تصنيف المستشفيات بالعالم.")
    [source] = _according(found)
    assert source["text"].endswith("على المراكز الأولى عربيا")


# Twenty-third pass: "أن/إن" right after a source in the middle of a sentence ("لكن الجديد في الأمر
# بحسب مصادر مطلعة أن …", "ومن أسباب التأخير بحسب ما أوضحته المصادر هو أن …") opens what the source
# says; the words before the source only announce it (dev 1 article, snapshot 2).

def test_the_clause_after_that_is_what_a_mid_sentence_source_says():
    found = analysed("ويدرك الوزير أن استعادة الأموال عبر المحاكم المحلية صعبة، لكن الجديد في الأمر بحسب "
                     "مصادر مطلعة أن الحكومة طلبت من وزارة العدل دراسة اللجوء إلى المحكمة الدولية.")
    [source] = _according(found)
    assert source["text"] == "الحكومة طلبت من وزارة العدل دراسة اللجوء إلى المحكمة الدولية"
    assert source["speaker"]["text"] == "مصادر مطلعة"


def test_a_pronoun_between_the_source_and_that_still_opens_the_clause():
    found = analysed("ومن أسباب تأخير المشروع بحسب ما أوضحته المصادر هو أن الشركة المنفذة لم تتسلم مستحقاتها منذ عام.")
    [source] = _according(found)
    assert source["text"] == "الشركة المنفذة لم تتسلم مستحقاتها منذ عام"


def test_a_reporting_verb_before_the_source_keeps_its_own_quote():
    found = analysed("وقال المتحدث بحسب صحيفة «الحياة» إن الحكومة ستعلن القرار الأسبوع المقبل.")
    assert [q["cue"]["text"] for q in found if q["kind"] == "indirect"] == ["وقال"]
    assert all(q["text"] != "الحكومة ستعلن القرار الأسبوع المقبل" for q in _according(found))
