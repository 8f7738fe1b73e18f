"""Session 45, pass dq45 (docs/evaluation/quotes.md, "Session 45, dq45"): direct speakers on unseen news.

- dq45a: a person who ends a speaker phrase right after a word of his following or campaign ("فريق حملة دونالد
  ترامب"، "مدير حملة ساندرز"، "موقع «إيسكرا» … بقيادة لافازانيس"; ``principal_links`` in word_classes.tsv) is not the
  phrase's entity (speakers.py ``principal_person``, in ``entity_for``): the campaign's words are not his, and the
  phrase no longer becomes, as his fullest mention, the speaker of his own quotes. Not a name with words after it
  (the speaker's own: "مدير حملة كلينتون روبي مووك") nor after another word ("محامي المعتقل محمد علان").
- dq45b: a plural cry with no subject of its own ("وهم يهتفون «…»") goes on with the group of people the narration
  made the subject of its own sentence (speakers.py ``crowd_of_sentence``, against dd42's ``crier_unnamed``); not
  with a group that only reports ("وذكر سكان … أن جنودا … وهم يصرخون") nor with one of a sentence before.
"""

from entity_quotes import analysed, containing

CAMPAIGN = (
    "ووصف المرشح الجمهوري دونالد ترامب منافسه بأنه «فاشل تماما». "
    "ومن جهة أخرى، أعلن فريق حملة دونالد ترامب أنه أقال كبير مستشاريه."
)
MANAGER = (
    "وقال المرشح الديمقراطي بيرني ساندرز: «سنواصل المعركة حتى النهاية». "
    "وقال مدير حملة ساندرز للصحافيين إن الحملة جمعت تبرعات قياسية."
)
LED_BY = (
    "وقال وزير الطاقة السابق باناغيوتيس لافازانيس إن الحكومة لن تصمد. "
    "وأضاف في مقابلة مع صحيفة «آفي»: «لا مستقبل لهذه الحكومة». "
    "وأشار موقع «إيسكرا» الإلكتروني بقيادة لافازانيس إلى أن الانشقاق بات وشيكا."
)
CHANT = "وظهر المعتصمون في مقطع فيديو نشر على مواقع التواصل وهم يهتفون «الشعب يريد محاسبة القتلة»."

# guards
OWN_NAME = "وقال مدير حملة كلينتون روبي مووك للصحافيين: «الاختيار صعب للغاية»."
OWN_CAMPAIGN = "وأكد مدير التعليم بالمحافظة والمشرف العام على الحملة سعد بن محمد الغامدي أن «الحملة حققت أهدافها»."
LAWYER = "وقال محامي المعتقل محمد علان: «موكلي يواصل إضرابه عن الطعام»."
REPORTED_CRY = "وذكر سكان في القرية أن جنودا اقتحموا المنازل وهم يصرخون «اخرجوا جميعا»."
CRY_OF_OTHERS = "وبرز من بين المقتحمين للمسجد وزير الزراعة يوري أرئيل الذي لاحقه المصلون وهم يرددون «لن نركع»."
CRY_AFTER_STOP = "وتجمع المحتجون أمام مبنى البرلمان منذ الصباح. وهتفوا «ارحلوا ارحلوا يا فاسدين»."


def _speaker(found: list[dict], words: str) -> str:
    return containing(found, words)["speaker"]["text"] or ""


def test_a_campaign_team_is_not_its_candidate() -> None:
    found = analysed(CAMPAIGN)
    assert "فريق" in _speaker(found, "أقال كبير")
    assert "فريق" not in _speaker(found, "فاشل تماما")


def test_a_campaign_manager_does_not_speak_for_his_candidate() -> None:
    assert "مدير حملة" in _speaker(analysed(MANAGER), "الحملة جمعت")


def test_a_site_led_by_a_man_is_not_his_mention() -> None:
    found = analysed(LED_BY)
    assert "إيسكرا" not in _speaker(found, "لا مستقبل")
    assert "لافازانيس" in _speaker(found, "لا مستقبل")


def test_a_chant_goes_on_with_the_group_of_its_sentence() -> None:
    assert "المعتصمون" in _speaker(analysed(CHANT), "الشعب يريد")


def test_guard_the_managers_own_name_after_the_candidate() -> None:
    assert "مووك" in _speaker(analysed(OWN_NAME), "الاختيار صعب")


def test_guard_a_name_after_the_definite_campaign_is_his_own() -> None:
    assert "الغامدي" in _speaker(analysed(OWN_CAMPAIGN), "حققت أهدافها")


def test_guard_a_lawyer_of_a_named_detainee() -> None:
    assert "محامي" in _speaker(analysed(LAWYER), "موكلي يواصل")


def test_guard_a_cry_reported_by_others_names_no_one() -> None:
    found = analysed(REPORTED_CRY)
    cry = [q for q in found if q["kind"] == "direct" and "اخرجوا" in q["text"]]
    assert all(not (q.get("speaker") or {}).get("text") for q in cry)


def test_guard_a_group_after_a_preposition_is_not_the_crowd() -> None:
    assert "المقتحمين" not in _speaker(analysed(CRY_OF_OTHERS), "لن نركع")


def test_guard_a_cry_after_the_full_stop_names_no_one() -> None:
    assert not _speaker(analysed(CRY_AFTER_STOP), "ارحلوا")
