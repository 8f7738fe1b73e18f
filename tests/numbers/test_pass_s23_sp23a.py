"""Speed pass sp23a: one membership pass over a text's words for the times and numbers scanners.

The times scanner looks its anchor forms up in every article's words, the numbers scanner its number
words and its nominative construct duals: three passes of one set test per word. A vocabulary marked
``shared_vocabulary`` is now looked up in one pass over the union of the three (each word's bits say
which vocabularies hold it), and ``words_in`` hands each scanner its own hits, the same as
``indices_of`` on its own vocabulary, for the whole text or a window of its words.
"""

import random
from itertools import compress

import khabar
from khabar.numbers import matching
from khabar.numbers.matching import matching_form, word_columns
from khabar.numbers.words import _nominative_candidates, _word_candidates
from khabar.time.scanner import _anchor_forms

SENTENCES = [
    "",
    "قال المتحدث إن ثلاثة آلاف زائر حضروا المعرض يوم الخميس الماضي.",
    "وأعلنت الوزارة تسجيل 125 إصابة جديدة خلال الأسبوع الجاري في ثلاث مناطق.",
    "وصل رئيسا الوزراء إلى العاصمة صباح أمس لبحث اتفاقيتين وقعتا في مارس 2014.",
    "أنفقت الشركة نحو مليوني ريال على 14 مشروعا منذ مطلع العام، بحسب التقرير السنوي.",
    "شارك أكثر من عشرين فريقا في البطولة التي تستمر أسبوعين حتى نهاية الشهر المقبل.",
]
VOCABULARIES = (_anchor_forms, _word_candidates, _nominative_candidates)


def indices_of(words: list[str], vocabulary: frozenset[str]) -> list[int]:
    """The reference ``words_in`` must equal: sorted indices of the words in ``vocabulary``, one
    membership test per word (the scanners' own pass before sp23a; kept here since no stage calls
    it any more)."""
    return list(compress(range(len(words)), map(vocabulary.__contains__, words)))


def test_the_three_scanners_share_one_pass():
    for vocabulary in VOCABULARIES:
        assert vocabulary in matching._SHARED_VOCABULARIES  # (the start tree has no shared pass)


def test_words_in_is_indices_of_each_vocabulary():
    from khabar.numbers.matching import words_in

    for sentence in SENTENCES:
        text = matching_form(sentence).text
        words = word_columns(text)[1]
        for vocabulary in VOCABULARIES:
            assert words_in(text, vocabulary) == indices_of(words, vocabulary()), (sentence, vocabulary)


def test_a_window_holds_the_hits_of_its_own_words():
    from khabar.numbers.matching import words_in

    rng = random.Random(23)
    text = matching_form(" ".join(SENTENCES)).text
    words = word_columns(text)[1]
    for vocabulary in VOCABULARIES:
        for _ in range(200):
            first = rng.randrange(len(words) + 1)
            last = rng.randrange(first, len(words) + 1)
            expected = [first + i for i in indices_of(words[first:last], vocabulary())]
            assert words_in(text, vocabulary, first, last) == expected


def test_a_word_of_two_vocabularies_is_a_hit_of_both():
    from khabar.numbers.matching import words_in

    both = sorted(set(_anchor_forms()) & set(_word_candidates()))
    assert both  # (ثلاثة، أسبوعين… are anchors of the times scanner and number words)
    text = matching_form(" و ".join(both[:40])).text
    words = word_columns(text)[1]
    assert words_in(text, _anchor_forms) == indices_of(words, _anchor_forms())
    assert words_in(text, _word_candidates) == indices_of(words, _word_candidates())


def test_a_vocabulary_shared_later_is_looked_up_too():
    from khabar.numbers.matching import shared_vocabulary, words_in

    text = matching_form("زار الوفد مدينة الرياض ثم مدينة جدة").text
    look_up = shared_vocabulary(lambda: frozenset({"مدينه", "جده"}))
    try:
        assert words_in(text, look_up) == [2, 5, 6]
        assert words_in(text, _word_candidates) == indices_of(word_columns(text)[1], _word_candidates())
    finally:
        matching._SHARED_VOCABULARIES.remove(look_up)
        matching._union.cache_clear()
        matching._hits_by_vocabulary.cache_clear()


def test_one_pass_per_text_for_both_stages(monkeypatch):
    from khabar.numbers import stage as numbers_stage

    text = "وأسفر الحادث عن مقتل ثلاثة أشخاص وإصابة 12 آخرين مساء الأحد الماضي."
    matching._hits_by_vocabulary.cache_clear()
    # (since sp40 the numbers stage releases the passes, and their counts, when it is done: read just before)
    misses = []
    release = numbers_stage.release_passes

    def count_then_release():
        misses.append(matching._hits_by_vocabulary.cache_info().misses)
        release()

    monkeypatch.setattr(numbers_stage, "release_passes", count_then_release)
    khabar.analyze(text, published="2015-03-10")
    assert misses == [1]


def test_guard_facts_and_times_of_a_made_up_report():
    text = "وأسفر الحادث عن مقتل ثلاثة أشخاص وإصابة 12 آخرين مساء الأحد الماضي في شمال المدينة."
    article = khabar.analyze(text, published="2015-03-10")
    article = article if isinstance(article, dict) else article.to_dict()
    assert [(f["type"], f["value"]) for f in article["facts"]] == [("killed", 3), ("injured", 12)]
    assert [t["text"] for t in article["times"]] == ["مساء الأحد الماضي"]
