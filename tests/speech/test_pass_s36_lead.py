"""Session 36, lead reading of articles outside the gold (docs/evaluation/quotes.md, "Session 36, lead"):

- lead36a: the writer's own hope or plea ("نأمل أن"، "آمل أن"، "نرجو أن") is not a reporting verb, but its أن
  is its own: a cue several words before it does not reach past it (word_classes.tsv, not_before_complementizer);
- lead36b: a clock time or score ("الساعة (11:59)"، "3:1") is one token, so its colon opens no speech and ends
  no clause (scan.py, TOKEN_RE);
- lead36c: an honorific pronoun ("سعادته"، "معاليه") stands for the latest single, named-looking speaker, not
  a group that spoke after him (speakers.py, ``_honoured``);
- lead36d: a quotation that is a list of names ("«نواف العابد، عبدالمجيد السواط، …»") is no quote
  (direct.py, ``quoted_names``);
- lead36e: greetings conveyed after a subject ("ونقل محافظ الجبيل تحيات وتهاني …") end the speaker phrase
  (np_extra_stops) and are no person (entities name_stops.tsv);
- lead36f: a name spelt in letters with dots ("بنك إيه.إن.زد"، "آي.أو.بي.إي") is one token (scan.py, TOKEN_RE);
- lead36g: "دون" before what was left unsaid ("دون الكشف عن"، "دون أن يذكر") ends a speaker phrase, not "دون" the
  name or "excluding" (phrases.py, ``without_saying``);
- lead36h: an outlet in brackets after لـ ("لـ(عكاظ)") is the via (region.py, ``via_at``);
- lead36i: "لدى" after an envoy's title stays in the speaker phrase ("مندوب مصر الدائم لدى الجامعة العربية السفير
  طارق عادل"; phrases.py, ``accredited_to``);
- lead36j: "بحسب إعلان X" names a source at the sentence's close (according_sources.tsv).
"""

from entity_quotes import analysed, by_cue, speaker

import khabar


def test_a_cue_does_not_reach_past_the_writers_hope():
    text = ("بل إنها أضافت كثيرا من الألق على أهل منطقتها من خلال الرقي الذي تقدمه لهم، نأمل أن تعمل "
            "ذلك لعلها تكون نواة للمسرح السعودي.")
    assert [q for q in analysed(text) if q["cue"] and q["cue"]["text"] == "أضافت"] == []


def test_a_reported_hope_is_still_a_quote():
    found = analysed("وقال الوزير إننا نأمل أن تنتهي الأزمة قريبا.")
    assert "نأمل أن تنتهي الأزمة" in by_cue(found, "وقال")["text"]


def test_a_clock_time_does_not_cut_an_according_to_quote():
    text = ("وتقرر أن تبدأ الهدنة الإنسانية اعتباراً من الساعة (11:59) مساءً يوم الأحد ولمدة خمسة أيام وفقاً "
            "لما ورد في رسالة الرئيس اليمني.")
    quote = by_cue(analysed(text), "وفقاً لما ورد")
    assert "11:59" in quote["text"] and not quote["text"].startswith("59")


def test_a_time_in_reported_content_stays_inside_it():
    text = "وأوضح المتحدث أن الحادث وقع في تمام الساعة 6:19 صباح أمس، وتم نقل المصاب إلى المستشفى."
    assert "6:19 صباح أمس" in by_cue(analysed(text), "وأوضح")["text"]


def test_an_honorific_pronoun_skips_the_group_that_spoke_last():
    text = ("زار السفير الأسترالي الدكتور رالف كينج مقر الشركة، وأبدى إعجابه بالبرامج. وأكد المسؤولون "
            "بالشركة على فتح المجال أمام المتنافسين، فيما أشاد سعادته بحسن التعاون والاستقبال.")
    assert "رالف كينج" in speaker(analysed(text), "أشاد")


def test_an_honorific_pronoun_after_one_speaker_is_that_speaker():
    text = "وقال وزير الإسكان ماجد الحقيل إن الوزارة ماضية في خططها. وحث معاليه الموظفين على مواصلة العمل."
    assert "ماجد الحقيل" in speaker(analysed(text), "وحث")


def test_a_list_of_names_in_marks_is_no_quote():
    text = ("بينما واصل الرباعي «نواف العابد، عبدالمجيد السواط، عبدالله عطيف، أحمد شراحيلي» أداء برامجهم "
            "التأهيلية بالجري حول الملعب.")
    assert [q for q in analysed(text) if q["kind"] == "direct"] == []


def test_speech_in_marks_after_the_same_verb_stays():
    found = analysed("وواصل الوزير: «سنعمل على تطوير المشاريع، ونتابع تنفيذها».")
    assert by_cue(found, "وواصل")["kind"] == "direct"


def test_greetings_conveyed_end_the_speaker_phrase_and_are_no_person():
    text = "ونقل محافظ الجبيل تحيات وتهاني أمير المنطقة الشرقية للمواطنين، وتمنى أن يعيد الله العيد على الجميع."
    assert speaker(analysed(text), "وتمنى") == "محافظ الجبيل"
    doc = khabar.analyze("ونقل معالي وزير الخارجية تعازي المملكة لأسرة الرضيع.")
    assert all(e["name"] != "تعازي" for e in doc.entities)


def test_an_office_with_its_holder_named_is_not_anonymous():
    text = ("وقال المتحدث الرسمي باسم وزارة الداخلية اللواء منصور التركي إن الأجهزة ألقت القبض على المتهمين. "
            "وأضاف المتحدث باسم الوزارة أن التحقيقات مستمرة.")
    found = analysed(text)
    assert by_cue(found, "وقال")["speaker"]["anonymous"] is False
    assert by_cue(found, "وأضاف")["speaker"]["anonymous"] is False


def test_a_name_with_dots_is_the_speaker_and_opens_no_content():
    found = analysed("وقال بنك إيه.إن.زد “انخفاض مخزون الخام يرجع إلى قفزة في إنتاج المصافي.” وارتفع السعر.")
    quote = by_cue(found, "وقال")
    assert quote["speaker"]["text"] == "بنك إيه.إن.زد"
    assert quote["text"].startswith("انخفاض مخزون الخام")


def test_without_revealing_ends_the_speaker_phrase():
    text = ("وقال رومنيجه للصحفيين «أستطيع أن أؤكد أننا توصلنا لاتفاق». وأضاف رومنيجه دون الكشف عن قيمة الصفقة "
            "«إذا سار كل شيء حسب الخطة فانه ربما يبدأ التدريب».")
    assert speaker(analysed(text), "وأضاف") == "رومنيجه"


def test_don_the_name_stays_in_the_speaker_phrase():
    assert speaker(analysed("وقال دون لوجان مدير خدمة الإسعاف إن الرجل نجا من العضة."), "وقال").startswith("دون لوجان")


def test_an_outlet_in_brackets_is_the_via():
    found = analysed("أكد عضو الائتلاف محمد العلي في تصريح خاص لـ(عكاظ) أن رؤية المبعوث الدولي ستفشل.")
    assert by_cue(found, "أكد")["via_text"]["text"] == "لـ(عكاظ)"


def test_an_envoy_keeps_where_he_is_posted():
    text = "وقال مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل في تصريح للصحفيين إن اللجنة ستجتمع غدا."
    assert speaker(analysed(text), "وقال") == "مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل"


def test_upon_his_arrival_is_not_where_an_envoy_is_posted():
    assert speaker(analysed("وقال السفير الأمريكي لدى وصوله إن العلاقات متينة."), "وقال") == "السفير الأمريكي"


def test_according_to_an_announcement_names_its_source():
    text = "تباطأ معدل التضخم في السودان إلى 14.1 % في يوليو، بحسب إعلان الجهاز المركزي للإحصاء في السودان."
    quote = by_cue(analysed(text), "بحسب")
    assert quote["kind"] == "according_to" and "الجهاز المركزي للإحصاء" in quote["speaker"]["text"]


def test_without_naming_right_after_the_verb_is_no_speaker():
    text = ("وكان غورسيل ندد أمس بتقديم التعازي إلى الرئيس. وكتب دون أن يذكر الرئيس بالاسم «من المخجل أن يتصل "
            "مسؤولون أجانب بالشخص الذي يعتبر المسؤول الأول عن الإرهاب».")
    assert speaker(analysed(text), "وكتب") != "دون"


def test_peace_be_upon_him_after_to_say_is_the_prophet():
    """lead36l: "قال عليه السلام" / "قوله عليه السلام" is the Prophet's hadith, as "قال صلى الله عليه وسلم" is."""
    text = ("وفي المدينة تحدث إمام المسجد عن حرمة أذية المسلم، قال عليه السلام «قتال المسلم كفر وسبابه فسوق» "
            "ولعنه كقتله.")
    assert speaker(analysed(text), "قال") == "عليه السلام"


def test_said_so_keeps_a_bi_phrase_inside_its_subject():
    """lead36n: "صرح بذلك …" has its ب-object already; "بالعاصمة المقدسة" is part of the subject."""
    text = ("سقط عامل من الدور العاشر. صرح بذلك المتحدث الرسمي للإدارة العامة للدفاع المدني بالعاصمة المقدسة "
            "الرائد نايف الشريف.")
    assert speaker(analysed(text), "صرح بذلك").endswith("الرائد نايف الشريف")


def test_an_honorific_before_a_restated_title_is_looked_past():
    """lead36o: "سمو رئيس الهيئة …" after "صاحب السمو الأمير سعود بن عبدالله بن ثنيان رئيس الهيئة …" is him."""
    text = ("وأعلن صاحب السمو الأمير سعود بن عبدالله بن ثنيان رئيس الهيئة الملكية للجبيل وينبع أن المشروع اكتمل. "
            "وأوضح سمو رئيس الهيئة الملكية للجبيل وينبع أن العمل بدأ.")
    assert "سعود بن عبدالله بن ثنيان" in speaker(analysed(text), "وأوضح")
