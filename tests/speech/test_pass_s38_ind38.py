"""Session 38, pass ind38 (docs/evaluation/quotes.md, "Session 38, pass ind38"): the speaker phrase after a
reporting verb ran on into the verb's object, so the speaker of the indirect quote, and of every participle
after it, was a phrase naming no one ("رئيس نادي الأنصار جهود اللجنة …", "الدكتور الزياني، المقدم مبارك …").

- ind38a: a title's or a body's head with no article and its one definite genitive ("رئيس نادي الأنصار")
  is a complete construct: a bare noun after it that is no head word and no name begins the
  object (phrases.py, ``title_construct_before``);
- ind38b: a person named with his honorific, then another honorific and another person's name, right after
  or after a comma ("وشكر … المهندس محمد المخرج الأمير خالد الفيصل"، "وهنأ الدكتور …، اللواء …"): honorifics
  stand before a name, never after a complete one, so the second person is the verb's object (whom he
  thanked or congratulated), not an apposition of the speaker (phrases.py, ``second_person_after_name``).
"""

import pytest

import khabar


def speakers_by_cue(text: str) -> dict[str, str | None]:
    doc = khabar.analyze(text, published="2015-08-01")
    return {(q["cue"] or {}).get("text"): (q["speaker"] or {}).get("text") for q in doc.quotes}


# (rule, text, cue, the speaker khabar must give that cue's quote)
SPEAKERS = [
    ("ind38a", "وافتتحت المباراة الودية بين الفريقين أمس. وثمن رئيس نادي الأنصار جهود اللجنة المنظمة للبطولة، "
               "معتبرا أن اللقاءات الودية مهمة لشباب المنطقة.", "وثمن", "رئيس نادي الأنصار"),
    ("ind38a", "وافتتحت المباراة الودية بين الفريقين أمس. وثمن رئيس نادي الأنصار جهود اللجنة المنظمة للبطولة، "
               "معتبرا أن اللقاءات الودية مهمة لشباب المنطقة.", "معتبرا", "رئيس نادي الأنصار"),
    ("ind38b", "وهنأ الدكتور سعد الحربي، اللواء فهد العمري بتعيينه مديرا لشرطة المنطقة، متمنيا له التوفيق في "
               "مهامه الجديدة.", "متمنيا", "الدكتور سعد الحربي"),
    ("ind38b", "وشكر أمين المحافظة المهندس خالد الزهراني الأمير سعود بن نايف على دعمه للمهرجان، مؤكدا أن "
               "الفعاليات ستستمر حتى نهاية الشهر.", "مؤكدا", "أمين المحافظة المهندس خالد الزهراني"),
]

# what must not change: an apposition after a comma, two speakers joined by و, a title's genitive that is a
# person, stacked titles, a name after a title, and the three shapes the corpus check asked guards for
GUARDS = [
    ("comma apposition", "وقال رئيس هيئة قناة السويس، الفريق مهاب مميش إن أعمال الحفر اكتملت قبل موعدها.",
     "وقال", "رئيس هيئة قناة السويس، الفريق مهاب مميش"),
    ("two speakers", "وقال المهندس حسين آل عباس، والمهندس مرضي العازمي إن المشروع اكتمل.",
     "وقال", "المهندس حسين آل عباس، والمهندس مرضي العازمي"),
    ("genitive person", "وأكد مستشار خامنئي الدكتور علي أكبر ولايتي أن طهران ستزيد دعمها لحلفائها.",
     "وأكد", "مستشار خامنئي الدكتور علي أكبر ولايتي"),
    ("stacked titles", "وقال وزير الداخلية رئيس لجنة الحج العليا إن الموسم سيكون ناجحا.",
     "وقال", "وزير الداخلية رئيس لجنة الحج العليا"),
    ("title then name", "وقال وزير الخارجية عادل الجبير إن المملكة ستواصل دعمها للشعب اليمني.",
     "وقال", "وزير الخارجية عادل الجبير"),
    ("participle in construct", "وقالت شركة الطيران منخفض التكلفة فلاي ناس إن رحلاتها ستعود إلى جدول مواعيدها.",
     "وقالت", "شركة الطيران منخفض التكلفة فلاي ناس"),
    ("rank adjective", "وأوضح الناطق الإعلامي بحرس الحدود المقدم بحري الدكتور سعد العتيبي أن الدوريات أحبطت "
     "محاولة التهريب.", "وأوضح", "الناطق الإعلامي بحرس الحدود المقدم بحري الدكتور سعد العتيبي"),
    ("a king's name in a body's", "وأوضح استشاري الأطفال بمدينة الملك فهد الطبية الدكتور سامي الحربي أن "
     "المرض ينتشر في الصيف.", "وأوضح", "استشاري الأطفال بمدينة الملك فهد الطبية الدكتور سامي الحربي"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected"), SPEAKERS + GUARDS,
                         ids=[f"{case[0]}-{case[2]}" for case in SPEAKERS + GUARDS])
def test_the_speaker_phrase_ends_before_the_object(rule: str, text: str, cue: str, expected: str) -> None:
    assert speakers_by_cue(text)[cue] == expected
