"""Quote finder, sixteenth pass (quotes round 16): direct-quote speakers on the unseen draw of seed
20164 — an age in brackets after a name is not part of the speaker ("وكتب سميث (46 عاما)"), and a
bulleted quotation alone in its paragraph takes for speaker the person the next line names (a box of
the week's sayings). Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue


def _direct(found) -> list[dict]:
    return [q for q in found if q["kind"] == "direct"]


def _speaker(quote) -> str | None:
    return quote["speaker"]["text"] if quote.get("speaker") else None


# --- an age in brackets ends the speaker ----------------------------------------------------------

def test_age_in_brackets_after_a_surname_is_not_the_speaker():
    found = analysed("نفت المغنية الأمريكية كاتي بيري شائعات اعتزالها.\n"
                     "وكتبت بيري (30 عاما) على حسابها: \"لن أتوقف عن الغناء ما دمت قادرة على الوقوف على المسرح\".")
    assert _speaker(by_cue(found, "وكتبت")) == "بيري"


def test_age_in_brackets_ends_the_speaker_of_an_indirect_quote():
    found = analysed("وقال المواطن خالد سعيد (45 سنة) إن الزحام في الطريق يبدأ منذ ساعات الصباح الأولى.")
    assert _speaker(by_cue(found, "وقال")) == "المواطن خالد سعيد"


def test_brackets_that_are_not_an_age_stay_in_the_speaker():
    found = analysed("وقال المتحدث باسم وكالة الأنباء السعودية (واس) إن الوكالة ستغطي الحدث مباشرة.")
    assert _speaker(by_cue(found, "وقال")) == "المتحدث باسم وكالة الأنباء السعودية (واس)"


# --- a bulleted saying, its speaker on the next line ---------------------------------------------

SAYINGS = (
    "أقوال الأسبوع\n"
    "* «نحن لن نقبل بأي اتفاق لا يحفظ حقوق شعبنا في أرضه ومياهه».\n"
    "وزير الخارجية المصري سامح شكري خلال لقائه نظيره الأردني في القاهرة يوم الأحد\n"
    "* «الاقتصاد العالمي يمر بمرحلة صعبة تتطلب تعاونا أكبر بين الدول الكبرى».\n"
    "رئيسة صندوق النقد الدولي كريستين لاغارد في مؤتمر صحفي بواشنطن\n"
)


def test_each_bulleted_saying_takes_the_speaker_named_under_it():
    quotes = _direct(analysed(SAYINGS))
    assert len(quotes) == 2
    assert quotes[0]["text"].startswith("نحن لن نقبل")
    assert _speaker(quotes[0]).startswith("وزير الخارجية المصري سامح شكري")
    assert quotes[1]["text"].startswith("الاقتصاد العالمي")
    assert _speaker(quotes[1]).startswith("رئيسة صندوق النقد الدولي كريستين لاغارد")


def test_a_quotation_without_a_bullet_goes_on_with_the_speaker_before():
    found = analysed("وقال وزير الصحة الدكتور أحمد الخطيب للصحفيين:\n"
                     "«سنفتتح خمسة مستشفيات جديدة في المنطقة قبل نهاية العام المقبل».\n"
                     "المدير العام للشؤون الصحية في المنطقة الدكتور سعد القحطاني أوضح أن العمل بدأ.")
    [quote] = _direct(found)
    assert _speaker(quote).startswith("وزير الصحة الدكتور أحمد الخطيب")


def test_a_bulleted_saying_with_words_after_it_is_not_captioned():
    found = analysed("وقال رئيس النادي الأستاذ فهد المطيري في كلمته:\n"
                     "* «هذا الموسم سيكون مختلفا تماما عن المواسم السابقة بإذن الله» وهو ما أكده المدرب.\n"
                     "المدرب البرتغالي جوزيه مورايس وصل إلى الرياض أمس.")
    quotes = [q for q in _direct(found) if q["text"].startswith("هذا الموسم")]
    assert quotes and not _speaker(quotes[0]).startswith("المدرب")


# --- "وزاد" before a colon or a quotation: "he added" ----------------------------------------------

def test_zada_before_a_quotation_adds_to_the_speaker_before():
    found = analysed("وقال مدرب الفريق خالد العطوي: \"قدمنا مباراة كبيرة أمام منافس قوي\".\n"
                     "وزاد \" اللاعبون نفذوا كل ما طلبناه منهم في التدريبات وسنواصل العمل للمباراة القادمة\".")
    quote = by_cue(found, "وزاد")
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("اللاعبون نفذوا")
    assert _speaker(quote) == "مدرب الفريق خالد العطوي"


def test_zada_without_a_quotation_is_an_ordinary_verb():
    found = analysed("وزاد عدد زوار المعرض هذا العام على مئة ألف زائر بحسب إحصاءات اللجنة المنظمة للمعرض.")
    assert not any((q.get("cue") or {}).get("text") == "وزاد" for q in found)


def test_the_name_yazid_is_not_a_cue():
    found = analysed("وقال عضو مجلس الإدارة يزيد الشهري إن النادي سيعلن عن صفقاته الجديدة الأسبوع المقبل.")
    assert _speaker(by_cue(found, "وقال")) == "عضو مجلس الإدارة يزيد الشهري"
