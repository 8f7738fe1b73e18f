"""Subjects found in the text around a cue: before the verb, or of the sentence it stands in.

:meth:`Subjects.subject_before` is a subject written before its verb ("الوزير قال", "أما «X»
فيقول", "X الذي أوضح أن", "وكان الوزير قد أكد": :meth:`~Subjects.kana_subject`);
:meth:`~Subjects.sentence_subject` is the subject of the sentence's first verb ("وكانت صحيفة الغد
أول من نشر …"); :meth:`~Subjects.first_subject_in` the first phrase of a span that can name a
speaker. These return token spans; turning a span into a speaker, and choosing among the
candidates, is :mod:`khabar.speech.speakers`. Phrases after the verb are :mod:`khabar.speech.phrases`.
"""

from __future__ import annotations

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    AUXILIARIES,
    COMMAS,
    DEMONSTRATIVES,
    KANA,
    MAX_NP,
    PLURAL_HEADS,
    RESUMPTIVE_PPS,
    SELF_WORDS,
    Candidate,
    _bare,
)
from khabar.speech.lexicon import CueForm
from khabar.speech.scan import QUOTE_CHARS

SUBJECT_STOPS = lx.word_class("subject_stops")
EXAMPLE_WORDS = lx.word_class("example_words")
TOPIC_OPENERS = lx.word_class("topic_openers")  # "أما", "وأما": the phrase after it is what the ف-clause is about
FRONTED_PREPOSITIONS = lx.word_class("fronted_prepositions")  # "وفي …، ربط فلان …": the subject after the phrase
TOPIC_PREPOSITIONS = lx.word_class("topic_prepositions")  # "وعن …", "وبشأن …": what is spoken about, never the verb
FIRST_PERSON_OPENERS = lx.clause_words("first_person_opener")  # "نحن شركة وطنية": the speaker's own voice
NARRATOR_BLESSINGS = lx.word_class("narrator_blessings")  # "عن أبي هريرة رضي الله عنه قال": a hadith's narrator
TOPIC_REACH = 24  # tokens between "أما" and the ف of its clause
RESUMED_TOPIC_OPENERS = lx.word_class("resumed_topic_openers")  # "وبالعودة إلى X، قال": back to X, who speaks again
TO = lx.norm("إلى")
FRONTED_SUBJECT_STOPS = lx.word_class("fronted_subject_stops")  # "وفيما", "هناك": a clause of its own before the verb (spk36)
SUBJECT_OPENERS = lx.word_class("subject_openers")  # "يذكر أن X، …، قال", "لكن X، أكد": X the verb's subject
COMMA_SUBJECT_REACH = 24  # tokens between أن / لكن and the comma before the verb
THAT = lx.norm("أن")
CONTRAST_OPENERS = lx.clause_words("contrast_opener")  # "ورغم ذلك دافع X …": a connective before the verb (ind41)
CONTRAST_THAT = lx.clause_words("contrast_that")  # "غير"، "إلا"، "بيد" before أن: a connective too
MASDAR_LEADS = lx.clause_words("speech_masdar_lead")  # "إلى القول إن …": the verb before إلى has the speaker
NOUN_OF_AN_OPENERS = lx.word_class("noun_of_an_openers")  # "غير أن الدول الكبرى أعلنت …": the noun of أن / لكن
NOUN_OF_AN_HEADS = lx.word_class("noun_of_an_heads")  # "الجماهير", "الدول": broken plurals of people and bodies
NOUN_OF_AN_QUANTIFIERS = lx.word_class("noun_of_an_quantifiers")  # "كثيرا من الاقتصاديين": the people after من head it
AND_LETTER_STEMS = tuple(lx.word_class("and_letter_stems"))  # "والدته": the و is the word's own letter
RELATIVE_OBJECT_PREPOSITIONS = lx.word_class("relative_object_prepositions")  # "قبضوا على الزوج الذي أنكر"
MASCULINE_OBJECT_PREPOSITIONS = lx.word_class("masculine_relative_object_prepositions")  # "مع X، الذي قال" (rel57)
FUTURE_PARTICLES = lx.word_class("future_particles")  # "سوف": a verb follows, the words are a clause
NOUN_OF_AN_REACH = 12  # tokens between أن / لكن and its verb ("يذكر أن باحثين في إحدى الشركات … قد كشفوا")
APPOSITION_PREPOSITIONS = lx.word_class("apposition_prepositions")  # "لدى": a title's body after it (dq50)
MASCULINE_RELATIVE = lx.norm("الذي")  # "X، title لدى Y، الذي قال": the person; "التي" may be the body's (dq50)
APPOSITION_REACH = 16  # tokens from a relative's phrase back to the person whose title it ends (dq50)
NAME_WORDS = 4  # words of a name that opens its sentence before its apposition ("عمار حداد، أحد …، أشار", ind55)
NAME_APPOSITION_HEADS = ("title", "anon")  # "رئيس"، "أحد"، "المسؤول": the word after the name's comma (ind55)
RELATIVE_CLAUSE_REACH = 16  # words of a relative clause between its antecedent and the verb after it (rel57)
IMPERSONAL_OPENERS = lx.marker_words("impersonal")  # "يذكر أن"، "ويشار إلى أن": the writer's own words, no one's (rel57)
RELATIVE_GENDERS = {lx.norm("الذي"): "m", lx.norm("التي"): "f"}  # the antecedent's gender each relative asks for (rel57)
CAUSATIVE_VERBS = lx.word_class("causative_verbs")  # "ما جعل X تقول": X, the causative's object, speaks (dspk59)
CAUSATIVE_LEADS = lx.word_class("causative_leads")  # "ما"، "مما" before the causative verb
CAUSED_REACH = 7  # tokens from a reporting verb back to the causative whose object is its subject (dspk59)
FRONTED_REACH = 12  # words of a subject phrase that opens the sentence before a bare verb with an object after it (spk36)


class Subjects:
    """Subject spans before a verb or of a sentence."""

    def kana_subject(self, verb: int) -> int | None:
        """"كانت المعلمة المتوفاة قد اتهمت …", "وكان الوزير قد أكد أن …": the subject stands between
        كان and قد, before the verb; the first token of that phrase, or ``None``."""
        words = self.words
        if verb < 3 or words[verb - 1] not in ("قد",):
            return self.kana_named_subject(verb)
        first, _ = self.x.sentence_bounds(verb)
        for k in range(verb - 2, max(first - 1, verb - 9), -1):
            if not self.is_word(k) and words[k] not in QUOTE_CHARS:
                return None
            if words[k] in KANA:
                return k + 1 if k + 1 < verb - 1 else None
        return None

    def kana_named_subject(self, verb: int) -> int | None:
        """"وكان جون كيري وزير الخارجية الأمريكي أبلغ المنتدى أن …": without قد, the phrase between
        كان and the verb is its subject only when it names someone (a person, an institution or a
        title), so that "وكان من المقرر أن …" and "كان الهدف …" are left alone."""
        words = self.words
        first, _ = self.x.sentence_bounds(verb)
        for k in range(verb - 1, max(first - 1, verb - 9), -1):
            if words[k] in KANA:
                a = k + 1
                if a >= verb or words[a] in lx.PREP_WORDS or words[a] in lx.NP_STOPS:
                    return None
                named = self.has_entity(self.span(a, verb), types=("PER", "ORG")) or any(
                    lx.head_kind(words[m]) in ("title", "org", "media", "anon") for m in range(a, verb))
                return a if named else None
            if not self.is_word(k) or k in self.cues or words[k] in AUXILIARIES:
                return None
        return None

    def named_before_verb(self, verb: int) -> int | None:
        """The subject written before a verb that may also have a phrase after it: between كان and the
        verb (:meth:`kana_named_subject`), or a phrase that opens the sentence and ends right at the
        verb (:meth:`fronted_named_subject`). The phrase after the verb is then its object."""
        kana = self.kana_named_subject(verb)
        if kana is not None:
            return kana
        fronted = self.fronted_named_subject(verb)
        return fronted if fronted is not None else self.caused_named_subject(verb)

    def caused_named_subject(self, verb: int) -> int | None:
        """"مما جعل اللبنانيين يصفون الوضع بأنه …": a bare verb right after the object of a causative after
        "ما" / "مما" (:meth:`caused_subject`) has that object for subject, written before it, so the phrase
        after the verb is its object, not who speaks. Only plain words between the causative and the verb (dspk59)."""
        form = self.cues.get(verb)
        if form is None or form.kind != "verb" or form.prefix:
            return None
        first, _ = self.x.sentence_bounds(verb)
        m = verb - 1
        while m > first and verb - m <= CAUSED_REACH:
            if not self.is_word(m) or m in self.cues or m in self.according or self.words[m] in lx.RELATIVES:
                return None
            if m < verb - 1 and self.words[m] in CAUSATIVE_VERBS and self.words[m - 1] in CAUSATIVE_LEADS:
                return self.caused_object(m)
            m -= 1
        return None

    def caused_object(self, m: int) -> int | None:
        """The object right after the causative at ``m``; none where a preposition follows it: "وهو ما يدفع إلى
        نزوع موسكو إلى الواقعية التي تعتبر …" drives to something, it makes no one speak (dspk59)."""
        k = m + 1
        return None if self.words[k] in lx.PREP_WORDS or self.preposition_opens(k) else k

    def fronted_named_subject(self, verb: int) -> int | None:
        """"مصادر عراقية في وزارة المالية أبلغت «عكاظ» أن …", "رئيس لجنة التدقيق في البنك أخبر معهد
        … أن", "عضو الكتلة النائب أحمد فتفت دعا العماد عون إلى …": a bare verb (no و / ف) right after a
        phrase that opens its sentence and names someone (a person or body the tagger found, or a
        speaker head) has that phrase for subject; the phrase after the verb is whom it told or called
        on (session 36, pass spk36). Only words, no comma, cue, preposition or stop word in the phrase,
        so "في هذا الإطار قال"، "وعن الأسعار قال"، "أمس أعلن" and a glued headline are left alone."""
        words = self.words
        form = self.cues.get(verb)
        if form is None or form.kind != "verb" or form.prefix:
            return None
        first, _ = self.x.sentence_bounds(verb)
        if verb - first < 1 or verb - first > FRONTED_REACH:
            return None
        if verb + 1 < self.count and words[verb + 1] in RESUMPTIVE_PPS:
            return None  # "الجهود الدبلوماسية للحزب قال عنها الكاتب X": the phrase is what was spoken about
        for m in range(first, verb):
            w = words[m]
            if not self.is_word(m) and w not in QUOTE_CHARS:
                return None
            if m in self.cues or m in self.according or w in AUXILIARIES or w in KANA or w in lx.RELATIVES:
                return None
            if w in lx.NP_STOPS or w in TOPIC_OPENERS or w in SUBJECT_STOPS or w in lx.COMPLEMENTIZERS or w in FRONTED_SUBJECT_STOPS:
                return None
            if m > first and set(self.x.original_text(self.x.ends[m - 1], self.x.starts[m])) & set("ـ–—-"):
                return None  # "خالد سجاف ـ الدمام أعرب …": a byline, not the subject
        a = first
        while a < verb and words[a] in QUOTE_CHARS:
            a += 1
        if a >= verb or words[a] in lx.PREP_WORDS or self.preposition_opens(a):
            return None
        # the phrase opens with who speaks: a speaker head or a person or body the tagger found, not a
        # verb of narration ("تداول ناشطون مقطع فيديو يوضح …", "ودخل الفيفا في … عندما أعلن مدعون …")
        head = lx.head_kind(words[a])
        opens_named = head in ("title", "org", "media", "anon", "honorific", "doc") or self.has_entity(self.span(a, a + 1), types=("PER", "ORG"))
        if opens_named and not any(lx.head_kind(words[m]) for m in range(a, verb)) and verb + 1 < self.count and (
                lx.head_kind(words[verb + 1]) in ("title", "honorific", "org", "media", "anon")):
            return None  # "دي مستورا أكدت السلطات السورية …": a caption's bare name, the verb's subject after it
        return first if opens_named else None  # with the name's quotation marks ("«سبق» تقول …")

    def subject_before(self, cand: Candidate, cue: int) -> None:
        """A subject written before its verb: "أما «X» فيقول", "الوزير قال", "X الذي أوضح أن"."""
        words = self.words
        first, _ = self.x.sentence_bounds(cue)
        k = cue - 1
        if k < first:
            return
        form = self.cues[cue]
        if form.prefix == "و":
            return
        if words[k] in COMMAS:
            span = self.subject_closed_by_comma(cue, first) if form.kind == "verb" else None
            if span is not None:
                cand.np, cand.np_tokens, cand.resolve = self.span(*span), span, "explicit"
            return
        if not relative_pronoun(words[k]) and (past := self.subject_past_relative(cue, first, form)) is not None:
            cand.np, cand.np_tokens, cand.resolve = self.span(*past), past, "explicit"
            if self.glued_and(past[0]):  # "والمدرب الذي …": the subject without its و
                cand.np = (self.x.starts[past[0]] + 1, cand.np[1])
            return
        joined = words[k] not in lx.RELATIVES  # "والذي"
        agrees = relative_agrees(words[k], form)
        pronoun = words[k]
        if relative_pronoun(pronoun):
            k -= 1
            relative = True
            if k >= first and words[k] in COMMAS:
                k -= 1  # "الرئيس الأمريكي باراك أوباما، الذي قال …"
        else:
            relative = False
        while k >= first and words[k] in AUXILIARIES:
            k -= 1
        end = k + 1
        a = end
        while a > first and end - a < 6:
            w = words[a - 1]
            if not (w[0].isalnum() or (a - 1) in self.open_at or w in QUOTE_CHARS):
                break
            if w == "علي" and not self.is_preposition_ala(a - 1) and a < end and self.inside_person_name(a - 1):
                a -= 1  # "غير أن علي خامنئي حذر": the given name علي, not the preposition على
                continue
            if w in AUXILIARIES or (w in lx.NP_STOPS and w not in ("من",)) or (a - 1) in self.cues or (a - 1) in self.according:
                break
            if relative and w in EXAMPLE_WORDS:
                break  # "شركات مثل تسلا التي قالت …": the example, not the list, speaks
            if relative and w.endswith(("ه", "ها", "هم")) and (w[:-1] in lx.cue_forms() or w[:-2] in lx.cue_forms()):
                break  # "وهذا ما أكده رجال المقاومة الذين قالوا …": a reporting verb and its object pronoun (lead39j)
            a -= 1
        caused = None if relative else self.caused_subject(a, end, first)
        if caused is not None:
            a = caused  # "ما جعل المخابرات الإسرائيلية تقول": the causative's object, after it (dspk59)
        named_before = a < end and self.has_entity(self.span(a, end), types=("PER",))
        noun_of_an = None if relative else self.noun_of_an(end, first)
        if noun_of_an is not None and self.people_noun(noun_of_an, end, form):
            a = noun_of_an
        else:
            noun_of_an = None
        while a < end and (words[a] in QUOTE_CHARS and a not in self.open_at):
            a += 1
        char_start = after_min = person = None
        if relative:
            glued = next((m for m in range(end - 1, a, -1) if words[m][:3] in ("بال", "لل") and lx.head_kind(words[m][1:]) is not None), None)
            if glued is not None:  # "والتقى الوزير بالسفير الأمريكي الذي أكد …": the ambassador
                a, char_start = glued, self.x.starts[glued] + 1
            after_min = self.person_after_min(a, end, pronoun)
            for kinds in (("title", "honorific"), ("anon", "org", "media", "doc")):
                m = next((m for m in range(after_min or a, end - 1) if lx.head_kind(words[m]) in kinds), None)
                if m is not None:  # "وحضر الحفل مدير التعليم سعد الناصر الذي …": start at the title
                    a = m
                    break
            else:
                a = after_min or self.after_object_preposition(a, end)
            person = self.person_before_apposition(a, end, first) if cand.kind == "direct" and pronoun.removeprefix("و") == MASCULINE_RELATIVE else None
            if person is not None:
                a, char_start = person, None  # "X، نائب رئيس التسويق لدى شركة Y، الذي قال": X, not the company (dq50)
        elif (cue + 1 >= self.count or words[cue + 1] not in RESUMPTIVE_PPS) and (doc := self.document_before_verb(a, end, form)) is not None:
            cand.np, cand.np_tokens, cand.resolve = self.span(doc, end), (doc, end), "explicit"
            return  # "بعد أيام من تقارير ذكرت أن …" (not "في بيان أعلن فيه …", whose verb has the speaker before)
        elif not (a == first or caused is not None or not self.is_word(a - 1) or words[a - 1] in ("اما", "واما", "لكن", "ولكن") or words[a - 1] in lx.COMPLEMENTIZERS
                  or (words[a - 1] in KANA and "اول" not in words[a:end])):  # not "وكانت صحيفة X أول من كشف"
            return  # "… وخالد السيد تقول": only a phrase that opens its clause is the subject
        if a >= end or (relative and joined and not named_before):
            return  # "…، والذي" may go back to the sentence's subject: only a person named right before is sure
        if relative and not agrees and not named_before and not any(lx.head_kind(words[m]) in ("title", "honorific") for m in range(a, end)):
            # "الاتفاق الذي يقولون إنه …", "المناطق التي قال إن …": the relative is the verb's object; with
            # a person in the phrase it is his words the verb's pronoun means ("تصريحات X التي اعترف فيها")
            return
        first_word = words[a]
        if char_start is not None:
            cand.np = (char_start, self.span(a, end)[1])
            cand.np_tokens = (a, end)
            cand.resolve = "explicit"
            return
        name_ali = first_word == "علي" and not self.is_preposition_ala(a)  # "علي خامنئي", not على
        object_of_preposition = relative and a > first and (words[a - 1] in RELATIVE_OBJECT_PREPOSITIONS or a in (after_min, person) or (
            words[a - 1] in MASCULINE_OBJECT_PREPOSITIONS and pronoun.removeprefix("و") in (MASCULINE_RELATIVE, lx.norm("الذين"))))
        if (first_word in lx.PREP_WORDS and not name_ali) or (a > first and words[a - 1] in lx.PREP_WORDS and not object_of_preposition) or self.preposition_opens(a) or (
            first_word[:1] in "بل" and lx.head_kind(first_word[1:]) is None and first_word not in lx.NAME_PARTICLES and first_word.startswith(("بال", "لل"))
        ):
            return
        if not relative and end - a == 1 and cue + 1 < self.count and words[cue + 1] in RESUMPTIVE_PPS and self.issued_object(a):
            return  # "أصدرت الوزارة …، مذكرة توضح فيها …": the text the verb speaks in, not who speaks (issuer_of_text)
        if not relative and a > first and words[a - 1] in KANA and self.kana_subject(cue) == a:
            cand.np, cand.np_tokens, cand.resolve = self.span(a, end), (a, end), "explicit"
            return  # "كانت المعلمة المتوفاة قد اتهمت": between كان and قد, whatever its head
        if not relative and form.prefix != "ف" and words[end - 1] not in ("من",) and end - a > 6 and noun_of_an is None:
            return
        if not relative and form.prefix != "ف" and noun_of_an is None and caused is None and not any(
            lx.head_kind(words[m]) is not None or m in self.open_at for m in range(a, end)
        ) and not self.has_entity(self.span(a, end)) and words[end - 1] != "من" and not self.place_alone(a, end):
            return
        cand.np = self.span(a, end)
        if self.glued_and(a):  # "والحكومة السورية تؤكد أن …": the subject is "الحكومة السورية", not its و
            cand.np = (self.x.starts[a] + 1, cand.np[1])
        cand.np_tokens = (a, end)
        cand.resolve = "explicit"

    def caused_subject(self, a: int, end: int, first: int) -> int | None:
        """Where the object of a causative after "ما" / "مما" begins in the phrase ``[a, end)`` before a verb
        (``causative_verbs`` / ``causative_leads`` in word_classes.tsv): "…، ما جعل المخابرات الإسرائيلية تقول
        إنه «…»"، "مما جعل اللبنانيين يصفون الوضع بأنه …" — the one made to say it is the reporting verb's
        subject, written before it; the clause opened by "ما" names no one else (dspk59)."""
        words = self.words
        for m in range(max(a, first + 1), end - 1):
            if words[m] in lx.RELATIVES:
                return None
            if words[m] in CAUSATIVE_VERBS and words[m - 1] in CAUSATIVE_LEADS:
                return self.caused_object(m)
        return None

    def subject_past_relative(self, cue: int, first: int, form: CueForm) -> tuple[int, int] | None:
        """"لكن المدرب الذي قاد الفريق إلى اللقب قال إن …", "غير أن الشركة التي طورت الدواء تقول …", "يذكر
        أن الوزارة التي أطلقت الحملة أعلنت": a bare verb right after a relative clause whose antecedent opens
        its clause (the sentence, or after أن / إن / لكن) has that antecedent for subject. Before, the walk
        back from the verb stopped inside the relative clause, the noun of أن stopped at the relative
        (``np_stops``), and the verb went on with the last speaker or none (rel57). Only a closed clause: the
        nearest relative before the verb, words only between (no cue, source, comma, أن / إن, quote mark), the
        verb agreeing with the relative and the antecedent with it in gender (الذي a masculine head, التي a
        feminine one), and an antecedent that names someone (a speaker head, a person or body the tagger
        found); not inside another's reported words ("وأضاف X أن الشركة التي … رحبت": on the corpus those new
        nested quotes were wrong in one article in five). The antecedent's span, else ``None``."""
        words = self.words
        if form.kind != "verb" or form.prefix:
            return None
        rel = next((m for m in range(cue - 2, max(first, cue - RELATIVE_CLAUSE_REACH) - 1, -1)
                    if relative_pronoun(words[m]) or not self.is_word(m) or m in self.cues or m in self.according
                    or words[m] in lx.COMPLEMENTIZERS), None)
        if rel is None or not relative_pronoun(words[rel]) or not relative_agrees(words[rel], form) or words[cue - 1] in lx.NP_STOPS:
            return None  # "… إلى ما قال"، "… كما قال": not the clause's end
        if all(words[m] in AUXILIARIES or words[m] in KANA for m in range(rel + 1, cue)):
            return None  # "X، الذي كان قد أعلن": the relative is the verb's own subject (subject_before reads it)
        end = rel - 1 if rel - 1 >= first and words[rel - 1] in COMMAS else rel
        a, count = end, 0
        while a > first and count < 6 and (self.is_word(a - 1) or words[a - 1] in QUOTE_CHARS) and (
                words[a - 1] not in NOUN_OF_AN_OPENERS and (a - 1) not in self.cues):
            a -= 1  # six words at most, with the quotation marks of a name ("من جامعة «X» والذي")
            count += self.is_word(a)
        while a < end and words[a] in QUOTE_CHARS and a not in self.open_at:
            a += 1
        if a >= end or not (a == first or words[a - 1] in NOUN_OF_AN_OPENERS):
            return None  # not the phrase that opens its clause: "في الوقت الذي …"، "وتمنى بلاتر … للاعب الذي …"
        if words[a] in lx.PREP_WORDS or self.preposition_opens(a) or self.glued_preposition(a) or any(
                words[m] in lx.NP_STOPS or words[m] in AUXILIARIES for m in range(a, end)):
            return None
        if any(m in self.cues and words[m] not in IMPERSONAL_OPENERS for m in range(first, a)):
            return None  # "وأضاف X أن الشركة التي … رحبت": a clause inside another's words, left as it was
        # the phrase opens with who speaks, not with a verb before it ("واستند التقرير الذي …")
        named = self.has_entity(self.span(a, a + 1), types=("PER", "ORG")) or lx.head_kind(words[a]) in (
            "title", "honorific", "org", "media", "anon", "doc")
        gender = RELATIVE_GENDERS.get(words[rel].removeprefix("و"))
        # the phrase's first word is its head: "الدكتور X من جامعة Y والذي" agrees with الدكتور, not the body after
        if not named or (gender is not None and not self.agrees((a, a + 1), gender, own_verb=False)):
            return None
        return a, end

    def person_before_apposition(self, a: int, end: int, first: int) -> int | None:
        """"وسيعمل تحت سلطة كاليانا سيفاجنانام، نائب رئيس التسويق لدى فورد الشرق الأوسط، الذي قال: «…»",
        "إرنست مونيز، كبير المهندسين بالإدارة الأميركية، الذي صرح": a relative clause after a person's title set
        off by commas, when that title ends with the body he works for, has that person for antecedent, not the
        body. The relative's phrase ``[a, end)`` found by the walk back (six words at most) is a preposition's
        object, or ends with one, naming no person and no title; before the preposition, within ``APPOSITION_REACH`` tokens of its
        sentence, past one comma and no cue, relative or complementizer, a person the tagger found ends right
        before that comma. Returns the person's first token, else ``None``. Without the comma the name may be
        the subject of a verb whose object the titled phrase is ("واستقبل الملك X رئيس الوزراء في مقر …، الذي
        قال"): left as it was; so is "التي", whose antecedent may well be the body ("… رئيس شركة X، التي أعلنت")
        (dq50)."""
        words = self.words
        if a >= end or self.has_entity(self.span(a, end), types=("PER",)) or any(
                lx.head_kind(words[m]) in ("title", "honorific") for m in range(a, end)):
            return None
        k = a - 1
        while k >= first and words[k] in QUOTE_CHARS:
            k -= 1  # "في «مايكروسوفت الشرق الأوسط»"
        prep = next((m for m in range(max(k, first), end) if words[m] in lx.PREP_WORDS or words[m] in APPOSITION_PREPOSITIONS
                     or self.glued_preposition(m)), None)  # "لدى فورد"، "بالإدارة الأميركية"، "والتطوير في «…»"
        if prep is None:
            return None
        low = max(first, a - APPOSITION_REACH)
        for m in range(prep - 1, low, -1):
            word = words[m]
            if m in self.cues or relative_pronoun(word) or word in lx.COMPLEMENTIZERS:
                return None  # another clause
            if word not in COMMAS:
                continue
            name_end = m - 1
            while name_end > low and words[name_end] in QUOTE_CHARS:
                name_end -= 1  # "“كاليانا سيفاجنانام”، نائب …"
            eid = self.entity_ends.get(name_end)
            if eid not in self.person_ids:
                return None  # the comma sets off something else: a list, a clause
            return next((s for s in range(name_end, max(low, name_end - 6) - 1, -1) if self.entity_starts.get(s) == eid), None)
        return None

    def place_alone(self, a: int, end: int) -> bool:
        """"لكن طهران تقول إنه سلمي", "وواشنطن تؤكد أن …": a place named alone before its verb speaks for
        its government, as a body does (pass fr38b); the phrase is that one name and nothing else. Not
        after أن / إن ("قال إن الولايات المتحدة تدين …"): a clause inside another's words."""
        if a > 0 and self.words[a - 1] in lx.COMPLEMENTIZERS:
            return False
        s, e = self.x.original_span(*self.span(a, end))
        if self.glued_and(a):
            s += 1
        return any(m[3] == "LOC" and m[0] <= s and e <= m[1] for m in self.entities)

    def glued_and(self, a: int) -> bool:
        """Whether the first word of a subject written before its verb carries a glued و ("والحكومة",
        "والمتحدث", "وواشنطن") that is no part of the name (pass fr38a): the word after it is
        definite or a listed speaker head, or a name the tagger found from the next letter."""
        word = self.words[a]
        if len(word) < 5 or word[:1] != "و" or word.startswith(AND_LETTER_STEMS) or self.x.original_text(self.x.starts[a], self.x.starts[a] + 1) != "و":
            return False
        s, _ = self.x.original_span(*self.span(a, a + 1))
        if any(m[0] == s and m[3] in ("PER", "ORG", "LOC") for m in self.entities):
            return False  # "والتر", "وائل": the و is the name's own letter
        return (word[1:3] == "ال" and len(word) >= 6) or lx.head_kind(word[1:]) is not None or any(m[0] == s + 1 for m in self.entities)

    def after_object_preposition(self, a: int, end: int) -> int:
        """"قبضوا على الزوج الذي أنكر …": the relative's noun is the one after the preposition that
        took it as object (``relative_object_prepositions`` in word_classes.tsv), not the verb before."""
        m = next((m for m in range(end - 2, a - 1, -1) if self.words[m] in RELATIVE_OBJECT_PREPOSITIONS), None)
        return a if m is None else m + 1

    def person_after_min(self, a: int, end: int, pronoun: str) -> int | None:
        """"تعرض ميسي لانتقادات من الأسطورة دييجو مارادونا الذي قال …": a masculine relative after "من"
        and a person the tagger named goes back to that person, not to the noun "من" depends on. Not
        "التي" ("النظرية المقدمة من الرئيس أوباما التي تقول …": the theory, not the man, is the antecedent)."""
        if pronoun.removeprefix("و") not in ("الذي", "الذين"):
            return None
        m = next((m for m in range(end - 2, a - 1, -1) if self.words[m] == "من"), None)
        if m is None or not self.has_entity(self.span(m + 1, end), types=("PER",)):
            return None
        return m + 1

    def noun_of_an(self, end: int, first: int) -> int | None:
        """"ولكن الجماهير أكدت أن …", "غير أن الدول الكبرى أعلنت …", "فإن مندوبين لدول … يقولون إن …":
        the phrase between أن / إن / لكن and the verb is the noun of that particle, so the verb's subject,
        whatever its head — before, a phrase with no listed speaker head, or longer than six words,
        was dropped and the verb went on with the last speaker. Its first token, or ``None`` when
        the words before the verb do not run back to such a particle."""
        words = self.words
        for a in range(end - 1, max(first - 1, end - NOUN_OF_AN_REACH - 1), -1):
            w = words[a]
            if w in NOUN_OF_AN_OPENERS:
                return a + 1 if a + 1 < end else None
            if not (w[0].isalnum() or a in self.open_at or w in QUOTE_CHARS) or w in AUXILIARIES or w in FUTURE_PARTICLES:
                return None  # "أن المجلس سوف يتلقى تقريرا … يؤكد": a clause of its own, not a noun
            if (w in lx.NP_STOPS and w != "من") or a in self.cues or a in self.according:
                return None
        return None

    def people_noun(self, a: int, end: int, form: CueForm) -> bool:
        """Whether the phrase ``a``–``end`` is headed by people or bodies of them: a listed plural
        ("مصادر", "الجماهير", "الدول"), or a sound masculine plural before a plural verb ("مندوبين …
        يقولون", "كثيرا من الاقتصاديين يتوقعون") — not "أن السيارة اصطدمت بجسم … توقعت"."""
        words = self.words
        if words[a] in NOUN_OF_AN_QUANTIFIERS and a + 2 < end and words[a + 1] == "من":
            a += 2
        word = words[a]
        if _bare(word) in PLURAL_HEADS or word.removeprefix("ال") in NOUN_OF_AN_HEADS:
            return True
        return bool(form.plural) and len(word) >= 5 and word.endswith(("ون", "ين")) and not self.has_entity(self.span(a, a + 1))

    def subject_closed_by_comma(self, cue: int, first: int) -> tuple[int, int] | None:
        """"يذكر أن سليمان العائد، مسؤول تسجيل الغذاء في الهيئة، قال لـ«…» إن …", "لكن مصدراً بارزاً في
        الجيش الحر، أكد لـ«…» أن …": the noun of أن / لكن, a name or a speaker head described in
        apposition, is the subject of the verb set off from it by a comma — before, the comma stopped
        the look back and the verb went on with an older speaker. At most two commas between, no
        other cue, source or auxiliary; the phrase runs from the noun to the comma before the verb."""
        words = self.words
        end = cue - 1
        if end <= first or words[end] not in COMMAS:
            return None
        m, commas, source = end - 1, 0, None
        while True:
            if end - m > COMMA_SUBJECT_REACH:
                return None
            if m < first:
                break  # the phrase opens its sentence: kept below only with a relative clause in it (ind54)
            w = words[m]
            if w in SUBJECT_OPENERS:
                break
            if w in COMMAS:
                commas += 1
                if commas > 2:
                    return None
            elif m in self.according and source is None:
                source = m  # "ترامب الذي يتصدر … وفق استطلاعات الرأي، أشار": a source inside the relative clause
            elif not (self.is_word(m) or w in QUOTE_CHARS) or m in self.cues or m in self.according or w in AUXILIARIES:
                return None
            m -= 1
        a = m + 1
        if a >= end or words[a] in COMMAS or words[a] in lx.PREP_WORDS:
            return None
        clause = next((k for k in range(a + 1, end - 1) if relative_pronoun(words[k])), None)
        named = self.name_before_title(a, end) if m < first and source is None and commas == 1 else False
        if (m < first or source is not None) and not named and (clause is None or (source is not None and source < clause)):
            return None  # no opener, or a source the verb may go on with: only past a relative clause (ind54)
        if any(c in self.cues for c in range(first, m - 1)):
            return None  # "وأعلن البيت الأبيض أن زيارة X، التي …، تؤكد «…»": a clause inside another's words
        if lx.head_kind(words[a]) is None and not self.has_entity(self.span(a, a + 1), types=("PER", "ORG")) and not named:
            return None  # "… أن الأمر، قال …": only a name or a speaker head
        relative = next((k for k in range(a + 1, end - 1) if words[k] in COMMAS
                         and (words[k + 1] in lx.RELATIVES or (words[k + 1][:1] == "و" and words[k + 1][1:] in lx.RELATIVES))), None)
        # "إلا أن الخبراء السويسريين، والذين تحركوا بطلب من …، اعتبروا": the relative clause set off by
        # commas describes the subject; it is not part of its name; nor is one without the comma
        # before it ("ويبدو أن ترامب الذي يتصدر …، أشار": ends at ترامب, ind54) — but a text's clause names it
        # ("أن الدراسة التي نشرها مركز X للباحث Y، كشفت": which study, and whose)
        if relative is None and clause is not None and lx.head_kind(words[a]) != "doc":
            relative = clause
        return (a, relative if relative is not None else end)

    def name_before_title(self, a: int, end: int) -> bool:
        """"عمار حداد، أحد أعضاء المجموعة …، أشار إلى أن …", "مهاب مميش، رئيس هيئة القناة، قال …": a
        sentence that opens with a name of two to four words, then a comma and a title or speaker word
        (its apposition: ``NAME_APPOSITION_HEADS`` kinds) before the verb's comma, has that name for the
        verb's subject even where the tagger missed the name (ind55). The name's words are plain words:
        no article on the first, no preposition, speaker word, cue, time or number."""
        words = self.words
        comma = next((k for k in range(a, end) if words[k] in COMMAS), None)
        if comma is None or not 2 <= comma - a <= NAME_WORDS or comma + 1 >= end:
            return False
        if lx.head_kind(words[comma + 1]) not in NAME_APPOSITION_HEADS:
            return False
        if words[a].startswith("ال") or self.glued_preposition(a) or self.preposition_opens(a):
            return False
        return all(self.is_word(k) and words[k].isalpha() and words[k] not in lx.PREP_WORDS and words[k] not in lx.NP_STOPS
                   and lx.head_kind(words[k]) is None and k not in self.cues and k not in self.time_starts
                   for k in range(a, comma))

    def fronted_topic(self, cue: int) -> tuple[int, int] | None:
        """"أما السيدة هنادي –موظفة قطاع خاص- فتقول: …", "أما العالم الأمريكي “ويليام جيمس” فيقول",
        "أما عبدالعزيز العمري فقد برر محاسبة …": a reporting verb with ف (or after "فقد") that answers
        "أما X" in its sentence has X for subject, however long X is and whatever is set off after it
        (a dash aside, "، وهو …"), and whatever noun follows the verb (its object). The phrase after
        أما up to its first comma, dash or bracket, when it names someone (a speaker word, a person
        or organisation, a quoted name), as a token span; else ``None`` ("أما عن الرسالة …"،
        "أما على صعيد …": a preposition opens no subject)."""
        words = self.words
        form = self.cues.get(cue)
        if form is None or form.kind != "verb":
            return None
        k = cue - 1
        if form.prefix != "ف":
            if form.prefix or k < 0 or words[k] != "فقد":
                return None
            k -= 1
        first, _ = self.x.sentence_bounds(cue)
        opener = next((m for m in range(k, max(first, cue - TOPIC_REACH) - 1, -1) if words[m] in TOPIC_OPENERS), None)
        if opener is None or any(m in self.cues for m in range(opener + 1, k + 1)):
            return None
        a = opener + 1
        if a > k or words[a] in lx.PREP_WORDS or self.glued_preposition(a) or not (self.is_word(a) or a in self.open_at):
            return None
        b = a
        while b <= k and b - a < MAX_NP and (self.is_word(b) or words[b] in QUOTE_CHARS):
            b += 1
        while b > a and words[b - 1] in QUOTE_CHARS and not any(q in self.open_at for q in range(a, b - 1)):
            b -= 1  # a mark closing nothing the phrase opened
        if b <= a:
            return None
        named = any(lx.head_kind(words[m]) in ("title", "honorific", "anon", "org", "media", "doc") or m in self.open_at
                    for m in range(a, b)) or self.has_entity(self.span(a, b))
        return (a, b) if named else None

    def resumed_topic(self, cue: int) -> tuple[int, int] | None:
        """"وبالعودة إلى المسؤول في الشركة، لفت إلى أن …", "وبالعودة إلى هينشكليف فقد أكد …": a sentence
        that opens by going back to someone ("(و)بالعودة إلى"، "(و)عودة إلى") and whose reporting verb, with
        no subject of its own, comes right after that phrase (past a comma or "فقد") has the phrase for
        subject — before, the verb went on with whoever was quoted last, often someone quoted in between.
        The phrase must name someone the way :meth:`fronted_topic` asks, by its first word (a speaker
        word, a person or organisation, a quoted name): "وبالعودة إلى توقعات المحللين، قال X" or
        "وبالعودة إلى ما قاله …" name no one. Its token span, or ``None``."""
        words = self.words
        form = self.cues.get(cue)
        if form is None or form.kind != "verb" or form.prefix not in ("", "ف"):
            return None
        k = cue - 1
        if not form.prefix and k >= 0 and words[k] == "فقد":
            k -= 1
        if k >= 0 and words[k] in COMMAS:
            k -= 1
        first, _ = self.x.sentence_bounds(cue)
        opener = first + (words[first] == "ثم")  # "ثم وبالعودة إلى …"
        a = opener + 2
        if opener + 1 > k or words[opener] not in RESUMED_TOPIC_OPENERS or words[opener + 1] != TO or a > k:
            return None
        if k + 1 - a > MAX_NP or any(not (self.is_word(m) or words[m] in QUOTE_CHARS) or m in self.cues
                                     for m in range(a, k + 1)):
            return None
        named = (lx.head_kind(words[a]) in ("title", "honorific", "anon", "org", "media") or a in self.open_at
                 or self.has_entity(self.span(a, a + 1)))
        return (a, k + 1) if named else None

    def document_before_verb(self, a: int, end: int, form: CueForm) -> int | None:
        """"وتصاعدت التكهنات بعد تقرير لصحيفة «ذا تايمز» أشار إلى أن …", "بعد أيام من تقارير ذكرت
        أن …": an indefinite source (تقرير، تقارير، دراسة، مسؤولين…) right before a reporting verb that
        agrees with it, after a preposition, is described by the clause the verb opens, so it is the
        verb's subject; the first token of that phrase, or ``None``."""
        for m in range(end - 1, a - 1, -1):
            word = self.words[m]
            if lx.head_kind(word) not in ("doc", "anon") or word.startswith(("ال", "وال")):
                continue
            if (m > 0 and (self.words[m - 1] in lx.PREP_WORDS or self.words[m - 1] in ("بعد", "قبل")) and self.parse_np(m, end) == end
                    and self.agrees((m, end), form.gender)):
                return m
            return None
        return None

    def sentence_subject(self, first: int, cue: int, *, past_opener: bool = False) -> tuple[int, int] | None:
        """The subject of the sentence's first verb ("وكانت صحيفة الغد أول من نشر …" → صحيفة الغد).

        Without a parser this is guarded: the phrase must start with a speaker head
        (title, institution, outlet…) or a named entity, and stops at an object-like word.
        ``past_opener`` reads past a connective that opens the sentence (:meth:`contrast_opener`): asked
        only for a participle in the same sentence, as the phrase after "غير أن" may run on into its verb
        ("غير أن السيد اينهورن يتفق"), harmless before the participle but not as a speaker sentences later.
        """
        words = self.words
        k = first
        nominal = False
        while k < cue:
            if words[k] in AUXILIARIES or words[k] in ("و", "ف") or not self.is_word(k):
                k += 1
                continue
            marker = self.marker_at(k) if words[k] in lx.markers() else None
            if marker is not None and marker[0].kind == "circumstance":
                k = marker[1]  # "من جانبه قدم رئيس اللجنة …"
                continue
            if past_opener and self.contrast_opener(k, cue):
                k += 2  # "ورغم ذلك دافع مارتينو …", "غير أن منظمات … سارعت": no verb, no subject (ind41)
                nominal = words[k - 1] == THAT  # after "غير أن" the subject comes first, no verb before it
                continue
            break
        if k < cue and k > first and words[k - 1] in KANA and not lx.head_kind(words[k]):
            # after كان the subject may come first ("وكان مواطنه الغاني سولي مونتاري وجه …"), else
            # كان is followed by the verb ("وكان زعيم الحزب …" with زعيم unlisted is read as before)
            found = self.subject_from(k, cue, after_kana=True)
            if found is not None:
                return found
        if k < cue and self.opens_with_topic(k, cue):
            return None  # "وعن المهاجم سالم الدوسري قال إنه …": what he spoke about, not who spoke
        if k < cue and words[k] in FIRST_PERSON_OPENERS:
            return None  # "وقالت: أتمنى … نحن شركة وطنية، ندعم …": her own words go on, they name no one new (lead37f)
        if nominal:
            return self.noun_before_predicate(k, cue)
        if k < cue and not lx.head_kind(words[k]):
            k += 1  # the verb
        return self.subject_from(k, cue)

    def noun_before_predicate(self, k: int, cue: int) -> tuple[int, int] | None:
        """The noun of "غير أن" at token ``k``: its predicate stands between it and the cue, so a phrase
        that runs on to the cue has swallowed the predicate's verb ("غير أن الطبيب اعتذر، قائلاً" →
        الطبيب), and its last word is dropped."""
        found = self.subject_from(k, cue)
        if found is None:
            return None
        a, b = found
        if all(not self.is_word(m) for m in range(b, cue)):
            b -= 1
        return (a, b) if b > a else None

    def contrast_opener(self, k: int, cue: int) -> bool:
        """Whether tokens ``k`` and ``k + 1`` are a connective that opens a sentence ("ورغم ذلك", "غير أن",
        ``contrast_opener`` in clause_words.tsv): the sentence's verb or subject follows it."""
        if k + 2 >= cue:
            return False
        word, nxt = self.words[k], self.words[k + 1]
        bare = word[1:] if word[:1] in ("و", "ف") else word
        # "غير أن"، "إلا أن"، "بيد أن": the according-to pass's contrast_that words, then أن
        return (f"{word}|{nxt}" in CONTRAST_OPENERS or f"{bare}|{nxt}" in CONTRAST_OPENERS
                or (nxt == THAT and (word in CONTRAST_THAT or bare in CONTRAST_THAT)))

    def opens_with_topic(self, k: int, cue: int) -> bool:
        """Whether token ``k``, the sentence's first word, is a preposition of topic ("وعن", "بشأن"), its
        conjunction on it or not: the sentence opens with what is spoken about, not with a verb whose
        subject follows it, so the preposition's object is no subject."""
        word = self.words[k]
        if not (word in TOPIC_PREPOSITIONS or (word[:1] in ("و", "ف") and word[1:] in TOPIC_PREPOSITIONS)):
            return False
        return not any(self.words[m] in NARRATOR_BLESSINGS for m in range(k + 1, cue))  # a hadith's chain: the narrator speaks

    def subject_from(self, k: int, cue: int, *, after_kana: bool = False) -> tuple[int, int] | None:
        """The subject phrase from token ``k`` (past auxiliaries), when it can name a source. Right
        after كان no object can come first, so a word of a verbal noun's shape ("مواطنه") is a noun
        of the subject."""
        words = self.words
        while k < cue and words[k] in AUXILIARIES:
            k += 1
        if k >= cue:
            return None
        end = min(self.parse_np(k, cue, noun_object=not after_kana, preps=SUBJECT_STOPS), k + 12)
        while end > k and words[end - 1] == "اول":
            end -= 1
        person_end = self.person_opens(k, cue)
        if person_end is not None:
            end = max(end, person_end)  # "مواطنه الغاني" ends before the name it describes
        end = self.object_after_person(k, end)
        starts_well = (lx.head_kind(words[k]) in ("title", "honorific", "anon", "org", "media", "doc") or self.has_entity(self.span(k, k + 1))
                       or self.plural_people(k)  # "واصل الأهلاويون طرح مطالبهم …، واعتبروا أن …"
                       or person_end is not None)
        if lx.head_kind(words[k]) == "pronoun":
            return k, k + 1
        if end > k and starts_well and (self.source_like(k, end) or self.plural_people(k)):
            return k, end
        return None

    def object_after_person(self, k: int, end: int) -> int:
        """"بينما وجه رئيس وزراء كازاخستان كريم ماسيموف نداء متحمسا لأعضاء اللجنة …": the phrase ``[k, end)`` after
        a verb that reports nothing runs on past the person's name into the verb's object. A bare noun right after
        a name the tagger found (no article, no head word, no word of any name in the text) with more words and no
        comma after it begins that object: the subject ends with the name (lead42k)."""
        words = self.words
        for e in range(k, end - 2):
            if e not in self.person_ends:
                continue
            t = e + 1
            word = words[t]
            if self.is_word(t) and self.plain_noun(t) and not word.endswith(("ي", "يه")) and self.is_word(t + 1):
                return t  # (not before a comma: "اللواء طلعت مسلم، الخبير …" is a surname the tagger left out)
        return end

    def person_opens(self, k: int, limit: int) -> int | None:
        """"هاجم زيد أبو زيد الأمين العام …" (the tagger found "أبو زيد"), "مواطنه الغاني سولي مونتاري":
        a person's name begins within the first three words from token ``k``, each word before it a
        description of the person (definite, a title, a noun with a possessive pronoun) or a first
        name before "أبو"/"بن"; the end of that name (exclusive token), else ``None`` ("ووصف حديث
        محاسن بأنه …": his talk is the object, not who speaks)."""
        for m in range(k, min(limit, k + 3)):
            eid = self.entity_starts.get(m)
            if eid is not None and eid in self.person_ids:
                return next((e + 1 for e in range(m, min(limit, m + 6)) if self.entity_ends.get(e) == eid), None)
            if not self.describes_person(m):
                return None
        return None

    def describes_person(self, m: int) -> bool:
        """Whether token ``m`` can stand before a person's name in the phrase naming him: "الغاني",
        "العقيد", "مواطنه", "زوجها", or a first name before "أبو"/"بن" the tagger left out."""
        word = self.words[m]
        if not self.is_word(m) or word in lx.PREP_WORDS or word in lx.NP_STOPS:
            return False
        stem = word.removeprefix("ال")
        if stem in lx.clause_words("kin") and not (word.endswith("ه") and self.original_word(m).endswith("ه")):
            return False  # "والدة فانينغ": the name's mother, someone else ("والده" = his father is the name)
        if word.startswith("ال") or lx.head_kind(word) is not None:
            return True
        if word.endswith(("ه", "ها")) and len(word) >= 5:
            return True
        return m + 1 < self.count and self.words[m + 1] in lx.NAME_PARTICLES and (m + 1) in self.entity_starts

    def first_subject_in(self, start: int, end: int, *, places: bool = False) -> tuple[int, int] | None:
        """The first phrase in tokens ``[start, end)`` that can name a speaker (a speaker word or a
        named entity; with ``places``, a place too: "تنفي إيران") and is neither a preposition's
        object ("مع صحيفة «فاينانشيال تايمز»", "مع المهاجم الإسباني بيدرو رودريغيز": the whole
        object is skipped), a noun's genitive ("في مواقف الفرقاء") nor an apposition after a name."""
        words = self.words
        m = start
        while m < end:
            word = words[m]
            if word in lx.PREP_WORDS or self.glued_preposition(m):
                m = self.object_of_preposition_end(m + 1 if word in lx.PREP_WORDS else m, end)
                continue  # "مع المهاجم الإسباني بيدرو رودريغيز": an object, however long
            named = self.subject_like(m) or (places and self.is_word(m) and self.has_entity(self.span(m, m + 1), types=("LOC",)))
            if not named or lx.head_kind(word) == "pronoun" or (m - 1) in self.person_ends:
                m += 1
                continue
            a = m - 1 if m > start and words[m - 1] in DEMONSTRATIVES else m  # "هذه الصحيفة"
            if a > start and self.construct_head(a - 1):
                m += 1
                continue  # a genitive ("رئيس ريال مدريد" holds "ريال مدريد")
            stop = min(self.parse_np(a, end, noun_object=True, preps=SUBJECT_STOPS | {"في"}), a + 8)
            eid = self.entity_starts.get(m)
            if eid in self.person_ids:
                # "إن حسين أمير عبد اللهيان حاول": a name written before its verb ends with the name
                stop = next((e + 1 for e in range(m, min(end, m + 6)) if self.entity_ends.get(e) == eid), stop)
            return (a, stop) if stop > a else None  # "رئيس ريال مدريد", not "… في اتجاه مغاير"
        return None

    def glued_preposition(self, m: int) -> bool:
        """Whether token ``m`` carries the preposition ل or ب ("للصحيفة", "بالوزير", "لرويترز"), not a
        name that begins with the letter ("بلاتر", "لاجارد")."""
        word = self.words[m]
        if not self.is_word(m) or word[:1] not in ("ل", "ب") or len(word) <= 3:
            return False
        if word.startswith(("لل", "بال")) or lx.head_kind(word[1:]) is not None:
            return True
        s, e = self.x.original_span(*self.span(m, m + 1))
        mentions = [ms for ms, me, _eid, _t in self.entities if ms < e and s < me]
        if mentions:
            return min(mentions) > s  # the tagger left the preposition out of the name
        return word[:1] == "ب" and self.prepositional_start(m)

    def object_of_preposition_end(self, k: int, end: int) -> int:
        """End (exclusive token) of a preposition's object from token ``k``: a quotation, or a noun
        with its definite adjectives and genitives, the name after a title ("مع المهاجم الإسباني
        الدولي بيدرو رودريغيز") and "نفسه"/"ذاته" ("في الوقت نفسه")."""
        words = self.words
        while k < end and words[k] in QUOTE_CHARS and k not in self.open_at:
            k += 1
        if k >= end:
            return end
        if k in self.open_at:
            close = self.close_token(self.x.quotations[self.open_at[k]])
            return close + 1 if close is not None and close < end else end
        titled = lx.head_kind(words[k]) in ("title", "honorific", "anon")
        j = k + 1
        while j < end and self.is_word(j):
            word = words[j]
            eid = self.entity_starts.get(j)
            if eid is not None and (titled or self.construct_head(j - 1)):
                j = next((e + 1 for e in range(j, min(end, j + 6)) if self.entity_ends.get(e) == eid), j + 1)
            elif word.startswith("ال") or word in SELF_WORDS or self.construct_head(j - 1) or ((j - 1) in self.person_ends and lx.head_kind(word)):
                j += 1
            else:
                break
        return j

    def person_after_fronted_phrase(self, first: int, cue: int) -> tuple[int, int] | None:
        """"وفي عمود في الصفحة الأولى في صحيفة الحياة ربط غسان شربل بين … وقال إن …": a sentence that
        opens with a prepositional phrase has its verb and subject after it; the first person's name
        there (not a preposition's object nor a genitive) is the subject. Only a tagged person, so an
        outlet or place inside the fronted phrase ("في صحيفة الحياة") is never taken."""
        words = self.words
        k = first
        while k < cue and words[k] in ("و", "ف"):
            k += 1
        if k >= cue:
            return None
        word = words[k]
        if not (word in FRONTED_PREPOSITIONS or (word[:1] in ("و", "ف") and word[1:] in FRONTED_PREPOSITIONS)):
            return None  # ("وفي", "ففي": the conjunction on the preposition)
        if k + 1 < cue and words[k + 1] in AUXILIARIES:
            return None  # "في حين أشار X …": a conjunction, not a fronted phrase
        k = self.object_of_preposition_end(k + 1, cue)
        span = self.first_subject_in(k, cue)
        if span is None or any(words[j] in lx.RELATIVES for j in range(first, span[0])):
            return None  # "ومن بين الأفكار التي طرحها الأمير X …": a relative clause's subject, not the sentence's
        m = next((m for m in range(*span) if self.entity_starts.get(m) in self.person_ids), None)
        if m is None:
            return None
        eid = self.entity_starts[m]
        end = next((e + 1 for e in range(m, min(cue, m + 6)) if self.entity_ends.get(e) == eid), span[1])
        return span[0], (min(span[1], end) if end > span[0] else span[1])  # "الكاتب X بين …" ends with the name

    def masdar_subject(self, cue: int) -> tuple[int, int] | None:
        """"ويخلص الكاتب في مقدمة كتابه إلى القول إن …", "فإن X يعود إلى التأكيد أن …", "ودفع تراجع
        الطلب بعض المحللين إلى القول بأن …": a verbal noun of speech after إلى (``speech_masdar``) has
        no subject of its own; the one led to say it is the phrase naming someone right before إلى
        (the object of "دفع"، "قاد"), else the subject of the verb its clause opens with (the
        sentence's, or after the last comma). ``None`` when neither names anyone."""
        words = self.words
        lead = cue - 1
        if lead < 1 or words[lead] not in MASDAR_LEADS:
            return None
        first, _ = self.x.sentence_bounds(cue)
        start = next((m + 1 for m in range(lead - 1, first - 1, -1) if words[m] in COMMAS), first)
        if start >= lead:
            return None
        m, last = start, None
        while m < lead:
            span = self.first_subject_in(m, lead)
            if span is None or span[1] <= m:
                break
            last, m = span, span[1]
        if last is not None and last[1] == lead and last[0] > start:
            return self.verb_trimmed(last, lead)  # "ودفع … بعض المحللين إلى القول": the verb's object is led to say it
        span = self.sentence_subject(start, lead)
        return None if span is None else self.verb_trimmed(span, lead)

    def verb_trimmed(self, span: tuple[int, int], lead: int) -> tuple[int, int]:
        """A subject written before its verb ("فإن الخبير سعد الغامدي يعود إلى …") read on into the verb:
        it ends with the person's name in it, else before an indefinite last word that names no one
        right before ``lead`` (the verb)."""
        a, b = span
        name_end = next((e + 1 for e in range(a, b) if e in self.person_ends), None)
        if name_end is not None:
            return a, name_end
        word = self.words[b - 1]
        if b == lead and b - 1 > a and not word.startswith("ال") and lx.head_kind(word) is None and not self.has_entity(self.span(b - 1, b)):
            return a, b - 1
        return span

    def narrated_place(self, first: int, cue: int) -> tuple[int, int] | None:
        """"وتحتفظ بريطانيا بحق الانسحاب من الآلية، وقالت إنها «…»": a feminine verb opening the sentence with a
        place the tagger found right after it, the place alone, has that place (its government) for subject; a
        feminine cue with no subject later in the sentence goes on with it, not with the woman quoted before
        (dspk60). Places were no narrated subject (``subject_from`` asks for a speaker word or a person or body)."""
        k = first
        while k < cue and (self.words[k] in AUXILIARIES or self.words[k] in ("و", "ف") or not self.is_word(k)):
            k += 1
        if k + 1 >= cue or not self.feminine_verb(k):
            return None
        eid = self.entity_starts.get(k + 1)
        end = next((e + 1 for e in range(k + 1, min(cue, k + 5)) if self.entity_ends.get(e) == eid), None)
        if eid is None or end is None or not self.place_alone(k + 1, end):
            return None
        return k + 1, end

    def feminine_verb(self, k: int) -> bool:
        """Whether token ``k`` reads as a verb of the third person feminine singular ("وتحتفظ"، "تعتزم"،
        "وأعلنت"): no speaker word, no name, a present with ت or a past ending in ت."""
        word = self.words[k]
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
        if lx.head_kind(word) or lx.head_kind(bare) or k in self.entity_starts or bare.startswith("ال"):
            return False
        return len(bare) >= 4 and (bare.startswith("ت") or bare.endswith("ت"))

    def clause_subject_before(self, first: int, k: int) -> tuple[int, int] | None:
        """"…، كما شكر العادي الجميع على جهودهم، وطالب بالمزيد": the subject of the last clause a
        particle opened in the sentence before the cue (not the sentence's first verb's)."""
        particles = lx.clause_words("break_particle")
        for m in range(k - 2, first, -1):
            if self.words[m] in particles and self.words[m - 1] in COMMAS:
                return self.sentence_subject(m + 1, k)
        return None


def relative_pronoun(word: str) -> bool:
    """"الذي", or "والذي" with its و ("…، والذي أفاد بأن …"): the tokens keep the conjunction on."""
    return word in lx.RELATIVES or (word[:1] == "و" and word[1:] in lx.RELATIVES)


def relative_agrees(word: str, form: CueForm) -> bool:
    """Whether a relative pronoun can be the subject of the verb after it: "الذي" a masculine singular
    verb, "التي" a feminine singular one (also a plural of things: "الدول التي أعلنت"), "الذين" a
    plural; the other relatives (the duals) are not checked."""
    pronoun = word[1:] if word not in lx.RELATIVES else word
    if pronoun == "الذي":
        return not form.plural and form.gender != "f"
    if pronoun == "التي":
        return not form.plural and form.gender != "m"
    if pronoun == "الذين":
        return form.plural
    return True
