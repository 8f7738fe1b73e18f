"""Quote finder, forty-ninth pass, participles (quotes round 49a).

A masculine accusative participle form ("لافتا"، "مشيدا"، "مفيدا") right after an indefinite accusative
word with no comma between ("حضورا لافتا"، "قصرا مشيدا"، "مجديا ومفيدا") is that word's adjective, not
someone speaking: it opens no quote and does not cut the content it stands in. With a complement after it
("أولا مؤكدا أن …") it stays a cue. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _by_cue(found, cue):
    return [q for q in found if q["cue"] and q["cue"]["text"] == cue]


def test_adjective_after_indefinite_accusative_opens_no_quote():
    found = analysed("وأوضح المدير أن المعرض سجل حضورا لافتا في السوق المحلية, بالإضافة الى الطلاب الذين يبحثون عن عمل.")
    assert not _by_cue(found, "لافتا")
    quotes = _by_cue(found, "وأوضح")
    assert len(quotes) == 1
    assert "حضورا لافتا في السوق" in quotes[0]["text"]


def test_adjective_after_indefinite_accusative_does_not_cut_the_content():
    found = analysed("وبين المهندس أن المبنى الجديد سيكون معلما بارزا ومفيدا للزوار من كل المناطق.")
    assert not _by_cue(found, "ومفيدا")
    quotes = _by_cue(found, "وبين")
    assert len(quotes) == 1
    assert quotes[0]["text"].endswith("للزوار من كل المناطق")


def test_participle_with_its_complement_stays_a_cue():
    found = analysed("وتحدث الوزير عن الميزانية أولا مؤكدا أن الإنفاق سيرتفع العام المقبل.")
    quotes = _by_cue(found, "مؤكدا")
    assert len(quotes) == 1
    assert quotes[0]["speaker"]["text"] == "الوزير"
