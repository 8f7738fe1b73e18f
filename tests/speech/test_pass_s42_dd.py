"""Session 42, pass dd42 (docs/evaluation/quotes.md, "Session 42, dd42"), issue #4, missed direct quotes:

a verb of crying out (هتف، صرخ، صاح، ردد; flag ``chant`` in verbs.tsv) was no cue, so the chant or cry in
quotation marks right after it ("وهتف المتظاهرون «…»"، "وهتفوا "…"") was no quote: too short to pass as speech
without one. Such a verb is now a cue where a quotation opens right after it or after its subject of a few words
(extract.py, direct.py ``cries_quotation``), and the quotation is its quote however short; with no subject of its
own it names no one (speakers.py ``crier_unnamed``): read back, it was the journalist quoted before or the man
the chanter pushed. "وهم" ("while they") ends a speaker phrase like "وهو" and sends a reporting verb after it
to the clause's subject (word_classes.tsv ``np_stops``, clause_words.tsv ``when_pronoun_group``).
"""

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q["kind"], q["text"], (q["speaker"] or {}).get("text")) for q in khabar.analyze(text).quotes]


def direct(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes(text) if q[0] == "direct"]


def test_chant_after_the_verb_and_its_subject():
    # 2015-08-02.zip#164
    text = (
        "إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات وانتشار الفساد. وسارت التظاهرة باتجاه مبنى الحكومة "
        "المحلية وسط إجراءات أمنية مشددة. وهتف المتظاهرون «باسم الدين باعونا الحرامية»، وبينهم طلاب وفنانون "
        "وصحافيون."
    )
    assert ("direct", "باسم الدين باعونا الحرامية", "المتظاهرون") in quotes(text)


def test_chant_with_no_subject_of_its_own_goes_on_with_the_group_of_its_sentence():
    # 2015-08-01.zip#937: found; dd42 left it with no speaker rather than one read back, and since session 45
    # (dq45b, speakers.py ``crowd_of_sentence``) the group its own sentence made subject cries it, as the gold
    # gives a cry its group ("المعتصمون … وهم يهتفون", dev 2015-08-10#715); a cry after the full stop stays unnamed
    text = (
        'وقال رئيس الوزراء الفلسطيني في مكتبه الجمعة "بدأنا من الصباح السعي لتوفير كل ما يلزم لحماية شعبنا".\n'
        "وظهرا، شيع آلاف الفلسطينيين جثمان الطفل علي سعد دوابشة الذي قضى حرقا في بيته.\n"
        'ورفع المشيعون الاعلام الفلسطينية ورايات حركة فتح ورايات حركة حماس وهتفوا "يا شهيد ارتاح ارتاح".\n'
    )
    cry = [q for q in quotes(text) if q[1] == "يا شهيد ارتاح ارتاح"]
    assert cry and cry[0][0] == "direct" and "المشيعون" in (cry[0][2] or "")


def test_a_crowd_chanting_is_not_the_last_speaker():
    # 2015-07-26.zip#96: the journalist quoted before did not cry "يحيا العدل"
    text = (
        "قال الصحافي شارل أندرلان: «لم أتراجع عن كلمة من كلامي في ذلك التقرير». وبعد سنتين صدر قرار محكمة "
        "التمييز لصالح المراسل. هلّل العرب وصاحوا «يحيا العدل» وعربدت الأوساط المؤيدة لإسرائيل."
    )
    assert ("direct", "يحيا العدل", None) in quotes(text)


def test_the_chant_after_a_subject_in_marks_and_a_colon():
    # 2015-07-21.zip#1501
    text = (
        'في الأيام الأولى للثورة السورية هتف "أهل درعا" بعبارة صارت عنوانا للثورة وواحدة من أيقوناتها: '
        '"الموت ولا المذلة" وهو شعار دقيق.'
    )
    found = [q for q in quotes(text) if q[1] == "الموت ولا المذلة"]
    assert len(found) == 1 and found[0][0] == "direct" and "أهل درعا" in found[0][2]


def test_while_they_is_no_part_of_the_phrase_before_it():
    # 2015-07-24.zip#150 (dev): "وهم" was read into the speaker phrase ("… لعدد من اللاعبين وهم");
    # "يرفعون" for the article's "يقدمون" since s54 cue56 made thanks offered with "قدم" an act, no quote
    text = (
        "قدم لاعبي الفريق الكروي الأول بنادي الهلال التهنئة لجماهير فريقهم بمناسبة عيد الفطر، حيث أضاف تطبيق "
        "الهلال مقطع فيديو عبر موقع التواصل الاجتماعي “يوتيوب” لعدد من اللاعبين وهم يرفعون التبريكات والتهاني "
        "للجماهير الهلالية، وكان أبرز اللاعبين سعود كريري و سالم الدوسري وياسر القحطاني."
    )
    speakers = [q[2] for q in quotes(text) if q[1].startswith("التبريكات")]
    assert speakers and not (speakers[0] or "").endswith("وهم")


def test_the_cry_noun_between_keeps_the_quotation_a_name():
    # 2015-07-22.zip#30: "هتاف" is the verb's object; the chant is not the speaker's reported words here
    text = (
        "كما قال خامنئي أمام حشد من المواطنين كانوا يرددون هتاف «الموت لأميركا» إن الاتفاق لن يغير سياسة إيران "
        "الخارجية المناهضة للغرب."
    )
    assert all(q[1] != "الموت لأميركا" for q in quotes(text))


def test_repeated_or_hesitated_is_no_cue_before_a_complement():
    text = "نفى مساعد وزير الداخلية اللواء حسن السوهاجي ما تردد عن إصابة الرئيس «المعزول» محمد مرسي بحالة تسمم."
    assert all(q[1] != "المعزول" for q in quotes(text))


def test_a_name_in_marks_after_the_verb_is_no_chant():
    # 2015-07-23.zip#1290: the mother's name in marks, her words after the colon
    text = 'ومنذ ذلك الوقت ونحن نبحث عنها حتى تم النشر في "سبق". ورددت الأم "ميا": نحن لا نريد من أحد شيئا.'
    assert all(q[1] != "ميا" for q in quotes(text))


def test_a_description_in_marks_is_no_chant():
    # 2015-07-23.zip#994
    text = "وأعلنت الشرطة القبض على شخص يردد «عبارات بذيئة» بمهرجان جدة التاريخي، وإحالته للجهة المختصة."
    assert all(q[1] != "عبارات بذيئة" for q in quotes(text))


def test_without_hesitation_is_no_cry():
    # 2015-07-31.zip#1291: "تردد" a noun after "بدون"; the answer is the counterpart's
    text = (
        'وفي مأدبة العشاء سأل بيل كلينتون نظيره السنغافوري :"ما خطتك بعد العشاء؟"، فأجابه وبدون تردد:" لا شيء '
        'سوى أنني أرغب في تحديك في الجولف!". وطبعاً سعد الرئيس كلينتون بالدعوة.'
    )
    found = [q for q in khabar.analyze(text).quotes if q["text"].startswith("لا شيء")]
    assert len(found) == 1 and (found[0]["cue"] or {}).get("text") != "تردد"
