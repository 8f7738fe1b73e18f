"""Session 43, pass dq43 (docs/evaluation/quotes.md, "Session 43, dq43"): direct quotes' speakers.

- dq43a: a sentence the segmenter began inside an earlier quote's marks ("«… أراقب الناس وأدرسهم …»") gives no
  narrated subject to a later cue with none of its own ("أما عن الشعر، فقال: «…»"): the speaker goes on
  (speakers.py ``narrative_subject``, the sentences before the cue's; lead42h did it for the cue's own sentence);
- dq43b: a manner noun written with ب right after a reporting verb ("وردت بغيظ: «…»"، "ويضيف بحماس: «…»") says how
  the words were said, never who said them: the speaker goes on, or is the subject written after it (phrases.py
  ``manner_of_saying``, ``manner_before_subject``; manner_bi in clause_words.tsv);
- dq43c: a preposition with a pronoun right after the verb ("وأضاف لي: «…»"، "قال لي المخرج …: «…»") is whom the
  words were said to: with a subject after it the subject speaks, with none the speaker goes on; "لي" that begins
  a longer name the tagger found ("لي ولوسكي") stays a name (phrases.py ``pronoun_pp_at``);
- dq43d: a cue with no subject of its own a few sentences after the writer asked someone by name ("سألت قائد
  المجموعة: …؟ أجاب: «…»") is the answer of the one asked, not the last speaker's words (speakers.py
  ``asked_subject``; asking_verb in clause_words.tsv);
- dq43e: a verb of concluding with a thing concluded for object ("قبل أن يختتم الفريق جولته …: «…»") introduces
  no quotation; the cue further back does (direct.py ``concludes_a_thing``; conclude_verb, concluded_thing in
  clause_words.tsv).
"""

from entity_quotes import speaker_of_content

import khabar

POET = (
    "وقال الشاعر خوان هيريرا في حديث لإذاعة محلية: «أحب زيارة المعارض والمتاحف. أراقب الناس وأدرسهم. أكتب "
    "وأكتب في دفتري الصغير».\n\n"
    "أما عن الشعر السياسي، فقال: «بعد أن اختارني حاكم الولاية شاعرا لها، بدأت مشروعا عن وحدة العالم»."
)


def test_a_sentence_inside_an_earlier_quotation_gives_no_subject() -> None:
    speaker = speaker_of_content(POET, "بعد أن اختارني") or ""
    assert "هيريرا" in speaker and "الناس" not in speaker


def test_a_narrated_sentence_after_a_quotation_still_gives_its_subject() -> None:
    # guard: the sentence between the two quotes is the writer's, and its subject speaks next
    text = (
        "وقال المدير التنفيذي للشركة سامي العتيبي: «نحن راضون عن نتائج الربع الأول».\n\n"
        "وزار وزير التجارة خالد الحمدان مقر الشركة أمس برفقة عدد من المسؤولين.\n\n"
        "وقال: «الشركات الوطنية تستحق الدعم الكامل»."
    )
    assert "الحمدان" in (speaker_of_content(text, "الشركات الوطنية") or "")


def test_a_manner_noun_after_the_verb_is_no_speaker() -> None:
    text = (
        "وقالت الممثلة سامية جمال إن العمل في السينما كان حلمها منذ الصغر.\n\n"
        "وردت بغيظ على سؤال عن اعتزالها: «لن أترك الفن مهما قالوا»."
    )
    speaker = speaker_of_content(text, "لن أترك الفن") or ""
    assert "سامية" in speaker and "بغيظ" not in speaker


def test_a_tagged_manner_noun_is_no_speaker_either() -> None:
    # "بحماس" also reads as "with Hamas", a name the tagger finds
    text = (
        "وقال مدرب الفريق رافاييل بينيتيز إن اللاعبين في حالة جيدة.\n\nويضيف بحماس: «سنقاتل على كل الألقاب هذا الموسم»."
    )
    speaker = speaker_of_content(text, "سنقاتل على") or ""
    assert "بينيتيز" in speaker and "بحماس" not in speaker


def test_the_subject_after_a_manner_noun_speaks() -> None:
    text = "وبعد نهاية المباراة قال بحزن المدرب رافاييل بينيتيز: «لم نلعب كما يجب اليوم»."
    speaker = speaker_of_content(text, "لم نلعب") or ""
    assert "بينيتيز" in speaker and "بحزن" not in speaker


def test_a_name_opening_with_ba_still_speaks() -> None:
    # guard: "بسام" is a given name, no manner
    text = "وقال بسام الشماع، الخبير في الآثار المصرية: «المعبد يحتاج إلى ترميم عاجل»."
    assert "الشماع" in (speaker_of_content(text, "المعبد يحتاج") or "")


def test_whom_it_was_said_to_is_no_speaker() -> None:
    text = (
        "وقال رئيس الوزراء الإيطالي ماتيو رينزي إن بلاده تدعم الاتفاق.\n\n"
        "وأضاف لي: «لا يمكن أن يكون هناك حل على حساب أحد»."
    )
    speaker = speaker_of_content(text, "لا يمكن أن يكون") or ""
    assert "رينزي" in speaker and speaker != "لي"


def test_the_subject_after_whom_it_was_said_to_speaks() -> None:
    text = "وخلال التصوير قال لي المخرج محمد كريم: «أريد أن أرى الغضب على وجهك»."
    assert "محمد كريم" in (speaker_of_content(text, "أريد أن أرى") or "")


def test_lee_as_the_first_word_of_a_name_stays_a_name() -> None:
    # guard: "لي ولوسكي" is a man's name, not "to me"
    text = "وصرح لي ولوسكي، المبعوث الأميركي الجديد لشؤون الترحيل، في بيان: «نعمل على إعادة توطينهم»."
    assert "ولوسكي" in (speaker_of_content(text, "نعمل على") or "")


def test_the_one_the_writer_asked_answers() -> None:
    text = (
        "تحدث الجنود عن حياتهم اليومية على الحدود. سألت قائد السرية الميدانية: ما الذي تشعرون به والقتال "
        "قد يندلع في أي لحظة؟ أجاب: «نحن مستعدون لكل الاحتمالات»."
    )
    assert "قائد السرية" in (speaker_of_content(text, "نحن مستعدون") or "")


def test_the_one_asked_answers_after_a_quoted_question() -> None:
    text = (
        "وقال مدير المكتب فهد السالم: «العمل يسير كالمعتاد».\n\n"
        "وسألت الموظف ماجد: «هل عاد المدير من السفر؟».\n\n"
        "فقال لي وهو يبتسم: «لم يعد بعد، وسيصل غدا»."
    )
    speaker = speaker_of_content(text, "لم يعد بعد") or ""
    assert "ماجد" in speaker and "سألت" not in speaker
    # the question is the writer's, not a quote of the one asked with "وسألت" in his name
    quotes = khabar.analyze(text, published="2015-08-01").quotes
    assert all("سألت" not in ((q["speaker"] or {}).get("text") or "") for q in quotes)


def test_asking_him_leaves_the_speaker_going_on() -> None:
    # guard: "سألته" names no one, the speaker quoted before answers
    text = "وقال المدير فهد السالم: «الوضع صعب هذا العام». سألته عن السبب فقال: «الميزانية لا تكفي»."
    assert "السالم" in (speaker_of_content(text, "الميزانية لا تكفي") or "")


def test_a_woman_after_saalat_is_the_one_asking() -> None:
    # guard: "وسألت نادية" is "Nadia asked": the question is hers
    text = "وقال المدير فهد السالم: «العمل يسير». وسألت نادية بصوتها الهادئ: «هل عاد المدير من السفر؟»."
    assert "نادية" in (speaker_of_content(text, "هل عاد المدير") or "")


def test_concluding_a_tour_introduces_no_quotation() -> None:
    text = (
        "وقال مدرب الفريق الهولندي يان فيرمان الذي يستعد لمواجهة فريقه السابق يوم السبت قبل أن يختتم النادي "
        "جولته الآسيوية أمام منافس قوي: «لا أتحدث عن الشائعات أبدا»."
    )
    speaker = speaker_of_content(text, "لا أتحدث") or ""
    assert "فيرمان" in speaker and "جولته" not in speaker


def test_concluding_a_speech_still_introduces_it() -> None:
    # guard: a talk or a letter concluded is the words that follow
    text = "وتحدث وزير الرياضة عن الاستعدادات، واختتم الوزير كلمته: «نحن جاهزون لاستضافة البطولة»."
    assert "الوزير" in (speaker_of_content(text, "نحن جاهزون") or "")
