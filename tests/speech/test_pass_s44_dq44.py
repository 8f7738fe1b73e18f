"""Session 44, pass dq44 (docs/evaluation/quotes.md, "Session 44, dq44"): direct quotes' speakers on unseen text.

- dq44a: a participle whose own sentence holds a reporting verb with no quote of its own and a person the tagger
  found as its subject ("وبهذه المناسبة، علّق مدير عام البنك، الدكتور X قائلا: «…»") goes on with that person, not
  with the subject of a sentence before (speakers.py ``unquoted_verb_subject``, in ``narrative_subject``). Not a
  noun after a preposition that reads like a verb ("من رد «الخطوط السعودية»").
- dq44b: a present verb of speech opening the sentence after a quotation's full stop, with its subject and no words
  of its own ("«…». يقول الشيف X صاحب المطعم، ويضيف: «…»"), says whose the words before were (direct.py
  ``says_after_stop``, read as a pointer after the closing mark): the post-posed "said X" of feature writing. Not
  with a complement ("«…». يقول أحد الخبراء إن …": a statement of its own) nor with و ("«…». ويقول …").
- dq44c: a person named in the construct after a spokesman's "باسم" or ل / ب ("المتحدث الرسمي باسم مركز الملك سلمان …
  رأفت الصباغ") is whom he speaks for, never the speaker's entity, when the spokesman's own name follows it
  (speakers.py ``spokesman_principal``, in ``entity_for``); a name after a definite body word is his own ("الناطقة
  باسم الخارجية الأمريكية ماري هارف").
"""

from entity_quotes import analysed, containing

import khabar

BANK = (
    "وسيضم الصندوق العقاري المزمع طرحه أصولا مدرة للدخل يملكها صندوق آخر تأسس قبل أربع سنوات. "
    "وبهذه المناسبة، علّق مدير عام البنك، الدكتور سامي العلي قائلا: «هذه المبادرة هي الأولى من نوعها في السوق»."
)

CHEF = (
    "افتتح المطعم فرعه الجديد في جدة الأسبوع الماضي بحضور عدد من الزبائن. "
    "«الوجبة خفيفة ويمكن للزبون أن يعدها عشاء مبكرا». يقول الشيف مروان حداد صاحب المطعم، ويضيف: "
    "«نقدم أطباقا من المطبخ الشامي بلمسة عصرية»."
)

PRINCIPAL = "وأوضح المتحدث الرسمي لمركز الملك سلمان للأبحاث والدراسات رأفت العوضي أن «الجسر الجوي مستمر منذ أسبوع»."

# guards
OWN_NAME = "وأكدت الناطقة باسم الخارجية الأمريكية ماري هارف أن «واشنطن لن تتراجع عن موقفها»."
STATEMENT_AFTER = (
    "وقال رئيس الغرفة التجارية خالد المهنا: «السوق تمر بمرحلة صعبة هذا العام». "
    "يقول أحد الخبراء إن الأسعار سترتفع في الربع المقبل."
)
AND_SAYS = (
    "وقال رئيس الغرفة التجارية خالد المهنا: «السوق تمر بمرحلة صعبة هذا العام». "
    "ويقول الخبير الاقتصادي سعد الدوسري، إن الأسعار سترتفع."
)
OWN_QUOTE = "وصل الوفد إلى الرياض أمس. وقال الوزير فهد السالم إن «الزيارة ناجحة بكل المقاييس»، مؤكدا «أهمية التعاون بين البلدين»."


def _speaker(found: list[dict], words: str) -> str:
    return containing(found, words)["speaker"]["text"] or ""


def test_a_participle_goes_on_with_the_person_after_its_reporting_verb() -> None:
    assert "سامي العلي" in _speaker(analysed(BANK), "هذه المبادرة")


def test_a_present_verb_after_the_full_stop_names_the_speaker_of_the_words_before() -> None:
    found = analysed(CHEF)
    assert "مروان حداد" in _speaker(found, "الوجبة خفيفة")
    assert "مروان حداد" in _speaker(found, "نقدم أطباقا")


def test_a_present_verb_with_its_own_complement_does_not_take_the_words_before() -> None:
    assert "خالد المهنا" in _speaker(analysed(STATEMENT_AFTER), "السوق تمر")


def test_a_present_verb_with_its_conjunction_does_not_take_the_words_before() -> None:
    assert "خالد المهنا" in _speaker(analysed(AND_SAYS), "السوق تمر")


def test_a_participle_after_a_verb_with_its_own_quote_goes_on_with_its_speaker() -> None:
    assert "فهد السالم" in _speaker(analysed(OWN_QUOTE), "أهمية التعاون")


def _entity_name(text: str) -> str | None:
    doc = khabar.analyze(text)
    [quote] = doc.quotes
    entity = quote["speaker"].get("entity")
    return next((e["name"] for e in doc.entities if e.get("id") == entity), None) if entity else None


def test_the_one_a_spokesman_speaks_for_is_not_his_entity() -> None:
    assert _entity_name(PRINCIPAL) != "سلمان"


def test_a_name_after_the_body_a_spokesman_speaks_for_is_his_own() -> None:
    assert _entity_name(OWN_NAME) == "ماري هارف"
