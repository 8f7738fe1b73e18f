"""Session 29, pass q76: a speaker head that begins with ب is not the preposition of a verb that takes ب.

"وأفاد بيان صادر عن الوزارة أن …"، "أفاد باحثون في مجال … أن …"، "وطالب رئيس بلدية جدة … بـ…": after a
reporting verb whose content may open with ب (أفاد، طالب، ندد، أشاد …), the word "بيان"، "باحثون"، "بلدية"
was read as ب + a noun — the verb's object — so the quote lost its speaker (or kept "رئيس" alone) and its
content began with the speaker. Such a word names who speaks right after the verb and as the genitive of a
bare head; after a definite word or a person's name it still begins the object ("وطالب الوزير بلدية جدة
بإصلاح …"), and "ببيان" carries the preposition.
"""

from __future__ import annotations

from entity_quotes import cue_contents, cue_speakers


def test_a_statement_right_after_the_verb_speaks() -> None:
    text = "وأفاد بيان صادر عن وزارة الصحة أمس أن عدد المصابين بالمرض تراجع خلال الأسبوع الماضي."
    assert cue_speakers(text, "2015-08-01") == [("وأفاد", "بيان صادر عن وزارة الصحة")]
    assert cue_contents(text, "2015-08-01")["وأفاد"].startswith("عدد المصابين")


def test_researchers_right_after_the_verb_speak() -> None:
    text = "أفاد باحثون في مجال الطب أن تناول الخضراوات يقلل خطر الإصابة بأمراض القلب."
    assert cue_speakers(text, "2015-08-01") == [("أفاد", "باحثون في مجال الطب")]
    assert cue_contents(text, "2015-08-01")["أفاد"].startswith("تناول الخضراوات")


def test_a_municipality_after_a_bare_title_is_its_genitive() -> None:
    text = "وطالب رئيس بلدية الخبر المهندس سامي العنزي بسرعة إنجاز مشروع تصريف السيول في الأحياء الجنوبية."
    assert cue_speakers(text, "2015-08-01") == [("وطالب", "رئيس بلدية الخبر المهندس سامي العنزي")]
    assert cue_contents(text, "2015-08-01")["وطالب"].startswith("بسرعة إنجاز")


def test_a_statement_condemning_keeps_its_preposition_object() -> None:
    text = "وندد بيان لوزارة الخارجية بالاعتداء على مقر البعثة الدبلوماسية في العاصمة."
    assert cue_speakers(text, "2015-08-01") == [("وندد", "بيان لوزارة الخارجية")]
    assert cue_contents(text, "2015-08-01")["وندد"].startswith("بالاعتداء")


def test_guard_a_municipality_after_a_definite_subject_is_the_object() -> None:
    text = "وطالب الوزير بلدية الخبر بإصلاح الطرق المتضررة من الأمطار."
    assert cue_speakers(text, "2015-08-01") == [("وطالب", "الوزير")]
    assert cue_contents(text, "2015-08-01")["وطالب"].startswith("بلدية الخبر")


def test_guard_a_word_with_the_preposition_stays_the_object() -> None:
    text = "وطالب عضو المجلس البلدي بالإسراع في إصدار بيان رسمي عن أسباب تأخر المشروع."
    assert cue_speakers(text, "2015-08-01") == [("وطالب", "عضو المجلس البلدي")]
    assert cue_contents(text, "2015-08-01")["وطالب"].startswith("بالإسراع")
