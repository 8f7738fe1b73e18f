"""Session 34, speed pass spt: the future verbs of a sentence found by ``str.find`` of their س, not by
a Python step per token (``FutureCues._earliest_cue``), pinned against the token walk it replaced."""

import pytest

import khabar.time.stage  # noqa: F401  (registers the stage)
from khabar.pipeline import Pipeline
from khabar.read import RawArticle
from khabar.time.stage import FutureCues, _future_prefix

TIMES = Pipeline(["segment", "times"])

TEXTS = [
    "اجتمع المجلس في يونيو. وسيجتمع المجلس في يونيو.",
    "قال الوزير إن اللجنة سوف تجتمع في مايو، وأضاف أن المجلس اجتمع أمس.",
    "سالم ساهم في السوق، ثم قال إنه سيعقد اجتماعا وستبدأ اللجنة عملها فسنرى.",
    "وسأذهب غدا، وسآخذ معي السيد سعيد. ساعة سابقة: سـيعقد، سَيبدأ المؤتمر في سبتمبر.",
    "أعلنت الشركة أرباحها، ولم تذكر موعد التوزيع.",
    "س س سي سيس 5سيعقد وس فس بس",
]


def _walk(doc, first: int, offset: int):
    """The token walk of the start code: the first token from ``first`` starting before ``offset``
    whose first three characters hold س and whose clitics are the future prefix; its start, or None."""
    for token in doc.tokens[first:]:
        if token.start >= offset:
            return None
        if "س" in token.text[:3] and _future_prefix(token):
            return token.start
    return None


@pytest.mark.parametrize("text", TEXTS)
def test_the_earliest_cue_is_the_token_walks(text):
    doc = TIMES(RawArticle(text=text), published="2016-04-15")
    cues = FutureCues(doc)
    tokens = doc.tokens
    for first in range(len(tokens)):
        for offset in range(tokens[first].start, len(text) + 2):
            before = sum(1 for t in tokens if t.start < offset)
            assert cues._earliest_cue(first, before, offset) == _walk(doc, first, offset), (first, offset)


def test_a_token_is_the_text_between_its_offsets():
    """What the search relies on: each token's text is the document's text between its offsets."""
    for text in TEXTS:
        doc = TIMES(RawArticle(text=text), published="2016-04-15")
        assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
