"""Speakers: who each quote is attributed to.

:meth:`Speakers.resolve_speakers` goes through the candidates in text order, keeping the history of
speakers introduced so far: a quote's own speaker phrase (attached by :meth:`~Speakers.attach_np`)
becomes a :class:`~khabar.speech.candidates.Who` (:meth:`~Speakers.make_who`, with its entity, head,
gender and number), linked to the earlier speaker it refers back to (:meth:`~Speakers.link`,
:mod:`khabar.speech.antecedents`); a short or missing subject ("وأضاف", "مؤكدا") goes on with the
subject of the narration (:meth:`~Speakers.narrative_subject`), of a when-clause
(:meth:`~Speakers.when_clause_subject`), of the sentence, or the latest speaker that agrees with the
verb's gender and number. :meth:`~Speakers.first_reporters` gives quotes the outlet that "أول من
نشر" them.

Subject spans come from :mod:`khabar.speech.subjects` and :mod:`khabar.speech.phrases`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    AUXILIARIES,
    COMMAS,
    DASHES,
    KANA,
    PLURAL_HEADS,
    Candidate,
    Region,
    Who,
    _bare,
)
from khabar.speech.lexicon import CueForm
from khabar.speech.phrases import PHRASE_PREPOSITIONS, masdar_form
from khabar.speech.scan import QUOTE_CHARS

WHEN_CLAUSE = lx.clause_words("when_clause")  # "… عندما قال": the clause it opens depends on another
WHEN_PRONOUN = lx.clause_words("when_pronoun")  # "… وهو يقول": the same, with a single subject
WHEN_PRONOUN_GROUP = lx.clause_words("when_pronoun_group")  # "… وهم يقدمون": the same, with a group (dd42)
WHEN_BEFORE_AN = lx.clause_words("when_before_an")  # "بعد أن قال"
BUT_PRONOUN = lx.clause_words("but_pronoun")  # "… لكنه أعلن": the subject of the clause before
BUT_BEFORE_AN = lx.clause_words("but_before_an")  # "إلا أنها تؤكد"
SOURCE_NOUNS = lx.word_class("source_nouns")  # "مصدر", "مصادر": an unnamed source by its very noun
GROUP_PLURALS = lx.word_class("group_plurals")  # "آخرون": a plural that names no one
PRESS_WORDS = lx.word_class("press_words")  # "الصحافة", "الصحف": the press at large, no outlet named ("الإعلام السويدي")
PRESS_ADJECTIVES = lx.word_class("press_adjectives")  # "تقرير صحفي": a report of the press at large
BYLINE_WORDS = 8  # tokens of a first paragraph that may be a byline ("داليا أبوالعيش – عين اليوم")
LEDE_DESCRIPTIONS = lx.word_class("lede_descriptions")  # "مختص", "قاضية": an unnamed one the lede names later (desc60)
ROYAL_HONORIFICS = lx.word_class("royal_honorifics")  # "سموه": a prince, not whoever spoke last (lead49b)
ROYAL_TITLES = lx.word_class("royal_titles")  # "الأمير"، "سمو": before the name of one
ROYAL_CHAIN = ROYAL_TITLES | lx.word_class("royal_chain")  # "صاحب السمو الملكي الأمير": the whole title before the name
PAIR_WORDS = lx.word_class("pair_words")  # "الاثنان", "كلاهما": the two named together before (dq40b)
DOC_ADJECTIVES = lx.word_class("doc_adjectives")  # "دراسة جديدة": an adjective that names no author
STAT_NOUNS = lx.word_class("stat_nouns")  # "الإحصاءات الرسمية": plural data with no author named
SPOKESMAN_NOUNS = lx.word_class("spokesman_nouns")  # "متحدث باسم خفر السواحل": an indefinite spokesman
SPOKESMAN_LINKS = lx.word_class("spokesman_links")  # "المتحدث باسم مركز الملك سلمان": whom he speaks for follows (dq44c)
SPOKESMAN_NAME_WORDS = 2  # words after the one he speaks for that hold the spokesman's own name ("… رأفت الصباغ")
PRINCIPAL_LINKS = lx.word_class("principal_links")  # "فريق حملة دونالد ترامب": whose campaign, not who speaks (dq45a)
CROWD_PREPOSITIONS = lx.word_class("crowd_prepositions")  # "من بين المقتحمين": a group after it is no cry's subject (dq45b)
PATRON_LINKS = lx.word_class("patron_links")  # "مصادر مقربة من الرئيس هادي": the person the sources are close to
PARTITIVE_GROUPS = lx.word_class("noun_of_an_quantifiers")  # "جمعاً من المواطنين": a group a plural participle goes on with (ind48d)
COLLECTIVE_PEOPLE = lx.word_class("collective_people")  # "وتبادل الجميع التهاني …، سائلين": who the participle goes on with (ind48c)
GROUP_NOUNS = lx.word_class("group_nouns")  # "قوى برلمانية", "جموع غفيرة": an indefinite plural of bodies or people that names none of them
QUANTIFIER_HEADS = lx.word_class("quantifier_heads")  # "الكثير من الأطراف", "كثيرون", "بعضهم": an unnamed many or some
UNNAMED_PEOPLE = lx.word_class("unnamed_people")  # "عنصر أمن", "رجال الأمن", "الجماهير": people by role or crowd, for the flag only
NEWS_NOUNS = lx.word_class("news_nouns")  # "تشير تكهنات", "وأوضحت معلومات": word going round, no one named
RELAY_PRONOUNS = lx.word_class("relay_pronouns")  # "ونقلت صحيفة X عنه قوله": the one عنه points back to said it
AGREEMENT_VERBS = lx.word_class("agreement_verbs")  # "ويوافقه الرأي X", "وتتفق معها X": the one agreeing speaks next
GOVERNING_PARTICIPLES = lx.word_class("governing_participles")  # "القائمون على المركز": the head, not what it governs (ind50b)
AGREEMENT_OBJECTS = lx.word_class("agreement_objects")  # "الرأي", "معها": a verb of agreement's object before its subject
AGREEMENT_REACH = 30  # tokens a cue looks back for a verb of agreement in its sentence
PARTICIPLE_CLAUSE_LEADS = lx.clause_words("participle_clause")  # "…، في حين وصف X …، مؤكدا": words before a clause's verb
VERB_BEFORE_PARTICIPLE = 40  # tokens a participle looks back for the verb whose subject it goes on with
WHAT_SAID = lx.clause_words("what_said")  # "وهو ما أكده X، قائلا": "ما" before a verb with its object pronoun (dq42c)
WHAT_SAID_LEADS = lx.clause_words("what_said_lead")  # "وهو", "هذا": the pronoun before that "ما", the writer's words
NOUN_OF_AN_OPENERS = lx.word_class("noun_of_an_openers")  # "يذكر أن وزارة … أصدرت": the subject after أن
SOURCE_CLAUSE_LEADS = lx.clause_words("source_clause_lead")  # "لكن", "فإن": words before the subject of a clause a source reports (dq49a)
NARRATED_VERB_WORDS = 2  # words before the subject of an according-to's clause: its verb, a word before it (dq49a)
NARRATED_NAME_REACH = 8  # tokens of a title before the name of the person an according-to's clause narrates (dq49a)
REPORT_PLURALS = lx.word_class("report_plurals")  # "حسب التقارير": texts in the plural, no person's word (dq49a)
SOURCE_SUBJECT_SENTENCES = 3  # sentences after an according-to's a subjectless direct cue still goes on with its narrated person (dq49a)
ASKING_VERBS = lx.clause_words("asking_verb")  # "سألت قائد المجموعة": the writer asking someone by name (dq43d)
ASK_REACH = 60  # tokens a subjectless cue looks back, over the question, for the one the writer asked
ASK_SENTENCES = 3  # sentences back: the question's "؟" and "." may end two before the answer's own (dq43d)
IN_IT = lx.word_class("in_it_pronouns")  # "وأعلنت فيه …": في + a pronoun pointing back to a text or meeting
ISSUING_VERBS = lx.word_class("issuing_verbs")  # "أصدرت الوزارة مذكرة", "عقدت القاهرة مؤتمرا": its subject issues the text
ISSUED_WITH = lx.word_class("issued_with")  # "كان بعث بها القنصل …": the ب + pronoun before the subject
TEXTS_FROM = lx.word_class("texts_from")  # "برقية تهنئة من الرئيس X، أعرب فيها": a text whose author follows من
THEIR_ENDINGS = ("هما", "هم", "هن", "ها", "نا", "كم")  # "حالهم"، "أجهزتنا": a possessive pronoun not his (carry62)
# people nouns that with a possessive pronoun still name people ("والدها"، "زملاؤهم"، "أبناؤهم"، "أهاليهم"، "أحدهم"):
# not a thing of theirs (carry62)
PEOPLE_OF_THEIRS = (lx.clause_words("relation_person") | lx.word_class("unnamed_people") | lx.word_class("urged_people")
                    | lx.word_class("one_of_heads") | lx.word_class("plural_heads"))
ISSUER_STOPS = lx.word_class("issuer_stops")  # "ألقى X خلال الاستقبال كلمة": a circumstance that ends the issuer (dqc43)
ISSUER_TO_TEXT = 8  # tokens a verb of issuing's subject, with its circumstance, may hold before the text (dqc43)
TEXT_TO_FROM = 4  # words a text's noun may stand before its من ("خطاب تلقته الصحيفة أمس من …")
ISSUER_REACH = 30  # tokens a cue with فيه / فيها looks back in its sentence for the verb of issuing
ISSUER_BEFORE = 10  # words a subject written before its verb of issuing may have
PAIR_REACH = 60  # tokens a verb in the dual looks back for the two it goes on with (dqc43b)
# "قال صلى الله عليه وسلم: «…»": the blessing on the Prophet stands for the verb's subject (longest first)
PROPHET_BLESSINGS = tuple(sorted((tuple(p.split()) for p in lx.word_class("prophet_blessings")), key=len, reverse=True))
PROPHET_WORDS = lx.word_class("prophet_words")  # "رسول"، "النبي"، "رسوله": a word naming the Prophet before a blessing
PROPHET_AFTER = lx.word_class("prophet_after")  # "رسول الله"، "نبينا محمد"، "النبي الكريم": the rest of that name
BLESSING_BRACKETS = frozenset("-–(")  # "قال -صلى الله عليه وسلم-"، "قال (صلى الله عليه وسلم)"
# "قال تعالى: (…)": the words that praise God after a reporting verb stand for Him (clause_words.tsv
# ``scripture_epithet``), compared without the و of "وتعالى"، "وجل"، "وعلا"
SCRIPTURE_EPITHETS = lx.clause_words("scripture_epithet")
GOD_NAMES = lx.word_class("god_name")  # "الله" before the epithets: "الله سبحانه وتعالى"، "الله عز وجل"
EPITHET_DASHES = frozenset("-–(),،") | {"ــ", "ـ"}  # "ويقول الله ــ سبحانه وتعالى ــ في سورة الأنعام"
PAREN_SPEECH_LEADS = lx.clause_words("paren_speech_lead")  # "قال"، "فقال"، "يقول": a form of "to say" before the blessing


GROUP_OPENERS = lx.word_class("group_openers")  # "بعض المهتمين …", "عدد من المختصين …": an unnamed group (spk36)


class Speakers:
    """Speaker resolution over the candidates in text order; first reporters."""

    # --- speakers -----------------------------------------------------------------------

    def attach_np(self, cand: Candidate, a: int, b: int, form: CueForm | None, *, default: str, char_start: int | None = None) -> None:
        if b > a and char_start is None and form is not None and form.kind in ("verb", "participle") and self.preposition_opens(a):
            b = a  # "وأكد لجميع القوى …", "تقول للمسؤول:": whom or what it was said to, not who said it
        if b > a:
            cand.np = self.span(a, b)
            if char_start is not None and cand.np[0] < char_start < cand.np[1]:
                cand.np = (char_start, cand.np[1])  # "وفقا لمديرية …": the preposition belongs to the cue
            cand.np_tokens = (a, b)
            cand.resolve = "explicit"
        else:
            cand.resolve = default
        cand.form = cand.form or form

    def attach_region(self, cand: Candidate, region: Region) -> None:
        if region.via is not None and cand.via is None:
            cand.via, cand.via_target, cand.via_nominal = region.via, region.via_target, region.via_nominal
        cand.audience = cand.audience or region.audience
        cand.channel = cand.channel or region.channel
        cand.time = cand.time or region.time
        cand.anonymous_phrase = cand.anonymous_phrase or region.anonymous
        if region.chain is not None and cand.np is not None and cand.kind != "indirect":
            cand.via, cand.via_target = cand.np, cand.np
            cand.np_tokens = region.chain
            cand.np = self.span(*region.chain)

    def has_entity(self, span: tuple[int, int], types: tuple[str, ...] = ("PER", "ORG")) -> bool:
        s, e = self.x.original_span(*span)
        return any(m[0] < e and s < m[1] and m[3] in types for m in self.entities)

    def entity_for(self, span: tuple[int, int], tokens: tuple[int, int] | None = None) -> str | None:
        """The entity the speaker phrase names: a person anywhere in it ("وزير الخارجية عادل الجبير"),
        else an organisation or place that is the phrase's own head ("وزارة الصحة السودانية",
        "صحيفة السوداني"), never one that only qualifies an unnamed or titled head
        ("مسؤول في الأمم المتحدة", "قيادة العمليات المشتركة في العراق", "خبراء منظمة الصحة")."""
        if not self.entities:
            return None
        s, e = self.x.original_span(*span)
        inside = [m for m in self.entities if m[0] < e and s < m[1]]
        if not inside:
            return None
        persons = [m for m in inside if m[3] == "PER" and not (tokens is not None and (
            self.patron_person(m, *tokens) or self.adjective_mention(m, *tokens) or self.spokesman_principal(m, *tokens)
            or self.principal_person(m, *tokens)))]
        if len(persons) > 1:
            # "جون بينر، رئيس مجلس النواب، وعضو المجلس الجمهوري": a lone definite word the tagger took for a
            # person ("الجمهوري") is not whom the phrase names when a name stands beside it (dq38b)
            persons = [m for m in persons if not self.lone_definite(m)] or persons
        if persons:
            return max(persons, key=lambda m: (m[1], m[1] - m[0]))[2]
        if tokens is not None:
            a, b = tokens
            while a < b and (lx.head_kind(self.words[a]) == "honorific" or not self.is_word(a)):
                a += 1
            if a >= b or lx.head_kind(self.words[a]) in ("title", "anon", "pronoun"):
                return None
            # the name must begin the phrase or follow its head word ("صحيفة السوداني", "وكالة الأناضول"),
            # a quotation mark before it no word ("صحيفة «الحياة»", 'شركة "أبل"')
            lead_end = self.x.original_span(*self.span(a, min(b, self.next_word_after_marks(a + 1, b) + 1)))[1]
            inside = [m for m in inside if m[0] < lead_end]
            if not inside:
                return None
        if tokens is not None and lx.head_kind(self.words[a]) is None:
            # "قبائل يمنية"، "وسائل إعلام إيرانية": a nisba after a common noun says where the speakers are
            # from, it does not name them (after an institution it may: "السلطات السعودية")
            inside = [m for m in inside if (m[0], m[1]) not in self.nisba_spans]
        for types in (("ORG",), ("MISC", "LOC")):
            chosen = [m for m in inside if m[3] in types]
            if chosen:
                return max(chosen, key=lambda m: (m[1], m[1] - m[0]))[2]
        return None

    def next_word_after_marks(self, k: int, b: int) -> int:
        """The first token from ``k`` (before ``b``) that is not a quotation mark."""
        while k < b and set(self.x.token_text(k)) <= QUOTE_CHARS:
            k += 1
        return k

    def lone_definite(self, mention: tuple) -> bool:
        """Whether an entity mention is one definite word ("الجمهوري"، "الديمقراطي")."""
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        return (self.x.token_at(self.x.normalized_offset(mention[1] - 1)) == k and k < self.count
                and self.words[k].startswith(("ال", "وال")))

    def adjective_mention(self, mention: tuple, a: int, b: int) -> bool:
        """"بعض المهتمين في القطاع العقاري" against "محمد السعيدان المستثمر العقاري": inside an unnamed group
        (headed by بعض / عدد or an unnamed-source word), a one-word mention after a definite common noun is
        the adjective a person's name the tagger ran on over ends with, not that person (pass spk36)."""
        words = self.words
        if not (words[a] in GROUP_OPENERS or lx.head_kind(words[a]) == "anon"):
            return False
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        if not (a < k < b) or self.x.token_at(self.x.normalized_offset(mention[1] - 1)) != k:
            return False
        before, word = words[k - 1], words[k]
        if not (word.startswith("ال") and before.startswith("ال") and lx.head_kind(before) is None):
            return False
        # the same person is named elsewhere by a longer name that ends with this word
        return any(m[2] == mention[2] and m[1] - m[0] > mention[1] - mention[0]
                   and self.x.norm[self.x.normalized_offset(m[0]):self.x.normalized_offset(m[1])].split()[-1:] == [word]
                   for m in self.entities)

    def patron_person(self, mention: tuple, a: int, b: int) -> bool:
        """A person named inside a phrase that opens with an indefinite unnamed source, after a preposition
        (``patron_links``, ل / ب on a title or body before the name, or on a one-word name): whom the
        sources are close to, loyal to or work for ("مصادر مقربة من الرئيس هادي"، "مصادر عسكرية موالية
        لهادي"، "مسؤول في حكومة هادي"), not who speaks. Only titles, a body word in construct or a nisba
        after a title may stand between the preposition and the name: a name after a definite word, a
        place or a body the tagger found is the source himself ("مسؤول الإعلام بالوزارة محمد علي"، "متحدث
        الشرطة في جازان العقيد …")."""
        ks = [k for k in range(a, b) if self.is_word(k)]
        if not ks or self.words[ks[0]].startswith(("ال", "وال")) or lx.head_kind(self.words[ks[0]]) != "anon":
            return False
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        if k <= ks[0] or k >= b:
            return False
        token = self.x.original_span(*self.span(k, k + 1))
        if mention[0] > token[0] and self.words[k][:1] in ("ل", "ب"):
            return mention[1] <= token[1]  # "لهادي": the preposition written on a one-word name
        for j in range(k - 1, max(ks[0], k - 4), -1):
            word = self.words[j]
            if word in PATRON_LINKS:
                return True
            if self.has_entity(self.span(j, j + 1), ("LOC", "ORG", "PER")) and self.x.original_span(*self.span(j, j + 1)) not in self.nisba_spans:
                return False  # "متحدث الشرطة في جازان العقيد …": a place or body before the name
            bare = word[1:] if word[:1] in ("ل", "ب") and len(word) > 3 else None
            if bare is not None and bare.startswith("ل"):
                bare = "ال" + bare[1:]  # "للرئيس": ل took the article's alif
            if bare is not None and lx.head_kind(bare) in (("title", "honorific") if bare.startswith("ال") else ("title", "honorific", "org")):
                return True  # "للرئيس هادي"، "لحكومة هادي" (not "بالوزارة محمد علي": where he works)
            titled_nisba = word.endswith(("ي", "يه")) and any(
                lx.head_kind(self.words[t]) == "title" for t in range(max(ks[0], j - 2), j))  # "الرئيس السوري"
            if not (lx.head_kind(word) in ("title", "honorific") or not word.startswith("ال") or titled_nisba):
                return False  # a definite word that is no title: the name is in apposition to it
        return False

    def spokesman_principal(self, mention: tuple, a: int, b: int) -> bool:
        """A person named in the construct after a spokesman's "باسم" or ل / ب ("المتحدث الرسمي باسم مركز الملك
        سلمان للإغاثة … رأفت الصباغ"، "المتحدث الرسمي لمركز الملك سلمان …"، "المتحدث باسم الرئيس هادي"): whom he
        speaks for, or the name of the body he speaks for, never the spokesman — the speaker's entity was the
        King (dq44c) — when the phrase goes on after it to a name of two words or more, the spokesman's own.
        Between the link and the principal only titles, their nisbas and indefinite body words in construct may
        stand ("مركز"، "الملك"); after a definite word that is no title the name is the spokesman's own, in
        apposition ("الناطقة باسم الخارجية الإيرانية مرضية أفخم"، "الناطق باسم القوات الخاصة بالجيش العقيد ميلود
        الزوي"). A name that ends the phrase is left as before: it may be the spokesman's ("المتحدث باسم تنظيم أبو
        محمد العدناني"، "الناطقة باسم المبعوث الدولي جيسي شاهين") or the body's ("متحدث باسم قصر باكنغهام")."""
        ks = [k for k in range(a, b) if self.is_word(k) and lx.head_kind(self.words[k]) != "honorific"]
        if not ks or _bare(self.words[ks[0]]) not in SPOKESMAN_NOUNS:
            return False
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        after = self.x.token_at(self.x.normalized_offset(mention[1] - 1)) + 1
        if k <= ks[0] or sum(self.is_word(j) for j in range(after, b)) < SPOKESMAN_NAME_WORDS:
            return False  # "متحدث باسم قصر باكنغهام"، "المتحدث باسم تنظيم أبو محمد العدناني": no name after it
        for j in range(k - 1, max(ks[0], k - 5), -1):
            word = self.words[j]
            if word in SPOKESMAN_LINKS:
                return True  # "باسم مركز الملك سلمان"
            if word[:1] in ("ل", "ب") and len(word) > 3:
                bare = "ال" + word[2:] if word[1] == "ل" else word[1:]  # "للرئيس": ل took the article's alif
                kinds = ("title", "honorific") if bare.startswith("ال") else ("title", "honorific", "org")
                return lx.head_kind(bare) in kinds  # "لمركز الملك سلمان"، "للرئيس هادي" (not "بالجيش العقيد X")
            titled_nisba = word.endswith(("ي", "يه")) and any(
                lx.head_kind(self.words[t]) in ("title", "honorific") for t in range(max(ks[0], j - 2), j))  # "الرئيس اليمني"
            if not (lx.head_kind(word) in ("title", "honorific") or titled_nisba
                    or (lx.head_kind(word) == "org" and not word.startswith("ال"))):
                return False  # "الخارجية الإيرانية مرضية أفخم": his own name after the body
        return False

    def principal_person(self, mention: tuple, a: int, b: int) -> bool:
        """A person who ends the speaker phrase after a word of his following or his campaign
        (``principal_links``: "حملة"، "أنصار"، "مساعدي"، "بقيادة" …), only titles and their nisbas between:
        whose campaign, aides or backers speak, not who speaks ("أعلن فريق حملة دونالد ترامب أنه أقال …"،
        "وقال روبي مووك مدير حملة كلينتون"، "موقع «إيسكرا» … بقيادة لافازانيس"). Before,
        the phrase was linked to that person and, as his fullest mention, became the span of his own quotes (dq45a)."""
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        after = self.x.token_at(self.x.normalized_offset(mention[1] - 1)) + 1
        if k <= a or k >= b or any(self.is_word(j) for j in range(after, b)):
            return False  # the name opens the phrase, or words run on after it (perhaps his own name)
        for j in range(k - 1, max(a - 1, k - 4), -1):
            word = self.words[j]
            if word in PRINCIPAL_LINKS or (word[:1] in ("و", "ب", "ل") and word[1:] in PRINCIPAL_LINKS):
                return True  # in construct with the name; not "المشرف العام على الحملة مرعي البركاتي", his own
            titled_nisba = word.endswith(("ي", "يه")) and any(
                lx.head_kind(self.words[t]) in ("title", "honorific") for t in range(max(a, j - 2), j))
            if not (lx.head_kind(word) in ("title", "honorific") or titled_nisba):
                return False  # "محامي المعتقل محمد علان": another word before the name
        return False

    def refusal_in(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` hold a request not to be named: its verb (``anonymity_lead``: طلب، رفض،
        فضل …) with the hiding of a name or identity right after it ("فضل عدم ذكر اسمه"، "رفض الإفصاح عن هويته")."""
        leads = lx.marker_words("anonymity_lead")
        return any(self.words[k] in leads and self.anonymity_in(k + 1, min(self.count, k + 4)) for k in range(a, b))

    def asks_anonymity(self, cand: Candidate) -> bool:
        """Whether the speaker phrase of ``cand`` asks not to be named, after it or set off inside it."""
        return cand.anonymous_phrase or (bool(cand.np_tokens) and self.refusal_in(*cand.np_tokens))

    def lead_word(self, cand: Candidate) -> str:
        """The phrase's first word as its span reads it: where the span opens inside the word, after a
        preposition written on it that belongs to the cue or the verb ("ووفقا للمختصين"، "طبقا لمصدر"،
        "وسبق لوسائل إعلام أن ذكرت"), the word without it — with its article where the ل took the
        article's alif ("للمختصين" → "المختصين")."""
        a = cand.np_tokens[0]
        word = self.words[a]
        cut = cand.np[0] - self.x.starts[a] if cand.np is not None else 0
        if cut <= 0 or cut >= len(word) or word[0] not in "لب":
            return word
        if cut == 1 and word.startswith("لل") and len(word) > 4:
            return "ال" + word[2:]
        return word[cut:]

    def make_who(self, cand: Candidate) -> Who:
        a, b = cand.np_tokens
        words = [self.words[k] for k in range(a, b) if self.is_word(k)]
        lead = self.lead_word(cand)
        if words and self.is_word(a):
            words[0] = lead
        significant = frozenset(_bare(w) for w in words if w not in lx.NAME_PARTICLES and lx.head_kind(w) != "honorific" and len(w) > 1)
        head_word, head, head_as_written = "", None, ""
        for w in words:
            kind = lx.head_kind(w) or participle_head_kind(w)
            if kind in ("title", "anon", "org", "media", "doc", "pronoun"):
                head_word, head, head_as_written = _bare(w), kind, w
                break
        if not head_word:
            head_word = next((_bare(w) for w in words if lx.head_kind(w) != "honorific"), _bare(words[0]) if words else "")
        entity = self.entity_for(cand.np, cand.np_tokens)
        # a quoted word names the speaker ("ويدعى «أبو محمد»"), but not after a source noun, where it is
        # the outlet or body the sources are in ("مصادر «عكاظ»", "مصادر في «نزاهة»"); nor a quoted request not to
        # be named ("مسؤول سابق في الشركة "رفض الإفصاح عن هويته"", anon59)
        quoted_name = (head_word not in SOURCE_NOUNS or head != "anon") and not self.refusal_in(a, b)
        named = (entity is not None and any(m[2] == entity and m[3] == "PER" and not self.group_mention(m, a, b)
                                           and not self.spokesman_body(m, a, b) for m in self.entities)) or any(
            (quoted_name and k in self.open_at) or self.words[k] in ("يدعي", "ويدعي") for k in range(a, b)
        )
        # "عمار حداد، أحد أعضاء المجموعة": a name set off before the speaker word is named, untagged or not (ind55)
        named = named or self.name_before_title(a, b)
        anonymous = (head == "anon" and not named and lx.head_kind(words[0]) != "title") or cand.anonymous_phrase
        if not anonymous and not named:
            anonymous = self.names_no_one(cand, head, lead) or unnamed_people(words)
        if head == "anon" and words and words[0] in ("المتحدث", "المتحدثه"):
            anonymous = cand.anonymous_phrase
        # a request after a name written in the phrase hides only part of it ("الشيخ ياسر (م) … (تحفظ عن ذكر اسمه
        # الثاني)"): he stays named (anon59)
        if not anonymous and not (named and self.has_entity(cand.np, types=("PER",))):
            # the request set off inside the phrase by dashes or quotation marks ("رئيس تنفيذي لإحدى الشركات -
            # فضل عدم ذكر اسمه-"، "مسؤول سابق في الشركة "رفض الإفصاح عن هويته""), or right after a title ("وكيل
            # ملاحي تحفظ على ذكر اسمه"): unnamed all the same (anon59)
            anonymous = self.refusal_in(a, min(self.count, b + 2))
        form = cand.form
        # (a person's name may end like a sound plural: "بوتين"، "سيمون" are one man, lead42g)
        plural = bool(form and form.plural) or head_word in PLURAL_HEADS or (
            len(head_word) >= 5 and head_word.endswith(("ون", "ين")) and head in ("anon", None) and not named)
        # "وقال باحثون …، وتوقعوا": an unnamed source in the sound plural is a group; _bare has cut the
        # ending off head_word, so the word as written tells it
        plural = plural or (head == "anon" and head_as_written.endswith(("ون", "ين")))
        # "وطالب عدد من الراغبين …، كما طالبوا": a group, though its verb before it is singular
        plural = plural or (self.words[a] == "عدد" and a + 1 < b and self.words[a + 1] == "من")
        gender = form.gender if form else None
        if gender is None and head in ("org", "media", "doc") and not plural:
            gender = "f" if head_word.endswith(("ه", "ات")) else "m"  # "وكالة مهر" is not who "وأشار" refers to
        return Who(cand.np[0], cand.np[1], significant, head_word, head, anonymous, entity, gender, plural)

    def names_no_one(self, cand: Candidate, head: str | None, lead: str | None = None) -> bool:
        """Whether a speaker phrase with no name in it is an unnamed source by its words: "وقال
        المشاركون"، "ويقول قانونيون"، "ذكرت الصحافة الإيطالية"، "أظهرت دراسة جديدة" (see
        :meth:`unnamed_group`); a report with its author after it ("تقرير أخير لـ«هيومان رايتس ووتش»")
        is named."""
        a, b = cand.np_tokens
        if (head is None and self.group_noun(a, b, lead=lead)) or self.group_noun(a, b, QUANTIFIER_HEADS, lead=lead):
            return True
        if head not in (None, "anon", "title", "media", "doc") or not self.unnamed_group(a, b, head, lead=lead):
            return False
        ks = [k for k in range(a, b) if self.is_word(k)]
        if len(ks) == 1 and head in (None, "doc"):
            word = lead if lead is not None and ks[0] == a else self.words[ks[0]]
            word = word[1:] if word.startswith("و") and lx.head_kind(word) is None else word
            lone = not word.startswith("ال") and word not in STAT_NOUNS and (head == "doc" or word in NEWS_NOUNS)
            if lone and not self.text_alone(cand):
                return False
        return not (head == "doc" and (cand.via is not None or (b < self.count and self.words[b].startswith("ل"))))

    def text_alone(self, cand: Candidate) -> bool:
        """A one-word source ("دراسة"، "مسح"، "تكهنات") stands alone: its words follow it at once ("قالت
        دراسة إن …"، "وأظهر مسح تراجع …") — not cut off from a clause that names its author ("تغريدة
        طرحها الداعية …") — and the text nowhere gives it an author by its definite form ("التقرير
        الذي أصدرته «…»"، "القائمون على الدراسة من جامعة …": a name or quoted name within four
        tokens after it)."""
        a, b = cand.np_tokens
        start = self.x.token_at(cand.content[0]) if cand.content[0] < len(self.x.norm) else self.count
        if not (b <= start <= b + 2):
            return False
        word = self.words[a]
        stem = word[1:] if word.startswith("و") and len(word) > 4 and lx.head_kind(word) is None else word
        definite = {"ال" + stem, "وال" + stem, "بال" + stem, "لل" + stem}
        for k in range(self.count):
            if self.words[k] in definite and any(m in self.open_at or self.has_entity(self.span(m, m + 1))
                                                 for m in range(k + 1, min(k + 5, self.count))):
                return False
        return True

    def group_noun(self, a: int, b: int, nouns: frozenset[str] = GROUP_NOUNS, *, lead: str | None = None) -> bool:
        """The phrase opens with an indefinite plural of bodies or people ("قوى برلمانية عراقية"،
        "جموع غفيرة"، "شركات تكنولوجية"، "منظمات حقوق الإنسان"), or with ``nouns`` given, with one of
        them (a quantifier over people: "الكثير من الأطراف"، "كثيرون في …"، "بعضهم"), and names no one:
        no person or organisation tagged in it, no quoted name."""
        ks = [k for k in range(a, b) if self.is_word(k)]
        if not ks:
            return False
        word = lead if lead is not None and ks[0] == a else self.words[ks[0]]
        if word.startswith("و") and word[1:] in nouns:
            word = word[1:]
        return word in nouns and self.no_name_in(a, b, groups=True)

    def no_name_in(self, a: int, b: int, types: tuple[str, ...] = ("PER", "ORG"), *, groups: bool = False) -> bool:
        """No quoted name in tokens ``[a, b)`` and no entity of ``types`` tagged in them; with
        ``groups``, a person that is only an unnamed group (:meth:`group_mention`) does not count."""
        if any(k in self.open_at for k in range(a, b)):
            return False
        s, e = self.x.original_span(*self.span(a, b))
        return not any(m[0] < e and s < m[1] and m[3] in types and not (groups and m[3] == "PER" and self.group_mention(m, a, b))
                       for m in self.entities)

    def spokesman_body(self, mention: tuple, a: int, b: int) -> bool:
        """A person (any mention of it) the tagger found right after "باسم" in a phrase that opens with an indefinite
        spokesman ("متحدث باسم خفر السواحل"، "متحدثة باسم مقاتلين"): the body he speaks for, not
        his name (a name comes after the body: "متحدث باسم الجيش توكور غوساو")."""
        ks = [k for k in range(a, b) if self.is_word(k)]
        if len(ks) < 3 or self.words[ks[0]] not in SPOKESMAN_NOUNS or self.words[ks[1]] != "باسم":
            return False
        s, _ = self.x.original_span(*self.span(ks[2], ks[2] + 1))
        return any(m[2] == mention[2] and m[0] == s for m in self.entities)

    def group_mention(self, mention: tuple, a: int, b: int) -> bool:
        """A person the tagger found inside the phrase ``[a, b)`` that is only an unnamed group
        ("قانونيون"، "سكان محليون"، "ناشطون سوريون"): every word it covers indefinite, and an
        unnamed-source head or a plural relative adjective."""
        s, e = self.x.original_span(*self.span(a, b))
        if mention[0] < s or mention[1] > e:
            return False
        covered = []
        for k in range(a, b):
            ks, ke = self.x.original_span(*self.span(k, k + 1))
            if self.is_word(k) and ks < mention[1] and mention[0] < ke:
                covered.append(self.words[k])
        return bool(covered) and all(
            not w.startswith("ال") and (lx.head_kind(w) == "anon" or (len(w) >= 6 and w.endswith("يون"))) for w in covered)

    def unnamed_group(self, a: int, b: int, head: str | None, *, lead: str | None = None) -> bool:
        """The phrase names no one, by its first word: a sound masculine plural that is no name,
        definite ("المتعاملون"), a participle ("مراقبون"), a relative adjective ("قانونيون"،
        "أكاديميون") or a listed group word ("آخرون"); the press at large ("الصحافة اليونانية"،
        "صحف محلية"); or an indefinite text with no author, only adjectives after it ("دراسة
        جديدة"، "تقرير اقتصادي حديث") or alone ("قالت دراسة إن"، "وأظهر مسح"), or word going round
        alone ("تشير تكهنات إلى"، "وأوضحت معلومات أن"). A word inside an entity (a name such as "نيكسون", an outlet)
        is not one, unless the entity is itself only an unnamed group."""
        ks = [k for k in range(a, b) if self.is_word(k)]
        if not ks:
            return False
        k = ks[0]
        word = lead if lead is not None and k == a else self.words[k]
        genitive = word != self.words[k] and word.startswith("ال") and word.endswith("ين")
        if genitive:
            word = word[:-2] + "ون"  # "ووفقا للمتابعين": a plural after the cue's ل, in the genitive
        if word.startswith("و") and len(word) > 5 and (word[1:3] == "ال" or word[1] == "م" or lx.head_kind(word[1:])):
            word = word[1:]
        definite = word.startswith("ال")
        stem = word[2:] if definite else word
        if stem in STAT_NOUNS and head in (None, "doc"):
            # "الإحصاءات الرسمية"، "البيانات"، "الدراسات الحديثة": data with only adjectives after it, no
            # owner ("بيانات وزارة المالية") and no place or body tagged in it ("البيانات الأمريكية")
            return len(ks) <= 3 and self.no_name_in(a, b, ("PER", "ORG", "LOC", "MISC")) and all(
                self.words[j].startswith("ال") == definite and lx.head_kind(self.words[j]) is None
                and (self.words[j].endswith(("ي", "يه")) or self.words[j][2 if definite else 0:] in DOC_ADJECTIVES) for j in ks[1:])
        if head == "doc" and not definite and len(ks) > 1 and self.press_word(self.words[ks[1]]):
            # "تقرير صحفي نشر في ألمانيا"، "تقرير الصحف المملوكة للدولة": the press at large wrote it
            return self.no_name_in(a, b)
        if head == "doc":
            if definite or len(ks) > 3 or not self.no_name_in(a, b, ("PER", "ORG", "LOC", "MISC")):
                return False
            if len(ks) == 1:
                return True  # "قالت دراسة إن …"، "وأظهر مسح …": a text alone, no author and nothing said of it
            # every word after the text's own an adjective, one of them of time ("جديدة"، "حديث"): a
            # relative adjective alone may name the author ("بيان أوروبي")
            return any(self.words[j] in DOC_ADJECTIVES for j in ks[1:]) and all(
                not self.words[j].startswith("ال") and lx.head_kind(self.words[j]) is None
                and (self.words[j].endswith(("ي", "يه")) or self.words[j] in DOC_ADJECTIVES) for j in ks[1:])
        if stem in PRESS_WORDS:
            return self.no_name_in(a, b)
        if head is None and not definite and len(ks) == 1 and stem in NEWS_NOUNS:
            return self.no_name_in(a, b, ("PER", "ORG", "LOC", "MISC"))  # "تشير تكهنات إلى …"، "وأوضحت معلومات أن …"
        if head == "media" or not (stem in GROUP_PLURALS or (len(stem) >= 5 and stem.endswith("ون")
                                                            and (definite or stem.endswith("يون") or stem.startswith("م")))):
            return False
        s, e = self.x.original_span(*self.span(k, k + 1))
        return not any(m[0] < e and s < m[1] and not (m[3] == "PER" and self.group_mention(m, a, b)) for m in self.entities)

    @staticmethod
    def press_word(word: str) -> bool:
        """"صحفي"، "إعلامية"، "الصحف"، "الإعلام" after a report: the press at large, not an outlet by name."""
        stem = word.removeprefix("ال")
        return word in PRESS_ADJECTIVES or stem in PRESS_WORDS

    def resolve_speakers(self) -> None:
        history: list[Who] = []
        by_sentence: dict[int, Who] = {}
        self.said_in_sentence = by_sentence  # "وقال البيان" after "وقالت الوزارة في بيان" (stmt61)
        by_sentence_quote: dict[int, Candidate] = {}
        last_sentence = -1  # sentence of the last quote given a speaker
        quoted_only: set[int] = set()  # speakers named only inside someone else's words
        last_given: Candidate | None = None  # the last quote given a speaker (dq49a)
        texts_cited: set[int] = set()  # "وفي الحديث "…"": a text the writer cites, no one a later verb goes on with
        for cand in self.candidates:
            who = None
            # who a cue with no subject goes on with: never scripture someone cited ("قال النبي …"),
            # nor a source cited inside another speaker's words ("… مخيفة حسب الإحصائيات، مشددا")
            speakers = [w for w in history if not self.cited(w) and id(w) not in quoted_only
                        and not (cand.cue is not None and id(w) in texts_cited)]
            self.topic_subject(cand)
            self.masdar_speaker(cand)
            relayed = (self.prophet_subject(cand, history) or self.relayed_back(cand, speakers)
                       or self.issuer_over_text(cand, history))
            if relayed is not None:
                who = relayed
            elif cand.resolve == "previous":
                who = self.when_clause_subject(cand, speakers)
            if who is None and relayed is None and cand.resolve in ("previous", "sentence"):
                who = self.what_said_subject(cand, speakers)
            if who is None and relayed is None and cand.resolve in ("previous", "sentence"):
                who = self.agreeing_subject(cand, speakers)
            if who is None and relayed is None and cand.resolve in ("previous", "sentence"):
                who = self.asked_subject(cand, speakers)
            if who is None and cand.resolve == "sentence":
                who = self.issuer_of_text(cand, history)
            if who is None and cand.resolve in ("previous", "sentence") and not (cand.resolve == "sentence" and cand.sentence in by_sentence):
                who = self.narrative_subject(cand, last_sentence, speakers)
            if relayed is not None:
                pass  # the person an outlet relays, found above, is the speaker whatever the sentence says
            elif cand.resolve == "explicit" and cand.np is not None:
                local = self.make_who(cand)
                if self.no_speaker_phrase(cand, local):
                    # "…، كشف حالهم …"، "وعبر أجهزتنا الذكية …"، "وطالب بوقف …": no one speaks there; the
                    # speaker goes on, and so do the subjectless cues after it (carry62)
                    who = None if self.unmatched_feminine(speakers, cand.form) else _latest(speakers, cand.form)
                elif local.kind == "pronoun":
                    who = self.honoured_speaker(speakers, local.head, local.start) or self.entity_fallback(cand)
                elif (pair := self.pair_before(local, speakers)) is not None:
                    who = pair  # "وكتب الاثنان «…»": the two named together before (dq40b)
                else:
                    who = self.link(local, cand, history)
                    self.god_fuller_mention(who, cand)
            elif who is not None:
                pass
            elif cand.resolve == "sentence":
                # "…، مؤكدة أن …" after only men spoke: no fallback reads the gender, so none of them
                unmatched = self.unmatched_feminine(speakers, cand.form)
                who = (self.subject_of_verb_before(cand, history)
                       or self.embedded_subject(cand, by_sentence.get(cand.sentence), by_sentence_quote.get(cand.sentence), speakers)
                       or by_sentence.get(cand.sentence) or self.sentence_who(cand, speakers)
                       or self.titled_in_sentence(cand, speakers, relative=True)
                       or (self.feminine_subject_before(cand, history) if unmatched else
                           _latest(speakers, cand.form) or self.titled_in_sentence(cand, speakers) or self.entity_fallback(cand)))
            elif cand.resolve == "none":
                pass  # "وكما قيل: «…»": a saying, no one's words (lead38j)
            elif not self.unmatched_feminine(speakers, cand.form):
                who = _latest(speakers, cand.form) or self.sentence_who(cand, speakers) or self.entity_fallback(cand)
            if who is not None and relayed is None and last_given is not None and who is last_given.who:
                # "…، حسب التقارير. وقال: «…»": not the outlet or text, the person its clause narrates (dq49a)
                who = self.subject_under_source(cand, last_given, speakers) or who
            if (cand.resolve == "sentence" and self.feminine_participle(cand)
                    and (who is None or self.masculine_for_feminine(cand, who))):
                # "ونقلت صحيفة X عن الأب فونيس …، مشيرة إلى أن …": a feminine participle does not go on
                # with a man; the subject of the feminine verb before it in its sentence does (also when
                # no fallback took the man: "دخلت مصر على خط انتقاد … علي خامنئي …، ومشددة على …")
                who = self.feminine_subject_before(cand, history) or who
            if self.dual_verb(cand) and (who is None or not (self.joined_people(who) or self.joined_bodies(who))):
                # "وزارة الدفاع والجيش الاسرائيلي ردتا …، واكدتا أن «…»": a verb in the dual goes on with the two
                # joined by و before it, not the one speaker before them (dqc43b)
                who = self.pair_named_before(cand, history) or who
            if (cand.form is not None and cand.form.plural and (cand.form.kind == "participle" or cand.resolve == "previous")
                    and (who is None or not (who.plural or self.coordinated(who) or self.group_phrase(who)
                                      or (self.dual_verb(cand) and self.joined_bodies(who))))):
                # "… واستمع أعضاء الوفد لملاحظاتهم ووعدوا بإيجاد حلول": a plural verb with no subject
                # goes on with the group before it too
                who = self.plural_subject_before(cand, speakers) or who
            if who is not None and self.crier_unnamed(cand) and not self.crowd_of_sentence(cand, who):
                who = None
            if who is not None and cand.anonymous_phrase and not who.anonymous and who.entity not in self.person_ids:
                who.anonymous = True  # not a person named before, whose quotes would all turn anonymous (anon59)
            cand.who = who
            if cand.via is None and cand.form is not None and cand.form.kind == "participle":
                # "وقال X لـ«عكاظ» إن …، مبيناً أن …": the participle goes on with the same statement
                before = by_sentence_quote.get(cand.sentence)
                if before is not None and before.who is who and before.via is not None:
                    cand.via, cand.via_target, cand.via_nominal = before.via, before.via_target, before.via_nominal
            by_sentence_quote[cand.sentence] = cand
            if who is not None and not cand.relay:
                history = [w for w in history if w is not who] + [who]
                inner = self.inside_other_quote(cand)
                if inner and all(w is not who for w in speakers):
                    quoted_only.add(id(who))
                elif not inner:
                    quoted_only.discard(id(who))
                if cand.cited_text:
                    texts_cited.add(id(who))  # "…، وفي الحديث "…". وشدد على أن …": the preacher goes on
                if not self.cited(who) and id(who) not in quoted_only and id(who) not in texts_cited:
                    # "…، قال تعالى: (…) مؤكداً أن": the preacher goes on, not scripture
                    by_sentence[cand.sentence] = who
                last_sentence = max(last_sentence, cand.sentence)
                last_given = cand

    def no_speaker_phrase(self, cand: Candidate, who: Who) -> bool:
        """Whether the phrase read as the subject of ``cand``'s verb cannot speak (carry62): no entity, no
        speaker head (title, unnamed source, body, outlet, text), no quoted name, and its first word is a
        preposition (``phrase_prepositions``: "في"، "عبر"، "حول"), or a noun with a possessive pronoun that
        names no person ("كشف حالهم"، "عبر أجهزتنا الذكية": a thing of theirs or ours; not a relative, a
        colleague, "بعضهم"، "كلاهما", nor a verbal noun or a plural in ات that may be a text, "اعترافاتهم")."""
        if cand.np_tokens is None or who.entity is not None or who.kind is not None or who.anonymous:
            return False
        if cand.kind == "according_to" or (cand.form is not None and "source" in cand.form.flags):
            return False  # "حسب اعترافاتهم"، "وجاء في لسان العرب": the preposition is the cue's own, its noun the source
        a, b = cand.np_tokens
        if not self.is_word(a) or a in self.entity_starts or cand.np[0] != self.x.starts[a]:
            return False
        if any(k in self.open_at or self.has_entity(self.span(k, k + 1), types=("PER", "ORG", "LOC", "MISC"))
               for k in range(a, b)):
            return False
        word = self.words[a]
        if word in PHRASE_PREPOSITIONS or (word[:1] == "و" and word[1:] in PHRASE_PREPOSITIONS and not self.governor_written(a)):
            return True  # (not "والي", a governor, dq48a)
        # (not a word with ب the clitic lexicon splits, "وطالب بوقف …"، "قالت بكثير من الحماس": as often a name
        # it splits too, "وقال بلان للصحفيين «…»"، "وتابع بتري", 3 right and 6 wrong in the corpus check)
        return self.thing_of_theirs(a)

    def thing_of_theirs(self, k: int) -> bool:
        """Whether token ``k`` is a noun with a possessive pronoun other than his ("حالهم"، "أجهزتنا"،
        "سياستها") that no speaker head, relative or people noun makes a person, nor a verbal noun."""
        written = self.original_word(k)
        if written.startswith(("و", "ف")) and len(written) > 4 and lx.head_kind(self.words[k]) is None:
            written = written[1:]  # "فمنهم من": the preposition's pronoun, left below by its short stem
        ending = next((e for e in THEIR_ENDINGS if written.endswith(e)), None)
        if ending is None or len(written) - len(ending) < 3 or written.startswith(("ال", "لل")):
            return False
        stem = lx.norm(written[: -len(ending)])
        if ending == "نا" and stem.endswith(("ا", "ي", "و")):
            return False  # "عيانا"، "أمينا"، "نسابيمانا": an adverb, an adjective or a name, not "ours"
        if stem.endswith("ات"):
            return False  # "وأشارت حساباتهما"، "كشفت اعترافاتهم": their texts or figures may speak
        word = self.words[k][1:] if self.words[k][:1] in ("و", "ف") and lx.head_kind(self.words[k]) is None else self.words[k]
        if lx.head_kind(word) is not None or word in QUANTIFIER_HEADS or word in PAIR_WORDS:
            return False  # "بعضهم"، "كلاهما": some or both of them speak
        if stem.endswith("ا") and stem[:-1] + "ي" in PEOPLE_OF_THEIRS:
            return False  # "إحداهن": one of them
        bare = stem[:-1] + "ه" if stem.endswith("ت") else stem
        # a body of theirs speaks ("أجهزتها الأمنية"); one of ours, in the writer's own words, does not
        # ("وعبر أجهزتنا الذكية"): only a person's head keeps "نا"
        kinds = ("title", "honorific", "anon", "pronoun") if ending == "نا" else None
        heads = (lx.head_kind(stem), lx.head_kind(bare), participle_head_kind(stem))
        if any(h is not None and (kinds is None or h in kinds) for h in heads):
            return False
        if stem in PEOPLE_OF_THEIRS or bare in PEOPLE_OF_THEIRS:
            return False
        return not masdar_form(stem) and not stem.endswith(("ون", "ين", "و"))

    def crier_unnamed(self, cand: Candidate) -> bool:
        """A verb of crying out with no subject of its own (flag ``chant``: "وهتفوا «…»"، "وهم يهتفون «…»"،
        "الذين هتفوا: «…»") names no one: the crowds and passers-by who cry out are seldom anyone quoted, and
        read back they were the journalist quoted sentences before ("هلّل العرب وصاحوا «يحيا العدل»"), the
        residents who report the cry ("وذكر مقيمون بالقرية أنه … ظهر جنود روس … ويصرخون: «أنقذونا!»"), the man
        the chanter pushed ("دفع الفرنسي سليمان سيلا من القطار وهو يهتف") or the leader his supporters cheer
        ("وقف حبري وسط تصفيق مؤيديه الذين هتفوا"). Only a subject written with the verb is the speaker (dd42), or
        since dq45b the group its own sentence made subject (:meth:`crowd_of_sentence`)."""
        return cand.form is not None and "chant" in cand.form.flags and cand.np is None

    def crowd_of_sentence(self, cand: Candidate, who: Who) -> bool:
        """A plural cry with no subject of its own ("وهم يهتفون «…»"، "وهتفوا «…»") goes on with a group of
        people the narration made the subject of the cry's own sentence, before it ("وظهر المعتصمون في مقطع
        فيديو … وهم يهتفون"، "واستقبل الفلسطينيون جثمانه … وساروا به … وهم يهتفون"), as the gold gives the
        chant to "المعتصمون" (dev 2015-08-10#715) — not a group that only reports (the subject of a reporting
        verb: "وذكر مقيمون … أن جنودا … ويصرخون") or a preposition's object ("من بين المقتحمين"), nor one of a
        sentence before (dd42 left every such cry unnamed: read back across sentences it met the journalist
        quoted before) (dq45b)."""
        if cand.form is None or not cand.form.plural or who.end <= who.start or not (who.plural or self.group_phrase(who)):
            return False
        first = self.x.token_at(who.start)
        anchor = self.x.token_at(cand.cue[0]) if cand.cue is not None else self.x.token_at(cand.content[0])
        if first >= anchor or self.x.sentence[first] != self.x.sentence[anchor]:
            return False
        if first and (self.words[first - 1] in lx.PREP_WORDS or self.words[first - 1] in CROWD_PREPOSITIONS):
            return False  # "وبرز من بين المقتحمين … الوزير X الذي لاحقه المصلون وهم يرددون": a preposition's object
        return not any(m in self.cues for m in range(max(0, first - 2), first))

    def unmatched_feminine(self, history: list[Who], form: CueForm | None) -> bool:
        """A feminine singular verb or participle with no subject of its own after speakers that are
        all masculine ("قال الوزير … وأكدت أن …"): its subject is one the narration names (found, if
        at all, before the fallbacks), not the last man quoted — :func:`_latest` would give him for
        want of an agreeing speaker, and the fallbacks after it read no gender. A speaker whose phrase
        opens with a feminine noun agrees though its verb was masculine ("وذكر المتطوعات في الركن …
        وأشارت"، "وبحسب المشرفة العامة …، وذكرت"). A masculine or plural verb still falls back to the
        last speaker (a body's spokesman: "قالت وزارة الدفاع … وأضاف"; "وأضافوا" after a group named
        with a singular verb)."""
        if form is None or form.gender != "f" or form.plural or not history:
            return False
        return all(who.gender not in (None, "f") and not self.feminine_phrase(who) for who in history)

    def feminine_phrase(self, who: Who) -> bool:
        """Whether the speaker phrase opens with a feminine noun: definite or a speaker word, ending in
        ة or the plural ات ("المتطوعات"، "المشرفة"، "مديرة المدرسة")."""
        words = self.x.norm[who.start:who.end].split()
        if not words:
            return False
        first = words[0][1:] if words[0].startswith("و") and len(words[0]) > 4 else words[0]
        return len(first) > 4 and first.endswith(("ه", "ات")) and (first.startswith("ال") or lx.head_kind(first) is not None)

    def relayed_back(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"ونقلت صحيفة X عنه قوله «…»" / "ونقلت وكالة X عنه القول إن «…»": the one عنه (عنها، عنهم)
        points back to — the last speaker of that gender and number — said the words; the outlet
        relayed them (the via). Before, the verbal-noun quote took the sentence's subject, the outlet,
        and the verb's quote an empty phrase (the pronoun's own span)."""
        if cand.kind != "direct" or cand.cue is None:
            return None
        k = self.x.token_at(cand.cue[0])
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        if cand.form is None and cand.np is None and k > 0 and self.words[k - 1] in RELAY_PRONOUNS:
            pronoun = k - 1  # "عنه قوله"
            verb = self.relay_verb(pronoun, first)
            if verb is None:
                return None
            self.relay_via(cand, verb, pronoun)
        elif (cand.form is not None and cand.form.lemma == "نقل" and cand.np_tokens is not None
              and cand.np_tokens[0] == cand.np_tokens[1] and self.words[cand.np_tokens[0]] in RELAY_PRONOUNS):
            pronoun = cand.np_tokens[0]  # the region's chain: "ونقلت الوكالة عنه القول"
        else:
            return None
        word = self.words[pronoun]
        plural, gender = word.endswith(("هم", "هما", "هن")), ("f" if word.endswith(("ها", "هن")) else "m")
        for who in reversed(history):
            if who.gender in (None, gender) and (who.plural or self.coordinated(who) or self.group_phrase(who)) == plural:
                return who
        return None

    def topic_subject(self, cand: Candidate) -> None:
        """"أما X فيقول …", "أما X فقد أكد …" (:meth:`~khabar.speech.subjects.Subjects.fronted_topic`):
        X is the verb's subject. A phrase read before the verb was cut short (at a dash aside, or six
        words back); one read after it is the verb's object ("فقد برر محاسبة الخليل بأنه …"), unless
        it opens with a speaker word, a name or a quoted name ("أما الحكومة فقال متحدث باسمها …")."""
        if cand.cue is None or cand.form is None or cand.kind not in ("direct", "indirect"):
            return
        cue = self.x.token_at(cand.cue[0])
        span = self.fronted_topic(cue)
        if span is None and cand.resolve != "explicit":
            span = self.resumed_topic(cue)  # "وبالعودة إلى X، قال …" (ret58)
        if span is None:
            return
        if cand.resolve == "explicit" and cand.np_tokens is not None and cand.np_tokens[0] > cue:
            s = cand.np_tokens[0]
            if lx.head_kind(self.words[s]) is not None or s in self.open_at or self.has_entity(self.span(s, s + 1)):
                return
        cand.np, cand.np_tokens, cand.resolve = self.span(*span), span, "explicit"

    def masdar_speaker(self, cand: Candidate) -> None:
        """"ويخلص الكاتب إلى القول إن …", "ودفع ذلك المحللين إلى القول بأن …": a verbal noun of speech
        after إلى speaks for the subject (or the object) of the verb before إلى
        (:meth:`~khabar.speech.subjects.Subjects.masdar_subject`), not for the last speaker."""
        if cand.cue is None or cand.form is None or cand.kind not in ("direct", "indirect"):
            return
        cue = self.x.token_at(cand.cue[0])
        if cue >= self.count or self.words[cue] not in lx.speech_masdars():
            return
        span = self.masdar_subject(cue)
        if span is not None:
            cand.np, cand.np_tokens, cand.resolve = self.span(*span), span, "explicit"

    def cue_in_sentence(self, cand: Candidate) -> tuple[int, int, set[int]] | None:
        """For the searches that walk back from a quote's cue within its sentence: the cue's token, the
        sentence's first token, and where every other quote's cue starts (a walk stops at one: that quote's
        speaker goes on); ``None`` for a quote with no cue."""
        if cand.cue is None:
            return None
        k = self.x.token_at(cand.cue[0])
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        return k, first, {other.cue[0] for other in self.candidates if other is not cand and other.cue is not None}

    def agreeing_subject(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"…، ويوافقه الرأي المواطن X داعيا إلى …", "وتتفق معها X -موظفة- وتذكر أن …", "ووافقتها الرأي
        الفنانة X التي … وقالت: «…»": a verb of agreeing with the one quoted before, its object ("الرأي"،
        "معها", a pronoun on it) written before its subject, brings in a new speaker — the cue with
        no subject after it in the same sentence is that subject's, not the last speaker's (nor the
        sentence's first subject). Before, the subject was not read past the object ("الرأي X" at
        best) and the cue went on with the one agreed with."""
        walk = self.cue_in_sentence(cand)
        if walk is None:
            return None
        k, first, cue_starts = walk
        words = self.words
        for m in range(k - 1, max(first, k - AGREEMENT_REACH), -1):
            if self.x.starts[m] in cue_starts:
                return None  # another attribution between: its speaker goes on
            if words[m] not in AGREEMENT_OBJECTS or not self.agreement_verb(words[m - 1]):
                continue
            s = m + 1
            while s < k and words[s] in AGREEMENT_OBJECTS:
                s += 1  # "يشاطرها الرأي", "يتفق معه الرأي"
            span = self.subject_from(s, k)
            if span is None or not (self.has_entity(self.span(*span), types=("PER", "ORG"))
                                    or lx.head_kind(words[span[0]]) in ("title", "honorific", "org", "media")):
                return None
            gender = cand.form.gender if cand.form else None
            if not self.agrees(span, gender):
                return None
            return self.subject_who(span, history)
        return None

    @staticmethod
    def agreement_verb(word: str) -> bool:
        """Whether ``word`` is a verb of agreement, its conjunction and object pronoun read off."""
        forms = [word] + ([word[1:]] if word[:1] in ("و", "ف") and len(word) > 4 else [])
        for form in forms:
            if form in AGREEMENT_VERBS or any(form.endswith(s) and form[: -len(s)] in AGREEMENT_VERBS for s in lx.PRONOUN_SUFFIXES):
                return True
        return False

    def embedded_subject(self, cand: Candidate, speaker: Who | None, before: Candidate | None, history: list[Who]) -> Who | None:
        """"وأضافت الوكالة أن الشيخ صباح الأحمد رحب بتنمية التعاون …، مؤكدا ضرورة …": a participle
        whose gender is not that of the sentence's ``speaker`` goes on with the one that speaker
        reported as acting — the speaker of the quote nested last in the sentence (``before``), or
        else the named subject opening the reported clause — when it agrees with the participle."""
        form = cand.form
        if (speaker is None or before is None or form is None or form.kind != "participle" or form.plural
                or form.gender is None or speaker.gender in (None, form.gender) or cand.cue is None):
            return None
        if before.who is not None and before.who is not speaker and before.who.gender == form.gender and not self.cited(before.who):
            return before.who
        k, cue = self.x.token_at(before.content[0]), self.x.token_at(cand.cue[0])
        if k >= cue or cue >= self.count:
            return None
        span = self.subject_from(k, cue)
        if span is None or not self.has_entity(self.span(*span), types=("PER", "ORG")) or not self.agrees(span, form.gender):
            return None
        return self.subject_who(span, history)

    def subject_of_verb_before(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"حيث أكد حسين العلي، من المنطقة الشرقية، موضحا أن …", "أشار خالد الفاخري المتحدث الرسمي
        قائلا: «…»": a reporting verb whose subject is a named person but whose words come only in the
        participle after it (no quote of its own) has that person speak through the participle — the
        nearest verb before the participle in its sentence, with no other quote's cue between, and
        agreeing with it. Before, the participle went on with the sentence's or the last speaker."""
        form = cand.form
        if form is None or form.kind != "participle" or (walk := self.cue_in_sentence(cand)) is None:
            return None
        k, first, cue_starts = walk

        def stops(m: int) -> bool:
            # another quote's cue, or the nearest reporting verb; a cue of another kind is walked past
            return self.x.starts[m] in cue_starts or (m in self.cues and self.cues[m].kind == "verb")

        # "…، في حين وصف رئيس المجلس محمد الناصر القرار بالتاريخي، مؤكدا أن …": no reporting verb on the
        # way back, but the clause names the one the participle goes on with (quotes pass q60)
        found, m = self.comma_clause_search(cand, k, first, history, stops=stops)
        if found is not None or m is None:
            return found
        if self.x.starts[m] in cue_starts:
            return None  # "وقال الوزير إن …، مؤكدا": the verb has its own quote, whose speaker goes on
        verb, at = self.cues[m], self.x.starts[m]
        if verb.person != 3 or self.in_quoted_words(at):
            return None  # a verb inside someone's words is not the narration's
        end = self.subject_end(m + 1, k, verb)
        if end > m + 1 and form.plural and self.plural_people(m + 1):
            # "…، فيما طالب المتضررون من الجهات المختصة …، مؤكدين": a group of people, its phrase read
            # as the verb's subject is read everywhere (quotes pass q60)
            return self.subject_who((m + 1, end), history)
        if end <= m + 1 or not self.has_entity(self.span(m + 1, end), types=("PER",)):
            return None
        if not self.agrees((m + 1, end), form.gender) or (not form.plural and self.sound_plural_people(m + 1)):
            return None
        return self.subject_who((m + 1, end), history)

    def asked_subject(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"سألت قائد المجموعة: ما الشعور …؟ أجاب: «…»", "وسألت رزق: «…». فقال لي: «…»": a cue with no
        subject of its own, a few sentences at most after the writer asked someone by name (``asking_verb``
        in clause_words.tsv, the one asked right after it), with no other cue between, is the answer of the
        one asked — not the last speaker quoted (dq43d). Not "سألته" (a pronoun: the speaker goes on as
        before) nor "سألت عن …" (no one named)."""
        if cand.cue is None:
            return None
        k = self.x.token_at(cand.cue[0])
        if k >= self.count:
            return None
        gender = cand.form.gender if cand.form else None
        sid = self.x.sentence[k]
        for m in range(k - 1, max(0, k - ASK_REACH) - 1, -1):
            if m in self.cues or self.x.sentence[m] < sid - ASK_SENTENCES:
                return None  # someone else's words between, or too far back: the question is not this answer's
            if self.words[m] not in ASKING_VERBS:
                continue
            if self.in_quotation(self.x.starts[m]):
                return None  # "«… سألت سيد حسيني، فابتسم ولم يجب». ويضيف": the speaker's own story, he goes on
            a = m + 1
            if a >= k or not self.subject_like(a) or self.words[a] in lx.PREP_WORDS:
                return None
            end = min(self.parse_np(a, k), a + 6)
            if end <= a or not self.agrees((a, end), gender, own_verb=False) or not self.asked_one(m, (a, end)):
                return None
            own_first, _ = self.x.sentence_bounds(k)
            if any(self.is_word(j) and self.subject_like(j) for j in range(max(end, own_first), k)):
                return None  # "فسألنا أحد المارة …، فأجابنا …. لم يقتنع "عدنان" بهذه المحاولة وقال": a subject of its own
            return self.subject_who((a, end), history)
        return None

    def asked_one(self, verb: int, span: tuple[int, int]) -> bool:
        """Whether the phrase after an asking verb is the one asked: always after "سألنا" (we asked); after
        "سألت" (I asked, or she asked) only a man, who cannot be the subject of "she asked" ("وسألت نادية
        بصوتها: «…»": Nadia asks) (dq43d)."""
        return self.words[verb].lstrip("وف") != "سالت" or self.agrees(span, "m", own_verb=False)

    def what_said_subject(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"…، وهو ما أكده عادل الجبير، قائلا: «…»", "وهو ما أكده X الذي أشاد بـ…، وقال «…»" (dq42c): "ما"
        and a reporting verb with its object pronoun (no cue: its object is what the narration told
        before) name, right after the verb, the person a cue with no subject of its own goes on with
        in that sentence — not the last speaker quoted. Only after a pronoun that points back at what
        was told ("وهو"، "هذا": the writer's words, even where a quote's content ran on over them), and
        only one person (a name the tagger found, or a title; no group) that agrees with the cue, with
        no other quote's cue between."""
        walk = self.cue_in_sentence(cand)
        if walk is None:
            return None
        k, first, cue_starts = walk
        for m in range(k - 1, max(first, k - VERB_BEFORE_PARTICIPLE), -1):
            if self.x.starts[m] in cue_starts:
                return None  # "وقال الوزير إن …، مؤكدا": the quote before has its own speaker
            if (self.words[m - 1] not in WHAT_SAID or m < first + 2 or self.words[m - 2] not in WHAT_SAID_LEADS
                    or self.pointed_back_verb(m) is None):
                continue  # ("لكن ما قاله المسؤولون … يؤكد أن …": the clause is the subject of a verb of its own)
            end = self.parse_np(m + 1, k)
            span = (m + 1, end)
            person = self.has_entity(self.span(*span), types=("PER",)) or lx.head_kind(self.words[m + 1]) in ("title", "honorific")
            if end <= m + 1 or not person or self.sound_plural_people(m + 1) or _bare(self.words[m + 1]) in PLURAL_HEADS:
                return None
            gender = cand.form.gender if cand.form else None
            return self.subject_who(span, history) if self.agrees(span, gender) else None
        return None

    def pointed_back_verb(self, m: int) -> CueForm | None:
        """The reporting verb at token ``m`` written with an object pronoun ("أكده", "قالته", "ذكرها"):
        a past verb of the third person, its subject after it."""
        word = self.words[m]
        for suffix in ("ها", "ه"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                form = lx.cue_forms().get(word[: -len(suffix)])
                if form is not None and form.kind == "verb" and form.person == 3 and not form.prefix and form.tense == "past":
                    return form
        return None

    def comma_clause_search(self, cand: Candidate, k: int, first: int, history: list[Who], *,
                            stops: Callable[[int], bool]) -> tuple[Who | None, int | None]:
        """Quotes pass q60's one backward search, for a participle at token ``k`` of the sentence
        starting at ``first``: from ``k - 1`` back over at most VERB_BEFORE_PARTICIPLE tokens, the
        subject named in the nearest clause the sentence opened after a comma with a verb that is no
        cue (:meth:`opens_comma_clause`, :meth:`named_clause_subject`). The caller says where the
        search ends: at the first token ``stops`` accepts (:meth:`subject_of_verb_before`: another
        quote's cue or a reporting verb, whose subject it then reads; :meth:`narrative_subject`: any
        cue). Returns ``(subject, None)`` when found, ``(None, m)`` when stopped at token ``m``, and
        ``(None, None)`` when nothing was found (or ``cand`` is no participle)."""
        if cand.form is None or cand.form.kind != "participle":
            return None, None
        for m in range(k - 1, max(first, k - VERB_BEFORE_PARTICIPLE) - 1, -1):
            if stops(m):
                return None, m
            if m not in self.cues and self.opens_comma_clause(m, first):
                found = self.named_clause_subject(cand, m, k, history)
                if found is not None:
                    return found, None
        return None, None

    def opens_comma_clause(self, m: int, first: int) -> bool:
        """Whether token ``m`` is the verb of a clause opened after a comma, past the words that may
        stand before it ("، في حين وصف"، "، فيما طالب"، "، نشر"): a plain word, not a noun with the
        article, a preposition, a speaker word or a name (``participle_clause`` in clause_words.tsv)."""
        word = self.words[m]
        if (not self.is_word(m) or not word.isalpha() or len(word) < 3 or word.startswith(("ال", "وال"))
                or word in lx.PREP_WORDS or word in PARTICIPLE_CLAUSE_LEADS or lx.head_kind(word) is not None
                or self.has_entity(self.span(m, m + 1))):
            return False
        p = m - 1
        while p > first and self.words[p] in PARTICIPLE_CLAUSE_LEADS:
            p -= 1
        return p > first and self.words[p] in COMMAS

    def named_clause_subject(self, cand: Candidate, m: int, k: int, history: list[Who]) -> Who | None:
        """The person named right after the clause verb at token ``m`` (a title before the name
        allowed: "رئيس المجلس محمد الناصر"), when that clause is the narration's — not inside
        someone's quoted words — and the person agrees with the participle at token ``k``."""
        if self.in_quoted_words(self.x.starts[m]):
            return None
        form = cand.form
        if form is None:
            return None
        if form.plural:
            # "…، فيما اعتصم المتضررون أمام المقر، مؤكدين": a group of people for a plural participle
            span = self.subject_from(m + 1, k) if self.plural_people(m + 1) else None
            return self.subject_who(span, history) if span is not None else None
        end = self.person_opens(m + 1, k)
        if end is None or end <= m + 1 or not self.agrees((m + 1, end), form.gender):
            return None
        return self.subject_who((m + 1, end), history)

    def issuer_over_text(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"وقد ألقى خادم الحرمين الشريفين … كلمة قال فيها «…»", "وأصدرت مور (52 عاما) بيانا قالت فيه: «…»",
        "وأصدر نادي الشباب بيانًا رسميًا …، وأضافت إدارة …": a direct quote whose verb, followed by فيه /
        فيها, has no subject, or has for subject the clause that issued the text ("أصدرت جامعة تبوك بيانا
        صحفيا أوضحت فيه …", any kind), speaks for the issuer :meth:`issuer_of_text` finds — whatever the
        sentence or the last speaker says. Where none is found, the quote is read as before (s43 dqc43)."""
        if cand.cue is None or cand.form is None or cand.form.kind != "verb":
            return None
        if cand.np is None:
            if cand.kind != "direct" or cand.resolve != "previous":
                return None
        elif not (cand.resolve == "explicit" and self.issuing_clause(cand.np_tokens)):
            return None
        return self.issuer_of_text(cand, history, own_subject=False)

    def issuing_clause(self, span: tuple[int, int]) -> bool:
        """Whether a speaker phrase is the clause that issued a text: a verb of issuing opens it, or
        stands in it, and an indefinite text closes it ("أصدرت جامعة تبوك بيانا صحفيا")."""
        a, b = span
        verb = any(self.issuing_verb(m) for m in range(a, min(b, a + ISSUER_BEFORE)))
        return verb and any(self.issued_text(m) for m in range(max(a + 1, b - 2), b))

    def issuer_of_text(self, cand: Candidate, history: list[Who], *, own_subject: bool = True) -> Who | None:
        """"وعقدت القاهرة مؤتمرا … وأعلنت فيه …", "أصدرت وزارة الداخلية … مذكرة توضح فيها …", "بث الفرع …
        تسجيل فيديو يهدد فيه …": a reporting verb with no subject, followed by فيه / فيها, speaks in the
        text, speech or meeting its sentence had someone issue or hold just before — that someone is the
        speaker: the subject of the nearest verb of issuing before the cue in its sentence, written after
        it or, when its object or a circumstance follows it, before it (after كان / أن or opening the
        sentence). Before, the cue went on with the sentence's first named phrase or the last speaker
        ("إعلان القاهرة", "تل أبيب", the president quoted before)."""
        form = cand.form
        if form is None or form.kind != "verb" or cand.cue is None or (own_subject and cand.np is not None):
            return None
        k = self.x.token_at(cand.cue[0])
        if k + 1 >= self.count or self.words[k + 1] not in IN_IT:
            return None
        first, _ = self.x.sentence_bounds(k)
        cues = {other.cue[0] for other in self.candidates if other is not cand and other.cue is not None}
        for m in range(k - 1, max(first, k - ISSUER_REACH) - 1, -1):
            if self.x.starts[m] in cues:
                return None  # another quote's cue between: its speaker may be the one who goes on
            if self.words[m] == "من" and self.text_before_from(m, first):
                # "تلقى الأمير برقية تهنئة من الرئيس X، أعرب فيها …": the text's author, not who received it
                span = self.subject_from(m + 1, k)
                if (span is not None and (self.subject_like(span[0]) or self.plural_people(span[0]))
                        and self.agrees(span, form.gender)):
                    return self.subject_who(span, history)
                continue  # "رسالة من أجل …": no author named; a verb of issuing before may still be found
            if not self.issuing_verb(m):
                continue
            span = self.subject_after_verb(m, k) or self.subject_before_verb(first, m)
            loose = span is None and (span := self.issuer_before_text(m, k)) is not None
            if span is None:
                return None
            # a name has no written gender ("وأصدرت مور … بيانا قالت فيه"): its verb of issuing has (dqc43)
            named = loose or lx.head_kind(self.words[span[0]]) is None
            agreed = self.agrees(span, form.gender) or (named and self.issuing_gender(m) == form.gender)
            if not (agreed or self.has_entity(self.span(*span), types=("LOC",))):
                return None  # a place has no written gender ("وعقدت الرياض …")
            return self.subject_who(span, history)
        return None

    def text_before_from(self, m: int, first: int) -> bool:
        """Whether the "من" at token ``m`` follows an indefinite text, call or speech a few words
        before it in its sentence, no comma between ("برقية تهنئة من", "خطاب تلقته الصحيفة أمس من"):
        what follows it is the text's author (pass ind39)."""
        for p in range(m - 1, max(first, m - 1 - TEXT_TO_FROM) - 1, -1):
            word = self.words[p]
            if word in COMMAS or word == ".":
                return False
            if word in TEXTS_FROM:
                return True
        return False

    def issuing_verb(self, m: int) -> bool:
        """Whether token ``m`` is a verb of issuing, with or without its و / ف."""
        word = self.words[m]
        return word in ISSUING_VERBS or (word[:1] in ("و", "ف") and word[1:] in ISSUING_VERBS)

    def subject_after_verb(self, m: int, limit: int) -> tuple[int, int] | None:
        """"وعقدت القاهرة مؤتمرا", "كان بعث بها القنصل …": the phrase right after the verb (past a
        بها / به) when it can be a subject — a speaker word, a name or place, or a definite noun
        ("وأصدر الجانبان …"); an indefinite noun or a preposition there is the object or a circumstance."""
        a = m + 1
        while a < limit and self.words[a] in ISSUED_WITH:
            a += 1
        if a >= limit or not self.is_word(a) or self.words[a] in lx.PREP_WORDS:
            return None
        if not (self.subject_like(a) or self.words[a].startswith("ال") or self.has_entity(self.span(a, a + 1), types=("LOC",))):
            return None
        end = self.parse_np(a, limit, noun_object=True)
        end = next((k for k in range(a + 1, end) if self.issued_object(k)), end)
        return (a, end) if end > a else None

    def issuer_before_text(self, m: int, limit: int) -> tuple[int, int] | None:
        """"وقد ألقى خادم الحرمين الشريفين خلال الاستقبال كلمة قال فيها «…»", "وأصدرت مور (52 عاما) بيانا
        قالت فيه: «…»": the words between a verb of issuing and the indefinite text it issued, a few
        tokens on, are its subject even when no speaker word or tagged name opens them — up to a
        bracket, comma, preposition, time or circumstance word ("خلال الاستقبال"). Not when the text
        or a preposition follows the verb at once ("ألقى كلمة"، "ألقى في الحفل كلمة"). Before, the cue
        went on with the last speaker or the sentence before (s43 dqc43)."""
        a = m + 1
        while a < limit and (self.words[a] in ISSUED_WITH or self.words[a] in QUOTE_CHARS):
            a += 1  # "أرسل «يونغ» رسالة": the name inside its marks
        if a >= limit or self.issuer_stop(a) or self.issued_text(a) or self.prepositional_start(a):
            return None
        text = next((j for j in range(a + 1, min(limit, a + ISSUER_TO_TEXT)) if self.issued_text(j)), None)
        if text is None:
            return None
        end = next((j for j in range(a + 1, text) if self.issuer_stop(j)), text)
        if end - a == 1 and len(self.words[a]) <= 2:
            return None  # "ألقى م. عادل الشهري …": an abbreviated title cut off by its point, no name
        return (a, end)

    def issuing_gender(self, m: int) -> str:
        """The gender a verb of issuing is written in: "أصدرت" feminine, "ألقى" masculine."""
        word = self.words[m]
        word = word[1:] if word[:1] in ("و", "ف") and word[1:] in ISSUING_VERBS else word
        return "f" if word.endswith("ت") else "m"

    def issuer_stop(self, j: int) -> bool:
        """Whether token ``j`` ends a verb of issuing's subject: not a word, a preposition, a time or a
        circumstance word ("خلال"، "أثناء")."""
        word = self.words[j]
        return (not self.is_word(j) or word in lx.PREP_WORDS or word in ISSUER_STOPS or word in lx.COMPLEMENTIZERS
                or j in self.time_starts)

    def issued_text(self, k: int) -> bool:
        """Whether token ``k`` is an indefinite text, speech or call a verb of issuing has for object
        ("بيانا"، "كلمة"، "رسالة"): :meth:`issued_object` or a word of ``texts_from``."""
        return self.issued_object(k) or self.words[k] in TEXTS_FROM

    def issued_object(self, k: int) -> bool:
        """"أصدر المتحدث الرسمي باسم الجيش بيانا جديدا", "أصدر مدير جامعة «…» بياناً": an indefinite
        text noun (بيان، رسالة، مذكرة, or one in the accusative alif: بيانا) after the subject is what the
        verb issued, not part of who issued it."""
        word = self.words[k]
        if word.startswith("ال") or not self.is_word(k):
            return False
        return lx.head_kind(word) == "doc" or (word.endswith("ا") and lx.head_kind(word[:-1]) == "doc")

    def subject_before_verb(self, first: int, m: int) -> tuple[int, int] | None:
        """"يذكر أن وزارة الداخلية الروسية أصدرت …", "وكان الفرع المصري لتنظيم داعش «ولاية سيناء» بث …":
        the words between كان / أن (or the sentence's start) and the verb, when they open with a
        definite noun or a speaker word and hold no comma."""
        a = m
        while a > first and m - a < ISSUER_BEFORE and self.words[a - 1] not in KANA and self.words[a - 1] not in NOUN_OF_AN_OPENERS:
            if self.words[a - 1] in COMMAS or self.words[a - 1] == ".":
                return None
            a -= 1
        if a == first and self.words[a] in ("و", "ف"):
            a += 1
        if a >= m or (a > first and self.words[a - 1] not in KANA and self.words[a - 1] not in NOUN_OF_AN_OPENERS):
            return None
        if not (self.subject_like(a) or self.words[a].startswith("ال")) or a in self.time_starts:
            return None  # (not a time opening the sentence: "الأسبوع الماضي كتب …", dqc43)
        return (a, m)

    def masculine_for_feminine(self, cand: Candidate, who: Who) -> bool:
        """Whether a feminine singular participle ("مشيرة", "مؤكدة") was given a speaker who cannot be
        its subject: one whose verb was masculine, a masculine plural ("المتمردون"), a masculine title
        or speaker word ("الأب فونيس", "الرئيس …"), or a person named with no title at all (the
        person named last, "علي خامنئي"; a woman so named is found again as the feminine verb's
        subject)."""
        if not self.feminine_participle(cand):
            return False
        if who.gender == "f":
            return False
        if who.gender == "m":
            return True
        head = who.head
        words = self.x.norm[who.start:who.end].split()
        first = words[0][1:] if words and words[0].startswith("و") and len(words[0]) > 4 else (words[0] if words else "")
        if len(first) >= 6 and first.startswith("ال") and first.endswith(("ون", "ين")):
            return True  # "المتمردون": a masculine plural
        if head in PLURAL_HEADS:
            return False  # "مصادر", "سلطات": a broken plural takes a feminine singular
        if who.kind in ("title", "anon", "pronoun"):
            return not head.endswith(("ه", "ات"))
        return who.kind is None and who.entity is not None and any(m[2] == who.entity and m[3] == "PER" for m in self.entities)

    @staticmethod
    def feminine_participle(cand: Candidate) -> bool:
        """A feminine singular participle as the cue ("مشيرة"، "مؤكدة")."""
        form = cand.form
        return form is not None and form.kind == "participle" and form.gender == "f" and not form.plural and cand.cue is not None

    def feminine_subject_before(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"دخلت مصر على خط …، رافضة …، ومشددة على …", "الأمر الذي رفضته المقاومة، مشددة على …": the
        subject written right after the nearest feminine past verb before the participle in its
        sentence (not one inside someone's quoted words), when it can be feminine — a definite
        feminine head or speaker word, or a place or body the tagger found."""
        k = self.x.token_at(cand.cue[0])
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        for m in range(k - 1, max(first, k - VERB_BEFORE_PARTICIPLE) - 1, -1):
            word = self.words[m]
            if not self.is_word(m) or word.startswith("ال") or lx.head_kind(word) is not None or self.has_entity(self.span(m, m + 1)):
                continue
            stem = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
            for suffix in ("تني", "تها", "تهم", "ته"):
                if stem.endswith(suffix):
                    stem = stem[: -len(suffix) + 1]
                    break
            if len(stem) < 4 or not stem.endswith("ت") or stem.endswith(("ات", "يت", "وت")) or word in lx.NP_STOPS:
                continue
            at = self.x.starts[m]
            if any(other is not cand and other.content[0] <= at < other.content[1] for other in self.candidates):
                continue  # a verb inside someone's words is not the narration's
            s = m + 1
            if s >= k or not self.is_word(s) or self.words[s] in lx.PREP_WORDS or self.words[s] in lx.COMPLEMENTIZERS:
                continue
            end = min(self.parse_np(s, k), s + 8)
            if end <= s:
                continue
            place = self.has_entity(self.span(s, s + 1), types=("LOC", "ORG"))
            if not (place or self.agrees((s, end), "f")) or self.has_entity(self.span(s, end), types=("PER",)):
                continue
            if not (place or self.words[s].startswith("ال") or lx.head_kind(self.words[s]) in ("org", "media", "doc", "title", "anon")):
                continue  # "وتزوجته متحدية غضب مجتمعها": an indefinite word after the verb is no subject
            return self.subject_who((s, end), history)
        return None

    def in_quoted_words(self, at: int) -> bool:
        """Whether the verb at char offset ``at`` lies inside someone's words, not the narration's. A
        verb opening an according-to's content is the narration an outlet is cited for ("وحسب موقع X،
        هاجم الفريق ضاحي خلفان …، قائلاً: «…»"): the one a participle after it goes on with (session 41,
        dq41); deeper in that content ("وبحسب المدير X فإن الأحساء تضم …") it is the source's words."""
        return any(other.content[0] <= at < other.content[1]
                   and not (other.kind == "according_to" and other.content[0] == at)
                   for other in self.candidates)

    def in_quotation(self, at: int) -> bool:
        """Whether char offset ``at`` lies inside a direct quote's words, between its marks: a sentence the
        segmenter began there ("«… فروا من منازلهم.. وبعض المنازل …»") is the speaker's, not the narration's (lead42h)."""
        return any(other.kind == "direct" and other.content[0] <= at < other.content[1] for other in self.candidates)

    def inside_other_quote(self, cand: Candidate) -> bool:
        """Whether a quote's cue stands inside the content of another quote: a source or a speaker
        the first speaker cites ("وقال المدير إن الحوادث صارت مخيفة حسب الإحصائيات"), who is not
        the one a later subjectless cue goes on with; not a speaker an outlet relays ("وبحسب ما جاء
        في إحدى الصحف قال الطاير إن …": the outlet's report holds the speaker's own words)."""
        if cand.cue is None:
            return False
        at = cand.cue[0]
        return any(other is not cand and other.kind != "according_to" and other.content[0] <= at < other.content[1]
                   for other in self.candidates)

    def plural_subject_before(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"استبشر عدد من رواد الشاطئ بالقرار، مؤكدين أن …", "ليرتحل المشاركون …، مؤكدين أنهم …": a
        plural participle goes on with the nearest group of people before it in its sentence, never
        with a single speaker quoted before."""
        k = self.x.token_at(cand.cue[0]) if cand.cue else None
        if k is None or k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        for m in range(k - 1, max(first, k - 60) - 1, -1):
            if not self.is_word(m):
                continue
            partitive = self.partitive_group(m, k)
            if not (partitive or self.plural_people(m)):
                continue
            before = self.words[m - 1] if m > first else ""
            if before in lx.PREP_WORDS or (before and self.construct_head(m - 1) and before != "عدد"):
                continue  # a genitive or a preposition's object ("لكل المواطنين") is not who speaks
            if self.words[m] == "عدد" and not (m + 1 < k and self.words[m + 1] == "من"):
                continue
            if partitive:
                end = min(self.parse_np(m, k, noun_object=True, preps=("ب",)), m + 8)
                glued = self.words[m].startswith("و") and self.words[m] not in PARTITIVE_GROUPS
                return self.subject_who((m, max(end, m + 3)), history, glued_and=glued)  # "وجمعاً من المواطنين …، سائلين" (ind48d)
            if self.words[m] in COLLECTIVE_PEOPLE:
                if not self.collective_subject(m):
                    continue  # "وهنأ الأمير سعد الجميع بالعيد": whom a named subject greeted
                return self.subject_who((m, m + 1), history)  # "وتبادل الجميع التهاني": the word alone (ind48c)
            end = min(self.parse_np(m, k, noun_object=True, preps=("ب",)), m + 8)
            if end <= m and _bare(self.words[m]) in PLURAL_HEADS:
                # "أعضاء الوفد" (the shape of a verbal noun, إفعال): a listed head of people is the subject
                end = max(m + 1, min(self.parse_np(m + 1, k, noun_object=True, preps=("ب",)), m + 8))
            return self.subject_who((m, end), history) if end > m else None
        return None

    def plural_people(self, m: int) -> bool:
        """Whether token ``m`` heads a group of people: "عدد (من)", a listed plural ("نشطاء",
        "الأهالي"), everyone present ("الجميع"، "الحضور"), or a definite sound masculine plural ("المشاركون", "الأهلاويون")."""
        word = self.words[m]
        if word == "عدد" or _bare(word) in PLURAL_HEADS or word in ("جموع", "الجموع") or word in COLLECTIVE_PEOPLE:
            return True  # "الجميع"، "الحضور": everyone present, plural in meaning (ind48c)
        kind = lx.head_kind(word)
        if kind not in (None, "anon") or not word.endswith(("ون", "ين")) or self.has_entity(self.span(m, m + 1)):
            return False
        if m and self.words[m - 1].startswith("ال"):
            return False  # "السياح الخليجيين", "الحرمين الشريفين": an adjective of the word before, not a head
        return (word.startswith("ال") and len(word) >= 7) or (kind == "anon" and len(word) >= 5)

    def partitive_group(self, m: int, k: int) -> bool:
        """Whether token ``m`` opens a group counted out of people before the cue at ``k``: a quantifier
        (word_classes.tsv ``noun_of_an_quantifiers``: جمع، مجموعة، العديد، بعض …), also in the accusative
        after the verb that received them ("استقبل سموه … وجمعاً من المواطنين الذين قدموا للسلام على سموه،
        سائلين الله …"), then من and a plural of people. "عدد" alone is read by ``plural_people``; the
        accusative "عدداً" / "جمعاً" was not, and the participle went to the host (pass ind48d)."""
        word = self.words[m]
        word = word[1:] if word.startswith("و") and word[1:] not in ("", "ا") else word  # "وجمعاً من …"
        head = word[:-1] if word.endswith("ا") and word not in PARTITIVE_GROUPS else word
        if word == "عدد" or head not in PARTITIVE_GROUPS or m + 2 >= k or self.words[m + 1] != "من":
            return False
        if m and self.words[m - 1] in CROWD_PREPOSITIONS:
            return False  # "عند الكثير من الذين عاشوها": a preposition's object speaks for no one
        after = self.words[m + 2]
        if after in lx.RELATIVES:
            return False  # "الكثير من الذين …": no plural of people follows
        return self.plural_people(m + 2) or after.endswith(("ين", "ون")) or _bare(after) in PLURAL_HEADS

    def collective_subject(self, m: int) -> bool:
        """Whether "الجميع" / "الحضور" at token ``m`` follows its verb as the subject ("وتبادل الجميع التهاني"،
        "وتبادل الحضور التهاني"), not a named subject before it as the object ("وهنأ الأمير سعد الجميع"): the
        word before is no name, title or definite word (pass ind48c)."""
        if m == 0 or not self.is_word(m - 1):
            return False
        if m >= 2 and self.words[m - 2] in lx.COMPLEMENTIZERS:
            return False  # "ونسأل الله أن يوفق الجميع …، متمنين": a clause after أن, God's object
        before = self.words[m - 1]
        return (not before.startswith("ال") and lx.head_kind(before) is None and not self.has_entity(self.span(m - 1, m))
                and before not in lx.PREP_WORDS and before not in CROWD_PREPOSITIONS)

    def sound_plural_people(self, m: int) -> bool:
        """"المشاركون", "الأهلاويون": a group a singular verb never goes on with (unlike "سلطات",
        "مصادر", which take a feminine singular verb)."""
        return self.words[m].endswith(("ون", "ين")) and self.plural_people(m)

    def group_phrase(self, who: Who) -> bool:
        """"واعرب المصابون وأقاربهم عن …، داعين": a phrase headed by a group of people is plural though
        its verb, before it, is singular; a plural participle goes on with it, not with a nearer
        plural in its object ("… ولجميع المسؤولين في المستشفى")."""
        if who.end <= who.start:
            return False
        first = self.x.token_at(who.start)
        return first < self.count and self.words[first].startswith("ال") and self.sound_plural_people(first)

    def pair_before(self, local: Who, history: list[Who]) -> Who | None:
        """"قالت وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف «…». وكتب
        الاثنان «…»": a speaker phrase that is only a word for the two ("الاثنان"، "كلاهما"، "الطرفان",
        ``pair_words`` in word_classes.tsv) stands for the last speaker that named two or more together
        (:meth:`coordinated`, or two people the tagger found joined by و). Before, the word itself
        was the speaker (pass dq40b)."""
        words = self.x.norm[local.start:local.end].split()
        if len(words) != 1 or words[0].lstrip("و") not in PAIR_WORDS:
            return None
        for who in reversed(history):
            if self.coordinated(who) or self.joined_people(who):
                return who
        return None

    def dual_verb(self, cand: Candidate) -> bool:
        """Whether the cue is a past verb in the dual with no subject of its own ("وأكدتا"، "وقالا"، "أشارا"),
        not the plural ("قالوا") nor a stem ending in alif ("دعا")."""
        form = cand.form
        if form is None or form.kind != "verb" or not form.plural or cand.cue is None or cand.np is not None:
            return False
        word = self.x.norm[cand.cue[0]:cand.cue[1]].split()[0] if cand.cue[1] > cand.cue[0] else ""
        return word.endswith("ا") and not word.endswith("وا")  # "أكدتا", "قالا"

    def pair_named_before(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"وبحسب سعيد مسعد العنمي، وناجي سليمان الجهني …، فقد … وأشارا …", "وحملت حركتا حماس والجهاد
        الإسلامي … وأكدتا": the nearest two people or bodies (not places) the tagger found joined by و (a
        comma may stand before it), in the cue's sentence or the one before: the pair a dual verb goes on with."""
        k = self.x.token_at(cand.cue[0])
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        lo = self.x.sentence_bounds(first - 1)[0] if first > 0 else first
        types = {eid: etype for _s, _e, eid, etype in self.entities}
        for t in range(k - 1, max(lo, k - PAIR_REACH) - 1, -1):
            second = self.entity_starts.get(t)
            if second is None or not self.words[t].startswith("و") or t - 1 < lo:
                continue
            end_a = t - 2 if self.words[t - 1] in COMMAS else t - 1
            first_id = self.entity_ends.get(end_a)
            if first_id is None or first_id == second or not {types.get(first_id), types.get(second)} <= {"PER", "ORG"}:
                continue  # (not places: "في تونس والولايات المتحدة")
            start_a = next((m for m in range(end_a, max(lo, end_a - 8) - 1, -1) if self.entity_starts.get(m) == first_id
                            and (m == lo or self.entity_ends.get(m - 1) != first_id)), None)
            end_b = next((m for m in range(t, min(k, t + 8)) if self.entity_ends.get(m) == second), None)
            if start_a is None or end_b is None or self.in_quotation(self.x.starts[start_a]):
                continue
            return self.subject_who((start_a, end_b + 1), history)
        return None

    def joined_bodies(self, who: Who) -> bool:
        """Whether the speaker phrase holds two mentions the tagger found, the second after a word opening
        with و ("وزارة الدفاع والجيش الإسرائيلي")."""
        a, b = self.x.token_at(who.start), self.x.token_at(who.end - 1) + 1 if who.end > who.start else 0
        return any(self.words[t].startswith("و") and t in self.entity_starts and t - 1 in self.entity_ends
                   for t in range(a + 1, min(b, self.count)))

    def joined_people(self, who: Who) -> bool:
        """Whether the speaker phrase names a person, then another after a word opening with و
        ("ماي وكازنوف"، "… تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف")."""
        a, b = self.x.token_at(who.start), self.x.token_at(who.end - 1) + 1 if who.end > who.start else 0
        for t in range(a + 1, min(b, self.count)):
            word = self.words[t]
            if (word.startswith("و") and len(word) > 3 and self.has_entity(self.span(a, t), types=("PER",))
                    and self.has_entity(self.span(t, b), types=("PER",))):
                return True
        return False

    def person_and_others(self, who: Who) -> bool:
        """Whether the speaker phrase names a person the tagger found and then others after a word opening
        with و ("بوتين ومسؤولي الفيفا"، "المرصد وسكان"): a group he is in (lead42g)."""
        a, b = self.x.token_at(who.start), self.x.token_at(who.end - 1) + 1 if who.end > who.start else 0
        return any(self.words[t].startswith("و") and t - 1 in self.person_ends and _people_word(self.words[t][1:])
                   and lx.head_kind(self.words[t]) is None  # (not "وزير"، "وكيل": his title, whose و is its own)
                   for t in range(a + 1, min(b, self.count)))

    def coordinated(self, who: Who) -> bool:
        """"سمو أمير المنطقة، ومعالي وزير الإسكان": two or more people named together."""
        words = self.x.norm[who.start:who.end].split()
        return any(w.startswith("و") and lx.head_kind(w[1:]) in ("title", "honorific") for w in words[1:])

    def cited(self, who: Who) -> bool:
        """Whether the speaker is scripture cited by someone else ("قال النبي صلى الله عليه وسلم",
        "قال الله تعالى"): quoted in a sermon or a statement, never the one a following "ودعا" or
        "وأضاف" goes on with (markers ``cited`` in ``data/markers.tsv``; a phrase holding the blessing
        on the Prophet, "رسوله صلى الله عليه وسلم", ``prophet_blessings`` in word_classes.tsv)."""
        words = self.x.norm[who.start:who.end].split()
        return bool(words) and (words[0].lstrip("و") in lx.marker_words("cited") or any(
            tuple(words[k:k + len(b)]) == b for b in PROPHET_BLESSINGS for k in range(len(words))))

    @staticmethod
    def _epithet_key(word: str) -> str:
        return word[1:] if word.startswith("و") and len(word) > 2 else word

    def god_fuller_mention(self, who: Who, cand: Candidate) -> None:
        """"حيث قال تعالى (…)" after "ولكن الله سبحانه وتعالى نهانا …": a speaker that is only words
        praising God (``scripture_epithet``) stands for the article's fuller mention of Him that holds
        those words — "الله" then epithets, the latest before the cue, else the first after it — as the
        gold gives the speaker at its fullest (ANNOTATION.md). A mention with other epithets is not
        taken ("يقول سبحانه" stays, "الله عز وجل" says other words). ``who`` takes that span."""
        a, b = self.x.token_at(who.start), self.x.token_at(who.end - 1) + 1
        if b <= a or not all(self.words[k] in SCRIPTURE_EPITHETS for k in range(a, b)):
            return
        need = {self._epithet_key(self.words[k]) for k in range(a, b)}
        cue = self.x.token_at(cand.cue[0]) if cand.cue is not None else a
        before = after = None
        for k in range(self.count):
            if self.words[k] not in GOD_NAMES:
                continue
            m = k + 1
            while m < self.count and self.words[m] in EPITHET_DASHES:
                m += 1
            end = m
            while end < self.count and self.words[end] in SCRIPTURE_EPITHETS:
                end += 1
            if end == m or not need <= {self._epithet_key(w) for w in self.words[m:end]}:
                continue
            if end <= cue:
                before = (k, end)
            elif k >= b and after is None:
                after = (k, end)
        mention = before or after
        if mention is not None:
            who.start, who.end = self.span(*mention)
            who.words = who.words | {_bare(w) for w in self.x.norm[who.start:who.end].split()}

    def blessing_at(self, k: int) -> int | None:
        """The token after a blessing on the Prophet that opens at token ``k`` ("صلى الله عليه وسلم",
        "عليه الصلاة والسلام"), or None."""
        for blessing in PROPHET_BLESSINGS:
            if tuple(self.words[k:k + len(blessing)]) == blessing:
                return k + len(blessing)
        return None

    def prophet_subject(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"قال صلى الله عليه وسلم: «…»"، "حيث قال -صلى الله عليه وسلم-: "…""، "فقال عليه الصلاة والسلام:
        …": the blessing on the Prophet right after a reporting verb (or the verbal noun "قوله") stands
        for its subject, the Prophet, who speaks the hadith. Before, the blessing was read as a phrase
        ("صلى الله", naming "الله") or as no subject at all, and the hadith went to the writer's last
        speaker (the preacher quoting it, "أبو بكر" who spoke before the Prophet answered him) or to a
        word of the quote. The speaker is the article's latest fuller mention of the Prophet with a
        blessing before the cue ("وسنة رسوله صلى الله عليه وسلم"، "عند رسول الله، صلى الله عليه وسلم"),
        as the gold gives it, else the blessing itself; it is cited scripture (:meth:`cited`), never
        whom a later verb with no subject goes on with."""
        if cand.cue is None:
            return self.prophet_before_quotation(cand, history) if cand.kind == "direct" else None
        cue = self.x.token_at(cand.cue[0])
        k = self.x.token_at(cand.cue[1] - 1) + 1
        while k < self.count and self.words[k] in BLESSING_BRACKETS:
            k += 1
        end = self.blessing_at(k) if k < self.count else None
        if end is None or k - cue > 3:
            return None
        return self.prophet_who(cand, self.prophet_mention_before(cue) or (k, end), history)

    def prophet_before_quotation(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"قال صلى الله عليه وسلم « قال الله تعالى: …»"، "قال النبي صلى الله عليه وسلم «إذا زار …»": a
        quotation right after a form of "to say" and the blessing (the Prophet named between them or
        not) was read with no cue, and went on with the writer's last speaker; the Prophet speaks it
        as in :meth:`prophet_subject`."""
        k = self.x.token_at(cand.content[0]) - 1
        while k >= 0 and (self.words[k] in (":", "-", "–", ")") or self.words[k] in QUOTE_CHARS):
            k -= 1
        for blessing in PROPHET_BLESSINGS:
            start = k + 1 - len(blessing)
            if start <= 0 or tuple(self.words[start:k + 1]) != blessing:
                continue
            j = start - 1
            while j >= 0 and self.words[j] in BLESSING_BRACKETS:
                j -= 1
            if j >= 0 and self.words[j] in PAREN_SPEECH_LEADS:
                return self.prophet_who(cand, self.prophet_mention_before(j) or (start, k + 1), history)
            mention = self.prophet_mention_before(k + 1)
            if mention is not None and mention[1] == k + 1 and mention[0] > 0 and self.words[mention[0] - 1] in PAREN_SPEECH_LEADS:
                return self.prophet_who(cand, mention, history)  # "قال النبي صلى الله عليه وسلم «…»"
            return None
        return None

    def prophet_who(self, cand: Candidate, span: tuple[int, int], history: list[Who]) -> Who:
        """The Prophet as the speaker of ``cand``, at the mention ``span`` (tokens): the one already in
        ``history`` at that mention, else a new named speaker whose words, for later references to
        match, are his name's and not the blessing's, and with no entity ("الله" in it is not God: "حيث
        توعد الله من آذاه" after a hadith is not the Prophet's)."""
        np = self.span(*span)
        word = self.words[span[0]]
        if word[:1] in "وفبل" and (word[1:] in PROPHET_WORDS or "ا" + word[1:] in PROPHET_WORDS):
            np = (np[0] + 1, np[1])  # "وسنة رسوله …" is the mention, "لرسول الله …" without its ل
        same = next((w for w in history if (w.start, w.end) == np), None)
        if same is not None:
            return same
        cand.np, cand.np_tokens, cand.resolve = np, span, "explicit"
        who = self.make_who(cand)
        blessing_words = {_bare(w) for b in PROPHET_BLESSINGS for w in b}
        who.words = frozenset(w for w in who.words if w not in blessing_words)
        who.anonymous, who.plural, who.entity = False, False, None  # the tagger's entity here is "الله"
        return who

    def prophet_mention_before(self, cue: int) -> tuple[int, int] | None:
        """Tokens of the latest mention of the Prophet by name with a blessing after it before token
        ``cue`` ("رسول الله صلى الله عليه وسلم"، "رسوله ﷺ"، "النبي الكريم -صلى الله عليه وسلم-"), or
        None: a word of ``prophet_words`` (with و / ف / ب / ل on it or not), up to two of
        ``prophet_after`` ("الله"، "محمد"، "الكريم"), then the blessing, dashes or a comma between."""
        for k in range(cue - 1, -1, -1):
            end = self.blessing_at(k)
            if end is None or end > cue:
                continue
            j = k - 1
            while j >= 0 and self.words[j] in BLESSING_BRACKETS | {"،", ","}:
                j -= 1
            first = None
            for m in range(j, max(-1, j - 3), -1):
                if m < 0 or not self.is_word(m):
                    break
                word = self.words[m]
                bare = word[1:] if word[:1] in "وفبل" else word
                if word in PROPHET_WORDS or bare in PROPHET_WORDS or ("ا" + bare) in PROPHET_WORDS:
                    first = m
                    break
                if word not in PROPHET_AFTER:
                    break
            if first is not None:
                return first, end
        return None

    def link(self, local: Who, cand: Candidate, history: list[Who]) -> Who:
        """The speaker a local mention stands for: an earlier one it refers back to, or itself."""
        who = self.antecedent(local, cand, history)
        if who is None and (described := self.lede_description(local, cand, history)) is not None:
            # the lede's description takes the name: one speaker, named from now on (desc60)
            described.start, described.end = local.start, local.end
            described.words = described.words | local.words
            described.anonymous, described.entity = False, local.entity
            return described
        if who is None or (local.plural and not who.plural and self.person_and_others(local)):
            return local  # "لكن بوتين ومسؤولي الفيفا قالوا إن …": a group he is in, not him (lead42g)
        if who.entity in self.person_ids and not who.anonymous and self.asks_anonymity(cand):
            # "أوضح وكيل ملاحي تحفظ على ذكر اسمه" after "هاني …، الوكيل الملاحي": one who asks not to be named is
            # not a person named before (anon59); "وقال المصرفي الذي رفض نشر اسمه" goes on with "مصرفي كبير"
            return local
        if self.fuller_mention(local, who, cand):
            # the fuller mention: keep its span, and the identity found so far
            who.start, who.end = local.start, local.end
            who.words = who.words | local.words
            who.anonymous = who.anonymous or local.anonymous
            who.entity = who.entity or local.entity
        return who

    def lede_description(self, local: Who, cand: Candidate, history: list[Who]) -> Who | None:
        """The unnamed one of the article's first quoted sentence a named person who speaks next is: "أوضح مختص، أن …"
        then "وقال المحلل الاقتصادي فضل البوعينين …", "قالت قاضية أمريكية …" then "وقالت القاضية باربره جافي …" (desc60):
        the lede's description of the one the article goes on to name (ANNOTATION.md: the fullest mention). Only a
        description of lede_descriptions that is not an unnamed source: "مسؤول كبير"، "مصدر"، "خبير أمني" keep a name
        back on purpose ("قال مسؤول كبير في الإدارة …" then "وأقر دينيس روس مستشار أوباما السابق" are two). Said with a
        verb on both sides, with no one between: an "according to" brings in a source of its own ("بحسب ما افاد مسؤول
        ملاحي. وقال مدير مطار عدن …", "قال متحدث باسم مقاتلين … حسبما قال المتحدث باسم المجموعة علي الأحمدي": the
        gold keeps them two)."""
        if (not history or cand.kind == "according_to" or local.plural or local.anonymous
                or not self.names_person(*cand.np_tokens)):
            return None
        desc = history[-1]
        if desc.entity is not None or desc.plural or desc.anonymous or desc.head not in LEDE_DESCRIPTIONS:
            return None
        if desc.gender and local.gender and desc.gender != local.gender:
            return None
        said = [c for c in self.candidates if c.who is desc]
        # the article's first sentence with words said in it (a dateline may stand before: "عين اليوم – نيويورك")
        if not said or said[0].sentence != self.candidates[0].sentence or any(c.kind == "according_to" for c in said):
            return None
        # no one else has spoken since the lede ("… مشيرا … وكشف الأسمري … وشدد …. قال حاتم الكاملي": not the lede's)
        if any(c.who is not None and c.who is not desc for c in self.candidates if c.sentence >= said[0].sentence and c is not cand):
            return None
        return desc

    def names_person(self, a: int, b: int) -> bool:
        """Whether the phrase ``[a, b)`` holds a person's name, tagged or not: "المحلل الاقتصادي فضل البوعينين",
        "القاضية باربره جافي" (a name right after a definite title), "عيد عماش المتحدث باسم …" (a given name first)."""
        return (any(m in self.person_ends for m in range(a, b)) or bool(self.name_after_title(a, b))
                or self.given_name_at(a))

    def fuller_mention(self, local: Who, who: Who, cand: Candidate) -> bool:
        """Whether the local mention should stand for ``who`` from now on: it is longer and says more,
        not only more words. Not a news outlet; not an unnamed description of a person named before
        ("وقال روبن …" then "وأضاف المسؤول الأميركي"); not an unnamed source re-described with his rank and
        without what placed him ("وأضاف المسؤول الرفيع المستوى" after "مسؤول أميركي", lead37a; a first
        mention of one word, "أحد"، "نواب", placed no one); not the same body in a phrase run on into its
        clause that drops words of the first ("ولم تعلن وزارة الدفاع حصيلة القتلى …" after "وزارة الدفاع
        الجزائرية", lead37g); nor a phrase that refers back by its own shape (an institution's anaphor,
        "المصدر نفسه", a described institution, a person's full title or trade)."""
        if (local.end - local.start) <= (who.end - who.start) or local.kind == "media":
            return False
        if local.anonymous and not who.anonymous and who.entity in self.person_ids:
            return False
        if local.anonymous and who.anonymous and len(who.words) > 1 and not who.words <= local.words:
            return False
        if (who.entity is not None and local.entity == who.entity and who.entity not in self.person_ids
                and not who.words <= local.words):
            return False
        if not cand.np_tokens:
            return True
        a, b = cand.np_tokens
        return not (self.institution_anaphor(a, b) or self.same_speaker_phrase(a, b)
                    or self.bare_cited_source(a, b, local, cand)
                    or (local.kind in ("media", "org") and b - a > 2 and self.described_institution(a, b))
                    or self.full_title_of_named(a, b, who)
                    or self.trade_of_last_named(a, b, cand) is who)

    def narrative_subject(self, cand: Candidate, after: int, history: list[Who]) -> Who | None:
        """"افتتح الوزير المعرض … وقال إن …": with no subject written, the person the narration
        made the subject since the last quote (this sentence, before the cue, or the last three)."""
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        k = self.x.token_at(anchor)
        if k >= self.count:
            return None
        sid = self.x.sentence[k]
        first, _ = self.x.sentence_bounds(k)
        gender = cand.form.gender if cand.form else None
        plural = bool(cand.form and cand.form.plural)
        women = cand.kind == "direct"  # a woman marked as one elsewhere, for a direct quote's feminine cue (dq50)
        if sid > after and k > first and any(self.is_word(m) and self.words[m] not in ("و", "ف") for m in range(first, k)):
            participle = cand.form is not None and cand.form.kind == "participle"
            span = (self.clause_subject_before(first, k) or self.sentence_subject(first, k, past_opener=participle)
                    or self.person_after_fronted_phrase(first, k))
            if (span is not None and self.agrees(span, gender, women=women) and (plural or not self.sound_plural_people(span[0]))
                    and not self.in_quotation(self.x.starts[span[0]])):
                return self.subject_who(span, history)  # (not a subject inside someone's words, lead42h)
            if span is None and gender == "f" and not plural and (place := self.narrated_place(first, k)) is not None:
                return self.subject_who(place, history)  # "وتحتفظ بريطانيا بحق …، وقالت إنها": its own feminine verb agrees (dspk60)
            # a reporting verb met on the way back stops the search: its own subject or quote decides
            found, stop = self.comma_clause_search(cand, k, first, history, stops=self.cues.__contains__)
            if found is not None:
                return found  # "وما إن … حتى وقف النواب، في حين وصف رئيس المجلس X …، مؤكدا": not a sentence before
            if stop is not None and (named := self.unquoted_verb_subject(cand, stop, k, history)) is not None:
                return named  # "علّق مدير عام البنك، الدكتور خالد عبدالله قائلاً": not the subject of a sentence before
        elif sid == after and k > first:
            # "وأوضح الناطق … أن …، كما شكر العادي الجميع …، وطالب بالمزيد": a clause the narration
            # opened after the last quote's words, in the same sentence, has its own subject
            span = self.clause_subject_before(first, k)
            if (span is not None and self.agrees(span, gender, women=women) and (plural or not self.sound_plural_people(span[0]))
                    and self.has_entity(self.span(*span), types=("PER",))):
                return self.subject_who(span, history)
        for other in range(sid - 1, max(after, sid - 4), -1):
            start, end = self.x.sentence_starts[other], self.x.sentence_ends[other]
            if start < self.byline_end:
                break  # "داليا أبوالعيش – عين اليوم", "هادي العصيمي- سبق: …": the writer's byline, no subject (dq40c)
            if end > start and self.x.paragraph[start] >= self.x.paragraph[k] - 1:
                span = self.sentence_subject(start, end)
                if span is not None and self.in_quotation(self.x.starts[span[0]]):
                    continue  # "«… أراقب الناس وأدرسهم …». أما عن الشعر، فقال": someone's words, no narrated subject (dq43a)
                if span is not None and self.agrees(span, gender, women=women) and (plural or not self.sound_plural_people(span[0])):
                    return self.subject_who(span, history)
        return None

    def subject_under_source(self, cand: Candidate, source: Candidate | None, history: list[Who]) -> Who | None:
        """"عبّر عبدالله الدخيل، مدير الكرة، عن ارتياحه …، حسب التقارير. وقال: «…»", "وأوصى الغبان، بحسب
        البيان، بـ«…»، داعيا إلى «…»", "وبحسب «الفرنسية»، فإن سيباستيان ابيس … يعتبر أن …. وأضاف أن «…»": a
        direct quote's cue with no subject, within three sentences after an according-to (``source``, the last
        quote given a speaker) and given that source for speaker by the fallbacks, goes on with the person
        the according-to's clause narrates (:meth:`narrated_subject_in`), not with the agency or the text
        that reported him, when the source is a text, an outlet or a body (:meth:`text_or_outlet`) and the
        cue's gender fits the person's (:meth:`source_subject_agrees`) (dq49a). Only direct quotes: the
        indirect pass's own fallbacks are left as they are."""
        if (cand.kind != "direct" or source is None or source.kind != "according_to" or source.who is None
                or cand.resolve not in ("previous", "sentence") or source.np is None
                or self.has_entity(source.np, types=("PER",)) or not self.text_or_outlet(source.who)):
            return None
        if not source.sentence <= cand.sentence <= source.sentence + SOURCE_SUBJECT_SENTENCES:
            return None
        span = self.narrated_subject_in(source)
        if span is None or not self.source_subject_agrees(span, cand.form.gender if cand.form else None):
            return None
        return self.subject_who(span, history)

    def text_or_outlet(self, who: Who) -> bool:
        """Whether an according-to's source is a text, an outlet or a body ("البيان"، "«الفرنسية»"، "صحيفة
        الصباح"، "التقارير"), not an unnamed person ("كما قال المسؤول"، "بحسب مصادر"): a person's words
        are his own, so the cue after them goes on with him as before (dq49a)."""
        if who.kind is None:
            return len(who.words) == 1  # an agency by its one name ("«الألمانية»"، "رويترز"), not "والد الرهينة الكرواتي"
        return who.kind in ("doc", "media", "org") or _bare(who.head) in REPORT_PLURALS | STAT_NOUNS | NEWS_NOUNS

    def source_subject_agrees(self, span: tuple[int, int], gender: str | None) -> bool:
        """Whether the person the according-to's clause narrates can be the subject of a cue of ``gender``:
        a woman the text marks as one (``women``: "لكن روزالي جرابل أمضت …، حسب «رويترز». … وقالت: «…»")
        only after a feminine cue, a man only after a masculine one, by his title where it has one."""
        woman = any(self.entity_starts.get(m) in self.women for m in range(*span))
        if gender == "f":
            return woman or self.agrees(span, gender, own_verb=False)
        return not woman and self.agrees(span, gender, own_verb=False)

    def narrated_subject_in(self, source: Candidate) -> tuple[int, int] | None:
        """The named person an according-to's clause (its content) is about: the phrase that opens it, past
        its leads ("لكن"، "فإن"، "فقد"), a circumstance ("من جانبه") and at most two words (its verb: "عبّر
        عبدالله الدخيل …"، "ونزل الرئيس الأميركي باراك أوباما …"), when it opens with a person the tagger found
        or a title with his name a few words on, is no plural of people ("لكن الدبلوماسيين سينتظرون زيارة جون
        كيري": no one the clause is about) and is no one's quoted words."""
        a = self.x.token_at(source.content[0])
        limit = min(self.x.token_at(source.content[1]), self.count)
        while a < limit and (self.words[a] in ("و", "ف") or self.words[a] in SOURCE_CLAUSE_LEADS or not self.is_word(a)):
            a += 1
        marker = self.marker_at(a) if a < limit and self.words[a] in lx.markers() else None
        if marker is not None and marker[0].kind == "circumstance":
            a = marker[1]  # "من جانبه قلل الأمين العام …"
        for _ in range(NARRATED_VERB_WORDS):
            if a < limit and self.entity_starts.get(a) not in self.person_ids and lx.head_kind(self.words[a]) is None:
                a += 1  # the verb ("أوصى الغبان"), a first name the tagger left out ("ذكر كارل توماس نويمان")
        if a >= limit or self.in_quotation(self.x.starts[a]):
            return None
        if not (self.entity_starts.get(a) in self.person_ids or lx.head_kind(self.words[a]) in ("title", "honorific")):
            return None  # "لكن الدبلوماسيين سينتظرون زيارة جون كيري": the clause's subject names no one
        end = self.parse_np(a, limit)
        if end <= a or self.sound_plural_people(a) or not any(
                self.entity_starts.get(m) in self.person_ids for m in range(a, min(end, a + NARRATED_NAME_REACH))):
            return None
        return (a, end)

    def unquoted_verb_subject(self, cand: Candidate, m: int, k: int, history: list[Who]) -> Who | None:
        """"وبهذه المناسبة، علّق مدير عام بنك الإسكان، الدكتور خالد عبدالله قائلاً "…"": the reporting verb at
        token ``m`` that stopped a participle's walk back (token ``k``) in its own sentence, with no quote of its
        own, has a person the tagger found written after it for subject: that person goes on in the
        participle (dq44a). Before, the walk went on to the sentences before and took their subject
        ("صندوق عهدة الإستثمار العقاري") before :meth:`subject_of_verb_before`, which reads the same verb,
        was ever asked. A body or a bare title after the verb is left as before: its phrase runs on into the
        verb's object ("توقع الوزير اليمني أدوارا إيجابية …") or loses the name written after a comma."""
        verb = self.cues.get(m)
        if verb is None or verb.kind != "verb" or verb.person != 3 or self.in_quoted_words(self.x.starts[m]):
            return None
        if m > 0 and self.words[m - 1] in lx.PREP_WORDS:
            return None  # "واستغرب العنزي من رد «الخطوط السعودية»، مشيرا": a noun after its preposition, no verb
        if any(other.cue is not None and other.cue[0] == self.x.starts[m] for other in self.candidates):
            return None  # "وقال الوزير إن …، مؤكدا": the verb's own quote, whose speaker goes on
        end = self.subject_end(m + 1, k, verb)
        if end <= m + 1 or not self.has_entity(self.span(m + 1, end), types=("PER",)):
            return None
        form = cand.form
        if form is None or form.plural or not self.agrees((m + 1, end), form.gender) or self.sound_plural_people(m + 1):
            return None
        return self.subject_who((m + 1, end), history)

    def when_clause_subject(self, cand: Candidate, history: list[Who]) -> Who | None:
        """"ذهب رئيس ريال مدريد في اتجاه مغاير عندما قال: «…»", "ما أخبرتنا به هذه الصحيفة حين ذكرت أن
        …": a reporting verb with no subject right after a conjunction of time (عندما، حين، بعد أن…)
        opens a clause that depends on the one before it, whose subject is the speaker — the first
        phrase that can name one in the nearest clause before that has one, not the last speaker
        quoted. So too after "لكنه", "إلا أنها" ("وأعيد انتخاب بلاتر … لكنه أعلن استقالته"): the
        pronoun is the subject of the clause before. Not when that clause is someone's quoted words
        ("وقال الوزير إن …، لكنه أضاف": the speaker goes on)."""
        if cand.cue is None or (cand.form is not None and cand.form.kind == "participle"):
            return None
        k = self.x.token_at(cand.cue[0])
        if k >= self.count or k < 1:
            return None
        words = self.words
        places = single = False
        if words[k - 1] in WHEN_CLAUSE:
            at = k - 1
        elif words[k - 1] in WHEN_PRONOUN:
            at, single = k - 1, True  # "… ثم أدار هاتفه باتجاه المراسل وهو يقول": one person, not a group
        elif words[k - 1] in WHEN_PRONOUN_GROUP:
            at = k - 1  # "… مقطع فيديو لعدد من اللاعبين وهم يقدمون التبريكات": the clause's subject (dd42)
        elif words[k - 1] == "ان" and k > 1 and words[k - 2] in WHEN_BEFORE_AN:
            at = k - 2
        elif words[k - 1] in BUT_PRONOUN:
            at, places = k - 1, True
        elif words[k - 1] in ("انه", "انها") and k > 1 and words[k - 2] in BUT_BEFORE_AN:
            at, places = k - 2, True
        else:
            return None
        before = self.before_request(at - 1)
        while before >= 0 and not self.is_word(before):
            before -= 1
        if before < 0 or any(other.content[0] <= self.x.starts[before] < other.content[1] for other in self.candidates):
            return None
        first, _ = self.x.sentence_bounds(k)
        gender = cand.form.gender if cand.form else None
        if words[k - 1].endswith("ها"):
            gender = "f"
        elif words[k - 1].endswith("ه"):
            gender = "m"
        end = at
        while end > first:
            start = next((m + 1 for m in range(end - 1, first - 1, -1) if words[m] in COMMAS), first)
            span = self.first_subject_in(start, end, places=places)
            if span is not None:
                place = self.has_entity(self.span(*span), types=("LOC",))  # "إيران": no written gender
                if not (place or self.agrees(span, gender)):
                    return None
                who = self.subject_who(span, history)
                return None if single and who is not None and who.plural else who
            end = start - 1
        return None

    def before_request(self, k: int) -> int:
        """Token ``k``, or the one before the comma that opens a request not to be named ending at ``k`` ("أكد
        X أن …، رافضاً الإفصاح عن هويته، لكنه أكد"): the request is the speaker's, not a clause of its own, and
        the content it follows is what "لكنه" goes on from (anon59)."""
        end = k
        while end >= 0 and not self.is_word(end):
            end -= 1
        for c in range(end, max(-1, end - 8), -1):
            if self.words[c] in COMMAS:
                if self.words[c + 1] in lx.marker_words("anonymity_lead") and self.refusal_in(c + 1, end + 1):
                    return c - 1
                return k
        return k

    def agrees(self, span: tuple[int, int], gender: str | None, *, own_verb: bool = True, women: bool = False) -> bool:
        """Whether a phrase's head can be the subject of a verb of ``gender`` (and of its own verb, the word
        before it, unless ``own_verb`` is false: the object of "سألت", dq43d). With ``women``, a woman the text
        marks as one agrees with a feminine verb whatever her name's last letter (:meth:`woman_named_in`)."""
        a, b = span
        if women and gender == "f" and self.woman_named_in(span):
            return True  # "وكانت كلينتون وجهت … رسالة، وقالت": a woman the text marks as one elsewhere (dq50)
        head = next((w for w in self.words[a:b] if lx.head_kind(w) in ("title", "anon", "org", "media", "doc")), self.words[a])
        head_gender = "f" if head.endswith(("ه", "ات")) else "m"
        if _bare(head) in PLURAL_HEADS:
            return True
        verb = self.words[a - 1] if a > 0 else ""
        if own_verb and verb.endswith("ت") and not lx.head_kind(verb) and head_gender == "m":
            return False  # "ووصفت الممثل …": a feminine verb, so the phrase is its object
        return gender is None or gender == head_gender

    def woman_named_in(self, span: tuple[int, int]) -> bool:
        """Whether the phrase ``span`` opens with a person, or a title and a person, that the text marks as a woman at
        one of her mentions (:meth:`named_woman`: "المرشحة هيلاري كلينتون" earlier): her surname alone ("كلينتون")
        reads masculine by its last letter, so a feminine cue with no subject of its own ("وكانت كلينتون وجهت
        رسالة إلى مؤيديها، وقالت: «…»") did not go on with her and fell back to the last man quoted (dq50). The
        phrase must end with her name, not run on past it ("مع الإعلامية أمل صقر سألتها عن رأيها، قالت")."""
        a, b = span
        eid = next((self.entity_starts[m] for m in range(a, min(b, a + 4)) if self.entity_starts.get(m) in self.women), None)
        # the phrase ends with her name: not one that runs on past it ("أمل صقر سألتها عن رأيها")
        return eid is not None and self.entity_ends.get(b - 1) == eid

    def subject_who(self, span: tuple[int, int], history: list[Who], *, glued_and: bool = False) -> Who | None:
        np = self.span(*span)
        if glued_and:
            np = (np[0] + 1, np[1])  # "وجمعاً من المواطنين": the phrase without its و
        tmp = Candidate("x", (0, 0), np=np, np_tokens=span)
        local = self.make_who(tmp)
        if local.kind == "pronoun":  # "وتحدث معاليه …": the one named before
            return self.honoured_speaker(history, local.head, local.start)
        return self.link(local, tmp, history)

    def sentence_who(self, cand: Candidate, history: list[Who]) -> Who | None:
        """The subject of the sentence the cue stands in, when no speaker is named by it."""
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        k = self.x.token_at(anchor)
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        span = self.sentence_subject(first, k)
        if span is None or self.in_quotation(self.x.starts[span[0]]):
            return None  # "«… فروا من منازلهم.. وبعض المنازل …»، وأضاف موضحا": a sentence begun in someone's words (lead42h)
        return self.subject_who(span, history)

    def titled_in_sentence(self, cand: Candidate, history: list[Who], *, relative: bool = False) -> Who | None:
        """Nobody spoke before: the first titled phrase of the sentence ("… فضيلة الشيخ سعد … مشيرا إلى أن").
        With ``relative``, only one a relative clause makes the subject of its own verb ("حضره رئيس
        البعثة نجيب الملا الذي رحب باللاعبين، مؤكدا أن …"): the participle goes on with him even after
        someone else spoke before."""
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        k = self.x.token_at(anchor)
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        for m in range(first, k):
            if lx.head_kind(self.words[m]) in ("title", "honorific") and not (m > first and self.words[m - 1] in lx.PREP_WORDS):
                end = min(self.parse_np(m, k, noun_object=True), m + 8)
                if relative and not (end < k and self.words[end] in lx.RELATIVES):
                    continue
                if end > m:
                    return self.subject_who((m, end), history)
        return None

    def honoured_speaker(self, history: list[Who], honorific: str, at: int) -> Who | None:
        """Whom an honorific pronoun at normalised offset ``at`` stands for (:func:`_honoured`); "سموه" only
        for a royal: when the speaker before is none ("استقبل صاحب السمو الملكي الأمير سعود … السفير
        الكوري …، وأشاد السفير الكوري … من جانبه أكد سموه …"), the latest royal speaker, else the prince
        or princess named last before it."""
        who = _honoured(history, honorific)
        if honorific not in ROYAL_HONORIFICS or (who is not None and self.royal_who(who)):
            return who
        gender = "f" if honorific.endswith("ها") else "m"
        royal = [w for w in history if not w.plural and w.gender in (None, gender) and self.royal_who(w)]
        return (royal[-1] if royal else None) or self.royal_mention_before(at, history) or who

    def royal_who(self, who: Who) -> bool:
        """Whether a speaker bears a royal title in its words ("صاحب السمو الملكي الأمير …") or right before them."""
        return any(w in ROYAL_TITLES for w in self.x.norm[who.start:who.end].split()) or self.royal(who.start)

    def royal(self, start: int) -> bool:
        """Whether a royal title ("الأمير"، "سمو") ends right before normalised offset ``start``, with the
        words of its chain ("صاحب السمو الملكي الأمير"), and no preposition before the chain: "وإلى صاحب السمو
        الملكي الأمير محمد" names whom the greeting went to, not one who speaks."""
        before = self.x.norm[max(0, start - 80):start].split()
        k = len(before)
        while k and before[k - 1] in ROYAL_CHAIN:
            k -= 1
        if not any(w in ROYAL_TITLES for w in before[k:]):
            return False
        lead = before[k - 1] if k else ""
        return lead not in lx.PREP_WORDS and not (lead[:1] == "و" and lead[1:] in lx.PREP_WORDS)

    def royal_mention_before(self, at: int, history: list[Who]) -> Who | None:
        """The person named last before normalised offset ``at`` with a royal title before the name (as a
        speaker of ``history`` when one is that person)."""
        limit = self.x.original_span(at, at)[0]
        for m in sorted((m for m in self.entities if m[3] == "PER" and m[1] <= limit), key=lambda m: m[1], reverse=True):
            s, e = self.x.normalized_offset(m[0]), self.x.normalized_offset(m[1])
            if not self.royal(s) or self.in_byline(m):
                continue
            spoken = [w for w in history if w.entity is not None and w.entity == m[2]]
            if spoken:
                return spoken[-1]
            e = self.trimmed_mention(s, e)
            return Who(s, e, frozenset({_bare(w) for w in self.x.norm[s:e].split()}), "", None, False, m[2], None, False)
        return None

    def entity_fallback(self, cand: Candidate) -> Who | None:
        """With nobody speaking before: the person (else organisation) named last before the cue. A
        feminine singular cue goes on only with a name that agrees (:meth:`disagrees_with_feminine`), a
        masculine one not with a woman the text marks so ("المالكي التقى … السيدة فاتو بنسودا …، وأكد")."""
        if not self.entities:
            return None
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        limit = self.x.original_span(anchor, anchor)[0]
        form = cand.form
        feminine = form is not None and form.gender == "f" and not form.plural
        masculine = form is not None and form.gender == "m" and not form.plural
        for types in (("PER",), ("ORG",)):
            before = [m for m in self.entities if m[1] <= limit and m[3] in types and not self.in_byline(m)
                      and not (feminine and self.disagrees_with_feminine(m))
                      and not (masculine and m[3] == "PER" and self.named_woman(m))]
            if before:
                m = max(before, key=lambda m: m[1])
                s, e = self.x.normalized_offset(m[0]), self.x.normalized_offset(m[1])
                e = self.trimmed_mention(s, e)
                # a woman taken for a feminine cue is no subject a later masculine verb goes on with
                gender = "f" if feminine and m[3] == "PER" else None
                return Who(s, e, frozenset({_bare(w) for w in self.x.norm[s:e].split()}), "", None, False, m[2], gender, False)
        return None

    @cached_property
    def byline_end(self) -> int:
        """End token of a byline the cleaner left at the head of the text, else 0: a first paragraph
        of at most BYLINE_WORDS tokens with a dash between the writer and the outlet or place ("داليا
        أبوالعيش – عين اليوم", "مهند شعراوي – جدة"), more text after it. The writer reports; a cue
        with no subject does not go on with him (pass dq40c)."""
        if self.count == 0:
            return 0
        credited = self.credited_byline_end()
        if self.x.paragraph[self.count - 1] == 0:
            return credited
        end = next((k for k in range(self.count) if self.x.paragraph[k] > 0), self.count)
        if end > BYLINE_WORDS or not any(self.words[k] in DASHES for k in range(1, end)):
            return credited
        return max(end, credited)

    def credited_byline_end(self) -> int:
        """End token of the byline the cleaner read as a credit when it opens the text, else 0: also one
        that runs into the first sentence ("هادي العصيمي- سبق: تم تداول …"), which :attr:`byline_end`'s
        own paragraph test misses. Its name is the writer's, no subject a later cue goes on with (s54 byline54)."""
        text = self.doc.text
        lead = len(text) - len(text.lstrip())
        for credit in getattr(self.doc, "credits", None) or ():
            written = (credit.get("text") or "").strip()
            if credit.get("kind") == "byline" and written and text.startswith(written, lead):
                at = self.x.normalized_offset(lead + len(written))
                return next((k for k in range(self.count) if self.x.starts[k] >= at), self.count)
        return 0

    def in_byline(self, mention: tuple) -> bool:
        """Whether the entity stands in the byline (:attr:`byline_end`)."""
        end = self.byline_end
        return end > 0 and self.x.normalized_offset(mention[0]) < self.x.starts[end]

    def disagrees_with_feminine(self, mention: tuple) -> bool:
        """Whether a name cannot be the subject of a feminine singular verb with none of its own
        ("… هو أنها لا تقدم أي حل، وإنها تعلن عن …" after "رئيس الوزراء اليوناني أليكسيس تسيبراس"): most
        such verbs go on with a thing the narration names ("التوقعات تشير"، "هذه الطريقة تؤكد"، "رسالة
        تقول"), not with the last man named. A person agrees only where the text marks her a woman
        (:meth:`named_woman`); an organisation unless its head word is masculine ("تنظيم"، "مجلس"،
        "الاتحاد": a body is feminine by its head, "هيئة"، "شركة"، "وزارة", or by a name, "«بيجو»")."""
        if mention[3] == "PER":
            return not self.named_woman(mention)
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        if k >= self.count or not self.is_word(k):
            return False
        head = self.words[k]
        return lx.head_kind(head) == "org" and not head.endswith(("ه", "ات"))

    def named_woman(self, mention: tuple) -> bool:
        """Whether the text marks the person ``mention`` names as a woman at one of her mentions: her given
        name is a woman's ("مها أبو عوف"، ``woman_name``), or the nearest word before the name that says
        what she is (up to three words back, over adjectives and a comma) is feminine — a feminine title or
        honorific ("الأستاذة سمر المقرن"، "نائبة وزير الخارجية، تسيبي …"), a word that introduces a woman
        ("النجمة القديرة ميريل ستريب"، "شقيقته الفنانة …"، ``woman_word``) or a feminine singular reporting
        verb whose subject she is ("وقالت لورا …"، "تتحدث حناوي قائلة"). A masculine title there says
        she is not ("وزير الخارجية رياض المالكي")."""
        return mention[2] in self.women

    @cached_property
    def women(self) -> frozenset[str]:
        """The persons the text marks as women at one of their mentions (:meth:`named_woman`), read once."""
        return frozenset(m[2] for m in self.entities if m[3] == "PER" and self.marked_woman_at(m))

    def marked_woman_at(self, mention: tuple) -> bool:
        """Whether this mention of a person marks her a woman (see :meth:`named_woman`)."""
        k = self.x.token_at(self.x.normalized_offset(mention[0]))
        if k >= self.count:
            return False
        if self.is_word(k) and self.words[k] in lx.word_class("woman_name"):
            return True
        words_back = 0
        for j in range(k - 1, max(k - 5, -1), -1):
            if not self.is_word(j):
                if self.words[j] in COMMAS:
                    continue
                return False
            word = self.words[j]
            form = lx.cue_forms().get(word)
            if form is not None:
                return form.gender == "f" and not form.plural
            bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
            if bare in lx.word_class("woman_word") or word in lx.word_class("woman_word"):
                return True
            kind = lx.head_kind(bare)
            if kind in ("title", "honorific"):
                # "نائبة وزير الخارجية": a feminine title governing the masculine one is hers
                governing = self.words[j - 1] if j > 0 and self.is_word(j - 1) else ""
                return self.feminine_title(bare) or (lx.head_kind(governing) in ("title", "honorific") and self.feminine_title(governing))
            words_back += 1
            if words_back == 3:
                return False
        return False

    @staticmethod
    def feminine_title(word: str) -> bool:
        """A title or honorific in the feminine ("الوزيرة"، "الدكتورة"), not a form of address written with
        ة that is said of men ("فضيلة الشيخ"، "سماحة المفتي": ``said_of_men``)."""
        return word.endswith("ه") and word not in lx.word_class("said_of_men")

    # --- first reporters ------------------------------------------------------------------------------

    def first_reporters(self) -> None:
        """"كانت صحيفة X أول من نشر …": X reported it first; quotes of that sentence get it."""
        for i in self.firsts:
            first, _ = self.x.sentence_bounds(i)
            a = i
            while a > first and self.words[a - 1] in AUXILIARIES | {"هي", "هو"}:
                a -= 1
            end = a
            start = end
            while start > first and end - start < 6 and (self.is_word(start - 1) or self.words[start - 1] in QUOTE_CHARS) and self.words[start - 1] not in AUXILIARIES:
                start -= 1
            while start < end and (self.words[start] in QUOTE_CHARS and start not in self.open_at):
                start += 1
            if start >= end:
                continue
            span = self.span(start, end)
            for cand in self.reported_by_first(i):
                if cand.reported_first is None:
                    cand.reported_first = span

    def reported_by_first(self, i: int) -> list[Candidate]:
        """The quotes an "أول من نشر" at token ``i`` speaks of: those of its sentence; when it stands
        alone ("وكانت صحيفة واشنطن بوست أول من تحدث عن الاتفاق."), those of its paragraph, else of
        the whole article, which it then tells the origin of."""
        sid = self.x.sentence[i]
        same = [c for c in self.candidates if c.sentence == sid]
        if same:
            return same
        paragraph = [c for c in self.candidates if c.order is not None and c.order < self.count and self.same_paragraph(c.order, i)]
        return paragraph or list(self.candidates)


def _latest(history: list[Who], form: CueForm | None) -> Who | None:
    """The most recent speaker that agrees with a verb's gender and number (when the verb tells them)."""
    if not history:
        return None
    gender = form.gender if form else None
    plural = form.plural if form else False
    if plural:
        for who in reversed(history):
            if who.plural and who.gender in (None, gender):
                return who
    if gender:
        for who in reversed(history):
            if who.gender in (None, gender):
                return who
    return history[-1]


def _honoured(history: list[Who], honorific: str) -> Who | None:
    """Whom an honorific pronoun ("سعادته"، "معاليه"، "سموها") stands for: the latest speaker who can bear
    it, one person of its gender, not a group, a body or an unnamed source ("وأكد المسؤولون بالشركة …،
    فيما أشاد سعادته …": the ambassador who spoke before them); the latest speaker when none can."""
    gender = "f" if honorific.endswith("ها") else "m"
    for who in reversed(history):
        if not who.plural and not who.anonymous and who.kind not in ("org", "media", "doc") and who.gender in (None, gender):
            return who
    return history[-1] if history else None


def participle_head_kind(word: str) -> str | None:
    """"القائمون على المركز"، "المشرفة على الفعاليات": a participle title that governs على / عن is the phrase's
    head, not the body or study it governs ("المركز"، "الدراسة": "ووجدت الدراسة" is no mention of its staff);
    a plural one ("القائمون"، "قائمين") is an unnamed group like "مسؤولون", a singular one an office (ind50b)."""
    if word not in GOVERNING_PARTICIPLES:
        return None
    return "anon" if word.endswith(("ون", "ين")) else "title"


def unnamed_people(words: list[str]) -> bool:
    """The phrase opens with people by role or crowd that are no speaker head ("عنصر أمن"، "رجال
    الأمن"، "محقق من الهيئة …"، "مندوبين لدول خليجية"، "الجماهير"): an unnamed source, like "مسؤول في
    الوزارة". A title ("مندوب الوزارة") is an office, not such a word."""
    if not words or lx.head_kind(words[0]) is not None:
        return False
    word = words[0]
    return _bare(word) in UNNAMED_PEOPLE or (word.startswith("و") and _bare(word[1:]) in UNNAMED_PEOPLE)


def _people_word(word: str) -> bool:
    """Whether ``word`` names people or a body after و ("سكان"، "مسؤولي"، "أعضاء"), not a surname that opens with
    و ("ويتمان"، "واطسون"): a head word, a plural head, or a head in the construct ("مسؤولي" of "مسؤول")."""
    return (lx.head_kind(word) is not None or _bare(word) in PLURAL_HEADS
            or (word.endswith(("ي", "و")) and lx.head_kind(word[:-1]) is not None))
