"""Session 30, lead12: a sentence that opens with a free preposition ("وعن المهاجم سالم الدوسري قال إنه
…", "وبشأن …") names what the speaker talks about, not who speaks: the preposition is no verb whose
subject follows it, so a later bare "قال" goes on with the speaker before (the dev gold gives the topic
after "وعن" as speaker in none of its 14 such sentences). Found on the corpus (lead9's list: "وعن راموس
قال «…»" → راموس)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes

COACH = "وقال المدرب الإيطالي ماركو بيلي إن الفريق جاهز للمباراة. "


def test_the_topic_after_wa_an_is_no_speaker() -> None:
    found = quotes(COACH + "وعن المهاجم سالم الدوسري قال إنه لاعب مهم في التشكيلة.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("indirect", "المدرب الإيطالي ماركو بيلي"), ("indirect", "المدرب الإيطالي ماركو بيلي")]


def test_a_bare_name_as_topic_before_a_quotation_is_unchanged() -> None:
    found = quotes(COACH + "وعن نيمار قال «نيمار لاعب مميز وسيكون له دور كبير هذا الموسم».")
    assert found[-1][2] == "المدرب الإيطالي ماركو بيلي"


def test_bishan_opens_a_topic_too() -> None:
    found = quotes(COACH + "وبشأن الجناح فهد المولد قال إنه سيعود بعد الإصابة.")
    assert found[-1][2] == "المدرب الإيطالي ماركو بيلي"


def test_a_subject_after_the_verb_still_speaks() -> None:
    # guard: "وعن X قال Y إن": Y, written after the verb, is the speaker
    found = quotes(COACH + "وعن المهاجم سالم الدوسري قال رئيس النادي فهد المطيري إن عقده سيمدد.")
    assert found[-1][2] == "رئيس النادي فهد المطيري"


def test_a_sentence_opening_with_its_subject_is_unchanged() -> None:
    # guard: a verb before its subject at the sentence's start keeps its subject for a later bare cue
    found = quotes(COACH + "وافتتح وزير الرياضة خالد العمر الملعب الجديد وقال إنه جاهز للبطولة.")
    assert found[-1][2] == "وزير الرياضة خالد العمر"


def test_a_hadith_chain_keeps_its_narrator() -> None:
    # guard: "عن X رضي الله عنه قال" is a chain of narration; the Companion after عن speaks
    found = quotes("وقال الشيخ إن الصدقة واجبة. وعن أنس بن مالك رضي الله عنه قال: «كان النبي أجود الناس».")
    assert found[-1][2].startswith("أنس بن مالك")
