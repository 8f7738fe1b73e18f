"""Lead pass lead51b (session 51): the word after "آل" is a family's name, never a reporting verb.

"وثمّن اللواء صالح آل طالب مدير العلاقات العامة …، دور البريد" read "طالب" as "demanded" and cut the speaker at
"آل" (blind draw 20198's dev, 2015-08-06#1802), as "علي بن أبي طالب" did before lead49d; "آل" joins that rule's
particles (``kunya_particles``). Made-up sentences in the style of the news."""

from entity_quotes import analysed


def test_a_family_name_after_al_is_no_cue():
    text = "وثمّن اللواء صالح آل طالب مدير العلاقات العامة بالقوات المسلحة، دور البريد في خدمة المواطنين."
    found = analysed(text)
    assert [q["cue"]["text"] for q in found if q.get("cue")] == ["وثمّن"]
    assert "آل طالب" in found[0]["speaker"]["text"]


def test_the_verb_talaba_before_a_family_still_reports():
    text = "وطالب آل الشيخ البلدية بإصلاح الطريق قبل موسم الأمطار."
    assert [q["cue"]["text"] for q in analysed(text) if q.get("cue")] == ["وطالب"]
