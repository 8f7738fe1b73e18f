"""Session 49, pass ind49 (docs/evaluation/quotes.md, "Session 49, ind49"): indirect quotes on unseen news.

- ind49a: right after a comma, و / ف + a past verb of an act the writer narrates (a handing over, a tour, an opening,
  a directive, an answer: ``narration_act`` in clause_words.tsv), or that verb bare after "، فيما / بينما"
  (``narration_lead``), with a person named right after it, is the writer's next event: the content of the quote before
  ends at the comma (extract.py ``narration_act_at``), and a participle after that clause goes on with its subject.
  Not a verb whose object is a person ("…، والتقى الملك …": the speaker's own account may go on).
"""

import pytest
from entity_quotes import analysed, by_cue, containing

HANDED = (
    "وتعهد رئيس اللجنة المنظمة سعد الحربي باستضافة البطولة في موعدها، "
    "وسلم الرئيس علي عبدالله صالح الكأس لقائد المنتخب الفائز."
)
DIRECTED = "ونعت وزارة الداخلية شهداء الواجب، ووجه اللواء مجدي عبدالغفار بتقديم كل سبل الرعاية لأسرهم."
OPENED = "وأكد المحافظ خالد العتيبي أن المشروع سيكتمل العام المقبل، وافتتح الأمير فيصل بن سلمان المعرض المصاحب للمؤتمر."
WHILE_ANOTHER = (
    "أما الإعلامي سعد المالكي فقد نعى زميله الراحل قائلا إنه كان محبوبا من الجميع، "
    "فيما قام المذيع علي العلياني بنشر صورة الراحل على حسابه ومعلقا على رحيله بأنه خسارة للإعلام."
)
WHILE_COMMENTING = (
    "وأكد المحافظ خالد العتيبي أن المشروع سيكتمل العام المقبل، "
    "فيما قام المدير سعد الحربي بجولة على الموقع ومعلقا على المشروع بأنه تجربة رائدة."
)
ANSWERED = (
    "وتحدث أحد الطلاب مع مدير الجامعة، مشيرا إلى أنه يرغب في الالتحاق بالبرنامج الجديد، "
    "وأجابه مدير الجامعة الدكتور سالم القحطاني بالترحيب."
)

# guards: no person after the verb, a verb whose object is a person, a verb that is no act of the narration
NO_SUBJECT = "وأوضح المدير خالد العتيبي أن الجمعية أنهت المشروع، وقام بتنفيذه فريق من المتطوعين."
MET_HIMSELF = "وقال السفير خالد العتيبي إنه زار المغرب، والتقى الملك محمد السادس وعددا من كبار المسؤولين."
OTHER_VERB = "وأكد المتحدث باسم الشرطة أن المتهم اعترف بجريمته، وأحيل المتهم سعد إلى النيابة العامة."


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (HANDED, "وتعهد", "باستضافة البطولة في موعدها"),
        (DIRECTED, "ونعت", "شهداء الواجب"),
        (OPENED, "وأكد", "المشروع سيكتمل العام المقبل"),
        (WHILE_ANOTHER, "نعى", "كان محبوبا من الجميع"),
        (ANSWERED, "مشيرا", "يرغب في الالتحاق بالبرنامج الجديد"),
    ],
)
def test_narrated_act_after_comma_ends_content(text, cue, expected):
    quote = by_cue(analysed(text), cue)
    assert quote["text"].endswith(expected)


def test_participle_after_narrated_act_goes_on_with_its_subject():
    quote = containing(analysed(WHILE_COMMENTING), "تجربة رائدة")
    assert quote["speaker"]["text"] == "المدير سعد الحربي"


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        (NO_SUBJECT, "وأوضح", "وقام بتنفيذه فريق"),
        (OTHER_VERB, "وأكد", "وأحيل المتهم"),
        (MET_HIMSELF, "وقال", "والتقى الملك"),
    ],
)
def test_no_new_subject_or_no_act_keeps_content(text, cue, words):
    assert words in by_cue(analysed(text), cue)["text"]
