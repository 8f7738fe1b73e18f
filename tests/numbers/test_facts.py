"""Facts: types from governing words and nouns, contract records, links, the worked example."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import khabar.numbers.stage
import khabar.pipeline
import khabar.time.stage
from khabar.document import Document
from khabar.numbers import lexicon
from khabar.numbers.facts import facts_of
from khabar.pipeline import Pipeline
from khabar.read import RawArticle
from khabar.text.segment import tokenize

STAGES = ["segment", "times", "numbers", "facts_link"]
def analyse(text, published="2024-05-06"):
    return Pipeline(STAGES)(RawArticle(text=text), published=published)


def facts(text):
    doc = Document(text=text, published="2024-05-06")
    doc.sentences = [(0, len(text))]
    return facts_of(doc)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("أسفر الهجوم عن مقتل أكثر من 1400 شخص", "killed"),
        ("سقط 12 قتيلا في الانفجار", "killed"),
        ("لقي 5 أشخاص حتفهم", "killed"),
        ("وأكدت الوزارة وفاة 3 معتمرين", "killed"),
        ("ارتفعت حصيلة القتلى إلى 50", "killed"),
        ("قال إن 12 مدنيا على الأقل قتلوا في الهجوم", "killed"),
        ("أصيب 14 شخصا بجروح", "injured"),
        ("نقل 20 جريحا إلى المستشفى", "injured"),
        ("تحتجز الجماعة 229 رهينة", "hostages"),
        ("أفرجت السلطات عن 50 سجينا", "released"),
        ("الإفراج عن 5 رهائن", "released"),
        ("أطلق سراح 3 صيادين", "released"),
        ("اعتقال 7 أشخاص", "arrested"),
        ("ألقت الشرطة القبض على 4 متهمين", "arrested"),
        ("توقيف 3 مطلوبين", "arrested"),
        ("نزوح 2000 أسرة", "displaced"),
        ("يعيش 300 ألف لاجئ في المخيم", "displaced"),
        ("لا يزال 6 أشخاص مفقودين", "missing"),
        ("فقدان 6 بحارة", "missing"),
        ("بلغت الخسائر 5 ملايين ريال", "money"),
        ("ارتفع المؤشر 3 في المئة", "percent"),
        ("ينتج المصنع 120 ألف برميل", "other"),
        ("مقتل 3 وإصابة 5 آخرين", "killed"),
    ],
)
def test_types(text, kind):
    assert facts(text)[0]["type"] == kind


def test_second_count_takes_its_own_governing_word():
    found = facts("أسفر الحادث عن مقتل 3 أشخاص وإصابة 5 آخرين")
    assert [(f["type"], f["value"]) for f in found] == [("killed", 3), ("injured", 5)]


def test_record_fields_and_offsets():
    text = "أسفر الحريق عن مقتل عاملين ونحو 5 ملايين ريال خسائر بنسبة 20 في المئة."
    found = facts(text)
    assert [f["type"] for f in found] == ["killed", "money", "percent"]
    for fact in found:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert {"id", "type", "value", "min", "max", "approximate", "noun", "start", "end", "text",
                "location", "time", "quote", "sentence"} <= set(fact)
    money = found[1]
    assert (money["value"], money["approximate"], money["currency"], money["unit"]) == (5000000, True, "SAR", "ريال")


def test_several_counts_only_when_typed():
    assert facts("زار الوفد عدة دول") == []
    found = facts("تم ضبط عدة مخالفين لنظام الإقامة")
    assert [(f["type"], f["min"], f["max"]) for f in found] == [("arrested", 3, 9)]


def test_worked_example_of_the_contract(worked_example):
    doc = analyse(worked_example)
    times = {t["text"]: (t["type"], t["value"]) for t in doc.times}
    assert times["يوم الأحد"] == ("date", "2024-05-05")
    assert times["الشهر المقبل"] == ("month", "2024-06")
    assert times["3 آذار/مارس الماضي"] == ("date", "2024-03-03")
    got = [(f["type"], f["value"], f["min"], f["approximate"], f["noun"]) for f in doc.facts]
    assert got == [
        ("other", 120000, None, True, "برميل"),
        ("other", None, 3000, False, "فرصة عمل"),
        ("killed", 2, None, False, "عامل"),
        ("injured", 14, None, False, "آخرين"),
    ]
    fire = next(t["id"] for t in doc.times if t["text"] == "3 آذار/مارس الماضي")
    assert [f["time"] for f in doc.facts[2:]] == [fire, fire]
    for fact in doc.facts:
        assert doc.text[fact["start"] : fact["end"]] == fact["text"]


def test_links_to_quotes_and_locations_when_present(worked_example):
    doc = analyse(worked_example)
    start = doc.text.index("المصفاة الجديدة في الزرقاء")
    end = doc.text.index("يوميا") + len("يوميا")
    doc.quotes = [{"id": "q1", "kind": "indirect", "start": start, "end": end}]
    at = doc.text.index("الزرقاء")
    doc.entities = [{"id": "e1", "type": "LOC", "name": "الزرقاء", "mentions": [{"start": at, "end": at + 7, "text": "الزرقاء", "form": "name"}]}]
    khabar.pipeline.STAGES["facts_link"].func(doc)
    barrels = doc.facts[0]
    assert (barrels["quote"], barrels["location"]) == ("q1", "e1")
    assert doc.facts[2]["quote"] is None


def test_numbers_inside_times_are_not_facts():
    doc = analyse("قال الوزير يوم 3 أغسطس 2015 إن المشروع استغرق ثلاثة أيام وكلف 5 ملايين ريال منذ عام 2014.")
    assert [(f["type"], f["value"]) for f in doc.facts] == [("money", 5000000)]


@given(st.text(alphabet=st.sampled_from(list("ثلاثةآلافمليون 0123456789٠١٢٫٬,.%$ورهينتينعامأمسالجمعةكل\n«»-/")), max_size=200))
@settings(max_examples=300, deadline=None)
def test_stages_never_raise_and_offsets_hold(text):
    doc = Document(text=text, published="2024-05-06")
    doc.sentences = [(0, len(text))] if text else []
    doc.tokens = tokenize(text)
    khabar.pipeline.STAGES["times"].func(doc)
    khabar.pipeline.STAGES["numbers"].func(doc)
    for item in doc.times + doc.facts:
        assert text[item["start"]:item["end"]] == item["text"]
    for item in doc.times + doc.facts:
        assert text[item["start"] : item["end"]] == item["text"]


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_stages_never_raise_on_any_text(text):
    doc = Document(text=text)
    doc.sentences = [(0, len(text))] if text else []
    khabar.pipeline.STAGES["times"].func(doc)
    khabar.pipeline.STAGES["numbers"].func(doc)
    for item in doc.times + doc.facts:
        assert text[item["start"]:item["end"]] == item["text"]



@pytest.mark.parametrize(
    "name, loader",
    [
        ("number_words", lexicon.number_words),
        ("countable_nouns", lexicon.countable_nouns),
        ("fact_triggers", lexicon.fact_triggers),
        ("modifiers", lexicon.modifiers),
        ("currencies", lexicon.currencies),
    ],
)
def test_lexicons_load_and_are_clean(name, loader):
    table = loader()
    assert table
    raw = (lexicon.DATA / f"{name}.tsv").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in raw), "presentation forms"
    rows = [line.split("\t")[0] for line in raw.splitlines() if line and not line.startswith("#")]
    assert len(rows) == len(set(rows)), "duplicate entries"


@pytest.mark.parametrize(
    "text, kinds",
    [
        # arrests of suspects and offenders, with the perfective/imperfective verb forms
        ("انتهت الحملة بضبط 128 متهما جديدا", ["arrested"]),
        ("ضبطت الشرطة 15 مخالفا لنظام الإقامة", ["arrested"]),
        ("تم القبض على اثنين من الجنسية الآسيوية", ["arrested"]),
        ("لقيت ثلاث نساء حتفهن في الحادث", ["killed"]),
        ("قال إن سائقين اثنين لقيا مصرعهما", ["killed"]),
        # a counted noun (ثلاث إصابات) governs nothing after it
        ("نتج عن الحادث ثلاث إصابات وتم إرسال أربع فرق إسعافية", ["injured", "other"]),
        # a trigger governs the first count, not a later unrelated one
        ("أصيب 10 أشخاص في ثلاث حوادث متفرقة", ["injured", "other"]),
        # ... unless the later one is coordinated with it or a part of it
        ("مقتل 3 أطفال و4 نساء", ["killed", "killed"]),
        ("مقتل 5 أشخاص بينهم 3 أطفال", ["killed", "killed"]),
        ("استشهاد عشرة من الجنود إضافة إلى ثلاثة من العمال", ["killed", "killed"]),
        ("وإصابة تسعة آخرين، ثلاثة منهم في حالة حرجة", ["injured", "injured"]),
        ("مقتل 5 وإصابة 12", ["killed", "injured"]),
    ],
)
def test_types_of_every_count(text, kinds):
    assert [f["type"] for f in facts(text)] == kinds


def test_a_number_before_a_part_of_the_day_is_a_clock_time_not_a_count():
    assert [f["text"] for f in facts("تبدأ الورش من الساعة 5 إلى 9 مساء بمشاركة 12 مدربة")] == ["12 مدربة"]



@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("ارتفع عدد الزوار إلى 67.9 مليوناً عام 2013 مقارنة بالعام السابق.", "67.9 مليوناً", 67_900_000),
        ("وبلغت صادرات المملكة 4.5 مليار عام 2014 بحسب التقرير.", "4.5 مليار", 4_500_000_000),
        ("وسجل الميناء مرور 120 ألفاً عام 2012.", "120 ألفاً", 120_000),
        ("وارتفع عدد المشتركين إلى 67.9 مليوناً عاماً بعد عام.", "67.9 مليوناً", 67_900_000),
        ("وبلغ عدد المسافرين 67.9 مليوناً عام ألفين وثلاثة عشر.", "67.9 مليوناً", 67_900_000),
    ],
)
def test_a_scale_word_before_a_year_is_a_count_not_millions_of_years(text, figure, value):
    """"67.9 مليوناً عام 2013": the scale word closes the count, and عام is the year it was
    counted in (or a year after year), not a duration of a million years hiding the number from
    the facts."""
    doc = analyse(text)
    assert not [t for t in doc.times if t["type"] == "duration" and figure.split()[-1] in t["text"]]
    assert any(f["value"] == value and f["text"].startswith(figure) for f in doc.facts)


def test_the_noun_after_min_types_a_count_of_cases():
    [fact] = facts("ونقلت ثماني حالات من المصابين إلى المستشفى")
    assert fact["type"] == "injured"
    [fact] = facts("وزار الوزير ثلاث مدارس من مدارس المنطقة")
    assert fact["type"] == "other"
