"""Session 31, lead13 (a reading pass outside the gold): two speaker shapes of unnamed sources.

1. A person named inside a phrase that opens with an indefinite unnamed source, after a preposition
   ("مصادر مقربة من الرئيس …"، "مصادر عسكرية موالية لهادي"، "مسؤول في حكومة الأسد"), is whom the sources
   are close to or work for: the phrase names no one, is anonymous, and is not that person speaking
   again when he spoke before.
2. "هذا / هذه" before a definite source or title right after a reporting verb ("وأضاف هذا المصدر أن …")
   is the verb's subject pointing back to the source before, not an object "this" (the quote was lost)."""

from __future__ import annotations

import khabar

PRESIDENT = "قال الرئيس السوري بشار الأسد إن الحرب ستنتهي قريبا. "


def _quotes(text: str) -> list[tuple[str, str, str | None, bool]]:
    doc = khabar.analyze(text)
    names = {e["id"]: e["name"] for e in doc.entities}
    return [(q["text"], q["speaker"]["text"], names.get(q["speaker"]["entity"]), q["speaker"]["anonymous"])
            for q in doc.quotes]


def _said(found: list, words: str) -> tuple:
    return next(q for q in found if words in q[0])


def test_sources_close_to_a_person_are_not_that_person() -> None:
    found = _quotes(PRESIDENT + "وقالت مصادر مقربة من الرئيس السوري بشار الأسد إن المعارك أسفرت عن سقوط قتلى.")
    _, speaker, entity, anonymous = _said(found, "المعارك")
    assert speaker.startswith("مصادر مقربة") and entity is None and anonymous
    assert _said(found, "الحرب")[1] == "الرئيس السوري بشار الأسد"  # the first quote keeps its own speaker


def test_sources_loyal_to_a_person_written_with_lam() -> None:
    text = ("قالت القوات الموالية للرئيس اليمني عبدربه منصور هادي إنها سيطرت على الحي. "
            "وقالت مصادر عسكرية موالية لهادي إن المعارك أسفرت عن سقوط قتلى.")
    _, speaker, entity, anonymous = _said(_quotes(text), "المعارك")
    assert speaker == "مصادر عسكرية موالية لهادي" and entity is None and anonymous


def test_an_official_in_a_persons_government() -> None:
    _, speaker, entity, anonymous = _said(_quotes(PRESIDENT + "وقال مسؤول في حكومة الأسد إن الجيش تقدم."), "الجيش")
    assert speaker == "مسؤول في حكومة الأسد" and entity is None and anonymous


def test_a_name_after_a_definite_body_is_the_official_himself() -> None:
    # guard: the name follows the body he works in, in apposition: he is named
    _, _, entity, anonymous = _said(_quotes("وقال مسؤول الإعلام بالوزارة محمد العلي إن الجيش تقدم."), "الجيش")
    assert entity == "محمد العلي" and not anonymous


def test_a_spokesman_named_after_his_title() -> None:
    # guard: a titled spokesman with his name is that person
    _, _, entity, anonymous = _said(_quotes("وقال المتحدث باسم الجيش العقيد خالد الأحمد إن القوات تقدمت."), "القوات")
    assert entity == "خالد الأحمد" and not anonymous


def test_this_source_goes_on_with_the_source_before() -> None:
    found = _quotes("قال مصدر أمني إن القوات تقدمت. وأضاف هذا المصدر أن المتمردين ما زالوا ينتشرون.")
    _, speaker, _, anonymous = _said(found, "المتمردين")
    assert speaker == "مصدر أمني" and anonymous


def test_these_sources_plural() -> None:
    found = _quotes("وقالت مصادر أمنية إن القوات تقدمت. وأكدت هذه المصادر أن المتمردين ما زالوا ينتشرون.")
    assert _said(found, "المتمردين")[1] == "مصادر أمنية"


def test_this_official_after_a_named_officer() -> None:
    found = _quotes("وقال اللواء خالد الأحمد إن القوات تقدمت. وأكد هذا المسؤول أن المتمردين ما زالوا ينتشرون.")
    _, _, entity, anonymous = _said(found, "المتمردين")
    assert entity == "خالد الأحمد" and not anonymous


def test_that_pointing_back_is_unchanged() -> None:
    # guard: "أوضح ذلك المتحدث …" attributes the sentence before it (q69)
    found = _quotes("تقدمت القوات في المدينة. وأوضح ذلك المتحدث الرسمي للشرطة العقيد خالد الأحمد.")
    assert _said(found, "تقدمت القوات")[2] == "خالد الأحمد"


def test_this_matter_is_no_speaker() -> None:
    # guard: "هذا الأمر" is no speaker head: no quote is given to it
    found = _quotes("وأكد هذا الأمر مدير الإدارة خالد الأحمد في تصريح صحفي.")
    assert not any((speaker or "").startswith("هذا") for _, speaker, _, _ in found)


def test_a_name_after_a_place_is_the_spokesman_himself() -> None:
    # guard: a place before the name ("في جازان"، "بجازان") is where the spokesman works, he is named
    for text in ("وقال متحدث الشرطة في جازان العقيد خالد الأحمد إن البلاغ ورد صباحا.",
                 "وأوضح متحدث الهلال الأحمر بجازان خالد الأحمد أن البلاغ ورد صباحا."):
        _, _, entity, anonymous = _said(_quotes(text), "البلاغ")
        assert entity is not None and "خالد الأحمد" in entity and not anonymous
