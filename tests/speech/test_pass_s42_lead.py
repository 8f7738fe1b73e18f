"""Session 42, the lead's pass (docs/evaluation/quotes.md, "Session 42, lead42"):

- lead42a: "في" before a statement ("في البيان"، "في أول بيان لها"، "في إعلان نشره"، "في مداخلة") ends the speaker
  phrase after a title or a body as much as after a name: no one is "in" a statement, it is in what he spoke
  (phrases.py ``statement_after_speaker``; statements in word_classes.tsv); a field or a gathering one belongs to
  ("الباحث في الحديث"، "المشاركون في الاستطلاع") is left to the phrase;
- lead42c: a full name that shares only a given name with an earlier speaker ("الشيخ محمد الخالد" after "الأمير محمد
  بن نايف", "الدكتور خالد النمر" after "خالد الفاخري") is another person, not a mention of him (antecedents.py
  ``other_surname``); a shorter or fuller form of the same name ("الملك عبدالله" and "الملك عبدالله بن عبدالعزيز")
  still refers back;
- lead42e: after a verb of telling, an outlet right after the verb with a subject after it ("أبلغ «الاقتصادية» الدكتور
  إبراهيم العساف …"، "وأبلغ رويترز مسؤول أمريكي …") is whom he told, the via, not part of the speaker (phrases.py
  ``told_outlet_first``); an outlet with no subject after it is left as it was;
- lead42f: "the same" written before the head ("وقال نفس المصدر"، "وأضافت ذات المصادر") points back to the one who
  spoke before, as "المصدر نفسه" does (antecedents.py ``same_speaker_phrase``; same_speaker_before in clause_words.tsv);
- lead42g: a group a named speaker is in ("لكن بوتين ومسؤولي الفيفا قالوا إن …") is not that speaker, and does not
  rename his earlier quotes; a person's name that ends like a sound plural ("بوتين") is one man (speakers.py ``link``,
  ``make_who``);
- lead42h: a sentence that begins inside someone's quoted words ("«… فروا من منازلهم.. وبعض المنازل …»") gives no
  subject to the reporting verb after the quotation ("وأضاف موضحا: «…»"): the speaker goes on (speakers.py
  ``sentence_who``, ``narrative_subject``);
- lead42i: a name set off by a comma after a title stays in the speaker phrase also when his own title follows it
  ("أكد فخامة الرئيس، عبدربه منصور هادي رئيس الجمهورية اليمنية أن …") (phrases.py ``title_then_boundary``);
- lead42j: before a quotation, a subject between كان and the verb ("وكان كيري قال لمجلس العلاقات الخارجية: «…»") is
  the speaker, and the phrase after the verb whom he told (direct.py ``direct_from_cue``, subjects.py ``kana_subject``);
- lead42k: a narrated subject ends with the person's name when a bare noun and more words follow it ("بينما وجه رئيس
  وزراء كازاخستان كريم ماسيموف نداء متحمسا لأعضاء اللجنة …"): that noun begins the verb's object (subjects.py
  ``object_after_person``); not before a comma, where it may be the rest of the name.
"""

import pytest
from entity_quotes import analysed, by_cue

# (rule, text, cue, the speaker khabar must give that cue's quote)
SPEAKERS = [
    (
        "lead42a",
        "وقال ممدوح الدماطي وزير الآثار في البيان إن البعثة عثرت على مقبرة أثرية.",
        "وقال",
        "ممدوح الدماطي وزير الآثار",
    ),
    (
        "lead42a",
        "وقالت السفارة الأمريكية في هافانا في أول بيان لها «نحن سعداء جدا بهذا اليوم».",
        "وقالت",
        "السفارة الأمريكية في هافانا",
    ),
    (
        "lead42a",
        "وقال البنك في إعلان نشره على موقع السوق المالية إن أرباحه ارتفعت في الربع الثاني.",
        "وقال",
        "البنك",
    ),
    (
        "lead42a",
        "وقال المقدم في مداخلة على الهواء إن الوضع الأمني مستقر.",
        "وقال",
        "المقدم",
    ),
    (
        "lead42a",
        "وقالت شاهدة عيان في إفادة للمنظمة إن المسلحين أطلقوا النار على المارة.",
        "وقالت",
        "شاهدة عيان",
    ),
    (
        "lead42c",
        "تلقى صاحب السمو الملكي الأمير محمد بن نايف ولي العهد برقية من الشيخ محمد خالد الحمد الصباح نائب رئيس مجلس "
        "الوزراء تضمنت التهنئة بالإنجازات، مؤكداً وحدة المصير. وأشاد الشيخ محمد الخالد في البرقية بهذه الإنجازات المميزة.",
        "وأشاد",
        "الشيخ محمد الخالد",
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "cue", "expected"), SPEAKERS, ids=[f"{r}-{i}" for i, (r, *_) in enumerate(SPEAKERS)]
)
def test_speaker(rule: str, text: str, cue: str, expected: str) -> None:
    assert by_cue(analysed(text), cue)["speaker"]["text"] == expected


def _said(found: list[dict], opening: str) -> dict:
    [quote] = [q for q in found if q["text"].startswith(opening)]
    return quote


def test_two_people_sharing_a_given_name_are_two():
    found = analysed(
        "وقال الأمين العام للجمعية الوطنية لحقوق الإنسان خالد الفاخري إن النظام ضروري. وقال الدكتور خالد النمر: "
        "«دور الأسرة يتمثل في تحذير أبنائها من التحرش بأنواعه»."
    )
    assert _said(found, "دور الأسرة")["speaker"]["text"] == "الدكتور خالد النمر"


def test_a_shorter_form_of_the_same_name_still_refers_back():
    found = analysed(
        "وقال خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز إن المملكة ماضية في الإصلاح. "
        "وأضاف الملك عبدالله أن الشعب شريك في البناء."
    )
    assert by_cue(found, "وأضاف")["speaker"]["entity"] == by_cue(found, "وقال")["speaker"]["entity"] is not None


def test_a_field_of_study_is_part_of_who_speaks():
    found = analysed("وقال الباحث في الحديث النبوي محمد العلي إن الرواية ضعيفة.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "الباحث في الحديث النبوي محمد العلي"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "via"),
    [
        (
            "أبلغ «الاقتصادية» الدكتور إبراهيم العساف وزير المالية السعودي أن تراجع النفط لا يؤثر في التمويل.",
            "أبلغ",
            "الدكتور إبراهيم العساف وزير المالية السعودي",
            "«الاقتصادية»",
        ),
        ("وأبلغت «عكاظ» مصادر مطلعة أن الوزارة ستعلن القرار قريبا.", "وأبلغت", "مصادر مطلعة", "«عكاظ»"),
        ("وأبلغ رويترز مسؤول أمريكي أن العقوبات لن ترفع قريبا.", "وأبلغ", "مسؤول أمريكي", "رويترز"),
    ],
)
def test_the_outlet_told_first_is_the_via(text: str, cue: str, speaker: str, via: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert (quote["speaker"]["text"], quote["via_text"]["text"]) == (speaker, via)


def test_the_same_source_written_first_is_the_source_before():
    found = analysed(
        "أكد مصدر مسؤول بشركة صلة الرياضية أن أكثر من 35% من التذاكر بيعت. وقال المصدر: «تم بيع كامل الغرف». "
        "وقال نفس المصدر: «ننتظر وصول الفريقين»."
    )
    [last] = [q for q in found if q["text"].startswith("ننتظر")]
    assert last["speaker"]["text"] == "مصدر مسؤول بشركة صلة الرياضية"
    assert last["speaker"]["anonymous"] is True


def test_a_group_a_speaker_is_in_is_not_him():
    found = analysed(
        "وقال بوتين «نرى ما يحدث في كرة القدم». وتسببت أزمة اقتصادية في روسيا في تقليص الانفاق لكن بوتين ومسؤولي "
        "الفيفا قالوا إن ذلك لن يؤثر على قدرة روسيا."
    )
    assert by_cue(found, "وقال")["speaker"]["text"] == "بوتين"
    assert by_cue(found, "قالوا")["speaker"]["text"] == "بوتين ومسؤولي الفيفا"


def test_a_sentence_begun_inside_quoted_words_names_no_speaker():
    found = analysed(
        "من جهته، قال هارونا كابيل وهو سائق حافلة، إن «أعدادا كبيرة من سكان نغامدو فروا من منازلهم.. وبعض المنازل "
        "في نغامدو كانت لا تزال مشتعلة عندما مررت بها»، وأضاف موضحا: «علمت من بعض الركاب أن بوكو حرام أغارت على القرية»."
    )
    assert by_cue(found, "موضحا")["speaker"]["text"] == "هارونا كابيل"


def test_a_name_after_a_comma_with_its_own_title_is_part_of_the_speaker():
    found = analysed("أكد الرئيس، عبدربه منصور هادي رئيس الجمهورية اليمنية، أن الانتصارات لن تتوقف.")
    assert by_cue(found, "أكد")["speaker"]["text"] == "الرئيس، عبدربه منصور هادي رئيس الجمهورية اليمنية"


def test_a_foreign_surname_opening_with_waw_is_no_group():
    found = analysed(
        "ويقول ريتشارد ويتمان، الخبير في السياسة البريطانية، إن الحزب سيحتاج وقتا. ويضيف ويتمان أن الانتخابات قريبة."
    )
    assert by_cue(found, "ويضيف")["speaker"]["entity"] == by_cue(found, "ويقول")["speaker"]["entity"]


def test_the_subject_after_kana_speaks_before_a_quotation():
    found = analysed("وكان كيري قال لمجلس العلاقات الخارجية، وهو مؤسسة بحثية في نيويورك: «نحن نعمل مع روسيا».")
    assert by_cue(found, "قال")["speaker"]["text"] == "كيري"


def test_a_narrated_subject_ends_with_the_name_before_its_object():
    found = analysed(
        "بينما وجه رئيس وزراء كازاخستان كريم ماسيموف نداء متحمسا لأعضاء اللجنة من أجل اختيار مدينة ألماتي، وأكد أن "
        "ذلك لا يعني أن اختيارها يشكل مجازفة."
    )
    assert by_cue(found, "وأكد")["speaker"]["text"] == "رئيس وزراء كازاخستان كريم ماسيموف"
