"""The linker's data files and the gazetteer built from them."""

from __future__ import annotations

import doctest
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

import khabar.entities.gazetteer as gazetteer_module
import khabar.entities.nisba as nisba_module
import khabar.entities.spot as spot_module
from khabar.entities.gazetteer import (
    DATA,
    REMOVE,
    SHARED,
    load_gazetteer,
    match_key,
    parse_variant,
    read_table,
    spelling_keys,
    split_variants,
)
from khabar.entities.gazetteer_build import (
    build_gazetteer,
    skeleton_similarity,
    strip_admin_prefix,
)
from khabar.entities.nisba import nisba_entry
from khabar.entities.spot import word_readings
from khabar.entities.wordlists import load_wordlists

DATA_FILES = ["places.tsv", "places_extra.tsv", "known_entities.tsv", "nisba.tsv", "titles.tsv", "nominals.tsv",
              "cues.tsv", "name_stops.tsv", "given_names.txt", "name_words.tsv"]
PRESENTATION_FORMS = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def data_text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_nfc_without_presentation_forms(name: str) -> None:
    text = data_text(name)
    assert unicodedata.normalize("NFC", text) == text, f"{name} is not NFC"
    bad = [c for c in text if any(lo <= ord(c) <= hi for lo, hi in PRESENTATION_FORMS)]
    assert not bad, f"{name} has presentation forms: {bad[:5]}"
    assert "\u0640" not in text, f"{name} has tatweel"


@pytest.mark.parametrize("name", ["places.tsv", "places_extra.tsv", "known_entities.tsv", "nisba.tsv",
                                  "titles.tsv", "nominals.tsv", "cues.tsv", "name_stops.tsv"])
def test_tsv_rows_have_the_header_columns(name: str) -> None:
    lines = [line for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]
    width = len(lines[0].split("\t"))
    for line in lines[1:]:
        assert len(line.split("\t")) <= width, f"{name}: too many columns in {line!r}"


def test_generated_places_carry_their_attribution() -> None:
    header = data_text("places.tsv")[:1500]
    assert "mledoze/countries" in header and "ODbL" in header
    assert "world-cities-translations" in header and "CC BY 4.0" in header and "Wikidata" in header


def test_hand_kept_files_say_how_to_add_rows() -> None:
    assert "HAND-KEPT" in data_text("known_entities.tsv")[:400]
    assert "To add a row" in data_text("known_entities.tsv")[:3000]


def test_known_entities_has_at_least_300_rows() -> None:
    rows = list(read_table("known_entities.tsv"))
    assert len(rows) >= 300
    assert {r["type"] for r in rows} <= {"PER", "ORG", "LOC", "MISC"}


def test_english_names_are_unique_keys() -> None:
    seen: dict[str, str] = {}
    for name in ("places.tsv", "known_entities.tsv"):
        for row in read_table(name):
            assert row["en"] not in seen, f"{row['en']} in {seen.get(row['en'])} and {name}"
            seen[row["en"]] = name
    for row in read_table("places_extra.tsv"):
        if row["type"] not in ("DROP", "-") and row["en"] in seen and not row.get("replaces"):
            assert seen[row["en"]] == "places.tsv", f"{row['en']} edits a non-place"


def test_no_spelling_names_two_entities_unless_marked_shared() -> None:
    gaz = load_gazetteer()
    shared = shared_spellings()
    clashes = []
    for variants in gaz.first.values():
        for variant in variants:
            if len(variant.entries) > 1 and variant.keys not in shared:
                clashes.append((" ".join(variant.keys), [en for en, _ in variant.entries]))
    assert not clashes, f"spellings that name two entities without '~': {clashes[:10]}"


def shared_spellings() -> set[tuple[str, ...]]:
    found = set()
    for name in ("places_extra.tsv", "known_entities.tsv"):
        for row in read_table(name):
            for raw in split_variants(row.get("variants", "")):
                text, flags = parse_variant(raw)
                if SHARED in flags and REMOVE not in flags:
                    found.update(spelling_keys(text))
    return found


def test_every_nisba_names_a_country_of_the_gazetteer() -> None:
    gaz = load_gazetteer()
    for row in read_table("nisba.tsv"):
        assert row["code"] in gaz.by_code, f"nisba {row['stem']}: no country {row['code']}"
        assert match_key(row["stem"]).endswith("ي"), row["stem"]


@pytest.mark.parametrize("head", ["الحركة", "الصحيفة", "الوكالة", "الوزارة", "المنظمة", "الجماعة", "الحزب",
                                  "التنظيم"])
def test_main_nominals_refer_to_known_subtypes(head: str) -> None:
    subtypes = {row["subtype"] for row in read_table("known_entities.tsv")}
    nominal = load_wordlists().nominals[match_key(head)]
    assert nominal.subtypes & subtypes, f"{head}: no known entity of subtypes {set(nominal.subtypes)}"


def test_nominal_subtypes_are_identifiers() -> None:
    for nominal in load_wordlists().nominals.values():
        assert all(re.fullmatch(r"[a-z_]+", s) for s in nominal.subtypes), nominal.head


def test_word_lists_do_not_contradict_each_other() -> None:
    words = load_wordlists()
    assert not words.titles & words.honorifics
    assert not words.titles & words.name_stops
    assert not (words.given_names - words.ambiguous_given_names) & words.name_stops


@pytest.mark.parametrize("spelling, en", [
    ("الولايات المتحدة", "United States"), ("أمريكا", "United States"), ("أميركا", "United States"),
    ("بريطانيا", "United Kingdom"), ("المملكة المتحدة", "United Kingdom"),
    ("السعودية", "Saudi Arabia"), ("المملكة العربية السعودية", "Saudi Arabia"), ("الإمارات", "United Arab Emirates"),
    ("روسيا", "Russia"), ("إيران", "Iran"), ("إسرائيل", "Israel"), ("فلسطين", "Palestine"),
    ("الأراضي الفلسطينية", "Palestine"), ("سوريا", "Syria"), ("سورية", "Syria"), ("مصر", "Egypt"),
    ("حماس", "Hamas"), ("حركة المقاومة الإسلامية", "Hamas"), ("داعش", "Islamic State"),
    ("تنظيم الدولة", "Islamic State"), ("أنصار الله", "Houthis"), ("الحوثيين", "Houthis"),
    ("قسد", "Syrian Democratic Forces"), ("حلف شمال الأطلسي", "NATO"), ("الناتو", "NATO"),
    ("الأونروا", "UNRWA"), ("واس", "Saudi Press Agency"), ("أ ف ب", "Agence France-Presse"),
    ("أ.ف.ب", "Agence France-Presse"), ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),
    ("عبدالفتاح السيسي", "Abdel Fattah el-Sisi"), ("بان كي مون", "Ban Ki-moon"),
    ("محمد بن سلمان", "Mohammed bin Salman"), ("الرياض", "Riyadh"), ("القدس", "Jerusalem"),
])
def test_spellings_reach_their_entity(spelling: str, en: str) -> None:
    gaz = load_gazetteer()
    keys = spelling_keys(spelling)[0]
    found = [v for v in gaz.first.get(keys[0], []) if v.keys == keys]
    assert found and en in [e for e, _ in found[0].entries], spelling


def test_canonical_has_ar_en_code() -> None:
    gaz = load_gazetteer()
    assert gaz.entries["Saudi Arabia"].canonical() == {"ar": "السعودية", "en": "Saudi Arabia", "code": "SA"}
    assert gaz.entries["United Nations"].canonical()["code"] == "UN"
    assert gaz.entries["Antony Blinken"].canonical()["code"] is None


@pytest.mark.parametrize("word, en", [
    ("امريكي", "United States"), ("أميركية", "United States"), ("الأمريكيين", "United States"),
    ("أمريكيتان", "United States"), ("الأمريكيات", "United States"), ("أمريكيا", "United States"),
    ("الإسرائيلية", "Israel"), ("فلسطينيون", "Palestine"), ("السعوديين", "Saudi Arabia"),
    ("الروس", "Russia"), ("الأتراك", "Türkiye"), ("اليمنيتين", "Yemen"),
])
def test_nisba_grammar(word: str, en: str) -> None:
    assert nisba_entry(match_key(word), load_gazetteer()) == en


@pytest.mark.parametrize("word", ["أمريكا", "العربية", "الأمريكان_", "سيارة", "المريخي", "كبير"])
def test_non_nisbas(word: str) -> None:
    assert nisba_entry(match_key(word), load_gazetteer()) is None


@pytest.mark.parametrize("word, expected", [
    ("والأمريكية", (1, "الامريكيه")), ("للأمريكيين", (1, "الامريكيين")), ("بالولايات", (1, "الولايات")),
    ("ولبنان", (1, "لبنان")), ("لبلينكن", (1, "بلينكن")),
])
def test_word_readings_peel_proclitics(word: str, expected: tuple[int, str]) -> None:
    assert expected in word_readings(word)


@pytest.mark.parametrize("word", ["وكيل", "لبنان", "بريطانيا", "فلسطين"])
def test_word_readings_keep_root_letters(word: str) -> None:
    assert [off for off, _ in word_readings(word)] == [0]


def test_skeleton_similarity_rejects_mislabelled_cities() -> None:
    assert skeleton_similarity("الطائف", "At Ta'if") >= 0.5
    assert skeleton_similarity("القاهرة", "Cairo") >= 0.5
    assert skeleton_similarity("فاموتيدين", "Mosul") < 0.5
    assert strip_admin_prefix("ولاية قندهار") == "قندهار"


@pytest.mark.parametrize("module", [gazetteer_module, nisba_module, spot_module])
def test_doctests(module) -> None:
    assert doctest.testmod(module).failed == 0


@pytest.mark.shared
def test_build_reproduces_the_shipped_places(shared_data: Path, tmp_path: Path) -> None:
    counts = build_gazetteer(shared_data, tmp_path)
    assert counts["countries"] == 250 and counts["cities"] > 1000
    assert (tmp_path / "places.tsv").read_text(encoding="utf-8") == data_text("places.tsv")
    assert (tmp_path / "name_words.tsv").read_text(encoding="utf-8") == data_text("name_words.tsv")


def test_places_have_no_duplicate_spellings_within_a_place() -> None:
    for row in read_table("places.tsv"):
        keys = [match_key(parse_variant(v)[0]) for v in split_variants(row["variants"])]
        assert len(keys) == len(set(keys)), row["en"]


def test_countries_are_all_present_with_codes() -> None:
    gaz = load_gazetteer()
    countries = [e for e in gaz.entries.values() if e.subtype == "country"]
    assert len(countries) >= 245
    by_code = defaultdict(list)
    for entry in countries:
        by_code[entry.code].append(entry.en)
    assert all(len(v) == 1 for v in by_code.values()), [v for v in by_code.values() if len(v) > 1]
