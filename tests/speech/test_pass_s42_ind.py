"""Session 42, pass ind42 (docs/evaluation/quotes.md, "Session 42, ind42"), issue #4, indirect precision: three
reporting verbs whose written form is also another verb. "يدين" owes or follows a faith when what is owed follows
("وتدين بنما بالفضل لحارس مرماها", "ويدين سان جرمان بفوزه", "يدينان لها بالكثير"; ``owed_object``, ``owed_to`` in
clause_words.tsv) and "أدان" with a court for subject convicts (``court_subject``); the bare "توقع" with a thing
signed after it is the present of وقّع ("أن توقع إدارة المطار … عقد", ``signed_object``); and the present of "هدد"
tells of a danger unless its complement follows its subject or the medium it was said in follows it (flag
``present_that`` in verbs.tsv); "شدد" with a thing tightened after its subject tightens ("وشددت قوات الأمن إجراءات
التفتيش على …", ``tightened_object``). "من" + a definite word right before the complement is whom the verb asked,
not its subject ("وطالب من الإعلام السعودي بأن …"); "لفت" with the eye it caught right after it ("لفت انتباهي أن …",
``attention_object``) caught someone's eye. Each case was a quote before (all corpus sentences of days 0:19)."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, cues

# (text, cue that must not report)
NOT_SPEECH = [
    # 2015-07-21#195: owes its win to its goalkeeper
    ("وتدين بنما بالفضل لحارس مرماها خايمي بينيدو الذي أنقذ المحاولة الحاسمة من ركلات الترجيح.", "وتدين"),
    # 2015-07-31#2067: ب with a possessive right after the subject
    (
        "ويدين سان جرمان بفوزه الثالث في هذه البطولة الودية التي توزعت هذا الموسم بين أربع قارات إلى بليز ماتويدي.",
        "ويدين",
    ),
    # 2015-07-23#411: what is owed after the subject's long aside, after a comma
    (
        "ويدين برشلونة، الفائز بثلاثية الدوري والكأس المحليين ودوري أبطال أوروبا والذي يغيب عنه في جولته الأميركية "
        "نجماه الأرجنتيني ليونيل ميسي والبرازيلي نيمار، بفوزه على لوس انجليس غالاكسي الى الاوروغوياني لويس سواريز.",
        "ويدين",
    ),
    # 2015-07-23#505: whom it is owed to right after the verb
    (
        "منحتني كل شيء جميل. الثقافة والحب وابنين رائعين يدينان لها اليوم بالكثير، وأصدقاء هم اليوم منارة حب وحنين.",
        "يدينان",
    ),
    # 2015-07-23#809: a court convicts
    ('وأدانت المحكمة الشركة بارتكاب "خطأ تنظيمي" تسبب في "عدم راحة بدنية" للمرأة.', "وأدانت"),
    # 2015-07-21#769: signs a contract, the subject between
    (
        "من المقرر أن توقع إدارة مطار الملك فهد الدولي في الدمام الخميس عقد إنشاء وتشغيل مبنى الطيران الخاص مع "
        'شركة "إكس جت" الأمريكية.',
        "توقع",
    ),
    # 2015-07-23#45
    (
        "وكانت شركة مستحضرات التجميل الفرنسية شانيل أول شركة توقع اتفاقية انتاج مع بات عام 2012 لتصنيع كريم للبشرة.",
        "توقع",
    ),
    # 2015-07-22#1057: a pitch threatens the players with injuries
    (
        "فيما ذهب آخرون إلى أبعد من ذلك حين عبروا عن سعادتهم بالتواجد الكروي السعودي على أرض الإنجليز. ملعب كوينز "
        "بارك يهدد اللاعبين بالإصابات.. وآراء تصفه بالأسوأ.",
        "يهدد",
    ),
    # 2015-07-22#725: a state that threatens America, a complement far on
    (
        "لتصبح الصين دولة تهدد أميركا اقتصادياً وعسكرياً وتقف حجر عثرة في طريقها بعد أن ظنت واشنطن أن بكين ستدور في "
        "فلكها.",
        "تهدد",
    ),
    # 2015-07-22#1694: "لفت" with the attention it caught after it: the writer's eye, no one speaks
    ("لفت انتباهي أن هناك تقريرا عن الرحلة أو السفر والاجازة يقوم به الأغلبية.", "لفت"),
    # 2015-08-04#381: "شدد" tightens the checks it has for object, no one stresses
    ("وشددت قوات أمن شمال سيناء إجراءات التفتيش على طول طريق العريش القنطرة، وأقامت القوات لجان تفتيش.", "وشددت"),
    # 2015-08-08#1214: "من" before what is tightened
    ("وشددت قوات الأمن من إجراءات التفتيش على عدد من الطرق خاصة الطرق الدولية.", "وشددت"),
]

# (text, cue, words the speaker must hold): the near shapes still report
STILL_SPEECH = [
    # 2015-07-24#1356-like: condemns, a ب of manner after it
    (
        "تدين مملكة البحرين بشدة استمرار التصريحات العدائية من قبل مسؤولي الجمهورية الإسلامية الإيرانية.",
        "تدين",
        "البحرين",
    ),
    # 2015-08-02#1178: condemns; "بشأنه" far on is no thing owed
    ("ويدين معارضو اتفاق التجارة الحرة عبر المحيط الهادئ، السرية التي تلف المفاوضات بشأنه.", "ويدين", "معارضو"),
    # 2015-07-21#2434: the past of "هدد" reports a threat made
    ("وهدد وزير النفط والغاز محمد زايد بسحب تراخيص الشركات التي تخالف ضوابط توزيع المحروقات.", "وهدد", "محمد زايد"),
    # tests/speech/test_pass_s22_q53a.py: the medium it was said in right after the present
    (
        "وقال وزير الداخلية سالم الحربي إن قوات الأمن تلاحق الخاطفين. وكان المكتب الإعلامي للجماعة بث تسجيلا صوتيا "
        "الخميس يهدد فيه بمهاجمة المنشآت الحكومية في المنطقة.",
        "يهدد",
        "المكتب الإعلامي",
    ),
    # 2015-07-31#1618: what "شدد" might tighten is its subject, right after it
    ("وقد شددت الإجراءات والضوابط الانتخابية على أن الهوية الوطنية هي الأساس.", "شددت", "الإجراءات"),
    # "من" before a verb is "who" and speaks
    ("ويرى من شارك وحضر الاحتفالات أن هناك قصورا في بعض الخدمات العامة.", "ويرى", "من شارك"),
    # 2015-08-01#105: with its إلى right after the attention, "لفت" points something out
    (
        "وكانت تقارير صحافية قد لفتت الأنظار إلى المخاطر التي تتعرض لها السيارات غير المعتمدة على مفاتيح.",
        "لفتت",
        "تقارير",
    ),
    # "وتوقع" with its complement is "expected"
    ("وتوقع المحلل المالي عبدالعزيز عبدالله أن تتحسن المبيعات خلال الأسبوعين المقبلين.", "وتوقع", "عبدالعزيز عبدالله"),
]


# (text, cue, words the speaker must hold, words it must not hold): "من" + a definite word before the complement is
# whom it asked, the speaker goes on
FROM_PHRASE = [
    # 2015-07-21#1819
    (
        "وشدد الدكتور الخضيري على أن ما يريده الإعلام الحديث محاربة الفكر الضال الذي أثّر على عقول بعض الناشئة، "
        "وطالب من الإعلام السعودي بأن يحترم خصوصية المكان لموطنه المملكة العربية السعودية.",
        "وطالب",
        "الخضيري",
        "من الإعلام",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "not_speaker"), FROM_PHRASE)
def test_a_phrase_in_min_is_whom_it_asked(text, cue, speaker, not_speaker):
    said_by = by_cue(analysed(text), cue)["speaker"]["text"]
    assert speaker in said_by and not_speaker not in said_by


@pytest.mark.parametrize(("text", "cue"), NOT_SPEECH)
def test_another_verb_reports_nothing(text, cue):
    assert cue not in cues(analysed(text))


@pytest.mark.parametrize(("text", "cue", "speaker"), STILL_SPEECH)
def test_the_reporting_verb_still_reports(text, cue, speaker):
    quote = by_cue(analysed(text), cue)
    assert speaker in quote["speaker"]["text"]
