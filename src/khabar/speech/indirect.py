"""Indirect quotes: a reporting verb and what it reports.

:meth:`IndirectQuotes.indirect_pass` visits every reporting verb and participle found when the
document was opened, in any person, tense and gender, and :meth:`~IndirectQuotes.indirect_from_cue`
reads its subject (:mod:`khabar.speech.phrases`), the region after it (:mod:`khabar.speech.region`)
and its content: a clause with إن/أن/بأن, a colon, or, for verbs that take one, an object
("أكد أهمية …", "أشار إلى …": :meth:`~IndirectQuotes.object_quote`); "وجاء في البيان أن …" names its
source after a preposition (:meth:`~IndirectQuotes.sourced_from_cue`); a phrase that cannot be
the verb's subject is its object (:meth:`~IndirectQuotes.disagrees`). Impersonal verbs ("ويذكر
أن") and participles that are adjectives ("حالة إصابة مؤكدة") are not cues.

A subject written before the verb is :mod:`khabar.speech.subjects`; a verb with no subject goes to
:mod:`khabar.speech.speakers`; quotation marks are :mod:`khabar.speech.direct`.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    COMMAS,
    DASHES,
    DEMONSTRATIVES,
    DESCRIPTION_OPENINGS,
    DESCRIPTION_WORDS,
    KANA,
    MAX_NP,
    ON_BEHALF,
    PLURAL_HEADS,
    SELF_WORDS,
    SENTENCE_END,
    SHORT_NAME_WORDS,
    Candidate,
    Region,
    _bare,
    _outlet,
    _unambiguous,
    thanks_word,
)
from khabar.speech.lexicon import CueForm
from khabar.speech.phrases import EVERYONE_OBJECTS, _derived_masdar

SUBJUNCTIVE = lx.word_class("subjunctive")
NEGATIONS = lx.word_class("negations")
PRONOUN_PPS = lx.word_class("pronoun_pps")
TOLD_AFTER = lx.word_class("told_after")  # "كبير", "مطلع", "آخر": an unnamed subject complete before whom it told
# before a verb without a complement clause, these make it narration: "ولم تعلن أي جهة مسؤوليتها", "والذي جدد عقده"
NARRATION_BEFORE = NEGATIONS | lx.RELATIVES | frozenset("و" + w for w in lx.RELATIVES)
THANKS_ACTS = lx.clause_words("thanks_act")  # "قدم": thanks offered as an act, read for its speaker only
WELCOME_ACTS = lx.clause_words("welcome_act")  # "رحب": people welcomed at a ceremony, read for its speaker only
WELCOMED_PEOPLE = lx.clause_words("welcomed_people")  # "الحضور", "جميع": after ب, the welcomed are people
# verbs of belief ("يعتقد", "يرى"): inside a relative clause they describe who holds a view
BELIEF_LEMMAS = lx.clause_words("belief_lemma")
COPULAS = lx.word_class("copulas")
ACCUSED_PRONOUNS = lx.clause_words("accused_pronoun")  # "إياه", "إياهم": whom "متهما" accuses
BI_RELATIVES = lx.clause_words("bi_relative")  # "بما", "بمن": the object of a verb taking ب ("أشاد بما تحقق")
BI_RELATIVE_REACH = 7  # words past the subject phrase before "بما" ("في منطقة تبوك")
BI_RELATIVE_SEARCH = 18  # words after the verb within which "بما" is looked for (a long title and name)
CAUSE_OBJECTS = lx.clause_words("cause_object")  # "سبب": opens the object of "أرجع / عزا"
DECREED = lx.clause_words("decreed")  # "عليهم", "له": after "كتب", the passive of fate ("كُتب عليهم أن")
WRITTEN_THAT_REACH = 10  # words between the subject of "كتب" and its أن ("في مدونته", "تحت عنوان «…»،")
VERB_OR_NOUN = lx.word_class("verb_or_noun")  # "وصف": read as the verb only with its description after
# "آخرون", "الكثير", "جهات": an unnamed many, the subject of "وصف" though no speaker word
UNNAMED_MANY = lx.word_class("group_plurals") | lx.word_class("quantifier_heads") | lx.word_class("group_nouns")
AS_SAID = lx.clause_words("as_said")  # "كما", "مثلما": "كما قال X، …" closes the clause before it
EVENT_SUBJECTS = lx.clause_words("event_subject")  # "موجة", "الوقائع", "خبرتنا": an event shows, it does not speak
ADDRESSEE_PPS = lx.clause_words("addressee_pp")  # "لنا": "تقول لنا خبرتنا"
NEAR_DEMONSTRATIVES = lx.word_class("near_demonstratives")  # "وأكد هذا المصدر أن …": the subject, not an object
DEMONSTRATIVE_NON_SPEAKERS = lx.word_class("demonstrative_non_speakers")  # "ويؤكد هذا العدد …": a count, no one
CLAUSE_OPENERS = lx.word_class("noun_of_an_openers")  # "أن", "لكن": the noun after it opens a clause
BYLINE_NAME = 3  # words of a reporter's name before the dash of a byline ("حامد القرشي - مكة المكرمة")
BYLINE_PLACE = 2  # words of the place after it
FIRST_PERSON_OPENERS = lx.clause_words("first_person_opener")  # "نحن", "أنا": the speaker's own voice
OBJECT_NOUNS = lx.clause_words("object_noun")  # "النقاب", "سبب", "مدى": open the object after a verb, never speak (ind51a)
UNSPOKEN_NOUNS = lx.clause_words("unspoken_noun")  # "حالة": right after a verb, a passive or a state declared (ind51b)
MODAL_MASDARS = lx.clause_words("modal_masdar")  # "أهمية", "ضرورة": "أكد أهمية أن …" opens at the noun (span62)
TOLD_BEFORE = lx.clause_words("told_before")  # "أوضح ذلك المتحدث …": the verb's object points back
EVENT_SUBJECT_REACH = 7  # words between a fronted event subject and its verb ("سخونة المعارك الدائرة على الأرض السورية تؤكد")
OWED_OBJECTS = lx.clause_words("owed_object")  # "بالفضل", "بالولاء": "يدين" owes or follows a faith
OWED_TO = lx.clause_words("owed_to")  # "لها", "به" right after the verb: "يدينان لها اليوم بالكثير"
CONDEMN_BI = lx.clause_words("condemn_bi")  # "بشدة": "تدين بشدة" condemns
OWED_REACH = 30  # tokens after "يدين" within which what is owed is looked for (a subject with a long aside)
OWED_NEAR = 3  # words past the one after "يدين" within which "بفوزه" is what is owed ("ويدين المغرب التطواني بهذا الفوز")
FROM_PHRASE = 2  # words after "من" before the complement ("وطالب من الإعلام السعودي أن …")
COURT_SUBJECTS = lx.clause_words("court_subject")  # "وأدانت المحكمة الشركة بارتكاب …": convicted
TIGHTENED_OBJECTS = lx.clause_words("tightened_object")  # "وشددت قوات الأمن إجراءات التفتيش على …": tightens
STRESS_LEMMA = lx.norm("شدد")
ATTENTION_OBJECTS = lx.clause_words("attention_object")  # "ولفت نظري شيء غريب": caught my eye, no one speaks
POINT_OUT_LEMMA = lx.norm("لفت")
SIGNED_OBJECTS = lx.clause_words("signed_object")  # "توقع … عقد": signs, not expects
SIGNED_REACH = 10  # words between "توقع" and what is signed ("توقع إدارة مطار الملك فهد الدولي في الدمام الخميس عقد")
CONDEMN_LEMMA = lx.norm("أدان")
EXPECT_LEMMA = lx.norm("توقع")
IMPERSONAL_SUBJECTS = lx.word_class("impersonal_subjects")  # "يتوقع كثيرون أن …": many expect, not "it is expected"


def _impersonal() -> frozenset[str]:
    return lx.marker_words("impersonal")


class IndirectQuotes:
    """The indirect pass: reporting verbs and their content."""

    def indirect_pass(self) -> None:
        words = self.words
        impersonal = _impersonal()
        for i in sorted(self.cues):
            if i in self.used or self.inside[i] >= 0:
                continue
            form = self.cues[i]
            if form.person != 3:
                continue
            if words[i] in impersonal and self.impersonal_that(i):
                continue
            if i and words[i - 1] in ("ما", "مما") and form.kind == "verb" and "quote" not in form.flags:
                continue  # "ما قاله الوزير" is a reference, not an attribution
            if i and words[i - 1] in SUBJUNCTIVE and form.tense == "present":
                continue  # "احذر لسانك أن تقول": to say, not said
            if self.adjective_participle(i, form):
                continue  # "حالة إصابة مؤكدة بالفيروس": a confirmed case, not a statement
            if form.lemma in BELIEF_LEMMAS and self.after_relative(i):
                continue  # "بعض الجنوبيين الذين كانوا يعتقدون أن …": who the people are, not what they said
            if form.kind == "verb" and self.event_subject(i, form):
                continue  # "وتؤكد موجة العنف هذه الأوضاع", "لكن الوقائع تؤكد أن …": an event shows, no one speaks
            if form.kind == "verb" and self.another_verb(i, form):
                continue  # "وتدين بنما بالفضل لحارسها", "وأدانت المحكمة الشركة …", "أن توقع الإدارة عقد …"
            cand = self.indirect_from_cue(i, form)
            if cand is not None:
                cand.silent = cand.silent or self.welcomed_people(form, cand)
                self.candidates.append(cand)
        for k in sorted(self.nominal):
            cand = self.nominal_that_quote(k)
            if cand is not None:
                self.candidates.append(cand)

    def welcomed_people(self, form: CueForm, cand: Candidate) -> bool:
        """"ورحب المحافظ بالحضور", "رحب بجميع الموظفين": greeting people at a ceremony is an act, not a statement
        (the dev gold leaves it 10 times, annotates it 3): the candidate keeps its speaker for a later "وأكد" but is
        no quote. "رحب بالقرار" welcomes a thing, a stance, and stays one (s57 greet60)."""
        if form.lemma not in WELCOME_ACTS or cand.kind != "indirect":
            return False
        word = self.words[self.x.token_at(cand.content[0])]
        return word.startswith("ب") and word[1:] in WELCOMED_PEOPLE

    def nominal_that_quote(self, k: int) -> Candidate | None:
        """"ومضى ولد الشيخ بالقول إنه يعتقد …"، "واكتفى بالقول إنها رابع أغلى صفقة"، "رد بالقول إنه يتمنى …": the
        verbal noun of قال with ب and its complement clause report, though the verb before it is none (مضى،
        اكتفى، رد): its speaker is found as for "بالقول: «…»" (lead46e). A reporting verb before it ("أفاد ردا على
        سؤال بالقول إن …") takes the same clause first (its candidate has the higher priority)."""
        if k in self.used or self.inside[k] >= 0 or not self.words[k].startswith("ب"):
            return None
        if k + 2 >= self.count or not self.valid_complementizer(k + 1):
            return None  # (nothing after إن: no clause to report)
        start = k + 2
        end = self.clause_end(start)
        content = self.content_span(start, end) if end > start else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(k, k + 1), order=k, sentence=self.x.sentence[k], priority=1)
        cand.resolve = "sentence"
        self.relayed_source(cand, k)
        if cand.np is None:
            self.sufficed_subject(cand, k)
        self.used.add(k)
        return cand

    def another_verb(self, i: int, form: CueForm) -> bool:
        """Whether the verb at ``i`` is written like a reporting verb but is another verb, or another sense, here
        (s42 ind42): "يدين" owes, "أدانت المحكمة" convicts, "توقع … عقد" signs, "شدد … إجراءات" tightens, "لفت
        نظري" caught the eye."""
        return (self.owes(i, form) or self.convicts(i, form) or self.signs(i, form) or self.tightens(i, form)
                or self.catches_eye(i, form))

    def owes(self, i: int, form: CueForm) -> bool:
        """"يدين" / "تدين" that owes or follows a faith, not "condemns" (s42 ind42): whom it is owed to right
        after it ("يدينان لها اليوم بالكثير"), a ب-word with the article that is no word of manner right after
        it ("يدين بالإسلام", not "تدين بشدة"), or, before any complement, what is owed: a listed word ("وتدين
        بنما بالفضل لحارس مرماها"), or ب with a possessive or "بهذا" near the verb or after a comma ("ويدين
        سان جرمان بفوزه"، "ويدين برشلونة، الفائز …، بفوزه"; not "… السرية التي تلف المفاوضات بشأنه")."""
        if form.lemma != CONDEMN_LEMMA or form.tense != "present":
            return False
        _, limit = self.x.sentence_bounds(i)
        start = self.skip_adverbs(i + 1, limit)
        if start >= limit:
            return False
        word = self.words[start]
        if word in OWED_TO or (word.startswith("بال") and word not in CONDEMN_BI):
            return True
        for k in range(start, min(limit, i + 1 + OWED_REACH)):
            if self.valid_complementizer(k):
                return False
            if self.words[k] in OWED_OBJECTS and self.words[k].startswith("بال"):
                return True
            if (k <= start + OWED_NEAR or self.words[k - 1] in COMMAS) and self.owed_word(k):
                return True
        return False

    def owed_word(self, k: int) -> bool:
        """"بهذا", "بهذه", or ب with a possessive ("بفوزه", "باستقلالها"); not a noun in ب ("بلاده")."""
        word = self.words[k]
        if word in OWED_OBJECTS:
            return True
        written = self.original_word(k)
        return (len(word) > 4 and word.startswith("ب") and word not in CONDEMN_BI
                and lx.possessive_stem(written) is not None and not written.endswith("ة"))

    def threat_made(self, i: int, np_end: int, region: Region) -> bool:
        """Whether the present of a verb flagged ``present_that`` ("يهدد") reports: its complement right after
        its subject ("وتهدد الإدارة بأن …"), or the medium it was said in right after it ("بث تسجيلا يهدد فيه
        بمهاجمة …"); else it tells of a danger (s42 ind42)."""
        if region.stop == "that" and region.at <= np_end + 2:
            return True
        return i + 1 < self.count and self.words[i + 1] in ("فيه", "فيها")

    def from_phrase(self, k: int) -> bool:
        """"من" before a definite word or a name the tagger found, the complement right after the phrase ("وطالب
        من الإعلام السعودي أن …", "وآمل من الله أن …"): whom it asked, never the subject. "من" before a verb is
        "who" and speaks ("ويرى من شارك وحضر الاحتفالات أن …"); without the complement right after, "يعتبر من
        المواقع المهمة" is "is one of" (s42 ind42)."""
        return (self.words[k] == "من" and k + 1 < self.count and self.is_word(k + 1)
                and (self.words[k + 1].startswith("ال") or k + 1 in self.entity_starts)
                and any(m < self.count and self.valid_complementizer(m) for m in range(k + 2, k + 2 + FROM_PHRASE)))

    def convicts(self, i: int, form: CueForm) -> bool:
        """"وأدانت المحكمة الشركة بارتكاب …": a court right after "أدان" convicts, no one speaks (s42 ind42)."""
        return form.lemma == CONDEMN_LEMMA and i + 1 < self.count and self.words[i + 1] in COURT_SUBJECTS

    def tightens(self, i: int, form: CueForm) -> bool:
        """"شدد" with a thing tightened after its subject and before its على: "وشددت قوات أمن شمال سيناء إجراءات
        التفتيش على طول الطريق"، "قد شددت رقابتها على …" (its subject before it), "وشددت الأجهزة الأمنية من
        إجراءاتها" (s42 ind42). Right after the verb the word is its subject unless it has a pronoun ("وشددت
        الإجراءات والضوابط الانتخابية على أن …" stress, they do not tighten)."""
        if form.lemma != STRESS_LEMMA:
            return False
        _, limit = self.x.sentence_bounds(i)
        for k in range(i + 1, limit):
            word = self.words[k]
            if word in form.preps or self.valid_complementizer(k) or not self.is_word(k):
                return False
            if word in TIGHTENED_OBJECTS and (k > i + 1 or lx.possessive_stem(self.original_word(k)) is not None):
                return True
        return False

    def catches_eye(self, i: int, form: CueForm) -> bool:
        """"لفت" with the eye or the attention it caught right after it ("ولفت نظري شيء غريب"، "لفت انتباهي أن …"،
        "ويلفت الأنظار"): it caught someone's eye, no one speaks; with its إلى right after, it points something out
        ("وكانت تقارير صحافية قد لفتت الأنظار إلى المخاطر …") (s42 ind42)."""
        if form.lemma != POINT_OUT_LEMMA:
            return False
        _, limit = self.x.sentence_bounds(i)
        start = self.skip_adverbs(i + 1, limit)
        if start >= limit or self.words[start] not in ATTENTION_OBJECTS:
            return False
        return not (start + 1 < limit and self.words[start + 1] in form.preps)  # "قد لفتت الأنظار إلى المخاطر" points out

    def signs(self, i: int, form: CueForm) -> bool:
        """The bare "توقع" with a thing signed after it, before any complement or comma: the present of وقّع
        ("من المقرر أن توقع إدارة المطار الخميس عقد …"، "أول شركة توقع اتفاقية"), not "he expected" (s42 ind42)."""
        if form.lemma != EXPECT_LEMMA or self.words[i] != EXPECT_LEMMA:
            return False
        _, limit = self.x.sentence_bounds(i)
        for k in range(i + 1, min(limit, i + 1 + SIGNED_REACH)):
            if self.valid_complementizer(k) or self.words[k] in COMMAS:
                return False
            if self.words[k] in SIGNED_OBJECTS:
                return True
        return False

    def after_relative(self, i: int) -> bool:
        """Whether the verb at ``i`` opens a relative clause: a relative pronoun right before it, or
        before كان and its forms ("الذين كانوا يعتقدون", "التي يرى")."""
        k = i - 1
        while k >= 0 and self.words[k] in KANA:
            k -= 1
        return k >= 0 and self.words[k] in lx.RELATIVES

    def event_subject(self, i: int, form: CueForm) -> bool:
        """Whether the verb at ``i`` has for subject an event or an experience (event_subject in
        clause_words.tsv): right after it ("وتؤكد موجة العنف …", "تقول لنا خبرتنا السابقة إن …"), or
        before it in the same clause when nothing after the verb can be its subject ("لكن الوقائع تؤكد
        أن …", "خبرتنا السابقة تقول إن …", "سخونة المعارك … تؤكد ذلك")."""
        k = i + 1
        while k < self.count and self.words[k] in ADDRESSEE_PPS:
            k += 1
        if k >= self.count:
            return False
        if self._event_noun(self.words[k]):
            return True
        if form.prefix or not (self.valid_complementizer(k) or self.words[k] in DEMONSTRATIVES
                               or self.words[k] in lx.PREP_WORDS):
            return False
        for m in range(i - 1, max(-1, i - 1 - EVENT_SUBJECT_REACH), -1):
            if not self.is_word(m) or m in self.cues or self.words[m] in lx.RELATIVES:
                return False  # "المعارك في تلك المناطق التي قال إن …": the relative's antecedent speaks
            if self._event_noun(self.words[m]) and self.subject_opens_clause(m):
                return True
        return False

    def demonstrative_subject(self, k: int) -> bool:
        """"وأكد هذا المصدر أن …"، "وأضافت هذه المصادر أن …": "this" before a definite speaker head is
        one phrase with it, the subject; not "ذلك" ("أوضح ذلك المتحدث الرسمي …" points back) nor an
        indefinite word after it ("أوضح هذا مدير الإدارة": "this" is the object)."""
        word = self.words[k + 1]
        return (self.words[k] in NEAR_DEMONSTRATIVES and word.startswith("ال") and word not in DEMONSTRATIVE_NON_SPEAKERS
                and lx.head_kind(word) in ("title", "anon", "org", "media"))

    def subject_opens_clause(self, m: int) -> bool:
        """Whether the word at ``m`` opens its clause, so it is the subject of the verb after it: the
        sentence or a comma before it, or أن / لكن ("وأن سخونة المعارك …", "لكن الوقائع …"), not a
        preposition ("في المعارك")."""
        if m == 0 or not self.is_word(m - 1):
            return True
        before = self.words[m - 1]
        return before in CLAUSE_OPENERS or (len(before) > 2 and before[0] == "و" and before[1:] in CLAUSE_OPENERS)

    @staticmethod
    def _event_noun(word: str) -> bool:
        """A listed event noun, with و / ف before it or not ("وخبرتنا", "فالوقائع")."""
        return word in EVENT_SUBJECTS or (len(word) > 4 and word[0] in "وف" and word[1:] in EVENT_SUBJECTS)

    def impersonal_that(self, i: int) -> bool:
        """"ويذكر أن …", "وتبين بعد الفحص أنها …": an impersonal verb whose complement follows, at most
        after a short phrase saying when or how (no one named on the way)."""
        for k in range(i + 1, min(self.count, i + 5)):
            if self.valid_complementizer(k):
                return True
            if not self.is_word(k) or self.subject_like(k) or self.words[k] in IMPERSONAL_SUBJECTS:
                return False  # "يتوقع كثيرون أن …": a subject after the verb, so someone expects (s54-ind56)
        return False

    @staticmethod
    def _future_verb(word: str) -> bool:
        """A future verb (سيكون، ستبدأ، سنواصل): a clause opens with it."""
        return (len(word) >= 5 and word[0] == "س" and word[1] in "يتنا" and word[2] != "ا"
                and not word.endswith(("ات", "ه", "ي", "يه")) and word not in lx.cue_forms())

    def no_subject_after_cue(self, i: int, start: int, form: CueForm, after_adverb: bool) -> bool:
        """Whether the word at ``start`` after the verb at ``i`` cannot be its subject: a present-tense
        verb right after a prefixed verb taking a colon ("وأضاف يستمد …", speech with its colon left
        out), a word with the accusative tanween (tan50), or a plain noun that no speaker head or entity
        begins after an adverb ("وذكرت أيضاً تفاصيل …": the object, the speaker goes on); a name, a title
        or a listed head still speaks."""
        word = self.words[start]
        if self.accusative_tanween_at(start):
            return True  # "تقر ضمنًا أن …"، "وتعتبر مصدرًا …": a word with the accusative tanween is no subject (tan50)
        if self.object_noun_at(start):
            return True  # "وكشفت النقاب عن …"، "فيما عزت سبب الارتفاع إلى …": a noun that never speaks opens the object (ind51a)
        if start in self.entity_starts or lx.head_kind(word) is not None or not self.is_word(start):
            return False
        if after_adverb:
            return True
        return (form.prefix and "colon" in form.flags and "strict" not in form.flags and start == i + 1
                and self._present_verb(word))

    def object_noun_at(self, k: int) -> bool:
        """Whether the word at ``k``, right after a reporting verb, is a listed noun that never speaks
        ("النقاب"، "سبب"، "مدى"، "حقيقة"): it opens what the verb reports ("وكشفت النقاب عن مساع …"،
        "فيما عزت سبب الارتفاع إلى …"), so the verb has no subject there and the speaker goes on — not the
        noun of a name the tagger found."""
        return self.words[k] in OBJECT_NOUNS and k not in self.entity_starts

    def unspoken_after_verb(self, k: int, form: CueForm) -> bool:
        """Whether the word at ``k``, right after a reporting verb, says that nobody spoke: a listed noun
        ("حالة": "وأُعلنت حالة الطوارئ"، "ووُصفت حالة 15 بالحرجة"، "ويعلن حالة التقشف" — a passive's subject or
        a state declared), or "النقاب" after a bare masculine singular verb, the passive "من جهة أخرى، كُشف النقاب
        عن …"، "وقد كُشف النقاب" (the active "كشف الوزير النقاب" has its subject first, "وكشفت النقاب" agrees with
        no masculine noun, and "وكشف النقاب عن …" with its و goes on with the speaker before)."""
        word = self.words[k]
        if k in self.entity_starts:
            return False
        return word in UNSPOKEN_NOUNS or (word == "النقاب" and form.gender == "m" and not form.plural and not form.prefix)

    @staticmethod
    def _first_person_verb(word: str) -> bool:
        """A verb in the first person plural (نسأل، نتوقع; دشنا، استطعنا): news narration is written in
        the third person, so after a speech verb it opens the speaker's own words. Not a word ending in
        -انا / -ينا / -ونا, where names and adverbs end (أحيانا، مارينا، أريزونا), nor one with a noun
        ending (نتيجة، نظرا)."""
        if len(word) < 4 or word in lx.cue_forms():
            return False
        if word.endswith("نا"):
            return not word.endswith(("انا", "ينا", "ونا"))
        return (word[0] == "ن" and word[1] not in "اوي" and lx.head_kind(word) is None
                and not word.endswith(("ون", "ين", "ات", "ه", "ي", "ا")))

    def opener_after_subject(self, i: int, form: CueForm, start: int, np_end: int, limit: int) -> bool:
        """"وأضاف التقرير، كانت الطريقة …"، "وقالت الدكتورة X، نسأل الله …": after a verb that only
        reports speech and its named subject, a comma and then a word that cannot go on describing the
        speaker (a form of كان, a speech opener, a future or first-person verb, a past verb in the
        feminine: "…، تلقت غرفة العمليات بلاغا") is the colon left out.
        Not after "كما" / "مثلما" ("كما قال X، ولكن …": a source closing the clause before it), and not a name or
        a title after the comma ("وقال X، نائب رئيس …")."""
        if form.kind != "verb" or "colon" not in form.flags or form.flags & {"strict", "quote", "noun", "object"}:
            return False
        if np_end <= start or np_end + 1 >= limit or self.words[np_end] not in COMMAS or self.words[np_end] in ("؛", ";"):
            return False
        before = self.words[i - 1] if i else ""
        if before in AS_SAID or (before.startswith("و") and before[1:] in AS_SAID):
            return False
        k = np_end + 1
        word = self.words[k]
        if k in self.entity_starts or not self.is_word(k) or lx.head_kind(word) is not None:
            return False
        return (word in KANA or word in lx.clause_words("speech_opener") or self._future_verb(word)
                or self._first_person_verb(word) or self._feminine_past(word))

    @staticmethod
    def _feminine_past(word: str) -> bool:
        """A past verb in the feminine, its subject after it (تلقت، أعلنت، شهدت): a word of four letters
        or more in ت with no article; not a plural in -ات nor a word in -وت / -يت (بيروت، توقيت)."""
        return (len(word) >= 4 and word.endswith("ت") and not word.startswith("ال")
                and not word.endswith(("ات", "وت", "يت")) and word not in lx.cue_forms())

    @staticmethod
    def _present_verb(word: str) -> bool:
        """A third-person present verb (يستمد، يتضمن): ي and a stem, no article, no plural or
        feminine noun ending; a future verb (سيكون) counts too."""
        return (len(word) >= 4 and word[0] == "ي" and word[1] not in "اى" and not word.endswith(("ون", "ين", "ات", "ة", "ي", "ية"))
                and word not in lx.cue_forms()) or IndirectQuotes._future_verb(word)

    def adjective_participle(self, i: int, form: CueForm) -> bool:
        """A participle with no comma before it that agrees with the noun before it as an adjective
        (a feminine or plural ending: "حالات مؤكدة أو شبه مؤكدة"), and is not followed by a
        complement or its preposition: an attribute, not a reporting participle."""
        if form.kind == "participle" and i and (self.words[i - 1] in COPULAS or self.words[i - 1] in KANA):
            return True  # "كما كان متوقعا", "ليس مستبعدا": the predicate of كان/ليس, not a speaker's participle
        if form.kind != "participle" or not i or not self.is_word(i - 1):
            return False
        if self.words[i].endswith("ا") and not self.indefinite_accusative(i - 1):
            return False
        if self.words[i - 1] in ("و", "ف") or self.words[i - 1] in lx.cue_forms():
            return False
        k = i + 1
        if k >= self.count or not self.is_word(k):
            return k < self.count and self.words[k] not in (":", "«", '"', "“")
        if self.valid_complementizer(k) or self.words[k] in DEMONSTRATIVES or self.words[k].startswith("ال"):
            return False  # "… محذرة المسافرين من …": a definite object follows the participle
        if "noun" in form.flags and self.content_word(k, listed=True):
            return False  # "… مؤكدة أهمية تلبية الاحتياجات": a listed object noun follows
        if k + 1 < self.count and self.words[k] in PRONOUN_PPS and self.valid_complementizer(k + 1):
            return False  # "مؤكدة فيه أن …"
        return not any(self.words[k] == p or (self.words[k].startswith(p) and p in ("ب", "ل")) for p in form.preps)

    def indefinite_accusative(self, k: int) -> bool:
        """"قصرا مشيدا", "حضورا لافتا": a word written with the accusative alif, no article."""
        w = self.words[k].lstrip("وف") if len(self.words[k]) > 3 else self.words[k]
        return len(w) > 2 and w.endswith("ا") and not w.startswith("ال") and not w.endswith("ءا")

    def wished_object_after(self, i: int, k: int, limit: int, flags: frozenset[str]) -> bool:
        """"متمنيا لهم التوفيق", "وتمنى له الشفاء العاجل": right after a noun-object cue, the one it is
        meant for ("له"، "لهم") comes before a definite object, which is what was wished or said; the
        content keeps both, as for "متمنيا للطلاب التوفيق". A ب-phrase after it ("ودعوا لهم بالمغفرة")
        is a prayer, not speech, and a "له" further on belongs to a noun ("في بيان له")."""
        return ("noun" in flags and k == i + 1 and k + 1 < limit and self.is_word(k + 1)
                and self.words[k + 1].startswith("ال"))

    def told_object(self, start: int, np_end: int) -> tuple[int, int, bool] | None:
        """"أبلغ مسؤول كبير بالمجلس شبكة فوكس بيزنس أن …"، "وأخبر المؤرخ جيمس هولاند الصحيفة أن …"، "وأبلغ خامنئي
        أنصاره أن …": a verb of telling (flag ``tell``) takes whom it told as its object right after a complete
        subject (a person's name, a definite word, a nisba, a name the tagger found): an outlet, the via; after a
        person's name also a noun with its pronoun, "أحد …" or another person, the audience. (start, end, whether
        an outlet) of that object in the phrase ``[start, np_end)``, else None (lead40j)."""
        words = self.words
        for k in range(start + 1, np_end):
            prev = words[k - 1]
            if (not self.is_word(k - 1) and prev != ")") or prev in lx.PREP_WORDS:
                continue  # (an aside in brackets may close the subject: "مسؤول كبير بالمجلس (البنك المركزي) شبكة …")
            after_name = k - 1 in self.person_ends
            if not (after_name or prev.startswith("ال") or (len(prev) > 3 and prev.endswith(("ي", "يه", "يون", "يين")))
                    or prev in TOLD_AFTER or prev == ")" or self.has_entity(self.span(k - 1, k))):
                continue
            if k in self.open_at:
                q = self.x.quotations[self.open_at[k]]
                close = self.close_token(q)
                if (close is not None and close < np_end and self.quote_words(q) <= SHORT_NAME_WORDS
                        and _outlet(self.x.original_text(q.content_start, q.content_end)) is not None):
                    return k, close + 1, True  # "وأبلغت مصادر ميدانية «الشرق الأوسط» أن …"
                continue
            if not self.is_word(k):
                continue
            word = words[k]
            if lx.head_kind(word) == "media":
                return k, max(k + 1, self.media_tail(k + 1, name=True)), True
            if word in lx.marker_words("media_nominal"):
                return k, k + 1, True  # "الصحيفة": the paper named before
            if not word.startswith("ال"):
                outlet_end = next((k + n for n in (4, 3, 2, 1) if k + n <= np_end and self.outlet_words(k, k + n)), None)
                if outlet_end is not None:
                    return k, outlet_end, True
            if after_name and (word in ("احد", "احدي") or self.entity_starts.get(k) in self.person_ids
                               or (self.original_word(k).endswith(lx.PRONOUN_SUFFIXES) and lx.head_kind(word) is None
                                   and k not in self.entity_starts and len(word) > 4)):
                return k, np_end, False
        return None

    def outlet_words(self, a: int, b: int) -> bool:
        """Whether the words ``[a, b)`` name an outlet (not a paper's name that is a common word)."""
        if not all(self.is_word(m) for m in range(a, b)):
            return False
        outlet = _outlet(self.x.original_text(self.x.starts[a], self.x.ends[b - 1]))
        return outlet is not None and not (b == a + 1 and self.original_word(a) in outlet.ambiguous)

    def indirect_from_cue(self, i: int, form: CueForm) -> Candidate | None:
        words = self.words
        _, limit = self.x.sentence_bounds(i)
        if "docnoun" in form.flags and i + 1 < limit and lx.head_kind(words[i + 1]) in ("doc", "org", "media"):
            form = _with_noun(form)  # "وأظهرت الحصيلة تراجع الفاتورة": a text's finding is its object
        flags = form.flags
        noun_object = "noun" in flags and ("strict" not in flags or _unambiguous(form, words[i]))
        start = i + 1
        if "source" in flags:
            return self.sourced_from_cue(i, form, limit)
        lead_via = None
        after_adverb = False
        if form.kind == "verb":
            start = self.skip_adverbs(self.skip_circumstance(start, limit), limit)
            after_adverb = start > i + 1 and words[i + 1] in lx.clause_words("adverb")
            start, lead_via = self.skip_lead(start, limit)
            if lead_via is None and "tell" in flags:
                start, lead_via = self.told_outlet_first(start, limit)
            if self.told_before(i, form, start, limit):
                return self.told_before_quote(i, form, start, limit)
            if (start + 1 < limit and words[start] in DEMONSTRATIVES and self.subject_like(start + 1)
                    and lx.head_kind(words[start + 1]) not in ("doc",) and not self.demonstrative_subject(start)):
                return None  # "أوضح ذلك مشرف إدارة …": what was said came before
        if form.kind == "verb" and start < limit and self.unspoken_after_verb(start, form):
            return None  # "وأُعلنت حالة الطوارئ"، "كُشف النقاب عن …": nobody spoke (ind51b)
        if "gratitude" in flags:
            return self.thanks_quote(i, form, start, limit)
        if "accuse" in flags and form.kind == "participle" and not self.accused_after(start, limit):
            return None  # "وأدانت المحكمة متهما سعوديا بـ…", "107 متهما": the noun "a defendant"
        if self.laden_participle(i, form):
            return None  # "…، محملة بمواد غذائية": loaded with goods, nobody blamed (s55 cue57)
        # a time written after the verb's subject ends it, as it ends a participle's: "وقال وزير النقل في يونيو الماضي
        # إن …" is when he said it, not who he is (sp47a)
        np_end = self.subject_end(start, limit, form) if form.kind == "participle" else self.parse_np(start, limit, preps=form.preps, fi_times=True)
        if form.kind == "verb" and np_end > start + 1 and words[i] in VERB_OR_NOUN:
            np_end = self.described_after_name(start, np_end)
        if form.kind == "verb" and "stance" in flags:
            np_end = self.stance_object_start(start, np_end)  # "وجدد العمرة التأكيد على أن …"
        accused = None
        if "accuse" in flags and form.kind == "verb" and np_end > start + 1:
            named = min((e for e in range(start, np_end - 1) if e in self.person_ends), default=None)
            if named is not None:
                # "واتهم روبيو أوباما بالتخلي …": the subject ends with the first name, whom it accuses follows
                np_end = accused = named + 1
        elif "accuse" in flags and form.kind == "verb" and np_end == start + 1 == self.object_break:
            accused = np_end  # "اتهم جوردون مؤلفه أورين بـ…": the surname ended the phrase (ind40a), whom it accuses follows
        told = None
        if "tell" in flags and form.kind == "verb":
            # a phrase already cut before its verb's object (ind40a's surname: "وأبلغ خامنئي | أنصاره") is read
            # on to the object's end, so that whom it told is still found
            reach = np_end
            if np_end == self.object_break and np_end > start:
                reach = self.parse_np(np_end, limit)
                self.object_break = np_end  # (the object's own parse may have set it elsewhere)
            told = self.told_object(start, max(reach, np_end))
        if told is not None:
            np_end = told[0]  # "أبلغ مسؤولون حكوميون رويترز أن …": whom the subject told ends the subject (lead40j)
        no_subject = form.kind == "verb" and np_end > start and self.no_subject_after_cue(i, start, form, after_adverb)
        if no_subject:
            np_end = start  # "وأضاف يستمد هذا المنتدى …", "وذكرت أيضاً تفاصيل …": no subject, the speaker goes on
        if (form.kind == "verb" and np_end > start and self.from_phrase(start)
                and (form.prefix or self.named_before_verb(i) is None)):
            np_end = start  # "وطالب من الإعلام السعودي أن …": whom it asked, no subject, the speaker goes on (s42 ind42)
        if "accuse" in flags and form.kind == "verb" and start < limit and self.prepositional_start(start, takes_bi=True):
            return None  # "واتهم بالقتل العمد": with its ب right after it the verb is the passive, nobody spoke
        if form.kind == "verb" and np_end > start and self.prepositional_start(start, takes_bi="ب" in form.preps):
            np_end = start  # "واشاد بدور رجال الأمن …", "ودعت بنبرة هادئة إلى …": no subject, the speaker goes on
        if form.kind == "verb" and np_end > start and self.manner_without_subject(start, limit):
            np_end = start  # "وأشار بشكل واضح إلى أن …": how it was said, no subject (ind53)
        if form.kind == "verb" and self.where_said(start, np_end) and (form.prefix or self.named_before_verb(i) is None):
            np_end = start  # "وقال في الاتصال الهاتفي إن …": the speaker goes on ("وكانت السلطات اعلنت في …": hers)
        head_only = None
        called_on = self.object_after_head(start, np_end) if form.kind == "verb" and "accuse" not in flags else None
        if called_on is None and form.kind == "verb" and "object" in flags and "accuse" not in flags:
            called_on = self.called_after_name(start, np_end, limit, form)
        if called_on is None and form.kind == "verb" and "object" in flags and "accuse" not in flags:
            called_on = self.called_after_definite(start, np_end, limit, form)
        if called_on is None and form.kind == "verb" and "object" in flags and "accuse" not in flags and np_end == start + 1 == self.object_break:
            called_on = np_end  # "وحث العليان الجميع على …": the surname ended the phrase (ind40a), those called on follow
        if called_on is None and form.kind == "verb" and "object" in flags and np_end < limit and words[np_end] in EVERYONE_OBJECTS:
            called_on = np_end  # "وطالب دبكل الجميع بوقفة …": "everyone" ended the phrase (lead44c), the called on
        if called_on is not None and "object" in flags and self.scan_region(called_on, limit, form).stop == "prep":
            np_end = called_on  # "ودعا التقرير القطاع المصرفي إلى …": the head alone is the subject
        else:
            # "ويذكر المسؤولون الزوار بضرورة …": a -ون plural heads no genitive, so it is the whole subject
            head_only = called_on if called_on is not None and self.nominative_plural(words[start]) else None
            called_on = None
        if (form.kind == "verb" and np_end == start == i + 1 and self.urged_object(start, i, form)
                and self.scan_region(start, limit, form, allow_noun="noun" in flags).stop in ("that", "prep", "noun")):
            return self.urged_quote(i, form, start, limit)  # "وطالبت جميع المواطنين بـ…": "جميع" ended no subject (obj53)
        if form.kind == "verb" and np_end > start and (self.disagrees(start, np_end, form, i) or self.described_first(i, start, np_end)):
            np_end = start  # "ووصفت الممثل جهاد … بالصديق": a feminine verb, so the phrase is its object
            kana_before = i > 0 and self.words[i - 1] in ("كانوا", "كانا", "كانتا")  # "كان المحللون توقعوا مبيعات …"
            if form.plural and not (self.content_word(start, masdar=True, listed=True) or self.prep_follows(start, limit, form)
                                    or self.construct_object(start, limit) or kana_before or self.urged_object(start, i, form)):
                return None  # "ودعوا الأهلي …" (bade farewell): a plural verb with a plain noun after it is narration
            if start == i + 1 and self.addresses_people(start, i, form):
                return self.urged_quote(i, form, start, limit)  # "ونصح المزارعين بـ…" opens with whom it urged (obj53)
            if noun_object or "object" in flags or "noun" in flags:
                return self.object_quote(i, form, start, limit)
        relative = self.bi_relative_after(start, limit, form)
        if relative is not None and relative > np_end + BI_RELATIVE_REACH:
            relative = None
        region_from = told[1] if told is not None and told[0] == np_end else np_end
        region = self.scan_region(min(region_from, relative) if relative is not None else region_from, limit, form)
        if relative is not None and (region.stop not in ("that", "colon", "prep", "noun", "quote", "merge") or region.at > relative):
            np_end = min(np_end, relative)  # the speaker phrase ends before it
            region.stop, region.at = "prep", relative  # "وأشاد بما تحقق من إنجاز", "مشيدا بما شاهده": what it praised
        noun_first = False
        if noun_object and form.kind != "participle" and region.stop in ("that", "prep"):
            # "أكد الأمير أهمية الأنشطة … على أن …": an object noun comes before the complement
            np_noun = self.parse_np(start, limit, preps=form.preps, noun_object=True)
            noun_first = np_noun < np_end and self.content_word(np_noun, listed=True) and not (
                np_noun == start and lx.head_kind(words[start]) is not None)
        if called_on is not None:
            pass  # the object was found above: the phrase is not parsed again as an object noun
        elif noun_first or (noun_object and (region.stop not in ("that", "colon", "quote", "merge")
                                            or (region.stop == "quote" and region.at > start))):
            quote_at = region.at if region.stop == "quote" else None
            if form.kind != "participle" and not no_subject:
                np_end = self.parse_np(start, limit, preps=form.preps, noun_object=True, masdar=not noun_first)
            region = self.scan_region(np_end, limit, form, allow_noun=True)
            if region.stop == "none" and np_end < limit and self.is_word(np_end) and not self.boundary_at(np_end) and (
                np_end == start or self.content_word(np_end, masdar=True) or np_end == self.object_break
            ):
                region.stop, region.at = "noun", np_end
            if quote_at is not None and not self.object_before_quote(region, start, np_end, quote_at, limit,
                                                                     participle=form.kind == "participle" and "comma" in flags):
                return None  # the quotation is the speaker's name or the medium: the direct pass decides
        if (form.kind == "verb" and form.prefix and "colon" in flags and "strict" not in flags
                and (region.stop == "none" or self.first_person_subject(start, limit))
                and start < limit and start not in self.entity_starts
                and (self._future_verb(words[start]) or words[start] in lx.clause_words("speech_opener")
                     or self._first_person_verb(words[start]))):
            np_end = start  # "وأضاف ستكون الساعات المقبلة حاسمة", "وقال دشنا اليوم …": speech with its colon left out
            region = Region("colon", start)
        elif region.stop == "none" and self.opener_after_subject(i, form, start, np_end, limit):
            region = Region("colon", np_end + 1)  # "وأضاف التقرير، كانت الطريقة …": the comma stands for the colon
        cue_end = i + 1
        if region.stop == "merge":
            merged = region.at
            cue_end = merged + 1
            region2 = self.scan_region(merged + 1, limit, self.cues[merged])
            region2.via = region2.via or region.via
            region2.channel = region2.channel or region.channel
            region2.via_target = region2.via_target or region.via_target
            region2.time = region2.time or region.time
            region2.audience = region2.audience or region.audience
            region2.anonymous = region2.anonymous or region.anonymous
            region = region2
            self.used.add(merged)
        if told is not None and told[0] == np_end:
            quoted = told[0] in self.open_at  # "«الشرق الأوسط»": the name inside its marks, as for other vias
            span = self.span(told[0] + 1, told[1] - 1) if quoted else self.span(told[0], told[1])
            if told[2] and region.via is None:
                region.via = region.via_target = span
            elif not told[2] and region.audience is None:
                region.audience = span
        if region.np_end is not None and np_end > start:
            np_end = region.np_end
        if head_only is not None and np_end > head_only:
            np_end = head_only  # the speaker is the head; what was said was found as before
        if (region.stop == "prep" and "object" in flags and form.kind == "verb" and not form.prefix and np_end > start
                and self.named_before_verb(i) is not None):
            region.at = start  # "عضو الكتلة النائب X دعا العماد عون إلى …": whom it called on opens what was said (spk36)
        if region.stop == "prep" and called_on is not None and np_end == called_on:
            region.at = called_on  # whom it called on opens what was said, as for "دعا السكان إلى …"
        if region.stop == "prep" and "object" in flags and np_end > start and self.object_phrase(start, np_end):
            np_end = start  # "ودعا السكان إلى التعاون": the people called on are part of what was said
            region.at = start
        if form.kind == "participle" and "accuse" in flags and region.stop == "prep":
            accused = start  # "متهما وكيله بالتحايل عليه": the one accused opens what was said
        if region.stop == "prep" and accused is not None and region.at > accused:
            region.at = accused  # the one accused opens what was said, as for "دعا السكان إلى …"
        if region.stop == "prep" and "cause" in flags and form.kind == "verb":
            put_down = self.cause_object(start, np_end, region.at, form)
            if put_down is not None:
                # "وأرجعت الشركة الخسائر إلى …": what it puts down to the cause opens what was said
                np_end, region.at = min(np_end, put_down), put_down
        if region.stop == "quote":
            return None  # the direct pass decides about quotations
        if region.stop == "colon" and region.at < self.count and region.at in self.open_at:
            return None
        if region.stop not in ("that", "colon", "prep", "noun"):
            return None
        if "quote" in flags and region.stop != "colon" and not self.written_that(i, form, start, np_end, region, limit):
            return None  # "وكتب الباحثون أن …" reports; "كتب المقال", "كتب فانون … غير أن" do not
        if "clause" in flags and region.stop != "that":
            return None  # "توصل الطرفان إلى اتفاق": a finding is reported only as a clause
        if "present_that" in flags and form.tense == "present" and not self.threat_made(i, np_end, region):
            return None  # "ظواهر شاذة تهدد أمننا", "يهدد اللاعبين بالإصابات": a danger, not a threat made (s42 ind42)
        if "found" in flags and not self.found_that(form, start, np_end, region):
            return None  # "ووجد الباحثون أن …" reports; "لقد وجد أن …", "ووجدت أن …" (I found) do not
        if "strict" in flags and region.stop not in ("that", "colon", "prep") and not (region.stop == "noun" and noun_object):
            return None
        if region.stop not in ("that", "colon") and i and words[i - 1] in NARRATION_BEFORE:
            return None  # "ولم تعلن أي جهة مسؤوليتها", "التي تدعو إلى …": narration
        if (region.stop not in ("that", "colon") and region.at < self.count and words[region.at] in ("له", "لها", "لهم", "لهما")
                and not self.wished_object_after(i, region.at, limit, flags)):
            return None  # "ودعوا لهم بالمغفرة"
        if region.stop == "that":
            masdar = self.modal_masdar_before(region.at, i + 1)
            if masdar is not None:
                region.at = masdar  # "وشدد على أهمية أن يتخذ …": the noun whose complement it is opens what was said
                np_end = min(np_end, masdar)
        k = self.skip_adverbs(region.at, limit) if region.stop == "noun" else region.at
        if k >= limit or not any(self.is_word(m) for m in range(k, min(limit, k + 3))):
            return None
        end = self.clause_end(k)
        if region.stop not in ("that", "colon"):
            end = self.object_end(k, end)
        if end <= k:
            return None
        content = self.content_span(k, end)
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, cue_end), form=form, order=i, sentence=self.x.sentence[i],
                         priority=2 if region.stop in ("that", "colon") else 1)
        if region.chain is not None:
            # "نقلت الصحيفة عن مسؤول أن …": the source speaks, the subject relayed it
            if np_end > start:
                cand.via = self.span(start, np_end)
                cand.via_target = cand.via
            self.attach_np(cand, region.chain[0], region.chain[1], form, default="previous")
            cand.form = None  # the verb agrees with the relay, not with the source
        else:
            default = "sentence" if form.kind == "participle" or (start < limit and words[start] in ("فيها", "فيه")) else "previous"
            if form.kind == "verb" and i and words[i - 1] in lx.RELATIVES and np_end > start and words[start] in lx.PREP_WORDS:
                np_end = start  # "تسلا التي قالت في أبريل إنها …": no subject after the verb, the antecedent speaks
            kana = self.named_before_verb(i) if form.kind == "verb" and not form.prefix and np_end > start else None
            if kana is not None:
                # the subject stands before the verb, so the phrase after it is whom it was told to
                cand.np, cand.np_tokens, cand.resolve = self.span(kana, i), (kana, i), "explicit"
                if "object" not in flags and (lx.head_kind(words[start]) == "media" or start in self.open_at):
                    # "مصادر عراقية في وزارة المالية أبلغت «عكاظ» أن …": the outlet told is the via (spk36)
                    cand.via = cand.via_target = self.span(start, np_end)
            else:
                self.attach_np(cand, start, np_end, form, default=default)
            if cand.np is None and form.kind == "verb":
                if not self.preceded_subject(cand, i):
                    self.subject_before(cand, i)
                if cand.np is not None and not form.prefix and self.inside_clause(i, self.x.sentence_bounds(i)[0]):
                    cand.nested = True  # "وذكرت الوكالة أن القاضي قال إن …": the judge's words, inside the agency's
        if lead_via is not None:
            cand.via, cand.via_target, cand.via_nominal = lead_via
        if i in self.trailing_via and cand.via is None and region.via is None:
            # "وأكدت العائلة، وفقا لقناة «جيو»، رفض …، حسبما أفاد تقرير إخباري أمس.": the outlet next
            # to the verb is the via, not the report closing the sentence (q82)
            cand.via = cand.via_target = self.trailing_via[i]
        self.attach_region(cand, region)
        self.used.add(i)
        return cand

    def modal_masdar_before(self, at: int, floor: int) -> int | None:
        """The token of a verbal noun of need or possibility (``modal_masdar`` in clause_words.tsv, with or
        without ب) right before the أن whose clause opens at ``at``, not before ``floor``: "وشدد على أهمية أن
        يتخذ …"، "مشيرة إلى إمكانية أن يتم …"، "واقترح المجلس …، ضرورة أن توفر …". The clause is the noun's
        complement, so the noun opens what was said (session 59, span62). A noun of hope or trust ("عن أمله في
        أن") is not one: the dev gold opens those after أن."""
        that, masdar = at - 1, at - 2
        if masdar < floor or self.words[that] not in lx.COMPLEMENTIZERS or self.words[that].startswith(("ب", "ف")):
            return None
        word = self.words[masdar]
        if word in MODAL_MASDARS or (word.startswith("ب") and word[1:] in MODAL_MASDARS):
            return masdar
        return None

    def first_person_subject(self, start: int, limit: int) -> bool:
        """"وقال أنا على استعداد تام أن …": a first-person pronoun right after a third-person verb is no
        subject: the speaker's words begin with it, their colon left out, whatever complement follows (lead38g)."""
        return start < limit and self.words[start] in FIRST_PERSON_OPENERS and not self.valid_complementizer(start)

    def told_before(self, i: int, form: CueForm, start: int, limit: int) -> bool:
        """"أوضح ذلك المتحدث الرسمي …", "صرح بذلك مدير …": a past reporting verb opens its sentence, a
        word pointing back (told_before in clause_words.tsv) is its object and a speaker follows, so
        what the article told before it is that speaker's (quotes pass q69)."""
        return (form.tense == "past" and i == self.x.sentence_bounds(i)[0] and start == i + 1
                and start + 1 < limit and self.words[start] in TOLD_BEFORE and self.subject_like(start + 1))

    def told_before_quote(self, i: int, form: CueForm, start: int, limit: int) -> Candidate | None:
        """The quote of :meth:`told_before`: its content is the text before the verb, from the end of
        the last quote found before it (or the article's start) to the end of the sentence before."""
        first = 0
        for cand in self.candidates:
            if cand.content[1] <= self.x.starts[i]:
                first = max(first, self.x.token_at(cand.content[1]))
        while first < i and not self.is_word(first):
            first += 1
        if first == 0 or not any(self.is_word(m) for m in range(first)):
            first = self.after_byline(first, i)
        content = self.content_span(first, i) if first < i else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, start + 1), form=form, order=i,
                         sentence=self.x.sentence[i], priority=1)
        # the verb's ب-object is "بذلك" itself: a ب after the subject ("… للدفاع المدني بالعاصمة المقدسة الرائد
        # نايف الشريف") is part of it, not an object cutting it short (session 36, lead36n)
        preps = tuple(p for p in form.preps if p != "ب")
        self.attach_np(cand, start + 1, self.parse_np(start + 1, limit, preps=preps), form, default="previous")
        self.used.add(i)
        return cand

    def after_byline(self, first: int, i: int) -> int:
        """The token after a reporter's byline opening the article ("حامد القرشي - مكة المكرمة تلقى …"):
        a name of up to three words, a dash and a known place; ``first`` where there is none."""
        from khabar.clean.credits import is_person_name, is_place

        words = self.words
        dash = next((d for d in range(first + 1, min(i, first + BYLINE_NAME + 1)) if words[d] in DASHES), None)
        if dash is None or not is_person_name(self.x.original_text(self.x.starts[first], self.x.ends[dash - 1])):
            return first
        for end in range(min(i, dash + 1 + BYLINE_PLACE), dash + 1, -1):
            if is_place(self.x.original_text(self.x.starts[dash + 1], self.x.ends[end - 1])):
                return end
        return first

    def object_before_quote(self, region: Region, start: int, np_end: int, quote_at: int, limit: int, *,
                            participle: bool = False) -> bool:
        """Whether a noun-object verb's object begins right after its subject and before a quotation
        further on in the clause ("وأعلنت القوات العراقية تكثيف عملياتها … بهدف «تحرير» المحافظة"،
        "وأبدى الباحث أسفه للردود … عن «حماية …»"): a verbal noun or a listed noun of what was said,
        or the verb's own preposition ("أعلن عن"), opens it, and the quotation is part of what was
        said. A quotation inside the subject or the medium ("في حزب «المؤتمر الوطني»"، "عبر
        “تويتر”") leaves no such object; nor does a verb with no subject after it ("إن التصريحات …
        جددت تمسك …") or a question ("فكيف تنفي أميركا تقارير …؟"): quotes pass q59. A ``participle``
        that reports only after a comma (``comma`` in participles.tsv) has its subject before it, so its
        object opens right after it ("…، مرجعًا وقوع الحوادث إلى … «الشد العضلي»", lead37i)."""
        if region.at >= quote_at or (np_end == start and not participle):
            return False
        if region.at != np_end and region.stop != "prep" and not self.only_markers_between(region, np_end, region.at):
            return False
        if any(self.words[m] in ("؟", "?") for m in range(region.at, limit)):
            return False
        if region.stop == "prep":
            return region.at == np_end + 1
        if participle and region.stop == "noun" and region.at == start:
            return True  # its object, whatever noun opens it ("مرجعًا وقوع …")
        if self.original_word(region.at).endswith("ه") and not self.listed_with_pronoun(region.at):
            return False  # "أقامه الحزب": a verb with its object pronoun, not the verbal noun "إقامة"
        return region.stop == "noun" and self.content_word(region.at, masdar=True, listed=True)

    def only_markers_between(self, region: Region, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are only the time or the medium the region recorded, and commas
        ("أعلنت الوزارة، اليوم الاثنين، وفاة …"، "في بيان لها أمس استشهاد …"): the object still opens right
        after the subject's clause (s56 ind59)."""
        spans = [s for s in (region.time, region.channel) if s is not None]
        return bool(spans) and all(
            self.words[m] in COMMAS or any(lo <= self.x.starts[m] and self.x.ends[m] <= hi for lo, hi in spans)
            for m in range(a, b))

    def cause_object(self, start: int, np_end: int, at: int, form: CueForm) -> int | None:
        """Where the object of a verb of cause ("أرجع", "عزا") begins, between its subject
        (``start``..``np_end``) and the preposition of the cause before ``at``: right after the subject
        ("أرجعت الشركة هذه الخسائر إلى …"), or inside a subject phrase that ran on into it, at a
        demonstrative, "سبب" or a verbal noun ("وعزت المصادر تأجيل البطولة إلى …"), or past a phrase of
        where it was said at a demonstrative or "سبب". None where no object stands there, or where
        punctuation follows the subject."""
        words = self.words
        if at > start and words[at - 1] in form.preps:
            at -= 1  # "إلى" stands before its object
        if np_end > at:
            return None
        if np_end - start >= 2:
            split = next((k for k in range(start + 1, np_end) if words[k] in DEMONSTRATIVES or words[k] in CAUSE_OBJECTS), None)
            if split is None:
                split = self.parse_np(start, np_end, noun_object=True, masdar=True)
            if not start < split < np_end:
                split = self.after_subject_name(start, np_end)
            if start < split < np_end and self.is_word(split):
                return split  # "أرجعت وسائل إعلامية عدم إتمام الصفقة …": the phrase ran on into the object
        if np_end < at and all(self.is_word(k) for k in range(np_end, at)):
            if words[np_end] not in lx.PREP_WORDS:
                return np_end
            # "أرجعت الشركة في بيان صحفي هذه الخسائر إلى …": past where it was said, at a demonstrative or "سبب"
            return next((k for k in range(np_end + 1, at) if words[k] in DEMONSTRATIVES or words[k] in CAUSE_OBJECTS), None)
        return None

    def after_subject_name(self, start: int, np_end: int) -> int:
        """"وأرجع وزير الدفاع لويس كارلوس فيليجاس حادث التحطم إلى …": the token after the subject's person
        name, where the object of a verb of cause begins when the subject phrase ran on into it; ``start``
        where no name ends there, where the tagger closed the name at a given name (a family name may
        follow untagged: "ماجد بن عبدالله الحقيل") or where a title, a nisba, a particle of a name,
        a preposition, a word with و or another name follows ("… العلي رئيس اللجنة", "… السعودي")."""
        words = self.words
        named = next((e for e in range(start, np_end - 1) if e in self.person_ends), None)
        if named is None or len(words[named]) < 3 or lx.head_kind(words[named]) is not None or self.given_name_end(named):
            return start
        k = named + 1
        word = words[k]
        if (not self.is_word(k) or word.startswith("و") or word in lx.NAME_PARTICLES or word in lx.PREP_WORDS
                or lx.head_kind(word) in ("title", "honorific") or (word.startswith("ال") and word.endswith(NISBA_ENDINGS))
                or k in self.person_inner or self.has_entity(self.span(k, k + 1), types=("PER",))):
            return start
        return k

    def accused_after(self, k: int, limit: int) -> bool:
        """Whether token ``k``, right after an accusing participle, is whom it accuses: a definite
        word, a person or body the tagger found, a pronoun ("إياه") or a noun with its possessive
        ("وكيله"). An indefinite word there ("متهما سعوديا", which the tagger reads as a place) makes
        "متهما" the noun "a defendant"."""
        if k >= limit or not self.is_word(k):
            return False
        word = self.words[k]
        return (word.startswith("ال") or word in ACCUSED_PRONOUNS
                or (k in self.entity_starts and self.has_entity(self.span(k, k + 1), types=("PER", "ORG")))
                or lx.possessive_stem(self.original_word(k)) is not None)

    def laden_participle(self, i: int, form: CueForm) -> bool:
        """Whether the participle at ``i``, flagged ``laden`` (participles.tsv), has a word carrying the ب
        of "loaded with" right after it ("…، محملة بمواد غذائية"، "محملة بـ10 أطنان"): an adjective, no cue
        and no new attribution. The blame it reports takes whom it blames there ("محملا الحكومة المسؤولية"),
        never a ب: any word in ب that the tagger does not name ("بمواد" the clitic lexicon keeps whole), not
        "محملا بريطانيا المسؤولية"."""
        k = i + 1
        return ("laden" in form.flags and form.kind == "participle" and k < self.count and self.is_word(k)
                and self.words[k].startswith("ب") and not self.has_entity(self.span(k, k + 1)))

    def bi_relative_after(self, start: int, limit: int, form: CueForm) -> int | None:
        """Where "بما" / "بمن" (``bi_relative`` in clause_words.tsv) stands after a verb or participle
        taking ب, with only words and commas between (its subject: "وأشاد بما يحظى به القطاع …", "أشاد
        العقيد … في منطقة تبوك بما تحقق …", "مشيدا بما شاهده"): the relative "what" is the object, too
        short for the ب-object test, so the subject phrase ended before it. Not "بما في ذلك"
        (including) or "بما أن" (since)."""
        if "ب" not in form.preps:
            return None
        for k in range(start, min(limit, start + BI_RELATIVE_SEARCH)):
            word = self.words[k]
            if word in BI_RELATIVES:
                nxt = self.words[k + 1] if k + 1 < limit else ""
                return None if nxt in ("في", "ان", "انه", "انها") or not self.is_word(k + 1) else k
            if (not self.is_word(k) and word not in COMMAS) or k in self.cues or word in lx.COMPLEMENTIZERS:
                return None
        return None

    def disagrees(self, a: int, b: int, form: CueForm, verb: int) -> bool:
        """Whether the phrase ``[a, b)`` after the verb at ``verb`` cannot be its subject, so it is
        its object: a feminine verb does not take a masculine singular person ("ووصفت الممثل …", the
        actress described the actor; institutions, plurals and feminine heads agree), a masculine one
        not a feminine institution, and a verb written plural has its subject before it."""
        if form.kind == "verb" and self.kana_subject(verb) is not None:
            return True  # "كانت المعلمة قد اتهمت الجامعة …": the subject came before the verb
        plural = form.kind == "verb" and form.plural and form.person == 3 and self.words[verb].endswith(("وا", "ون", "ن"))
        if form.kind == "verb" and a == verb + 1 and self.addresses_people(a, verb, form):
            # what it urged them to follows the plural, as it would follow a subject; with nothing there
            # ("والأعمال التطوعية، وحث الباحثين عن عمل من …", a verbal noun in a list) nothing is said
            _, limit = self.x.sentence_bounds(a)
            said = ("that", "colon", "prep", "noun")
            return any(self.scan_region(k, limit, form, allow_noun=True).stop in said for k in (b, a + 1))
        if plural or (form.gender == "m" and not form.plural and form.person == 3 and self.feminine_institution(a, b, verb)):
            # "يشكون سوء النظافة": a verb marked plural has its subject before it (not the dual "شرحا",
            # written like the accusative noun "شرحاً"); "وطالب منظمة الحج بـ…": a masculine verb does not
            # take a feminine institution as subject. Loose news prose still writes "وقالوا المسؤولون إن …"
            # and "وذكر وزارة الصحة أن …": with a complement clause after the phrase, it is the subject.
            _, limit = self.x.sentence_bounds(a)
            return self.scan_region(b, limit, form).stop not in ("that", "colon", "quote")
        if form.gender != "f" or form.plural:
            return False
        head = self.words[a]
        if self.masculine_verbal_noun(a):
            return True  # "كما أعلنت استدعاء سفيرها …": the feminine verb's subject is not written
        if not head.startswith("ال"):
            return False  # "وأكدت رئيس اللجنة نشوى …": a woman may hold a title written masculine
        bare = head[2:]
        if lx.head_kind(head) not in ("title", "honorific") or bare.endswith(("ه", "ات")) or _bare(head) in PLURAL_HEADS:
            return False
        return not self.has_entity(self.span(a, b), types=("ORG",))

    def described_after_name(self, start: int, np_end: int) -> int:
        """"ووصف مصدر مسؤول بنادي الاتفاق الخطوة التي … بأنها …": after "وصف" the subject and then
        what was described stand before the description; a plain word right after a name the tagger
        found (not a title, not a genitive with لـ/بـ, not a comma) begins what was described."""
        last = max((e for e in range(start, np_end - 1) if e in self.entity_ends), default=None)
        if last is None:
            return np_end
        word = self.words[last + 1]
        if last + 1 in self.entity_starts or last + 1 in self.person_inner or last + 1 in self.person_ends:
            return np_end  # "قائد فريق الاتحاد محمد نور": the holder's name after an institution
        if not self.is_word(last + 1) or lx.head_kind(word) is not None or word[:1] in ("ل", "ب", "و") or word in lx.NAME_PARTICLES:
            return np_end
        return last + 1

    def described_first(self, verb: int, start: int, end: int) -> bool:
        """"ووصف استهداف المصلين بالأمر الخطير": after "وصف" (read as the verb only where its
        description follows, ``opens_clause_with_description``) an indefinite verbal noun is what was
        described, not who described it; the subject is the speaker before. So is a phrase that
        reaches the description alone and names no one (``described_thing``)."""
        return self.words[verb] in VERB_OR_NOUN and (self.masculine_verbal_noun(start) or self.described_thing(start, end))

    def described_thing(self, start: int, end: int) -> bool:
        """"ووصف معسكر الفريق في تركيا بأنه …", "ووصف الاتفاق بأنه تاريخي" (dq42b): the one phrase between
        "وصف" and its description ("بأنه", "بال…") is what was described when it cannot name a
        speaker (no speaker word, no name: ``subject_like``); "ووصف الوزير الاتفاق بأنه …" has its
        subject first, "وتصف «بوندي بلوغ» نفسها بأنها …" a name in quotation marks and itself, "ووصف آخرون بعض
        النقاط …"، "ووصف مجموعة من الشباب ليلة الافتتاح …" an unnamed many."""
        if end >= self.count or not (self.words[end].startswith(DESCRIPTION_OPENINGS) or self.words[end] in DESCRIPTION_WORDS):
            return False
        if not self.is_word(start) or any(self.words[k] in SELF_WORDS for k in range(start, end)):
            return False
        first = self.words[start]
        if not first.isalpha() or first in UNNAMED_MANY or (start + 1 < end and self.words[start + 1] == "من"):
            return False  # "ووصف آخرون …"، "ووصف مجموعة من الشباب ليلة …"، "وصف 43 في المائة من …": people, unnamed
        return not (self.subject_like(start) or self.given_name_at(start)
                    or self.has_entity(self.span(start, end), types=("PER", "ORG")))

    def masculine_verbal_noun(self, k: int) -> bool:
        """Whether token ``k`` is an indefinite masculine verbal noun ("استدعاء", "ارتكاب", "تواصلها"; by
        the patterns of derived verbs only, ``_derived_masdar``):
        right after a feminine verb it cannot be the subject, which would agree ("وخلصت مراجعة …",
        "وكشفت دراسة …" do), so it begins the object."""
        word, written = self.words[k], self.original_word(k)
        if word.startswith("ال") or lx.head_kind(word) is not None or self.has_entity(self.span(k, k + 1), types=("PER", "ORG", "LOC", "MISC")):
            return False
        if not _derived_masdar(word) or written.endswith(("ة", "ات")):
            return False
        stem = lx.possessive_stem(written)
        return stem is None or not stem.endswith("ت")  # "مراجعتها": a feminine noun before the pronoun

    def construct_object(self, start: int, limit: int) -> bool:
        """"يشكون سوء النظافة": a noun in the construct state (no article, a definite genitive after it,
        not a name) is an object the verb governs."""
        word = self.words[start]
        return (start + 1 < limit and not word.startswith("ال") and self.words[start + 1].startswith("ال")
                and start not in self.entity_starts and lx.head_kind(word) is None and word not in lx.NAME_PARTICLES)

    def prep_follows(self, start: int, limit: int, form: CueForm) -> bool:
        """Whether the verb's preposition follows its object within a few words ("حثوا أنقرة على …")."""
        for k in range(start + 1, min(limit, start + MAX_NP)):
            word = self.words[k]
            if word in COMMAS or word in SENTENCE_END:
                return False
            if word in form.preps or ("ب" in form.preps and self.bi_object(k)):
                return True
        return False

    def feminine_institution(self, a: int, b: int, verb: int) -> bool:
        """"وطالب منظمة الحج باتخاذ …": right after a masculine verb, an institution written with ة
        (منظمة، وزارة، هيئة، شركة) is not its subject, which would make the verb feminine."""
        head = self.words[a]
        if self.plural_bodies_at(a) and not self.despite_before(verb):
            return True  # "ودعا السلطات إلى …"، "واتهم دول الخليج بـ…": bodies in the plural take a feminine verb (ind47a)
        if lx.head_kind(head) != "org" or not self.original_word(a).endswith("ة"):
            return False
        return not self.has_entity(self.span(a, b), types=("PER",))

    def despite_before(self, verb: int) -> bool:
        """Whether "رغم" (or "ورغم"، "برغم") stands right before the verb at ``verb``: no finite verb follows
        it, so the cue is the verbal noun written alike and the phrase after it its agent ("ورغم نفي السلطات …")."""
        before = self.words[verb - 1] if verb else ""
        return before in DESPITE_WORDS or (before.startswith("و") and before[1:] in DESPITE_WORDS)

    def plural_bodies_at(self, a: int) -> bool:
        """Whether token ``a`` is the plural of bodies or states (word_classes.tsv ``plural_bodies``: سلطات،
        جهات، دول، قوات), with or without its article: a verb before such a subject is feminine ("وطالبت قوات
        التحالف"), so after a masculine singular verb it is whom the verb calls on or accuses."""
        head = self.words[a]
        return (head[2:] if head.startswith("ال") else head) in PLURAL_BODIES

    def object_quote(self, i: int, form: CueForm, start: int, limit: int) -> Candidate | None:
        """A verb with no subject written and its object as the content (the speaker is found before)."""
        if i and self.words[i - 1] in NARRATION_BEFORE:
            return None
        end = self.object_end(start, self.clause_end(start))
        content = self.content_span(start, end) if end > start else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, i + 1), form=form, order=i, sentence=self.x.sentence[i], priority=1)
        self.attach_np(cand, start, start, form, default="previous")
        self.subject_before(cand, i)
        self.used.add(i)
        return cand

    def thanks_quote(self, i: int, form: CueForm, start: int, limit: int) -> Candidate | None:
        """"ورفع رئيس النادي، نيابة عن الأعضاء، خالص التعازي لـ…", "كما تقدم بالشكر لـ…": the thanks are
        the content, and what stands between the verb and them is the subject (and how it was said)."""
        thanks = next((k for k in range(start, limit) if thanks_word(self.words[k])), None)
        if thanks is None or (i and self.words[i - 1] in NARRATION_BEFORE):
            return None
        # the subject ends at the first comma or "باسمه/نيابة عن" ("رئيس النادي، نيابة عن الأعضاء، خالص …")
        stop = next((k for k in range(start, thanks) if self.words[k] in COMMAS or self.words[k] in ON_BEHALF), thanks)
        np_end = min(self.parse_np(start, stop, preps=form.preps), stop) if stop > start else start
        region = self.scan_region(np_end, thanks + 1, form, allow_noun=True)
        end = self.object_end(thanks, self.clause_end(thanks))
        content = self.content_span(thanks, end) if end > thanks else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, i + 1), form=form, order=i, sentence=self.x.sentence[i], priority=1,
                         silent=form.lemma in THANKS_ACTS)  # "وقدم الوزير الشكر لـ…": an act, no quote (s54 cue56)
        self.attach_np(cand, start, np_end, form, default="previous")
        if cand.np is None:
            self.subject_before(cand, i)
        self.attach_region(cand, region)
        self.used.add(i)
        return cand

    def sourced_from_cue(self, i: int, form: CueForm, limit: int) -> Candidate | None:
        """"وجاء في البيان أن …", "وعلمت «الشرق الأوسط» من مصادر أن …": the phrase after the
        preposition is the source; a subject before it relayed the words (via)."""
        words = self.words
        start = i + 1
        relay_end = self.parse_np(start, limit, preps=form.preps)
        k = relay_end
        if k >= limit or words[k] not in form.preps:
            return self.outlet_learned(i, start, relay_end, limit)
        source_end = self.parse_np(k + 1, limit)
        if source_end <= k + 1:
            return None
        source_end = self.past_source_description(source_end, limit)
        region = self.scan_region(source_end, limit, None)
        if region.stop not in ("that", "colon"):
            return None
        end = self.clause_end(region.at) if region.at < limit else region.at
        content = self.content_span(region.at, end) if end > region.at else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, i + 1), order=i, sentence=self.x.sentence[i], priority=2)
        self.attach_np(cand, k + 1, source_end, None, default="previous")
        if relay_end > start:
            cand.via = cand.via_target = self.span(start, relay_end)
        self.attach_region(cand, region)
        self.used.add(i)
        return cand

    def written_that(self, i: int, form: CueForm, start: int, np_end: int, region: Region, limit: int) -> bool:
        """A verb that reports only before a colon or a quotation ("كتب") and takes a complement (flag
        ``that``) reports its أن / إن clause too ("وكتب الباحث في مدونته أن …"), where the verb opens its
        clause (a conjunction on it, first in its sentence or after a comma or lead: not "يطالع كتب
        فانون …", "الحبر الذي كتبت به"), its complement follows the subject within ``WRITTEN_THAT_REACH``
        words, and it is not the passive of fate ("من كُتب عليهم أن …")."""
        if region.stop != "that" or "that" not in form.flags:
            return False
        if not (form.prefix or self.opens_clause(i)):
            return False
        if start < limit and self.words[start] in DECREED:
            return False
        return region.at - 1 <= max(np_end, start) + WRITTEN_THAT_REACH

    def found_that(self, form: CueForm, start: int, np_end: int, region: Region) -> bool:
        """A verb of finding ("وجد", flag ``found``) reports only its أن / إن clause, and only with its
        subject after it ("ووجد الباحثون أن …", "ووجدت الدراسة أن …") or, written plural with و/ف, a
        subject named before ("ووجدوا أنه …"); the subject definite or a speaker word or a name, the
        complement within ``WRITTEN_THAT_REACH`` words of it. Without one it is the passive ("لقد وُجد
        أن …", "وعند الوصول وجد أن …"), the writer's "I found" ("ووجدت أن …") or narration ("… وجدوا أن
        الفتاة فارقت الحياة"); after an indefinite noun, that noun is the object and the أن another
        verb's ("ووجدت منحدرا بجانب الباب الذي خرج منه وتكهنت أنه …")."""
        if region.stop != "that":
            return False
        if np_end > start:
            if not (self.words[start].startswith("ال") or self.subject_like(start)):
                return False
        elif not (form.prefix and form.plural):
            return False
        return region.at - 1 <= max(np_end, start) + WRITTEN_THAT_REACH

    def outlet_learned(self, i: int, start: int, end: int, limit: int) -> Candidate | None:
        """"وعلمت «الوطن» أن …" with no "من" + source after the paper: the paper itself reports what it
        learned, so it is the speaker. Only a paper's name (quoted, a media word, a known outlet) as the
        subject, and only before its complement: "وعلمت يومها أن …" (I learned) and "وعلم أن …" stay out."""
        if end <= start or not self.outlet_subject(start, end):
            return None
        region = self.scan_region(end, limit, None)
        if region.stop != "that" or region.at >= limit:
            return None
        close = self.clause_end(region.at)
        content = self.content_span(region.at, close) if close > region.at else None
        if content is None:
            return None
        cand = Candidate("indirect", content, cue=self.span(i, i + 1), order=i, sentence=self.x.sentence[i], priority=2)
        self.attach_np(cand, start, end, None, default="previous")
        self.attach_region(cand, region)
        self.used.add(i)
        return cand

    def outlet_subject(self, a: int, b: int) -> bool:
        """The phrase ``a``..``b`` names a paper or agency: a name in quotation marks, a media word
        ("صحيفة …"), or an outlet the outlet list knows."""
        if lx.head_kind(self.words[a]) == "media":
            return True
        if not self.is_word(a) and a + 1 < b and self.inside[a + 1] >= 0:
            return True
        return _outlet(self.x.original_text(self.x.starts[a], self.x.ends[b - 1])) is not None

    def object_after_head(self, start: int, np_end: int) -> int | None:
        """"ودعا التقرير القطاع المصرفي إلى …", "وحثت الصحيفة السلطات على …": a definite head word
        ("التقرير", "الصحيفة") takes no genitive, so a definite noun right after it that is not shaped
        as an adjective ("التقرير السنوي", "الأمين العام", "البيت الأبيض") begins the object of a verb
        that calls on someone. The token where the object begins, or None."""
        words = self.words
        if np_end - start < 2:
            return None
        if not words[start].startswith("ال") or lx.head_kind(words[start]) is None:
            return None
        second = words[start + 1]
        if not second.startswith("ال") or _adjective_shape(second) or self.one_name(start, start + 1):
            return None
        return start + 1

    def called_after_name(self, start: int, np_end: int, limit: int, form: CueForm) -> int | None:
        """"ودعت المستشارة الألمانية أنجيلا ميركل الحكومة التركية إلى …", "وطالب النائب سعد الحربي
        الحكومة بتوفير …": after the subject's person name, the people or body called on, then the
        verb's preposition with no comma between: that object opens what was said (as for "دعا السكان
        إلى …"). The token where the object begins, or None."""
        words = self.words
        named = next((e for e in range(start, np_end - 1) if e in self.person_ends), None)
        if named is None or len(words[named]) < 3 or lx.head_kind(words[named]) is not None or self.governed_name(start, named):
            return None  # "طب", "أمين", "محافظ محايل": a tagger's slip in a title, not the end of a name
        k = named + 1
        word = words[k]
        if (not self.is_word(k) or word.startswith("و") or word in lx.NAME_PARTICLES or word in lx.PREP_WORDS
                or lx.head_kind(word) in ("title", "honorific") or (word.startswith("ال") and word.endswith(NISBA_ENDINGS))
                or k in self.person_inner or self.has_entity(self.span(k, k + 1), types=("PER",))):
            return None  # "محمد العلي رئيس اللجنة", "… ومحمد السالم", "… السعودي": still the subject
        if not (self.named_body_at(k) or self.group_shape(word) or (word.startswith("ال") and not self.given_name_end(named))
                or self.members_of_body_at(k)):
            return None  # "ماجد بن عبدالله الحقيل", "عيسى قراقع": a family name the tagger left out
        region = self.scan_region(k, limit, form)
        if region.stop != "prep" or any(not self.is_word(m) for m in range(k, region.at)):
            return None  # "… آل الشيخ مفتي عام المملكة، الشباب إلى …": an untagged title runs to the comma
        return k

    def members_of_body_at(self, k: int) -> bool:
        """"طالب … إياد علاوي عناصر حزب العمال الكردستاني بمغادرة …": a bare noun in construct with a body the tagger
        found ("عناصر حزب …"، "قيادات الجيش …"): after a person's name, the people of that body called on (call60).
        Not a title or a word of a name (``plain_noun``), nor a given name the tagger left out."""
        return (k + 1 < self.count and self.plain_noun(k) and not self.given_name_at(k)
                and self.named_body_at(k + 1))

    def called_after_definite(self, start: int, np_end: int, limit: int, form: CueForm) -> int | None:
        """"دعت الحكومة العراقية مجلس النواب إلى …", "ودعت المديرية العامة للجوازات الإخوة اليمنيين إلى …",
        "دعت بعض الأطراف الحكومة الإسرائيلية إلى …": a definite word takes no genitive, so after one that ends
        the subject (or a country or body named in one word: "دعت باكستان مجلس الأمن …"), a group of people or a
        body that is no adjective of it begins the object of a verb that calls on someone, when the verb's
        preposition follows with no comma between (ind46a; the dev gold mostly starts the content at that object,
        as for "دعا السكان إلى …"). The token where the object begins, or None. Not a name the tagger found
        ("محمد العبدالله الفيصل"), a title or honorific after the subject ("وزير الخارجية الأمير …"), a nisba
        ("الهيئة الملكية") nor a time ("الأحد"); after a word joined by و ("وزارة البيئة والمياه") only a listed
        group or an institution head."""
        words = self.words
        # (at ``np_end`` the phrase already ended before the group, whose call is then read with it: "وحثت وزارة
        # الزراعة المزارعين على …")
        for k in range(start + 1, min(np_end, limit - 2) + 1):
            prev, word = words[k - 1], words[k]
            if k == start + 1 and not self.one_word_body(start):
                continue  # (after a head word alone: ``object_after_head``)
            if not (prev.startswith(("ال", "لل", "وال")) or self.one_word_body(k - 1)) or not self.is_word(k):
                continue
            if word[:1] in ("ل", "ب", "ك", "ف", "و") and not word.startswith("ال"):
                continue  # "… لمجلس التعاون", "… ووزارة …": a genitive with its preposition, a second subject
            if (k in self.person_inner or k - 1 in self.person_inner or k - 1 in self.person_ends or k in self.time_starts
                    or lx.head_kind(word) in ("title", "honorific") or self.has_entity(self.span(k, k + 1), types=("PER",))):
                continue
            if not (word.startswith("ال") or (self.plain_called(word) and words[k + 1].startswith("ال"))):
                continue  # an indefinite head only in construct with a definite word ("مجلس النواب", "أهل فلسطين")
            plural = _sound_plural(word)
            if _called_word(word) not in CALLED_GROUPS and (
                    word.endswith(NISBA_ENDINGS) or (_adjective_shape(word) and not plural)):
                continue  # "الهيئة الملكية", "اللجنة المنظمة", "الشؤون الخارجية": an adjective of the subject
            if not self.called_group_at(k) or (prev.startswith("وال") and not self.plain_called(word)):
                continue  # (after a pair joined by و a word in -ين may be its dual: "مركزي شرما والخريبة الساحلين")
            region = self.scan_region(k, limit, form)
            if region.stop == "prep" and all(self.is_word(m) for m in range(k, region.at)):
                return k
        return None

    def one_word_body(self, k: int) -> bool:
        """Token ``k`` is a whole country or body the tagger found in one word ("واشنطن", "باكستان"): a complete
        subject, as a definite word is ("ودعت واشنطن السلطات الإيرانية إلى …")."""
        return (k in self.entity_starts and k in self.entity_ends and self.entity_starts[k] == self.entity_ends[k]
                and self.has_entity(self.span(k, k + 1), types=("ORG", "LOC")))

    def called_group_at(self, k: int) -> bool:
        """Token ``k`` opens a group or body that a verb calls on: a listed group or institution head
        (``plain_called``), a body the tagger found, or a definite sound plural that cannot agree with the word
        before it: one after a feminine singular or a body's name ("وزارة الزراعة المزارعين"), not after a
        plural of people, whose adjective it may be ("النواب المستقلون", "الطلبة المرشحين", "المرضى المنومين")."""
        prev, word = self.words[k - 1], self.words[k]
        if self.plain_called(word) or self.named_body_at(k):
            return True
        plural = _sound_plural(word)
        if not plural or not word.startswith("ال") or _called_word(prev) in CALLED_GROUPS or _bare(prev) in PLURAL_HEADS:
            return False  # (a people's plural before it may take it for adjective: "الطلبة المرشحين")
        # a feminine singular or a body's name cannot: a broken plural of people may ("المرضى المنومين")
        return prev.endswith("ه") or (k - 1 in self.entity_ends and self.has_entity(self.span(k - 1, k), types=("ORG",)))

    @staticmethod
    def plain_called(word: str) -> bool:
        """A word that names a body or a group of people called on (word_classes.tsv ``called_groups``, the
        institution heads of the lexicon), with or without its article."""
        return _called_word(word) in CALLED_GROUPS or lx.head_kind(word) == "org"

    def governed_name(self, start: int, named: int) -> bool:
        """"محافظ محايل عسير", "أمين منطقة …": a name right after a title in construct is the place or body
        the title governs (the tagger's person there is a slip), not the subject's own name."""
        first = named
        while first - 1 >= start and first - 1 in self.person_inner:
            first -= 1
        before = self.words[first - 1] if first > start else ""
        return bool(before) and not before.startswith("ال") and lx.head_kind(before) == "title"

    def named_body_at(self, k: int) -> bool:
        """A country or body the tagger found opens at token ``k`` ("الصين", "بريطانيا", "وزارة الصحة")."""
        return k in self.entity_starts and self.has_entity(self.span(k, k + 1), types=("ORG", "LOC"))

    @staticmethod
    def group_shape(word: str) -> bool:
        """A word shaped as a group of people or bodies: a sound plural ("المواطنين", "الجهات"), a plural
        in construct ("لاعبي النصر", "منتسبي الجيش"), a listed plural head ("دول", "جماهير", "علماء")
        or an institution or unnamed-source head ("الحكومة")."""
        bare = _bare(word)
        return (word.endswith(("ين", "ون", "ات")) or (not word.startswith("ال") and word.endswith("ي") and len(word) >= 5)
                or bare in PLURAL_HEADS or lx.head_kind(word) in ("org", "anon"))

    def given_name_end(self, e: int) -> bool:
        """The tagger's name ends with a given name ("ماجد بن عبدالله"), so a family name may follow untagged."""
        from khabar.entities.features import triggers

        return triggers().get(self.words[e]) == "given"

    def one_name(self, a: int, b: int) -> bool:
        """Whether one tagged name runs over tokens ``a`` and ``b`` ("الهلال الأحمر")."""
        first = self.x.original_span(*self.span(a, a + 1))
        last = self.x.original_span(*self.span(b, b + 1))
        return any(m[0] < first[1] and last[0] < m[1] for m in self.entities)

    def object_phrase(self, a: int, b: int) -> bool:
        """A short definite phrase of people ("السكان", "الطلاب"): the object of دعا/حث, not their subject."""
        first = self.words[a]
        if b - a > 3 or not first.startswith("ال") or self.has_entity(self.span(a, b), types=("PER", "ORG", "LOC", "MISC")):
            return False
        if self.nominative_plural(first):
            return False  # "ودعا المعتصمون إلى …", "وحذّر الباحثون …": the subject, not whom it called on
        return lx.head_kind(first) in (None, "anon") or self.content_word(a)

    def addressed_plural(self, a: int, verb: int, form: CueForm) -> bool:
        """"وأوصى المسلمين بتقوى الله"، "وحذر المستهلكين من …": right after a verb that addresses people
        (``addressee_verbs``), a definite sound masculine plural in -ين is the accusative, whom it
        addresses, not its subject (that would be "المسلمون"); the speaker is the one before. The same
        words as ``nominative_plural`` (a listed group word or الم…ين of eight letters or more). Only
        where the verb opens its clause (with و / ف, after "كما", a comma or at the sentence start): in
        "إن الرابطة تدعو المسؤولين إلى …" the subject stands before it and is read as before; and not
        after a plural verb ("وطالبوا المتمردين بأن …"), whose own rule reads what follows."""
        word = self.words[a]
        if form.lemma not in ADDRESSEE_VERBS or form.plural or not word.endswith("ين"):
            return False
        if not (lx.head_kind(word) == "anon" or (word.startswith("الم") and len(word) >= 8)):
            return False
        return self.verb_opens_clause(verb, form)

    def urged_quote(self, i: int, form: CueForm, start: int, limit: int) -> Candidate | None:
        """(obj53) The quote of a verb whose content opens with whom it urges (``addresses_people``): its object, as
        :meth:`object_quote` reads it; with a complement clause after those urged ("وطالبوا المتمردين بأن …") it is as
        sure a reading as the clause read without them, so a new attribution after a comma ("…، وأكدوا استمرارهم …")
        still ends it (``Finder.ends_swallowing``)."""
        cand = self.object_quote(i, form, start, limit)
        if cand is not None and start + 1 < limit and self.scan_region(start + 1, limit, form).stop == "that":
            cand.priority = 2
        return cand

    def addresses_people(self, a: int, verb: int, form: CueForm) -> bool:
        """Whether the phrase at ``a`` right after the verb at ``verb`` is whom the verb addresses, not its subject."""
        return self.addressed_plural(a, verb, form) or self.urged_object(a, verb, form)

    def urged_object(self, a: int, verb: int, form: CueForm) -> bool:
        """(obj53) Right after a verb that addresses people (``addressee_verbs``: طالب، نصح، ناشد، أوصى، حذر، دعا، حث)
        opening its clause, a phrase that cannot be its subject is whom it urges; the speaker is the one before, and
        the content opens with those urged, as for "ودعا السكان إلى …": a quantifier over a definite plural ("وطالبت
        كافة القادمين بـ…"، "وطالب جميع اللاعبين بـ…", ``urged_quantifiers``), a definite plural in -ين of eight letters
        or more, the accusative ("كما ناشد الخاطفين السماح …"، "وطالبوا المتمردين بأن …"; not a surname named before,
        "وأوصت العابدين"), or after a feminine verb a masculine broken plural of people ("ونصحت الحجاج بـ…"،
        ``urged_people``), which would take a masculine verb. Not "وطالب المواطنون بـ…" (-ون, the subject), "ونصح
        الأطباء المرضى بـ…" or "وطالب الأهالي بـ…" (a masculine verb before a broken plural: its subject)."""
        if form.kind != "verb" or form.lemma not in ADDRESSEE_VERBS or not self.opens_addressing_clause(verb, form):
            return False
        word = self.words[a]
        if word in URGED_QUANTIFIERS:
            return self.definite_after_quantifier(a + 1)
        if word.startswith("ال") and word.endswith("ين") and len(word) >= ACCUSATIVE_PLURAL_LETTERS:
            return not self.surname_before(a)
        return form.gender == "f" and not form.plural and word.startswith("ال") and word[2:] in URGED_PEOPLE

    def definite_after_quantifier(self, k: int) -> bool:
        """Whether a definite noun follows a quantifier at ``k`` ("كافة القادمين"), or one in construct with a
        definite word ("جميع أولياء الأمور"); not a preposition ("كل من الوزير والسفير": each of them, the subject)."""
        if k >= self.count or not self.is_word(k):
            return False
        word = self.words[k]
        if word.startswith("ال"):
            return True
        return (k + 1 < self.count and self.words[k + 1].startswith("ال") and word not in lx.PREP_WORDS
                and not word.startswith(("ب", "ل", "و", "ف")))

    def surname_before(self, a: int) -> bool:
        """Whether the word at ``a`` was written before as part of a person's name or right after one, the tagger's name
        stopping short ("الدكتورة سهيلة زين العابدين … وأوصت العابدين"): a surname, not a plural."""
        names = self.person_ends | self.person_inner
        return any(self.words[k] == self.words[a] and (k in names or k - 1 in self.person_ends) for k in range(a))

    def opens_addressing_clause(self, verb: int, form: CueForm) -> bool:
        """Whether the verb at ``verb`` opens its clause (:meth:`verb_opens_clause`) or follows the pronoun
        that is its subject ("وهو يناشد …")."""
        start, _ = self.x.sentence_bounds(verb)
        return self.verb_opens_clause(verb, form) or (verb > start and self.words[verb - 1] in SUBJECT_PRONOUNS)

    def verb_opens_clause(self, verb: int, form: CueForm) -> bool:
        """Whether the verb at ``verb`` opens its clause, its subject not written before it: with و / ف, at the
        sentence start or after a mark, or after "كما"."""
        start, _ = self.x.sentence_bounds(verb)
        before = self.words[verb - 1] if verb > start else ""
        return bool(form.prefix) or not before or not self.is_word(verb - 1) or before in AS_SAID

    @staticmethod
    def nominative_plural(word: str) -> bool:
        """A definite sound masculine plural in -ون of people ("الباحثون", "المعتصمون", "القياديون"): the
        nominative, so a subject — an object would end in -ين ("ودعا المواطنين إلى …"). Only a listed group
        word or the participle shape الم…ون of eight letters or more, not a stem that ends so ("القانون",
        "المضمون")."""
        if not word.endswith("ون"):
            return False
        return lx.head_kind(word) == "anon" or (word.startswith("الم") and len(word) >= 8)

    def preceded_subject(self, cand: Candidate, cue: int) -> bool:
        """"وسبق لوسائل إعلام إسبانية أن ذكرت أن …": after سبق the one who did it before stands in ل,
        then أن and the verb; that phrase is the subject."""
        words = self.words
        if cue < 3 or words[cue - 1] not in ("ان",):
            return False
        first, _ = self.x.sentence_bounds(cue)
        for k in range(cue - 2, max(first - 1, cue - 9), -1):
            if words[k] in ("سبق", "وسبق", "فسبق") and k + 1 < cue - 1 and words[k + 1].startswith("ل") and len(words[k + 1]) > 2:
                a, end = k + 1, cue - 1
                if not all(self.is_word(m) for m in range(a, end)):
                    return False
                # "للعشائر": the article is folded into the ل; not "لليفربول", a name that opens with ل (lead41d)
                skip = 2 if words[a].startswith("لل") and not self.name_after_lam(a) else 1
                cand.np = (self.x.starts[a] + skip, self.x.ends[end - 1])
                cand.np_tokens = (a, end)
                cand.resolve = "explicit"
                return True
        return False

    def name_after_lam(self, a: int) -> bool:
        """Whether a name the tagger found begins right after the ل written on token ``a`` ("لليفربول":
        ل + ليفربول), so that its second ل is the name's own letter, not the article's."""
        s, _ = self.x.original_span(self.x.starts[a], self.x.starts[a] + 1)
        return any(m[0] == s + 1 for m in self.entities)


@lru_cache(maxsize=256)
def _with_noun(form: CueForm) -> CueForm:
    from dataclasses import replace

    return replace(form, flags=form.flags | {"noun"})


ADJECTIVE_ENDINGS = tuple(lx.word_class("adjective_endings"))  # a nisba: "السنوي", "الأمريكية", "الكبرى"


def _sound_plural(word: str) -> bool:
    """A long word with a sound plural ending ("المزارعين", "المنظمات"): a group, or an adjective agreeing with one."""
    return len(word) >= 7 and word.endswith(("ين", "ون", "ات"))


NISBA_ENDINGS = tuple(lx.word_class("nisba_endings"))  # "السعودي", "الأمريكية", "السعوديين": describes the name before
CALLED_GROUPS = frozenset(lx.word_class("called_groups"))  # "الإخوة"، "أهل"، "زعماء": those a call is made to (ind46a)
DESPITE_WORDS = lx.clause_words("despite")  # "رغم"، "برغم": a verbal noun follows, not a verb
ADDRESSEE_VERBS = lx.word_class("addressee_verbs")  # "طالب"، "نصح"، "ناشد": verbs that address people (obj53)
URGED_QUANTIFIERS = lx.word_class("urged_quantifiers")  # "كافة"، "جميع": "وطالبت كافة القادمين بـ…" (obj53)
URGED_PEOPLE = lx.word_class("urged_people")  # "حجاج"، "مرضى": "ونصحت الحجاج بـ…", whom it urged (obj53)
ACCUSATIVE_PLURAL_LETTERS = 8  # "الخاطفين": a definite -ين plural this long is no stem in -ين ("البحرين"، "التأمين")
SUBJECT_PRONOUNS = lx.clause_words("when_pronoun") | lx.clause_words("when_pronoun_group")  # "وهو يناشد …"
PLURAL_BODIES = lx.word_class("plural_bodies")  # "السلطات"، "دول": bodies in the plural, a feminine verb's subject (ind47a)


def _called_word(word: str) -> str:
    """A word without its article and sound plural ending, as ``called_groups`` lists it ("الإخوة" → "اخوه")."""
    bare = _bare(word)
    return bare[2:] if bare.startswith("ال") else bare


def _adjective_shape(word: str) -> bool:
    """Whether a definite word may be an adjective: a nisba ("السنوي", "الأمريكية"), a participle
    ("المختص", "الصادر", "العام"), an elative ("الأعلى", "الأبيض") or فعيل ("الجديد", "الأخير")."""
    stem = word[2:]
    if word.endswith(ADJECTIVE_ENDINGS) or stem.startswith("م"):
        return True
    if len(stem) in (3, 4) and stem[1] == "ا":
        return True  # فاعل: "الصادر", "السابق"; doubled roots: "العام", "الخاص"
    if len(stem) == 4 and (stem[2] == "ي" or stem[0] in "اأ"):
        return True  # فعيل "الجديد", أفعل "الأكبر"
    return len(stem) == 5 and stem[0] in "اأ" and stem[3] == "ا"  # أفعال, a people's plural: "المسؤولون الأتراك"
