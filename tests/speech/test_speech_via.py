"""Via, channel, audience, first reporter and time of a quote; ids from entities and times when they
exist. The fixture tests read a segmented text; those through ``analysed`` run the whole pipeline."""

from __future__ import annotations

import pytest
from article_quotes import analysed

from khabar.speech import find_quotes


@pytest.mark.parametrize("via", ["لرويترز", "لوكالة الأنباء الفرنسية", "لـ«عكاظ»", "لمجلة «المستقبل» الأسبوعية", "للصحيفة"])
def test_via_given_to(quotes, via):
    [q] = quotes(f"وقال مسؤول كبير {via} إن المفاوضات ستستأنف.")
    assert q["via_text"]["text"] == via
    assert q["speaker"]["text"] == "مسؤول كبير"


@pytest.mark.parametrize("phrase,via", [
    ("في تصريحات لـ«عكاظ»", "لـ«عكاظ»"),
    ("في تصريح خاص لوكالة رويترز", "لوكالة رويترز"),
    ("في مقابلة مع قناة العربية", "قناة العربية"),
])
def test_via_phrases(quotes, phrase, via):
    [q] = quotes(f"وقال رئيس النادي {phrase} إن المدرب باق.")
    assert q["via_text"]["text"] == via
    assert q["speaker"]["text"] == "رئيس النادي"


@pytest.mark.parametrize("phrase", ["في بيان", "عبر حسابه على تويتر", "في بيان صادر عنه"])
def test_a_medium_is_a_channel_not_a_via(quotes, phrase):
    [q] = quotes(f"وقال رئيس النادي {phrase} إن المدرب باق.")
    assert q["via_text"] is None and q["via"] is None
    assert q["channel"]["text"] == phrase
    assert q["speaker"]["text"] == "رئيس النادي"


def test_via_outlet_of_a_known_agency(quotes):
    [q] = quotes("وقال المتحدث لوكالة فرانس برس إن الحدود مغلقة.")
    assert q["via_outlet"]["name"] == "AFP"


def test_lil_sahifa_is_the_paper_named_before(quotes):
    found = quotes("ونشرت صحيفة الشرق الأوسط تقريرا عن الموسم. وقال مدير المهرجان للصحيفة إن الحجوزات اكتملت.")
    assert found[-1]["via_text"]["text"] == "للصحيفة"
    assert found[-1]["via_outlet"]["name"] == "Asharq Al-Awsat"


def test_lil_sahifa_without_a_paper_is_the_publishing_outlet(make_doc):
    doc = make_doc("وقال مدير المهرجان للصحيفة إن الحجوزات اكتملت.", outlet={"name": "Okaz", "domain": "okaz.com.sa"})
    [q] = find_quotes(doc)
    assert q["via_outlet"] == {"name": "Okaz", "domain": "okaz.com.sa"}


@pytest.mark.parametrize("phrase,audience", [
    ("للصحفيين", "للصحفيين"),
    ("أمام البرلمان", "أمام البرلمان"),
    ("في مؤتمر صحفي", "في مؤتمر صحفي"),
])
def test_audience(quotes, phrase, audience):
    [q] = quotes(f"وقال رئيس الوزراء {phrase} إن الإصلاحات مستمرة.")
    assert q["audience"] == audience
    assert q["via_text"] is None


def test_reported_first_by(quotes):
    [q] = quotes("وكانت صحيفة واشنطن بوست أول من نشر الخبر، نقلا عن مسؤولين رفضوا الكشف عن هويتهم.")
    assert q["reported_first_by_text"]["text"] == "صحيفة واشنطن بوست"
    assert (q["speaker"]["text"], q["speaker"]["anonymous"]) == ("مسؤولين", True)


@pytest.mark.parametrize("time", ["أمس", "يوم الجمعة", "مساء أمس", "اليوم الاثنين", "الأسبوع الماضي"])
def test_time_in_the_attributing_clause(quotes, time):
    [q] = quotes(f"وقال المتحدث {time} إن الاجتماع انتهى.")
    assert q["time_span"]["text"] == time
    assert q["speaker"]["text"] == "المتحدث"


def test_ids_from_entities_and_times(make_doc):
    text = "وقال وزير الخارجية عادل الجبير لرويترز يوم الجمعة إن الزيارة ناجحة."
    doc = make_doc(text)
    at = text.index
    doc.entities = [
        {"id": "e1", "type": "PER", "name": "عادل الجبير", "canonical": None, "roles": [],
         "mentions": [{"start": at("عادل"), "end": at("عادل") + len("عادل الجبير"), "text": "عادل الجبير", "form": "name"}]},
        {"id": "e2", "type": "ORG", "name": "رويترز", "canonical": None, "roles": [],
         "mentions": [{"start": at("رويترز"), "end": at("رويترز") + 6, "text": "رويترز", "form": "name"}]},
    ]
    doc.times = [{"id": "t1", "start": at("يوم"), "end": at("يوم") + len("يوم الجمعة"), "text": "يوم الجمعة", "type": "date", "value": None}]
    [q] = find_quotes(doc)
    assert q["speaker"]["entity"] == "e1"
    assert q["via"] == "e2"
    assert q["time"] == "t1"


def test_the_outlet_may_come_between_the_verb_and_its_subject():
    [q] = analysed("وكشف لـ«عكاظ» مصدر مطلع أن ملف القروض من أبرز الحلول.")
    assert q["speaker"]["text"] == "مصدر مطلع"
    assert q["via_text"]["text"] == "لـ«عكاظ»"


def test_the_day_before_yesterday_is_a_time_not_a_first_reporter():
    [q] = analysed("وأوضحت الجامعة أول من أمس أن وفدا منها زار السجن.")
    assert q["time_span"]["text"] == "أول من أمس"
    assert q["reported_first_by_text"] is None


# --- channel, first reporter ----------------------------------------------------------------


def test_a_statement_is_the_channel_not_the_via():
    [q] = analysed("وقالت وزارة الصحة السودانية في بيان إن 17 شخصا لقوا حتفهم.")
    assert q["speaker"]["text"] == "وزارة الصحة السودانية"
    assert q["via"] is None and q["via_text"] is None
    assert q["channel"]["text"] == "في بيان"


def test_first_reporter_citing_anonymous_sources():
    [q] = analysed("وكانت صحيفة السوداني أول من أشار إلى حجم الأضرار الأسبوع الماضي، نقلا عن مصادر محلية.")
    assert q["kind"] == "according_to"
    assert q["speaker"]["text"] == "مصادر محلية" and q["speaker"]["anonymous"] is True
    assert q["reported_first_by_text"]["text"] == "صحيفة السوداني"
    assert q["text"] == "حجم الأضرار الأسبوع الماضي"
    assert "أول من" not in q["text"]


@pytest.mark.parametrize("outlet", ["لـ»المدينة»", "ل»المدينة»"])
def test_an_outlet_in_guillemets_typed_the_wrong_way_round(outlet):
    [q] = analysed(f"وقال رئيس المجلس في تصريح خاص {outlet} إن المليشيا انهزمت.")
    assert q["kind"] == "indirect"
    assert q["speaker"]["text"] == "رئيس المجلس"
    assert q["text"] == "المليشيا انهزمت"
