"""Session 40, pass acc40 (issue #4, the according-to content span): a source set off by a comma
before a bare cue, with no comma after it, closes its clause. The words right after the source phrase
describe the source ("…، وفقًا لمسح حديث شمل 474 شركة"، "…، حسبما ذكر ضابط طلب عدم الكشف عن هويته");
they no longer "resume" the clause, which made the content run on over the cue and the whole source
(dev 2015-08-11#1252). A cue with its own و / ف ("، فبحسب …"، "، وحسب قوله …") still opens a new
clause after the source, and a source followed by a chained "نقلا عن" is left as it was."""

from __future__ import annotations

import pytest
from entity_quotes import quote_rows as quotes

CLOSING = [
    (
        "وتمثل هذه الخسائر ثلاثة أمثال النفقات المتوقعة، وفقًا لمسح حديث شمل 300 شركة نفطية صادر عن مؤسسة «ريستاد». "
        "وتعاني الشركات أزمة.",
        "تمثل هذه الخسائر ثلاثة أمثال النفقات المتوقعة",
    ),
    (
        "واعتقلت الشرطة مدرسين اثنين لبيعهما الحبوب لطلابهما، حسبما ذكر ضابط شرطة محلي طلب عدم الكشف عن هويته. "
        "وتعاني المدارس أزمة.",
        "اعتقلت الشرطة مدرسين اثنين لبيعهما الحبوب لطلابهما",
    ),
    (
        "وازدادت النفايات البلاستيكية بنسبة 27 بالمائة، وفقا لدراسة حديثة من وكالة حماية البيئة. وتعاني المدن أزمة.",
        "ازدادت النفايات البلاستيكية بنسبة 27 بالمائة",
    ),
]


@pytest.mark.parametrize(("text", "content"), CLOSING)
def test_a_closing_source_keeps_out_of_the_content(text: str, content: str) -> None:
    according = [row for row in quotes(text) if row[0] == "according_to"]
    assert according and according[0][3] == content


GUARDS = [
    # a cue with its own و opens the clause after the source
    ("ومع ذلك، وحسب التقارير الواردة تسعى الشركة لتطوير طائرة جديدة تحلق بسرعة كبيرة.", "تسعى الشركة"),
    # a figure right after a source that closes on a definite word is the clause's own (dev 2015-08-10#1251)
    ("وبلغ عدد السيارات الواردة للسوق أمس, وفقاً لتقرير فريق الإحصاء بالمهرجان 1500 سيارة محملة بالتمور.", "1500 سيارة"),
    # set off by commas on both sides, the source interrupts the clause, which goes on
    ("وستواصل القوات، وفق قائد العملية، التقدم نحو المدينة خلال الأيام المقبلة.", "التقدم نحو المدينة"),
]


@pytest.mark.parametrize(("text", "inside"), GUARDS)
def test_the_clause_after_the_source_is_kept(text: str, inside: str) -> None:
    according = [row for row in quotes(text) if row[0] == "according_to"]
    assert according and inside in according[0][3]
