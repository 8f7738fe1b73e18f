"""Session 31, lead14: after a quotation, "بهذه الكلمات / بهذه العبارة + a verb + its subject" ("«…». بهذه
الكلمات أوجز القائد العسكري …"، "«…».. بهذه العبارة بدأت عدد من السيدات حديثهن") and "هذه العبارة + a past
verb with its pronoun + its subject" ("«…»، هذه العبارة كتبها المؤرخ …") point back at the quoted words: the
verb's subject said them, and the cue runs from the demonstrative to the verb (as the dev gold writes it:
2015-07-21#1419, 2015-08-06#2911). Before, the quotation had no speaker, or the last one. Found by reading
random articles outside the gold (2015-07-22#187)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_bihadhihi_alkalimat_names_the_speaker_after_its_verb() -> None:
    found = quotes("شهدت المدينة أمس احتفالات واسعة. «نحن نحتفل بالنصر الذي نهديه إلى عائلات الشهداء والجرحى». "
                   "بهذه الكلمات أوجز القائد العسكري في المحافظة العميد سالم الحربي أحداث أمس في المدينة.")
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [
        ("direct", "بهذه الكلمات أوجز", "القائد العسكري في المحافظة العميد سالم الحربي")]


def test_the_verbs_object_with_its_pronoun_ends_an_unnamed_subject() -> None:
    found = quotes("«لن نتخلى عن أرضنا مهما طال الزمن».. بهذه العبارة بدأت عدد من النساء حديثهن للصحيفة، "
                   "وأكدن أن المرأة تقف مع الجنود.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("direct", "عدد من النساء"), ("indirect", "عدد من النساء")]


def test_a_subject_with_no_title_after_the_bi_form() -> None:
    found = quotes("«ساعدوني في العثور على ابنتي».. بهذه العبارة استهلت والدة الفتاة المختفية حديثها للصحيفة.")
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [
        ("direct", "بهذه العبارة استهلت", "والدة الفتاة المختفية")]


def test_hadhihi_al_ibara_with_a_past_verb_and_its_pronoun() -> None:
    found = quotes('"الاختيار أصعب من التأليف"، هذه العبارة كتبها المؤرخ ابن عبد ربه في مقدمة كتابه.')
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [
        ("direct", "هذه العبارة كتبها", "المؤرخ ابن عبد ربه")]


def test_later_bare_cues_go_on_with_the_pointed_speaker() -> None:
    found = quotes("«الموسيقى لغة لا تحتاج إلى ترجمة». بهذه الكلمات افتتح عازف البيانو الشهير كارلوس مونتيرو حفله. "
                   "وأضاف: «سأعود إلى هذه المدينة كل عام».")
    assert [speaker for _, _, speaker, _ in found] == ["عازف البيانو الشهير كارلوس مونتيرو"] * 2


def test_a_saying_people_repeat_is_not_theirs() -> None:
    # guard: a present verb after هذه العبارة tells of a saying repeated, not said by its subject
    found = quotes("«الصبر مفتاح الفرج». هذه العبارة التي يرددها الطلاب في كل امتحان هي لحكيم قديم.")
    assert not any(cue and cue.startswith("هذه العبارة") for _, cue, _, _ in found)


def test_a_pointer_with_no_speaker_after_its_verb_changes_nothing() -> None:
    # guard: "وبهذه الجملة يعود بانتباهه إلى …": no subject after the verb, the cue before the quotation stays
    found = quotes("وقال المدرب: «الفريق جاهز للمباراة». وبهذه الجملة يعود المدرب إلى التدريبات.")
    assert [(kind, cue) for kind, cue, _, _ in found] == [("direct", "وقال")]


def test_a_cue_before_the_quotation_keeps_it() -> None:
    # guard: a quotation with its own cue before it keeps that cue and speaker
    found = quotes("وقال الوزير خالد العمري: «سنفتتح المشروع قبل نهاية العام». بهذه الكلمات ختم الوزير حديثه.")
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found] == [("direct", "وقال", "الوزير خالد العمري")]


def test_hakadha_before_a_reporting_verb_names_the_speaker() -> None:
    found = quotes("«انظروا ماذا فعلوا بهذه الأسرة»؛ هكذا يقول المستشار القانوني ناصر العتيبي. وتتلخص القصة في أن …")
    assert [(kind, cue, speaker) for kind, cue, speaker, _ in found][:1] == [
        ("direct", "هكذا يقول", "المستشار القانوني ناصر العتيبي")]


def test_hakadha_leaves_the_verbs_own_words_to_it() -> None:
    # guard: "هكذا أعربت X عن استنكارها …": the quotation is X's and so is the indirect quote after the verb
    found = quotes("«الإسلام بريء من التطرف والعنف». هكذا أعربت النائبة البريطانية سارة جونز عن استنكارها "
                   "لربط الإرهاب بالمسلمين.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("direct", "النائبة البريطانية سارة جونز"), ("indirect", "النائبة البريطانية سارة جونز")]


def test_wa_hakadha_is_the_narration_going_on() -> None:
    # guard: "وهكذا" is "and so": no pointer, the quotation keeps its own cue
    found = quotes("وقال المدرب خالد الزهراني: «سنلعب للفوز فقط». وهكذا يؤكد الفريق جاهزيته للمباراة.")
    assert found[0][:3] == ("direct", "وقال", "المدرب خالد الزهراني")
