"""Session 36, pass spk36: a bare reporting verb (no و / ف) right after a phrase that opens its sentence and
names someone has that phrase for subject; the phrase after the verb is whom it told or called on
("مصادر عراقية في وزارة المالية أبلغت «عكاظ» أن …", "رئيس لجنة التدقيق في البنك أخبر معهد … أن …",
"عضو الكتلة النائب أحمد فتفت دعا العماد عون إلى …", "مارلين قالت لسكوراس: «…»"). Before, the phrase after
the verb was read as its subject. Dev rows: 2015-08-11#1468, 08-08#180, 08-11#1382, 08-07#124."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(kind, speaker) for kind, _, speaker, _ in quotes(text)]


def test_unnamed_sources_before_told_outlet() -> None:
    found = speakers("قال وزير المالية محمد الجدعان إن الميزانية متوازنة. "
                     "مسؤول في وزارة المالية أبلغ «الرياض» أن الميزانية ستعلن قريبا.")
    assert found[-1] == ("indirect", "مسؤول في وزارة المالية")


def test_titled_name_before_told_newspaper() -> None:
    found = speakers("قال وزير المالية محمد الجدعان إن الميزانية متوازنة. "
                     "وزير الاقتصاد فيصل الإبراهيم أبلغ الصحيفة أن الميزانية ستعلن قريبا.")
    assert found[-1] == ("indirect", "وزير الاقتصاد فيصل الإبراهيم")


def test_named_member_before_called_on_person() -> None:
    found = speakers("وقال وزير المالية محمد الجدعان إن الميزانية متوازنة. "
                     "عضو مجلس النواب أحمد سالم دعا العماد عون إلى الإسراع في تنفيذ المشروع.")
    assert found[-1] == ("indirect", "عضو مجلس النواب أحمد سالم")


def test_named_woman_before_qalat_li() -> None:
    found = speakers("قال المحلل سامي النفيعي إن السوق تراجعت. "
                     "الممثلة ليلى علوي قالت لسكوراس: «لقد سمعت بذلك».")
    assert found[-1] == ("direct", "الممثلة ليلى علوي")


def test_guard_verb_first_keeps_subject_after() -> None:
    found = speakers("قال المحلل سامي النفيعي إن السوق تراجعت. وأخبر رئيس البنك أعضاء المجلس أن الأرباح تراجعت.")
    assert found[-1][1].startswith("رئيس البنك")


def test_guard_fronted_time_is_no_subject() -> None:
    found = speakers("وفي الرياض، اجتمع المجلس لمناقشة الميزانية. أمس أعلن وزير المالية محمد الجدعان أن الميزانية متوازنة.")
    assert found[-1] == ("indirect", "وزير المالية محمد الجدعان")


def test_guard_fronted_prepositional_phrase_is_no_subject() -> None:
    found = speakers("وفي هذا الإطار قال المدير العام للشركة خالد سعيد إن الأرباح تضاعفت.")
    assert found == [("indirect", "المدير العام للشركة خالد سعيد")]


def test_outlet_told_is_the_via() -> None:
    import khabar

    doc = khabar.analyze("قال وزير المالية محمد الجدعان إن الميزانية متوازنة. "
                         "مصادر مطلعة في وزارة المالية أبلغت «الحياة» أن الميزانية ستعلن قريبا.", published="2015-08-01")
    last = doc.quotes[-1]
    assert last["speaker"]["text"] == "مصادر مطلعة في وزارة المالية"
    assert last["via_text"]["text"] == "«الحياة»"


def test_guard_caption_name_before_verb_and_subject() -> None:
    found = speakers("وتظهر الأرقام تدنيا منتظما في ترتيب البلاد. "
                     "دي مستورا أكدت السلطات السورية، امس الخميس، دعمها مبادرة الرئيس الروسي.")
    assert found[-1] == ("indirect", "السلطات السورية")


def test_guard_byline_is_no_subject() -> None:
    found = speakers("خالد سجاف ـ الدمام أعرب عدد من زوار الشرقية عن سعادتهم بالفعاليات المنوعة.")
    assert found == [("indirect", "عدد من زوار الشرقية")]



def test_guard_min_jihatihi_is_no_subject() -> None:
    found = speakers("وأعلن المركز توزيع المساعدات. «واس» من جهته قال المتحدث الرسمي للمركز رأفت الصباغ إن القوافل وصلت.")
    assert found[-1] == ("indirect", "المتحدث الرسمي للمركز رأفت الصباغ")


def test_guard_fronted_weekday_is_no_subject() -> None:
    found = speakers("وجرت الصدامات في المدينة القديمة. والأحد أعلنت الشرطة الإسرائيلية أنها اعتقلت شابا.")
    assert found[-1] == ("indirect", "الشرطة الإسرائيلية")


def test_group_with_an_adjective_is_not_the_person_named_after() -> None:
    # the tagger's name "محمد السعيدان المستثمر العقاري" runs over "العقاري", which it then finds in the group
    found = speakers("عدد من المهتمين في القطاع العقاري قالوا إن الأسعار مرتفعة. "
                     "وفي صلب الموضوع أشار محمد السعيدان المستثمر العقاري، إلى أن غياب الآلية فرض المزاجية.")
    assert found == [("indirect", "عدد من المهتمين في القطاع العقاري"),
                     ("indirect", "محمد السعيدان المستثمر العقاري")]
