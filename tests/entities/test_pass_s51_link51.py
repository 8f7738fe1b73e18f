"""Session 51, link51: one person spelled two ways, or named short, is one entity (entities/link.py).

* ``name_spellings``: a foreign name written with a long vowel more or less ("بنيتيز" / "بينيتيز", "كيسينجر" /
  "كيسنجر") or with a hamza on its seat or not ("ماكائيلو" / "ماكايلو") in one article was two persons.
* ``sole_longer_name``: a name of two words or more that opens the longer name of exactly one person ("خالد بن سعد"
  after "خالد بن سعد المطيري") was a person of its own.

Guards: two given names a vowel apart (محمد / محمود، سلمان / سليمان), two family names with the article (العمري /
العامري) and a short name that opens two people's names stay apart.
"""

from __future__ import annotations

from person_entities import persons

# --- name_spellings -------------------------------------------------------------------------------


def test_a_surname_with_a_long_vowel_more_is_the_same_coach() -> None:
    found = persons(
        "قال المدرب الإسباني رافائيل بنيتيز إن فريقه جاهز للموسم الجديد. وأضاف بينيتيز أن اللاعبين في حالة جيدة."
    )
    assert found["رافائيل بنيتيز"][1] == ["رافائيل بنيتيز", "بينيتيز"]


def test_a_surname_with_a_long_vowel_less_is_the_same_man() -> None:
    found = persons(
        "قال وزير الخارجية الأمريكي الأسبق هنري كيسينجر إن العالم تغير كثيرا. وأضاف كيسنجر أن الحرب ليست قريبة."
    )
    assert found["هنري كيسينجر"][1] == ["هنري كيسينجر", "كيسنجر"]


def test_a_full_name_spelled_two_ways_is_one_person() -> None:
    found = persons("قال الباحث ستيفان غوميرو إن الدراسة جديدة. وأوضح الباحث ستيفان غومرو أن النتائج مشجعة.")
    assert found["ستيفان غوميرو"][1] == ["ستيفان غوميرو", "ستيفان غومرو"]


def test_a_hamza_on_its_seat_or_not_is_one_name() -> None:
    found = persons("أكد المدرب الروماني إيفان ماكائيلو أن فريقه سيفوز. وقال إيفان ماكايلو إن المباراة صعبة.")
    assert found["إيفان ماكائيلو"][1] == ["إيفان ماكائيلو", "إيفان ماكايلو"]


def test_a_four_letter_spelling_with_a_vowel_less_is_one_name() -> None:
    found = persons("قال النائب اللبناني جورج ناصيف إن الحكومة عاجزة. وأضاف النائب جورج نصيف أن الحل في الانتخابات.")
    assert found["جورج ناصيف"][1] == ["جورج ناصيف", "جورج نصيف"]


def test_hassan_and_hussein_are_two_men() -> None:
    found = persons("قال الدكتور حسين الحربي إن المشروع ناجح. وأكد الدكتور حسن الحربي أن التمويل متوفر.")
    assert set(found) == {"حسين الحربي", "حسن الحربي"}


def test_mohammed_and_mahmoud_are_two_men() -> None:
    found = persons("قال المدرب محمد الدوسري إن الفريق جاهز. وأكد اللاعب محمود الدوسري أن المباراة صعبة.")
    assert set(found) == {"محمد الدوسري", "محمود الدوسري"}


def test_salman_and_sulaiman_are_two_men() -> None:
    found = persons("قال الشيخ سلمان الحربي إن الحملة نجحت. وأكد الشيخ سليمان الحربي أن التبرعات كبيرة.")
    assert set(found) == {"سلمان الحربي", "سليمان الحربي"}


def test_two_family_names_a_vowel_apart_are_two_families() -> None:
    found = persons("قال الدكتور أحمد العمري إن الدراسة مهمة. وأضاف المهندس أحمد العامري أن المشروع سيكتمل.")
    assert set(found) == {"أحمد العمري", "أحمد العامري"}


def test_another_letter_is_no_spelling_variant() -> None:
    found = persons("قال المدير الفني ماريو سالاس إن الفريق جاهز. وأضاف المدرب ماريو ساليس أن المباراة صعبة.")
    assert set(found) == {"ماريو سالاس", "ماريو ساليس"}


# --- sole_longer_name -----------------------------------------------------------------------------


def test_a_name_cut_before_its_family_name_joins_the_full_name() -> None:
    found = persons(
        "قال المهندس خالد بن سعد المطيري إن المشروع سينتهي قريبا. وأوضح خالد بن سعد أن التكلفة بلغت مليون ريال."
    )
    assert found["خالد بن سعد المطيري"][1] == ["خالد بن سعد المطيري", "خالد بن سعد"]


def test_a_short_name_that_opens_two_names_joins_neither() -> None:
    found = persons(
        "قال المهندس محمد بن سعد الغامدي إن المشروع جاهز، فيما أكد الدكتور محمد بن سعد العتيبي أن العمل مستمر. "
        "وأضاف محمد بن سعد أن التكلفة كبيرة."
    )
    assert found["محمد بن سعد"][1] == ["محمد بن سعد"]
    assert found["محمد بن سعد الغامدي"][1] == ["محمد بن سعد الغامدي"]
