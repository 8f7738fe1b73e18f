"""Session 29, pass q79: ب + a speaker head is part of the speaker only as an affiliation.

`NounPhrases.bi_object` read any word "ب + a speaker head" as part of the speaker, never as the object of a verb
that takes ب — meant for "مسؤول كبير بالجيش"، "مدير المنطقة ببنك …", but it also ran "رحب … بسمو الأمير" and
"أهابت الوزارة بالمواطنين" into the speaker and lost the quote, and kept q78 from adding مبعوث، مقاومة، جهات.
Now only ب + an institution (org, media, doc) after an office or body in the phrase counts as the speaker's;
ب + a person or group, or right after the verb or a definite subject, is the verb's object
(docs/evaluation/quotes.md, session 29, q79).
"""

from __future__ import annotations

from entity_quotes import quote_rows


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, content) of every quote with a cue."""
    return [(cue, speaker, content) for _, cue, speaker, content in quote_rows(text) if cue]


def test_an_honorific_after_b_is_whom_the_governor_praised() -> None:
    # "ورحب" with people is no quote since s57 greet60; "أشاد" takes its ب-object the same way
    quotes = _quotes("وأشاد محافظ المدينة بسمو الأمير والوفد المرافق له في حفل الافتتاح.")
    assert [(cue, speaker) for cue, speaker, _ in quotes] == [("وأشاد", "محافظ المدينة")]
    assert quotes[0][2].startswith("بسمو الأمير")


def test_a_group_after_b_is_whom_the_ministry_urged() -> None:
    quotes = _quotes("وأهابت وزارة الصحة بالمواطنين إلى ضرورة الابتعاد عن الأماكن المزدحمة.")
    assert [(cue, speaker) for cue, speaker, _ in quotes] == [("وأهابت", "وزارة الصحة")]
    assert quotes[0][2].startswith("بالمواطنين")


def test_guard_an_institution_after_an_office_is_where_the_speaker_serves() -> None:
    assert [(c, s) for c, s, _ in _quotes("وقال مسؤول كبير بالجيش الباكستاني إن القوات قتلت عشرة مسلحين.")] == [
        ("وقال", "مسؤول كبير بالجيش الباكستاني")]
    assert [(c, s) for c, s, _ in _quotes("وأوضح مدير المنطقة الشرقية ببنك الرياض أن الفروع ستفتح أبوابها.")] == [
        ("وأوضح", "مدير المنطقة الشرقية ببنك الرياض")]
    assert [(c, s) for c, s, _ in _quotes("وأشار المتحدث الرسمي بوزارة الصحة إلى أن الحالات تراجعت.")] == [
        ("وأشار", "المتحدث الرسمي بوزارة الصحة")]


def test_guard_a_body_right_after_a_definite_subject_is_the_object() -> None:
    quotes = _quotes("وأشاد الوزير بالمقاومة الشعبية وبدورها في تحرير المدينة.")
    assert [(c, s) for c, s, _ in quotes] == [("وأشاد", "الوزير")]
    assert quotes[0][2].startswith("بالمقاومة الشعبية")


def test_guard_an_envoy_after_b_is_the_object_and_as_subject_the_speaker() -> None:
    welcomed = _quotes("ورحب الرئيس اليمني بمبعوث الأمم المتحدة، مؤكدا دعمه لجهود السلام.")
    assert welcomed[0][:2] == ("ورحب", "الرئيس اليمني") and welcomed[0][2].startswith("بمبعوث")
    said = _quotes("وقال المبعوث الأممي إلى اليمن جمال بن عمر إن المحادثات ستستأنف الأسبوع المقبل.")
    assert [(c, s) for c, s, _ in said] == [("وقال", "المبعوث الأممي")]


def test_guard_a_body_after_b_past_a_person_s_name_is_the_object() -> None:
    quotes = _quotes("وأشاد الدكتور سالم العتيبي بالمقاومة الشعبية في الجنوب.")
    assert [(c, s) for c, s, _ in quotes] == [("وأشاد", "الدكتور سالم العتيبي")]
    assert quotes[0][2].startswith("بالمقاومة")


def test_guard_a_university_after_a_lecturer_in_a_list_of_offices_is_his() -> None:
    quotes = _quotes("وقال مدير التعليم بالمنطقة سابقا والمحاضر بجامعة الملك سعود إن الخطة طموحة.")
    assert [(c, s) for c, s, _ in quotes] == [("وقال", "مدير التعليم بالمنطقة سابقا والمحاضر بجامعة الملك سعود")]
