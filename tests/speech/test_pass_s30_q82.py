"""Session 30, pass q82: two according-to shapes left by q81.

1. "وقال X، بحسب ما نقلت عنه وكالة Y، إن …": the agency relays the speaker's words, so the verb's
   indirect quote goes on past the phrase with the agency as its via (dev 2015-07-27#84, whose gold has
   exactly that); before, the phrase stopped the verb and no quote was made at all.
2. A time after a source closing its sentence ("…، حسبما أفاد مصدر رسمي أمس.") is part of the
   attribution: the sentence is read as it is with no time (an according-to over a said clause, the via
   of a verb that takes a noun); before, the time left the source with nothing.
Made-up sentences in the style of the news."""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(kind, cue, speaker, via, content) of each quote khabar finds."""
    found = []
    for q in khabar.analyze(text, published="2015-08-01").to_dict()["quotes"]:
        speaker = (q["speaker"] or {}).get("text")
        via = (q["via_text"] or {}).get("text")
        found.append((q["kind"], q["cue"]["text"], speaker, via and via.strip(), q["text"]))
    return found


def test_relayed_by_an_agency_between_commas() -> None:
    found = quotes("وقال وزير النقل، بحسب ما نقلت عنه وكالة الأنباء الرسمية، إن الطريق سيفتح الأسبوع المقبل.")
    assert found == [("indirect", "وقال", "وزير النقل", "وكالة الأنباء الرسمية", "الطريق سيفتح الأسبوع المقبل")]


def test_relayed_with_hasabama_and_no_commas() -> None:
    found = quotes("وأوضح المحافظ حسبما نقل عنه التلفزيون المحلي أن المدارس ستغلق يومين.")
    assert found == [("indirect", "وأوضح", "المحافظ", "التلفزيون المحلي", "المدارس ستغلق يومين")]


def test_relayed_from_her_with_wafqan_lima() -> None:
    found = quotes("وقالت المتحدثة، وفقا لما نقلته عنها صحيفة المساء، إن الاجتماع تأجل.")
    assert found == [("indirect", "وقالت", "المتحدثة", "صحيفة المساء", "الاجتماع تأجل")]


def test_time_after_a_closing_source_of_a_said_clause() -> None:
    found = quotes("قال المتحدث إن الحريق أتى على عشرات المنازل، حسبما أفاد مصدر في الدفاع المدني أمس.")
    assert ("according_to", "حسبما أفاد", "مصدر في الدفاع المدني", None,
            "قال المتحدث إن الحريق أتى على عشرات المنازل") in found


def test_time_after_a_closing_source_of_a_noun_verb_is_its_via() -> None:
    found = quotes("وأكد الجيش أن قواته سيطرت على البلدة، بحسب ما ذكرت الوكالة مساء الأحد.")
    assert found == [("indirect", "وأكد", "الجيش", "الوكالة", "قواته سيطرت على البلدة")]


def test_time_with_a_weekday_in_brackets() -> None:
    found = quotes("وأضاف المدير أن الأسعار سترتفع، وفقا لما ذكرته الصحيفة أمس (الاثنين).")
    assert [(q[0], q[1], q[2]) for q in found] == [("indirect", "وأضاف", "المدير"),
                                                   ("according_to", "وفقا لما ذكرته", "الصحيفة")]


def test_guard_no_verb_before_the_closing_source() -> None:
    # guard: with no reporting verb before it, the source attributed its clause already
    found = quotes("ارتفع عدد المصابين إلى عشرين شخصا، وفقا لما ذكرته الوكالة اليوم.")
    assert found == [("according_to", "وفقا لما ذكرته", "الوكالة", None, "ارتفع عدد المصابين إلى عشرين شخصا")]


def test_guard_more_than_a_time_after_the_source() -> None:
    # guard: "في بيان أمس" is more than a time; as before, no via is given
    found = quotes("وأكد الجيش أن قواته سيطرت على البلدة، بحسب ما ذكرت الوكالة في بيان أمس.")
    assert found == [("indirect", "وأكد", "الجيش", None, "قواته سيطرت على البلدة")]


def test_guard_an_outlet_next_to_the_verb_stays_its_via() -> None:
    # guard: the outlet set off after the verb's subject is the via, not the report closing the sentence
    found = quotes("وأكدت العائلة، وفقا لقناة تلفزيونية هندية خاصة «نيو»، رفض عائلة مؤسس الحركة مبايعة الزعيم الجديد، "
                   "حسبما أفاد تقرير إخباري أمس.")
    assert [q[3] for q in found if q[1] == "وأكدت"] == ["قناة تلفزيونية هندية خاصة «نيو»"]


def test_guard_plain_source_between_commas_unchanged() -> None:
    # guard: "بحسب وكالة …" was the via already
    found = quotes("وقال الوزير، بحسب وكالة الأنباء، إن المفاوضات ستستأنف.")
    assert found == [("indirect", "وقال", "الوزير", "وكالة الأنباء", "المفاوضات ستستأنف")]
