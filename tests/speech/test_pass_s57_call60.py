"""Pass call60: a verb that calls on someone (دعا، طالب، حث …) with its subject's name, then whom it calls on: the
speaker ends with the name. After a person's name, a bare noun in construct with a body the tagger found ("عناصر
حزب الله"، "قادة الكونغرس") is that body's people, whom the verb calls on, and opens what was said; a plural of
bodies ("شركات الأدوية"، now also "إدارات") after the subject opens the object even where the tagger read it as a
person's name.
A title after the name, or a phrase already ending at the name, keeps its place. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("وطالب وزير الخارجية عادل الجبير عناصر حزب الله بالانسحاب من سوريا.",
     "وطالب", "وزير الخارجية عادل الجبير", "عناصر حزب الله بالانسحاب من سوريا"),
    ("ودعا الرئيس الأمريكي باراك أوباما قادة الكونغرس إلى دعم الاتفاق.",
     "ودعا", "الرئيس الأمريكي باراك أوباما", "قادة الكونغرس إلى دعم الاتفاق"),
    ("ودعا الدكتور الربيعة شركات الأدوية لخفض أسعار المستحضرات الطبية.",
     "ودعا", "الدكتور الربيعة", "شركات الأدوية لخفض أسعار المستحضرات الطبية"),
])
def test_the_speaker_ends_before_whom_it_calls_on(text, cue, speaker, content):
    quote = by_cue(analysed(text), cue)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, content)


def test_departments_are_a_plural_of_bodies():
    found = analysed("وطالبت الوزارة إدارات التعليم بالمناطق بإنهاء إجراءات النقل قبل بداية العام الدراسي.")
    assert by_cue(found, "وطالبت")["speaker"]["text"] == "الوزارة"


@pytest.mark.parametrize("text, cue, speaker", [
    ("وقال وزير الخارجية عادل الجبير عضو مجلس الوزراء إن المملكة ماضية في دعم اليمن.",
     "وقال", "وزير الخارجية عادل الجبير عضو مجلس الوزراء"),
    ("ودعا المهندس فاروق الحياري شركات الكهرباء إلى الاستعداد.", "ودعا", "المهندس فاروق الحياري"),
    ("ودعا الوزير أحمد الخطيب أعضاء مجلس الشورى إلى الموافقة على النظام.", "ودعا", "الوزير أحمد الخطيب"),
    ("ودعا المهندس العتيبي شركات الاتصالات إلى تحسين خدماتها للمشتركين.", "ودعا", "المهندس العتيبي"),
    ("وأعلنت إدارات التعليم في المناطق أنها ستبدأ الدوام الأحد.", "وأعلنت", "إدارات التعليم في المناطق"),
])
def test_a_title_or_a_phrase_ending_at_the_name_keeps_its_place(text, cue, speaker):
    assert by_cue(analysed(text), cue)["speaker"]["text"] == speaker


# Pass span63: the occasion after a verb that calls on someone ("في ختام بيانها"، "خلال لقائه") is no part of what
# was said; the content opens after the occasion's noun, at whom it calls on or after its preposition.
@pytest.mark.parametrize("text, cue, content", [
    ("ودعت الهيئة في ختام بيانها إلى ضرورة الالتزام بالتعليمات الصادرة.",
     "ودعت", "ضرورة الالتزام بالتعليمات الصادرة"),
    ("ودعا الرئيس خلال لقائه أمس مبعوث الأمم المتحدة إلى زيارة مدينة عدن.",
     "ودعا", "مبعوث الأمم المتحدة إلى زيارة مدينة عدن"),
    ("ودعا الوزير عقب الاجتماع الشركات إلى خفض الأسعار.", "ودعا", "الشركات إلى خفض الأسعار"),
    ("ودعا الوزير خلال الاجتماع الذي عقد أمس إلى خفض النفقات الحكومية.", "ودعا", "خفض النفقات الحكومية"),
    ("ودعا الرئيس الإيراني خلال الاتصال الهاتفي الرئيس الفرنسي إلى توطيد العلاقات.",
     "ودعا", "الرئيس الفرنسي إلى توطيد العلاقات"),
    ("ودعا المشاركون في ختام الندوة الدولية الحكومات إلى دعم الموهوبين.", "ودعا", "الحكومات إلى دعم الموهوبين"),
])
def test_the_occasion_is_no_part_of_the_call(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("وحث الوزير خلال الاجتماع الجميع على مضاعفة الجهود.", "وحث", "مضاعفة الجهود"),
    ("وطالب النائب خلال الجلسة بضرورة محاسبة المقصرين.", "وطالب", "بضرورة محاسبة المقصرين"),
    ("وأكد الوزير خلال الاجتماع أهمية خفض الأسعار.", "وأكد", "أهمية خفض الأسعار"),
    ("ودعا رئيس البلدية في كلمته المواطنين إلى المحافظة على النظافة.",
     "ودعا", "المواطنين إلى المحافظة على النظافة"),
    ("ودعا المحافظ خلال كلمته الأهالي إلى التعاون مع الجهات الأمنية.",
     "ودعا", "الأهالي إلى التعاون مع الجهات الأمنية"),
])
def test_guards_for_the_occasion(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content
