"""Session 31, lead18: "وقال له / وقالت لها / قال لهم + the subject: «…»" — a preposition with the pronoun of
whom the words are said to stands between the verb and its subject, like "قال عنه X" (word class
``pronoun_lead``). Before, the verb took no subject and the quotation went on with the last speaker
("وقال له رئيس اللجنة بوب كوركر: «…»" → كيري). Found by reading random articles outside the gold
(2015-07-24#1985)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_qala_lahu_then_a_titled_name() -> None:
    found = quotes("ودافع وزير الخارجية أحمد سالم عن الاتفاق أمام البرلمان. "
                   "وقال له رئيس اللجنة المالية خالد منصور: «أعتقد أنكم تسرعتم في التوقيع».")
    assert [(kind, speaker) for kind, _, speaker, _ in found][-1] == ("direct", "رئيس اللجنة المالية خالد منصور")


def test_qalat_laha_then_a_head() -> None:
    found = quotes("وصلت السيدة سعاد إلى المستشفى في ساعة متأخرة من الليل. "
                   "فقالت لها مديرة المستشفى: «الطبيب سيصل خلال دقائق».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "مديرة المستشفى")]


def test_qala_lahum_then_a_head() -> None:
    found = quotes("وأكد اللاعب فهد العتيبي أن الفريق جاهز للمباراة. وقال لهم المدرب: «عليكم بالصبر حتى النهاية».")
    assert [(kind, speaker) for kind, _, speaker, _ in found][-1] == ("direct", "المدرب")


def test_qalat_lana_then_unnamed_sources() -> None:
    found = quotes("وبحسب الرئاسة، فإن الرئيس تمنى نجاح الزيارة. وقالت لنا مصادر دبلوماسية إن باريس ترغب في دور أكبر.")
    assert [(kind, speaker) for kind, _, speaker, _ in found][-1] == ("indirect", "مصادر دبلوماسية")


def test_guard_li_before_a_foreign_name_is_the_name() -> None:
    # "لي" is left out of the list: "وصرح لي ولوسكي" is Lee Wolosky speaking, not "told me"
    found = quotes("وصرح لي ولوسكي، المبعوث الأميركي الجديد للتفاوض: «الحكومة تتفاوض مع دول كثيرة».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("direct", "لي ولوسكي، المبعوث الأميركي الجديد للتفاوض")]


def test_guard_lahu_then_an_is_no_subject() -> None:
    found = quotes("وأكد الوزير أحمد سالم أن الاتفاق جيد. وقال له إن الصبر مطلوب في هذه المرحلة.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("indirect", "الوزير أحمد سالم"), ("indirect", "الوزير أحمد سالم")]


def test_guard_lahu_then_a_colon_goes_on_with_the_speaker() -> None:
    found = quotes("وتحدث المدرب سامي خليل عن اللاعب الجديد. وقال له: «أنت مستقبل هذا الفريق».")
    assert [(kind, speaker) for kind, _, speaker, _ in found][-1] == ("direct", "المدرب سامي خليل")
