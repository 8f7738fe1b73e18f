"""Diacritics and tatweel change no time: every reader and post-pass works on the matching form."""

from __future__ import annotations

import json
import random
import re
import zipfile

import pytest

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
