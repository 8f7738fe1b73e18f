"""Session 58, pass stmt61 (issue #4, speakers): "البيان" alone as a subject speaks for whoever issued the
statement named last before it ("في بيان"، "ببيان"، "بيانا", within the three sentences before).

"وقالت الوزارة في بيان إن «…». … وأوضح البيان أن …" went on with the last speaker only when that speaker's first
mention stood within three sentences, and "استنكر مجلس … وذلك في بيان صحفي. وقال البيان …" (no quote before) or a
verb of issuing after a byline ("…- سبق- جدة: أصدرت هيئة …، بياناً …") left "البيان" itself as the speaker. Now the
one quoted in the statement's sentence, else the subject of a verb of issuing just before it, else the subject of
the verb opening that sentence.
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "قالت وزارة الخارجية الفرنسية إن السفير سيعود إلى العاصمة الأسبوع المقبل. ويأتي القرار بعد أشهر من "
            "التوتر بين البلدين. وشهدت العلاقات فتورا واضحا منذ الربيع الماضي. وقالت الوزارة في بيان إن \"الحوار هو "
            "السبيل الوحيد لحل الخلافات\". وأوضح البيان أن اللجنة المشتركة ستجتمع قريبا.",
            "اللجنة المشتركة ستجتمع",
            "وزارة الخارجية الفرنسية",
        ),
        (
            "احتفلت جمعية المعلمين في المدينة بذكرى تأسيسها في بيان نشرته على موقعها. "
            "وقال البيان إن الجمعية ستواصل دعم أعضائها.",
            "ستواصل دعم أعضائها",
            "جمعية المعلمين في المدينة",
        ),
        (
            "محمد العلي- سبق- جدة: أصدرت هيئة الهلال الأحمر بمنطقة مكة المكرمة، بياناً مفصلاً، عن حادث الطريق "
            "السريع. وأوضح البيان أن \"الفرق الإسعافية وصلت خلال دقائق\".",
            "وصلت خلال دقائق",
            "هيئة الهلال الأحمر بمنطقة مكة المكرمة",
        ),
    ],
)
def test_the_statement_speaks_for_its_issuer(text: str, words: str, speaker: str) -> None:
    # stmt61: the speaker was "البيان"
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "وقالت وزارة الداخلية في بيان إن قوات الأمن اعتقلت خمسة أشخاص. وأوضح البيان أن الأسلحة صودرت.",
            "الأسلحة صودرت",
            "وزارة الداخلية",
        ),
        (
            "استنكر مجلس أعيان القبائل في الشمال بشدة الاعتداء على المتحف الوطني وذلك في بيان صحفي وصل إلى "
            "الصحيفة نسخة منه. وقال البيان: \"الاعتداء على التراث جريمة لا تغتفر\"، محذرا من \"عواقب الصمت الدولي\".",
            "عواقب الصمت",
            "مجلس أعيان القبائل في الشمال",
        ),
        (
            "وجاء في بيان أوروبي أن المحادثات ستستأنف الشهر المقبل. وقال البيان إن الطرفين اتفقا على جدول الأعمال.",
            "اتفقا على جدول",
            "بيان أوروبي",
        ),
        (
            "وقال البيان إن الاجتماع سيعقد في موعده المحدد.",
            "سيعقد في موعده",
            "البيان",
        ),
    ],
)
def test_guards(text: str, words: str, speaker: str) -> None:
    # as on the start: the issuer quoted just before, an unnamed statement, no statement named before
    assert speaker_of_words(text, words) == speaker
