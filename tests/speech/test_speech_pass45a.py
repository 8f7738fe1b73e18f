"""Quote finder, forty-fifth pass, indirect speakers (quotes round 45a): a verb of agreeing with the
one quoted before, its object written before its subject ("ويوافقه الرأي المواطن X داعيا إلى …",
"وتتفق معها X -موظفة- وتذكر أن …"), brings in a new speaker: the cue with no subject after it is
that subject's, not the last speaker's.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, containing


def test_a_participle_after_yuwafiquhu_al_ray_goes_to_the_one_who_agrees():
    found = analysed(
        "وأشاد المواطن سامي الحربي بمبادرة البلدية في تركيب الألواح الشمسية، مطالبا بتعميمها على المدارس، "
        "ويوافقه الرأي المواطن خالد الدوسري داعيا إلى استخدام الطاقة الشمسية في إنارة الشوارع."
    )
    quote = containing(found, "إنارة الشوارع")
    assert "خالد الدوسري" in quote["speaker"]["text"]


def test_a_verb_after_tattafiqu_maaha_goes_to_the_one_who_agrees():
    found = analysed(
        "قالت المعلمة هند السالم إن العيد فرصة للقاء الأقارب. "
        "وتتفق معها نورة القحطاني -موظفة- وتذكر أن الحلوى تجمع الأطفال كل صباح."
    )
    quote = containing(found, "الحلوى تجمع")
    assert "نورة القحطاني" in quote["speaker"]["text"]


def test_al_ray_is_not_part_of_the_subject():
    found = analysed(
        "يرى الباحث فهد العتيبي أن الظاهرة مرتبطة بالفراغ. "
        "يشاطره الرأي سالم الشهري الذي أرجع الظاهرة إلى البحث عن الشهرة، مضيفا أن مواقع التواصل تزيد المشكلة."
    )
    quote = containing(found, "مواقع التواصل")
    assert "سالم الشهري" in quote["speaker"]["text"]
    assert "الرأي" not in quote["speaker"]["text"]


def test_another_attribution_between_keeps_its_speaker():
    found = analysed(
        "وتتفق معها نورة القحطاني في أهمية العيد، وقال المواطن ماجد السبيعي إن الأسواق مزدحمة، "
        "مضيفا أن الأسعار ارتفعت كثيرا هذا العام."
    )
    quote = containing(found, "الأسعار ارتفعت")
    assert "ماجد السبيعي" in quote["speaker"]["text"]


def test_agreeing_about_something_else_names_no_new_speaker():
    found = analysed(
        "قال الوزير صالح المطيري إن الخطة جاهزة، واتفقت الوزارة مع الشركة على موعد التنفيذ، "
        "مؤكدا أن العمل يبدأ الشهر المقبل."
    )
    quote = containing(found, "العمل يبدأ")
    assert "صالح المطيري" in quote["speaker"]["text"]


def test_an_outlet_that_agrees_speaks_through_its_own_cue():
    found = analysed(
        'كتبت شبكة "سي ان ان" الأميركية على موقعها "الناخبون مجبرون على التصويت لمرشح واحد". '
        'واتفقت معها شبكة "بي بي سي" البريطانية بقولها "لا يملك المواطنون حق الاختيار".'
    )
    quote = containing(found, "حق الاختيار")
    assert "بي بي سي" in quote["speaker"]["text"]
