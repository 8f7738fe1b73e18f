"""Who said what, according to whom: quotes of an Arabic news article.

Three kinds of reported speech are found (``khabar.article/1``, ``quotes``):

- ``direct``: words in quotation marks with an attribution before them
  ("وقال بلينكن: «…»"), after them ("«…»، قال الوزير", "«…» بحسب الوزير"), a
  speaker and a colon ("الوزير: «…»"), or sentence-length words right after
  an attributed passage; short quoted names and titles ("شعار «وطن السلام»")
  are not quotes;
- ``indirect``: a reporting verb in any person, tense and gender, with or
  without و/ف, and its content: a clause with إن/أن/بأن, a colon, or, for
  verbs that take one, an object ("أكد أهمية …", "أشار إلى …"); participles
  ("مؤكدا أن", "مشيرة إلى أن") attribute to the subject already speaking;
- ``according_to``: وفقا لـ، بحسب، حسبما ذكر، نقلا عن… and the clause they
  attribute, before or after them.

The text is scanned once, token by token, on its normalised form: each token
is looked up in the cue tables (:mod:`khabar.speech.lexicon`), and only
around a cue is any more work done. The speaker is the phrase after the verb
(or before it, "الوزير قال"), ending before via, audience and time words; a
short or missing subject ("وأضاف", "وذكر المسؤول", "قالت الصحيفة") resolves
to the speaker named before. The medium a statement was made in ("في بيان",
"عبر حسابه على تويتر") is its ``channel``, not its ``via``.

This module is the finder's core: :class:`Finder` opens the document (tokens, cues, quotation
marks, entity mentions), runs the passes, keeps the surer of two overlapping readings
(:meth:`Finder.select`) and writes the records. The parts it is composed of, one module each:
:mod:`~khabar.speech.candidates` (records, shared words), :mod:`~khabar.speech.phrases` (noun
phrases), :mod:`~khabar.speech.region` (markers, via, where the content starts and ends),
:mod:`~khabar.speech.direct`, :mod:`~khabar.speech.indirect`, :mod:`~khabar.speech.according` (the
passes), :mod:`~khabar.speech.subjects`, :mod:`~khabar.speech.speakers` and
:mod:`~khabar.speech.antecedents` (who spoke). They are mixins of :class:`Finder` over its one
state, not objects of their own, because they call one another at every step (a pass reads a
phrase, a phrase asks where a marker ends it, a marker asks for a name) over the same token tables:
separate objects would hand that state along every call.

>>> from khabar.document import Document
>>> doc = Document(text="قال وزير الخارجية عادل الجبير للصحفيين أمس إن الاجتماع انتهى. وأضاف: «سنعود».")
>>> [(q["kind"], q["speaker"]["text"], q["text"]) for q in find_quotes(doc)]
[('indirect', 'وزير الخارجية عادل الجبير', 'الاجتماع انتهى'), ('direct', 'وزير الخارجية عادل الجبير', 'سنعود')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property, lru_cache
from itertools import compress
from typing import Any

from khabar.document import Document
from khabar.numbers.matching import matching_text
from khabar.speech import lexicon as lx
from khabar.speech.according import AccordingTo
from khabar.speech.antecedents import Antecedents
from khabar.speech.candidates import (
    COMMAS,
    DESCRIPTION_OPENINGS,
    DESCRIPTION_WORDS,
    MAX_NP,
    NOMINAL_CUES,
    Candidate,
    Who,
    _outlet,
    thanks_word,
)
from khabar.speech.direct import DirectQuotes
from khabar.speech.indirect import IndirectQuotes
from khabar.speech.interview import Interviews
from khabar.speech.lexicon import CueForm, Phrase
from khabar.speech.phrases import STANCE_FORMS, NounPhrases
from khabar.speech.region import HIDDEN_NAME_STEMS, Regions
from khabar.speech.scan import QUOTE_CHARS, Quotation, Text
from khabar.speech.speakers import Speakers
from khabar.speech.subjects import Subjects

BREAK_PARTICLES = lx.clause_words("break_particle")  # "…، ولكنه أضاف أن …": a new attribution
# the verb of a request not to be named ("طالبا"، "مفضلا"، "رفض" before "عدم الكشف عن هويته"): no cue (dq38c)
ANONYMITY_LEADS = lx.marker_words("anonymity_lead")
YA_NOT_VERB = lx.word_class("ya_not_verb")  # "نعي": not "نعى" when written with ي


class Finder(NounPhrases, Regions, DirectQuotes, IndirectQuotes, AccordingTo, Subjects, Speakers, Antecedents, Interviews):
    """Finds the quotes of one document (see the module docstring).

    :meth:`__init__` reads the tokens, cues, quotation marks and entity mentions once; every part
    (the mixins this class is made of) reads and fills that one state (``self.words``,
    ``self.cues``, ``self.candidates``…).
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.markers_seen: dict[int, tuple[Phrase, int, int] | None] = {}  # token → marker_at's answer
        self.said_in_sentence: dict[int, Who] = {}  # sentence → its speaker, filled by resolve_speakers (stmt61)
        self.x = x = Text(doc.text, matching_text(doc))  # the form the times stage cached
        self.words = x.words
        self.count = x.count
        forms = lx.cue_forms()
        wasl = lx.wasl_lemmas()
        first_person: list[int] = []
        asking: list[int] = []
        impersonal: list[int] = []
        directives: list[int] = []
        according = lx.according_phrases()
        gratitude = lx.gratitude_forms()
        chant = lx.chant_forms()
        chants: list[int] = []
        masdars = lx.speech_masdars()
        self.cues: dict[int, CueForm] = {}
        self.according: dict[int, tuple[Phrase, int, int]] = {}  # token → (phrase, next token, cue end char)
        self.nominal: set[int] = set()
        self.firsts: list[int] = []
        words = self.words
        # only the few tokens that can be a cue or open one are visited (a C-speed set test per token)
        for i in compress(range(self.count), map(_opening_words().__contains__, words)):
            word = words[i]
            form = forms.get(word)
            if form is None and word in HAMZA_WRITTEN and x.token_text(i).endswith("أ"):
                form = _hamza_form(word)  # "وهنأ" (the verb), not "وهنا" (and here)
            if form is not None and form.kind == "participle" and i and self.words[i - 1] in ("غير", "وغير"):
                form = None  # "زيارة غير معلنة": an adjective, not someone announcing
            if form is not None and form.kind == "verb" and x.token_text(i).endswith("ً"):
                # "صرحاً", "ثمناً": tanween marks a noun, not the dual verb written alike; "طالباً" the participle
                form = lx.participle_forms().get(word)
            if form is not None and form.tense == "past" and form.lemma in wasl and x.token_text(i).lstrip("وف").startswith("أ"):
                first_person.append(i)  # "وأستدرك", "أعتقد": the first person present, unless a subject follows
            if form is None and word in chant:
                chants.append(i)  # "وهتف المتظاهرون «…»": read once the quotations are paired (dd42)
            if form is None and word in gratitude and self.thanks_follow(i):
                form = gratitude[word]  # "ورفع الوزير التهنئة لـ…": a verb of thanks with its object
            if form is None and word in gratitude and gratitude[word].lemma in DIRECTIVE_LEMMAS:
                directives.append(i)  # "ووجه الوزير بسرعة …": read once the entities are known
            if form is None and word in HAMZA_PAST and self.hamza_past(i):
                form = _complement_only(_bare_verb_form(word))  # "أبان الوزير أن …", not "إبان الحرب" (during)
            if form is None and word in VERB_OR_PREPOSITION and self.opens_clause_with_object(i):
                form = _bare_verb_form(word)  # "من جانبه عبر الوزير عن أسفه": the verb, not "via"
            if form is None and word in VERB_BEFORE_COMPLEMENT and self.opens_clause_with_complement(i):
                form = _bare_verb_form(word)  # "من جهته، بين المدير أن …": the verb "بيّن", not "between"
            if form is None and word in SOURCE_BEFORE_QUOTATION and self.source_then_quotation(i):
                form = lx.homograph_forms()[word]  # "جاء في لسان العرب: «…»": "is written in", not "came"
            if form is not None and word in YA_NOT_VERB and self.x.token_text(i).endswith("ي"):
                form = None  # "ونعي مسؤولياتنا" (we are aware), "في نعي" (an obituary): "نعى" is written with ى (lead40k)
            if (form is not None and form.kind == "verb" and word.endswith("ا") and not form.lemma.endswith("ا")
                    and self.x.token_text(i).endswith("أ")):
                form = None  # "أقرأ" (I read) is no dual "أقرّا" (the two admitted): a dual's alif takes no hamza (lead41g)
            if form is not None and "clause" in form.flags and not self.opens_clause_before_finding(i, form):
                form = None  # "عقب توصل طهران لاتفاق", "الذي توصلت إليه": no finding reported
            if form is not None and self.counted(i) and ("accuse" in form.flags or ("strict" in form.flags and form.kind == "verb")):
                # "لاستقبال 400 طالب وطالبة", "قام 120 طالبا", "وضبط 18 متهما": a counted noun (a student, a
                # defendant), not the verb or participle; other participles after a figure still report
                # ("… 36 مليون ريال، مضيفا أن …" has its comma; "عام 1436هـ مشيرا إلى …")
                form = None
            if form is not None and "stance" in form.flags and not self.stance_follows(i):
                form = None  # "جددت الإدارة التعاقد مع اللاعب", "تجدد القلق": renewed, nothing said
            if form is not None and "rumour" in form.flags and not self.reports_subject_follows(i):
                form = None  # "وتحدث الأمير عن …": a talk narrated; reports and sources report ("وتتحدث المصادر عن")
            if form is not None and word in SECOND_BETWEEN and self.second_of_between(i):
                form = None  # "ربط بين التغيير المنتظر وبين «نهوض الاقتصاد»": the preposition, not "بيّن"
            if form is None and word in VERB_OR_NOUN and self.opens_clause_with_description(i):
                form = lx.homograph_forms()[word]  # "ووصف الوزير الاتفاق بالتاريخي": the verb, not "description"
            if form is not None and "describe" in form.flags and not self.description_follows(i):
                form = replace(form, flags=form.flags - {"noun"})  # "واصفا مراحله الثلاث": narration, no description
            if form is not None and "comma_noun" in form.flags and (form.plural or not self.after_comma(i, form)):
                # "كان متوقعا إلى حد كبير": an adjective, no forecast; a plural ("…، متوقعين وصول …") mostly goes
                # with a group narrated in the clause before, not with the last speaker: its complement clause only
                form = replace(form, flags=form.flags - {"noun"})
            if form is None and word in masdars and self.masdar_reports(i):
                form = masdars[word]  # "ويخلص الكاتب إلى القول إن …": the verbal noun reports its complement
            if form is None and word in VERB_BEFORE_TITLE and self.opens_clause_before_title(i):
                form = lx.homograph_forms()[word]  # "من جانبه ثمن اللواء …": the verb "commended", not "price"
            if form is not None and not form.prefix and self.after_masdar_preposition(i):
                form = None  # "عن نفي الاتهامات", "بالرغم من نفي القيادات": a verbal noun, not the verb
            if form is not None and "comma" in form.flags and not self.after_comma(i, form):
                form = None  # "أن تكون مرجعا وطنيا", "ومرجعا في تاريخه": the noun "a reference"
            if form is not None and "ask" in form.flags and not asks_a_question(self.x.norm, self.x.ends[i]):
                form = None  # "وأكدت كلينتون عندما سألها صحافيون …: «أنا واثقة …»": an answer, no question (dq49b)
            if form is not None and "ask" in form.flags:
                asking.append(i)  # "وسأل جدّه: «…»": read once the entities are known (asker_follows)
            if form is not None and i and words[i - 1] in QUESTION_WORDS:
                form = None  # "هل تعتقد أن …؟", "ومتى تعلنون عن …؟": a question asked, nothing reported
            if form is not None and form.kind == "verb" and i > 1 and words[i - 1] in ("ان", "أن") and words[i - 2] in ("دون", "بدون"):
                form = None  # "وكتب دون أن يذكر الرئيس بالاسم": what was left unsaid, nothing reported
            if form is not None and ((word in ANONYMITY_LEADS and self.anonymity_in(i + 1, min(self.count, i + 7)))
                                     or self.unnamed_request(i)):
                # "وذكر مصدر أمني طالبا عدم كشف هويته أنه …"، "مفضلا عدم ذكر اسمه ان …": the request not to be
                # named, and the verb inside it, report nothing; the verb before goes on to أنه (dq38c)
                form = None
            if form is not None and form.lemma == "وصف" and self.relay_describes_source(i):
                form = None  # "ونقلت الوكالة عن مصدر وصفته بأنه مطلع قوله إن …": the source described (lead45b)
            if form is not None and self.possibility_before(i, form):
                form = None  # "ربما يشير إلى …", "قد تشير المراجعة إلى أن …": what may be, nothing reported
            if form is not None and word[len(form.prefix):] in IMPERSONAL_FORMS:
                impersonal.append(i)  # "وتبين أن الحادث …" (it turned out): a cue only with its subject after it
            if form is not None:
                self.cues[i] = form
            if word in according:
                found = self.match_phrase(i, according)
                if found:
                    self.according[i] = found
            if word in NOMINAL_CUES:
                self.nominal.add(i)
            if word == "اول" and i + 1 < self.count and self.words[i + 1] == "من" and (i + 2 >= self.count or self.words[i + 2] != "امس"):
                self.firsts.append(i)  # not "أول من أمس" (the day before yesterday)
        for i in self.according:
            self.cues.pop(i, None)  # "نقلا عن" is the cue phrase, not the verb نقل
        self.inside = [-1] * self.count
        self.open_at: dict[int, int] = {}
        for qi, q in enumerate(x.quotations):
            if q.open is not None:
                self.open_at[x.token_at(q.open)] = qi
            a = x.token_at(q.content_start)
            b = x.token_at(q.content_end) if q.content_end > q.content_start else a
            for k in range(a, min(b, self.count)):
                self.inside[k] = qi
        for i in chants:
            if self.cries_quotation(i) is not None:
                self.cues[i] = chant[words[i]]  # a verb of crying out is a cue only before its quotation
        self.used: set[int] = set()
        self.breaks: set[int] = set()
        self.entities = _entity_index(doc)
        # nisba adjectives ("اليمنية") among those mentions: a place only as an adjective of the phrase
        self.nisba_spans = frozenset((int(m["start"]), int(m["end"])) for e in doc.entities or []
                                     for m in e.get("mentions") or [] if m.get("form") == "nisba")
        self.entity_starts: dict[int, str] = {}  # token → entity id of a mention starting there
        self.entity_ends: dict[int, str] = {}  # token → entity id of a mention ending there
        self.person_ends: set[int] = set()  # tokens where a person's name ends
        self.person_inner: set[int] = set()  # tokens inside a person's name, before its last
        self.name_goes_on: dict[int, int] = {}  # token inside a name, before its last → the token after the name
        self.person_ids = frozenset(eid for _s, _e, eid, etype in self.entities if etype == "PER")
        # tokens where a time the times stage found begins ("عشية", "في نهاية مايو"): a subject ends there;
        # not a frequency, an adjective of the phrase ("تقرير إحصائي سنوي")
        self.time_starts = frozenset(x.token_at(x.normalized_offset(int(t["start"]))) for t in doc.times or []
                                     if t.get("type") != "set" and t.get("start") is not None)
        # the token after each such time ("أمس", "مساء اليوم الأربعاء"), by its first token: a time
        # written between a reporting verb and its subject is stepped over (NounPhrases.skip_lead)
        self.time_ends = {x.token_at(x.normalized_offset(int(t["start"]))): x.token_at(max(x.normalized_offset(int(t["end"])) - 1, 0)) + 1
                          for t in doc.times or [] if t.get("type") != "set" and t.get("start") is not None and t.get("end") is not None}
        for ms, me, eid, _etype in self.entities:
            a = x.token_at(x.normalized_offset(ms))
            b = x.token_at(max(x.normalized_offset(me) - 1, 0))
            if a < self.count and b < self.count:
                self.entity_starts.setdefault(a, eid)
                self.entity_ends[b] = eid
                if _etype == "PER":
                    self.person_ends.add(b)
                    self.person_inner.update(range(a, b))  # tokens a name goes on after
                for k in range(a, b):
                    self.name_goes_on[k] = max(self.name_goes_on.get(k, 0), b + 1)
        for i in [i for i in self.cues if i and self.words[i - 1] in KUNYA_PARTICLES]:
            self.cues.pop(i)  # "علي بن أبي طالب رضي الله عنه": a kunya's name, not the verb "طالب" (lead49d)
        for i in first_person:  # (a past misspelt with أ, "وأستنكر الوزير", keeps its subject)
            if i + 1 >= self.count or not self.subject_like(i + 1):
                self.cues.pop(i, None)
        for i in asking:  # a verb of asking with no asker after it reports nothing of its own (dq49b)
            if not self.asker_follows(i):
                self.cues.pop(i, None)
        self.impersonal: set[int] = set()  # "وتبين أن …": no cue, but no verb before reaches past it either
        for i in impersonal:  # "وتبين أن …", "تبين لجهات التحقيق أن …": no one explains (quotes pass 47b)
            if i + 1 >= self.count or not self.subject_like(i + 1):
                self.cues.pop(i, None)
                self.impersonal.add(i)
        if directives:
            for i in directives:
                if i not in self.cues and i not in self.according and self.directive_follows(i):
                    self.cues[i] = replace(gratitude[words[i]], preps=("ب",), flags=frozenset({"that"}))
            self.cues = dict(sorted(self.cues.items()))
        self.candidates: list[Candidate] = []
        self.object_break = -1  # where parse_np last saw the verb's object begin
        self.trailing_via: dict[int, tuple[int, int]] = {}  # verb token → "بحسب X" closing its sentence

    # --- small helpers -------------------------------------------------------------

    def unnamed_request(self, i: int) -> bool:
        """Whether token ``i`` is the verb of a request not to be named: right after "عدم" or the verb of
        refusing ("رفض ذكر اسمه"، "رافضا نشر اسمه": no "ذكر" said), with the name or identity it hides one or
        two words on ("عدم كشف هويته"، "عدم ذكر اسمه"، "عدم نشر اسمه")."""
        return i > 0 and (self.words[i - 1] == "عدم" or self.words[i - 1] in ANONYMITY_LEADS) and any(
            self.words[k].startswith(HIDDEN_NAME_STEMS) for k in range(i + 1, min(self.count, i + 3)))

    def relay_describes_source(self, i: int) -> bool:
        """Whether "وصفته" at ``i`` (with its object pronoun) stands right after the unnamed source of
        "نقل … عن" ("عن مصادر وصفتها بالمطلعة"، "عن مصدر دبلوماسي وصفه بأنه رفيع"): the reporter describes
        the source it quotes, and the quote follows ("قوله إن …"، "، إنه …"); nothing is said by describing."""
        if not self.words[i].endswith(("ه", "ها", "هم")):
            return False
        for k in range(i - 1, max(-1, i - 4), -1):
            word = self.words[k]
            if word == "عن":
                return k < i - 1
            if word.startswith(("ال", "وال")) or word.endswith(("ه", "ها", "هم", "ما")) or not self.is_word(k):
                return False  # "عن أسفه لما وصفه بـ …": the speaker's own description, not the relay's
        return False

    def opens_clause(self, i: int) -> bool:
        """Whether the word at ``i`` opens its clause: first in its sentence, after a comma, or after a
        lead such as "من جانبه", "لكنه", "وقد" (where a verb, not a noun or a preposition, stands)."""
        first, _ = self.x.sentence_bounds(i)
        return i == first or self.words[i - 1] in COMMAS or self.words[i - 1] in VERB_CLAUSE_LEAD

    def after_comma(self, i: int, form: CueForm) -> bool:
        """Whether the cue at ``i``, with no و written on it, comes right after a comma: "…، مرجعا ذلك
        إلى …" gives the cause of what was said; elsewhere the same word is mostly a noun ("…،
        ومرجعا في تاريخ البحر المتوسط")."""
        return i > 0 and self.words[i - 1] in COMMAS and not form.prefix

    def hamza_past(self, i: int) -> bool:
        """Whether the bare "ابان" at ``i`` is the verb "أبان" (made clear), as written: with أ, not "إبان"
        or "ابان" (during, before a noun), nor the name "أبان بن …"."""
        if not self.x.token_text(i).startswith("أ"):
            return False
        return i + 1 >= self.count or self.words[i + 1] not in PATRONYM

    def after_masdar_preposition(self, i: int) -> bool:
        """Whether the verb or participle form at ``i`` (no و/ف written on it) stands right after a
        preposition that takes a noun ("عن نفي الاتهامات", "في نفي الخبر", "في نقل المعركة", "على
        مذكرة التفاهم"; ``masdar_preposition`` in clause_words.tsv) or after "(على / ب) الرغم من"
        ("وعلى الرغم من تعهد الحكومة بـ…", "بالرغم من نفي القيادات"): no finite verb follows a
        preposition, so the word is the verbal noun or a noun written alike, and reports nothing
        (quotes pass 48b)."""
        if i == 0:
            return False
        before = self.words[i - 1]
        if before in MASDAR_PREPOSITIONS:
            return before != "علي" or self.is_preposition_ala(i - 1)  # not "بن علي يقول …" (a name)
        return before == "من" and i >= 2 and self.words[i - 2] in DESPITE_WORDS

    def masdar_reports(self, i: int) -> bool:
        """Whether the verbal noun at ``i`` (``speech_masdar``: "القول", "التأكيد") follows إلى and has the
        complement right after it ("ويخلص الكاتب إلى القول إن …", "يعود إلى التأكيد أن …"); elsewhere it is a
        noun ("لا يمكن القول إن …" is the writer's, "أهمية التأكيد على …" reports nothing)."""
        return (0 < i < self.count - 1 and self.words[i - 1] in MASDAR_LEADS
                and self.words[i + 1] in lx.COMPLEMENTIZERS)

    def opens_clause_with_object(self, i: int) -> bool:
        """Whether the bare "عبر" at ``i`` is the verb "expressed": it opens its clause (the sentence,
        a comma, or a lead such as "من جانبه", "لكنه", "وقد") and its own preposition "عن" follows
        with nothing but words between, the subject ("عبر الاتحاد الأوروبي أمس عن أمله …"). The
        preposition "via" follows a verb or a noun ("أعلن عبر حسابه عن …") or stands set off by
        commas ("، عبر منهاج حافل، …")."""
        if not self.opens_clause(i):
            return False
        form = _bare_verb_form(self.words[i])
        if form is None:
            return False
        for k in range(i + 1, min(self.count, i + 1 + VERB_OBJECT_REACH)):
            word = self.words[k]
            if word in form.preps:
                return True
            if not self.is_word(k):
                return False  # "، عبر منهاج حافل، وبتنظيم ندوة تحدثت عن …": the عن is another verb's
        return False

    def source_then_quotation(self, i: int) -> bool:
        """Whether the bare "جاء" at ``i`` is "is written in" before a quotation: في, a text named in at
        most ``SOURCE_WORDS`` words with no punctuation, then a colon (optional) and a quotation mark
        ("جاء في لسان العرب: «…»", "وقد جاء في الحديث: «…»"). Elsewhere "جاء" is "came" ("جاء في
        المركز الثاني", "جاء في وقت …") and verbs.tsv drops it."""
        k = i + 1
        if k >= self.count:
            return False
        if self.words[k] in IN_TEXT_PRONOUNS:
            # "تغريدة للناشط X، جاء فيها “…”", "بيانا جاء فيه: «…»": في and a pronoun for the text named
            # before, then (a colon and) the quotation: the text's words (pass lead21)
            if self.cue_in_clause_before(i):
                return False
            k += 1
            if k < self.count and self.words[k] == ":":
                k += 1
            return k < self.count and self.words[k] in QUOTE_CHARS
        if self.words[k] != "في":
            return False
        k += 1
        start = k
        while k < self.count and self.is_word(k) and k - start < SOURCE_WORDS:
            k += 1
        if k == start or k >= self.count:
            return False
        if self.words[k] == ":":
            k += 1
        return k < self.count and self.words[k] in QUOTE_CHARS

    def cue_in_clause_before(self, i: int) -> bool:
        """Whether a cue stands before token ``i`` in its sentence since the last quotation: it takes the
        quotation after "جاء فيه" as before ("وهنأ X في خطاب جاء فيه: «…»", "ونقلت الصحافة تصريحات …
        جاء فيها"). A name in marks is walked past ("في موقع «فيسبوك» كتبها X، جاء فيها"), and so is a
        verb right after a text, which describes it ("رسالة تحذر من … جاء فيها")."""
        first, _ = self.x.sentence_bounds(i)
        m = i - 1
        while m >= first:
            if self.words[m] in QUOTE_CHARS:
                j = next((j for j in range(m - 1, first - 1, -1) if self.words[j] in QUOTE_CHARS), first)
                if sum(1 for w in range(j + 1, m) if self.is_word(w)) > NAME_IN_MARKS_WORDS:
                    return False  # a quotation between, with its own cue ("جاء فيها “…”، كما نشر تغريدة …، جاء فيها")
                m = j
            elif m in self.cues and not (m > first and self.text_head(self.words[m - 1])):
                return True
            m -= 1
        return False

    def opens_clause_with_complement(self, i: int) -> bool:
        """Whether the bare "بين" at ``i`` is the verb "بيّن" (made clear): it opens its clause (the
        sentence, a comma, or a lead such as "من جهته", "حيث") and a complementizer follows within
        ``VERB_OBJECT_REACH`` words, with only the subject's words (and commas) between ("من جهته، بين
        مدير الإدارة … أنه …", "، بين أن …"). The preposition joins two things ("بين الحين والآخر"), or
        its clause holds another verb before the complement ("بين الطرفين، أكد الوزير أن …")."""
        if not self.opens_clause(i):
            return False
        cue_words = lx.cue_forms()
        for k in range(i + 1, min(self.count, i + 1 + VERB_OBJECT_REACH)):
            word = self.words[k]
            if word in lx.COMPLEMENTIZERS and not word.startswith("ف") and self.words[k - 1] not in lx.NOT_BEFORE_COMPLEMENTIZER:
                return True  # (the entities valid_complementizer asks about are not read yet)
            if (not self.is_word(k) and word not in COMMAS) or word in cue_words or word == "و" or word.startswith("وال"):
                return False
        return False

    def second_of_between(self, i: int) -> bool:
        """Whether "وبين" at ``i`` repeats a "بين" (بيننا، بينهم، ما بين …) a few words before it in its
        sentence: "بين A وبين B" (between A and B), not the verb "وبيّن" (explained). The verb keeps
        its shadda when written with one, and takes its complement right after it ("وبين أن …")."""
        if "ّ" in self.x.token_text(i) or (i + 1 < self.count and self.words[i + 1] in lx.COMPLEMENTIZERS):
            return False
        first, _ = self.x.sentence_bounds(i)
        return any(self.words[k] in BETWEEN_WORDS for k in range(max(first, i - BETWEEN_REACH), i))

    def opens_clause_before_finding(self, i: int, form: CueForm) -> bool:
        """Whether a verb that reports only a clause ("توصل", flag ``clause`` in verbs.tsv) opens its
        clause (the sentence, a comma, a lead, or written with و/ف) and its preposition follows with
        the complement right after it, with only words between ("وتوصل الباحثون إلى أن …", "حيث توصل
        علماء من جامعة …، إلى أنه …"). The verbal noun ("عقب توصل طهران لاتفاق") and the verb of a
        relative clause ("الذي توصلت إليه") report nothing and must not cut another quote there."""
        if not form.prefix and not self.opens_clause(i):
            return False
        for k in range(i + 1, min(self.count - 1, i + 1 + VERB_OBJECT_REACH)):
            word = self.words[k]
            if word in SENTENCE_STOPS:
                return False
            if word in form.preps and self.words[k + 1] in lx.COMPLEMENTIZERS:
                return True
        return False

    def opens_clause_with_description(self, i: int) -> bool:
        """Whether "وصف" / "يصف" at ``i`` is the verb "described … as": it opens its clause (the
        sentence, a comma, a lead such as "من جانبه", "في المقابل،") and, before the sentence ends,
        the description follows with its ب ("ووصف المدرب المعسكر بالناجح", "وصف X الاتفاق بأنه
        تاريخي", "… باعتباره …"). The noun "description" is a subject or an object inside its
        clause ("وهو وصف يعكس …", "ليصبح وصف طفل بـ…")."""
        if not self.opens_clause(i):
            return False
        for k in range(i + 2, min(self.count, i + 1 + DESCRIPTION_REACH)):
            word = self.words[k]
            if word in SENTENCE_STOPS:
                return False
            if word.startswith(DESCRIPTION_OPENINGS) or word in DESCRIPTION_WORDS:
                return True
        return False

    def description_follows(self, i: int) -> bool:
        """Whether the object of "واصفا" at ``i`` (flag ``describe`` in participles.tsv) is followed, a
        few words on and in the same clause, by its description with its ب ("واصفا الأداء بالممتاز",
        "واصفا إياهم بالرائعين", "واصفا ذلك بأنه …"): then the object and its description are the
        content; without one ("واصفا مراحله الثلاث") the participle takes only a complement clause."""
        for k in range(i + 2, min(self.count, i + 1 + DESCRIBED_OBJECT_REACH)):
            word = self.words[k]
            if word in SENTENCE_STOPS or word in COMMAS:
                return False
            if word.startswith(DESCRIPTION_OPENINGS) or word in DESCRIPTION_WORDS:
                return True
        return False

    def opens_clause_before_title(self, i: int) -> bool:
        """Whether the bare "ثمن" at ``i`` is the verb "commended" (``verb_before_title`` in
        clause_words.tsv): a title follows as its subject ("ثمن رئيس النادي جهود …", "من جانبه ثمن
        اللواء …") and it opens its clause (the sentence, a comma, a lead such as "من جانبه", a break
        particle such as "كما", or after punctuation: "وفي تصريح إلى «الوطن» ثمن …"). The noun "price"
        follows a verb or a preposition and takes a thing ("وزاد ثمن المياه", "يدفع ثمن الانفلات")."""
        if i + 1 >= self.count or lx.head_kind(self.words[i + 1]) not in ("title", "honorific"):
            return False
        return self.opens_clause(i) or (i > 0 and (self.words[i - 1] in BREAK_PARTICLES or not self.is_word(i - 1)))

    def thanks_follow(self, i: int) -> bool:
        """Whether thanks, congratulations or condolences ("التهنئة", "بالشكر", "أسمى آيات") follow the
        verb at ``i`` within a few words of the same sentence (after its subject)."""
        return self._in_clause_after(i, THANKS_REACH, thanks_word)

    def directive_follows(self, i: int) -> bool:
        """Whether the verb "وجّه" at ``i`` (listed for thanks, flag ``gratitude``) directs that something
        be done: it opens its clause (the sentence, a comma, a lead such as "وقد", or its subject
        before it: "وكان الوزير قد وجه …", "أن المدير وجه …") and a ب-object that names an action
        (``directive_object`` in clause_words.tsv: "بعدم", "بأن", "بضرورة", "بسرعة") follows within a
        few words, over words only ("ووجه الأمير الجهات المعنية بسرعة …"), or a definite ب-word right
        after the verb or after one definite addressee ("وجه اللجنة بالوقوف …"): farther off, or after
        a noun object, it says how ("ووجهت نداءها باللغة الإنجليزية", "وجه دعوة لكل الصحافيين
        بالتوجه …"). "على وجه السرعة", "في وجه" (face) follow a preposition."""
        form = lx.gratitude_forms()[self.words[i]]
        if self.words[i][len(form.prefix):].startswith(("ت", "ا", "ن")):
            return False  # "توجه الوفد بالطائرة" (went), "أوجه" (aspects): not "he directed"
        if i and self.words[i - 1] in DIRECTIVE_NOT_AFTER:
            return False
        if not (self.opens_clause(i) or form.prefix or (i and self.words[i - 1] in ("قد", "وقد", "لقد"))
                or (i and self.subject_like(i - 1))):
            return False
        for k in range(i + 1, min(self.count, i + 1 + DIRECTIVE_REACH)):
            word = self.words[k]
            if not self.is_word(k):
                return False
            if word in DIRECTIVE_OBJECTS:
                return True
            if word.startswith("بال") and len(word) > 5 and (k == i + 1 or (k == i + 2 and self.words[i + 1].startswith("ال"))):
                return True  # "وجه بالإسراع …", "وجه اللجنة بالوقوف …"; not "وجهت نداءها باللغة …"
        return False

    def possibility_before(self, i: int, form: CueForm) -> bool:
        """Whether the present-tense verb at ``i`` follows a particle of possibility (ربما، قد، لعل;
        ``possibility`` in clause_words.tsv): "سلوك الذئب المنعزل ربما يشير إلى خلل في الفريق" says what
        may be, no one reports it. Not a past verb ("وقد أعلنت الوزارة أن …": the past made sure), nor an
        impersonal form ("وقد تبين أن …", read as such by :meth:`__init__`)."""
        if not i or form.tense != "present" or self.words[i - 1] not in POSSIBILITY_WORDS:
            return False
        return self.words[i][len(form.prefix):] not in IMPERSONAL_FORMS

    def counted(self, i: int) -> bool:
        """Whether the word at ``i`` follows a number written in digits (not a year), or is the noun a
        figure of the numbers stage counts: a verb spelt like a noun ("طالب" student, flag ``strict``)
        is then the counted noun ("400 طالب", "120 طالبا", "ثلاثة آلاف طالب بالسنة التحضيرية")."""
        if not i:
            return False
        if self.x.starts[i] in self.counted_nouns:
            return True
        prev = self.words[i - 1]
        if not prev.isdigit():
            return False
        return not (len(prev) == 4 and prev[:2] in ("19", "20"))

    @cached_property
    def counted_nouns(self) -> frozenset[int]:
        """Where the nouns the figures count begin, as normalised offsets like the words' (the numbers
        stage runs before this one and gives offsets into the document's text)."""
        return frozenset(self.x.normalized_offset(f["noun_start"]) for f in self.doc.facts if f.get("noun_start") is not None)

    def stance_follows(self, i: int) -> bool:
        """Whether the verb at ``i`` that reports only a stance it renews (flag ``stance`` in verbs.tsv:
        "جدد") has a word of stance or speech for object within a few words of its sentence (after its
        subject): "وجدد الوزير التأكيد على …", "جددت المملكة موقفها الثابت", "وجدد إدانته" (the words:
        ``stance_object`` in clause_words.tsv). Renewing a contract, a detention or a look reports
        nothing ("جددت الإدارة التعاقد مع …", "كما جددت النيابة حبس …", "تجدد القلق من …")."""
        return self._in_clause_after(i, STANCE_REACH, _stance_word)

    def reports_subject_follows(self, i: int) -> bool:
        """Whether the verb at ``i`` that reports only with reports or sources for subject (flag ``rumour``
        in verbs.tsv: "تحدث") has such a subject right after it: "وتتحدث المصادر نفسها عن …", "تحدثت
        تقارير إعلامية عن …" (the words: ``rumour_subject`` in word_classes.tsv). The dev gold takes those
        as indirect quotes but leaves a person's talk unmarked ("وتحدث الأمير عن …", "تحدث فيها عن …")."""
        return i + 1 < self.count and _rumour_subject(self.words[i + 1])

    def _in_clause_after(self, i: int, reach: int, wanted) -> bool:
        """Whether a word ``wanted`` accepts comes within ``reach`` words after ``i``, before the
        sentence ends."""
        for k in range(i + 1, min(self.count, i + 1 + reach)):
            word = self.words[k]
            if word in SENTENCE_STOPS:
                return False
            if wanted(word):
                return True
        return False

    def match_phrase(self, i: int, table: dict[str, tuple[Phrase, ...]]) -> tuple[Phrase, int, int] | None:
        """Longest phrase of ``table`` at token ``i``: (phrase, next token, end char).

        A final ``ل`` matches the preposition written on the next word
        (وفقا لـ«عكاظ»، وفقا للوزارة): the phrase then ends inside that token.
        """
        words, count = self.words, self.count
        nxt = words[i + 1] if i + 1 < count else None
        for phrase in table.get(words[i], ()):
            # A cheap test on the second word first: "في" opens some 95 marker phrases, and the
            # loop below would fail on that word for nearly all of them (same outcome, faster).
            if len(phrase.words) > 1:
                second = phrase.words[1]
                if nxt is None:
                    continue  # the phrase runs past the text
                if second != nxt and not (len(phrase.words) == 2 and second == "ل" and nxt.startswith("ل") and len(nxt) > 2):
                    continue  # the second word differs (and is not the ل written on the next word)
            j = i
            end_char = None
            ok = True
            for k, expected in enumerate(phrase.words):
                if j >= count:
                    ok = False
                    break
                word = words[j]
                last = k == len(phrase.words) - 1
                if last and expected == "ل" and word != "ل" and word.startswith("ل") and len(word) > 2:
                    end_char = self.x.starts[j] + 1
                    break
                if word != expected:
                    ok = False
                    break
                j += 1
            if ok:
                if end_char is None:
                    end_char = self.x.ends[j - 1]
                return phrase, j, end_char
        return None

    def asker_follows(self, verb: int) -> bool:
        """Whether the asker stands right after a verb of asking (flag ``ask``): a phrase that can be a speaker
        (``subject_like``: a speaker word or a name), not a noun with its own pronoun or "نفس" ("وسأل جدّه: «…»"،
        "تسأل نفسك: «…»": the one asked, the asker unnamed) nor a manner ("وسألني بلهجة اليائس: …"، "يسأل
        مستفسرا: …"). With no asker there the verb is no cue and its question keeps the reading it had: a
        subject-less question is mostly a story's or a column's, whose asker the speaker chain does not hold (dq49b)."""
        # the entity stage's name lists, imported here as phrases.py does: speech loads without them
        from khabar.entities.tagger import is_name

        k = verb + 1
        if (k >= self.count or not self.subject_like(k) or self.words[k].startswith(ASKED_SELF)
                or self.prepositional_start(k) or self.words[k] in ASKED_MANNER or self.words[k] in lx.participle_forms()):
            return False
        word, written = self.words[k], self.x.token_text(k)
        # written ه، not ة (normalised alike); no article; a given name ending in ه asks ("وسأل عبدالله: «…»")
        return lx.possessive_stem(written) is None or len(word) < 3 or word.startswith("ال") or is_name(word)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.count and self.words[i][0].isalnum()

    def original_word(self, i: int) -> str:
        return self.x.token_text(i)

    def is_preposition_ala(self, i: int) -> bool:
        """على (preposition) rather than the name علي: they fold together."""
        return self.words[i] == "علي" and not self.original_word(i).endswith("ي")

    def valid_complementizer(self, i: int) -> bool:
        word = self.words[i]
        if word not in lx.COMPLEMENTIZERS:
            return False
        if (i and self.words[i - 1] in lx.NOT_BEFORE_COMPLEMENTIZER) or self.opens_new_clause(i) or self.concession_at(i):
            return False
        if word == "فان" and i and self.words[i - 1] in lx.NAME_PARTICLES:
            return False  # "بن فان بيوردن": the Dutch "van" of a name, written like فإن
        if word == "فان" and self.original_word(i) == "فان" and (
                self.has_entity(self.span(i, i + 1), types=("PER",)) or self.has_entity(self.span(i + 1, i + 2), types=("PER",))
                if i + 1 < self.count else False):
            return False  # "وقال فان غال": the Dutch "van" of a name (فإن is written with its hamza or before a clause)
        return not (word == "ان" and i + 1 < self.count and self.words[i + 1] in ("شاء", "شاءالله"))

    def opens_new_clause(self, i: int, words_before: frozenset[str] = lx.NEW_CLAUSE_BEFORE_THAT) -> bool:
        """Whether the أن at ``i`` opens a clause of its own ("إلا أنه", "فضلا عن أنه"; with
        ``CONCESSIVE_BEFORE_THAT``: "على الرغم من أن"): no reporting verb has its complement there (lead38a)."""
        words = self.words
        if words[i] not in lx.COMPLEMENTIZERS or not i:
            return False
        return words[i - 1] in words_before or (i > 1 and f"{words[i - 2]} {words[i - 1]}" in words_before)

    def concession_at(self, i: int) -> bool:
        return self.opens_new_clause(i, lx.CONCESSIVE_BEFORE_THAT)

    def same_paragraph(self, i: int, j: int) -> bool:
        return 0 <= i < self.count and 0 <= j < self.count and self.x.paragraph[i] == self.x.paragraph[j]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Normalised char span of tokens ``[a, b)``."""
        return self.x.starts[a], self.x.ends[b - 1]

    def quote_words(self, q: Quotation) -> int:
        a = self.x.token_at(q.content_start)
        n = 0
        for k in range(a, self.count):
            if self.x.starts[k] >= q.content_end:
                break
            if self.words[k][0].isalnum():
                n += 1
        return n

    def close_token(self, q: Quotation) -> int | None:
        return self.x.token_at(q.close) if q.close is not None else None

    # --- passes ---------------------------------------------------------------------

    def run(self) -> list[dict[str, Any]]:
        self.direct_opens: set[int] = set()
        self.nested_opens: set[int] = set()  # quotations attributed inside another quote's content
        self.compute_breaks()
        self.direct_pass()
        self.add_as_said()
        self.according_pass()
        self.closing_pass()
        self.indirect_pass()
        self.headline_pass()
        self.interview_pass()
        self.select()
        answers = self.set_answers_aside()
        self.first_reporters()
        self.candidates.sort(key=lambda c: (c.order, c.content[0]))
        self.resolve_speakers()
        self.answer_speakers(answers)
        return self.records()

    def select(self) -> None:
        """Of two readings of the same words, keep the surer one (direct, then clauses, then objects)."""
        kept: list[Candidate] = []
        for cand in sorted(self.candidates, key=lambda c: (-c.priority, c.order)):
            s, e = cand.content
            if e <= s:
                continue
            for k in kept:
                # a source the reported words cite keeps only the clause it closes (round q57)
                if cand.kind == "according_to":
                    self.cite_inside(cand, k, kept)
                elif k.kind == "according_to":
                    self.cite_inside(k, cand, [c for c in kept if c is not k])
            if any(_clash(cand, k) for k in kept) and not self.ends_swallowing(cand, kept):
                continue
            for k in kept:
                if _framed(cand, k) or _framed(k, cand):
                    (k if k.kind == "according_to" else cand).relay = True
            kept.append(cand)
        self.candidates = kept

    def ends_swallowing(self, cand: Candidate, kept: list[Candidate]) -> bool:
        """"قال إن هناك إقبالا على الروبيان، وتوقع القريني زيادة الكميات …": a reporting verb with و
        after a comma, whose content is its noun object (so no break was set before it), begins a new
        attribution; the reported clause (أن …, a colon) of an earlier quote that ran on over it ends at
        the comma, and ``cand`` is kept. Not a noun or preposition object ("تعهدت بالاستمرار في نقل
        الحقيقة، وكشف الأكاذيب": a masdar goes on with the object). Whether every clash was so
        resolved (quotes pass q71)."""
        form = cand.form
        if cand.kind != "indirect" or form is None or form.kind != "verb" or form.prefix != "و" or cand.cue is None:
            return False
        i = self.x.token_at(cand.cue[0])
        if i == 0 or self.words[i - 1] not in COMMAS or self.inside[i] >= 0:
            return False
        if cand.np_tokens is not None and cand.resolve == "explicit" and not self.subject_like(cand.np_tokens[0]):
            return False  # "…، وتُوقع العقوبات الرادعة على …": no speaker after the verb, another sense of it
        clashing = [k for k in kept if _clash(cand, k)]
        if not all(k.kind == "indirect" and k.priority >= 2 and k.content[0] < self.x.starts[i - 1] and k.content[1] > cand.cue[0] for k in clashing):
            return False
        ends = [self.content_span(self.x.token_at(k.content[0]), i - 1) for k in clashing]
        if any(end is None for end in ends):
            return False
        for k, end in zip(clashing, ends):
            k.content = (k.content[0], end[1])
        return True

    def cite_inside(self, cand: Candidate, outer: Candidate, kept: list[Candidate]) -> bool:
        """Whether ``cand``, read again as a source the reported words of ``outer`` cite
        (:meth:`~khabar.speech.according.AccordingTo.clause_in_reported_words`), now stands inside them
        with no other clash: it then keeps that clause, nested in ``outer``."""
        inner = self.clause_in_reported_words(cand, outer)
        if inner is None:
            return False
        content, nested = cand.content, cand.nested
        cand.content, cand.nested = inner, True
        if any(_clash(cand, k) for k in kept):
            cand.content, cand.nested = content, nested
            return False
        return True

    def compute_breaks(self) -> None:
        """Cues that begin a new attribution inside a sentence end the content before them."""
        words = self.words
        for i, form in self.cues.items():
            if form.person != 3:
                continue
            before = words[i - 1] if i else ""
            if self.adjective_participle(i, form) or self.laden_participle(i, form):
                continue
            if form.kind == "participle" or form.prefix or before in COMMAS or before in BREAK_PARTICLES:
                if form.kind == "verb" and not self.verb_has_complement(i, form):
                    continue
                if before in COMMAS and self.subject_set_off(i, form):
                    continue  # "… أن المدير العام للتعليم محمد المرشد، وجه بأن …": the clause's own verb (lead39i)
                self.breaks.add(i - 1 if before in BREAK_PARTICLES else i)
            elif form.kind == "verb" and self.verb_has_complement(i, form, speech=True):
                if self.predicate_in_clause(i):
                    continue  # "… أن أنقرة أبلغت واشنطن …": the reported clause's own verb, not a new attribution
                first = self.x.sentence_bounds(i)[0]
                if i + 1 in self.open_at and self.inside_clause(i, first) and self.nested_cue(i, i + 1, first):
                    continue  # a quote within the reported speech does not end it
                self.breaks.add(i)
        for i in self.nominal:
            if words[i].startswith("ب"):
                self.breaks.add(i)
        for i in range(1, self.count - 1):
            if words[i] == "في" and words[i + 1] in ("اشاره", "اشارته") and words[i - 1] in COMMAS:
                self.breaks.add(i)  # "…، في إشارة إلى …": the journalist's gloss, not what was said
        for i, (phrase, nxt, _) in self.according.items():
            before = words[i - 1] if i else ""
            if (phrase.kind == "verb" and nxt < self.count and self.is_word(nxt) and not lx.head_kind(words[nxt])
                    and not self.reporting_word(nxt)):
                continue  # "، وعلى ما قدموه من عمل": no reporting verb, no attribution (as in according_pass)
            opens = before in COMMAS or (words[i][0] in "وف" and phrase.words[0][0] in "وف" and words[i] != phrase.words[0][1:])
            if opens and (phrase.kind != "source" or self.valid_source(nxt, self.x.sentence_bounds(i)[1], phrase)):
                self.breaks.add(i)
        for i, form in self.cues.items():
            lead = self.contrast_lead_before(i, form)
            if lead is not None:
                self.breaks.add(lead)
        for i in range(1, self.count - 1):
            if words[i] in ASIDE_PARTICIPLES and words[i - 1] in COMMAS and self.inside[i] < 0:
                self.breaks.add(i)  # "…، شاكرا مدير التعليم على …": the speaker's next act, not what was said (s45 ind45b)
            if self.narrated_clause_at(i):
                self.breaks.add(i)  # "…، واعتبرت منظمة التعاون الإسلامي هذه الجريمة …": the writer's next clause
            act = self.narration_act_at(i)
            if act is not None:
                self.breaks.add(act)  # "…، وسلم الرئيس علي عبدالله صالح الكأس …": the writer's next event (s49 ind49a)
        for i in [b for b in self.breaks if b in self.cues and b > 0 and words[b - 1] in WHEN_CLAUSE_LEADS]:
            # "أكد أن الإلغاء سيكون تدريجيا، حيث قال: «…»": the conjunction opens the new attribution's
            # clause; it is not the last word of what was said before it
            self.breaks.add(i - 1)

    def narrated_clause_at(self, i: int) -> bool:
        """Whether token ``i``, right after a comma, is و + a past reporting verb whose own speaker is named
        right after it, though no complement follows ("…، واعتبرت منظمة التعاون الإسلامي هذه الجريمة تصعيدا"،
        "…، وتوقع القريني زيادة الكميات"، "…، ونقل البيان عن وانغ قوله"): a new attribution, so a content that
        reached it ends at the comma. With a complement such a verb already ends it (``compute_breaks``); a
        verb with no speaker after it ("…، وأكد لجميع القوى أن …") may go on with the same one."""
        form = self.cues.get(i)
        if (form is None or form.kind != "verb" or form.prefix != "و" or form.person != 3 or form.tense != "past"
                or self.words[i - 1] not in COMMAS or self.inside[i] >= 0 or i + 1 >= self.count
                or self.words[i][1:] in VERB_OR_PREPOSITION or self.words[i][1:] in RANKING_WORDS):
            return False  # "…، وعبر مواقع التوظيف …": through; "…، وأبرز المواقع …": the most prominent; no verb
        return self.subject_like(i + 1) and not self.has_entity(self.span(i, i + 1))

    def narration_act_at(self, i: int) -> int | None:
        """The token where a content that reached token ``i`` ends when ``i`` is a verb of an act the writer
        narrates (``narration_act`` in clause_words.tsv: سلم، قام، تفقد، وجه، أجاب …, with an object pronoun
        or not) with و / ف on it right after a comma, or bare after "، فيما / بينما", and a person named
        right after it (:meth:`named_actor_at`), its doer ("…، وسلم الرئيس علي عبدالله صالح الكأس للكويت"،
        "…، ووجه اللواء مجدي عبدالغفار بتقديم …"، "…، فيما قام المذيع علي العلياني بوضع صورة …"، "…، وأجابه
        مدير الأمن العام"): the writer's next event, not what was said, so the content ends at the comma (or
        before فيما), and a participle after it goes on with that clause's subject. No such verb reports
        speech, so ``narrated_clause_at`` (reporting verbs) never read it; ``None`` where token ``i`` is
        none. Not a verb whose object is a person (استقبل، التقى، زار، عزى): "قال إنه زار الجزائر، والتقى
        الرئيس الجزائري …" is still his own account."""
        words = self.words
        if i < 2 or i + 1 >= self.count or self.inside[i] >= 0:
            return None
        word = words[i]
        if words[i - 1] in COMMAS and word[:1] in ("و", "ف"):
            at, stem = i, word[1:]
        elif words[i - 1] in NARRATION_LEADS and words[i - 2] in COMMAS:
            at, stem = i - 1, word
        else:
            return None
        # the verb's shape first: asked of every token, the named actor's look-ahead only after a comma
        if not any(stem.endswith(suffix) and stem[: len(stem) - len(suffix)] in NARRATION_ACTS for suffix in ("", "ه", "ها", "هم")):
            return None
        return at if self.named_actor_at(i + 1) else None

    def named_actor_at(self, k: int) -> bool:
        """Whether a person is named from token ``k`` on: a person the tagger found within four words, or a
        person's title ("مدير الأمن العام"). Not a team, a hospital or a report ("، وقام فريق المؤسسة بفحص
        الركاب"، "، بينما استقبل مستشفى العزيزية 524 مراجعا"): such acts go on in a spokesman's own account."""
        if k >= self.count or not self.is_word(k):
            return False
        if lx.head_kind(self.words[k]) == "title":
            return True
        return any(self.entity_starts.get(m) in self.person_ids for m in range(k, min(self.count, k + 4)))

    def predicate_in_clause(self, i: int) -> bool:
        """Whether the bare verb at ``i`` is the predicate of a clause already opened: right after a
        relative pronoun ("الشبكة التي أعلنت الكويت …") or after a complementizer and the one or two
        words of its subject ("أن أنقرة أبلغت واشنطن …"). Its subject stands before it, so it does not
        open an attribution of its own, and the content that holds it goes on past it. Not before a colon
        ("وذكر أن رجلا قال للأديب: …"): the verb brings its own speaker's words, a quote of its own."""
        words = self.words
        if ":" in words[i + 1:self.x.sentence_bounds(i)[1]]:
            return False
        if i and words[i - 1] in lx.RELATIVES:
            return True
        for size in (1, 2):
            k = i - size - 1
            if k < 0 or words[k] not in CLAUSE_SUBJECT_LEADS:
                continue
            if all(self.is_word(m) and words[m] not in lx.cue_forms() for m in range(k + 1, i)):
                return True
        return False

    def subject_set_off(self, i: int, form: CueForm) -> bool:
        """Whether the bare past verb at ``i``, after a comma, is the predicate of a complement whose whole
        subject stands between the complementizer and that comma ("وأوضح العمري، أن المدير العام للتعليم
        محمد بن عبدالله المرشد، وجه بأن تكون المقابلات …"), as :meth:`predicate_in_clause` reads one with no
        comma: the content goes on past it. A past verb only, with no subject after it, and not before a colon
        (each a quote of its own: "…، يقول محمد علوش إن …"); and only after a person's name, since the words
        between may hold the clause's own verb, which no parser here sees ("أن النظام الجديد يسهل عمل
        المستوردين، بين أن …")."""
        words = self.words
        if form.kind != "verb" or form.tense != "past" or form.prefix or i < 3 or ":" in words[i + 1:self.x.sentence_bounds(i)[1]]:
            return False
        if i + 1 < self.count and self.subject_like(i + 1):
            return False  # "…، يقول محمد علوش إن …": a verb with a subject of its own opens a new attribution
        comma = i - 1
        if comma - 1 not in self.person_ends:
            return False  # only a person's name before the comma: "أن النظام الجديد يسهل عمل المستوردين، بين أن …" has its verb
        for k in range(comma - 1, max(comma - MAX_NP - 3, 0), -1):
            if words[k] in CLAUSE_SUBJECT_LEADS:
                return k + 1 < comma and self.parse_np(k + 1, comma) == comma
            if not self.is_word(k) or k in self.cues or words[k] in COMMAS:
                return False
        return False

    def contrast_lead_before(self, i: int, form: CueForm) -> int | None:
        """"…، ولكن الجماهير أكدت أن …" / "…، إلا أن مصادر مطلعة أفادت بأن …": after a comma, a
        conjunction of contrast whose clause puts its whole subject before a past reporting verb with
        its complement begins a new attribution; the token of the conjunction, else ``None`` (round 44b)."""
        if form.kind != "verb" or form.tense != "past" or form.person != 3 or form.prefix or i < 3:
            return None  # a present verb there tells a state ("…، غير أن المقاومة تشكو من نقص …")
        words = self.words
        for s in range(i - 1, max(i - 1 - CONTRAST_SUBJECT_REACH, 1), -1):
            word = words[s - 1]
            if not self.is_word(s) or s in self.cues or words[s] in COMMAS:
                return None
            if word in CONTRAST_LEADS and words[s - 2] in COMMAS:
                lead = s - 1
            elif word == "ان" and s >= 3 and words[s - 2] in CONTRAST_THAT and words[s - 3] in COMMAS:
                lead = s - 2
            else:
                continue
            if words[s] in SUBJECT_NOT_FIRST or self.parse_np(s, i) != i or not self.verb_has_complement(i, form):
                return None  # the words between are the verb's subject, whole ("إلا أن الموظف كان قد فاجأهم برسالة أكد …": no)
            return lead
        return None

    def verb_has_complement(self, i: int, form: CueForm, *, speech: bool = False) -> bool:
        """Whether the verb at ``i`` introduces content (``speech``: with a colon, quotation or بالقول)."""
        _, limit = self.x.sentence_bounds(i)
        end = self.subject_end(i + 1, limit, form)
        if speech:
            return end < limit and (end in self.nominal or self.scan_region(end, limit, form).stop in ("colon", "quote"))
        region = self.scan_region(end, limit, form)
        return region.stop in ("that", "colon", "quote", "prep", "merge")

    # --- records ------------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        doc, x = self.doc, self.x
        out: list[dict[str, Any]] = []
        seen: list[tuple[int, int, Candidate]] = []
        times = _time_index(doc)
        named_media = self.media_named()
        for cand in self.candidates:
            s, e = x.original_span(*cand.content)
            if e <= s or any(s < pe and ps < e and _overlap(s, e, ps, pe) > 0.6 * min(e - s, pe - ps) and not _nested(cand, other)
                             for ps, pe, other in seen):
                continue
            seen.append((s, e, cand))
            if cand.silent:
                continue  # thanks offered as an act: it gave later cues their speaker, it is no quote
            record: dict[str, Any] = {
                "id": f"q{len(out) + 1}",
                "kind": cand.kind,
                "start": s,
                "end": e,
                "text": doc.text[s:e],
                "cue": self.span_dict(cand.cue),
                "speaker": self.speaker_dict(cand.who),
                "via": None,
                "via_text": self.span_dict(cand.via),
                "via_outlet": None,
                "channel": self.span_dict(cand.channel),
                "audience": None,
                "reported_first_by": None,
                "reported_first_by_text": self.span_dict(cand.reported_first),
                "time": None,
                "time_span": self.span_dict(cand.time),
                "sentence": doc.sentence_index(s) if doc.sentences else None,
            }
            if cand.audience is not None:
                record["audience"] = x.original_text(*cand.audience)
            if cand.via is not None:
                target = cand.via_target or cand.via
                record["via"] = self.entity_id_in(target, prefer=("ORG", "MISC", "PER"))
                outlet = None
                if cand.via_nominal:
                    outlet = named_media.get(cand.via[0]) or doc.outlet
                else:
                    found = _outlet(x.original_text(*target))
                    outlet = found.to_dict() if found is not None else None
                record["via_outlet"] = outlet
            if cand.reported_first is not None:
                record["reported_first_by"] = self.entity_id_in(cand.reported_first, prefer=("ORG", "MISC", "PER"))
            record["time"] = self.time_id(cand, times)
            out.append(record)
        return out

    def span_dict(self, span: tuple[int, int] | None) -> dict[str, Any] | None:
        if span is None:
            return None
        s, e = self.x.original_span(*span)
        return {"start": s, "end": e, "text": self.doc.text[s:e]}

    def speaker_dict(self, who: Who | None) -> dict[str, Any]:
        if who is None:
            return {"entity": None, "text": None, "start": None, "end": None, "anonymous": False}
        s, e = self.x.original_span(who.start, who.end)
        return {"entity": who.entity, "text": self.doc.text[s:e], "start": s, "end": e, "anonymous": bool(who.anonymous)}

    def entity_id_in(self, span: tuple[int, int], prefer: tuple[str, ...]) -> str | None:
        if not self.entities:
            return None
        s, e = self.x.original_span(*span)
        inside = [m for m in self.entities if m[0] < e and s < m[1]]
        for kind in prefer:
            for m in inside:
                if m[3] == kind:
                    return m[2]
        return inside[0][2] if inside else None

    def time_id(self, cand: Candidate, times: list[tuple[int, int, str]]) -> str | None:
        """The id in ``times`` of the time said in the attributing clause."""
        if not times:
            return None
        if cand.time is not None:
            s, e = self.x.original_span(*cand.time)
            for ts, te, tid in times:
                if ts < e and s < te:
                    return tid
        if cand.cue is None:
            return None
        ce = self.x.original_span(*cand.cue)[1]
        qs = self.x.original_span(*cand.content)[0]
        lo, hi = (ce, qs) if ce <= qs else (ce, self.sentence_end_char(cand))
        for ts, te, tid in times:
            if lo <= ts and te <= hi:
                return tid
        return None

    def sentence_end_char(self, cand: Candidate) -> int:
        k = self.x.token_at(cand.cue[0])
        _, end = self.x.sentence_bounds(k)
        return self.x.original_span(self.x.starts[end - 1], self.x.ends[end - 1])[1]

    def media_named(self) -> dict[int, dict[str, Any] | None]:
        """For each "للصحيفة": the outlet of the newspaper named last before it, if any."""
        result: dict[int, dict[str, Any] | None] = {}
        nominal_starts = sorted(c.via[0] for c in self.candidates if c.via_nominal and c.via is not None)
        if not nominal_starts:
            return result
        last = None
        cursor = 0
        for k, word in enumerate(self.words):
            while cursor < len(nominal_starts) and nominal_starts[cursor] <= self.x.starts[k]:
                result[nominal_starts[cursor]] = last
                cursor += 1
            if lx.head_kind(word) == "media" and not word.startswith("ال"):
                end = self.media_tail(k + 1, name=True)
                for stop in range(end, k + 1, -1):  # the longest name the outlets table knows
                    found = _outlet(self.x.original_text(self.x.starts[k], self.x.ends[stop - 1]))
                    if found is not None:
                        last = found.to_dict()
                        break
        while cursor < len(nominal_starts):
            result[nominal_starts[cursor]] = last
            cursor += 1
        return result


DIRECTIVE_LEMMAS = lx.clause_words("directive_lemma")  # "وجه": directed that (see Finder.directive_follows)
DIRECTIVE_OBJECTS = lx.clause_words("directive_object")  # "بعدم", "بأن", "بضرورة" after it
DIRECTIVE_NOT_AFTER = lx.clause_words("directive_not_after")  # "على وجه", "في وجه": the noun "face"
DIRECTIVE_REACH = 7  # words between "وجه" and its ب-object: the subject and an addressee ("اللجنة")
THANKS_REACH = 16  # words between a verb of thanks and its object: the subject, "نيابة عن …", "باسمه"
SENTENCE_STOPS = frozenset({".", "؟", "?", "!", ":"})
RUMOUR_SUBJECTS = lx.word_class("rumour_subject")  # "تقارير", "مصادر": the subject that makes "تحدث" report
STANCE_REACH = 16  # words between "جدد" and its object: the subject with its title, "وعلى لسان X،", "أمس"

# verb forms that normalise onto a common word and are cues only when the hamza is written
HAMZA_WRITTEN = {"هنا": "", "وهنا": "و", "فهنا": "ف"}
MASDAR_PREPOSITIONS = lx.clause_words("masdar_preposition")  # "في نقل المعركة" (quotes pass 48b)
DESPITE_WORDS = lx.clause_words("despite")  # "(على) الرغم من نفي …" (quotes pass 48b)
QUESTION_WORDS = lx.clause_words("question_word")  # "هل ترى أن …؟" (quotes pass 48b)
POSSIBILITY_WORDS = lx.clause_words("possibility")  # "ربما يشير إلى …" (quotes pass 51b)
IMPERSONAL_FORMS = lx.clause_words("impersonal_verb")  # "وتبين أن …" (it turned out), not "she explains" (quotes pass 47b)
MASDAR_LEADS = lx.clause_words("speech_masdar_lead")  # "إلى القول إن …" (quotes pass 47b)
HAMZA_PAST = lx.clause_words("hamza_past")  # "ابان": the verb "أبان" only as written with أ
CLAUSE_SUBJECT_LEADS = lx.clause_words("clause_subject_lead")  # "أن أنقرة أبلغت …" (quotes pass q67)
PATRONYM = lx.clause_words("patronym")  # "بن": "أبان بن عثمان" is a name
VERB_OR_PREPOSITION = lx.word_class("verb_or_preposition")  # "عبر": the verb only opening its clause
VERB_BEFORE_COMPLEMENT = lx.word_class("verb_before_complement")  # "بين": the verb only opening its clause before أن
BETWEEN_WORDS = lx.word_class("between")  # "بين", "بيننا", "بينهم": the preposition a "وبين" may repeat
SECOND_BETWEEN = frozenset({"وبين"})  # the verb "وبيّن" spelt as "and between"
BETWEEN_REACH = 16  # words back to the first "بين" of "بين A وبين B" (A a long noun phrase at most)
VERB_OR_NOUN = lx.word_class("verb_or_noun")  # "وصف": the verb only opening its clause with its description
SOURCE_BEFORE_QUOTATION = lx.word_class("source_before_quotation")  # "جاء في X: «…»" (quotes pass q58)
NAME_IN_MARKS_WORDS = 3  # words of a name in quotation marks ("«لاغازيتا ديلو سبورت»"), not a quotation
IN_TEXT_PRONOUNS = lx.word_class("in_it_pronouns")  # "جاء فيه: «…»": في + a pronoun for the text named before
SOURCE_WORDS = 4  # words of the text named between "جاء في" and its colon or quotation ("لسان العرب")
VERB_BEFORE_TITLE = lx.clause_words("verb_before_title")  # "ثمن": the verb only before a title, opening its clause
BREAK_PARTICLES = lx.clause_words("break_particle")  # "كما", "فيما": a new clause begins after them
CONTRAST_LEADS = lx.clause_words("contrast_lead")  # "…، ولكن X أكد أن …"
CONTRAST_THAT = lx.clause_words("contrast_that")  # "…، إلا أن X أفاد بأن …"
CONTRAST_SUBJECT_REACH = 6  # words of the subject between the conjunction of contrast and the verb
SUBJECT_NOT_FIRST = lx.clause_words("not_subject_start")  # "…، لكن في المؤتمر أكد أن …": no subject
RANKING_WORDS = lx.clause_words("ranking_word")  # "أبرز": before a noun the elative, no verb (s45 ind45a)
KUNYA_PARTICLES = lx.word_class("kunya_particles")  # "أبي", "أبو": the word after is a name (lead49d)
NARRATION_ACTS = lx.clause_words("narration_act")  # "، وسلم الرئيس …": the writer's next event after a comma (s49 ind49a)
NARRATION_LEADS = lx.clause_words("narration_lead")  # "، فيما قام المذيع …": a clause of its own (s49 ind49a)
ASIDE_PARTICIPLES = lx.clause_words("aside_participle")  # "، شاكرا", "، مرحبا": thanks or welcome after a comma (s45 ind45b)
WHEN_CLAUSE_LEADS = lx.clause_words("when_clause")  # "حيث", "عندما" before a cue that ends the content before
VERB_CLAUSE_LEAD = lx.word_class("verb_clause_lead")  # "من جانبه", "لكنه", "وقد" before such a verb
DESCRIBED_OBJECT_REACH = 8  # words between "واصفا" and its description: the object alone ("واصفا هذه الشهرة بالساذجة")
DESCRIPTION_REACH = 24  # words between "وصف" and its description: a long title and name, then the object
VERB_OBJECT_REACH = 14  # words between "عبر" and its "عن": the subject, a time ("أمس"), an adverb


def _rumour_subject(word: str) -> bool:
    """A report or source word (``rumour_subject``), with or without the article: "المصادر", "تقارير"."""
    return word in RUMOUR_SUBJECTS or (word.startswith("ال") and word[2:] in RUMOUR_SUBJECTS)


def _stance_word(word: str) -> bool:
    """A word of stance or speech (``stance_object``), with or without و/ب/ل, the article or an
    attached pronoun: "التأكيد", "تأكيده", "موقفها", "وإدانتها", "بالدعوة"."""
    return word in STANCE_FORMS


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Every token :class:`Finder` looks at when it opens a document: reporting verbs and
    participles (and هنا, which may be the verb هنأ), the first words of according-to phrases,
    the nominal cues (بقوله) and اول (أول من)."""
    return (frozenset(lx.cue_forms()) | frozenset(lx.gratitude_forms()) | frozenset(lx.chant_forms()) | frozenset(HAMZA_WRITTEN) | frozenset(lx.according_phrases())
            | frozenset(lx.speech_masdars())
            | frozenset(NOMINAL_CUES) | VERB_OR_PREPOSITION | VERB_BEFORE_COMPLEMENT | VERB_OR_NOUN | VERB_BEFORE_TITLE | HAMZA_PAST
            | SOURCE_BEFORE_QUOTATION
            | {"اول"})


@lru_cache(maxsize=8)
def _bare_verb_form(word: str) -> CueForm | None:
    """The past form of a verb written with no conjunction that the lexicon lists only with one ("عبر"
    from "وعبر")."""
    prefixed = lx.cue_forms().get("و" + word)
    return replace(prefixed, prefix="") if prefixed is not None else None


def _complement_only(form: CueForm | None) -> CueForm | None:
    """The form without its noun object: a cue only with a complement clause or a colon."""
    return replace(form, flags=form.flags - {"noun"}) if form is not None else None


@lru_cache(maxsize=8)
def _hamza_form(word: str) -> CueForm | None:
    feminine = lx.cue_forms().get("هنات")
    if feminine is None:
        return None
    return replace(feminine, gender="m", prefix=HAMZA_WRITTEN[word])


def _clash(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates read mostly the same words and neither is reported inside the other."""
    s, e = a.content
    return _overlap(s, e, *b.content) > 0.6 * min(e - s, b.content[1] - b.content[0]) and not _nested(a, b)


def _nested(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate is a quote reported inside the other's content (its cue lies within it)."""
    inner, outer = (a, b) if a.content[1] - a.content[0] < b.content[1] - b.content[0] else (b, a)
    if outer.answer and outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1]:
        return True  # a quote inside an interview's answer ("… كما قال الرسول ﷺ: «…»"): the answerer cites it, both kept
    # an according-to inside someone's words is the source they cite ("…، وقال: … صارت نسبتها مخيفة
    # حسب الإحصائيات"): the speaker ← the statistics, both kept
    cited = inner.kind == "according_to" and inner.cue is not None and outer.content[0] <= inner.cue[0] < outer.content[1]
    cited = cited or (outer.trailer and inner.kind in ("indirect", "direct"))
    return ((inner.nested or cited or _framed(inner, outer)) and inner.cue is not None and outer.content[0] <= inner.cue[0] + 1
            and inner.content[1] <= outer.content[1])


def _framed(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``outer`` is a source closing the sentence that holds ``inner``'s reporting cue
    ("وأضافت بارتليت أن الرجل …، حسب رويترز."): the outlet reports the whole statement, and the
    speaker's own quote stands inside it, as with a fronted source ("وبحسب رويترز قال …") — every
    quote of that sentence, not only the one whose verb opens it ("وقالت المصادر إن …، مبينة أن …،
    بحسب «الشرق الأوسط»."; "وفي ريف درعا، قال «مكتب أخبار سوريا» إن …، بحسب ما أظهرته تسجيلات …")."""
    return (outer.kind == "according_to" and outer.closes and inner.kind in ("indirect", "direct") and outer.cue is not None
            and inner.cue is not None and outer.cue[0] >= outer.content[1] and inner.content[1] <= outer.content[1]
            and (abs(inner.cue[0] - outer.content[0]) <= 1
                 # a quote further in only when it is as sure a reading as the report: not a noun object
                 # ("صورا توضح الرسالة …", "كما كشفت ذلك نتائج التحقيقات") the source's clause swallowed
                 or (outer.content[0] <= inner.cue[0] < outer.content[1] and inner.priority >= outer.priority)))


def _overlap(s: int, e: int, ps: int, pe: int) -> int:
    return max(0, min(e, pe) - max(s, ps))


def _entity_index(doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, entity id, type) of every entity mention of the document (original offsets)."""
    index = []
    for entity in doc.entities or []:
        eid, etype = entity.get("id"), entity.get("type")
        for mention in entity.get("mentions") or []:
            try:
                index.append((int(mention["start"]), int(mention["end"]), eid, etype))
            except (KeyError, TypeError, ValueError):
                continue
    index.sort()
    return index


def _time_index(doc: Document) -> list[tuple[int, int, str]]:
    out = []
    for time in doc.times or []:
        try:
            out.append((int(time["start"]), int(time["end"]), time["id"]))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def find_quotes(doc: Document) -> list[dict[str, Any]]:
    """The quotes of ``doc`` as contract records (``khabar.article/1``), in text order."""
    if not doc.text or not doc.text.strip():
        return []
    return Finder(doc).run()


ASKED_SELF = "نفس"  # "تسأل نفسك: «…»": one asks oneself
# "وسألني بلهجة اليائس: …"، "فسأل بحماس: …": a manner with ب, how one asked (dq43b's and lead44d's words)
ASKED_MANNER = lx.clause_words("manner_bi") | lx.clause_words("manner_bi_head")
ASKED_REACH = 400  # characters after a verb of asking where its question is looked for
QUESTION_MARKS = ("؟", "?")
SENTENCE_ENDS = (".", "؟", "?", "!")
FIRST_QUOTED = re.compile(r"[«\"“„]([^»\"”“]*)[»\"”“]")


def asks_a_question(text: str, start: int) -> bool:
    """Whether a verb of asking (flag ``ask``) ending at ``start`` is followed, in its sentence, by a question in
    quotation marks: the first words in marks after it hold a question mark (or have one right after them), with no
    end of sentence before them. "وأكدت كلينتون عندما سألها صحافيون …: «أنا واثقة …»"، "سأل النادل أحد زبائنه
    عما يريد، فأجابه: «…»": the words in marks answer. A question after a colon with no marks stays out: there the
    asker's phrase runs on into the one asked ("فسأل المدير نائبه: والآن …؟"), mostly in stories (dq49b)."""
    window = text[start : start + ASKED_REACH].split("\n", 1)[0]
    quoted = FIRST_QUOTED.search(window)
    if quoted is None or any(mark in window[: quoted.start()] for mark in SENTENCE_ENDS):
        return False
    said = window[quoted.start() : quoted.end() + 1]  # "«…»؟": the mark may follow
    return any(mark in said for mark in QUESTION_MARKS)
