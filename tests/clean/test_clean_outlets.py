"""Outlets: every spelling, domain and dataset label lands on one canonical record."""

from __future__ import annotations

import dataclasses

import pytest

from khabar.clean.outlets import (
    KINDS,
    Outlet,
    all_outlets,
    find_outlet,
    iter_outlet_mentions,
    match_outlet,
    outlet_for_domain,
    outlet_for_label,
    outlet_patterns,
    read_data_lines,
)

SPELLINGS = [
    # AFP, in every spelling the brief lists, with clitics, dots and spaces
    ("وكالة فرانس برس", "AFP"), ("فرانس برس", "AFP"), ("الوكالة الفرنسية", "AFP"),
    ("وكالة الأنباء الفرنسية", "AFP"), ("أ ف ب", "AFP"), ("ا ف ب", "AFP"), ("أ.ف.ب", "AFP"),
    ("ا.ف.ب", "AFP"), ("أف ب", "AFP"), ("أ. ف. ب", "AFP"), ("(أ ف ب)", "AFP"), ("«أ.ف.ب»", "AFP"),
    ("لوكالة فرانس برس", "AFP"), ("ولوكالة فرانس برس", "AFP"), ("AFP", "AFP"), ("A.F.P.", "AFP"),
    ("Agence France-Presse", "AFP"),
    ("رويترز", "Reuters"), ("لرويترز", "Reuters"), ("ولرويترز", "Reuters"), ("رُويتَرز", "Reuters"),
    ("رويـــترز", "Reuters"), ("REUTERS", "Reuters"),
    ("أسوشيتد برس", "AP"), ("اسوشيتد برس", "AP"), ("أ ب", "AP"), ("ا ب", "AP"), ("أ.ب", "AP"),
    ("وفا", "WAFA"), ("واس", "SPA"), ("وكالة الأنباء السعودية", "SPA"), ("وكاله الانباء السعوديه", "SPA"),
    ("قنا", "QNA"), ("كونا", "KUNA"), ("وام", "WAM"), ("أ ش أ", "MENA"), ("ا ش ا", "MENA"),
    ("وكالة أنباء الشرق الأوسط", "MENA"), ("بترا", "Petra"), ("سانا", "SANA"), ("الأناضول", "Anadolu"),
    ("للأناضول", "Anadolu"), ("شينخوا", "Xinhua"), ("د ب أ", "DPA"), ("د.ب.أ", "DPA"),
    ("بي بي سي", "BBC"), ("سي إن إن", "CNN"), ("سي ان ان", "CNN"), ("الجزيرة", "Al Jazeera"),
    ("للجزيرة", "Al Jazeera"), ("قناة الجزيرة", "Al Jazeera"), ("العربية", "Al Arabiya"),
    ("الحرة", "Alhurra"), ("سكاي نيوز عربية", "Sky News Arabia"), ("سكاي نيوز عربيه", "Sky News Arabia"),
    ("فرانس 24", "France 24"), ("فرانس ٢٤", "France 24"), ("روسيا اليوم", "RT"), ("آر تي", "RT"),
    ("UPI", "UPI"), ("بلومبرغ", "Bloomberg"), ("بلومبيرغ", "Bloomberg"), ("Kyodo", "Kyodo"),
    ("كيودو", "Kyodo"), ("ANSA", "ANSA"), ("الشرق الأوسط", "Asharq Al-Awsat"),
    ("صحيفة الشرق الأوسط", "Asharq Al-Awsat"), ("الأهرام", "Al-Ahram"), ("القدس العربي", "Al-Quds Al-Arabi"),
    ("الحياة", "Al Hayat"), ("النهار", "Annahar"), ("الشرق", "Asharq"), ("الغد", "Al-Ghad"),
    ("صحيفة الغد", "Al-Ghad"), ("هآرتس", "Haaretz"), ("هارتس", "Haaretz"),
    ("يديعوت أحرونوت", "Yedioth Ahronoth"), ("واشنطن بوست", "Washington Post"),
    ("نيويورك تايمز", "New York Times"), ("وول ستريت جورنال", "Wall Street Journal"),
    ("الغارديان", "The Guardian"), ("الجارديان", "The Guardian"), ("لوموند", "Le Monde"),
    ("فايننشال تايمز", "Financial Times"), ("إرنا", "IRNA"), ("ارنا", "IRNA"), ("تسنيم", "Tasnim"),
    ("فارس", "Fars"), ("سبوتنيك", "Sputnik"), ("عكاظ", "Okaz"), ("سبق", "Sabq"),
    ("عين اليوم", "Ain Alyoum"), ("www.alhurra.com", "Alhurra"),
]


def test_data_file_rows_are_well_formed() -> None:
    rows = list(read_data_lines("outlets.tsv"))
    assert len(rows) >= 60
    for row in rows:
        assert len(row) == 6, row
        assert row[2] in KINDS, row


@pytest.mark.parametrize(("spelling", "name"), SPELLINGS)
def test_find_outlet_folds_spelling(spelling: str, name: str) -> None:
    outlet = find_outlet(spelling)
    assert outlet is not None, spelling
    assert outlet.name == name


@pytest.mark.parametrize("name", ["وزارة الصحة", "قال", "", " ", "x" * 500, "الاجتماع المقبل", "وكالات"])
def test_find_outlet_rejects_other_names(name: str) -> None:
    assert find_outlet(name) is None


def test_find_outlet_takes_only_strings() -> None:
    assert find_outlet(123) is None  # type: ignore[arg-type]
    assert outlet_for_domain(None) is None  # type: ignore[arg-type]
    assert outlet_for_label(None) is None  # type: ignore[arg-type]


def test_outlet_record_is_frozen_and_complete() -> None:
    afp = find_outlet("أ ف ب")
    assert afp == find_outlet("AFP")
    assert (afp.name, afp.domain, afp.kind, afp.ar) == ("AFP", "afp.com", "agency", "وكالة فرانس برس")
    assert "أ ف ب" in afp.variants
    assert afp.to_dict() == {"name": "AFP", "domain": "afp.com"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        afp.name = "x"  # type: ignore[misc]


def test_shared_spelling_follows_the_publisher() -> None:
    assert find_outlet("الجزيرة").name == "Al Jazeera"
    assert find_outlet("الجزيرة", prefer="aljazirah").name == "Al Jazirah"
    assert find_outlet("الجزيرة", prefer="al-jazirah.com").name == "Al Jazirah"
    assert find_outlet("رويترز", prefer="aljazirah").name == "Reuters"


def test_ambiguous_spellings_are_flagged() -> None:
    assert match_outlet("الرياض").ambiguous
    assert match_outlet("اليوم").ambiguous
    assert not match_outlet("صحيفة الرياض").ambiguous
    assert not match_outlet("رويترز").ambiguous


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("https://www.alhurra.com/a/123.html", "Alhurra"), ("www.alhurra.com", "Alhurra"),
        ("alhurra.com", "Alhurra"), ("arabic.cnn.com", "CNN"), ("https://edition.cnn.com/x", "CNN"),
        ("https://www.bbc.com/arabic/world-1", "BBC"), ("bbc.co.uk", "BBC"),
        ("http://aawsat.com/home/article/1", "Asharq Al-Awsat"), ("HTTP://WWW.REUTERS.COM/world", "Reuters"),
        ("https://www.spa.gov.sa/viewstory.php?id=1", "SPA"), ("http://www.al-jazirah.com/2015/x.htm", "Al Jazirah"),
        ("news.cn", "Xinhua"), ("https://user@www.aljazeera.net:443/news", "Al Jazeera"),
    ],
)
def test_outlet_for_domain(address: str, name: str) -> None:
    assert outlet_for_domain(address).name == name


@pytest.mark.parametrize("address", ["example.com", "", "not a url", "com.sa", "https://", "reuters"])
def test_outlet_for_domain_unknown(address: str) -> None:
    assert outlet_for_domain(address) is None


@pytest.mark.parametrize(
    ("label", "name", "domain"),
    [
        ("aawsat", "Asharq Al-Awsat", "aawsat.com"), ("okaz", "Okaz", "okaz.com.sa"),
        ("alriyadh", "Al Riyadh", "alriyadh.com"), ("alyaum", "Al Yaum", "alyaum.com"),
        ("alwatan", "Al Watan", "alwatan.com.sa"), ("aljazirah", "Al Jazirah", "al-jazirah.com"),
        ("almadina", "Al Madina", "al-madina.com"), ("sabq", "Sabq", "sabq.org"),
        ("aleqtisadiya", "Al Eqtisadiah", "aleqt.com"), ("arriyadiyah", "Arriyadiyah", "arriyadiyah.com"),
        ("arreyadi", "Arreyadi", "arreyadi.com.sa"), ("alweeam", "Alweeam", "alweeam.com.sa"),
        ("3alyoum", "Ain Alyoum", "3alyoum.com"), ("was", "SPA", "spa.gov.sa"),
        ("alsharq", "Al Sharq (Saudi Arabia)", "alsharq.net.sa"), ("albilad", "Al Bilad", "albiladdaily.com"),
        ("makkah", "Makkah", "makkahnewspaper.com"), (" AAWSAT ", "Asharq Al-Awsat", "aawsat.com"),
    ],
)
def test_outlet_for_label(label: str, name: str, domain: str) -> None:
    outlet = outlet_for_label(label)
    assert (outlet.name, outlet.domain) == (name, domain)


def test_outlet_for_label_unknown() -> None:
    assert outlet_for_label("no-such-paper") is None


def test_every_listed_name_finds_its_outlet() -> None:
    """The table agrees with itself: no spelling is shadowed without a way back."""
    for outlet in all_outlets():
        for spelling in (outlet.name, *outlet.variants, *outlet.aliases):
            assert find_outlet(spelling, prefer=outlet) is outlet, (outlet.name, spelling)
        for domain in outlet.domains:
            assert outlet_for_domain(domain) is outlet, (outlet.name, domain)
        for label in outlet.labels:
            assert outlet_for_label(label) is outlet, (outlet.name, label)


def test_every_arabic_spelling_is_found_in_running_text() -> None:
    for outlet in all_outlets():
        for spelling in outlet.variants:
            text = f"وقال المتحدث {spelling} أمس"
            found = [(text[s:e], o) for s, e, o in iter_outlet_mentions(text, ambiguous=True)]
            assert found, (outlet.name, spelling)
            assert found[0][0].endswith(spelling[-2:]), (spelling, found)


def mentions(text: str, ambiguous: bool = False) -> list[tuple[str, str]]:
    return [(text[start:end], outlet.name) for start, end, outlet in iter_outlet_mentions(text, ambiguous)]


def test_outlet_patterns_in_running_text() -> None:
    text = "وقال الوزير لوكالة فرانس برس (أ ف ب) إن الاتفاق قريب، وذكرت «الجزيرة» أن رويترز وCNN نقلتا الخبر."
    assert mentions(text) == [
        ("وكالة فرانس برس", "AFP"), ("أ ف ب", "AFP"), ("الجزيرة", "Al Jazeera"),
        ("رويترز", "Reuters"), ("CNN", "CNN"),
    ]
    assert isinstance(outlet_patterns(), type(outlet_patterns(True)))


def test_outlet_patterns_leave_ordinary_words() -> None:
    text = "زار الجزيرة العربية اليوم وفدٌ من دبا الفجيرة في آب الماضي، وأب وابنه."
    assert mentions(text) == []
    assert ("الجزيرة", "Al Jazeera") in mentions(text, ambiguous=True)


def test_outlet_patterns_handle_marks_and_clitics() -> None:
    assert mentions("قال لرُويتَرز وللجزيرة نت") == [("رُويتَرز", "Reuters"), ("لجزيرة نت", "Al Jazeera")]
    assert mentions("بحسب د.ب.أ و«أ.ش.أ»") == [("د.ب.أ", "DPA"), ("أ.ش.أ", "MENA")]


def test_outlet_type() -> None:
    assert all(isinstance(o, Outlet) for o in all_outlets())
    names = [o.name for o in all_outlets()]
    assert len(names) == len(set(names))
