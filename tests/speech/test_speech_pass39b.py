"""Quote finder, thirty-ninth pass, speakers (quotes round 39b): a text or word going round that stands
alone, indefinite, with no author and nothing said of it ("قالت دراسة إن"، "وأظهر مسح"، "تشير تكهنات
إلى"، "وأوضحت معلومات أن") is an unnamed source, but not with its author after it ("مسح لرويترز");
a definite plural or dual after a definite singular nisba adjective ("رئيس الوزراء الماليزي
المستثمرين") begins the verb's object, not the speaker phrase.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_a_study_alone_is_anonymous():
    found = analysed("وقالت دراسة إن تناول الشاي الأخضر يوميا يخفض ضغط الدم لدى كبار السن.")
    assert speaker(found, "وقالت") == "دراسة"
    assert anonymous(found, "وقالت")


def test_a_survey_alone_is_anonymous():
    found = analysed("وأظهر مسح أن أسعار المنازل تراجعت في المدن الكبرى خلال الشهر الماضي.")
    assert speaker(found, "وأظهر") == "مسح"
    assert anonymous(found, "وأظهر")


def test_speculation_alone_is_anonymous():
    found = analysed("وتشير تكهنات إلى أن المهاجم سينتقل إلى نادي الشباب في الصيف المقبل.")
    assert speaker(found, "وتشير") == "تكهنات"
    assert anonymous(found, "وتشير")


def test_information_alone_is_anonymous():
    found = analysed("وأوضحت معلومات أن قوات الأمن داهمت عدة منازل في القرية فجر اليوم.")
    assert speaker(found, "وأوضحت") == "معلومات"
    assert anonymous(found, "وأوضحت")


def test_a_survey_with_its_author_after_it_stays_named():
    found = analysed("وأظهر مسح لرويترز أن أسعار المنازل تراجعت في المدن الكبرى خلال الشهر الماضي.")
    assert not anonymous(found, "وأظهر")


def test_a_plural_after_a_nisba_begins_the_object():
    found = analysed("وحث رئيس الوزراء الماليزي المستثمرين على زيادة استثماراتهم في البلاد.")
    assert speaker(found, "وحث") == "رئيس الوزراء الماليزي"


def test_a_plural_after_a_feminine_nisba_begins_the_object():
    found = analysed("وطالبت اللجنة البرلمانية السودانية المسؤولين بفتح تحقيق عاجل في الحادث.")
    assert speaker(found, "وطالبت") == "اللجنة البرلمانية السودانية"


def test_a_dual_after_a_feminine_nisba_begins_the_object():
    found = analysed("واتهمت الحكومة الليبية الجماعتين بعرقلة الحوار الوطني في طرابلس.")
    assert speaker(found, "واتهمت") == "الحكومة الليبية"


def test_a_second_nisba_stays_in_the_phrase():
    found = analysed("وقال المتحدث باسم الشرطة الاتحادية العراقية إن القوات تقدمت نحو المدينة.")
    assert speaker(found, "وقال") == "المتحدث باسم الشرطة الاتحادية العراقية"


def test_a_report_the_text_gives_an_author_elsewhere_stays_named():
    found = analysed("وكشف تقرير عن تراجع مبيعات السيارات في المنطقة خلال الربع الثاني. "
                     "وبحسب التقرير الذي أصدرته «دار الأفق للاستشارات» فإن الطلب سيعود للنمو قريبا.")
    assert not anonymous(found, "وكشف")


def test_a_non_country_word_in_i_before_a_plural_keeps_the_phrase():
    found = analysed("وأوضح مدير فرع الوزارة في محافظة الخرج المطيري العتيبين أن الفرق تواصل جولاتها.")
    assert speaker(found, "وأوضح") == "مدير فرع الوزارة في محافظة الخرج المطيري العتيبين"
