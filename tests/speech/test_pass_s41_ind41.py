"""Session 41, pass ind41 (docs/evaluation/quotes.md, "Session 41, pass ind41"), issue #4, the speaker of a
participle after a sentence that opens with a connective ("ورغم ذلك", "ومع ذلك", "غير أن", "إلا أن", "بيد أن";
``contrast_opener`` in clause_words.tsv): the subject of the sentence's own verb speaks through the participle.
Before, the connective was read as the sentence's verb, no subject was found, and the participle went on with
the last speaker or none. After "… أن" the noun comes first and the predicate's verb before the participle is
no part of it ("غير أن الطبيب اعتذر، قائلاً" → الطبيب). Only a participle in the same sentence reads past the
connective: a later verb with no subject keeps its old search (subjects.py ``sentence_subject``)."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue

# (text, cue, words the speaker must hold, a word it must not hold) — corpus sentences of days 0:19
CASES = [
    # 2015-08-06#1467: the coach the sentence names defends, not the critic quoted before
    (
        "وتعرض ميسي لانتقادات من دييجو مارادونا الذي قال إنه بات مدللا. ورغم ذلك دافع مارتينو - الذي سبق ودرب "
        "ميسي في برشلونة - عن اللاعب الفائز بجائزة أفضل لاعب في العالم أربع مرات قائلا إنه سيبقي عليه في "
        "التشكيلة.",
        "قائلا",
        "مارتينو",
        "مارادونا",
    ),
    # 2015-08-06#639: the noun of "غير أن" speaks; before, no speaker
    (
        "وقال البنك إن الإصلاح يشكل خطوة كبرى للأمام على طريق حماية البيئة والسكان. غير أن منظمات غير حكومية "
        "سارعت إلى التنديد بالإجراءات الجديدة، مؤكدة أنها تمثل عودة خطيرة إلى الخلف.",
        "مؤكدة",
        "منظمات",
        "البنك",
    ),
    # 2015-07-31#411: "ومع ذلك،" then the verb and its subject
    (
        "وأعلن المتحدث باسم الحكومة الإثيوبية أن الزيارة ناجحة. ومع ذلك، تطرق الرئيس الأميركي إلى مسألة حقوق "
        "الإنسان التي كان المجتمع المدني ينتظر الحديث عنها، مشيرًا إلى تقصير إثيوبيا في إحلال الديمقراطية.",
        "مشيرًا",
        "الرئيس",
        "المتحدث",
    ),
    # 2015-08-04#83: the predicate's verb after the noun of أن is no part of the speaker
    (
        "وكان طبيب عبد الناصر الخاص صديقًا له. فذهب يتوسطه لدى الرئيس. غير أن الطبيب اعتذر، قائلاً إن عبد الناصر "
        "يجازي بالطرد كل من يطلب خدمة خاصة.",
        "قائلاً",
        "الطبيب",
        "اعتذر",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "not_in"), CASES)
def test_participle_after_a_connective(text: str, cue: str, speaker: str, not_in: str) -> None:
    who = by_cue(analysed(text), cue)["speaker"]
    assert who is not None and speaker in who["text"] and not_in not in who["text"]


def test_a_later_verb_does_not_read_past_the_connective() -> None:
    # 2015-07-21#124: "غير أن السيد اينهورن يتفق" is not read as a speaker sentences later
    text = (
        "ويقول روبرت اينهورن، الزميل البارز في معهد بروكينغز: «الاتفاق جيد». غير أن السيد اينهورن يتفق مع "
        "المنتقدين في أمر واحد. وتابع يقول إن الاتفاق يقف عائقا أمام الانتشار النووي لمدة 15 عاما فقط."
    )
    who = by_cue(analysed(text), "وتابع")["speaker"]
    assert who is not None and "اينهورن" in who["text"] and "يتفق" not in who["text"]
