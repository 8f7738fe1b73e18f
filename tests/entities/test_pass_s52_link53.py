"""Session 52, link53: a foreign family name met alone after the person's full name, which the tagger typed a
place, an organisation or MISC, is that person (entities/link.py, ``join_mistyped_surnames``).

The tagger's output is simulated (``Mention`` spans), as its types on made-up sentences are not those it gave on
the corpus ("كورتوا" LOC, "ميرتيساكر" ORG after the full names). Guards: a word the gazetteer knows (قطر، مدريد), a
club after a cue word ("لاعبي تشيلسي"), a name met before the person, a word two persons end with, and a club the
tagger ran into a player's name ("إشراك تشيلسي") stay apart.
"""

from __future__ import annotations

import pytest
from person_entities import tagged_document

from khabar.entities.link import link_entities


def link(text: str, mentions: list[tuple[str, str, int]]) -> list[dict]:
    """Entities of ``text`` with the tagger's mentions (surface, type, which occurrence counted from 0)."""
    return link_entities(tagged_document(text, mentions))


def mentions_of(entities: list[dict], word: str) -> list[tuple[str, str]]:
    """(entity type, entity name) of every entity with a mention whose text is ``word``."""
    return [(e["type"], e["name"]) for e in entities if any(m["text"] == word for m in e["mentions"])]


JOINED = [
    ("أشاد المدرب بأداء الحارس البلجيكي تيبو كورتوا في المباراة. وتصدى كورتوا لركلة جزاء في الدقائق الأخيرة.",
     "تيبو كورتوا", "كورتوا", "LOC"),
    ("قال المدافع الألماني بير ميرتيساكر إن فريقه جاهز. وأضاف ميرتيساكر أن اللاعبين في حالة جيدة.",
     "بير ميرتيساكر", "ميرتيساكر", "ORG"),
    ("أنهى النادي صفقة المهاجم الكولومبي رادميل فالكاو أمس. وشارك فالكاو في التدريبات مع زملائه.",
     "رادميل فالكاو", "فالكاو", "MISC"),
    ("وقع المهاجم الألباني سمير شيبا عقدا جديدا. ويأمل شيبا أن يقود فريقه إلى اللقب.",
     "سمير شيبا", "شيبا", "LOC"),
]


@pytest.mark.parametrize(("text", "full", "bare", "kind"), JOINED)
def test_a_mistyped_bare_family_name_joins_the_person(text: str, full: str, bare: str, kind: str) -> None:
    entities = link(text, [(full, "PER", 0), (bare, kind, 1)])
    assert mentions_of(entities, bare) == [("PER", full)]


KEPT = [
    # a club after a cue word ("لاعبي تشيلسي")
    ("قال اللاعب إيدين تشيلسي إن الموسم صعب. وأكد أن لاعبي تشيلسي سيعودون بقوة.", "إيدين تشيلسي", "تشيلسي", "ORG"),
    # a country the gazetteer knows
    ("قال الوزير خالد قطر إن الاتفاق مهم. وأكد أن قطر تدعم التحالف.", "خالد قطر", "قطر", "LOC"),
    # a club the tagger ran into a player's name: an ordinary word before it
    ("وقرر المدرب إشراك تشيلسي في الشوط الثاني. وفاز تشيلسي على ضيفه.", "إشراك تشيلسي", "تشيلسي", "ORG"),
    # a given name that is also an ordinary word before it ("لصالح تشيلسي")
    ("وانتهت المباراة بهدف لصالح تشيلسي في الشوط الأول. وعاد تشيلسي إلى الصدارة.", "صالح تشيلسي", "تشيلسي", "ORG"),
]


@pytest.mark.parametrize(("text", "full", "bare", "kind"), KEPT)
def test_a_named_place_or_club_stays_apart(text: str, full: str, bare: str, kind: str) -> None:
    entities = link(text, [(full, "PER", 0), (bare, kind, 1)])
    assert mentions_of(entities, bare) == [(kind, bare)]


def test_a_name_met_before_the_person_stays_apart() -> None:
    text = "وصل وفد من كورتوا إلى المدينة. ثم أشاد المدرب بالحارس تيبو كورتوا بعد المباراة."
    entities = link(text, [("كورتوا", "LOC", 0), ("تيبو كورتوا", "PER", 0)])
    assert mentions_of(entities, "كورتوا") == [("LOC", "كورتوا")]


def test_a_word_two_persons_end_with_stays_apart() -> None:
    text = "تألق بيتر كورتوا وتيبو كورتوا في المباراة. ثم سافر كورتوا إلى لندن."
    entities = link(text, [("بيتر كورتوا", "PER", 0), ("تيبو كورتوا", "PER", 0), ("كورتوا", "LOC", 2)])
    assert mentions_of(entities, "كورتوا") == [("LOC", "كورتوا")]
