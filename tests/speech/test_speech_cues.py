"""Which words report speech: verbs of hope, reasons, findings, thanks and congratulations, "وزاد" before a
quotation, participles and duals, and the words spelt alike that report nothing (a noun with tanween,
"as believed", an adjective after غير). Texts run through segment, ner and link
(``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import _speaker, analysed, by_cue

from khabar.speech import lexicon as lx


def _cues(found) -> list[str]:
    return [q["cue"]["text"] for q in found if q.get("cue")]


@pytest.mark.parametrize("text,cue,content", [
    ("وأظهرت الحصيلة تراجع الفاتورة الطاقية بنحو 3 في المائة.", "وأظهرت", "تراجع الفاتورة الطاقية بنحو 3 في المائة"),
    ("وأوردت المعطيات الرسمية تحسن وضعية القطاع الخارجي.", "وأوردت", "تحسن وضعية القطاع الخارجي"),
    ("واشترطت وزارة المالية أن يكون الموظف مسؤولا عن العهدة.", "واشترطت", "يكون الموظف مسؤولا عن العهدة"),
    ("ونعت القيادة العامة للقوات المسلحة جنودها الذين استشهدوا في اليمن.", "ونعت", "جنودها الذين استشهدوا في اليمن"),
    ("وعزت المعلمة ذلك إلى أن الجامعة غيرت رغبات ابنتها.", "وعزت", "الجامعة غيرت رغبات ابنتها"),
])
def test_more_reporting_verbs(text, cue, content):
    [q] = analysed(text)
    assert q["cue"]["text"] == cue
    assert q["text"] == content


def test_a_finding_verb_takes_a_noun_object_only_after_a_text_or_institution():
    assert analysed("وأظهر اللاعب مهارة عالية في المباراة.") == []


@pytest.mark.parametrize("text,cue,content", [
    ("وأمل الوزير أن تنتهي الأزمة قريبا.", "وأمل", "تنتهي الأزمة قريبا"),
    ("وعلل المدير ذلك بأن الميزانية لم تعتمد بعد.", "وعلل", "الميزانية لم تعتمد بعد"),
    ("وأرجع المسؤول التأخير إلى أن المقاول انسحب.", "وأرجع", "المقاول انسحب"),
])
def test_verbs_of_hope_and_of_giving_a_reason(text, cue, content):
    [q] = analysed(text)
    assert q["cue"]["text"] == cue
    assert q["text"] == content


def test_hope_as_a_noun_is_not_a_cue():
    assert analysed("أمل الجماهير كبير في أن يفوز الفريق بالبطولة.") == []


def test_a_wasl_verb_written_with_hamza_is_the_first_person():
    found = analysed("وأستدرك أن تكوين المواطن الصالح ليس مهمة التعليم وحده. واستدرك الوزير أن الأمر يحتاج وقتا.")
    assert [q["cue"]["text"] for q in found] == ["واستدرك"]


def test_ajma_with_its_preposition_and_complement():
    [q] = analysed("وقد أجمع المشاركون على أن السرعة الزائدة هي أحد الأسباب الرئيسية للحوادث.")
    assert q["speaker"]["text"] == "المشاركون"
    assert q["text"] == "السرعة الزائدة هي أحد الأسباب الرئيسية للحوادث"


def test_a_participle_after_kana_is_a_predicate_not_a_new_attribution():
    [q] = analysed("وتوقعت الحكومة أن ينمو الاقتصاد بنسبة 5 في المائة، عوض 4 في المائة كما كان متوقعا في الموازنة.")
    assert q["text"].endswith("كما كان متوقعا في الموازنة")


def test_a_verb_in_a_relative_clause_after_wa_is_narration():
    found = analysed("وتحدثت الصحف عن المدرب سابيلا والذي جدد عقده مع ناديه السابق.")
    assert all((q["cue"] or {}).get("text") != "جدد" for q in found)


# --- tanween marks a noun, not the dual verb spelt alike ------------------------------------------

def test_noun_with_tanween_is_not_a_dual_verb():
    assert not analysed("وقد شيد المخرج صرحاً سينمائياً بساطته تأسر القلوب.")
    assert not analysed("ودفع المستخدمون ثمناً غالياً لتطبيق بسيط.")


def test_dual_verb_without_tanween_still_reports():
    found = analysed("والتقى الوزيران في الرياض، وصرحا للصحفيين بأن الاتفاق قريب.")
    assert by_cue(found, "وصرحا")["text"] == "الاتفاق قريب"


def test_participle_after_ghayr_is_an_adjective():
    assert not analysed("ووصل وزير الدفاع الأمريكي آشتون كارتر في زيارة غير معلنة إلى العراق، هي الأولى منذ توليه منصبه.")


def test_impersonal_verb_with_a_short_phrase_before_its_complement():
    assert not analysed("وتبين بعد الفحص أنها متوفاة قبل وصولها للطوارئ.")
    assert not analysed("وتبين له أن الضغوطات مولد رئيسي للغضب.")
    found = analysed("وتبين الوزارة أن القرار نهائي.")
    assert by_cue(found, "وتبين")["speaker"]["text"] == "الوزارة"


# --- a verb of thanks with its object is a cue ----------------------------------------------------

def test_rafa_with_congratulations_is_an_indirect_quote():
    found = analysed("افتتحت الهيئة مقرها الجديد في جدة. ورفع رئيس الهيئة الدكتور سامي العتيبي "
                     "التهنئة لخادم الحرمين الشريفين بمناسبة عيد الفطر المبارك.")
    quote = by_cue(found, "ورفع")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("التهنئة لخادم الحرمين")
    assert quote["speaker"]["text"] == "رئيس الهيئة الدكتور سامي العتيبي"


def test_the_subject_stops_before_on_whose_behalf():
    # "رفع" since s54 cue56 made thanks offered with "قدم" an act, no quote
    found = analysed("من جانبه رفع رئيس اتحاد الكرة باسمه ونيابة عن أعضاء مجلس الإدارة شكره "
                     "لوزير الرياضة على الدعم الكبير الذي يقدمه للأندية.")
    quote = by_cue(found, "رفع")
    assert quote["text"].startswith("شكره لوزير الرياضة")
    assert quote["speaker"]["text"] == "رئيس اتحاد الكرة"


def test_thanks_after_a_comma_and_on_behalf_phrase():
    found = analysed("ورفع مدير النادي الأدبي الدكتور صالح الغامدي، نيابة عن أعضاء النادي، خالص "
                     "التعازي لذوي ضحايا الحادث.")
    quote = by_cue(found, "ورفع")
    assert quote["text"].startswith("خالص التعازي")
    assert quote["speaker"]["text"] == "مدير النادي الأدبي الدكتور صالح الغامدي"


def test_taqaddama_bi_with_no_subject_keeps_the_speaker_before():
    found = analysed("وأكد محافظ الطائف أن المهرجان حقق نجاحا كبيرا هذا العام، كما تقدم بالشكر "
                     "للجهات المشاركة على جهودها.")
    quote = by_cue(found, "تقدم")
    assert quote["text"].startswith("بالشكر للجهات")
    assert "محافظ الطائف" in quote["speaker"]["text"]


def test_wajjaha_with_his_thanks_has_the_named_subject():
    found = analysed("فاز فريق النادي على ضيفه بثلاثة أهداف. ووجه رئيس النادي خالد العمري شكره "
                     "للاعبين على أدائهم المميز.")
    quote = by_cue(found, "ووجه")
    assert quote["text"].startswith("شكره للاعبين")
    assert "خالد العمري" in quote["speaker"]["text"]


# --- the same verbs without thanks stay narration -------------------------------------------------

def test_the_same_verbs_without_thanks_are_not_cues():
    found = analysed("ورفع البنك المركزي سعر الفائدة ربع نقطة. وقدم اللاعب مستوى رائعا في المباراة. "
                     "ووجه المدرب اللاعبين إلى الملعب الرديف. وتقدم العمل في المشروع بنسبة كبيرة.")
    assert not {"ورفع", "وقدم", "ووجه", "وتقدم"} & set(_cues(found))


def test_a_verb_of_thanks_inside_a_quote_does_not_cut_it_without_thanks():
    found = analysed("وقال وزير المالية إن الحكومة ستخفض الإنفاق ورفع كفاءة الأجهزة الحكومية خلال العام المقبل.")
    quote = by_cue(found, "وقال")
    assert quote["text"].endswith("خلال العام المقبل")


def test_verbs_of_thanks_stay_out_of_the_other_cues():
    assert "رفع" in lx.gratitude_forms() and "ورفع" in lx.gratitude_forms()
    assert "رفع" not in lx.cue_forms() and "تقدم" not in lx.cue_forms()
    assert lx.gratitude_forms()["تقدم"].lemma == "تقدم"  # "تقدم بالشكر", not the present of قدم


# --- "وزاد" before a colon or a quotation: "he added" ----------------------------------------------

def test_zada_before_a_quotation_adds_to_the_speaker_before():
    found = analysed("وقال مدرب الفريق خالد العطوي: \"قدمنا مباراة كبيرة أمام منافس قوي\".\n"
                     "وزاد \" اللاعبون نفذوا كل ما طلبناه منهم في التدريبات وسنواصل العمل للمباراة القادمة\".")
    quote = by_cue(found, "وزاد")
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("اللاعبون نفذوا")
    assert _speaker(quote) == "مدرب الفريق خالد العطوي"


def test_zada_without_a_quotation_is_an_ordinary_verb():
    found = analysed("وزاد عدد زوار المعرض هذا العام على مئة ألف زائر بحسب إحصاءات اللجنة المنظمة للمعرض.")
    assert not any((q.get("cue") or {}).get("text") == "وزاد" for q in found)


def test_the_name_yazid_is_not_a_cue():
    found = analysed("وقال عضو مجلس الإدارة يزيد الشهري إن النادي سيعلن عن صفقاته الجديدة الأسبوع المقبل.")
    assert _speaker(by_cue(found, "وقال")) == "عضو مجلس الإدارة يزيد الشهري"


# --- round 19: bare "عبر", the verb "expressed" where it opens its clause ------------------------
# The lexicon leaves "عبر" out without و/ف: it is far more often the preposition "via" ("أعلن عبر
# حسابه"). Opening its clause (after "من جانبه", "لكنه", a comma, or the sentence start) with its own
# "عن" after the subject, it is the verb.

def test_bare_abbara_after_a_lead_is_a_verb_with_its_subject():
    found = analysed("من جانبه عبر رئيس النادي خالد البلوي عن سعادته الكبيرة بالفوز على المنافس التقليدي.")
    quote = by_cue(found, "عبر")
    assert _speaker(quote) == "رئيس النادي خالد البلوي"
    assert quote["text"].startswith("سعادته الكبيرة")


def test_bare_abbara_opening_a_sentence_is_a_verb():
    found = analysed("انتهت الجولة الأولى من المفاوضات أمس. عبر الاتحاد الأفريقي عن قلقه البالغ من تدهور الأوضاع في المنطقة.")
    quote = by_cue(found, "عبر")
    assert _speaker(quote) == "الاتحاد الأفريقي"
    assert quote["text"].startswith("قلقه البالغ")


def test_bare_abbara_after_but_goes_on_with_the_player():
    found = analysed("وقال اللاعب سالم الدوسري إن الموسم كان صعبا، لكنه عبر في أكثر من مناسبة عن رغبته في الاحتراف بأوروبا.")
    assert "عبر" in _cues(found)


def test_abbara_after_a_verb_is_the_preposition_via():
    found = analysed("أعلن النادي عبر حسابه الرسمي في تويتر عن تعاقده مع المدرب الجديد لمدة موسمين.")
    assert "عبر" not in _cues(found)
    assert _speaker(by_cue(found, "أعلن")) == "النادي"


def test_abbara_without_its_object_in_the_clause_is_the_preposition():
    found = analysed("يتابع الطلاب دروسهم عبر المنصة التعليمية، عبر الإنترنت، دون الحاجة إلى الحضور.")
    assert "عبر" not in _cues(found)


# --- round 21: "وصف" the verb "described … as" where it opens its clause -------------------------
# The lexicon drops "وصف" / "يصف" ("!وصف|!يصف|!تصف"): far more often the noun "description". Opening its
# clause (the sentence, a comma, a lead) with the description's ب after its subject and object
# ("بالناجح", "بأنه", "باعتباره"), it is the verb; what was described is the content.

def test_wasafa_opening_a_sentence_with_its_description_is_a_cue():
    found = analysed("ووصف وزير الخارجية سامي العلي الاتفاق بأنه خطوة تاريخية نحو السلام.")
    quote = by_cue(found, "ووصف")
    assert _speaker(quote) == "وزير الخارجية سامي العلي"
    assert quote["text"] == "خطوة تاريخية نحو السلام"


def test_bare_wasafa_after_a_comma_lead_is_a_cue():
    found = analysed("وانتهى المعسكر أمس. في المقابل، وصف مدرب الفريق خالد العمري المعسكر الإعدادي في النمسا بالناجح جدا.")
    assert _speaker(by_cue(found, "وصف")) == "مدرب الفريق خالد العمري"


def test_wasf_the_noun_inside_its_clause_is_not_a_cue():
    assert "وصف" not in _cues(analysed("وهو وصف دقيق لما يجري بالفعل في الأسواق بالمملكة."))


def test_yasifu_without_a_description_is_not_a_cue():
    assert _cues(analysed("يصف الكاتب في روايته الجديدة حياة البحارة بتفاصيل دقيقة.")) == []


def test_a_verbal_noun_after_wasafa_is_what_was_described():
    found = analysed("وقال المتحدث باسم الشرطة فهد الغامدي إن التحقيق مستمر. ووصف استهداف المصلين بالعمل الجبان.")
    quote = by_cue(found, "ووصف")
    assert _speaker(quote) == "المتحدث باسم الشرطة فهد الغامدي"
    assert quote["text"].startswith("استهداف المصلين")


def test_what_was_described_after_a_named_institution_leaves_the_speaker():
    found = analysed("ووصف مصدر مسؤول في نادي الهلال الخطوة التي أقدم عليها اللاعب بأنها تمرد على الإدارة.")
    assert _speaker(by_cue(found, "ووصف")) == "مصدر مسؤول في نادي الهلال"


# --- round 21: "توصل إلى أن", a finding reported only as a clause --------------------------------
# Like "خلص إلى أن", "توصل" reports a finding, but only with the complement right after its "إلى":
# with a noun after it ("توصل الطرفان إلى اتفاق") it is narration, and the verbal noun ("عقب توصل …")
# and a relative clause ("الذي توصلت إليه") are no cue, so they cut no other quote.

def test_tawassala_ila_anna_reports_the_finding():
    found = analysed("وتوصل الباحثون في جامعة الملك سعود إلى أن النوم المتأخر يضعف الذاكرة.")
    quote = by_cue(found, "وتوصل")
    assert quote["text"] == "النوم المتأخر يضعف الذاكرة"
    assert _speaker(quote) == "الباحثون في جامعة الملك سعود"


def test_tawassala_to_an_agreement_is_narration():
    assert _cues(analysed("توصل الطرفان إلى اتفاق نهائي بشأن الأجور بعد مفاوضات طويلة.")) == []


def test_the_verbal_noun_tawassul_does_not_cut_another_quote():
    found = analysed("وقال المحلل خالد السالم إن الأسعار ارتفعت عقب توصل الطرفين لاتفاق والقلق من أن تتراجع الصادرات.")
    assert _cues(found) == ["وقال"]
    assert by_cue(found, "وقال")["text"].endswith("أن تتراجع الصادرات")


# --- round 22: a wish for someone ("متمنيا لهم التوفيق") ------------------------------------------
# After a noun-object cue, "له / لهم" before a definite object names whom the wish is for; what was
# wished follows, and the content keeps both (as "متمنيا للطلاب التوفيق" already did). A ب-phrase after
# "لهم" ("ودعوا لهم بالمغفرة") stays a prayer, not speech.

def test_a_wish_for_them_is_reported():
    found = analysed("وأوضح مدير التعليم أن المقابلات تبدأ الأحد المقبل، متمنياً لهم التوفيق.")
    quote = by_cue(found, "متمنياً")
    assert quote["text"] == "لهم التوفيق"
    assert _speaker(quote) == "مدير التعليم"


def test_a_wish_after_the_verb_tamanna_is_reported():
    found = analysed("وزار وزير الصحة المصابين في مستشفى الملك فهد وتمنى لهم الشفاء العاجل.")
    assert by_cue(found, "وتمنى")["text"] == "لهم الشفاء العاجل"


def test_a_prayer_for_them_is_still_no_quote():
    assert _cues(analysed("وأدى المصلون صلاة الميت على الفقيد ودعوا له بالمغفرة والرحمة.")) == []


# --- round 22: "بين A وبين B" -------------------------------------------------------------------
# "وبين" a few words after the preposition "بين" (بيننا، بينهم …) in its sentence repeats it: "and
# between", not the verb "وبيّن" (explained). The verb written with its shadda, or with its complement
# right after it, stays a cue.

def test_and_between_after_between_is_no_cue():
    found = analysed("وربط الوزير الفرنسي بين الانفتاح المنتظر وبين «نمو الاقتصاد الإيراني» الذي «قد يدفع طهران إلى الاعتدال».")
    assert "وبين" not in _cues(found)


def test_and_between_after_an_apposition_is_no_cue():
    found = analysed("وعقد اللقاء بين فيصل المقداد، نائب وزير الخارجية، وبين مبعوث الأمم المتحدة، وقيل إن الجانبين اتفقا على التهدئة.")
    assert "وبين" not in _cues(found)


def test_the_verb_bayyana_after_between_stays_a_cue():
    found = analysed("وأشار المدير إلى الفرق بين الفريقين، وبين أن التدريبات تبدأ صباح الغد.")
    assert by_cue(found, "وبين")["text"] == "التدريبات تبدأ صباح الغد"
