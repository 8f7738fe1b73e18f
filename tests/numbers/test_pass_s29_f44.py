"""Pass f44 (session 29): a figure with the article after a definite broken plural counts it.

"الأعضاء الـ19"، "الضحايا الـ298": a figure in digits with the article (الـ) is an ordinal after a
singular ("الدورة الـ15") and a count after the plural it follows. khabar took only sound plurals
(-ات، -ين، -ون) for the count, so broken plurals were read as ordinals and dropped. A broken plural by
its shape now counts too, unless the word ends in ة or ي (singulars of the same length: الإدارة،
النسائي) or is a listed singular of that shape (`numbers/data/plural_shaped_singulars.tsv`: الأربعاء);
the head of a construct two words back must still be a sound plural ("أعمال الدورة الـ42" is an
ordinal). Made-up sentences in the style of the news, read through the public pipeline.
"""

import khabar

PUBLISHED = "2015-08-01"


def _counts(text: str) -> list[tuple[str, float | None, str | None]]:
    doc = khabar.analyze(text, published=PUBLISHED)
    return [(f["text"], f["value"], f["noun"]) for f in doc.facts]


def test_members_with_the_article_are_counted():
    assert _counts("وصوت الأعضاء الـ 27 لصالح القرار في ختام الجلسة.") == [("الأعضاء الـ 27", 27, "الأعضاء")]


def test_victims_with_the_article_are_counted_and_typed_killed():
    doc = khabar.analyze("ووقف الحضور دقيقة صمت على أرواح الضحايا الـ140 الذين سقطوا في الانفجار.", published=PUBLISHED)
    assert [(f["text"], f["value"], f["type"]) for f in doc.facts] == [("الضحايا الـ140", 140, "killed")]


def test_ministers_glued_to_the_article_are_counted():
    assert _counts("ويشترط الاتفاق موافقة جميع الوزراء الـ18 على أي تعديل.") == [("الوزراء الـ18", 18, "الوزراء")]


def test_elements_in_brackets_are_counted():
    assert _counts("ولا يزال مصير العناصر الـ(11) الذين فقدوا في الهجوم غامضا.") == [("العناصر الـ(11", 11, "العناصر")]


def test_sound_plural_still_counted():
    assert _counts("وارتفعت أسهم الشركات الـ 14 المدرجة في السوق.") == [("الشركات الـ 14", 14, "الشركات")]


def test_a_board_session_stays_an_ordinal():
    assert _counts("وعقد مجلس الإدارة اجتماعه الـ 73 في مقر الشركة.") == []


def test_a_feminine_singular_stays_an_ordinal():
    assert _counts("وشارك الوفد في أعمال الندوة الـ 12 بالعاصمة.") == []


def test_a_weekday_before_a_date_is_no_count():
    assert _counts("وتنطلق الفعاليات يوم الأربعاء الـ 19 من الشهر الجاري.") == []


def test_a_nisba_adjective_stays_an_ordinal():
    assert _counts("وافتتح المحافظ الملتقى الثقافي الـ 9 مساء أمس.") == []


def test_a_broken_plural_head_before_a_genitive_stays_an_ordinal():
    assert _counts("وألقى الأمير كلمة في افتتاح أعمال الدورة الـ 33 للمجلس.") == []
