"""Session 48, pass dq48 (docs/evaluation/quotes.md, "Session 48, dq48"): direct quotes' speakers on unseen news.

- dq48a: "والي" (the governor of a Turkish, Sudanese or Moroccan province) is a title (speakers.tsv), and a
  title written like "و" + the preposition "الي" no longer opens a phrase of whom or what was spoken of
  (phrases.py ``preposition_opens``): "وقال والي أرزينجان، سليمان قهرمان، للأناضول: «…»" is the governor's.
  Before, the phrase was dropped and the quotation went on with the last speaker ("تقرير إخباري").
- dq48b: a title with the body it is held in ("مدرب الوحدة") is no more the last speaker when that speaker was
  introduced under another office of the same body ("رئيس الوحدة هشام مرسي"): antecedents.py
  ``other_office_of_body`` in ``trade_of_last_named``. Heads that may name one office (``one_office_titles``:
  المتحدث / الناطق, المدرب / المدير) still link.
- dq48c: a kunya ("أم محمد"، "أبو محمد": ``kunya_heads``) is not the earlier speaker whose name holds the given name
  after it ("مدير المهرجان محمد الغامدي"): antecedents.py ``kunya_of_another``. "أم" / "أبو" are name particles the
  phrase's words leave out, so the phrase read as a part of his.
"""

import pytest
from entity_quotes import analysed, containing

GOVERNOR = (
    "وأعلنت السلطات المحلية أن القطار تضرر بشدة، بحسب ما ذكرته وكالة الأنباء الرسمية. وقال والي المدينة، "
    "سليم قاسم، للصحافيين: «نعتقد أن التفجير عمل إرهابي مدبر»."
)
GOVERNOR_BARE = "وأعلنت السلطات المحلية أن القطار تضرر بشدة. وقال والي أرزينجان: «نعتقد أن التفجير عمل إرهابي مدبر»."
COACH_AFTER_PRESIDENT = (
    "وقال رئيس النادي هشام سالم إن الإدارة أنهت جميع التعاقدات. وخسر الفريق أمام ضيفه بهدفين مقابل هدف. "
    "من جهته أثنى مدرب النادي على مستوى فريقه في أول ظهور له، وأكد بأن الفريق قدم مباراة رائعة، وقال: "
    "«الفريق سيزداد قوة بعد تدعيمه بلاعبين أجانب»."
)
KUNYA_AFTER_NAME = (
    "وقال مدير المهرجان محمد الغامدي إن الإقبال كان كبيرا هذا العام. وقالت أم محمد: «بعت كل ما صنعته في اليوم الأول»."
)
FATHER_KUNYA_AFTER_NAME = (
    "وقال مدير المهرجان محمد الغامدي إن الإقبال كان كبيرا هذا العام. وقال أبو محمد: «بعت كل ما صنعته في اليوم الأول»."
)

# guards: the same office under another head word, the coach named with his club before, the same kunya again
KUNYA_AGAIN = (
    "وقالت أم محمد، إحدى المشاركات، إن الإقبال كان كبيرا هذا العام. وأضافت أم محمد: «بعت كل ما صنعته في اليوم الأول»."
)
SPOKESMEN = (
    "وقال الناطق باسم قوات التحالف العميد أحمد عسيري إن العمليات مستمرة في المحافظة. "
    "وأضاف المتحدث باسم قوات التحالف: «لن نتوقف قبل تحقيق أهدافنا»."
)
COACH_AFTER_COACH = (
    "وقال المدرب اليوناني للهلال جورجيوس دونيس إن الفريق جاهز للمباراة. وحول غياب اللاعب عن التدريبات "
    "أوضح مدرب الهلال: «سيعود الأسبوع المقبل»."
)


def _speaker(text: str, words: str) -> str | None:
    quote = containing(analysed(text), words)
    return quote["speaker"]["text"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (GOVERNOR, "نعتقد أن التفجير", "والي المدينة، سليم قاسم"),
        (GOVERNOR_BARE, "نعتقد أن التفجير", "والي أرزينجان"),
        (COACH_AFTER_PRESIDENT, "الفريق سيزداد قوة", "مدرب النادي"),
        (KUNYA_AFTER_NAME, "بعت كل ما صنعته", "أم محمد"),
        (FATHER_KUNYA_AFTER_NAME, "بعت كل ما صنعته", "أبو محمد"),
    ],
    ids=["governor-named", "governor", "coach-after-president", "mother-kunya", "father-kunya"],
)
def test_speaker_phrase(text, words, expected):
    assert _speaker(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (SPOKESMEN, "لن نتوقف", "الناطق باسم قوات التحالف العميد أحمد عسيري"),
        (COACH_AFTER_COACH, "سيعود الأسبوع", "مدرب الهلال"),
        (KUNYA_AGAIN, "بعت كل ما صنعته", "أم محمد، إحدى المشاركات"),
    ],
    ids=["spokesman-same-office", "coach-after-coach", "same-kunya"],
)
def test_guards(text, words, expected):
    assert _speaker(text, words) == expected
