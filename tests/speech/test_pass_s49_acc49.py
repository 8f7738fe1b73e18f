"""Session 49, pass acc49 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 150
according-to cue occurrences of day files 5:15 (seed 10170) and 15:19 (seed 10171) and the corpus of all 19 day files:

- acc49a: a document after the cue whose ل + outlet names who published it ("وبحسب تقرير لوكالة الصحافة الفرنسية،
  يرى …"، "حسب تقرير لـ«رويترز»") is one source with its outlet, as "بيان لوزارة الخارجية" is: the source is no
  more cut to "تقرير" with the outlet as its via, and the clause after the source is attributed, not "لـ«رويترز»"
  or the words before the source.
- acc49b: a source set off by dashes right before أن / فإن / فقد goes on with its clause: after فإن, the clause it
  opens ("ومن هنا - حسب كلام X - فإن …"); after a bare أن, the clause the source interrupts from its start ("وينبغي
  لهذا العام - حسب بعض التقارير – أن يكون …"), no more the words before the first dash alone.
- acc49c: the quality, kind or value something varies by ("حسب جودة المنتج"، "حسب نوعية اللاعب"، "بحسب قيمة المنتج")
  is a criterion (clause_words.tsv), no source.
"""

from __future__ import annotations

import pytest

import khabar


def according(text: str) -> list[dict]:
    """The according-to quotes of ``text``, through the whole pipeline."""
    return [q for q in khabar.analyze(text, published="2015-08-01").quotes if q["kind"] == "according_to"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "لكن بحسب تقرير لـ«رويترز»، تعمل شركة ناشئة في لندن على توربينات جديدة تولد الكهرباء من المد والجزر.",
            "تقرير لـ«رويترز»",
            "تعمل شركة ناشئة في لندن",
        ),
        (
            "وحسب تقرير لوكالة «أسوشييتد برس» تكشف الوثائق المسربة كيف انضم ضباط سابقون إلى التنظيم.",
            "تقرير لوكالة «أسوشييتد برس»",
            "تكشف الوثائق المسربة",
        ),
        (
            "وحسب إحصائية لـ «معلومات مباشر»، ارتفعت أرباح المصارف المحلية بنسبة 8 في المائة خلال الربع الثاني.",
            "إحصائية لـ «معلومات مباشر»",
            "ارتفعت أرباح المصارف",
        ),
    ],
)
def test_a_document_and_its_outlet_are_one_source_that_opens_the_clause(text: str, source: str, content: str) -> None:
    [quote] = according(text)
    assert quote["speaker"]["text"] == source, quote
    assert quote["text"].startswith(content), quote
    assert quote.get("via_text") is None, quote


def test_a_closing_document_of_a_paper_is_no_via() -> None:
    text = "وأدت السيول إلى تدمير الطرق والجسور في ثلاث ولايات، بحسب تقرير لصحيفة «النهار» الحكومية."
    [quote] = according(text)
    assert quote["speaker"]["text"] == "تقرير لصحيفة «النهار» الحكومية", quote
    assert quote["text"].startswith("أدت السيول إلى تدمير الطرق"), quote
    assert quote.get("via_text") is None, quote


def test_an_outlet_told_by_a_reporting_verb_stays_its_via() -> None:
    # guard: "لوكالة …" after a verb and its speaker is whom the words were told, as on main
    doc = khabar.analyze("وقال الوزير لوكالة الأنباء السعودية إن الأسعار سترتفع الشهر المقبل.", published="2015-08-01")
    [quote] = doc.quotes
    assert quote["speaker"]["text"] == "الوزير", quote
    assert (quote.get("via_text") or {}).get("text") == "لوكالة الأنباء السعودية", quote


def test_a_statement_of_a_ministry_keeps_its_whole_source() -> None:
    # guard: "بيان لوزارة …" (no outlet) was whole on main already
    text = "وأوقفت الشرطة 12 شخصا كانوا يعتزمون السفر إلى مناطق النزاع، وفق بيان لوزارة الداخلية."
    [quote] = according(text)
    assert quote["speaker"]["text"] == "بيان لوزارة الداخلية", quote
    assert "أوقفت الشرطة 12 شخصا" in quote["text"], quote


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "ومن هنا - حسب كلام رئيس الائتلاف - فإن ما تقوم به أنقرة الآن من ضرب مواقع التنظيم يندرج في إطار رؤيتها.",
            "كلام رئيس الائتلاف",
            "ما تقوم به أنقرة الآن",
        ),
        (
            "وينبغي لهذا الموسم - حسب بعض التقارير – أن يكون جيدا لأسعار الفضة.",
            "بعض التقارير",
            "ينبغي لهذا الموسم - حسب بعض التقارير – أن يكون جيدا",
        ),
        (
            "ولكن تناول هذه الكمية دفعة واحدة من الممكن -كما أوضح بيان الشرطة- أن يتسبب لها بوفاة مباشرة.",
            "بيان الشرطة",
            "لكن تناول هذه الكمية دفعة واحدة",
        ),
    ],
)
def test_a_source_between_dashes_before_that_goes_on_with_its_clause(text: str, source: str, content: str) -> None:
    [quote] = according(text)
    assert quote["speaker"]["text"] == source, quote
    assert quote["text"].startswith(content), quote
    assert quote["text"].endswith(("يندرج في إطار رؤيتها", "جيدا لأسعار الفضة", "بوفاة مباشرة")), quote


def test_a_source_between_dashes_after_a_reporting_verb_is_still_its_channel() -> None:
    # guard: "وأضاف X - حسب الوكالة - أن …" is the verb's own quote; no according-to quote, as on main
    text = "وأضاف المصدر العسكري - حسب وكالة الصحافة الفرنسية - أن قتيلين سقطا في الهجوم على الثكنة."
    assert according(text) == []


def test_a_source_between_dashes_with_no_that_after_it_still_resumes_its_clause() -> None:
    # guard: "وتنص الخطة - بحسب رويترز - كذلك على …" was read whole on main already
    [quote] = according("وتنص الخطة - بحسب رويترز - كذلك على تعزيز القوات في الشمال.")
    assert quote["text"].startswith("تنص الخطة"), quote
    assert quote["text"].endswith("في الشمال"), quote


@pytest.mark.parametrize(
    "text",
    [
        "وبلغت أسعار العنب أمس 45 ريالا للصندوق الواحد، حسب جودة المحصول.",
        "ويختلف برنامج الإعداد البدني حسب نوعية اللاعب ومركزه في الملعب.",
        "وقد يتراوح الفرق في السلعة الواحدة بين عشرة وأربعين في المائة، بحسب قيمة السلعة والزيادة المفروضة.",
    ],
)
def test_quality_kind_or_value_is_a_criterion_not_a_source(text: str) -> None:
    assert according(text) == []
