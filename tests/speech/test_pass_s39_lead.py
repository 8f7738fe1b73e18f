"""Session 39, the lead's pass (docs/evaluation/quotes.md, "Session 39, lead39"):

- lead39a: a ل-phrase right after a person's name the entity stage found ("أوضح اللاعب أمينو بوبا لإدارة النادي
  أنه …") is whom the words were said to, not part of the speaker; after a title alone it stays its genitive
  ("المدير العام للشركة") (phrases.py ``addressee_after_name``; region.py ``scan_region`` records it as the audience);
- lead39b: a participle title headed like an anonymous source ("المسؤول") governs its "عن / على" as "المشرف على"
  does when the holder's name follows ("والمسؤول الأمني عن المهرجان العقيد عمر السلطان"), and "الأمني" may stand
  between (phrases.py ``title_preposition``; governing_title_adjectives in word_classes.tsv);
- lead39c: a definite feminine plural after a definite masculine singular nisba ("… مطار الملك فهد الدولي
  التوجيهات") begins a noun-object verb's object (phrases.py ``plural_after_nisba``);
- lead39d: a relative clause after the speaker ("المصدر الذي طلب عدم الكشف عن هويته") ends at a quotation that
  opens after it, so an outlet between them, even with its abbreviation in brackets, is still the via
  (region.py ``skip_relative``, ``via_closing``);
- lead39e: a participle title set off by a comma after the person's name ("باولو ستانغا، المشرف على العملية
  الجراحية، إن …") keeps what its "على / عن" governs, as it does with no comma (phrases.py ``title_preposition``);
- lead39f: "حينها / آنذاك" right before the complement, a colon or a quotation ends the speaker phrase: when, not who
  (phrases.py ``parse_np``; then_adverb in word_classes.tsv);
- lead39g: an outlet's head word with the article ("للإذاعة") and its adjectives names an outlet itself ("للإذاعة العامة
  الإسرائيلية"); alone it is still the one named before (region.py ``via_at``, ``media_tail``; outlet_adjective);
- lead39h: a body's name with a preposition of its own ("هيئة الأمر بالمعروف والنهي عن المنكر") is not cut at it
  (phrases.py ``parse_np``; preposition_in_name in word_classes.tsv);
- lead39i: a complement's whole subject set off by a comma keeps its own verb in the content ("أن المدير العام للتعليم
  محمد المرشد، وجه بأن …") (extract.py ``subject_set_off``);
- lead39j: the phrase a relative pronoun goes back to ends at a reporting verb with its object pronoun ("وهذا ما أكده
  رجال المقاومة الذين قالوا …" gave "أكده رجال المقاومة") (subjects.py ``subject_before``);
- lead39k: a body's name found back from its head noun ends before a relative pronoun ("شركة إنتل والتي تقول
  الشركة …" gave "شركة إنتل والتي") (antecedents.py ``name_found_back_ends``);
- lead39l: a source headed by a text noun that carries the cue's ل ("ووفقا لبيانات الشرطة") is no later mention of the
  body inside it (antecedents.py ``dependent_in``);
- lead39m: a criterion head before "فإن" is a source ("وبحسب القرار فإن …") (according.py ``criterion_phrase``);
- lead39n: after an outlet right after the verb, a name the tagger missed followed by its title is the subject ("صرح
  لـ«عين اليوم» عيضة الهذلي الناطق الإعلامي …") (phrases.py ``skip_lead``, ``titled_name_at``).
"""

import pytest
from entity_quotes import analysed, by_cue, speaker

# (rule, text, cue, the speaker khabar must give that cue's quote); "guard" rows pass on the code before too
SPEAKERS = [
    ("lead39a", "أوضح المهاجم الكاميروني أمينو بوبا لإدارة نادي الخليج أنه تأخر بسبب المرض المفاجئ.", "أوضح",
     "المهاجم الكاميروني أمينو بوبا"),
    ("lead39a", "وقال وزير الخارجية عادل الجبير لنظيره الروسي إن الحل في سوريا سياسي.", "وقال",
     "وزير الخارجية عادل الجبير"),
    ("lead39a-guard", "وقال المدير العام للشركة خالد الفالح إن الأرباح ارتفعت.", "وقال",
     "المدير العام للشركة خالد الفالح"),
    ("lead39a-guard", "وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن الرحلة "
                      "خصصت للأدوية.", "وأوضح", "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ"),
    ("lead39a-guard", "ودعا عبدالمنعم لتعزيز قيم التعايش والسلام، والأخذ على يد كل من ينفخ في بوق الطائفية.", "ودعا", "عبدالمنعم"),
    ("lead39a-guard", "وهنأ المدرب فتحي مبروك لاعبيه على الروح والأداء الرائع في المباراة.", "وهنأ", "المدرب فتحي مبروك"),
    ("lead39b", "وقال قائد القوة الميدانية والمسؤول الأمني عن المهرجان العقيد عمر السلطان إنه تم ضبط الشخص.", "وقال",
     "قائد القوة الميدانية والمسؤول الأمني عن المهرجان العقيد عمر السلطان"),
    ("lead39b", "وأوضح المسؤول عن الحملة الدكتور سامي الحربي أن التطعيم مجاني.", "وأوضح",
     "المسؤول عن الحملة الدكتور سامي الحربي"),
    ("lead39b-guard", "وأكد المسؤول على أهمية أن يلتزم الجميع بالأنظمة.", "وأكد", "المسؤول"),  # "على" is the verb's
    ("lead39e", "وقال الجراح البروفسور باولو ستانغا، المشرف على العملية الجراحية، إن حالة المريض ممتازة.", "وقال",
     "الجراح البروفسور باولو ستانغا، المشرف على العملية الجراحية"),
    ("lead39h", "وقال مدير عام فرع هيئة الأمر بالمعروف والنهي عن المنكر بمنطقة تبوك الشيخ فهد السويح: تأتي هذه "
                "الحملات لمتابعة الآداب العامة.", "وقال",
     "مدير عام فرع هيئة الأمر بالمعروف والنهي عن المنكر بمنطقة تبوك الشيخ فهد السويح"),
    ("lead39j", "وهذا ما أكده رجال المقاومة الذين قالوا إن المتمردين لم يشاهدوا في الأسواق.", "قالوا", "رجال المقاومة"),
    ("lead39j-guard", "والتقى الوزير بالسفير الأمريكي الذي أكد أن العلاقات متينة.", "أكد", "السفير الأمريكي"),
    ("lead39k", "ستأتي الشاشة مزودة بتقنية من إنتاج شركة إنتل والتي تقول الشركة أنها تضمن عرضا سلسا للصور.", "تقول",
     "شركة إنتل"),
    ("lead39n", "صرح لـ«عين اليوم» عيضة الهذلي الناطق الإعلامي لصحة الطائف بأن التحقيقات جارية مع المناوبين.", "صرح",
     "عيضة الهذلي الناطق الإعلامي لصحة الطائف"),
    ("lead39c", "من جهته ثمّن مدير عام مطار الملك فهد الدولي التوجيهات الحثيثة التي تجدها إدارته.", "ثمّن",
     "مدير عام مطار الملك فهد الدولي"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected"), SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_the_speaker_of_the_rules_shape(rule: str, text: str, cue: str, expected: str) -> None:
    assert speaker(analysed(text), cue) == expected


def test_the_addressee_after_a_name_is_the_audience():
    """lead39a: "لإدارة النادي" is recorded as whom the words were said to."""
    quote = by_cue(analysed("أوضح المهاجم الكاميروني أمينو بوبا لإدارة نادي الخليج أنه تأخر بسبب المرض."), "أوضح")
    assert quote["audience"] == "لإدارة نادي الخليج"


def test_an_outlet_after_the_name_is_still_the_via():
    """lead39a, guard: "لرويترز" after a name is the outlet, not an audience."""
    quote = by_cue(analysed("وقال وزير الخارجية عادل الجبير لرويترز إن الحل سياسي."), "وقال")
    assert quote["via_text"]["text"] == "لرويترز"


# (rule, text, cue, the first and last words of that cue's content)
CONTENTS = [
    ("lead39c", "من جهته ثمّن مدير عام مطار الملك فهد الدولي التوجيهات الحثيثة التي تجدها إدارته.", "ثمّن",
     ("التوجيهات", "إدارته")),  # the object opens at the plural
    ("lead39d-guard", 'أكد أغلبية الآباء والأمهات خوفهم من هذه العادات التي أصبحت هاجس كل أسرة وقال أبو محمد: "أصبحنا '
                      'نعيش خوفا حقيقيا بعد أن نشاهد بعض اللقاءات".', "أكد", ("خوفهم", "أسرة")),  # no anonymity: as before
    ("lead39a-guard", "ودعا عبدالمنعم لتعزيز قيم التعايش والسلام، والأخذ على يد كل من ينفخ في بوق الطائفية.", "ودعا",
     ("لتعزيز", "الطائفية")),  # a ل + verbal noun of purpose is what he called for, no addressee
    ("lead39i", "وأوضح مساعد مدير شؤون المعلمين الدكتور حمدان العمري، أن المدير العام للتعليم محمد بن عبدالله المرشد، "
                "وجه بأن تكون المقابلات صباحا.", "وأوضح", ("المدير", "صباحا")),  # the complement's own verb after the comma
]


@pytest.mark.parametrize(("rule", "text", "cue", "edges"), CONTENTS, ids=[case[0] for case in CONTENTS])
def test_the_content_of_the_rules_shape(rule: str, text: str, cue: str, edges: tuple[str, str]) -> None:
    words = by_cue(analysed(text), cue)["text"].split()
    assert (words[0], words[-1]) == edges


@pytest.mark.parametrize("outlet", ["لوكالة الأنباء الألمانية", "لوكالة الأنباء الألمانية (د.ب.أ)"])
def test_the_outlet_after_an_anonymity_clause_before_a_quotation(outlet: str) -> None:
    """lead39d: "وقال المصدر الذي طلب عدم الكشف عن هويته لوكالة … "إن …"": the agency is the via."""
    text = (f'وقال المصدر الذي طلب عدم الكشف عن هويته {outlet} "إن القوات تقدمت نحو المدينة بعد الخسائر التي '
            'تكبدها المسلحون في المنطقتين".')
    quote = by_cue(analysed(text), "وقال")
    assert (quote["speaker"]["anonymous"], quote["via_text"]["text"]) == (True, "لوكالة الأنباء الألمانية")




@pytest.mark.parametrize(("text", "expected"), [
    ("وقال بعض المسؤولين الأمريكيين حينها إنهم يعتقدون أنه قتل في الغارة.", "بعض المسؤولين الأمريكيين"),
    ("وقال وزير الخارجية آنذاك جون كيري إن الاتفاق جيد.", "وزير الخارجية آنذاك جون كيري"),  # guard
])
def test_at_that_time_is_when_not_who(text: str, expected: str) -> None:
    """lead39f: "حينها / آنذاك" right before the complement says when; before a name it stays in the phrase."""
    assert by_cue(analysed(text), "وقال")["speaker"]["text"] == expected


@pytest.mark.parametrize(("text", "via"), [
    ("وقال مصدر عسكري للإذاعة العامة الإسرائيلية إن الجيش قام بعملية في القرية.", "للإذاعة العامة الإسرائيلية"),
    ("نشرت صحيفة الحياة تقريرا عن العملية. وقال الوزير للصحيفة إن الجيش قام بعملية.", "للصحيفة"),  # guard
])
def test_an_outlet_named_by_its_head_and_adjectives(text: str, via: str) -> None:
    """lead39g: "للإذاعة" with its adjectives names an outlet; alone it is the paper named before."""
    assert by_cue(analysed(text), "وقال")["via_text"]["text"] == via


def test_a_verb_with_its_own_subject_after_a_comma_still_opens_a_quote():
    """lead39i, guard: "…، يقول محمد علوش إن …": a verb with a subject after it is a new attribution."""
    found = analysed("وفي حين يقول ناشط إن التنظيم موجود في الغوطة، يقول محمد علوش إن عددهم قليل.")
    assert [q["text"] for q in found] == ["التنظيم موجود في الغوطة", "عددهم قليل"]


def test_a_new_verb_with_its_conjunction_after_a_comma_still_opens_a_quote():
    """lead39i, guard: "…، وأكد أن …" after a complement is a new attribution."""
    found = analysed("وقال الوزير إن الاتفاق جيد للطرفين، وأكد أن الحكومة ملتزمة به.")
    assert by_cue(found, "وقال")["text"] == "الاتفاق جيد للطرفين"


def test_a_document_named_by_its_head_before_its_own_clause_is_a_source():
    """lead39l: "ووفقا لبيانات الشرطة … وقالت الشرطة إن …": the police named inside a source headed by a text noun is
    not that text; "الشرطة" goes back to the police who spoke before."""
    text = ("وقالت شرطة مكافحة الجريمة إنها ألقت القبض على الرجل. ووفقا لبيانات الشرطة والادعاء العام فإن الرجل توجه "
            "مخمورا إلى المنزل. وقالت الشرطة إن أحدا غيره لم يصب بأذى.")
    found = [q for q in analysed(text) if q["cue"] and q["cue"]["text"] == "وقالت"]
    assert found[-1]["speaker"]["text"] == "شرطة مكافحة الجريمة"


def test_a_resolution_that_opens_its_own_clause_says_it():
    """lead39m: "وبحسب القرار فإن …": a criterion head before "فإن" is the source of the clause after it (acc39a
    reads "القرار" as a measure otherwise)."""
    text = ("وصوت المجلس على المشروع، وبحسب القرار فإن هذا الفريق، المؤلف من خبراء الأمم المتحدة، ستكون مهمته تحديد "
            "المتورطين.")
    quote = by_cue(analysed(text), "وبحسب")
    assert (quote["kind"], quote["speaker"]["text"]) == ("according_to", "القرار")
