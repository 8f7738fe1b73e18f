"""Training the CRF on a tiny corpus written here: files written, deterministic, usable."""

from __future__ import annotations

from khabar.entities.tagger import NerTagger, bio_spans
from khabar.entities.tagger_train import compile_gazetteer, learn_clusters, train_ner

SENTENCES = [
    [("قال", "O"), ("الرئيس", "O"), ("جو", "B-PERS"), ("بايدن", "I-PERS"), ("في", "O"), ("واشنطن", "B-LOC")],
    [("وصل", "O"), ("الوزير", "O"), ("سامح", "B-PERS"), ("شكري", "I-PERS"), ("إلى", "O"), ("القاهرة", "B-LOC")],
    [("أعلنت", "O"), ("وزارة", "B-ORG"), ("الخارجية", "I-ORG"), ("في", "O"), ("باريس", "B-LOC")],
    [("قال", "O"), ("الرئيس", "O"), ("إيمانويل", "B-PERS"), ("ماكرون", "I-PERS"), ("في", "O"), ("باريس", "B-LOC")],
]


def write_corpus(path, copies: int = 5) -> None:
    lines = []
    for _ in range(copies):
        for sentence in SENTENCES:
            lines += [f"{word} {tag}" for word, tag in sentence] + [""]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_train_ner_writes_a_usable_model_deterministically(tmp_path):
    corpus = tmp_path / "train.txt"
    write_corpus(corpus)
    first = train_ner(corpus, tmp_path / "a.model", seed=0, max_iterations=50, min_word_count=1)
    train_ner(corpus, tmp_path / "b.model", seed=0, max_iterations=50, min_word_count=1)
    assert first["sentences"] == 20 and first["tokens"] == 115
    for suffix in (".model", ".words", ".clusters"):
        assert (tmp_path / f"a{suffix}").read_bytes() == (tmp_path / f"b{suffix}").read_bytes()
    tagger = NerTagger.load(tmp_path / "a.model")
    words = ["قال", "الرئيس", "جو", "بايدن", "في", "القاهرة"]
    assert bio_spans(tagger.tag_tokens(words)) == [(2, 4, "PER"), (5, 6, "LOC")]


def test_train_ner_scores_a_dev_split(tmp_path):
    corpus = tmp_path / "train.txt"
    write_corpus(corpus)
    result = train_ner(corpus, tmp_path / "m.model", dev_fraction=0.2, max_iterations=30, clusters=0)
    assert result["sentences"] == 16
    assert result["dev"]["overall"]["support"] == 8
    assert not (tmp_path / "m.clusters").exists()


def test_clusters_are_bit_paths_and_reproducible():
    sentences = [[w for w, _ in s] for s in SENTENCES] * 3
    paths = learn_clusters(sentences, seed=1, dims=4, depth=3)
    assert paths == learn_clusters(sentences, seed=1, dims=4, depth=3)
    assert "باريس" in paths and set("".join(paths.values())) <= {"0", "1"}
    assert all(1 <= len(p) <= 3 for p in paths.values())


def test_compile_gazetteer_keeps_attribution(tmp_path):
    (tmp_path / "countries.json").write_text(
        '[{"translations": {"ara": {"common": "مِصر", "official": "جمهورية مصر العربية"}}}]', encoding="utf-8"
    )
    (tmp_path / "world-cities.csv").write_text(
        "CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population\n"
        '"مصر","Egypt","القاهرة","Cairo",9000000\n"أفغانستان","Afghanistan","ولاية قندهار","Kandahar",614254\n'
        '"مصر","Egypt","دمياط","Damietta",1000\n',
        encoding="utf-8",
    )
    out = tmp_path / "gaz.tsv"
    assert compile_gazetteer(tmp_path, out) == 6
    text = out.read_text(encoding="utf-8")
    assert "ODbL" in text and "CC BY 4.0" in text
    rows = dict(line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    assert rows == {
        "مصر": "country",
        "جمهورية مصر العربية": "country",
        "القاهرة": "city",
        "ولاية قندهار": "city",
        "قندهار": "city",
        "دمياط": "town",
    }
