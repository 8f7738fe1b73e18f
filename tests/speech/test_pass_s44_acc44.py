"""Session 44, pass acc44 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 120
according-to cue occurrences of day files 15:18 (seed 9450), the dev MISS / WRONG rows and corpus occurrences of the
brief's shapes:

- acc44a: "وحسب رأيه، فإن …"، "لأنه وحسب علمه فإن …"، "وحسب ادعائه، فإنه …": one word of a view, claim or statement
  with its holder's pronoun (``own_view`` in clause_words.tsv) names no source; the speaker is the one it points back
  at, found as for "حسب قوله", not the word "رأيه". Not "اعترافاتهم" (a text the dev gold keeps as the source).
- acc44b: a verb's quote closed by "، حسبما أفاد / وفق ما أخبر" + a person or people ("مصدر رسمي"، "أحد أفراد
  عائلته") is also that person's according-to quote over the whole sentence (the dev gold 2015-07-23#285), not the
  verb's via; an outlet there stays as it was.
- acc44c: after a fronted source, a name in quotation marks in its description ("ووفقا للتقرير الذي أعدته "أرقام" فقد
  …") no longer hides the فقد / فإن where the attributed clause opens; an outlet after لـ still goes to the via.
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, analysed, only_according

LEAD = "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتفاق سيئ للمنطقة. "


@pytest.mark.parametrize(
    "text",
    [
        # the shape of corpus 2015-07-22#32 and #1746, 2015-08-06#375
        LEAD + "وحسب رأيه، فإن الكونغرس سيرفض الاتفاق في نهاية المطاف.",
        # the shape of corpus 2015-08-06#276
        LEAD + "وحسب ادعائه، فإنه لا أحد في الحكومة يرغب في حرب جديدة.",
        LEAD + "وبحسب زعمه فإن المفاوضين قدموا تنازلات كبيرة في الجولة الأخيرة.",
    ],
)
def test_a_word_of_ones_own_view_is_no_source_its_holder_speaks(text: str) -> None:
    who, _ = only_according(text)
    assert who is not None and "نتنياهو" in who


def test_a_text_of_confessions_stays_the_source() -> None:
    # guard: "حسب اعترافاتهم" names a text, as the dev gold reads it (2015-08-10#290)
    rows = according_rows("وتمكنت الشرطة من القبض على الخلية. وقد تم تجنيدهم خلال أسابيع قليلة، حسب اعترافاتهم.")
    assert [who for _, who, _ in rows] == ["اعترافاتهم"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of dev 2015-07-23#285 and corpus 2015-07-22#1308, 2015-07-23#554
        (
            "أعلنت السلطات التركية أن شابا في العشرين نفذ الهجوم على المركز الثقافي، حسبما أفاد مصدر رسمي الأربعاء.",
            "مصدر رسمي",
            "أعلنت السلطات التركية أن شابا",
        ),
        # the shape of corpus 2015-07-22#543
        (
            "أكدت وسائل إعلامية أمريكية أن منفذ الهجوم زار الأردن العام الماضي، وفق ما أخبر أحد أفراد عائلته.",
            "أحد أفراد عائلته",
            "أكدت وسائل إعلامية أمريكية أن منفذ",
        ),
    ],
)
def test_a_person_closing_a_verbs_quote_is_an_according_to_source(text: str, source: str, content: str) -> None:
    who, what = only_according(text)
    assert who == source
    assert what.startswith(content)
    [verb_quote] = [q for q in analysed(text) if q["kind"] == "indirect"]
    assert verb_quote["via_text"] is None  # a person is no channel


def test_an_outlet_closing_a_verbs_quote_stays_as_it_was() -> None:
    # guard: an agency after a verb's quote is not made a person's source
    text = "وقالت الشرطة إن المهاجم قتل بعد تبادل لإطلاق النار، حسبما ذكرت وكالة رويترز."
    assert [who for _, who, _ in according_rows(text)] == ["وكالة رويترز"]


def test_a_quoted_name_in_a_fronted_sources_description_before_its_fa_clause() -> None:
    # the shape of corpus 2015-07-22#774, 2015-08-09#555 and #625
    lead = "ارتفعت قيمة الصفقات العقارية في المملكة خلال النصف الأول. "
    _, what = only_according(lead + 'ووفقا للتقرير الذي أعدته "أرقام" فقد توزعت الصفقات بين سكنية وتجارية.')
    assert what.startswith("توزعت الصفقات")


def test_an_outlet_after_the_source_stays_its_via() -> None:
    # guard: the shape of corpus 2015-07-22#2
    text = "اعترضت الكويت على تجديد الامتياز. وبحسب ما أوضحته مصادر لـ«الشرق الأوسط» فإن الجانب الكويتي يرفض القرار."
    [quote] = [q for q in analysed(text) if q["kind"] == "according_to"]
    assert quote["text"].startswith("الجانب الكويتي")
    assert "الشرق الأوسط" in (quote["via_text"] or {}).get("text", "")
