"""Session 38, pass fr38 (docs/evaluation/quotes.md, "Session 38, pass fr38"): a subject written before its verb.

- fr38a: the subject written before its verb, when it opens its sentence with a glued و ("والحكومة السورية تؤكد
  أن …", "ووزير خارجيته يؤكد …"), is the phrase without that و; a و that is the word's own letter ("والدته",
  "والتر") stays (subjects.py ``glued_and``; and_letter_stems in word_classes.tsv);
- fr38b: a place named alone before its verb ("لكن طهران تقول إنه سلمي", "وواشنطن تؤكد أن …") is its subject, as
  a body is; not after أن / إن, where the clause is inside another's words (subjects.py ``place_alone``).
"""

import pytest
from entity_quotes import analysed, speaker

# (rule, text, cue, the speaker)
SPEAKERS = [
    ("fr38a", "وتتواصل المعارك في ريف حلب منذ أيام. والحكومة السورية تؤكد أن الجيش استعاد السيطرة على القرى.",
     "تؤكد", "الحكومة السورية"),
    ("fr38a", "وبحث الجانبان الأزمة الليبية. والمتحدث باسم الوزارة يؤكد أن المحادثات كانت إيجابية.",
     "يؤكد", "المتحدث باسم الوزارة"),
    ("fr38b", "ويشتبه الغرب في أن البرنامج النووي يهدف إلى إنتاج قنبلة لكن طهران تقول إنه سلمي.",
     "تقول", "طهران"),
    ("fr38b", "وتتواصل المفاوضات في جنيف. وواشنطن تؤكد أن الاتفاق بات قريبا.",
     "تؤكد", "واشنطن"),
    ("fr38b", "وأبلغت هولندا مجلس الأمن أنها تعتزم تشكيل محكمة دولية، لكن روسيا وصفت هذا الإجراء بأنه سابق لأوانه.",
     "وصفت", "روسيا"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected"), SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_the_subject_before_its_verb(rule: str, text: str, cue: str, expected: str) -> None:
    assert speaker(analysed(text), cue) == expected


def test_a_letter_of_the_word_stays():
    """fr38a, guard: "والدته" (his mother) begins with its own و; the speaker keeps it, or none is given."""
    text = "وعاد الطفل إلى منزله بعد غياب. والدته تقول إنه كان خائفا جدا."
    assert speaker(analysed(text), "تقول") in ("والدته", None)


def test_a_place_inside_anothers_words():
    """fr38b, guard: "قال إن الولايات المتحدة تدين …": the place is inside the diplomat's words, no speaker of its own."""
    text = "وكان دبلوماسي أمريكي كبير قال على تويتر إن الولايات المتحدة تدين الهجمات الأخيرة."
    found = analysed(text)
    assert all((q["speaker"] or {}).get("text") != "الولايات المتحدة" for q in found)


def test_a_place_after_a_preposition_is_no_subject():
    """fr38b, guard: "وفي طهران يقول المسؤولون": the place is where, the officials speak."""
    text = "وتتواصل المفاوضات. وفي طهران يقول المسؤولون إن الاتفاق بات قريبا."
    assert speaker(analysed(text), "يقول") == "المسؤولون"
