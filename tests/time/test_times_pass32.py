"""Times, thirty-second pass (issue 5): a decade named alone after في ("في التسعينات"، "في السبعينيات
الميلادية") is that decade of the 1900s, year "199", "197" (was no time at all); not an age ("في
العشرينات من العمر"، "عمره في الثلاثينات"، "في الخمسينات أو سن أكبر"), not a Hijri decade, and a decade
of a named century keeps its century reading. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-03"


def times(text, published=PUB):
    return time_rows(text, published)


def test_a_decade_alone_is_its_year():
    rows = times("وكانت الفرقة قد بدأت جولاتها في التسعينات، ثم توقفت بعد سنوات.")
    assert rows_of(rows, "في التسعينات") == [("year", "199")]


def test_a_decade_in_iyyat_with_its_era():
    rows = times("ولم تعرف البلدة الكهرباء إلا في الستينيات الميلادية، كما يروي سكانها.")
    assert rows_of(rows, "في الستينيات الميلادية") == [("year", "196")]


def test_a_decade_with_hamza():
    rows = times("وبنى جده البيت الكبير في الأربعينات قرب النهر.")
    assert rows_of(rows, "في الأربعينات") == [("year", "194")]


def test_an_age_is_no_decade():
    rows = times("ويصيب المرض الرجال في الثلاثينات من العمر أكثر من غيرهم.")
    assert rows == []
    rows = times("وكان عمره في الخمسينات حين سافر، والمرضى في السبعينات أو أكبر.")
    assert rows == []


def test_a_hijri_decade_is_left():
    rows = times("وكان ذلك في الثمانينات الهجرية حين انتقل إلى المدينة.")
    assert rows == []


def test_a_decade_of_a_named_century_keeps_the_century():
    rows = times("وازدهرت صناعة النسيج في العشرينات من القرن الماضي.")
    assert rows_of(rows, "العشرينات من القرن الماضي") == [("year", "192")]
