"""Session 57, pass dmark60 (issue #4, direct quotes), from the blind draw 20204 (dev 2015-07-24.zip#1741) and the
corpus. (1) A title of five to ten words quoted inside the speaker's clause ("وقال X في كلمة ألقاها خلال «المؤتمر
الإعلامي الدولي …» الذي عقد في دمشق اليوم «…»") is no quote when a longer, sentence-long quotation opens a few
words later in the same clause: that one is what was said, and it takes the cue. Before, the title was the quote
and the quotation after it lost its cue. (2) A reporting participle after a comma with words of its own before the
next opening mark ("… لم تتغير، موضحا أن إيران “قدمت …”"، "…، داعيا إلى «…»") ends the quotation left open
before it, as the participle right before the mark already did.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, containing, of_kind

from khabar.speech.scan import Text


def _quotations(text: str) -> list[str]:
    t = Text(text)
    return [t.original_text(q.content_start, q.content_end) for q in t.quotations]


@pytest.mark.parametrize(
    ("text", "title", "said"),
    [
        (
            "وقال الوزير في كلمة ألقاها خلال «المؤتمر الإقليمي الثاني لمكافحة الفساد الإداري» الذي عقد في عمان "
            "اليوم «إن الحكومة ماضية في محاسبة كل من يثبت تورطه في قضايا الفساد».",
            "المؤتمر الإقليمي الثاني",
            "إن الحكومة ماضية في محاسبة",
        ),
        (
            "وقالت المديرة في كلمتها خلال “الملتقى السنوي الثالث لرواد الأعمال الشباب” الذي نظمته الغرفة التجارية "
            "“نعمل على برنامج جديد لدعم المشاريع الصغيرة في كل المحافظات”.",
            "الملتقى السنوي الثالث",
            "نعمل على برنامج جديد",
        ),
        (
            "ويقول الباحث في كتابه الأخير «تاريخ الموانئ في البحر الأحمر قديما» (2010 ص45): «لم تكن التجارة "
            "البحرية ممكنة دون شبكة واسعة من المرافئ الصغيرة على الساحل».",
            "تاريخ الموانئ",
            "لم تكن التجارة البحرية",
        ),
    ],
    ids=["guillemets", "curly", "book-colon"],
)
def test_a_title_quoted_in_the_speakers_clause_is_no_quote(text: str, title: str, said: str) -> None:
    # dmark60 (1): before, the title was the direct quote and the quotation after it lost its cue
    found = of_kind(text, "direct")
    assert not any(title in q["text"] for q in found)
    assert containing(found, said)["cue"] is not None


@pytest.mark.parametrize(
    ("text", "first", "cue", "second"),
    [
        (
            "وأكد أن “موقف الحكومة من الأزمة في البلاد لم يتغير، موضحا أن الحكومة “قدمت كل أشكال الدعم للمتضررين "
            "قبل الأزمة وخلالها وبعدها”.",
            "موقف الحكومة من الأزمة في البلاد لم يتغير",
            "موضحا",
            "قدمت كل أشكال الدعم",
        ),
        (
            "وقال المصدر: «الفصائل تتجنب الدخول إلى المدينة حاليا لأنها مشغولة بالمعارك في الريف، داعيا إلى "
            "«معالجة الخلافات بين الفصائل كي لا تتحول إلى صراع مفتوح».",
            "الفصائل تتجنب الدخول إلى المدينة حاليا لأنها مشغولة بالمعارك في الريف",
            "داعيا",
            "معالجة الخلافات بين الفصائل",
        ),
    ],
    ids=["curly-that-subject", "guillemets-preposition"],
)
def test_a_participle_with_its_own_words_before_the_mark_ends_the_open_quotation(
        text: str, first: str, cue: str, second: str) -> None:
    # dmark60 (2): before, the open quotation ran on over the participle and its quotation
    assert first in _quotations(text)
    assert containing(analysed(text), second)["cue"]["text"] == cue


def test_guard_quoted_pieces_joined_by_and_read_as_before() -> None:
    # guard (before and after): "«…» و«…»" are two pieces of one appeal, not a title and a quote
    text = ("وناشد البيان الدول العربية فتح قنوات الحوار «من أجل ردع الخطر الخارجي في المنطقة» و«دعم تطلعات "
            "الشعب في الحرية والاستقلال والعيش الكريم».")
    assert containing(of_kind(text, "direct"), "من أجل ردع الخطر")["cue"]["text"] == "وناشد"


def test_guard_two_quotes_with_their_own_cues() -> None:
    # guard (before and after): a participle between the quotations is a cue of its own
    text = ("وقال الوزير «لن نسمح بأي تجاوز للقانون» مضيفا «سنعمل مع الجميع من أجل حماية المواطنين في كل "
            "مكان».")
    found = of_kind(text, "direct")
    assert containing(found, "لن نسمح بأي تجاوز")["cue"]["text"] == "وقال"
    assert containing(found, "سنعمل مع الجميع")["cue"]["text"] == "مضيفا"


def test_guard_a_report_of_the_writer_before_the_participle() -> None:
    # guard (before and after): a sentence of the writer's between: the open quotation ends with its sentence
    text = ("وقالت الوزارة في بيان: «إن هجوما وقع في المدينة، وتوعدت بالعثور على المدبرين. بدوره، أعلن مسؤول أن "
            "30 شخصا قتلوا، مشيرا إلى «أنه هجوم انتحاري».")
    assert _quotations(text)[0] == "إن هجوما وقع في المدينة، وتوعدت بالعثور على المدبرين."
