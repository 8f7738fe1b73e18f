"""Quote finder, thirty-second pass, anonymous sources (quotes round 32b): an indefinite spokesman
"متحدث باسم X" stays unnamed when the tagger reads the body X as a person; plural data with only
adjectives after it ("الإحصاءات الرسمية"، "البيانات"، "الدراسات الحديثة") names no author. The same
phrases with a name (a spokesman's, a ministry's, a country's) stay named.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_spokesman_for_fighters_is_anonymous():
    found = analysed("وقال متحدث باسم مقاتلين قبليين إن المعارك توقفت مساء أمس في الجبال.")
    assert speaker(found, "وقال").startswith("متحدث باسم")
    assert anonymous(found, "وقال")


def test_spokesman_for_border_guards_is_anonymous():
    found = analysed("وقال متحدث باسم حرس الحدود إن الدوريات ضبطت عشرات المهربين.")
    assert speaker(found, "وقال").startswith("متحدث باسم")
    assert anonymous(found, "وقال")


def test_spokesman_with_his_name_stays_named():
    found = analysed("وقال متحدث باسم الجيش يوسف العمري إن القوات تقدمت نحو المدينة.")
    assert not anonymous(found, "وقال")


def test_official_statistics_are_anonymous():
    found = analysed("وتشير الإحصاءات الرسمية إلى أن عدد السياح ارتفع هذا العام.")
    assert speaker(found, "وتشير") == "الإحصاءات الرسمية"
    assert anonymous(found, "وتشير")


def test_bare_data_is_anonymous():
    found = analysed("وأكدت البيانات أن الصادرات تراجعت خلال الربع الأول.")
    assert speaker(found, "وأكدت") == "البيانات"
    assert anonymous(found, "وأكدت")


def test_recent_studies_are_anonymous():
    found = analysed("وتؤكد الدراسات الحديثة أن النوم المبكر يحسن الذاكرة.")
    assert anonymous(found, "وتؤكد")


def test_data_of_a_ministry_stays_named():
    found = analysed("وأظهرت بيانات وزارة المالية أن العجز تراجع خلال الربع الأول.")
    assert not anonymous(found, "وأظهرت")


def test_data_of_a_country_stays_named():
    found = analysed("وأكدت البيانات الأمريكية أن الصادرات تراجعت خلال الربع الأول.")
    assert not anonymous(found, "وأكدت")
