"""Quote finder, sixth pass: speaker classes from the errors of the seed-20160 dev draw — scripture and
sources cited inside someone's words, another country's institution, the subject of a narrated
sentence after كان or before a name, paragraph openers, and the imam. Every text is written for
these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- who a subjectless cue goes on with: never someone cited inside another's words ------------

def test_participle_after_quoted_scripture_goes_on_with_the_preacher():
    found = analysed("وقال خطيب الجامع الشيخ سعد العتيبي إن الاعتداء على المساجد جريمة كبرى، قال تعالى: "
                     "(ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه) مؤكداً أن الأمن نعمة يجب الحفاظ عليها.")
    q = by_cue(found, "مؤكداً")
    assert "العتيبي" in q["speaker"]["text"]


def test_participle_after_a_cited_source_goes_on_with_the_speaker():
    found = analysed("وأضاف مدير المرور العقيد خالد السهلي أن الحوادث تضاعفت خلال الصيف حسب الإحصائيات الرسمية "
                     "وما زالت ترتفع، مشددا على أن الالتزام بقواعد السلامة ليس صعبا.")
    q = by_cue(found, "مشددا")
    assert "السهلي" in q["speaker"]["text"]
    assert "الإحصائيات" not in q["speaker"]["text"]


# --- another country's adjective names another speaker -----------------------------------------

def test_other_countrys_ministry_is_a_new_speaker():
    found = analysed("وأكدت وزارة الخارجية الأردنية في بيان أنها تتابع التطورات عن كثب. من جهتها، نددت الخارجية "
                     "الليبية بالهجوم على السفارة. وأوضحت الخارجية الليبية أن المهاجمين فروا.")
    assert by_cue(found, "وأكدت")["speaker"]["text"] == "وزارة الخارجية الأردنية"
    assert by_cue(found, "نددت")["speaker"]["text"] == "الخارجية الليبية"
    assert by_cue(found, "وأوضحت")["speaker"]["text"] == "الخارجية الليبية"


def test_official_of_another_country_does_not_refer_back():
    found = analysed("وقال مسؤول أمريكي كبير إن المحادثات متعثرة. وأكد المسؤول الإيراني أن بلاده لن تتراجع عن شروطها.")
    assert by_cue(found, "وأكد")["speaker"]["text"] == "المسؤول الإيراني"


def test_same_country_official_still_refers_back():
    found = analysed("وقال مسؤول أمريكي كبير إن المحادثات متعثرة. وأكد المسؤول الأمريكي أن الوفد سيعود الأسبوع المقبل.")
    assert by_cue(found, "وأكد")["speaker"]["text"] == "مسؤول أمريكي كبير"


# --- the subject of the narrated sentence speaks -----------------------------------------------

def test_subject_between_kana_and_its_verb_speaks_for_the_participle():
    found = analysed("وأكدت مصادر مقربة من النادي أن المفاوضات مستمرة. وكان مواطنه البرازيلي رونالدو سيلفا المنضم "
                     "حديثا لصفوف الهلال وجه دعوة لزميله للانضمام إلى الفريق، مشيرا إلى أن اللاعب استشاره قبل التوقيع.")
    q = by_cue(found, "مشيرا")
    assert "رونالدو سيلفا" in q["speaker"]["text"]


def test_described_person_subject_of_a_narrated_verb_speaks_next():
    found = analysed("وقال مدير المهرجان إن الحفل بدأ متأخرا بسبب الزحام. ورضخ المنشد الكويتي أحمد العلي لطلبات "
                     "الجمهور بالتقاط الصور. وأوضح أن جمهور مكة هو الأوفى دائما.")
    q = by_cue(found, "وأوضح")
    assert "أحمد العلي" in q["speaker"]["text"]


def test_relative_named_after_a_kinship_noun_is_someone_else():
    found = analysed("وقال المتسابق مارك فانينغ للصحافيين إن السمكة هاجمته فجأة. وكانت والدة فانينغ تشاهد المباراة "
                     "عبر التلفزيون، وحين رأت ما حدث ظنت أنها ستفقده.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "المتسابق مارك فانينغ"
    assert "تشاهد" not in by_cue(found, "رأت")["speaker"]["text"]


# --- paragraph openers are circumstances, not subjects -----------------------------------------

def test_paragraph_opener_is_not_the_subject():
    # "أبان … أن" is too far from its content to be read as a cue: the participle goes on with the
    # sentence's subject, found past "على صعيد متصل", not with the singer of the sentence before
    found = analysed("رضخ المنشد الكويتي أحمد العلي لطلبات الجمهور بالتقاط الصور معه. على صعيد متصل أبان مساعد "
                     "الأمين للعلاقات العامة الدكتور سمير توكل أن المهرجان يهدف لتوعية المجتمع وحفظ أوقاتهم "
                     "والاستفادة منها في برامج متنوعة يقدمها خبراء من داخل المملكة وخارجها خلال أيام المهرجان كلها، "
                     "مبيناً أن المهرجان يقام في الحدائق العامة.")
    q = by_cue(found, "مبيناً")
    assert "سمير توكل" in q["speaker"]["text"]


# --- إمام (the imam) is not أمام (before an audience) ------------------------------------------

def test_imam_speaks():
    found = analysed("وقال إمام وخطيب المسجد النبوي الشيخ صلاح البدير إن الأمن نعمة عظيمة.")
    assert "صلاح البدير" in by_cue(found, "وقال")["speaker"]["text"]


def test_amam_is_still_an_audience():
    found = analysed("وقال رئيس الوزراء إن الإصلاحات مستمرة. وقال أمام البرلمان إن الحكومة ستقدم استقالتها.")
    q = [q for q in found if q["text"].startswith("الحكومة")][0]
    assert "أمام" not in (q["speaker"]["text"] or "")


# --- "المصدر نفسه": the same one who spoke just before -----------------------------------------

def test_the_same_source_is_the_named_speaker_before():
    found = analysed("وقال رئيس الجمعية خالد العمر إن الحملة ستستمر حتى نهاية الشهر. وأضاف المصدر نفسه أن "
                     "التبرعات تضاعفت هذا العام.")
    assert by_cue(found, "وأضاف")["speaker"]["text"] == "رئيس الجمعية خالد العمر"


def test_the_same_sources_are_the_last_group():
    found = analysed("وقالت مصادر طبية إن المستشفى يعاني نقصا في الأدوية. وقال الدكتور علي الأهدل إن المخزون نفد. "
                     "وبحسب المصادر نفسها فإن الرواتب متأخرة منذ أشهر.")
    q = [q for q in found if q["kind"] == "according_to"][0]
    assert q["speaker"]["text"] == "مصادر طبية"
    assert by_cue(found, "وقال")["speaker"]["text"] == "الدكتور علي الأهدل"


# --- a long title naming no one is the person named before with the short one -----------------

def test_full_institution_title_is_the_spokesman_named_before():
    found = analysed("وأوضح المتحدث باسم المؤسسة عبدالله العتيبي أن الطلبات تستقبل آليا. وشدد المتحدث باسم المؤسسة "
                     "العامة للتأمينات الاجتماعية على أصحاب العمل أهمية الالتزام بالأنظمة.")
    assert by_cue(found, "وشدد")["speaker"]["text"] == "المتحدث باسم المؤسسة عبدالله العتيبي"
    assert by_cue(found, "وأوضح")["speaker"]["text"] == "المتحدث باسم المؤسسة عبدالله العتيبي"


def test_title_of_another_country_is_not_the_person_named_before():
    found = analysed("وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وقال وزير الخارجية الإيراني محمد "
                     "جواد ظريف إن بلاده ملتزمة. وأكد وزير الخارجية في الحكومة الإيرانية أن التفتيش سيبدأ قريبا.")
    assert "كيري" not in by_cue(found, "وأكد")["speaker"]["text"]
