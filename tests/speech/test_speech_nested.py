"""Quotes within quotes: reported speech inside reported speech, a quotation opened inside an open one,
and scripture (verses, hadith) cited inside someone's words, which is a quote of its own. Texts run
through segment, ner and link (``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def test_a_quote_within_reported_speech_is_a_second_quote_with_its_own_speaker():
    found = analysed("وقال المحامي عبد المنعم عبد المقصود لرويترز إن مرسي قال “إنه ممتنع عن تناول أطعمة السجن "
                     "لأنه لا يثق بها.”")
    outer, inner = by_cue(found, "وقال"), by_cue(found, "قال")
    assert outer["speaker"]["text"] == "المحامي عبد المنعم عبد المقصود"
    assert outer["text"].startswith("مرسي قال")
    assert outer["via_text"]["text"] == "لرويترز"
    assert inner["speaker"]["text"] == "مرسي"
    # “إنه …” is direct from إنه (the gold's convention, session 50 conv50)
    assert inner["kind"] == "direct"
    assert inner["text"] == "إنه ممتنع عن تناول أطعمة السجن لأنه لا يثق بها"


def test_reported_speech_inside_reported_speech_gives_two_quotes():
    found = analysed("وذكرت وكالة الأنباء الرسمية أن القاضي محمد فهمي قال إن المحكمة ستوافق على الطلب.")
    outer, inner = by_cue(found, "وذكرت"), by_cue(found, "قال")
    assert outer["text"] == "القاضي محمد فهمي قال إن المحكمة ستوافق على الطلب"
    assert inner["speaker"]["text"] == "القاضي محمد فهمي"
    assert inner["text"] == "المحكمة ستوافق على الطلب"


def test_first_person_speech_inside_a_quote_stays_nested():
    found = analysed('وقال الأمير: "بعض الأقلام اختفت تماما عن الهاشتاق. إليهم أقول: "لا أعز لدينا من وطننا"".')
    assert len([q for q in found if q["kind"] == "direct"]) == 1


def test_nested_guillemets_without_a_new_speech_stay_nested():
    found = analysed("وقال الوزير: «المشروع المسمى «طريق 8» سيكتمل قريبا».")
    assert len(found) == 1 and "طريق 8" in found[0]["text"]


def test_a_quotation_inside_an_open_quotation_stays_nested_without_a_verb_before_it():
    found = analysed('وقال مدير المرور: "بدأ العمل في الطريق الجديد. والمشروع المسمى "طريق الملك" '
                     'سيخفف الزحام في وسط المدينة"، مشيرا إلى أن العمل سينتهي قريبا.')
    quote = by_cue(found, "وقال")
    assert quote["text"].startswith("بدأ العمل") and quote["text"].endswith("وسط المدينة")


def test_cited_hadith_after_its_lead_word_is_a_quote():
    found = analysed("وأكد الخطيب حرمة الدماء. وفي الحديث «لا يزال المرء في فسحة من دينه ما لم يصب دما حراما».")
    assert [q for q in found if q["kind"] == "direct"]


# --- "بقوله تعالى: «…»": the verse is God's words, cited; the preacher goes on -----------------

def test_quoted_verse_after_qawluhu_taala_is_cited_scripture():
    found = analysed('وحذر خطيب الجامع من الغيبة والنميمة مستدلا بقوله تعالى: "ولا يغتب بعضكم بعضا أيحب أحدكم '
                     'أن يأكل لحم أخيه ميتا". وأضاف الخطيب أن المجتمع يحتاج إلى التسامح.')
    [verse] = [q for q in found if q["kind"] == "direct"]
    assert verse["speaker"]["text"] == "تعالى"
    assert "خطيب" in by_cue(found, "وأضاف")["speaker"]["text"]


# --- verses cited in parentheses ------------------------------------------------------------

def test_verses_in_parentheses_after_taala_are_direct_quotes_of_god():
    found = analysed("وحذر خطيب الجامع من أعمال العنف التي تهدد أمن البلاد، مستشهداً بقوله تعالى: (ولا تقتلوا "
                     "النفس التي حرم الله إلا بالحق) وقوله تعالى: (ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها).")
    verses = [q for q in found if q["kind"] == "direct"]
    assert [q["text"][:8] for q in verses] == ["ولا تقتل", "ومن يقتل"]
    assert all(q["speaker"]["text"] == "تعالى" for q in verses)


def test_verse_inside_reported_speech_is_its_own_quote_and_the_preacher_goes_on():
    found = analysed("وقال إمام المسجد إن هذا الاعتداء انتهاك لحرمة بيوت الله، قال تعالى: (ومن أظلم ممن منع "
                     "مساجد الله أن يذكر فيها اسمه وسعى في خرابها). وأضاف أن على الجميع الحذر من هذه الفئة.")
    verse = by_cue(found, "قال")
    assert verse["kind"] == "direct" and verse["text"].startswith("ومن أظلم")
    assert by_cue(found, "وأضاف")["speaker"]["text"] == "إمام المسجد"


def test_verse_after_a_that_clause_of_someone_else():
    found = analysed("العقل يقول: إن الحب طاقة مؤقتة تشبه النار التي تشتعل ثم تخبو، ولم يركز الدين على الحب بين "
                     "الزوجين، وإنما ركز على الرحمة، حيث قال تعالى: (وجعل بينكم مودة ورحمة).")
    verse = by_cue(found, "قال")
    assert verse["kind"] == "direct" and verse["text"] == "وجعل بينكم مودة ورحمة"


def test_other_parentheses_are_not_quotations():
    found = analysed("وتشمل الجوائز ثلاث فئات هي (الذهبية، الفضية، البرونزية) بحسب ما أعلنته اللجنة المنظمة.")
    assert [q["kind"] for q in found] == ["according_to"]
    assert "(الذهبية" in found[0]["text"]
