"""Session 49, lead49d (docs/evaluation/quotes.md, "Session 49, lead49d"): the blessing on a Companion, "رضي الله
عنه / عنها / عنهما" (also written "رضى"), ends the name before it and, right after a verb, is no subject (phrases.py
``companion_blessing_at``); the word after a kunya's "أبو / أبي / أبا" is a name, not a reporting verb ("علي بن أبي
طالب" read "طالب" as "demanded": ``kunya_particles``). Made-up sentences in the style of Friday columns.
"""

from entity_quotes import analysed, speaker_of_words


def test_the_blessing_after_a_name_is_no_part_of_the_speaker():
    text = "وكان الطعام قليلا في ذلك الزمان، كما قال أبو سعيد الخدري رضي الله عنه: «كنا نخرج صاعا من طعام»."
    assert speaker_of_words(text, "كنا نخرج صاعا") == "أبو سعيد الخدري"


def test_a_verb_followed_by_the_blessing_goes_back_to_the_one_named():
    text = (
        "ويمثل المؤمنين حقا الصحابي الجليل عمر بن الخطاب عندما قال رضى الله عنه مادحا أبا بكر الصديق: "
        "أبو بكر سيدنا وأعتق سيدنا."
    )
    assert "عمر بن الخطاب" in speaker_of_words(text, "أبو بكر سيدنا")


def test_a_kunya_name_is_no_reporting_verb():
    text = "وشهد مسجد الإمام علي بن أبي طالب رضي الله عنه ببلدة القديح صلاة الجمعة بحضور المصلين."
    assert [q["cue"]["text"] for q in analysed(text) if q.get("cue")] == []


def test_a_verb_after_a_name_still_reports():
    text = "وطالب المواطن أبو محمد الزهراني البلدية بإصلاح الطريق قبل موسم الأمطار."
    assert [q["cue"]["text"] for q in analysed(text) if q.get("cue")] == ["وطالب"]
