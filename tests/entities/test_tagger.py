"""The CRF tagger: features, BIO decoding, mentions with exact offsets, the pipeline stage."""

from __future__ import annotations

from khabar.document import Document
from khabar.entities.features import (
    FeatureExtractor,
    describe_word,
    sentence_features,
    word_shape,
)
from khabar.entities.tagger import (
    NerTagger,
    bio_spans,
    entity_type,
    load_tagger,
    make_mention,
)
from khabar.text.segment import split_sentences, tokenize

PROCLITICS = "وفبلكس"


def make_doc(text: str) -> Document:
    return Document(text=text, sentences=split_sentences(text), tokens=tokenize(text))


# Features ---------------------------------------------------------------


def test_word_features_see_through_clitics():
    info = describe_word("والرئيس", None, {})
    assert info.norm == "والرئيس"
    assert info.stem == "رئيس" and info.base == "الرئيس"
    assert info.trigger == "title"
    assert {"s=رئيس", "p=و+ال", "t=title", "x2=يس", "p1=ر"} <= set(info.own)


def test_normalised_forms_share_features():
    assert describe_word("أمريكا", None, {}).norm == describe_word("امريكا", None, {}).norm


def test_unknown_words_lose_their_form_but_keep_their_affixes():
    info = describe_word("كوناري", frozenset({"قال"}), {})
    assert "w=<rare>" in info.own and "w=كوناري" not in info.own
    assert "x2=ري" in info.own


def test_unsplit_proclitic_before_a_given_name_is_noticed():
    info = describe_word("لسامح", frozenset(), {})
    assert info.stem == "لسامح"  # the segmenter keeps it whole: سامح is not in its lexicon
    assert "u=ل" in info.own and "ut=given" in info.own


def test_word_shapes():
    assert word_shape("بايدن") == "ar"
    assert word_shape("Reuters") == "Latlat"
    assert word_shape("2023") == "dig"
    assert word_shape("،") == "p"  # the Arabic comma is punctuation, not a letter
    assert word_shape("(") == "p"


def test_sentence_features_carry_context_and_gazetteer():
    words = ["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن", "إن", "الولايات", "المتحدة"]
    feats = sentence_features(words)
    assert len(feats) == len(words)
    biden = set(feats[3])
    assert {"w=بايدن", "-1w=جو", "-2w=الرئيس", "-2t=title", "1w=في", "bl=جو|بايدن"} <= biden
    assert "-2w=<pad>" in feats[0] and "2w=<pad>" in feats[-1]
    assert "g=B-city" in feats[5] or "g=B-country" in feats[5]
    assert "g=B-country" in feats[7] and "g=I-country" in feats[8]


def test_gazetteer_matches_after_a_proclitic():
    feats = sentence_features(["وفي", "والولايات", "المتحدة"])
    assert "g=B-country" in feats[1] and "g=I-country" in feats[2]


def test_extractor_caches_word_types():
    extractor = FeatureExtractor()
    assert extractor.describe("بايدن") is extractor.describe("بايدن")
    assert extractor(["بايدن"]) == sentence_features(["بايدن"])


# Decoding and mentions ---------------------------------------------------


def test_bio_spans_read_like_conlleval():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    ]
    assert bio_spans([]) == []
    assert bio_spans(["O", "B-MISC"]) == [(1, 2, "MISC")]


def test_mention_drops_the_proclitic_but_keeps_the_article():
    text = "وقال لرويترز إن والولايات المتحدة وللأمم المتحدة"
    tokens = tokenize(text)
    reuters = make_mention(text, tokens[1], tokens[1], "ORG")
    assert reuters.text == "رويترز" and text[reuters.start : reuters.end] == "رويترز"
    usa = make_mention(text, tokens[3], tokens[4], "LOC")
    assert usa.text == "الولايات المتحدة"
    un = make_mention(text, tokens[5], tokens[6], "ORG")
    assert un.text == "لأمم المتحدة"  # ل+ال lost its alef: the second ل is the article (as in segment)


def test_mention_drops_a_proclitic_the_segmenter_left_on_a_known_name():
    text = "زار بوتين فرنسا وكندا وتوجه بعدها بهامبورج ثم لبنان"
    tokens = tokenize(text)
    assert not tokens[3].pieces and not tokens[6].pieces  # the segmenter left them whole
    assert make_mention(text, tokens[3], tokens[3], "LOC").text == "كندا"
    assert make_mention(text, tokens[6], tokens[6], "LOC").text == "هامبورج"  # listed as هامبورغ
    # names that merely begin with و ف ب ل ك keep their first letter
    assert make_mention(text, tokens[1], tokens[1], "PER").text == "بوتين"
    assert make_mention(text, tokens[2], tokens[2], "LOC").text == "فرنسا"
    assert make_mention(text, tokens[8], tokens[8], "LOC").text == "لبنان"


def test_label_mapping_of_other_models():
    assert entity_type("B-PERS") == entity_type("I-PER") == entity_type("PERSON") == "PER"
    assert entity_type("B-MIS1") == entity_type("MISC") == "MISC"
    assert entity_type("LOC") == "LOC" and entity_type("B-ORG") == "ORG"
    assert entity_type("O") is None


# The shipped model -------------------------------------------------------


def test_tagger_finds_obvious_entities():
    tagger = NerTagger.load()
    words = ["قال", "الرئيس", "الأمريكي", "جو", "بايدن", "في", "واشنطن", "إن", "وزارة", "الخارجية", "ستعلن"]
    tags = tagger.tag_tokens(words)
    spans = {(words[a], words[b - 1], kind) for a, b, kind in bio_spans(tags)}
    assert ("جو", "بايدن", "PER") in spans
    assert ("واشنطن", "واشنطن", "LOC") in spans
    assert tags[0] == tags[1] == "O"


def test_tag_gives_exact_offsets_without_proclitics():
    text = (
        "قال الرئيس الأمريكي جو بايدن في واشنطن إن وزارة الخارجية ستعلن القرار غدا.\n\n"
        "وأكد وزير الخارجية المصري سامح شكري لرويترز أن القاهرة ستستضيف الاجتماع."
    )
    doc = make_doc(text)
    mentions = NerTagger.load().tag(doc)
    assert mentions, "no mention found"
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.type in ("PER", "LOC", "ORG", "MISC")
        first = next(t for t in doc.tokens if t.start <= mention.start < t.end)
        assert not any(p.role == "proclitic" and p.start == mention.start for p in first.pieces)
    found = {(m.text, m.type) for m in mentions}
    assert ("جو بايدن", "PER") in found
    assert ("واشنطن", "LOC") in found
    assert ("القاهرة", "LOC") in found
    assert any(m.text.endswith("شكري") and m.type == "PER" for m in mentions)


def test_tag_on_an_empty_document():
    assert NerTagger.load().tag(make_doc("")) == []
    assert NerTagger.load().tag_tokens([]) == []


def test_load_tagger_specs():
    assert isinstance(load_tagger("crf"), NerTagger)
    try:
        load_tagger("spacy:whatever")
    except ValueError as error:
        assert "unknown NER backend" in str(error)
    else:
        raise AssertionError("an unknown backend must be refused")


def test_ner_stage_sets_mentions():
    from khabar.entities import tagger_stage
    from khabar.pipeline import STAGES

    ner = STAGES["ner"]
    assert ner.requires == ("tokens", "sentences") and ner.assigns == ("mentions",)
    doc = make_doc("وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت.")
    ner.func(doc)
    assert any(m.type == "LOC" and m.text == "بيروت" for m in doc.mentions)
    assert tagger_stage.shared_tagger("crf") is tagger_stage.shared_tagger("crf")


def test_a_mention_starts_on_a_whole_given_name_but_after_a_proclitic_before_one() -> None:
    from khabar.entities.tagger import mention_start
    from khabar.text.segment import tokenize

    cut, conjoined = tokenize("فيصل وأحمد")
    assert [p.role for p in cut.pieces][:1] == ["proclitic"]  # the segmenter reads ف + يصل
    assert mention_start(cut) == cut.start
    assert mention_start(conjoined) == conjoined.start + 1
