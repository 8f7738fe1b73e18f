"""Republished copies: MinHash LSH candidates, the containment and rare-word tests, re-pointing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from story_samples import MARKET, RELEASE, REPUBLISHED, cable

from khabar.stories.copies import (
    COPY_CONTAINMENT,
    OWN_SHARE,
    OWN_SHARE_WORDS,
    OWN_WORDS,
    CopyIndex,
    Text,
    containment,
    content_words,
    found_words,
    minhash_of,
    own_words,
    pack_minhash,
    unpack_minhash,
    word_shingles,
)

REPO = Path(__file__).resolve().parents[2]

def background(index: CopyIndex, count: int = 60) -> None:
    """Earlier, unrelated articles: they give the word counts that say which words are rare."""
    for i in range(count):
        index.add(1000 + i, "2015-07-01", cable("فلان الفلاني", "جمهورية ما", "الاستقلال") + f" ({i})"
                  if i % 3 == 0 else MARKET.replace("45", str(i)) if i % 3 == 1 else RELEASE.replace("ثلاثة", str(i)))


def test_a_republished_release_is_a_copy_of_the_earlier_one():
    index = CopyIndex()
    assert index.add(1, "2015-08-06", RELEASE).duplicate_of is None
    decision = index.add(2, "2015-08-07", REPUBLISHED)
    assert decision.duplicate_of == 1 and decision.similarity >= 0.6


def test_unrelated_articles_are_not_copies():
    index = CopyIndex()
    index.add(1, "2015-08-06", RELEASE)
    assert index.add(2, "2015-08-06", MARKET).duplicate_of is None


def test_cables_on_one_template_to_different_presidents_are_not_copies():
    index = CopyIndex()
    background(index)
    index.add(1, "2015-08-09", cable("توني تان كنق يام", "جمهورية سنغافورة", "اليوم الوطني"))
    assert index.add(2, "2015-08-10", cable("رفائيل كوريا دلجادو", "جمهورية الإكوادور", "الاستقلال")).duplicate_of is None
    # the same cable printed by another outlet is a copy
    assert index.add(3, "2015-08-10", cable("توني تان كنق يام", "جمهورية سنغافورة", "اليوم الوطني")).duplicate_of == 1


def test_a_copy_arriving_first_is_repointed_to_the_earlier_original():
    index = CopyIndex()
    index.add(1, "2015-08-07", REPUBLISHED)
    assert index.add(2, "2015-08-08", REPUBLISHED + " والله الموفق").duplicate_of == 1
    decision = index.add(3, "2015-08-06", RELEASE)  # the original, published first, stored last
    assert decision.duplicate_of is None
    assert decision.repointed == {1: 3, 2: 3}
    assert index.root(1) == index.root(2) == 3


def test_a_copy_points_to_the_earliest_original_of_its_group():
    index = CopyIndex()
    index.add(1, "2015-08-06", RELEASE)
    index.add(2, "2015-08-07", REPUBLISHED)
    assert index.add(3, "2015-08-08", REPUBLISHED.replace("أبها - واس: ", "")).duplicate_of == 1


FIRE = "أعلن مدير عام الدفاع المدني بمنطقة جازان اليوم أن فرق الإنقاذ تمكنت من إخماد حريق اندلع في مستودع للأخشاب بحي الشامية دون تسجيل إصابات بشرية"
FIRE_CALL = "وأوضح أن البلاغ ورد إلى غرفة العمليات عند الساعة الثالثة فجرا وباشرته ست فرق إطفاء مدعومة بصهاريج المياه"
FIRE_INQUIRY = ("وأشار إلى أن لجنة فنية شكلت لمعرفة أسباب الحريق وحصر الأضرار التي لحقت بالمستودع والمحلات المجاورة له داعيا"
                " أصحاب المستودعات إلى الالتزام باشتراطات السلامة وتوفير طفايات الحريق وأنظمة الإنذار المبكر وعدم تخزين"
                " المواد القابلة للاشتعال قرب مصادر الكهرباء")


def test_two_groups_joined_by_a_fuller_text_point_to_the_earlier_original():
    index = CopyIndex()
    index.add(1, "2015-08-06", f"{FIRE} {FIRE_CALL}")  # two cuts of one release, neither a copy of the other
    assert index.add(2, "2015-08-06", f"{FIRE_CALL} {FIRE_INQUIRY}").duplicate_of is None
    # the full release copies both and is most like the later cut: the groups join under the earlier one
    decision = index.add(3, "2015-08-07", f"{FIRE} {FIRE_CALL} {FIRE_INQUIRY}")
    assert decision.duplicate_of == 1 and decision.repointed == {2: 1}
    assert index.root(1) == index.root(2) == index.root(3) == 1


FIRE_DAMAGE = ("وبين أن النيران امتدت إلى ثلاثة محلات تجارية ملاصقة للمستودع قبل أن تتمكن الفرق من محاصرتها ومنع"
               " وصولها إلى المباني السكنية المجاورة، مشيرا إلى أن عمليات التبريد استمرت حتى ساعات الصباح الأولى للتأكد"
               " من عدم تجدد الاشتعال. وأضاف أن الدفاع المدني أخلى احترازيا عمارتين سكنيتين يقطنهما أكثر من أربعين"
               " شخصا، وأعيد السكان إلى منازلهم بعد انتهاء أعمال الإطفاء، فيما تولت الجهات المختصة حصر الخسائر المادية"
               " التي قدرت مبدئيا بمئات الآلاف من الريالات. ونوه بتعاون سكان الحي مع الفرق الميدانية وسرعة إبلاغهم عن"
               " الحادث، مؤكدا أن ذلك أسهم في الحد من انتشار النيران.")
FIRE_RELEASE = f"{FIRE} {FIRE_CALL} {FIRE_INQUIRY} {FIRE_DAMAGE}"
FIRE_LEAD = ("جازان - واس: تمكنت فرق الدفاع المدني فجر اليوم من السيطرة على حريق كبير في حي الشامية بمدينة جازان"
             " وسط استنفار للجهات الأمنية والخدمية في الموقع. وفيما يلي نص البيان الذي أصدرته المديرية:")
FLOOD_REPORT = ("وفي سياق متصل، باشرت فرق الدفاع المدني بمنطقة عسير مساء أمس حادث مركبة جرفتها السيول في وادي بيش بعد"
                " هطول أمطار غزيرة على المرتفعات، وتمكنت من إنقاذ خمسة أشخاص كانوا على متنها ونقلهم إلى مستشفى محايل"
                " العام لتلقي الإسعافات اللازمة. وأوضح الناطق الإعلامي لمديرية الدفاع المدني بالمنطقة أن غرفة العمليات"
                " تلقت البلاغ من أحد المارة، وعلى الفور توجهت فرق الإنقاذ المائي مدعومة بزورق مطاطي وفريق غطس إلى"
                " الموقع، حيث جرى سحب المركبة بعد انحسار منسوب المياه. ودعا المواطنين والمقيمين إلى الابتعاد عن مجاري"
                " الأودية وعدم المجازفة بعبورها أثناء جريان السيول، والالتزام بالتعليمات التي تبثها المديرية عبر وسائل"
                " الإعلام ومنصات التواصل الاجتماعي، مشيرا إلى أن الأرصاد توقعت استمرار الحالة المطرية على مرتفعات عسير"
                " وجازان ونجران حتى نهاية الأسبوع الجاري مع رياح نشطة وتدني مدى الرؤية الأفقية على الطرق السريعة."
                " ولفت إلى أن فرق الإنقاذ نفذت خلال الأسبوع الماضي أكثر من عشرين عملية في أودية المنطقة، أغلبها لمركبات"
                " حاول سائقوها عبور السيول رغم التحذيرات المتكررة.")


def test_own_words_are_the_long_runs_the_earlier_text_lacks_not_its_edits():
    release = Text.of(FIRE_RELEASE)
    edited = Text.of(FIRE_RELEASE.replace("فجرا", "صباحا").replace("ست فرق", "سبع فرق").replace("اليوم", "أمس"))
    assert own_words(edited.sequence, release.shingles) == 0  # a date word, a figure: runs of a few words
    combined = Text.of(f"{FIRE_RELEASE} {FLOOD_REPORT}")
    second_report = len(content_words(FLOOD_REPORT))
    # all of the second report but the few phrases both share («الدفاع المدني بمنطقة», «مشيرا إلى أن»)
    assert 0.85 * second_report <= own_words(combined.sequence, release.shingles) < second_report


def test_a_fuller_write_up_with_a_second_report_of_its_own_is_no_copy_but_a_new_lead_is():
    index = CopyIndex()
    index.add(1, "2015-08-06", FIRE_RELEASE)
    # the release behind a lead line of its own (two sentences): republished
    assert index.add(2, "2015-08-07", f"{FIRE_LEAD} {FIRE_RELEASE}").duplicate_of == 1
    # the release with a second report joined to it: most of its shingles are the release's, yet it is another text
    combined = f"{FIRE_RELEASE} {FLOOD_REPORT}"
    assert len(content_words(FLOOD_REPORT)) >= OWN_WORDS
    assert containment(word_shingles(combined), word_shingles(FIRE_RELEASE)) >= COPY_CONTAINMENT
    assert index.add(3, "2015-08-07", combined).duplicate_of is None
    # ... and a later cut of the second report copies the combined text, not the release
    assert index.add(4, "2015-08-08", FLOOD_REPORT).duplicate_of == 3
    # without the test of its own text, the shingles alone would take it for the release republished
    lenient = CopyIndex(own_words=10_000, own_share=1.0)
    lenient.add(1, "2015-08-06", FIRE_RELEASE)
    assert lenient.add(3, "2015-08-07", combined).duplicate_of == 1


def test_a_short_text_whose_third_is_its_own_is_a_fuller_version_but_a_new_lead_is_not():
    cut = f"{FIRE} {FIRE_CALL} {FIRE_INQUIRY}"
    damage = ". ".join(FIRE_DAMAGE.split(". ")[:2])  # two more sentences of the release: about 60 words
    fuller = f"{cut} {damage}"
    own = own_words(Text.of(fuller).sequence, word_shingles(cut))
    words = len(content_words(fuller))
    assert OWN_SHARE_WORDS <= own < OWN_WORDS and own >= OWN_SHARE * words  # under four sentences, but a third of it
    assert containment(word_shingles(fuller), word_shingles(cut)) >= COPY_CONTAINMENT
    index = CopyIndex()
    index.add(1, "2015-08-06", cut)
    assert index.add(2, "2015-08-07", fuller).duplicate_of is None
    # a lead line of its own is as much of a short copy, yet under two sentences: the cut republished
    led = f"{FIRE_LEAD} {FIRE} {FIRE_CALL}"
    assert own_words(Text.of(led).sequence, word_shingles(cut)) < OWN_SHARE_WORDS
    assert index.add(3, "2015-08-07", led).duplicate_of == 1
    # by the count of words alone (no share), the fuller version would pass for the cut republished
    assert CopyIndex(own_share=1.0).accepts(index.measure(Text.of(fuller), Text.of(cut)))


def test_a_name_inside_an_article_is_no_copy_of_it():
    index = CopyIndex()
    index.add(1, "2015-08-06", RELEASE)
    assert index.add(2, "2015-08-07", "الأمير فيصل بن خالد بن عبدالعزيز").duplicate_of is None


def test_an_article_without_words_is_indexed_but_never_a_copy():
    index = CopyIndex()
    assert index.add(1, "2015-08-06", "…").duplicate_of is None
    assert index.add(2, "2015-08-06", "…").duplicate_of is None


def test_signatures_round_trip_and_a_reloaded_index_goes_on():
    signature = minhash_of(word_shingles(RELEASE))
    restored = unpack_minhash(pack_minhash(signature))
    assert list(restored.hashvalues) == list(signature.hashvalues)
    texts = {1: RELEASE}
    index = CopyIndex(text_of=texts.get)
    index.load(1, "2015-08-06", pack_minhash(signature), None, RELEASE)
    assert index.add(2, "2015-08-07", REPUBLISHED).duplicate_of == 1


def test_shingles_are_normalised_words():
    assert Text.of("أعلنت الوزارة، اليوم").shingles == Text.of("اعلنت   الوزاره اليوم!").shingles


@pytest.fixture(scope="module")
def gold_pairs() -> list[dict]:
    return json.loads((REPO / "tests" / "data" / "copies_gold.json").read_text(encoding="utf-8"))["pairs"]


def test_gold_file_holds_references_only(gold_pairs):
    assert len(gold_pairs) >= 200
    for pair in gold_pairs:
        # the second, blind labelling (second_copy / second_reason) is references and a judgement too: no text;
        # a third label (third_copy / third_reason) only where the first two part
        disputed = pair["copy"] != pair["second_copy"]
        assert set(pair) == {"a", "a_sha1", "b", "b_sha1", "containment", "copy", "reason", "split",
                             "second_copy", "second_reason"} | ({"third_copy", "third_reason"} if disputed else set())
        assert isinstance(pair["copy"], bool) and pair["reason"] and pair["split"] in ("dev", "test")
        assert isinstance(pair["second_copy"], bool) and pair["second_reason"]
        assert not disputed or (isinstance(pair["third_copy"], bool) and pair["third_reason"])
        assert len(pair["a_sha1"]) == len(pair["b_sha1"]) == 12
    assert {True, False} == {p["copy"] for p in gold_pairs}


def test_gold_copies_of_two_days_are_found_and_its_template_pairs_are_not(shared_data, gold_pairs):
    """Two SaudiNewsNet days in stored order: their hand-checked pairs decided as the reader decided."""
    from khabar.evaluation.goldsets import content_hash, read_day

    days = ("2015-07-25.zip", "2015-07-26.zip")
    index, position = CopyIndex(), {}
    for day in days:
        for i, article in enumerate(read_day(shared_data, day)):
            position[f"{day}#{i}"] = len(position)
            assert content_hash(article.get("content") or "")  # every article is read
            index.add(position[f"{day}#{i}"], day[:10], article.get("content") or "")
    decided = [(index.root(position[p["a"]]) == index.root(position[p["b"]]), p)
               for p in gold_pairs if p["a"] in position and p["b"] in position]
    assert len(decided) >= 15
    for found, pair in decided:
        if pair["copy"] and pair["containment"] >= 0.8:
            assert found, pair
    # The sample is mostly borderline pairs and two days say little of which words are rare; over the
    # whole corpus 83 % of the pairs agree (docs/STORIES.md), here at least two thirds must.
    agree = sum(found == pair["copy"] for found, pair in decided)
    assert agree >= 0.65 * len(decided), [(p["a"], p["b"], p["copy"]) for f, p in decided if f != p["copy"]]


# -- the substitution test: a name or figure put in another's slot is a template, a name dropped is a cut --

EGYPT_CABLE = (
    "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس عبدالفتاح السيسي "
    "رئيس جمهورية مصر العربية بمناسبة ذكرى اليوم الوطني لبلاده. وعبر الملك المفدى باسمه واسم شعب وحكومة المملكة "
    "العربية السعودية عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته ولشعب جمهورية مصر العربية الشقيق "
    "المزيد من التقدم والازدهار، مشيدا بالعلاقات الأخوية المتميزة التي تربط البلدين والشعبين الشقيقين."
)
TUNISIA_CABLE = (
    EGYPT_CABLE.replace("عبدالفتاح السيسي", "الباجي قايد السبسي")
    .replace("جمهورية مصر العربية", "الجمهورية التونسية").replace("اليوم الوطني", "إعلان الجمهورية")
)
WEATHER = (
    "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس اليوم {day} أن تكون السماء صحوة إلى "
    "غائمة جزئيا على معظم مناطق المملكة، مع فرصة لهطول أمطار رعدية على مرتفعات جازان وعسير والباحة، "
    "ورياح سطحية {wind} نشطة مثيرة للأتربة والغبار على المنطقة الشرقية والرياض، وتتراوح درجات الحرارة "
    "العظمى في الرياض بين {low} و{high} درجة مئوية، وحركة الأمواج في البحر الأحمر من متر إلى متر ونصف."
)


def cables_background(index: CopyIndex, count: int = 60) -> None:
    """Earlier articles that name Egypt, Tunisia and their presidents often: those names are not rare words."""
    for i in range(count):
        country, president = (("مصر", "السيسي"), ("تونس", "السبسي"))[i % 2]
        index.add(2000 + i, "2015-07-01", f"التقى الرئيس {president} في {country} وفدا اقتصاديا وبحث معه "
                  f"سبل التعاون في مجالات الطاقة والتجارة رقم {i} والجمهورية التونسية وجمهورية مصر العربية "
                  f"وعبدالفتاح والباجي قايد")
        if i % 3 == 0:
            index.add(3000 + i, "2015-07-01", MARKET.replace("45", str(i)))


def test_congratulation_cables_to_presidents_with_common_names_are_not_copies():
    # Names in the news every day are not rare: only the substitution test tells the two cables apart.
    index = CopyIndex()
    cables_background(index)
    index.add(1, "2015-07-23", EGYPT_CABLE)
    decision = index.add(2, "2015-07-25", TUNISIA_CABLE)
    assert decision.duplicate_of is None


def test_a_republished_cable_with_a_new_lead_line_is_a_copy():
    index = CopyIndex()
    cables_background(index)
    index.add(1, "2015-07-23", EGYPT_CABLE)
    republished = "الرياض - واس: في إطار العلاقات الأخوية بين البلدين الشقيقين، " + EGYPT_CABLE.replace("بعث", "أبرق")
    assert index.add(2, "2015-07-23", republished).duplicate_of == 1


def test_a_cable_cut_of_its_names_is_still_a_copy():
    # A name dropped with nothing in its place is a cut, not another text on the formula.
    index = CopyIndex()
    cables_background(index)
    index.add(1, "2015-07-23", EGYPT_CABLE)
    cut = EGYPT_CABLE.replace("لفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية", "للرئيس المصري")
    assert index.add(2, "2015-07-23", cut).duplicate_of == 1


def test_weather_reports_of_two_days_are_not_copies_and_a_rerun_is():
    index = CopyIndex()
    background(index)
    index.add(1, "2015-08-04", WEATHER.format(day="الثلاثاء", wind="شمالية", low=30, high=45))
    assert index.add(2, "2015-08-05", WEATHER.format(day="الأربعاء", wind="جنوبية", low=32, high=47)).duplicate_of is None
    rerun = "الرياض - الوئام: " + WEATHER.format(day="الثلاثاء", wind="شمالية", low=30, high=45)
    assert index.add(3, "2015-08-04", rerun).duplicate_of == 1


def words(text: str) -> tuple[str, ...]:
    return tuple(content_words(text))


def test_substitutions_are_names_and_figures_in_the_same_slot_not_respellings():
    swaps = CopyIndex.substitutions(words(TUNISIA_CABLE), words(EGYPT_CABLE), set())
    assert swaps.count("name") >= 2
    # another clitic, spacing or spelling of the same word or figure is no substitution
    assert CopyIndex.substitutions(words("وبلغ عدد الناخبين و1069 ناخبا في كينياتا"),
                                   words("وبلغ عدد الناخبين و 1069 ناخبا في كيناتا"), set()) == ()
    assert CopyIndex.substitutions(words("درجة الحرارة العظمى 45 درجة"), words("درجة الحرارة العظمى 47 درجة"), set()) == ("figure",)



def test_a_foreign_name_spelt_another_way_throughout_is_no_substitution():
    # غوغل / جوجل six times in a republished report is one name, not six names in a formula's slots
    google = "أطلقت شركة {g} خدمة جديدة وقالت {g} إن خدمة {g} مجانية لمستخدمي {g}"
    assert CopyIndex.substitutions(words(google.format(g="جوجل")), words(google.format(g="غوغل")), {"جوجل", "غوغل"}) == ()
    assert CopyIndex.substitutions(words(google.format(g="ياهو")), words(google.format(g="غوغل")), {"ياهو", "غوغل"})


def test_a_figure_written_rounded_is_no_substitution_and_another_figure_is():
    release = "بلغ إجمالي التعويضات لملاك العقارات (375,526,840) ريالا وشمل القرار البدء في الإجراءات"
    assert CopyIndex.substitutions(words(release.replace("(375,526,840) ريالا", "375 مليونا و526 ألف ريال")),
                                   words(release), set()) == ()
    assert CopyIndex.substitutions(words(release.replace("(375,526,840)", "(412,100,000)")), words(release), set())


def test_names_moved_around_their_titles_are_no_substitution():
    # "معالي وزير الدولة الدكتور مساعد العيبان" / "الدكتور مساعد العيبان وزير الدولة": the same people, reordered
    original = ("حضر الاستقبال معالي وزير الدولة الدكتور مساعد بن محمد العيبان ومعالي وزير الخارجية عادل بن أحمد "
                "الجبير وسفير جمهورية مصر العربية عفيفي عبدالوهاب")
    reordered = ("حضر الاستقبال الدكتور مساعد بن محمد العيبان وزير الدولة وعادل بن أحمد الجبير وزير الخارجية "
                 "وعفيفي عبدالوهاب سفير جمهورية مصر العربية")
    assert CopyIndex.substitutions(words(reordered), words(original), set()) == ()


def test_rare_words_are_found_with_another_clitic_but_figures_only_as_written():
    assert found_words({"وعفيفي", "قصره", "و45", "السبسي"}, {"عفيفي", "قصر", "45"}) == {"وعفيفي", "قصره"}


DAYS = ["السبت", "الأحد", "الإثنين", "الثلاثاء", "الأربعاء"]
WINDS = ["شمالية", "جنوبية", "شرقية", "غربية", "متقلبة"]
ADVICE = ["ويتوقع أن تنشط الرياح على الطرق السريعة بين المدن مما يستدعي الحذر أثناء القيادة",
          "وتبقى فرص تكون الضباب قائمة في ساعات الصباح الباكر على المناطق الساحلية",
          "ونصحت الرئاسة بعدم التعرض لأشعة الشمس المباشرة في ساعات الظهيرة",
          "وتتواصل موجة الحر خلال الأيام المقبلة مع ارتفاع نسبة الرطوبة ليلا",
          "ودعت الرئاسة مرتادي البحر إلى متابعة التحديثات الصادرة عنها أولا بأول"]


def weather_of(day: int, temperatures: bool = True) -> str:
    text = WEATHER.format(day=DAYS[day], wind=WINDS[day], low=20 + 3 * day, high=40 + 2 * day) + " " + ADVICE[day]
    return text if temperatures else text.replace(
        f"، وتتراوح درجات الحرارة العظمى في الرياض بين {20 + 3 * day} و{40 + 2 * day} درجة مئوية", "")


def test_a_text_on_a_formula_many_earlier_texts_share_must_be_nearly_whole_to_be_a_copy():
    def index_with_four_days(**options) -> CopyIndex:
        index = CopyIndex(**options)
        background(index)
        vocabulary = " ".join(DAYS + WINDS + ADVICE).split()  # the weather words are common, not rare
        for i in range(60):
            index.add(5000 + i, "2015-07-01", f"جدول رقم {i}: " + " ، ".join(vocabulary[(i + k) % len(vocabulary)]
                                                                            for k in range(0, len(vocabulary), 4)))
        for day in range(4):  # four days' reports, kept apart by their temperatures
            assert index.add(day + 1, f"2015-08-0{day + 1}", weather_of(day)).duplicate_of is None
        return index

    # A fifth day's report without its temperatures holds 70 % of each earlier day's wording: one of
    # them would take it for a copy; four of them say it is the formula.
    fifth = weather_of(4, temperatures=False)
    assert index_with_four_days(formula_groups=99).add(9, "2015-08-05", fifth).duplicate_of is not None
    index = index_with_four_days()
    assert index.add(9, "2015-08-05", fifth).duplicate_of is None
    assert index.add(10, "2015-08-05", fifth.replace("العامة ", "")).duplicate_of == 9  # its rerun is a copy
