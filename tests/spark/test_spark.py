"""The Spark job gives the same tables as a single-process ingest and Parquet export.

Runs Spark in local mode (``local[2]``) on 20 SaudiNewsNet articles written as
JSONL (plus a repeated article and a record without text), once per module.
Skips, saying why, when pyspark, pandas, pyarrow or a Java runtime is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

for module in ("pyspark", "pandas", "pyarrow"):
    pytest.importorskip(module, reason=f"the Spark tests need {module} (pip install pyspark pandas pyarrow)")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("the Spark tests need a Java runtime (apt-get install default-jre-headless)", allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402

from khabar import spark as kspark  # noqa: E402
from khabar.store.export import parquet_tables  # noqa: E402

ARTICLES = 20
ENTITY_COLUMNS = {
    "article_entities": ("entity_id",),
    "mentions": ("entity_id",),
    "quotes": ("speaker_entity_id", "via_entity_id", "reported_first_by_entity_id"),
    "facts": ("location_entity_id",),
}


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory) -> Path:
    """20 articles of one SaudiNewsNet day as JSONL, one of them twice, and a record without text."""
    folder = tmp_path_factory.mktemp("spark-input")
    with zipfile.ZipFile(shared_data / "news" / "saudinewsnet" / "2015-07-21.zip") as archive:
        records = json.loads(archive.read("2015-07-21.json"))[:ARTICLES]
    path = folder / "articles.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(10, lines[3])  # the same article again: stored once, from its first reading
    lines.append(json.dumps({"title": "عنوان بلا نص", "url": "http://example.com/empty"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_session():
    session = kspark.session(
        "local[2]", app="khabar-tests", config={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"}
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def spark_output(spark_session, corpus: Path, tmp_path_factory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("spark-output")
    counts = kspark.run_job(spark_session, [str(corpus)], str(out), partitions=3)
    return out, counts


@pytest.fixture(scope="module")
def local_output(corpus: Path, tmp_path_factory) -> tuple[Path, list[tuple[str, str]]]:
    """The same input through ``ingest`` (one process) and ``export_parquet``."""
    from khabar.ingest import ingest
    from khabar.store.api import Store
    from khabar.store.export import export_parquet

    folder = tmp_path_factory.mktemp("local-output")
    db = str(folder / "kb.db")
    ingest([str(corpus)], db, workers=1, progress=False)
    with Store(db) as store:
        export_parquet(store, str(folder / "parquet"))
        errors = store._read("SELECT origin, reason FROM errors")
    return folder / "parquet", errors


def read_table(path: Path) -> list[dict]:
    """Rows of a Parquet file or of a Spark output folder."""
    return pq.read_table(str(path)).to_pylist()


def entity_keys(rows: list[dict]) -> dict[int, str]:
    return {row["entity_id"]: row["key"] for row in rows}


def comparable(table: str, rows: list[dict], keys: dict[int, str]) -> list[str]:
    """Rows as sorted JSON strings, entity ids replaced by entity keys, the ingest time left out."""
    out = []
    for row in rows:
        row = dict(row)
        row.pop("ingested_at", None)
        for column in ENTITY_COLUMNS.get(table, ()):
            row[column] = keys.get(row[column]) if row[column] is not None else None
        if table == "entities":
            row.pop("entity_id")
        out.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(out)


def test_every_table_is_written_with_the_export_schema(spark_output, local_output):
    out, counts = spark_output
    local, _ = local_output
    for table in parquet_tables():
        spark_schema = pq.read_table(str(out / table)).schema
        local_schema = pq.read_table(str(local / f"{table}.parquet")).schema
        assert [(f.name, f.type) for f in spark_schema] == [(f.name, f.type) for f in local_schema], table
    assert counts["articles"] == ARTICLES  # the repeated article is stored once


def test_spark_tables_equal_the_single_process_export(spark_output, local_output):
    out, _ = spark_output
    local, _ = local_output
    spark_keys = entity_keys(read_table(out / "entities"))
    local_keys = entity_keys(read_table(local / "entities.parquet"))
    assert len(spark_keys) == len(local_keys) > 20
    for table in parquet_tables():
        spark_rows = comparable(table, read_table(out / table), spark_keys)
        local_rows = comparable(table, read_table(local / f"{table}.parquet"), local_keys)
        assert spark_rows == local_rows, f"{table}: Spark and single-process rows differ"
    assert read_table(local / "mentions.parquet"), "no mentions at all: the comparison would prove nothing"


def test_entity_ids_are_stable_hashes_of_their_keys(spark_output):
    out, _ = spark_output
    rows = read_table(out / "entities")
    assert all(row["entity_id"] == kspark.stable_entity_id(row["key"]) for row in rows)
    mentioned = {row["entity_id"] for row in read_table(out / "mentions")}
    assert mentioned <= {row["entity_id"] for row in rows}


def test_failures_are_rows_of_errors_as_in_the_store(spark_output, local_output):
    out, _ = spark_output
    _, local_errors = local_output
    spark_errors = sorted((row["origin"], row["reason"]) for row in read_table(out / "errors"))
    assert spark_errors == sorted(local_errors)
    assert len(spark_errors) == 1 and spark_errors[0][0].endswith("articles.jsonl#22")


def test_parquet_input_gives_the_same_articles_as_jsonl(spark_session, corpus: Path, spark_output, tmp_path_factory):
    """One article per Parquet row, fields as in JSONL: the same articles (ids, texts, titles) come out."""
    import pyarrow as pa

    folder = tmp_path_factory.mktemp("parquet-input")
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    pq.write_table(pa.Table.from_pylist(records), str(folder / "articles.parquet"))
    out = folder / "out"
    counts = kspark.run_job(spark_session, [str(folder / "articles.parquet")], str(out), stages=["segment"], partitions=2)
    jsonl_articles = read_table(spark_output[0] / "articles")
    parquet_articles = read_table(out / "articles")
    assert counts["articles"] == ARTICLES and counts["entities"] == 0
    assert sorted((a["id"], a["title"], a["text"]) for a in parquet_articles) == sorted(
        (a["id"], a["title"], a["text"]) for a in jsonl_articles
    )
    assert all(a["source"].startswith(str(folder / "articles.parquet") + "#") for a in parquet_articles)
    assert [e["reason"] for e in read_table(out / "errors")] == [
        e["reason"] for e in read_table(spark_output[0] / "errors")
    ]


def test_warc_pages_give_the_articles_a_local_ingest_gives(spark_session, corpus: Path, tmp_path_factory):
    """HTML responses in a gzipped WARC: same articles (extracted by trafilatura), origins and failures."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from khabar.ingest import ingest
    from khabar.store.api import Store
    from khabar.store.export import export_parquet

    folder = tmp_path_factory.mktemp("warc-input")
    path = folder / "crawl.warc.gz"
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:3]]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        pages = [
            f"<html><head><title>{html.escape(r['title'])}</title></head><body><article><h1>{html.escape(r['title'])}</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in r["content"].split("\n") if p.strip())
            + "</article></body></html>"
            for r in records
        ] + [""]  # an empty response: a failure
        for n, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://news.example/{n}", "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers))
    counts = kspark.run_job(spark_session, [str(path)], str(folder / "out"), stages=["segment"], partitions=2)
    ingest([str(path)], str(folder / "kb.db"), workers=1, stages=["segment"], progress=False)
    with Store(str(folder / "kb.db")) as store:
        export_parquet(store, str(folder / "local"))
        local_errors = store._read("SELECT origin, reason FROM errors")

    def articles(rows: list[dict]) -> list[tuple]:
        return sorted((a["id"], a["url"], a["title"], a["text"], a["source"]) for a in rows)

    spark_articles = articles(read_table(folder / "out" / "articles"))
    assert counts["articles"] == 3 and spark_articles == articles(read_table(folder / "local" / "articles.parquet"))
    assert all(source.startswith(f"{path}@") for *_, source in spark_articles)
    assert sorted((e["origin"], e["reason"]) for e in read_table(folder / "out" / "errors")) == sorted(local_errors)
