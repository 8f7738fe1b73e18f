"""Session 38, the lead's second round (docs/evaluation/quotes.md, "Session 38, lead38j–k"):

- lead38j: a quotation after a passive of saying ("وكما قيل: «…»"، "ويقال: «…»") is a saying, no one's words: it
  does not go on with the last speaker (direct.py ``said_by_no_one``; speakers.py, resolve "none";
  impersonal_saying in clause_words.tsv);
- lead38k: a head noun after a ranking word ("أول شركة تقدم …"، "أكبر شركة في …") names no body "الشركة" can find
  back, and a body's name found back ends before a plain indefinite word after its definite end, outside every
  name the tagger found ("وقعت شركة المراعي اتفاقية مع …") (antecedents.py ``nominal_antecedent``,
  ``object_after_body_name``; ranking_word in clause_words.tsv).
"""

from entity_quotes import analysed, by_cue, of_kind, speaker


def test_a_saying_is_no_ones_words():
    text = "وقال الوزير إن المشروع سيكتمل قريبا. وكما قيل: «من جد وجد ومن زرع حصد ومن سار على الدرب وصل»."
    [quote] = of_kind(text, "direct")
    assert quote["speaker"]["text"] is None
    assert speaker(analysed(text), "وقال") == "الوزير"  # guard: the reported speech keeps its speaker


def test_a_ranked_head_names_no_company():
    text = ("كانت شركة الاتصالات الأولى أول شركة تقدم باقة منخفضة السعر للمكالمات، حيث أعلنت الشركة منح "
            "المستخدمين تخفيضا يصل إلى 45%.")
    assert "تقدم" not in (speaker(analysed(text), "أعلنت") or "")


def test_the_companys_name_ends_before_its_object():
    text = "وقعت شركة المراعي اتفاقية مع مؤسسة أجنبية. وأوضحت الشركة أن الاتفاقية تمتد خمس سنوات."
    assert speaker(analysed(text), "وأوضحت") == "شركة المراعي"


def test_a_name_with_a_plain_word_inside_stays_whole():
    """lead38k: the name ends before "عددا", and a word inside a name the tagger found ("للاستثمار") stays."""
    text = "أطلقت شركة الطائف للاستثمار والسياحة عددا من الأنشطة. وقالت الشركة إن الفعاليات صممت للجميع."
    assert by_cue(analysed(text), "وقالت")["speaker"]["text"] == "شركة الطائف للاستثمار والسياحة"

