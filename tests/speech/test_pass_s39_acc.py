"""Session 39, pass acc39 (docs/evaluation/quotes.md, "Session 39, pass acc39"), issue #4, according-to quotes:

- acc39a: the head of a rule, mechanism, requirement, form, schedule, decree, agreement or article after a cue is
  a measure, not a source (clause_words.tsv ``criterion``: "استناداً للمادة …"، "ووفقاً لآلية …"، "وفق متطلبات …"،
  "وفقا لقرار …"); "سجلات" heads a source like "دراسات" (according_sources.tsv: "حسب السجلات الرسمية");
- acc39b: a contrastive connective after a comma ("…، ولكن وفقا لتقرير … فإن …") or a sentence adverb or time word
  set off by its comma before the phrase ("وبالتالي، وحسب …، يعتبر …") opens the clause the source attributes
  (clause_words.tsv ``sentence_adverb``; according.py ``after_contrast_lead``).
"""

import pytest
from entity_quotes import analysed


def according(text: str) -> list[dict]:
    return [q for q in analysed(text) if q["kind"] == "according_to"]


NO_SOURCE = [
    "ووفقاً لآلية طرح الأسهم التي اعتمدتها الهيئة فإن الحقوق تطرح على مرحلتين.",
    "ورصد التقرير 12 مقترحاً لتعديل أنظمة نافذة قدمها عدد من الأعضاء استناداً للمادة الخامسة من نظام مجلس الشورى.",
    "ووفقا لقرار مجلس الوزراء يتم تخصيص الأراضي السكنية للمواطنين في المحافظة.",
    "وتسعى الأندية لتحويل الرابطة إلى كيان مستقل وفق متطلبات الاتحاد الآسيوي للمشاركة في البطولة.",
    "وتصرف المكافأة شهريا حسب العدد المخصص لكل منشأة من العمال.",
]

# (text, the content's opening, the speaker)
CONTENT = [
    (
        "وتعد هذه الكمية ثاني أعلى كمية تستوردها الهند من النفط الإيراني حسب السجلات الرسمية.",
        "تعد هذه الكمية ثاني أعلى كمية",
        "السجلات الرسمية",
    ),
    (
        "كانت الشركة بين عدة شركات تتنافس على العقد، ولكن وفقا لتقرير نشر مؤخرا فإن الشركة فازت بالعقد.",
        "الشركة فازت بالعقد",
        "تقرير نشر",
    ),
    (
        "وبالتالي، وحسب مكتب الإحصاء الأوروبي، يعتبر الرقم هو الأقل في معدلات البطالة منذ سنوات.",
        "يعتبر الرقم هو الأقل",
        "مكتب الإحصاء الأوروبي",
    ),
    (
        "وأيضاً، وفقاً لتقرير الوزارة، ارتفعت الصادرات غير النفطية بنسبة خمسة في المائة.",
        "ارتفعت الصادرات غير النفطية",
        "تقرير الوزارة",
    ),
]

# guards: what the start code already does right stays
GUARDS = [
    ("لكن بحسب صحيفة هافينغتون بوست، تم اختيار الرمز الجديد للشركة.", "تم اختيار الرمز الجديد"),
    ("وارتفعت أرباح الشركة عشرين في المائة خلال الربع الثاني، بحسب بيان الشركة.", "ارتفعت أرباح الشركة"),
    ("وقتل في الهجوم ثلاثة جنود على الأقل، بحسب مصادر طبية.", "قتل في الهجوم ثلاثة جنود"),
    # an indictment is a source, whatever its head ("قرار")
    ("وعثر المحققون لاحقا على بقايا الهاتف قرب منزل أحد أقاربه، بحسب القرار الاتهامي.", "عثر المحققون لاحقا"),
    # a time word set off mid-sentence closes the clause before it, it opens none
    (
        "وحذف الموقع صور المستخدمين، الأمر الذي لاحظه كثيرون، اليوم، وفقاً لما جاء في صحيفة الإندبندنت البريطانية.",
        "حذف الموقع صور المستخدمين",
    ),
]


@pytest.mark.parametrize("text", NO_SOURCE)
def test_a_rule_or_measure_after_the_cue_is_no_source(text):
    assert according(text) == []


@pytest.mark.parametrize(("text", "opening", "speaker"), CONTENT)
def test_the_attributed_clause(text, opening, speaker):
    [q] = according(text)
    assert q["text"].startswith(opening)
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize(("text", "opening"), GUARDS)
def test_guards(text, opening):
    [q] = according(text)
    assert q["text"].startswith(opening)


def test_a_verb_set_off_before_the_source_is_no_adverb():
    # "وقتل، بحسب المرصد، …": the lead is the clause's verb, not a sentence adverb: the clause is not cut after
    # the source (since acc47 "المرصد" is a source, so the whole clause, its verb first, is attributed)
    texts = [q["text"] for q in according("وقتل، بحسب المرصد، حوالى خمسين ألف جندي خلال أربع سنوات.")]
    assert all(text.startswith("قتل") for text in texts), texts


def test_a_reporting_verb_after_the_source_keeps_its_own_quote():
    # "…، ولكن وفقاً لـX قال Y إن …": the verb's quote stays; the connective is left as the start code reads it
    text = "ويشعر السكان بالأمان، ولكن وفقاً لاستطلاع الرأي قال نصف الذين شملهم الاستطلاع إن الحملة فشلت."
    assert any(q["kind"] == "indirect" and q["text"] == "الحملة فشلت" for q in analysed(text))
