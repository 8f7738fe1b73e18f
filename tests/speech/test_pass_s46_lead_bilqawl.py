"""Session 46, lead46e (docs/evaluation/quotes.md, "Session 46, lead46"): the verbal noun of قال with ب and its
complement clause ("ومضى ولد الشيخ بالقول إنه …"، "واكتفى بالقول إنها …"، "رد المدرب بالقول إنه …") report,
though the verb before it is no reporting verb (indirect.py ``nominal_that_quote``); the phrase between مضى، رد،
علق، أجاب and the noun is who spoke (``masdar_lead_verbs``). Made-up sentences."""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def test_the_envoy_went_on_saying_that():
    found = analysed("ومضى المبعوث الدولي بالقول إنه يعتقد أن خطته لإنهاء الصراع تكتسب زخما.")
    quote = by_cue(found, "بالقول")
    assert quote["kind"] == "indirect"
    assert quote["speaker"]["text"] == "المبعوث الدولي"
    assert quote["text"].startswith("يعتقد أن خطته")


def test_the_club_only_said_that():
    found = analysed("وحول قيمة الصفقة، اكتفى المتحدث باسم النادي بالقول إنها الأغلى في تاريخه.")
    quote = by_cue(found, "بالقول")
    assert quote["speaker"]["text"] == "المتحدث باسم النادي"
    assert quote["text"].startswith("الأغلى")


def test_the_coach_replied_saying_that():
    found = analysed("وحول غياب عضو الشرف، رد المدرب بالقول إنه يتمنى عودته قريبا.")
    assert by_cue(found, "بالقول")["speaker"]["text"] == "المدرب"


def test_a_reporting_verb_before_keeps_its_clause():
    found = analysed("وأفاد المصدر بالقول إن الظروف الحالية مرتبكة.")
    assert [q["cue"]["text"] for q in found] == ["وأفاد"]


def test_the_saying_in_quotation_marks_stays_direct():
    found = analysed("ومضى الوزير بالقول: «الأمر قيد الدراسة».")
    assert [q["kind"] for q in found] == ["direct"]
