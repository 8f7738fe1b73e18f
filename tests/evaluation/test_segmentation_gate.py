"""Quality gate: segmentation against UD Arabic-PUD must not regress."""

from khabar.evaluation.segmentation import Score, UdSentence, evaluate_ud, gold_words, read_conllu


def test_score_arithmetic():
    score = Score()
    score.add({(0, 1), (1, 3)}, {(0, 1), (1, 2), (2, 3)})
    assert (score.matched, score.predicted, score.gold) == (1, 2, 3)
    assert round(score.f1, 3) == 0.4


def test_enclitic_pronouns_merge_into_their_host():
    sentence = UdSentence("نشرتها أمس", "d", [(0, 4, "VERB", False), (4, 6, "PRON", True), (7, 10, "NOUN", False)])
    assert gold_words(sentence, merge_enclitics=True) == {(0, 6), (7, 10)}
    assert gold_words(sentence, merge_enclitics=False) == {(0, 4), (4, 6), (7, 10)}


def test_ud_pud_floors(shared_data):
    path = shared_data / "ud" / "ar_pud-ud-test.conllu"
    sentences = read_conllu(path)
    assert len(sentences) == 1000
    scores = evaluate_ud(path)
    assert scores["without_enclitics"].f1 >= 0.95
    assert scores["all_words"].f1 >= 0.90
    assert scores["sentences"].f1 >= 0.99
