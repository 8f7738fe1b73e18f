"""Session 34, speed pass spn: gates that read the article's one shared word pass instead of a
window's characters give what the regexes they guard give."""



from khabar.numbers import quantities
from khabar.numbers.matching import word_columns


def test_comparing_verb_gate_lets_every_verb_match_through(articles):
    """Where the word gate says no verb can stand, the verb regex finds none (on windows ending at
    every word start, inside words and at the text's end, as the counts' windows do)."""
    verbs = quantities._compared_re()
    found = closed = 0
    for text in articles:
        for end in [*word_columns(text)[0], len(text)]:
            for start in (end, end + 2):
                start = min(start, len(text))
                lo = max(0, start - quantities.COMPARED_REACH)
                matched = verbs.search(text, lo, start) is not None
                if not quantities._may_hold_comparing_verb(text, lo, start):
                    assert not matched, (text[lo:start], start)
                    closed += 1
                found += matched
    assert found > 50 and closed > 10000


def test_comparing_verb_gate_on_a_cut_word():
    text = "قال إن العدد سيتجاوز3 آلاف"
    start = text.index("3")
    assert quantities._may_hold_comparing_verb(text, 0, start)
    assert not quantities._may_hold_comparing_verb(text, 0, text.index("سيتجاوز") + 3)
    assert quantities._compared_across("قال إن العدد لن يتجاوز 3 آلاف", 23) is None
