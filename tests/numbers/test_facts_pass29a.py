"""Facts, twenty-ninth pass (a): ``ألف`` alone is also the verb ألّف (wrote, brought together): no
thousand after a particle only a verb follows (وقد، كما، الذي، حين), before a definite word, or
before a countable noun in the accusative; a thousand before a noun, after a modifier or after
ثم stays (made-up sentences)."""

from fact_rows import facts


def values(text):
    return [(f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


def test_wrote_after_a_particle_is_no_thousand():
    assert values("وقد ألف المؤرخ الشهير كتابا عن تاريخ المدينة القديمة.") == []
    assert values("كما ألف بعض الباحثين دراسات عن الشعر النبطي.") == []
    assert values("وكان الشاعر الذي ألف ديوانا عن البحر يقيم في جدة.") == []


def test_wrote_before_a_definite_subject_is_no_thousand():
    assert values("وفي العام الماضي ألف الكاتب رواية عن الهجرة.") == []
    assert values("وكان للمهرجان أثر كبير ألف القلوب بين الجيران.") == []


def test_wrote_before_an_accusative_noun_is_no_thousand():
    assert values("ويذكر أن الطبيب ابن سينا ألف كتابا في الطب.") == []


def test_a_thousand_stays_a_thousand():
    assert values("وشارك في السباق ألف متسابق من المنطقة.") == [("other", 1000, None, None)]
    assert values("وشارك في السباق أكثر من ألف شخصا من المنطقة.") == [("other", None, 1000, None)]
    assert ("other", 1000, None, None) in values("وكانت الخطة مائة يوم ثم ألف يوم للإصلاح.")
