"""Classes of speaker error of the fourth pass (issue 4): where a fronted according-to source ends,
definite company descriptions that refer back, a name written joined or apart, names the entity
tagger ran on past, short function words inside foreign names, and the subject between كان and قد.
Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


def speaker(found: list[dict], cue: str) -> str | None:
    return by_cue(found, cue)["speaker"]["text"]


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


# --- a definite company description refers back to the company named before --------------------

def test_the_company_is_the_company_that_spoke_before():
    found = analysed("وقالت داماك إن أرباحها زادت كثيرا، وأعلنت الشركة أنها ستوزع أرباحا نقدية.")
    assert speaker(found, "وأعلنت") == "داماك"


def test_the_group_with_adjectives_is_the_company_made_subject_before():
    found = analysed("وغيرت «جنرال إلكتريك» نهجها في السوق العام الماضي. "
                     "وأعلنت المجموعة الصناعية الأمريكية العملاقة أنها سجلت خسائر كبيرة.")
    assert speaker(found, "وأعلنت") == "جنرال إلكتريك"


def test_the_company_with_no_company_named_before_stays():
    found = analysed("ارتفعت أسعار النفط أمس في الأسواق العالمية. وأعلنت الشركة أنها ستوزع أرباحا نقدية.")
    assert speaker(found, "وأعلنت") == "الشركة"


# --- a compound name written joined or apart is one name ----------------------------------------

def test_surname_written_apart_refers_to_joined_one():
    found = analysed("وأكد أمين محافظة جدة الدكتور هاني بن محمد أبوراس أن الأمانة تعمل على استكمال المشروع. "
                     "وبين أبو رأس أن المشروع يتميز بخدمات لجميع الفئات.")
    assert speaker(found, "وبين") == "أمين محافظة جدة الدكتور هاني بن محمد أبوراس"


def test_given_name_written_joined_refers_to_apart_one():
    found = analysed("وقال الشيخ عبد الله المطلق إن الصيام واجب على كل مسلم. وأوضح عبدالله أن الزكاة فرض.")
    assert speaker(found, "وأوضح") == "الشيخ عبد الله المطلق"


# --- a name the entity tagger ran on past ends at the verb's object -----------------------------

def test_person_name_ends_before_preposition_and_verbal_noun():
    found = analysed("وهدد علي رضا جزيني بحرمان الحجاج من السفر هذا العام. وأضاف أن القرار نهائي.")
    assert "بحرمان" not in speaker(found, "وأضاف")
    assert "جزيني" in speaker(found, "وأضاف")


def test_institution_ends_before_definite_plural_object():
    found = analysed("وقال المتحدث باسم الوزارة إن الفيروس ينتشر. وتطالب وزارة الصحة المواطنين بأخذ اللقاح، "
                     "مؤكدة أن الوضع خطير.")
    assert speaker(found, "مؤكدة") == "وزارة الصحة"


def test_plural_adjective_after_broken_plural_stays_in_the_name():
    found = analysed("وقال رئيس جمعية الأطفال المعوقين إن التبرعات زادت هذا العام.")
    assert speaker(found, "وقال") == "رئيس جمعية الأطفال المعوقين"


# --- a short function word inside a foreign name ------------------------------------------------

def test_le_in_a_french_name_is_not_the_conditional():
    found = analysed("وقال وزير الدفاع الفرنسي جان ايف لو دريان، اليوم، إن فرنسا ستبيع السفينتين. "
                     "وقال بيان صادر عن الرئاسة إن الاتفاق نهائي. كما أفاد لو دريان أن فرنسا ستبحث عن مشترين آخرين.")
    assert "دريان" in speaker(found, "أفاد")


def test_conditional_law_after_a_verb_stays_a_function_word():
    found = analysed("وقال المدرب إنه لو كان الأمر بيده لأوقف المباراة.")
    assert speaker(found, "وقال") == "المدرب"


# --- the subject between كان and قد --------------------------------------------------------------

def test_subject_between_kana_and_qad_speaks():
    found = analysed("حيث كانت المعلمة المتوفاة قد اتهمت الجامعة بتغيير رغبات ابنتها.")
    q = by_cue(found, "اتهمت")
    assert q["speaker"]["text"] == "المعلمة المتوفاة"
    assert q["text"].startswith("الجامعة")


def test_subject_after_kana_without_qad_speaks():
    found = analysed("وقال الوزير إن الاتفاق جيد. وكان خامنئي قال أمس إن الاتفاق لا يعني أي تحول.")
    assert speaker(found, "قال") == "خامنئي"


def test_first_reporter_after_kana_is_not_a_speaker_phrase():
    found = analysed("وقال مسؤولون أمريكيون إن الهجمات ستبدأ قريبا. وكانت صحيفة وول ستريت جورنال أول من كشف عن القرار.")
    assert all("أول من" not in (q["speaker"]["text"] or "") for q in found)


# --- "وفقا لما ذكره X": the whole cue, and X the source ------------------------------------------

def test_according_to_what_was_said_spells_out_its_cue():
    found = analysed("وسيحصل اللاعب على أعلى راتب في النادي، وفقا لما ذكره رئيس النادي جان ميشال أولاس.")
    q = by_cue(found, "وفقا لما ذكره")
    assert q["speaker"]["text"] == "رئيس النادي جان ميشال أولاس"


def test_according_to_what_someone_wants_is_not_an_attribution():
    found = analysed("وقد جئت أحمل خططا كثيرة لتنفيذها طبقا لما تريده تلك المؤسسة وعلى أكمل وجه.")
    assert not [q for q in found if q["kind"] == "according_to"]
