"""Quote finder, fourteenth pass (quotes round 13): speaker identity — classes from the speaker
errors of the dev articles (a phrase after the verb that says where it was said; a name the tagger
ran on into the object; a longer description of an institution named before; a clause after "إذ").
Every text is written for these tests."""

from __future__ import annotations

from test_speech_classes import analysed, by_cue

from khabar.speech.candidates import _without_lam


# --- "في …" after the verb says where it was said, never who said it ------------------------------

def test_a_phrase_with_fi_after_the_verb_is_not_the_speaker():
    found = analysed("ندد رئيس الغرفة التجارية خالد المطيري بارتفاع الأسعار في الأسواق. "
                     "وأشار في التصريح أن الرقابة على المحلات ستزداد خلال الشهر المقبل.")
    quote = by_cue(found, "وأشار")
    assert quote["speaker"]["text"] == "رئيس الغرفة التجارية خالد المطيري"


def test_a_phrase_with_fi_before_a_quotation_is_not_the_speaker():
    found = analysed("وصل المدرب الجديد فهد العمري إلى الرياض مساء أمس. "
                     "وقال في الاتصال الهاتفي: «سنبدأ التدريبات يوم الأحد».")
    quote = by_cue(found, "وقال")
    assert quote["kind"] == "direct"
    assert "فهد العمري" in quote["speaker"]["text"]


def test_the_subject_before_kana_keeps_a_quote_whose_object_opens_with_fi():
    found = analysed("وكانت الحكومة الليبية اعلنت في مارس «تحرير» مدينة سرت من المسلحين، "
                     "إلا أن الاشتباكات عادت في الأسابيع الماضية.")
    quote = by_cue(found, "اعلنت")
    assert quote["speaker"]["text"] == "الحكومة الليبية"


# --- a name the tagger ran on into the verb's object -----------------------------------------------

def test_a_known_surname_ends_the_name_the_tagger_ran_on():
    found = analysed("وقالت مديرة صندوق النقد الدولي كريستين لاجارد إن الاقتصاد العالمي يتعافى ببطء. "
                     "وطالبت لاجارد دائني اليونان مجدداً بخفض عبئها، مشيرة إلى أن الصندوق قد يتعاون مع الحكومة.")
    for cue in ("وطالبت", "مشيرة"):
        assert "دائني" not in by_cue(found, cue)["speaker"]["text"]
        assert "لاجارد" in by_cue(found, cue)["speaker"]["text"]


# --- a longer phrase that only restates the institution named before -------------------------------

def test_a_definite_phrase_made_of_the_earlier_speakers_words_refers_back():
    found = analysed("وعبرت وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن عن شكرها لقوات التحالف. "
                     "وأكدت الوزارة وهيئة الأركان اليمنية في بيان أن المليشيات باتت إلى تراجع.")
    quote = by_cue(found, "وأكدت")
    assert quote["speaker"]["text"] == "وزارة الدفاع ورئاسة هيئة الأركان العامة في اليمن"


def test_a_phrase_with_a_new_word_is_another_speaker():
    found = analysed("وأعلنت وزارة الداخلية السعودية أن الهجوم أحبط قبل وقوعه. "
                     "وقالت وزارة الخارجية السعودية إن المملكة تدين الهجوم.")
    assert by_cue(found, "وقالت")["speaker"]["text"] == "وزارة الخارجية السعودية"


def test_an_institution_described_by_what_it_does_is_the_one_named_before():
    found = analysed("وقد قام بتطوير هذه المنظومة مؤسسة روستيخ الروسية، التي تعد جزءا من شركة التصنيع "
                     "المتحدة، ووعدت المؤسسة المنتجة للمنصة المدرعة أن تكون الآلة قادرة على العمل. "
                     "وقالت المؤسسة المطورة إن المنصة تستطيع تلقي الأوامر عن بعد.")
    for cue in ("ووعدت", "وقالت"):
        assert by_cue(found, cue)["speaker"]["text"] == "مؤسسة روستيخ الروسية"


# --- a clause after "إذ" depends on the one before --------------------------------------------------

def test_a_verb_after_idh_goes_on_with_the_subject_of_the_clause_before():
    found = analysed("وقال أحمد صالح، وهو مزارع من سكان القرية، إن ثلاثة أشخاص قتلوا. "
                     "وهو ما أكده غوني موسى، وهو مسلح في ميليشيا محلية، إذ أشار إلى أن الهجوم كان أشبه بمجزرة.")
    assert "موسى" in by_cue(found, "أشار")["speaker"]["text"]


# --- the ل of a word before an article --------------------------------------------------------------

def test_without_lam_gives_the_word_as_it_reads_without_the_preposition():
    assert _without_lam("للوزاره") == "الوزاره"
    assert _without_lam("لوكاله") == "وكاله"


# --- "قال عنه X": the pronoun says whom it was said about, the subject follows ---------------------

def test_the_subject_after_an_pronoun_of_whom_it_was_said_about_speaks():
    found = analysed("وأشاد الاتحاد بالمدافع الشاب بعد المباراة. وقال عنه المدرب الوطني سامي الجابر: "
                     "«إنه أفضل مدافع رأيته هذا الموسم».")
    assert "سامي الجابر" in by_cue(found, "وقال")["speaker"]["text"]
