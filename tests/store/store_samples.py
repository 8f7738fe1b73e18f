"""Small Arabic articles written for the store's tests, with hand-made annotations.

The annotations are built here, not by the entity and quote stages, so that
the store's tests do not change when those models do. Offsets are found with
``str.find`` on the prepared text, so they always hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from khabar.pipeline import Pipeline
from khabar.read import RawArticle

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "khabar" / "examples"

_SEGMENT = Pipeline(["segment"])

ARTICLES = [
    {
        "key": "kerry",
        "title": "الإفراج عن الرهائن في المدينة",
        "url": "https://sabq.org/a1",
        "outlet": "sabq",
        "published": "2015-07-21",
        "text": (
            "أفرجت الجماعة المسلحة عن الرهائن صباح اليوم بعد مفاوضات طويلة. وقال وزير الخارجية الأمريكي "
            "جون كيري إن الولايات المتحدة ستواصل جهودها.\n\nوأضاف كيري: «نحن سعداء بعودة الرهائن إلى بلادهم»."
        ),
    },
    {
        "key": "hospital",
        "title": "هجوم على مستشفى المدينه",
        "url": "https://www.okaz.com.sa/a2",
        "outlet": "okaz",
        "published": "2015-07-22",
        "text": (
            "استخدمت العصابة المدنيين كرهائن في مستشفي المدينه. وذكرت الشرطة أن 12 شخصا قتلوا في الهجوم "
            "على المستشفى."
        ),
    },
    {
        "key": "riyadh",
        "title": "مطالبة بإطلاق المحتجزين",
        "url": "https://www.alriyadh.com/a3",
        "outlet": "alriyadh",
        "published": "2015-08-01",
        "text": "طالبت المنظمة بإطلاق سراح جميع المحتجزين والرهائن دون شروط. وزار امريكا وفد من الرياض.",
    },
    {
        "key": "aid",
        "title": "مساعدات",
        "url": None,
        "outlet": None,
        "published": "2015-08-15",
        "text": "قالت مصادر إن أَمْرِيكَا تدرس تقديم مساعدات للرهائن المفرج عنهم وعائلاتهم.",
    },
    {
        "key": "oil",
        "title": "النفط يرتفع",
        "url": "https://sabq.org/a5",
        "outlet": "sabq",
        "published": "2015-09-01",
        "text": "ارتفعت أسعار النفط في الأسواق العالمية اليوم. وقال وزير الطاقة إن الإنتاج مستقر في الخارجية.",
    },
    {
        "key": "minister",
        "title": "لقاء الوزيرين",
        "url": "https://sabq.org/a6",
        "outlet": "sabq",
        "published": "2015-09-02",
        "text": "التقى وزير الدفاع بنظيره في مبنى الخارجية لبحث التعاون بين البلدين.",
    },
]


def prepare_doc(spec: dict[str, Any]):
    raw = RawArticle(text=spec["text"], title=spec["title"], url=spec["url"], published=spec["published"],
                     outlet=spec["outlet"], origin=f"test:{spec['key']}")
    return _SEGMENT(raw)


def _span(text: str, words: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words), "text": words}


def _mentions(text: str, *surfaces: tuple[str, str]) -> list[dict[str, Any]]:
    out = []
    for surface, form in surfaces:
        at = text.find(surface)
        while at >= 0:
            out.append({"start": at, "end": at + len(surface), "text": surface, "form": form})
            at = text.find(surface, at + len(surface))
    return sorted(out, key=lambda m: m["start"])


def annotate(key: str, record: dict[str, Any]) -> dict[str, Any]:
    """The hand-made entities, quotes, facts and times of each test article."""
    text = record["text"]
    us = {"ar": "الولايات المتحدة", "en": "United States", "code": "US"}
    if key == "kerry":
        record["entities"] = [
            {"id": "e1", "type": "PER", "name": "جون كيري", "canonical": {"ar": "جون كيري", "en": "John Kerry", "code": None},
             "roles": ["وزير الخارجية الأمريكي"],
             "mentions": _mentions(text, ("جون كيري", "name")) + [m for m in _mentions(text, ("كيري", "name"))
                                                                 if m["start"] != text.index("جون كيري") + 4]},
            {"id": "e2", "type": "LOC", "subtype": "country", "name": "الولايات المتحدة", "canonical": us, "roles": [],
             "mentions": _mentions(text, ("الأمريكي", "nisba"), ("الولايات المتحدة", "name"))},
            {"id": "e3", "type": "ORG", "name": "الجماعة المسلحة", "canonical": None, "roles": [],
             "mentions": _mentions(text, ("الجماعة المسلحة", "name"))},
        ]
        content1 = _span(text, "الولايات المتحدة ستواصل جهودها")
        content2 = _span(text, "نحن سعداء بعودة الرهائن إلى بلادهم")
        record["quotes"] = [
            {"id": "q1", "kind": "indirect", **content1, "cue": _span(text, "وقال"),
             "speaker": {"entity": "e1", **_span(text, "وزير الخارجية الأمريكي جون كيري"), "anonymous": False},
             "via": None, "audience": None, "reported_first_by": None, "time": "t1", "sentence": 1,
             "via_text": None, "channel": None},
            {"id": "q2", "kind": "direct", **content2, "cue": _span(text, "وأضاف"),
             "speaker": {"entity": "e1", **_span(text, "كيري", 1), "anonymous": False},
             "via": None, "audience": None, "reported_first_by": None, "time": None, "sentence": 2,
             "via_text": None, "channel": None},
        ]
        record["times"] = [{"id": "t1", **_span(text, "صباح اليوم"), "type": "date", "value": "2015-07-21"}]
    elif key == "hospital":
        record["entities"] = [
            {"id": "e1", "type": "ORG", "name": "الشرطة", "canonical": None, "roles": [],
             "mentions": _mentions(text, ("الشرطة", "name"))},
            {"id": "e2", "type": "LOC", "subtype": "city", "name": "المدينه",
             "canonical": {"ar": "المدينة المنورة", "en": "Medina", "code": None}, "roles": [],
             "mentions": _mentions(text, ("المدينه", "name"))},
        ]
        record["quotes"] = [
            {"id": "q1", "kind": "indirect", **_span(text, "12 شخصا قتلوا في الهجوم على المستشفى"),
             "cue": _span(text, "وذكرت"), "speaker": {"entity": "e1", **_span(text, "الشرطة"), "anonymous": False},
             "via": None, "audience": None, "reported_first_by": None, "time": None, "sentence": 1},
        ]
        record["facts"] = [
            {"id": "f1", "type": "killed", "value": 12, "min": None, "max": None, "approximate": False,
             "noun": "شخص", **_span(text, "12 شخصا"), "location": "e2", "time": None, "quote": "q1", "sentence": 1,
             "unit": None},
            {"id": "f2", "type": "other", "value": 2.5, "min": None, "max": None, "approximate": True,
             "noun": "مدني", **_span(text, "المدنيين"), "location": None, "time": None, "quote": None, "sentence": 0},
        ]
    elif key == "riyadh":
        record["entities"] = [
            {"id": "e1", "type": "LOC", "name": "امريكا", "canonical": us, "roles": [],
             "mentions": _mentions(text, ("امريكا", "name"))},
            {"id": "e2", "type": "LOC", "subtype": "city", "name": "الرياض",
             "canonical": {"ar": "الرياض", "en": "Riyadh", "code": None}, "roles": [],
             "mentions": _mentions(text, ("الرياض", "name"))},
        ]
        record["facts"] = [
            {"id": "f1", "type": "hostages", "value": None, "min": 10, "max": 99, "approximate": True,
             "noun": "رهينة", **_span(text, "والرهائن"), "location": "e2", "time": None, "quote": None, "sentence": 0},
        ]
    return record


def build_records() -> list[dict[str, Any]]:
    return [annotate(spec["key"], prepare_doc(spec).to_dict()) for spec in ARTICLES]


