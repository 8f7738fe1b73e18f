"""According-to sources: where a fronted source ends, a measure or a rule after بحسب/وفق that is no source,
the clause a source closes or interrupts (between commas or dashes, a sentence of its own), "كما يقول"،
"على ما أفاد"، "على حد قول"، "بموجب"، "على لسان", and relayed words. Texts run through segment, ner and
link (``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

from entity_quotes import analysed, by_cue, speaker


def _kinds(found: list[dict], kind: str) -> list[dict]:
    return [q for q in found if q["kind"] == kind]


def according(found: list[dict]) -> list[dict]:
    return [q for q in found if q["kind"] == "according_to"]


def _according(found):
    return [q for q in found if q["kind"] == "according_to"]


# --- a fronted according-to source ends where the clause begins --------------------------------

def test_according_source_ends_before_verb_after_quoted_name():
    found = analysed("وفقا لوكالة الأنباء الروسية «موسكفا» بعث الممثل «ايجور غوربونوف» برسالة إلى شرطة المترو.")
    q = by_cue(found, "وفقا ل")
    assert q["speaker"]["text"] == "وكالة الأنباء الروسية «موسكفا»"
    assert q["text"].startswith("بعث الممثل")


def test_according_source_ends_before_verb_after_person_name():
    found = analysed("وبحسب فيكتور دومينيللو وزير التجارة في حكومة الولاية باعت سامسونج أكثر من 144 ألف غسالة في أستراليا.")
    q = by_cue(found, "وبحسب")
    assert "باعت" not in q["speaker"]["text"]
    assert q["text"].startswith("باعت سامسونج")


def test_according_source_keeps_name_after_title_and_adjective_after_outlet():
    found = analysed("وبحسب وزير الخارجية عادل الجبير فإن المملكة ترفض التدخل في شؤونها.")
    assert speaker(found, "وبحسب") == "وزير الخارجية عادل الجبير"
    found = analysed("وبحسب صحيفة «الرياض» اليومية فإن الأمطار ستستمر حتى نهاية الأسبوع.")
    assert speaker(found, "وبحسب") == "صحيفة «الرياض» اليومية"


# --- "وفقا لما ذكره X": the whole cue, and X the source ------------------------------------------

def test_according_to_what_was_said_spells_out_its_cue():
    found = analysed("وسيحصل اللاعب على أعلى راتب في النادي، وفقا لما ذكره رئيس النادي جان ميشال أولاس.")
    q = by_cue(found, "وفقا لما ذكره")
    assert q["speaker"]["text"] == "رئيس النادي جان ميشال أولاس"


def test_according_to_what_someone_wants_is_not_an_attribution():
    found = analysed("وقد جئت أحمل خططا كثيرة لتنفيذها طبقا لما تريده تلك المؤسسة وعلى أكمل وجه.")
    assert not [q for q in found if q["kind"] == "according_to"]


def test_a_fronted_according_to_before_a_reporting_verb_is_its_via():
    """The president's own words are the quote, with the agency as its via; no according-to quote around
    them (quotes pass acc54, as the dev gold gives it: before, the agency's according-to held the verb)."""
    [inner] = analysed("وبحسب وكالة الأنباء الرسمية، قال الرئيس المصري إن المفاوضات مستمرة.")
    assert inner["kind"] == "indirect"
    assert inner["speaker"]["text"] == "الرئيس المصري"
    assert inner["via_text"]["text"] == "وكالة الأنباء الرسمية"
    assert inner["text"] == "المفاوضات مستمرة"


def test_a_fronted_according_to_before_a_plain_clause_stays_an_attribution():
    [q] = analysed("وبحسب الوزارة، فإن عدد الحجاج بلغ مليونين.")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "الوزارة"


def test_words_relayed_with_naql_an_and_qawluh_belong_to_the_source():
    [q] = analysed("ونقلت الصحيفة عن الوزير قوله: «سنبدأ العمل في المشروع الجديد خلال الأسابيع المقبلة».")
    assert q["speaker"]["text"] == "الوزير"
    assert q["via_text"]["text"] == "الصحيفة"


# --- an outlet that closes a relative clause is the main verb's via --------------------------------


def test_an_outlet_closing_a_relative_clause_is_the_main_verbs_via():
    [q] = analysed("وقال المحامي خالد السالم الذي حضر جلسة اليوم لرويترز إن الجلسة تأجلت.")
    assert q["speaker"]["text"] == "المحامي خالد السالم"
    assert q["via_text"]["text"] == "لرويترز"


# --- a fronted source, then a verb whose speaker's name is in quotation marks ----------------------

def test_fronted_source_keeps_the_quoted_speaker_of_the_verb_after_it():
    found = analysed('وطبقا لـ"الفرنسية"، قال "مارك هيل" المتحدث باسم "إيرباص"، إن الخلل الذي ظهر في المحرك '
                     'لا يتعلق بنظام الوقود.')
    quote = by_cue(found, "قال")
    assert quote["kind"] == "indirect"
    assert quote["speaker"]["text"].startswith('"مارك هيل"')
    assert quote["via_text"]["text"] == '"الفرنسية"'
    assert not _kinds(found, "according_to")  # the agency is the via, no according-to around (acc54)


def test_fronted_source_without_a_named_speaker_is_the_speaker():
    found = analysed('وطبقا لـ"الفرنسية"، قال إن الخلل الذي ظهر في المحرك لا يتعلق بنظام الوقود.')
    assert not [q for q in found if q["kind"] == "indirect" and q["speaker"]["text"] == "مارك هيل"]
    assert [q for q in found if '"الفرنسية"' in (q["speaker"]["text"] or "")]


# --- a measure or a rule after بحسب / وفق / طبقا لـ is not a source --------------------------------

def test_ranking_of_the_teams_themselves_is_a_criterion_not_a_source():
    found = analysed("وقسمت المنتخبات المشاركة في التصفيات إلى خمسة مستويات طبقا لتصنيفها الأخير "
                     "الصادر عن «الفيفا» الشهر الماضي.")
    assert according(found) == []


def test_number_of_hours_is_a_criterion_not_a_source():
    found = analysed("وتوزع المكافآت على الموظفين بحسب عدد ساعات العمل الإضافية التي يقضونها في المكتب.")
    assert according(found) == []


def test_rules_set_by_a_ministry_are_a_criterion_not_a_source():
    found = analysed("وتمنح التراخيص للمحلات التجارية وفق الضوابط والاشتراطات التي حددتها وزارة الشؤون "
                     "البلدية والقروية.")
    assert according(found) == []


def test_a_number_of_experts_is_still_a_source():
    found = analysed("وبحسب عدد من الخبراء، فإن أسعار النفط ستواصل الانخفاض خلال الأشهر المقبلة.")
    [quote] = according(found)
    assert quote["speaker"]["text"] == "عدد من الخبراء"
    assert quote["text"].startswith("أسعار النفط")


# --- a specification or a sum is a measure, not a source -------------------------------------------

def test_specifications_and_quality_are_a_measure_not_a_source():
    found = analysed("وتختلف الأسعار حسب المواصفات والجودة من منتج لآخر، كما يتم اختيار التصميم "
                     "حسب المبلغ المتوفر لدى العميل.")
    assert not _kinds(found, "according_to")


def test_a_ministry_after_hasab_is_still_a_source():
    found = analysed("وارتفعت أسعار الحديد بنسبة عشرة في المئة خلال الشهر الماضي، حسب وزارة التجارة.")
    [source] = _kinds(found, "according_to")
    assert source["speaker"]["text"] == "وزارة التجارة"


def test_source_phrase_ends_at_a_compound_preposition():
    found = analysed("وهو تحسن يرجع بحسب وزارة الاقتصاد والمالية بفضل تطور عجز الميزان التجاري.")
    q = by_cue(found, "بحسب")
    assert q["speaker"]["text"] == "وزارة الاقتصاد والمالية"
    assert q["text"].endswith("الميزان التجاري")


def test_a_court_deed_is_a_source():
    found = analysed("ويعد العائل الشرعي لهم وفق صك صادر من المحكمة.")
    q = by_cue(found, "وفق")
    assert q["kind"] == "according_to" and q["speaker"]["text"] == "صك صادر من المحكمة"


def test_source_cited_inside_someones_words_is_kept_too():
    found = analysed("وأضاف ابو الفرج: لقد فقدنا زملاء بسبب الحوادث، والتي صارت نسبتها مخيفة للجميع حسب الإحصائيات وما زالت ترتفع.")
    assert {q["kind"] for q in found} == {"indirect", "according_to"}
    # (the phrase still runs on into "وما زالت ترتفع": stopping it there loses the clause the source closes)
    assert by_cue(found, "حسب")["speaker"]["text"].startswith("الإحصائيات")


# --- a closing source reports the speaker's whole statement: both quotes are kept ---------------

def test_closing_source_around_reported_speech_keeps_both_quotes():
    found = analysed("وأضافت المتحدثة باسم الشرطة سارة ميلر أن السائق فر من المكان بعد الحادث ولم يعثر عليه "
                     "حتى الآن، حسب رويترز.")
    indirect = by_cue(found, "وأضافت")
    assert indirect["kind"] == "indirect"
    assert "ميلر" in indirect["speaker"]["text"]
    [outlet] = _according(found)
    assert outlet["speaker"]["text"] == "رويترز"
    assert "وأضافت" in outlet["text"] or outlet["text"].startswith("أضافت")
    assert outlet["text"].endswith("حتى الآن")


def test_closing_source_after_a_ministry_statement():
    found = analysed("وأوضحت الخارجية الفرنسية أن السفير سيعود إلى مقر عمله الأسبوع المقبل، بحسب موقع «لوموند» الفرنسي.")
    assert by_cue(found, "وأوضحت")["kind"] == "indirect"
    [outlet] = _according(found)
    assert "لوموند" in outlet["speaker"]["text"]


def test_the_relaying_outlet_is_not_whom_a_later_cue_goes_on_with():
    found = analysed("وقال المتحدث باسم الدفاع المدني محمد الحربي إن الحريق أخمد بالكامل، حسب وكالة الأنباء السعودية. "
                     "وأضاف أن التحقيق جار لمعرفة أسبابه.")
    assert "الحربي" in by_cue(found, "وأضاف")["speaker"]["text"]


def test_source_inside_the_clause_is_not_a_closing_frame():
    # the source is what the project follows, not who reported the statement
    found = analysed("وأضاف مدير المشروع أن العمل يسير وفق خطة زمنية محددة ويحظى بمتابعة مستمرة من الإمارة.")
    assert by_cue(found, "وأضاف")["kind"] == "indirect"
    assert _according(found) == []


# --- "على ما أفاد …": AFP copy's according-to --------------------------------------------------

def test_ala_ma_afada_attributes_the_clause_before():
    found = analysed("قتل ثلاثة جنود على الأقل في هجوم على نقطة تفتيش شمال البلاد، على ما أفاد مصدر أمني.")
    [q] = _according(found)
    assert q["speaker"]["text"].startswith("مصدر أمني")
    assert q["text"].startswith("قتل ثلاثة جنود")


def test_ala_ma_without_a_reporting_verb_does_not_cut_speech():
    found = analysed("وأكد مدير النادي أن اللاعبين يستحقون الشكر على جهدهم، وعلى ما قدموه من عمل مميز خلال الموسم.")
    q = by_cue(found, "وأكد")
    assert q["text"].endswith("خلال الموسم")
    assert _according(found) == []


# --- a source that is a sentence of its own, after the sentence it attributes ----------------------

def test_source_as_its_own_sentence_attributes_the_whole_sentence_before():
    found = analysed("وأوضح المدرب في مؤتمر صحفي أنه سيعتمد على اللاعبين الشباب في المباراة المقبلة.وفقا لرويترز.\n"
                     "وتقام المباراة يوم الجمعة.")
    [source] = _kinds(found, "according_to")
    assert source["speaker"]["text"] == "رويترز"
    assert "المدرب في مؤتمر صحفي أنه سيعتمد" in source["text"]
    quote = by_cue(found, "وأوضح")
    assert quote["kind"] == "indirect" and quote["speaker"]["text"] == "المدرب"
    assert quote["text"].startswith("سيعتمد")


def test_the_outlet_of_a_closing_sentence_is_not_whom_later_verbs_go_on_with():
    found = analysed("وأعلن وزير الصحة نبيل العلي أن الحملة ستشمل جميع المدارس. بحسب وكالة الأنباء الرسمية.\n"
                     "وأضاف أن عدد الطلاب المستهدفين يتجاوز مليون طالب.")
    quote = by_cue(found, "وأضاف")
    assert "نبيل العلي" in quote["speaker"]["text"] or quote["speaker"]["text"] == "وزير الصحة نبيل العلي"


def test_a_source_sentence_after_narration_attributes_it():
    found = analysed("قتل ثلاثة أشخاص وأصيب خمسة آخرون في انفجار وسط المدينة. بحسب التلفزيون الرسمي.")
    [source] = _kinds(found, "according_to")
    assert source["text"].startswith("قتل ثلاثة أشخاص")
    assert source["speaker"]["text"] == "التلفزيون الرسمي"


# --- the clause goes on past a source set off by commas -----------------------------------------

def test_clause_goes_on_after_the_source_with_min_dun():
    found = analysed("وعانى اللاعب من إصابة في الركبة طوال الموسم، بحسب ما ذكرته مصادر في النادي، "
                     "من دون أن ينجح الجهاز الطبي في علاجه.")
    [quote] = according(found)
    assert quote["speaker"]["text"] == "مصادر في النادي"
    assert quote["text"].startswith("عانى اللاعب") and quote["text"].endswith("في علاجه")


def test_clause_goes_on_after_the_source_with_mimma():
    found = analysed("ويعاني قطاع البناء من ركود حاد، وفقا لتقرير غرفة التجارة، مما دفع عددا من الشركات "
                     "إلى تسريح موظفيها.")
    [quote] = according(found)
    assert quote["text"].endswith("تسريح موظفيها")


def test_a_new_clause_after_the_source_is_not_attributed():
    # "من بينهم" adds to the clause but is no continuation word: the content stops at the source
    found = analysed("وقتل ثلاثة أشخاص في الهجوم، بحسب الشرطة، من بينهم طفلان.")
    [quote] = according(found)
    assert quote["text"] == "قتل ثلاثة أشخاص في الهجوم"


# --- a source between dashes interrupts its clause, which goes on ----------------------------

def test_source_between_dashes_attributes_the_whole_clause():
    found = analysed("وتنص الخطة - بحسب رويترز - كذلك على تعزيز تنظيم مؤسسات التمويل الإسلامي لتطوير القطاع.")
    [quote] = according(found)
    assert quote["speaker"]["text"] == "رويترز"
    assert quote["text"].startswith("تنص الخطة") and quote["text"].endswith("لتطوير القطاع")


def test_unknown_source_between_dashes_is_still_a_source():
    found = analysed("ولن نخوض في أسباب الحادث؛ لأن الموضوع - وحسب الخبر - منظور من قبل الجهات الأمنية حاليا.")
    [quote] = according(found)
    assert quote["speaker"]["text"] == "الخبر"
    assert quote["text"].endswith("الجهات الأمنية حاليا")


def test_source_between_dashes_before_a_complement_stays_the_verbs_via():
    found = analysed("وقال سكان محليون - حسب وكالة الأنباء الألمانية - إن طيران التحالف شن ثلاث غارات على المنزل.")
    assert according(found) == []
    assert by_cue(found, "وقال")["text"].startswith("طيران التحالف")


# --- "…، كما يقول X.": according to X, what came before ------------------------------------------

def test_as_said_closing_a_clause_attributes_it():
    found = analysed("ولولا هذه القوانين المفروضة لانقلب الإنسان إلى ذئب نحو أخيه الإنسان كما يقول الإنجليزي توماس هوبز.")
    q = by_cue(found, "كما يقول")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "الإنجليزي توماس هوبز"
    assert q["text"].startswith("لولا هذه القوانين") and q["text"].endswith("أخيه الإنسان")


def test_as_said_between_tatweel_dashes_attributes_the_clause_around_it():
    found = analysed("وستبقى ــ كما قال الباحثون ــ آثار العدوى في دم المريض لعدة أشهر.")
    q = by_cue(found, "كما قال")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "الباحثون"
    assert q["text"].endswith("لعدة أشهر")


def test_as_said_between_tatweel_dashes_with_a_bare_surname():
    found = analysed("وأوضح رئيس الجمعية خالد العتيبي أن البرنامج بدأ. وتضمنت الخطة ــ كما يبين العتيبي ــ "
                     "تدريب المتطوعين على أعمال الإسعاف.")
    q = by_cue(found, "كما يبين")
    assert q["kind"] == "according_to"
    assert "تدريب المتطوعين" in q["text"]


def test_no_source_between_tatweel_dashes_is_no_attribution():
    found = analysed("وستبقى ــ كما هي الحال دائما ــ آثار الأزمة على الأسواق.")
    assert according(found) == []


def test_writers_own_aside_between_tatweel_dashes_is_no_attribution():
    found = analysed("ووافق المجلس ــ كما ذكرت أعلاه ــ على المشروع الجديد بعد نقاش طويل.")
    assert according(found) == []


def test_verb_with_its_object_between_dashes_is_no_attribution():
    found = analysed("ولم يكن الصراع من أجل البقاء - كما قالها عالم الأحياء تشارلز داروين - أساس التاريخ.")
    assert according(found) == []


def test_as_said_with_its_own_complement_is_the_verbs_quote():
    found = analysed("وأكد الوزير أن الاقتصاد ينمو كما قال الخبراء إن التضخم سينخفض.")
    q = by_cue(found, "قال")
    assert q["kind"] == "indirect"
    assert q["text"] == "التضخم سينخفض"


def test_as_said_with_an_object_is_no_attribution():
    found = analysed("وافتتح الأمير المعرض، كما أكد الوزير على أهمية المشروع.")
    assert not [q for q in found if q["kind"] == "according_to"]


def test_as_believed_is_no_attribution():
    found = analysed("تويتر ليس ساحة ملائكية ولا عبثية كما يعتقد البعض.")
    assert not found


# --- "على حد قول X" / "على حد تعبير X": the source named after the words ------------------------

def test_ala_hadd_tabir_with_a_named_source_attributes_the_clause_before():
    found = analysed("ويجب دمج هذه الفصائل في الإطار الشرعي ضمن المؤسسات الأمنية الرسمية، على حد تعبير "
                     "الخبراء الأفغان.")
    [quote] = according(found)
    assert quote["cue"]["text"] == "على حد تعبير"
    assert quote["speaker"]["text"] == "الخبراء الأفغان"
    assert quote["text"].startswith("يجب دمج")


def test_ala_hadd_qawl_after_a_quotation_names_its_speaker():
    found = analysed("وطورت الشركة نظاما جديدا للسيارة، «فالتطوير عملية لا تتوقف عندنا أبدا» على حد قول "
                     "الرئيس التنفيذي للشركة.")
    [quote] = [q for q in found if q["kind"] == "direct"]
    assert quote["speaker"]["text"].startswith("الرئيس التنفيذي")


def test_ala_hadd_qawlihi_still_refers_to_the_speaker_already_quoted():
    found = analysed("وأكد الوزير أن المشروع سيكتمل قبل نهاية العام، على حد قوله.")
    assert [q["kind"] for q in found] == ["indirect"]
    assert found[0]["speaker"]["text"] == "الوزير"


# --- "وبموجب X فإن …": the terms of a text, fronted, attribute the clause after فإن ---------------

def test_bimujib_fronted_before_fa_inna_is_an_according_to():
    found = analysed("وبموجب القانون الجديد فإن العمال الأجانب يحق لهم تغيير أصحاب العمل بعد عامين من العمل.")
    [quote] = according(found)
    assert quote["cue"]["text"] == "وبموجب"
    assert quote["speaker"]["text"] == "القانون الجديد"
    assert quote["text"].startswith("العمال الأجانب")


def test_bimujib_with_a_demonstrative_source():
    found = analysed("وبموجب هذا القرار فإن مجلس الأمن يصادق على الاتفاق النووي بشكل كامل.")
    [quote] = according(found)
    assert quote["speaker"]["text"] == "هذا القرار"


def test_bimujib_inside_a_clause_is_not_an_attribution():
    found = analysed("وستحصل الشركة بموجب الاتفاق الجديد على حصة كبيرة من أرباح المشروع.")
    assert according(found) == []


# --- "على لسان X" after a verb of doing is how it was done, not an attribution ----------------

def test_ala_lisan_after_a_verb_of_doing_is_not_an_according_to():
    found = analysed("وطلبت تركيا الانضمام إلى الاتحاد، إلا أن الدول الأوروبية رفضته منذ عقدين على لسان "
                     "الرئيس الفرنسي الأسبق الذي قال إن الاتحاد ناد مسيحي.")
    assert according(found) == []
    assert by_cue(found, "قال")["speaker"]["text"].startswith("الرئيس الفرنسي")


def test_statements_issued_ala_lisan_someone_are_narration():
    found = analysed("وسلمت الخارجية السفير مذكرة احتجاج رسمية على إثر التصريحات التي صدرت مؤخرا على لسان "
                     "المرشد الإيراني.")
    assert according(found) == []


def test_fronted_wa_ala_lisan_still_attributes():
    found = analysed("بدورها، جددت الحكومة العراقية، وعلى لسان المتحدث باسم رئيس الوزراء، رغبتها في إقامة "
                     "أفضل العلاقات مع المملكة.")
    assert any(q["speaker"]["text"] == "المتحدث باسم رئيس الوزراء" for q in found)
