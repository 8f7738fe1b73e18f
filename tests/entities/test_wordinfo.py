"""The per-word answers the linker caches (khabar.entities.wordinfo) on real Arabic words."""

from khabar.entities.gazetteer import load_gazetteer
from khabar.entities.spot import letters_of
from khabar.entities.wordinfo import describe_word, marker_keys
from khabar.entities.wordlists import load_wordlists

WORDS = ["وزير", "الرئيس", "والذي", "الحركة", "المنتخب", "للأمريكيين", "بالتعاون", "لمهرجان",
         "وزارة", "الشيخ", "الكاتب", "مجلس", "محمد", "ووزير", "الإسرائيلية", "بلينكن", "وكيل"]


def test_skipping_unlisted_words_changes_no_answer():
    """The shortcut for words in no word list gives what asking every list gives."""
    gaz, words = load_gazetteer(), load_wordlists()
    nothing_listed = frozenset()  # every word looks unlisted: listed words must then come out different
    for word in WORDS:
        full = describe_word(word, "word", gaz, words)
        assert describe_word(word, "word", gaz, words, marker_keys(words)) == full
        if not marker_keys(words).isdisjoint(k for _, k in full.readings):
            assert describe_word(word, "word", gaz, words, nothing_listed) != full, word


def test_list_answers_on_known_words():
    gaz, words = load_gazetteer(), load_wordlists()
    assert describe_word("وزير", "word", gaz, words).is_title
    assert describe_word("والذي", "word", gaz, words).phrase_stop
    assert describe_word("للأمريكيين", "word", gaz, words).nisba[1] == "United States"
    assert describe_word("المنتخب", "word", gaz, words).team_at == 0
    assert not describe_word("بلينكن", "word", gaz, words).is_title


def test_letters_keep_offsets_where_marks_are_dropped():
    """Diacritics vanish from the key but each letter keeps its offset in the written word."""
    letters, positions = letters_of("مُحَمَّد")
    assert letters == "محمد"
    assert positions == [0, 2, 4, 7]
    assert letters_of("الجزيرة") == ("الجزيره", list(range(7)))
