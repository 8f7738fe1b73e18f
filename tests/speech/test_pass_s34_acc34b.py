"""Session 34, acc34b: a contrastive connective alone before a fronted according-to phrase ("لكن بحسب
X، …"، "ولكن وحسب X، فقد …"، "إلا أنه وفقا لـX، …"; ``contrast_lead`` in clause_words.tsv,
AccordingTo.after_contrast_lead) opens the sentence: the source attributes the clause after it. Before,
the connective was read as the clause a closing source ends, and the according-to quote held "لكن" alone
(a miss and a false quote at once; the corpus study of pass acc34 found 9 in 8,701 articles, all now
read after the source)."""

from __future__ import annotations

from entity_quotes import according_rows


def test_lakin_before_a_fronted_agency() -> None:
    found = according_rows("لكن بحسب وكالة رويترز، ارتفعت أسعار النفط أمس بنسبة ثلاثة في المئة.")
    assert found == [("بحسب", "وكالة رويترز", "ارتفعت أسعار النفط أمس بنسبة ثلاثة في المئة")]


def test_walakin_with_fa_after_the_source() -> None:
    found = according_rows("ولكن وحسب تسريبات إعلامية، فقد نفى المتهم كل هذه الاتهامات.")
    assert found == [("وحسب", "تسريبات إعلامية", "نفى المتهم كل هذه الاتهامات")]


def test_illa_annahu_before_an_analysis() -> None:
    found = according_rows("إلا أنه وفقا لتحليل وحدة التقارير الاقتصادية في الصحيفة، هناك خمسة قطاعات ديونها مرتفعة.")
    assert found == [("وفقا ل", "تحليل وحدة التقارير الاقتصادية في الصحيفة", "هناك خمسة قطاعات ديونها مرتفعة")]


def test_guard_lakin_after_a_clause_still_closes_nothing_new() -> None:
    # "لكن" after a clause of its own: the connective does not stand alone before the phrase
    found = according_rows("وارتفعت أسعار النفط أمس، لكن بحسب وكالة رويترز فإن الطلب تراجع.")
    assert found == [("بحسب", "وكالة رويترز", "الطلب تراجع")]


def test_guard_plain_fronted_source_unchanged() -> None:
    found = according_rows("وبحسب وكالة رويترز، ارتفعت أسعار النفط أمس بنسبة ثلاثة في المئة.")
    assert found == [("وبحسب", "وكالة رويترز", "ارتفعت أسعار النفط أمس بنسبة ثلاثة في المئة")]
