"""A part of the day with a named day is that part of it (TIMEX3's 2015-07-20TEV), the convention
of docs/ANNOTATING.md: "صباح/فجر" → MO, "عصر" → AF, "مساء" → EV, "ليل/ليلة" → NI."""

import pytest

import khabar


def times_of(text: str, published: str = "2015-07-22") -> list[tuple[str, str, str | None]]:
    return [(t["text"], t["type"], t["value"]) for t in khabar.analyze(text, published=published).to_dict()["times"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وصل وزير الخارجية إلى القاهرة مساء الاثنين الماضي في زيارة رسمية.", ("مساء الاثنين الماضي", "time", "2015-07-20TEV")),
        ("أعلنت الشرطة صباح أمس القبض على المتهمين.", ("صباح أمس", "time", "2015-07-21TMO")),
        ("وقعت الغارة فجر اليوم على أطراف المدينة.", ("فجر اليوم", "time", "2015-07-22TMO")),
        ("اندلع الحريق ليلة أول من أمس في المستودع.", ("ليلة أول من أمس", "time", "2015-07-20TNI")),
        ("ويعقد المجلس جلسته مساء يوم الخميس المقبل.", ("مساء يوم الخميس المقبل", "time", "2015-07-23TEV")),
        ("ووصل الوفد في صباح اليوم إلى جدة.", ("صباح اليوم", "time", "2015-07-22TMO")),
    ],
)
def test_a_part_of_a_named_day_keeps_the_day_and_its_part(sentence, expected):
    assert expected in times_of(sentence)


def test_the_afternoon_was_already_its_part():
    assert ("عصر أمس", "time", "2015-07-21TAF") in times_of("وصل الوفد عصر أمس إلى الرياض.")


def test_noon_of_a_named_day_is_its_midday():  # session 46, times46: TMI, the dev gold's 10 of 14
    assert ("ظهر اليوم", "time", "2015-07-22TMI") in times_of("تبدأ المباراة ظهر اليوم في جدة.")


def test_a_name_like_a_part_of_the_day_is_no_time():
    found = times_of("التقى صباح الأحمد أمس رئيس الوزراء.")
    assert ("أمس", "date", "2015-07-21") in found
    assert not any(text.startswith("صباح") for text, _, _ in found)


def test_a_day_alone_stays_a_date():
    assert ("يوم الاثنين", "date", "2015-07-20") in times_of("وقال الوزير يوم الاثنين إن المحادثات مستمرة.")


def test_a_clock_time_still_takes_the_day_beside_it():
    found = times_of("وقع الانفجار في الساعة العاشرة مساء أمس قرب السفارة.")
    assert any(value and value.startswith("2015-07-21") for _, _, value in found)
