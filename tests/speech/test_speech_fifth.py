"""Quote finder: noun objects that end at a circumstance, and definite subjects before a plain noun."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- "(من) دون أن", "قبل أن", "بعد أن": a circumstance, not part of what was announced ------------

def test_noun_object_ends_before_a_circumstance_clause():
    found = analysed("ويشير الكاتب التركي نعمان آرالك إلى الكثير من النقاط المشتركة بين الطرفين، من دون أن يعطي تفاصيل.")
    q = by_cue(found, "ويشير")
    assert q["text"].endswith("بين الطرفين")
    assert "يعطي" not in q["text"]


def test_threat_object_ends_before_qabla_an():
    found = analysed("وهددت المعلمة بالاعتصام خارج الجامعة قبل أن يعالجها الموت في المستشفى.")
    q = by_cue(found, "وهددت")
    assert "الموت" not in q["text"]


def test_complement_clause_is_not_cut_at_qabla_an():
    found = analysed("وقال الوزير إن الحكومة ستراجع القرار قبل أن تعلنه رسميا.")
    q = by_cue(found, "وقال")
    assert q["text"].endswith("رسميا")


# --- a definite phrase, then a plain noun: the verb's object begins ------------------------------

def test_definite_subject_ends_before_indefinite_object():
    found = analysed("وتوقعت الأرصاد طقسا معتدل الحرارة على المرتفعات الجنوبية.")
    q = by_cue(found, "وتوقعت")
    assert q["speaker"]["text"] == "الأرصاد"
    assert q["text"].startswith("طقسا")


def test_title_before_a_name_is_not_cut():
    found = analysed("وأكد المهندس الركبان أهمية دور المستفيدين في الرقابة.")
    q = by_cue(found, "وأكد")
    assert q["speaker"]["text"] == "المهندس الركبان"


# --- a plural participle goes on with a group, not with a single speaker before -------------------

def test_plural_participle_takes_the_group_in_its_sentence():
    found = analysed("وقال رئيس البلدية المهندس عمر الزهراني إن القرار يصب في مصلحة المواطنين. "
                     "إلى ذلك استبشر عدد من رواد الشاطئ بالقرار، مؤكدين أن البحر ملك لكل مواطن.")
    q = by_cue(found, "مؤكدين")
    assert q["speaker"]["text"] == "عدد من رواد الشاطئ"
    assert q["speaker"]["anonymous"]


def test_plural_participle_skips_an_adjective_plural():
    found = analysed("وقال الشيخ ماجد إن التصرفات غير لائقة. وأطلق مغردون آخرون حملة لدعم السياح الخليجيين، "
                     "مؤكدين أن ما صدر من السياح أمر طبيعي.")
    q = by_cue(found, "مؤكدين")
    assert q["speaker"]["text"].startswith("مغردون")


def test_dual_participle_after_two_named_people_keeps_them():
    found = analysed("وأعرب سمو أمير المنطقة، ومعالي وزير الإسكان عن شكرهما للقيادة، سائلين الله أن يعينهما.")
    q = by_cue(found, "سائلين")
    assert "وزير الإسكان" in q["speaker"]["text"]


# --- "الشركة" in market news: the company a share was named for ----------------------------------

def test_the_company_is_the_one_whose_share_was_named():
    found = analysed("وتراجع مؤشر سوق دبي 0.9 في المئة لكن سهم داماك العقارية ارتفع 2.6 في المئة. "
                     "وقالت الشركة اليوم إن مجلس إدارتها سيناقش نتائج الربع الثاني.")
    q = by_cue(found, "وقالت")
    assert q["speaker"]["text"] == "داماك العقارية"


def test_company_name_after_share_keeps_its_lam_genitive():
    found = analysed("وهوى سهم البحر الأحمر لخدمات الإسكان بالحد الأقصى اليومي. وأعلنت الشركة عن تأخر تنفيذ بعض المشروعات.")
    q = by_cue(found, "وأعلنت")
    assert q["speaker"]["text"] == "البحر الأحمر لخدمات الإسكان"


# --- one family name spelt with a long vowel more or less is the same person ----------------------

def test_respelled_family_name_is_the_person_named_in_the_narration():
    found = analysed('وتفصيلا، هجر المواطن سعيد بن محمد القضعان سيارته داخل استراحته. '
                     'وقال "القضيعان" لـ"سبق": تفاجأت أنا وعائلتي بثعبان.')
    q = by_cue(found, "وقال")
    assert q["speaker"]["text"] == "سعيد بن محمد القضعان"


def test_respelled_family_name_goes_on_with_the_earlier_speaker():
    found = analysed("وأوضح الناطق الرسمي بصحة الطائف سراج الحميدان، أنه تم إعداد خطط للطوارئ. "
                     "وأفاد الحمدان أن مركز صحي العطيف يعمل على مدار الساعة.")
    assert by_cue(found, "وأفاد")["speaker"]["text"] == "الناطق الرسمي بصحة الطائف سراج الحميدان"


def test_another_family_name_is_not_a_respelling():
    found = analysed("وأوضح الناطق الرسمي سراج الحميدان، أنه تم إعداد خطط للطوارئ. "
                     "وأفاد الحمادي أن مركز صحي العطيف يعمل على مدار الساعة.")
    assert by_cue(found, "وأفاد")["speaker"]["text"] == "الحمادي"


# --- an adverb after the verb is neither subject nor object ---------------------------------------

def test_adverb_after_verb_is_not_the_speaker():
    found = analysed("وقدم النجم البرازيلي السابق زيكو أوراقه، كما أعلن رسميا ترشحه للمنصب.")
    q = by_cue(found, "أعلن")
    assert "رسميا" not in q["speaker"]["text"]
    assert q["text"].startswith("ترشحه")


def test_adverb_after_subject_is_not_the_content():
    found = analysed("وأعلن الاتحاد رسميا تعاقده مع المدرب الجديد.")
    q = by_cue(found, "وأعلن")
    assert q["speaker"]["text"] == "الاتحاد"
    assert q["text"].startswith("تعاقده")


# --- "…، كما يقول X.": according to X, what came before ------------------------------------------

def test_as_said_closing_a_clause_attributes_it():
    found = analysed("ولولا هذه القوانين المفروضة لانقلب الإنسان إلى ذئب نحو أخيه الإنسان كما يقول الإنجليزي توماس هوبز.")
    q = by_cue(found, "كما يقول")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "الإنجليزي توماس هوبز"
    assert q["text"].startswith("لولا هذه القوانين") and q["text"].endswith("أخيه الإنسان")


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


def test_plural_verb_after_kana_takes_its_object_as_content():
    found = analysed("وقالت الشركة إنها باعت 47 مليون هاتف. لكن بعض المحللين كانوا توقعوا مبيعات تبلغ نحو 49 مليون هاتف.")
    q = by_cue(found, "توقعوا")
    assert q["speaker"]["text"] == "بعض المحللين"
    assert q["text"].startswith("مبيعات")


def test_the_company_is_the_organisation_named_before():
    found = analysed("أطلق محرك البحث الشهير «غوغل» خاصية جديدة لمستخدميه. "
                     "وأضافت الشركة الأميركية أن الخاصية الجديدة ستساعد في تجنب الزحام.")
    assert by_cue(found, "وأضافت")["speaker"]["text"] == "غوغل"


# --- tanween marks a noun, not the dual verb spelt alike ------------------------------------------

def test_noun_with_tanween_is_not_a_dual_verb():
    assert not analysed("وقد شيد المخرج صرحاً سينمائياً بساطته تأسر القلوب.")
    assert not analysed("ودفع المستخدمون ثمناً غالياً لتطبيق بسيط.")


def test_dual_verb_without_tanween_still_reports():
    found = analysed("والتقى الوزيران في الرياض، وصرحا للصحفيين بأن الاتفاق قريب.")
    assert by_cue(found, "وصرحا")["text"] == "الاتفاق قريب"


def test_speech_opener_after_adaf_is_the_speech_not_a_subject():
    found = analysed("وقال الوزير إن العلاقات تاريخية. وأضاف لذا تتطلع شعوب المنطقة من المملكة القيام بدورها القيادي.")
    q = by_cue(found, "وأضاف")
    assert q["text"].startswith("لذا تتطلع")
    assert q["speaker"]["text"] == "الوزير"


def test_source_phrase_ends_at_a_compound_preposition():
    found = analysed("وهو تحسن يرجع بحسب وزارة الاقتصاد والمالية بفضل تطور عجز الميزان التجاري.")
    q = by_cue(found, "بحسب")
    assert q["speaker"]["text"] == "وزارة الاقتصاد والمالية"
    assert q["text"].endswith("الميزان التجاري")


def test_a_court_deed_is_a_source():
    found = analysed("ويعد العائل الشرعي لهم وفق صك صادر من المحكمة.")
    q = by_cue(found, "وفق")
    assert q["kind"] == "according_to" and q["speaker"]["text"] == "صك صادر من المحكمة"


# --- an opening straight quote never closed, then the next speech after "واضاف:" ---------------

def test_unclosed_quote_ends_where_the_next_speech_opens():
    found = analysed('وقال رئيس البعثة نجيب الملا: "الروح المعنوية عالية لدى اللاعبين. '
                     'واضاف: "رأيت الإصرار والمسؤولية في أعين الجميع". وختم: "نتمنى العودة إلى منصات التتويج".')
    texts = [q["text"] for q in found if q["kind"] == "direct"]
    assert texts == ["الروح المعنوية عالية لدى اللاعبين", "رأيت الإصرار والمسؤولية في أعين الجميع",
                     "نتمنى العودة إلى منصات التتويج"]


def test_first_person_speech_inside_a_quote_stays_nested():
    found = analysed('وقال الأمير: "بعض الأقلام اختفت تماما عن الهاشتاق. إليهم أقول: "لا أعز لدينا من وطننا"".')
    assert len([q for q in found if q["kind"] == "direct"]) == 1


def test_unclosed_guillemet_ends_where_the_next_speech_opens():
    found = analysed("وقال الوزير: «الروح عالية لدى اللاعبين. وأضاف: «رأيت الإصرار في أعين الجميع».")
    assert [q["text"] for q in found] == ["الروح عالية لدى اللاعبين", "رأيت الإصرار في أعين الجميع"]
    assert all(q["speaker"]["text"] == "الوزير" for q in found)


def test_nested_guillemets_without_a_new_speech_stay_nested():
    found = analysed("وقال الوزير: «المشروع المسمى «طريق 8» سيكتمل قريبا».")
    assert len(found) == 1 and "طريق 8" in found[0]["text"]


def test_participle_goes_on_with_the_person_a_relative_clause_made_subject():
    found = analysed("وقال مدير الفريق غازي عسيري إن الأجواء مبشرة. وعقد الجهاز الفني اجتماعا مع اللاعبين حضره "
                     "رئيس البعثة نجيب الملا الذي رحب باللاعبين، مؤكداً أن بالقاسم ليس بجديد على القادسية.")
    assert by_cue(found, "مؤكداً")["speaker"]["text"] == "رئيس البعثة نجيب الملا"


def test_participle_without_such_a_person_goes_on_with_the_last_speaker():
    found = analysed("وقال مدير الفريق غازي عسيري إن الأجواء مبشرة. وحضر الاجتماع عدد من أعضاء الشرف، مؤكداً أن الفريق جاهز.")
    assert by_cue(found, "مؤكداً")["speaker"]["text"] == "مدير الفريق غازي عسيري"


# --- a quotation inside a clause with a word before it and no cue is not speech --------------------

def test_quoted_title_inside_a_clause_is_not_a_quote():
    found = analysed("وكانت الجائزة قد ذهبت إلى دارة الملك عبدالعزيز عن إصدارها «قاموس الأدب والأدباء في المملكة العربية السعودية» "
                     "والذي عكف على تأليفه أكثر من سبعين متخصصا.")
    assert not [q for q in found if q["kind"] == "direct"]


def test_quoted_fragment_ending_reported_speech_belongs_to_it():
    found = analysed("وأكد المتحدث الرسمي باسم الرئاسة خالد شواني أن تصريحات المالكي «شخصية لا تمثل الرأي الرسمي لرئاسة الجمهورية في العراق».")
    assert len(found) == 1 and found[0]["kind"] == "indirect"
    assert "لا تمثل الرأي الرسمي" in found[0]["text"]


def test_cited_hadith_after_its_lead_word_is_a_quote():
    found = analysed("وأكد الخطيب حرمة الدماء. وفي الحديث «لا يزال المرء في فسحة من دينه ما لم يصب دما حراما».")
    assert [q for q in found if q["kind"] == "direct"]


def test_plural_verb_goes_on_with_the_group_that_opened_its_sentence():
    found = analysed("وقال مدير النادي إن الموسم صعب. واصل الاهلاويون طرح مطالبهم على الرئيس المرتقب عبر «عكاظ»، "
                     "واعتبروا أن العلاقة بين الرئيس وعامة الأهلاويين يجب أن تكون مفتوحة.")
    assert by_cue(found, "واعتبروا")["speaker"]["text"] == "الاهلاويون"


def test_a_name_spelt_in_full_elsewhere_is_not_a_respelling():
    found = analysed("وقال الأمير سليمان بن عبدالله إن المهرجان ناجح. وحضر الحفل فهد بن سلمان وأخوه. وأضاف سلمان أن الزوار كثر.")
    assert by_cue(found, "وأضاف")["speaker"]["text"] != "الأمير سليمان بن عبدالله"


def test_parenthesis_between_verb_and_subject_is_skipped():
    found = analysed("لقد أوضح - مؤخراً - معالي وزير الشؤون الاجتماعية الدكتور ماجد القصبي أن إقرار النظام بيد جهات أخرى.")
    assert by_cue(found, "أوضح")["speaker"]["text"] == "معالي وزير الشؤون الاجتماعية الدكتور ماجد القصبي"


def test_prosecution_before_kana_qad_is_the_speaker():
    found = analysed("وقال بيكيدال إن الأمن سيخسر. تجدر الإشارة إلى أن الادعاء العام الألماني كان قد أعلن يوم الخميس الماضي "
                     "أنه فتح باب التحقيقات.")
    assert by_cue(found, "أعلن")["speaker"]["text"] == "الادعاء العام الألماني"


def test_participle_after_ghayr_is_an_adjective():
    assert not analysed("ووصل وزير الدفاع الأمريكي آشتون كارتر في زيارة غير معلنة إلى العراق، هي الأولى منذ توليه منصبه.")


def test_impersonal_verb_with_a_short_phrase_before_its_complement():
    assert not analysed("وتبين بعد الفحص أنها متوفاة قبل وصولها للطوارئ.")
    assert not analysed("وتبين له أن الضغوطات مولد رئيسي للغضب.")
    found = analysed("وتبين الوزارة أن القرار نهائي.")
    assert by_cue(found, "وتبين")["speaker"]["text"] == "الوزارة"


def test_ones_own_talk_is_not_the_speaker():
    found = analysed("وقال المواطن سعيد القضعان إن الثعبان دخل السيارة. وواصل حديثه: جاءنا الخبر عن طريق أحد أبناء عمي.")
    assert by_cue(found, "وواصل")["speaker"]["text"] == "المواطن سعيد القضعان"


def test_subject_after_lakin_before_its_verb_speaks():
    found = analysed("وأضاف البيان أن الصين ترفض أي تدخل. لكن البيان ذكر إن وزير خارجية الفلبين هاجم سياسة الصين.")
    assert by_cue(found, "ذكر")["speaker"]["text"] == "البيان"


def test_source_cited_inside_someones_words_is_kept_too():
    found = analysed("وأضاف ابو الفرج: لقد فقدنا زملاء بسبب الحوادث، والتي صارت نسبتها مخيفة للجميع حسب الإحصائيات وما زالت ترتفع.")
    assert {q["kind"] for q in found} == {"indirect", "according_to"}
    # (the phrase still runs on into "وما زالت ترتفع": stopping it there loses the clause the source closes)
    assert by_cue(found, "حسب")["speaker"]["text"].startswith("الإحصائيات")


def test_respelled_foreign_name_after_a_title():
    found = analysed("وقال رئيس الأركان النيجيري السابق أليكس بادش إن الجيش يفتقر إلى العتاد. "
                     "وقال الجنرال باديش: لقد كنت على رأس جيش.")
    assert len(found) == 2
    assert all(q["speaker"]["text"] == "رئيس الأركان النيجيري السابق أليكس بادش" for q in found)


# --- a title phrase naming no one is the person named after that title in the narration -----------

def test_title_with_nisba_is_the_person_named_with_that_title_and_country():
    found = analysed("وأوضح الجبير أن لقاء وزير خارجية جمهورية مصر العربية سامح شكري مع ولي العهد كان مثمرا. "
                     "من جانبه، قال وزير الخارجية المصري إن زيارته للمملكة تأتي بتكليف من الرئيس.")
    assert by_cue(found, "قال")["speaker"]["text"] == "وزير خارجية جمهورية مصر العربية سامح شكري"


def test_title_without_the_nisba_is_not_the_foreign_counterpart():
    found = analysed("أجرى وزير الخارجية عادل بن أحمد الجبير مباحثات اليوم مع وزير الخارجية الإيطالي باولو جينتيلوني في روما. "
                     "وقال وزير الخارجية إن المباحثات كانت مثمرة.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "وزير الخارجية عادل بن أحمد الجبير"


def test_subjectless_verb_goes_on_with_the_subject_of_the_clause_before_it():
    found = analysed("وتحدث مدير التعليم عبدالله الزهراني في الحفل، كما شكر مساعد المدير سعد الحربي الحضور، "
                     "وطالب بالمزيد من الجهد في خدمة الطلاب.")
    assert by_cue(found, "وطالب")["speaker"]["text"] == "مساعد المدير سعد الحربي"
    assert not [q for q in found if q["kind"] == "according_to"]  # thanks is no "as said"


def test_subject_after_sabaqa_la_speaks():
    found = analysed("وسبق لوسائل إعلام إسبانية أن ذكرت أن راموس يريد ترك ريال مدريد، مشيرة إلى أن مانشستر يونايتد من أبرز المهتمين.")
    assert by_cue(found, "ذكرت")["speaker"]["text"] == "وسائل إعلام إسبانية"
    assert by_cue(found, "مشيرة")["speaker"]["text"] == "وسائل إعلام إسبانية"


def test_clause_before_a_colon_is_no_speakers_label():
    found = analysed("كشف الدكتور سعد القرني عن مغادرة طبيبين إلى اليمن، موضحًا أن التخصصات التي ستطلقها الهيئة هي سبعة تخصصات: "
                     "«جراحة المخ والأعصاب، وجراحة العيون، وجراحة الوجه والفكين، وجراحة التجميل»، موضحًا أن أعمال الهيئة تأتي بالتنسيق التام.")
    direct = [q for q in found if q["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["speaker"]["text"] == "الدكتور سعد القرني"
    assert all("التي" not in (q["speaker"]["text"] or "") for q in found)


def test_dutch_van_before_a_name_is_no_complementizer():
    found = analysed("وقال المدرب الهولندي لويس فان غال إن الفريق جاهز. وقال فان غال: «نحن في طور هذه العملية».")
    assert [q["kind"] for q in found] == ["indirect", "direct"]
    assert found[1]["speaker"]["text"].endswith("فان غال")


def test_age_after_a_name_is_not_the_speaker_phrase():
    found = analysed("وتقول أليس البالغة من العمر 20 عاما إنها تحك جسدها لساعات.")
    assert by_cue(found, "وتقول")["speaker"]["text"] == "أليس"


def test_the_name_ali_before_its_verb_is_no_preposition():
    found = analysed("وتعول الدول الكبرى على مساهمة ايران. غير ان علي خامنئي حذر السبت بان بلاده ستواصل دعم اصدقائها.")
    assert by_cue(found, "حذر")["speaker"]["text"] == "علي خامنئي"


def test_plural_participle_reaches_back_over_a_long_sentence():
    found = analysed("حضرت مراسم التشييع جموع غفيرة من المواطنين بحضور وزير العمل الدكتور مفرج بن سعد الحقباني، شقيق الفقيد، "
                     "وعدد كبير من المسؤولين والإعلاميين، ومحبي الفقيد ومتابعيه خلال مسيرته الإعلامية، ودفن في مقبرة أم الحمام، "
                     "وقد خيم الحزن على الجميع، داعين الله أن يغفر له ويرحمه.")
    assert by_cue(found, "داعين")["speaker"]["text"].startswith("جموع غفيرة")


def test_definite_plural_subject_then_its_object():
    found = analysed("وهنأ المغردون الشعب اليمني بهذا الانتصار الذي جاء نتيجة تلاحم المقاومة.")
    assert by_cue(found, "وهنأ")["speaker"]["text"] == "المغردون"
