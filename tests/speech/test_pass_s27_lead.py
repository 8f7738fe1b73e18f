"""Session 27, lead: after a person's name, an indefinite plural or accusative noun is the verb's
object, not a word of his name or title ("وثمن … الدكتور حامد الشمري توجيهات …")."""

from __future__ import annotations

from entity_quotes import cue_contents, cue_speakers

import khabar


def speakers(text: str) -> list[tuple[str, str]]:
    return cue_speakers(text, "2015-07-25")


def contents(text: str) -> dict[str, str]:
    return cue_contents(text, "2015-07-25")


APPRECIATION = ("وثمن وكيل إمارة المنطقة الدكتور حامد الشمري توجيهات أمير المنطقة الأمير فهد بن سعود بن عبدالعزيز "
                "لإقامة هذا الملتقى، معرباً عن شكره للقائمين على الملتقى.")


def test_a_plural_after_the_name_begins_the_object() -> None:
    assert ("وثمن", "وكيل إمارة المنطقة الدكتور حامد الشمري") in speakers(APPRECIATION)
    assert contents(APPRECIATION)["وثمن"].startswith("توجيهات أمير المنطقة")


def test_the_participle_after_it_goes_on_with_the_same_speaker() -> None:
    assert ("معرباً", "وكيل إمارة المنطقة الدكتور حامد الشمري") in speakers(APPRECIATION)


def test_an_accusative_without_its_tanween_begins_the_object() -> None:
    text = "وأجرى وزير التعليم الدكتور سالم الدخيل اتصالا هاتفيا بأسرة المعلم، مؤكدا أن الفقيد كان مثالا للعطاء."
    assert ("مؤكدا", "وزير التعليم الدكتور سالم الدخيل") in speakers(text)


def test_a_family_name_after_the_given_name_is_not_cut() -> None:
    # guard: "بركات" ends in -ات but is the man's family name
    text = "وأكد الدكتور محمد بركات أن المشروع سيكتمل قريبا."
    assert speakers(text) == [("وأكد", "الدكتور محمد بركات")]


def test_an_adverb_after_the_name_is_not_the_object() -> None:
    # guard: "مجددا" says how he said it; the content still starts after أن
    text = "وأكد الوزير خالد العتيبي مجددا أن المشروع سيكتمل."
    assert contents(text)["وأكد"] == "المشروع سيكتمل"


def test_a_title_with_its_preposition_after_a_rank_is_kept() -> None:
    # guard: "الفريق" is also a rank; "للانتخابات" is the title's genitive, not an object
    text = "وكشف رئيس الفريق التقني للانتخابات المحلية أحمد حكمت الله عن استعداد الأمانة للانتخابات."
    assert any("للانتخابات المحلية" in speaker for _cue, speaker in speakers(text))


def test_a_noun_counted_by_a_number_word_is_no_reporting_verb() -> None:
    # "طالب" (student) after "ثلاثة آلاف" is what the figure counts, not "طالب" (demanded)
    assert contents("وقبلت الجامعة ثلاثة آلاف طالب بالسنة التحضيرية.") == {}
    assert contents("ويدرس في الولايات المتحدة أكثر من مائة ألف طالب سعودي جاءوا بمبادرة الابتعاث.") == {}


def test_the_counted_noun_is_found_after_marked_words_too() -> None:
    # the figures' offsets are into the text with its marks ("استكمالاً"), the speech stage's without
    text = "تماشياً مع الخطة، وتنفيذاً للتوجيهات، قبلت الجامعة ثلاثة آلاف طالب بالسنة التحضيرية."
    assert "طالب" not in contents(text)


def test_a_demand_after_a_vague_number_of_people_is_still_reported() -> None:
    # guard: here the number counts the people who demand ("عشرات الأهالي"), and طالب is the verb before them
    assert contents("وطالب عشرات الأهالي بالإسراع في المشروع.") == {"وطالب": "بالإسراع في المشروع"}


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = khabar.analyze(text, published="2015-08-04")
    return [(q["kind"], q["cue"]["text"], q["speaker"] and q["speaker"]["text"], q["via_text"] and q["via_text"]["text"])
            for q in doc.quotes if q["cue"]]


def test_an_unknown_site_after_lam_is_the_via_not_the_speaker() -> None:
    text = ('وقال اللاعب الشاب إن المفاوضات استمرت طوال الصيف. '
            'وأضاف لموقع سيتي على الإنترنت "قال المدرب لكل اللاعبين الشبان إننا سنحصل على فرصة."')
    assert ("direct", "وأضاف", "اللاعب الشاب", "لموقع سيتي") in quotes(text)


def test_a_location_after_lam_is_no_via() -> None:
    # guard: "موقع" is also a place ("لموقع الحادث"): with the article it names no outlet
    text = "ووصل الوزير لموقع الحادث وقال إن التحقيق مستمر."
    assert all(via is None for *_rest, via in quotes(text))


def test_a_short_sentence_in_quotation_marks_ending_with_a_full_stop_is_speech() -> None:
    text = 'وقال اللاعب باركر "استمرت المفاوضات طوال الصيف." وأضاف أنه سعيد بالعقد.'
    found = quotes(text)
    assert ("direct", "وقال", "اللاعب باركر", None) in found
    assert ("indirect", "وأضاف", "اللاعب باركر", None) in found


def test_a_short_quoted_name_is_still_part_of_the_speaker() -> None:
    # guard: a name in marks has no full stop inside
    assert quotes('وأعلنت وزارة "الصحة" أن الحالات ارتفعت.') == [("indirect", "وأعلنت", 'وزارة "الصحة"', None)]


def test_initials_or_a_question_in_marks_are_no_sentence() -> None:
    # guard: a stop after initials ("م.غ.") and a title that asks a question are not someone's words
    assert not any(kind == "direct" for kind, *_ in quotes('وأفاد بلاغ بالعثور على "ع.خ" و"م.غ." في الموقع.'))
    assert not any(kind == "direct" for kind, *_ in quotes('وقال جوابا عن سؤال "ما هي الفلسفة؟" إن الجواب صعب.'))


def test_a_sentence_with_an_ellipsis_inside_the_marks_is_speech() -> None:
    text = 'وقال المحلل كارل فريتز "الأسعار ستستقر على الأرجح.. الانطباع السائد أن التخمة ستستمر."'
    assert ("direct", "وقال", "المحلل كارل فريتز", None) in quotes(text)


def test_a_site_that_authored_a_document_is_no_via() -> None:
    # guard: "إحصائية لموقع «أرقام»" is the site's statistic, which speaks; nothing was said to the site
    text = "أظهرت إحصائية لموقع «أرقام» تسجيل 4 أسهم أدنى إغلاق لها منذ الإدراج."
    assert [(kind, speaker, via) for kind, _cue, speaker, via in quotes(text)] == [("indirect", "إحصائية لموقع «أرقام»", None)]


def test_this_is_what_he_said_after_a_quotation_names_its_speaker() -> None:
    text = ('"نحن سعداء تماما بالعودة إلى دوري الأبطال. عدنا إلى حيث نريد"، هذا ما قاله جون ألكسندر أمين عام النادي، '
            'مضيفا "الفريق جاهز للمواجهة".')
    found = quotes(text)
    assert ("direct", "قاله", "جون ألكسندر أمين عام النادي", None) in found
    assert ("direct", "مضيفا", "جون ألكسندر أمين عام النادي", None) in found


def test_what_he_said_inside_a_clause_is_no_cue() -> None:
    # guard: with no quotation before it, "وهذا ما قاله المدير" stays inside the minister's words
    text = "وأكد الوزير أن المشروع سيكتمل، وهذا ما قاله المدير في وقت سابق."
    assert [cue for _kind, cue, *_rest in quotes(text)] == ["وأكد"]


def test_a_given_name_ending_like_a_dual_goes_on_with_the_family_name() -> None:
    # "سلطان" ends in -ان like a dual, which takes no definite word after it; as a name it does
    for text in ("طالب الباحث سلطان المطيري بضرورة الاستفادة من التطبيقات.",
                 "طالب الباحث والمدرب في سلامة المرضى سلطان المطيري، بضرورة الاستفادة من التطبيقات."):
        speaker = next(speaker for _kind, _cue, speaker, _via in quotes(text))
        assert speaker.endswith("سلطان المطيري")


def test_a_plural_in_on_still_ends_before_its_object() -> None:
    # guard: "مسؤولون" is a plural: "النادي" is whom they told, not their genitive
    assert [speaker for _kind, _cue, speaker, _via in quotes("وأبلغ مسؤولون النادي أن الاتفاق قريب.")] == ["مسؤولون"]
