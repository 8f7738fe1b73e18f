"""Session 47, lead47c (docs/evaluation/facts_times.md, "Session 47, lead47c"): a weekday inside a person's name
the tagger found ("أحمد الخميس"، "حسين الجمعة": family names common in Saudi news) is no time (time/stage.py
``_person_names``). Guards: the same weekday elsewhere in the article, or after a name the tagger did not take it
into, stays a time. Made-up sentences."""

import khabar

PUB = "2015-08-08"


def times(text):
    """Through the whole pipeline: the names come from the tagger, which runs before the times stage."""
    return [(t["text"], t["value"]) for t in khabar.analyze(text, published=PUB).times]


def test_a_family_name_is_no_weekday():
    rows = times("من جانبه أكد أمين عام الاتحاد السعودي لكرة القدم أحمد الخميس أن قرار التأجيل كان صائبا.")
    assert rows == []


def test_the_weekday_itself_stays_a_time():
    rows = times("وأوضح مدير إدارة الصيانة حسين الجمعة أن فرق العمل باشرت مهامها صباح الجمعة في جميع المواقع.")
    assert [found for found, _value in rows] == ["صباح الجمعة"]
