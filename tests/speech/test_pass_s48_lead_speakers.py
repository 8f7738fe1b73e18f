"""Session 48, lead48c (docs/evaluation/quotes.md, "Session 48, lead48c"): bodies or states in the plural without
the article (``plural_bodies``: دول، حكومات، مؤسسات) right after a definite word or a person's name begin the verb's
object, not more of its speaker: a definite word or a name takes no genitive. Guards: after a bare word the
construct goes on ("قادة دول الخليج"), and with its preposition it is part of a title. Made-up sentences."""

import pytest

from tests.speech.entity_quotes import analysed


def speakers(text):
    return [(q["speaker"] or {}).get("text") for q in analysed(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وحث فيليب سانتوس دول جنوب شرق آسيا على رفع القضية إلى المحكمة الدولية.", "فيليب سانتوس"),
        ("وطالبت الحكومة مؤسسات المجتمع الدولي بتحمل مسؤولياتها تجاه اللاجئين.", "الحكومة"),
        ("واتهم التقرير قوات حكومية وميليشيات متحالفة معها بتنفيذ الهجمات على القرى.", "التقرير"),
    ],
)
def test_plural_bodies_after_the_subject_are_the_object(text, expected):
    assert speakers(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال قادة دول الخليج إن الاجتماع كان ناجحا في كل ملفاته.", "قادة دول الخليج"),
        (
            "وقال الأمين العام لمجلس التعاون لدول الخليج العربية إن الاجتماع كان ناجحا.",
            "الأمين العام لمجلس التعاون لدول الخليج العربية",
        ),
    ],
)
def test_the_construct_of_a_bare_word_stays_the_speaker(text, expected):
    assert speakers(text)[0] == expected
