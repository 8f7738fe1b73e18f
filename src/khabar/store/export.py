"""Exports of a store: the contract as JSONL, Parquet tables, GDELT GKG 2.1, CoNLL.

* :func:`export_jsonl` — one ``khabar.article/1`` record per line, rebuilt from
  the tables: what ``khabar analyze --format jsonl`` printed when it was ingested.
* :func:`export_parquet` — one Parquet file per table (articles, entities,
  article_entities, mentions, quotes, facts, times, credits), joined on
  ``article_id`` and ``entity_id``; DuckDB, pandas, polars and Spark read them as
  they are. Needs ``pyarrow``.
* :func:`export_gkg` — a tab-separated file in the 27 columns of the GDELT
  Global Knowledge Graph 2.1, one row per article, no header (as GDELT ships
  it): persons, organisations, locations, counts, amounts, dates and quotations
  with character offsets into khabar's text; themes, tone, GCAM dimensions
  beyond the word count, images and geocodes are left empty (khabar does not
  compute them). Country codes are empty too: GKG wants FIPS 10-4 codes and
  khabar knows ISO 3166 ones.
* :func:`export_conll` — token TAB BIO-tag, a blank line between sentences,
  ``-DOCSTART-`` between articles: entity mentions as NER training data.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any, TextIO

from khabar.store.db import StoreError, translate

GKG_COLUMNS = [
    "GKGRECORDID", "V2.1DATE", "V2SourceCollectionIdentifier", "V2SourceCommonName", "V2DocumentIdentifier",
    "V1Counts", "V2.1Counts", "V1Themes", "V2EnhancedThemes", "V1Locations", "V2EnhancedLocations", "V1Persons",
    "V2EnhancedPersons", "V1Organizations", "V2EnhancedOrganizations", "V1.5Tone", "V2.1EnhancedDates", "V2GCAM",
    "V2.1SharingImage", "V2.1RelatedImages", "V2.1SocialImageEmbeds", "V2.1SocialVideoEmbeds", "V2.1Quotations",
    "V2.1AllNames", "V2.1Amounts", "V2.1TranslationInfo", "V2ExtrasXML",
]

# khabar fact types → GKG count types (the others are amounts only)
GKG_COUNT_TYPES = {"killed": "KILL", "injured": "WOUND", "arrested": "ARREST", "hostages": "KIDNAP", "displaced": "AFFECT"}
# entity subtypes → GKG location types (1 country, 4 world city, 5 world state / ADM1)
GKG_LOCATION_TYPES = {"country": "1", "city": "4", "region": "5", "province": "5", "state": "5", "governorate": "5"}


def export_jsonl(store: Any, out: TextIO) -> int:
    """Write every stored record as one JSON line; returns the number written."""
    count = 0
    for record in store.records():
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


# ---------------------------------------------------------------------------
# Parquet


def _pa() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet
    except ImportError:  # pragma: no cover - depends on the environment
        raise StoreError("Parquet export needs pyarrow: pip install pyarrow") from None
    return pa


# A span's text: stored when it differs from the article's text there, else cut from it.
TEXT = 'coalesce(x.text, substr(a.text, x.start + 1, x."end" - x.start))'
CUE_TEXT = "coalesce(x.cue_text, substr(a.text, x.cue_start + 1, x.cue_end - x.cue_start))"
SPEAKER_TEXT = "coalesce(x.speaker_text, substr(a.text, x.speaker_start + 1, x.speaker_end - x.speaker_start))"


def _tables(pa: Any) -> dict[str, tuple[str, list[tuple[str, Any, Any]]]]:
    """Per table: the SQL and (column, Arrow type, converter) of each output column."""
    i64, f64, s, b = pa.int64(), pa.float64(), pa.string(), pa.bool_()
    same, flag, js = _same, _flag, _json_list
    num = _int  # integer columns (offsets, sentence numbers)
    real = _float  # figures: ints and floats alike, as float64
    return {
        "articles": (
            "SELECT id, url, outlet_name, outlet_domain, published, title, text, language, source, record, analysis,"
            " ingested_at FROM articles ORDER BY n",
            [("id", s, same), ("url", s, same), ("outlet_name", s, same), ("outlet_domain", s, same),
             ("published", s, same), ("title", s, same), ("text", s, same), ("language", s, same),
             ("source", s, same), ("record", None, None), ("analysis", s, same), ("ingested_at", s, same)],
        ),
        "entities": (
            "SELECT id, key, type, subtype, name, canonical_ar, canonical_en, code, n_articles, n_mentions"
            " FROM entities ORDER BY id",
            [("entity_id", i64, same), ("key", s, same), ("type", s, same), ("subtype", s, same), ("name", s, same),
             ("canonical_ar", s, same), ("canonical_en", s, same), ("code", s, same), ("articles", i64, same),
             ("mentions", i64, same)],
        ),
        "article_entities": (
            "SELECT a.id, x.local, x.entity, x.type, x.subtype, x.name, x.roles FROM article_entities x"
            " JOIN articles a ON a.n = x.article ORDER BY x.n",
            [("article_id", s, same), ("local_id", s, same), ("entity_id", i64, same), ("type", s, same),
             ("subtype", s, same), ("name", s, same), ("roles", pa.list_(s), js)],
        ),
        "mentions": (
            f'SELECT a.id, x.local, x.entity, x.start, x."end", {TEXT}, x.form FROM mentions x'
            " JOIN articles a ON a.n = x.article ORDER BY x.n",
            [("article_id", s, same), ("entity_local_id", s, same), ("entity_id", i64, same), ("start", i64, num),
             ("end", i64, num), ("text", s, same), ("form", s, same)],
        ),
        "quotes": (
            f'SELECT a.id, x.local, x.kind, x.start, x."end", {TEXT}, x.cue_start, x.cue_end, {CUE_TEXT},'
            f" x.speaker_local, x.speaker_entity, {SPEAKER_TEXT}, x.speaker_start, x.speaker_end, x.anonymous,"
            " x.via_local, x.via_entity, x.audience, x.reported_first_by_local, x.reported_first_by_entity,"
            " x.time_local, t.value, x.sentence, x.extra FROM quotes x JOIN articles a ON a.n = x.article"
            " LEFT JOIN times t ON t.article = x.article AND t.local = x.time_local ORDER BY x.n",
            [("article_id", s, same), ("id", s, same), ("kind", s, same), ("start", i64, num), ("end", i64, num),
             ("text", s, same), ("cue_start", i64, num), ("cue_end", i64, num), ("cue_text", s, same),
             ("speaker_local_id", s, same), ("speaker_entity_id", i64, same), ("speaker_text", s, same),
             ("speaker_start", i64, num), ("speaker_end", i64, num), ("anonymous", b, flag),
             ("via_local_id", s, same), ("via_entity_id", i64, same), ("audience", s, same),
             ("reported_first_by_local_id", s, same), ("reported_first_by_entity_id", i64, same),
             ("time_id", s, same), ("time_value", s, same), ("sentence", i64, num), ("extra", s, _public_extra)],
        ),
        "facts": (
            'SELECT a.id, x.local, x.type, x.value, x.min, x.max, x.approximate, x.noun, x.start, x."end", '
            f"{TEXT},"
            " x.location_local, x.location_entity, x.time_local, t.value, x.quote_local, x.sentence, x.extra"
            " FROM facts x JOIN articles a ON a.n = x.article"
            " LEFT JOIN times t ON t.article = x.article AND t.local = x.time_local ORDER BY x.n",
            [("article_id", s, same), ("id", s, same), ("type", s, same), ("value", f64, real), ("min", f64, real),
             ("max", f64, real), ("approximate", b, flag), ("noun", s, same), ("start", i64, num), ("end", i64, num),
             ("text", s, same), ("location_local_id", s, same), ("location_entity_id", i64, same),
             ("time_id", s, same), ("time_value", s, same), ("quote_id", s, same), ("sentence", i64, num),
             ("extra", s, _public_extra)],
        ),
        "times": (
            f'SELECT a.id, x.local, x.start, x."end", {TEXT}, x.type, x.value, x.extra FROM times x'
            " JOIN articles a ON a.n = x.article ORDER BY x.n",
            [("article_id", s, same), ("id", s, same), ("start", i64, num), ("end", i64, num), ("text", s, same),
             ("type", s, same), ("value", s, _text), ("extra", s, _public_extra)],
        ),
        "credits": (
            "SELECT a.id, x.name, x.domain, x.kind, x.text, x.extra FROM credits x JOIN articles a ON a.n = x.article"
            " ORDER BY x.n",
            [("article_id", s, same), ("name", s, same), ("domain", s, same), ("kind", s, same), ("text", s, same),
             ("extra", s, _public_extra)],
        ),
    }


def _same(value: Any) -> Any:
    return value


def _text(value: Any) -> Any:
    return None if value is None else str(value)


def _int(value: Any) -> Any:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if -(2**63) <= number < 2**63 else None


def _float(value: Any) -> Any:
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _public_extra(value: Any) -> Any:
    """A row's extra fields as JSON, without the store's bookkeeping."""
    if not value:
        return None
    data = json.loads(value)
    if isinstance(data, dict):
        data.pop("~", None)
        if not data:
            return None
    return json.dumps(data, ensure_ascii=False)


def _flag(value: Any) -> Any:
    return None if value is None else bool(value)


def _json_list(value: Any) -> Any:
    if value is None:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return [str(v) for v in data] if isinstance(data, list) else None


ARTICLE_EXTRA_TYPES = {"sentences", "removed", "warnings"}


def export_parquet(store: Any, folder: str, *, rows_per_group: int = 50_000) -> dict[str, int]:
    """One ``<table>.parquet`` per table in ``folder``; returns rows written per table.

    Rows are streamed ``rows_per_group`` at a time (articles, with their texts,
    a tenth of that), so memory stays flat whatever the size of the store.
    """
    pa = _pa()
    import pyarrow.parquet as pq

    os.makedirs(folder, exist_ok=True)
    written = {}
    for table in _tables(pa):
        path = os.path.join(folder, f"{table}.parquet")
        count = 0
        with pq.ParquetWriter(path, table_schema(table), compression="zstd") as writer:
            for part in iter_table(store, table, rows_per_group=rows_per_group):
                writer.write_table(part)
                count += part.num_rows
        written[table] = count
    return written


def parquet_tables() -> list[str]:
    """The tables :func:`export_parquet` writes, in order."""
    return list(_tables(_pa()))


def table_schema(table: str) -> Any:
    """The Arrow schema of one exported table (the Spark job's tables have it too)."""
    pa = _pa()
    return pa.schema([(name, kind) for name, kind, _ in _fields(pa, table)])


def _fields(pa: Any, table: str) -> list[tuple[str, Any, Any]]:
    columns = _tables(pa)[table][1]
    if table != "articles":
        return columns
    fields = [(name, kind, conv) for name, kind, conv in columns if kind is not None]
    return fields + [("sentences", pa.list_(pa.list_(pa.int64())), None), ("removed", pa.string(), None),
                     ("warnings", pa.list_(pa.string()), None), ("extra", pa.string(), None)]


def iter_table(store: Any, table: str, *, rows_per_group: int = 50_000) -> Iterator[Any]:
    """One exported table as Arrow tables of at most ``rows_per_group`` rows (articles: a tenth)."""
    pa = _pa()
    sql, columns = _tables(pa)[table]
    fields = _fields(pa, table)
    schema = pa.schema([(name, kind) for name, kind, _ in fields])
    with translate(store.path, "read"):
        cursor = store.conn.execute(sql)
        group = max(1, rows_per_group // 10) if table == "articles" else rows_per_group
        while True:
            rows = cursor.fetchmany(group)
            if not rows:
                break
            data: dict[str, list[Any]] = {name: [] for name, _, _ in fields}
            for row in rows:
                if table == "articles":
                    _article_row(row, columns, data)
                else:
                    for (name, _, conv), value in zip(columns, row):
                        data[name].append(conv(value))
            yield pa.Table.from_pydict(data, schema=schema)


def _article_row(row: tuple, columns: list[tuple[str, Any, Any]], data: dict[str, list[Any]]) -> None:
    rest: dict[str, Any] = {}
    for (name, _kind, conv), value in zip(columns, row):
        if name == "record":
            rest = json.loads(value) if value else {}
        else:
            data[name].append(conv(value))
    sentences = rest.pop("sentences", None)
    data["sentences"].append(
        [[int(s), int(e)] for s, e in sentences] if isinstance(sentences, list) and all(
            isinstance(p, list) and len(p) == 2 for p in sentences) else None
    )
    removed = rest.pop("removed", None)
    data["removed"].append(json.dumps(removed, ensure_ascii=False) if removed is not None else None)
    warnings = rest.pop("warnings", None)
    data["warnings"].append([str(w) for w in warnings] if isinstance(warnings, list) else None)
    data["extra"].append(json.dumps(rest, ensure_ascii=False) if rest else None)


# ---------------------------------------------------------------------------
# GDELT GKG 2.1


def _clean(value: Any, *delimiters: str) -> str:
    text = "" if value is None else str(value)
    text = re.sub(r"[\t\r\n]+", " ", text)
    for delimiter in delimiters:
        text = text.replace(delimiter, " ")
    return " ".join(text.split())


def _gkg_date(published: str | None) -> str:
    """YYYYMMDDHHMMSS of an ISO date or datetime; ``0`` when unknown (as the codebook says)."""
    if not published:
        return "0"
    digits = re.sub(r"\D", "", published[:19])
    if len(digits) < 8:
        return "0"
    return (digits + "000000")[:14]


def gkg_rows(store: Any) -> Iterator[list[str]]:
    """The 27 GKG 2.1 fields of each stored article."""
    import khabar

    for sequence, record in enumerate(store.records(), 1):
        yield gkg_fields(record, khabar.__version__, sequence)


def gkg_fields(record: dict[str, Any], version: str = "", sequence: int = 1) -> list[str]:
    """One article's GKG 2.1 row (27 strings) from its contract record."""
    entities = {e.get("id"): e for e in record.get("entities") or [] if isinstance(e, dict)}
    times = {t.get("id"): t for t in record.get("times") or [] if isinstance(t, dict)}
    date = _gkg_date(record.get("published"))
    outlet = record.get("outlet") or {}
    url = record.get("url")
    citation = "; ".join(
        str(part) for part in (outlet.get("name"), record.get("title"), record.get("published"), f"khabar:{record.get('id')}")
        if part
    )

    def label(entity: dict[str, Any]) -> str:
        canonical = entity.get("canonical") or {}
        return canonical.get("en") or entity.get("name") or ""

    def location_block(entity: dict[str, Any] | None, *, enhanced: bool) -> list[str]:
        """Type#FullName#CountryCode#ADM1Code(#ADM2Code)#Lat#Long#FeatureID."""
        if entity is None:
            return ["", "", "", "", "", "", ""] + ([""] if enhanced else [])
        kind = GKG_LOCATION_TYPES.get(str(entity.get("subtype") or ""), "")
        name = _clean(label(entity), "#", ";")
        # Type, FullName, CountryCode, ADM1 (, ADM2), Lat, Long, FeatureID
        return [kind, name, "", ""] + ([""] if enhanced else []) + ["", "", ""]

    persons, persons_v2, orgs, orgs_v2, locations, locations_v2, all_names = [], [], [], [], [], [], []
    for entity in entities.values():
        kind = entity.get("type")
        name = _clean(label(entity), ",", ";", "#")
        mentions = [m for m in entity.get("mentions") or [] if isinstance(m, dict) and isinstance(m.get("start"), int)]
        named = [m for m in mentions if m.get("form", "name") == "name"]
        if not name:
            continue
        if kind == "PER":
            persons.append(name)
            persons_v2 += [f"{name},{m['start']}" for m in named]
        elif kind == "ORG":
            orgs.append(name)
            orgs_v2 += [f"{name},{m['start']}" for m in named]
        elif kind == "LOC":
            locations.append("#".join(location_block(entity, enhanced=False)))
            for m in mentions:
                locations_v2.append("#".join(location_block(entity, enhanced=True) + [str(m["start"])]))
        all_names += [f"{name},{m['start']}" for m in named]

    counts_v1, counts_v2, amounts = [], [], []
    for fact in record.get("facts") or []:
        if not isinstance(fact, dict):
            continue
        amount = next((fact.get(k) for k in ("value", "min", "max") if isinstance(fact.get(k), (int, float))), None)
        if amount is None:
            continue
        amount_text = f"{amount:g}" if isinstance(amount, float) else str(amount)
        noun = _clean(fact.get("noun"), ",", ";", "#")
        offset = fact.get("start") if isinstance(fact.get("start"), int) else ""
        if fact.get("type") != "percent":
            amounts.append(f"{amount_text},{noun},{offset}")
        count_type = GKG_COUNT_TYPES.get(str(fact.get("type")))
        if count_type:
            place = location_block(entities.get(fact.get("location")), enhanced=False)
            block = [count_type, amount_text, noun] + place
            counts_v1.append("#".join(block))
            counts_v2.append("#".join(block + [str(offset)]))

    dates = []
    for time in times.values():
        value, kind = str(time.get("value") or ""), time.get("type")
        offset = time.get("start") if isinstance(time.get("start"), int) else ""
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
        if not match or kind not in ("date", "month", "year"):
            continue
        year, month, day = match.group(1), match.group(2), match.group(3)
        resolution = "3" if day else "2" if month else "1"
        dates.append(f"{resolution}#{int(month or 0)}#{int(day or 0)}#{int(year)}#{offset}")

    quotations = []
    for quote in record.get("quotes") or []:
        if not isinstance(quote, dict) or not isinstance(quote.get("start"), int) or not isinstance(quote.get("end"), int):
            continue
        cue = quote.get("cue") if isinstance(quote.get("cue"), dict) else {}
        quotations.append("|".join([
            str(quote["start"]), str(quote["end"] - quote["start"]), _clean(cue.get("text"), "|", "#"),
            _clean(quote.get("text"), "|", "#"),
        ]))

    words = len(re.findall(r"\w+", record.get("text") or ""))
    title = record.get("title") or ""
    extras = f"<PAGE_TITLE>{_xml(title)}</PAGE_TITLE>" if title else ""
    extras += f"<KHABAR_ID>{_xml(str(record.get('id')))}</KHABAR_ID>"
    record_date = date if date != "0" else "00000000000000"
    return [
        f"{record_date}-{sequence}",
        date,
        "1" if url else "2",
        _clean(outlet.get("domain") or outlet.get("name")),
        _clean(url or citation),
        ";".join(counts_v1),
        ";".join(counts_v2),
        "",
        "",
        ";".join(dict.fromkeys(locations)),
        ";".join(locations_v2),
        ";".join(dict.fromkeys(persons)),
        ";".join(persons_v2),
        ";".join(dict.fromkeys(orgs)),
        ";".join(orgs_v2),
        "",
        ";".join(dates),
        f"wc:{words}",
        "",
        "",
        "",
        "",
        "#".join(quotations),
        ";".join(all_names),
        ";".join(amounts),
        f"srclc:ara;eng:khabar {version} (analysed in Arabic, not translated)" if record.get("language") == "ar" else "",
        _clean(extras),
    ]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_gkg(store: Any, out: TextIO) -> int:
    count = 0
    for fields in gkg_rows(store):
        out.write("\t".join(fields))
        out.write("\n")
        count += 1
    return count


# ---------------------------------------------------------------------------
# CoNLL


def export_conll(store: Any, out: TextIO, *, forms: tuple[str, ...] = ("name",)) -> int:
    """BIO-tagged tokens of every article with entities; returns the number of sentences written."""
    from khabar.text.segment import tokenize

    sentences_written = 0
    for record in store.records():
        text = record.get("text") or ""
        spans = []
        for entity in record.get("entities") or []:
            if not isinstance(entity, dict) or entity.get("type") not in ("PER", "ORG", "LOC", "MISC"):
                continue
            for mention in entity.get("mentions") or []:
                if isinstance(mention, dict) and mention.get("form", "name") in forms:
                    start, end = mention.get("start"), mention.get("end")
                    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                        spans.append((start, end, entity["type"]))
        if not spans:
            continue
        spans.sort()
        out.write("-DOCSTART-\tO\n\n")
        sentences = record.get("sentences") or [[0, len(text)]]
        for start, end in sentences:
            tokens = tokenize(text, start, end)
            if not tokens:
                continue
            previous = None
            for token in tokens:
                tag = "O"
                for span in spans:
                    if span[0] < token.end and token.start < span[1]:
                        tag = ("I-" if previous == span else "B-") + span[2]
                        previous = span
                        break
                else:
                    previous = None
                out.write(f"{token.text}\t{tag}\n")
            out.write("\n")
            sentences_written += 1
    return sentences_written
