"""Session 30, lead11: right after a verb that addresses people (أوصى، نصح، حذر، دعا، حث، طالب، ناشد،
توعد) a definite sound masculine plural in -ين is the accusative — whom the verb addresses — and never its
subject, which would end in -ون ("وأوصى المسلمين بتقوى الله" after a sermon by the mufti gave the speaker
"المسلمين", and every later "وقال" / "وأكد" of the mufti went to it). The speaker is the one before; the
people addressed open what was said. Only where the verb opens its clause, and only where something said
follows them. Found by reading random articles outside the gold."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes

MUFTI = "أكد مفتي الديار الشيخ سالم العبدالله أن الأمن نعمة عظيمة. "


def test_advised_plural_is_not_the_speaker() -> None:
    found = quotes(MUFTI + "وأوصى المسلمين بتقوى الله والتسابق إلى الخير.")
    assert found[-1][1] == "وأوصى" and found[-1][2] == "مفتي الديار الشيخ سالم العبدالله"


def test_later_quotes_keep_the_speaker() -> None:
    found = quotes(MUFTI + "وأوصى المسلمين بتقوى الله. وقال إن الطاعات أبواب الخير.")
    assert [speaker for _, _, speaker, _ in found] == ["مفتي الديار الشيخ سالم العبدالله"] * 3


def test_warned_plural_opens_the_content() -> None:
    found = quotes("قال التاجر حسن الزهراني إن الأسعار تراجعت، وحذر المستهلكين من الشراء بعد دخول محل واحد.")
    assert found[-1] == ("indirect", "وحذر", "التاجر حسن الزهراني", "المستهلكين من الشراء بعد دخول محل واحد")


def test_called_on_after_kama() -> None:
    found = quotes("قال قائد الدوريات العقيد فهد السبيعي إن الحركة انسيابية. كما ناشد المسافرين ضرورة الالتزام بالسرعة النظامية.")
    assert found[-1][1] == "ناشد" and found[-1][2] == "قائد الدوريات العقيد فهد السبيعي"


def test_subject_before_the_verb_is_unchanged() -> None:
    # guard: inside "إن الرابطة تدعو …" the subject stands before the verb, read as before
    found = quotes("وقال الأمين العام إن الرابطة تدعو المسؤولين إلى رعاية الناشئة.")
    assert any(cue == "تدعو" and speaker == "الرابطة" for _, cue, speaker, _ in found)


def test_nominative_plural_still_speaks() -> None:
    # guard: the -ون plural is the subject
    found = quotes("ودعا المعتصمون إلى إطلاق سراح المعتقلين.")
    assert found == [("indirect", "ودعا", "المعتصمون", "إطلاق سراح المعتقلين")]


def test_verbal_noun_in_a_list_makes_no_quote() -> None:
    # guard: "وحث الباحثين عن عمل" in a list of what a programme offers: nothing follows to be said
    text = (MUFTI + "ويشمل البرنامج التدريب الصيفي، والأعمال التطوعية، وحث الباحثين والباحثات عن عمل من الاستفادة من البرامج.")
    assert [cue for _, cue, _, _ in quotes(text)] == ["أكد"]


def test_other_verbs_are_unchanged() -> None:
    # guard: "وأعرب المواطنين عن …" (loose prose for المواطنون) — أعرب addresses nobody
    found = quotes("وأعرب المواطنين عن تقديرهم لجهود البلدية.")
    assert found and found[0][2] == "المواطنين"
