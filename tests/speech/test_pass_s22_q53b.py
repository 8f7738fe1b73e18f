"""Quote finder, fifty-third pass, according-to (quotes round 53b, session 22).

A source set off by commas or dashes right after the subject of its clause — a noun phrase with no verb
("قرية التمور، وبحسب المشرف …، صممت …"), the noun of أن / لأن / لكن ("لأن الموضوع - وحسب الخبر - منظور …"،
"ولا شك أن هولاند، كما تقول مصادر الإليزيه، سيلتقي …") or a pronoun ("وهو الذي - وفق الدراسات - يعد …") —
attributes the predicate that follows it, not the subject before it. With a verb before the source
("وستواصل القوات، وفق قائد العملية، التقدم …") the whole clause is attributed, as before.
A phrase of place, time or cause set off by a comma at the start of a sentence that a source closes ("وفي
القاهرة، التقت الوزيرة …، حسب ما أعلنت الخارجية"، "والسبت، هاجم المسلحون …، بحسب شهود") is the scene of the
report, not what the source said: the content starts after its comma.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _one(text: str) -> dict:
    found = of_kind(text, "according_to")
    assert len(found) == 1, found
    return found[0]


def test_topic_before_a_long_comma_set_source():
    text = ("وافتتحت أمس فعاليات المهرجان الصيفي في المدينة. ساحة الألعاب، وبحسب مدير المهرجان المهندس "
            "خالد بن سعد العتيبي، أقيمت على مساحة ثلاثة آلاف متر مربع وتضم عشرين لعبة للأطفال.")
    quote = _one(text)
    assert quote["text"].startswith("أقيمت على مساحة")
    assert quote["text"].endswith("لعبة للأطفال")
    assert "العتيبي" in quote["speaker"]["text"]


def test_noun_of_lianna_before_a_dashed_source():
    text = ("ولن نتحدث عن تفاصيل الحادث؛ لأن الملف - وحسب بيان الشرطة - منظور أمام النيابة العامة، "
            "والتحقيق مستمر لمعرفة الأسباب.")
    quote = _one(text)
    assert quote["text"].startswith("منظور أمام النيابة")
    assert "الشرطة" in quote["speaker"]["text"]


def test_noun_of_anna_before_kama_taqul():
    text = ("ولا شك أن الوزير، كما تقول مصادر دبلوماسية، سيزور العاصمة الأسبوع المقبل لبحث ملف "
            "التعاون الاقتصادي بين البلدين.")
    quote = _one(text)
    assert quote["text"].startswith("سيزور العاصمة")
    assert quote["speaker"]["text"].startswith("مصادر دبلوماسية")


def test_pronoun_subject_before_a_dashed_source():
    text = ("فالمستأجر يدفع الكثير كل عام، وهو الذي - وفق وزارة الاقتصاد والتخطيط - ينفق نصف دخله "
            "على السكن والخدمات.")
    quote = _one(text)
    assert quote["text"].startswith("ينفق نصف دخله")


def test_verb_before_a_comma_set_source_keeps_the_whole_clause():  # guard
    text = ("وستواصل القوات الحكومية، وفق المتحدث العسكري، التقدم نحو المدينة خلال الأيام المقبلة "
            "لاستعادة الطريق الدولي.")
    quote = _one(text)
    assert quote["text"].startswith("ستواصل القوات")


def test_closing_source_keeps_the_sentence():  # guard
    text = "وارتفعت أسعار الخضار بنسبة خمسة في المئة خلال الشهر الماضي، بحسب وزارة التجارة."
    quote = _one(text)
    assert quote["text"].startswith("ارتفعت أسعار")


def test_fronted_source_unchanged():  # guard
    text = "وبحسب وزارة الصحة، فإن عدد المصابين بالحمى بلغ مئة شخص في المنطقة الشرقية."
    quote = _one(text)
    assert quote["text"].startswith("عدد المصابين")


def test_place_phrase_before_a_closing_source_is_left_out():
    text = ("وفي الرياض، افتتح أمير المنطقة معرضا للكتاب يضم ألف دار نشر من أربعين دولة، بحسب ما "
            "أعلنت وزارة الثقافة.")
    quote = _one(text)
    assert quote["text"].startswith("افتتح أمير المنطقة")


def test_weekday_before_a_closing_source_is_left_out():
    text = "والأحد، هاجم مسلحون قرية في شمال البلاد وأحرقوا عددا من المنازل، بحسب شهود عيان."
    quote = _one(text)
    assert quote["text"].startswith("هاجم مسلحون")


def test_cause_phrase_before_a_closing_source_is_left_out():
    text = ("وبسبب ارتفاع درجات الحرارة في المنطقة الشرقية، زاد استهلاك الكهرباء بنسبة عشرة في المئة "
            "خلال الأسبوع الماضي، وفقا لشركة الكهرباء.")
    quote = _one(text)
    assert quote["text"].startswith("زاد استهلاك")


def test_time_phrase_with_no_comma_stays_in_the_content():  # guard
    text = "وفي العام الماضي ارتفعت الصادرات غير النفطية بنسبة خمسة في المئة، بحسب هيئة الإحصاء."
    quote = _one(text)
    assert quote["text"].startswith("في العام الماضي")
