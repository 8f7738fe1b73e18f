"""The times stage's future cues (سيجتمع، سوف، من المقرر…): read lazily, sentence by sentence."""

import pytest

import khabar
import khabar.time.stage  # registers the stage
from khabar.pipeline import Pipeline
from khabar.read import RawArticle
from khabar.time.stage import FutureCues

TIMES = Pipeline(["segment", "times"])


def _doc(text: str):
    return TIMES(RawArticle(text=text), published="2016-04-15")


PUB = "2015-07-21"  # a Tuesday


def stage_times(text, published=PUB):
    """The times of the whole pipeline, whose stage reads the future cues of each sentence."""
    return [(t["text"], t["type"], t["value"]) for t in khabar.analyze(text, published=published).times]


def test_a_month_after_a_future_verb_is_the_coming_one():
    doc = _doc("اجتمع المجلس في يونيو. وسيجتمع المجلس في يونيو.")
    assert [(t["text"], t["value"]) for t in doc.times] == [("يونيو", "2015-06"), ("يونيو", "2016-06")]


@pytest.mark.parametrize(
    "text",
    [
        "اجتمع المجلس في يونيو. وسيجتمع المجلس في يونيو.",
        "قال الوزير إن اللجنة سوف تجتمع في مايو، وأضاف أن المجلس اجتمع أمس.",
        "من المقرر أن يبدأ العمل في المشروع مطلع العام المقبل بحسب الخطة.",
        "أعلنت الشركة أرباحها، ولم تذكر موعد التوزيع.",
    ],
)
def test_answers_do_not_depend_on_the_order_of_the_questions(text):
    """Each sentence is read only up to the offset asked about: asking later offsets first, then
    earlier ones, or every offset on a fresh reader, must give the same answers."""
    doc = _doc(text)
    offsets = range(len(text))
    fresh = [FutureCues(doc).before(o) for o in offsets]
    forward, backward = FutureCues(doc), FutureCues(doc)
    assert [forward.before(o) for o in offsets] == fresh
    assert [backward.before(o) for o in reversed(offsets)] == fresh[::-1]
    assert any(fresh) == any(w in text for w in ("سيجتمع", "سوف", "المقرر"))


def test_a_cue_counts_only_after_it_and_in_its_own_sentence():
    text = "اجتمع المجلس في يونيو. وسيجتمع المجلس في يونيو."
    doc = _doc(text)
    cue = text.index("وسيجتمع")
    cues = FutureCues(doc)
    assert cues.before(len(text) - 3)  # after the verb, in its sentence
    assert not cues.before(cue)  # not at the verb itself
    assert not cues.before(text.index("يونيو"))  # the first sentence holds no cue


def test_future_phrase_with_a_conjunction_looks_forward():
    from khabar import analyze

    doc = analyze("ومن المقرر أن يقام المهرجان في شهر أغسطس في القاهرة.", published="2015-07-21")
    assert [t["value"] for t in doc.times] == ["2015-08"]


def test_what_was_scheduled_looks_back():
    from khabar import analyze

    doc = analyze("وكان من المقرر أن يقام المهرجان في شهر يونيو لكنه أجل.", published="2015-07-21")
    assert [t["value"] for t in doc.times] == ["2015-06"]


# --- "than expected" is no future cue


def test_than_expected_does_not_move_a_past_month_a_year_ahead():
    # read on 5 August 2015: July is the month just ended, not July 2016
    text = "وأظهر تقرير أقوى من المتوقع عن قطاع الخدمات في يوليو تموز ارتفاع الدولار."
    assert stage_times(text, "2015-08-05") == [("يوليو تموز", "month", "2015-07")]
    assert stage_times("وسجلت المبيعات تراجعا أكبر من المتوقع في يوليو.", "2015-08-05") == [("يوليو", "month", "2015-07")]


def test_it_is_expected_still_speaks_of_the_future():
    assert stage_times("ومن المتوقع أن يصل الوفد في يوليو.", "2015-08-05") == [("يوليو", "month", "2016-07")]
    assert stage_times("وقال إنه من المتوقع أن يصل الوفد في يوليو.", "2015-08-05") == [("يوليو", "month", "2016-07")]


# --- a word that merely begins with س is no future verb


@pytest.mark.parametrize(
    "text",
    [
        # a past verb (ساهم، ساعدت), a name (سالم), a noun (سارقي): the letter after س is no person prefix
        "وساعدت بيانات قوية عن الوظائف الدولار على الصعود منذ مايو.",
        "قال سالم إن الحملة بدأت في يونيو بمشاركة واسعة.",
        "قبض الحارس على سارقي الصيدلية خلال شهر رمضان المبارك.",
    ],
)
def test_a_word_beginning_with_sin_does_not_move_a_past_month_ahead(text):
    # read on 3 August 2015: the month named is the one behind, Ramadan 1436 included
    values = [v for _, _, v in stage_times(text, "2015-08-03")]
    assert values and all(v in ("2015-05", "2015-06", "H1436-09") for v in values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وسيفتتح الوزير المعرض في يونيو.", "2016-06"),  # ي
        ("ستبدأ الدراسة في يونيو.", "2016-06"),  # ت
        ("وسنعلن النتائج في يونيو.", "2016-06"),  # ن
        ("قال: سأزور المدينة في يونيو.", "2016-06"),  # أ
    ],
)
def test_a_future_verb_with_each_person_prefix_still_looks_forward(text, value):
    assert [v for _, _, v in stage_times(text, "2015-08-03")] == [value]
