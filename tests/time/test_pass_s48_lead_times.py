"""Session 48, lead48a (docs/evaluation/facts_times.md, "Session 48, lead48a"): a whole word that the clitic
splitter cuts as the future س + an imperfect verb (ستين "sixty" as س + تين, سنية "Sunni" as س + نية) is no future
cue, so a weekday after it in the sentence is the past one (time/data/future_lookalikes.tsv). Guards: a real
future verb still makes the weekday the coming one. Made-up sentences; published Saturday 2015-08-08."""

import pytest
from time_rows import analysed_times

PUB = "2015-08-08"


def times(text):
    return analysed_times(text, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير المرصد إن المسلحين خطفوا أكثر من ستين مدنيا الخميس خلال مداهمة في البلدة.",
        "وذكرت مصادر أمنية أن مسلحين خطفوا مئة وستين شخصا الخميس عند حاجز على الطريق.",
        "وأفادت مصادر عشائرية أن زعيم عشيرة سنية خطف الخميس في بلدة قرب الحدود.",
    ],
)
def test_a_word_like_a_future_verb_leaves_the_weekday_past(text):
    assert times(text) == [("الخميس", "2015-08-06")]


def test_a_future_verb_still_makes_the_weekday_coming():
    rows = times("وقال المتحدث إن ستين متطوعا ستبدأ مشاركتهم في الحملة الخميس.")
    assert rows == [("الخميس", "2015-08-13")]
