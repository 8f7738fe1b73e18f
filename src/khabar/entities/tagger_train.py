"""Training the shipped CRF tagger from ../shared/data (``khabar train ner``).

The shipped model (``data/ner_crf.model``) and its gazetteer are rebuilt by
:func:`train_ner` from public data only:

* ANERcorp, CAMeL Lab split, training half (Benajiba et al. 2007; Obeid et
  al. 2020): labelled sentences, and the unlabelled text the word clusters
  are learned from;
* ``gazetteer/countries.json`` (mledoze/countries, ODbL 1.0) and
  ``gazetteer/world-cities.csv`` (jamsshhayd/world-cities-translations,
  CC BY 4.0, from Wikidata): place names compiled into
  ``data/ner_gazetteer.tsv`` with their attribution.

Nothing learned from SaudiNewsNet (non-commercial) goes into the model.
Training is deterministic: L-BFGS from zero weights, and the clusters use a
seeded random projection.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from khabar.entities import features
from khabar.text.normalize import normalize

TYPES = ("PER", "LOC", "ORG", "MISC")
# Place words the world-cities list puts before a name ("ولاية قندهار"): the bare name is listed too.
PLACE_HEADS = ("ولاية", "منطقة", "مقاطعة", "محافظة", "مدينة", "اقليم", "بلدية")
BIG_CITY = 500_000
DEFAULT_PARAMS = {
    "c1": 0.05, "c2": 0.01, "max_iterations": 300, "min_freq": 1, "min_word_count": 3, "clusters": 1,
}

Sentence = tuple[list[str], list[str]]


def clean_tag(tag: str) -> str:
    """One BIO tag in khabar's classes: PERS → PER, MIS* → MISC, anything odd → O.

    AQMAR carries a few malformed tags (``I--ORG``, ``B-MIS1```, ``IO``,
    ``B-ENGLISH``); they are read as what they evidently mean, or O.
    """
    tag = tag.strip()
    prefix, _, kind = tag.partition("-")
    if prefix not in ("B", "I") or not kind:
        return "O"
    kind = kind.strip("-`").upper()
    if kind == "PERS":
        kind = "PER"
    elif kind.startswith("MIS"):
        kind = "MISC"
    return f"{prefix}-{kind}" if kind in TYPES else "O"


def read_conll(path: Path | str) -> list[Sentence]:
    """Sentences of a ``token TAG`` file (blank line between sentences), tags cleaned."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0].lstrip("\ufeff"))
            tags.append(clean_tag(parts[-1]))
        elif not parts and words:
            sentences.append((words, tags))
            words, tags = [], []
    if words:
        sentences.append((words, tags))
    return sentences


def compile_gazetteer(gazetteer_dir: Path | str, out: Path | str) -> int:
    """Write ``data/ner_gazetteer.tsv`` (name, class) from the shared gazetteer; returns rows.

    Classes: ``country``, ``city`` (over 500,000 people) and ``town``; a
    name listed in two classes keeps the first (country before city).
    """
    folder = Path(gazetteer_dir)
    names: dict[str, str] = {}
    for name, kind in read_countries(folder / "countries.json"):
        names.setdefault(name, kind)
    for name, kind in read_cities(folder / "world-cities.csv"):
        names.setdefault(name, kind)
    header = (
        "# Place names for the NER tagger's gazetteer feature, normalised; `name<TAB>class`.\n"
        "# Compiled by khabar.entities.tagger_train.compile_gazetteer from:\n"
        "#  - countries.json, mledoze/countries (ODbL 1.0, https://github.com/mledoze/countries):\n"
        "#    Arabic common and official names. This file is a derived database under the ODbL.\n"
        "#  - world-cities.csv, jamsshhayd/world-cities-translations (CC BY 4.0), from Wikidata:\n"
        "#    Arabic city names.\n"
    )
    rows = "".join(f"{name}\t{kind}\n" for name, kind in sorted(names.items()))
    Path(out).write_text(header + rows, encoding="utf-8")
    return len(names)


def read_countries(path: Path) -> Iterable[tuple[str, str]]:
    for country in json.loads(path.read_text(encoding="utf-8")):
        arabic = country.get("translations", {}).get("ara", {})
        for key in ("common", "official"):
            if arabic.get(key):
                yield normalize(arabic[key]).strip(), "country"


def read_cities(path: Path) -> Iterable[tuple[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = normalize(row.get("CityNameAr") or "").strip()
            if not name:
                continue
            population = int(row.get("Population") or 0)
            kind = "city" if population >= BIG_CITY else "town"
            yield name, kind
            head, _, rest = name.partition(" ")
            if rest and head in PLACE_HEADS:
                yield rest, kind


def count_words(sentences: list[Sentence]) -> Counter[str]:
    """Normalised word forms of the sentences, counted."""
    return Counter(normalize(w) or w for words, _ in sentences for w in words)


def write_known_words(sentences: list[Sentence], out: Path, min_count: int) -> frozenset[str]:
    """The forms seen ``min_count`` times or more, written one a line (see features.describe_word)."""
    known = sorted(w for w, n in count_words(sentences).items() if n >= min_count)
    out.write_text("".join(w + "\n" for w in known), encoding="utf-8")
    return frozenset(known)


def fit_crf(
    sentences: list[Sentence],
    model_out: Path | str,
    *,
    c1: float,
    c2: float,
    max_iterations: int,
    min_freq: int,
    min_word_count: int = 2,
    clusters: bool = True,
    seed: int = 0,
) -> dict:
    """Train one CRF (L-BFGS) on sentences and save it, with its word list, to ``model_out``."""
    import pycrfsuite

    from khabar.entities.tagger import CLUSTERS_SUFFIX, WORDS_SUFFIX, load_extractor

    model_out = Path(model_out)
    write_known_words(sentences, model_out.with_suffix(WORDS_SUFFIX), min_word_count)
    clusters_file = model_out.with_suffix(CLUSTERS_SUFFIX)
    if clusters:
        write_clusters(learn_clusters([words for words, _ in sentences], seed=seed), clusters_file)
    elif clusters_file.exists():
        clusters_file.unlink()
    extractor = load_extractor(model_out)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(extractor(words), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model_out))
    return {"iterations": len(trainer.logparser.iterations), "loss": trainer.logparser.last_iteration.get("loss")}


def fit_model(sentences: list[Sentence], model_out: Path | str, settings: dict, seed: int) -> dict:
    return fit_crf(
        sentences,
        model_out,
        c1=float(settings["c1"]),
        c2=float(settings["c2"]),
        max_iterations=int(settings["max_iterations"]),
        min_freq=int(settings["min_freq"]),
        min_word_count=int(settings["min_word_count"]),
        clusters=bool(settings["clusters"]),
        seed=seed,
    )


def split_dev(sentences: list[Sentence], fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """The last ``fraction`` of the sentences as a development set (the corpus is in order)."""
    cut = len(sentences) - int(len(sentences) * fraction)
    return sentences[:cut], sentences[cut:]


def train_ner(
    train_path: Path | str,
    model_out: Path | str,
    *,
    seed: int = 0,
    dev_fraction: float = 0.0,
    gazetteer_dir: Path | str | None = None,
    **params: float,
) -> dict:
    """Train the CRF tagger on a ``token TAG`` file; returns what was done and, with a dev split, its scores.

    ``gazetteer_dir`` (``../shared/data/gazetteer``) recompiles the gazetteer data file
    first; ``params`` override :data:`DEFAULT_PARAMS`. ``dev_fraction`` holds out the
    last part of the file and scores it (for tuning: never tune on the test file).
    ``seed`` seeds the word clusters; L-BFGS itself is deterministic, so the same
    data and seed give the same model, byte for byte.
    """
    started = time.perf_counter()
    settings = {**DEFAULT_PARAMS, **params}
    if gazetteer_dir is not None:
        compile_gazetteer(gazetteer_dir, features.DATA / features.GAZETTEER_FILE)
        features.gazetteer.cache_clear()
    sentences = read_conll(train_path)
    train, dev = split_dev(sentences, dev_fraction) if dev_fraction else (sentences, [])
    fitted = fit_model(train, Path(model_out), settings, seed)
    result = {
        "model": str(model_out),
        "sentences": len(train),
        "tokens": sum(len(w) for w, _ in train),
        "params": settings,
        "seed": seed,
        **fitted,
    }
    if dev:
        from khabar.entities.tagger import NerTagger
        from khabar.evaluation.ner import score_sentences

        report = score_sentences(dev, NerTagger.load(model_out))
        result["dev"] = report.to_dict()
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def learn_clusters(
    sentences: list[list[str]], *, seed: int = 0, min_count: int = 2, contexts: int = 1000, dims: int = 60, depth: int = 10
) -> dict[str, str]:
    """Brown-like word clusters: bit-string paths from recursive 2-means over context vectors.

    Each word of ``min_count`` or more occurrences is described by the words
    just left and right of it (the ``contexts`` most frequent, PPMI-weighted,
    reduced to ``dims`` by SVD); splitting the vectors in two again and again
    gives each word a path whose prefixes are coarser and coarser classes, as
    Brown clusters do. Unlabelled text only; seeded, so reproducible.
    """
    import numpy as np

    counts = Counter(normalize(w) or w for words in sentences for w in words)
    vocab = [w for w, n in counts.most_common() if n >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    context_index = {w: i for i, w in enumerate(vocab[:contexts])}
    matrix = np.zeros((len(vocab), 2 * contexts + 2), dtype=np.float64)
    for words in sentences:
        norms = ["<s>"] + [normalize(w) or w for w in words] + ["</s>"]
        for k in range(1, len(norms) - 1):
            row = index.get(norms[k])
            if row is None:
                continue
            left, right = context_index.get(norms[k - 1], contexts), context_index.get(norms[k + 1], contexts)
            matrix[row, left] += 1
            matrix[row, contexts + 1 + right] += 1
    vectors = reduce_ppmi(matrix, dims)
    rng = np.random.default_rng(seed)
    paths = {}
    for rows, path in bisect_rows(vectors, np.arange(len(vocab)), depth, rng):
        for row in rows:
            paths[vocab[row]] = path
    return paths


def reduce_ppmi(matrix, dims: int):
    """PPMI weighting, then the rows' projection on the top ``dims`` singular vectors, unit length."""
    import numpy as np

    total = matrix.sum()
    row_sums, col_sums = matrix.sum(1, keepdims=True), matrix.sum(0, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (row_sums * col_sums + 1e-12))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    u, s, _ = np.linalg.svd(ppmi, full_matrices=False)
    vectors = u[:, :dims] * s[:dims]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def bisect_rows(vectors, rows, depth: int, rng, path: str = "") -> Iterable[tuple[list[int], str]]:
    """Split ``rows`` in two with 2-means (cosine), ``depth`` times; yield (rows, path) leaves."""
    import numpy as np

    if depth == 0 or len(rows) < 4:
        yield rows.tolist(), path or "0"
        return
    points = vectors[rows]
    centres = points[rng.choice(len(rows), 2, replace=False)]
    for _ in range(20):
        side = (points @ centres[1] > points @ centres[0]).astype(int)
        if side.min() == side.max():
            break
        centres = np.stack([points[side == k].mean(0) for k in (0, 1)])
    if side.min() == side.max():
        yield rows.tolist(), path or "0"
        return
    for k in (0, 1):
        yield from bisect_rows(vectors, rows[side == k], depth - 1, rng, path + str(k))


def write_clusters(paths: dict[str, str], out: Path) -> None:
    out.write_text("".join(f"{w}\t{p}\n" for w, p in sorted(paths.items())), encoding="utf-8")
