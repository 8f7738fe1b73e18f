"""Pass facts52 (session 51): a count of cases in or right after a sentence naming the injured counts injured people.

"بلغ عدد المصابين في الحادث 50 حالة … في حين تتلقى 39 حالة العلاج، وهناك حالتان تم نقلهما": a count of
cases (حالة، حالات، حالتان) whose noun has no typed complement was typed other unless "من المصابين" came
right after it. Now the injured people of ``fact_nouns.tsv`` (المصابين، الجرحى; not the verbal nouns
إصابة، إصابات, which also list injuries among other harms) in its sentence or the one before type it
injured; a disease of ``disease_words.tsv`` anywhere in the article keeps it other (the cases of a virus
are infections), a typed word right after the count is its complement, and cases with no injured near
(a clinic's visits) stay other.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

CASES_OF_THE_INJURED = [
    ("وأوضح المتحدث أن عدد المصابين في حادث الحافلة بلغ 28 شخصا. في حين تتلقى 17 حالة العلاج في مستشفى المدينة.", 17),
    ("ونقل الهلال الأحمر الجرحى إلى مستشفيات المحافظة، وهناك حالتان تم نقلهما بالإسعاف الجوي.", 2),
    ("وأسفر التصادم عن سقوط عدد من الجرحى بين ركاب الحافلة. وتم تنويم 12 حالة في العناية المركزة.", 12),
]


@pytest.mark.parametrize(("text", "value"), CASES_OF_THE_INJURED)
def test_a_count_of_cases_among_the_injured_is_injured(text, value):
    facts = [fact for fact in analysed_facts(text) if fact["value"] == value]
    assert [fact["type"] for fact in facts] == ["injured"]


OTHER_CASES = [
    ("وارتفع عدد المصابين بفيروس كورونا في المنطقة إلى 35 حالة منذ بداية العام.", 35),
    ("وذكرت وزارة الصحة أن المصابين بالمرض يتلقون العلاج. وتماثلت 14 حالة للشفاء خلال الأسبوع.", 14),
    ("واستقبلت عيادة الأطفال في المخيم 240 حالة خلال الأسبوع الماضي.", 240),
    ("وافتتح المستشفى قسما جديدا للطوارئ. واستقبل القسم خلال أسبوعه الأول 90 حالة.", 90),
    ("وتوزعت الانتهاكات بين حالات اختطاف واعتداء وإصابات. وتصدرت حالات الاعتداء القائمة بـ 45 حالة.", 45),
]


@pytest.mark.parametrize(("text", "value"), OTHER_CASES)
def test_cases_of_a_disease_or_with_no_injured_near_stay_other(text, value):
    facts = [fact for fact in analysed_facts(text) if fact["value"] == value]
    assert [fact["type"] for fact in facts] == ["other"]
