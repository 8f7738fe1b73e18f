"""Session 43, pass acc43 (issue #4, according-to recall), found in the dev MISS rows and on unseen text (a sample of
150 cue occurrences of day files 15:19, seed 9300, and every cue occurrence of the days 0:4 dump):

- acc43a: a definite plural of information, estimates, documents, statements or inquiries (``closing`` in
  according_sources.tsv: "المعلومات"، "التقديرات"، "التحريات") heads the source also where its phrase opens the
  sentence and the clause follows at once, after one comma or none ("ووفقا للمعلومات الأمنية، كان …"، "وحسب
  المعلومات عثر على …"); before, only a فإن / فقد after it or the sentence's end made it one. Not after a cue of a
  basis ("واستنادا إلى معلومات استخباراتية، داهمت …"), nor with an indefinite head ("وطبقا لمعلومات استخباراتية،
  صعدت قوة …"), nor inside a clause.
- acc43c: a time between the verb after "كما" and its subject dates the report ("…، كما ذكرت أمس الجمعة مصادر
  رسمية."): the subject follows it, as after "بحسب ما".
- acc43d: "جاء ذلك على لسان X" attributes the sentence before to X: the verb of ``tongue_lead`` may stand before the
  demonstrative that points back ("جاء ذلك"), not only right before "على لسان".
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, only_according

LEAD = "وأعلنت الشرطة أنها فتحت تحقيقا في الحادث. "


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of corpus 2015-07-21#463
        (
            LEAD + "ووفقا للمعلومات الأمنية، كان المطلوب يقيم في شقة مستأجرة قرب الحدود منذ عامين.",
            "معلومات الأمنية",
            "كان المطلوب يقيم في شقة مستأجرة",
        ),
        # the shape of corpus 2015-07-21#104
        (
            LEAD + "وحسب التحريات الأولية، تبين أن السائق كان يقود بسرعة عالية وقت الحادث.",
            "التحريات الأولية",
            "السائق كان يقود بسرعة عالية",
        ),
        # the shape of corpus 2015-07-21#88
        (
            LEAD + "وحسب المعلومات عثرت الدوريات على السيارة المسروقة في حي مجاور.",
            "المعلومات",
            "عثرت الدوريات على السيارة المسروقة",
        ),
    ],
)
def test_a_plural_of_information_opening_its_sentence_heads_the_source(text: str, source: str, content: str) -> None:
    who, what = only_according(text)
    assert source in (who or "")
    assert content in what


@pytest.mark.parametrize(
    "text",
    [
        # a basis, not a teller: the cue "استنادا إلى"
        LEAD + "واستنادا إلى معلومات استخباراتية، داهمت القوات المخبأ في الحي الشرقي.",
        # inside its clause the plural names what something is based on (acc34's reason for "closing")
        LEAD + "وداهمت القوات المخبأ استنادا إلى معلومات استخباراتية وردت أمس إلى الأجهزة الأمنية.",
        # an indefinite plural: what the act rests on (corpus 2015-08-09#133, a false source in a first version)
        LEAD + "وطبقا لمعلومات استخباراتية، صعدت قوة من الشرطة الطائرة قبل إقلاعها بدقائق.",
        # a rule opening its sentence stays a criterion
        LEAD + "ووفقا للقانون، يعاقب المخالف بغرامة مالية كبيرة.",
    ],
)
def test_no_source_where_the_plural_is_a_basis_or_inside_its_clause(text: str) -> None:
    assert according_rows(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of corpus 2015-07-25#190 (and its copies 07-26#100, #329, 07-27#153)
        (
            "وقررت السلطات توسيع منع ارتداء النقاب في الأسواق، غداة هجوم أسفر عن 13 قتيلا، "
            "كما ذكرت أمس الجمعة مصادر رسمية.",
            "مصادر رسمية",
            "قررت السلطات توسيع منع ارتداء النقاب",
        ),
        # the shape of corpus 2015-07-21#125 (and 07-21#2241)
        (
            "وصدرت ثلاث مذكرات قضائية أتاحت الاستماع إلى نحو ألف شاهد، كما ذكر الأسبوع الماضي النائب العام "
            "للمحكمة خالد المنصوري.",
            "النائب العام",
            "صدرت ثلاث مذكرات قضائية",
        ),
    ],
)
def test_a_report_time_between_the_verb_after_kama_and_its_subject(text: str, source: str, content: str) -> None:
    who, what = only_according(text)
    assert source in (who or "")
    assert content in what
    assert "الجمعة" not in (who or "") and "الأسبوع" not in (who or "")


def test_kama_and_a_time_with_no_subject_after_it_stays_no_source() -> None:
    text = "وافتتح المعرض أبوابه للزوار بعد أعمال التجديد، كما ذكر أمس في مؤتمر صحافي."
    assert according_rows(text) == []


def test_ja_dhalik_ala_lisan_attributes_the_sentence_before() -> None:
    # dev 2015-08-04#203 (a gold according-to quote), corpus 2015-07-24#1182, #1602, #2029
    text = (
        "قدم الصندوق الدولي للمغرب قرضا بقيمة مليار دولار لدعم مشاريع البنية التحتية. "
        "جاء ذلك على لسان المدير الإقليمي للصندوق خالد العمري خلال زيارته للرباط."
    )
    who, what = only_according(text)
    assert "المدير الإقليمي للصندوق" in (who or "")
    assert what.startswith("قدم الصندوق الدولي للمغرب قرضا")


def test_ala_lisan_after_a_plain_demonstrative_stays_no_source() -> None:
    # no verb of words before the demonstrative: how something was done, as without it
    text = "وقد رفضت الدول الأوروبية ذلك على لسان رئيس المفوضية قبل عامين."
    assert according_rows(text) == []
