"""Quote finder, pass q62 (session 26): the fa- that opens the main clause after a fronted source.

"وبحسب الأرقام الأوروبية فهناك شخص من بين …": after a fronted according-to phrase the main clause may open
with a fa- that stays on its first word (فهناك، فربما، فيتم، فما …), not only with فإن / فقد. The source
phrase ran on through that word into the clause ("الأرقام الأوروبية فهناك شخص من بين"), and after a comma
("ووفقا لنص القانون، فيتم تجريم …") the phrase was not taken as an adjunct of the clause at all. Now the
source ends before such a word, and the clause from it on, its fa- kept as the dev gold keeps it, is what
the source says (an أن further on stays inside that clause).
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind


def _one_according(text: str, cue: str) -> dict:
    found = [q for q in of_kind(text, "according_to") if q["cue"] and q["cue"]["text"] == cue]
    assert len(found) == 1, of_kind(text, "according_to")
    return found[0]


def test_source_ends_before_fa_hunak():
    text = "وبحسب الإحصاءات الرسمية فهناك مدرسة من بين كل خمس مدارس تحتاج إلى ترميم عاجل قبل بدء العام الدراسي."
    quote = _one_according(text, "وبحسب")
    assert quote["speaker"]["text"] == "الإحصاءات الرسمية"
    assert quote["text"].startswith("فهناك مدرسة")
    assert quote["text"].endswith("قبل بدء العام الدراسي")


def test_source_ends_before_fa_rubbama():
    text = "وحسب محللين فربما تلجأ الحكومة إلى رفع أسعار الوقود مرة أخرى خلال الربع الأخير من العام."
    quote = _one_according(text, "وحسب")
    assert quote["speaker"]["text"] == "محللين"
    assert quote["text"].startswith("فربما تلجأ الحكومة")


def test_fa_clause_after_comma_is_attributed():
    text = ("وتنص المادة الثالثة على حماية البيانات الشخصية. ووفقا لنص اللائحة ، فيتم تغريم كل من يفشي "
            "بيانات العملاء دون إذن مسبق منهم.")
    quote = _one_according(text, "ووفقا ل")
    assert "نص اللائحة" in quote["speaker"]["text"]
    assert quote["text"].startswith("فيتم تغريم كل من يفشي")


def test_fa_la_after_comma_is_attributed():
    text = "وبحسب لائحة النادي، فلا يحق للاعب المشاركة في أي مباراة قبل تسوية مستحقاته المالية."
    quote = _one_according(text, "وبحسب")
    assert "لائحة النادي" in quote["speaker"]["text"]
    assert quote["text"].startswith("فلا يحق للاعب")


def test_that_further_on_stays_inside_the_fa_clause():
    text = ("وحسب محللين فربما تحاول المعارضة تعطيل الميزانية عبر تصويرها على أنها تهدد "
            "الطبقة الوسطى في البلاد.")
    quote = _one_according(text, "وحسب")
    assert quote["text"].startswith("فربما تحاول المعارضة")
    assert quote["text"].endswith("الطبقة الوسطى في البلاد")


def test_guard_fa_inna_still_left_out():
    text = "وبحسب مصادر مطلعة فإن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."
    quote = _one_according(text, "وبحسب")
    assert quote["text"].startswith("المفاوضات ستستأنف")
    assert quote["speaker"]["text"] == "مصادر مطلعة"


def test_guard_fa_qad_after_comma_still_left_out():
    text = "وبحسب بيان الوزارة، فقد ارتفع عدد المصابين إلى أربعين حالة خلال يومين."
    quote = _one_according(text, "وبحسب")
    assert quote["text"].startswith("ارتفع عدد المصابين")


def test_guard_name_with_fa_stays_in_the_source():
    text = "وبحسب فريق الإحصاء في المهرجان بلغ عدد السيارات الواردة إلى السوق أكثر من ألفي سيارة."
    quote = _one_according(text, "وبحسب")
    assert quote["speaker"]["text"].startswith("فريق الإحصاء")


def test_guard_closing_source_keeps_its_clause():
    text = "وارتفعت أسعار النفط في تعاملات أمس بأكثر من ثلاثة في المئة، بحسب وكالة بلومبيرغ."
    quote = _one_according(text, "بحسب")
    assert "أسعار النفط" in quote["text"]
