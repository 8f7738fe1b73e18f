"""Session 35, lead13: the blessing on the Prophet right after a reporting verb stands for its subject ("قال صلى
الله عليه وسلم: «…»"، "حيث قال -صلى الله عليه وسلم-: "…""، "فقال عليه الصلاة والسلام: …"، "مستدلا بقوله صلى الله
عليه وسلم: «…»"). Before, the blessing was read as a speaker phrase "صلى الله" (naming "الله") or as no subject, and
the hadith went to the writer's last speaker — the preacher quoting it, the man the Prophet answered, or a word
of the quote. Now (speakers.py ``prophet_subject``) the Prophet speaks: at the article's latest fuller mention of
him with a blessing before the cue ("رسول الله -صلى الله عليه وسلم-"), else at the blessing itself; and, being
cited, he is not whom the preacher's next "وأضاف" goes on with. Found by reading random articles outside the gold
(2015-07-24#1858)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_blessing_alone_after_the_verb() -> None:
    found = quotes("وللمرابطين على الحدود أجر عظيم، قال صلى الله عليه وسلم: «عينان لا تمسهما النار يوم القيامة».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "صلى الله عليه وسلم")]


def test_hadith_in_a_sheikh_statement_is_not_the_sheikh() -> None:
    found = quotes("وأوضح الشيخ سالم الحربي أن الزكاة حق للفقراء. وقد قال عليه الصلاة والسلام: «الدين النصيحة». "
                   "وأضاف الحربي أن الصدقة تطفئ الخطيئة.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("indirect", "الشيخ سالم الحربي"), ("direct", "عليه الصلاة والسلام"), ("indirect", "الشيخ سالم الحربي")]


def test_fuller_earlier_mention_with_its_blessing() -> None:
    found = quotes("وقد أوصى رسول الله -صلى الله عليه وسلم- بالجار خيراً، حيث قال -صلى الله عليه وسلم-: "
                   "\"ما زال جبريل يوصيني بالجار حتى ظننت أنه سيورثه\".")
    assert found[-1][0] == "direct"
    assert found[-1][2] == "رسول الله -صلى الله عليه وسلم"


def test_answer_to_the_one_who_spoke_before() -> None:
    found = quotes("وفي الحديث أن رجلا جاء إلى رسول الله، صلى الله عليه وسلم، فقال: «يا رسول الله أوصني»، "
                   "فقال عليه الصلاة والسلام: «لا تغضب».")
    assert found[-1][2] == "رسول الله، صلى الله عليه وسلم"


def test_verbal_noun_of_saying() -> None:
    found = quotes("وختم الخطيب بالتذكير بحرمة الدماء، مستدلا بقوله صلى الله عليه وسلم: «لزوال الدنيا أهون عند الله "
                   "من قتل رجل مسلم».")
    assert [(kind, speaker) for kind, _, speaker, _ in found if kind == "direct"] == [("direct", "صلى الله عليه وسلم")]


def test_guard_god_named_after_a_hadith_is_not_the_prophet() -> None:
    found = quotes("قال صلى الله عليه وسلم: «المسلم من سلم المسلمون من لسانه ويده»، وقد توعد الله من آذى المسلمين "
                   "بالعذاب الأليم.")
    assert [speaker for _, cue, speaker, _ in found if cue == "توعد"] == ["الله من آذى المسلمين"]


def test_guard_named_prophet_before_the_verb_unchanged() -> None:
    found = quotes("وقال النبي صلى الله عليه وسلم: «الكلمة الطيبة صدقة».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "النبي صلى الله")]


def test_guard_blessing_in_the_narration_is_no_subject() -> None:
    found = quotes("وأكد الشيخ فهد العتيبي أن سنة النبي صلى الله عليه وسلم تحث على الرفق بالناس.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("indirect", "الشيخ فهد العتيبي")]
