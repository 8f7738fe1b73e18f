"""The quote evaluation's parts: mapping spans onto the raw content, matching, scoring a speaker."""

from __future__ import annotations

from khabar.evaluation.align import ContentAligner, locate_in_content, overlap
from khabar.evaluation.quotes import Prediction, format_quotes_report, match, same_text, speaker_right


def test_spans_map_back_through_stripped_and_joined_lines():
    content = "  عنوان قصير\n   قال الوزير إن الاجتماع انتهى.  \n\n\n وأضاف أن الوفد غادر صباحا.\n"
    text = "قال الوزير إن الاجتماع انتهى.\n\nوأضاف أن الوفد غادر صباحا."
    for word in ("الوزير", "الوفد غادر", "قال"):
        start = text.index(word)
        s, e = locate_in_content(content, text, start, start + len(word))
        assert content[s:e] == word
    start, end = text.index("انتهى"), text.index("الوفد") + len("الوفد")
    s, e = ContentAligner(content, text).locate(start, end)
    assert content[s:e].startswith("انتهى") and content[s:e].endswith("الوفد")


def test_span_in_a_paragraph_cleaning_changed_is_found_by_its_text():
    content = "قال المدير: «العمل مستمر» حتى الآن"
    text = "قال المدير: «العمل مستمر»"  # the tail was cut
    start = text.index("العمل")
    assert locate_in_content(content, text, start, start + 5) == (content.index("العمل"), content.index("العمل") + 5)


def test_overlap():
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0
    assert overlap(None, (1, 2)) == 0


def pred(content, speaker=None, kind="indirect"):
    return Prediction(kind=kind, content=content, cue=None, speaker=speaker, entity=None, anonymous=False, via=None)


def test_one_to_one_matching_needs_half_the_gold():
    gold = [{"content": [0, 100]}, {"content": [100, 120]}]
    preds = [pred((0, 40)), pred((10, 110)), pred((100, 121))]
    assert sorted(match(gold, preds)) == [(0, 1), (1, 2)]


def test_exact_allows_edge_punctuation_and_spaces():
    content = "قال: «الخطة جاهزة.» ثم"
    s = content.index("الخطة")
    assert same_text(content, [s, s + len("الخطة جاهزة")], (s, s + len("الخطة جاهزة.")))
    assert not same_text(content, [s, s + 5], (s, s + 11))


def test_speaker_identity_at_another_mention():
    content = "قال رئيس النادي كارل رومينيغه إن الصفقة تمت. وقال رومينيغه إن اللاعب وصل."
    full = [content.index("رئيس"), content.index("رومينيغه") + len("رومينيغه")]
    name = [content.index("كارل"), full[1]]
    second = content.rindex("رومينيغه")
    gold = {"speaker": full, "speaker_name": name}
    assert speaker_right(gold, pred((0, 1), (second, second + len("رومينيغه"))), content)
    other = content.index("اللاعب")
    assert not speaker_right(gold, pred((0, 1), (other, other + 6)), content)
    assert speaker_right({"speaker": None, "speaker_name": None}, pred((0, 1), None), content)


def test_report_table():
    tally = {"predicted": 2, "gold": 2, "matched": 1, "detection": {"p": 0.5, "r": 0.5, "f1": 0.5},
             "exact": {"p": 0.5, "r": 0.5, "f1": 0.5}, "cue": {"p": 0.5, "r": 0.5, "f1": 0.5},
             "speaker": {"p": 0.5, "r": 0.5, "f1": 0.5}, "anonymous_accuracy": 1.0, "anonymous_n": 1,
             "via_accuracy": None, "via_n": 0}
    report = {"split": "dev", "articles": 1, "kinds": {"all": tally}, "kind_accuracy": 1.0, "seconds": 0.1}
    table = format_quotes_report(report)
    assert "all" in table and "0.50/0.50/0.50" in table


def test_speaker_accuracy_counts_right_speakers_among_matched_quotes_only():
    from khabar.evaluation.quotes import Tally

    tally = Tally(predicted=5, gold=8, matched=4, speaker=3).to_dict()
    assert tally["speaker_accuracy"] == 0.75          # 3 of the 4 matched
    assert round(tally["speaker"]["r"], 3) == 0.375   # while recall counts every gold quote
    assert Tally().to_dict()["speaker_accuracy"] is None
    report = {"split": "dev", "articles": 1, "kinds": {"all": tally}, "kind_accuracy": 1.0, "seconds": 0.1}
    assert " 0.75 |" in format_quotes_report(report)


def test_anonymous_and_via_are_scored_as_precision_recall_over_every_quote():
    from khabar.evaluation.quotes import KINDS, Tally, tally_article

    content = "قال مسؤول لرويترز إن المحادثات توقفت. وقال مصدر إن الوفد غادر. وقالت الوزارة في بيان إن الحدود مغلقة."
    def span(text):
        at = content.index(text)
        return [at, at + len(text)]
    gold = [
        {"kind": "indirect", "content": span("المحادثات توقفت"), "anonymous": True, "via": span("رويترز")},
        {"kind": "indirect", "content": span("الوفد غادر"), "anonymous": True, "via": None},
        {"kind": "indirect", "content": span("الحدود مغلقة"), "anonymous": False, "via": None},
    ]
    found = [  # the first quote with its via but not anonymous; the second missed; the third marked anonymous
        Prediction(kind="indirect", content=tuple(span("المحادثات توقفت")), cue=None, speaker=None, entity=None,
                   anonymous=False, via=tuple(span("رويترز"))),
        Prediction(kind="indirect", content=tuple(span("الحدود مغلقة")), cue=None, speaker=None, entity=None,
                   anonymous=True, via=None),
    ]
    tallies = {kind: Tally() for kind in (*KINDS, "all")}
    tally_article(tallies, gold, found, match(gold, found), content)
    scores = tallies["all"].to_dict()
    assert (scores["anonymous"]["gold"], scores["anonymous"]["predicted"]) == (2, 1)
    assert scores["anonymous"]["p"] == 0.0 and scores["anonymous"]["r"] == 0.0  # the one marked is the wrong one
    assert scores["anonymous_accuracy"] == 0.0                                # both matched pairs disagree
    assert scores["via"]["p"] == 1.0 and scores["via"]["r"] == 1.0
    table = format_quotes_report({"split": "dev", "articles": 1, "kinds": {"all": scores}, "kind_accuracy": 1.0,
                                  "seconds": 0.1})
    assert "anonymous gold/pred" in table and "2/1" in table
