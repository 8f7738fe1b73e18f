"""Session 37, pass ind37: a crosshead that names its speaker, a colon and what they said, with no cue and no
quotation marks ("… مسرحية «بنات المول». ليلى سلمان: الجمهور السعودي متفتح …"، "سموه: المنطقة تمتاز …"), is an
indirect quote with no cue (ANNOTATION.md); before, nothing was read. Dev rows: 2015-07-22#1225, 07-22#936,
07-24#1336."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_titled_name_crosshead() -> None:
    found = quotes("وصل الوفد إلى الرياض مساء أمس. وزير الخارجية سامح شكري: العلاقات بين البلدين قوية ومتينة منذ عقود.")
    assert ("indirect", None, "وزير الخارجية سامح شكري", "العلاقات بين البلدين قوية ومتينة منذ عقود") in found


def test_bare_name_crosshead_ends_before_next_cue() -> None:
    found = quotes("امتلأت القاعة بالحضور لمشاهدة العرض الأول. الفنانة ليلى سلمان: الجمهور السعودي متفتح ومتذوق "
                   "للفن ولفتت الفنانة ليلى سلمان إلى أن المسرح بحاجة إلى دعم.")
    crossheads = [row for row in found if row[1] is None]
    assert crossheads == [("indirect", None, "الفنانة ليلى سلمان", "الجمهور السعودي متفتح ومتذوق للفن")]


def test_honorific_pronoun_crosshead() -> None:
    found = quotes("افتتح أمير المنطقة الأمير فيصل بن خالد المهرجان السياحي. سموه: المنطقة تمتاز بطبيعتها الخلابة وبيئتها السليمة.")
    rows = [row for row in found if row[1] is None]
    assert len(rows) == 1 and rows[0][3] == "المنطقة تمتاز بطبيعتها الخلابة وبيئتها السليمة"
    assert rows[0][2] is not None and "فيصل بن خالد" in rows[0][2]


def test_guard_byline_is_no_speaker() -> None:
    found = quotes("سبق – الرياض: أعلنت وزارة التعليم اليوم أن الدراسة تبدأ الأحد المقبل.")
    assert [row[1] for row in found] == ["أعلنت"]


def test_guard_label_is_no_speaker() -> None:
    found = quotes("وجاءت النتائج متقاربة. ملاحظة: جميع الأسعار المذكورة تشمل ضريبة القيمة المضافة.")
    assert found == []


def test_guard_colon_before_quotation_stays_direct() -> None:
    found = quotes("وصل الوفد إلى الرياض. وزير الخارجية سامح شكري: «العلاقات بين البلدين قوية ومتينة».")
    assert [row[0] for row in found] == ["direct"]


def test_guard_short_caption_is_no_quote() -> None:
    found = quotes("التقطت الصورة أمس. محمد العلي: أرشيفية.")
    assert found == []


def test_guard_enumeration_label_is_no_speaker() -> None:
    found = quotes("حكم الملك هيثوم الأول أرمينيا سنوات طويلة، ولذلك احتمالان: "
                   "الأول: العلاقات الوطيدة التي أرساها الدعاة مع الكنيسة في تلك الفترة.")
    assert [row for row in found if row[1] is None] == []
