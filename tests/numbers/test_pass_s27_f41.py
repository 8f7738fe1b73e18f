"""Pass f41 (session 27): stars after a word of what they grade are a grade, no count.

"فندق 5 نجوم"، "فنادق الخمس نجوم"، "بمواصفات 4 و5 نجوم"، "حركة «خمس نجوم»": the stars class a hotel, a
service or a rating (or name a party after such a class); they count nothing (ANNOTATION.md counts
things; `numbers/data/grade_words.tsv`). Stars counted as people or things stay counts.
Made-up sentences in the style of the news, read through the public pipeline.
"""

import khabar

PUBLISHED = "2015-08-01"


def _facts(text: str) -> list[str]:
    doc = khabar.analyze(text, published=PUBLISHED)
    return [f["text"] for f in doc.facts]


def test_hotel_of_five_stars():
    assert _facts("ويضم المشروع الجديد فندق 5 نجوم ومجمعا تجاريا على الواجهة البحرية.") == []


def test_hotels_of_the_five_stars():
    assert _facts("وقال إن نسب الإشغال في فنادق الخمس نجوم بالمدينة المنورة ارتفعت خلال الموسم.") == []


def test_class_of_stars_with_two_figures_joined():
    facts = _facts("وأعلنت الهيئة الترخيص لـ 9 فنادق بمواصفات 4 و5 نجوم خلال العام الجاري.")
    assert facts == ["9 فنادق"]


def test_class_of_stars_in_number_words():
    facts = _facts("وسيضم الحي الجديد 12 فندقا من فئة خمس وأربع نجوم بحلول نهاية العام.")
    assert facts == ["12 فندقا"]


def test_rating_after_a_colon():
    assert _facts("المطعم: بيت الشواء\nالتقييم: 5 نجوم") == []


def test_party_named_after_stars():
    assert _facts("ودعا زعيم حركة «خمس نجوم» الإيطالية إلى استفتاء على البقاء في منطقة اليورو.") == []


def test_guard_stars_as_players_stay_a_count():
    doc = khabar.analyze("ويسعى النادي إلى التعاقد مع ثلاثة نجوم جدد قبل بداية الموسم.", published=PUBLISHED)
    assert [(f["text"], f["value"]) for f in doc.facts] == [("ثلاثة نجوم", 3)]


def test_guard_stars_drawn_on_a_stamp_stay_a_count():
    doc = khabar.analyze("ويحمل الطابع رسم العلم وبداخله 3 نجوم وكلمة «مصر» بالخط العربي.", published=PUBLISHED)
    assert [(f["text"], f["value"]) for f in doc.facts] == [("3 نجوم", 3)]


def test_rooms_of_a_graded_hotel_stay_a_count():
    doc = khabar.analyze("ويضم فندق 5 نجوم 320 غرفة فندقية مطلة على البحر.", published=PUBLISHED)
    assert [f["value"] for f in doc.facts] == [320]
