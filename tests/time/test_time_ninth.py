"""Classes of time expressions found on dev in the ninth pass (issue 5): a bare plural unit with an
adjective of number or length (ساعات طويلة، دقائق معدودة، في غضون أيام), "for long" (لم يدم طويلاً،
وقتاً طويلاً), the minute of a match (الدقيقة 25), a frequency adverb before من (يزداد سنوياً من),
stretches of the calendar without bounds as ranges (في الأيام الأخيرة، خلال الأشهر المقبلة), "some
time ago" as a point (قبل أيام، قبل سنوات) and "than expected" (أقوى من المتوقع), which speaks of no
future. Each on short made-up Arabic news sentences."""

import khabar

from time_rows import time_rows

PUB = "2015-07-21"  # a Tuesday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def stage_times(text, published=PUB):
    """The times of the whole pipeline, whose stage reads the future cues of each sentence."""
    return [(t["text"], t["type"], t["value"]) for t in khabar.analyze(text, published=published).times]


# --- a bare plural unit with an adjective of number or length: a duration without value


def test_a_bare_plural_unit_with_a_vague_adjective_is_a_duration():
    assert times("وأمضى المسعفون ساعات طويلة في البحث عن المفقودين") == [("ساعات طويلة", "duration", None)]
    assert times("ولا يبعد المخيم سوى دقائق معدودة عن الحدود") == [("دقائق معدودة", "duration", None)]
    assert times("وأقيمت العروض في أيام متتالية بمسرح المدينة") == [("أيام متتالية", "duration", None)]
    assert times("وانسحب اللاعب بعدها بأسابيع قليلة من البطولة") == [("أسابيع قليلة", "duration", None)]


def test_within_a_few_units_is_a_duration():
    assert times("وأكد أن النتائج ستعلن في غضون أيام.") == [("في غضون أيام", "duration", None)]
    assert times("ويتخذ الحكم قراره في غضون ثوان معدودة") == [("في غضون ثوان معدودة", "duration", None)]


def test_a_bare_plural_unit_alone_is_still_no_time():
    # "أشهر" is also "the most famous", and "أيام" alone too often "the days of" something
    assert times("وتضم المدينة أشهر المطاعم الشعبية في المنطقة") == []
    assert times("وتحدث عن أيام الدراسة في القاهرة") == []


# --- "for long": the adverb طويلاً and the nouns of time it describes


def test_for_long_after_a_verb_is_a_duration():
    assert times("لكن الهدنة لم تدم طويلاً في المدينة") == [("طويلاً", "duration", None)]
    assert times("وانتظر المرضى طويلا أمام العيادة") == [("طويلا", "duration", None)]
    assert times("وقد تستغرق الإجراءات وقتاً طويلاً، بحسب المصدر") == [("وقتاً طويلاً", "duration", None)]
    assert times("وظلت القضية معلقة زمنا طويلا دون حل") == [("زمنا طويلا", "duration", None)]


def test_long_describing_another_noun_is_no_time():
    assert times("وقطعت المفاوضات شوطاً طويلاً نحو الاتفاق") == []
    assert times("وسار المحتجون طريقا طويلا إلى الميدان") == []


# --- the minute of a match


def test_the_minute_of_a_match_is_a_time_without_value():
    assert times("وسجل المهاجم هدف التقدم في الدقيقة 25 من الشوط الأول") == [("الدقيقة 25", "time", None)]
    assert times("وأدرك الضيوف التعادل في الدقيقة (81) بضربة رأس") == [("الدقيقة (81)", "time", None)]
    assert times("وأضاف البديل الهدف الثالث في الدقيقة 90+3") == [("الدقيقة 90+3", "time", None)]


def test_a_rate_per_minute_is_no_minute_of_a_match():
    assert times("ويضخ المصنع 300 لتر في الدقيقة الواحدة") == []


# --- a frequency adverb before من is complete


def test_a_frequency_adverb_before_min_is_a_set():
    assert times("لاستيعاب الأعداد المتزايدة سنوياً من خريجي الثانوية") == [("سنوياً", "set", "P1Y")]
    assert times("ويستقبل المستشفى يوميا من المراجعين أكثر من ألف") == [("يوميا", "set", "P1D")]
    assert times("ويعمل حاليا من منزله في جدة") == [("حاليا", "date", "2015-07-21")]


def test_a_phrase_before_min_still_opens_a_longer_one():
    # "في وقت سابق من" opens "في وقت سابق من الشهر الجاري", not "earlier" alone
    assert times("وأعلنت الشركة في وقت سابق من الشهر الجاري عن خطتها") == [
        ("في وقت سابق من الشهر الجاري", "month", "2015-07")
    ]


# --- stretches of the calendar without bounds, points some time ago


def test_the_last_or_coming_days_without_a_count_are_a_range():
    assert times("وتصاعدت المواجهات في الأيام الأخيرة بين الطرفين") == [("في الأيام الأخيرة", "range", None)]
    assert times("ويتوقع أن ترتفع الأسعار خلال الأشهر المقبلة") == [("خلال الأشهر المقبلة", "range", None)]
    assert times("وتراجعت المبيعات في السنوات القليلة الماضية") == [("في السنوات القليلة الماضية", "range", None)]
    assert times("وستصدر اللائحة في غضون الأيام المقبلة") == [("في غضون الأيام المقبلة", "range", None)]


def test_hours_throughout_and_counted_units_stay_durations():
    assert times("وسيعلن القرار خلال الساعات القادمة") == [("خلال الساعات القادمة", "duration", None)]
    assert times("وعانى السكان طيلة الأيام الماضية من انقطاع الكهرباء") == [
        ("طيلة الأيام الماضية", "duration", None)
    ]
    assert times("وارتفعت الأسعار خلال الأشهر الثلاثة الماضية") == [("خلال الأشهر الثلاثة الماضية", "duration", "P3M")]


def test_some_time_ago_is_a_point_without_value():
    assert times("وكان الوزير قد زار المنطقة قبل أيام قليلة") == [("قبل أيام قليلة", "date", None)]
    assert times("وأغلق المصنع قبل سنوات بسبب الخسائر") == [("قبل سنوات", "date", None)]
    assert times("وسيعود الوفد بعد أيام إلى الرياض") == [("بعد أيام", "duration", None)]


# --- "than expected" is no future cue


def test_than_expected_does_not_move_a_past_month_a_year_ahead():
    # read on 5 August 2015: July is the month just ended, not July 2016
    text = "وأظهر تقرير أقوى من المتوقع عن قطاع الخدمات في يوليو تموز ارتفاع الدولار."
    assert stage_times(text, "2015-08-05") == [("يوليو تموز", "month", "2015-07")]
    assert stage_times("وسجلت المبيعات تراجعا أكبر من المتوقع في يوليو.", "2015-08-05") == [("يوليو", "month", "2015-07")]


def test_it_is_expected_still_speaks_of_the_future():
    assert stage_times("ومن المتوقع أن يصل الوفد في يوليو.", "2015-08-05") == [("يوليو", "month", "2016-07")]
    assert stage_times("وقال إنه من المتوقع أن يصل الوفد في يوليو.", "2015-08-05") == [("يوليو", "month", "2016-07")]


# --- vague stretches the gold annotates (data/phrases.tsv)


def test_through_the_ages_and_in_the_long_run_are_times_without_value():
    assert times("وظلت المدينة مركزا للتجارة على مر العصور.") == [("على مر العصور", "range", None)]
    assert times("ولم تعرف المنطقة مثل هذا الجفاف على مدار التاريخ") == [("على مدار التاريخ", "range", None)]
    assert times("وكانت القلعة حصنا منيعا في القرون الوسطى") == [("القرون الوسطى", "range", None)]
    assert times("وتهدف الخطة إلى خفض التكاليف على المدى الطويل") == [("على المدى الطويل", "duration", None)]
    assert times("وحسم الفريق تأهله في اللحظات الأخيرة بهدف رائع") == [("في اللحظات الأخيرة", "time", None)]
