"""Session 42, pass dq42 (docs/evaluation/quotes.md, "Session 42, dq42"): direct quotes' speakers.

- dq42a: a speaker phrase that names someone the tagger found ("وقال المهاجم دياندري ييلدين") is not an earlier
  speaker who was only described, with no name ("وأضاف المهاجم الألماني الدولي السابق"), though the two share a
  title (antecedents.py ``named_after_unnamed``);
- dq42b: after "وصف / يصف", the one phrase before the description ("بأنه", "بال…") that names no one ("ووصف معسكر
  الفريق في تركيا بأنه …") is what was described, not who described it; the speaker goes on, or is the subject
  written before the verb (indirect.py ``described_thing``, read by ``described_first`` and by the direct pass);
- dq42c: "ما" and a reporting verb with its object pronoun ("…، وهو ما أكده عادل الجبير، قائلا: «…»") name the
  person a cue with no subject of its own in that sentence goes on with, not the last speaker quoted
  (speakers.py ``what_said_subject``; what_said, what_said_lead in clause_words.tsv).
"""

from entity_quotes import speaker_of_content

# corpus 2015-07-27#163 (a Gold Cup report): Klinsmann, then a player of his
KLINSMANN = (
    "وقال كلينزمان الذي دخل فريقه إلى البطولة القارية وهو في أفضل حالاته بعض الفوزين الوديين اللافتين جدا خارج "
    "قواعده على هولندا (4 - 3) وألمانيا بطلة العالم (2 - 1): «كان بإمكاننا الفوز بالبطولة، لكننا لم نفعل ذلك». "
    "وأضاف المهاجم الألماني الدولي السابق: «سنتعلم الدروس مما اختبرناه، سنحلل ما حصل وسنتحدث مع اللاعبين». "
    "وقال المهاجم دياندري ييلدين: «إننا سنتعلم من السلبيات ونعزز الإيجابيات للتقدم إلى الأمام»."
)

# corpus 2015-07-27#819 (a club's media director on its camp)
CAMP = (
    "من جهته أكد مدير المركز الإعلامي بنادي الرائد عبدالرحمن الشعبي أن الإدارة اغلقت ملف الاجانب بالتعاقد مع "
    "الغيني كميل زياتي الذي شارك بالتدريبات الجماعية وأبدى جاهزية للمشاركة في لقاء الفريق الودي الثاني.\n"
    "ووصف معسكر الفريق في تركيا بأنه واحد من أفضل المعسكرات الخاصة لتجهيزه بالملاعب والصالات مجهزة وقال: "
    "«الإدارة حرصت على اختياره باكرا واكتمال الاجهزة الفنية واللاعبين قبل بداية المعسكر حتى تتم الاستفادة "
    "الكاملة»."
)


def test_a_named_player_is_not_the_coach_described_before_him() -> None:
    speaker = speaker_of_content(KLINSMANN, "إننا سنتعلم") or ""
    assert "ييلدين" in speaker and "الألماني" not in speaker


def test_a_bare_title_after_the_named_player_still_refers_back_to_him() -> None:
    # guard: "المهاجم" alone names no one; it goes on with the striker just named
    text = KLINSMANN + " وأضاف المهاجم: «سنعود أقوى في البطولة المقبلة»."
    assert "ييلدين" in (speaker_of_content(text, "سنعود أقوى") or "")


def test_what_was_described_is_not_the_speaker_of_the_quote_after_it() -> None:
    for opening in ("معسكر الفريق في تركيا بأنه", "الإدارة حرصت"):
        speaker = speaker_of_content(CAMP, opening) or ""
        assert "الشعبي" in speaker and "معسكر" not in speaker, opening


def test_a_subject_before_yasif_describes_the_deal() -> None:
    # corpus 2015-07-21#725: the subject stands before the verb, "الصفقة" is what he described
    text = (
        'يقول بيل بيرنز، نائب وزير الخارجية السابق "جون كيري يستحق الإشادة بقوة بسبب مهاراته وتصميمه ورؤيته". '
        "توم داشل، زعيم الأغلبية السابق في مجلس الشيوخ الذي واسى كيري بعد خسارته في عام 2004، يصف الصفقة بأنها "
        '"انتصار شخصي".'
    )
    speaker = speaker_of_content(text, "الصفقة بأنها") or ""
    assert "داشل" in speaker and "الصفقة" not in speaker


def test_a_described_subject_with_its_object_keeps_its_subject() -> None:
    # guard: "ووصف الوزير القرار بأنه" — the minister described the decision
    text = "قال المدير إن الفريق جاهز. ووصف الوزير القرار بأنه «تاريخي ومهم للغاية»."
    assert "الوزير" in (speaker_of_content(text, "تاريخي ومهم") or "")


def test_a_quoted_name_describing_itself_is_the_subject() -> None:
    # guard, corpus 2015-07-21#251: "«بوندي بلوغ» نفسها" — the blog describes itself
    text = "وتصف «بوندي بلوغ» نفسها بأنها تقوم على صحافة المواطن، وتنشر بانتظام تقارير حول قضايا سياسية واجتماعية."
    assert "بوندي بلوغ" in (speaker_of_content(text, "تقوم على") or "")


# corpus 2015-07-24#1610 (the Egyptian and Saudi foreign ministers' press conference)
JUBEIR = (
    'مصطلح "الغموض"، كان أحد الأسئلة التي وجهت للوزير شكري، وبخاصة بعد اجتماع جرى في القاهرة بين السفير الأميركي '
    "السابق بصنعاء وقيادات من حزب المؤتمر الشعبي العام التابع لعلي صالح، هذا السؤال دفع وزير الخارجية المصري إلى "
    'التأكيد على أن المملكة على علم تام بذلك الاجتماع، وهو ما أكده عادل الجبير، قائلا: "السعودية على دراية كاملة '
    'بما تقوم به القاهرة حول اليمن، وندرك أن الحل في الملف اليمني هو سياسي".'
)


def test_what_a_person_confirmed_has_him_speak_in_the_participle_after_it() -> None:
    speaker = speaker_of_content(JUBEIR, "السعودية على دراية") or ""
    assert "الجبير" in speaker and "المصري" not in speaker


def test_what_an_analyst_confirmed_has_him_speak_in_the_bare_verb_after_it() -> None:
    # the brief's shape: "…، وهو ما أكده X الذي …، وقال «…»"
    text = (
        "قال الرئيس التنفيذي للشركة محمد العلي إن الأرباح ارتفعت. وشهدت السوق انتعاشا كبيرا، وهو ما أكده المحلل "
        "المالي خالد الزهراني الذي أشاد بأداء الشركات، وقال «إن السوق يتجه نحو الاستقرار»."
    )
    # «إن …» is direct from إن (the gold's convention, session 50 conv50)
    assert "الزهراني" in (speaker_of_content(text, "إن السوق يتجه") or "")


def test_what_was_reported_names_no_speaker() -> None:
    # guard: "ما ذكره التقرير" names a text, no person; the minister goes on
    text = "قال وزير المالية محمد الجدعان إن العجز سينخفض. وهذا ما ذكره التقرير السنوي، وأضاف: «سنواصل الإصلاحات»."
    assert "الجدعان" in (speaker_of_content(text, "سنواصل") or "")


def test_others_who_described_the_deal_are_its_subject() -> None:
    # guard, corpus 2015-07-25#165: "آخرون" (an unnamed many) is who described the points, not what was described
    text = (
        "وقال بوب كروكر، النائب الجمهوري عن ولاية تينيسي ورئيس لجنة العلاقات الخارجية، لكيري: «أعتقد أنه قد تم "
        "خداعكم». ووصف آخرون بعض النقاط في الاتفاق بأنها «سخيفة» باعتبار أن المفاوضين الأميركيين «قد وقعوا في فخ "
        "الخديعة»."
    )
    speaker = speaker_of_content(text, "«سخيفة»") or ""
    assert "آخرون" in speaker and "كروكر" not in speaker
