"""Session 32, lead21: "جاء فيه / جاء فيها" + a quotation — the words of the text named just before the verb
("تغريدة للناشط X، جاء فيها “…”", "رسالة تحذر من …، جاء فيها «…»"). Before, the bare "جاء" was no cue (verbs.tsv
drops it: mostly "came"), so the quotation was lost or given to the last speaker; "وجاء فيه" was a cue whose
speaker was the sentence's subject with the text glued on. Now (extract.py ``source_then_quotation``, direct.py
``text_before_in_it``) the bare verb before في + a pronoun and a quotation is a cue when no other cue of its
clause takes the quotation, and the text named before it speaks — unless a verb of issuing has it for object
("أصدر X بيانا جاء فيه": X) or a person named before it in its clause wrote it ("ووجه X خطابا … وجاء فيه").
Found by reading random articles outside the gold (2015-07-21#1549)."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_tweet_of_a_named_activist() -> None:
    found = quotes("وأعاد وزير الإعلام نشر تغريدة للناشط سالم العلي، جاء فيها “لن ننسى من وقف معنا في الأيام الصعبة”.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "تغريدة للناشط سالم العلي")]


def test_message_described_by_a_verb() -> None:
    found = quotes("وتداول مستخدمو مواقع التواصل رسالة تحذر من انقطاع المياه جاء فيها «ستنقطع المياه عن الأحياء الشمالية "
                   "ثلاثة أيام».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "رسالة تحذر من انقطاع المياه")]


def test_flyer_after_a_relative_clause() -> None:
    found = quotes("ونشر ناشطون صورة من المنشور الذي وزعته الجماعة في البلدة وجاء فيه «يمنع التجول بعد الساعة العاشرة مساء».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "المنشور الذي وزعته الجماعة في البلدة")]


def test_second_tweet_after_the_first_quotation() -> None:
    found = quotes("ونشر الوزير تغريدة للكاتب سالم العلي، جاء فيها “الوطن أغلى من كل شيء”، كما نشر تغريدة أخرى للشاعر "
                   "فهد المطيري، جاء فيها “نحن مع الوطن في السراء والضراء”.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [
        ("direct", "تغريدة للكاتب سالم العلي"), ("direct", "تغريدة أخرى للشاعر فهد المطيري")]


def test_guard_issuer_of_the_statement_speaks() -> None:
    found = quotes("وأصدر المتحدث العسكري العميد أحمد سالم بيانا يوم الأحد، جاء فيه «تنعى القوات المسلحة شهداء الواجب».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "المتحدث العسكري العميد أحمد سالم")]


def test_guard_other_cue_keeps_the_quotation() -> None:
    found = quotes("وهنأ السفير خالد العمر الزميل راشد في خطاب جاء فيه: «يسرني أن أتقدم لكم بأجمل التهاني».")
    assert [kind for kind, _, _, _ in found] == ["direct"]
    assert found[0][2].startswith("السفير خالد العمر")


def test_guard_came_in_a_place_is_no_cue() -> None:
    found = quotes("وجاء الفريق في المركز الثاني بعد مباراة صعبة، وقال المدرب: «اللاعبون قدموا كل ما لديهم».")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("direct", "المدرب")]
