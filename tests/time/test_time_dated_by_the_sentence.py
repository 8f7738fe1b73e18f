"""Days dated by their sentence, resolved against an article of Saturday 25 July 2015: a day of a
sequence takes the weekday or calendar date its own sentence names (في اليوم الثاني من زيارته), "في حينه"
the day of the story its sentence named, never a day named in another sentence. Each on short made-up
Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-07-25"  # a Saturday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- a day of a sequence takes the day its sentence names


def test_a_day_of_a_visit_is_the_weekday_of_its_sentence():
    assert times("واجتمع وزير الخارجية الخميس بنظيره الأردني في اليوم الثالث من جولته الإقليمية.") == [
        ("الخميس", "date", "2015-07-23"),
        ("في اليوم الثالث", "date", "2015-07-23"),
    ]


def test_a_day_of_a_sequence_takes_a_calendar_date_said_after_it():
    found = times("وأوضحت اللجنة أن اليوم الأول للتسجيل الذي يستمر 10 أيام سيكون يوم الأحد 2 أغسطس.")
    assert ("اليوم الأول", "date", "2015-08-02") in found


def test_a_day_of_a_sequence_without_a_named_day_stays_null():
    assert times("ويتناول اليوم الأول أساسيات الإسعافات. ويخصص اليوم الثاني للتدريب العملي.") == [
        ("اليوم الأول", "date", None),
        ("اليوم الثاني", "date", None),
    ]


def test_today_or_now_does_not_date_a_day_of_a_sequence():
    # "حاليا" is the day of the writing, not the fifth day of the games
    found = times("وحصد المنتخب المشارك حاليا في الدورة أربع ميداليات في اليوم الخامس من المنافسات.")
    assert ("في اليوم الخامس", "date", None) in found


def test_a_day_named_in_another_sentence_does_not_date_it():
    found = times("وصل الوفد يوم الأحد 19 يوليو. وفي اليوم الثاني زار الوفد المصانع.")
    assert ("في اليوم الثاني", "date", None) in found


# --- "في حينه" in the sentence that named the story's day


def test_promptly_after_yesterday_in_its_sentence_is_yesterday():
    assert times("وتلقت الشرطة مساء أمس بلاغا عن الحريق، وباشرت الفرق الموقع في حينه وفق المتحدث.") == [
        ("مساء أمس", "time", "2015-07-24TEV"),
        ("في حينه", "date", "2015-07-24"),
    ]


def test_promptly_after_yesterday_in_another_sentence_stays_null():
    assert times("وصل المحققون أمس. وكان المواطن قد سجل بلاغا في حينه.") == [
        ("أمس", "date", "2015-07-24"),
        ("في حينه", "date", None),
    ]


def test_then_after_the_day_of_the_news_stays_null():
    # "حينذاك" points to the past of the story, not to the day the news was told ("آنذاك" is no time
    # expression since session 52's times53: the dev gold leaves it unmarked 9 times for 1)
    assert times("وأعلنت الحكومة أمس أن الوزير حينذاك وقّع العقد.") == [
        ("أمس", "date", "2015-07-24"),
        ("حينذاك", "date", None),
    ]
