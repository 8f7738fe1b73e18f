"""Quote finder, tenth pass: according-to attributions and direct-quote recall — classes from the dev
errors (a measure or a rule after بحسب / وفق is not a source; a clause that goes on past a source set
off by commas; a second quotation in a sentence that already holds one). Every text is written for
these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


def according(found: list[dict]) -> list[dict]:
    return [q for q in found if q["kind"] == "according_to"]


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


# --- a second quotation in a sentence that already holds one ------------------------------------

def test_quoted_that_clause_does_not_swallow_the_next_verb():
    found = analysed('ونقلت الوكالة عن الوزير قوله "ليس صحيحا أن الحكومة ملزمة بعرض الاتفاق على المجلس"، '
                     'وفي إشارة إلى المعاهدة قال الوزير "هذه الوثيقة ليست معاهدة دولية ولا أعرف لماذا '
                     'تحال إلى البرلمان".')
    quote = by_cue(found, "قال")
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("هذه الوثيقة")
    assert quote["speaker"]["text"] == "الوزير"


def test_second_speaker_after_a_quotation_with_an_that():
    found = analysed("وقال أحد المراجعين: «أعتقد أن الأزمة ستطول كثيرا هذه المرة»، فيما قالت موظفة متقاعدة "
                     "تنتظر دورها: «لا بد أن نرفض أي إجراءات جديدة تفرض علينا من الخارج».")
    quote = by_cue(found, "قالت")
    assert quote["text"].startswith("لا بد أن نرفض")
    assert quote["speaker"]["text"].startswith("موظفة")


def test_verb_after_a_reported_that_clause_still_belongs_to_it():
    # the أن stands outside any quotation: the bare verb is part of what the first cue reports
    found = analysed("وقال المطرب إن الأغنية الجديدة، كتب كلماتها الشاعر كريم العراقي، «تحكي قصة حب قديمة "
                     "بين شاب وفتاة من بغداد».")
    assert all((q["cue"] or {}).get("text") != "كتب" for q in found)


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


# --- verses cited in parentheses ------------------------------------------------------------

def test_verses_in_parentheses_after_taala_are_direct_quotes_of_god():
    found = analysed("وحذر خطيب الجامع من أعمال العنف التي تهدد أمن البلاد، مستشهداً بقوله تعالى: (ولا تقتلوا "
                     "النفس التي حرم الله إلا بالحق) وقوله تعالى: (ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها).")
    verses = [q for q in found if q["kind"] == "direct"]
    assert [q["text"][:8] for q in verses] == ["ولا تقتل", "ومن يقتل"]
    assert all(q["speaker"]["text"] == "تعالى" for q in verses)


def test_verse_inside_reported_speech_is_its_own_quote_and_the_preacher_goes_on():
    found = analysed("وقال إمام المسجد إن هذا الاعتداء انتهاك لحرمة بيوت الله، قال تعالى: (ومن أظلم ممن منع "
                     "مساجد الله أن يذكر فيها اسمه وسعى في خرابها). وأضاف أن على الجميع الحذر من هذه الفئة.")
    verse = by_cue(found, "قال")
    assert verse["kind"] == "direct" and verse["text"].startswith("ومن أظلم")
    assert by_cue(found, "وأضاف")["speaker"]["text"] == "إمام المسجد"


def test_verse_after_a_that_clause_of_someone_else():
    found = analysed("العقل يقول: إن الحب طاقة مؤقتة تشبه النار التي تشتعل ثم تخبو، ولم يركز الدين على الحب بين "
                     "الزوجين، وإنما ركز على الرحمة، حيث قال تعالى: (وجعل بينكم مودة ورحمة).")
    verse = by_cue(found, "قال")
    assert verse["kind"] == "direct" and verse["text"] == "وجعل بينكم مودة ورحمة"


def test_other_parentheses_are_not_quotations():
    found = analysed("وتشمل الجوائز ثلاث فئات هي (الذهبية، الفضية، البرونزية) بحسب ما أعلنته اللجنة المنظمة.")
    assert [q["kind"] for q in found] == ["according_to"]
    assert "(الذهبية" in found[0]["text"]


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


# --- a name in quotation marks is not a quote ------------------------------------------------

def test_quoted_airline_names_after_a_colon_are_not_quotes():
    found = analysed("ونقلت شركات الطيران الإماراتية: «طيران الإمارات»، «الاتحاد للطيران»، و«فلاي دبي»، أكثر من "
                     "سبعين مليون مسافر خلال العام الماضي.")
    assert [q for q in found if q["kind"] == "direct"] == []


def test_short_quoted_speech_after_a_verb_stays_a_quote():
    found = analysed("وعلق اللاعب على فوز فريقه بالبطولة، وقال «كلنا فداء الوطن الغالي».")
    [quote] = [q for q in found if q["kind"] == "direct"]
    assert quote["text"] == "كلنا فداء الوطن الغالي"


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
