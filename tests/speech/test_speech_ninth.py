"""Quote finder, ninth pass: speaker identity of direct and indirect quotes — classes from the dev
errors (a title re-mention with an honorific or a describing adjective, a reporting verb after a
conjunction of time, "لكنه"/"إلا أنه" before a reporting verb). Every text is written for these
tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- a title naming no one, with an honorific or an epithet, is the person named with it ----------

def test_honorific_and_new_before_a_title_refer_to_the_named_minister():
    found = analysed("وتتضمن أجندة معالي وزير الصحة خالد بن عبدالله الفالح ملفات عدة في المرحلة المقبلة. "
                     "وكان معالي وزير الصحة الجديد قد أوضح في كلمة له أن الخدمات الصحية تحتاج إلى تطوير.")
    assert "الفالح" in by_cue(found, "أوضح")["speaker"]["text"]


def test_describing_adjective_after_a_title_refers_to_the_named_captain():
    found = analysed("في المقابل، وصف قائد فريق الهلال ياسر القحطاني معسكر فريقه في النمسا بالناجح، "
                     "وقال قائد الفريق المخضرم إن الانسجام بين اللاعبين كبير هذا الموسم.")
    assert "القحطاني" in by_cue(found, "وقال")["speaker"]["text"]


def test_former_holder_of_the_title_is_not_the_named_person():
    # "السابق" names another holder of the title: no epithet
    found = analysed("والتقى وزير الصحة خالد الفالح بعدد من المسؤولين في الرياض أمس. "
                     "وقال وزير الصحة السابق إن المشاريع المتأخرة تحتاج إلى متابعة دقيقة.")
    assert "الفالح" not in by_cue(found, "وقال")["speaker"]["text"]


# --- a reporting verb after عندما / حين / بعد أن with no subject ---------------------------------

def test_verb_after_when_goes_on_with_the_subject_of_its_main_clause():
    found = analysed("وكان نادي برشلونة قد عرض مبلغا كبيرا لضم اللاعب، إلا أنه في الوقت نفسه ذهب رئيس نادي "
                     "فالنسيا في اتجاه مغاير عندما قال: «لن نبيع أي لاعب ما زال عقده ساريا».")
    speaker = by_cue(found, "قال")["speaker"]["text"]
    assert speaker.startswith("رئيس نادي") and "برشلونة" not in speaker


def test_verb_after_when_skips_the_object_of_a_preposition():
    found = analysed("ولمح المدرب الإيطالي أنطونيو كونتي إلى رحيله في مقابلة مع صحيفة «الغارديان» الأسبوع "
                     "الماضي، عندما قال إنه يفكر في تجربة جديدة خارج إنجلترا.")
    assert "كونتي" in by_cue(found, "قال")["speaker"]["text"]


def test_verb_after_when_with_its_own_subject_keeps_it():
    found = analysed("وارتفع مؤشر السوق بعدما أعلنت الشركة السعودية للكهرباء أن أرباحها زادت في الربع الثاني.")
    assert by_cue(found, "أعلنت")["speaker"]["text"] == "الشركة السعودية للكهرباء"


# --- "لكنه" / "إلا أنها" before a reporting verb: the subject of the clause before --------------

def test_but_he_is_the_subject_of_the_clause_before():
    found = analysed("وأكد الاتحاد الآسيوي أن البطولة ستقام في موعدها. وأعيد انتخاب سلمان بن إبراهيم لولاية "
                     "ثانية في مايو الماضي لكنه أعلن بعد أيام أنه لن يترشح مرة أخرى.")
    assert "سلمان" in by_cue(found, "أعلن")["speaker"]["text"]


def test_but_she_after_a_country_subject():
    found = analysed("ونقلت وكالة الأنباء عن المتحدث باسم الخارجية قوله إن الزيارة ناجحة. وفيما تنفي تركيا "
                     "تدخلها في شؤون جيرانها، إلا أنها تؤكد أن أمن حدودها أولوية.")
    assert by_cue(found, "تؤكد")["speaker"]["text"] == "تركيا"


def test_but_he_after_the_speakers_own_words_goes_on_with_the_speaker():
    found = analysed("وقال وزير المالية إن الميزانية ستشهد عجزا هذا العام، لكنه أضاف أن الوضع المالي للحكومة قوي.")
    assert by_cue(found, "أضاف")["speaker"]["text"] == "وزير المالية"


# --- "عدد من …" is a group; a plural verb with no subject goes on with the group before it -------

def test_plural_verb_goes_on_with_a_group_named_after_a_singular_verb():
    # the earlier group ("الملاك") is plural by its word; "عدد من …" is plural though "وطالب" is not
    found = analysed("وبرر الملاك ارتفاع الأسعار بأن الطلب كبير في الموسم، وطالب عدد من المتسوقين بتشديد الرقابة "
                     "على الأسواق، كما طالبوا بوضع حد أعلى للأسعار.")
    assert by_cue(found, "طالبوا")["speaker"]["text"].startswith("عدد من المتسوقين")


def test_plural_verb_with_no_subject_takes_the_group_before_it():
    found = analysed("وقال مدير الشركة إن الإنتاج ارتفع هذا العام. ولا تزال مشكلة الطاقة قائمة، مع أن المهندسين "
                     "الكوريين يتوقعون أن تنخفض تكلفتها خلال السنوات المقبلة.")
    assert by_cue(found, "يتوقعون")["speaker"]["text"] == "المهندسين الكوريين"


# --- "بقوله تعالى: «…»": the verse is God's words, cited; the preacher goes on -----------------

def test_quoted_verse_after_qawluhu_taala_is_cited_scripture():
    found = analysed('وحذر خطيب الجامع من الغيبة والنميمة مستدلا بقوله تعالى: "ولا يغتب بعضكم بعضا أيحب أحدكم '
                     'أن يأكل لحم أخيه ميتا". وأضاف الخطيب أن المجتمع يحتاج إلى التسامح.')
    [verse] = [q for q in found if q["kind"] == "direct"]
    assert verse["speaker"]["text"] == "تعالى"
    assert "خطيب" in by_cue(found, "وأضاف")["speaker"]["text"]
