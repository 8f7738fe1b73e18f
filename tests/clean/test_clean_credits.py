"""Credits: datelines, bylines and source lines, read into outlets, places and people."""

from __future__ import annotations

import pytest

from khabar.clean.credits import credits_from_source, parse_credit_line, parse_dateline


def summary(credits: list) -> list[tuple]:
    return [(c.kind, c.name, c.domain, c.place, c.text) for c in credits]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("بيروت - (رويترز) - قال الرئيس إن المحادثات مستمرة.",
         [("dateline", "Reuters", "reuters.com", "بيروت", "بيروت - (رويترز) -")]),
        ("(أ ف ب) - أعلنت الحكومة أمس خطة جديدة.", [("dateline", "AFP", "afp.com", None, "(أ ف ب) -")]),
        ("القدس المحتلة - وفا: قال شهود عيان إن القوات اقتحمت البلدة.",
         [("dateline", "WAFA", "wafa.ps", "القدس المحتلة", "القدس المحتلة - وفا:")]),
        ("واشنطن – رويترز: أعلن البيت الأبيض أمس أن الرئيس سيزور المنطقة.",
         [("dateline", "Reuters", "reuters.com", "واشنطن", "واشنطن – رويترز:")]),
        ("بيروت (رويترز) - قال مسؤولون إن الانتخابات ستجري في موعدها.",
         [("dateline", "Reuters", "reuters.com", "بيروت", "بيروت (رويترز) -")]),
        ("القاهرة في 12 مارس/أ ش أ/ أعلنت وزارة الصحة عن حملة جديدة.",
         [("dateline", "MENA", "mena.org.eg", "القاهرة", "القاهرة في 12 مارس/أ ش أ/")]),
        ("واس- الرياض: توقعت الرئاسة العامة للأرصاد هطول أمطار رعدية.",
         [("dateline", "SPA", "spa.gov.sa", "الرياض", "واس- الرياض:")]),
        ("فهد المحمد- سبق- نجران: افتتح أمير المنطقة المشروع الجديد.",
         [("byline", "فهد المحمد", None, "نجران", "فهد المحمد- سبق- نجران:"),
          ("dateline", "Sabq", "sabq.org", "نجران", "فهد المحمد- سبق- نجران:")]),
    ],
)
def test_dateline_opening_a_paragraph(paragraph: str, expected: list[tuple]) -> None:
    assert summary(parse_dateline(paragraph)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("الرياض - واس", [("dateline", "SPA", "spa.gov.sa", "الرياض")]),
        ("عمّان - (أ ف ب)", [("dateline", "AFP", "afp.com", "عمّان")]),
        ("(أ ف ب)", [("dateline", "AFP", "afp.com", None)]),
        ("الرياض - «الحياة»", [("dateline", "Al Hayat", "alhayat.com", "الرياض")]),
        ("دبي – سكاي نيوز عربية", [("dateline", "Sky News Arabia", "skynewsarabia.com", "دبي")]),
        ("الرياض - «صحيفة النور»", [("dateline", "صحيفة النور", None, "الرياض")]),
        ("الرياض - وكالات", [("dateline", "وكالات", None, "الرياض")]),
        ("عين اليوم – نيروبي", [("dateline", "Ain Alyoum", "3alyoum.com", "نيروبي")]),
        ("عين اليوم – متابعات", [("dateline", "Ain Alyoum", "3alyoum.com", None)]),
        ("عين اليوم – واس", [("dateline", "Ain Alyoum", "3alyoum.com", None), ("dateline", "SPA", "spa.gov.sa", None)]),
        ("مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", [("dateline", "SPA", "spa.gov.sa", "مكة المكرمة")]),
        ("كتب: محمد علي", [("byline", "محمد علي", None, None)]),
        ("كتب - علي الأحمد:", [("byline", "علي الأحمد", None, None)]),
        ("بقلم: خالد الفرحان", [("byline", "خالد الفرحان", None, None)]),
        ("بقلم خالد الفرحان", [("byline", "خالد الفرحان", None, None)]),
        ("By John Smith", [("byline", "John Smith", None, None)]),
        ("لندن: رنيم حنوش", [("byline", "رنيم حنوش", None, "لندن")]),
        ("خالد الفرحان - الدمام", [("byline", "خالد الفرحان", None, "الدمام")]),
        ("محمد العبد الله (الدمام)", [("byline", "محمد العبد الله", None, "الدمام")]),
        ("عمر إبراهيم – عين اليوم", [("byline", "عمر إبراهيم", None, None), ("dateline", "Ain Alyoum", "3alyoum.com", None)]),
        ("رصد: أحمد حجازي – عين اليوم", [("byline", "أحمد حجازي", None, None), ("dateline", "Ain Alyoum", "3alyoum.com", None)]),
    ],
)
def test_standalone_credit_line(line: str, expected: list[tuple]) -> None:
    credits = parse_credit_line(line)
    assert [(c.kind, c.name, c.domain, c.place) for c in credits] == expected
    assert all(c.text == line for c in credits)


def test_credit_carries_the_arabic_name() -> None:
    credit = parse_credit_line("عمّان - (أ ف ب)")[0]
    assert credit.ar == "وكالة فرانس برس"
    assert credit.to_dict() == {
        "name": "AFP", "domain": "afp.com", "kind": "dateline", "text": "عمّان - (أ ف ب)",
        "ar": "وكالة فرانس برس", "place": "عمّان",
    }


@pytest.mark.parametrize(
    "text",
    [
        "الاتحاد - الذي تأسس عام 1990 - أعلن أمس نتائجه المالية.",
        "السعودية - الإمارات: اتفاق جديد للتعاون الاقتصادي",
        "الرياض - قال وزير الخارجية: إن المملكة تدعم الحل السياسي.",
        "«الشؤون البلدية»: أعلنت الوزارة عن مشروعات جديدة.",
        "تعرضت البريطانية \"ويندي باربر\" - وهي معلمة - لحادث.",
        "وزير الطاقة: إنتاج المصفاة الجديدة يبدأ الشهر المقبل",
        "قال الرئيس إن بلاده ستواصل دعم جهود السلام.",
        "كتب عايض النجدي: «المخجل أن يتعلم الإنسان متأخرا».",
        "",
    ],
)
def test_sentences_are_not_credits(text: str) -> None:
    assert parse_credit_line(text) == []
    assert parse_dateline(text) == []


def test_publisher_decides_a_shared_name() -> None:
    assert parse_credit_line("بريدة - الجزيرة")[0].name == "Al Jazeera"
    assert parse_credit_line("بريدة - الجزيرة", prefer="aljazirah")[0].name == "Al Jazirah"
    assert parse_credit_line("بريدة - مكتب الجزيرة", prefer="aljazirah")[0].name == "Al Jazirah"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("وكالة فرانس برس", [("AFP", "afp.com", "وكالة فرانس برس")]),
        ("www.alhurra.com", [("Alhurra", "alhurra.com", "الحرة")]),
        ("https://www.example.org/news/1", [("example.org", "example.org", None)]),
        ("رويترز وأ ف ب", [("Reuters", "reuters.com", "رويترز"), ("AFP", "afp.com", "وكالة فرانس برس")]),
        ("وكالات", [("وكالات", None, "وكالات")]),
        ("«نيويورك تايمز»", [("New York Times", "nytimes.com", "نيويورك تايمز")]),
        ("Reuters", [("Reuters", "reuters.com", "رويترز")]),
        ("", []),
        (None, []),
    ],
)
def test_credits_from_source(source: str | None, expected: list[tuple]) -> None:
    credits = credits_from_source(source, "المصدر: …")
    assert [(c.name, c.domain, c.ar) for c in credits] == expected
    assert all(c.kind == "source_line" and c.text == "المصدر: …" for c in credits)


def test_credit_patterns_stay_fast_on_odd_lines() -> None:
    import time

    parse_credit_line("تسخين")
    slowest = 0.0
    for token in ["ا ", "ا - ", "(ا) ", "«ا» ", "ا: ", "- ", "12 ", "12 مارس ", "واس - ", "/ا/ ", "كتب: ", "بقلم "]:
        for count in range(1, 80, 5):
            line = (token * count)[:158] + "؟"
            started = time.process_time()  # CPU time: a busy machine must not fail it
            parse_credit_line(line[:100])
            parse_dateline(line)
            slowest = max(slowest, time.process_time() - started)
    assert slowest < 0.5  # catastrophic backtracking takes seconds; this is no speed test
