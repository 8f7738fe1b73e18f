"""Session 27, pass q68: a definite group of unnamed sources keeps its own mention.

"وذكرت المصادر الخاصة أن …", "تقول الأوساط الفرنسية إن …": a definite plural of unnamed sources
(``group_anaphors`` in ``data/word_classes.tsv``) with a definite adjective of its own is the speaker
as written, not the earlier group ("مصادر في المقاومة", "أوساط إعلامية وبحثية فرنسية") — the gold keeps
it. Alone ("وبينت المصادر"), with "نفسها" or an adjective that points back ("المشار إليها") it still
refers back to the group before.
"""

from __future__ import annotations

from entity_quotes import speaker_of_content as speaker_of


def test_sources_with_an_adjective_of_their_own_keep_it() -> None:
    text = ("وكشفت مصادر في المعارضة المسلحة أن القوات تقدمت نحو المطار. "
            "وقالت المصادر الخاصة إن الغارات دمرت مستودعات للذخيرة قرب الميناء.")
    assert speaker_of(text, "الغارات دمرت") == "المصادر الخاصة"


def test_circles_with_a_nisba_of_their_own_keep_it() -> None:
    text = ("وتقول أوساط سياسية وإعلامية فرنسية إن الاتفاق لا يمنع التخصيب كليا. "
            "وتقول الأوساط الفرنسية إن المفاوضين قبلوا بآلية رقابة ضعيفة.")
    assert speaker_of(text, "المفاوضين قبلوا") == "الأوساط الفرنسية"


def test_guard_bare_sources_refer_back_to_sources() -> None:
    text = ("وقالت مصادر مطلعة في الوزارة إن اللجنة ستجتمع الأسبوع المقبل. "
            "وأضافت المصادر أن القرار سيصدر قبل نهاية الشهر.")
    assert speaker_of(text, "القرار سيصدر") == "مصادر مطلعة في الوزارة"


def test_guard_the_same_sources_refer_back() -> None:
    text = ("وقالت مصادر أمنية إن الشرطة أوقفت ثلاثة مشتبه بهم. "
            "وأوضحت المصادر نفسها أن التحقيق ما زال جاريا.")
    assert speaker_of(text, "التحقيق ما زال") == "مصادر أمنية"


def test_guard_singular_source_still_refers_back() -> None:
    text = ("وقال مسؤول في الوزارة إن الاجتماع تأجل إلى موعد لاحق. "
            "وأضاف المصدر أن الأسباب فنية بحتة.")
    assert speaker_of(text, "الأسباب فنية") == "مسؤول في الوزارة"


def test_guard_circles_referred_to_refer_back() -> None:
    text = ("وقالت الأوساط الدبلوماسية الأوروبية إن المفاوضات ستستأنف في الخريف. "
            "وتضيف الأوساط المشار إليها أن الخلاف على آلية التفتيش لم يحسم بعد.")
    assert speaker_of(text, "الخلاف على") == "الأوساط الدبلوماسية الأوروبية"
