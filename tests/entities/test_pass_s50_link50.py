"""Session 50, link50: one person, one entity — and two people never one (entities/link.py).

* ``child_of``: a prince named "X بن سلمان بن عبد العزيز" took the entry of the gazetteer's "سلمان بن عبد
  العزيز" that ends his name, so the king and his sons were one entity with the king's canonical name.
* ``function_word_unlike``: the preposition "على" (and "فإن") read as the surname of "محمد علي" ("لويس فان").
* ``sole_bearer``: a one-word mention that is the given name or the surname of exactly one person named
  before in full ("هيفاء" after "هيفاء وهبي", the given name "ياسين" after "رياض ياسين") joins that person.
"""

from __future__ import annotations

from person_entities import persons

# --- child_of -------------------------------------------------------------------------------------

SONS = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصره بالرياض مساء أمس صاحب السمو الملكي "
    "الأمير فهد بن سلمان بن عبد العزيز، وحضر اللقاء الأمير سعود بن سلمان بن عبد العزيز."
)


def test_a_son_named_after_the_king_is_not_the_king() -> None:
    found = persons(SONS)
    assert found["فهد بن سلمان بن عبد العزيز"][0] is None
    assert found["سعود بن سلمان بن عبد العزيز"][0] is None


def test_the_king_keeps_his_own_entity_beside_his_sons() -> None:
    found = persons(SONS)
    assert found["سلمان بن عبد العزيز"] == ("Salman of Saudi Arabia", ["سلمان بن عبد العزيز"])


def test_the_kings_full_name_alone_is_still_the_king() -> None:
    found = persons("وأكد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود دعم المملكة للشعب اليمني.")
    assert [canonical for canonical, _ in found.values()] == ["Salman of Saudi Arabia"]


# --- function_word_unlike -------------------------------------------------------------------------


def test_the_preposition_ala_is_not_mohammed_alis_surname() -> None:
    found = persons("قال المدرب محمد علي إن الفريق جاهز. وأكد اللاعبون قدرتهم على الفوز، وشددوا على أهمية المباراة.")
    assert found["محمد علي"][1] == ["محمد علي"]


def test_fa_inna_is_not_van_gaals_van() -> None:
    found = persons("أكد المدرب الهولندي لويس فان غال أن فريقه سيتعاقد مع مهاجم. وأضاف: فإن لم نجد المهاجم فسننتظر.")
    assert found["لويس فان"][1] == ["لويس فان"]


def test_the_surname_ali_written_alike_still_joins() -> None:
    found = persons("قال المدرب محمد علي إن الفريق جاهز. وأضاف علي أن اللاعبين في حالة جيدة.")
    assert found["محمد علي"][1] == ["محمد علي", "علي"]


# --- sole_bearer ----------------------------------------------------------------------------------


def test_a_surname_that_is_also_a_given_name_joins_its_bearer() -> None:
    found = persons("وقال وزير الإعلام رياض ياسين إن الحكومة ستعود إلى عدن قريبا. وأضاف ياسين أن الخدمات ستعود.")
    assert found["رياض ياسين"][1] == ["رياض ياسين", "ياسين"]


def test_a_first_name_alone_joins_the_one_person_who_bears_it() -> None:
    found = persons("أحيت المطربة هيفاء وهبي حفلا كبيرا في بيروت مساء الجمعة. وقالت هيفاء إن الجمهور اللبناني رائع.")
    assert found["هيفاء وهبي"][1] == ["هيفاء وهبي", "هيفاء"]


def test_a_first_name_two_people_bear_joins_neither() -> None:
    found = persons("قال سامر العتيبي إن المشروع تأخر، وقال سامر الحربي إن التمويل تأخر. وأضاف سامر أن العمل مستمر.")
    assert found["سامر العتيبي"][1] == ["سامر العتيبي"]
    assert found["سامر الحربي"][1] == ["سامر الحربي"]


def test_a_fathers_name_alone_is_not_the_son() -> None:
    found = persons("التقى الأمير محمد بن سلمان وزير الدفاع الأمريكي في جدة. وكان الملك سلمان قد استقبل الوزير.")
    assert "سلمان" not in found["محمد بن سلمان"][1]


def test_a_bracketed_given_name_of_another_man_joins_no_one() -> None:
    found = persons("توفي المرجع محمد باقر الحسني قبل أيام. وكان شباب كثيرون قد انتخبوا (محمد) مرسي ثم عارضوه.")
    assert found["محمد باقر الحسني"][1] == ["محمد باقر الحسني"]


def test_a_list_of_given_names_joins_no_one() -> None:
    found = persons(
        "وحضر الصلاة صاحب السمو الملكي الأمير محمد الفيصل. ووصل أبناء الفقيد أصحاب السمو الملكي الأمراء محمد، "
        "وخالد، وفهد من لندن."
    )
    assert found["محمد الفيصل"][1] == ["محمد الفيصل"]


def test_a_prophets_name_is_not_the_articles_namesake() -> None:
    found = persons("قال الشيخ يوسف القرضاوي إن الصبر واجب على المسلم، وإن يوسف (عليه السلام) كان قدوة في ذلك.")
    assert found["يوسف القرضاوي"][1] == ["يوسف القرضاوي"]


# --- fused_keys -----------------------------------------------------------------------------------


def test_a_compound_name_written_in_two_words_is_the_same_name() -> None:
    found = persons("قال مدير المرصد رامي عبدالرحمن إن القصف استمر ليلا. وأضاف عبد الرحمن أن الضحايا من المدنيين.")
    assert found["رامي عبدالرحمن"][1] == ["رامي عبدالرحمن", "عبد الرحمن"]


def test_abu_written_apart_or_joined_is_one_surname() -> None:
    found = persons("قال علي أبو السعود إن السوق مستقرة هذا الأسبوع. وأضاف أبوالسعود أن الأسعار ستنخفض.")
    assert found["علي أبو السعود"][1] == ["علي أبو السعود", "أبوالسعود"]


def test_two_abdul_names_stay_two_people() -> None:
    found = persons("قال عبد الخالق الحوثي إن الهدنة انتهت، فيما قال عبد الملك الحوثي إن المفاوضات مستمرة.")
    assert found["عبد الخالق الحوثي"][1] == ["عبد الخالق الحوثي"]
    assert found["عبد الملك الحوثي"][1] == ["عبد الملك الحوثي"]


def test_a_given_name_the_tagger_cut_from_another_name_joins_no_one() -> None:
    found = persons("وقال حاكم الإقليم محمد رحيم أمين إن الوضع هادئ. وأكد الحصيلة محمد وارا مساعد قائد الشرطة.")
    assert found["محمد رحيم"][1] == ["محمد رحيم"]
