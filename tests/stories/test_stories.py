"""Stories: two reports of one event together, another event apart, the time window, copies follow."""

from __future__ import annotations

from story_samples import ASIR, BOMBING_1, BOMBING_2, FESTIVAL, MARKET, RELIEF

from khabar.stories.stories import ArticleFeatures, StoryIndex, stopwords, story_terms


def index_with_background() -> StoryIndex:
    """An index that has seen a few days of unrelated news, so that word weights mean something."""
    index = StoryIndex()
    for i, text in enumerate([RELIEF, MARKET, FESTIVAL] * 4):
        index.add(100 + i, "2015-08-01", ArticleFeatures.of(text, {"en:asir region"} if text is FESTIVAL else set()))
    return index


def test_two_reports_of_one_event_make_one_story_and_another_event_does_not_join():
    index = index_with_background()
    first = index.add(1, "2015-08-06", ArticleFeatures.of(BOMBING_1, ASIR | {"killed:13"}))
    second = index.add(2, "2015-08-07", ArticleFeatures.of(BOMBING_2, ASIR | {"killed:13"}))
    festival = index.add(3, "2015-08-07", ArticleFeatures.of(FESTIVAL, {"en:asir region"}))
    relief = index.add(4, "2015-08-07", ArticleFeatures.of(RELIEF, {"en:aden", "code:YE"}))
    assert first == second
    assert festival != first and relief != first and festival != relief


def test_a_report_outside_the_window_opens_a_new_story():
    index = index_with_background()
    first = index.add(1, "2015-08-06", ArticleFeatures.of(BOMBING_1, ASIR))
    later = index.add(2, "2015-08-20", ArticleFeatures.of(BOMBING_2, ASIR))
    assert later != first


def test_a_copy_joins_its_originals_story_without_comparison():
    index = index_with_background()
    original = index.add(1, "2015-08-06", ArticleFeatures.of(BOMBING_1, ASIR))
    assert index.add(2, "2015-08-06", ArticleFeatures.of(MARKET), copy_of=1) == original


def test_closed_stories_are_forgotten_and_new_ones_still_open():
    index = index_with_background()
    old = index.add(1, "2015-08-06", ArticleFeatures.of(BOMBING_1, ASIR))
    assert old in index.close_before("2015-08-20")
    assert old not in index.stories
    assert index.add(2, "2015-08-21", ArticleFeatures.of(BOMBING_2, ASIR)) != old


def test_story_words_leave_out_function_words_dates_and_honorifics():
    terms = story_terms("قال صاحب السمو الملكي الأمير أمس الأحد إن مسجد قوات الطوارئ في أبها")
    assert {"مسجد", "قوات", "الطوارئ", "ابها"} <= set(terms)
    assert not {"قال", "صاحب", "السمو", "امس", "الاحد", "في"} & set(terms)


def test_stopwords_file_is_normalised_and_clean():
    words = stopwords()
    assert len(words) > 150
    assert all(w == w.strip() and w for w in words)
    assert "الذي" in words and "اليوم" in words
