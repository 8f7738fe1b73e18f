"""benchmarks/snapshot.py: the before/after check every quote, figure and time rule went through."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "snapshot.py"


def load_script():
    spec = importlib.util.spec_from_file_location("snapshot", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compare_lists_the_quotes_that_went_and_came(tmp_path, capsys):
    snapshot = load_script()
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    kept = ["indirect", "الحكومة ستراجع القرار", "وقال", "الوزير"]
    before.write_text(json.dumps({"id": "a#1", "quotes": [kept, ["indirect", "x", "وأكد", "الجيش عزل مرسي"]]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    after.write_text(json.dumps({"id": "a#1", "quotes": [kept, ["indirect", "x", "وأكد", "الجيش"]]},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    assert snapshot.compare(before, after) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("- a#1") and "الجيش عزل مرسي" in lines[0]
    assert lines[1].startswith("+ a#1") and lines[1].split(" | ")[2] == "الجيش"
    assert snapshot.compare(before, before) == 0


def test_compare_lists_the_facts_that_changed(tmp_path, capsys):
    snapshot = load_script()
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text(json.dumps({"id": "a#1", "quotes": [], "facts": [["مليون", "other", 1000000, None, None]]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    after.write_text(json.dumps({"id": "a#1", "quotes": [], "facts": [["مليون ونصف", "other", 1500000, None, None]]},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    assert snapshot.compare(before, after, "quotes") == 0
    assert snapshot.compare(before, after, "facts") == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[-3].startswith("- a#1 مليون | other | 1000000")
    assert lines[-2].startswith("+ a#1 مليون ونصف | other | 1500000")


def test_dump_writes_each_articles_quotes_facts_and_times(shared_data, tmp_path):
    out = tmp_path / "snapshot.jsonl"
    count = load_script().dump(shared_data, out, per_day=1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert count == len(records) >= 10
    assert all(r["id"].endswith("#0") for r in records)
    assert any(r["quotes"] for r in records) and any(r["facts"] for r in records) and any(r["times"] for r in records)


def test_compare_lists_speakers_whose_flag_or_entity_changed(tmp_path, capsys):
    snapshot = load_script()
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    quote = ["indirect", "الاتفاق قريب", "وأضاف", "المسؤول الأميركي"]
    before.write_text(json.dumps({"id": "a#1", "quotes": [quote], "speakers": [["وأضاف", "المسؤول الأميركي", None, True, None]]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    after.write_text(json.dumps({"id": "a#1", "quotes": [quote], "speakers": [["وأضاف", "المسؤول الأميركي", "جيمس روبن", False, None]]},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    assert snapshot.compare(before, after, "quotes") == 0
    assert snapshot.compare(before, after, "speakers") == 1
    assert capsys.readouterr().out.splitlines()[-2].endswith("جيمس روبن | False | None")


def test_dump_records_speakers_and_entity_mentions(shared_data, tmp_path):
    out = tmp_path / "snapshot.jsonl"
    load_script().dump(shared_data, out, per_day=1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(r["speakers"]) == len(r["quotes"]) for r in records)
    mentions = [m for r in records for m in r["entities"]]
    assert mentions and all(isinstance(m[0], str) and m[1] in ("PER", "ORG", "LOC", "MISC") for m in mentions)
    assert any(m[2] for m in mentions)  # some mention links to a canonical entity


def test_dump_reads_a_corpus_slice_outside_the_gold_and_of_one_shape(shared_data, tmp_path):
    snapshot = load_script()
    out = tmp_path / "corpus.jsonl"
    count = snapshot.dump(shared_data, out, per_day=40, days=snapshot.day_slice("0:1"), match="قال", outside_gold=True)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    gold = {entry["gold_id"] for entry in json.loads(snapshot.GOLD_PATH.read_text(encoding="utf-8"))}
    assert count == len(records) > 0
    assert {r["id"].split("#")[0] for r in records} == {"2015-07-21.zip"}  # the first day file only
    assert not any(r["id"] in gold for r in records)
    assert all(int(r["id"].split("#")[1]) < 40 for r in records)
    assert snapshot.day_slice(":2") == slice(None, 2)


def test_the_random_reader_draws_a_non_gold_article_the_seed_fixes(shared_data):
    spec = importlib.util.spec_from_file_location("read_random", SCRIPT.parent / "read_random.py")
    reader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reader)
    gold = {entry["gold_id"] for entry in reader.load_gold()}
    drawn = [reader.pick(shared_data, seed, 1500) for seed in (1, 2, 1)]
    assert drawn[0][0] == drawn[2][0] and drawn[0][0] != drawn[1][0]
    for gold_id, article in drawn:
        assert gold_id not in gold and len(article["content"]) <= 1500
        assert reader.QUOTED_OR_REPORTED.search(article["content"])
    gold_id, article = reader.pick(shared_data, 5, 6000, ("according_to",))
    assert gold_id not in gold and any(q["kind"] == "according_to" for q in reader.analysed(article).quotes)
    days = sorted(p.name for p in (shared_data / "news" / "saudinewsnet").glob("*.zip"))[5:10]
    for show in ("facts", "times"):
        gold_id, article = reader.pick(shared_data, 9850, 2500, show=show, days=slice(5, 10))
        assert gold_id not in gold and gold_id.split("#")[0] in days
        assert getattr(reader.analysed(article), show)


def _direct_sample():
    spec = importlib.util.spec_from_file_location("direct_sample", SCRIPT.parent / "direct_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_direct_sample_marks_speaker_cue_and_quote_and_draws_by_seed():
    sample = _direct_sample()
    doc = sample.khabar.analyze("وقال وزير الصحة خالد العمر: «سنفتح ثلاثة مستشفيات جديدة هذا العام».", published="2015-08-01")
    [quote] = doc.quotes
    shown = sample._show(doc, quote)
    assert "[[وزير الصحة خالد العمر]]" in shown and "{{وقال}}" in shown
    assert "<Q>سنفتح ثلاثة مستشفيات جديدة هذا العام</Q>" in shown
    records = [{"id": f"d#{k}", "quotes": [["direct", "…", "قال", "" if k % 3 else "س"], ["indirect", "…", "أكد", "ص"]]}
               for k in range(30)]
    assert sample.draw(records, 7, 5) == sample.draw(records, 7, 5) != sample.draw(records, 8, 5)
    assert len(sample.draw(records, 7, 5)) == 5
    assert sample.draw(records, 7, 5, no_speaker=True) == [(f"d#{k}", 0) for k in sorted(range(30), key=str) if k % 3]


def test_the_direct_sample_lists_a_quoted_passage_after_a_verb_that_no_quote_covers():
    sample = _direct_sample()
    doc = sample.khabar.analyze("وعرض الفيلم الذي يحمل اسم «رحلة إلى آخر الدنيا» في الرياض أمس وسط حضور كبير من الجمهور.",
                                published="2015-08-01")
    assert [inner for _, inner, _ in sample.missed_passages(doc)] == []  # no reporting verb or colon next to it
    doc = sample.khabar.analyze("ثم كتب على صفحته: «سأعود إلى الملعب قريبا جدا» وسط ترحيب جماهيره.", published="2015-08-01")
    covered = [(q["start"], q["end"]) for q in doc.quotes]
    passages = sample.missed_passages(doc)
    assert all(inner in doc.text for _, inner, _ in passages)
    assert bool(passages) != bool(covered)  # listed exactly when khabar reports no quote there


def _according_sample():
    spec = importlib.util.spec_from_file_location("according_sample", SCRIPT.parent / "according_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_according_sample_counts_every_cue_and_shows_the_quote_beside_it():
    sample = _according_sample()
    text = "ارتفعت الأسعار 5 في المائة، بحسب وزارة التجارة. ووفقا لتقرير البنك فإن النمو تباطأ، وذلك حسبما أفاد مسؤول."
    found = sample.occurrences({"a#1": text, "b#2": "وقال الوزير إن الاتفاق جيد."})
    assert [(gold_id, rank, cue) for gold_id, rank, cue in found] == [("a#1", 0, "بحسب"), ("a#1", 1, "ووفقا"),
                                                                       ("a#1", 2, "حسبما")]
    many = [(f"d#{k}", 0, "بحسب") for k in range(40)]
    assert sample.draw(many, 4200, 5) == sample.draw(many, 4200, 5) != sample.draw(many, 4201, 5)
    doc = sample.khabar.analyze(text, published="2015-08-01")
    start = doc.text.index("بحسب")
    lines = sample.shown(doc.text, start, start + len("بحسب"), doc.quotes)
    assert "{{بحسب}}" in lines[0]
    assert any(line.strip().startswith("according_to | cue بحسب | source وزارة التجارة") for line in lines[1:])


def test_the_split_timer_wraps_a_function_and_keeps_its_result(monkeypatch):
    import collections
    import types

    monkeypatch.syspath_prepend(str(SCRIPT.parent))
    spec = importlib.util.spec_from_file_location("numbers_times_split", SCRIPT.parent / "numbers_times_split.py")
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    module = types.SimpleNamespace(double=lambda x: 2 * x)
    spent, calls = collections.Counter(), collections.Counter()
    split.wrap([(module, "double"), (module, "absent")], spent, calls)
    assert [module.double(k) for k in range(3)] == [0, 2, 4]
    assert calls == {"double": 3} and spent["double"] > 0
