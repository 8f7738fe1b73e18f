"""Quote finder, thirty-fifth pass, anonymous sources (quotes round 35b): the press at large named by
a word other than "الصحافة / الصحف" — "الإعلام" with only adjectives after it, "الوسائط الإعلامية",
and an indefinite report of the press ("تقرير صحفي …"، "تقرير الصحف …") — is an unnamed source; a
report with its outlet after it stays named.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_the_media_of_a_country_are_anonymous():
    found = analysed("وقال الإعلام النرويجي إن الحكومة تدرس رفع الضرائب.")
    assert speaker(found, "وقال") == "الإعلام النرويجي"
    assert anonymous(found, "وقال")


def test_the_media_outlets_are_anonymous():
    found = analysed("وذكرت الوسائط الإعلامية أن المفاوضات توقفت مساء أمس.")
    assert speaker(found, "وذكرت") == "الوسائط الإعلامية"
    assert anonymous(found, "وذكرت")


def test_a_press_report_is_anonymous():
    found = analysed("وأظهر تقرير صحفي نشر في هولندا أن المصنع خسر نصف عماله.")
    assert speaker(found, "وأظهر").startswith("تقرير صحفي")
    assert anonymous(found, "وأظهر")


def test_a_report_of_the_papers_is_anonymous():
    found = analysed("وذكر تقرير الصحف الحكومية أن الميناء سيغلق لأسبوعين.")
    assert speaker(found, "وذكر").startswith("تقرير الصحف")
    assert anonymous(found, "وذكر")


def test_a_press_report_of_a_named_paper_stays_named():
    found = analysed("وذكر تقرير صحفي لصحيفة «الرأي» أن الميناء سيغلق لأسبوعين.")
    assert not anonymous(found, "وذكر")
