"""Session 28, lead6: after ل + ال written لل ("للهيئة") a mention starts at the second ل, the
article without its alef; the entity's name puts the alef back ("الهيئة …") where the name is
definite, and keeps a name that itself begins with ل ("للبنان" → "لبنان"). Offsets do not move."""

from __future__ import annotations

import khabar


def entity_with(text: str, written: str) -> dict:
    """The entity one of whose mentions is written exactly so."""
    entities = khabar.analyze(text).to_dict()["entities"]
    found = [e for e in entities if any(m["text"] == written for m in e["mentions"])]
    assert found, [(e["name"], [m["text"] for m in e["mentions"]]) for e in entities]
    return found[0]


def test_an_unknown_organisation_after_lil_gets_its_article_back() -> None:
    text = "وأوضح المدير التنفيذي للهيئة الملكية للجبيل وينبع المهندس سالم الحربي أن المعرض سيفتتح غدا."
    assert entity_with(text, "لهيئة الملكية للجبيل")["name"] == "الهيئة الملكية للجبيل"


def test_a_team_after_lil_gets_its_article_back() -> None:
    entity = entity_with("وانضم اللاعب للمنتخب السعودي الأول بعد غياب طويل.", "لمنتخب السعودي الأول")
    assert entity["name"] == "المنتخب السعودي الأول"


def test_a_known_organisation_after_lil_gets_its_article_back() -> None:
    entity = entity_with("وقدمت الوزارة شكرها لليونسكو على دعمها للمشروع.", "ليونسكو")
    assert entity["name"] == "اليونسكو"


def test_after_wa_lil_too() -> None:
    text = "وجه الوزير الدعوة للحكومة المصرية وللاتحاد الأوروبي لحضور المؤتمر."
    assert entity_with(text, "لاتحاد الأوروبي")["name"] == "الاتحاد الأوروبي"


def test_the_mention_keeps_its_offsets() -> None:
    # guard: only the name changes; the mention is still the written letters from the second ل
    text = "وقدمت الوزارة شكرها لليونسكو على دعمها للمشروع."
    mention = entity_with(text, "ليونسكو")["mentions"][0]
    assert text[mention["start"] : mention["end"]] == "ليونسكو"


def test_a_name_that_begins_with_lam_is_kept() -> None:
    # guard: "للبنان" is ل + لبنان, no lost article
    assert entity_with("ووصل الوفد للبنان أمس في زيارة رسمية.", "لبنان")["name"] == "لبنان"


def test_a_name_after_the_article_is_unchanged() -> None:
    # guard: a name written with its article stays as written
    assert entity_with("وأعلن الاتحاد الأوروبي دعمه للخطة.", "الاتحاد الأوروبي")["name"] == "الاتحاد الأوروبي"
