"""Session 48, pass ind48 (docs/evaluation/quotes.md, "Session 48, ind48"): indirect speakers on unseen news.

- ind48a: "الله" after the first word of a compound name ("غرم الله"، "الجار الله"، "رجاء الله"، "مال الله"; word_classes.tsv
  ``god_compound_names``) with a name's word before that (a title, an honorific, بن, a given name) ends the name: it is
  no noun object of the verb ("داعيا الله أن …"), where the speaker phrase had stopped (phrases.py ``god_compound_end``).
- ind48b: "أم" right after the bare head noun of a place or an institution ("جامعة أم القرى"، "بجامعة أم القرى";
  word_classes.tsv ``mother_place_heads``) begins the place's name, not "or" that ends the speaker phrase
  (phrases.py ``mother_place_at``, asked in region.py ``boundary_at``).
- ind48c: a plural participle after "وتبادل الجميع / الحضور التهاني …" goes on with them (word_classes.tsv
  ``collective_people``, speakers.py ``plural_people``, ``collective_subject``), not with the host named before.
- ind48d: so does a group counted out of people, also in the accusative after the host's verb ("استقبل سموه … وجمعاً
  من المواطنين الذين قدموا للسلام على سموه، سائلين الله …"; speakers.py ``partitive_group``).
"""

import pytest
from entity_quotes import analysed, containing, speaker_of_words

GHARAM = "وأوضح مدير الشؤون الصحية بالمنطقة الدكتور غرم الله بن سعيد الزهراني أن المستشفى سيفتتح قسما جديدا للطوارئ."
JARALLAH = "وأكد رئيس اللجنة المنظمة إبراهيم بن محمد الجار الله أن الفعاليات ستستمر حتى نهاية الأسبوع المقبل."
RAJAALLAH = "وأوضح المشرف على البرنامج الدكتور عبدالرحمن بن رجاء الله السلمي أنه تم توزيع ألف كتاب على الزوار."
JARALLAH_ALONE = (
    "وقال مدير المهرجان إبراهيم الجار الله إن الزوار تجاوزوا عشرة آلاف. وأكد الجار الله أن المهرجان يضم منتجات وطنية."
)
MALALLAH = "وأعلن الشيخ مال الله الجبوري أن أبناء العشائر سيشاركون في تحرير المدينة خلال أيام."
UMM_AL_QURA = "أعلنت جامعة أم القرى بدء استقبال طلبات القبول لبرنامج الدراسات العليا اعتبارا من الأحد المقبل."
AT_UMM_AL_QURA = "وأوضح أستاذ التاريخ بجامعة أم القرى الدكتور سعد الحارثي أن المخطوطات تحتاج إلى ترميم عاجل."

HOST = "استقبل أمير المنطقة الأمير سعد بن محمد المهنئين بعيد الفطر في قصر الإمارة أمس. "
EVERYONE = HOST + "وتبادل الجميع التهاني بهذه المناسبة السعيدة، سائلين المولى عز وجل أن يديم نعمة الأمن."
ATTENDEES = HOST + "وتبادل الحضور التهاني بالعيد، متمنين للوطن مزيدا من التقدم والازدهار."

RECEIVED_CITIZENS = (
    "استقبل أمير المنطقة الأمير سعد بن محمد في قصر الإمارة أمس عدداً من المسؤولين وجمعاً من المواطنين "
    "الذين قدموا للسلام على سموه وتهنئته بعيد الفطر، سائلين الله العلي القدير أن يعيده على الجميع بالخير."
)
VISITED_PATIENTS = (
    "قال مدير الجمعية الخيرية خالد العمري إن الحملة بدأت أمس. "
    "وشارك في الحملة مجموعة من المتطوعين، داعين الله أن يشفي المرضى ويعيدهم إلى ذويهم."
)

# guards
PRAYING = "وأوضح مدير الجمعية خالد العمري أن الحملة نجحت، داعيا الله أن يوفق القائمين عليها."
GREETED_EVERYONE = "وهنأ أمير المنطقة الأمير سعد بن محمد الجميع بالعيد، سائلين المولى أن يعيده على الوطن بالخير."
GOD_GRANTS_EVERYONE = (
    "وأكدت الوزارة أن الأمر لن يتكرر، ونسأل الله أن يوفق الجميع لما فيه الخير، متمنين للهيئة النجاح والتوفيق."
)
CALLED_GOD = "وأكد الشيخ سعد الحربي أن العيد فرصة للتسامح. ودعا الله أن يحفظ البلاد من كل سوء."


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (GHARAM, "المستشفى سيفتتح", "مدير الشؤون الصحية بالمنطقة الدكتور غرم الله بن سعيد الزهراني"),
        (JARALLAH, "الفعاليات ستستمر", "رئيس اللجنة المنظمة إبراهيم بن محمد الجار الله"),
        (RAJAALLAH, "توزيع ألف كتاب", "المشرف على البرنامج الدكتور عبدالرحمن بن رجاء الله السلمي"),
        (MALALLAH, "أبناء العشائر", "الشيخ مال الله الجبوري"),
    ],
    ids=["gharam-allah", "jar-allah", "raja-allah", "mal-allah"],
)
def test_a_name_ending_in_allah_is_whole(text, words, expected):
    assert speaker_of_words(text, words) == expected


def test_the_content_after_a_surname_in_allah_does_not_open_with_it():
    quote = containing(analysed(JARALLAH_ALONE), "المهرجان يضم")
    assert quote["text"].startswith("المهرجان يضم")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (UMM_AL_QURA, "بدء استقبال طلبات", "جامعة أم القرى"),
        (AT_UMM_AL_QURA, "المخطوطات تحتاج", "أستاذ التاريخ بجامعة أم القرى الدكتور سعد الحارثي"),
    ],
    ids=["university", "at-university"],
)
def test_umm_after_a_place_head_begins_its_name(text, words, expected):
    assert speaker_of_words(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (PRAYING, "يوفق القائمين", "مدير الجمعية خالد العمري"),
        (CALLED_GOD, "يحفظ البلاد", "الشيخ سعد الحربي"),
    ],
    ids=["praying-participle", "called-god"],
)
def test_god_as_the_object_stays_out_of_the_speaker(text, words, expected):
    assert speaker_of_words(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (EVERYONE, "يديم نعمة الأمن", "الجميع"),
        (ATTENDEES, "مزيدا من التقدم", "الحضور"),
    ],
    ids=["everyone", "attendees"],
)
def test_a_plural_participle_goes_on_with_everyone_present(text, words, expected):
    assert speaker_of_words(text, words) == expected


def test_everyone_greeted_by_a_named_subject_is_not_the_speaker():
    assert speaker_of_words(GREETED_EVERYONE, "يعيده على الوطن") == "أمير المنطقة الأمير سعد بن محمد"


def test_everyone_after_an_that_clause_is_not_the_speaker():
    assert speaker_of_words(GOD_GRANTS_EVERYONE, "للهيئة النجاح") == "الوزارة"


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (RECEIVED_CITIZENS, "يعيده على الجميع", "جمعاً من المواطنين"),
        (VISITED_PATIENTS, "يشفي المرضى", "مجموعة من المتطوعين"),
    ],
    ids=["received-citizens", "with-volunteers"],
)
def test_a_plural_participle_goes_on_with_a_counted_group(text, words, expected):
    assert speaker_of_words(text, words).startswith(expected)
