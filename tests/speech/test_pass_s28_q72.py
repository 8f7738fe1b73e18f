"""Session 28, pass q72: a speaker phrase with a word of its own is not the earlier speaker it shares a head with.

"وأعلنت السلطات التركية أن …" after "سلطات إقليم كردستان العراق", "واستبعد الخبراء المكلفون …، معتبرين" after
"الخبراء السويسريين": a definite group of people ("السلطات"، "الخبراء"، "المسؤولون") with a definite adjective
of its own is the speaker as written — q68's rule for "المصادر" / "الأوساط", the gold keeps such groups as
written. "وطالب المواطن صالح السويلم" after "المواطن صالح العصفور": two names after the same honorific that
share a first name but end in different family names are two people. Guards: the same group without an
adjective, the same name shortened or in full, "المصادر نفسها".
"""

from __future__ import annotations

from entity_quotes import speaker_of_content as speaker_of


def test_authorities_with_a_nisba_of_their_own_keep_it() -> None:
    text = ("وقالت سلطات إقليم دارفور إن الطرق مغلقة بسبب الأمطار. "
            "وأعلنت السلطات السودانية أنها سترسل قوافل إغاثة إلى المنطقة.")
    assert speaker_of(text, "سترسل قوافل") == "السلطات السودانية"


def test_experts_with_an_adjective_of_their_own_are_another_group() -> None:
    # before: "الخبراء الفرنسيون …" was taken for the fuller mention of "الخبراء الألمان", whose quote then
    # carried the French experts as its speaker
    text = ("وأكد الخبراء الألمان أن العينات لم تكشف أي أثر للسم. "
            "وفحص الخبراء الفرنسيون العينات مرة ثانية، معتبرين أن الوفاة كانت طبيعية.")
    assert speaker_of(text, "العينات لم تكشف") == "الخبراء الألمان"
    assert (speaker_of(text, "الوفاة كانت") or "").startswith("الخبراء الفرنسيون")


def test_citizens_sharing_a_first_name_are_two_people() -> None:
    text = ("وأشاد المواطن خالد الدوسري بخطوة البلدية، مطالبا بتعميم المبادرة. "
            "وطالب المواطن خالد الشمري بتوسيع الحدائق العامة، مبينا أن الأحياء الجديدة تفتقر إليها.")
    assert speaker_of(text, "بتوسيع الحدائق") == "المواطن خالد الشمري"
    assert speaker_of(text, "الأحياء الجديدة") == "المواطن خالد الشمري"


def test_guard_a_group_without_an_adjective_refers_back() -> None:
    text = ("وقالت السلطات التركية إن الطائرات قصفت مواقع المسلحين. "
            "وأضافت السلطات أن العمليات ستستمر حتى تأمين الحدود.")
    assert speaker_of(text, "العمليات ستستمر") == "السلطات التركية"


def test_guard_the_same_sources_still_refer_back() -> None:
    text = ("وقالت مصادر أمنية إن الشرطة أوقفت ثلاثة مشتبه بهم. "
            "وأوضحت المصادر نفسها أن التحقيق ما زال جاريا.")
    assert speaker_of(text, "التحقيق ما زال") == "مصادر أمنية"


def test_guard_the_same_name_shortened_is_the_same_person() -> None:
    text = ("وقال الشيخ صالح المغامسي إن العيد فرحة للجميع. "
            "وأضاف الشيخ صالح أن التكافل واجب في هذه الأيام.")
    assert speaker_of(text, "التكافل واجب") == "الشيخ صالح المغامسي"


def test_guard_the_same_name_in_full_is_the_same_person() -> None:
    text = ("وقال المواطن سعد العتيبي إن الخدمة تحسنت كثيرا. "
            "وأضاف المواطن سعد بن محمد العتيبي أن الانتظار صار أقصر.")
    assert speaker_of(text, "الانتظار صار") in ("المواطن سعد العتيبي", "المواطن سعد بن محمد العتيبي")


def test_an_unnamed_sound_plural_source_is_the_group_a_plural_verb_continues() -> None:
    # the plural check read the head word after its -ون had been cut off, so it never fired
    text = ("وقال باحثون في جامعة الملك سعود إن درجات الحرارة سترتفع هذا الصيف. "
            "وقال الوزير إن الوزارة مستعدة. وتوقعوا أن تتجاوز الحرارة خمسين درجة في بعض المناطق.")
    assert speaker_of(text, "تتجاوز الحرارة") == "باحثون في جامعة الملك سعود"


def test_a_singular_verb_after_an_unnamed_plural_still_continues_the_last_speaker() -> None:
    text = ("وقال باحثون في جامعة الملك سعود إن درجات الحرارة سترتفع هذا الصيف. "
            "وقال الوزير إن الوزارة مستعدة. وأضاف أن فرق الطوارئ جاهزة.")
    assert speaker_of(text, "فرق الطوارئ") == "الوزير"
