"""Quote finder, eleventh pass: speakers of indirect and direct quotes — classes from the dev speaker
errors (a group named by "أعضاء", a teacher introduced before, a prayer between dashes after the
subject, a clause the narration opens after the last quote's words, a participle that agrees with the
one another speaker reported acting rather than with that speaker). Every text is written for these
tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- a group of members speaks after a plural verb with no subject -----------------------------------

def test_plural_verb_goes_on_with_the_members_of_the_delegation():
    found = analysed("وزار وفد المجلس البلدي حي الشرفية أمس، حيث استمع أعضاء الوفد إلى شرح من مدير البلدية، "
                     "ثم تجولوا في الشوارع ووعدوا بمعالجة مشكلة الصرف الصحي خلال شهر.")
    quote = by_cue(found, "ووعدوا")
    assert quote["speaker"]["text"].startswith("أعضاء الوفد")


# --- a prayer between dashes after the subject ends its phrase --------------------------------------

def test_a_prayer_between_dashes_is_not_part_of_the_subject():
    found = analysed("وقالت المعلمة نورة السالم إن الإدارة أخرت رواتب المعلمات. "
                     "وأوضحت مديرة المدرسة هند الشمري أن الملف قيد المراجعة. "
                     "وكانت المعلمة -رحمها الله- قد راجعت الإدارة مرات عدة، وعزت ذلك بأن الموظفين "
                     "أضاعوا ملفها.")
    quote = by_cue(found, "وعزت")
    assert quote["speaker"]["text"] == "المعلمة نورة السالم"


def test_an_apposition_between_dashes_stays_in_the_phrase():
    found = analysed("وقال محمد الزهراني - والد الطالب - إن المدرسة لم تبلغه بالحادث.")
    quote = by_cue(found, "وقال")
    assert quote["speaker"]["text"] == "محمد الزهراني - والد الطالب"


# --- a clause the narration opens after the last quote's words ---------------------------------------

def test_subject_of_a_clause_opened_by_kama_after_the_quote_speaks_next():
    found = analysed("وأوضح مدير المستشفى سعد القحطاني أن الحفل يهدف إلى تعزيز روح الفريق بين الموظفين, "
                     "كما شكر الطبيب فهد العتيبي الجميع على جهودهم، وطالب بالمزيد من العمل لخدمة المرضى.")
    quote = by_cue(found, "وطالب")
    assert "فهد العتيبي" in quote["speaker"]["text"]


def test_without_a_named_subject_the_speaker_goes_on():
    found = analysed("وأوضح مدير المستشفى سعد القحطاني أن الحفل يهدف إلى تعزيز روح الفريق بين الموظفين، "
                     "كما شكر الجميع على جهودهم، وطالب بالمزيد من العمل لخدمة المرضى.")
    quote = by_cue(found, "وطالب")
    assert "سعد القحطاني" in quote["speaker"]["text"]


# --- a participle that agrees with the one the speaker reported acting ----------------------------

def test_masculine_participle_after_an_agency_report_goes_with_the_man_it_reported():
    found = analysed("وذكرت وكالة الأنباء الكويتية أن الشيخ صباح الأحمد استقبل وزير الخارجية الفرنسي، "
                     "مؤكدا ضرورة التعاون في مكافحة الإرهاب.")
    quote = by_cue(found, "مؤكدا")
    assert "صباح الأحمد" in quote["speaker"]["text"]


def test_feminine_participle_after_an_agency_report_stays_with_the_agency():
    found = analysed("وذكرت وكالة الأنباء الكويتية أن الشيخ صباح الأحمد استقبل وزير الخارجية الفرنسي، "
                     "مشيرة إلى أن اللقاء تناول العلاقات الثنائية.")
    quote = by_cue(found, "مشيرة")
    assert "وكالة الأنباء الكويتية" in quote["speaker"]["text"]


def test_participle_agreeing_with_the_speaker_goes_on_with_the_speaker():
    found = analysed("وقال وزير الخارجية إن الشيخ صباح الأحمد استقبل السفير الفرنسي، "
                     "مؤكدا أن العلاقات بين البلدين متينة.")
    quote = by_cue(found, "مؤكدا")
    assert quote["speaker"]["text"].startswith("وزير الخارجية")


# --- "كل من" before the people who speak ----------------------------------------------------------

def test_those_named_after_kull_min_speak():
    found = analysed("وقال سعد المالكي إن الفريق يحتاج إلى مدافعين. "
                     "فيما قال كل من فهد الغامدي وماجد الحربي: إن الإدارة مطالبة بدعم اللاعبين الشباب.")
    quote = by_cue(found, "قال")
    assert quote["speaker"]["text"].startswith("فهد الغامدي")


# --- "الوزارة" after the minister ---------------------------------------------------------------

def test_the_ministry_after_its_minister_is_not_another_ministry_named_before():
    found = analysed("وقال الناشط علي حسن إن القرار يستند إلى مراجعة وزارة السياحة للتراخيص. "
                     "وأمر وزير الداخلية محمد الغبان الفنادق بإغلاق نواديها الليلية. "
                     "وقالت الوزارة في بيان إن الإغلاق جاء لتطبيق القانون.")
    quote = by_cue(found, "وقالت")
    assert "السياحة" not in quote["speaker"]["text"]
    assert quote["speaker"]["text"].endswith("الوزارة")


def test_the_ministry_named_before_still_refers_back_without_a_minister():
    found = analysed("وأعلنت وزارة الصحة عن تسجيل ثلاث حالات جديدة. "
                     "وقالت الوزارة في بيان إن المصابين يتلقون العلاج.")
    quote = by_cue(found, "وقالت")
    assert quote["speaker"]["text"] == "وزارة الصحة"


# --- an indefinite report before its verb is the verb's subject --------------------------------

def test_reports_described_by_their_verb_are_the_speaker():
    found = analysed("وسحبت شركة تويوتا نصف مليون سيارة من الأسواق. وجاء القرار بعد أيام من تقارير ذكرت "
                     "أن خللا في المكابح تسبب في حوادث عدة.")
    quote = by_cue(found, "ذكرت")
    assert quote["speaker"]["text"] == "تقارير"


def test_officials_described_by_their_verb_are_the_speaker():
    found = analysed("وقال وزير الخارجية إن المحادثات مستمرة. ونقلت الوكالة الخبر عن مسؤولين أكدوا أن "
                     "الجولة المقبلة ستعقد في جنيف.")
    quote = by_cue(found, "أكدوا")
    assert quote["speaker"]["text"] == "مسؤولين"


def test_a_definite_report_before_a_verb_is_left_alone():
    found = analysed("وقال المتحدث باسم الوزارة إن التقرير الذي نشر أمس غير دقيق، وأكد أن الوزارة ستصدر بيانا.")
    quote = by_cue(found, "وأكد")
    assert quote["speaker"]["text"].startswith("المتحدث باسم الوزارة")


def test_a_statement_in_which_the_speaker_announced_is_not_the_speaker():
    found = analysed("وقال وزير الأمن الداخلي جيه جونسون في بيان أعلن فيه التغييرات: «علينا أن نعرف المزيد عن "
                     "المسافرين إلى الولايات المتحدة».")
    for quote in found:
        assert quote["speaker"]["text"] != "بيان"
