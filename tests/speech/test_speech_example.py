"""The worked example of the output contract (../shared/spec/ARTICLE.md, written for it)."""

from __future__ import annotations

import pytest

import khabar
from khabar.speech import find_quotes, format_chain, quote_chain


@pytest.fixture
def analysed(worked_example):
    def analyse():
        doc = khabar.analyze(worked_example, published="2024-05-06")
        doc.quotes = find_quotes(doc)
        return doc

    return analyse


def test_four_quotes_of_the_worked_example(analysed):
    doc = analysed()
    q1, q2, q3, q4 = doc.quotes
    assert q1["kind"] == "indirect"
    assert q1["text"] == "المصفاة الجديدة في الزرقاء ستبدأ الإنتاج الشهر المقبل، بطاقة تبلغ نحو 120 ألف برميل يوميا"
    assert q1["speaker"]["text"].endswith("سامي الحديدي")
    assert q1["via_text"]["text"] == "لوكالة فرانس برس"
    assert q1["via_outlet"]["name"] == "AFP"
    assert q1["time_span"]["text"] == "يوم الأحد"

    assert (q2["kind"], q2["cue"]["text"], q2["text"]) == ("direct", "وأضاف", "هذا المشروع سيوفر أكثر من ثلاثة آلاف فرصة عمل")
    assert q2["speaker"]["start"] == q1["speaker"]["start"]  # الحديدي is the minister named before

    assert q3["reported_first_by_text"]["text"] == "صحيفة الغد"
    assert q3["speaker"]["anonymous"] is True

    assert q4["kind"] == "according_to"
    assert q4["speaker"]["text"] == "مديرية الدفاع المدني"
    assert q4["text"].startswith("أسفر حريق")
    assert q4["text"].endswith("14 آخرين")


def test_offsets_are_exact(analysed):
    doc = analysed()
    for quote in doc.quotes:
        assert doc.text[quote["start"]:quote["end"]] == quote["text"]


def test_chain_of_the_worked_example(analysed):
    doc = analysed()
    record = doc.to_dict()
    chains = [format_chain(quote_chain(record, q)) for q in record["quotes"]]
    # the speaker is the entity's name when the entity stages ran, else the phrase of the text
    assert chains[0] in ("AFP ← وزير الطاقة الأردني سامي الحديدي, يوم الأحد", "AFP ← سامي الحديدي, يوم الأحد")
    assert chains[2].startswith("AFP ← صحيفة الغد")
    assert chains[2].endswith("مسؤولين (anonymous)")


def test_entity_ids_when_the_entity_stages_ran(analysed):
    doc = analysed()
    if not doc.entities:
        return  # the entity stages are not in the default pipeline
    names = {e["id"]: e["name"] for e in doc.entities}
    q1, _, q3, q4 = doc.quotes
    assert names.get(q1["speaker"]["entity"]) == "سامي الحديدي"
    assert names.get(q1["via"]) == "وكالة فرانس برس"
    assert names.get(q3["reported_first_by"]) == "صحيفة الغد"
    assert names.get(q4["speaker"]["entity"]) == "مديرية الدفاع المدني"
