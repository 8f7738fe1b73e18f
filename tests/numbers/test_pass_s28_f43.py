"""Pass f43 (session 28): letters of abbreviations and light years are no figures or times.

"الإف بي آي" (the FBI): in matching form الإف is الاف, a spelling of آلاف "thousands", so khabar
counted "الإف بي" as thousands. A number word right before the Arabic name of a Latin letter (بي، سي،
إف …, `numbers/data/letter_names.tsv`) is a letter of an abbreviation or a name, no figure. And "على
بعد 1400 سنة ضوئية": a light year is a distance, so the time stage reads no duration there and the
figure counts the distance (ANNOTATION.md: measures are figures). Made-up sentences in the style of
the news, read through the public pipeline.
"""

import khabar

PUBLISHED = "2015-08-01"


def _counts(text: str) -> list[tuple[str, float | None, float | None]]:
    doc = khabar.analyze(text, published=PUBLISHED)
    return [(f["text"], f["value"], f["min"]) for f in doc.facts]


def _times(text: str) -> list[str]:
    return [t["text"] for t in khabar.analyze(text, published=PUBLISHED).times]


def test_the_fbi_with_hamza_is_no_thousands():
    assert _counts("وقال متحدث باسم الإف بي آي إن المحققين استجوبوا الموظف مساء الجمعة.") == []


def test_the_fbi_without_hamza_is_no_thousands():
    assert _counts("وأوضح الرجل أنه أبلغ الاف بي اي بما شاهده قبل أن يغادر المدينة.") == []


def test_a_radio_name_holding_a_letter():
    assert _counts("وقالت المذيعة في حديث لإذاعة الف إف إم إنها ستعود قريبا.") == []


def test_a_distance_in_light_years_is_a_figure_and_no_time():
    text = "واكتشف العلماء كوكبا جديدا يبعد عن الأرض نحو 600 سنة ضوئية في مجموعة نجمية بعيدة."
    assert [(t, v) for t, v, _ in _counts(text)] == [("نحو 600 سنة", 600)]
    assert _times(text) == []


def test_light_years_as_an_idiom_are_no_time():
    assert _times("وقال المحلل إن الشركة تتقدم على منافسيها بسنوات ضوئية في صناعة الرقائق.") == []


# Guards: what must not change.
def test_thousands_before_a_noun_still_count():
    assert _counts("وشارك آلاف المتظاهرين في المسيرة التي جابت شوارع العاصمة.") == [("آلاف المتظاهرين", None, 1000)]


def test_a_figure_before_i_e_still_counts():
    # أي ("that is") is left out of the letter names: it follows figures in the news
    assert _counts("وتبرع المحسن بألفين أي ما يعادل نصف راتبه الشهري.")[0][:2] == ("بألفين", 2000)


def test_a_letter_name_after_the_counted_noun_leaves_the_count():
    # only a letter name right after the number word makes it a letter: here the noun stands between
    assert _counts("وقالت الشركة إنها باعت 3 آلاف جهاز بي سي خلال الشهر الماضي.")[0][:2] == ("3 آلاف جهاز", 3000)


def test_a_count_of_years_stays_a_duration():
    assert _counts("وأمضى الرجل في السجن 20 سنة كاملة قبل الإفراج عنه.") == []


def test_a_duration_in_years_is_still_a_time():
    assert _times("وعاد الرجل إلى قريته بعد 40 سنة من الغياب.") == ["بعد 40 سنة"]


def test_a_dual_before_a_model_name_still_counts():
    assert _counts("وأعلنت القيادة تسلم طائرتين إف 16 من الولايات المتحدة أمس.")[0][:2] == ("طائرتين", 2)


def test_verses_are_no_letter():
    # آية (a verse) has the matching form of إيه (the letter A): that name is left out of the list
    assert [t for t, _, _ in _counts("وقال الشيخ إن آيات الأحكام لا تتجاوز خمسمئة آية في القرآن الكريم.")] == [
        "لا تتجاوز خمسمئة آية"
    ]
