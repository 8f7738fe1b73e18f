"""Session 33, lead24: "تبعا لما" + a reporting verb is an according-to cue whose source is the verb's
subject ("…، تبعا لما ذكرته وزارة الصحة"), as "وفقا لما" / "طبقا لما" / "بحسب ما" already were
(according.tsv, kind ``verb``). Before, "تبعا ل" alone matched and the source began at "ما", or the verb
opened an indirect quote of its own with no speaker. Dev gold 2015-08-09#85 ("تبعا لما ذكره …")."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def _cues_and_speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(kind, cue, speaker) for kind, cue, speaker, _ in quotes(text)]


def test_closing_source_after_tabaan_lima() -> None:
    found = _cues_and_speakers("وارتفع عدد المصابين في الحادث إلى 12 شخصا، تبعا لما ذكرته وزارة الصحة في بيان أمس.")
    assert found == [("according_to", "تبعا لما ذكرته", "وزارة الصحة")]


def test_fronted_source_with_bihi() -> None:
    found = _cues_and_speakers("تبعا لما أفاد به مصدر مطلع، فإن الاجتماع سيعقد الأسبوع المقبل في الرياض.")
    assert found == [("according_to", "تبعا لما أفاد به", "مصدر مطلع")]


def test_guard_tabaan_li_measure_is_no_source() -> None:
    # "تبعا لما يحتاجه": what each district needs, not who said it
    assert _cues_and_speakers("ويتم توزيع الحصص الغذائية تبعا لما يحتاجه كل حي من الأحياء.") == []
