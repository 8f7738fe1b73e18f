"""Session 31, q85: "تحدث" reports only with reports or sources for subject right after it ("وتتحدث
المصادر عن …", "تحدثت تقارير إعلامية عن …", "وتحدثت وسائل الإعلام عن …": flag ``rumour`` in verbs.tsv,
the words ``rumour_subject`` in word_classes.tsv); the dev gold takes those as indirect quotes and leaves a
person's talk ("وتحدث الأمير عن …") unmarked."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_sources_that_talk_about_something_report_it() -> None:
    found = quotes("وتحدثت مصادر ميدانية عن تقدم القوات الحكومية نحو مركز المدينة.")
    assert found == [("indirect", "وتحدثت", "مصادر ميدانية", "تقدم القوات الحكومية نحو مركز المدينة")]


def test_media_reports_with_a_time_before_their_preposition() -> None:
    found = quotes("وتحدثت تقارير صحافية خلال الأيام الماضية عن رغبة النادي في ضم الحارس الدولي.")
    assert [(kind, speaker, text) for kind, _, speaker, text in found] == [
        ("indirect", "تقارير صحافية", "رغبة النادي في ضم الحارس الدولي")]


def test_the_present_with_the_media_as_subject() -> None:
    found = quotes("وتتحدث وسائل الإعلام المحلية عن احتمال تأجيل الانتخابات البلدية.")
    assert found and found[0][0] == "indirect" and found[0][2] == "وسائل الإعلام المحلية"
    assert found[0][3] == "احتمال تأجيل الانتخابات البلدية"


def test_a_person_who_talks_about_something_is_narration() -> None:
    # guard: the dev gold leaves a person's talk unmarked
    assert quotes("وتحدث المحافظ عن أهمية المشروعات السياحية في المنطقة.") == []


def test_a_talk_in_a_relative_clause_is_narration() -> None:
    # guard: the reports a speaker denies are no quote of their own
    found = quotes("وقال المتحدث باسم الوزارة إن التقارير التي تحدثت عن تأجيل الامتحانات غير صحيحة.")
    assert found == [("indirect", "وقال", "المتحدث باسم الوزارة",
                      "التقارير التي تحدثت عن تأجيل الامتحانات غير صحيحة")]
