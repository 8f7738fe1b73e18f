"""Session 27, pass q69: "أوضح ذلك المتحدث …" attributes what the article told before it.

A past reporting verb that opens its sentence, with "ذلك" / "بذلك" for object and a speaker after it
("أوضح ذلك المتحدث الرسمي …", "صرح بذلك مدير …", "أبان ذلك رئيس …"), closes the news it follows: the text
before it, from the article's start or the end of the last quote found before it, is that speaker's
indirect quote. Before, the verb was dropped ("what was said came before") and the passage was missed.
"""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str | None, str, str]]:
    doc = khabar.analyze(text, published="2015-08-01")
    return [(q["kind"], q["cue"]["text"] if q["cue"] else None, q["text"], q["speaker"]["text"]) for q in doc.quotes]


def test_explained_that_closes_the_opening_paragraph() -> None:
    text = ("باشرت فرق الدفاع المدني بمحافظة الخرج حريقا اندلع في مستودع للأخشاب مساء أمس دون تسجيل إصابات.\n"
            "أوضح ذلك المتحدث الرسمي للدفاع المدني بمنطقة الرياض العقيد سالم الدوسري، وقال: إن الفرق "
            "سيطرت على الحريق خلال ساعتين.")
    found = quotes(text)
    assert ("indirect", "أوضح ذلك",
            "باشرت فرق الدفاع المدني بمحافظة الخرج حريقا اندلع في مستودع للأخشاب مساء أمس دون تسجيل إصابات",
            "المتحدث الرسمي للدفاع المدني بمنطقة الرياض العقيد سالم الدوسري") in found


def test_declared_with_bi_takes_two_paragraphs_before_it() -> None:
    text = ("أحبط رجال الجمارك في منفذ الوديعة محاولة تهريب كمية من الأدوية المخدرة داخل شاحنة.\n"
            "وكانت الكمية مخبأة بين صناديق الخضار في مؤخرة الشاحنة.\n"
            "صرح بذلك مدير عام جمرك الوديعة المهندس فهد القحطاني.")
    found = [q for q in quotes(text) if q[1] == "صرح بذلك"]
    assert len(found) == 1
    kind, _, content, speaker = found[0]
    assert kind == "indirect" and speaker == "مدير عام جمرك الوديعة المهندس فهد القحطاني"
    assert content.startswith("أحبط رجال الجمارك في منفذ الوديعة")
    assert content.endswith("وكانت الكمية مخبأة بين صناديق الخضار في مؤخرة الشاحنة")


def test_the_content_starts_after_the_last_quote_before_it() -> None:
    text = ("قال رئيس البلدية إن أعمال الصيانة ستبدأ الأسبوع المقبل.\n"
            "وتشمل الأعمال إعادة رصف الطرق الرئيسة في وسط المدينة.\n"
            "أبان ذلك مدير إدارة المشاريع في البلدية المهندس خالد العمري.")
    found = quotes(text)
    assert ("indirect", "قال", "أعمال الصيانة ستبدأ الأسبوع المقبل", "رئيس البلدية") in found
    assert ("indirect", "أبان ذلك", "وتشمل الأعمال إعادة رصف الطرق الرئيسة في وسط المدينة",
            "مدير إدارة المشاريع في البلدية المهندس خالد العمري") in found


def test_guard_came_after_that_is_narration() -> None:
    text = ("ارتفع مؤشر السوق بنسبة طفيفة في ختام تعاملات الأسبوع.\n"
            "جاء ذلك بعد إعلان عدد من الشركات نتائجها المالية.")
    assert quotes(text) == []


def test_guard_this_spokesman_is_the_subject_not_a_pointer() -> None:
    text = ("تواصلت الاشتباكات في أطراف المدينة طوال الليل.\n"
            "وأكد هذا الناطق أن القوات تتقدم نحو المطار.")
    found = quotes(text)
    assert all(cue != "وأكد هذا" for _, cue, _, _ in found)
    assert all("تواصلت الاشتباكات" not in content for _, _, content, _ in found)


def test_guard_that_inside_a_sentence_is_no_such_cue() -> None:
    text = ("افتتح الأمير المعرض صباح اليوم، وقد أكد ذلك حرصه على دعم الحرفيين.")
    found = quotes(text)
    assert all("افتتح الأمير المعرض" not in content for _, _, content, _ in found)


def test_the_reporters_byline_is_not_part_of_the_content() -> None:
    text = ("سعيد الغامدي - جدة باشرت فرق الإنقاذ حادث غرق طفل في بركة سباحة باستراحة شمال المدينة.\n"
            "أوضح ذلك الناطق الإعلامي للدفاع المدني بمحافظة جدة العقيد عبدالله الزهراني.")
    found = [q for q in quotes(text) if q[1] == "أوضح ذلك"]
    assert len(found) == 1
    assert found[0][2] == "باشرت فرق الإنقاذ حادث غرق طفل في بركة سباحة باستراحة شمال المدينة"
