"""Quote finder, twenty-eighth pass, direct-quote speakers (quotes round 28): "while he/she says".
Texts run through segment, ner and link (``entity_quotes.analysed``); every text is written for these
tests.

* "وهو يقول: «…»" / "وهي تقول: «…»" after a narrative clause ("… ثم أدار هاتفه باتجاه الضيوف وهو
  يقول") has the subject of the clause it hangs on, found as after "عندما" — not the last speaker
  quoted; only one person, never a group (a plural phrase there leaves the old answer).
"""

from __future__ import annotations

from entity_quotes import _speaker, analysed, by_cue


def test_while_he_says_goes_with_the_subject_of_the_clause_before():
    found = analysed("وقال المدير سامي الراشد إن الوفد وصل. وقبل خروج الزوار من القاعة، أخرج حارس البوابة هاتفه "
                     "ليصور السيارات، ثم أدار هاتفه باتجاه الضيوف وهو يقول: «ابتعدوا عن المدخل».")
    quote = by_cue(found, "يقول")
    assert quote["kind"] == "direct"
    assert _speaker(quote) == "حارس البوابة"


def test_while_he_says_with_a_subject_after_its_verb_keeps_it():
    found = analysed("وقال المدير سامي الراشد إن الوفد وصل. ودخل المدرب خالد العمري إلى الملعب وهو يقول: «سنفوز غدا».")
    assert _speaker(by_cue(found, "يقول")) == "المدرب خالد العمري"


def test_while_she_says_never_takes_a_group():
    found = analysed("وقالت المديرة هند السالم إن الدوام انتهى. وعند وصول المراجعين، أغلقت الباب بقوة وهي "
                     "تقول: «الزيارة ممنوعة الآن».")
    assert _speaker(by_cue(found, "تقول")) != "المراجعين"
