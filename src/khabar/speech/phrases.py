"""Noun phrases: where a speaker phrase (or a verb's object) begins and ends.

:meth:`NounPhrases.parse_np` reads a phrase from a token to its end: a boundary (a marker, a
complementizer, the verb's preposition), the start of the verb's object (:meth:`~NounPhrases.np_ends_before`),
a name the entity tagger ran on past its end (:meth:`~NounPhrases.name_overrun`), an apposition;
:meth:`~NounPhrases.subject_end` is where the subject written after a reporting verb stops, past
what may stand before it (:meth:`~NounPhrases.skip_lead`: an outlet, "بدوره،", an adverb). Construct
heads and content words tell whether a word still belongs to the phrase or opens the content.

Where the via, audience and time markers stop a phrase is :mod:`khabar.speech.region`; subjects
written before their verb are :mod:`khabar.speech.subjects`; who a phrase names is
:mod:`khabar.speech.speakers`.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    COMMAS,
    DASHES,
    DEMONSTRATIVES,
    ISSUED,
    ISSUED_BY,
    KANA,
    MAX_NP,
    RESUMPTIVE_PPS,
    SHORT_NAME_WORDS,
    _bare,
    _outlet,
    _unambiguous,
    _without_lam,
)
from khabar.speech.lexicon import CueForm
from khabar.speech.scan import QUOTE_CHARS
from khabar.text.forms import noun_forms

TRIM_WORDS = lx.word_class("trim_words")
DOC_MADE_VERBS = lx.word_class("doc_made_verbs")  # "نشرت", "صدر": a bare verb after "دراسة"، "تقرير" (doc63)
SAYING_OBJECTS = lx.word_class("saying_object")  # "القول" after a reporting verb is its object
PRONOUN_OBJECTS = lx.word_class("pronoun_objects")  # "منهم" after a reporting verb: whom it spoke to or of
SPEECH_OCCASIONS = lx.word_class("speech_occasions")  # "في نهاية الحفل" after a name: when he spoke (beyond the markers)
STATEMENTS = lx.word_class("statements")  # "في البيان" after any speaker: in what he spoke
IMPERSONAL_AFTER_MIN = lx.word_class("impersonal_after_min")  # "من السهل"، "من المهم": the words said begin (spk59)
PARTITIVE_HEADS = lx.word_class("noun_of_an_quantifiers")  # "عدد من المصلين": its من counts people, no verb's object (lead46c)
PARTITIVE_SIZES = lx.word_class("partitive_sizes")  # "عدد كبير من …"
ONE_OF_HEADS = lx.word_class("one_of_heads")  # "أحد زملائه"، "بعض أقاربه": the word after is their genitive (spk57)
FIRST_LAST = frozenset({"اول", "اخر"})  # "في أول بيان لها"
BODY_PRONOUN_PPS = lx.word_class("body_pronoun_pps")  # "بها", "فيها" inside a title before its holder's name
KIN_PARTICLES = lx.word_class("kin_particles")  # "بن", "أبو": the next word belongs to the name
SUBJECT_WORDS_BEFORE_THAT = 6  # "الصراف عبدالله بامهيل، إن": an untagged subject between an outlet and إن (lead47a)
GOVERNOR_SPELLINGS = lx.written_words("governor_spellings")  # "والي" as written, not "وإلى" (dq48a)
KUNYA_MOTHER = lx.word_class("kunya_mother")  # "أم" before a given name after a verb: a kunya (dq40a)
MOTHER_PLACE_HEADS = lx.word_class("mother_place_heads")  # "جامعة أم القرى": "أم" begins the place's name (ind48b)
APPOSITION_WORDS = lx.word_class("apposition_words")
AGE_UNITS = lx.word_class("age_units")
PHRASE_PREPOSITIONS = lx.word_class("phrase_prepositions")  # "حول", "بشأن": a phrase they open names no speaker
PHRASE_ADVERBS = lx.word_class("phrase_adverbs")  # "لاسيما", "حينما", "كذلك": nor do these
TITLE_ADVERBS = lx.word_class("title_adverbs")
OWN_PP_PARTICIPLES = lx.word_class("own_pp_participles")  # "المعترف بها"، "التابعة لها": the participle's own preposition (spkspan61)
OWN_PP_PRONOUNS = lx.word_class("own_pp_pronouns")
GOVERNING_TITLE_ADJECTIVES = lx.word_class("governing_title_adjectives")  # "المشرف العام على", "المتحدث الرسمي عن"
GOVERNING_PARTICIPLES = lx.word_class("governing_participles")  # "القائمون على", "المشرفة على" (ind50b)
WITHOUT_SAYING = lx.word_class("without_saying")  # "دون الكشف عن …", "دون أن يذكر …": what was left unsaid
STATE_HEADS = lx.word_class("state_heads")  # "سلطنة عمان", "دولة الكويت": a state named by its head noun
ENVOY_TITLES = lx.word_class("envoy_titles")
COMPANION_BLESSINGS = lx.word_class("narrator_blessings")  # "رضي" of "رضي الله عنه" (lead49d)
GOD_COMPOUND_NAMES = lx.word_class("god_compound_names")  # "غرم الله"، "الجار الله": a name ending in "الله" (ind48a)
GOD_NAME_ENDS = lx.word_class("god_name")  # "سفير … لدى الأردن": the country or body an envoy is accredited to
YEAR_NOUNS = lx.word_class("year_noun")  # "عام", "سنة": a year named after the speaker ("قال X عام 1987 إن …")
THEN_ADVERBS = lx.word_class("then_adverb")  # "حينها", "آنذاك": when it was said, after the speaker
THEN_AFTER_VERB = lx.word_class("then_after_verb")  # "قال حينها: «…»": when, never who (dq51a; not "الآن" = آلان)
PREPOSITION_IN_NAME = frozenset(tuple(entry.split("|")) for entry in lx.word_class("preposition_in_name"))
ADDRESSEE_REACH = 14  # tokens from an addressee after a name to the words said (a relative clause may stand between)
LAM_STEM_OPENINGS = tuple(sorted(lx.word_class("lam_stem_opening")))  # "لاعبيه", "لجنة": a ل of the stem, no preposition
NAMED_AFTER = lx.word_class("named_after")  # "مركز الملك سلمان", "مستشفى الملك فهد": a body named after a person  # "محترف النصر سابقًا": an accusative that still belongs to a title
NAME_TAIL = 5  # words of a name a speaker phrase cut at its limit may still take (a name of 3–6 words, cut after its first)
AFFILIATION_REACH = 6  # "المدير الفني للفريق الأول لكرة القدم بنادي النصر": how far back the office may stand
ORDINAL_ADVERBS = lx.clause_words("ordinal_adverb")  # "أولاً", "ثانياً" before a subject: stepped over (tan50)
# "رسميا"، "أخيرا"، "علنا"، "صراحة": how or when the verb was done, after its subject: the phrase ends (spk56);
# not "سابقا"، "حاليا", which still describe a title ("مدرب الأهلي سابقا")
VERB_ADVERBS = lx.clause_words("adverb") - TITLE_ADVERBS
ACCUSATIVE_TANWEEN = ("ً", "ًا")  # the ending that marks an indefinite accusative ("تعميماً", "ارتياحًا")
SAYING_OBJECTS = lx.clause_words("saying_object")  # "القول", "قوله" after a relayed source: what was relayed (lead43d)
ADDRESSEE_PPS = lx.clause_words("addressee_pp")  # "لي", "لنا" after a verb: whom it was said to (dq43c)
MANNER_BI = lx.clause_words("manner_bi")  # "بغيظ", "بحماس" right after a verb: how it was said, never who (dq43b)
EVERYONE_OBJECTS = lx.clause_words("everyone_object")  # "وطالب دبكل الجميع بـ…": whom he called on (lead44c)
# a verb or participle that dates the text or poll before it, and a person's age (sp47a)
DATED_DESCRIPTIONS = lx.word_class("source_described_by") | lx.word_class("issued")
AGE_WORDS = lx.word_class("age_words")
PLURAL_BODIES = lx.word_class("plural_bodies")  # "دول"، "حكومات": after a definite word, the object (lead48c)
PHRASE_POSSESSIVES = lx.word_class("phrase_possessives")  # "المسؤول نفسه"، "المنتهية ولايته": still the phrase (sp47b)
MANNER_BI_HEADS = lx.clause_words("manner_bi_head")  # "بكل وضوح", "بلهجة آمرة": a manner phrase of two words (lead44d)
STANCE_FORMS = noun_forms(lx.clause_words("stance_object"))  # after "جدد": "التأكيد", "تأكيداته", "موقفها" (listed bare)
RENEWED_POSITIONS = noun_forms(lx.word_class("renewed_position"))  # "وجدد المواقف الثابتة": no own object (dq41)


class NounPhrases:
    """Speaker phrases and objects: where they begin and end (see the module docstring)."""

    def skip_circumstance(self, i: int, limit: int) -> int:
        """After "بدوره،", "من جهته،", "أيضا" the subject still follows: "واعترف بدوره، مدرب المكسيك …"."""
        k = i
        while k < limit and self.words[k] in lx.markers():
            marker = self.marker_at(k)
            if marker is None or marker[0].kind != "circumstance" or marker[1] - k > 2:
                break
            k = marker[1]
            if k < limit and self.words[k] in COMMAS:
                k += 1
        return k if k < limit and self.is_word(k) and lx.head_kind(self.words[k]) is not None else i

    def skip_adverbs(self, i: int, limit: int) -> int:
        """"كما أعلن رسميا ترشحه": an adverb after the verb is neither its subject nor its object."""
        adverbs = lx.clause_words("adverb")
        while i + 1 < limit:
            word = self.words[i]
            if word in adverbs or self.accusative_before_subject(i):
                i += 1
                continue
            if word in DASHES and self.subject_like(i + 1):
                # "وقال – سامي عبدالله من جدة بأن …", "وقال - خالد- أحد الزوار …": a dash between the verb
                # and its subject (a name, a title, an honorific), not the opening of an aside
                return i + 1
            if word in DASHES or word == "(":
                # "لقد أوضح - مؤخراً - معالي الوزير …": a parenthesis of a few words between verb and subject
                closing = ")" if word == "(" else word
                close = next((k for k in range(i + 1, min(limit, i + 5)) if self.words[k] == closing), None)
                if close is not None and close + 1 < limit and all(self.is_word(k) for k in range(i + 1, close)):
                    i = close + 1
                    continue
            return i
        return i

    def skip_lead(self, i: int, limit: int) -> tuple[int, tuple[tuple[int, int], tuple[int, int], bool] | None]:
        """What may stand between a verb and its subject: the outlet it was said to ("وأوضح لـ«عكاظ»
        الناطق الإعلامي …", "وكشف لـ«عكاظ» مصدر مطلع أن …") or the text it was said in ("علق فيها
        الإعلامي …"). Returns where the subject starts and the via, if any."""
        if i >= limit:
            return i, None
        word = self.words[i]
        if self.pronoun_pp_at(i) and i + 1 < limit and self.subject_like(i + 1):
            return i + 1, None  # "قال عنه أمين الريحاني: «…»": what or whom it was said about, then the subject
        after_time = self.time_lead_end(i, limit)
        if after_time is not None:
            return after_time, None  # "وأكدت أمس وزارة الصحة أن …": the time of saying, then the subject
        if word == "كل" and i + 2 < limit and self.words[i + 1] == "من" and self.is_word(i + 2) and (
                self.subject_like(i + 2) or any(self.words[k][:1] == "و" and len(self.words[k]) > 2 for k in range(i + 3, min(limit, i + 7)))):
            return i + 2, None  # "وقال كل من رئيس النادي والمدرب إن …": those named after "كل من" speak
        if word.startswith("ل"):
            via = self.via_at(i)
            if via is not None:
                end, target, nominal = via
                k = end
                if k < limit and self.words[k] in COMMAS:
                    k += 1
                if k < limit and (self.subject_like(k) or self.titled_name_at(k, limit) or self.subject_before_that(k, limit)):
                    return k, (self.span(i, end), self.span(target, end), nominal)
        return i, None

    def subject_before_that(self, k: int, limit: int) -> bool:
        """Whether the plain words from ``k`` up to a near إن / أن are the subject: between a verb's outlet
        and its complementizer only the one who spoke stands ("وقال لـ«الاقتصادية» الصراف عبدالله بامهيل، إن …"،
        "قال لـ"الاقتصادية" حميد العنزي؛ مصرفي سعودي، إن …"، "علي الزهراني محلل فني إن …"), a name or an
        occupation neither the lexicon nor the tagger knows. Not a time or a preposition's phrase ("أكد
        لـ«الشرق الأوسط» في وقت سابق أن …", "كشف لـ«…»، عن أن …")."""
        if not self.is_word(k) or k in self.time_ends or k in self.cues or self.preposition_opens(k):
            return False
        for m in range(k + 1, min(limit, k + SUBJECT_WORDS_BEFORE_THAT + 1)):
            word = self.words[m]
            if word in lx.COMPLEMENTIZERS:
                return True
            if m in self.cues or m in self.time_ends or not (self.is_word(m) or word in COMMAS):
                return False
        return False

    def told_outlet_first(self, i: int, limit: int) -> tuple[int, tuple[tuple[int, int], tuple[int, int], bool] | None]:
        """"أبلغ «الاقتصادية» الدكتور إبراهيم العساف وزير المالية أن …"، "وأبلغت «عكاظ» مصادر مطلعة أن …": after a
        verb of telling, an outlet right after the verb and a subject after it is whom he told — the via, as
        "لـ«عكاظ»" is in :meth:`skip_lead` — and the subject follows; an outlet is never told by itself. Returns
        where the subject starts and the via, as :meth:`skip_lead` does (lead42e)."""
        end = None
        if i in self.open_at:
            q = self.x.quotations[self.open_at[i]]
            close = self.close_token(q)
            if (close is not None and self.quote_words(q) <= SHORT_NAME_WORDS
                    and _outlet(self.x.original_text(q.content_start, q.content_end)) is not None):
                end = close + 1
        elif i + 1 < limit and lx.head_kind(self.words[i]) == "media" and i + 1 in self.open_at:
            end = self.media_tail(i + 1)  # "صحيفة «بيلد» الألمانية": its quoted name and nisba; where an unquoted
            # name ends before the subject is not written
        elif i < limit and not self.words[i].startswith("ال") and _outlet(self.original_word(i)) is not None:
            end = i + 1  # "وأبلغ رويترز مسؤول أمريكي أن …" (not a paper named by a common word: "الرياض")
        if end is None:
            return i, None
        k = end + 1 if end < limit and self.words[end] in COMMAS else end
        if k < limit and (self.subject_like(k) or self.titled_name_at(k, limit)):
            return k, (self.span(i, end), self.span(i, end), False)
        return i, None

    def titled_name_at(self, k: int, limit: int) -> bool:
        """Whether a name the tagger missed begins at ``k``: two or three plain words, then a title
        ("صرح لـ«عين اليوم» عيضة الهذلي الناطق الإعلامي …", lead39n). Only after an outlet right after the
        verb, where the subject stands."""
        for m in range(k + 1, min(limit, k + 4)):
            if not self.is_word(m) or self.words[m] in lx.NP_STOPS or m in self.cues:
                return False
            if lx.head_kind(self.words[m]) in ("title", "honorific"):
                return m - k >= 2 and all(lx.head_kind(self.words[t]) is None for t in range(k, m))
        return False

    def time_lead_end(self, i: int, limit: int) -> int | None:
        """Where the subject starts when a time the times stage found stands right after the verb
        ("طالب أمس الفريق خليفة حفتر …", "أكدت مساء اليوم الأربعاء سفارة …"): the word after the time,
        when it can begin a speaker phrase (a speaker word or a named entity); else None. The subject
        was looked for at the time word, which ends a phrase, so the verb had none."""
        end = self.time_ends.get(i)
        if end is None or not i < end < limit or i in self.entity_starts:
            return None
        if self.words[end] in lx.cue_forms():
            return None  # "واعترف أمس الجمعة بينا نييتو": a name written as a verb ("بينا") is read as a cue
        return end if self.subject_like(end) else None

    def where_said(self, start: int, end: int) -> bool:
        """Whether the phrase ``[start, end)`` after a reporting verb opens with a free preposition
        ("وأشار في التصريح أن …", "وقال في الاتصال الهاتفي إن …"): it says where or how the words
        were said, never who said them (``place_preposition`` in ``data/word_classes.tsv``)."""
        return end > start and self.words[start] in lx.word_class("place_preposition")

    def subject_like(self, k: int) -> bool:
        """Whether token ``k`` can begin a speaker phrase: a speaker word or a named entity."""
        word = self.words[k]
        if self.kunya_at(k) or self.name_not_time(k):
            return True
        if not self.is_word(k) or word in lx.COMPLEMENTIZERS or word in lx.NP_STOPS:
            return False
        return lx.head_kind(word) is not None or self.has_entity(self.span(k, k + 1))

    def prepositional_start(self, k: int, *, takes_bi: bool = False) -> bool:
        """Whether token ``k`` is a word carrying the preposition ب ("بدور", "باللواء", "بصوت"): it
        begins the verb's object or its manner, never its subject (the clitic lexicon only splits
        known stems, so names such as "بدر" or "بولاك" and words such as "بعض" stay whole). After a
        verb that takes ب ("أشاد ب") that holds even for a given name ("بدور") or one the tagger saw."""
        from khabar.text.segment import split_clitics

        kind = lx.head_kind(self.words[k]) if self.is_word(k) else "none"
        if kind is not None and not (takes_bi and kind == "name"):
            return False
        if not takes_bi and self.has_entity(self.span(k, k + 1)):
            return False
        parts = split_clitics(self.original_word(k))
        return bool(parts) and parts[0][2] == "proclitic" and parts[0][3] == "ب"

    def governor_written(self, k: int) -> bool:
        """Whether token ``k`` is the title "والي" (a province's governor) as written, with its ي and no
        hamza ("وقال والي أرزينجان"): normalised it is "و" + "إلى" / "الى", which open a phrase of whom or
        what was spoken of (dq48a; ``governor_spellings`` in word_classes.tsv)."""
        return self.original_word(k) in GOVERNOR_SPELLINGS

    def preposition_opens(self, k: int) -> bool:
        """Whether token ``k`` opens a phrase with a preposition, so that the phrase says to whom, about
        what or how something was said, never who said it: "ل" or "ب" the clitic lexicon splits off,
        before the article, a possessive or a definite word ("للمسؤول", "لضيفه", "لجميع القوى",
        "بمستوى التأثيث"; not a name it keeps whole, "بولاك", "لوكا", nor a word of a name the tagger
        found here or elsewhere in the text, nor an outlet, "لرويترز"), or a free preposition
        (``phrase_prepositions`` in ``data/word_classes.tsv``: "وحول السياحة …", "وفي تصريح …")."""
        from khabar.text.segment import split_clitics

        if k >= self.count or not self.is_word(k):
            return False
        word = self.words[k]
        if word.startswith("و") and word[1:] in PHRASE_PREPOSITIONS and not self.governor_written(k):
            return True
        if word in PHRASE_PREPOSITIONS:
            return True
        if word in PHRASE_ADVERBS or ((word[:1] == "و" or word[:1] == "ف") and word[1:] in PHRASE_ADVERBS):
            return True  # "لاسيما من المنطقة …", "حينما تزوجت …"
        if word[:1] not in ("ل", "ب") or lx.head_kind(word) is not None or word in lx.NAME_PARTICLES:
            return False
        if self.has_entity(self.span(k, k + 1), types=("PER", "ORG", "LOC", "MISC")) or (word[:1] == "ل" and self.via_at(k) is not None):
            return False
        if any(self.words[t] == word for t in self.person_ends | self.person_inner):
            return False  # "نفت المغنية كاتي بيري … وكتبت بيري": a word of a name the tagger found elsewhere
        parts = split_clitics(self.original_word(k))
        if not parts or parts[0][2] != "proclitic" or parts[0][3] not in ("ل", "ب"):
            return False
        # a definite word ("للمسؤول", "بالمناسبة"), one with a possessive ("لضيفه"), or the head of a
        # construct ("لجميع القوى", "بمستوى التأثيث"); not a name the lexicon splits ("لجين عمران",
        # "وكتبت بيري (30 عاما)")
        nxt = self.words[k + 1] if k + 1 < self.count and self.is_word(k + 1) else ""
        return parts[1][2] == "article" or self.original_word(k).endswith(("ه", "ها", "هم")) or nxt.startswith("ال")

    def companion_blessing_at(self, k: int) -> bool:
        """Whether token ``k`` opens the blessing on a Companion, "رضي الله عنه / عنها / عنهما / عنهم" (also
        written "رضى"): after a name it ends the name ("قال أبو سعيد الخدري رضي الله عنه: «…»"), right
        after a verb it is no subject ("عندما قال رضى الله عنه مادحا أبا بكر: …"), lead49d."""
        return (self.words[k] in COMPANION_BLESSINGS and k + 2 < self.count and self.words[k + 1] == "الله"
                and self.words[k + 2].startswith("عن"))

    def subject_end(self, i: int, limit: int, form: CueForm) -> int:
        """End of the subject written after a cue (participles take none but "سموه")."""
        if form.kind == "participle":
            return i + 1 if i < limit and lx.head_kind(self.words[i]) == "pronoun" else i
        if i < limit and self.addressee(i):
            return i
        if form.kind == "verb" and i < limit and self.circumstance_after_verb(i):
            return i
        if form.kind == "verb" and i < limit and self.companion_blessing_at(i):
            return i  # "عندما قال رضى الله عنه مادحا …": the blessing on the one named before, no subject
        if form.kind == "verb" and i < limit and self.manner_of_saying(i, form):
            return i
        if form.kind == "verb" and i < limit and self.then_adverb_after_verb(i):
            return i  # "قال حينها: «…»": when the words were said, the speaker goes on (dq51a)
        noun_object = "noun" in form.flags and ("strict" not in form.flags or _unambiguous(form, self.words[i - 1] if i else ""))
        return self.parse_np(i, limit, preps=form.preps, noun_object=noun_object, times=True)

    def pronoun_pp_at(self, i: int) -> bool:
        """Whether token ``i`` is a preposition with a pronoun ("له", "عنه", "لك", ``pronoun_lead`` in
        word_classes.tsv) or "لي" / "لنا" (``addressee_pp``), which says whom or what the words were said to
        or about; "لي" not where it begins a longer name the tagger found ("لي ولوسكي", Lee) (dq43c)."""
        word = self.words[i]
        if word in lx.word_class("pronoun_lead"):
            return True
        if word not in ADDRESSEE_PPS:
            return False
        from khabar.entities.tagger import is_name

        # alone it is the pronoun even where the tagger read the name Lee ("قال لي المخرج …"); a given name after
        # it too, where the tagger read "Lee Youssef" ("وقال لي يوسف: «…»")
        return i not in self.person_inner or (i + 1 < self.count and is_name(self.words[i + 1]))

    def manner_of_saying(self, k: int, form: CueForm) -> bool:
        """"فقالت بغيظ: «…»", "ويضيف بحماس: «…»": a manner noun with ب (``manner_bi`` in clause_words.tsv)
        right after a reporting verb says how the words were said, never who said them — also where the
        tagger read a name in it ("بحماس", Hamas) — unless the verb takes ب for its object (dq43b)."""
        return "ب" not in form.preps and (self.words[k] in MANNER_BI or self.manner_phrase_end(k) is not None)

    def manner_phrase_end(self, k: int) -> int | None:
        """End of a manner phrase of two words at token ``k`` right before what is said ("ويقول بقناعة تامة إن
        «…»"، "وقال بكل وضوح: …"، "فقال بلهجة آمرة: «…»"): ب on an indefinite feminine noun or on a listed head
        (``manner_bi_head`` in clause_words.tsv), one word after it, then a colon, إن / أن or a quotation. A name
        the tagger found or a given name is none (lead44d)."""
        original = self.original_word(k)
        if not original.startswith("ب") or original.startswith("بال") or len(original) < 4 or not self.is_word(k):
            return None
        if not (self.words[k] in MANNER_BI_HEADS or original.endswith("ة")):
            return None
        if self.has_entity(self.span(k, k + 1), types=("PER", "ORG", "LOC", "MISC")) or self.given_name_at(k):
            return None
        j = k + 1
        if j < self.count and self.is_word(j) and self.words[j] not in lx.COMPLEMENTIZERS:
            j += 1
        if j >= self.count:
            return None
        said = self.words[j] == ":" or j in self.open_at or (self.words[j] in lx.COMPLEMENTIZERS and self.valid_complementizer(j))
        return j if said else None

    def manner_without_subject(self, k: int, limit: int) -> bool:
        """Whether token ``k``, right after a reporting verb, is a listed manner word with ب (``manner_bi`` /
        ``manner_bi_head`` in clause_words.tsv) with no subject written after it: "وأكد بشكل قاطع أن …"،
        "وأشار بشكل واضح إلى أن …"، "تشير بوضوح إلى …" say how it was said, so the verb's subject is the one
        before it or the speaker goes on. The clitic lexicon keeps "بشكل" / "بكل" / "بوضوح" whole, so
        :meth:`prepositional_start` does not see their ب (ind53)."""
        word = self.words[k]
        if not self.is_word(k) or not (word in MANNER_BI or word in MANNER_BI_HEADS):
            return False
        return not self.has_entity(self.span(k, k + 1), types=("PER", "ORG", "LOC", "MISC")) and self.manner_before_subject(k, limit) == k

    def manner_before_subject(self, i: int, limit: int) -> int:
        """"وقال بحزن المدرب الإسباني: «…»": a manner noun with ب right after a reporting verb (``manner_bi`` in
        clause_words.tsv) with a subject after it is stepped over, as an adverb is; alone it is no subject
        (:meth:`manner_of_saying`) (dq43b)."""
        if i + 1 < limit and (self.words[i] in MANNER_BI or self.accusative_before_subject(i) or self.then_adverb_after_verb(i)) and self.subject_like(i + 1):
            return i + 1
        return i

    def then_adverb_after_verb(self, k: int) -> bool:
        """Whether token ``k`` right after a reporting verb is an adverb of "then" (``then_after_verb`` in
        word_classes.tsv: "حينها"، "وقتها"، "آنذاك"، "يومها"): it says when the words were said, never who said
        them, so the verb has no subject there and the speaker goes on ("رد القاضي بقوة على التقرير. قال حينها:
        «…»"، "ويقال إنها قالت وقتها: «…»"), or is the subject written after it ("وقال حينها الوزير: «…»",
        stepped over by :meth:`manner_before_subject`). Not "الآن" (also the name "آلان"), nor a name the tagger found
        there (dq51a)."""
        return self.is_word(k) and self.words[k] in THEN_AFTER_VERB and k not in self.entity_starts

    def accusative_before_subject(self, k: int) -> bool:
        """Whether token ``k`` right after a reporting verb is a word written with the accusative tanween (an adverb
        or a حال: "أولاً"، "مجدداً") and a speaker word or a name follows it that is not accusative too: "وقال أولاً
        الدكتور …" — a subject is nominative, so the subject is the next word, not the adverb (tan50). Not where the
        next word is accusative too ("تعهد مقاتلاً بريطانياً": an object and its adjective), nor a participle, whose
        object follows it ("كتب مهاجماً هيئة الإذاعة …"), but the ordinals (``ordinal_adverb``: "ثانياً")."""
        if k + 1 >= self.count or not self.accusative_tanween_at(k) or self.accusative_tanween_at(k + 1):
            return False
        word = self.words[k]
        if word not in ORDINAL_ADVERBS and ((word.startswith("م") and len(word) >= 5) or (len(word) == 5 and word[1] == "ا")):
            return False  # "حيث كتب مهاجماً هيئة الإذاعة …"، "شاكراً الوزير": a participle (حال) and its object
        return self.subject_like(k + 1)

    def accusative_tanween_at(self, k: int) -> bool:
        """Whether token ``k`` is a word written with the tanween of an indefinite accusative ("ضمنًا"، "أحياناً"،
        "مزيداً"): never a nominative subject, so never the first word of a speaker phrase after its verb (tan50).
        Not "سابقًا / حاليًا" (they still describe a title) nor a name the tagger found there."""
        return (self.is_word(k) and k not in self.entity_starts and k not in self.person_inner
                and self.accusative_after_subject(k))

    def circumstance_after_verb(self, k: int) -> bool:
        """Whether token ``k``, right after a reporting verb, is a circumstance of the saying and not
        its subject: an indefinite accusative (حال) — "وأضاف متحدثا عن الاتفاقية: «…»"، "وتابع مدافعا
        عن موقفه: «…»"، "وأضاف مستهجناً: «…»" — or an adverb of manner ("قال نصا: «…»"، "وأضاف رسميا").
        A subject is nominative: a word written with the tanween of the accusative, a participle
        مُفعِل/مُتفعِّل/مُستفعِل or فاعل written with its accusative alif, or a listed adverb (``adverb`` in
        clause_words.tsv) cannot be it, so the verb has no subject there and the speaker goes on (or
        stands before the verb: "لكن «العرفج» يقول متحسرًا: «…»"). Not a name, a title or a listed
        head ("وقالت ماريا"، "وأكدت موريتانيا"), nor "سابقًا / حاليًا" (session 34, pass q91)."""
        word = self.words[k]
        if not self.is_word(k) or k in self.entity_starts:
            return False
        if word in lx.clause_words("adverb"):
            return True  # "نصا" also reads as the text head "نص"
        if (k in self.person_inner or word in TITLE_ADVERBS or word.startswith("ال") or lx.head_kind(word) is not None
                or word in lx.cue_forms() or self.given_name_at(k)):
            return False
        if self.x.token_text(k).endswith(ACCUSATIVE_TANWEEN):
            return True
        if not word.endswith("ا") or word.endswith(("يا", "وا", "اا", "ها", "نا", "تا")):
            return False  # "ماليزيا"؛ "مسؤوليتها"، "مصادرنا": a possessive; "وذكرت محطتا …": a feminine dual
        participle = word.startswith("م") and len(word) >= 5  # متحدثا، مدافعا، مستهجنا
        agent = len(word) == 5 and word[1] == "ا"  # ساخرا، ضاحكا، مازحا
        return (participle or agent) and not self.dual_construct(k)

    def dual_construct(self, k: int) -> bool:
        """Whether token ``k``, a speaker head with the alif ending and no tanween written ("حاكما"،
        "رئيسا"), is a dual in the construct state, the subject with its genitive after it ("أعلن
        حاكما ولايتي بورنو ويوبي …"، "وقال رئيسا الوزراء …"): a word follows that is neither a
        preposition nor a ل / ب phrase ("متحدثا عن …"، "مدافعا عن موقفه"، "متحدثا للصحفيين")."""
        if lx.head_kind(self.words[k][:-1]) is None or k + 1 >= self.count or not self.is_word(k + 1):
            return False
        nxt = self.words[k + 1]
        return nxt not in lx.PREP_WORDS and not (nxt[:1] in ("ل", "ب") and len(nxt) > 3)

    def stance_object_start(self, i: int, end: int) -> int:
        """"وجدد العمرة التأكيد على أن …", "وجدد الرئيس تأكيداته على أن …": after "جدد" (flag
        ``stance``) the word of stance it renews (``stance_object`` in clause_words.tsv) is its object,
        so the subject ends before it (session 30, q84)."""
        return next((k for k in range(i + 1, end) if self.words[k] in STANCE_FORMS), end)

    def parse_np(self, i: int, limit: int, *, preps: tuple[str, ...] = (), noun_object: bool = False, after_l: bool = False,
                 masdar: bool = False, times: bool = False, fi_times: bool = False) -> int:
        """End (exclusive token) of the speaker phrase that starts at token ``i``.

        ``after_l``: the first token carries the ل of the cue before it ("وفقا لصحيفة …"), so it is
        not read as a via ("لصحيفة" after a verb). ``times``: the phrase is the subject written after a
        reporting verb, which a time ends (:meth:`time_follows`); a source after "حسب" may be dated
        ("أرقام صدرت في أبريل").
        """
        words = self.words
        if self.own_object(i, limit):
            return i
        j, n = i, 0
        aside = None  # (start, end) of the last aside in dashes or brackets the phrase stepped over
        quoted = False  # whether the phrase stepped over a quoted name ("«المرصد السوري»")
        holder = None  # the token where the holder's name after a title's governed phrase begins
        while j < limit and n < MAX_NP:
            word = words[j]
            if self.companion_blessing_at(j):
                break  # "قال أبو سعيد الخدري رضي الله عنه: …": the blessing after the name is no part of it, and
                # right after a verb no subject ("عندما قال رضى الله عنه مادحا …")
            if holder is not None and j - holder >= 2 and j - 1 in self.person_ends and self.object_after_holder(j):
                break  # "وصفت الإمارة عبر المشرف العام على الشؤون الإعلامية سعد آل ثابت من يقوم …": the object
            if word == "فان" and self.original_word(j) == "فان" and j + 1 < limit and not self.valid_complementizer(j):
                j, n = j + 1, n + 1  # "أكد فان غال أن …": the "van" of a name
                continue
            if (j > i and words[j - 1] in KIN_PARTICLES and self.is_word(j) and not self.valid_complementizer(j)
                    and (word == "علي" or word not in lx.PREP_WORDS)):
                j, n = j + 1, n + 1  # "الدكتور موفق أبو طالب", "وليد بن على الجلال": after بن / أبو a name, not a verb or preposition
                continue
            if j > i and (step := self.own_pp_after_participle(j, limit)):
                # "الحكومة المعترف بها دوليا في ليبيا"، "الإدارة التابعة لها": the participle's own preposition with its
                # pronoun, a nisba adverb and a place after في belong to the phrase, which ends there (spkspan61)
                j = self.place_after_fi(j + step, limit)
                break
            if j in self.open_at:
                q = self.x.quotations[self.open_at[j]]
                close = self.close_token(q)
                # after a person's name, or ending with a full stop inside its marks ("وقال باركر «… الجديد.»"):
                # speech, not a quoted name
                said = (j - 1 in self.person_ends and self.ends_clause(close)) or self.sentence_in_marks(j, close)
                if close is not None and close < limit and self.quote_words(q) <= SHORT_NAME_WORDS and not said:
                    j, n, quoted = close + 1, n + 1, True
                    continue
                break
            if word == "(" or (word in DASHES and j > i):
                closing = ")" if word == "(" else word
                close = next((k for k in range(j + 1, min(limit, j + 7)) if words[k] == closing), None)
                if close is None or not all(self.is_word(k) for k in range(j + 1, close)):
                    break
                if word == "(" and self.age_aside(j, close):
                    break  # "وكتب سميث (46 عاما) …": an age after a name is not part of the speaker
                aside = (j, close + 1)
                j = close + 1
                continue
            if not word[0].isalnum():
                if word in ("%", "٪") and j > i and words[j - 1][0].isdigit():
                    j, n = j + 1, n + 1  # "وقال 60% من البالغين إنهم …": a share of people speaks
                    continue
                if word in COMMAS and j > i and j + 1 < limit and self.second_person_after_name(i, j, j + 1, limit):
                    break  # "وهنأ الدكتور الزياني، اللواء مبارك الخييلي بتعيينه": the one he congratulated (ind38b)
                if word in COMMAS and j > i and j + 1 < limit and (self.apposition_at(j + 1) or self.name_apposition(i, j, limit)):
                    j += 1
                    continue
                if word == "." and j > i and j + 1 < limit and self.is_word(j + 1) and not self.x.is_sentence_end(j):
                    j += 1
                    continue
                break
            if word.isdigit() and j > i:
                break
            if j > i and self.year_after_speaker(j):
                if self.dated_document(i, j):
                    j, n = j + 2, n + 2  # "تقرير لوزارة المياه عام 2013"، "استطلاع أجري عام 2011": the document's year
                    continue
                break  # "ووصفت هيئة السياحة في كينيا عام 2014 بأنه …": when, not who (ind52)
            if word in KANA and j > i:
                break  # "بعض المحللين كانوا توقعوا …": the subject ends at كان
            if j > i and not quoted and (self.accusative_after_subject(j) or self.object_after_name(j)
                                         or self.construct_object_after_name(j) or self.bodies_object_after_subject(j)
                                         or (not noun_object and self.possessive_object_after_definite(i, j))):
                # "وأكد وزير التعليم تعميماً …", "لا تبدي الأوساط الفرنسية ارتياحًا …": the object begins.
                # Not after a quoted name, where the object may have begun before ("أكد «المرصد» تحقيق
                # قوات المعارضة تقدمًا"): the phrase is then left as it was
                break
            if (j > i and j + 1 < limit and words[j + 1] in RESUMPTIVE_PPS and not word.startswith("ال")
                    and j not in self.entity_starts and lx.head_kind(word) is None):
                break  # "وكشفت وثيقة حكومية حصلت عليها …": a verb opens a clause describing the phrase
            if j == i and word in DEMONSTRATIVES and j + 1 < limit and lx.head_kind(words[j + 1]) in ("title", "anon", "org", "media", "doc"):
                j, n = j + 1, n + 1  # "أوضح هذا المسؤول أن …"
                continue
            if j > i and word in ("علي", "عن") and (named := self.title_preposition(j, limit)) is not None:
                # "أكد المشرف على برنامج إحالتي سليمان الشريع أن …": the title's own preposition and
                # what it governs, up to the holder's name (counted as one word: the name still fits)
                holder = named if named != j + 1 else None
                j, n = named, n + 1
                continue
            if j > i and self.on_own_behalf(i, j):
                break  # "وأعرب الملك المفدى باسمه واسم شعب … عن …": on whose behalf, not who
            if word in ("دون", "بدون") and j + 1 < limit and words[j + 1] in WITHOUT_SAYING:
                break  # "وأضاف رومنيجه دون الكشف عن …"، "وكتب دون أن يذكر …": how it was said, not who said it
            if j > i and word == "لدي" and self.accredited_to(i, j, limit):
                j, n = j + 1, n + 1  # "مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل": where he is posted
                continue
            if j > i and j + 1 < limit and (words[j - 1], word, words[j + 1]) in PREPOSITION_IN_NAME:
                j, n = j + 2, n + 2  # "هيئة الأمر بالمعروف والنهي عن المنكر": the name's own "عن" (lead39h)
                continue
            if j > i and self.present_plural_verb(i, j):
                break  # "قال باحثون في الولايات المتحدة يسعون لتطوير …": a clause describing them begins (lead40p)
            if j > i and word in BODY_PRONOUN_PPS and j + 1 < limit and self.person_after_comma(j + 1, limit):
                j, n = j + 1, n + 1  # "ومدير إدارة العلاقات بها محمد البقمي": the office's "in it", then its holder (lead40l)
                continue
            if self.boundary_at(j) and not (after_l and j == i and word.startswith("ل")):
                break
            if word in preps and (word != "علي" or self.is_preposition_ala(j)) and not self.partitive_min(i, j):
                break
            if "ب" in preps and self.bi_object(j):
                break
            if noun_object and self.content_word(j, masdar=masdar and j > i):
                break
            if times and j > i and self.time_follows(j):
                break  # "وأعلن المنظمون في إبريل إنه …", "وصرح توريس عشية المباراة": when, not who
            if fi_times and not times and j > i and self.dated_after_subject(i, j):
                break  # "وقال وزير النقل في يونيو الماضي إن …": when, not who (sp47a)
            if word == "في" and j > i and self.occasion_of_speaker(i, j):
                break  # "وقال الرئيس الجزائري في برقيته إن …": where he said it, not who he is
            if word == "في" and j > i and self.occasion_after_name(j):
                break  # "وقال عادل الجبير في الاجتماع إن …": where he said it (lead41b)
            if j > i and self.speaker_stops_at(i, j):
                break  # "وقال بنيتيز في ملبورن حيث …"، "وقال الشهري من الصعب …": where he spoke, or his words (spk59)
            if j > i and word in SAYING_OBJECTS:
                break  # "ونقلت الصحيفة عن حاكم الإقليم القول إنه …": what was relayed, not who (lead43d)
            if word == "في" and j > i and self.statement_after_speaker(j):
                break  # "وقال الوزير في البيان إن …": in what he said it (lead42a)
            if word == "في" and j > i and j + 1 < limit and self.words[j + 1] in lx.marker_words("content"):
                break  # "وأوضح الباحث في أهمية البحث أن …"
            if n == 0 and lx.head_kind(word) == "pronoun":
                return j + 1
            if (j == i + 1 and word.startswith("لل") and words[i].startswith("ال") and lx.head_kind(words[i]) in ("org", "media", "doc")
                    and lx.head_kind(_without_lam(word)) not in ("org", "media", "doc", "title")):
                break  # "واشترطت الوزارة للعامل …": whom it was said to, not part of the name
            if j > i and self.name_overrun(j):
                break
            if j > i and self.common_word_outlet_closes(j):
                j += 1  # "أظهر استطلاع للرأي نشر الأسبوع الماضي أن …": the poll's genitive, then its clause (lead40a)
                break
            if j == i + 1 and self.surname_then_object(i, j):
                self.object_break = j
                break  # "وتنبه الخريجي أولياء الأمور إلى …" after "سالمة الخريجي": his surname, then the object (ind40a)
            if j > i and word in THEN_ADVERBS and j + 1 < self.count and (
                    self.valid_complementizer(j + 1) or self.words[j + 1] == ":" or j + 1 in self.open_at):
                break  # "وقال بعض المسؤولين الأمريكيين حينها إنهم …": when, not who (lead39f)
            if j > i and self.verb_adverb_after_subject(j):
                break  # "وأكدت وكالة فيتش أخيرا التصنيف …": how or when it was done, not who (spk56)
            if j > i and self.addressee_after_name(j):
                break  # "أوضح اللاعب أمينو بوبا لإدارة النادي أنه …": whom he told, not part of his name (lead39a)
            if j > i and self.np_ends_before(i, j, noun_object):
                self.object_break = j
                break
            if word in ISSUED and j > i and j + 1 < limit and words[j + 1] in ISSUED_BY:
                j, n = j + 2, n + 2  # "بيان صادر عن وزارة الداخلية": the issuer is part of the phrase
                continue
            if j > i and word in EVERYONE_OBJECTS:
                break  # "وطالب دبكل الجميع بوقفة …": whom he called on, not more of him (lead44c)
            j += 1
            n += 1
        if n >= MAX_NP and j < limit:
            j = self.name_cut_end(j, limit)
        if aside is not None and aside[1] == j and "الله" in words[aside[0]:aside[1]]:
            j = aside[0]  # "وكانت المعلمة -رحمها الله- قد سقطت": a prayer set off ends the phrase, not a name's apposition
        while j > i and (words[j - 1] in TRIM_WORDS or not words[j - 1][0].isalnum()):
            if words[j - 1] in QUOTE_CHARS and self.balanced_close(j - 1, i):
                break
            if words[j - 1] == ")" and "(" in words[i:j - 1]:
                break  # "(واس)": keep the closing bracket of a bracket the phrase opened
            if j - 1 > i and words[j - 2] in KIN_PARTICLES and self.is_word(j - 1):
                break  # "وقال ابن علي إن …": the name after ابن, not the preposition على
            j -= 1
        if self.bare_making_verb_ends(i, j):
            j -= 1
        return j

    def bare_making_verb_ends(self, i: int, j: int) -> bool:
        """Whether the phrase ``i``..``j`` is an indefinite document ending in a bare verb of its making
        (``doc_made_verbs`` in word_classes.tsv): "أظهرت دراسة نشرت الاثنين أن …"، "وأظهر مسح رسمي نشرت نتائجه …".
        A time or the verb's own subject stopped the phrase after the verb, which names no maker: the
        document is the speaker, as the gold marks it ("مسح رسمي"), and its fuller mention with the maker
        ("الدراسة التي نشرها معهد …") holds its words (doc63)."""
        words = self.words
        return (j - 1 > i and words[j - 1] in DOC_MADE_VERBS and not words[i].startswith("ال")
                and lx.head_kind(words[i]) == "doc")

    def made_verb_after_doc(self, k: int) -> bool:
        """Whether token ``k`` is the bare verb :meth:`bare_making_verb_ends` left out of the document's phrase
        just before it (the document a word or three back): the region after the phrase steps over it."""
        return self.words[k] in DOC_MADE_VERBS and any(self.bare_making_verb_ends(i, k + 1) for i in range(max(0, k - 3), k))

    def own_pp_after_participle(self, j: int, limit: int) -> int:
        """How many tokens from ``j`` complete the participle before it: its own preposition with a pronoun
        (``own_pp_participles`` / ``own_pp_pronouns`` in word_classes.tsv: "الحكومة المعترف بها"، "إدارة الطوارئ
        التابعة لها") and a nisba adverb right after it ("دوليا"، "رسميا"); 0 where there is none (spkspan61)."""
        words = self.words
        if words[j] not in OWN_PP_PRONOUNS or words[j - 1] not in OWN_PP_PARTICIPLES:
            return 0
        if j + 1 < limit and self.is_word(j + 1) and words[j + 1].endswith("يا") and len(words[j + 1]) >= 4 \
                and j + 1 not in self.entity_starts:
            return 2
        return 1

    def place_after_fi(self, j: int, limit: int) -> int:
        """End of "في" and the place named right after it at token ``j`` ("في ليبيا"، "في العاصمة طرابلس" as one
        mention the tagger found), or ``j`` where there is none."""
        if j + 1 >= limit or self.words[j] != "في" or j + 1 not in self.entity_starts:
            return j
        eid = self.entity_starts[j + 1]
        if not any(m[2] == eid and m[3] == "LOC" for m in self.entities):
            return j
        return next((k + 1 for k in range(j + 1, min(limit, j + 5)) if self.entity_ends.get(k) == eid), j)

    def verb_adverb_after_subject(self, j: int) -> bool:
        """Whether token ``j`` is an adverb of the verb (``adverb`` in clause_words.tsv, not a title's "سابقا")
        right after its subject: "وأعلنت الشركة رسميا …"، "وأكدت وكالة فيتش أخيرا التصنيف …" — neither a name
        nor a title goes on with it, so the speaker ends before it (spk56). Not after a participle or a verb that
        describes the source, whose own adverb it is ("التقرير الصادر أخيرا"، "المدرب المعين رسميا"، "بيانات صدرت
        أخيرا": the gold keeps such a description in the speaker)."""
        if self.words[j] not in VERB_ADVERBS:
            return False
        prev = self.words[j - 1]
        participle = prev.startswith("ال") and (prev[2:3] == "م" or (len(prev) == 6 and prev[3] == "ا"))
        return not participle and prev not in DATED_DESCRIPTIONS

    def present_plural_verb(self, i: int, j: int) -> bool:
        """Whether token ``j`` is a present-tense verb of the third person plural ("يسعون"، "يعانون"، "وينتمون"): the
        start of a clause that describes the group of the phrase ``[i, j)`` before it. Not a nisba plural ("يابانيون"), nor a name
        ("يعالون"، "ويلسون", which the entity stage finds)."""
        word = self.words[j]
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 6 else word
        if not (_PRESENT_PLURAL.match(bare) and not bare.endswith("يون") and _verb_stem(bare[1:-2])):
            return False
        if not any(lx.head_kind(self.words[k]) is not None or self.words[k].endswith(("ون", "ين")) for k in range(i, j)):
            return False  # a group it can describe must stand before it ("آشلي ويلزدون": a family name, not a verb)
        # (not right after a person's name: "موشيه يعالون")
        return (j - 1 not in self.person_ends and not self.given_name_at(j - 1) and j not in self.entity_starts and not self.has_entity(self.span(j, j + 1))
                and not self.given_name_at(j))

    def common_word_outlet_closes(self, j: int) -> bool:
        """Whether token ``j`` is a paper's name that is also a common word ("للرأي") closing the phrase as
        its genitive: not whom words were given to (:meth:`common_word_outlet_belongs`), and followed by a
        word that is neither definite, a name nor a title: a verb or the object ("استطلاع للرأي أجرته
        وكالة كيودو"، "نتائج استطلاع للرأي قامت بها …")."""
        word = self.words[j]
        if not word.startswith("لل") or j + 1 >= self.count or not self.is_word(j + 1):
            return False
        nxt = self.words[j + 1]
        if nxt.startswith(("ال", "وال")) or j + 1 in self.entity_starts or lx.head_kind(nxt) is not None:
            return False
        outlet = _outlet(self.original_word(j))
        return outlet is not None and self.common_word_outlet_belongs(j, outlet)

    def name_cut_end(self, j: int, limit: int) -> int:
        """Where a speaker phrase cut at its word limit (:data:`MAX_NP`) ends when the cut falls inside a
        name: at the name's end. Saudi news writes titles of fourteen words and more ("صاحب السمو الملكي
        الأمير سلطان بن ناصر بن عبدالعزيز"، "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ونائب خادم
        الحرمين الشريفين الأمير محمد بن نايف"): the limit guards against a phrase running on into the
        content, but a name the entity stage found is no content. At most :data:`NAME_TAIL` words more."""
        end = self.name_goes_on.get(j - 1)
        if end is None or end <= j or end - j > NAME_TAIL or end > limit:
            return j
        return end

    def on_own_behalf(self, i: int, j: int) -> bool:
        """Whether "باسمه / باسمها …" at token ``j`` says on whose behalf the speaker of ``[i, j)`` speaks
        ("وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة عن …"): the phrase ends before it. Not after a
        spokesman word, whose complement it is ("وقال المتحدث باسمها إن …", "الناطق الرسمي باسمه")."""
        if self.words[j] not in lx.word_class("own_behalf"):
            return False
        return not any(self.words[k] in lx.word_class("spokesman_words") for k in range(i, j))

    def dated_after_subject(self, i: int, j: int) -> bool:
        """Whether "في" at token ``j`` opens a time the times stage found after the phrase ``[i, j)`` (sp47a):
        "وقال وزير النقل في يونيو الماضي إن …"، "وأعلن الاتحاد الآسيوي في مطلع العام …" say when it was said,
        not who said it. Not a phrase with a verb that dates what it describes ("استطلاع أجري في يونيو"،
        "تقرير صدر في ديسمبر": ``source_described_by``, ``issued``), nor an age ("شاهدة في الثلاثين من
        العمر": ``age_words``). A time with no "في" ("المنضمة حديثا"، "الصادر أخيرا") is left to the
        participle's own reading, as before."""
        if self.words[j] != "في" or not self.time_follows(j):
            return False
        if any(self.words[k] in DATED_DESCRIPTIONS for k in range(i, j)):
            return False
        if any(self.words[k] in AGE_WORDS for k in range(j + 1, min(self.count, j + 5))):
            return False
        return self.said_after_time(j if j in self.time_ends else j + 1)

    def year_after_speaker(self, j: int) -> bool:
        """Whether token ``j`` is "عام" / "سنة" with a year of four digits right after it and no "في" before it
        ("قال الملك عبد العزيز عام 1930 إن …"، "أعلن موقع «Face.com» عام 2011، عن …"): a time, which the digit
        stop alone cut after "عام", leaving the word in the speaker. Not after a preposition or a time word that
        opens the time ("في عام 1961" is ``dated_after_subject``'s, "بداية عام 1987" is left). A document's
        year is taken in whole (``dated_document``), not cut after "عام" (ind52)."""
        if self.words[j] not in YEAR_NOUNS or j + 1 >= self.count:
            return False
        if self.words[j - 1] in lx.PREP_WORDS or j - 1 in self.time_starts:
            return False  # "في عام 1961"، "بداية عام 1987": the time began before "عام", and is read there or not at all
        year = self.words[j + 1]
        return year.isdigit() and len(year) == 4

    def dated_document(self, i: int, j: int) -> bool:
        """Whether the phrase ``[i, j)`` names a document, a poll or a report ("تقرير لوزارة المياه"، "استطلاع أجري")
        or something issued ("بيان صدر"), whose year after it dates the document and stays in the phrase
        (as an according-to source keeps "لعام 2014"); a person's or a body's year says when they spoke (ind52)."""
        return any(lx.head_kind(self.words[k]) == "doc" or self.words[k] in DATED_DESCRIPTIONS for k in range(i, j))

    def said_after_time(self, t: int) -> bool:
        """Whether what was said opens right after the time that begins at token ``t`` (and a bracket or a comma
        after it, "في مايو (أيار)"): a complementizer or a colon ("… في يونيو الماضي إن …"). Elsewhere the time may still
        belong to the phrase ("تطور المؤشرات في الربع الثاني إلى …") or the verb's object follows it ("وطالب
        المحاميان في نهاية مايو القيام بـ…"), and the phrase is left as it was (sp47a)."""
        end = self.time_ends.get(t)
        if end is None or end >= self.count:
            return False
        if self.words[end] == "(":
            close = next((k for k in range(end + 1, min(self.count, end + 6)) if self.words[k] == ")"), None)
            if close is None or close + 1 >= self.count:
                return False
            end = close + 1
        if self.words[end] in COMMAS and end + 1 < self.count:
            end += 1  # "… في ساعة مبكرة من صباح الاثنين، إن …"
        return self.valid_complementizer(end) or self.words[end] == ":"

    def time_follows(self, j: int) -> bool:
        """Whether a time the times stage found opens an adjunct at token ``j``, which ends the subject
        of a reporting verb: one after "في" ("وأعلن المنظمون في إبريل"), or a time word with no article
        after a definite word or a name ("وصرح توريس عشية المباراة"، "النيابة آنذاك"). Not a definite
        one, an adjective or a genitive of the phrase ("التقرير السنوي"، "لجنة مهرجان الصيف"،
        "إحصاءات شهر مايو"), nor a word of a name ("الدكتور رمضان …"), nor "سابقًا / حاليًا" after a
        title, which still describe it."""
        words = self.words
        if words[j] == "في" and j not in self.time_starts:
            j += 1  # "في إبريل": the time after it
            if j >= self.count:
                return False
        elif words[j] != "في":
            after_definite = words[j - 1].startswith(("ال", "وال", "لل", "بال")) or (j - 1) in self.person_ends
            if words[j].startswith("ال") or words[j] in TITLE_ADVERBS or not after_definite:
                return False
        return j in self.time_starts and j not in self.entity_starts and j - 1 not in self.person_inner

    def given_name_at(self, k: int) -> bool:
        """Whether token ``k`` opens a name the tagger found or is a given name the entity lists hold
        ("سلطان", which ends like a dual)."""
        # the entity stage's name lists (loaded once, shared), imported here: speech loads without them
        from khabar.entities.tagger import is_name

        return k in self.entity_starts or is_name(self.words[k])

    def object_after_name(self, j: int) -> bool:
        """Whether token ``j``, right after a person's name, begins the verb's object: an indefinite
        plural in -ات or an indefinite accusative whose tanween is not written ("وثمن وكيل الإمارة
        الدكتور حامد الشمري توجيهات …", "وأجرى الوزير عزام الدخيل اتصالا …"). Neither is a title
        (those are in the lexicon), an adverb or a word of the name (a given or family name the
        entity lists hold, a name the tagger found)."""
        word = self.words[j]
        if (j - 1 not in self.person_ends or j in self.entity_starts or j in self.person_inner or len(word) < 4
                or word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) or lx.head_kind(word) is not None or word in TITLE_ADVERBS
                or word in lx.NAME_PARTICLES or word in lx.clause_words("adverb")):
            return False
        if not (word.endswith("ات") and len(word) >= 5) and not (word.endswith("ا") and not word.endswith(("وا", "اا", "يا"))):
            return False
        return not self.given_name_at(j)

    def construct_object_after_name(self, j: int) -> bool:
        """Whether token ``j``, right after a person's name of two words or more the tagger found, begins the verb's object as a
        construct the name cannot go on with (lead43f): a bare noun, then a bare noun and a definite one ("انتقد
        الأمير طلال بن بدر قرار نقل المباراة …"، "ناشد ذوو المواطن عوض حميد المطيري مقام خادم الحرمين …"), or a
        verbal noun with its pronoun ("ونقلت عن مدرب روماني اسمه كورنيل دينو ادعاءه …"). None of those words is a
        title, a name particle, a given or family name of the text, nor a name the tagger found."""
        words, count = self.words, self.count
        if j - 1 not in self.person_ends or j + 1 >= count or not (self.is_word(j) and self.is_word(j + 1)):
            return False
        if j - 2 not in self.person_inner:
            return False  # a one-word name ("كريس وليامسون كبير المحللين"): the tagger may have left its surname out
        if not self.plain_noun(j) or self.given_name_at(j) or words[j].endswith(("ي", "يه")):
            return False  # (a profession or nisba goes on describing him: "جان فرنسوا روبان اختصاصي أسواق السندات")
        word, nxt = words[j], words[j + 1]
        written = self.x.token_text(j)
        if masdar_form(word) and written.endswith(lx.POSSESSIVE_ENDINGS) and not written.endswith("ة"):
            return True  # (the matching form writes ة as ه: the pronoun is read on the written word)
        return (j + 2 < count and self.is_word(j + 2) and self.plain_noun(j + 1) and not self.given_name_at(j + 1)
                and not nxt.endswith(("ي", "يه")) and words[j + 2].startswith("ال") and len(words[j + 2]) > 3
                and j + 2 not in self.entity_starts)

    def possessive_object_after_definite(self, i: int, j: int) -> bool:
        """Whether token ``j``, a bare noun with a possessive pronoun right after a definite word of the phrase
        ``[i, j)``, begins the verb's object (sp47b): "وجددت إدارة نادي الشباب مفاوضاتها مع …"، "وشرحت المصممة
        فكرتها"، "وأعلنت القيادة العامة للقوات المسلحة استشهاده". A definite word takes no genitive, so the noun
        cannot be more of the phrase. Not a word that still describes it ("المسؤول نفسه"، "الرئيس المنتهية
        ولايته": ``phrase_possessives``), a preposition with its pronoun ("البعض منهم"، "لديه"), nor a name
        (a family name ending in ه: "عادل فقيه", which :meth:`plain_noun` and the name lists keep). parse_np asks it
        only where the verb takes no noun object: a noun-object verb's own content test reads such a noun."""
        prev = self.words[j - 1]
        if not (prev.startswith(("ال", "لل")) and len(prev) > 3) or prev == "الله" or j - 1 in self.person_inner or j - 1 in self.person_ends:
            return False  # ("طيب الله ثراه": a prayer after a name)
        written, word = self.x.token_text(j), self.words[j]
        if word[:1] in ("و", "ب", "ل") or word.endswith("يه"):
            # "مؤسسة ماركت ومقرها لندن"، "المتحدث باسمها": a word joined to the phrase, or a preposition's; "كزافييه",
            # "ديدييه": a foreign given name the lists lack
            return False
        stem = lx.possessive_stem(written)
        if stem is None or written.endswith("ة") or len(stem) < 3 or word in PHRASE_POSSESSIVES:
            return False
        if lx.possessive_stem(word) in lx.PREP_WORDS or not self.plain_noun(j) or self.given_name_at(j):
            return False
        return j + 1 >= self.count or self.words[j + 1] not in lx.NAME_PARTICLES

    def bodies_object_after_subject(self, j: int) -> bool:
        """Whether token ``j``, bodies or states in the plural without the article (``plural_bodies``: دول، حكومات،
        سلطات) right after a definite word or a person's name, begins the verb's object (lead48c): "وحث ديل روساريو
        دول جنوب شرقي آسيا على …"، "ودعا الوزير دول المنطقة إلى …". A definite word or a name takes no genitive,
        so the construct cannot be more of the phrase; after a bare word it can ("قادة دول الخليج")."""
        if j - 1 in self.person_inner or not (self.words[j - 1].startswith("ال") or j - 1 in self.person_ends):
            return False
        # a person the tagger found there is its slip ("ودعا المهندس الحياري شركات الكهرباء …" read "شركات الكهرباء" as a
        # man): no one's name opens with a plural of bodies (call60)
        return self.words[j] in PLURAL_BODIES and (j not in self.entity_starts or self.entity_starts[j] in self.person_ids)

    def plain_noun(self, k: int) -> bool:
        """A bare word that no speaker phrase is made of: no article on it, no head word, no preposition, name
        particle or word of a name in the text, no name the tagger found there — where an object begins after a
        person's name (:meth:`construct_object_after_name`, subjects.py ``object_after_person``)."""
        word = self.words[k]
        return (len(word) > 2 and word.isalpha() and not word.startswith(("ال", "لل", "وال"))
                and lx.head_kind(word) is None and word not in lx.NAME_PARTICLES and word not in lx.PREP_WORDS
                and word not in lx.NP_STOPS and word not in self.person_words() and k not in self.entity_starts)

    def accusative_after_subject(self, j: int) -> bool:
        """Whether token ``j``, inside a speaker phrase, is written with the tanween of an indefinite
        accusative: an object or a circumstance (مدهوشًا), never part of who speaks; "سابقًا / حاليًا"
        after a title still describe it."""
        return self.x.token_text(j).endswith(ACCUSATIVE_TANWEEN) and self.words[j] not in TITLE_ADVERBS

    def age_aside(self, open_: int, close: int) -> bool:
        """Whether the brackets ``[open_, close]`` hold only an age ("(46 عاما)", "(21 سنة)")."""
        inner = self.words[open_ + 1:close]
        return len(inner) == 2 and inner[0].isdigit() and inner[1] in AGE_UNITS

    def kunya_at(self, j: int) -> bool:
        """Whether token ``j`` is "أم" opening a woman's kunya right after a reporting verb or a
        speaker word ("وقالت أم فيصل «…»"، "وتقول المواطنة أم خالد إن …"): the next word is a given
        name the entity lists hold, not a word with the article. Elsewhere "أم" is "or" and ends a
        speaker phrase (``np_stops``); the tagger finds some kunyas ("أم خالد") and misses others
        ("أم فيصل"), and the cue then went on with the last speaker (pass dq40a)."""
        from khabar.entities.tagger import is_name

        words = self.words
        if words[j] not in KUNYA_MOTHER or j == 0 or j + 1 >= self.count or not self.is_word(j + 1):
            return False
        nxt = words[j + 1]
        if nxt.startswith("ال") or nxt in lx.NP_STOPS or nxt in lx.PREP_WORDS or not is_name(nxt):
            return False
        prev = words[j - 1]
        return (j - 1) in self.cues or lx.head_kind(prev) is not None

    def mother_place_at(self, j: int) -> bool:
        """Whether token ``j`` is "أم" beginning the name of a place or an institution right after its bare
        head noun ("أعلنت جامعة أم القرى …"، "أستاذ النقد بجامعة أم القرى"): a head with no article stands
        in the construct state and needs the genitive after it, so this "أم" is no "or" that ends the
        speaker phrase (``np_stops``); the phrase stopped at "جامعة" and the place went to the content
        (pass ind48b)."""
        if j == 0 or j + 1 >= self.count or self.words[j] not in KUNYA_MOTHER or not self.is_word(j + 1):
            return False
        prev = self.words[j - 1]
        heads = (prev, prev[1:]) if prev[:1] in ("ب", "ل", "و") else (prev,)
        return any(h in MOTHER_PLACE_HEADS for h in heads) and self.words[j + 1] not in lx.NP_STOPS

    def name_not_time(self, j: int) -> bool:
        """Whether token ``j``, a time word that is also a given name ("صباح"), is a person's first name:
        right after a reporting verb before a nisba surname or a given name ("وقال صباح النعماني، المتحدث
        …"), or after a title or honorific before any word with the article ("الشيخ صباح الأحمد"، "النائب
        صباح الساعدي"); never before a time word or a time the times stage found ("صباح اليوم"، "صباح يوم"،
        "صباح الجمعة"). The time ended the speaker phrase there, leaving the cue to the last speaker or
        the title alone (pass dq40d)."""
        from khabar.entities.tagger import is_name

        words = self.words
        if (j == 0 or j + 1 >= self.count or not self.is_word(j + 1) or words[j] not in lx.marker_words("time")
                or not is_name(words[j])):
            return False
        nxt = words[j + 1]
        if nxt in lx.marker_words("time") or (j + 1) in self.time_starts:
            return False
        if (j - 1) in self.cues:
            nisba = nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 6
            return nisba or (not nxt.startswith("ال") and is_name(nxt))
        titled = lx.head_kind(words[j - 1]) in ("title", "honorific")
        return titled and nxt.startswith("ال") and len(nxt) >= 5

    def inside_person_name(self, j: int) -> bool:
        """Whether token ``j`` lies inside a person's name the entity tagger found, with more of
        the name after it ("جان ايف لو دريان", then "لو دريان" alone)."""
        s, e = self.x.original_span(*self.span(j, j + 1))
        return j + 1 < self.count and any(m[3] == "PER" and m[0] <= s and m[1] > e for m in self.entities)

    def name_overrun(self, k: int) -> bool:
        """Whether token ``k`` is where a name the entity tagger ran on past really ends:
        "جزيني بحرمان الحجاج" (a preposition + verbal noun after a person's name: the verb's object),
        "وزارة الصحة المواطنين" (a definite masculine plural after a definite feminine singular: not
        an adjective, which would agree, nor a genitive, which follows an indefinite noun: the verb's
        object; after a broken plural it may be an adjective, "جمعية الأطفال المعوقين"), or a word
        after a surname the text gave in full before ("لاجارد دائني اليونان", ``known_name_ends``)."""
        words = self.words
        prev, word = words[k - 1], words[k]
        if not (self.is_word(k - 1) and self.is_word(k)):
            return False
        if k - 1 in self.person_inner and self.known_name_ends(k - 1, k):
            return True
        if word.startswith("ب") and len(word) > 4 and self.has_entity(self.span(k - 1, k), types=("PER",)):
            rest = word[1:]
            verbal = bool(_MASDAR.match(rest)) or (len(rest) == 5 and rest.endswith("ان"))  # not "بالخرج": a place
            return verbal and lx.head_kind(rest) in (None, "anon") and lx.head_kind(word) != "name"
        return (word.startswith("ال") and word.endswith(("ين", "ون")) and not word.endswith(("يين", "يون")) and len(word) > 6
                and prev.startswith("ال") and prev.endswith("ه")
                and self.has_entity(self.span(k - 1, k), types=("ORG",)))

    def known_name_ends(self, last: int, k: int) -> bool:
        """"وطالبت لاجارد دائني اليونان" after "كريستين لاجارد": the tagger ran a name on into the
        verb's object, but token ``last`` ends a person the text named in full before, and token
        ``k`` was never part of that name — the name ends there (only inside a tagged mention that
        goes on past ``last``, and only against an earlier mention of more than one word)."""
        word = self.words[k]
        if last not in self.person_inner or word in lx.NAME_PARTICLES or word.startswith("ال") or lx.head_kind(word) == "name":
            return False  # "سلمان الدوسري", "سلمان بن …": another person's name goes on
        name, after = _bare(self.words[last]), _bare(word)
        for s, e, _ in self.mentions_before(last, "PER"):
            earlier = [_bare(w) for w in self.x.norm[s:e].split()]
            if len(earlier) > 1 and earlier[-1] == name and after not in earlier:
                return True
        return False

    def surname_then_object(self, i: int, j: int) -> bool:
        """"وتنبه الخريجي أولياء الأمور إلى …", "وعد الثني حكومة الإنقاذ …", "وشكر داود السفارة على …": a
        phrase that opens with the surname of a person the text named in full before (a name the tagger
        found, a given name then this word, or two words right after a reporting verb), then a word that is not of that name, no title, honorific,
        nisba, particle, preposition or adverb: the surname is the speaker, the word opens the verb's
        object (ind40a; link38's class R)."""
        words = self.words
        surname, word = words[i], words[j]
        if (len(surname) < 3 or not self.is_word(i) or not self.is_word(j) or len(word) < 3 or lx.head_kind(surname) is not None
                or surname in lx.PREP_WORDS  # "أضاف علي عشقي": "علي" is also the preposition على
                or j in self.time_starts or word in lx.NAME_PARTICLES or word in KIN_PARTICLES or word in lx.PREP_WORDS
                or word in TITLE_ADVERBS or word in lx.clause_words("adverb") or word in APPOSITION_WORDS
                or self.valid_complementizer(j) or self.given_name_at(j) or word in self.person_words()):
            return False  # (a word of a name the tagger found: "وتدين اونغ سان سو تشي" after "مين اونغ …")
        kind = lx.head_kind(word)
        if kind not in (None, "org", "media") and not (kind == "anon" and len(word) >= 5 and word.endswith(("ين", "ات", "اء"))):
            return False  # "وقال الفالح وزير الصحة …", "وقال الغامدي مسؤول الإعلام …": his title (a plural is none: "أولياء الأمور")
        if word.startswith(("ال", "وال")) and word.endswith(("ي", "يه", "ية", "يون", "يين")):
            return False  # "الثني الليبي": a nisba of the man
        if word.endswith(ACCUSATIVE_TANWEEN) or (
                word[:1] in ("ل", "ب", "ك", "ف", "و") and not word.startswith(("ال", "لل")) and lx.head_kind(word[1:]) is not None):
            return False
        name, after = _bare(surname), _bare(word)
        for s, e, _ in self.mentions_before(i, "PER"):
            earlier = [_bare(w) for w in self.x.norm[s:e].split()]
            if len(earlier) > 1 and earlier[-1] == name and after not in earlier:
                return True
        return any(words[k] == surname and k - 1 >= 0 and self.is_word(k - 1) and words[k - 1] != surname
                   and (self.given_name_at(k - 1) or k - 2 in self.cues) and lx.head_kind(words[k - 1]) is None
                   and words[k - 1] not in lx.PREP_WORDS and words[k - 1] not in lx.NAME_PARTICLES and (k + 1 >= self.count or words[k + 1] != word)
                   for k in range(max(0, i - 3000), i - 1))

    def trimmed_mention(self, s: int, e: int) -> int:
        """End (normalised offset) of an entity mention ``[s, e)`` cut where the name really ends."""
        a, b = self.x.token_at(s), self.x.token_at(max(e - 1, s))
        for k in range(a + 1, min(b + 1, self.count)):
            if self.name_overrun(k):
                return self.x.ends[k - 1]
        return e

    def plural_after_nisba(self, j: int) -> bool:
        """"ثمّن مدير عام مطار الملك فهد الدولي التوجيهات الحثيثة …": a definite feminine plural after a
        definite masculine singular nisba agrees with nothing before it and takes no genitive there, so a
        verb taking a noun object has its object begin at ``j`` (lead39c; the country nisbas of any plural
        are the block above)."""
        prev, word = self.words[j - 1], self.words[j]
        return (prev.startswith("ال") and prev.endswith("ي") and len(prev) >= 6 and lx.head_kind(prev) is None
                and word.startswith("ال") and word.endswith("ات") and len(word) >= 7 and lx.head_kind(word) is None
                and not self.has_entity(self.span(j, j + 1), types=("PER", "ORG", "LOC", "MISC")))

    def nisba_of_speaker(self, j: int) -> bool:
        """"وزير الخارجية التركي"، "السلطات التركية"، "البنك المركزي التركي"، "وزير الداخلية التشادي": a
        country's nisba shaped as a verbal noun (تفعّل، تفاعل) right after a speaker's head word, or one word
        after it, is that head's adjective, not the verb's noun object (ind50a). Not after any noun: in
        "وأكد المسؤول … دوغان قصف الطائرات التركية …" it describes the object already begun."""
        if self.country_of(self.words[j]) is None:
            return False
        return any(lx.head_kind(self.words[k]) is not None for k in range(max(0, j - 2), j))

    def np_ends_before(self, i: int, j: int, noun_object: bool) -> bool:
        """Whether the phrase ``[i, j)`` is complete and token ``j`` begins the verb's object.

        Arabic gives two signs without a parser: a sound plural or dual with its ending
        ("مسؤولون", "مسؤولين") has no genitive after it, so a definite word that follows is not
        part of it ("وأبلغ مسؤولون النادي …"); and a complete name is not followed by another name
        or, for a verb taking a noun object, by a plain noun ("دعت الولايات المتحدة باكستان …",
        "وأدانت الجامعة العربية الهجوم …"), unless that word is a title, a name particle, an
        adjective (a nisba, "السودانية") or a preposition phrase.
        """
        words = self.words
        prev, word = words[j - 1], words[j]
        if self.second_person_after_name(i, j, j, self.count):
            return True  # "وشكر … المهندس محمد المخرج الأمير خالد الفيصل على دعمه": the one he thanked (ind38b)
        if noun_object and self.definite_phrase_then_noun(i, j):
            return True
        if (not prev.startswith("ال") and len(prev) >= 5 and prev.endswith(("ون", "ين", "ان"))
                and lx.head_kind(prev) in ("anon", "title") and word.startswith("ال")
                and not word.endswith(("ين", "ون", "ان", "تان", "تين")) and not self.given_name_at(j - 1)):
            return True  # (not a name that opens with a word in -ان: "الباحث سلطان المطيري")
        if (j == i + 1 and prev.startswith("ال") and prev.endswith("ون") and len(prev) >= 7
                and lx.head_kind(prev) in ("anon", "title") and word.startswith("ال") and not word.endswith(("ين", "ون", "ي", "يه"))
                and lx.head_kind(word) is None and j not in self.entity_starts):
            return True  # "ويذكر المسؤولون الزوار بضرورة …": a definite subject in -ون, then its object
        if (j == i + 1 and prev.startswith("ال") and lx.head_kind(prev) in ("title", "doc", "org", "anon")
                and not prev.endswith(("ات", "ون", "ين", "ان")) and word.startswith("ال") and len(word) >= 7
                and word.endswith(("ات", "ين", "ون")) and j not in self.entity_starts):
            # "ودعا التقرير الشركات إلى …", "ودعا الوزير المنظمات الدولية إلى …": a singular definite head
            # takes no definite genitive, and a plural is not its adjective: the plural begins the object
            return True
        if (j - i >= 2 and prev.startswith("ال") and prev.endswith(("ي", "يه")) and len(prev) >= 6
                and word.startswith("ال") and len(word) >= 7 and word.endswith(("ات", "ين", "ون"))
                and not word.endswith(("يين", "يون")) and lx.head_kind(prev) is None
                and not self.has_entity(self.span(j, j + 1), types=("PER", "ORG", "LOC", "MISC"))
                and not self.has_entity(self.span(j - 1, j), types=("PER",)) and self.country_of(prev) is not None):
            # "ووصف وزير الخارجية الإيراني المفاوضات بأنها …", "واتهمت السلطات التركية التنظيمين …": a
            # definite singular nisba of a country ends the phrase's adjectives; a definite plural or dual
            # after it agrees with nothing in it and takes no genitive: it begins the verb's object (not
            # any word in ي: "الأفلاج الحميدي العجالين" is a man's name)
            return True
        if noun_object and j - i >= 2 and self.plural_after_nisba(j):
            return True
        if self.construct_after_definite(j):
            return True
        if j - 1 not in self.entity_ends or not word[0].isalnum():
            return False
        kind = lx.head_kind(word)
        if j - 1 in self.person_ends and kind in ("org", "media") and not word.startswith("ال") and self.entity_starts.get(j) != self.entity_ends[j - 1]:
            return True  # "أبلغ الوزير برنار كازنوف شركة يوروتانل …": after a person's name, an institution is not his title
        prepositional = word.startswith(("بال", "لل")) or (word[:1] in ("ل", "ب") and lx.head_kind(word[1:]) is not None)
        if kind is not None or word in lx.NAME_PARTICLES or prepositional or word in lx.PREP_WORDS:
            return False
        if word.startswith("ال") and word.endswith(("ي", "يه", "يين", "يون", "ين")):
            return False  # a nisba adjective of the name
        if noun_object and j - 1 in self.person_ends and word.startswith("ال") and self.entity_starts.get(j) != self.entity_ends[j - 1]:
            return True  # "دعا الرئيس اليمني عبدربه منصور هادي الميليشيات …": after the person, the object
        if any(lx.head_kind(words[k]) in ("title", "honorific", "anon") for k in range(i, j)):
            return False  # "رئيس النادي كارل …": the name after a title
        if (noun_object and not prev.startswith("ال") and j - 1 in self.person_ends
                and self.entity_starts.get(j) not in (None, self.entity_ends[j - 1]) and not self.conjoined_mention(j)):
            # "ودعا روبن واشنطن ولندن إلى …": after a person's name, another named entity is the object
            # (one after و is a second subject: "اعتبرا صلاح الدين دميرتاش وفيقن يوكسكداغ أن …")
            return True
        if not prev.startswith("ال"):
            # only a definite name is surely complete; but after a whole named entity, a verb taking a
            # noun object finds it in a plain indefinite noun ("أعلنت جنرال إلكتريك استراتيجية لبيع …"),
            # and so after a place named by its place word ("… بمنطقة حائل وقوع …"), where no word of
            # direction goes on with it ("بمحافظة عمران شمال صنعاء", ent53)
            whole = self.entity_ends[j - 1] == self.entity_starts.get(i) or (
                self.place_after_place_word(j - 1) and word not in lx.marker_words("direction"))
            return (noun_object and self.entity_starts.get(j) is None and not word.startswith(("ال", "وال", "فال"))
                    and word not in lx.NAME_PARTICLES and whole
                    and lx.head_kind(word) is None and not self.has_entity(self.span(j, j + 1)))
        other = self.entity_starts.get(j)
        if self.nationality_before_name(i, j):
            return False  # "أعلن الأرجنتيني مارسيلو بييلسا استقالته": the nationality, then the man's name
        if other is not None and other != self.entity_ends[j - 1]:
            return True  # "الولايات المتحدة الأمريكية باكستان"
        return noun_object and other is None

    def place_after_place_word(self, last: int) -> bool:
        """Whether token ``last`` ends a place's name (a LOC mention) written right after its place word
        ("بمنطقة حائل"، "في محافظة القنفذة"، "مدينة تبوك"): a proper name, so complete as a definite
        word is, and the place word shows it is no person's name the tagger cut short (ent53)."""
        eid = self.entity_ends.get(last)
        first = next((k for k in range(max(0, last - 3), last + 1) if self.entity_starts.get(k) == eid), None)
        if first is None or not any(m[2] == eid and m[3] == "LOC" for m in self.entities):
            return False
        if first < last and self.place_word(first):
            return True  # the place word inside the mention ("محافظة تعز")
        return first > 0 and self.place_word(first - 1)

    def place_word(self, k: int) -> bool:
        """Whether token ``k`` is a place word (``place`` in markers.tsv), alone or after و/ف and ب/ل."""
        word, places = self.words[k], lx.marker_words("place")
        return word in places or (word[:1] in ("ب", "ل", "و", "ف") and word[1:] in places) or (
            word[:2] in ("وب", "ول", "فب", "فل") and word[2:] in places)

    def conjoined_mention(self, j: int) -> bool:
        """Whether the entity mention at token ``j`` begins after a proclitic و/ف written on it ("وفيقن"),
        not with the word ("واشنطن")."""
        s, _ = self.x.original_span(*self.span(j, j + 1))
        return self.words[j][:1] in ("و", "ف") and not any(m[0] == s for m in self.entities)

    def construct_after_definite(self, j: int) -> bool:
        """"وهنأ الشيخ محمد بن ناصر الخزيم رجال الأمن …", "رحب … عواد بن عيد البلوي تعازي القيادة",
        "حث … مشبب بن محمد القحطاني كافة الأخوة …": after a definite word that is no title, honorific or
        institution — the end of a person's name (one the tagger found here or elsewhere in the text,
        or a family name right after an honorific), or before a verbal noun by its pattern — a bare indefinite noun with a definite genitive right after it is neither an adjective
        (which would be definite) nor a genitive (a definite word takes none), nor a name (no speaker
        head, nothing the tagger found, and its genitive no family name in ي): a new construct begins,
        the verb's object."""
        words, count = self.words, self.count
        prev, word = words[j - 1], words[j]
        if j + 1 >= count or not (self.is_word(j - 1) and self.is_word(j) and self.is_word(j + 1)):
            return False
        nxt = words[j + 1]
        if not prev.startswith("ال") or len(prev) < 4 or lx.head_kind(prev) is not None:
            return False
        if word.startswith("ال") or len(word) < 3 or not word.isalpha() or word[:1] in ("و", "ف", "ل", "ب"):
            return False
        if word in lx.NAME_PARTICLES or word in lx.PREP_WORDS or word in lx.NP_STOPS:
            return False
        kind = lx.head_kind(word)
        if kind is not None and not (kind == "anon" and j - 1 in self.person_ends):
            return False  # "… الخريجي أولياء الأمور": a group word after a person's name is the object
        if not nxt.startswith("ال") or len(nxt) < 4 or nxt.endswith(("ي", "يه")) or lx.head_kind(nxt) in ("title", "honorific", "name"):
            return False
        surname = j >= 2 and lx.head_kind(words[j - 2]) == "honorific"  # "الشيخ الخزيم", "الدكتور المطيري"
        if (j - 1 not in self.person_ends and prev not in self.person_words() and not surname and not masdar_form(word)
                and not self.title_construct_before(j)):
            # only after a person's name — one the tagger found, here or elsewhere in the text, or a
            # family name right after an honorific — which no other name follows, or before a verbal
            # noun by its pattern: after a description a name may follow untagged ("المتحدث الرسمي
            # للمركز … الإنسانية رأفت الصباغ", "الطفلة سكينة الباشا")
            return False
        if self.has_entity(self.span(j, j + 2), types=("PER",)) or j in self.entity_starts:
            return False
        return word not in self.person_words() and nxt not in self.person_words()

    def second_person_after_name(self, i: int, end: int, k: int, limit: int) -> bool:
        """Whether the phrase ``[i, end)``, which ends with a person's name and names him with an
        honorific or a title, is followed at token ``k`` (right after it, or after its comma) by an
        honorific and another person's name (ind38b): "وشكر أمين الطائف المهندس محمد المخرج الأمير
        خالد الفيصل على …"، "وهنأ الدكتور الزياني، اللواء مبارك الخييلي بتعيينه". Honorifics stand before
        a name, never after a complete one: the second person is the verb's object (whom he thanked,
        congratulated, received), not the speaker's apposition, which is a title ("، نائب رئيس …")."""
        words = self.words
        if end - 1 not in self.person_ends or k >= limit or lx.head_kind(words[k]) != "honorific" or words[k][:1] == "و":
            return False  # (not "والمهندس فلان": a second speaker with him, nor "الإمام والخطيب")
        start = end - 1
        while start - 1 >= i and start - 1 in self.person_inner:
            start -= 1
        if start - 1 < i or lx.head_kind(words[start - 1]) != "honorific":
            return False  # the name is the speaker's own, right after his honorific; not "مستشار خامنئي الدكتور علي ولايتي"
        if start - 2 >= i and not (words[start - 2].startswith("ال") or lx.head_kind(words[start - 2]) == "honorific"):
            return False  # "بمدينة الملك سعود الطبية الدكتور …": a king's name in a body's, not the speaker's
        if any(lx.head_kind(words[m]) is not None for m in range(start, end)):
            return False  # "صاحب السمو الملكي الأمير …": honorifics the tagger ran into a name
        if self.entity_starts.get(start) not in self.person_ids:
            return False
        if end - start == 1 and (not words[start].startswith("ال") or len(words[start]) < 4
                                 or (start - 2 >= i and lx.head_kind(words[start - 2]) == "honorific")):
            # "المقدم بحري الدكتور …"، "معالي آل الشيخ"، "صاحب السمو الملكي الأمير …": a rank's or an
            # address's adjective, or a name particle — one word that is no family name
            return False
        m = k
        while m < limit and m - k < 3 and lx.head_kind(words[m]) == "honorific" and words[m].startswith("ال"):
            m += 1  # "الفريق الركن الشيخ": honorifics stacked before one name
        if m == k or m >= limit or not self.is_word(m) or words[m][:1] == "و":
            return False
        return lx.head_kind(words[m]) is None and m in self.entity_starts and self.has_entity(self.span(m, m + 1), types=("PER",))

    def title_construct_before(self, j: int) -> bool:
        """"وثمن رئيس نادي الأنصار جهود اللجنة …", "وأرجعت وزارة العدل أبرز الأسباب …" (ind38a): the
        two words before token ``j`` are a title's or a body's head with no article and its one definite
        genitive — a complete construct, whose genitive takes no genitive of its own — so a bare noun
        after it (no head word, no name) begins the verb's object; a second title ("وزير الداخلية رئيس
        لجنة الحج") or a name ("وزير الخارجية عادل الجبير") is not such a noun."""
        if j < 2 or not self.is_word(j - 2):
            return False
        head = self.words[j - 2]
        if head.startswith("ال") or lx.head_kind(head) not in ("title", "org") or (j - 2) in self.person_inner:
            return False
        if not self.original_word(j - 1).lstrip("و").startswith("ال"):
            return False  # "لجنة ألعاب كرة القدم": the hamza folds "ألعاب" to "العاب", no article
        word = self.words[j]
        if word.startswith("م") and not word.endswith("ي"):
            return False  # "شركة الطيران منخفض التكلفة": a participle in construct is an adjective (not "مديري التعليم")
        return not self.given_name_at(j) and (j - 1) not in self.person_ends

    def person_words(self) -> frozenset[str]:
        """The words of every person's name the entity tagger found in the text."""
        found = getattr(self, "_person_words", None)
        if found is None:
            found = frozenset(self.words[k] for k in self.person_ends | self.person_inner if k < self.count)
            self._person_words = found
        return found

    def occasion_of_speaker(self, i: int, j: int) -> bool:
        """"وقال الرئيس الجزائري في برقيته إن …", "وأشار بلاتر في مؤتمره الصحافي إلى أن …", "وأكدت
        الوزارة في دليلها الإرشادي أن …": after a phrase that names its speaker (definite, or a name
        the tagger found), "في" before a noun carrying a pronoun that points back to that speaker
        says where or how the words were said — his cable, his press conference — not who he is. Not
        after an indefinite head, whose pronoun points to someone else ("وقال مسؤول في حكومته")."""
        k = j + 1
        if k >= self.count or not self.is_word(k):
            return False
        word, written = self.words[k], self.original_word(k)
        if self.occasion_named_by_relative(j):
            return True
        if word.startswith("ال") or len(word) < 5 or lx.head_kind(word) is not None or self.has_entity(self.span(k, k + 1)):
            return False
        if not written.endswith(("ه", "ها", "هم", "هما")) or written.endswith(("الله", "لله")):
            return False
        if not _speech_occasion(word):
            return False  # "مدير التعليم في منطقته", "عضو في فريقه": where he belongs, part of who he is
        words = self.words
        return words[i].startswith("ال") or (j - i >= 2 and words[i + 1].startswith("ال")) or self.has_entity(self.span(i, j))

    def speaker_stops_at(self, i: int, j: int) -> bool:
        """Whether the speaker phrase ``[i, j)`` ends before token ``j`` as a name ends (spk59):
        "في" + a place the tagger found, right after a person's name the tagger found ("وقال المدرب جوزيه
        مورينيو في لندن إن …") says where he spoke — a name takes no place of its own, unlike a title, a body
        or a common noun ("السفير السعودي في واشنطن"، "الشرطة في لندن"، "ناخبة في غيهوشا" stay whole); and
        after such a name "من" + an impersonal adjective (``impersonal_after_min``: "من السهل"، "من الصعب"،
        "من اللافت") opens the words said, written with no أن ("وقال خالد العتيبي من المهم أن …")."""
        words = self.words
        if j + 1 >= self.count or not self.is_word(j + 1) or not self.name_ends_phrase(i, j):
            return False
        if words[j] == "من":
            return words[j + 1] in IMPERSONAL_AFTER_MIN  # not "أكبر من المتوقع" after a noun: only after a name
        return (words[j] == "في" and self.entity_starts.get(j + 1) is not None
                and self.has_entity(self.span(j + 1, j + 2), types=("LOC",)))

    def name_ends_phrase(self, i: int, j: int) -> bool:
        """Whether a person's name the tagger found ends the phrase ``[i, j)`` and is the speaker's own name:
        not a head word the tagger took for one ("باحثون"، "المرجعية"), nor a name in construct after a bare
        title, the genitive the title's place may go with ("ممثل المرجعية في كربلاء"), nor after a quantifier
        ("أحد ملاك القصور في الباحة": the place is the group's) (spk59)."""
        words, last = self.words, j - 1
        if last not in self.person_ends or lx.head_kind(words[last]) is not None:
            return False
        eid = self.entity_ends.get(last)
        first = next((k for k in range(max(i, last - 5), last + 1) if self.entity_starts.get(k) == eid), last)
        if first > i and not words[first - 1].startswith("ال") and lx.head_kind(words[first - 1]) is not None:
            return False
        return not any(words[k] in ONE_OF_HEADS for k in range(i, j))

    def occasion_after_name(self, j: int) -> bool:
        """"وقال وزير الخارجية عادل الجبير في الاجتماع إن …"، "وقال النجم في نهاية الحفل": "في" right after a
        person's name the tagger found, before an occasion of speech or a moment of one (``speech_occasions``
        in word_classes.tsv, and the second word of every two-word "في …" marker: "في اجتماع"، "في بيان"; with or
        without its article), says when or where he spoke: a name takes no
        "في" phrase of its own. Not after a title alone ("المشاركون في الاجتماع" are who speaks) (lead41b)."""
        k = j + 1
        if k >= self.count or j - 1 not in self.person_ends or not self.is_word(k):
            return False
        word = self.words[k]
        occasions = _speech_occasions_after_fi()
        return word in occasions or (word.startswith("ال") and word[2:] in occasions)

    def statement_after_speaker(self, j: int) -> bool:
        """"وقال الوزير في البيان إن …"، "وقالت السفارة الأمريكية في هافانا في أول بيان لها"، "وقال البنك في
        إعلان نشره": "في" before a statement (``statements`` in word_classes.tsv; with its article, or after
        "أول"/"آخر") says in what the words were said, after a title or a body as much as after a name — no
        one is "in" a statement (lead42a)."""
        k = j + 1
        if k < self.count and self.words[k] in FIRST_LAST:
            k += 1
        if k >= self.count or not self.is_word(k):
            return False
        word = self.words[k]
        return word in STATEMENTS or (word.startswith("ال") and word[2:] in STATEMENTS)

    def occasion_named_by_relative(self, j: int) -> bool:
        """"وأوضح الرئيس التونسي في الكلمة التي ألقاها …"، "وقال الوزير في اللقاء الذي عقده …": "في" + an
        occasion of speech the circumstance markers name ("في كلمة"، "في لقاء") with its article, then a relative
        clause that says he gave it: where the words were said, not who he is (lead40d)."""
        k = j + 1
        if k + 1 >= self.count or not self.words[k].startswith("ال") or self.words[k + 1] not in ("التي", "الذي"):
            return False
        phrase = lx.markers().get("في")
        bare = self.words[k][2:]
        return any(p.kind == "circumstance" and len(p.words) == 2 and p.words[1] == bare for p in phrase or ())

    def accredited_to(self, i: int, j: int, limit: int) -> bool:
        """Whether "لدى" at ``j`` says where an envoy of the phrase from ``i`` is posted ("سفير خادم الحرمين
        الشريفين لدى الأردن"، "مندوب مصر الدائم لدى الجامعة العربية"): an envoy's title before it
        (``envoy_titles``) and a place or body after it, not a verbal noun with its pronoun ("السفير لدى
        وصوله"، "لدى لقائه": upon his arrival, when he met)."""
        if j + 1 >= limit or not self.is_word(j + 1):
            return False
        if not any(_unjoined(w) in ENVOY_TITLES for w in self.words[i:j]):
            return False
        after = self.original_word(j + 1)
        if after.endswith(("ه", "ها", "هم", "هما")) and not after.startswith("ال"):
            return False
        # a place or body: definite, named (a place or organisation the tagger found), or a state's head
        # ("سلطنة عمان"), not a verbal noun in construct ("السفير لدى وصول الوفد": upon the delegation's arrival)
        return (after.startswith("ال") or self.has_entity(self.span(j + 1, j + 2), types=("LOC", "ORG", "GPE"))
                or self.words[j + 1] in STATE_HEADS)

    def title_preposition(self, j: int, limit: int) -> int | None:
        """"أكد المشرف على برنامج إعداد القادة … الدكتور مساعد الأحمد أن …", "مدير المستشفى والمشرف على
        القطاع الصحي … حمد النويصر": a title shaped as an active participle (المشرف) governs "على"/"عن"
        itself — what he supervises — when the person's name the tagger found follows in the same
        clause; not the verb's own preposition ("أكد المشرف على أهمية البرنامج": no name follows).
        The token where the name (or an honorific before it) begins, else None."""
        t = j - 1
        if t - 1 > 0 and self.words[t] in GOVERNING_TITLE_ADJECTIVES and _unjoined(self.words[t - 1]).startswith("الم"):
            t -= 1  # "المشرف العام على …": the title and its adjective (not "اطلع المبعوث الخاص على …")
        title = _unjoined(self.words[t])  # the title itself, not its adjective ("العام")
        after_name = self.after_person_name(t) or (t > 1 and self.words[t - 1] in COMMAS and self.after_person_name(t - 1))
        if (self.words[t].startswith("الم") and lx.head_kind(self.words[t]) in ("title", "anon") and after_name
                and j + 1 < limit and self.is_word(j + 1) and self.words[j + 1] not in lx.COMPLEMENTIZERS):
            # "وكشف صبري الكثيري المشرف على مبادرة … أن"، "وقال برنارد المسؤول عن قطاع الشاحنات …": a
            # participle title set after the person's name (or its comma: "باولو ستانغا، المشرف على
            # العملية"، lead39e) describes him; its على/عن and what it governs stay in the phrase
            return j + 1
        if not title.startswith("الم") or lx.head_kind(title) not in ("title", "anon"):
            # "anon": "والمسؤول الأمني عن المهرجان العقيد عمر السلطان" names its holder too (lead39b)
            return self.governed_up_to_that(t, j, limit)
        for k in range(j + 1, min(limit, j + MAX_NP)):
            if self.words[k] in COMMAS and k > j + 1 and self.person_after_comma(k + 1, limit):
                continue  # "المشرف العام على برنامج … في جامعة هارفرد، الدكتور مساعد الأحمد": the name set off
            if self.words[k] in lx.COMPLEMENTIZERS:
                return self.governed_up_to_that(t, j, limit)
            if not self.is_word(k) or k in self.cues:
                return None
            if k in self.entity_starts and self.entity_starts[k] in self.person_ids:
                while k - 1 > j + 1 and lx.head_kind(self.words[k - 1]) == "honorific":
                    k -= 1  # "… الدكتور مساعد الأحمد"
                if self.words[k - 1] in NAMED_AFTER:
                    continue  # "المشرف العام على مركز الملك سلمان …": the centre's name, not the holder's
                return k
        return None

    def governed_up_to_that(self, t: int, j: int, limit: int) -> int | None:
        """"وقال القائمون على المشروع إن …"، "يعتقد القائمون على أجهزة الأمن أن …"، "وأوضح المشرف على الحملة
        أستاذ … واستشاري الغدد … أن …": a participle title (``t``: القائمون، المشرف، المشرفة …) with no holder's name
        the tagger found still governs its على / عن (``j``) and what follows it when that runs, with no comma,
        cue, according-to word or mark, to the verb's أن / إن: the title and its phrase are the subject (ind50b). Not the verb's
        own "على أن" ("وأكد المسؤول على أن …") nor a noun of content after على ("شدد المشرف على ضرورة أن …").
        The token of that أن / إن, else None."""
        if _unjoined(self.words[t]) not in GOVERNING_PARTICIPLES or j + 2 >= limit:
            return None
        if self.words[j + 1] in lx.COMPLEMENTIZERS or self.content_word(j + 1, masdar=True):
            return None
        for k in range(j + 2, min(limit, j + MAX_NP)):
            if self.words[k] in lx.COMPLEMENTIZERS:
                return k
            if self.namesake_of_place(k):
                return None  # "المشرف العام على مركز الملك سلمان لأمراض الكلى أن …": no one's name is the subject's
            if not self.is_word(k) or self.words[k] in COMMAS or k in self.cues or k in self.according:
                return None  # "وقالت المشرفة على المبنى في أقوالها وفقاً لسجلات الشرطة إن …": a source, not the title's
        return None

    def namesake_of_place(self, k: int) -> bool:
        """Whether a person's name the tagger found begins at ``k`` (after honorifics) right after a word that
        names a place after someone ("مركز الملك سلمان"، "جامعة الملك عبدالعزيز"): a namesake, whom a
        governed phrase with it in it must not make its speaker."""
        if self.entity_starts.get(k) not in self.person_ids:
            return False
        while k - 1 > 0 and lx.head_kind(self.words[k - 1]) == "honorific":
            k -= 1
        return self.words[k - 1] in NAMED_AFTER

    def object_after_holder(self, j: int) -> bool:
        """Whether token ``j``, right after the holder's name (two words or more: a one-word "person" there
        is often the tagger's slip) that ends a title's governed phrase, begins the verb's object ("وعد … المهندس صالح الأحمد نجاح المهرجانات بأنها …") rather than going on with
        the name (a family name with the article or آل, a particle of descent) or a title after it."""
        word = self.words[j]
        return (word[0].isalnum() and not word.startswith(("ال", "آل")) and word not in KIN_PARTICLES
                and lx.head_kind(word) not in ("title", "honorific") and not self.given_name_at(j))

    def person_after_comma(self, m: int, limit: int) -> bool:
        """Whether a person's name the tagger found begins at token ``m``, after honorifics only."""
        while m < limit and lx.head_kind(self.words[m]) == "honorific":
            m += 1
        return m < limit and self.entity_starts.get(m) in self.person_ids

    def after_person_name(self, t: int) -> bool:
        """Whether token ``t`` comes right after the end of a person's name the tagger found, here or
        (its last word) elsewhere in the text."""
        if t < 1:
            return False
        prev = self.words[t - 1]
        return t - 1 in self.person_ends or (prev in self.person_words() and lx.head_kind(prev) is None and len(prev) > 2)

    def nationality_before_name(self, i: int, j: int) -> bool:
        """"قال اليوناني جورجيوس دونيس", "كشف البرازيلي إيلتون ألميدا": a lone definite singular nisba
        of a country opening the phrase stands for a person of that nationality (sports and
        culture news name players and coaches so), and the person's name the tagger found right after
        it is who he is — not a second name beginning the verb's object, as after a country's own
        name ("دعت الولايات المتحدة الأمريكية باكستان")."""
        prev = self.words[i]
        if j != i + 1 or not prev.startswith("ال") or not prev.endswith(("ي", "يه")):
            return False
        return self.entity_starts.get(j) in self.person_ids and self.country_of(prev) is not None

    def definite_phrase_then_noun(self, i: int, j: int) -> bool:
        """"وأعلن الجيش عزل مرسي": a phrase of definite words only (a noun and its adjectives, no
        title that a name could follow) is complete; a plain indefinite noun after it can be neither
        its adjective (which would be definite) nor its genitive (a definite noun takes none), so it
        begins the verb's object."""
        words, word = self.words, self.words[j]
        if word.startswith("ال") or not word[0].isalpha() or word in lx.NAME_PARTICLES or word in lx.PREP_WORDS:
            return False
        if word[:1] in ("ل", "ب", "و", "ف") or lx.head_kind(word) is not None or j in self.entity_starts:
            return False
        return all(words[k].startswith("ال") and lx.head_kind(words[k]) not in ("title", "honorific", "name") for k in range(i, j))

    def title_in_construct(self, k: int) -> bool:
        """Whether token ``k`` is an indefinite title or institution, so that a verbal noun after it is its genitive
        ("مدير تعليم"، "أمين محافظة"، "إدارة تنفيذ المشاريع"), even one listed as a content noun: a title word the
        tagger took for a one-word given name ("أمين") is still the title there, for a name does not go on with a
        verbal noun (spk57)."""
        word = self.words[k]
        if not self.is_word(k) or word.startswith("ال") or word in lx.NP_STOPS or lx.head_kind(word) not in ("title", "org"):
            return False
        return k not in self.person_ends or self.entity_starts.get(k) == self.entity_ends.get(k)

    def one_of_closed(self, j: int) -> bool:
        """Whether token ``j`` follows "أحد" and its genitive with a pronoun ("أحد جيرانه"): that genitive takes no
        genitive of its own, so a plain noun after it, not an adjective, a preposition, a title or a name, begins the
        verb's object (spk57)."""
        word, written = self.words[j], self.original_word(j - 1)
        if not written.endswith(("ه", "ها", "هم", "هما", "هن")) or written.endswith(("الله", "لله")):
            return False
        return (self.is_word(j) and not word.startswith(("ال", "وال", "بال", "لل", "كال")) and word not in lx.PREP_WORDS
                and lx.head_kind(word) is None and j not in self.entity_starts)

    def construct_head(self, k: int) -> bool:
        """Whether token ``k`` is a noun in the construct state (no article, not a name), so that
        a definite word after it is its genitive ("جامعة الدول", "وزير الداخلية")."""
        word = self.words[k]
        if not self.is_word(k) or word.startswith("ال") or word in lx.NP_STOPS or k in self.person_ends:
            return False
        return lx.head_kind(word) in ("org", "title", "media", "doc", "anon") or word.endswith("ه")

    def partitive_min(self, i: int, j: int) -> bool:
        """Whether the من at token ``j`` of a phrase opened at ``i`` is a quantity's partitive ("اشتكى عدد من
        المصلين من …"، "حذر الكثير من الباحثين من …"، "عدد كبير من"): it counts the speakers, so it is not the
        من that opens the verb's object (lead46c)."""
        if self.words[j] != "من" or j == i:
            return False
        head = j - 1
        if self.words[head] in PARTITIVE_SIZES and head > i:
            head -= 1
        return self.words[head] in PARTITIVE_HEADS

    def own_object(self, i: int, limit: int) -> bool:
        """"وجدد التأكيد على …", "وختم حديث قائلاً: …": right after a reporting verb, the verb's own
        masdar or speech noun (``own_object`` in ``data/word_classes.tsv``) is its object, never its
        subject; the speaker is the one the verb refers back to. Forms with a pronoun ("حديثه",
        "كلمته") are already read as no one; these are the bare ones."""
        if not 0 < i < limit:
            return False
        if self.absolute_object(i):
            return True
        if self.words[i] in SAYING_OBJECTS and self.words[i - 1] in lx.cue_forms():
            return True  # "وتابع القول: …": the saying itself, the speaker goes on (lead40o)
        if self.words[i] in PRONOUN_OBJECTS and self.words[i - 1] in lx.cue_forms() and i + 1 < limit and (
                self.valid_complementizer(i + 1) or self.words[i + 1] == ":" or i + 1 in self.open_at):
            return True  # "…، طالبا منهم أن …": whom he asked, and no subject before his words (lead41e)
        form = lx.cue_forms().get(self.words[i - 1])
        if (form is not None and form.kind == "verb" and "stance" in form.flags and self.words[i] in STANCE_FORMS
                and self.words[i] not in RENEWED_POSITIONS):
            return True  # "وجدد الإشارة إلى …"، "وجدد ثقته في …": the stance "جدد" renews, never who renews it (dq41)
        if self.words[i] not in lx.word_class("own_object"):
            return False
        # only a verb that takes an object ("noun": جدد، أكد; "quote": ختم، واصل), not قال ("يقول حديث
        # شريف: «…»": a hadith may speak)
        return form is not None and form.kind == "verb" and bool(form.flags & {"noun", "quote"})

    def absolute_object(self, i: int) -> bool:
        """"يعتقدون اعتقادا جازما بأنهم …"، "وأكد تأكيدا قاطعا أن …": an indefinite verbal noun in the
        accusative right after a reporting verb says how it was said (an absolute object), never who
        said it (lead40g)."""
        word = self.words[i]
        form = lx.cue_forms().get(self.words[i - 1])
        if (form is None or form.kind != "verb" or len(word) < 5 or not word.endswith("ا") or word.endswith(("وا", "اا"))
                or word.startswith("ال")):  # indefinite only: "البابا" is the Pope
            return False
        stem = word[:-1]
        # the derived patterns (استفعال، افتعال، انفعال، تفعيل، تفاعل، إفعال، تفعّل), not names ("تمارا")
        return ((_derived_masdar(stem) or _IF_AL.match(stem) is not None) and lx.head_kind(stem) is None and i not in self.entity_starts
                and not self.has_entity(self.span(i, i + 1)))

    def addressee(self, i: int) -> bool:
        """"للحكام", "للمواطنين" right after a verb: whom it was said to, never its subject."""
        word = self.words[i]
        return word.startswith("لل") and len(word) > 4 and self.via_at(i) is None

    def addressee_after_name(self, j: int) -> bool:
        """"لإدارة النادي", "لنظيره الروسي" right after a person's name: whom the words were said to. After a
        title alone the ل-phrase is mostly its genitive ("المدير العام للشركة"), so only after a name the
        entity stage found, and a clean one (:meth:`clean_person_before`); not an outlet (a via,
        "لرويترز"), "لدى", a given name ("لطفي"), a word whose ل is its own ("لاعبيه", lam_stem_opening in
        word_classes.tsv: the clitic lexicon splits known stems only, and "لراديو"، "لتلاميذ" are none),
        nor a verbal noun of purpose ("ودعا عبدالمنعم لتعزيز قيم التعايش": what he called for)."""
        word = self.words[j]
        if j - 1 not in self.person_ends or not word.startswith("ل") or len(word) < 4 or word in lx.NP_STOPS:
            return False
        if self.person_after_lam(j):
            return self.clean_person_before(j) and self.via_at(j) is None and self.words_follow_addressee(j)
        if not self.is_word(j) or j in self.entity_starts or self.given_name_at(j) or lx.head_kind(word) == "name":
            return False
        if word.startswith(LAM_STEM_OPENINGS) or _MASDAR.match(_without_lam(word)):
            return False
        return self.clean_person_before(j) and self.via_at(j) is None and self.words_follow_addressee(j)

    def person_after_lam(self, j: int) -> bool:
        """Whether token ``j`` is the preposition ل written on a person's name the tagger found after it ("وقال
        روحاني لإردوغان: «…»"، "قال بوتين لأوباما إن …"): the name begins one letter into the token, so the ل is
        no part of it and the person is the one told (lead44b)."""
        if not self.original_word(j).startswith("ل"):
            return False
        s, _ = self.x.original_span(*self.span(j, j + 1))
        return any(m[0] == s + 1 and m[3] == "PER" for m in self.entities)

    def words_follow_addressee(self, j: int) -> bool:
        """Whether the words said come after the ل-phrase at ``j`` as a complement, a colon or a quotation,
        within :data:`ADDRESSEE_REACH` tokens of the same sentence ("… لعمال البناء: …"، "… لصحافيين أن …").
        A noun or ب object after it ("تعهدت ميركل للحكومة التركية بتقديم مساندة"، "تمنى بلاتر التوفيق
        لجميع …") leaves the phrase as it was: there the ل-phrase may be the object's own."""
        for k in range(j + 1, min(self.count, j + ADDRESSEE_REACH)):
            if self.words[k] in lx.COMPLEMENTIZERS and self.valid_complementizer(k):
                return True
            if self.words[k] == ":" or k in self.open_at:
                return True
            if self.x.is_sentence_end(k) or k in self.cues:
                return False
        return False

    def clean_person_before(self, j: int) -> bool:
        """Whether the person's name that ends right before token ``j`` names a person, not a body: more than
        one definite word ("المرشد" alone is the tagger's slip), no title or body word inside it ("مفوض الأمم
        المتحدة السامي"), and no body's head in construct with it, past its honorifics ("مركز الملك سلمان للإغاثة",
        "مجموعة الطيار للسفر": the person names the body, whose name goes on), nor a body's name the tagger
        found running on past it."""
        a = j - 1
        while a - 1 in self.person_inner and j - 1 - a < MAX_NP:
            a -= 1
        if a == j - 1 and self.words[a].startswith("ال"):
            return False
        if any(lx.head_kind(self.words[k]) in ("title", "anon", "org", "media", "doc") for k in range(a, j)) or self.words[a] in NAMED_AFTER:
            return False  # ("دار الوفاء للحماية الاجتماعية": a body the tagger called a person)
        k = a - 1
        while k >= 0 and lx.head_kind(self.words[k]) == "honorific":
            k -= 1
        head = self.words[k] if k >= 0 else ""
        if head[:1] in ("ل", "ب") and not head.startswith("ال") and len(head) > 3:
            head = head[1:]  # "المتحدث الرسمي لمركز الملك سلمان"
        if head and not head.startswith("ال") and (lx.head_kind(head) in ("org", "media", "doc") or head in NAMED_AFTER):
            return False  # an indefinite head in construct with the name (not "وزير الخارجية عادل الجبير")
        s, _ = self.x.original_span(*self.span(j - 1, j))
        _, e = self.x.original_span(*self.span(j, j + 1))
        return not any(m[3] == "ORG" and m[0] <= s and m[1] >= e for m in self.entities)

    def bi_object(self, j: int) -> bool:
        """"بالرقابة", "بتوفير": the preposition ب and its object, not "بوزارة" in a title or the name "بدر"."""
        word = self.words[j]
        if not word.startswith("ب") or len(word) <= 3 or word == "باسم":
            return False
        if lx.head_kind(word) not in (None, "name") and self.speaker_head_here(j):
            return False  # "وأفاد بيان للوزارة أن …"، "وطالب رئيس بلدية جدة بـ…": a head beginning with ب
        if word in lx.markers():
            marker = self.marker_at(j)
            if marker is not None and marker[0].kind in ("circumstance", "time", "via_doc", "audience"):
                return False  # "صرح … بمناسبة …": an occasion, not the object
        named = lx.head_kind(word) == "name" or (self.has_entity(self.span(j, j + 1), types=("PER",)) and not self.name_ran_into(j))
        place = word[1:] in lx.marker_words("place") or (word.startswith("بال") and word[3:] in lx.marker_words("place"))
        return not named and not place and not self.affiliation(j)

    def affiliation(self, j: int) -> bool:
        """"مسؤول كبير بالجيش"، "مدير المنطقة ببنك البلاد"، "لجنة الانضباط بالاتحاد": ب + an institution after an
        office or body names where the speaker serves, part of the phrase. ب + a person or group ("رحب
        بمبعوث …"، "نوه بالجهات …"), and ب + a body right after the verb, a person's name or a
        definite subject alone ("أشاد الوزير بالمقاومة"), are what the verb is about: its object."""
        if lx.head_kind(self.words[j][1:]) not in ("org", "media", "doc"):
            return False
        if j - 1 in self.person_ends:
            return False  # "أشاد الدكتور محمد العريفي بالمقاومة": after the name, the object
        for k in range(j - 1, max(-1, j - 1 - AFFILIATION_REACH), -1):
            if not self.is_word(k) or k in self.cues:
                return False
            word = self.words[k]
            if lx.head_kind(word) in ("title", "honorific", "org", "media", "anon"):
                return not self.bare_subject(k, j)
        return False

    def bare_subject(self, k: int, j: int) -> bool:
        """"أشاد الوزير بالمقاومة": a definite head alone right after the verb is the whole subject, so the
        ب-word after it is the object ("والمحاضر بجامعة …" after an office and its words is not)."""
        return k == j - 1 and self.words[k].startswith(("ال", "وال")) and (k == 0 or k - 1 in self.cues or not self.is_word(k - 1))

    def speaker_head_here(self, j: int) -> bool:
        """Whether a speaker head that begins with ب ("بيان"، "بلدية"، "باحثون"، "برلمان") at ``j`` names
        who speaks rather than carrying the verb's ب: right after the verb or at the start of its phrase
        ("وأفاد بيان صادر عن …"، "أفاد باحثون …"), or as the genitive of a bare head ("رئيس بلدية جدة").
        After a definite word or a person's name it begins the verb's object ("وطالب الوزير بلدية جدة
        بإصلاح …"), as any word with ب does."""
        before = j - 1
        if before < 0 or not self.is_word(before) or before in self.cues:
            return True
        word = self.words[before]
        return not word.startswith(("ال", "وال")) and before not in self.person_ends and lx.head_kind(word) not in (None, "name")

    def name_ran_into(self, j: int) -> bool:
        """"ورحب الدكتور مهيوب بزيارة الفريق": the tagger ran a person's name on into ب and a known word
        — the object of a verb taking ب, not a name word (the clitic lexicon splits only known stems,
        so "بخاري", "بوتين" stay whole; listed given names such as "بندر" never reach here)."""
        from khabar.text.segment import split_clitics

        if j - 1 not in self.person_inner:
            return False  # the name must have begun before the word
        parts = split_clitics(self.original_word(j))
        return bool(parts) and parts[0][2] == "proclitic" and parts[0][3] == "ب"

    def name_apposition(self, i: int, comma: int, limit: int) -> bool:
        """"قائمقام أمين عام مركز المكافحة في إيران، علي رضا جزيني، بوجود …": after an unnamed title,
        a person's name set off by commas is who holds it, part of the speaker phrase."""
        if any(k in self.person_ends for k in range(i, comma)):
            return False
        if not any(lx.head_kind(self.words[k]) in ("title", "honorific", "anon") for k in range(i, comma)):
            return False
        for start in (comma + 1, comma + 2):
            if start >= limit or not self.is_word(start):
                return False
            if start in self.entity_starts and self.has_entity(self.span(start, start + 1), types=("PER",)):
                end = next((e for e in range(start, min(limit, start + 6)) if e in self.person_ends), None)
                return end is not None and (end + 1 >= limit or not self.is_word(end + 1) or self.boundary_at(end + 1)
                                            or self.title_then_boundary(end + 1, limit))
            if self.words[start] == "علي" and self.is_preposition_ala(start):
                return False
        return False

    def title_then_boundary(self, k: int, limit: int) -> bool:
        """"أكد فخامة الرئيس، عبدربه منصور هادي رئيس الجمهورية اليمنية أن …": after the name set off by a
        comma, his own title, then the end of the speaker phrase (a comma, a complementizer, a colon) within a
        few words (lead42i)."""
        if k >= limit or lx.head_kind(self.words[k]) != "title":
            return False
        return any(not self.is_word(m) or self.boundary_at(m) for m in range(k + 1, min(limit, k + 7)))

    def apposition_at(self, j: int) -> bool:
        word = self.words[j]
        if word in APPOSITION_WORDS or j in self.open_at:
            return True
        kind = lx.head_kind(word)
        return kind in ("title", "honorific", "anon", "org", "media")

    def listed_with_pronoun(self, j: int) -> bool:
        """Whether token ``j`` is a noun of the content list with a possessive pronoun ("تطلعه",
        "سعادتها", "أسفه"): what a noun-object verb expresses, never a name."""
        word, contents = self.words[j], lx.marker_words("content")
        if not self.original_word(j).endswith(("ه", "ها", "هم")):
            return False
        stems = [word[:-n] for n in (1, 2) if len(word) - n >= 3]
        # a feminine noun keeps its ت before the pronoun: "سعادته" is "سعادة" (folded "سعاده") + ه
        return any(s in contents or (s.endswith("ت") and s[:-1] + "ه" in contents) for s in stems)

    def god_compound_end(self, j: int) -> bool:
        """Whether "الله" at token ``j`` ends a compound name ("الدكتور غرم الله بن سدران"، "إبراهيم بن محمد
        الجار الله"، "الشيخ مال الله العبيدي"): the word before is the first word of such a name (word_classes.tsv
        ``god_compound_names``) and a name's word stands before that (a title, an honorific, بن, or a given
        name) or the reporting verb itself ("وأكد الجار الله أن …"), so "الله" is no noun object of the verb
        ("داعيا الله"، "ودعت القيادة الله"). Not before the pronoun of a prayer ("نصر الله له …")."""
        if j < 2 or self.words[j] not in GOD_NAME_ENDS or self.words[j - 1] not in GOD_COMPOUND_NAMES:
            return False
        after = self.words[j + 1] if j + 1 < self.count else ""
        if after in ("عليه", "عنه", "له", "لهم"):
            return False
        before = self.words[j - 2]
        return (j - 2 in self.cues or before in lx.NAME_PARTICLES or lx.head_kind(before) in ("title", "honorific")
                or j - 2 in self.person_inner or j - 2 in self.person_ends or self.given_name_at(j - 2))

    def honorific_as_object(self, j: int) -> bool:
        """Whether an honorific pronoun that is also a listed noun ("سعادته": His Excellency, or his
        happiness) at token ``j`` follows a subject rather than its verb: "أبدى … عادل آل عمر سعادته
        بـ…" is his happiness; "وأكد سعادته أن …" stays the honorific."""
        return (lx.head_kind(self.words[j]) == "pronoun" and j > 0 and self.is_word(j - 1)
                and self.words[j - 1] not in lx.cue_forms() and self.words[j - 1] not in lx.gratitude_forms())

    def content_word(self, j: int, masdar: bool = False, listed: bool = False) -> bool:
        """A word that begins the content of a noun-object verb ("أهمية", "سعادتهم"); with
        ``masdar``, also a verbal noun by its pattern ("تأثر", "تطوير", "استمرار", "مشاركة")."""
        word = self.words[j]
        contents = lx.marker_words("content")
        if j and self.words[j - 1] in lx.NAME_PARTICLES:
            return False  # "عبد الله": a name
        if self.god_compound_end(j):
            return False  # "الدكتور غرم الله بن سدران": a name (ind48a)
        if j and self.words[j - 1] in ONE_OF_HEADS:
            return False  # "وأوضح أحد زملائه …": the genitive of "one of", not a noun of the content (spk57)
        if j >= 2 and self.words[j - 2] in ONE_OF_HEADS and self.one_of_closed(j):
            return True  # "وأكد أحد جيرانه سماع …": the pronoun closed the speaker; the object begins (spk57)
        if j and masdar_form(word) and self.title_in_construct(j - 1):
            return False  # "وأكد مدير تطوير الأعمال …"، "أمين محافظة جدة": the genitive of the title, listed or not (spk57)
        if lx.head_kind(word) in ("doc", "org", "media", "title"):
            return False  # "توقعت دراسة أجرتها شركة …": a speaker word is the subject
        if j and word.startswith("ال") and self.construct_head(j - 1):
            return False  # "جامعة الدول العربية": the genitive of the word before, not an object
        if word in contents or (word.startswith("ال") and word[2:] in contents):
            return True
        if self.listed_with_pronoun(j) and (lx.head_kind(word) is None or self.honorific_as_object(j)):
            return True  # "أبدى الوزير ارتياحه …": a listed noun with its pronoun, even where the tagger took it for a name
        if (masdar and not word.startswith("ال") and masdar_form(word) and lx.head_kind(word) is None
                and not self.has_entity(self.span(j, j + 1), types=("PER", "ORG", "LOC"))):
            # (not "العام": the article and a short noun look like إفعال; not "مركز مكافحة المخدرات",
            # where the verbal noun is the genitive of an institution; not a place shaped like تفعّل, "أمير
            # تبوك"، "بمنطقة تبوك", ent53)
            return not (j and self.construct_head(j - 1) and lx.head_kind(self.words[j - 1]) == "org")
        if (masdar and j and word.startswith("ال") and self.words[j - 1].startswith("ال") and _MASDAR.match(word[2:])
                and lx.head_kind(word) is None and not self.has_entity(self.span(j, j + 1))
                and not self.nisba_of_speaker(j)):
            # "وفسرت الحكومة التطور …": a definite noun takes no definite genitive, so a verbal noun begins the
            # object; not a speaker's nisba shaped as one (ind50a)
            return True
        if listed:
            return False
        if len(word) < 5 or lx.head_kind(word) is not None:
            return False
        if j in self.entity_starts and self.has_entity(self.span(j, j + 1), types=("PER",)):
            return False  # "عبدربه": a name, not a noun with a pronoun
        written = self.original_word(j)  # ة is folded into ه in the matching form: look at the word as written
        return written.endswith(("ه", "ها", "هم", "هما", "هن")) and not written.endswith(("الله", "لله", "اه"))


def _speech_occasion(word: str) -> bool:
    """Whether a noun with a possessive pronoun ("برقيته", "مؤتمره", "دليلها") can be an occasion or
    medium of speech: not a place, an institution, an office or a group ("منطقته", "وزارته",
    "فريقه"), which says where the person belongs (ة is written ت before the pronoun)."""
    stem = lx.possessive_stem(word)
    if stem is None:
        return False
    if stem.endswith("ت"):
        stem = stem[:-1] + "ه"
    return lx.head_kind(stem) in (None, "doc", "media") and stem not in lx.marker_words("place")


# verbal nouns by pattern, on the normalised form: تفعيل، تفاعل، تفعّل (4+ letters after ت), استفعال،
# افتعال، انفعال، إفعال، مفاعلة (with ة folded into ه)
def _verb_stem(stem: str) -> bool:
    """Whether the letters between the ي and the ون of a present plural can be a verb's: two or three (يسعون،
    يجهلون، ينتمون), four of a derived form (يتلقون، يحاولون), five of استفعل or تفاعل — not "لوست" of the name
    "يلوستون" (Yellowstone)."""
    if len(stem) in (2, 3):
        return True
    if len(stem) == 4:
        return stem[0] == "ت" or stem[1] in ("ت", "ا")
    return len(stem) == 5 and (stem.startswith("ست") or (stem[0] == "ت" and stem[2] == "ا"))


def masdar_form(word: str) -> bool:
    """A verbal noun by its pattern, bare or with a possessive pronoun ("استنكاره", "تعازيهم")."""
    if _MASDAR.match(word):
        return True
    for ending in lx.POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4 and _MASDAR.match(word[: -len(ending)]):
            return True
    return False


def _derived_masdar(word: str) -> bool:
    """A verbal noun of a derived verb by its pattern, bare or with a possessive pronoun: استفعال،
    افتعال، انفعال، تفعيل، تفاعل ("استدعاء", "ارتكاب", "تواصلها") — not إفعال, which a broken plural
    shares ("أعمال"), and not a word ending in a long vowel, as names and places do ("تمارا", "تركيا")."""
    for ending in ("", *lx.POSSESSIVE_ENDINGS):
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        if len(stem) >= 5 and not stem.endswith(("ا", "ي", "و")) and _DERIVED_MASDAR.match(stem):
            return True
    return False


_DERIVED_MASDAR = re.compile(r"^(?:است\w\wا\w|ا\wت\wا\w|ان\w\wا\w|ت\w\wي\w|ت\wا\w\w)$")
_PRESENT_PLURAL = re.compile(r"^ي\w{2,}ون$")  # يفعلون
_IF_AL = re.compile(r"^(?:ا\w\wا\w|ت\w[^ا]\w)$")  # إفعال ("إصرار")، تفعّل ("تخوف"، "تحفظ"; not "تمار" of "تمارا")
_MASDAR = re.compile(r"^(?:ت\w\wي\w|ت\wا\w\w|است\w\wا\w|ا\wت\wا\w|ان\w\wا\w|ا\w\wا\w|م\wا\w\wه|ت\w\w\w)$")


def _unjoined(word: str) -> str:
    """The word without a conjunction glued before its article ("والمشرف" → "المشرف")."""
    return word[1:] if word.startswith(("وال", "فال")) else word


@cache
def _speech_occasions_after_fi() -> frozenset[str]:
    """The nouns "في" opens an occasion of speech with after a person's name: ``speech_occasions`` and the
    second word of every two-word "في …" marker of a circumstance, audience or medium ("في اجتماع"، "في بيان")."""
    kinds = ("circumstance", "audience", "via_talk", "via_doc")
    return SPEECH_OCCASIONS | frozenset(p[1] for kind in kinds for p in lx.marker_phrases(kind) if len(p) == 2 and p[0] == "في")
