"""draw_neighbour_pairs: random originals with their nearest (or third nearest) neighbour, within 3 days, no copies."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from story_samples import BOMBING_1, BOMBING_2, FESTIVAL, MARKET, RELEASE, RELIEF, REPUBLISHED

from khabar.evaluation.goldsets import content_hash
from khabar.evaluation.stories import draw_neighbour_pairs, pairs_to_label
from khabar.ingest import ingest
from khabar.store import Store


def day_file(folder: Path, day: str, articles: list[tuple[str, str]]) -> Path:
    """A SaudiNewsNet-style day file: a zip of one JSON list of {title, content, date_extracted, source, url}."""
    path = folder / "news" / "saudinewsnet" / f"{day}.zip"
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [{"source": "alriyadh", "url": f"http://example.com/{day}/{i}", "date_extracted": f"{day} 10:00:00",
             "title": title, "author": "", "content": content} for i, (title, content) in enumerate(articles)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{day}.json", json.dumps(rows, ensure_ascii=False))
    return path


def test_pairs_are_originals_within_three_days_with_their_texts(tmp_path):
    day_file(tmp_path, "2015-08-06", [("تفجير أبها", BOMBING_1), ("إيقاف الاحتفالات", RELEASE), ("الأسهم", MARKET)])
    day_file(tmp_path, "2015-08-07", [("داعش تتبنى", BOMBING_2), ("إيقاف احتفالات أبها", REPUBLISHED),
                                      ("مهرجان أبها", FESTIVAL)])
    day_file(tmp_path, "2015-08-20", [("تفجير أبها مرة أخرى", BOMBING_2 + " " + BOMBING_1), ("إغاثة عدن", RELIEF)])
    db = tmp_path / "k.db"
    summary = ingest([str(tmp_path / "news" / "saudinewsnet")], str(db), workers=1, progress=False)
    assert summary.stored == 8
    with Store(db, readonly=True) as store:
        pairs = draw_neighbour_pairs(store, 10, 1, exclude=set(), min_words=10)
        again = draw_neighbour_pairs(store, 10, 1, exclude=set(), min_words=10)
        without = draw_neighbour_pairs(store, 10, 1, exclude={frozenset(("2015-08-06.zip#0", "2015-08-07.zip#0"))},
                                       min_words=10)
    assert pairs == again  # reproducible
    refs = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    assert "2015-08-07.zip#1" not in refs  # the republished release is a copy
    assert all((p["a"][:10] != "2015-08-20" and p["b"][:10] != "2015-08-20") or p["a"][:10] == p["b"][:10]
               for p in pairs)  # 13 days apart: never paired across
    drawn = {frozenset((p["a"], p["b"])) for p in pairs}
    assert frozenset(("2015-08-06.zip#0", "2015-08-07.zip#0")) in drawn  # the two bombing reports: nearest
    assert all(p["cosine"] > 0 for p in pairs)
    assert frozenset(("2015-08-06.zip#0", "2015-08-07.zip#0")) not in {frozenset((p["a"], p["b"])) for p in without}
    assert without  # another pair of the same article is drawn instead
    assert [p["split"] for p in pairs][:3] == ["dev", "dev", "test"]
    assert len({frozenset((p["a"], p["b"])) for p in pairs}) == len(pairs)
    labelled = pairs_to_label(pairs[:1], tmp_path)
    row = labelled[0]
    assert set(row) == {"a", "a_sha1", "b", "b_sha1", "kind", "split", "a_title", "a_content", "b_title", "b_content"}
    assert row["a_sha1"] == content_hash(row["a_content"]) and row["a_title"]
