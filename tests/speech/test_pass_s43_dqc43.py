"""Session 43, pass dqc43 (docs/evaluation/quotes.md, "Session 43, dqc43"): direct quotes' speakers on unseen text.

- dqc43a: a verb followed by فيه / فيها speaks for whoever issued the text named just before it ("وألقى X كلمة قال
  فيها «…»", "وأصدرت X بيانا قالت فيه: «…»"): a direct quote whose verb has no subject, or any quote whose subject
  was read as the whole clause that issued the text ("وأصدر نادي X بيانا رسميا قال فيه"), takes the issuer that
  speakers.py ``issuer_of_text`` finds (``issuer_over_text``, before the sentence or the last speaker); where no
  issuer is found it is read as before. ``issuer_before_text`` reads the words between the verb of issuing and its
  text when no speaker word or tagged name opens them (an untagged name, "خادم الحرمين الشريفين"), cut at a
  bracket or a circumstance (issuer_stops in word_classes.tsv), not a lone abbreviation ("م."); a time opening the
  sentence is no issuer written before its verb.
- dqc43b: a past verb in the dual with no subject ("وأكدتا"، "وقالا"، "وأشارا") goes on with the nearest two people
  or bodies the tagger found joined by و in its sentence or the one before ("وزارة الدفاع والجيش الإسرائيلي ردتا
  …، وأكدتا أن «…»"), not with one of them or the speaker before (speakers.py ``dual_verb``, ``pair_named_before``).
"""

import pytest
from entity_quotes import speaker_of_content

OPENING = "واستقبل الملك أعضاء الوفد البرلماني في قصره بالرياض أمس. "

KING = OPENING + "وقد ألقى خادم الحرمين الشريفين خلال الاستقبال كلمة قال فيها «يسعدنا أن نلتقي بكم في بلدكم الثاني»."

ACTRESS = (
    "عثرت الشرطة على الشاب غريقا في حوض السباحة في منزل العائلة. واستبعدت الشرطة وجود عمل إجرامي. "
    "وأصدرت مور (52 عاما) بيانا قالت فيه: «أشعر بصدمة تامة لما حدث لعائلتي»."
)

CLUB = (
    "نفت إدارة النادي بيع عقود اللاعبين. وقال رئيس النادي خالد البلطان إن الفريق جاهز للموسم. "
    "وأصدر نادي الشباب بيانا رسميا قال فيه: «لا صحة لما تردد في بعض وسائل الإعلام عن بيع العقود»."
)

COLUMN = (
    "وقال البعض منا إن الزيارة لن تغير شيئا. "
    "وكتب الصحفي روبرت فيسك مقالا في صحيفة الإندبندنت قال فيه: «سيكون هناك الكثير من المكالمات الهاتفية»."
)

UNIVERSITY = "أصدرت جامعة تبوك بيانا صحفيا أوضحت فيه أن وفاة المعلمة لا علاقة لها بقبول ابنتها."

PAIR = (
    "وقالت المنظمة إن وزارة الدفاع والجيش الإسرائيلي ردتا على الاتهامات، وأكدتا أن «المسؤولين التزموا بالقانون "
    "في كل الحالات»."
)
TWO_MEN = (
    "وبحسب سعيد مسعد العنمي، وناجي سليمان الجهني من المتضررين، فقد بدأت الوزارة صرف التعويضات. وأشارا إلى أن "
    "الوزارة تجاهلت حكم المحكمة."
)

# guards
AT_ONCE = OPENING + "وتحدث الوزير عن الزيارة، ثم ألقى في الحفل كلمة قال فيها «يسعدنا أن نلتقي بكم في بلدكم الثاني»."
SAID_IN_IT = "وأصدرت وزارة الداخلية بيانا قالت فيه: «تم القبض على المتهمين في وقت قياسي»."
LETTER = (
    "كان المهرجان بعث إليه بالقرار قبل الإعلان عنه، وقام الممثل إد نورتون بالموافقة في رسالة شكر فيها الإدارة على "
    "هذه المبادرة."
)


def test_the_speech_given_by_the_king_is_his() -> None:
    speaker = speaker_of_content(KING, "يسعدنا") or ""
    assert "خادم الحرمين" in speaker and "الملك" not in speaker


@pytest.mark.parametrize(
    ("text", "opening", "issuer"),
    [
        (ACTRESS, "أشعر بصدمة", "مور"),  # an untagged name issuing a statement
        (CLUB, "لا صحة", "نادي الشباب"),  # the clause that issued it is not the speaker's span
        (UNIVERSITY, "وفاة المعلمة", "جامعة تبوك"),  # any kind of quote whose subject was that clause
        (SAID_IN_IT, "تم القبض", "وزارة الداخلية"),  # guard: a ministry was read so before
        # guard: "ألقى في الحفل كلمة" names no issuer after the verb; the minister of the clause before goes on
        (AT_ONCE, "يسعدنا", "الوزير"),
    ],
)
def test_the_issuer_of_the_text_speaks_in_it(text: str, opening: str, issuer: str) -> None:
    assert speaker_of_content(text, opening) == issuer


def test_the_columnist_who_wrote_the_article_speaks_in_it() -> None:
    # guard: the columnist after "وكتب" was read before
    speaker = speaker_of_content(COLUMN, "سيكون هناك") or ""
    assert "فيسك" in speaker and "البعض" not in speaker


def test_a_letter_sent_in_reply_is_not_the_issuer_of_the_clause_before() -> None:
    # guard: an indirect quote with no subject keeps its reading (the actor who replied in a letter)
    speaker = speaker_of_content(LETTER, "الإدارة على") or ""
    assert "نورتون" in speaker


def test_a_dual_verb_goes_on_with_the_two_bodies_joined_before_it() -> None:
    speaker = speaker_of_content(PAIR, "المسؤولين التزموا") or ""
    assert "وزارة الدفاع" in speaker and "الجيش" in speaker


def test_a_dual_verb_goes_on_with_the_two_men_named_before_it() -> None:
    speaker = speaker_of_content(TWO_MEN, "الوزارة تجاهلت") or ""
    assert "العنمي" in speaker and "الجهني" in speaker


def test_a_singular_verb_keeps_the_one_speaker() -> None:
    # guard: only the dual looks for a pair
    text = "وقال الوزير إن وزارة الدفاع والجيش أنهيا المناورات. وأكد أن «التعاون بين الجانبين مستمر»."
    assert speaker_of_content(text, "التعاون بين") == "الوزير"
