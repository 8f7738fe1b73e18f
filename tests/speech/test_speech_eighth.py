"""Quote finder, eighth pass: speaker identity of direct and indirect quotes — classes from the dev
errors (a named person re-introduced by trade and nationality, a player's position before his name,
…). Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


# --- "اللاعب الغاني": a named person re-introduced by his trade and nationality -----------------

def test_title_and_nationality_refer_back_to_the_named_person():
    found = analysed("وأكد المهاجم المصري محمد صلاح أن انتقاله إلى نادي ليفربول جاء بعد مفاوضات طويلة. "
                     "وأشار المدرب الألماني يورغن كلوب إلى أن الفريق يحتاج إلى وقت. "
                     "وأوضح اللاعب المصري أن هدفه الفوز بالدوري هذا الموسم.")
    assert "صلاح" in by_cue(found, "وأوضح")["speaker"]["text"]


def test_title_and_another_nationality_is_not_the_named_person():
    found = analysed("وأكد المهاجم المصري محمد صلاح أن انتقاله إلى نادي ليفربول جاء بعد مفاوضات طويلة. "
                     "وأوضح اللاعب الألماني أن الفريق يحتاج إلى وقت.")
    assert "صلاح" not in by_cue(found, "وأوضح")["speaker"]["text"]


# --- a player's position is a title before his name ---------------------------------------------

def test_position_before_a_name_is_part_of_the_speaker():
    found = analysed("واعترف حارس نادي الاتحاد فواز القرني بأنه أخطأ في الهدف الثاني خلال مباراة الأمس.")
    assert by_cue(found, "واعترف")["speaker"]["text"] == "حارس نادي الاتحاد فواز القرني"


def test_position_and_nationality_before_a_name():
    found = analysed("وقال المهاجم المصري محمد صلاح إن الفريق قادر على المنافسة حتى النهاية.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "المهاجم المصري محمد صلاح"


# --- a plural participle goes on with the group that speaks, not a plural in its object --------

def test_plural_participle_goes_on_with_the_group_before_a_singular_verb():
    # VSO: the verb before a plural subject is singular ("وأعرب المشاركون"), the group still speaks
    found = analysed("وأعرب المشاركون في الملتقى عن شكرهم لأمير المنطقة ولجميع المسؤولين في الجامعة، "
                     "مؤكدين أن الملتقى حقق أهدافه.")
    assert by_cue(found, "مؤكدين")["speaker"]["text"] == "المشاركون في الملتقى"


def test_plural_participle_is_not_the_genitive_group_of_the_object():
    found = analysed("وأشاد المغردون بسلوكيات أهالي المنطقة وأخلاقهم العالية، معتبرين أن النتيجة طبيعية.")
    assert by_cue(found, "معتبرين")["speaker"]["text"] == "المغردون"


def test_plural_participle_after_a_single_speaker_still_finds_the_group():
    found = analysed("وقال مدير المستشفى إن حالة المصابين مستقرة، وعبر المرضى عن شكرهم للأطباء، "
                     "مؤكدين أن الرعاية ممتازة.")
    assert by_cue(found, "مؤكدين")["speaker"]["text"] == "المرضى"


# --- a phrase naming a person is not an earlier speaker named otherwise ---------------------------

def test_same_title_with_another_name_is_another_speaker():
    found = analysed("وقالت الفنانة نورة العلي إن المسرح النسائي يحتاج إلى دعم أكبر. وأضافت أن الجمهور تفاعل "
                     "مع العرض. بينما اعتبرت الفنانة هند محمد أن التجربة كانت صعبة.")
    assert "العلي" in by_cue(found, "وأضافت")["speaker"]["text"]
    assert by_cue(found, "اعتبرت")["speaker"]["text"] == "الفنانة هند محمد"
    assert "العلي" in by_cue(found, "وقالت")["speaker"]["text"]  # the earlier speaker keeps her own name


def test_shared_name_word_still_refers_back():
    found = analysed("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق تاريخي. وأضاف الرئيس أوباما أن الكونغرس سيدعمه.")
    assert by_cue(found, "وأضاف")["speaker"]["text"] == "الرئيس الأمريكي باراك أوباما"


# --- "علي" before a name is the given name, not the preposition على ------------------------------

def test_given_name_ali_opens_a_subject_before_its_verb():
    found = analysed("وقال المتحدث باسم الخارجية إن المحادثات مستمرة. غير أن علي أكبر ولايتي حذر السبت من أن "
                     "بلاده لن تتراجع عن مواقفها.")
    assert by_cue(found, "حذر")["speaker"]["text"] == "علي أكبر ولايتي"


def test_preposition_ala_before_a_verb_is_not_a_subject():
    found = analysed("وقال المتحدث إن الوفد وصل. وعلى الفور أكد الوزير أن الاتفاق نهائي.")
    assert by_cue(found, "أكد")["speaker"]["text"] == "الوزير"
