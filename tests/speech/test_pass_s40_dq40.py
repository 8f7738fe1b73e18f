"""Session 40, pass dq40 (docs/evaluation/quotes.md, "Session 40, pass dq40"): direct quotes' speakers.

- dq40a: "أم" right after a reporting verb or a speaker word and before a given name opens a woman's kunya
  ("وقالت أم فيصل «…»"), not "or", which ends a speaker phrase (phrases.py ``kunya_at``; kunya_mother in
  word_classes.tsv);
- dq40b: a speaker phrase that is only a word for the two ("الاثنان"، "كلاهما"، "الطرفان") stands for the last
  speaker naming two together (speakers.py ``pair_before``; pair_words in word_classes.tsv);
- dq40d: "صباح", a time word and a given name, right after a reporting verb and before a nisba surname or a given
  name, or after a title before a word with the article ("الشيخ صباح الخالد"), is the speaker's first name ("وقال
  صباح النعماني، المتحدث …"), not the morning (phrases.py ``name_not_time``);
- dq40c: a byline the cleaner left at the head of the text ("داليا أبوالعيش – عين اليوم") is no subject a cue
  with none of its own goes on with (speakers.py ``byline_end``).
"""

import pytest
from entity_quotes import speaker_of_content

# (rule, text, the opening of the quote's content, the speaker khabar must give it); "guard" rows pass on the
# code before too
SPEAKERS = [
    (
        "dq40a",
        "أكدت عدد من السيدات في المحافظة أنهن لا يخشين القذائف العشوائية. وفي هذا السياق قالت أم فيصل «نحن "
        "فخورات بما يقدمه أبناؤنا على الحدود من تضحيات كبيرة كل يوم».",
        "نحن فخورات",
        "أم فيصل",
    ),
    (
        "dq40a",
        "وقالت أم فيصل إن المرأة في المنطقة تقف خلف زوجها وابنها المرابطين على الحدود.",
        "المرأة في المنطقة",
        "أم فيصل",
    ),
    (
        "dq40a-guard",
        "وقالت أم خالد: «نحن فخورات بما يقدمه أبناؤنا على الحدود من تضحيات كبيرة كل يوم».",
        "نحن فخورات",
        "أم خالد",
    ),
    (
        "dq40b",
        "قالت وزيرة الخارجية الأسترالية جولي بيشوب ووزير الخارجية النيوزيلندي موراي مكولي في مقال مشترك "
        "«الأزمة تتطلب ردا دوليا عاجلا من الجميع». وكتب الاثنان «لا يمكن لبلد واحد أن يواجه هذه المشكلة "
        "وحده مهما كانت قدراته».",
        "لا يمكن لبلد واحد",
        "وزيرة الخارجية الأسترالية جولي بيشوب ووزير الخارجية النيوزيلندي موراي مكولي",
    ),
    (
        "dq40b-guard",
        "وقال الطرفان في بيان مشترك «نحن ملتزمون بمواصلة الحوار حتى نصل إلى اتفاق نهائي».",
        "نحن ملتزمون",
        "الطرفان",
    ),
    (
        "dq40d",
        "وقال محافظ المدينة إن الطرق مغلقة. وقال صباح الكعبي، المتحدث باسم قيادة العمليات، إن «القوات تتقدم نحو "
        "مركز المدينة وستحرره خلال أيام قليلة».",
        "القوات تتقدم",
        "صباح الكعبي، المتحدث باسم قيادة العمليات",
    ),
    (
        "dq40d",
        "وأكد الشيخ صباح الخالد أن الكويت تدعم الحل السياسي في اليمن وتقف مع الشرعية.",
        "الكويت تدعم",
        "الشيخ صباح الخالد",
    ),
    (
        "dq40d-guard",
        "وقال الوزير صباح الجمعة إن الحكومة فشلت في إدارة الأزمة.",
        "الحكومة فشلت",
        "الوزير",
    ),
    (
        "dq40d-guard",
        "وقال المتحدث باسم الشرطة إن الطرق مغلقة. وقال صباح اليوم إن «القوات تتقدم نحو مركز المدينة وستحرره خلال "
        "أيام قليلة».",
        "القوات تتقدم",
        "المتحدث باسم الشرطة",
    ),
    (
        "dq40c-guard",
        "سارة المطيري – عين اليوم\n\nوقع الشاعر إبراهيم العتيبي ديوانه الجديد في معرض الكتاب بحضور والديه. "
        "وقال العتيبي إن حضورهما كان أجمل من كل القصائد.\n\nوأضاف: «إذا كنت أخجل من الوقوف بجانب أمي فأنا "
        "سأخجل من كل قصيدة كتبتها في هذا الديوان».",
        "إذا كنت أخجل",
        "العتيبي",
    ),
    (
        "dq40c-guard",
        "أعلن النادي أمس تعاقده مع المدرب الجديد لمدة موسمين مقبلين.\n\nوقال رئيس النادي خالد "
        "العمري: «المدرب يملك خبرة كبيرة ونحن واثقون من نجاحه مع الفريق».",
        "المدرب يملك",
        "رئيس النادي خالد العمري",
    ),
]


@pytest.mark.parametrize(("rule", "text", "opening", "expected"), SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_the_speaker_of_the_rules_shape(rule: str, text: str, opening: str, expected: str) -> None:
    assert speaker_of_content(text, opening) == expected


def test_a_byline_is_no_speaker_of_a_subjectless_participle() -> None:
    text = (
        "منى الشهري – عين اليوم\n\nزوج يحمل كفنه اعتذارا لزوجته بعد خلاف طويل، ووجه الزوج رسالة لزوجته عبر برنامج "
        "تلفزيوني قائلا: «أنت أمي وأختي وابنتي ولن أتركك أبدا مهما حدث بيننا»."
    )
    assert speaker_of_content(text, "أنت أمي") not in ("منى الشهري", "الشهري", "عين اليوم")
