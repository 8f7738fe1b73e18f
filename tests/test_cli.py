"""The khabar command, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "khabar" / "examples"


def run_khabar(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar.cli", *args], input=stdin, capture_output=True, timeout=300
    )


def test_analyze_example_html_as_json():
    result = run_khabar("analyze", str(EXAMPLES / "article.html"))
    assert result.returncode == 0, result.stderr.decode()
    records = json.loads(result.stdout)
    assert len(records) == 1
    record = records[0]
    assert record["schema"] == "khabar.article/1"
    assert "النازحين" in record["title"]
    assert record["published"].startswith("2024-03-14")
    assert any(c["name"] == "Reuters" for c in record["credits"])
    assert "اترك تعليقاً" not in record["text"]


def test_text_report_shows_title_credits_and_removed():
    result = run_khabar("analyze", "--format", "text", str(EXAMPLES / "article.txt"))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "وزير النقل" in out and "credits" in out and "AFP" in out and "removed" in out


def test_a_bad_input_fails_alone(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قال الوزير إن الاجتماع انتهى مساء أمس.", encoding="utf-8")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"text": "أعلنت الوزارة أن الامتحانات تبدأ الأحد."}\n{not json\n{"content": "وقال المتحدث إن النتائج جيدة."}\n', encoding="utf-8")
    result = run_khabar("analyze", "--format", "jsonl", str(good), str(binary), str(empty), str(lines), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(records) == 3
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 4
    assert any("junk.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("batch.jsonl#2" in e for e in errors)
    assert any("missing.txt" in e for e in errors)


def test_stdin_and_published_option():
    result = run_khabar("analyze", "--format", "jsonl", "--published", "2024-05-06", "-", stdin="قال الوزير إن الاجتماع انتهى.".encode("cp1256"))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert record["published"] == "2024-05-06" and "الاجتماع" in record["text"]


def test_usage_error_exits_2():
    assert run_khabar("analyze", "--format", "yaml", "x").returncode == 2
    assert run_khabar("no-such-command").returncode == 2


def test_text_report_shows_quotes_as_chains_and_figures_with_sources():
    result = run_khabar("analyze", "--format", "text", str(EXAMPLES / "article.html"))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "quotes: who said what" in out and "←" in out
    assert "figures" in out and "according to" in out
    assert "times" in out


def test_eval_scores_one_draw_alone(shared_data):
    result = run_khabar("eval", "times", "--split", "dev", "--draw", "20159", "--data", str(shared_data))
    assert result.returncode == 0, result.stderr.decode()
    assert "split dev, 30 articles" in result.stdout.decode()
    unknown = run_khabar("eval", "facts", "--draw", "1", "--data", str(shared_data))
    assert unknown.returncode == 1 and b"20159" in unknown.stderr and b"Traceback" not in unknown.stderr


def test_eval_reads_another_gold_file(shared_data, tmp_path):
    """--gold scores against another file of the gold's format (e.g. the gold before a convention):
    a file holding the first 12 articles scores those alone; a missing file is an error, no traceback."""
    gold = json.loads((Path(__file__).resolve().parent / "data" / "gold_news.json").read_text(encoding="utf-8"))
    smaller = tmp_path / "gold.json"
    smaller.write_text(json.dumps(gold[:12], ensure_ascii=False), encoding="utf-8")
    result = run_khabar("eval", "times", "--split", "all", "--gold", str(smaller), "--data", str(shared_data))
    assert result.returncode == 0, result.stderr.decode()
    assert "split all, 12 articles" in result.stdout.decode()
    missing = run_khabar("eval", "facts", "--gold", str(tmp_path / "none.json"), "--data", str(shared_data))
    assert missing.returncode == 1 and b"Traceback" not in missing.stderr


def test_eval_facts_and_times_print_json_reports(shared_data):
    """--json prints the whole report as one JSON object (for scripts), the same figures as the table."""
    for kind, key in (("facts", "facts"), ("times", "times")):
        result = run_khabar("eval", kind, "--split", "dev", "--draw", "20159", "--data", str(shared_data), "--json")
        assert result.returncode == 0, result.stderr.decode()
        report = json.loads(result.stdout)
        assert report["split"] == "dev" and report["articles"] == 30
        table = run_khabar("eval", kind, "--split", "dev", "--draw", "20159", "--data", str(shared_data)).stdout.decode()
        assert f"{report[key]['detection' if kind == 'facts' else 'span']['f1']:.3f}" in table
