"""Session 30, pass q81: "بحسب ما / حسبما / وفقا لما / طبقا لما + verb + به / عنه / فيه + source" — the
preposition whose pronoun is that "ما" belongs to the cue, and the source follows it; after "نقل" the pronoun
is the one quoted and nothing changes (made-up sentences in the style of the news)."""

import khabar


def according(text: str) -> list[dict]:
    return [q for q in khabar.analyze(text, published="2015-08-01").quotes if q["kind"] == "according_to"]


def test_closing_source_after_afada_bihi():
    text = "تعرضت أحياء المدينة لقصف عنيف خلال الليل، بحسب ما أفاد به المرصد المحلي لحقوق الإنسان."
    found = according(text)
    assert len(found) == 1
    assert found[0]["cue"]["text"] == "بحسب ما أفاد به"
    assert found[0]["speaker"]["text"].startswith("المرصد المحلي")
    assert found[0]["text"].startswith("تعرضت أحياء المدينة")


def test_closing_source_after_alanat_anhu():
    text = "لم تسجل أي إصابات جديدة بالفيروس منذ أسبوعين، حسبما أعلنت عنه وزارة الصحة."
    found = according(text)
    assert len(found) == 1
    assert found[0]["speaker"]["text"] == "وزارة الصحة"


def test_fronted_source_after_afadat_bihi_with_fa_clause():
    text = ("وطبقا لما أفادت به بعض الصحف المحلية، فإن اللاعب السابق راجع حساباته المصرفية واكتشف "
            "اختفاء مبلغ كبير منها.")
    found = according(text)
    assert len(found) == 1
    assert found[0]["speaker"]["text"] == "بعض الصحف المحلية"
    assert found[0]["text"].startswith("اللاعب السابق")


def test_source_after_sarraha_bihi_inside_parentheses():
    text = ("وتشهد المحافظة إقبالا متزايدا على الاستثمار السياحي (وفقا لما صرح به عدد من رجال الأعمال "
            "في المنطقة).")
    found = according(text)
    assert len(found) == 1
    assert found[0]["speaker"]["text"].startswith("عدد من رجال الأعمال")


# guards: what must not change


def test_guard_relayed_from_him_inside_a_said_clause_is_no_according_to():
    text = "وقال الوزير، بحسب ما نقلت عنه وكالة الأنباء، إن المفاوضات مع الجانب الآخر ما زالت مستمرة."
    assert not according(text)


def test_guard_plain_verb_after_hasabama_unchanged():
    text = "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة كبيرة، حسبما ذكرت وكالة الأنباء الألمانية."
    found = according(text)
    assert len(found) == 1
    assert found[0]["cue"]["text"] == "حسبما ذكرت"


def test_guard_rule_after_wafq_ma_is_no_source():
    text = "ويتم توزيع الطلاب على الكليات وفق ما يسمح به معدل كل طالب في الثانوية العامة."
    assert not according(text)
