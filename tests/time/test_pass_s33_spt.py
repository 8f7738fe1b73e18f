"""Session 33, speed pass spt: the rewritten helpers answer as the code they replace."""

from khabar.numbers.lexicon import match_form
from khabar.numbers.matching import word_columns
from khabar.time import lexicon
from khabar.time.read_dates import _squash
from khabar.time.scanner import BARE_YEAR_FOLLOWERS, _digit_followers, _digit_preceders, _digits_may_be_time


def _part_by_clitic_walk(text):
    """part_of_named_day as it was: a test per clitic, in order."""
    words = match_form(text).split(maxsplit=2)
    if words and words[0] in lexicon.DAY_PART_PREPOSITIONS:
        words = words[1:]
    if len(words) < 2:
        return None
    parts = lexicon.day_parts()
    for clitic in lexicon.DAY_PART_CLITICS:
        if words[0].startswith(clitic) and (part := parts.get(words[0][len(clitic):])) is not None:
            return part
    return None


def test_part_of_named_day_as_the_clitic_walk():
    firsts = [c + p for c in lexicon.DAY_PART_CLITICS for p in lexicon.day_parts()]
    firsts += ["صباحا", "مساءا", "الصباح", "وو", "", "لل" + next(iter(lexicon.day_parts()))]
    texts = [f"{w} الاثنين" for w in firsts] + [f"في {w} أمس" for w in firsts] + firsts + ["في", "مساء"]
    for text in texts:
        assert lexicon.part_of_named_day(text) == _part_by_clitic_walk(text), text
    assert lexicon.part_of_named_day("ومساء الأحد") is not None


def _digits_in_old_order(text, starts, words, i):
    word = words[i]
    if not word.isdigit():
        return True
    at = starts[i]
    end = at + len(word)
    after, before = text[end : end + 3].lstrip()[:1], text[max(0, at - 3) : at].rstrip()[-1:]
    if (after and after in "/-.:–") or (before and before in "/-:–"):
        return True
    if len(word) == 4 and (not after or after in BARE_YEAR_FOLLOWERS) and word[:2] in ("19", "20"):
        return True
    follower = words[i + 1] if i + 1 < len(words) else ""
    if follower in _digit_followers() or follower[1:] in _digit_followers():
        return True
    if i > 0:
        before = words[i - 1]
        return before in _digit_preceders() or before[1:] in _digit_preceders() or text[end : end + 1] == "/"
    return False


def test_digits_may_be_time_as_in_the_old_order():
    text = match_form(
        "12/5 و 2018، ارتفع 3.5 في المائه منذ 2015 عام 1999 نحو 40 يوما 7:30 صباحا 2020 - 2021 "
        "بلغ 400 مفتش و17 شخصا في 12 يوليو 1436ه 5 ساعات 2016. 33"
    )
    starts, words = word_columns(text)
    answers = [_digits_may_be_time(text, starts, words, i) for i in range(len(words))]
    assert answers == [_digits_in_old_order(text, starts, words, i) for i in range(len(words))]
    assert True in answers and False in answers


def test_squash_cached_still_squashes():
    assert _squash("  عيد \n الفطر ") == "عيد الفطر" == _squash("عيد الفطر")
