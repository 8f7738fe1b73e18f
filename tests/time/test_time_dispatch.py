"""The time scanner tried with only the alternatives that can open with the letters at a start
(khabar.time.dispatch) finds exactly what the whole scanner finds, on made-up sentences and on
real SaudiNewsNet articles."""

import json
import re
import zipfile

import pytest

from khabar.numbers.matching import matching_form
from khabar.time.dispatch import Unlisted, letter_run, opening_runs
from khabar.time.expressions import find_times
from khabar.time.scanner import (
    _scanner_for_opening,
    anchored_scanner,
    scanners_by_first_char,
)

WORD = re.compile(r"\w+")


def test_opening_runs_of_a_pattern():
    runs = opening_runs(r"(?:في[^\S\n]+)?(?:ال)?(?:يوم|ليله)(?:[^\S\n]*\d+)?")
    assert runs.full == {"في", "اليوم", "يوم", "الليله", "ليله"}  # before the space or the digit
    assert runs.ends == {"اليوم", "يوم", "الليله", "ليله"}  # the number is optional
    assert runs.may_open("اليوم") and runs.may_open("في")
    assert runs.may_open("يومي")  # "يوم" may end the match inside a longer word (no assertion is read)
    assert not runs.may_open("فيما") and not runs.may_open("ليل") and not runs.may_open("")


def test_a_digit_opening_and_what_cannot_be_listed():
    assert opening_runs(r"\d{1,2}[/\-.]\d{1,2}").full == {""}  # opens with no letter at all
    assert opening_runs(r"منذ[^\S\n]+\d+").full == {"منذ"}
    assert opening_runs(r"في[^\S\n]+\w+").full == {"في"}  # what follows the first run is not read
    with pytest.raises(Unlisted):
        opening_runs(r"\w+[^\S\n]+في")  # \w: a letter or a digit, no run to list; kept everywhere
    with pytest.raises(Unlisted):
        opening_runs(r"(?P<a>في)(?P=a)")


def test_too_many_runs_are_kept_as_their_first_letters():
    words = [f"كلمه{i:05d}".translate(str.maketrans("0123456789", "ابتثجحخدذر")) for i in range(3000)]
    runs = opening_runs("(?:" + "|".join(words) + ")" + r"[^\S\n]")
    assert runs.prefixes == {"كلمه"} and not runs.full
    assert runs.may_open("كلمهاااا") and not runs.may_open("كلام")


def test_letter_run():
    assert letter_run("و17") == "و" and letter_run("2015") == "" and letter_run("الساعه") == "الساعه"


def _same_as_the_whole_scanner(text: str) -> int:
    """Compares, at every word start and after up to three letters of proclitics, the dispatched
    scanner with the whole one; returns how many matches the whole scanner found."""
    whole = anchored_scanner()
    found = 0
    for word in WORD.finditer(text):
        for cut in range(min(4, len(word.group()))):
            start = word.start() + cut
            scoped = _scanner_for_opening(word.group()[cut:])
            got = scoped.match(text, start) if scoped else None
            expected = whole.match(text, start)
            assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup)), text[start : start + 40]
            found += expected is not None
    return found


def test_dispatch_finds_what_the_whole_scanner_finds():
    sentences = [
        "قال المسؤول في وقت سابق من الشهر الجاري إن 27 أكتوبر 2023 موعد الافتتاح، وخلال النصف الأول من 2015",
        "وصل الوفد صباح اليوم الاثنين، بعد ثلاثة أيام من المحادثات، في الساعة العاشرة صباحا بتوقيت مكة",
        "ارتفعت الأسعار 5 في المائة منذ أكثر من عامين، وفي 12 يوليو (تموز) الماضي، ولمدة ساعتين ونصف",
        "يعقد المؤتمر يومي 20 و21 من شهر شوال 1436هـ، كل يوم جمعة، خلال الأعوام الخمسة الماضية",
    ]
    assert sum(_same_as_the_whole_scanner(matching_form(s).text) for s in sentences) >= 12


def test_dispatch_finds_what_the_whole_scanner_finds_on_news(shared_data):
    archives = sorted((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    if not archives:
        pytest.skip("no SaudiNewsNet archive in the shared data")
    with zipfile.ZipFile(archives[0]) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    texts = [matching_form(r["content"]).text for r in records[:20] if (r.get("content") or "").strip()]
    assert sum(_same_as_the_whole_scanner(text) for text in texts) > 20


def test_times_found_through_the_dispatch():
    found = find_times("وقع الحادث في 12 يوليو الماضي، وقبل ذلك بثلاثة أيام", "2015-07-26")
    assert [(t.text, t.value) for t in found][:1] == [("12 يوليو الماضي", "2015-07-12")]


def test_dispatch_on_the_first_letter_finds_what_the_whole_scanner_finds():
    text = "قال المسؤول في وقت سابق من الشهر الجاري إن 27 أكتوبر 2023 موعد الافتتاح، وخلال النصف الأول من 2015"
    table = scanners_by_first_char()
    for start in range(len(text)):
        scoped = table.get(text[start], anchored_scanner()).match(text, start)
        whole = anchored_scanner().match(text, start)
        assert (scoped and scoped.span()) == (whole and whole.span())
