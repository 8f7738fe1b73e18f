"""Session 35, pass lead14: a feminine singular cue with no subject and nobody quoted before does not
fall back to the last man named, nor to a body with a masculine head word (speakers.py,
``disagrees_with_feminine``, ``named_woman``). Most such verbs go on with a thing the narration names."""

from entity_quotes import analysed, speaker

GREEK_DEAL = (
    "أول شيء يجب فهمه حول الصفقة المفروضة على رئيس الوزراء اليوناني أليكسيس تسيبراس في الأسبوع الماضي "
    "هو أنها لا تقدم أي حل. أما الأمر الثاني فهو أن الاتفاقية، وطريقة الحصول عليها، تدعو إلى التشكيك "
    "في المشروع الأوروبي كله."
)


def test_feminine_verb_does_not_go_on_with_the_last_man_named():
    assert speaker(analysed(GREEK_DEAL), "تدعو") is None


def test_feminine_verb_does_not_go_on_with_a_masculine_body():
    text = ("وكانت المباحثات قبل انعقاد مؤتمر قمة الاتحاد الأوروبي طويلة، وتشير إلى أن قادة الاتحاد "
            "سيضعون الحكومة اليونانية أمام خيارين.")
    assert speaker(analysed(text), "وتشير") is None


def test_feminine_verb_goes_on_with_a_feminine_body():
    text = ("أخلت شركة الكهرباء مسؤوليتها عن انقطاع التيار في المنفذ، وقالت في بيان صحفي إن الانقطاع "
            "لا علاقة له بالشبكة.")
    assert speaker(analysed(text), "وقالت") == "شركة الكهرباء"


def test_woman_marked_by_her_title_is_still_the_speaker():
    text = "ردت الكاتبة سمر المقرن على المقال في الأسبوع الماضي. وتؤكد أن الحب لا يؤدي إلى الفساد."
    assert speaker(analysed(text), "وتؤكد").endswith("سمر المقرن")


def test_woman_marked_by_a_feminine_verb_is_still_the_speaker():
    text = "وحول هذا الديوان تتحدث الشاعرة هند حناوي عن تجربتها، مشيرة إلى أنها كتبته في عامين."
    assert speaker(analysed(text), "مشيرة") in ("هند حناوي", "الشاعرة هند حناوي")


def test_masculine_verb_still_goes_on_with_the_last_man_named():
    text = "زار رئيس الوزراء اليوناني أليكسيس تسيبراس بروكسل أمس. ويؤكد أن الاتفاق لا يحل الأزمة."
    assert speaker(analysed(text), "ويؤكد").endswith("أليكسيس تسيبراس")


def test_masculine_verb_does_not_go_on_with_a_woman_marked_so():
    text = ("أحيت القضية الضمير العالمي من جديد. المالكي التقى بالمدعية العامة للمحكمة الجنائية الدولية السيدة "
            "فاتو بنسودا في مقر المحكمة في لاهاي، وأكد على ضرورة متابعة الإجراءات.")
    assert speaker(analysed(text), "وأكد") != "فاتو بنسودا"


def test_woman_marked_by_a_feminine_title_governing_a_masculine_one():
    text = ("استدعت نائبة وزير الخارجية، تسيبي حوتوبيلي، خمسة سفراء أوروبيين، واتهمت بلدانهم بأنها تقدم "
            "مساعدات مالية لجمعيات تعمل ضد الدولة.")
    assert "حوتوبيلي" in speaker(analysed(text), "واتهمت")


def test_a_form_of_address_written_with_ta_marbuta_is_no_mark_of_a_woman():
    text = ("وكان مما لفت الانتباه رأي فضيلة الشيخ عبدالله الركبان عضو هيئة كبار العلماء في المسألة. "
            "ويشير إلى أن تحديد سن أدنى للزواج يعد ضرورة.")
    assert "عبدالله الركبان" in speaker(analysed(text), "ويشير")
