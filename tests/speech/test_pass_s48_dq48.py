"""Session 48, pass dq48 (docs/evaluation/quotes.md, "Session 48, dq48"): direct quotes' speakers on unseen news.

- dq48a: "والي" (a province's governor), written with its ي and no hamza (``governor_spellings``, read as written),
  no longer opens a phrase of whom or what was spoken of (phrases.py ``preposition_opens``): normalised it is "و" +
  "إلى", so "وقال والي أرزينجان، سليمان قهرمان، للأناضول: «…»" lost its subject and the quotation went on with the
  last speaker ("تقرير إخباري"). "وإلى" / "والى" (and to) are prepositions as before.
"""

import pytest
from entity_quotes import speaker_of_words

GOVERNOR = (
    "وأعلنت السلطات المحلية أن القطار تضرر بشدة، بحسب ما ذكرته وكالة الأنباء الرسمية. وقال والي المدينة، "
    "سليم قاسم، للصحافيين: «نعتقد أن التفجير عمل إرهابي مدبر»."
)
GOVERNOR_BARE = "وأعلنت السلطات المحلية أن القطار تضرر بشدة. وقال والي أرزينجان: «نعتقد أن التفجير عمل إرهابي مدبر»."

# guard: "وإلى" (and to), normalised the same, is still no speaker
AND_TO = (
    "وقال رئيس الوزراء محمد سالم إن الحكومة ماضية في خطتها. وأضاف وإلى جانبه وزير المالية: "
    "«لن نتراجع عن الإصلاحات مهما كانت الضغوط»."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (GOVERNOR, "نعتقد أن التفجير", "والي المدينة"),
        (GOVERNOR_BARE, "نعتقد أن التفجير", "والي أرزينجان"),
    ],
    ids=["governor-named", "governor"],
)
def test_governor_speaks(text, words, expected):
    assert speaker_of_words(text, words) == expected


def test_and_to_is_no_speaker():
    assert speaker_of_words(AND_TO, "لن نتراجع") == "رئيس الوزراء محمد سالم"
