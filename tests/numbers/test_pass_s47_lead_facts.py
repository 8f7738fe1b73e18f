"""Lead pass lead47d (session 47): a count of what hit the victims, shots, bullets, stab wounds, shrapnel and
shells ("أصيب بأربع طلقات"، "قتل زوجها بعشر طعنات"، "تعرضت لقصف ثلاثين قذيفة"), tells how they were hit, not how
many they were: its type is other whatever verb governs it (``hit_nouns.tsv``), as a count of times is. Guard: a
count of people hit by shells keeps its type.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _types(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["type"]) for f in khabar.analyze(text, published="2015-08-11").facts]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("وذكرت الشرطة أن الشاب أصيب بأربع طلقات نارية في صدره ونقل إلى المستشفى.", ("بأربع طلقات", "other")),
        ("وأقدم الجاني على قتل شقيقه بعشر طعنات داخل المنزل.", ("بعشر طعنات", "other")),
        ("وكان المقاتل قد تعرض للإصابة بثلاث شظايا أثناء المواجهات الأخيرة.", ("بثلاث شظايا", "other")),
    ],
)
def test_what_hit_the_victims_is_no_count_of_victims(text, fact):
    assert fact in _types(text)


def test_the_people_hit_keep_their_type():
    assert ("خمسة أشخاص", "killed") in _types("وقتل خمسة أشخاص بقذائف هاون سقطت على السوق.")
