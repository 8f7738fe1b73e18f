"""Session 31, lead15: an according-to phrase that opens a clause of its own after a comma, once the
reporting verb opening the sentence has begun its words with إن / أن ("وأضاف العلماء أن …، ووفقاً للدراسة،
فإن …"), attributes the clause after its فإن. Before, the verb at the head of the sentence made the phrase
read as the outlet of the verb's own words, and the source's clause was attributed to no one.
A source closing with a year word keeps the year ("حسب قائمة المجلة لعام 2014، …"): the phrase reader
ended at the number, so the words after it read as the clause going on past the source, or the year
opened what the source says ("وبحسب بيانات البنك الدولي لعام | 2014 جاءت …"). Not after في.
Made-up sentences in the style of the news."""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker, content) of each quote khabar finds."""
    found = []
    for q in khabar.analyze(text, published="2015-08-01").to_dict()["quotes"]:
        speaker = (q["speaker"] or {}).get("text")
        found.append((q["kind"], q["cue"]["text"], speaker, q["text"]))
    return found


def test_fronted_source_after_the_verbs_that_clause() -> None:
    found = quotes("وقالت مصادر محلية إن الاشتباكات توقفت مساء أمس، وبحسب شهود عيان فإن المسلحين انسحبوا من السوق.")
    assert ("according_to", "وبحسب", "شهود عيان", "المسلحين انسحبوا من السوق") in found
    assert found[0][:3] == ("indirect", "وقالت", "مصادر محلية")


def test_fronted_source_set_off_by_commas_after_an_an_clause() -> None:
    found = quotes("وأضاف الباحثون أن التمارين تحسن النوم، ووفقاً لدراسة حديثة، فإن المشي يوميا يقلل التوتر.")
    assert [(q[0], q[1], q[3]) for q in found if q[0] == "according_to"] == [
        ("according_to", "ووفقاً ل", "المشي يوميا يقلل التوتر")]
    assert found[0][:4] == ("indirect", "وأضاف", "الباحثون", "التمارين تحسن النوم")


def test_fronted_source_with_tibqan_after_a_noun_verb() -> None:
    found = quotes("وأكدت الوزارة أن المدارس ستفتح الأحد المقبل، وطبقا للجدول المعلن فإن الدراسة تبدأ صباحا.")
    assert [(q[0], q[1], q[3]) for q in found if q[0] == "according_to"] == [
        ("according_to", "وطبقا ل", "الدراسة تبدأ صباحا")]
    assert any(q[0] == "indirect" and q[2] == "الوزارة" for q in found)


def test_guard_source_between_verb_and_its_words() -> None:
    # guard: no إن / أن before the phrase — the source is the outlet of the verb's own words
    found = quotes("وأضافت القناة نقلا عن الشرطة أن المسلحين فروا.")
    assert [q[0] for q in found] == ["indirect"]


def test_guard_relayed_phrase_between_commas() -> None:
    # guard: "بحسب ما نقلت عنه" between the verb and its إن stays the via of the verb's quote (q82)
    found = quotes("وقال الوزير، بحسب ما نقلت عنه وكالة الأنباء، إن الوضع مستقر.")
    assert [q[0] for q in found] == ["indirect"]


def test_guard_fronted_source_opening_the_sentence() -> None:
    # guard: with no verb before it, the fronted source attributed its clause already
    found = quotes("وبحسب الإحصاءات الرسمية فإن عدد السكان تجاوز مليونا.")
    assert found == [("according_to", "وبحسب", "الإحصاءات الرسمية", "عدد السكان تجاوز مليونا")]


def test_year_closes_a_closing_source_before_a_comma() -> None:
    found = quotes("وتعد الشركة ثالث أكبر منتج للحديد في العالم حسب تقرير الاتحاد الدولي لعام 2014، لكنها تواجه ديونا كبيرة.")
    assert [q for q in found if q[0] == "according_to"] == [
        ("according_to", "حسب", "تقرير الاتحاد الدولي لعام 2014",
         "تعد الشركة ثالث أكبر منتج للحديد في العالم")]


def test_year_of_a_fronted_source_is_not_its_content() -> None:
    found = quotes("وبحسب بيانات الهيئة لعام 2013 جاءت المدينة الأولى في عدد الزوار.")
    assert found == [("according_to", "وبحسب", "بيانات الهيئة لعام 2013", "جاءت المدينة الأولى في عدد الزوار")]


def test_guard_year_after_fi_is_the_clause_time() -> None:
    # guard: "في عام 2009" dates the event of the clause, not the source
    found = quotes("وبحسب الإحصاءات الرسمية فإن المساحة بلغت في عام 2009 نحو ألف هكتار.")
    assert found == [("according_to", "وبحسب", "الإحصاءات الرسمية", "المساحة بلغت في عام 2009 نحو ألف هكتار")]


def test_guard_closing_source_before_idafa_ila_anna() -> None:
    # guard: without the fa- of فإن after it, the source closes the clause before it; no according-to
    # over what "إضافة إلى أن" adds
    found = quotes("وأشار مصدر إلى أن المكاتب لم تزود أي مكتب بعاملات، وفقًا لجريدة المساء، إضافة إلى أن الحكومة تفرض رسوما.")
    assert not any(q[0] == "according_to" and q[3].startswith("الحكومة تفرض") for q in found)
