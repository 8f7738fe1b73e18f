"""Quote finder, seventeenth pass (quotes round 17): how a speaker phrase is parsed — classes seen
in at least three articles of the dev gold and the 1,080-article snapshot together. Every text is
written for these tests.

* A lone nationality before a person's name is one speaker ("قال اليوناني جورجيوس دونيس …"), not
  a nationality followed by a second name that begins the verb's object.
* "في" and a noun carrying the speaker's pronoun after a speaker that names someone ("وقال الرئيس
  الجزائري في برقيته إن …") says where the words were said: it ends the speaker phrase.
* A masculine verbal noun right after a feminine verb ("كما أعلنت استدعاء سفيرها …") is its object:
  the subject is not written and the speaker goes on.
* "حيث" before a reporting verb with no subject ("روى X اللحظات الأخيرة …، حيث أوضح أن …") opens a
  clause that depends on the one before: its subject speaks, as after "إذ" and "عندما".
* A title shaped as an active participle governs its own preposition ("المشرف على برنامج … الدكتور
  X"): with the holder's name after it, the "على" is not the verb's ("أكد على").
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def _speaker(quote) -> str | None:
    return quote["speaker"]["text"] if quote.get("speaker") else None


# --- a nationality, then the person's name -------------------------------------------------------

def test_a_nationality_then_a_name_is_one_speaker_of_a_noun_object():
    found = analysed("أعلن البرتغالي جوزيه مورينيو رحيله عن تدريب تشيلسي الإنجليزي بعد خلاف مع الإدارة.")
    quote = by_cue(found, "أعلن")
    assert _speaker(quote) == "البرتغالي جوزيه مورينيو"
    assert quote["text"].startswith("رحيله عن تدريب")


def test_a_nationality_then_a_name_is_one_speaker_of_a_complement_clause():
    found = analysed("قال الكرواتي لوكا مودريتش إن الفريق يستعد جيدا للموسم الجديد رغم الإصابات.")
    assert _speaker(by_cue(found, "قال")) == "الكرواتي لوكا مودريتش"


def test_the_named_nationality_is_who_later_quotes_go_on_with():
    found = analysed("وكشف البرازيلي كارلوس إدواردو عن رغبته في البقاء مع الفريق موسما آخر. "
                     "وأضاف أن الجماهير تستحق لقبا هذا العام.")
    assert _speaker(by_cue(found, "وكشف")) == "البرازيلي كارلوس إدواردو"
    assert "كارلوس إدواردو" in _speaker(by_cue(found, "وأضاف"))


def test_a_country_named_in_full_still_ends_before_the_object():
    found = analysed("دعت الولايات المتحدة الأمريكية باكستان إلى التعاون في مكافحة الإرهاب على حدودها.")
    quote = by_cue(found, "دعت")
    assert _speaker(quote) == "الولايات المتحدة الأمريكية"
    assert quote["text"].startswith("باكستان")


def test_a_title_before_the_nationality_keeps_the_name_as_before():
    found = analysed("وقال المدرب الإسباني خوان كارلوس غاريدو إن اللاعبين قدموا مباراة كبيرة أمام المنافس.")
    assert _speaker(by_cue(found, "وقال")) == "المدرب الإسباني خوان كارلوس غاريدو"


# --- "في" + his cable, his press conference: where it was said ---------------------------------

def test_an_occasion_with_the_speakers_pronoun_ends_a_titled_speaker():
    found = analysed("وقال الرئيس التونسي في برقيته إن العلاقات بين البلدين الشقيقين متينة وراسخة.")
    assert _speaker(by_cue(found, "وقال")) == "الرئيس التونسي"


def test_an_occasion_with_the_speakers_pronoun_ends_a_named_speaker():
    found = analysed("وأعلن اللاعب خالد العلي في تغريدته أنه سيعتزل اللعب نهاية الموسم الحالي.")
    assert _speaker(by_cue(found, "وأعلن")) == "اللاعب خالد العلي"


def test_an_occasion_ends_an_institution_speaker():
    found = analysed("وأكدت وزارة العمل في دليلها الإرشادي الجديد أن الخدمات ستوقف عن المنشآت المخالفة.")
    assert _speaker(by_cue(found, "وأكدت")) == "وزارة العمل"


def test_an_indefinite_source_keeps_where_he_belongs():
    found = analysed("وقال مسؤول في حكومته إن القرار نهائي ولا رجعة فيه.")
    assert _speaker(by_cue(found, "وقال")) == "مسؤول في حكومته"


def test_a_place_or_an_institution_with_a_pronoun_stays_in_the_title():
    found = analysed("وقال مدير التعليم في منطقته إن الدراسة ستبدأ في موعدها المحدد.")
    assert _speaker(by_cue(found, "وقال")) == "مدير التعليم في منطقته"


# --- a feminine verb, then a masculine verbal noun: the object ------------------------------------

def test_a_masculine_verbal_noun_after_a_feminine_verb_is_its_object():
    found = analysed("وأكدت السلطات البحرينية أنها أحبطت مؤامرة لتهريب أسلحة إلى البلاد. "
                     "كما أعلنت استدعاء سفيرها في طهران للتشاور.")
    quote = by_cue(found, "أعلنت")
    assert _speaker(quote) == "السلطات البحرينية"
    assert quote["text"].startswith("استدعاء سفيرها")


def test_a_verbal_noun_with_the_pronoun_after_a_feminine_verb_is_its_object():
    found = analysed("وأكدت الشركة في بيانها التزامها بالأنظمة المعمول بها. ونفت ارتكاب أي مخالفات في تعاملها مع العملاء.")
    assert _speaker(by_cue(found, "ونفت")) == "الشركة"


def test_a_feminine_verbal_noun_after_a_feminine_verb_is_its_subject():
    found = analysed("وخلصت مراجعة اتحادية للحادث إلى أن الشرطي تصرف بطريقة قانونية.")
    assert _speaker(by_cue(found, "وخلصت")).startswith("مراجعة اتحادية")


# --- "، حيث قال": the subject of the clause before ---------------------------------------------

def test_haith_gives_the_verb_the_subject_of_the_clause_before():
    found = analysed("وقالت مستشارة الأمن القومي سوزان رايس إن الاتفاق جيد للطرفين. "
                     "والثانية هي سمانثا باور، سفيرة الولايات المتحدة لدى الأمم المتحدة، حيث قالت: "
                     "«وزعنا مسودة القرار على أعضاء المجلس صباح اليوم».")
    speaker = _speaker(by_cue(found, "قالت"))
    assert "رايس" not in speaker and ("باور" in speaker or "سفيرة الولايات المتحدة" in speaker)


def test_haith_in_a_sentence_of_its_own_gives_its_subject():
    found = analysed("وأكد المتحدث باسم الشرطة أن التحقيقات مستمرة. "
                     "وروى خالد العتيبي شقيق الجندي سعد العتيبي اللحظات الأخيرة من حياة شقيقه، حيث أوضح أنه كان صائما يوم الحادث.")
    assert _speaker(by_cue(found, "أوضح")) == "خالد العتيبي"


def test_haith_after_a_newspaper_gives_the_newspaper():
    found = analysed("وقال رئيس النادي إن المفاوضات انتهت. كشفت صحيفة «ماركا» الإسبانية عن قيمة انتقال اللاعب، "
                     "حيث قالت إن الصفقة بلغت مليوني يورو.")
    assert _speaker(by_cue(found, "قالت")) == "صحيفة «ماركا» الإسبانية"


def test_haith_with_its_own_subject_keeps_it():
    found = analysed("وتفقد الأمير المشروع صباح أمس، حيث أكد مدير المشروع أن العمل سينتهي خلال شهرين.")
    assert _speaker(by_cue(found, "أكد")) == "مدير المشروع"


# --- "المشرف على …": the title's own preposition, then the name ---------------------------------

def test_a_supervisor_title_keeps_its_preposition_and_the_name():
    found = analysed("أكد المشرف على برنامج إعداد المعلمين في جامعة الملك خالد الدكتور سعد الأحمد أن البرنامج يستقبل "
                     "مئة طالب كل عام.")
    quote = by_cue(found, "أكد")
    assert _speaker(quote) == "المشرف على برنامج إعداد المعلمين في جامعة الملك خالد الدكتور سعد الأحمد"
    assert quote["text"].startswith("البرنامج يستقبل")


def test_a_supervisor_title_keeps_its_name_before_a_complement():
    found = analysed("وأوضح المشرف على برنامج الإحالة بوزارة الصحة سليمان بن أحمد الشريع أن البرنامج أنقذ حياة "
                     "ثمانين مريضا خلال أسبوع.")
    assert _speaker(by_cue(found, "وأوضح")) == "المشرف على برنامج الإحالة بوزارة الصحة سليمان بن أحمد الشريع"


def test_the_verbs_own_preposition_after_a_bare_title_is_the_content():
    found = analysed("وأكد المشرف على أهمية البرنامج في تطوير مهارات الطلاب.")
    quote = by_cue(found, "وأكد")
    assert _speaker(quote) == "المشرف"
    assert "أهمية البرنامج" in quote["text"]


# --- round 18: a listed noun with its pronoun after the subject is the object --------------------
# "أبدى X سعادته / أسفه / ارتياحه …": the feeling expressed, with the speaker's pronoun, begins the
# content, even where it reads like an honorific ("سعادته") or the tagger took it for a name.

def test_happiness_after_a_full_name_is_the_object_not_an_honorific():
    found = analysed("من جانبه، أبدى رئيس النادي الأهلي خالد العيسى سعادته بالفوز الكبير على الفريق المنافس.")
    quote = by_cue(found, "أبدى")
    assert _speaker(quote) == "رئيس النادي الأهلي خالد العيسى"
    assert quote["text"].startswith("سعادته بالفوز")


def test_regret_after_a_bare_title_is_the_object():
    found = analysed("وأبدى الوزير أسفه للحادث الذي وقع في المدينة أمس.")
    quote = by_cue(found, "وأبدى")
    assert _speaker(quote) == "الوزير"
    assert quote["text"].startswith("أسفه للحادث")


def test_relief_of_a_feminine_speaker_is_the_object():
    found = analysed("وأبدت الوزيرة ارتياحها لسير الاختبارات في مدارس المنطقة هذا العام.")
    quote = by_cue(found, "وأبدت")
    assert _speaker(quote) == "الوزيرة"
    assert quote["text"].startswith("ارتياحها لسير")


def test_the_honorific_alone_after_the_verb_still_speaks_for_the_person_before():
    found = analysed("واستقبل أمير المنطقة الأمير فيصل بن خالد الوفد أمس. وأكد سموه أن المنطقة تشهد نهضة كبيرة.")
    assert "فيصل بن خالد" in _speaker(by_cue(found, "وأكد"))


# --- round 18: a title and a nisba, naming no one, is the person introduced with that nisba -------

def test_a_title_and_nisba_resolve_to_the_person_first_named_with_the_nisba():
    found = analysed("أعلن الإيطالي كارلو أنشيلوتي استقالته من تدريب النادي أمس. وكان المدرب قد صرح أن التمديد لم "
                     "يوقع بعد. ونفى المدرب الإيطالي دخوله في مفاوضات مع الاتحاد الإنجليزي.")
    assert "كارلو أنشيلوتي" in _speaker(by_cue(found, "ونفى"))


def test_a_counterpart_named_with_the_nisba_is_the_president_of_that_country():
    found = analysed("تلقى الرئيس المصري عبد الفتاح السيسي برقية تهنئة من نظيره التونسي الباجي قايد السبسي بمناسبة "
                     "العيد. وقال الرئيس التونسي إن العلاقات بين البلدين قوية.")
    assert "الباجي قايد السبسي" in _speaker(by_cue(found, "وقال"))


def test_a_nisba_after_another_office_does_not_name_the_title():
    found = analysed("التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف. "
                     "وقال الرئيس الأمريكي إن المحادثات كانت مفيدة.")
    assert "كيري" not in _speaker(by_cue(found, "وقال"))


def test_two_people_with_the_same_nisba_leave_the_title_unresolved():
    found = analysed("وصل الأرجنتيني ليونيل ميسي والأرجنتيني سيرجيو أغويرو إلى المعسكر أمس. "
                     "وقال المدرب الأرجنتيني إن الفريق جاهز للمباراة.")
    speaker = _speaker(by_cue(found, "وقال"))
    assert "ميسي" not in speaker and "أغويرو" not in speaker


# --- round 18: a singular definite head, then a definite plural: the plural is the object ---------
# "ودعا التقرير الشركات إلى …": a definite noun takes no definite genitive, and a singular head takes
# no plural adjective, so the plural begins what the speaker called on, not the speaker.

def test_a_report_calling_on_companies_is_the_report_alone():
    found = analysed("ودعا التقرير الشركات إلى الانتباه إلى تطور العلاقة مع العملاء خلال العام المقبل.")
    quote = by_cue(found, "ودعا")
    assert _speaker(quote) == "التقرير"
    assert quote["text"].startswith("الشركات إلى الانتباه")


def test_a_minister_calling_on_organisations_is_the_minister_alone():
    found = analysed("ودعا الوزير المنظمات الدولية إلى البدء في تقديم الإغاثة لسكان المدينة.")
    quote = by_cue(found, "ودعا")
    assert _speaker(quote) == "الوزير"
    assert quote["text"].startswith("المنظمات الدولية إلى البدء")


def test_an_adjective_after_a_definite_head_stays_in_the_speaker():
    found = analysed("وقال الرئيس التنفيذي إن أرباح الشركة ارتفعت خلال الربع الثاني.")
    assert _speaker(by_cue(found, "وقال")) == "الرئيس التنفيذي"


# --- round 19: a verb taking ب, a name the tagger ran on into "ب + noun" -----------------------------
# "ورحب الدكتور مسعود بزيارة الوفد": after a person named before, the tagger may take "بزيارة" into the
# name; a ب that the clitic lexicon splits off a known word is the object of a verb taking ب, so the
# speaker ends at the name. A name word that only begins with ب ("بخاري") is no known stem and stays.

def test_a_bi_object_the_tagger_ran_a_name_into_is_the_object():
    found = analysed("وكان في استقبال الوفد مدير المستشفى الدكتور عبدالحكيم مسعود ومدير التمريض. "
                     "ورحب الدكتور مسعود بزيارة الوفد وقدم نبذة عن أقسام المستشفى.")
    quote = by_cue(found, "ورحب")
    assert _speaker(quote) == "الدكتور مسعود"
    assert quote["text"].startswith("بزيارة الوفد")


def test_a_surname_beginning_with_ba_stays_in_the_speaker():
    found = analysed("وأشاد الرئيس النيجيري محمد بخاري بجهود الجيش في تحرير الرهائن من قبضة المسلحين.")
    quote = by_cue(found, "وأشاد")
    assert _speaker(quote) == "الرئيس النيجيري محمد بخاري"
    assert quote["text"].startswith("بجهود الجيش")


# --- round 19: a named subject whose words come only in the participle after the verb ------------
# "أشار X المتحدث باسم الجمعية قائلا: «…»", "شرح X لـ«الصحيفة» سياسة …، مؤكدا أن …": the verb has no
# quote of its own, so nobody was made a speaker by it, and the participle went on with the last
# speaker of the article; it is the verb's named subject who speaks.

def test_a_participle_after_a_verb_with_a_named_subject_and_no_quote():
    found = analysed("وقال المدير إن الوضع مستقر. في حين أشار سالم الحربي المتحدث باسم الجمعية قائلا: "
                     "«لا يحق لأي جهة أن تحتجز الأوراق دون أمر قضائي».")
    assert _speaker(by_cue(found, "قائلا")) == "سالم الحربي المتحدث باسم الجمعية"


def test_a_participle_after_a_verb_with_a_noun_object_goes_on_with_its_subject():
    found = analysed("وقال المدير إن الوضع مستقر. وفي أول مقابلة له مع صحيفة عربية، شرح جون كيري لـ«الشرق الأوسط» "
                     "سياسة الإدارة تجاه طهران، مؤكدا أن واشنطن لم تغير شيئا في تلك السياسة.")
    assert _speaker(by_cue(found, "مؤكدا")) == "جون كيري"


def test_a_participle_after_the_speakers_own_quote_goes_on_with_him():
    found = analysed("وقال الوزير خالد الفالح إن المشروع تأخر بسبب الأمطار الغزيرة، مؤكدا أن العمل سيستأنف قريبا.")
    assert _speaker(by_cue(found, "مؤكدا")) == "الوزير خالد الفالح"
