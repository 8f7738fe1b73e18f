"""Session 44, the lead's pass (docs/evaluation/quotes.md, "Session 44, lead44"), from the blind draw 20190's dev
articles, read after the draw joined the gold:

- lead44a: after a fronted source ("وحسب موقع …، قال …"), a reporting verb whose speaker opens with a word the lexicon
  knows neither as a head nor as a name ("العالم"، "كبير العلماء"، "تجار") is still the verb's own quote, reported
  through the source, when the verb's reading finds that phrase right after it (according.py
  ``plain_subject_word``); before, the source took the whole clause and the speaker's quote was lost;
- lead44b: the preposition ل written on a person's name the tagger found after the speaker's name ("وقال روحاني
  لإردوغان: «…»") is whom he told: the speaker ends before it and is not that person (phrases.py ``person_after_lam``);
- lead44c: "الجميع" after a name is whom the speaker called on ("وطالب الجاسر الجميع بـ…"), never part of the
  speaker (phrases.py ``parse_np``, everyone_object in clause_words.tsv);
- lead44d: a manner phrase of two words with ب right before what is said ("ويقول بقناعة تامة إن «…»"، "وقال بكل
  وضوح: …") is how the words were said, not who said them: the speaker goes on (phrases.py ``manner_phrase_end``,
  manner_bi_head in clause_words.tsv);
- lead44e: "now" after a speaker phrase, right before what is said ("وقال الوزير الآن إن …"), says when, not who
  (then_adverb in word_classes.tsv); "حاليا" after a title stays in it ("مدرب الفريق حاليا", q54a's guard).
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وحسب البيان، قال العالم جون سبنسر إنه يتضح من الصور الجديدة وجود نشاط بركاني قديم.", "العالم جون سبنسر"),
        ("وبحسب رويترز، قال تجار إن الاتفاق يمنح الشركة مرونة في اختيار الخام.", "تجار"),
    ],
)
def test_a_fronted_source_keeps_the_quote_of_the_verb_after_it(text: str, speaker: str) -> None:
    found = analysed(text)
    quote = by_cue(found, "قال")
    assert quote["kind"] == "indirect"
    assert quote["speaker"]["text"] == speaker


def test_the_source_itself_speaks_when_no_subject_follows_the_verb() -> None:
    found = analysed("وبحسب الوزارة، أكدت أن الوضع في المنطقة مستقر.")
    assert [q["kind"] for q in found] == ["according_to"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس حسن روحاني لأردوغان إن البلدين وقفا معا في الظروف الصعبة.",
        "وقال روحاني لإردوغان: «إيران وتركيا وقفتا جنبا إلى جنب في الظروف الصعبة».",
    ],
)
def test_a_person_told_after_the_speakers_name_is_not_the_speaker(text: str) -> None:
    quote = by_cue(analysed(text), "وقال")
    assert quote["speaker"]["text"].endswith("روحاني")


def test_everyone_called_on_is_not_part_of_the_speaker() -> None:
    found = analysed(
        "وقال د. علي بن دبكل العنزي أستاذ الإعلام إن الإرهاب أظهر بشاعته. وطالب دبكل الجميع بوقفة حازمة في وجه هذه الآفة."
    )
    quote = by_cue(found, "وطالب")
    assert "الجميع" not in quote["speaker"]["text"]
    assert quote["speaker"]["entity"] == by_cue(found, "وقال")["speaker"]["entity"]


@pytest.mark.parametrize(
    "second",
    [
        "ويقول بقناعة تامة إنّ «الفن لا يبنى في ليلة وضحاها».",
        "وقال بكل وضوح: إن الفن لا يبنى في ليلة وضحاها.",
    ],
)
def test_a_manner_phrase_is_not_the_speaker(second: str) -> None:
    found = analysed("وقال المطرب هشام الحاج إن الأغنية الجميلة تبقى. " + second)
    assert found[-1]["speaker"]["text"] == "المطرب هشام الحاج"


def test_a_name_in_the_tagger_after_the_verb_is_still_the_speaker() -> None:
    found = analysed("وقالت بثينة شعبان إن الوضع في المنطقة صعب.")
    assert speaker(found, "وقالت") == "بثينة شعبان"


def test_now_after_the_speaker_is_when_not_who() -> None:
    found = analysed("وقال وزير الطاقة الآن إن أسعار النفط ستبقى منخفضة حتى نهاية العام.")
    assert speaker(found, "وقال") == "وزير الطاقة"
