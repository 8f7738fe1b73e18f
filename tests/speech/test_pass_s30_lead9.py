"""Session 30, lead9: "باسمه / باسمها / باسمهما" after the subject of a reporting verb says on whose
behalf the speaker speaks ("وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن …"), so it ends the
speaker phrase; after a spokesman title it is the title's own complement ("المتحدث باسمها") and stays.
Found by reading random articles outside the gold."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_a_king_on_his_own_behalf_and_his_peoples() -> None:
    found = quotes("وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن أصدق التهاني للرئيس المنتخب.")
    assert found == [("indirect", "وأعرب", "الملك المفدى", "أصدق التهاني للرئيس المنتخب")]


def test_a_governor_on_his_own_behalf_with_ba_repeated() -> None:
    found = quotes("وعبر أمير المنطقة سعود الفالح باسمه وباسم أهالي المنطقة عن تعازيه لأسرة الفقيد.")
    assert found == [("indirect", "وعبر", "أمير المنطقة سعود الفالح", "تعازيه لأسرة الفقيد")]


def test_the_participle_after_goes_on_with_the_short_speaker() -> None:
    found = quotes("وأعرب خادم الحرمين الشريفين باسمه واسم الشعب السعودي عن تعازيه، مشيدا بمواقف الفقيد الكريمة.")
    assert [speaker for _, _, speaker, _ in found] == ["خادم الحرمين الشريفين", "خادم الحرمين الشريفين"]


def test_two_speakers_on_their_behalf() -> None:
    found = quotes("وأعرب الرئيس المنتخب ونائبه باسمهما واسم شعب البلاد عن أطيب التهاني للملك.")
    assert found == [("indirect", "وأعرب", "الرئيس المنتخب ونائبه", "أطيب التهاني للملك")]


def test_a_spokesman_for_a_body_keeps_his_title() -> None:
    # guard: "باسمها" completes the spokesman's title: who he speaks for is who he is
    found = quotes("وقال المتحدث باسمها إن الوزارة ستعلن النتائج الأسبوع المقبل.")
    assert found and found[0][2] == "المتحدث باسمها"


def test_an_official_spokesman_keeps_his_title() -> None:
    # guard: an adjective between the spokesman word and باسمه
    found = quotes("وأوضح الناطق الرسمي باسمه أن الاجتماع تأجل إلى موعد لاحق.")
    assert found and found[0][2] == "الناطق الرسمي باسمه"


def test_bism_with_a_noun_is_untouched() -> None:
    # guard: "باسم" before a noun is no pronoun form ("المتحدث باسم الوزارة")
    found = quotes("وقال المتحدث باسم وزارة الصحة إن عدد الإصابات انخفض.")
    assert found and found[0][2] == "المتحدث باسم وزارة الصحة"


def test_a_spokesman_after_wa_keeps_his_title() -> None:
    # guard: "والمتحدث الرسمي باسمه" is a second title of the same man, then his name
    found = quotes("وقال عضو مجلس المحافظة والمتحدث الرسمي باسمه عيد الحمد إن الوضع مستقر.")
    assert found and found[0][2] == "عضو مجلس المحافظة والمتحدث الرسمي باسمه عيد الحمد"


# "متهما" after a figure is the counted noun "defendant", not the participle "accusing": what was said
# runs on over it


def test_defendants_counted_in_digits_stay_in_the_content() -> None:
    found = quotes("وأوضح المتحدث أن الإدارة سجلت خلال الشهر الماضي 14 قضية وضبطت 18 متهما وحررت 63 مخالفة.")
    assert found == [("indirect", "وأوضح", "المتحدث",
                      "الإدارة سجلت خلال الشهر الماضي 14 قضية وضبطت 18 متهما وحررت 63 مخالفة")]


def test_defendants_counted_before_a_participle_that_reports() -> None:
    found = quotes("وأعلنت الشرطة ضبط 12 متهما في قضايا سرقة، مشيرة إلى أن التحقيقات مستمرة.")
    assert [(cue, text) for _, cue, _, text in found] == [("وأعلنت", "ضبط 12 متهما في قضايا سرقة"),
                                                          ("مشيرة", "التحقيقات مستمرة")]


def test_accusing_with_its_object_still_reports() -> None:
    # guard: with no figure before it, "متهما" + whom it accuses is the participle
    found = quotes("وهاجم الوزير المعارضة، متهما إياها بتعطيل عمل البرلمان.")
    assert any(cue == "متهما" for _, cue, _, _ in found)


def test_other_participles_after_a_figure_still_report() -> None:
    # guard: only the noun-like "متهما" is taken for a counted noun
    found = quotes("وارتفع المؤشر 3 في المائة مشيرا إلى تحسن السوق.")
    assert any(cue == "مشيرا" for _, cue, _, _ in found)


# a bare title after a cable names its sender, not the one the cable was addressed to ("لجلالة الملك …")


def test_the_king_who_sends_not_the_king_addressed() -> None:
    found = quotes("بعث الملك سلمان بن عبدالعزيز برقية تهنئة لجلالة الملك فهد الأول ملك بلاد الشرق. "
                   "وأعرب الملك المفدى عن أصدق التهاني لجلالته.")
    assert [speaker for _, _, speaker, _ in found] == ["الملك سلمان بن عبدالعزيز"]


def test_a_title_named_plainly_before_is_still_its_antecedent() -> None:
    # guard: without the honorific of address the nearest titled name is the speaker
    found = quotes("التقى الأمير خالد الفيصل بالوفد الزائر. وأكد الأمير المفدى أن الزيارة ناجحة.")
    assert [speaker for _, _, speaker, _ in found] == ["الأمير خالد الفيصل"]
