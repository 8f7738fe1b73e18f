"""Diacritics and tatweel change no time: every reader and post-pass works on the matching form."""

from __future__ import annotations

import json
import random
import re
import zipfile

import pytest
from time_rows import time_rows

from khabar.text.normalize import normalize
from khabar.time import find_times

MARKS = "\u064e\u064f\u0650\u0651\u0652\u064b"  # fatha, damma, kasra, shadda, sukun, tanwin
NOT_STRETCHED = set("اأإآءةىوير")  # letters that take no tatweel after them in print
UNMARKED = re.compile("[\u064b-\u0652\u0640]")


def diacritised(text: str, rng: random.Random) -> str:
    """``text`` with a mark after about a third of its Arabic letters and a tatweel after some."""
    out = []
    for char in text:
        out.append(char)
        if "\u0621" <= char <= "\u064a":
            roll = rng.random()
            if roll < 0.35:
                out.append(rng.choice(MARKS))
            elif roll < 0.39 and char not in NOT_STRETCHED:
                out.append("\u0640")
    return "".join(out)


def readings(text: str) -> list[tuple]:
    return [(t.type, t.value, UNMARKED.sub("", t.text)) for t in find_times(text, "2015-07-20")]


PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


SAME_WITH_MARKS = [
    (  # منذ before an event: a range with no value
        "ويعيش اللاجئون في المخيم منذ بدء الحرب في بلادهم.",
        "ويعيش اللاجئون في المخيم مُنْذُ بَدْءِ الحربِ في بلادهم.",
    ),
    (  # من قبل closing a clause: "before"
        "وقال إنه لم ير مثل هذا الإقبال من قبل.",
        "وقال إنه لم ير مثل هذا الإقبال مِنْ قَبْلُ.",
    ),
    (  # a weekday and the Hijri date beside it are one date
        "وتبدأ التصفيات يوم الثلاثاء الموافق 18-10-1436 هـ في جدة.",
        "وتبدأ التصفيات يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ في جدة.",
    ),
    (  # من … إلى between two clock times: one span
        "وتفتح المكاتب أبوابها من الساعة السابعة صباحا إلى السابعة مساء.",
        "وتفتح المكاتب أبوابها مِنَ السَّاعةِ السابعةِ صباحاً إلى السابعةِ مساءً.",
    ),
    (  # a clock time takes the day named just before it
        "ووقع الانفجار أمس في تمام الساعة العاشرة صباحا قرب السوق.",
        "ووقع الانفجار أمـــسِ في تمامِ الساعة العاشرة صباحاً قرب السوق.",
    ),
    (  # two weekdays side by side, the second the day after the first: a range
        "وشهدت المدينة مظاهرات السبت والأحد احتجاجا على الغلاء.",
        "وشهدت المدينة مظاهرات السَّبْتِ والأحَدِ احتجاجاً على الغلاء.",
    ),
]


def plain(rows):
    """The rows with each text in its matching form: a diacritised text's rows compare equal."""
    return [(normalize(text), type_, value) for text, type_, value in rows]


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


def test_a_marked_sentence_reads_as_the_plain_one():
    plain = "وقال مسؤول منذ بدء الحرب قبل ثلاثة أيام إن الاجتماع يوم الجمعة المقبل"
    marked = "وَقَالَ مَسْؤُولٌ مُنْذُ بَدْءِ الحَرْبِ قَبْلَ ثَلاثَةِ أَيَّامٍ إِنَّ الاجْتِمَاعَ يَوْمَ الجُمُعَةِ المُقْبِلِ"
    assert readings(marked) == readings(plain) and len(readings(plain)) >= 2


def test_diacritised_news_gives_the_same_times(shared_data):
    archives = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not archives:
        pytest.skip("no SaudiNewsNet archive in the shared data")
    with zipfile.ZipFile(archives[0]) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))[:150]
    rng = random.Random(5)
    compared = 0
    for record in records:
        plain = readings(record["content"])
        assert readings(diacritised(record["content"], rng)) == plain, record["content"][:80]
        compared += len(plain)
    assert compared > 1000


# --- the same sentence with and without diacritics and tatweel


@pytest.mark.parametrize(
    "bare,marked", SAME_WITH_MARKS, ids=["since", "before", "weekday-and-date", "clock-span", "clock-day", "two-days"]
)
def test_diacritics_and_tatweel_give_the_same_times(bare, marked):
    found = times(bare)
    assert found  # (each sentence holds a time)
    assert plain(times(marked)) == plain(found)


def test_since_an_event_is_read_through_its_diacritics():
    assert times("ويعيش اللاجئون في المخيم مُنْذُ بَدْءِ الحربِ في بلادهم.") == [
        ("مُنْذُ بَدْءِ الحربِ", "range", None),
    ]


def test_a_marked_span_ends_after_the_marks_of_its_last_letter():
    assert times("وقال إنه لم ير مثل هذا الإقبال مِنْ قَبْلُ.") == [("مِنْ قَبْلُ", "date", None)]


def test_presentation_forms_before_an_event_are_since():
    # copied out of a PDF: منذ and its event in Arabic presentation forms
    assert plain(times("وتراجعت الصادرات ﻣﻨﺬ ﺑﺪء ﺍﻟﺤﺮﺏ على نحو حاد.")) == [("منذ بدء الحرب", "range", None)]


def test_a_weekday_and_its_date_merge_through_diacritics():
    assert times("وتبدأ التصفيات يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ في جدة.") == [
        ("يَوْمَ الثُّلاثاءِ الْمُوَافِقِ 18-10-1436 هـ", "date", "2015-08-03"),
    ]


def test_a_future_cue_with_diacritics_still_sends_a_month_ahead():
    from khabar import analyze

    bare = analyze("ومن المقرر أن يقام المهرجان في شهر يونيو في القاهرة.", published="2015-07-21")
    marked = analyze("ومِنَ المُقَرَّرِ أن يُقامَ المهرجان في شهرِ يونيو في القاهرة.", published="2015-07-21")
    assert [t["value"] for t in bare.times] == ["2016-06"]
    assert [t["value"] for t in marked.times] == ["2016-06"]


def test_a_past_month_stays_past_with_diacritics():
    from khabar import analyze

    doc = analyze("وأُقيمَ المهرجانُ في شهرِ يونيو في القاهرة.", published="2015-07-21")
    assert [(t["type"], t["value"]) for t in doc.times] == [("month", "2015-06")]
