"""Session 35, acc35: an according-to source with no comma on either side interrupts its clause, which goes
on after the source with a preposition its verb governs (إلى، على) or a measure with its ب (بواقع، بنسبة)
(AccordingTo.clause_resumes_at_preposition, AccordingTo.measure_in_source): "وارتفع عدد القتلى بحسب مصادر
طبية إلى خمسين شخصا" attributes the whole clause, the source inside it, as the dev gold spans such a
clause. Before, the content was the lead alone ("ارتفع عدد القتلى"), which no gold content overlaps by half
(the largest class of short according-to contents in the corpus study of pass acc34)."""

from __future__ import annotations

from entity_quotes import according_rows, quote_rows


def test_source_before_the_complement_with_ila() -> None:
    found = according_rows("وارتفع عدد القتلى بحسب مصادر طبية إلى خمسين شخصا في المدينة.")
    assert found == [("بحسب", "مصادر طبية", "ارتفع عدد القتلى بحسب مصادر طبية إلى خمسين شخصا في المدينة")]


def test_source_before_the_complement_with_ala() -> None:
    found = according_rows("واستحوذت صفقات شركة الاتصالات حسب تقرير السوق على النسبة الأكبر من التداولات.")
    assert found == [("حسب", "تقرير السوق",
                      "استحوذت صفقات شركة الاتصالات حسب تقرير السوق على النسبة الأكبر من التداولات")]


def test_source_after_a_verb_and_its_subject() -> None:
    found = according_rows("وتسعى الحكومة وفقا لمصادر مطلعة إلى تلبية مطالب الدائنين قبل نهاية الشهر.")
    assert [(cue, content) for cue, _, content in found] == [
        ("وفقا ل", "تسعى الحكومة وفقا لمصادر مطلعة إلى تلبية مطالب الدائنين قبل نهاية الشهر")]


def test_measure_after_the_source() -> None:
    found = according_rows("وارتفع الإنفاق الحكومي في دول المجلس حسب التقرير بواقع خمسة في المئة خلال العام الماضي.")
    assert found == [("حسب", "التقرير",
                      "ارتفع الإنفاق الحكومي في دول المجلس حسب التقرير بواقع خمسة في المئة خلال العام الماضي")]


def test_guard_where_the_source_published() -> None:
    # "على موقع تويتر": where the club said it, not the clause going on
    found = according_rows("وتعاقد النادي مع المهاجم الدولي لثلاثة مواسم بحسب بيان النادي على موقع تويتر أمس.")
    assert found == [("بحسب", "بيان النادي", "تعاقد النادي مع المهاجم الدولي لثلاثة مواسم")]


def test_guard_preposition_of_the_source() -> None:
    # "مطلعة على": the source's own على
    found = according_rows("وستستأنف المحادثات بين الطرفين وفقا لمصادر مطلعة على سير المفاوضات في جنيف.")
    assert found == [("وفقا ل", "مصادر مطلعة", "ستستأنف المحادثات بين الطرفين")]


def test_guard_comma_before_the_source_unchanged() -> None:
    found = according_rows("وقتل خمسة أشخاص في الهجوم، بحسب الشرطة.")
    assert found == [("بحسب", "الشرطة", "قتل خمسة أشخاص في الهجوم")]


def test_guard_chain_keeps_the_verb_quote() -> None:
    # "أشارت … نقلا عن … إلى": the verb's own quote, the chain's source its origin
    text = "وأشارت أرقام نشرها موقع اقتصادي نقلا عن بيانات البنك المركزي إلى أداء قوي للشركات."
    assert quote_rows(text) == [("indirect", "وأشارت", "بيانات البنك المركزي", "أداء قوي للشركات"),
                                ("according_to", "نقلا عن", "بيانات البنك المركزي", "أشارت أرقام نشرها موقع اقتصادي")]
