"""Quote finder, twenty-seventh pass, anonymous sources (quotes round 27a): a source the text does not
name is anonymous even when no unnamed-source noun heads it. Every text is written for these tests.

* An unnamed group, by a sound plural that is no name ("المشاركون"، "آخرون"، "قانونيون"), also when
  the tagger took the plural for a person; a name ending the same way ("نيكسون") stays named.
* A source noun followed by a quoted outlet or body ("مصادر «الوطن»"): the quotation marks name the
  outlet, not the source; a quoted name after "ويدعى" still names the speaker.
* The press at large ("الصحافة اليونانية"); a newspaper named by its title stays named.
* An indefinite report or study with only adjectives of time after it ("دراسة جديدة"، "تقرير
  اقتصادي حديث"); one with its author ("دراسة أجرتها جامعة …") or a statement with a relative
  adjective ("بيان أوروبي") stays named.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_an_unnamed_group_is_anonymous():
    found = analysed("وقال المشاركون في الورشة إن التدريب كان مفيدا. "
                     "وأكد آخرون أن الوقت لم يكن كافيا.")
    assert speaker(found, "وقال") == "المشاركون في الورشة"
    assert anonymous(found, "وقال")
    assert speaker(found, "وأكد") == "آخرون"
    assert anonymous(found, "وأكد")


def test_a_group_taken_for_a_person_is_anonymous():
    found = analysed("ويقول قانونيون إن القرار الجديد يخالف النظام.")
    assert speaker(found, "ويقول") == "قانونيون"
    assert anonymous(found, "ويقول")


def test_a_name_ending_like_a_plural_stays_named():
    found = analysed("وقال الرئيس الأمريكي الأسبق ريتشارد نيكسون إن الحرب انتهت. "
                     "وأضاف نيكسون أن السلام قريب. وذكر التلفزيون الإسرائيلي أن الحكومة ستجتمع غدا.")
    assert not anonymous(found, "وقال")
    assert not anonymous(found, "وأضاف")
    assert speaker(found, "وذكر") == "التلفزيون الإسرائيلي"
    assert not anonymous(found, "وذكر")


def test_sources_in_a_quoted_outlet_are_anonymous():
    found = analysed("وكشفت مصادر «الوطن» أن الوزارة ستعلن القرار قريبا.")
    assert speaker(found, "وكشفت") == "مصادر «الوطن»"
    assert anonymous(found, "وكشفت")


def test_a_quoted_name_after_called_still_names():
    found = analysed('وقال أحد السكان ويدعى "أبو علي" إن الماء انقطع منذ يومين.')
    assert not anonymous(found, "وقال")


def test_the_press_at_large_is_anonymous():
    found = analysed("وذكرت الصحافة اليونانية أن الحكومة ستستقيل. "
                     "وقالت صحيفة «الرياض» إن الوزارة ستعلن القرار.")
    assert speaker(found, "وذكرت") == "الصحافة اليونانية"
    assert anonymous(found, "وذكرت")
    assert not anonymous(found, "وقالت")


def test_a_new_study_with_no_author_is_anonymous():
    found = analysed("وأظهرت دراسة جديدة أن القهوة مفيدة للقلب. "
                     "وكشف تقرير اقتصادي حديث أن الأسعار سترتفع.")
    assert speaker(found, "وأظهرت") == "دراسة جديدة"
    assert anonymous(found, "وأظهرت")
    assert speaker(found, "وكشف") == "تقرير اقتصادي حديث"
    assert anonymous(found, "وكشف")


def test_a_study_with_its_author_or_a_statement_stays_named():
    found = analysed("وأظهرت دراسة أجرتها جامعة الملك سعود أن القهوة مفيدة. "
                     "وأكد بيان أوروبي أن العقوبات ستستمر.")
    assert not anonymous(found, "وأظهرت")
    assert not anonymous(found, "وأكد")


def test_a_new_report_of_a_named_body_stays_named():
    found = analysed("وانتقد تقرير أخير لـ«منظمة العفو» الحكومة بشدة، وقال إن السجون مكتظة.")
    assert all(not q["speaker"]["anonymous"] for q in found)
