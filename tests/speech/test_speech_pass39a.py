"""Quotes round 39a: a fronted according-to source whose description runs on to "، فإن / فقد" (made-up texts)."""

from entity_quotes import of_kind


def test_source_described_up_to_comma_before_fa_inna():
    # "حسب كتاب صدر … بعنوان «…»، فإن …": the clause after فإن is what the book says
    text = ("حسب كتاب صدر عنه بعد ثلاث سنوات من رحيله ألفه سامي العتيبي بعنوان «الطريق»، فإن الرجل كان "
            "يخشى على حياته في الأشهر الأخيرة.")
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["text"].startswith("الرجل كان يخشى")
    assert found[0]["speaker"]["text"].startswith("كتاب")


def test_source_with_relative_words_up_to_comma_before_faqad():
    # "ووفقا لمرسومين … تم نشرهما الليلة الماضية، فقد …"
    text = "ووفقاً لمرسومين ملكيين تم نشرهما الليلة الماضية، فقد عين الملك وزيرا جديدا للمالية."
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert "عين الملك وزيرا" in found[0]["text"]
    assert "تم نشرهما" not in found[0]["text"]


def test_source_with_preposition_phrase_up_to_comma():
    # "وحسب حديث مع بعض المسؤولين في وزارة الصحة، فإن …": "في" is no ف of a new clause
    text = "وحسب حديث مع بعض المسؤولين في وزارة الصحة، فإن الحملة ستبدأ غدا في جميع المدن."
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["text"].startswith("الحملة ستبدأ")


def test_reporting_verb_before_the_comma_is_not_stepped_over():
    # guard: a reporting verb between the source and "، فإن" stops the reach (its own quote stays)
    text = "وبحسب التقرير أعلن الوزير زيادة الرواتب، فإن الموظفين سيحصلون على العلاوة الشهر المقبل."
    found = of_kind(text, "according_to")
    assert not any(q["text"].startswith("الموظفين سيحصلون") for q in found)


def test_comma_not_followed_by_fa_is_no_reach():
    # guard: a comma with no فإن / فقد after it ends the reach; nothing new is attributed
    text = "وحسب حديث مع بعض المسؤولين في وزارة الصحة، الحملة ستبدأ غدا في جميع المدن."
    assert not of_kind(text, "according_to")
