"""Direct quotes: words in quotation marks, and who they are attributed to.

:meth:`DirectQuotes.direct_pass` visits every quotation :mod:`khabar.speech.scan` paired and takes
it as a quote when a cue stands before it (:meth:`~DirectQuotes.cue_before`, "وقال بلينكن: «…»"),
after it (:meth:`~DirectQuotes.cue_after`, "«…»، قال الوزير", "«…» بحسب الوزير"), a speaker and a
colon before it (:meth:`~DirectQuotes.direct_from_colon`), or when it is sentence-length Arabic
words right after an attributed passage; short quoted names and titles ("شعار «وطن السلام»") are
not quotes (:meth:`~DirectQuotes.quoted_name`, :meth:`~DirectQuotes.name_context`). A closing mark
with no opening one is :meth:`~DirectQuotes.unopened`.

The speaker phrase is read by :mod:`khabar.speech.phrases` and :mod:`khabar.speech.region`; the
speaker is resolved by :mod:`khabar.speech.speakers`. Reporting verbs with an إن/أن clause are
:mod:`khabar.speech.indirect`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    COMMAS,
    DASHES,
    DESCRIBED_QUOTE,
    MAX_NP,
    MAX_REGION,
    SENTENCE_END,
    SHORT_NAME_WORDS,
    TRAIL_PUNCT,
    Candidate,
)
from khabar.speech.scan import QUOTE_CHARS, Quotation
from khabar.speech.speakers import ISSUER_REACH, ISSUING_VERBS

NAME_WORDS = 8  # a quotation of up to this many words that is all one name the tagger found is a name (lead41c)
SENTENCE_WORDS = 7  # a quoted string this long is speech even without a cue
TITLE_WORDS = 10  # words of the longest title quoted in a speaker's clause before the quotation (dmark60)
TITLE_GAP = 12  # tokens between that title and the quotation ("الذي عقد في دمشق اليوم")
TITLE_GAP_WORDS = 2  # fewer words between are the speaker's phrase going on ('"الأخوة في جبهة النصرة بإطلاق" المخطوفين "…"')
RELAY_TO_VERBS = lx.word_class("relay_to_verbs")  # "ونسبت وكالة X إلى Y قوله": Y said it, X relays it
TO_WORDS = ("الى", "إلى", "الي")
BUT_PRONOUN = lx.clause_words("but_pronoun")  # "لكنه دعا X إلى …": the pronoun is the subject, X the object
ADDRESSEE_PREPS = ("ب", "إلى", "الى", "على", "من")  # the preposition after whom an addressee verb calls on
FIRST_PERSON_THAT = lx.word_class("first_person_that")
INNA_OPENS_QUOTE = lx.written_words("inna_opens_quote")
BULLETS = lx.word_class("bullets")
TOPIC_PREPOSITIONS = lx.word_class("topic_prepositions")  # "وعن …:": what the words are about (lead40m)
NARRATOR_BLESSINGS = lx.word_class("narrator_blessings")  # "عن أبي هريرة رضي الله عنه": a chain, not a topic
SCRIPTURE_EPITHETS = lx.clause_words("scripture_epithet")  # "بقوله تعالى: «…»": God speaks
SCRIPTURE_LEADS = lx.clause_words("scripture_lead")
IMPERSONAL_SAYINGS = lx.clause_words("impersonal_saying")  # "وكما قيل: «…»": a saying, no one's words
DESCRIBER_WORDS = 3  # "التي يصفها الرئيس الأميركي حاليا بـ«…»": the subject between the verb and its ب
SAID_POINTERS = lx.clause_words("said_pointer")  # "هذا ما قاله X" after a quotation
WORDS_POINTERS = lx.clause_words("words_pointer")  # "«…»، هذه العبارة كتبها X"
WORDS_POINTERS_BY = lx.clause_words("words_pointer_by")  # "«…». بهذه الكلمات أوجز X"
WORDS_POINTERS_THUS = lx.clause_words("words_pointer_thus")  # "«…»، هكذا يقول X"
WORDS_NOUNS = lx.clause_words("words_noun")
WORDS_OBJECTS = lx.clause_words("words_object")  # "بدأت عدد من السيدات حديثهن": the object ends the subject
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
POINTED_VERB = lx.CueForm("verb", "", (), frozenset({"quote"}), "past", 3, None, False, "")  # the verb after them
MIN_SENTENCE_IN_MARKS = 3  # words of the shortest sentence set off in quotation marks with its full stop
EMBEDDED_WORDS = 9  # a quotation this short, opening inside a verb's preposition object, is part of that object
CHANT_OBJECTS = lx.clause_words("chant_object")  # "يرددون هتاف «…»": the cry's noun, the verb's object (dd42)
CHANT_NOUN_LEADS = lx.clause_words("chant_noun_lead")  # "وبدون تردد: «…»": the verb's form a noun (dd42)
CHANT_SUBJECT_WORDS = 3  # words of the longest subject between a verb of crying out and its quotation ("وهتف المتظاهرون «…»")
CITED_TEXTS = lx.word_class("cited_texts")  # "وفي الوسيط: «…»": the dictionary or sayings the words are cited from
CITED_TEXT_WORDS = 3  # words of the longest such name ("القاموس المحيط"، "المعجم الوسيط")
IN_TEXT_LEADS = ("وفي", "ففي")  # "في" with its conjunction: the phrase opens a clause of its own
IN_TEXT_PRONOUNS = lx.word_class("in_it_pronouns")  # "جاء فيه / فيها": في + a pronoun for a text named before
TEXT_IN_IT_LEADS = lx.word_class("text_in_it_lead")  # "والذي", "ومما", "،" between the text and "جاء فيه"
QUOTED_TEXTS = lx.word_class("quoted_text")  # texts beyond the speaker heads' "doc": خطاب، منشور، نص …
CONCLUDE_VERBS = lx.clause_words("conclude_verb")  # "ختم", "اختتم" (lemmas)
CONCLUDED_THINGS = lx.clause_words("concluded_thing")  # "جولته", "أعماله": what is concluded, no words (dq43e)
CONCLUDED_REACH = 4  # words after a verb of concluding where its object may stand (after its subject)
HEADLINE_NAME_WORDS = 6  # words of the longest name or title before a headline's colon ("الأمير محمد بن عبد الرحمن")
HEADLINE_LABELS = lx.word_class("headline_label")  # "الأول:"، "السيناريو الأول:": an enumeration's label
HEADLINE_MIN_WORDS = 4  # words of the shortest statement after it
HEADLINE_REACH = 200  # tokens of the longest statement read after it (a sentence the scanner did not end)
TEXT_REACH = 12  # tokens back from "جاء فيه" to the text ("تصريحات نسبتها صحيفة «…» الإيطالية إلى X")


class DirectQuotes:
    """The direct pass: quotations and their attributions."""

    def direct_pass(self) -> None:
        x = self.x
        for q in x.quotations:
            if q.broken == "unopened":
                self.unopened(q)
                continue
            open_tok = x.token_at(q.open)
            nwords = self.quote_words(q)
            if nwords == 0:
                continue
            if nwords <= NAME_WORDS and self.quoted_name(q):
                continue  # "وتناشد «أم منصور»"، "شركات الطيران: «طيران الإمارات»، «فلاي دبي»": a name in marks
            if self.quoted_names(q):
                continue  # "واصل الرباعي «نواف العابد، عبدالمجيد السواط، عبدالله عطيف» أداء …": names in marks
            close_tok = self.close_token(q)
            before = open_tok - 1
            prev = self.words[before] if before >= 0 and self.same_paragraph(before, open_tok) else ""
            cited = self.cited_text_lead(open_tok)
            cue = self.cue_before(open_tok) if cited is None else None
            after = self.cue_after(close_tok) if close_tok is not None else None
            name_context = self.name_context(before, nwords)
            cand = None
            if cited is not None:
                # "…، ففي التاج: "…"": the dictionary speaks, not a cue before it nor the last speaker
                cand = Candidate("direct", (q.content_start, q.content_end), order=open_tok)
                cand.np, cand.np_tokens, cand.cited_text = self.span(*cited), cited, True
            if cue is not None:
                adjacent = prev == ":" or (
                    (prev in ("،", ",") or before == cue or prev in lx.COMPLEMENTIZERS or prev == "ب" or before in self.nominal
                     or before in self.person_ends)  # "وقال ستيوارت "لقد عملنا بجهد كبير"،"
                    and self.ends_clause(close_tok)
                    and not self.complement_follows(close_tok, cue)
                ) or self.sentence_in_marks(open_tok, close_tok) or self.cried_out(cue, open_tok)
                if prev == "ب" and cue in self.cues and not self.cues[cue].prefix and self.quoted_description(cue):
                    # "أدان ما وصفه بـ «…» الذي قامت به …": the description is a quote inside the object,
                    # which goes on past it
                    adjacent = True
                    self.nested_opens.add(open_tok)
                if adjacent or (nwords > SHORT_NAME_WORDS and not name_context
                                and not self.quoted_in_object(cue, open_tok, nwords)):  # "بـ 15 إجراء من بينها «…» والاستماع"
                    if not adjacent and self.title_before_quotation(open_tok, close_tok, nwords):
                        continue  # "وقال X في كلمة خلال «المؤتمر …» الذي عقد اليوم «…»": a title; the next one is the quote
                    cand = self.direct_from_cue(q, cue, open_tok)
            if cand is None and cue is None and self.partial_quotation(open_tok):
                continue  # "وأوضح أن المركز يعمل على «تعليم …»": quoted words inside reported speech
            if cand is None and cue is None and close_tok is not None:
                cand = self.direct_from_pointer(q, close_tok)
            opens_clause = before < 0 or not self.is_word(before) or not self.same_paragraph(before, open_tok)
            if (cand is None and after is not None and not name_context and (nwords > SHORT_NAME_WORDS or opens_clause)
                    and not self.quoted_in_attributed_clause(open_tok, after)):
                cand = self.direct_from_after(q, after)
            if cand is None and prev == ":" and not name_context and nwords > SHORT_NAME_WORDS:
                cand = self.direct_from_colon(q, before)
            if cand is None and nwords >= SENTENCE_WORDS and not name_context and self.arabic_statement(q) and (
                    opens_clause or prev in TRAIL_PUNCT or prev in lx.clause_words("citation_lead")):
                # (not a quotation inside a clause with a word before it, "تنفيذ «انقلاب في الحكم …»",
                # "عن إصدارها «قاموس الأدب …»": a name, a title or a phrase held at arm's length)
                cand = Candidate("direct", (q.content_start, q.content_end), resolve="previous", order=open_tok)
                if self.said_by_no_one(open_tok):
                    cand.resolve = "none"  # "وكما قيل: «…»": a saying, no one's words (lead38j)
                caption = self.caption_speaker(open_tok, close_tok)
                if caption is not None:
                    cand.np, cand.np_tokens, cand.resolve = self.span(*caption), caption, "explicit"
            if cand is None:
                continue
            cand.content = self.trim_content(q.content_start, q.content_end)
            if cand.content is None:
                continue
            self.reported_in_marks(cand)
            lead = self.scripture_lead(open_tok)
            if lead is not None:
                # "مستشهداً بقوله تعالى: «…»": the verse is God's words, cited by the preacher
                cand.np, cand.np_tokens, cand.resolve = self.span(*lead), lead, "explicit"
            cand.nested = open_tok in self.nested_opens
            cand.sentence = x.sentence[open_tok]
            cand.priority = 3
            self.direct_opens.add(open_tok)
            self.candidates.append(cand)

    def caption_speaker(self, open_tok: int, close_tok: int | None) -> tuple[int, int] | None:
        """Tokens of the speaker captioned under a bulleted quotation ("* «…».", then a line
        "وزير الخارجية سيرغي لافروف أمس …" or "(الرئيس الأميركي باراك أوباما …)"): a box of the week's
        sayings, each quotation alone in its bulleted paragraph and its speaker opening the next
        one. Not for a quotation without a bullet, which goes on with the speaker before it."""
        bullet = open_tok - 1
        if bullet < 0 or self.words[bullet] not in BULLETS or (bullet > 0 and self.same_paragraph(bullet - 1, bullet)):
            return None
        if close_tok is None:
            return None
        k = close_tok + 1
        while k < self.count and self.same_paragraph(close_tok, k):
            if self.is_word(k):
                return None  # words after the quotation in its paragraph: not a bulleted saying alone
            k += 1
        if k < self.count and self.words[k] == "(":
            k += 1
        if not self.is_word(k):
            return None
        if lx.head_kind(self.words[k]) not in ("title", "anon", "honorific") and self.entity_starts.get(k) not in self.person_ids:
            return None
        _, limit = self.x.sentence_bounds(k)
        end = self.parse_np(k, limit)
        return (k, end) if end > k else None

    def quoted_in_attributed_clause(self, open_tok: int, after: tuple[str, int]) -> bool:
        """Whether a quotation followed by an according-to source ("«…»، حسب ما أعلنت الوزارة")
        closes a clause of the writer's own that it is only part of: "التقت الوزيرة بنظيرها
        «لمتابعة جهود …»، حسب ما أعلنت الخارجية": the source reports the whole clause (the
        according-to pass takes it), not the quoted words alone. Not when the quotation opens its
        clause, follows a colon, a comma or a complementizer ("إن «…»، بحسب المصدر"), nor when a
        reporting verb or noun before it in the sentence already frames it, nor after "حسب قوله"."""
        kind, k = after
        if kind != "according" or self.according[k][0].kind not in ("source", "verb"):
            return False
        first, _ = self.x.sentence_bounds(open_tok)
        before = open_tok - 1
        if before < first or not self.is_word(before) or self.words[before] in lx.COMPLEMENTIZERS:
            return False
        for m in range(first, open_tok):
            if m in self.cues or m in self.nominal or self.words[m] == ":" or self.valid_complementizer(m):
                return False
        return sum(1 for m in range(first, open_tok) if self.is_word(m) and self.words[m] not in ("و", "ف")) >= 3

    def sentence_in_marks(self, open_tok: int, close_tok: int | None) -> bool:
        """Whether a quotation holds a sentence closed by a full stop inside its marks ("وقال اللاعب باركر
        "استمرت المفاوضات طوال الصيف.""): what someone said, however short, never a quoted name. At
        least three words and no stop after a word of one or two letters, so that initials and
        abbreviations ("م.غ."، "سي.إن.إن") and a title asking a question ("«ما هي الفلسفة؟»") are not
        taken for one."""
        if close_tok is None or close_tok - 1 <= open_tok or self.words[close_tok - 1] != ".":
            return False
        inside = range(open_tok + 1, close_tok)
        return (sum(1 for k in inside if self.is_word(k)) >= MIN_SENTENCE_IN_MARKS
                and not any(self.words[k] == "." and self.is_word(k - 1) and len(self.words[k - 1]) <= 2 for k in inside))

    def title_before_quotation(self, open_tok: int, close_tok: int | None, nwords: int) -> bool:
        """Whether a short quotation inside a cue's clause, not right after the cue, its colon or a comma, is
        a title the speaker's clause names ("في كلمة ألقاها خلال «المؤتمر الإعلامي الدولي …» الذي عقد في
        دمشق اليوم «هناك حديث …»"، "في كلمته بحفل «تكريم الطلاب …» أمس «…»"): another quotation, longer
        and sentence-long, opens a few words later in the same sentence with no cue, complementizer,
        source or sentence mark between. That one is what was said; taken as the quote, the title
        made it lose its cue (:meth:`cue_before` stops at a quotation already taken)."""
        if close_tok is None or nwords > TITLE_WORDS or self.sentence_in_marks(open_tok, close_tok):
            return False
        between = 0
        for m in range(close_tok + 1, min(self.count, close_tok + 2 + TITLE_GAP)):
            if m in self.open_at:
                later = self.x.quotations[self.open_at[m]]
                return between >= TITLE_GAP_WORDS and self.quote_words(later) >= max(SENTENCE_WORDS, nwords + 1)
            word = self.words[m]
            if (word in SENTENCE_END or word in COMMAS or word in QUOTE_CHARS or word in lx.CONJUNCTIONS
                    or m in self.cues or m in self.nominal or m in self.according or self.valid_complementizer(m)
                    or (word == ":" and m + 1 not in self.open_at)):
                # a clause of its own, an and ("«…» و«…»"), or the speaker's words going on: not a title
                return False
            between += self.is_word(m)
        return False

    def quoted_name(self, q: Quotation) -> bool:
        """Whether the words inside a short quotation are all one name the entity tagger found (a
        person, an organisation, a place): marks set off a name ("«طيران الإمارات»، «الاتحاد
        للطيران»", "وتناشد «أم منصور»") as often as speech, and a name alone is never what was said."""
        if not self.entities or q.content_end <= q.content_start:
            return False
        start = q.content_start
        first = self.x.token_at(start)
        while first is not None and lx.head_kind(self.words[first]) == "honorific" and first + 1 < self.count:
            first += 1  # "«الدكتور فهد المطلق»": an honorific before the name the tagger found (lead41c)
            start = self.x.starts[first]
        if start >= q.content_end:
            return False
        s, e = self.x.original_span(start, q.content_end)
        return any(m[0] <= s and e <= m[1] and m[3] in ("PER", "ORG", "LOC") for m in self.entities)

    def quoted_names(self, q: Quotation) -> bool:
        """Whether a quotation is a list of names, two or more parts between commas, each one a name the
        entity tagger found (after an and: "«…، وأحمد شراحيلي»"): the marks set off whom a group is
        made of, as they set off one name (:meth:`quoted_name`); a list of names is never what was said."""
        if not self.entities:
            return False
        s, e = self.x.original_span(q.content_start, q.content_end)
        text = self.x.original[s:e]
        parts, at = [], s
        for piece in re.split(r"[،,]", text):
            lead = len(piece) - len(piece.lstrip())
            bare = piece.strip()
            start = at + lead
            if bare.startswith("و") and len(bare) > 1:
                start, bare = start + 1, bare[1:]  # the and before the last name
            parts.append((start, start + len(bare), bare))
            at += len(piece) + 1
        if len(parts) < 2 or any(not bare or len(bare.split()) > 4 for _, _, bare in parts):
            return False
        return all(any(m[0] <= a and b <= m[1] and m[3] in ("PER", "ORG", "LOC") for m in self.entities) for a, b, _ in parts)

    def cited_text_lead(self, open_tok: int) -> tuple[int, int] | None:
        """Tokens of the text named in "وفي الوسيط: «…»", "ففي التاج: "…"", "وفي الحديث "…"" right before
        a quotation (``cited_texts`` in word_classes.tsv): a dictionary or the hadith the words are cited
        from, the quotation's speaker. Before, the quotation went on with the writer's last speaker
        ("جاء في لسان العرب: «…». وفي الوسيط: «…»" → لسان العرب) or a cue before the phrase."""
        end = open_tok - 1 if open_tok > 0 and self.words[open_tok - 1] == ":" else open_tok
        for start in range(end - 1, max(0, end - CITED_TEXT_WORDS - 1), -1):
            if not self.is_word(start) or not self.same_paragraph(start, open_tok):
                return None
            if start > 0 and self.words[start - 1] in IN_TEXT_LEADS:
                return (start, end) if " ".join(self.words[start:end]) in CITED_TEXTS else None
        return None

    def scripture_lead(self, open_tok: int) -> tuple[int, int] | None:
        """Tokens of "تعالى" / "سبحانه وتعالى" in "بقوله تعالى: «…»", "وقوله سبحانه: (…)" right before a
        quotation: who speaks in the verse, named by the words that praise him."""
        k = open_tok - 1
        while k >= 0 and self.words[k] in (":", "«", "(", '"'):
            k -= 1
        end = k + 1
        while k >= 0 and self.words[k] in SCRIPTURE_EPITHETS and end - k <= 4:
            k -= 1
        if k < 0 or k + 1 >= end or self.words[k] not in SCRIPTURE_LEADS:
            return None
        return k + 1, end

    def arabic_statement(self, q) -> bool:
        """Whether a quotation with no cue reads as someone's words: mostly Arabic words and not
        opening with a figure ("«The Annals of the American Academy …»" is a title, "«1,2كم من
        تقاطع الأندلس …»" a description of a road)."""
        text = self.x.norm[q.content_start:q.content_end].strip()
        if not text or text[0].isdigit():
            return False
        letters = [c for c in text if c.isalpha()]
        return sum("\u0600" <= c <= "\u06ff" for c in letters) >= 0.6 * max(1, len(letters))

    def reported_in_marks(self, cand: Candidate) -> None:
        """'وقال "إنه ممتنع عن …"': quoted words that open with إن/أن are reported in the third
        person, so the quote is indirect and its content starts after the complementizer."""
        k = self.x.token_at(cand.content[0])
        if k + 1 >= self.count or self.x.starts[k] != cand.content[0] or not self.valid_complementizer(k):
            return
        if self.words[k] in FIRST_PERSON_THAT:
            return  # "قائلا: «إني وقعت بالحب»": the speaker's own words, in the first person
        if self.inna_opens_quotation(k):
            return  # "وأضاف: «إن الشركة …»": direct from إن, as ANNOTATION.md reads the marks (conv50)
        if self.words[k] in ("فان",) or self.x.starts[k + 1] >= cand.content[1] or not self.is_word(k + 1):
            return
        cand.kind = "indirect"
        cand.content = (self.x.starts[k + 1], cand.content[1])

    def inna_opens_quotation(self, k: int) -> bool:
        """Whether the إن-form at ``k`` (not أن, بأن, إنما) opens its quotation right at an opening
        mark: «إن، “إن, or '"إن' written on the word after a space, a colon or a comma — a '"' after a
        word closes a name ('وقال "بدر الشمراني" إن …'). The gold reads such a quotation direct, its
        content from إن (docs/ANNOTATING.md, conventions)."""
        if self.original_word(k) not in INNA_OPENS_QUOTE:
            return False
        start, _ = self.x.original_span(self.x.starts[k], self.x.ends[k])
        before = self.x.original[max(0, start - 3):start].rstrip()
        if before.endswith(("«", "“")):
            return True
        return self.x.original[start - 1:start] == '"' and (start < 2 or self.x.original[start - 2] in " \n\t:،,")

    def partial_quotation(self, open_tok: int) -> bool:
        """Whether a quotation opens inside the complement of a reporting verb, after some of its
        words ("وأوضح أن مركز المكافحة يعمل على «تعليم …»", "شكا من أنه يمتنع عن الأطعمة “لأنه …”"):
        the quoted words are part of that indirect quote, not a quote of their own."""
        first, _ = self.x.sentence_bounds(open_tok)
        k = open_tok - 1
        if k < first or not self.is_word(k):
            return False  # after a colon, a comma or a dash the quotation stands on its own
        words_between = 0
        while k >= first and open_tok - k < MAX_REGION:
            word = self.words[k]
            if word in COMMAS and k == open_tok - 2 and self.words[open_tok - 1] == "و":
                k -= 1  # "أن الأوضاع أعطت فرصة للقاعدة، و«لا يمكن حاليا تمييز …»": and-ed onto the complement
                continue
            if word in COMMAS or word == ":" or word in QUOTE_CHARS or k in self.according:
                return False
            if self.valid_complementizer(k):
                if words_between == 0:
                    return False  # "أن «…»": the quote is the whole complement
                return any(c in self.cues or c in self.nominal for c in range(max(first, k - MAX_NP), k))
            if k in self.cues and self.cues[k].person == 3:
                return False
            words_between += self.is_word(k)
            k -= 1
        return False

    def quoted_in_object(self, cue: int, open_tok: int, nwords: int) -> bool:
        """Whether a short quotation opens inside the preposition object of the cue before it, after
        some of the object's words ("وطالب المحاميان بـ 15 إجراء من بينها «عملية فحص جديدة» والاستماع
        إلى …", "ودعت الكينيين إلى التمثل به واغتنام «الفرص …»", "وعزا X سبب التخبط إلى إرث «صفقة …»"):
        the quoted words are part of what the verb reports, which the indirect pass takes whole, not a
        quote of their own — as a quotation inside an أن-clause (:meth:`partial_quotation`). Not when
        the object opens right at the mark ("داعيا طهران إلى «…»"), nor for a quotation of a sentence's
        length ("مشددا على ضرورة «عدم استخدام … »"), nor when a reporting word stands between the
        object and the mark, nor when the object ends before it ("فوصفها بالمسرحية، فيما جلست زوجته …
        لتتحدث عن «…»")."""
        form = self.cues.get(cue)
        if form is None or nwords > EMBEDDED_WORDS or not self.is_word(open_tok - 1):
            return False
        cue_end = cue + 1
        if cue_end < open_tok and ((cue_end in self.cues and "merge" in self.cues[cue_end].flags) or cue_end in self.nominal):
            cue_end += 1
        start = self.skip_lead(cue_end, open_tok)[0] if form.kind == "verb" else cue_end
        region = self.scan_region(self.subject_end(start, open_tok, form), open_tok + 1, form)
        if region.stop != "prep" or region.at >= open_tok:
            return False
        if any(m in self.cues or m in self.nominal or m in self.according for m in range(region.at, open_tok)):
            return False
        # the object must run on to the mark: "فوصفها بالمسرحية، فيما جلست زوجته … لتتحدث عن «…»" ends
        # at the comma, and the quotation is someone else's
        return self.object_end(region.at, self.clause_end(region.at)) > open_tok

    def ends_clause(self, close_tok: int | None) -> bool:
        """Whether a quotation closing at ``close_tok`` ends its clause (a short quote is then all that was said)."""
        if close_tok is None:
            return True
        k = close_tok + 1
        if k >= self.count or not self.same_paragraph(k, close_tok):
            return True
        word = self.words[k]
        return word in SENTENCE_END or word in COMMAS or word in DASHES or word == ")" or self.cue_after(close_tok) is not None

    def cried_out(self, cue: int, open_tok: int) -> bool:
        """"وهتفوا "يا شهيد ارتاح ارتاح"."، "وهتف المتظاهرون «باسم الدين باعونا» وسط …": a verb of crying out
        (flag ``chant`` in verbs.tsv, a cue only there: :meth:`cries_quotation`) cries the quoted words after
        it however short they are and whatever follows them. Not a name or a noun of words in marks: the
        subject ("هتف "أهل درعا" بعبارة …: "…""، "ورددت الأم "ميا": نحن …"), a description ("شخص يردد «عبارات
        بذيئة»")."""
        form = self.cues.get(cue)
        if form is None or "chant" not in form.flags or self.cries_quotation(cue) != open_tok:
            return False  # not the quotation the verb was taken for ("هتف "أهل درعا" بعبارة …: "…"")
        q = self.x.quotations[self.open_at[open_tok]]
        first = self.x.token_at(q.content_start)
        if first < self.count and self.words[first] in CHANT_OBJECTS:
            return False
        close_tok = self.close_token(q)
        nxt = close_tok + 1 if close_tok is not None else self.count
        if nxt < self.count and self.same_paragraph(nxt, close_tok):
            word = self.words[nxt]
            if word == ":" or (word.startswith("ب") and word[1:] in CHANT_OBJECTS):
                return False
        return True

    def cries_quotation(self, k: int) -> int | None:
        """The token of the quotation that opens right after the verb at ``k`` (and its colon), or after its
        subject of a few words. Not with a preposition, another cue or the cry's own noun between ("وهو يصيح بصوت يخنقه
        التشنج «…»"، "يرددون هتاف «…»"، "يردد مقولات «…»": a manner, an object), nor before the verb's
        complement ("وتردد أن …"), nor where the form is a noun ("وبدون تردد: «…»") or a manner stands
        between ("يردد دون مواربة: «…»")."""
        first, limit = self.x.sentence_bounds(k)
        if k > first and (self.words[k - 1] in CHANT_NOUN_LEADS or self.words[k - 1] in lx.PREP_WORDS):
            return None  # "فأجابه وبدون تردد: «…»": hesitation, a noun
        for m in range(k + 1, min(limit, k + 2 + CHANT_SUBJECT_WORDS)):
            if m in self.open_at:
                return m
            word = self.words[m]
            if word == ":":
                continue
            if (not self.is_word(m) or word in lx.PREP_WORDS or word in CHANT_OBJECTS or word in lx.COMPLEMENTIZERS
                    or word in CHANT_NOUN_LEADS or word.startswith(("ب", "لل")) or word in lx.cue_forms()):
                return None
        return None

    def complement_follows(self, close_tok: int | None, cue: int) -> bool:
        """'وذكر "سعيد"، أحد المستأجرين، أنه …': the quoted words were the subject's name."""
        if close_tok is None or cue not in self.cues:
            return False
        _, limit = self.x.sentence_bounds(close_tok)
        region = self.scan_region(close_tok + 1, limit, self.cues[cue])
        if region.stop in ("that", "colon"):
            return True
        end = self.parse_np(close_tok + 2, limit) if close_tok + 1 < limit and self.words[close_tok + 1] in COMMAS else close_tok + 1
        return end > close_tok + 2 and self.scan_region(end, limit, self.cues[cue]).stop in ("that", "colon")

    def name_context(self, before: int, nwords: int = 0) -> bool:
        """A quoted string right after بعنوان، شعار، صحيفة… (or after لـ) is a name, not speech.

        After an institution or outlet word only a short string is its name ("صحيفة «الحياة»");
        a sentence-long one is what was said to it ("مخاطبا البرلمان «…»")."""
        if before < 0:
            return False
        word = self.words[before]
        names = lx.marker_words("name_cue")
        if word == "ل" or (word in lx.marker_words("name_pronoun") and nwords < SENTENCE_WORDS):
            return True
        for form in (word, word[1:] if word[:1] in "وبل" else word, "ال" + word[2:] if word.startswith("لل") else word):
            if form in names:
                return True
            if lx.head_kind(form) in ("media", "org") and (nwords < SENTENCE_WORDS or not form.startswith("ال")):
                return True
        # "المعروف بـ«دكتور سوس»"، "ما يعرف بـ«…»": a name cue of several words ending at the mark (lead41f)
        return any(tuple(self.words[before - len(p) + 1:before + 1]) == p for p in lx.marker_phrases("name_cue")
                   if before + 1 >= len(p))

    def trim_content(self, start: int, end: int) -> tuple[int, int] | None:
        norm = self.x.norm
        while start < end and (norm[start].isspace() or norm[start] in "-–—"):
            start += 1
        while end > start and (norm[end - 1].isspace() or norm[end - 1] in ".،,-–—:"):
            end -= 1
        return (start, end) if end > start else None

    def cue_before(self, open_tok: int) -> int | None:
        """The reporting verb (or بقوله, قائلا) that introduces a quotation opening at ``open_tok``."""
        words = self.words
        first, _ = self.x.sentence_bounds(open_tok)
        k = open_tok - 1
        steps = 0
        while k >= first and steps < MAX_REGION:
            word = words[k]
            if word in QUOTE_CHARS:
                opener = next((o for o, qi in self.open_at.items() if self.close_token(self.x.quotations[qi]) == k), None)
                if opener is None or opener in self.direct_opens:
                    return None
                k = opener - 1
                steps += 1
                continue
            if k in self.cues and not self.weak_cue(k) and not (self.cues[k].person == 1 and k > first and k - 1 in self.cues):
                form = self.cues[k]
                if form.person == 3 and k not in self.used and (not self.inside_clause(k, first) or self.cites_scripture(k, open_tok)):
                    return k
                if form.person == 3 and k not in self.used and self.nested_cue(k, open_tok, first):
                    self.nested_opens.add(open_tok)
                    return k
                if form.person == 3 and k not in self.used and k + 2 == open_tok and words[k + 1] == ":":
                    return k  # "…، وخالية من أي إضافة يقول: «…»": the verb, its colon and the quotation
                return None
            if k in self.nominal:
                if k - 1 >= first and k - 1 in self.cues and self.cues[k - 1].person == 3:
                    return k - 1  # "علّقت بالقول: «…»"
                return k
            if word in lx.COMPLEMENTIZERS and k < open_tok - 1 and self.valid_complementizer(k):
                return None
            if k in self.according:
                return None
            k -= 1
            steps += 1
        return None

    def nested_cue(self, k: int, open_tok: int, first: int) -> bool:
        """'وقال المحامي إن مرسي قال “إنه ممتنع …”': inside reported speech, a verb with its subject
        just before it and the quotation right after it is a quote within the quote."""
        if k != open_tok - 1 or self.cues[k].prefix or k - 1 < first or not self.is_word(k - 1):
            return False
        return not self.valid_complementizer(k - 1) and self.words[k - 1] not in lx.NP_STOPS

    def inside_clause(self, k: int, first: int) -> bool:
        """"وقال الساهر إن الأغنية …، كتب كلماتها الشاعر …، «…»": a bare verb after another cue's
        complement is part of what that cue reports, not a new attribution."""
        form = self.cues[k]
        if form.prefix or form.kind != "verb" or (k > first and self.words[k - 1] in COMMAS and "quote" not in form.flags):
            return False
        for c in range(k - 1, first - 1, -1):
            if c in self.cues and any(self.valid_complementizer(m) and not self.in_direct_quote(m, k) for m in range(c + 1, k)):
                return True
        return False

    def cites_scripture(self, k: int, open_tok: int) -> bool:
        """"…، حيث قال تعالى: (…)", "يقول الله عز وجل: «…»": a verb whose subject is God, named by
        the words that praise him, cites a verse — its own quote even inside another's reported
        speech, whose speaker cites it."""
        between = [self.words[m] for m in range(k + 1, open_tok)]
        return any(w in SCRIPTURE_EPITHETS for w in between) and all(
            w in SCRIPTURE_EPITHETS or w in ("الله", ":") for w in between)

    def in_direct_quote(self, m: int, k: int) -> bool:
        """Whether token ``m`` stands inside a quotation already taken as a direct quote that does not
        hold ``k``: its "أن" is the quoted speaker's, not a complement the later verb depends on
        ('قوله "ليس صحيحا أنه يتعين …"، وفي إشارة إلى الاتفاق قال صالحي "…"')."""
        qi = self.inside[m]
        if qi < 0 or self.inside[k] == qi:
            return False
        opened = self.x.quotations[qi].open
        return opened is not None and self.x.token_at(opened) in self.direct_opens

    def weak_cue(self, k: int) -> bool:
        """A strict verb form that here reads as another word ("عبر صفحته", "بين الطرفين"), or a verb of
        finding (flag ``found``: "وإن وجد، فلن …"), which reports only its أن clause, never a quotation."""
        form = self.cues[k]
        if "found" in form.flags or self.concludes_a_thing(k):
            return True
        if "strict" not in form.flags or form.prefix:
            return False
        if "source" in form.flags and self.source_then_quotation(k):
            return False  # "جاء في لسان العرب: «…»": the text the quotation is written in
        if self.quoted_description(k):
            return False
        marker = self.marker_at(k) if self.words[k] in lx.markers() else None
        if marker is not None and marker[0].kind in ("via_doc", "via_talk", "circumstance", "audience"):
            return True
        nxt = k + 1
        if nxt >= self.count:
            return True
        word = self.words[nxt]
        return not (word in (":", "،", ",") or nxt in self.open_at or lx.head_kind(word) is not None)

    def concludes_a_thing(self, k: int) -> bool:
        """"قبل أن يختتم يونايتد جولته الأميركية …: «…»", "الذي اختتم أعماله في مكة المكرمة، …، ليؤكد … أن «…»":
        a verb of concluding (``conclude_verb``) whose object, a few words after it and before any mark, is a
        thing concluded (``concluded_thing`` in clause_words.tsv: a tour, works, a visit) narrates; the
        quotation belongs to a cue further back (dq43e)."""
        if self.cues[k].lemma not in CONCLUDE_VERBS:
            return False
        for m in range(k + 1, min(self.count, k + 1 + CONCLUDED_REACH)):
            if not self.is_word(m):
                return False
            if self.words[m] in CONCLUDED_THINGS:
                return True
        return False

    def quoted_description(self, k: int) -> bool:
        """"ما وصفه بـ «العمل الجبان»", "التي يصفها العالم بـ «الرائعة»": a verb of describing with its
        object written on it as a pronoun (``described_quote`` in clause_words.tsv), then at most a
        short subject, then its ب and a quotation: the quoted words are the describer's own, a quote
        even inside a relative clause or another cue's object. Not the bare verb or masdar ("وصف
        طفل بـ«كلب»"), whose object is a noun."""
        word = self.words[k]
        bare = word[1:] if word[:1] in "وف" and word[1:] in DESCRIBED_QUOTE else word
        if bare not in DESCRIBED_QUOTE:
            return False
        _, limit = self.x.sentence_bounds(k)
        for m in range(k + 1, min(limit, k + 2 + DESCRIBER_WORDS)):
            if self.words[m] == "ب":
                return m + 1 in self.open_at
            if not self.is_word(m):
                return False
        return False

    def cue_after(self, close_tok: int) -> tuple[str, int] | None:
        """A cue right after a closing mark: "«…»، قال الوزير", "«…» بحسب الوزير"."""
        k = close_tok + 1
        while k < self.count and self.words[k] in COMMAS | DASHES and self.same_paragraph(k, close_tok):
            k += 1
        if k >= self.count or not self.same_paragraph(k, close_tok):
            return None
        said = self.said_pointer(k)
        if said is not None:
            return "verb", said
        form = self.cues.get(k)
        if form is not None and form.kind == "verb" and form.person == 3 and not form.prefix and "strict" not in form.flags:
            if not self.verb_has_complement(k, form):
                return "verb", k
            return None
        if k in self.according and self.according[k][0].kind != "chain" and self.words[k][:1] not in ("و", "ف"):
            return "according", k
        return None

    def said_pointer(self, k: int) -> int | None:
        """'«…»، هذا ما قاله جون ألكسندر أمين عام يونايتد': "هذا ما" and a reporting verb whose object
        pronoun points back at the quotation ("قاله"، "قالته"، "أضافه"); the verb's token, registered as
        a cue that attributes only what came before it (``said_pointer`` in clause_words.tsv)."""
        if k + 2 >= self.count or self.words[k] not in SAID_POINTERS or self.words[k + 1] != "ما":
            return None
        verb = self.words[k + 2]
        if len(verb) < 4 or not verb.endswith("ه"):
            return None
        form = lx.cue_forms().get(verb[:-1])
        if form is None or form.kind != "verb" or form.person != 3 or form.prefix or "colon" not in form.flags:
            return None
        self.cues[k + 2] = replace(form, flags=frozenset({"quote"}))
        return k + 2

    def direct_from_pointer(self, q: Quotation, close_tok: int) -> Candidate | None:
        """"«…». بهذه الكلمات أوجز القائد العسكري … أحداث أمس", "«…»، هذه العبارة كتبها ابن عبد ربه",
        "«…»، هكذا يقول المستشار …": after the closing mark (and a comma or full stop) words that point
        back at the quotation (:meth:`pointer_verb`) and a verb whose subject said it; the cue runs from
        the pointer to the verb. Before, the quotation had no cue and went on with the last speaker, or
        had none. Only when the phrase after the verb looks like a speaker (a title, an unnamed source, a
        body, a name the tagger found; after "بهذه …" or "هكذا + a reporting verb" any phrase that does
        not open with a preposition)."""
        found = self.pointer_verb(close_tok)
        if found is None:
            return None
        k, v, loose = found
        _, limit = self.x.sentence_bounds(v + 1)
        end = self.pointed_subject_end(v + 1, self.parse_np(v + 1, limit))
        if end <= v + 1 or not self.looks_pointed_subject(v + 1, end, loose):
            return None
        cand = Candidate("direct", (q.content_start, q.content_end), cue=self.span(k, v + 1), form=POINTED_VERB, order=v)
        self.attach_np(cand, v + 1, end, POINTED_VERB, default="previous")
        self.attach_region(cand, self.scan_region(end, limit, POINTED_VERB))
        # the pointer's words are no cue of their own; after "هكذا" the reporting verb may go on to its own
        # words ("هكذا أعربت البارونة … عن استنكارها …"), which the indirect pass still reads
        self.used.update(range(k, v + 1) if self.words[k] not in WORDS_POINTERS_THUS else (k,))
        return cand

    def pointer_verb(self, close_tok: int) -> tuple[int, int, bool] | None:
        """(first token, verb token, loose) of the words after a closing mark that point back at the
        quotation: a demonstrative and a noun of words (``words_pointer`` / ``words_pointer_by`` +
        ``words_noun`` in clause_words.tsv) — with ب before any verb (أوجز، استهلت، افتتح، بدأ), without
        it before a past verb whose object pronoun points at the words (كتبها، قالها، رددها، "التي
        أطلقها") — or "هكذا" (``words_pointer_thus``) before a reporting verb (يقول، يغرد، أعربت) or
        one with that pronoun (قالها). "وهكذا" is "and so", the narration going on."""
        k = close_tok + 1
        while k < self.count and self.same_paragraph(k, close_tok) and self.words[k] in COMMAS | DASHES | SENTENCE_END:
            k += 1
        if k + 2 >= self.count or not self.same_paragraph(k, close_tok):
            return None
        if self.words[k] in WORDS_POINTERS_THUS:
            return (k, k + 1, True) if self.reports_thus(k + 1) and self.same_paragraph(k, k + 2) else None
        if self.says_after_stop(close_tok, k):
            return k, k, False
        by = self.words[k] in WORDS_POINTERS_BY
        if (not by and self.words[k] not in WORDS_POINTERS) or self.words[k + 1] not in WORDS_NOUNS:
            return None
        v = k + 2
        if self.words[v].startswith("ال") and self.words[v] not in lx.RELATIVES:
            v += 1  # "هذه الكلمات البسيطة التي ألقاها"
        if v < self.count and self.words[v] in lx.RELATIVES and not by:
            v += 1
        if v + 1 >= self.count or not self.is_word(v) or not self.same_paragraph(k, v + 1):
            return None
        verb = self.words[v]
        if verb.startswith("ال") or verb in lx.PREP_WORDS:
            return None
        if not by and (len(verb) < 4 or not verb.endswith(("ها", "ه")) or verb.startswith("ي")):
            return None  # "هذه العبارة التي يرددها الطلاب … هي للجنرال ديجول": a saying people repeat, not theirs
        return k, v, by

    def says_after_stop(self, close_tok: int, k: int) -> bool:
        """"«هي عصرونية متأخرة …». يقول الشيف مارون شديد صاحب المطعم، ويضيف: «…»": a present verb of
        speech (one the lexicon lets introduce a colon or quotation: يقول، تقول، يضيف، يوضح …), bare of و/ف,
        opening the sentence after the quotation's full stop with its subject written and no words of its own
        (no complement, colon or quotation) says whose the words before were — the post-posed "said X" of
        feature writing (dq44b). "». يقول أحد القادة إن …" and "». ويقول …" open a statement of their own."""
        if not any(self.words[m] in SENTENCE_END for m in range(close_tok + 1, k)):
            return False  # "«…»، يقول X": cue_after reads it
        form = lx.cue_forms().get(self.words[k])
        if (form is None or form.kind != "verb" or form.tense != "present" or form.person != 3 or form.prefix
                or "colon" not in form.flags or "strict" in form.flags):
            return False
        return not self.verb_has_complement(k, form)

    def reports_thus(self, v: int) -> bool:
        """Whether the word after "هكذا" is a reporting verb of the lexicon ("يقول"، "يغرد"، "أعربت") or a past
        one with the quoted words' pronoun on it ("قالها")."""
        verb = self.words[v]
        form = lx.cue_forms().get(verb)
        if form is not None and form.kind == "verb" and form.person == 3 and not form.prefix:
            return True
        form = lx.cue_forms().get(verb[:-2]) if len(verb) >= 5 and verb.endswith("ها") else None
        return form is not None and form.kind == "verb" and form.tense == "past" and not form.prefix

    def pointed_subject_end(self, start: int, end: int) -> int:
        """The subject after the verb of "بهذه الكلمات أوجز …" ends with the person's name the tagger found
        ("… العميد سالم الحربي أحداث أمس") or before the verb's object written with its pronoun ("عدد من
        السيدات حديثهن"): the verb is no reporting verb, so the speaker phrase does not know its object."""
        for m in range(start, end):
            if m > start and any(self.words[m] == stem + p for stem in WORDS_OBJECTS for p in OBJECT_PRONOUNS):
                return m
            if m in self.person_ends:
                return m + 1
        return end

    def looks_pointed_subject(self, start: int, end: int, loose: bool) -> bool:
        """Whether the phrase after the pointed verb names who spoke: a title, an unnamed source, a body, a
        name the tagger found; after the ب form or "هكذا" also any phrase that does not open with a preposition
        ("والدة الفتاة المختفية"، "خمسة طلاب"), not "وبهذه الجملة يعود بانتباهه إلى …"."""
        words = [self.words[m] for m in range(start, end)]
        if any(lx.head_kind(w) in ("title", "anon", "org", "media", "honorific") for w in words) or self.has_entity(self.span(start, end)):
            return True
        first = words[0]
        return loose and first not in lx.PREP_WORDS and not first.startswith(("بال", "لل", "كال", "فال"))

    def direct_from_cue(self, q: Quotation, cue: int, open_tok: int) -> Candidate:
        form = self.cues.get(cue)
        cand = Candidate("direct", (q.content_start, q.content_end), form=form, order=cue)
        cue_end = cue + 1
        if form is not None and cue_end < open_tok and ((cue_end in self.cues and "merge" in self.cues[cue_end].flags) or cue_end in self.nominal):
            cue_end += 1
        cand.cue = self.span(cue, cue_end)
        self.used.add(cue)
        self.used.add(cue_end - 1)
        if form is None:  # بقوله, بالقول
            cand.resolve = "sentence"
            self.relayed_source(cand, cue)
            if cand.np is None:
                self.sufficed_subject(cand, cue)
            return cand
        if form.kind == "verb" and self.source_after_cue(cand, cue_end, open_tok):
            return cand
        lead_via = None
        if form.kind == "verb":
            cue_end_np, lead_via = self.skip_lead(self.manner_before_subject(cue_end, open_tok), open_tok)
        else:
            cue_end_np = cue_end
        if lead_via is not None:
            cand.via, cand.via_target, cand.via_nominal = lead_via
        end = self.subject_end(cue_end_np, open_tok, form)
        if form.kind == "verb" and self.where_said(cue_end_np, end):
            end = cue_end_np  # "وقال في الاتصال الهاتفي: «…»": the speaker goes on
        if form.kind == "verb" and end > cue_end_np and self.described_first(cue, cue_end_np, end):
            end = cue_end_np  # "ووصف القرار بأنه «…»": what was described, the speaker goes on (dq42b)
        if form.kind == "verb" and end > cue_end_np and self.addressed_after_cue(cue, cue_end_np, end, form):
            end = cue_end_np  # "لكنه دعا ايران الى أن «…»": whom the verb addresses, the speaker goes on (dq47a)
        if form.kind == "participle":
            self.attach_np(cand, cue_end, end, form, default="sentence")
        elif form.kind == "verb" and not form.prefix and end > cue_end_np and (before := self.fronted_named_subject(cue)) is not None:
            # "مارلين قالت لسكوراس: «…»": the subject stands before the verb, the phrase after it is whom it was told to
            cand.np, cand.np_tokens, cand.resolve = self.span(before, cue), (before, cue), "explicit"
        elif form.kind == "verb" and end > cue_end_np and (caused := self.caused_named_subject(cue)) is not None:
            # "ما جعل المخابرات تقول للصحافيين: «…»": the causative's object speaks, the phrase after is whom (dspk59)
            cand.np, cand.np_tokens, cand.resolve = self.span(caused, cue), (caused, cue), "explicit"
        elif form.kind == "verb" and not form.prefix and end > cue_end_np and (kana := self.kana_subject(cue)) is not None:
            # "وكان كيري قال لمجلس العلاقات الخارجية: «…»": the subject stands between كان and the verb, so the
            # phrase after the verb is whom he told, not who spoke (lead42j; indirect.py's `disagrees` likewise)
            stop = cue - 1 if self.words[cue - 1] == "قد" else cue
            cand.np, cand.np_tokens, cand.resolve = self.span(kana, stop), (kana, stop), "explicit"
        else:
            self.attach_np(cand, cue_end_np, end, form, default="sentence" if cue and self.words[cue - 1] in ("ما", "مما") else "previous")
            if cand.np is None:
                self.subject_before(cand, cue)
        region = self.scan_region(end, open_tok + 1, form)
        self.attach_region(cand, region)
        return cand

    def addressed_after_cue(self, verb: int, start: int, end: int, form: lx.CueForm) -> bool:
        """Whether the phrase ``[start, end)`` right after a reporting verb before a quotation is the verb's
        object, not its subject, so the speaker goes on from before (dq47a): after "لكنه" / "لكنها" the
        subject is that pronoun ("لكنه دعا ايران الى أن «…»"); a verb that addresses people
        (``addressee_verbs``) with a short definite phrase and its preposition after it ("ونصح المستهلك بـ«…»",
        as the indirect pass reads "ودعا السكان إلى …", ``object_phrase``; not a word that names speakers, "ونصح
        الخبراء بـ«…»", the experts advised); and a definite -ين plural of people right after such a verb
        (the indirect pass's ``addressed_plural``: "وناشد المسؤولين التدخل … لما سماه «…»"). Not where the
        subject stands before the verb (``kana_subject``, ``fronted_named_subject``: read there). Not the
        indirect pass's whole ``disagrees``: a feminine verb before a masculine title is often a woman's
        ("وقالت المدير العام لليونيسكو إيرينا بوكوفا …: "…"", days 0:4)."""
        if self.kana_subject(verb) is not None or (not form.prefix and self.fronted_named_subject(verb) is not None):
            return False
        first, _ = self.x.sentence_bounds(verb)
        if verb > first and self.words[verb - 1] in BUT_PRONOUN and not form.prefix:
            return True
        if (form.lemma in lx.word_class("addressee_verbs") and end < self.count and self.words[end].startswith(ADDRESSEE_PREPS)
                and lx.head_kind(self.words[start]) is None and self.object_phrase(start, end)):
            return True
        return start == verb + 1 and self.addressed_plural(start, verb, form)

    def source_after_cue(self, cand: Candidate, cue_end: int, open_tok: int) -> bool:
        """"وجاء في بيان «…»", "وجاء في البيان، أنه «…»": a verb whose preposition introduces the source
        (flag ``source``, as :meth:`~khabar.speech.indirect.IndirectQuotes.sourced_from_cue` reads it
        before إن / أن) has the phrase after that preposition speak — the text, or through the
        definite "البيان" the one who issued it. Before, the verb had no subject, so the quotation
        went on with the last speaker ("وجاء في بيان" after "دعت السلطات الإيرانية …")."""
        form = cand.form
        if "source" in form.flags and cue_end < open_tok and self.words[cue_end] in IN_TEXT_PRONOUNS:
            return self.text_before_in_it(cand, cue_end - 1, open_tok)
        if "source" not in form.flags or cue_end >= open_tok or self.words[cue_end] not in form.preps:
            return False
        end = self.parse_np(cue_end + 1, open_tok)
        if end <= cue_end + 1 or self.text_named_before(cue_end + 1, end):
            return False
        self.attach_np(cand, cue_end + 1, end, None, default="previous")
        self.attach_region(cand, self.scan_region(end, open_tok + 1, None))
        return True

    def text_before_in_it(self, cand: Candidate, cue: int, open_tok: int) -> bool:
        """"تغريدة للناشط X، جاء فيها “…”", "رسالة تحذر من انتشار الفيروس جاء فيها «…»": في + a pronoun
        points back to the text named just before the verb, which speaks (its author where the phrase
        names one, as "بيان للوزارة" does). Not when a verb of issuing has that text for object ("أصدر
        X بيانا جاء فيه"): its subject speaks (the speakers stage's issuer of the text); nor when a person
        named before it in its clause wrote it and the text names no one ("ووجه X خطابا … وجاء فيه"); nor
        when no text is named within reach (the verb then goes on as before) (pass lead21)."""
        first, _ = self.x.sentence_bounds(cue)
        end = cue
        while end > first and self.words[end - 1] in TEXT_IN_IT_LEADS:
            end -= 1  # "…، والذي جاء فيه", "ومما جاء فيها"
        for t in range(end - 1, max(first, end - TEXT_REACH) - 1, -1):
            if self.words[t] in SENTENCE_END:
                return False  # no text named before it in this sentence
            if not self.text_head(self.words[t]):
                continue
            if any(self.issues(m) for m in range(max(first, cue - ISSUER_REACH), t)):
                return False  # "أصدرت الوزارة بيانا جاء فيه": the issuer speaks
            since = next((m + 1 for m in range(t - 1, first - 1, -1) if self.words[m] in QUOTE_CHARS), first)
            if self.person_in(since, t) and not self.person_in(t, end):
                return False  # "ووجه دي ماريا خطابا مفتوحا … وجاء فيه": the writer named before it speaks
            self.attach_np(cand, t, end, None, default="previous")
            self.attach_region(cand, self.scan_region(cue + 1, open_tok + 1, None))
            self.used.update(m for m in range(t, end) if m in self.cues)  # "رسالة تحذر من …": the text described, no quote of its own
            return True
        return False

    def person_in(self, a: int, b: int) -> bool:
        """Whether a person's name begins among tokens ``a`` to ``b``."""
        return any(self.entity_starts.get(m) in self.person_ids for m in range(a, b))

    def issues(self, m: int) -> bool:
        """Whether token ``m`` is a verb of issuing, with or without its و / ف."""
        word = self.words[m]
        return word in ISSUING_VERBS or (word[:1] in ("و", "ف") and word[1:] in ISSUING_VERBS)

    @staticmethod
    def text_head(word: str) -> bool:
        """Whether a word is a text that can hold quoted words ("تغريدة", "بيانا", "بنص", "رسالة"), read
        without a preposition or conjunction before it and the accusative alif after it."""
        forms = {word}
        if word[:1] in ("ب", "ل", "و", "ف") and len(word) > 2:
            forms.add(word[1:])  # "بنص", "وبيان"
        forms |= {f[:-1] for f in forms if f.endswith("ا") and len(f) > 3}
        forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
        return any(lx.head_kind(f) == "doc" or f in QUOTED_TEXTS for f in forms)

    def text_named_before(self, a: int, b: int) -> bool:
        """"وجاء في الرسالة «…»" after "نشر نتنياهو نص رسالة …": a text word alone with its article
        points back to a text issued before, whose issuer speaks — the last speaker, as before this
        rule; only "البيان" (``statement_anaphor`` in markers.tsv) is linked to its issuer by name."""
        word = self.words[a]
        return (b - a == 1 and word.startswith("ال") and lx.head_kind(word) == "doc"
                and word not in lx.marker_words("statement_anaphor"))

    def sufficed_subject(self, cand: Candidate, nominal: int) -> None:
        """'وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول إنه «…»': the phrase between "اكتفى" (which takes
        the verbal noun with ب: ``masdar_lead_verbs`` in word_classes.tsv) and that noun is who spoke (dq46b). Before, the verbal noun went with the subject of the sentence's first
        verb ("لم تتهم وزارة الداخلية أي طرف، واكتفى الناطق باسمها … بالقول") or, with none, the last speaker."""
        first, _ = self.x.sentence_bounds(nominal)
        verbs = lx.word_class("masdar_lead_verbs")
        verb = next((m for m in range(nominal - 1, max(first, nominal - MAX_NP) - 1, -1) if self.words[m] in verbs), None)
        if verb is None or verb + 1 >= nominal or not self.subject_like(verb + 1):
            return
        end = self.parse_np(verb + 1, nominal)
        if end > verb + 1:
            self.attach_np(cand, verb + 1, end, None, default="sentence")

    def relayed_source(self, cand: Candidate, nominal: int) -> None:
        """'ونقل المحامي عن مرسي قوله: «…»': the one after عن said it, the subject of نقل relayed it (the
        via); failing that, 'ونسبت وكالة X إلى الجنرال فلان قوله «…»': the one after إلى said it, the
        subject of نسب (no cue of its own) relayed it."""
        if not self.relayed_by(cand, nominal, ("عن",)):
            self.relayed_by(cand, nominal, TO_WORDS, to=True)

    def relayed_by(self, cand: Candidate, nominal: int, preps: tuple[str, ...], *, to: bool = False) -> bool:
        """The speaker after the nearest of ``preps`` before the verbal noun ``nominal``, and the outlet
        before it as the via, where a relaying verb (:meth:`relay_verb`) opens the phrase."""
        first, _ = self.x.sentence_bounds(nominal)
        prep = next((m for m in range(nominal - 1, max(first, nominal - MAX_NP) - 1, -1) if self.words[m] in preps), None)
        if prep is None or prep + 1 >= nominal:
            return False
        verb = self.relay_verb(prep, first, to=to)
        if verb is None:
            return False
        end = self.parse_np(prep + 1, nominal)
        if end <= prep + 1:
            return False
        self.attach_np(cand, prep + 1, end, None, default="sentence")
        self.relay_via(cand, verb, prep)
        if not to:
            self.used.add(verb)
        return True

    def relay_verb(self, k: int, first: int, *, to: bool = False) -> int | None:
        """The verb that relays the words, within a phrase's length before token ``k``: "نقل" (a cue),
        or with ``to`` "نسب" ("ونسبت الوكالة إلى …", no cue of its own)."""
        for v in range(k - 1, max(first, k - MAX_NP) - 1, -1):
            if to:
                word = self.words[v]
                if word in RELAY_TO_VERBS or (word[:1] in ("و", "ف") and word[1:] in RELAY_TO_VERBS):
                    return v
            elif v in self.cues and self.cues[v].lemma == "نقل":
                return v
        return None

    def relay_via(self, cand: Candidate, verb: int, end: int) -> None:
        """The outlet between the relaying verb and عن / إلى is the via."""
        if verb + 1 < end:
            relay_end = self.parse_np(verb + 1, end)
            cand.via = cand.via_target = self.span(verb + 1, relay_end if relay_end > verb + 1 else end)

    def direct_from_after(self, q: Quotation, after: tuple[str, int]) -> Candidate | None:
        kind, k = after
        _, limit = self.x.sentence_bounds(k)
        if kind == "verb":
            form = self.cues[k]
            cand = Candidate("direct", (q.content_start, q.content_end), cue=self.span(k, k + 1), form=form, order=k)
            end = self.parse_np(k + 1, limit)
            self.attach_np(cand, k + 1, end, form, default="previous")
            self.attach_region(cand, self.scan_region(end, limit, form))
            self.used.add(k)
            return cand
        phrase, nxt, cue_end = self.according[k]
        cand = Candidate("direct", (q.content_start, q.content_end), cue=(self.x.starts[k], cue_end), order=k)
        start = nxt
        if phrase.kind == "verb" and start < limit and self.is_word(start):
            start += 1
        end = self.parse_np(start, limit)
        self.attach_np(cand, start, end, None, default="previous")
        self.attach_region(cand, self.scan_region(end, limit, None))
        self.used.add(k)
        return cand

    def headline_pass(self) -> None:
        """A crosshead that names its speaker, a colon and what they said, with no cue and no quotation
        marks ("… مسرحية «بنات المول». ليلى سلمان: الجمهور السعودي متفتح …"، "سموه: المنطقة تمتاز …"): an
        indirect quote with no cue (ANNOTATION.md). Only where the words before the colon open their
        sentence and end with a person's name the tagger found, opening with it or a title, or
        an honorific pronoun alone ("سموه"، "معاليه"), and at least ``HEADLINE_MIN_WORDS`` words of
        statement follow, outside quotation marks. A crosshead run on into the next paragraph's
        sentence ends before its reporting verb ("… مع المملكة ورداً على …" keeps to the verb's own
        quote; "… العائلي ولفتت الفنانة …")."""
        words = self.words
        taken = [c.content for c in self.candidates]
        for c in range(1, self.count - 1):
            if words[c] != ":" or self.inside[c] >= 0:
                continue
            first, _ = self.x.sentence_bounds(c)
            if not 1 <= c - first <= HEADLINE_NAME_WORDS or not all(self.is_word(k) for k in range(first, c)):
                continue
            if not self.headline_speaker(first, c):
                continue
            start = c + 1
            if not self.is_word(start) or self.inside[start] >= 0 or words[start] in QUOTE_CHARS:
                continue
            _, end = self.x.sentence_bounds(start)
            if any(self.reports_itself(k) for k in range(start, min(end, start + HEADLINE_MIN_WORDS + 1))):
                continue  # "أحمد بن سلطان: من جهته وصف العضو … أن …": a label over a sentence with its own cue (lead37k)
            k = start
            while k < end and k - start < HEADLINE_REACH:
                if (k > start + HEADLINE_MIN_WORDS and (k in self.cues or k in self.according)) or self.inside[k] >= 0:
                    break  # "… ولفتت الفنانة …": the next sentence's own cue; a quotation: not the crosshead's
                if words[k] in QUOTE_CHARS or words[k] == ":":
                    break  # a quotation, or the next crosshead's colon ("… شركاء النجاح ابن لبدة: …")
                k += 1
            while k > start and not self.is_word(k - 1):
                k -= 1
            if sum(1 for t in range(start, k) if self.is_word(t)) < HEADLINE_MIN_WORDS:
                continue
            content = self.trim_content(self.x.starts[start], self.span(k - 1, k)[1])
            if content is None or any(s < content[1] and content[0] < e for s, e in taken):
                continue
            cand = Candidate("indirect", content, order=first)
            self.attach_np(cand, first, c, None, default="previous")
            cand.sentence = self.x.sentence[start]
            cand.priority = 1
            self.candidates.append(cand)

    def reports_itself(self, k: int) -> bool:
        """Whether token ``k`` is a third-person cue, or written as one even where the finder did not take it
        ("وصف", a homograph), or opens "من جهته / من جانبه": the sentence says who reports on its own."""
        word = self.words[k]
        form = lx.cue_forms().get(word) or lx.homograph_forms().get(word)
        written = form is not None and form.person == 3 and "strict" not in form.flags  # not "بين" (between)
        if (k in self.cues and self.cues[k].person == 3) or k in self.according or written:
            return True  # not "الضويحي: نحرص على التطوير ونشكر …": the crosshead's speaker speaking
        marker = self.marker_at(k) if word in lx.markers() else None
        return marker is not None and marker[0].kind == "circumstance"

    def headline_speaker(self, a: int, b: int) -> bool:
        """Whether the words ``a``..``b`` are a crosshead's speaker: a person's name ending at the colon,
        the phrase opening with a title or honorific ("وزير الخارجية سامح شكري") or with the name, which
        the article names again elsewhere; or an honorific pronoun alone ("سموه")."""
        if b - a == 1 and lx.head_kind(self.words[a]) == "pronoun":
            return True
        if self.words[b - 1] in HEADLINE_LABELS:
            return False  # "الأول: …"، "السيناريو الأول: …": an item of a list, the tagger's "هيثوم الأول" aside
        if b - 1 not in self.person_ends:
            return False
        if lx.head_kind(self.words[a]) in ("title", "honorific"):
            return True
        # a name alone: the tagger's, and named again elsewhere in the article ("… ولفتت الفنانة ليلى سلمان"),
        # not a phrase it took for a name once ("السيناريو الأول:"، "هناك ملحوظتان:")
        eid = self.entity_ends.get(b - 1)
        if eid is None or (a not in self.person_inner and a != b - 1):
            return False
        here = self.span(a, b)
        return any(e == eid and not (here[0] <= self.x.normalized_offset(ms) < here[1]) for ms, _me, e, _t in self.entities)

    def said_by_no_one(self, open_tok: int) -> bool:
        """Whether the quotation at ``open_tok`` follows a passive of saying ("وكما قيل: «…»"، "ويقال: «…»"):
        a proverb or saying, which the last speaker did not say (lead38j; impersonal_saying in clause_words.tsv)."""
        k = open_tok - 1 if open_tok and self.words[open_tok - 1] == ":" else open_tok
        return k > 0 and self.words[k - 1] in IMPERSONAL_SAYINGS

    def direct_from_colon(self, q: Quotation, colon: int) -> Candidate | None:
        """"الوزير: «…»": the phrase before the colon speaks (when it looks like a speaker)."""
        first, _ = self.x.sentence_bounds(colon)
        a = colon
        while a > first and self.is_word(a - 1) and colon - a < 8:
            a -= 1
        if a == colon:
            return None
        words = [self.words[k] for k in range(a, colon)]
        looks = any(lx.head_kind(w) in ("title", "anon", "org", "media", "honorific") for w in words) or self.has_entity(self.span(a, colon))
        if not looks:
            return None
        if any(w in lx.RELATIVES or w in lx.COMPLEMENTIZERS for w in words):
            return None  # "… أن التخصصات التي ستطلقها هي سبعة تخصصات: «…»": a clause, not a speaker's label
        if words[0] in lx.clause_words("asking_verb") and self.asked_one(a, (a + 1, colon)):
            return None  # "وسألت الموظف ماجد: «هل عاد المدير؟»": the writer's question, not the one asked (dq43d)
        lead = words[0][1:] if words[0][:1] in ("و", "ف") else words[0]
        if lead in TOPIC_PREPOSITIONS and not any(w in NARRATOR_BLESSINGS for w in words):
            # "وعن مباراة طلائع الجيش: «…»": what the speaker before talks about, not who speaks (lead40m)
            return Candidate("direct", (q.content_start, q.content_end), resolve="previous", order=a)
        cand = Candidate("direct", (q.content_start, q.content_end), order=a)
        self.attach_np(cand, a, colon, None, default="previous")
        return cand

    def unopened_before_cue(self, q: Quotation, first: int, close_tok: int) -> None:
        """"نحن ملتزمون بأمن المنطقة» قال بلينكن": a closing mark with no opening one and no cue
        before it, but a cue right after it: the content runs from the paragraph's start (or the
        last quotation mark) to the mark."""
        after = self.cue_after(close_tok)
        if after is None or any(self.words[k] in QUOTE_CHARS for k in range(first, close_tok)):
            return
        content = self.trim_content(self.x.starts[first], self.x.starts[close_tok])
        if content is None:
            return
        if sum(1 for k in range(first, close_tok) if self.is_word(k)) <= SHORT_NAME_WORDS:
            return  # "الرئيس» قال": a name's closing mark, not a statement
        shell = Quotation(None, q.close, content[0], content[1], "unopened")
        cand = self.direct_from_after(shell, after)
        if cand is None:
            return
        cand.content, cand.priority, cand.sentence = content, 3, self.x.sentence[close_tok]
        self.candidates.append(cand)

    def unopened(self, q: Quotation) -> None:
        """A closing mark with no opening one: the content runs from the colon or cue before it."""
        close_tok = self.x.token_at(q.close)
        k = close_tok - 1
        first = close_tok
        while first > 0 and self.same_paragraph(first - 1, close_tok) and close_tok - first < 80:
            first -= 1
        start_tok = None
        cue = None
        nearest_cue = None
        while k >= first and self.words[k] not in QUOTE_CHARS:
            if self.words[k] == ":":  # "وقال …: إن … في حينها»": the colon opens what the mark closes
                start_tok = k + 1
                cue = self.cue_before(k + 1) if k >= 1 else None
                break
            if nearest_cue is None and k in self.cues and self.cues[k].person == 3 and not self.weak_cue(k):
                nearest_cue = k
            k -= 1
        if start_tok is None:
            cue = nearest_cue
        if cue is None and start_tok is None:
            self.unopened_before_cue(q, first, close_tok)
            return
        if start_tok is None:
            form = self.cues[cue]
            end = self.parse_np(cue + 1, close_tok)
            region = self.scan_region(end, close_tok, form)
            start_tok = region.at if region.stop in ("that", "colon", "prep") else end
        if start_tok >= close_tok:
            return
        content = self.trim_content(self.x.starts[start_tok], self.x.starts[close_tok])
        if content is None:
            return
        cand = Candidate("direct", content, order=cue if cue is not None else start_tok, priority=3)
        if cue is not None:
            form = self.cues.get(cue)
            cand.cue = self.span(cue, cue + 1)
            cand.form = form
            end = self.parse_np(cue + 1, start_tok)
            self.attach_np(cand, cue + 1, end, form, default="previous")
            self.attach_region(cand, self.scan_region(end, start_tok, form))
            self.used.add(cue)
        else:
            cand.resolve = "previous"
        cand.sentence = self.x.sentence[start_tok]
        self.candidates.append(cand)
