"""Facts pass 34b: a model number after an aircraft maker's or a console's name (بوينج 777، امبراير
505، بلاي ستيشن 4) is a label; "لم/ليس … X واحد(ة)" is "not a single X", no count; a count of people
joined by و to the count of people before it in its sentence shares its type (made-up sentences,
through the public pipeline)."""

import khabar


def facts(text):
    return [(f["text"], f["type"], f["value"]) for f in khabar.analyze(text, published="2015-08-06").facts]


def test_a_model_number_after_a_makers_name_counts_nothing():
    assert facts("وهبطت طائرة من طراز بوينغ 787 دريملاينر في المطار الجديد صباح أمس.") == []
    assert facts("وأعلنت الشركة شراء طائرة امبراير 190 جديدة لرحلاتها الداخلية.") == []
    assert facts("وأطلقت الشركة نسخة بلاي ستيشن 4 جديدة للعبة.") == []


def test_a_negated_one_is_not_a_single():
    assert facts("وقال إن الوزير لم يقرأ تقريرا واحدا عن المشروع.") == []
    assert facts("فلم يترك الرجل فرصة واحدة للرد على منتقديه.") == []
    assert facts("وأكد أن المشروع ليس خطوة واحدة بل برنامج متكامل.") == []


def test_a_count_joined_to_victims_shares_their_type():
    assert facts("وأسفر القصف عن مقتل أربعة جنود من الجيش وثلاثة من اللجان المحلية.") == [
        ("أربعة جنود", "killed", 4), ("وثلاثة من اللجان", "killed", 3)]
    assert facts("وأدت الاشتباكات إلى مقتل 12 مسلحا من التنظيم، و5 من الحرس الوطني.")[1][1:] == ("killed", 5)
    assert facts("وقتل خمسة مدنيين في الغارات، واحد في البلدة القديمة وأربعة بالقرب من الحدود.")[-1][1:] == ("killed", 4)


def test_guards():
    # one after an exception word, a count of one with no negation, a negation in another clause
    assert facts("ولم يلتق الوزير نظيره سوى مرة واحدة خلال العام.") == [("مرة واحدة", "other", 1)]
    assert facts("وشارك في البطولة فريق واحد من المنطقة.") == [("فريق واحد", "other", 1)]
    assert facts("ولم يحضر الاجتماع، وأرسل موظفا واحدا عن الوزارة.") == [("موظفا واحدا", "other", 1)]
    # a count of things after victims, a count with its own trigger, a new sentence
    assert facts("وأسفر القصف عن مقتل أربعة جنود وتدمير 3 منازل.")[1][1] == "other"
    assert facts("وأسفر القصف عن مقتل أربعة جنود وإصابة 9 آخرين.")[1][1] == "injured"
    assert facts("وقتل أربعة جنود. و12 طالبا شاركوا في المسابقة.")[1][1] == "other"
    # a number after a name that is no maker's stays a count
    assert facts("وتضم الشركة 777 موظفا في فروعها.") == [("777 موظفا", "other", 777)]
