"""Session 29, lead7: after a verb that calls on someone (دعا، طالب، حث، حذر، هنأ), the people or body
called on that follow the subject's person name are no part of the speaker: they open what was said,
as in "دعا السكان إلى …" ("ودعت المستشارة أنجيلا ميركل الحكومة التركية إلى …" gave the speaker
"… ميركل الحكومة" and the content "التركية إلى …"). Found by reading random articles outside the gold."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_a_country_called_on_after_a_name() -> None:
    found = quotes("ودعا الرئيس هادي الصين إلى دور أكبر في إعادة إعمار المدن المتضررة.")
    assert found == [("indirect", "ودعا", "الرئيس هادي", "الصين إلى دور أكبر في إعادة إعمار المدن المتضررة")]


def test_a_government_called_on_after_a_full_name() -> None:
    found = quotes("ودعت المستشارة الألمانية انجيلا ميركل الحكومة التركية إلى ضبط النفس في المواجهات.")
    assert found == [("indirect", "ودعت", "المستشارة الألمانية انجيلا ميركل",
                      "الحكومة التركية إلى ضبط النفس في المواجهات")]


def test_talaba_with_the_body_asked() -> None:
    found = quotes("وطالب النائب سعد الحربي الحكومة بتوفير السكن للأسر المحتاجة.")
    assert found == [("indirect", "وطالب", "النائب سعد الحربي", "الحكومة بتوفير السكن للأسر المحتاجة")]


def test_haththa_with_a_group_of_people() -> None:
    found = quotes("وحث الأمير فيصل بن خالد بن عبدالعزيز المسؤولين على مضاعفة الجهود خلال موسم الصيف.")
    assert found == [("indirect", "وحث", "الأمير فيصل بن خالد بن عبدالعزيز",
                      "المسؤولين على مضاعفة الجهود خلال موسم الصيف")]


def test_a_title_after_the_name_stays_in_the_speaker() -> None:
    # guard: "رئيس اللجنة" describes the speaker; the people called on come after it
    found = quotes("ودعا خالد السالم رئيس اللجنة المواطنين إلى الحذر من الشائعات.")
    assert found == [("indirect", "ودعا", "خالد السالم رئيس اللجنة", "المواطنين إلى الحذر من الشائعات")]


def test_a_nisba_after_the_name_stays_in_the_speaker() -> None:
    # guard: "السعودي" is the speaker's nationality, not whom he asked
    found = quotes("وطالب سعد الحربي السعودي بتوفير السكن للأسر المحتاجة.")
    assert [(speaker, text) for _, _, speaker, text in found] == [("سعد الحربي السعودي", "بتوفير السكن للأسر المحتاجة")]


def test_a_family_name_after_a_given_name_stays_in_the_speaker() -> None:
    # guard: the tagger may close the name at "عبدالله"; "الحقيل" is his family name, not whom he urged
    found = quotes("وحث وزير الإسكان ماجد بن عبدالله الحقيل جميع الموظفين على مضاعفة الجهد.")
    assert found and found[0][2].endswith("الحقيل")


def test_an_untagged_title_before_a_comma_is_not_the_object() -> None:
    # guard: the words up to the comma still describe the speaker
    found = quotes("ودعا الشيخ عبدالعزيز آل الشيخ مفتي عام المملكة، الشباب إلى الحذر من الفتن.")
    assert found and not found[0][3].startswith("مفتي")
