"""Pass s56 anon59: a source who asked not to be named ("رفض الإفصاح عن هويته"، "فضل عدم ذكر اسمه") is
anonymous, whether the request follows the phrase, is set off inside it by dashes or quotation marks, or uses
"الإفصاح عن" with no "عدم"; the request's "ذكر" is no cue; a request that hides only part of a name ("اسم
عائلته") leaves a named speaker named."""

from __future__ import annotations

import pytest

from tests.speech.entity_quotes import analysed, containing


def _speaker(text: str, words: str) -> dict:
    return containing(analysed(text), words)["speaker"]


@pytest.mark.parametrize(("text", "words", "who"), [
    # "الإفصاح عن" with no "عدم": the request ends the phrase, as "طلب عدم نشر اسمه" does
    ("وقال مسؤول في البلدية رفض الإفصاح عن هويته إن أعمال الصيانة ستنتهي الشهر المقبل.",
     "أعمال الصيانة", "مسؤول في البلدية"),
    ("وقالت مصادر في الاتحاد رفضت الافصاح عن هويتها إن المدرب الجديد سيصل غدا.",
     "المدرب الجديد", "مصادر في الاتحاد"),
    # "رفض ذكر اسمه" set off by commas: "ذكر" is no cue, and "اسمه" no speaker
    ("وأكد موظف في المصنع، رفض ذكر اسمه، أن الإنتاج توقف منذ أسبوع.", "الإنتاج توقف", "موظف في المصنع"),
    ("وقال أحد السكان رافضا نشر اسمه: «المياه مقطوعة منذ ثلاثة أيام».", "المياه مقطوعة", "أحد السكان"),
])
def test_request_ends_phrase(text: str, words: str, who: str) -> None:
    speaker = _speaker(text, words)
    assert (speaker["text"], speaker["anonymous"]) == (who, True)


@pytest.mark.parametrize(("text", "words"), [
    # set off inside the phrase, after a title that is otherwise not unnamed
    ("وأكد مدير تنفيذي لإحدى شركات النقل - فضل عدم ذكر اسمه - أن الطلب على الشحن ارتفع.", "الطلب على الشحن"),
    ("وأوضح المحلل- الذي فضل عدم ذكر اسمه- أن المؤشر سيواصل الصعود.", "المؤشر سيواصل"),
    # in quotation marks inside the phrase: a request, not a quoted name
    ("واعترف موظف سابق في شركة النقل \"رفض الإفصاح عن هويته\" أن الإدارة أخطأت في قراراتها.", "الإدارة أخطأت"),
    ("وأكد عضو في لجنة الحكام \"تحفظ على ذكر اسمه\" أن القرار نهائي.", "القرار نهائي"),
    # "الإفصاح عن" in a relative clause after a rank with its article
    ("وقال القائد الميداني الذي رفض الإفصاح عن هويته لأسباب أمنية إن الهجوم صُد.", "الهجوم صُد"),
])
def test_request_makes_anonymous(text: str, words: str) -> None:
    assert _speaker(text, words)["anonymous"] is True


@pytest.mark.parametrize(("text", "words", "who", "anonymous"), [
    # part of a name hidden: the speaker named by his given name stays named
    ("يقول سامي، صاحب المتجر الذي لم يرغب في الإفصاح عن اسم عائلته، إن الزبائن قلوا هذا الصيف.",
     "الزبائن قلوا", "سامي", False),
    # what is not disclosed is no name at all
    ("وقال محمد العتيبي الذي رفض الإفصاح عن قيمة الصفقة إن الشركة ستعلن النتائج قريبا.",
     "ستعلن النتائج", "محمد العتيبي", False),
    # a name that is the object of identifying, not a request
    ("وأوضح مدير الشرطة خالد الحربي أن التحريات جارية لتحديد هوية المتورطين في الحادث.",
     "التحريات جارية", "مدير الشرطة خالد الحربي", False),
    # the request in its usual place: anonymous as before
    ("وأضاف مصدر أمني طلب عدم نشر اسمه أن القوات سيطرت على الموقع.", "القوات سيطرت", "مصدر أمني", True),
])
def test_guards(text: str, words: str, who: str, anonymous: bool) -> None:
    speaker = _speaker(text, words)
    assert who in (speaker["text"] or "")
    assert speaker["anonymous"] is anonymous


NAMED_AGENT = "وقال ماجد الشهري، الوكيل التجاري لمجموعة شركات النقل البحري في المملكة، إن الطلب ارتفع. "


@pytest.mark.parametrize("request_words", ["طلب عدم ذكر اسمه", "رفض ذكر اسمه"])
def test_unnamed_agent_is_not_the_named_one(request_words: str) -> None:
    # one who asks not to be named is not the person named before with the same title, and does not make
    # him anonymous
    text = NAMED_AGENT + f"من جهته، أوضح وكيل تجاري {request_words}، أن الأسعار ستستقر قريبا."
    found = analysed(text)
    named, unnamed = containing(found, "الطلب ارتفع")["speaker"], containing(found, "ستستقر")["speaker"]
    assert (named["anonymous"], unnamed["text"], unnamed["anonymous"]) == (False, "وكيل تجاري", True)


def test_but_after_request_goes_on_with_speaker() -> None:
    # the request closing the first content is the speaker's; "لكنه" goes on with him, not with a noun inside
    text = ("أكد سعد القحطاني رئيس نادي الشروق، أن فريقه اقترب من ضم مدافع أجنبي يلعب في الدوري الفرنسي، "
            "رافضاً الإفصاح عن هويته أو جنسيته، لكنه أكد أنه سيصل الأسبوع المقبل.")
    assert "سعد القحطاني" in (containing(analysed(text), "سيصل الأسبوع")["speaker"]["text"] or "")
