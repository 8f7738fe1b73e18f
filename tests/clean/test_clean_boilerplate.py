"""Boilerplate lines: what goes, what stays, and that the fast path agrees with the slow one."""

from __future__ import annotations

import re

import pytest

from khabar.clean.boilerplate import (
    MAX_CONTAINS,
    MAX_LINE,
    classify_line,
    fold_line,
    load_rules,
    match_line,
    match_prefix,
    remove_boilerplate,
)
from khabar.clean.firstchars import first_chars, required_keys
from khabar.text.normalize import normalize

BOILERPLATE = {
    "comment_form": [
        "اترك تعليقاً", "اترك تعليقا", "أضف تعليق", "أضف تعليقك", "لن يتم نشر عنوان بريدك الإلكتروني.",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "الحقول الإلزامية مشار إليها بـ *",
        "Leave a Reply", "Leave a Reply Cancel reply", "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *", "الاسم *", "الاسم",
        "البريد الإلكتروني *", "الموقع الإلكتروني", "التعليق", "إرسال التعليق", "Post Comment", "Name *",
        "Email *", "Website", "3 تعليقات", "لا توجد تعليقات", "كن أول من يعلق",
    ],
    "share": [
        "شارك هذا المقال", "شارك الخبر", "شارك", "شارك على فيسبوك", "شارك على تويتر", "شارك عبر واتساب",
        "تابعونا على تويتر", "تابعنا على فيسبوك", "تابعونا على مواقع التواصل الاجتماعي", "Share this",
        "Share this article", "Share on Facebook", "Follow us on Twitter", "طباعة", "أرسل لصديق", "واتساب",
        "فيسبوك تويتر واتساب", "Facebook | Twitter | WhatsApp", "مشاركة", "نسخ الرابط",
    ],
    "related": [
        "اقرأ أيضا: وزير الخارجية يصل إلى الدوحة", "إقرأ أيضاً: ارتفاع أسعار النفط", "Read more: Gaza talks",
        "المزيد", "...المزيد", "اقرأ المزيد",
    ],
    "navigation": [
        "الرئيسية > أخبار > سياسة", "الرئيسية / أخبار / محليات", "الرئيسية » أخبار » عربي ودولي",
        "Home » News » World", "Home > World", "الرئيسية أخبار رياضة اقتصاد", "أخبار | رياضة | فن | منوعات",
        "الخبر السابق", "المقال التالي", "العودة للأعلى", "عرب > أخبار > منوعات",
    ],
    "copyright": [
        "جميع الحقوق محفوظة", "جميع الحقوق محفوظة © 2024", "© 2024 الغد", "©", "All rights reserved",
        "Copyright © 2024 Example Media. All Rights Reserved.", "حقوق النشر محفوظة لموقع الخبر",
        "حقوق النشر © 2024", "جميع الحقوق محفوظة لصحيفة المدينة 2024",
    ],
    "source_line": [
        "المصدر: وكالة فرانس برس", "المصدر : رويترز", "المصدر:رويترز", "(المصدر: رويترز)",
        "source : www.alhurra.com", "Source: Reuters", "مصدر الخبر: واس", "المصادر: وكالات",
        "* خدمة «نيويورك تايمز»", "* بالاتفاق مع «بلومبيرغ»", "خاص بـ«الشرق الأوسط»",
    ],
    "tags": ["الكلمات الدالة: غزة، قطر", "وسوم: اقتصاد، نفط", "Tags: Gaza, Qatar", "#غزة #قطر #مفاوضات"],
    "ad": ["إعلان", "اعلان", "Advertisement", "ADVERTISEMENT", "مساحة إعلانية"],
    "timestamp_line": [
        "آخر تحديث: 12 مارس 2024 - 10:30", "آخر تحديث: ١٢ مارس ٢٠٢٤ - ١٠:٣٠", "نشر في: 2024-03-12",
        "تاريخ النشر: 12/03/2024", "الثلاثاء 12 مارس 2024", "الثلاثاء، 12 آذار/مارس 2024",
        "منذ ساعتين", "Published: March 12, 2024", "Updated 10:30 GMT", "نشر بتاريخ 12 مارس 2024 الساعة 10:30",
    ],
    "contact": ["y.name@example.com", "للتواصل مع الكاتب: writer@example.com", "@some_writer", "تويتر: @some_writer"],
    "end_marker": ["// انتهى //", "//انتهى//", "// يتبع //", "-انتهى-"],
    "permalink": ["رابط الخبر بصحيفة المثال: وزير يفتتح مشروعا جديدا", "الرابط المختصر: https://exa.mp/a1"],
    "separator": ["***", "* * *", ".", "—", "ـــ"],
}

TEXT = [
    # a wire agency's filing time in Mecca time, alone on its line after "// انتهى //": the copy's own time
    "17:18 ت م", "9:05 تم",
    # real sentences holding the same words: never boilerplate
    "وقال المصدر إن الاجتماع سيعقد الأسبوع المقبل في العاصمة.",
    "وأضاف المصدر: «لن نتراجع عن قرارنا مهما كانت الضغوط».",
    "المصدر: الاجتماع سيعقد غدا في مقر الوزارة بحضور جميع الأطراف المعنية بالملف",
    "مصدر أمني قال إن التحقيقات ما زالت جارية.",
    "شارك أكثر من 500 متطوع في حملة تنظيف الشاطئ.",
    "شارك في الاجتماع وزراء خارجية الدول العربية.",
    "تابع الرئيس سير العمليات من غرفة العمليات المركزية.",
    "تابعنا على مدى الأيام الماضية تطورات القضية عن كثب.",
    "وتابع: «نحن مستعدون للحوار».",
    "اقرأ أيضا ما كتبه المحلل في مقاله الأخير عن الأزمة الاقتصادية.",
    "إعلان الحكومة عن خطة جديدة أثار جدلا واسعا.",
    "حقوق النشر والتأليف مسألة تشغل المؤلفين العرب.",
    "التعليق على الحكم جاء سريعا من المعارضة.",
    "الموقع الجغرافي للمدينة يجعلها مركزا تجاريا.",
    "نشر في الجريدة الرسمية قرار بتعيين الوزير.",
    "الرئيسية في اقتصاد البلاد هي الزراعة.",
    "آخر تحديث للبيانات صدر عن البنك المركزي أمس.",
    "الأكثر قراءة بين الشباب هي الروايات البوليسية.",
    "وسوم الحيوانات تساعد الباحثين على تتبعها.",
    "سمات الشخصية القيادية، كما يقول الباحثون، تتكون في الطفولة.",
    "وزير الطاقة: إنتاج المصفاة الجديدة يبدأ الشهر المقبل",
    "عمّان - (أ ف ب)",
    "الرياض - واس",
    "قال الرئيس إن بلاده ستواصل دعم جهود السلام في المنطقة، مشيرا إلى أهمية الحوار.",
    "12 شخصا أصيبوا في الحادث",
    "2024",
]


def cases() -> list[tuple[str, str]]:
    return [(kind, line) for kind, lines in BOILERPLATE.items() for line in lines]


@pytest.mark.parametrize(("kind", "line"), cases())
def test_boilerplate_line(kind: str, line: str) -> None:
    found = match_line(line)
    assert found is not None, line
    assert found.kind == kind, (line, found)


@pytest.mark.parametrize("line", TEXT)
def test_article_sentence_stays(line: str) -> None:
    assert match_line(line) is None
    assert match_prefix(line) is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("المصدر: وكالة فرانس برس", "وكالة فرانس برس"), ("source : www.alhurra.com", "www.alhurra.com"),
        ("(المصدر: رويترز)", "رويترز"), ("* خدمة «نيويورك تايمز»", "«نيويورك تايمز»"),
        ("المصدرُ: وكالةُ فرانس برسَ", "وكالةُ فرانس برسَ"), ("ـ خاص بـ«الشرق الأوسط»", "«الشرق الأوسط»"),
    ],
)
def test_source_line_names_its_source_as_written(line: str, source: str) -> None:
    assert match_line(line).source == source


def test_long_lines_are_never_boilerplate() -> None:
    line = "المصدر: " + "كلمة " * 60
    assert len(line) > MAX_LINE
    assert match_line(line) is None
    assert match_line("جميع الحقوق محفوظة " + "ونص طويل " * 20) is None  # over MAX_CONTAINS


def test_related_block_takes_the_headlines_after_it() -> None:
    lines = [
        "قال الوزير إن المحادثات كانت بناءة ومثمرة، وإن الجانبين سيواصلان الحوار الشهر المقبل في جنيف.",
        "اقرأ أيضاً",
        "ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين",
        "البنك المركزي يبقي على أسعار الفائدة",
        "هل تنجح المفاوضات؟",
        "وأكد الوزير أن بلاده ملتزمة بالاتفاق، داعيا الأطراف كافة إلى ضبط النفس والعودة إلى طاولة الحوار.",
        "مواضيع ذات صلة:",
        "الأمم المتحدة ترحب بالهدنة",
        "وأضاف أن الحل العسكري لن يجلب السلام.",
    ]
    kept, cuts = remove_boilerplate(lines)
    assert [line for _, line in kept] == [lines[0], lines[5], lines[8]]
    assert [(c.kind, c.text) for c in cuts] == [
        ("related", lines[1]), ("related", lines[2]), ("related", lines[3]), ("related", lines[4]),
        ("related", lines[6]), ("related", lines[7]),
    ]


def test_related_block_at_the_end_of_the_text() -> None:
    kept, cuts = remove_boilerplate(["نص الخبر الأول وهو طويل بما يكفي ليكون فقرة من فقرات المقال.", "Related", "Headline one", "Headline two"])
    assert len(kept) == 1 and [c.kind for c in cuts] == ["related"] * 3


def test_prefix_is_cut_and_the_rest_stays() -> None:
    line, cuts, found = classify_line("Next Previous عين اليوم – الرياض")
    assert line == "عين اليوم – الرياض" and found is None
    assert [(c.kind, c.text) for c in cuts] == [("navigation", "Next Previous")]
    line, cuts, _ = classify_line("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد الوزير أن المشروع سيكتمل")
    assert line == "أكد الوزير أن المشروع سيكتمل" and cuts[0].kind == "share"
    line, cuts, found = classify_line("Next Previous شارك هذا المقال")
    assert line == "شارك هذا المقال" and found.kind == "share"


def test_cuts_keep_the_exact_text() -> None:
    _kept, cuts = remove_boilerplate(["شـــارك هذا المقالَ", "نص"])
    assert cuts[0].text == "شـــارك هذا المقالَ"
    assert cuts[0].to_dict() == {"kind": "share", "text": "شـــارك هذا المقالَ"}


def test_fold_line_agrees_with_the_normaliser() -> None:
    for line in [*TEXT, *(line for _, line in cases())]:
        folded = fold_line(line)
        assert folded.lower() == normalize(line, ta_marbuta=True), line


def brute_force_kind(line: str) -> str | None:
    """Every rule tried in file order, without the first-character index or the gates."""
    if len(line) > MAX_LINE:
        return None
    folded = fold_line(line)
    rules = load_rules().rules
    for rule in rules:
        if rule.scope in ("line", "block") and rule.regex.fullmatch(folded):
            return rule.kind
    for rule in rules:
        if rule.scope == "contains" and len(line) <= MAX_CONTAINS and rule.regex.search(folded):
            return rule.kind
    return None


@pytest.mark.parametrize("line", [*TEXT, *(line for _, line in cases())])
def test_index_agrees_with_trying_every_rule(line: str) -> None:
    found = match_line(line)
    assert (found.kind if found else None) == brute_force_kind(line)


def test_data_file_compiles_with_the_required_kinds() -> None:
    kinds = {rule.kind for rule in load_rules().rules}
    assert {"comment_form", "share", "related", "navigation", "copyright", "source_line", "tags", "ad",
            "timestamp_line"} <= kinds
    assert all(rule.regex.groups == len(rule.regex.groupindex) for rule in load_rules().rules)


def test_first_chars() -> None:
    assert first_chars(r"(?:شارك|تابع)\s+\S+") == frozenset("شت")
    assert first_chars(r"\s*المصدر") == frozenset("ا")
    assert first_chars(r"(?:x)?\d+") == frozenset("x0123456789")
    assert first_chars(r"abc", re.IGNORECASE) == frozenset("aA")
    assert first_chars(r".{0,80}©") is None
    assert first_chars(r"[^a]b") is None
    assert first_chars(r"[*.]*") == frozenset("*.")


def test_required_keys() -> None:
    assert required_keys(r"الحقول\s+(?:a|b)") == ("الحقول",)
    assert required_keys(r"(?:جميع|كل) الحقوق محفوظه") == (" الحقوق محفوظه",)
    assert required_keys(r"\s[>›]\s") == (">", "›") or required_keys(r"\s[>›]\s") == ("›", ">")
    assert required_keys(r"(?:ALL|some) rights", re.IGNORECASE) == (" rights",)
    assert required_keys(r".*") is None


def pattern_words() -> list[str]:
    """Words the patterns themselves are made of: the likeliest fuel for runaway backtracking."""
    words: dict[str, None] = {}
    for row in load_rules().rules:
        for word in re.findall(r"[^\W\d_]{2,}", row.source):
            words.setdefault(word)
    return list(words)


def test_no_line_makes_the_patterns_backtrack_for_long() -> None:
    """Repeating a pattern's own words must not blow up (nested optional spaces can)."""
    import time

    match_line("تسخين")  # load the rules outside the timing
    slowest = (0.0, "")
    for word in pattern_words():
        for joiner in (" ", " | ", " - ", ": ", "/", "، "):
            line = (joiner.join([word] * 60))[:195] + " ؟x"
            started = time.process_time()  # CPU time: a busy machine must not fail it
            match_line(line)
            match_prefix(line)
            slowest = max(slowest, (time.process_time() - started, line))
    assert slowest[0] < 0.5  # catastrophic backtracking takes seconds; this is no speed test, slowest


def test_tags_glued_after_the_last_sentence_are_cut() -> None:
    """3alyoum's scrape glues its tags ("سمات …") to the article's last paragraph: the suffix goes, the
    paragraph stays; a paragraph before the last, or one with no sentence end before "سمات", is kept whole."""
    lines = ["قال المدرب إن الفريق جاهز للمباراة.", "وأضاف أن اللاعبين في حالة جيدة. سمات الاتحاد سولي مونتاري"]
    kept, cuts = remove_boilerplate(lines)
    assert [line for _, line in kept] == [lines[0], "وأضاف أن اللاعبين في حالة جيدة."]
    assert [(c.kind, c.text) for c in cuts] == [("tags", "سمات الاتحاد سولي مونتاري")]
    middle = ["قال الوزير إن المشروع مهم. سمات المرحلة المقبلة تتطلب الحذر", "وأضاف أن العمل مستمر."]
    assert [line for _, line in remove_boilerplate(middle)[0]] == middle
    no_stop = ["وتحدث الخبير عن سمات الشخصية القيادية في المؤسسات الحديثة"]
    assert [line for _, line in remove_boilerplate(no_stop)[0]] == no_stop


@pytest.mark.parametrize("below", ["شارك هذا المقال", "(واس)"])
def test_tags_are_cut_from_the_last_line_kept_not_the_last_line_read(below: str) -> None:
    """A share line or a credit below the tags goes too, and the tags with it, in one pass: cleaning
    the clean text again changes nothing (CI's property test found the share line case)."""
    from khabar.clean import clean_text

    text = f"قال المدرب إن الفريق جاهز.\nوأضاف أن اللاعبين بخير. سمات الاتحاد سولي مونتاري\n{below}"
    once = clean_text(text)
    assert once.text.endswith("وأضاف أن اللاعبين بخير.")
    assert "سمات الاتحاد سولي مونتاري" in [cut["text"] for cut in once.removed]
    assert clean_text(once.text).text == once.text
