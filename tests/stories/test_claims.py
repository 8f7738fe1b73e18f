"""Claims across articles: the same figure or quote from several outlets becomes one claim.

The articles are small realistic Arabic reports with hand-made annotations
(offsets found with ``str.find``), so these tests do not move when the
analysis models do.
"""

from __future__ import annotations

import hashlib
import math

import pytest

from khabar.store import Store
from khabar.stories.claims import conflicting, interval, update_claims
from khabar.stories.provenance import provenance_graph
from khabar.text.segment import split_sentences

OUTLETS = {
    "riyadh": {"name": "Al Riyadh", "domain": "alriyadh.com"},
    "okaz": {"name": "Okaz", "domain": "okaz.com.sa"},
    "madina": {"name": "Al Madina", "domain": "al-madina.com"},
    "jazirah": {"name": "Al Jazirah", "domain": "al-jazirah.com"},
    "sabq": {"name": "Sabq", "domain": "sabq.org"},
}
PLACES = {
    "عدن": {"ar": "عدن", "en": "Aden", "code": None},
    "تعز": {"ar": "تعز", "en": "Taiz", "code": None},
    "عسير": {"ar": "عسير", "en": "Asir", "code": None},
    "مصر": {"ar": "مصر", "en": "Egypt", "code": "EG"},
    "عمان": {"ar": "عمان", "en": "Oman", "code": "OM"},
}
SPEAKERS = {
    "وزارة الصحة اليمنية": ("ORG", {"ar": "وزارة الصحة اليمنية", "en": "Yemeni Ministry of Health", "code": None}),
    "عادل الجبير": ("PER", {"ar": "عادل الجبير", "en": "Adel al-Jubeir", "code": None}),
    "ولي العهد": ("PER", None),
}


def article(key: str, outlet: str, published: str, text: str, *, facts=(), quotes=(), credits=()) -> dict:
    """A ``khabar.article/1`` record; facts are ``(span, type, fields, place)``, quotes ``(content, speaker)``."""
    entities: list[dict] = []

    def entity_id(name: str, type_: str, canonical) -> str:
        for entity in entities:
            if entity["name"] == name:
                return entity["id"]
        start = text.find(name)
        assert start >= 0, name
        entities.append({"id": f"e{len(entities) + 1}", "type": type_, "name": name, "canonical": canonical,
                         "roles": [], "mentions": [{"start": start, "end": start + len(name), "text": name, "form": "name"}]})
        return entities[-1]["id"]

    record_quotes = []
    for number, (content, speaker) in enumerate(quotes, 1):
        start = text.find(content)
        assert start >= 0, content
        s_start = text.find(speaker)
        type_, canonical = SPEAKERS[speaker]
        speaker_entity = entity_id(speaker, type_, canonical) if canonical else None
        for place, canonical in PLACES.items():
            if place in content:
                entity_id(place, "LOC", canonical)
        record_quotes.append({
            "id": f"q{number}", "kind": "indirect", "start": start, "end": start + len(content), "text": content,
            "cue": None, "speaker": {"entity": speaker_entity, "text": speaker, "start": s_start,
                                     "end": s_start + len(speaker), "anonymous": False},
            "via": None, "audience": None, "reported_first_by": None, "time": None, "sentence": None,
        })
    record_facts = []
    for number, (span, type_, fields, place) in enumerate(facts, 1):
        start = text.find(span)
        assert start >= 0, span
        fact = {"id": f"f{number}", "type": type_, "value": None, "min": None, "max": None, "approximate": False,
                "noun": None, "start": start, "end": start + len(span), "text": span,
                "location": entity_id(place, "LOC", PLACES[place]) if place else None, "time": None, "quote": None,
                "sentence": None}
        fact.update(fields)
        record_facts.append(fact)
    return {
        "schema": "khabar.article/1", "id": hashlib.sha1(key.encode()).hexdigest()[:16],
        "url": f"https://{OUTLETS[outlet]['domain']}/{key}", "outlet": OUTLETS[outlet], "published": published,
        "title": key, "text": text, "credits": [{"name": n, "domain": d, "kind": "dateline", "text": t} for n, d, t in credits],
        "removed": [], "sentences": [list(s) for s in split_sentences(text)], "entities": entities,
        "quotes": record_quotes, "facts": record_facts, "times": [],
    }


ADEN_1400 = "أعلنت وزارة الصحة اليمنية أن 1400 شخص قتلوا في محافظة عدن منذ اندلاع المعارك مع الميليشيات الحوثية."
ADEN_1400_OKAZ = "وقالت وزارة الصحة اليمنية إن 1400 شخص قتلوا في محافظة عدن منذ اندلاع المعارك مع الميليشيات الحوثية في مارس."
ADEN_1200 = "كشفت وزارة الصحة اليمنية أن 1200 شخص قتلوا في محافظة عدن منذ اندلاع المعارك مع الميليشيات الحوثية."
ADEN_MORE = "أعلنت وزارة الصحة اليمنية أن أكثر من 1400 شخص قتلوا في محافظة عدن منذ اندلاع المعارك مع الميليشيات الحوثية."
ADEN_1500 = "وقالت وزارة الصحة اليمنية إن 1500 شخص قتلوا في محافظة عدن منذ اندلاع المعارك مع الميليشيات الحوثية."
TAIZ = "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم بقذائف الهاون على نقطة تفتيش في مدينة تعز صباح اليوم."
ADEN_AID = "وصلت 20 شاحنة محملة بالمواد الغذائية والطبية إلى ميناء عدن مقدمة من مركز الملك سلمان للإغاثة."


def killed(text: str, span: str, value=None, place="عدن", **fields) -> tuple:
    return (span, "killed", {"value": value, **fields}, place)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "claims.db") as opened:
        yield opened


def add(store: Store, *records: dict) -> None:
    store.add(list(records))
    update_claims(store, [r["id"] for r in records])


def claims_of(store: Store, type_: str = "killed") -> list[dict]:
    return store.claims(type=type_, limit=100)


def test_two_outlets_with_the_same_toll_make_one_claim_with_two_sources(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]),
        article("b", "okaz", "2015-08-08", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]))
    [claim] = claims_of(store)
    assert claim["n_reports"] == 2 and claim["n_sources"] == 2
    assert claim["first"]["outlet"] == "Al Riyadh" and claim["first"]["published"] == "2015-08-07"
    assert claim["location"] == "عدن" and not claim["contradicted"]


def test_a_copy_does_not_add_a_source(store):
    original = article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)])
    copy = article("copy", "jazirah", "2015-08-08", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)])
    store.add([original, copy])
    store.conn.execute("UPDATE articles SET duplicate_of = (SELECT n FROM articles WHERE id = ?) WHERE id = ?",
                       (original["id"], copy["id"]))
    update_claims(store, [original["id"], copy["id"]])
    [claim] = claims_of(store)
    assert (claim["n_reports"], claim["n_sources"]) == (2, 1)
    reports = store.claim(claim["id"])["reports"]
    assert [r["independent"] for r in reports] == [True, False]
    assert reports[1]["duplicate_of"] == original["id"]


def test_two_articles_crediting_spa_count_once(store):
    spa = [("SPA", "spa.gov.sa", "الرياض - واس")]
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)], credits=spa),
        article("b", "okaz", "2015-08-07", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)],
                credits=[("SPA", None, "واس")]),
        article("c", "madina", "2015-08-08", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]))
    [claim] = claims_of(store)
    assert (claim["n_reports"], claim["n_sources"]) == (3, 2)
    sources = [(r["outlet"], r["source"], r["independent"]) for r in store.claim(claim["id"])["reports"]]
    assert sources == [("Al Riyadh", "spa.gov.sa", True), ("Okaz", "spa.gov.sa", False),
                       ("Al Madina", "al-madina.com", True)]


def test_an_outlet_crediting_itself_keeps_its_own_source(store):
    add(store,
        article("a", "sabq", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)],
                credits=[("Sabq", "sabq.org", "سبق - الرياض")]),
        article("b", "okaz", "2015-08-07", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]))
    [claim] = claims_of(store)
    assert claim["n_sources"] == 2


def test_1400_against_1200_killed_is_a_contradiction(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]),
        article("b", "okaz", "2015-08-07", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)]))
    [claim] = store.claims(contradicted=True)
    detail = store.claim(claim["id"])
    assert [point["value"] for point in detail["series"]] == [1400, 1200]
    assert detail["contradictions"][0]["kind"] == "conflict"
    assert {detail["contradictions"][0]["a_value"], detail["contradictions"][0]["b_value"]} == {"1400", "1200"}


def test_more_than_1400_against_1500_is_no_contradiction(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_MORE, facts=[killed(ADEN_MORE, "أكثر من 1400", None, min=1400)]),
        article("b", "okaz", "2015-08-08", ADEN_1500, facts=[killed(ADEN_1500, "1500 شخص", 1500)]))
    [claim] = claims_of(store)
    assert claim["n_reports"] == 2 and not claim["contradicted"]
    assert store.claims(contradicted=True) == []


def test_more_than_1400_against_1200_is_a_contradiction(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_MORE, facts=[killed(ADEN_MORE, "أكثر من 1400", None, min=1400)]),
        article("b", "okaz", "2015-08-08", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)]))
    assert len(store.claims(contradicted=True)) == 1


TAIZ_NEXT_DAY = "قتل أربعة جنود وأصيب خمسة آخرون في هجوم بقذائف الهاون على نقطة تفتيش في مدينة تعز صباح اليوم."


def test_a_count_at_one_place_the_next_day_is_another_event_not_a_contradiction(store):
    # the same words a day apart, no running total ("حصيلة", "منذ اندلاع"): another day's attack
    add(store,
        article("a", "riyadh", "2015-08-07", TAIZ, facts=[killed(TAIZ, "ثلاثة جنود", 3, place="تعز")]),
        article("b", "okaz", "2015-08-08", TAIZ_NEXT_DAY, facts=[killed(TAIZ_NEXT_DAY, "أربعة جنود", 4, place="تعز")]))
    assert [c["n_reports"] for c in claims_of(store)] == [1, 1]
    assert store.claims(contradicted=True) == []


def test_the_same_two_tolls_on_one_day_contradict(store):
    add(store,
        article("a", "riyadh", "2015-08-07", TAIZ, facts=[killed(TAIZ, "ثلاثة جنود", 3, place="تعز")]),
        article("b", "okaz", "2015-08-07", TAIZ_NEXT_DAY, facts=[killed(TAIZ_NEXT_DAY, "أربعة جنود", 4, place="تعز")]))
    assert len(store.claims(contradicted=True)) == 1


def put_in_stories(store: Store, stories: dict[str, int]) -> None:
    """Put articles (by record key) into stories, as khabar's story index would have."""
    conn = store.conn
    for key, story in stories.items():
        n = conn.execute("SELECT n FROM articles WHERE id = ?", (hashlib.sha1(key.encode()).hexdigest()[:16],)).fetchone()[0]
        conn.execute("INSERT OR IGNORE INTO stories (id, articles) VALUES (?, 1)", (story,))
        conn.execute("INSERT OR REPLACE INTO story_articles (article, story) VALUES (?, ?)", (n, story))
    conn.commit()


@pytest.mark.parametrize(("story_of_b", "contradicted"), [(1, 1), (2, 0)])
def test_disagreeing_figures_contradict_only_within_one_story(store, story_of_b, contradicted):
    first = article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)])
    second = article("b", "okaz", "2015-08-07", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)])
    store.add([first, second])
    put_in_stories(store, {"a": 1, "b": story_of_b})
    update_claims(store, [first["id"], second["id"]])
    assert len(store.claims(contradicted=True)) == contradicted
    assert sorted(c["n_reports"] for c in claims_of(store)) == ([2] if contradicted else [1, 1])


def test_unrelated_facts_stay_apart(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]),
        article("taiz", "okaz", "2015-08-07", TAIZ, facts=[killed(TAIZ, "ثلاثة جنود", 3, place="تعز"),
                                                           ("خمسة آخرون", "injured", {"value": 5}, "تعز")]),
        article("aid", "madina", "2015-08-07", ADEN_AID, facts=[("20 شاحنة", "other", {"value": 20}, "عدن")]),
        article("later", "okaz", "2015-08-20", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)]))
    claims = store.claims(limit=100)
    assert len(claims) == 5 and all(c["n_reports"] == 1 for c in claims)
    assert store.claims(contradicted=True) == []


def test_two_figures_of_one_sentence_go_to_their_own_claims(store):
    other = "وقتل ثلاثة جنود وأصيب خمسة آخرون في هجوم بقذائف الهاون على نقطة تفتيش في مدينة تعز صباح أمس الجمعة."
    add(store,
        article("a", "riyadh", "2015-08-07", TAIZ, facts=[killed(TAIZ, "ثلاثة جنود", 3, place="تعز"),
                                                          ("خمسة آخرون", "injured", {"value": 5}, "تعز")]),
        article("b", "okaz", "2015-08-08", other, facts=[killed(other, "ثلاثة جنود", 3, place="تعز"),
                                                         ("خمسة آخرون", "injured", {"value": 5}, "تعز")]))
    assert [(c["type"], c["n_sources"]) for c in store.claims(limit=10)] in (
        [("killed", 2), ("injured", 2)], [("injured", 2), ("killed", 2)])


QUOTE = "المملكة لن تسمح بأي تدخل إيراني في شؤون اليمن الداخلية وستواصل دعم الشرعية"
SAID_RIYADH = f"قال وزير الخارجية عادل الجبير إن {QUOTE} حتى عودة الاستقرار."
SAID_OKAZ = f"وأكد عادل الجبير أن {QUOTE} بكل حزم."


def test_the_same_quote_in_two_outlets_is_one_claim(store):
    add(store,
        article("a", "riyadh", "2015-08-03", SAID_RIYADH, quotes=[(QUOTE, "عادل الجبير")]),
        article("b", "okaz", "2015-08-04", SAID_OKAZ, quotes=[(QUOTE + " بكل حزم", "عادل الجبير")]))
    [claim] = store.claims(type="quote")
    assert claim["speaker"] == "عادل الجبير" and claim["n_sources"] == 2
    assert store.claims(entity="عادل الجبير")[0]["id"] == claim["id"]


def test_greetings_to_two_countries_are_two_claims(store):
    egypt = "أبلغ التهاني وأطيب التمنيات بموفور الصحة والسعادة لفخامته ولحكومة وشعب مصر الشقيق المزيد من التقدم والازدهار"
    oman = "أبلغ التهاني وأطيب التمنيات بموفور الصحة والسعادة لجلالته ولحكومة وشعب عمان الشقيق المزيد من التقدم والازدهار"
    add(store,
        article("a", "riyadh", "2015-07-22", f"وبعث ولي العهد برقية قال فيها: {egypt}.", quotes=[(egypt, "ولي العهد")]),
        article("b", "okaz", "2015-07-22", f"وبعث ولي العهد برقية قال فيها: {oman}.", quotes=[(oman, "ولي العهد")]))
    assert [c["n_reports"] for c in store.claims(type="quote")] == [1, 1]


def test_updating_an_article_again_changes_nothing(store):
    records = [article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]),
               article("b", "okaz", "2015-08-08", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)])]
    add(store, *records)
    before = store.claims()
    update_claims(store, [records[1]["id"]])
    assert [(c["n_reports"], c["n_sources"]) for c in store.claims()] == [(c["n_reports"], c["n_sources"]) for c in before]


def test_an_earlier_report_arriving_later_becomes_the_first(store):
    add(store, article("b", "okaz", "2015-08-08", ADEN_1400_OKAZ, facts=[killed(ADEN_1400_OKAZ, "1400 شخص", 1400)]))
    add(store, article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]))
    [claim] = claims_of(store)
    assert claim["first"]["outlet"] == "Al Riyadh" and claim["n_reports"] == 2


@pytest.mark.parametrize("a, b, conflict", [
    ((1400, None, None, False), (1200, None, None, False), True),
    ((None, 1400, None, False), (1500, None, None, False), False),
    ((None, 1400, None, False), (1200, None, None, False), True),
    ((None, 10, 99, True), (50, None, None, False), False),
    ((None, 10, 99, True), (120, None, None, False), True),
    ((120, None, None, True), (125, None, None, False), False),
    ((None, 20, None, False), (None, 27, None, False), False),
])
def test_figures_conflict_only_when_their_ranges_are_disjoint(a, b, conflict):
    assert conflicting(interval(*a), interval(*b)) is conflict


def test_an_exact_value_is_a_point_and_a_minimum_is_open_above():
    assert interval(1400, None, None, False) == (1400, 1400)
    assert interval(None, 1400, None, False) == (1400, math.inf)


def test_provenance_runs_from_the_speaker_through_the_agency_to_each_paper():
    graph = provenance_graph([
        {"outlet": "Al Riyadh", "credit": "SPA", "via": None, "speaker": "وزارة الصحة", "copied_from": None},
        {"outlet": "Okaz", "credit": None, "via": "Reuters", "speaker": "وزارة الصحة", "copied_from": None},
        {"outlet": "Al Jazirah", "credit": None, "via": None, "speaker": None, "copied_from": "Al Riyadh"},
    ])
    edges = {(e["source"], e["target"], e["kind"]) for e in graph["edges"]}
    assert edges == {
        ("speaker:وزارة الصحة", "agency:spa", "said"), ("agency:spa", "outlet:al riyadh", "credited"),
        ("speaker:وزارة الصحة", "via:reuters", "said"), ("via:reuters", "outlet:okaz", "relayed"),
        ("outlet:al riyadh", "outlet:al jazirah", "copied"),
    }
    assert {n["kind"] for n in graph["nodes"]} == {"outlet", "agency", "via", "speaker"}


ASIR = ("نتج عن التفجير استشهاد عشرة من منسوبي قوات الطوارئ إضافة إلى ثلاثة من العاملين في الموقع"
        " أثناء أدائهم صلاة الظهر في مسجد مقر القوات بمنطقة عسير.")
ASIR_AGAIN = ("وكان التفجير قد أسفر عن استشهاد عشرة من منسوبي قوات الطوارئ إضافة إلى ثلاثة من العاملين في الموقع"
              " أثناء أدائهم صلاة الظهر في مسجد مقر القوات بعسير.")


def test_two_counts_of_one_sentence_do_not_contradict_each_other(store):
    add(store,
        article("a", "riyadh", "2015-08-06", ASIR, facts=[killed(ASIR, "عشرة", 10, place="عسير"),
                                                          killed(ASIR, "ثلاثة", 3, place="عسير")]),
        article("b", "okaz", "2015-08-07", ASIR_AGAIN, facts=[killed(ASIR_AGAIN, "عشرة", 10, place="عسير"),
                                                              killed(ASIR_AGAIN, "ثلاثة", 3, place="عسير")]))
    claims = claims_of(store)
    assert sorted(c["text"] for c in claims) == ["ثلاثة", "عشرة"]
    assert [c["n_sources"] for c in claims] == [2, 2] and not any(c["contradicted"] for c in claims)


def test_a_different_figure_days_later_is_another_claim_not_a_contradiction(store):
    add(store,
        article("a", "riyadh", "2015-08-07", ADEN_1400, facts=[killed(ADEN_1400, "1400 شخص", 1400)]),
        article("b", "okaz", "2015-08-09", ADEN_1200, facts=[killed(ADEN_1200, "1200 شخص", 1200)]))
    assert [c["n_reports"] for c in claims_of(store)] == [1, 1]
    assert store.claims(contradicted=True) == []
