"""Session 38, the lead's pass (docs/evaluation/quotes.md, "Session 38, lead38"):

- lead38a: an أن that opens a clause of its own ("فضلا عن أنه", "إلا أن", "كما أن") is no reporting verb's
  complement, and a reporting verb's clause is over there; after a concession ("على الرغم من أن …،") the verb's
  complement may only follow the concession's comma ("…، فإن …") (extract.py ``opens_new_clause``,
  ``concession_at``; region.py ``scan_region``; new_clause_before_that and concessive_before_that in
  word_classes.tsv);
- lead38c: a body named again by its head noun ("وأوضحت الشركة") after a phrase that named it as a genitive
  ("مجلس إدارة شركة الخطوط الوطنية للتموين") is the body, from its head noun on, not the phrase's head
  (antecedents.py ``body_inside``; organ_of_body in clause_words.tsv);
- lead38d: a body's name found back from its head noun ("الشركة" → "دشنت شركة المياه الوطنية، «الفرع …»") ends
  before a comma: what the body did or named after it is no part of it (antecedents.py ``nominal_antecedent``);
- lead38e: a mission (سفارة، بعثة، قنصلية …) is posted "لدى" a place or body as an envoy is ("سفارة المملكة لدى
  سلطنة عمان"), and "لدى" before a verbal noun in construct is no posting ("السفير لدى وصول الوفد") (phrases.py
  ``accredited_to``; envoy_titles and state_heads in word_classes.tsv);
- lead38f: a circumstance word and one noun ("خلال اللقاء", "أثناء زيارته") close the adjunct when a listed content
  noun follows at once: the noun object opens there ("وأكد الوزير خلال اللقاء دعم الوزارة …") (region.py
  ``past_circumstance``);
- lead38g: a first-person pronoun right after a third-person verb that takes a colon ("وقال أنا على استعداد …")
  is no subject: the words begin with it (indirect.py ``first_person_subject``);
- lead38h: "ربنا" names cited scripture, as "الله" and "تعالى" do: a following bare "وأضاف" goes on with the one
  who cited it (markers.tsv, ``cited``);
- lead38i: a body's name found back from its head noun ends before "من / إلى" ("اقترب نادي الوحدة السعودي من الظفر
  …"), unless an adjective before it governs it ("القريبة من النظام"); and "إضافة إلى أن" opens a clause of its own
  (new_clause_before_that).
"""

import pytest
from entity_quotes import analysed, by_cue, of_kind, speaker

# (rule, text, cue, the speaker khabar must give that cue's quote); "guard" rows pass on the code before too
SPEAKERS = [
    ("lead38c", "أوصى مجلس إدارة شركة الخطوط الوطنية للتموين بتوزيع أرباح نقدية على المساهمين. وأوضحت الشركة أن "
                "نسبة التوزيع تبلغ 12 في المائة من القيمة الاسمية للسهم.", "وأوضحت", "شركة الخطوط الوطنية للتموين"),
    ("lead38c-guard", "قالت هيئة السوق المالية إن التداول سيبدأ الأحد. وأوضحت الهيئة أن القرار نهائي.", "وأوضحت",
     "هيئة السوق المالية"),
    ("lead38d", "دشنت شركة المياه الوطنية، «البوابة الإلكترونية» لخدمات العملاء على موقعها. وبينت الشركة أن البوابة "
                "تقدم جميع الخدمات.", "وبينت", "شركة المياه الوطنية"),
    ("lead38d-guard", "أعلنت شركة الهواتف الفنلندية «نوكيا» خفض الوظائف. وقالت الشركة إن الخطة تبدأ الشهر المقبل.",
     "وقالت", "شركة الهواتف الفنلندية «نوكيا»"),
    ("lead38e", "أوضحت سفارة المملكة لدى سلطنة عمان أن الطفلة تتلقى العلاج في المستشفى.", "أوضحت",
     "سفارة المملكة لدى سلطنة عمان"),
    ("lead38h", "قال خطيب الجامع الكبير الشيخ صالح العمر إن الاعتداء مرفوض، يقول ربنا سبحانه ((ولا تقتلوا النفس التي "
                "حرم الله إلا بالحق))، وأضاف: متى كان العدوان طريقا إلى رضوان الله.", "وأضاف",
     "خطيب الجامع الكبير الشيخ صالح العمر"),
    ("lead38i", "اقترب نادي الشباب السعودي من الظفر بخدمات مهاجم برازيلي. وأكد النادي أن الصفقة اكتملت.", "وأكد",
     "نادي الشباب السعودي"),
    ("lead38i-guard", "بثت قناة «المنار» القريبة من الحزب، صورا للهجوم. وأكد القناة أن الصفقة اكتملت.", "وأكد",
     "قناة «المنار» القريبة من الحزب"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected"), SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_the_speaker_of_the_rules_shape(rule: str, text: str, cue: str, expected: str) -> None:
    assert speaker(analysed(text), cue) == expected


# (rule, text, a cue that must report nothing)
NOTHING_REPORTED = [
    ("lead38a", "تستبعد الأجهزة الأمنية في هذه المرحلة الحاجة إلى مراجعة ملفه، على الرغم من أن سجله لا يثير أي شبهات."),
    ("lead38a", "تستبعد الحكومة ذلك، وهو ما يترتب عليه أعباء مالية كبيرة على الميزانية، فضلا عن أنه يضعف ثقة المستثمرين."),
]


@pytest.mark.parametrize(("rule", "text"), NOTHING_REPORTED, ids=[case[0] for case in NOTHING_REPORTED])
def test_a_clause_of_its_own_is_no_complement(rule: str, text: str) -> None:
    assert of_kind(text, "indirect") == []


def test_the_complement_after_a_concession_is_the_verbs():
    """lead38a: "وقالت المفوضية، على الرغم من أنه …، فإن …": what was said is after the concession's comma."""
    text = ("وقالت المنظمة الدولية للهجرة من جهتها، على الرغم من أنه لم تتوفر بعد أرقام نهائية، فإن نصف "
            "الواصلين هذا العام جاؤوا من أفريقيا.")
    quote = by_cue(analysed(text), "وقالت")
    assert quote["text"].startswith("نصف الواصلين")


def test_what_is_said_may_go_on_with_its_own_clause():
    """lead38a, guard: the clause after "فضلا عن أنه" stays inside a complement found before it."""
    text = "وقال الوزير إن الاتفاق يخدم البلدين، فضلا عن أنه يفتح الباب أمام استثمارات جديدة."
    assert by_cue(analysed(text), "وقال")["text"].endswith("استثمارات جديدة")


def test_without_is_no_new_clause():
    """lead38a, guard: "من غير أن" (without) leaves the complement before it as it was."""
    text = "ودعا القائد إلى مواجهة المسلحين، مؤكدا أنه قادر على هزيمتهم، من غير أن يستبعد التحالف مع خصومه."
    assert by_cue(analysed(text), "مؤكدا")["text"].startswith("قادر على هزيمتهم")


def test_a_department_is_the_body_itself():
    """lead38c, guard: "الشرطة" after "إدارة شرطة المدينة" (no board, no committee) stays the first mention."""
    text = "وقالت إدارة شرطة المدينة في بيان إن التحقيق مستمر. وقالت الشرطة في البيان إن المشتبه به فر."
    found = [q for q in analysed(text) if q["cue"] and q["cue"]["text"] == "وقالت"]
    assert [q["speaker"]["text"] for q in found] == ["إدارة شرطة المدينة", "إدارة شرطة المدينة"]


def test_upon_an_arrival_is_no_posting():
    """lead38e, guard: "السفارة لدى وصول الوفد" is "the embassy, upon the delegation's arrival"."""
    text = "وأكدت السفارة لدى وصول الوفد أن الترتيبات اكتملت."
    quote = by_cue(analysed(text), "وأكدت")
    assert (quote["speaker"]["text"], quote["text"]) == ("السفارة", "الترتيبات اكتملت")


def test_one_noun_closes_the_adjunct_before_the_object():
    """lead38f: "وأكد الوزير خلال اللقاء أهمية …": the object opens after the adjunct's one noun."""
    text = "وأكد وزير العدل خلال اللقاء دعم الوزارة لخطط الإسكان في جميع المناطق."
    assert by_cue(analysed(text), "وأكد")["text"].startswith("دعم الوزارة")


def test_a_first_person_pronoun_opens_the_words():
    """lead38g: "وقال أنا على استعداد تام أن …": the pronoun is no speaker; his words begin with it."""
    text = "قال والد الجندي سعد الحربي إن ابنه مصدر فخر للأسرة، وقال أنا على استعداد تام أن أقدم نفسي فداء للوطن."
    quote = by_cue(analysed(text), "وقال")
    assert (quote["speaker"]["text"], quote["text"][:3]) == ("والد الجندي سعد الحربي", "أنا")
