"""The ``transformers:MODEL`` backend, on a tiny random BERT built here (no download).

Needs ``pip install transformers torch``; skipped where they are absent.
"""

from __future__ import annotations

import pytest

from khabar.document import Document
from khabar.text.segment import split_sentences, tokenize

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
WORDS = ["قال", "لرويترز", "في", "واشنطن", "بايدن", "الرئيس"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A 1-layer BERT whose classifier always prefers ``label`` B-LOC, saved with save_pretrained."""
    pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    import torch

    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, "."]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=False)
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[LABELS.index("B-LOC")] = 10.0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return str(folder)


def test_transformers_tag_tokens_maps_labels(tiny_model):
    from khabar.entities.tagger import TransformersTagger, load_tagger

    tagger = load_tagger(f"transformers:{tiny_model}")
    assert isinstance(tagger, TransformersTagger)
    assert tagger.tag_tokens(["قال", "في", "واشنطن"]) == ["B-LOC", "B-LOC", "B-LOC"]
    assert tagger.tag_tokens([]) == []


def test_transformers_mentions_have_exact_offsets_without_proclitics(tiny_model):
    from khabar.entities.tagger import load_tagger

    text = "قال بايدن لرويترز في واشنطن."
    doc = Document(text=text, sentences=split_sentences(text), tokens=tokenize(text))
    mentions = load_tagger(f"transformers:{tiny_model}").tag(doc)
    assert mentions
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.type == "LOC"
        assert 0.0 <= mention.score <= 1.0
    texts = [m.text for m in mentions]
    assert "رويترز" in texts and "لرويترز" not in texts
    assert "واشنطن" in texts
