"""Quotes round 41a: a plural of texts or testimony heads an according-to source (made-up texts)."""

from entity_quotes import of_kind


def test_studies_after_wa_dhalika_closing_the_clause():
    # "…، وذلك بحسب الدراسات المنشورة ، وان …": the studies report the clause before
    text = "ولا بد من القول إن عدد العاطلين في المدينة تجاوز المليون، وذلك بحسب الدراسات المنشورة ، وان نصفهم من الشباب."
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["speaker"]["text"].startswith("الدراسات")
    assert "عدد العاطلين" in found[0]["text"]


def test_confessions_with_possessive_close_the_sentence():
    # "… حسب اعترافاتهم.": the confessions report the clause before
    text = "وانضم الفتيان إلى العصابة بعد أسابيع قليلة حسب اعترافاتهم. فما الذي دفعهم إلى ذلك؟"
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["speaker"]["text"] == "اعترافاتهم"
    assert found[0]["text"].startswith("انضم الفتيان")


def test_research_fronted_before_fa_inna():
    text = "ووفقا للأبحاث الحديثة فإن النوم المبكر يحسن الذاكرة لدى الأطفال."
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["text"].startswith("النوم المبكر")


def test_expectations_stay_a_measure():
    # guard: "وفق التوقعات" is no listed source: the prices move by them, nobody said it
    text = "ويتم تسعير أسهم الشركة في السوق وفق التوقعات قبل إعلان النتائج."
    assert of_kind(text, "according_to") == []
