"""Pass 50b: a paper named by a common word with its article (المدينة، الاتحاد، الحياة) is not meant by
the bare noun in construct state after ل ("المجلس المحلي لمدينة حمص"، "الأمين العام لاتحاد المصارف"):
that ل-phrase goes on the speaker's title, it is no via. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


@pytest.mark.parametrize("text, speaker", [
    ("وأكد المجلس المحلي لمدينة حمص أن المياه ستعود إلى الأحياء الشرقية خلال يومين.",
     "المجلس المحلي لمدينة حمص"),
    ("وقال الأمين العام لاتحاد المصارف العربية إن القروض ارتفعت هذا العام.",
     "الأمين العام لاتحاد المصارف العربية"),
])
def test_a_bare_common_word_after_lam_is_not_the_paper(text, speaker):
    [q] = analysed(text)
    assert q["via"] is None and q["via_text"] is None
    assert q["speaker"]["text"] == speaker


def test_the_paper_with_its_article_stays_the_via():
    [q] = analysed("وقال وزير الزراعة للحياة إن المحصول تضاعف.")
    assert q["via_text"]["text"] == "للحياة"
