"""Session 28, pass q74: words cited in parentheses after a form of "to say" are a direct quote
("فقال (…)"، "حيث قال: (…)"، "قائلا: (…)"، "قال الجوهري في الصحاح: (…)") like those in quotation
marks, and so is a verse in doubled parentheses ("قال تعالى ((…))"); not an aside that the sentence
goes on past, not "(إن …)" (reported speech in the gold), not an exchange of turns."""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = khabar.analyze(text, published="2015-07-25")
    return [(q["kind"], q["text"], q["speaker"]["text"]) for q in doc.quotes]


def directs(text: str) -> list[str]:
    return [content for kind, content, _ in quotes(text) if kind == "direct"]


def test_a_saying_in_parentheses_after_said_and_a_colon() -> None:
    text = ("وكتب الأديب في مقالته عن الصبر، حيث قال: (الصبر مفتاح الفرج، ومن صبر على المكاره نال ما يريد "
            "ولو بعد حين).")
    assert directs(text) == ["الصبر مفتاح الفرج، ومن صبر على المكاره نال ما يريد ولو بعد حين"]


def test_a_saying_in_parentheses_right_after_the_verb() -> None:
    text = "وقد سخر أحد الشعراء من التاجر البخيل فقال (ما أكثر مالك وما أقل نفعك للناس).. ومضى."
    assert directs(text) == ["ما أكثر مالك وما أقل نفعك للناس"]


def test_a_participle_and_a_colon_before_the_parenthesis() -> None:
    text = "واعتذر المدير للموظفين قائلًا: (لن يتكرر هذا الخطأ مرة أخرى)، ثم غادر القاعة."
    assert directs(text) == ["لن يتكرر هذا الخطأ مرة أخرى"]


def test_a_dictionary_cited_in_parentheses() -> None:
    text = "قال الجوهري في الصحاح: (الغيث: المطر، وغاث الله البلاد يغيثها غيثا). وهذا المعنى قريب مما نريد."
    assert directs(text) == ["الغيث: المطر، وغاث الله البلاد يغيثها غيثا"]


def test_a_verse_in_doubled_parentheses() -> None:
    text = "وأكد الخطيب حرمة الدماء، قال تعالى ((ولا تقتلوا النفس التي حرم الله إلا بالحق)). ثم دعا للمصابين."
    assert directs(text) == ["ولا تقتلوا النفس التي حرم الله إلا بالحق"]


def test_a_saying_followed_by_its_narrator() -> None:
    text = "وفي الحديث الشريف قال صلى الله عليه وسلم: (المسلم من سلم المسلمون من لسانه ويده) رواه البخاري."
    assert directs(text) == ["المسلم من سلم المسلمون من لسانه ويده"]


def test_guard_an_aside_in_parentheses_is_not_a_quote() -> None:
    # the sentence goes on after the parenthesis: an aside, and the إن clause is what was said
    text = "وقال المتحدث (في تصريح للصحيفة أمس) إن الوزارة ستفتح باب القبول الأسبوع المقبل."
    found = quotes(text)
    assert not [q for q in found if q[0] == "direct"]
    assert [q[0] for q in found] == ["indirect"]
    assert found[0][1].startswith("الوزارة ستفتح باب القبول")


def test_guard_a_parenthesis_opening_with_inna_stays_reported_speech() -> None:
    text = "وقال المبعوث الأممي عندما زار العاصمة (إن الحرب يجب أن تتوقف فورا)، كما التقى عددا من المسؤولين."
    assert not directs(text)


def test_guard_an_exchange_of_turns_is_not_one_quote() -> None:
    text = ("وجاءه رجل يستشيره في بيع داره، فقال له الشيخ: (لا تفعل، فقال الرجل: ولكني محتاج، فقال الشيخ: "
            "اصبر قليلا)..!")
    assert not [c for c in directs(text) if "فقال الرجل" in c]


def test_guard_a_list_in_parentheses_after_a_colon_is_not_a_quote() -> None:
    text = "وتشمل المشاريع الجديدة ما يلي: (مدرسة ابتدائية ومستشفى عام وحديقة للأطفال) في الحي الشمالي."
    assert not directs(text)
