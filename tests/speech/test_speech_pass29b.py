"""Quote finder, twenty-ninth pass, speakers (quotes round 29b): a new name after the same title.
Texts run through segment, ner and link (``entity_quotes.analysed``); every text is written for these
tests.

* "وقالت الطالبة ريم الشهري" after "الطالبة نجود العتيبي" spoke: two phrases that write a name right
  after the same definite title (or noun of a person: "الطالبة", "الزائرة") are two people though the
  tagger found neither name, unless a name word is shared ("الطالبة العتيبي"), so the second is not
  linked to the first.
"""

from __future__ import annotations

from entity_quotes import _speaker, analysed, by_cue


def test_a_new_name_after_the_same_title_is_someone_else():
    found = analysed("وتقول الطالبة نجود العتيبي \"12 عاما\": إنها تعلمت الرسم في الورشة. "
                     "وأشار الطالب \"فهد المري\" إلى أنه شاهد عرض الدمى. "
                     "وتقول الطالبة ريم الشهري إن ركن القراءة أعجبها كثيرا.")
    second = [q for q in found if (q["cue"] or {}).get("text") == "وتقول"][1]
    assert "ريم الشهري" in _speaker(second)


def test_a_name_spelt_like_the_preposition_ala_is_still_a_name():
    found = analysed("وأشار الطالب \"فهد المري\" إلى أنه شاهد عرض الدمى. "
                     "وقال الطالب علي الدوسري إنه شارك في المسابقة.")
    assert "علي الدوسري" in _speaker(by_cue(found, "وقال"))


def test_the_same_title_with_a_shared_name_word_still_refers_back():
    found = analysed("وتقول الطالبة نجود العتيبي إنها تعلمت الرسم في الورشة. "
                     "وأضافت الطالبة العتيبي أن الورشة كانت مفيدة.")
    assert "نجود العتيبي" in _speaker(by_cue(found, "وأضافت"))
