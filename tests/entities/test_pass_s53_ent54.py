"""Session 53, ent54: the preposition على is no person's given name علي (written without its dots) when the
word after it can be no part of a name (entities/names.py, ``preposition_ali``; link.py, ``word_alone_no_person``).

The title rule read "واطلع الأمين العام على الخطط" as a person "على الخطط", and a speaker ("وأكد الأمين العام")
then resolved to it; the tagger reads "التحريض على قتلي" the same way (its output is simulated here). Guards: a
given name, a family name of the nisba's shape, a foreign name the lexicon does not know, بن, and علي written
with its dots keep the person.
"""

from __future__ import annotations

import pytest
from person_entities import persons, tagged_document

from khabar.entities.link import link_entities

NO_PERSON = [
    ("واطلع المدير العام على الخطط التشغيلية للموسم المقبل.", "على الخطط"),
    ("وأثنى نائب الوزير على جاهزية المستشفيات في المنطقة.", "على جاهزية"),
    ("وحث الأمين العام على المثول أمام اللجنة في الموعد المحدد.", "على المثول"),
    ("وكتب الناشط تعليقا للوزير على صفحته في موقع تويتر.", "على صفحته"),
    ("وشدد الرئيس التنفيذي على البطولات القارية في خطته.", "على البطولات"),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PERSON)
def test_the_preposition_after_a_title_is_no_person(text: str, wrong: str) -> None:
    assert not [name for name in persons(text) if name.startswith("على")], wrong


def test_a_speaker_after_the_preposition_is_the_title_not_a_made_up_person() -> None:
    text = "واطلع الأمين العام على الخطط المقدمة من الإدارات. وأكد الأمين العام أن العمل يسير وفق الجدول."
    assert "على الخطط" not in persons(text)


TAGGED = [
    ("وجاء التحريض على قتلي بعد نشر المقال.", "على قتلي"),
    ("وأقدم المسلحون على حرقها بعد اقتحام القرية.", "على حرقها"),
    ("وحرص المنظمون على الخطط البديلة في حال المطر.", "على الخطط"),
]


@pytest.mark.parametrize(("text", "mention"), TAGGED)
def test_the_taggers_preposition_person_is_dropped(text: str, mention: str) -> None:
    entities = link_entities(tagged_document(text, [(mention, "PER")]))
    assert not [e for e in entities if e["type"] == "PER"], mention


KEPT = [
    ("وقال الرئيس اليمني السابق على عبدالله صالح إن الحرب لن تتوقف.", "على عبدالله صالح"),
    ("وأكد الشيخ على الحربي أن الموسم كان ناجحا.", "على الحربي"),
    ("وقال المرشد الإيراني على خامنئي إن الاتفاق لا يعني التطبيع.", "على خامنئي"),
    ("وأوضح المتحدث علي المثول أن اللجنة ستجتمع غدا.", "علي المثول"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_a_name_written_with_ali_keeps(text: str, name: str) -> None:
    entities = link_entities(tagged_document(text, [(name, "PER")]))
    assert [e["name"] for e in entities if e["type"] == "PER"] == [name]


def test_the_title_rule_keeps_ali_before_a_family_name() -> None:
    assert "على الغامدي" in persons("وأوضح العميد على الغامدي أن الحادث وقع صباح أمس.")
