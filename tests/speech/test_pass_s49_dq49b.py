"""Session 49, pass dq49b (docs/evaluation/quotes.md, "Session 49, dq49b"): direct quotes of layout shapes on unseen news.

- dq49b: "سأل" (to ask) is a reporting verb of quotations (verbs.tsv, flags ``colon,quote,ask``): the question in
  marks after it is its asker's ("وسأل فوكسمان: «هل …؟»"، "سأله بائع التذاكر: «…؟»"). Before, such a question
  was found only with no cue, its speaker read from the layout ("وسأل فوكسمان" as a name), or not at all. Only where
  the words after it hold a question mark (extract.py ``asks_a_question``: "وأكدت كلينتون عندما سألها صحافيون …:
  «أنا واثقة …»" is an answer) and an asker stands right after it (``asker_follows``: a speaker phrase, not "وسأل جدّه:
  «…»", the one asked, nor a manner). "سألت" (I asked) and the first person present stay out: the writer asks (dq43d).
"""

from entity_quotes import analysed

NAMED_ASKER = (
    "وقال المهندس خالد الزهراني إن المشروع تأخر عن موعده عامين. وسأل المواطن فهد القحطاني: "
    "«إلى متى ننتظر افتتاح الطريق؟»."
)
ASKER_AFTER_PRONOUN = (
    "وتحدث المدرب عن مستقبله في النادي بعد الخسارة. وعندما سأله أحد الصحافيين: «هل تفكر في الرحيل؟» ابتسم ولم يجب."
)
SAME_SPEAKER = (
    "وأكد رئيس الرابطة سامي العمري أن الاتفاق سيئ للجميع. وسأل العمري: «هل يعني هذا أن كل من يعارضه "
    "يريد الحرب؟» وأجاب: «هذا ظلم كبير لنا»."
)

# guards: an answer after "عندما سألها", and a noun with its pronoun after the verb (the one asked)
ANSWER_AFTER_ASKING = (
    "وأكدت وزيرة الصحة سارة العلي عندما سألها صحافيون خلال زيارتها للمستشفى: «لن نغلق أي قسم هذا العام»."
)
ONE_ASKED = "وقال الطفل سعيد الحربي إنه خائف من الظلام، وسأل جدّه: «متى نعود إلى البيت؟»"


def _question(text: str, words: str) -> tuple[str | None, str | None]:
    """The cue and speaker of the direct quote holding ``words`` (None, None where none holds them)."""
    for quote in analysed(text):
        if quote["kind"] == "direct" and words in quote["text"]:
            return (quote["cue"] or {}).get("text"), quote["speaker"]["text"]
    return None, None


def test_named_asker_speaks():
    assert _question(NAMED_ASKER, "إلى متى ننتظر") == ("وسأل", "المواطن فهد القحطاني")


def test_asker_after_object_pronoun():
    assert _question(ASKER_AFTER_PRONOUN, "هل تفكر في الرحيل") == ("سأله", "أحد الصحافيين")


def test_question_is_the_askers_cue():
    assert _question(SAME_SPEAKER, "هل يعني هذا") == ("وسأل", "رئيس الرابطة سامي العمري")


def test_answer_is_not_the_question():
    assert _question(ANSWER_AFTER_ASKING, "لن نغلق أي قسم") == ("وأكدت", "وزيرة الصحة سارة العلي")


def test_one_asked_is_no_asker():
    assert _question(ONE_ASKED, "متى نعود")[1] != "جدّه"
    assert all((q["cue"] or {}).get("text") != "وسأل" for q in analysed(ONE_ASKED))
