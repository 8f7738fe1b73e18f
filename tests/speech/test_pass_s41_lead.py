"""Session 41, the lead's pass (docs/evaluation/quotes.md, "Session 41, lead41"):

- lead41a: a masculine relative clause after "من" and a person the tagger named ("تعرض ميسي لانتقادات من الأسطورة
  الأرجنتينية دييجو مارادونا الذي قال إن …") has that person as its speaker, not the noun "من" depends on; "التي" after
  such a phrase ("النظرية المقدمة من الرئيس أوباما التي تقول") is left alone (subjects.py ``person_after_min``);
- lead41b: "في" right after a person's name before an occasion of speech or a moment of one ("في الاجتماع"، "في نهاية
  الحفل"، "في إطار رده") says when or where he spoke and ends the speaker phrase; after a title alone ("المشاركون في
  الاجتماع") it is part of who speaks (phrases.py ``occasion_after_name``; speech_occasions in word_classes.tsv);
- lead41c: a quotation that is all one name the tagger found, up to eight words and after honorifics ("هنأ أمين عام
  اللجنة "عبد الإله بن محمد الشريف"؛ …"، "«الدكتور فهد المطلق»") is a name in marks, never a direct quote
  (direct.py ``quoted_name``);
- lead41d: after "وسبق" a name that opens with ل ("وسبق لليفربول أن ألمح …") keeps that letter: only the first ل is the
  preposition (indirect.py ``preceded_subject``, ``name_after_lam``);
- lead41e: a preposition with a pronoun right after the verb and before its words ("…، طالبا منهم أن يخرسوا") is whom it
  spoke to, never the speaker (phrases.py ``own_object``; pronoun_objects in word_classes.tsv);
- lead41f: a name cue of several words before the mark ("مما يعرف بـ«تيار الإسلام السياسي»"، "المعروف بـ«…»") sets a
  name off, as the one-word cues do (direct.py ``name_context``; name_cue in markers.tsv);
- lead41g: a word written with a final hamza on its alif ("أقرأ" I read, "أملأ" I fill) is no dual past of a reporting
  verb ("أقرّا" the two admitted), whose alif takes no hamza (extract.py).
"""

import pytest
from entity_quotes import analysed, by_cue

# (rule, text, cue, the speaker khabar must give that cue's quote)
SPEAKERS = [
    (
        "lead41a",
        "كما تعرض ميسي لانتقادات من الأسطورة الأرجنتينية دييجو مارادونا الذي قال إن لاعب برشلونة بات مدللا.",
        "قال",
        "الأسطورة الأرجنتينية دييجو مارادونا",
    ),
    (
        "lead41a",
        "وتعرض ميسي لهجوم من المدرب دييجو مارادونا الذي قال إن اللاعب بات مدللا.",
        "قال",
        "المدرب دييجو مارادونا",
    ),
    (
        "lead41a",
        "وبدأ الفريق تمارينه بمتابعة من رئيس النادي عبداللطيف الخضير، الذي تمنى أن يجني الفريق ثمار هذا المعسكر.",
        "تمنى",
        "رئيس النادي عبداللطيف الخضير",
    ),
    (
        "lead41b",
        "وقال المتحدث باسم وزارة الخارجية الأمريكية مارك تونر في الإيجاز الصحفي اليومي: إن الولايات المتحدة "
        "تستنكر هذا العمل الإجرامي.",
        "وقال",
        "المتحدث باسم وزارة الخارجية الأمريكية مارك تونر",
    ),
    (
        "lead41b",
        "وقال رئيس المحكمة غبياردو غوستاف في بداية الجلسة إن المتهمين حضروا جميعا.",
        "وقال",
        "رئيس المحكمة غبياردو غوستاف",
    ),
    (
        "lead41b",
        "وقال الرئيس الروسي فلاديمير بوتين في إطار رده على سؤال إن بلاده لن تتراجع.",
        "وقال",
        "الرئيس الروسي فلاديمير بوتين",
    ),
    ("lead41b-guard", "وقال المشاركون في الاجتماع إن المملكة ترحب بالقرار.", "وقال", "المشاركون في الاجتماع"),
    ("lead41d", "وسبق لليفربول أن ألمح إلى استعداده للاستماع إلى العروض.", "ألمح", "ليفربول"),
    ("lead41d-guard", "وسبق للوزارة أن أعلنت أن المشروع اكتمل.", "أعلنت", "وزارة"),
    ("lead41e", "وقال اللاعب ماريو بالوتيلي إن الفريق جاهز، طالبا منهم أن يخرسوا.", "طالبا", "اللاعب ماريو بالوتيلي"),
    (
        "lead41f",
        "ومن محافظة الإسكندرية يقول ياسر فراويلة، وهو شخصية قريبة مما يعرف بـ«تيار الإسلام السياسي،» وكان يعتزم "
        "الترشح في انتخابات الرئاسة عام 2012، إن المطلوب من البرلمان المقبل القيام بعدة خطوات عاجلة.",
        "يقول",
        "ياسر فراويلة",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "cue", "expected"), SPEAKERS, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(SPEAKERS)]
)
def test_speaker(rule: str, text: str, cue: str, expected: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert quote["speaker"]["text"] == expected


def test_a_feminine_relative_after_a_person_is_not_his():
    """lead41a, guard: "النظرية المقدمة من الرئيس أوباما التي تقول إنه …": the theory says it, not Obama."""
    quote = by_cue(
        analysed("وأعرب عن وقوفه ضد النظرية المقدمة من الرئيس أوباما التي تقول إنه جاء بالاتفاق تجنبا للحرب."), "تقول"
    )
    assert "أوباما" not in ((quote.get("speaker") or {}).get("text") or "")


@pytest.mark.parametrize(
    "text",
    [
        'هنأ أمين عام اللجنة الوطنية لمكافحة المخدرات "عبد الإله بن محمد الشريف"؛ مقام خادم الحرمين الشريفين بمناسبة عيد '
        "الفطر.",
        'رفع مدير فرع عام وزارة الشؤون الاجتماعية بالقصيم، "الدكتور فهد المطلق"؛ شكره وتقديره لأمير المنطقة.',
    ],
    ids=["name", "honorific"],
)
def test_a_quoted_name_is_no_direct_quote(text: str) -> None:
    """lead41c: the marks set off the holder's name; nothing in them was said."""
    assert not [q for q in analysed(text) if q["kind"] == "direct"]


def test_a_quoted_sentence_after_a_title_is_still_speech():
    """lead41c, guard: a quoted sentence that holds a name is still what was said."""
    found = analysed('وقال وزير الخارجية عادل الجبير: "المملكة ترحب بالاتفاق وتدعمه".')
    assert [q["text"] for q in found if q["kind"] == "direct"] == ["المملكة ترحب بالاتفاق وتدعمه"]


def test_a_subject_after_the_pronoun_still_speaks():
    """lead41e, guard: "وقال عنهم جون كوتر إنهم …": the subject after the preposition is the speaker."""
    quote = by_cue(analysed("وقال عنهم جون كوتر إنهم قادة حقيقيون."), "وقال")
    assert "جون كوتر" in quote["speaker"]["text"]


def test_i_read_is_no_dual_verb():
    """lead41g: "وأنا أقرأ بين الفينة والأخرى أن …" (I read) reports nothing; the dual "وأقرا بأن …" still does."""
    found = analysed(
        "وأنا أقرأ بين الفينة والأخرى أن المشروع سوف يوفر آلاف الوظائف. وقال الوزيران إن العمل بدأ، وأقرا بأن "
        "المشروع تأخر."
    )
    assert [q["cue"]["text"] for q in found if q["cue"]] == ["وقال", "وأقرا"]
