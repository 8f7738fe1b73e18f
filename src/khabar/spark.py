"""khabar on Apache Spark: a corpus of articles in, the store's tables out, as DataFrames.

:func:`analyze` takes a DataFrame of raw articles (what :func:`read_inputs`
makes of JSONL, JSON, zip, WARC or Parquet paths on any file system Spark
reads) and returns one DataFrame per table of the Parquet export
(:func:`khabar.store.export.export_parquet`): ``articles``, ``entities``,
``article_entities``, ``mentions``, ``quotes``, ``facts``, ``times``,
``credits``, with the same Arrow schemas, plus ``errors`` (origin, reason).

How it runs, and why:

1. *Read* (``mapInArrow``): each input file goes through khabar's own readers
   (the ones ``khabar ingest`` uses, so origins and record mapping are the
   same); each article is *prepared* (cleaning, metadata, id). Every article
   gets ``seq``, its place in the input (file by sorted path, then record),
   so that "first seen" means what it means to a single-process ingest.
2. *Deduplicate* by article id, keeping the first (``min_by`` seq): as the
   store skips an article whose id it already has. The shuffle also spreads
   the work evenly over the cluster, whatever the size of the input files.
3. *Analyse* (``mapInArrow``): the pipeline is built once per Python worker
   (Spark reuses them) and runs on chunks of articles; each chunk is written
   to a temporary store with the store's own row layout, and read back with
   the export's own queries and Arrow schemas (:func:`khabar.store.export.iter_table`),
   so a Spark table is the export's table, not a re-implementation of it.
4. *Entities*: a single-process store numbers entities 1, 2, 3… as it meets
   them; a cluster cannot. Here ``entity_id`` is a stable 63-bit hash of the
   entity's key (:func:`stable_entity_id`), the same in every partition and
   every run, and the ``entities`` table sums the article and mention counts
   of all partitions, taking type, name and canonical names from the
   entity's first article (by seq), as the store does.

Run it with ``khabar spark-job --input PATHS --output DIR`` or
``spark-submit path/to/khabar/spark.py --input PATHS --output DIR`` (see
docs/SPARK.md for a cluster).
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__" and sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    # Run as a file (spark-submit path/to/khabar/spark.py): Python put khabar's own folder first on
    # the path, where khabar/numbers and khabar/time would hide the standard library's modules.
    del sys.path[0]

import argparse
import hashlib
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlparse

SEQ_STRIDE = 1 << 32  # seq = file index × stride + record position within the file
ANALYSIS_CHUNK = 200  # articles per temporary store in a worker: bounded memory, few commits
RAW_COLUMNS = ("origin", "text", "html", "title", "url", "published", "outlet", "extra")
# Columns holding a store entity id, per table: rewritten to stable ids.
ENTITY_ID_COLUMNS = {
    "article_entities": ("entity_id",),
    "mentions": ("entity_id",),
    "quotes": ("speaker_entity_id", "via_entity_id", "reported_first_by_entity_id"),
    "facts": ("location_entity_id",),
}
INPUT_FORMATS = ("jsonl", "json", "warc", "zip", "parquet", "auto")

_PIPELINES: dict[tuple[str, ...] | None, Any] = {}


# ---------------------------------------------------------------------------
# Arrow schemas (pure pyarrow: the executors' side)


def raw_schema() -> Any:
    """A prepared input: its place, origin, article id (or failure) and the raw article's fields."""
    import pyarrow as pa

    return pa.schema(
        [("seq", pa.int64()), ("id", pa.string()), ("failure", pa.string())]
        + [(name, pa.string()) for name in RAW_COLUMNS]
    )


def entity_part_schema() -> Any:
    """A partition's entities: the export's columns plus the key and the first article's seq."""
    import pyarrow as pa

    from khabar.store.export import table_schema

    schema = table_schema("entities")
    return schema.append(pa.field("first_seq", pa.int64()))


def error_schema() -> Any:
    import pyarrow as pa

    return pa.schema([("origin", pa.string()), ("reason", pa.string())])


def output_tables() -> list[str]:
    from khabar.store.export import parquet_tables

    return parquet_tables()


@lru_cache(maxsize=1)
def union_schema() -> Any:
    """One row of the analysis output: which table it belongs to, and that table's row as a struct."""
    import pyarrow as pa

    from khabar.store.export import table_schema

    fields = [pa.field("table", pa.string())]
    for table in output_tables():
        schema = entity_part_schema() if table == "entities" else table_schema(table)
        fields.append(pa.field(table, pa.struct(list(schema))))
    fields.append(pa.field("errors", pa.struct(list(error_schema()))))
    return pa.schema(fields)


def stable_entity_id(key: str) -> int:
    """A positive 63-bit id from an entity key: the same on every executor, in every run."""
    return int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big") >> 1


# ---------------------------------------------------------------------------
# Stage 1: reading and preparing (executors)


def local_path(uri: str) -> str:
    """``file:/a/b%20c`` → ``/a/b c`` (the origin a local ingest gives); other URIs as they are."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return unquote(parsed.path)
    return uri


def prepared_row(seq: int, item: Any, max_chars: int | None = None) -> dict[str, Any]:
    """The raw-schema row of one read item: its id after preparation, or why it failed."""
    from khabar.errors import InputError
    from khabar.pipeline import MAX_CHARS, prepare
    from khabar.read import ReadFailure

    if isinstance(item, ReadFailure):
        return {"seq": seq, "origin": item.origin, "failure": item.reason}
    row = {name: getattr(item, name) for name in RAW_COLUMNS if name != "extra"}
    row.update(seq=seq, extra=json.dumps(item.extra, ensure_ascii=False) if item.extra else None)
    try:
        row["id"] = prepare(item, max_chars=max_chars or MAX_CHARS).id
    except InputError as exc:
        row["failure"] = exc.reason
    except Exception as exc:
        row["failure"] = _internal(exc)
    return row


def read_files(batches: Iterator[Any], file_index: dict[str, int]) -> Iterator[Any]:
    """``mapInArrow`` over ``binaryFile`` rows (path, content): every article in every file."""
    from khabar.read.sources import iter_stream, kind_of

    rows: list[dict[str, Any]] = []
    for batch in batches:
        for uri, content in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist()):
            path = local_path(uri)
            base = file_index.get(uri, 0) * SEQ_STRIDE
            for position, item in enumerate(iter_stream(io.BytesIO(content or b""), kind_of(path), path)):
                rows.append(prepared_row(base + position, item))
                if len(rows) >= 1000:
                    yield _record_batch(rows, raw_schema())
                    rows = []
    if rows:
        yield _record_batch(rows, raw_schema())


def read_records(batches: Iterator[Any], file_index: dict[str, int]) -> Iterator[Any]:
    """``mapInArrow`` over the rows of Parquet files (with ``_metadata``): one article per row."""
    from khabar.read.records import map_record

    rows: list[dict[str, Any]] = []
    for batch in batches:
        for obj in batch.to_pylist():
            uri, row_index = obj.pop("_file", None) or "", int(obj.pop("_row", None) or 0)
            path = local_path(uri)
            item = map_record({k: v for k, v in obj.items() if v is not None}, f"{path}#{row_index}")
            rows.append(prepared_row(file_index.get(uri, 0) * SEQ_STRIDE + row_index, item))
            if len(rows) >= 1000:
                yield _record_batch(rows, raw_schema())
                rows = []
    if rows:
        yield _record_batch(rows, raw_schema())


def _record_batch(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    return pa.RecordBatch.from_pylist(rows, schema=schema)


def _internal(exc: BaseException) -> str:
    from khabar.ingest import one_line

    return f"internal error ({type(exc).__name__}: {one_line(exc)}); please report it"


# ---------------------------------------------------------------------------
# Stage 3: analysis and flattening (executors)


def pipeline_for(stages: list[str] | None) -> Any:
    """The pipeline, built once per Python worker process and kept (Spark reuses its workers)."""
    from khabar.pipeline import Pipeline, tune_gc_for_batch

    key = tuple(stages) if stages is not None else None
    if key not in _PIPELINES:
        tune_gc_for_batch()  # a Python worker analyses article after article, as an ingest worker does
        _PIPELINES[key] = Pipeline(stages)
    return _PIPELINES[key]


def analyse_partition(batches: Iterator[Any], stages: list[str] | None, signature: str) -> Iterator[Any]:
    """``mapInArrow`` over prepared inputs: union-schema rows of every table, chunk by chunk."""
    pipeline = pipeline_for(stages)
    chunk: list[dict[str, Any]] = []
    for batch in batches:  # sorted by seq within the partition (see analyze): first articles first
        for row in batch.to_pylist():
            chunk.append(row)
            if len(chunk) >= ANALYSIS_CHUNK:
                yield from analyse_chunk(pipeline, chunk, signature)
                chunk = []
    if chunk:
        yield from analyse_chunk(pipeline, chunk, signature)


def analyse_chunk(pipeline: Any, rows: list[dict[str, Any]], signature: str) -> Iterator[Any]:
    """Analyse a few articles into a temporary store, and read its tables back as the export does."""
    from khabar.ingest import analyse_one
    from khabar.read import RawArticle
    from khabar.store.api import Store
    from khabar.store.db import transaction
    from khabar.store.export import iter_table
    from khabar.store.records import Batch

    errors: list[dict[str, Any]] = []
    folder = tempfile.mkdtemp(prefix="khabar-spark-")
    try:
        store = Store(os.path.join(folder, "chunk.db"))
        batch = Batch(store.conn)
        first_seq: dict[str, int] = {}
        with transaction(store.conn, store.path):
            for row in rows:
                if row.get("failure"):
                    errors.append({"origin": row["origin"], "reason": row["failure"]})
                    continue
                raw = RawArticle(**{k: row[k] for k in RAW_COLUMNS if k != "extra"},
                                 extra=json.loads(row["extra"]) if row.get("extra") else {})
                result = analyse_one(pipeline, raw, row["origin"], "", lambda _id: False)
                if result[0] != "stored":
                    errors.append({"origin": row["origin"], "reason": result[2]})
                    continue
                known = len(batch.new_keys)
                # The search index is not exported: an empty one spares building it.
                batch.add(result[3], ("", "", ""), analysis=signature)
                for key in batch.new_keys[known:]:
                    first_seq.setdefault(key, row["seq"])
            batch.flush()
        yield from _chunk_tables(store, first_seq, iter_table)
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if errors:
        yield _union_batch("errors", _table_from_rows(errors, error_schema()))


def _chunk_tables(store: Any, first_seq: dict[str, int], iter_table: Any) -> Iterator[Any]:
    import pyarrow as pa

    keys = dict(store.conn.execute("SELECT id, key FROM entities"))  # this chunk's entity numbers → keys
    stable = {n: stable_entity_id(key) for n, key in keys.items()}
    for table in output_tables():
        for part in iter_table(store, table):
            for column in ENTITY_ID_COLUMNS.get(table, ()):
                ids = [None if v is None else stable[v] for v in part.column(column).to_pylist()]
                part = part.set_column(part.schema.get_field_index(column), column, pa.array(ids, pa.int64()))
            if table == "entities":
                local = part.column("entity_id").to_pylist()
                part = part.set_column(0, "entity_id", pa.array([stable[n] for n in local], pa.int64()))
                part = part.append_column("first_seq", pa.array([first_seq.get(keys[n], 0) for n in local], pa.int64()))
            if part.num_rows:
                yield _union_batch(table, part)


def _table_from_rows(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema)


def _union_batch(table: str, part: Any) -> Any:
    """``part``'s rows in the union schema: its struct column set, the others null."""
    import pyarrow as pa

    schema = union_schema()
    n = part.num_rows
    part = part.combine_chunks()
    columns = [pa.array([table] * n, pa.string())]
    for field in list(schema)[1:]:
        if field.name == table:
            arrays = [part.column(name).combine_chunks() for name in part.column_names]
            columns.append(pa.StructArray.from_arrays(arrays, fields=list(field.type)))
        else:
            columns.append(pa.nulls(n, field.type))
    return pa.RecordBatch.from_arrays(columns, schema=schema)


# ---------------------------------------------------------------------------
# The driver


def spark_schema(arrow_schema: Any) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(arrow_schema)


def read_inputs(spark: Any, paths: list[str], input_format: str = "auto") -> Any:
    """A DataFrame of prepared inputs (raw schema) from files Spark can list.

    Parquet is read by Spark (one article per row, fields as in JSONL);
    everything else (JSONL, JSON arrays, zip, WARC, text, HTML) file by file
    through khabar's readers, folders recursively.
    """
    if input_format == "auto":
        input_format = "parquet" if paths and all(p.rstrip("/").endswith(".parquet") for p in paths) else "files"
    schema = spark_schema(raw_schema())
    if input_format == "parquet":
        from pyspark.sql import functions as F

        frame = spark.read.parquet(*paths)
        frame = frame.select("*", F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
        index = _file_index([r[0] for r in frame.select("_file").distinct().collect()])
        return frame.mapInArrow(lambda batches: read_records(batches, index), schema)
    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
    from khabar.read.sources import kind_of

    listed = [r[0] for r in files.select("path").collect()]
    wanted = [p for p in listed if kind_of(local_path(p)) is not None and not os.path.basename(local_path(p)).startswith(".")]
    index = _file_index(wanted)
    files = files.where(files.path.isin(wanted)).select("path", "content")
    return files.mapInArrow(lambda batches: read_files(batches, index), schema)


def _file_index(uris: list[str]) -> dict[str, int]:
    """Files in the order a local ingest reads them: by path, component by component."""
    ordered = sorted(uris, key=lambda uri: local_path(uri).split("/"))
    return {uri: i for i, uri in enumerate(ordered)}


def analyze(prepared: Any, *, stages: list[str] | None = None, partitions: int | None = None) -> dict[str, Any]:
    """DataFrames of every exported table (and ``errors``) for a DataFrame of prepared inputs."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from khabar.ingest import analysis_signature

    signature = analysis_signature(stages)
    spark = prepared.sparkSession
    partitions = partitions or max(2, spark.sparkContext.defaultParallelism * 4)
    ok = prepared.where(F.col("failure").isNull())
    first = ok.groupBy("id").agg(F.min_by(F.struct(*prepared.columns), F.col("seq")).alias("row")).select("row.*")
    failed = prepared.where(F.col("failure").isNotNull())
    # Sorted within each partition: a chunk's store keeps each entity's names from its first article.
    todo = first.unionByName(failed).repartition(partitions).sortWithinPartitions("seq")
    union = todo.mapInArrow(lambda batches: analyse_partition(batches, stages, signature), spark_schema(union_schema()))
    union = union.persist(StorageLevel.MEMORY_AND_DISK)
    tables = {}
    for table in output_tables() + ["errors"]:
        tables[table] = union.where(F.col("table") == table).select(f"`{table}`.*")
    tables["entities"] = merge_entities(tables["entities"])
    tables["_union"] = union
    return tables


def merge_entities(parts: Any) -> Any:
    """One row per entity key: counts summed over partitions, the rest from its first article."""
    from pyspark.sql import functions as F

    from khabar.store.export import table_schema

    columns = [f.name for f in table_schema("entities")]
    summed = {"articles", "mentions"}
    aggregates = [
        F.sum(name).alias(name) if name in summed else F.min_by(name, "first_seq").alias(name)
        for name in columns if name != "key"
    ]
    merged = parts.groupBy("key").agg(*aggregates)
    return merged.select(*[F.col(name).cast("long") if name in summed else F.col(name) for name in columns])


def run_job(
    spark: Any,
    paths: list[str],
    output: str,
    *,
    input_format: str = "auto",
    stages: list[str] | None = None,
    partitions: int | None = None,
) -> dict[str, int]:
    """Read, analyse, and write one Parquet folder per table under ``output``; returns rows per table."""
    tables = analyze(read_inputs(spark, paths, input_format), stages=stages, partitions=partitions)
    union = tables.pop("_union")
    try:
        for table, frame in tables.items():
            frame.write.mode("overwrite").option("compression", "zstd").parquet(os.path.join(output, table))
        rows = dict(union.groupBy("table").count().collect())
        rows["entities"] = spark.read.parquet(os.path.join(output, "entities")).count()
    finally:
        union.unpersist()
    return {table: int(rows.get(table, 0)) for table in tables}


def session(master: str | None = None, app: str = "khabar", config: dict[str, str] | None = None) -> Any:
    """The active Spark session, or a new one (``master`` only outside spark-submit)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def command(
    inputs: list[str],
    output: str,
    *,
    input_format: str = "auto",
    master: str | None = None,
    stages: str | None = None,
    partitions: int | None = None,
) -> int:
    """``khabar spark-job``: run the job, print rows per table as JSON; 0, or 2 with one line on stderr."""
    if input_format not in INPUT_FORMATS:
        print(f"khabar: unknown input format {input_format!r}: choose {', '.join(INPUT_FORMATS)}", file=sys.stderr)
        return 2
    missing = [m for m in ("pyspark", "pandas", "pyarrow") if not _importable(m)]
    if missing:
        print(f"khabar: spark-job needs {', '.join(missing)}: pip install pyspark pandas pyarrow", file=sys.stderr)
        return 2
    stage_list = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    fmt = "parquet" if input_format == "parquet" else ("auto" if input_format == "auto" else "files")
    from pyspark.errors import PySparkException

    spark = session(master)
    try:
        counts = run_job(spark, inputs, output, input_format=fmt, stages=stage_list, partitions=partitions)
    except PySparkException as exc:  # a missing path, a failed stage: one line, not a Java trace
        first = next((line for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
        print(f"khabar: spark-job failed: {first.strip()[:500]}", file=sys.stderr)
        return 1
    print(json.dumps(counts))
    return 0


def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="khabar.spark", description="Analyse articles on Spark into Parquet tables.")
    parser.add_argument("--input", nargs="+", required=True, help="Files or folders (any Spark file system).")
    parser.add_argument("--output", required=True, help="Folder: one Parquet folder per table.")
    parser.add_argument("--format", default="auto", choices=INPUT_FORMATS, help="Input format (auto: by extension).")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (not under spark-submit).")
    parser.add_argument("--stages", default=None, help="Comma-separated stages (default: all).")
    parser.add_argument("--partitions", type=int, default=None, help="Analysis partitions (default: 4 per core).")
    args = parser.parse_args(argv)
    return command(args.input, args.output, input_format=args.format, master=args.master, stages=args.stages,
                   partitions=args.partitions)


if __name__ == "__main__":  # spark-submit path/to/khabar/spark.py --input … --output …
    # Run the installed module's main, not this file's copy: the functions Spark ships to
    # the executors must be pickled as khabar.spark.*, which the executors import.
    from khabar.spark import main as installed_main

    sys.exit(installed_main())
