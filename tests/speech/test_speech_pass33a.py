"""Quote finder, thirty-third pass, direct quotes (quotes round 33a): a form of "وصف" with its object
written on it as a pronoun, inside a relative clause or another cue's object ("ما وصفه بـ «…»", "التي
يصفها X بـ «…»"), followed by its ب and a quotation: the quoted description is the describer's direct
quote, and the object of the verb before it goes on past the quotation. Not the bare verb or masdar
("وصف طفل بـ«…»"), nor the passive ("توصف بـ«…»"); "ووصفه بـ«…»" opening its clause is as before.
Every text is written for these tests.
"""

from __future__ import annotations

from article_quotes import analysed


def _cued(found: list[dict], cue: str) -> list[dict]:
    return [q for q in found if (q["cue"] or {}).get("text") == cue]


def test_what_he_described_inside_an_object_is_a_direct_quote():
    found = analysed('أدان الاتحاد بشدة ما وصفه بـ "التصرف الأرعن والمتهور" الذي قام به بعض المشجعين أمس.')
    [quote] = _cued(found, "وصفه")
    assert quote["kind"] == "direct"
    assert quote["text"] == "التصرف الأرعن والمتهور"
    assert "الاتحاد" in quote["speaker"]["text"]
    [outer] = _cued(found, "أدان")
    assert "الذي قام به بعض المشجعين" in outer["text"]  # the object goes on past the quotation


def test_relative_with_its_own_subject_is_a_direct_quote():
    found = analysed('وزار الوفد الوادي القديم، الذي يصفه الرحالة بـ "الجميل والهادئ والمليء بالنخيل" في كتبهم.')
    [quote] = _cued(found, "يصفه")
    assert quote["kind"] == "direct"
    assert quote["text"] == "الجميل والهادئ والمليء بالنخيل"
    assert "الرحالة" in quote["speaker"]["text"]


def test_description_closing_the_sentence_leaves_the_object_whole():
    found = analysed('وطالبت الجمعية البلدية بوقف ما وصفته بـ"الإهمال المزمن".')
    [quote] = _cued(found, "وصفته")
    assert quote["kind"] == "direct"
    assert quote["text"] == "الإهمال المزمن"
    [outer] = _cued(found, "وطالبت")
    assert outer["text"].endswith('"الإهمال المزمن"')


def test_bare_masdar_with_a_noun_object_is_no_quote():
    found = analysed('وأصبح وصف لاعب بـ "الفاشل" أمرا عاديا في الملاعب.')
    assert not [q for q in found if q["kind"] == "direct"]
