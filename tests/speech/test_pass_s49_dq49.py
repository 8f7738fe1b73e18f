"""Session 49, pass dq49 (docs/evaluation/quotes.md, "Session 49, dq49"): direct quotes' speakers on unseen news.

- dq49a: a direct quote's cue with no subject, right after an according-to whose source names no person (an agency,
  a statement, reports) and whose clause narrates a named person, goes on with that person (speakers.py
  ``subject_under_source``): "عبّر X عن ارتياحه …، حسب التقارير. وقال: «…»" — X, not "التقارير"; "وأوصى X، بحسب
  البيان، بـ«…»، داعيا إلى «…»" — X, not "البيان". Before, the cue went on with the source, the last speaker.
"""

import pytest
from entity_quotes import speaker_of_words

REPORTS_CLOSE = (
    "من جهة أخرى، عبر خالد المالكي، مدير الكرة بنادي الرائد، عن رضاه الكبير عن معسكر الفريق في النمسا، "
    "حسب التقارير التي رفعها الجهاز الفني. وقال: «المعسكر كان ناجحا والفريق جاهز للموسم الجديد»."
)
STATEMENT_INSIDE = (
    "وأوصى سعيد الحمادي، بحسب البيان، بـ«تشديد الرقابة على المنافذ الحدودية»، داعيا إلى «تكثيف الدوريات "
    "الليلية في المناطق النائية»."
)
AGENCY_FIRST = (
    "وبحسب وكالة الأنباء الفرنسية، فإن ماتيو لامبير الباحث في معهد الدراسات الزراعية يعتبر أن القمح "
    "سلاح دبلوماسي مهمل. وأضاف: «لا أحد ينتبه إلى أننا نبيع القمح بانتظام»."
)

# guards: a source that is a person goes on as before; so does a person spoken of before the agency's clause; a
# feminine verb does not go on with the man the clause names
PERSON_SOURCE = (
    "وبحسب الخبير الاقتصادي سامر العلي، فإن الشركة تتوقع أرباحا قياسية هذا العام. وأضاف: «السوق تتعافى "
    "بسرعة أكبر من المتوقع»."
)
PREVIOUS_PERSON = (
    "وقال الأب إن ابنه اختطف قبل أسبوعين. ويعمل ماركو بيترينا منذ بداية العام لحساب شركة فرنسية، حسب وكالة "
    "رويترز. وأضاف: «كان يستعد للعودة إلى بيته في اليوم التالي»."
)
FEMININE_VERB = (
    "وقالت المتحدثة باسم الوزارة إن الزيارة خاصة. وتجول الرئيس الفرنسي فرنسوا هولاند في السوق القديمة برفقة "
    "ابنته، حسب وكالة رويترز. وقالت: «لا تعليق لدينا على برنامج الرئيس الخاص»."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (REPORTS_CLOSE, "المعسكر كان ناجحا", "خالد المالكي"),
        (STATEMENT_INSIDE, "تكثيف الدوريات", "سعيد الحمادي"),
        (AGENCY_FIRST, "لا أحد ينتبه", "ماتيو لامبير"),
    ],
    ids=["reports-closing", "statement-inside", "agency-first"],
)
def test_narrated_person_goes_on(text, words, expected):
    assert expected in (speaker_of_words(text, words) or "")


def test_person_source_goes_on():
    assert "سامر العلي" in (speaker_of_words(PERSON_SOURCE, "السوق تتعافى") or "")


def test_previous_person_goes_on():
    # the cue went on with the father before the agency's clause, not with the agency: left as it was
    assert speaker_of_words(PREVIOUS_PERSON, "كان يستعد للعودة") == "الأب"


def test_feminine_verb_not_the_man():
    assert "هولاند" not in (speaker_of_words(FEMININE_VERB, "لا تعليق لدينا") or "")
