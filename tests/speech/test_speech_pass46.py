"""Quote finder, forty-sixth pass (quotes round 46).

A dash between a reporting verb and its subject ("وقال – سامي عبدالله من جدة بأن …", "وأشارت - السيدة هند
…") is no aside: when a name, a title or an honorific follows it, that is the subject, not the speaker of
the paragraph before. A short aside in dashes ("أوضح - مؤخراً - معالي الوزير") is still stepped over.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _speakers(found):
    return [(q["cue"]["text"] if q["cue"] else None, q["speaker"]["text"]) for q in found]


def test_a_dash_before_a_named_subject():
    found = analysed("وقال – سامي عبدالله من جدة بأن المهرجان كان ناجحا جدا هذا العام.")
    assert ("وقال", "سامي عبدالله من جدة") in _speakers(found)


def test_a_dash_before_an_honorific():
    found = analysed("وأشارت - السيدة هند من الطائف إلى أن الفعاليات متنوعة.")
    assert ("وأشارت", "السيدة هند من الطائف") in _speakers(found)


def test_a_dash_after_the_verb_and_after_the_name():
    found = analysed("وقال - خالد- أحد الزوار في السوق الشعبي إن الأسعار مرتفعة هذا العام.")
    assert ("وقال", "خالد") in _speakers(found)


def test_an_aside_in_dashes_is_still_stepped_over():
    found = analysed("لقد أوضح - مؤخراً - معالي الوزير أن الرواتب سترتفع.")
    assert ("أوضح", "معالي الوزير") in _speakers(found)
