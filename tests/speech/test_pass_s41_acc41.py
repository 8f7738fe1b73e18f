"""Session 41, pass acc41 (issue #4, according-to detection): a short source set off by commas before a
contrastive connective ("…، بحسب المرصد، إلا أن …"، "…، وفقا لوكالة رويترز، لكن …") closes the clause
before it, as at the sentence's end. Before, the source was dropped (no quote: dev 2015-08-04#600) or its
content was taken from the contrast's أن-clause or ran over the cue and the contrast. A concession
("رغم …، بحسب …، إلا أنهم …") is one clause and is left alone; "وفق أساليب …" names a manner, no source."""

from __future__ import annotations

import pytest
from entity_quotes import according_rows

NUSRA = (
    'وكانت جبهة النصرة خطفت ثمانية عناصر من "الفرقة 30" بينهم قائد الفرقة العقيد نديم الحسن مساء الأربعاء '
    "قرب مدينة اعزاز في ريف حلب الشمالي، بحسب المرصد، إلا أن وزارة الدفاع الأميركية نفت الأمر."
)

CLOSING = [
    (NUSRA, "المرصد", "كانت جبهة النصرة خطفت ثمانية عناصر"),
    (
        # corpus 2015-07-27#76: no quote before
        "وزعم فاروفاكيس أنه كان مخولا من جانب رئيس الوزراء أليكسيس تسيبراس في ديسمبر (كانون الأول) الماضي لبحث "
        'نظام الدفع الموازي، بحسب ما نقلت "كاثيميريني"، إلا أنه لم يحصل على الموافقة النهائية للبدء في النظام الجديد.',
        '"كاثيميريني"',
        "زعم فاروفاكيس أنه كان مخولا",
    ),
    (
        "وارتفعت الأسعار بنسبة 5 في المئة، وفقا لوكالة رويترز، لكن الحكومة نفت ذلك.",
        "وكالة رويترز",
        "ارتفعت الأسعار بنسبة 5 في المئة",
    ),
    (
        "وارتفعت الأسعار بنسبة 5 في المئة، وفقا لوكالة رويترز، غير أن الحكومة نفت ذلك.",
        "وكالة رويترز",
        "ارتفعت الأسعار بنسبة 5 في المئة",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), CLOSING)
def test_a_source_before_a_contrast_closes_the_clause_before_it(text: str, speaker: str, content: str) -> None:
    rows = according_rows(text)
    assert rows, rows
    _, who, what = rows[0]
    assert who == speaker
    assert what.startswith(content)
    assert "نفت" not in what and "الحكومة" not in what and "يحصل" not in what


def test_a_concession_stays_one_clause() -> None:
    # corpus 2015-07-21#837: "رغم … إلا أنهم …" is one sentence; the contrast is its main clause
    text = "ورغم غياب ثقافة المسرح، بحسب السليماني، إلا أنهم استطاعوا استقطاب أعداد كبيرة من الجمهور."
    assert not any(what.endswith("المسرح") for _, _, what in according_rows(text))


def test_a_manner_is_no_source() -> None:
    # corpus 2015-07-24#876
    text = (
        "وأصدرت بعض دور النشر الجادة والتي تعمل باحتراف كتبا مهمة ومفيدة وعلمية، وفق أساليب النشر المعتمدة "
        "والسليمة، لكن هدف دور نشر أخرى تجاري بحت."
    )
    assert according_rows(text) == []


def test_a_bare_indefinite_is_no_source() -> None:
    # corpus 2015-08-07#760: "وفق تعاون وتناغم" is how the two bodies work, said by no one
    text = (
        "مع أن الدائرة واللجنة تعملان جنبا إلى جنب في كثير من الاتحادات الأهلية والقارية، وفق تعاون وتناغم، "
        "ولكن بمهام محددة لكليهما."
    )
    assert according_rows(text) == []
