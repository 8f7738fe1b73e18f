"""Quotes pass q70 (session 27), according-to quotes. Texts written for these tests.

- A bare إنّ / أنّ opening the clause that a closing source attributes is no part of what the source
  says ("إن هذه الأصوات …، بحسب تقرير …" attributes "هذه الأصوات …"), only before a noun: "إن شاء الله"
  stays.
- "المعطيات" / "معطيات" after بحسب / وفق / استنادا إلى names the data something is judged by, no source:
  "حسب المعطيات"، "وفق المعطيات الراهنة"، "استنادا إلى معطيات مواقع متخصصة".
"""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[dict]:
    return khabar.analyze(text, published="2015-08-01").quotes


def according(text: str) -> list[tuple[str, str | None]]:
    """(content, source text) of each according-to quote."""
    return [(text[q["start"]:q["end"]], (q.get("speaker") or {}).get("text"))
            for q in quotes(text) if q["kind"] == "according_to"]


# --- a bare إنّ / أنّ opening the attributed clause

def test_bare_inna_left_out_of_a_closing_source():
    text = "إن هذه الأصوات القليلة تعود إلى مواطنين كانوا خارج البلاد بحسب تقرير الصحف المحلية."
    assert according(text) == [("هذه الأصوات القليلة تعود إلى مواطنين كانوا خارج البلاد", "تقرير الصحف المحلية")]


def test_anna_with_conjunction_left_out_before_a_definite_noun():
    text = "وأن السيطرة على الميناء ستسمح للقوات بالتقدم نحو الشمال، وفق الخبير العسكري اللواء سالم الحربي."
    found = according(text)
    assert len(found) == 1
    assert found[0][0] == "السيطرة على الميناء ستسمح للقوات بالتقدم نحو الشمال"


def test_inna_before_a_demonstrative():
    text = "إن هذا المشروع سيوفر ثلاثة آلاف وظيفة للشباب، بحسب وزارة العمل."
    assert according(text)[0][0] == "هذا المشروع سيوفر ثلاثة آلاف وظيفة للشباب"


def test_guard_in_sha_allah_is_kept():
    # a conditional إن before a verb is not the particle of a nominal clause
    text = "إن شاء الله سيتم افتتاح المستشفى الجديد قريبا، بحسب وزارة الصحة."
    found = according(text)
    assert len(found) == 1 and found[0][0].startswith("إن شاء الله")


def test_guard_reporting_verb_before_closing_outlet_unchanged():
    text = "وقال وزير المالية إن الأسعار سترتفع العام المقبل، بحسب وكالة الأنباء الرسمية."
    kinds = sorted(q["kind"] for q in quotes(text))
    assert "indirect" in kinds


# --- data as such is no source

def test_hasab_al_muatayat_is_no_source():
    text = "وتفصل اللجان المستقلة في الطعون حسب المعطيات، ونشير هنا إلى أن المنطقة لم تسجل أي طعن."
    assert according(text) == []


def test_wifq_al_muatayat_al_rahina_is_no_source():
    text = "وحدد وزير الداخلية أطر المواجهة مع الجماعات المتطرفة، وفق المعطيات الراهنة."
    assert according(text) == []


def test_istinadan_ila_muatayat_is_no_source():
    text = "ويصنف الموقع الصحف العالمية كل عام استنادا إلى معطيات مواقع متخصصة في قياس الانتشار."
    assert according(text) == []


def test_guard_bayanat_still_a_source():
    text = "وبلغ عدد المسافرين العام الماضي أكثر من 97 مليون مسافر، وفقا لبيانات هيئة الطيران المدني."
    found = according(text)
    assert len(found) == 1 and found[0][1] is not None and "هيئة الطيران المدني" in found[0][1]


def test_guard_a_named_source_still_found():
    text = "وارتفعت أسعار النفط الخام بنسبة ثلاثة في المائة أمس، بحسب وكالة رويترز."
    assert according(text) == [("ارتفعت أسعار النفط الخام بنسبة ثلاثة في المائة أمس", "وكالة رويترز")]
