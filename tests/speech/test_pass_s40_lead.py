"""Session 40, the lead's pass (docs/evaluation/quotes.md, "Session 40, lead40"):

- lead40a: a paper whose name is also a common word ("الاتحاد"، "الرأي"، "المدينة"، "الوطن") written without quotation
  marks is whom words were given to only right after the reporting verb, a person's name or the words of an
  interview ("في تصريحات للمدينة"), and only where its noun phrase ends; elsewhere it is the genitive of the words
  before it ("الأمين العام للاتحاد"، "استطلاع للرأي") (region.py ``common_word_outlet_belongs``; phrases.py
  ``common_word_outlet_closes``; talk_before_outlet in word_classes.tsv);
- lead40b: an age in brackets after the speaker ("وكشف كونياكو سايتو (26 عامًا) عن …") is stepped over on the way to
  the verb's object (region.py ``scan_region``);
- lead40c: "جهود / جهد" right after a verb that takes a noun object opens the object, never the subject ("وشرح جهود
  المركز في …") (content in markers.tsv);
- lead40d: "في الكلمة التي ألقاها" after the speaker — an occasion of speech with its article and a relative clause — says
  where he spoke, not who he is (phrases.py ``occasion_named_by_relative``);
- lead40e: a verb that describes a closing source ("…، بحسب استطلاع للرأي أجري في …") ends the source phrase: the
  attributed clause does not go on there (according.py ``ends_source_phrase``; source_described_by in word_classes.tsv);
- lead40f: "مطالبة" right after a comma is the participle (demanding), not the noun (a demand) (participles.tsv: the
  ",form" extra of مطالبا; lexicon.py);
- lead40g: an indefinite verbal noun in the accusative right after a reporting verb ("وأبدى تخوفا من …"، "يعتقدون
  اعتقادا جازما") is an absolute object or the object, never the subject (phrases.py ``absolute_object``);
- lead40h: a short name in quotation marks inside a circumstance ("خلال اجتماعها الذي استضافته "غرفة جدة" اليوم، …")
  does not stop the walk to the comma after it (region.py ``past_circumstance``);
- lead40j: a verb of telling (أبلغ، أخبر; flag ``tell`` in verbs.tsv) takes whom it told as its object right after a
  complete subject: an outlet is the via ("أبلغ مسؤولون حكوميون رويترز أن …"), a person's followers the audience
  (indirect.py ``told_object``; told_after in word_classes.tsv);
- lead40l: a preposition with the body's pronoun inside a title before its holder's name ("ومدير إدارة العلاقات بها محمد
  البقمي") does not end the speaker phrase (phrases.py ``parse_np``; body_pronoun_pps in word_classes.tsv);
- lead40m: "وعن X: «…»" — a topic before a colon, no verb — is what the speaker before talks about, not who speaks
  (direct.py ``direct_from_colon``; topic_prepositions in word_classes.tsv);
- lead40n: a site ("لموقع «تي إم زد»") after a speaker's definite head or name is the via, as right after the verb
  (region.py ``via_at``, ``speaker_ends_before``);
- lead40o: "القول" right after a reporting verb ("وتابع القول: …") is its object, never its subject (phrases.py
  ``own_object``; saying_object in word_classes.tsv);
- lead40p: a present-tense plural verb after an unnamed group ("باحثون في الولايات المتحدة يسعون لتطوير …") opens a
  clause describing it and ends the speaker phrase (phrases.py ``present_plural_verb``);
- lead40k: "نعي" written with a final ي (we are aware; an obituary) is not "نعى" (mourned) (extract.py; ya_not_verb in
  word_classes.tsv).
"""

import pytest
from entity_quotes import analysed, by_cue

LEAD = "عقد الأمين العام للمركز فيصل بن معمر لقاء مع الوفد في الرياض. "

# (rule, text, cue, the speaker khabar must give that cue's quote, its via)
SPEAKERS_AND_VIAS = [
    ("lead40a", "وجاءت لبنان ثالثة. وكشف الأمين العام للاتحاد عن تقدم البنك الأهلي من المرتبة 115 إلى المرتبة 106.",
     "وكشف", "الأمين العام للاتحاد", None),
    ("lead40a", "وقالت شاران بورو الأمين العام للاتحاد العالمي للنقابات العمالية إن الإصلاح تأخر كثيرا.", "وقالت",
     "شاران بورو الأمين العام للاتحاد العالمي للنقابات العمالية", None),
    ("lead40a", "وأظهر استطلاع للرأي نشر الأسبوع الماضي أن ثلثي الناخبين يؤيدون رئيس الوزراء.", "وأظهر",
     "استطلاع للرأي", None),
    ("lead40a-guard", "وقال جمال باراس في تصريحات للمدينة، إن الخلاف يقف وراءه ثلاثة من القادة.", "وقال", "جمال باراس",
     "للمدينة"),
    ("lead40a-guard", "وقال الوزير لـ«الاتحاد» إن القرار نهائي ولا رجعة فيه.", "وقال", "الوزير", "لـ«الاتحاد»"),
    ("lead40a-guard", "وقال وزير الزراعة للحياة إن المحصول تضاعف هذا العام.", "وقال", "وزير الزراعة", "للحياة"),
    ("lead40a", "وتقدم ترامب على منافسيه، بحسب ما أظهر استطلاع جديد للرأي نشر الاثنين.", "بحسب ما أظهر",
     "استطلاع جديد للرأي", None),
    ("lead40a", "وصار الصندوق جاهزا للعمل مع بداية الخريف، حسب ما قال الجهاز التنفيذي للاتحاد الأوروبي.", "حسب ما قال",
     "الجهاز التنفيذي للاتحاد الأوروبي", None),
    ("lead40a-guard", "وقتل عشرة أشخاص في الهجوم، بحسب ما أفاد مسؤول محلي وكالة فرانس برس.", "بحسب ما أفاد",
     "مسؤول محلي", "وكالة فرانس برس"),
    ("lead40d", "نفى الرئيس التونسي الباجي قائد السبسي وجود أي خلاف مع الجزائر. وأوضح الرئيس التونسي في الكلمة التي "
                "ألقاها في ختام الندوة أن السياسة الخارجية لتونس ثابتة.", "وأوضح", "الرئيس التونسي الباجي قائد السبسي",
     None),
    ("lead40f", "أكدت الخارجية المصرية رفض مصر للتدخل في الشؤون الداخلية للدول العربية، مطالبة بضرورة الالتزام بسياسة "
                "حسن الجوار.", "مطالبة", "الخارجية المصرية", None),
    ("lead40g", "قال رئيس النادي خالد البلطان إن الفريق جاهز للموسم. وأبدى تخوفا من قلة الإمكانيات المادية للأندية.",
     "وأبدى", "رئيس النادي خالد البلطان", None),
    ("lead40o", 'وقال الشاعر محمد المعاتيق إن العيد مساحة للفرح. وتابع القول: "في العيد نفرغ للابتسامة والسعادة".',
     "وتابع", "الشاعر محمد المعاتيق", None),
    ("lead40p", "قال باحثون في الولايات المتحدة يسعون لتطوير لقاح إنهم حققوا قدرا من النجاح.", "قال",
     "باحثون في الولايات المتحدة", None),
    ("lead40p-guard", "وقال باحثون يابانيون إن النتائج مبشرة للغاية.", "وقال", "باحثون يابانيون", None),
    ("lead40n", "وقالت الشرطة لموقع «تي إم زد» إن الشاب لم يكن يعرف السباحة.", "وقالت", "الشرطة", "لموقع «تي إم زد»"),
    ("lead40n-guard", "وكشفت إحصائية لموقع «أرقام» أن الأسعار ارتفعت.", "وكشفت", "إحصائية لموقع «أرقام»", None),
    ("lead40g-guard", "وقال البابا فرنسيس إن القمة فرصة أخيرة. وأضاف البابا: «أضع آمالا كبارا في قمة باريس المقبلة».",
     "وأضاف", "البابا فرنسيس", None),
    ("lead40j", "أبلغ مسؤولون حكوميون وزراعيون رويترز أن إنتاج القمح تراجع هذا العام.", "أبلغ",
     "مسؤولون حكوميون وزراعيون", "رويترز"),
    ("lead40j", "أبلغ مسؤول كبير بمجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي) شبكة فوكس بيزنس أمس، أنه من المرجح أن "
                "ترتفع الفائدة.", "أبلغ", "مسؤول كبير بمجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)", "شبكة فوكس بيزنس"),
    ("lead40j", "وأبلغت مصادر ميدانية في المنطقة «الشرق الأوسط» أن القوات تقدمت نحو المدينة.", "وأبلغت",
     "مصادر ميدانية في المنطقة", "الشرق الأوسط"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected", "via"), SPEAKERS_AND_VIAS,
                         ids=[case[0] for case in SPEAKERS_AND_VIAS])
def test_a_common_word_paper_is_a_via_only_after_words_given(rule: str, text: str, cue: str, expected: str,
                                                              via: str | None) -> None:
    quote = by_cue(analysed(text), cue)
    assert (quote["speaker"]["text"], (quote.get("via_text") or {}).get("text")) == (expected, via)


# (rule, text, cue, the first and last words of that cue's content)
CONTENTS = [
    ("lead40b", "ابتكر مهندس ياباني وسيلة نقل صغيرة. وكشف كونياكو سايتو (26 عامًا) عن وسيلة النقل المحمولة التي "
                "تعمل بالبطاريات.", "وكشف", ("وسيلة", "بالبطاريات")),
    ("lead40b", "وأعلن المدرب الأرجنتيني مارسيلو بيلسا (60 عاما) استقالته من منصبه بعد الهزيمة.", "وأعلن",
     ("استقالته", "الهزيمة")),
    ("lead40c", LEAD + "وشرح جهود المركز منذ تأسيسه في مكافحة التطرف.", "وشرح", ("جهود", "التطرف")),
    ("lead40c", LEAD + "وأكد جهود الدولة في مكافحة الإرهاب.", "وأكد", ("جهود", "الإرهاب")),
    ("lead40a+e", "وتصدر موضوع الهجرة قائمة قلق الأوروبيين، قبل البطالة، بحسب استطلاع للرأي أجري في أواخر أيار في الدول "
                "الأعضاء، ونشرت نتائجه أمس.", "بحسب", ("تصدر", "البطالة")),
    # no comma before the cue, and one with its own و: acc40's closing comma does not cover these
    ("lead40e", "وتصدر موضوع الهجرة قائمة قلق الأوروبيين بحسب دراسة للجامعة أجريت في أواخر أيار في الدول الأعضاء، "
                "ونشرت نتائجها أمس.", "بحسب", ("تصدر", "الأوروبيين")),
    ("lead40e", "وتصدر موضوع الهجرة قائمة قلق الأوروبيين، وبحسب دراسة للجامعة أجريت في أواخر أيار في الدول الأعضاء.",
     "وبحسب", ("تصدر", "الأوروبيين")),
    ("lead40f", "أكدت الخارجية المصرية رفض مصر للتدخل في الشؤون الداخلية للدول العربية، مطالبة بضرورة الالتزام بسياسة "
                "حسن الجوار.", "أكدت", ("رفض", "العربية")),
    ("lead40g", "قال رئيس النادي خالد البلطان إن الفريق جاهز للموسم. وأبدى تخوفا من قلة الإمكانيات المادية للأندية.",
     "وأبدى", ("تخوفا", "للأندية")),
    ("lead40l", "نفى مدير إدارة العلاقات العامة بها محمد البقمي وجود أي كاميرات للمراقبة.", "نفى", ("وجود", "للمراقبة")),
    ("lead40h", 'أكدت اللجنة الوطنية للتعليم بمجلس الغرف السعودية، خلال اجتماعها الذي استضافته "غرفة جدة" اليوم، ضرورة '
                "إنشاء لجنة مستقلة للتعليم العالمي.", "أكدت", ("ضرورة", "العالمي")),
]


def test_whom_a_leader_told_is_the_audience():
    """lead40j: "وأبلغ خامنئي أنصاره أن …": his followers are whom he told, not part of the speaker."""
    quote = by_cue(analysed("وقال المرشد علي خامنئي إن الاتفاق لن يغير شيئا. وأبلغ خامنئي أنصاره أن السياسات الأمريكية "
                            "تختلف عن سياسات إيران."), "وأبلغ")
    assert (quote["speaker"]["text"], quote["audience"]) == ("المرشد علي خامنئي", "أنصاره")


def test_we_are_aware_is_no_cue():
    """lead40k: "ونعي مدى قدرتنا …" (and we are aware) reports nothing."""
    found = analysed("وقال الوكيل إن البرنامج يستهدف الطلاب. ونعي مدى قدرتنا على الوصول إلى الفئات المستهدفة.")
    assert [q["cue"]["text"] for q in found if q["cue"]] == ["وقال"]


def test_a_topic_before_a_colon_is_no_speaker():
    """lead40m: "وعن مباراة طلائع الجيش: «…»": the coach named before speaks."""
    found = analysed('وأشار المدرب البرتغالي جوزفالدو فيريرا إلى أنه حزين لغياب الجماهير. وعن مباراة طلائع الجيش: '
                     '"الفرحة بالفوز بالدوري أثرت على تركيز لاعبي الزمالك".')
    assert [q["speaker"]["text"] for q in found if q["kind"] == "direct"] == ["المدرب البرتغالي جوزفالدو فيريرا"]


def test_a_demand_is_still_a_noun():
    """lead40f, guard: "مطالبة" with no comma before it is the noun "a demand": no cue."""
    found = analysed("ورفعت الوزارة مطالبة رسمية إلى الأمم المتحدة بشأن الحدود البحرية.")
    assert not [q for q in found if q["cue"] and "مطالبة" in q["cue"]["text"]]


@pytest.mark.parametrize(("rule", "text", "cue", "edges"), CONTENTS, ids=[case[0] for case in CONTENTS])
def test_the_content_of_the_rules_shape(rule: str, text: str, cue: str, edges: tuple[str, str]) -> None:
    words = by_cue(analysed(text), cue)["text"].split()
    assert (words[0], words[-1]) == edges


def test_the_efforts_are_no_speaker():
    """lead40c: after "وشرح جهود المركز" the speaker is the secretary-general named before, not "جهود المركز"."""
    quote = by_cue(analysed(LEAD + "وشرح جهود المركز منذ تأسيسه في مكافحة التطرف."), "وشرح")
    assert "جهود" not in quote["speaker"]["text"]
