"""clean_text: the contract's text, title, removed and credits for whole articles."""

from __future__ import annotations

import time

import pytest

from khabar.clean import Cleaned, clean_text, split_lines


def test_worked_example_of_the_contract(worked_example: str) -> None:
    cleaned = clean_text(worked_example, plain_text=True)
    assert cleaned.title == "وزير الطاقة: إنتاج المصفاة الجديدة يبدأ الشهر المقبل"
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == "عمّان - (أ ف ب)"
    assert paragraphs[1].startswith("قال وزير الطاقة الأردني")
    assert paragraphs[-1].endswith("وفقا لمديرية الدفاع المدني.")
    assert len(paragraphs) == 5
    assert cleaned.removed == [
        {"kind": "source_line", "text": "المصدر: وكالة فرانس برس"},
        {"kind": "share", "text": "شارك هذا المقال"},
    ]
    assert [(c["kind"], c["name"], c["domain"], c["text"], c["place"]) for c in cleaned.credits] == [
        ("dateline", "AFP", "afp.com", "عمّان - (أ ف ب)", "عمّان"),
        ("source_line", "AFP", "afp.com", "المصدر: وكالة فرانس برس", None),
    ]
    assert all(c["ar"] == "وكالة فرانس برس" for c in cleaned.credits)


def test_dateline_stays_in_the_text() -> None:
    cleaned = clean_text("بيروت - (رويترز) - قال مسؤولون إن الانتخابات ستجري في موعدها.\nالمصدر: رويترز")
    assert cleaned.text == "بيروت - (رويترز) - قال مسؤولون إن الانتخابات ستجري في موعدها."
    assert [c["kind"] for c in cleaned.credits] == ["dateline", "source_line"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\n\n", "\r\n\r\n", "\n \n"])
def test_any_line_break_makes_a_paragraph(newline: str) -> None:
    text = newline.join(["  الفقرة الأولى.  ", "\tالفقرة الثانية.\u00a0", "الفقرة الثالثة."])
    assert clean_text(text).text == "الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة."


def test_blank_and_invisible_lines_go() -> None:
    text = "\ufeffالفقرة الأولى.\n\u200f\n   \n\u00a0\u00a0\nالفقرة الثانية.\u200e"
    assert clean_text(text).text == "الفقرة الأولى.\n\nالفقرة الثانية."
    assert split_lines(" a \r\n\r\n b ") == ["a", "b"]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("وزير الطاقة: إنتاج المصفاة الجديدة يبدأ الشهر المقبل", True),
        ("ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين", True),
        ("قال الوزير إن المشروع سيبدأ الشهر المقبل.", False),
        ("هل تنجح المفاوضات؟", False),
        ("العنوان:", False),
        ("الرياض - واس", False),
        ("عمّان - (أ ف ب)", False),
        ("كلمة " * 16, False),
        ("ا" * 151, False),
    ],
)
def test_plain_text_title(first: str, title: bool) -> None:
    body = "قال الوزير إن المشروع الجديد سيوفر آلاف فرص العمل للشباب في المنطقة."
    cleaned = clean_text(f"{first}\n{body}", plain_text=True)
    assert cleaned.title == (first.strip() if title else None)
    assert cleaned.text.endswith(body)
    assert (first.strip() in cleaned.text) != title


def test_no_title_without_plain_text_or_without_a_body() -> None:
    assert clean_text("عنوان قصير\nنص الخبر.").title is None
    assert clean_text("عنوان قصير", plain_text=True).title is None


def test_title_after_a_breadcrumb() -> None:
    cleaned = clean_text("الرئيسية > أخبار > اقتصاد\nارتفاع أسعار النفط\nنص الخبر الكامل.", plain_text=True)
    assert cleaned.title == "ارتفاع أسعار النفط"
    assert cleaned.removed == [{"kind": "navigation", "text": "الرئيسية > أخبار > اقتصاد"}]


def test_real_sentences_with_boilerplate_words_stay() -> None:
    text = "\n".join([
        "قال المصدر إن الاجتماع سيعقد الأسبوع المقبل.",
        "وأضاف المصدر: «لن نتراجع عن قرارنا».",
        "شارك أكثر من 500 متطوع في حملة تنظيف الشاطئ.",
        "تابع الرئيس سير العمليات من غرفة العمليات.",
        "وتابع: «نحن مستعدون للحوار».",
        "اقرأ أيضا ما كتبه المحلل في مقاله الأخير عن الأزمة.",
        "إعلان الحكومة عن خطة جديدة أثار جدلا واسعا.",
    ])
    cleaned = clean_text(text)
    assert cleaned.text == text.replace("\n", "\n\n")
    assert cleaned.removed == [] and cleaned.credits == []


def test_related_list_is_cut() -> None:
    text = "\n".join([
        "قال الوزير إن المحادثات كانت بناءة، وإن الجانبين سيواصلان الحوار الشهر المقبل في جنيف.",
        "أخبار ذات صلة",
        "الأمم المتحدة ترحب بالهدنة",
        "ارتفاع أسعار النفط",
        "وأكد الوزير أن بلاده ملتزمة بالاتفاق، داعيا الأطراف كافة إلى ضبط النفس.",
    ])
    cleaned = clean_text(text)
    assert cleaned.text.split("\n\n") == [text.split("\n")[0], text.split("\n")[4]]
    assert [r["kind"] for r in cleaned.removed] == ["related"] * 3


def test_english_boilerplate_is_cut() -> None:
    text = "\n".join([
        "Home » News » Middle East",
        "قال الوزير إن المحادثات كانت بناءة ومثمرة.",
        "Share this article",
        "Follow us on Twitter",
        "Related",
        "Talks resume in Geneva",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Advertisement",
        "Tags: Gaza, Qatar",
        "Copyright © 2024 Example News. All rights reserved.",
        "Source: Reuters",
    ])
    cleaned = clean_text(text)
    assert cleaned.text == "قال الوزير إن المحادثات كانت بناءة ومثمرة."
    assert [r["kind"] for r in cleaned.removed] == [
        "navigation", "share", "share", "related", "related", "comment_form", "comment_form", "ad", "tags",
        "copyright", "source_line",
    ]
    assert [(c["kind"], c["name"]) for c in cleaned.credits] == [("source_line", "Reuters")]


def test_comment_form_and_footer_are_cut() -> None:
    text = "\n".join([
        "نص الخبر الأول وهو طويل بما يكفي ليكون فقرة من فقرات المقال.",
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق",
        "الاسم *",
        "البريد الإلكتروني *",
        "إرسال التعليق",
        "جميع الحقوق محفوظة © 2024",
    ])
    cleaned = clean_text(text)
    assert cleaned.text == text.split("\n")[0]
    assert [r["kind"] for r in cleaned.removed] == ["comment_form"] * 6 + ["copyright"]


def test_source_line_with_a_domain() -> None:
    cleaned = clean_text("نص الخبر.\nsource : www.alhurra.com")
    assert cleaned.credits == [{
        "name": "Alhurra", "domain": "alhurra.com", "kind": "source_line",
        "text": "source : www.alhurra.com", "ar": "الحرة", "place": None,
    }]
    assert cleaned.removed == [{"kind": "source_line", "text": "source : www.alhurra.com"}]


def test_bare_agency_line_below_the_text_is_a_source_line() -> None:
    cleaned = clean_text("قال الوزير إن الاتفاق قريب.\nوأضاف أن الحوار مستمر.\n(أ. ف. ب)")
    assert cleaned.text == "قال الوزير إن الاتفاق قريب.\n\nوأضاف أن الحوار مستمر."
    assert cleaned.removed == [{"kind": "source_line", "text": "(أ. ف. ب)"}]
    assert [(c["kind"], c["name"]) for c in cleaned.credits] == [("source_line", "AFP")]


def test_byline_and_dateline_lines_at_the_top() -> None:
    cleaned = clean_text("كتب: محمد علي\nالرياض - واس\nأعلنت الوزارة أمس عن مشروع جديد.", plain_text=True)
    assert cleaned.title is None
    assert cleaned.text.split("\n\n")[:2] == ["كتب: محمد علي", "الرياض - واس"]
    assert [(c["kind"], c["name"], c["place"]) for c in cleaned.credits] == [
        ("byline", "محمد علي", None), ("dateline", "SPA", "الرياض"),
    ]


def test_publisher_hint() -> None:
    text = "بريدة - الجزيرة\nافتتح أمير المنطقة المشروع الجديد."
    assert clean_text(text).credits[0]["name"] == "Al Jazeera"
    assert clean_text(text, outlet="aljazirah").credits[0]["name"] == "Al Jazirah"


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u2028", "\ufeff", "ـ", "\x00", "شارك هذا المقال\nطباعة\n***"])
def test_empty_or_only_boilerplate(text: str) -> None:
    cleaned = clean_text(text, plain_text=True)
    assert isinstance(cleaned, Cleaned)
    assert cleaned.text in ("", "\x00")
    assert cleaned.title is None


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        clean_text(b"bytes")  # type: ignore[arg-type]


def test_fifty_megabyte_single_line() -> None:
    text = "قال الوزير إن المشروع سيبدأ قريبا " * 1_500_000
    assert len(text) > 50_000_000
    started = time.perf_counter()
    cleaned = clean_text(text, plain_text=True)
    assert time.perf_counter() - started < 60  # survival, not speed: catastrophic backtracking would take hours
    assert cleaned.text == text.strip() and cleaned.title is None
