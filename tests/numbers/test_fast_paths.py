"""The numbers stage's shortcuts give exactly what the plain regexes give.

Each shortcut (the word pass by ``str.split``, digits read without regexes, the prefilters
before the modifier and trigger regexes, sentences found by bisection) claims to return what
the regex or function it stands in for returns; these tests hold it to that on made-up edge
cases and on real SaudiNewsNet articles.
"""

import bisect
import json
import re
import zipfile
from itertools import accumulate

import pytest

from khabar.document import Document
from khabar.numbers import facts as facts_module
from khabar.numbers import quantities, words
from khabar.numbers.matching import (
    SEPARATORS_RE,
    _rare_changes,
    matching_form,
    unlettered_words,
    word_columns,
)
from khabar.pipeline import Pipeline
from khabar.read import RawArticle
from khabar.text.normalize import _table, normalize, normalize_with_offsets

EDGE_CASES = [
    "",
    " ",
    "،",
    "قال، إن «2» (3) قتلى.",
    " a_b  c؟d\u200fe\tf\xa0g ",
    "1.5 مليون، و1,500,000 ريال؛ 5%",
    "__ x_ ٣٤ ١٢ a²b ⅷ",
    "\n\nقال\n",
    "سوف… يصل • 3 | 4 {5} 6×7",
]


def regex_word_columns(text):
    """The word pass as it was: ``re.split(r"(\\W+)")`` and the running sum of the pieces."""
    pieces = SEPARATORS_RE.split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    starts, found = offsets[0:-1:2], pieces[0::2]
    if found and not found[0]:
        starts, found = starts[1:], found[1:]
    if found and not found[-1]:
        starts, found = starts[:-1], found[:-1]
    return starts, found


# Texts where the one scan of the matching form must find what changes length: deleted marks only,
# a ligature that grows (ﻻ → لا) beside a deleted mark (the same length overall), capitals only
# (changed, not resized), presentation forms of one letter, bidi marks at both ends.
MATCHING_FORM_CASES = [
    "قالـــت إنّ ١٢٠ ألفاً",
    "\ufefbعبَ",
    "CNN وBBC",
    "\ufe8d\ufedf\ufee4\ufee0\ufeda",
    "\u200fقال\u200e",
    "ىىى ةةة",
]


def _same_as_the_normaliser(text):
    norm, reference = matching_form(text), normalize_with_offsets(text, ta_marbuta=True)
    return (norm.text, None if norm.origins is None else list(norm.origins)) == (
        reference.text,
        None if reference.origins is None else list(reference.origins),
    )


def test_every_resizing_character_is_a_rare_change():
    """The offset map is built from what the rare-change scan finds: that scan must see every
    character whose matching form is not one character long."""
    resizing = [chr(code) for code in _table(True) if len(normalize(chr(code), ta_marbuta=True)) != 1]
    assert resizing
    assert all(_rare_changes().fullmatch(char) for char in resizing)


@pytest.mark.parametrize("text", MATCHING_FORM_CASES)
def test_matching_form_equals_the_normaliser_on_edge_cases(text):
    assert _same_as_the_normaliser(text)


def test_matching_form_equals_the_normaliser_on_articles(shared_data):
    path = min((shared_data / "news" / "saudinewsnet").glob("*.zip"))
    with zipfile.ZipFile(path) as archive:
        records = json.loads(archive.read(archive.namelist()[0]))
    texts = [r["content"] for r in records[:300] if r.get("content")]
    assert all(_same_as_the_normaliser(text) for text in texts)
    assert any(matching_form(text).origins is not None for text in texts)



def test_every_word_character_is_alphanumeric_or_underscore():
    # the word pass relies on it: ``\w`` is exactly ``str.isalnum`` or ``_``
    mismatched = [c for c in map(chr, range(0x110000)) if (re.fullmatch(r"\w", c) is not None) != (c.isalnum() or c == "_")]
    assert mismatched == []


@pytest.mark.parametrize("text", EDGE_CASES)
def test_word_pass_equals_regex_split_on_edge_cases(text):
    assert word_columns(text) == regex_word_columns(text)
    assert unlettered_words(text) == [i for i, w in enumerate(word_columns(text)[1]) if not w.isalpha()]


def test_word_pass_equals_regex_split_on_articles(articles):
    for text in articles:
        assert word_columns(text) == regex_word_columns(text)


def test_digit_atoms_equal_the_regex_path(articles):
    for text in [*EDGE_CASES, *articles]:
        expected = [
            words._digits_atom(text, m)
            for m in words._digit_matches(text, 0, len(text))
            if not (m.start() > 0 and text[m.start() - 1] in words.GLUED_BEFORE_DIGITS)
        ]
        assert words._digit_atoms(text, 0, len(text)) == [a for a in expected if a is not None]


def test_digit_atoms_keep_separated_thousands_and_codes():
    text = words.match("دفع 1,500,000 ريال و2015 لطائرة إف16 و3.5 طن")
    found = [(text[a.start : a.end], a.value, a.prefix) for a in words._digit_atoms(text, 0, len(text))]
    assert found == [("1,500,000", 1500000, ""), ("2015", 2015, "و"), ("3.5", 3.5, "و")]


def test_modifier_prefilter_never_hides_a_modifier(articles):
    before_re = quantities._modifier_res()[0]
    endings = quantities._modifier_endings()
    for text in articles:
        for m in re.finditer(r"\d+", text):
            lo = max(0, m.start() - 24)
            if not text[lo : m.start()].rstrip().endswith(endings):
                assert before_re.search(text, lo, m.start()) is None


def test_modifier_is_still_read_before_a_number():
    assert [q.describe()[:5] for q in quantities.quantities_in("قتل ما لا يقل عن 40 شخصا")] == [("count", None, 40, None, False)]


def test_sentence_finder_equals_sentence_index():
    text = "قتل 3 أشخاص. وأصيب 5 آخرون!\nوقال المتحدث إن 7 نقلوا."
    doc = Pipeline(["segment"])(RawArticle(text=text), published="2015-07-01")
    find = facts_module.sentence_finder(doc)
    assert find is not doc.sentence_index and len(doc.sentences) > 1
    assert [find(i) for i in range(len(doc.text) + 2)] == [doc.sentence_index(i) for i in range(len(doc.text) + 2)]


def test_sentence_finder_falls_back_on_overlapping_sentences():
    doc = Document(text="ثلاثة قتلى وخمسة جرحى", published="2015-07-01")
    doc.sentences = [(0, 12), (5, 20)]
    assert facts_module.sentence_finder(doc) == doc.sentence_index


def _windows(text, starts):
    """Windows of up to 90 characters ending at word starts and inside words, and starting there too."""
    for end in starts[1::3]:
        for stop in (end, end + 1, end + 2):
            for lo in (max(0, stop - 90), max(0, stop - 37)):
                yield lo, min(stop, len(text))


def test_trigger_matches_equal_the_regex_on_articles(articles):
    trigger_re = facts_module._trigger_re()
    tried = 0
    for text in articles[:150]:
        for lo, stop in _windows(text, word_columns(text)[0]):
            expected = [(m.span(), m.group("t")) for m in trigger_re.finditer(text, lo, stop)]
            assert [(m.span(), m.group("t")) for m in facts_module._trigger_matches(text, lo, stop)] == expected
            tried += bool(expected)
    assert tried > 100  # (the windows hold triggers: the test compares something)


def test_trigger_matches_in_a_window_that_cuts_a_word():
    text = words.match("أسفر الانفجار عن مقتل خمسة أشخاص وإصابة آخرين")
    killed = text.index("مقتل")
    assert [m.group("t") for m in facts_module._trigger_matches(text, 0, killed + 4)] == ["مقتل"]
    cut = words.match("أعلنوا مقتلهم")  # a window ending inside مقتلهم sees مقتل, a trigger, at its end
    assert [m.group("t") for m in facts_module._trigger_matches(cut, 0, len(cut) - 2)] == ["مقتل"]
    assert [m.group("t") for m in facts_module._trigger_re().finditer(cut, 0, len(cut) - 2)] == ["مقتل"]
    injured = text.index(words.match("وإصابة"))
    inside = injured + 3  # "واص": no trigger can end there
    assert facts_module._trigger_matches(text, injured, inside) == []


def test_last_sentence_end_equals_the_scan_of_every_end(articles):
    for text in articles[:100]:
        for stop in word_columns(text)[0][::2]:
            lo = max(0, stop - 90)
            expected = lo
            for m in facts_module.SENTENCE_END.finditer(text, lo, stop):
                expected = m.end()
            through = facts_module.THROUGH_LAST_SENTENCE_END.match(text, lo, stop)
            assert (through.end() if through else lo) == expected


def test_counted_equals_the_last_word_regex(articles):
    def by_regex(text, start):
        m = facts_module.LAST_WORD_RE.search(text, max(0, start - 30), start)
        return (m is not None and not text[m.end(1) : start].strip() and facts_module._is_number_word(m.group(1))
                and not facts_module._a_year(text, m.start(1), m.group(1)))

    seen = set()
    for text in articles[:100]:
        for start in word_columns(text)[0]:
            for at in (start, start + 1):
                answer = facts_module._counted(text, at)
                assert answer == by_regex(text, at)
                seen.add(answer)
    assert seen == {True, False}


def test_atoms_of_a_window_are_those_of_the_whole_text(articles):
    for text in articles[:100]:
        starts = [at for at in word_columns(text)[0] if at > 0 and text[at - 1].isspace()]  # (no number cut)
        whole = words.scan_atoms(text)
        for a, b in zip(starts[::7], starts[3::7]):
            expected = [atom for atom in whole if a <= atom.start - len(atom.prefix) < b]
            assert words.scan_atoms(text, a, b) == expected


def _trigger_before_in_its_sentence(text, start):
    """``_trigger_before`` as it was, the sentence start always found: the reference for the gate
    that answers "none" from the 90 characters before ``start`` alone."""
    lo = facts_module._sentence_start(text, max(0, start - 90), start)
    found = None
    for m in facts_module._trigger_matches(text, lo, start):
        trigger = facts_module.lexicon.fact_triggers()[" ".join(m.group("t").split())]
        if trigger.where == "before" and (text[m.start()] in "وف" or not facts_module._counted(text, m.start())):
            found = (trigger, m.end())
    if found is None:
        return None, 0
    starts = word_columns(text)[0]
    distance = bisect.bisect_left(starts, start) - bisect.bisect_left(starts, found[1])
    return (None, 0) if distance > facts_module.FAR_WORDS else (found[0], distance)


def test_trigger_before_gate_equals_the_sentence_window(articles):
    # before every word and one to two characters into it (a count may follow a cut word), 120 articles
    governed = 0
    for text in articles[:120]:
        for word_start in word_columns(text)[0]:
            for start in (word_start, word_start + 1, word_start + 2):
                expected = _trigger_before_in_its_sentence(text, start)
                assert facts_module._trigger_before(text, start) == expected
                governed += expected[0] is not None
    assert governed > 100


def test_trigger_tries_of_a_wider_window_hold_those_of_a_narrower_one(articles):
    for text in articles[:60]:
        for lo, stop in _windows(text, word_columns(text)[0]):
            for narrower in (lo + 1, lo + 7, (lo + stop) // 2):
                assert set(facts_module._trigger_tries(text, narrower, stop)) <= set(facts_module._trigger_tries(text, lo, stop))


def _trigger_after_in_its_sentence(text, end):
    """``_trigger_after`` as it was, the sentence end always looked for (the reference)."""
    window_end = min(len(text), end + facts_module.AFTER_REACH)
    m = facts_module.SENTENCE_END.search(text, end, window_end)
    if m:
        window_end = m.start()
    for m in facts_module._trigger_matches(text, end, window_end):
        trigger = facts_module.lexicon.fact_triggers()[" ".join(m.group("t").split())]
        words = facts_module.WORD_RE.findall(text, end, m.start())
        if trigger.where != "after":
            continue
        if len(words) <= facts_module.NEAR_AFTER_WORDS or (
            len(words) <= facts_module.AFTER_WORDS
            and facts_module._plural_verb(m.group("t"))
            and not facts_module.CLAUSE_OPENERS.intersection(words)
        ):
            return trigger
    return None


def test_trigger_after_gate_equals_the_sentence_window(articles):
    # after every word, at its end and one to two characters short of it, 120 articles
    governed = 0
    for text in articles[:120]:
        starts, found = word_columns(text)
        for word_start, word in zip(starts, found):
            for end in (word_start + len(word), word_start + len(word) - 1, word_start + len(word) - 2):
                expected = _trigger_after_in_its_sentence(text, end)
                assert facts_module._trigger_after(text, end) == expected
                governed += expected is not None
    assert governed > 100


def _subject_type_in_its_sentence(text, start):
    """``_subject_type`` as it was, the sentence's words always read (the reference)."""
    lo = facts_module._sentence_start(text, max(0, start - 160), start)
    found = facts_module.WORD_RE.findall(text, lo, start)[-facts_module.SUBJECT_WORDS :]
    subjects = facts_module.lexicon.count_subjects()
    at = next((i for i in range(len(found) - 1, -1, -1) if found[i].removeprefix("و") in subjects), None)
    if at is None or found[at + 1 : at + 2] == ["من"] or any(facts_module._is_number_word(w) for w in found[at + 1 :]):
        return None
    nouns, triggers = facts_module.lexicon.fact_nouns(), facts_module.lexicon.fact_triggers()
    for word in found[at + 1 :]:
        bare = facts_module._without_possessive(word[2:] if word.startswith("ال") and len(word) > 4 else word)
        kind = nouns.get(bare) or (triggers[word].type if word in triggers else None)
        if kind:
            return kind
    return None


def test_subject_gate_equals_the_sentence_words(articles):
    # before every word and one to two characters into it, 120 articles
    typed = 0
    for text in articles[:120]:
        for word_start in word_columns(text)[0]:
            for start in (word_start, word_start + 1, word_start + 2):
                expected = _subject_type_in_its_sentence(text, start)
                assert facts_module._subject_type(text, start) == expected
                typed += expected is not None
    assert typed > 20


def test_subject_gate_sees_a_subject_cut_by_the_window():
    # the gate may say yes in vain, never no where findall's words hold a subject
    text = words.match("قال إن الإجمالي عدد الضحايا بلغ 30")
    count = text.index("30")
    subjects = facts_module.lexicon.count_subjects()
    for lo in range(count + 1):
        if any(w.removeprefix("و") in subjects for w in facts_module.WORD_RE.findall(text, lo, count)):
            assert facts_module._may_name_a_subject(text, lo, count), lo
    assert not facts_module._may_name_a_subject(text, text.index("الضحايا"), count)
    alone = words.match("قال إن الإجمالي بلغ 30")  # only the cut word's part names a subject: اجمالي
    cut = alone.index("الاجمالي") + 2
    assert "الاجمالي" not in facts_module._subject_forms()
    assert facts_module._may_name_a_subject(alone, cut, alone.index("30"))
    assert not facts_module._may_name_a_subject(alone, cut + 1, alone.index("30"))


# "about" and one unit (session 60, speed63): the regex tried only at the words that may open a match.
# Edge cases: a proclitic (و، ف، ب), the two-word and three-word modifiers, two spaces, a digit or a
# letter glued before the modifier (no match), a figure or a fraction after the unit (no match), two
# matches in a row and one modifier right after another (نحو ما يقارب …).
ABOUT_UNIT_CASES = [
    "يبلغ وزن الفيل الصغير نحو طن عند ولادته",
    "وتراجع سعر البرميل ونحو دولار، ثم بحوالي دولار وفنحو ريال",
    "وقطع العداء ما يقارب كيلو متر، ثم ما يقرب من  كيلومتر آخر",
    "وزاد السعر يناهز دينار وما يناهز درهم",
    "5نحو طن وxنحو طن وانحو طن",
    "نحو طن ونصف، نحو دولار 3، نحو لتر واحد، نحو (ميل)",
    "نحو نحو طن ما يقارب نحو برميل",
    "\nنحو\nطن نحو\tلتر",
    "",
]


@pytest.mark.parametrize("text", ABOUT_UNIT_CASES)
def test_about_unit_matches_equal_the_regex_on_edge_cases(text):
    text = words.match(text)
    expected = [m.span() for m in quantities._about_unit_re().finditer(text)]
    assert [m.span() for m in quantities._about_unit_matches(text)] == expected


def test_about_unit_matches_find_the_edge_cases_matches():
    # (the cases above compare something: the shortcut finds these)
    found = [m.group() for text in ABOUT_UNIT_CASES for m in quantities._about_unit_matches(words.match(text))]
    assert words.match("نحو طن") in found and words.match("بحوالي دولار") in found
    assert words.match("ما يقرب من  كيلومتر") in found and words.match("وما يناهز درهم") in found


def test_about_unit_matches_equal_the_regex_on_articles(articles):
    pattern = quantities._about_unit_re()
    for text in articles:
        assert [m.span() for m in quantities._about_unit_matches(text)] == [m.span() for m in pattern.finditer(text)]
