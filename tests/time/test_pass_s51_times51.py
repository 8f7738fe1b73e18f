"""Session 51, times51 (docs/evaluation/facts_times.md, "Session 51, pass times51"): a Gregorian month named
alone, later in the year than the article's, right after a word of a futures contract or a shipment ("في عقود
سبتمبر"، "للتسليم في سبتمبر"، "العقد الآجل لشهر سبتمبر"، "لشحنات أكتوبر"، "تحميل أكتوبر") is this year's, a
month still ahead (it was read a year back). Guards: a month before the article's after such a word keeps the
past ("شحنات مايو" written in July), "منذ ديسمبر" and a month after a past verb keep last year's, and "الاجتماع
الذي عقد في نوفمبر" (held in, a verb) is no contract. "على الفور" (immediately) is no time expression (the
dev gold marks 3 of 34); "فيما بعد" stays one. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-07-22"


def times(text, published=PUB):
    return time_rows(text, published)


def test_brent_in_september_contracts_is_this_year():
    rows = times("وارتفع سعر خام برنت في عقود سبتمبر 40 سنتا إلى 57 دولارا للبرميل عند التسوية.")
    assert ("سبتمبر", "month", "2015-09") in rows


def test_delivery_in_october_is_this_year():
    rows = times("وتراجع خام القياس العالمي للتسليم في أكتوبر بنحو 1% في ختام التعاملات.")
    assert ("أكتوبر", "month", "2015-10") in rows


def test_futures_contract_for_the_month_of_november_is_this_year():
    rows = times("وهبط العقد الآجل لشهر نوفمبر تشرين الثاني دولارا واحدا بعد صدور البيانات.")
    assert ("شهر نوفمبر تشرين الثاني", "month", "2015-11") in rows


def test_shipments_of_october_are_this_year():
    rows = times("وخفضت الشركة سعر البيع الرسمي لشحنات أكتوبر إلى آسيا 30 سنتا للبرميل.")
    assert ("أكتوبر", "month", "2015-10") in rows


def test_loading_month_of_dubai_crude_is_this_year():
    rows = times("وتحدد الشركة السعر بالرجوع إلى متوسط سعر خام دبي تحميل ديسمبر في الأسواق.")
    assert ("ديسمبر", "month", "2015-12") in rows


def test_guard_shipments_of_a_month_gone_by_stay_this_years_past():
    rows = times("وانخفضت شحنات مايو من الخام إلى أدنى مستوى في عامين.")
    assert ("مايو", "month", "2015-05") in rows


def test_guard_since_december_stays_last_year():
    rows = times("وتراجعت الصادرات إلى أدنى مستوياتها منذ ديسمبر بحسب البيانات الرسمية.")
    assert ("ديسمبر", "month", "2014-12") in rows


def test_guard_meeting_held_in_november_stays_last_year():
    rows = times("وكان الاجتماع الذي عقد في نوفمبر قد انتهى دون اتفاق على خفض الإنتاج.")
    assert ("نوفمبر", "month", "2014-11") in rows


def test_immediately_is_no_time_expression():
    rows = times("وهرعت فرق الدفاع المدني إلى موقع الحريق على الفور وأخلت المبنى من سكانه.")
    assert not [row for row in rows if "الفور" in row[0]]


def test_guard_later_stays_a_vague_time():
    rows = times("وقال إن اللجنة ستعلن النتائج فيما بعد عقب مراجعتها.")
    assert ("فيما بعد", "date", None) in rows
