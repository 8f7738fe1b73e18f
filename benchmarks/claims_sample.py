"""Claims on a real store: counts, a seeded sample to hand-check, and the cost per article.

    python benchmarks/claims_sample.py STORE [--rebuild] [--sample 40] [--seed 7] [--out DIR]

``--rebuild`` recomputes every claim first (writing to STORE: use a copy) and
records the seconds of each batch of 200 articles. Then prints the counts
(claims, corroborated, contradicted, by type) and writes to ``--out``
``contradictions.md`` and ``corroborations.md``: a seeded random sample of
fact claims whose figures disagree, and of claims carried by at least two
independent sources, each with the sentences of two of its reports, for a
person to mark right or wrong (docs/CLAIMS.md gives the results).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from khabar.store import Store
from khabar.stories.claims import EVENT_TYPES


def counts(store: Store) -> dict:
    read = store._read
    by_type = {t: {"claims": c, "reported_twice": r, "corroborated": s, "contradicted": x}
               for t, c, r, s, x in read("SELECT type, count(*), sum(reports > 1), sum(sources > 1), sum(contradicted)"
                                         " FROM claims GROUP BY type ORDER BY count(*) DESC")}
    total = read("SELECT count(*), sum(reports > 1), sum(sources > 1), sum(contradicted) FROM claims")[0]
    return {"claims": total[0], "reported_twice": total[1], "corroborated": total[2], "contradicted": total[3],
            "reports": read("SELECT count(*) FROM claim_reports")[0][0],
            "copies": read("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0][0],
            "by_type": by_type}


def sentence_of(store: Store, article: str, text: str) -> str:
    record = store.article(article)
    body = record["text"]
    at = body.find(text) if text else -1
    for start, end in record.get("sentences") or []:
        if start <= at < end:
            return body[start:end].replace("\n", " ")
    return text


def describe(store: Store, claim_id: int, pick) -> str:
    claim = store.claim(claim_id)
    a, b = pick(claim)
    heading = (f"### claim {claim_id}: {claim['type']} at {claim['location'] or '-'}, {claim['n_reports']} reports,"
               f" {claim['n_sources']} sources, speaker {claim['speaker'] or '-'}")
    lines = [heading]
    for report in (a, b):
        figure = report["value"] if report["value"] is not None else f"[{report['min']}, {report['max']}]"
        lines.append(f"- {report['published']} {report['outlet']} (source {report['source']}), figure {figure}:"
                     f" «{report['text']}» — {sentence_of(store, report['article'], report['text'])[:400]}")
    lines.append("- verdict: ")
    return "\n".join(lines)


def conflicting_pair(claim: dict):
    first = claim["contradictions"][0]
    by_id = {r["article"]: r for r in claim["reports"]}
    return by_id[first["a"]], by_id[first["b"]]


def independent_pair(claim: dict):
    independent = [r for r in claim["reports"] if r["independent"]]
    return independent[0], independent[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="claims-sample")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with Store(args.store) as store:
        if args.rebuild:
            began = time.perf_counter()
            result = store.rebuild_claims()
            result["seconds"] = round(time.perf_counter() - began, 1)
            (out / "rebuild.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
            seconds = result["batch_seconds"]
            for upto in (5000, 15000, len(seconds) * 200):
                window = seconds[max(0, upto // 200 - 10):upto // 200]
                print(f"ms per article around {upto:,} articles: {1000 * sum(window) / (200 * len(window)):.1f}")
        print(json.dumps(counts(store), indent=1, ensure_ascii=False))
        rng = random.Random(args.seed)
        marks = ", ".join(f"'{t}'" for t in EVENT_TYPES)
        contradicted = [r[0] for r in store._read(f"SELECT id FROM claims WHERE contradicted AND type IN ({marks}) ORDER BY id")]
        corroborated = [r[0] for r in store._read("SELECT id FROM claims WHERE sources > 1 ORDER BY id")]
        for name, ids, pick in (("contradictions", contradicted, conflicting_pair),
                                ("corroborations", corroborated, independent_pair)):
            chosen = sorted(rng.sample(ids, min(args.sample, len(ids))))
            text = "\n\n".join(describe(store, claim_id, pick) for claim_id in chosen)
            (out / f"{name}.md").write_text(f"# {len(chosen)} of {len(ids)} {name}\n\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
