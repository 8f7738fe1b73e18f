"""Quote finder, pass q55 (session 24): the noun a relative clause describes speaks for its verb.

"X الذي أكد أن …" already gave X as the speaker. Two shapes did not: the relative written with its
conjunction ("…، والذي أفاد بأن …"), which was not read as a relative at all (the quote went on with an
earlier speaker), and a noun that a preposition took as object ("قبضوا على الزوج الذي أنكر أن …"),
where the subject phrase began at the verb before the preposition, or was dropped for the
preposition. Now the conjunction-joined relative is read when a person is named right before it, and
after على / إلى the noun after the preposition is the subject; a title before على stays ("المشرف
على …").
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _indirect(text: str) -> list[dict]:
    return of_kind(text, "indirect")


def _with_content(text: str, opening: str) -> dict:
    found = [q for q in _indirect(text) if q["text"].startswith(opening)]
    assert len(found) == 1, _indirect(text)
    return found[0]


def test_joined_relative_after_a_named_spokesman():
    text = ("وقال مواطنون إن الحفرة تهدد الأطفال في الحديقة. "
            "وتواصلت الصحيفة مع سامي العتيبي المتحدث الرسمي للبلدية، والذي أفاد بأن العمل في الموقع سينتهي قريبا.")
    quote = _with_content(text, "العمل في الموقع")
    assert "العتيبي" in quote["speaker"]["text"] or "المتحدث الرسمي" in quote["speaker"]["text"]


def test_joined_relative_after_an_engineer_met():
    text = ("وقال المدير إن المشروع يسير وفق الخطة. "
            "والتقينا بعد ذلك المهندس خالد العمري، والذي أكد أن المرحلة الثانية ستبدأ الشهر المقبل.")
    quote = _with_content(text, "المرحلة الثانية")
    assert "العمري" in quote["speaker"]["text"]


def test_relative_after_the_preposition_of_an_arrest():
    text = ("وقال شهود إن الشرطة وصلت بعد دقائق. "
            "وفي تلك الأثناء قبض رجال الأمن على الزوج الذي أنكر أن له علاقة بالحادثة.")
    quote = _with_content(text, "له علاقة")
    assert quote["speaker"]["text"] == "الزوج"


def test_relative_after_doctors_she_went_to():
    text = ("وقالت الأم إن طفلها يعاني منذ ولادته. "
            "وعرضت الأم طفلها على الأطباء الذين أكدوا أن علاجه متوفر في الخارج.")
    quote = _with_content(text, "علاجه متوفر")
    assert quote["speaker"]["text"] == "الأطباء"


def test_guard_plain_relative_after_a_name():
    text = "وحضر الحفل مدير التعليم سعد الناصر الذي أكد أن المدارس جاهزة لاستقبال الطلاب."
    quote = _with_content(text, "المدارس جاهزة")
    assert "سعد الناصر" in quote["speaker"]["text"]


def test_title_with_ala_before_the_relative():
    text = ("وقال مدير النادي إن التحضيرات جيدة. "
            "ويصل غدا المشرف العام على الفريق فهد السالم الذي أكد أن الفريق سينافس على جميع البطولات.")
    quote = _with_content(text, "الفريق سينافس")
    assert "فهد السالم" in quote["speaker"]["text"]


def test_guard_joined_relative_without_a_person_before_it():
    text = ("وسيصل المشرف العام على الفريق فهد السالم إلى إيطاليا للاطلاع على تحضيرات الفريق للموسم المقبل، "
            "والذي وعد في تصريح سابق بأن الفريق سينافس على البطولة.")
    quote = _with_content(text, "الفريق سينافس")
    assert "السالم" in quote["speaker"]["text"] or "المشرف" in quote["speaker"]["text"]


def test_guard_relative_object_of_a_plural_verb():
    text = ("ويتمتع المعارضون بالأغلبية في البرلمان. "
            "ويعترض كثيرون منهم بقوة على القانون الذي يقولون إنه سيضر بالاقتصاد الوطني.")
    quote = _with_content(text, "سيضر بالاقتصاد")
    assert "القانون" not in quote["speaker"]["text"]


def test_relative_object_of_a_masculine_verb():
    text = ("وقال الوزير إن التعاون يجب أن يشمل المواضيع الأمنية والاقتصادية، "
            "التي قال إنه ناقشها مع المسؤولين خلال زيارته.")
    assert all("المواضيع" not in q["speaker"]["text"] for q in _indirect(text) if q["speaker"])


def test_guard_statements_of_a_named_person():
    text = ("أصدرت اللجنة بيانا ردا على تصريحات حارس النادي سالم العنزي التي اعترف فيها بأنه تناول دواء مسكنا.")
    quote = _with_content(text, "تناول دواء")
    assert "العنزي" in quote["speaker"]["text"]
