"""The times stage writes its expressions straight from the matching-form spans (speed pass of
session 17): what it writes is what ``scan_times`` (spans mapped back to the original text) gives,
record by record, also where the original text holds diacritics, tatweel or a bidi mark (offsets
that differ between the two forms), and the name آلان is still passed over."""

import pytest

from khabar.numbers.matching import matching_form
from khabar.pipeline import STAGES, Pipeline
from khabar.read import RawArticle
from khabar.time.expressions import scan_matching, scan_times
from khabar.time.model import Context
from khabar.time.read_periods import _fiscal_year_said

TEXTS = [
    "قالـــت الوزارة يوم الأحد إن الإنتاج يبدأ الشهر المُقبل، وإن الاجتماع عُقد أمس في الساعة العاشرة صباحاً.",
    "شارك الممثل آلان ديلون في المهرجان الآن، وسيُعرض الفيلم في 3 آذار/مارس المقبل من الساعة 8 حتى الساعة 11.",
    "ارتفع الدخل في الربع الثالث، وقالت الشركة إن أرباح \u200fسنتها المالية تراجعت منذ ثلاثة أيام، يوم الاثنين الموافق 2/11/1436هـ.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_stage_records_equal_scan_times(text):
    doc = Pipeline(["segment"])(RawArticle(text=text), published="2015-08-17")
    STAGES["times"].func(doc)
    norm = matching_form(doc.text)
    expected = [t.to_dict(f"t{i}") for i, t in enumerate(scan_times(norm, doc.text, doc.published), 1)]
    assert doc.times == expected
    assert [list(record) for record in doc.times] == [["id", "start", "end", "text", "type", "value"]] * len(expected)
    assert all(doc.text[r["start"] : r["end"]] == r["text"] for r in doc.times)
    assert len(scan_matching(norm, doc.text, doc.published)) == len(expected)


def test_alan_is_no_time_but_now_is():
    doc = Pipeline(["segment"])(RawArticle(text=TEXTS[1]), published="2015-08-17")
    STAGES["times"].func(doc)
    texts = [r["text"] for r in doc.times]
    assert "آلان" not in " ".join(texts)
    assert "الآن" in texts


@pytest.mark.parametrize(
    "text, said",
    [
        ("تراجعت أرباح الشركة في سنتها المالية الحالية", True),
        ("ارتفعت الأرباح في العام المالي الماضي", True),
        ("ارتفعت الأرباح في الربع الثالث من العام", False),  # no المالي: the regex is not run, and would not match
        ("قالت إن العام المالي 2015 كان صعبا", False),  # a calendar year after it
    ],
)
def test_fiscal_year_said(text, said):
    norm = matching_form(text).text
    assert _fiscal_year_said(Context(norm, None, None, [], {}, [], [])) is said
