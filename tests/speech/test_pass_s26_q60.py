"""Quote finder, pass q60 (session 26): a participle after a clause of the narration goes on with that
clause's subject.

"…، في حين وصف رئيس المجلس X القرار بالتاريخي، مؤكدا أن …", "…، نشر X سلسلة من المقالات، متهما …",
"…، فيما طالب المتضررون الجهات المختصة بالتحقيق، مؤكدين أن …": a participle with no subject of its
own, after a clause the narration opened after a comma with a verb that has no quote of its own,
speaks for that verb's subject — the person named right after the verb (a title before the name
allowed), or, for a plural participle, the group of people named there. The finder took only a
reporting verb's named subject and otherwise went on with the sentence's subject or the last speaker
("البرلمان"، "المصادر"، the plural speaker quoted before). Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import speaker_opening as _speaker_of


def test_participle_after_in_hin_clause_with_named_chairman():
    # before: the subject of a sentence before ("البرلمان")
    text = ("صادق البرلمان على قانون الانتخاب الجديد في جلسة عقدها أمس. "
            "وما إن تمت المصادقة على القانون حتى وقف النواب طويلا، في حين وصف رئيس المجلس فهد الناصر "
            "إقرار القانون بالخطوة المهمة، مؤكدا أن التشريع الجديد سيعزز المشاركة الشعبية.")
    assert "فهد الناصر" in _speaker_of(text, "التشريع الجديد")


def test_participle_after_comma_clause_with_named_writer():
    # before: the last speaker ("مصادر دبلوماسية")
    text = ("قالت مصادر دبلوماسية إن العلاقات بين البلدين تمر بمرحلة صعبة. "
            "وقبل صدور كتابه الجديد بأسابيع، نشر الكاتب مايكل أورين سلسلة من المقالات في صحف أمريكية، "
            "متهما الإدارة بإضعاف التحالف التقليدي بين البلدين.")
    assert "أورين" in _speaker_of(text, "الإدارة بإضعاف")


def test_plural_participle_after_demand_clause_of_a_group():
    # before: the group quoted earlier in the sentence ("الموظفون المستحقون للترقيات")
    text = ("وقال الموظفون المستحقون للترقيات: «لن نتنازل عن حقوقنا»، فيما طالب المتضررون من الجهات "
            "المختصة إنصافهم وفقاً للنظام، مؤكدين أنهم سيقبلون بنتائج التحقيق.")
    assert _speaker_of(text, "سيقبلون بنتائج").startswith("المتضررون")


# guards: what must not change


def test_participle_after_reporting_verb_with_its_own_quote():
    # "وقال X إن …، مؤكدا": the verb's own quote comes between, its speaker goes on
    text = ("وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي في اليمن، "
            "مؤكدا أن الحوار هو السبيل الوحيد لإنهاء الأزمة.")
    assert "عادل الجبير" in _speaker_of(text, "الحوار هو")


def test_participle_after_clause_inside_reported_words():
    # the clause is part of the speaker's words ("إن فلانا نقل …، معربا"): the speaker goes on
    text = ("وقال المتحدث باسم الرئاسة السفير علاء يوسف، إن الوزير نقل تحيات الرئيس الفرنسي، "
            "معربا عن تطلع بلاده لتعزيز التعاون.")
    assert "علاء يوسف" in _speaker_of(text, "تطلع بلاده")


def test_participle_after_clause_naming_no_person():
    # "، حيث تتوفر الشمس …": a clause whose subject names no one leaves the sentence's speaker
    text = ("وطالب المواطن سعد القحطاني باستغلال الطاقة الشمسية في المنازل، "
            "حيث تتوفر الشمس طوال العام في المنطقة، مبينا أن دولا كثيرة تعتمد عليها في توليد الكهرباء.")
    assert "سعد القحطاني" in _speaker_of(text, "دولا كثيرة")
