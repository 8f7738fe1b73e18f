"""Facts, twenty-fifth pass: a count of goals that is a sports score (a score's complement right
after it: دون مقابل، مقابل، نظيفة، لهدف; or بنتيجة right before it: ``score_words.tsv``) is no
fact; goals scored and other أهداف still count (made-up sentences)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_goals_without_reply_are_a_score():
    assert rows("وتغلب فريق الوحدة على مضيفه بخمسة أهداف دون مقابل في لقاء ودي.") == []


def test_goals_against_a_goal_are_a_score():
    assert rows("وخسر النادي أمام منافسه بثلاثة أهداف مقابل هدف في الجولة الثانية.") == []


def test_clean_goals_are_a_score():
    assert rows("وأنهى المنتخب مباراته الأولى بستة أهداف نظيفة أمام الضيوف.") == []


def test_a_result_of_goals_is_a_score():
    assert rows("وحسم فريق الشباب اللقاء بنتيجة سبعة أهداف سجلها لاعبو الوسط.") == []


def test_goals_scored_and_aims_still_count():
    assert rows("وسجل المهاجم 18 هدفا خلال الموسم الماضي.") == [("18 هدفا", "other", 18)]
    assert rows("ووضعت اللجنة خمسة أهداف رئيسية للمبادرة.") == [("خمسة أهداف", "other", 5)]
