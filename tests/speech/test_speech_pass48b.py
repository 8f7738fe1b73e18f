"""Quote finder, forty-eighth pass, detection (quotes round 48b).

A verb or participle form of a reporting verb right after a preposition that takes a noun (عن، في، على)
or after "(على / ب) الرغم من" is the verbal noun or a noun written alike ("عن نفي الاتهامات"، "في نقل
المعركة"، "على مذكرة التفاهم"، "وعلى الرغم من تعهد الحكومة بـ…"): no finite verb follows a preposition,
so it reports nothing. "من يقول إن …" (who says) and "إلى القول إن …" (pass 47b) still report.
A reporting verb right after a question particle (هل، متى، ماذا) is a question asked, not a report ("هل
تعتقد أن …؟", "ومتى تعلنون عن …؟"); "لماذا" and "كيف" can open an indirect question inside a report and stay.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _cues(found):
    return [q["cue"]["text"] for q in found if q.get("cue")]


def test_denial_after_about_is_a_verbal_noun():
    found = analysed("ولم يتوقف المسؤولون عن نفي الاتهامات الموجهة إلى بلادهم بدعم الجماعات المسلحة عبر الحدود.")
    assert "نفي" not in _cues(found)


def test_pledge_after_despite_is_a_verbal_noun():
    found = analysed("وعلى الرغم من تعهد الوزارة بعدم رفع الرسوم هذا العام، فإن الأسعار ارتفعت في الأسواق.")
    assert "تعهد" not in _cues(found)


def test_denial_after_bi_despite_is_a_verbal_noun():
    found = analysed("وعادت الخلافات إلى الحزب بالرغم من نفي قياداته لذلك في مؤتمر صحفي.")
    assert "نفي" not in _cues(found)


def test_denial_after_in_is_a_verbal_noun():
    found = analysed("وقد استعجلت الهيئة في نفي الخبر وتخطئته قبل التحقق منه.")
    assert "نفي" not in _cues(found)


def test_the_verb_itself_still_reports():
    found = analysed("ونفى المتحدث باسم الوزارة أن تكون الحكومة قد رفعت أسعار الوقود.")
    assert "ونفى" in _cues(found)


def test_who_says_still_reports():
    found = analysed("وهناك من يقول إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert "يقول" in _cues(found)


def test_the_name_ali_before_a_verb_is_no_preposition():
    found = analysed("وصدر القانون في عهد الرئيس زين العابدين بن علي يقول المعارضون إنه قيد حرية الصحافة.")
    assert "يقول" in _cues(found)


def test_a_question_in_an_interview_reports_nothing():
    found = analysed("وسأل المحاور: هل تعتقد أنه من الممكن أن تكون لديكم علاقة بناءة مع الجيران؟")
    assert "تعتقد" not in _cues(found)


def test_when_will_you_announce_reports_nothing():
    found = analysed("ومتى تعلنون عن أسماء المستفيدين من القروض السكنية؟")
    assert "تعلنون" not in _cues(found)


def test_why_she_demanded_still_reports():
    found = analysed("ومن هنا نفهم لماذا طالبت اللجنة بتأجيل الانتخابات إلى العام المقبل.")
    assert "طالبت" in _cues(found)
