"""Quote finder, twenty-seventh pass, indirect detection (quotes round 27b): praise and condemnation that
the finder missed. Texts run through segment, ner and link (``entity_quotes.analysed``); every text is
written for these tests.

* "بما" / "بمن" after a verb or participle taking ب ("وأشاد بما تحقق", "مشيدا بما شاهده") is its object:
  too short for the ب-object test, it was read as part of the subject or skipped, and the quote lost.
  Not "بما في ذلك" (including) or "بما أن" (since).
* The bare "ثمن" (dropped in verbs.tsv as the noun "price") is the verb "commended" where it opens its
  clause and a title follows as its subject ("كما ثمن المحافظ …"); "وزاد ثمن المياه" stays a noun.
* "دانت" / "ودانت", "condemned" spelt without its hamza, is a form of أدان.
"""

from __future__ import annotations

from entity_quotes import _speaker, analysed, by_cue


def _cues(found) -> list[str]:
    return [q["cue"]["text"] for q in found if q.get("cue")]


# --- "بما" after a verb taking ب --------------------------------------------------------------------

def test_praise_of_what_with_no_subject_goes_on_with_the_speaker():
    found = analysed("وقال المدير أحمد سالم إن الخطة ناجحة. وأشاد بما يقدمه الفريق من جهود كبيرة في المشروع.")
    quote = by_cue(found, "وأشاد")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "بما يقدمه الفريق من جهود كبيرة في المشروع"
    assert _speaker(quote) == "المدير أحمد سالم"


def test_praise_of_what_after_a_long_subject():
    found = analysed("بدوره أشاد العقيد زيد سالم مدير المرور في منطقة تبوك بما تحقق من إنجاز في الحملة.")
    quote = by_cue(found, "أشاد")
    assert quote["text"] == "بما تحقق من إنجاز في الحملة"
    assert _speaker(quote) == "العقيد زيد سالم مدير المرور في منطقة تبوك"


def test_praise_of_what_after_a_subject_set_off_by_commas():
    found = analysed("فيما أشاد الزائر أحمد بن علي الزهراني، القادم من مدينة الرياض، بما وصل إليه المهرجان من تطور.")
    quote = by_cue(found, "أشاد")
    assert quote["text"] == "بما وصل إليه المهرجان من تطور"
    assert _speaker(quote) == "الزائر أحمد بن علي الزهراني"


def test_a_participle_praising_what_was_seen():
    found = analysed("وأبدى الزوار سعادتهم بالمهرجان، مشيدين بما شاهدوه من فعاليات.")
    quote = by_cue(found, "مشيدين")
    assert quote["text"] == "بما شاهدوه من فعاليات"
    assert _speaker(quote) == "الزوار"


def test_including_is_not_the_object():
    # "ورحب" with people is no quote since s57 greet60; "أشاد" takes its ب-object the same way
    found = analysed("وأشاد الوزير بالضيوف بما في ذلك السفراء.")
    quote = by_cue(found, "وأشاد")
    assert quote["text"].startswith("بالضيوف")


# --- the bare "ثمن" before a title ------------------------------------------------------------------

def test_commended_before_a_title_is_the_verb():
    found = analysed("كما ثمن المحافظ سعيد بن علي الجهود التي قدمت خلال السباق.")
    quote = by_cue(found, "ثمن")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "الجهود التي قدمت خلال السباق"
    assert _speaker(quote) == "المحافظ سعيد بن علي"


def test_price_stays_a_noun():
    assert "ثمن" not in _cues(analysed("وزاد ثمن المياه إلى ثلاثة أمثاله منذ مارس."))
    found = analysed("وأكد الوزير أن العالم كله سيدفع ثمن الانفلات.")
    assert _cues(found) == ["وأكد"]


# --- "دانت": condemned, spelt without its hamza -------------------------------------------------------

def test_condemned_without_hamza():
    found = analysed("وقد دانت الجامعة العربية بشدة اقتحام المسجد من قبل المستوطنين.")
    quote = by_cue(found, "دانت")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "اقتحام المسجد من قبل المستوطنين"
    assert _speaker(quote) == "الجامعة العربية"
