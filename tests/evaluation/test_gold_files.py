"""The hand-made gold files: offsets only, and they still fit the shared articles."""

import json

import pytest

from khabar.evaluation.goldsets import (
    DRAWS,
    GOLD_PATH,
    annotation_record,
    convert_article,
    convert_quote,
    convert_time,
    is_held_out,
    load_article,
    load_gold,
    read_day,
    ref_of,
)


def test_gold_keeps_no_article_text():
    raw = GOLD_PATH.read_text(encoding="utf-8")
    entries = json.loads(raw)
    assert len(entries) >= 60
    assert all(set(e) == {"gold_id", "zip", "index", "sha1", "split", "published", "quotes", "facts", "times"} for e in entries)
    assert not any(ch for ch in raw if "\u0621" <= ch <= "\u064a"), "Arabic text leaked into the gold file"


def test_held_out_is_a_third():
    """Every third article of each draw is held out: a draw of n articles holds out n // 3 of them
    (55 = 18 held out + 37), so the whole holds out about a third."""
    entries = load_gold()
    test = load_gold(split="test")
    assert len(test) == sum(count // 3 for _, count in DRAWS)
    assert 0.3 < len(test) / len(entries) <= 1 / 3
    assert {e["split"] for e in entries} == {"dev", "test"}


def test_draws_tile_the_gold_and_each_holds_out_its_own_every_third():
    """``load_gold(draw=SEED)`` selects one draw by position: the listed draws cover the file, and
    within each the held-out marks restart at its first article (wrong boundaries break that)."""
    entries = load_gold()
    assert sum(count for _, count in DRAWS) == len(entries)
    for seed, count in DRAWS:
        draw = load_gold(draw=seed)
        assert len(draw) == count
        assert [e["split"] for e in draw] == ["test" if is_held_out(i) else "dev" for i in range(count)]
    assert load_gold(draw=DRAWS[-1][0]) == entries[-DRAWS[-1][1]:]
    assert all(e["split"] == "dev" for e in load_gold(split="dev", draw=20158))
    with pytest.raises(ValueError):
        load_gold(draw=1)


def test_spans_fall_inside_their_articles(shared_data):
    for entry in load_gold():
        content = load_article(shared_data, ref_of(entry))["content"]
        for quote in entry["quotes"]:
            start, end = quote["content"]
            assert 0 <= start < end <= len(content)
            assert content[start:end].strip()
        for item in entry["facts"] + entry["times"]:
            start, end = item["span"]
            assert 0 <= start < end <= len(content)


def test_a_new_batch_skips_the_gold_and_holds_out_every_third(shared_data):
    from khabar.evaluation.goldsets import draw_batch

    known = {e["gold_id"] for e in load_gold()}
    batch = draw_batch(shared_data, 6, 20151, exclude=known)
    assert len(batch) == 6 and not {a["gold_id"] for a in batch} & known
    assert [a["split"] for a in batch] == ["dev", "dev", "test", "dev", "dev", "test"]
    assert all(a["content"] and a["sha1"] for a in batch)


def test_converting_a_batch_keeps_direct_only_inside_quotation_marks(shared_data):
    from khabar.evaluation.goldsets import convert_batch, draw_batch

    [article] = draw_batch(shared_data, 1, 20151, exclude={e["gold_id"] for e in load_gold()})
    words = article["content"].split()
    first, last = " ".join(words[2:5]), " ".join(words[6:9])
    record = {"gold_id": article["gold_id"], "quotes": [{"kind": "direct", "cue": None, "content_first": first,
              "content_last": last, "speaker": None, "speaker_name": None, "anonymous": False, "via": None,
              "time": None}], "facts": [], "times": []}
    [entry] = convert_batch(shared_data, [article], [record])
    start, end = entry["quotes"][0]["content"]
    assert article["content"][start:end].startswith(first) and article["content"][start:end].endswith(last)
    before = article["content"][max(0, start - 3):start].strip()
    opens_after_mark = bool(before) and before[-1] in "«»“”\"'„‘’("
    assert entry["quotes"][0]["kind"] == ("direct" if opens_after_mark else "indirect")


# A lead sentence that says what the quote says, in the same words, above the quote itself.
LEAD_AND_QUOTE = ("أدانت الوزارة التفجير الذي استهدف السوق المركزي أمس. وفي بيان لها قالت الوزارة إن "
                  "«التفجير الذي استهدف السوق المركزي عمل جبان» وطالبت بمحاسبة الفاعلين.")


def test_a_quote_opening_like_the_lead_is_placed_after_its_own_cue():
    from khabar.evaluation.goldsets import convert_quote

    annotated = {"kind": "direct", "content_first": "التفجير الذي استهدف", "content_last": "عمل جبان",
                 "cue": "قالت", "speaker": "الوزارة", "speaker_name": None, "anonymous": False}
    quote = convert_quote(annotated, LEAD_AND_QUOTE, 0)
    start, end = quote["content"]
    assert LEAD_AND_QUOTE[start - 1] == "«" and LEAD_AND_QUOTE[start:end].endswith("عمل جبان")
    assert LEAD_AND_QUOTE[quote["cue"][0]:quote["cue"][1]] == "قالت" and quote["cue"][1] < start


def test_a_stored_quote_running_over_its_cue_is_repaired_and_direct_again():
    from khabar.evaluation.goldsets import repair_misplaced_quotes

    def at(snippet, after=0):
        start = LEAD_AND_QUOTE.index(snippet, after)
        return [start, start + len(snippet)]

    cue = at("قالت")
    # as the old conversion stored it: from the lead's words to the quote's end, made indirect
    stored = {"kind": "indirect", "content": [at("التفجير")[0], at("عمل جبان")[1]], "cue": cue,
              "speaker": at("الوزارة", cue[1]), "speaker_name": None, "anonymous": False, "via": None, "time": None}
    entry = {"quotes": [stored]}
    assert repair_misplaced_quotes(entry, LEAD_AND_QUOTE) == 1
    assert stored["content"] == [at("التفجير", cue[1])[0], at("عمل جبان")[1]] and stored["kind"] == "direct"
    assert repair_misplaced_quotes(entry, LEAD_AND_QUOTE) == 0  # idempotent


def test_an_according_to_cue_inside_its_content_stays():
    from khabar.evaluation.goldsets import repair_misplaced_quotes

    text = "وهو تحسن يرجع بحسب وزارة المالية إلى تطور الميزان التجاري."
    quote = {"kind": "according_to", "content": [0, len(text) - 1], "cue": [text.index("بحسب"), text.index("بحسب") + 4],
             "speaker": None, "speaker_name": None, "anonymous": False, "via": None, "time": None}
    assert repair_misplaced_quotes({"quotes": [quote]}, text) == 0 and quote["content"] == [0, len(text) - 1]


def test_every_gold_entry_comes_back_from_the_record_an_annotator_would_write(shared_data):
    """annotation_record is the inverse of the conversion: the worked example annotators are shown
    is a real gold article in their own format, and a round trip through it loses no offset."""
    days: dict[str, list[dict]] = {}
    for entry in load_gold():
        if entry["zip"] not in days:
            days[entry["zip"]] = read_day(shared_data, entry["zip"])
        article = days[entry["zip"]][entry["index"]]
        record = annotation_record(entry, article["content"])
        assert record["gold_id"] == entry["gold_id"]
        assert all(q["content_first"] and q["content_last"] for q in record["quotes"])
        assert convert_article(record, article, ref_of(entry), entry["split"]) == entry


def test_a_quote_whose_opening_words_recur_in_the_lead_gets_more_of_them():
    """Five opening words found first in a lead that repeats them would move the quote there: the
    record then carries as many words as it takes to find the quote itself."""
    lead = "أكد الوزير أن الحكومة ستواصل دعم المزارعين في كل المناطق هذا العام. "
    body = "وقال الوزير إن الحكومة ستواصل دعم المزارعين في المناطق الجنوبية وحدها."
    content = lead + body
    start = content.index("الحكومة", len(lead))
    quote = {"kind": "indirect", "content": [start, len(content) - 1], "cue": None, "speaker": None,
             "speaker_name": None, "anonymous": False, "via": None, "time": None}
    record = annotation_record({"gold_id": "x", "quotes": [quote], "facts": [], "times": []}, content)
    first = record["quotes"][0]["content_first"]
    assert content.index(first) == start
    assert len(first.split()) > 5


def test_a_time_placed_by_hand_carries_its_offset_and_comes_back():
    """A snippet whose first occurrence is elsewhere ("اليوم" inside the outlet's name) gets ``at`` in the
    annotator's record, and converting the record puts it back; a wrong ``at`` stops the conversion."""
    content = "عين اليوم – الرياض: أعلنت الوزارة اليوم بدء التسجيل."
    second = content.index("اليوم", 5)
    entry = {"gold_id": "x", "quotes": [], "facts": [],
             "times": [{"span": [second, second + 5], "type": "date", "value": "2015-08-10"}]}
    record = annotation_record(entry, content)
    assert record["times"][0]["at"] == second
    assert convert_time(record["times"][0], content, 0)["span"] == [second, second + 5]
    first_time = annotation_record({**entry, "times": [{**entry["times"][0], "span": [4, 9]}]}, content)
    assert "at" not in first_time["times"][0]
    with pytest.raises(ValueError):
        convert_time({**record["times"][0], "at": second + 1}, content, 0)


def test_a_quote_said_twice_in_the_same_words_is_placed_by_its_offset():
    """A statement reported, then cited again word for word inside an affidavit: the annotator's
    ``at`` places the second one; the record rebuilt from the gold carries it; a wrong ``at`` stops."""
    said = "أنا في ورطة وأحتاج إلى محام"
    content = f"قال المتهم للمحققين «{said}». وكتب الضابط في إفادته أنه أجاب «{said}» ثم صمت."
    second = content.index(said, content.index("أجاب"))
    annotated = {"kind": "direct", "content_first": "أنا في ورطة", "content_last": "إلى محام", "cue": "أجاب",
                 "speaker": "المتهم", "speaker_name": None, "anonymous": False, "at": second}
    quote = convert_quote(annotated, content, 0)
    assert quote["content"] == [second, second + len(said)]
    assert convert_quote({**annotated, "at": None}, content, 0)["content"][0] == content.index(said)
    record = annotation_record({"gold_id": "x", "quotes": [quote], "facts": [], "times": []}, content)
    assert record["quotes"][0]["at"] == second
    assert convert_quote(record["quotes"][0], content, 0)["content"] == quote["content"]
    with pytest.raises(ValueError):
        convert_quote({**annotated, "at": second + 1}, content, 0)
