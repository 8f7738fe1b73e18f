"""Quote finder, thirty-fourth pass, detection (quotes round 34a): the masculine past "اتهم" is a cue
(verbs.tsv dropped "أتهم", the first person present, which normalises to the same letters and so took
"اتهم" and "واتهم" with it; the first person written with أ is still told apart by its missing subject),
with its ب right after it the verb is the passive ("واتهم بالقتل"), which reports nothing, and after it
the subject ends with the first name the tagger found, whom it accuses opening the content; the
participle "متهما" is a cue where whom it accuses follows it (a definite word, a person or body, a
pronoun or a possessed noun), not as the noun "a defendant" ("متهما سعوديا").
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def _cues(found: list[dict]) -> list[str]:
    return [(q["cue"] or {}).get("text") for q in found]


def test_masculine_past_accuses_with_an_object():
    found = analysed("وعقد الحزب مؤتمرا صحفيا أمس. واتهم رئيس الحزب سامي الخطيب الحكومة بالتقصير في دعم المزارعين.")
    quote = by_cue(found, "واتهم")
    assert quote["kind"] == "indirect"
    assert quote["text"].endswith("بالتقصير في دعم المزارعين")
    assert "سامي الخطيب" in quote["speaker"]["text"]


def test_bare_masculine_past_at_sentence_start():
    found = analysed("اتهم النائب فهد المطيري شركات النقل برفع الأسعار دون مبرر.")
    assert by_cue(found, "اتهم")["text"].endswith("برفع الأسعار دون مبرر")


def test_passive_with_its_b_right_after_reports_nothing():
    found = analysed("وأوقفت الشرطة شابا في العشرين من عمره واتهم بالسرقة والاعتداء على حارس المتجر.")
    assert "واتهم" not in _cues(found)


def test_subject_ends_with_its_name_and_the_accused_opens_the_content():
    found = analysed("وعقد الحزب مؤتمرا صحفيا أمس. واتهم رئيس الحزب سامي الخطيب الحكومة بالتقصير في دعم المزارعين.")
    quote = by_cue(found, "واتهم")
    assert quote["speaker"]["text"] == "رئيس الحزب سامي الخطيب"
    assert quote["text"] == "الحكومة بالتقصير في دعم المزارعين"


def test_participle_with_whom_it_accuses():
    found = analysed("وغادر اللاعب ماجد السهلي النادي في الصيف، متهما وكيله بالتحايل عليه في العقد.")
    quote = by_cue(found, "متهما")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "وكيله بالتحايل عليه في العقد"


def test_participle_with_an_indefinite_word_is_the_noun():
    found = analysed("وأصدرت المحكمة أحكاما أمس. وأدانت المحكمة ذاتها، متهما سعوديا، بالمشاركة في أعمال الشغب.")
    assert "متهما" not in _cues(found)
