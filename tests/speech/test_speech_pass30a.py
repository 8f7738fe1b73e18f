"""Quote finder, thirtieth pass, anonymous sources (quotes round 30a): an indefinite plural of bodies
or people ("قوى سياسية"، "جموع غفيرة"، "شركات ناشئة"، "منظمات حقوق الإنسان") names none of them, so
the source is anonymous; the same noun with a company or person named in the phrase stays named.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def anonymous(found: list[dict], cue: str) -> bool:
    return bool(by_cue(found, cue)["speaker"]["anonymous"])


def test_unnamed_political_forces_are_anonymous():
    found = analysed("وقالت قوى سياسية مغربية إن الانتخابات المقبلة ستكون صعبة.")
    assert speaker(found, "وقالت").startswith("قوى سياسية")
    assert anonymous(found, "وقالت")


def test_unnamed_crowds_are_anonymous():
    found = analysed("وأكدت جموع كبيرة من المحتجين أن مطالبهم لم تتحقق بعد.")
    assert speaker(found, "وأكدت").startswith("جموع")
    assert anonymous(found, "وأكدت")


def test_unnamed_organisations_are_anonymous():
    found = analysed("وأكدت منظمات حقوق الإنسان أن السجناء يعانون من نقص الدواء.")
    assert speaker(found, "وأكدت").startswith("منظمات")
    assert anonymous(found, "وأكدت")


def test_a_named_organisation_stays_named():
    found = analysed("وقالت منظمة العفو الدولية إن السجناء يعانون من نقص الدواء.")
    assert not anonymous(found, "وقالت")


def test_the_group_noun_with_a_quoted_name_stays_named():
    # the rule's own noun ("شركات") with the companies named in quotation marks: named, not anonymous
    found = analysed("وقالت شركات «أبل» و«سامسونج» إن الأسعار سترتفع.")
    assert speaker(found, "وقالت").startswith("شركات")
    assert not anonymous(found, "وقالت")
