"""Quote finder, forty-fourth pass, direct speakers (quotes round 44a): a sentence that opens with a
prepositional phrase ("وفي عمود في صحيفة الحياة ربط الكاتب X بين … وقال إن …") has its verb's
subject after the phrase — the person named there speaks through the cue with no subject that
follows ("وقال"، "وكتب"), not the last speaker quoted before.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, containing

COLUMN = (
    "أعرب مسؤولون في الوزارة عن قلقهم من الاتفاق الجديد. "
    "وفي عمود في الصفحة الأولى في صحيفة المساء ربط الكاتب سامر الجبوري بين الاتفاق والأزمة "
    "وقال إن الخوف المشترك هو الذي دفع الطرفين إلى التوقيع. "
    'وكتب "ثمة طرف ثالث ساهم في الاتفاق من دون أن يحضر أي اجتماع."'
)


def test_the_person_after_a_fronted_phrase_speaks_through_wa_qala():
    quote = containing(analysed(COLUMN), "الخوف المشترك")
    assert "سامر الجبوري" in quote["speaker"]["text"]


def test_the_next_cue_with_no_subject_goes_on_with_him():
    quote = containing(analysed(COLUMN), "طرف ثالث")
    assert "سامر الجبوري" in quote["speaker"]["text"]
    assert "بين" not in quote["speaker"]["text"]  # the phrase ends with the name


def test_a_person_inside_an_an_phrase_is_not_the_subject():
    found = analysed(
        "وقالت الممثلة ليلى حداد إن الموسم كان ناجحا. "
        "وعن العلاقة بينها وبين الممثلة سلمى فارس علقت بالقول: «نحن صديقتان منذ سنوات طويلة ونتابع أعمال بعضنا.»"
    )
    quote = containing(found, "صديقتان")
    assert "ليلى حداد" in quote["speaker"]["text"]


def test_a_name_inside_a_relative_clause_of_the_phrase_is_not_the_subject():
    found = analysed(
        "وقال المحلل سعيد النمر إن المفاوضات طويلة. "
        "ومن بين الأفكار التي طرحها الوزير فهد الشمري وكانت اللجان لم تأخذ بها أكد أن الحل يحتاج إلى وقت."
    )
    quote = containing(found, "الحل يحتاج")
    assert "فهد الشمري" not in ((quote.get("speaker") or {}).get("text") or "")
