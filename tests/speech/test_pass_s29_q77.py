"""Session 29, pass q77: a quotation right after "وفي <text>:" / "ففي <text>:" — a dictionary or the
hadith it is cited from ("وفي الوسيط: «…»"، "ففي التاج: "…""، "وفي الحديث "…"") — has that text for
speaker, not the writer's last speaker nor a cue before the phrase; and the text is no one a later
subjectless cue goes on with."""

from __future__ import annotations

from entity_quotes import speaker_of_content as speaker_of


def test_a_second_dictionary_after_a_first() -> None:
    text = ("وهذه الكلمة من فصيح الكلام، جاء في لسان العرب: «الغرس: إثبات الشجر في الأرض». "
            "وفي الوسيط: «الغرسة: ما يغرس من الشجر، والجمع غرسات».")
    assert speaker_of(text, "الغرس:") == "لسان العرب"
    assert speaker_of(text, "الغرسة") == "الوسيط"


def test_a_dictionary_after_fa_fi_and_a_cue_earlier_in_the_sentence() -> None:
    text = ('كثيرا ما نسمع الناس يرددون كلمة تبضع، ووردت في المعاجم القديمة، ففي التاج: '
            '"تبضع القوم: إذا حملوا بضاعتهم للسوق" فلا وجه لإنكارها.')
    assert speaker_of(text, "تبضع القوم") == "التاج"


def test_the_hadith_cited_in_a_statement() -> None:
    text = ('وأكد الشيخ صالح الحمد أن الاعتداء على المصلين جريمة، وفي الحديث "من صلى صلاتنا واستقبل قبلتنا '
            'فذلك المسلم الذي له ذمة الله". وشدد على أن الشريعة جاءت لحفظ الأنفس.')
    assert speaker_of(text, "من صلى صلاتنا") == "الحديث"


def test_the_text_cited_is_no_one_the_next_cue_goes_on_with() -> None:
    text = ('وأكد الشيخ صالح الحمد أن الاعتداء على المصلين جريمة، وفي الحديث "من صلى صلاتنا واستقبل قبلتنا '
            'فذلك المسلم الذي له ذمة الله". وشدد على أن الشريعة جاءت لحفظ الأنفس.')
    assert speaker_of(text, "الشريعة جاءت") == "الشيخ صالح الحمد"


def test_guard_a_place_after_wa_fi_is_no_speaker() -> None:
    # "وفي الرياض" is no text: the quotation goes on with the speaker before, as before the pass
    text = ('وقال وزير التجارة خالد السالم إن الأسواق مستقرة. وفي الرياض: "الأسعار لم ترتفع منذ بداية الشهر '
            'والمخزون يكفي لأشهر قادمة".')
    assert speaker_of(text, "الأسعار لم ترتفع") == "وزير التجارة خالد السالم"


def test_guard_the_speaker_before_in_the_statement_stays() -> None:
    # a cue with its own subject before "في البيان" keeps it: "البيان" is no cited dictionary
    text = 'وقال المتحدث باسم الوزارة في البيان: "سنواصل العمل لحماية المستهلكين في كل المناطق".'
    assert speaker_of(text, "سنواصل العمل").startswith("المتحدث باسم الوزارة")


def test_guard_a_dictionary_named_inside_a_cue_phrase() -> None:
    # "قال الجوهري في الصحاح: (…)" — the lexicographer speaks, as quotes pass q74 reads it
    text = "قال الجوهري في الصحاح: (الغيث: المطر، وغاث الله البلاد يغيثها غيثا). وهذا المعنى قريب مما نريد."
    assert speaker_of(text, "الغيث").startswith("الجوهري")
