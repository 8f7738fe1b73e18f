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

>>> from khabar.document import Document
>>> doc = Document(text="قال وزير الخارجية عادل الجبير للصحفيين أمس إن الاجتماع انتهى. وأضاف: «سنعود».")
>>> [(q["kind"], q["speaker"]["text"], q["text"]) for q in find_quotes(doc)]
[('indirect', 'وزير الخارجية عادل الجبير', 'الاجتماع انتهى'), ('direct', 'وزير الخارجية عادل الجبير', 'سنعود')]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import Any

from khabar.document import Document
from khabar.numbers.matching import matching_text
from khabar.speech import lexicon as lx
from khabar.speech.lexicon import CueForm, Phrase
from khabar.speech.scan import QUOTE_CHARS, Quotation, Text

MAX_NP = 14  # words in a speaker phrase
MAX_REGION = 32  # tokens between a cue and its content
SHORT_NAME_WORDS = 4  # a quoted string this short is a name unless a cue or colon introduces it
SENTENCE_WORDS = 7  # a quoted string this long is speech even without a cue
COMMAS = frozenset("،,؛;")
SENTENCE_END = frozenset(".!?؟…")
DASHES = frozenset("-–—")
TRAIL_PUNCT = frozenset("،,؛;:.-–—")
TRIM_WORDS = lx.word_class("trim_words")
NOMINAL_CUES = lx.word_class("nominal_cues")
PUBLISHED = lx.word_class("published")
MEDIA_PLACES = lx.word_class("media_places")
PLURAL_HEADS = lx.word_class("plural_heads")
PUBLISHING_VERBS = lx.word_class("publishing_verbs")
SUBJUNCTIVE = lx.word_class("subjunctive")
KANA = lx.word_class("kana")
DEMONSTRATIVES = lx.word_class("demonstratives")
SUBJECT_STOPS = lx.word_class("subject_stops")
NEGATIONS = lx.word_class("negations")
AUXILIARIES = lx.word_class("auxiliaries")
APPOSITION_WORDS = lx.word_class("apposition_words")
NP_EXTRA_STOPS = lx.word_class("np_extra_stops")
EXAMPLE_WORDS = lx.word_class("example_words")
PRONOUN_PPS = lx.word_class("pronoun_pps")
# the fa- that opens the main clause after a fronted adjunct ("وبحسب X فإن …", "وحسب التقرير، فقد …")
FA_OPENERS = lx.word_class("fa_openers")
# before a verb without a complement clause, these make it narration: "ولم تعلن أي جهة مسؤوليتها", "والذي جدد عقده"
NARRATION_BEFORE = NEGATIONS | lx.RELATIVES | frozenset("و" + w for w in lx.RELATIVES)
FIRST_PERSON_THAT = lx.word_class("first_person_that")
RESUMPTIVE_PPS = lx.word_class("resumptive_pps")
COPULAS = lx.word_class("copulas")
# prepositions of place and time: a phrase they open is an adjunct, never a verb's object
ADJUNCT_PREPS = lx.word_class("adjunct_preps")
POINTING_BACK = lx.clause_words("pointing_back")  # "جاء ذلك وفقا لـ …": what comes before is attributed
BREAK_PARTICLES = lx.clause_words("break_particle")  # "…، ولكنه أضاف أن …": a new attribution
SELF_WORDS = lx.clause_words("self_reference")  # "المصدر نفسه", "أمس": still the source phrase
WHEN_CLAUSE = lx.clause_words("when_clause")  # "… عندما قال": the clause it opens depends on another
WHEN_BEFORE_AN = lx.clause_words("when_before_an")  # "بعد أن قال"
BUT_PRONOUN = lx.clause_words("but_pronoun")  # "… لكنه أعلن": the subject of the clause before
BUT_BEFORE_AN = lx.clause_words("but_before_an")  # "إلا أنها تؤكد"
SCRIPTURE_EPITHETS = lx.clause_words("scripture_epithet")  # "بقوله تعالى: «…»": God speaks
SCRIPTURE_LEADS = lx.clause_words("scripture_lead")
EPITHETS = lx.clause_words("epithet")  # "قائد الفريق المخضرم": describes the holder, names no other
ISSUED = lx.word_class("issued")
ISSUED_BY = lx.word_class("issued_by")


def _impersonal() -> frozenset[str]:
    return lx.marker_words("impersonal")


# --- records --------------------------------------------------------------------


def _nisba_countries(word: str) -> tuple[str, ...]:
    """The country names a nisba may stand for: "مصري" → مصر, "سوري" → سوريا (its ي or يه taken
    off, with or without the country's final alif)."""
    for suffix in ("يه", "ي"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return stem, stem + "ا"
    return ()


@dataclass(slots=True)
class Who:
    """A speaker as first introduced (normalised offsets), with what later references match on."""

    start: int
    end: int
    words: frozenset[str]
    head: str
    kind: str | None
    anonymous: bool
    entity: str | None
    gender: str | None
    plural: bool


@dataclass(slots=True)
class Candidate:
    kind: str
    content: tuple[int, int]  # normalised char offsets
    cue: tuple[int, int] | None = None  # normalised char offsets
    np: tuple[int, int] | None = None  # normalised char offsets of the local speaker mention
    np_tokens: tuple[int, int] | None = None
    form: CueForm | None = None
    resolve: str = "explicit"  # explicit, previous, sentence
    via: tuple[int, int] | None = None
    via_target: tuple[int, int] | None = None  # the outlet's name inside via
    via_nominal: bool = False
    audience: tuple[int, int] | None = None
    time: tuple[int, int] | None = None
    anonymous_phrase: bool = False
    reported_first: tuple[int, int] | None = None
    channel: tuple[int, int] | None = None
    order: int = 0
    sentence: int = 0
    priority: int = 2  # which of two overlapping readings wins: direct 3, clause 2, noun object 1
    who: Who | None = None
    nested: bool = False  # a quote reported inside another quote's content ("إن مرسي قال «…»")
    relay: bool = False  # a closing source around a speaker's own quote: not whom later cues go on with
    closes: bool = False  # an according-to set off by a comma whose source ends the sentence ("…، حسب رويترز.")
    trailer: bool = False  # an according-to that is a sentence of its own after the one it attributes ("…. وفقا لرويترز.")


@dataclass(slots=True)
class Region:
    """What lies between a speaker phrase and the content: where the content starts and the extras."""

    stop: str  # that, colon, quote, prep, noun, merge, none
    at: int  # token where the content starts (or the stopping token)
    via: tuple[int, int] | None = None
    via_target: tuple[int, int] | None = None
    via_nominal: bool = False
    audience: tuple[int, int] | None = None
    time: tuple[int, int] | None = None
    anonymous: bool = False
    chain: tuple[int, int] | None = None  # token range of the source after "نقل … عن"
    channel: tuple[int, int] | None = None  # the medium, not an outlet: "في بيان", "عبر حسابه على تويتر"
    np_end: int | None = None  # the speaker phrase runs on to here (it held the verb's preposition)


@lru_cache(maxsize=4096)
def _outlet(name: str):
    """The outlet a name refers to (``khabar.clean.outlets``), or ``None`` when it is unknown."""
    from khabar.clean.outlets import find_outlet

    return find_outlet(name)


class Finder:
    """Finds the quotes of one document (see the module docstring)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.markers_seen: dict[int, tuple[Phrase, int, int] | None] = {}  # token → marker_at's answer
        self.x = x = Text(doc.text, matching_text(doc))  # the form the times stage cached
        self.words = x.words
        self.count = x.count
        forms = lx.cue_forms()
        wasl = lx.wasl_lemmas()
        first_person: list[int] = []
        according = lx.according_phrases()
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
        self.used: set[int] = set()
        self.breaks: set[int] = set()
        self.entities = _entity_index(doc)
        self.entity_starts: dict[int, str] = {}  # token → entity id of a mention starting there
        self.entity_ends: dict[int, str] = {}  # token → entity id of a mention ending there
        self.person_ends: set[int] = set()  # tokens where a person's name ends
        self.person_inner: set[int] = set()  # tokens inside a person's name, before its last
        self.person_ids = frozenset(eid for _s, _e, eid, etype in self.entities if etype == "PER")
        for ms, me, eid, _etype in self.entities:
            a = x.token_at(x.normalized_offset(ms))
            b = x.token_at(max(x.normalized_offset(me) - 1, 0))
            if a < self.count and b < self.count:
                self.entity_starts.setdefault(a, eid)
                self.entity_ends[b] = eid
                if _etype == "PER":
                    self.person_ends.add(b)
                    self.person_inner.update(range(a, b))  # tokens a name goes on after
        for i in first_person:  # (a past misspelt with أ, "وأستنكر الوزير", keeps its subject)
            if i + 1 >= self.count or not self.subject_like(i + 1):
                self.cues.pop(i, None)
        self.candidates: list[Candidate] = []
        self.object_break = -1  # where parse_np last saw the verb's object begin
        self.trailing_via: dict[int, tuple[int, int]] = {}  # verb token → "بحسب X" closing its sentence

    # --- small helpers -------------------------------------------------------------

    def match_phrase(self, i: int, table: dict[str, tuple[Phrase, ...]]) -> tuple[Phrase, int, int] | None:
        """Longest phrase of ``table`` at token ``i``: (phrase, next token, end char).

        A final ``ل`` matches the preposition written on the next word
        (وفقا لـ«عكاظ»، وفقا للوزارة): the phrase then ends inside that token.
        """
        words, count = self.words, self.count
        for phrase in table.get(words[i], ()):
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
        if i and self.words[i - 1] in lx.NOT_BEFORE_COMPLEMENTIZER:
            return False
        if word == "فان" and i and self.words[i - 1] in lx.NAME_PARTICLES:
            return False  # "بن فان بيوردن": the Dutch "van" of a name, written like فإن
        if word == "فان" and self.original_word(i) == "فان" and (
                self.has_entity(self.span(i, i + 1), types=("PER",)) or self.has_entity(self.span(i + 1, i + 2), types=("PER",))
                if i + 1 < self.count else False):
            return False  # "وقال فان غال": the Dutch "van" of a name (فإن is written with its hamza or before a clause)
        return not (word == "ان" and i + 1 < self.count and self.words[i + 1] in ("شاء", "شاءالله"))

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

    # --- boundaries of the speaker phrase ----------------------------------------

    def marker_at(self, i: int) -> tuple[Phrase, int, int] | None:
        """The marker phrase (via, audience, time…) at token ``i``; asked many times per token by
        the speaker and boundary searches, so answered once."""
        found = self.markers_seen.get(i, NOT_SEEN)
        if found is NOT_SEEN:
            found = self.markers_seen[i] = self._marker_at(i)
        return found

    def _marker_at(self, i: int) -> tuple[Phrase, int, int] | None:
        found = self.match_phrase(i, lx.markers())
        if found is not None and found[0].kind == "audience" and self.original_word(i).lstrip("وف").startswith("إمام"):
            return None  # "وقال إمام وخطيب المسجد الحرام": the imam speaks ("أمام" = before an audience)
        return found

    def via_at(self, i: int) -> tuple[int, int, bool] | None:
        """A ``ل`` + outlet at token ``i`` ("لرويترز", "لوكالة فرانس برس", "لـ«عكاظ»", "للصحيفة"):
        (end token, target start token, nominal)."""
        words = self.words
        word = words[i]
        if word == "ل":
            nxt = i + 1
            if nxt < self.count and nxt in self.open_at:
                q = self.x.quotations[self.open_at[nxt]]
                close = self.close_token(q)
                if close is not None and self.quote_words(q) <= SHORT_NAME_WORDS:
                    return self.media_tail(close + 1), nxt, False
            return None
        if len(word) < 3 or not word.startswith("ل") or word in lx.NP_STOPS:
            return None
        rest = _without_lam(word)
        if rest in lx.marker_words("media_nominal"):
            return i + 1, i, True
        if lx.head_kind(rest) == "media":
            return self.media_tail(i + 1, name=True), i, False
        best = None
        for n in range(1, 5):
            if i + n > self.count or not all(self.is_word(k) for k in range(i, i + n)):
                break
            if _outlet(self.x.original_text(self.x.starts[i], self.x.ends[i + n - 1])) is not None:
                best = i + n
        if best is not None:
            return best, i, False
        return None

    def media_tail(self, j: int, *, name: bool = False) -> int:
        """End of an outlet's name: a quoted name, Latin or unknown words, a nisba adjective."""
        count = 0
        while j < self.count and count < 5:
            word = self.words[j]
            if j in self.open_at:
                q = self.x.quotations[self.open_at[j]]
                close = self.close_token(q)
                if close is None or self.quote_words(q) > SHORT_NAME_WORDS:
                    break
                j = close + 1
                count += 1
                continue
            if not word[0].isalnum() or self.boundary_at(j) or word in lx.COMPLEMENTIZERS:
                break
            if not name and not (word.startswith("ال") and word.endswith(("يه", "ي"))):
                break
            j += 1
            count += 1
            name = name and count < 4
        return j

    def boundary_at(self, j: int) -> bool:
        """Whether a speaker phrase must end before token ``j``."""
        word = self.words[j]
        if word in lx.COMPLEMENTIZERS and self.valid_complementizer(j):
            return True
        if (j in self.cues and self.cues[j].person == 3) or j in self.according or j in self.nominal:
            return True  # (a first-person form "أصف" is the name آصف here)
        if word in lx.NP_STOPS or word in NP_EXTRA_STOPS:
            if (len(word) <= 2 or word in lx.NAME_PARTICLES) and self.inside_person_name(j):
                return False  # "لو دريان", "أم كلثوم": a short function word that is part of a name
            return not (word == "علي" and not self.is_preposition_ala(j))
        if word in lx.markers() and self.marker_at(j) is not None:
            marker = self.marker_at(j)
            if marker[0].kind not in ("content", "name_cue", "time_tail", "impersonal", "anonymity", "media_nominal", "anaphor", "anon_anaphor", "org_anaphor", "statement_anaphor", "cited", "place"):
                return marker[0].kind != "anonymity_lead" or self.anonymity_in(j, min(self.count, j + 6))
        return word.startswith("ل") and self.via_at(j) is not None

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
            if word in adverbs:
                i += 1
                continue
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
        if word in lx.word_class("pronoun_lead") and i + 1 < limit and self.subject_like(i + 1):
            return i + 1, None  # "قال عنه أمين الريحاني: «…»": what or whom it was said about, then the subject
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
                if k < limit and self.subject_like(k):
                    return k, (self.span(i, end), self.span(target, end), nominal)
        return i, None

    def where_said(self, start: int, end: int) -> bool:
        """Whether the phrase ``[start, end)`` after a reporting verb opens with a free preposition
        ("وأشار في التصريح أن …", "وقال في الاتصال الهاتفي إن …"): it says where or how the words
        were said, never who said them (``place_preposition`` in ``data/word_classes.tsv``)."""
        return end > start and self.words[start] in lx.word_class("place_preposition")

    def subject_like(self, k: int) -> bool:
        """Whether token ``k`` can begin a speaker phrase: a speaker word or a named entity."""
        word = self.words[k]
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

    def subject_end(self, i: int, limit: int, form: CueForm) -> int:
        """End of the subject written after a cue (participles take none but "سموه")."""
        if form.kind == "participle":
            return i + 1 if i < limit and lx.head_kind(self.words[i]) == "pronoun" else i
        if i < limit and self.addressee(i):
            return i
        noun_object = "noun" in form.flags and ("strict" not in form.flags or _unambiguous(form, self.words[i - 1] if i else ""))
        return self.parse_np(i, limit, preps=form.preps, noun_object=noun_object)

    def parse_np(self, i: int, limit: int, *, preps: tuple[str, ...] = (), noun_object: bool = False, after_l: bool = False,
                 masdar: bool = False) -> int:
        """End (exclusive token) of the speaker phrase that starts at token ``i``.

        ``after_l``: the first token carries the ل of the cue before it ("وفقا لصحيفة …"), so it is
        not read as a via ("لصحيفة" after a verb).
        """
        words = self.words
        j, n = i, 0
        aside = None  # (start, end) of the last aside in dashes or brackets the phrase stepped over
        while j < limit and n < MAX_NP:
            word = words[j]
            if word == "فان" and self.original_word(j) == "فان" and j + 1 < limit and not self.valid_complementizer(j):
                j, n = j + 1, n + 1  # "أكد فان غال أن …": the "van" of a name
                continue
            if j in self.open_at:
                q = self.x.quotations[self.open_at[j]]
                close = self.close_token(q)
                said = j - 1 in self.person_ends and self.ends_clause(close)  # after a person's name: speech
                if close is not None and close < limit and self.quote_words(q) <= SHORT_NAME_WORDS and not said:
                    j, n = close + 1, n + 1
                    continue
                break
            if word == "(" or (word in DASHES and j > i):
                closing = ")" if word == "(" else word
                close = next((k for k in range(j + 1, min(limit, j + 7)) if words[k] == closing), None)
                if close is None or not all(self.is_word(k) for k in range(j + 1, close)):
                    break
                aside = (j, close + 1)
                j = close + 1
                continue
            if not word[0].isalnum():
                if word in ("%", "٪") and j > i and words[j - 1][0].isdigit():
                    j, n = j + 1, n + 1  # "وقال 60% من البالغين إنهم …": a share of people speaks
                    continue
                if word in COMMAS and j > i and j + 1 < limit and (self.apposition_at(j + 1) or self.name_apposition(i, j, limit)):
                    j += 1
                    continue
                if word == "." and j > i and j + 1 < limit and self.is_word(j + 1) and not self.x.is_sentence_end(j):
                    j += 1
                    continue
                break
            if word.isdigit() and j > i:
                break
            if word in KANA and j > i:
                break  # "بعض المحللين كانوا توقعوا …": the subject ends at كان
            if (j > i and j + 1 < limit and words[j + 1] in RESUMPTIVE_PPS and not word.startswith("ال")
                    and j not in self.entity_starts and lx.head_kind(word) is None):
                break  # "وكشفت وثيقة حكومية حصلت عليها …": a verb opens a clause describing the phrase
            if j == i and word in DEMONSTRATIVES and j + 1 < limit and lx.head_kind(words[j + 1]) in ("title", "anon", "org", "media", "doc"):
                j, n = j + 1, n + 1  # "أوضح هذا المسؤول أن …"
                continue
            if self.boundary_at(j) and not (after_l and j == i and word.startswith("ل")):
                break
            if word in preps and (word != "علي" or self.is_preposition_ala(j)):
                break
            if "ب" in preps and self.bi_object(j):
                break
            if noun_object and self.content_word(j, masdar=masdar and j > i):
                break
            if word == "في" and j > i and j + 1 < limit and self.words[j + 1] in lx.marker_words("content"):
                break  # "وأوضح الباحث في أهمية البحث أن …"
            if n == 0 and lx.head_kind(word) == "pronoun":
                return j + 1
            if (j == i + 1 and word.startswith("لل") and words[i].startswith("ال") and lx.head_kind(words[i]) in ("org", "media", "doc")
                    and lx.head_kind(_without_lam(word)) not in ("org", "media", "doc", "title")):
                break  # "واشترطت الوزارة للعامل …": whom it was said to, not part of the name
            if j > i and self.name_overrun(j):
                break
            if j > i and self.np_ends_before(i, j, noun_object):
                self.object_break = j
                break
            if word in ISSUED and j > i and j + 1 < limit and words[j + 1] in ISSUED_BY:
                j, n = j + 2, n + 2  # "بيان صادر عن وزارة الداخلية": the issuer is part of the phrase
                continue
            j += 1
            n += 1
        if aside is not None and aside[1] == j and "الله" in words[aside[0]:aside[1]]:
            j = aside[0]  # "وكانت المعلمة -رحمها الله- قد سقطت": a prayer set off ends the phrase, not a name's apposition
        while j > i and (words[j - 1] in TRIM_WORDS or not words[j - 1][0].isalnum()):
            if words[j - 1] in QUOTE_CHARS and self.balanced_close(j - 1, i):
                break
            if words[j - 1] == ")" and "(" in words[i:j - 1]:
                break  # "(واس)": keep the closing bracket of a bracket the phrase opened
            j -= 1
        return j

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

    def trimmed_mention(self, s: int, e: int) -> int:
        """End (normalised offset) of an entity mention ``[s, e)`` cut where the name really ends."""
        a, b = self.x.token_at(s), self.x.token_at(max(e - 1, s))
        for k in range(a + 1, min(b + 1, self.count)):
            if self.name_overrun(k):
                return self.x.ends[k - 1]
        return e

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
        if noun_object and self.definite_phrase_then_noun(i, j):
            return True
        if (not prev.startswith("ال") and len(prev) >= 5 and prev.endswith(("ون", "ين", "ان"))
                and lx.head_kind(prev) in ("anon", "title") and word.startswith("ال")
                and not word.endswith(("ين", "ون", "ان", "تان", "تين"))):
            return True
        if (j == i + 1 and prev.startswith("ال") and prev.endswith("ون") and len(prev) >= 7
                and lx.head_kind(prev) in ("anon", "title") and word.startswith("ال") and not word.endswith(("ين", "ون", "ي", "يه"))
                and lx.head_kind(word) is None and j not in self.entity_starts):
            return True  # "ويذكر المسؤولون الزوار بضرورة …": a definite subject in -ون, then its object
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
        if not prev.startswith("ال"):
            # only a definite name is surely complete; but after a whole named entity, a verb taking a
            # noun object finds it in a plain indefinite noun ("أعلنت جنرال إلكتريك استراتيجية لبيع …")
            return (noun_object and self.entity_starts.get(j) is None and not word.startswith("ال")
                    and word not in lx.NAME_PARTICLES and self.entity_ends[j - 1] == self.entity_starts.get(i)
                    and lx.head_kind(word) is None and not self.has_entity(self.span(j, j + 1)))
        other = self.entity_starts.get(j)
        if other is not None and other != self.entity_ends[j - 1]:
            return True  # "الولايات المتحدة الأمريكية باكستان"
        return noun_object and other is None

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

    def construct_head(self, k: int) -> bool:
        """Whether token ``k`` is a noun in the construct state (no article, not a name), so that
        a definite word after it is its genitive ("جامعة الدول", "وزير الداخلية")."""
        word = self.words[k]
        if not self.is_word(k) or word.startswith("ال") or word in lx.NP_STOPS or k in self.person_ends:
            return False
        return lx.head_kind(word) in ("org", "title", "media", "doc", "anon") or word.endswith("ه")

    def addressee(self, i: int) -> bool:
        """"للحكام", "للمواطنين" right after a verb: whom it was said to, never its subject."""
        word = self.words[i]
        return word.startswith("لل") and len(word) > 4 and self.via_at(i) is None

    def bi_object(self, j: int) -> bool:
        """"بالرقابة", "بتوفير": the preposition ب and its object, not "بوزارة" in a title or the name "بدر"."""
        word = self.words[j]
        if not word.startswith("ب") or len(word) <= 3 or word == "باسم":
            return False
        if word in lx.markers():
            marker = self.marker_at(j)
            if marker is not None and marker[0].kind in ("circumstance", "time", "via_doc", "audience"):
                return False  # "صرح … بمناسبة …": an occasion, not the object
        named = lx.head_kind(word) == "name" or self.has_entity(self.span(j, j + 1), types=("PER",))
        place = word[1:] in lx.marker_words("place") or (word.startswith("بال") and word[3:] in lx.marker_words("place"))
        return not named and not place and lx.head_kind(word[1:]) is None

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
                return end is not None and (end + 1 >= limit or not self.is_word(end + 1) or self.boundary_at(end + 1))
            if self.words[start] == "علي" and self.is_preposition_ala(start):
                return False
        return False

    def apposition_at(self, j: int) -> bool:
        word = self.words[j]
        if word in APPOSITION_WORDS or j in self.open_at:
            return True
        kind = lx.head_kind(word)
        return kind in ("title", "honorific", "anon", "org", "media")

    def content_word(self, j: int, masdar: bool = False, listed: bool = False) -> bool:
        """A word that begins the content of a noun-object verb ("أهمية", "سعادتهم"); with
        ``masdar``, also a verbal noun by its pattern ("تأثر", "تطوير", "استمرار", "مشاركة")."""
        word = self.words[j]
        contents = lx.marker_words("content")
        if j and self.words[j - 1] in lx.NAME_PARTICLES:
            return False  # "عبد الله": a name
        if lx.head_kind(word) in ("doc", "org", "media", "title"):
            return False  # "توقعت دراسة أجرتها شركة …": a speaker word is the subject
        if j and word.startswith("ال") and self.construct_head(j - 1):
            return False  # "جامعة الدول العربية": the genitive of the word before, not an object
        if word in contents or (word.startswith("ال") and word[2:] in contents):
            return True
        if masdar and not word.startswith("ال") and _masdar_form(word) and lx.head_kind(word) is None and not self.has_entity(self.span(j, j + 1)):
            # (not "العام": the article and a short noun look like إفعال; not "مركز مكافحة المخدرات",
            # where the verbal noun is the genitive of an institution)
            return not (j and self.construct_head(j - 1) and lx.head_kind(self.words[j - 1]) == "org")
        if (masdar and j and word.startswith("ال") and self.words[j - 1].startswith("ال") and _MASDAR.match(word[2:])
                and lx.head_kind(word) is None and not self.has_entity(self.span(j, j + 1))):
            return True  # "وفسرت الحكومة التطور …": a definite noun takes no definite genitive, so a verbal noun begins the object
        if listed:
            written = self.original_word(j)
            return written.endswith(("ه", "ها", "هم")) and any(
                word[:-n] in contents for n in (1, 2) if len(word) - n >= 3)  # "تطلعه", "سعادتها"
        if len(word) < 5 or lx.head_kind(word) is not None:
            return False
        if j in self.entity_starts and self.has_entity(self.span(j, j + 1), types=("PER",)):
            return False  # "عبدربه": a name, not a noun with a pronoun
        written = self.original_word(j)  # ة is folded into ه in the matching form: look at the word as written
        return written.endswith(("ه", "ها", "هم", "هما", "هن")) and not written.endswith(("الله", "لله", "اه"))

    # --- between the speaker and the content ---------------------------------------

    def skip_relative(self, k: int, limit: int, preps: tuple[str, ...] = ()) -> tuple[int, bool]:
        """Skip a relative clause ("، الذي طلب عدم نشر اسمه،"): (next token, anonymity said)."""
        words = self.words
        j = k + 1 if words[k] in COMMAS else k
        if j >= limit or words[j] not in lx.RELATIVES:
            return k, False
        m = j + 1
        while m < limit and words[m] not in COMMAS and not (words[m] in lx.COMPLEMENTIZERS and self.valid_complementizer(m)) and m - j < 20:
            if words[m] in preps and (words[m] != "علي" or self.is_preposition_ala(m)):
                break
            m += 1
        anonymous = self.anonymity_in(j, m)
        if m < limit and words[m] in COMMAS:
            m += 1
        return m, anonymous

    def via_closing(self, region: Region, a: int, b: int) -> None:
        """"وقال المحامي الذي حضر جلسة اليوم لرويترز إن …": an outlet that ends a relative clause right
        before the complement is whom the main verb's words were given to."""
        for t in range(max(a, b - 6), b):
            if self.words[t].startswith("ل"):
                via = self.via_at(t)
                if via is not None and (via[0] == b or (via[0] < b and all(self.words[m] in COMMAS for m in range(via[0], b)))):
                    region.via, region.via_target, region.via_nominal = self.span(t, via[0]), self.span(via[1], via[0]), via[2]
                    return

    def anonymity_in(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` say that the source asked not to be named."""
        words = self.words
        table = lx.markers()
        for k in range(a, b):
            if words[k] in table:
                found = self.match_phrase(k, table)
                if found and found[0].kind == "anonymity" and found[1] < self.count:
                    nxt = words[found[1]]
                    if nxt.startswith(("اسم", "هوي", "اسماء")):
                        return True
        return False

    def scan_region(self, j: int, limit: int, form: CueForm | None, *, allow_noun: bool = False) -> Region:
        """From the end of the speaker phrase to the content: complementizer, colon, quote or object."""
        words = self.words
        preps = form.preps if form else ()
        flags = form.flags if form else frozenset()
        region = Region("none", j)
        k = j
        while k < limit and k - j < MAX_REGION:
            word = words[k]
            if word in lx.COMPLEMENTIZERS and self.valid_complementizer(k):
                region.stop, region.at = "that", k + 1
                return region
            if word == ":":
                region.stop, region.at = "colon", k + 1
                if k + 1 < limit and self.words[k + 1] in lx.COMPLEMENTIZERS:
                    region.at = k + 2
                return region
            if k in self.open_at:
                q = self.x.quotations[self.open_at[k]]
                close = self.close_token(q)
                nwords = self.quote_words(q)
                if close is not None and close < limit and k > j and nwords <= SHORT_NAME_WORDS and self.name_context(k - 1, nwords):
                    k = close + 1  # "شركة «يوروتانل»": a name on the way, not what was said
                    continue
                if close is not None and close + 1 < limit and k > j and nwords <= SHORT_NAME_WORDS and self.valid_complementizer(close + 1):
                    # "وكشفت وثيقة حصلت عليها «الشرق الأوسط» أن …": a short quoted name, then the complement
                    name = self.x.original_text(q.content_start, q.content_end)
                    if region.via is None and _outlet(name) is not None:
                        region.via = region.via_target = (q.content_start, q.content_end)
                    k = close + 1
                    continue
                region.stop, region.at = "quote", k
                return region
            if word in preps and (word != "علي" or self.is_preposition_ala(k)):
                region.stop, region.at = "prep", k + 1
                for m in range(k + 1, min(limit, k + 4)):  # "إلى أن", "عن يقينه بأن", "عن أمله في أن"
                    if self.valid_complementizer(m):
                        region.stop, region.at = "that", m + 1
                        return region
                    if not self.is_word(m):
                        break
                if "that" in flags and k == j:
                    # "وأكد المشرف العام على البرنامج الوطني (بارع) أن …": the preposition was the speaker's
                    for m in range(k + 1, min(limit, k + 2 * MAX_NP + 4)):
                        word_m = words[m]
                        if self.valid_complementizer(m):
                            region.stop, region.at, region.np_end = "that", m + 1, m
                            return region
                        if word_m in COMMAS or word_m in SENTENCE_END or self.content_word(m) or m in self.cues:
                            break
                return region
            if "ب" in preps and self.bi_object(k):
                if word in ("بان", "بانه", "بانها", "بانهم"):
                    region.stop, region.at = "that", k + 1
                else:
                    region.stop, region.at = "prep", k
                return region
            if word in COMMAS or word in lx.RELATIVES:
                nxt, anonymous = self.skip_relative(k, limit, preps)
                if nxt != k:
                    region.anonymous = region.anonymous or anonymous
                    if region.via is None:
                        self.via_closing(region, k, nxt)
                    k = nxt
                    continue
            if word in lx.markers():
                marker = self.marker_at(k)
                if marker is not None and marker[0].kind in ("via_talk", "via_doc", "audience", "time", "circumstance"):
                    k = self.take_marker(region, marker, k, limit)
                    continue
                if marker is not None and marker[0].kind == "anonymity" and self.anonymity_in(k, k + 1):
                    region.anonymous = True
            if k == j and self.addressee(k):
                end = self.parse_np(k + 1, limit) if k + 1 < limit else k + 1
                if region.audience is None:
                    region.audience = self.span(k, max(end, k + 1))
                k = max(end, k + 1)
                continue
            if word.startswith("ل"):
                via = self.via_at(k)
                if via is not None:
                    end, target, nominal = via
                    if region.via is None:
                        region.via = self.span(k, end)
                        region.via_target = self.span(target, end)
                        region.via_nominal = nominal
                    k = end
                    continue
            if word in ("عنه", "عنها", "عنهم", "عنهما") and form is not None and form.lemma == "نقل":
                region.chain = (k, k)  # the source is the speaker named before
                k += 1
                if k < limit and words[k] in NOMINAL_CUES:
                    k += 1
                continue
            if word == "عن" and form is not None and form.lemma == "نقل":
                end = self.parse_np(k + 1, limit)
                if end > k + 1:
                    region.chain = (k + 1, end)
                    k = end
                    if k < limit and words[k] in NOMINAL_CUES:
                        k += 1
                    continue
            if k in self.cues and k > j:
                other = self.cues[k]
                if "merge" in other.flags:
                    region.stop, region.at = "merge", k
                    return region
                region.stop, region.at = "none", k
                return region
            if k in self.according and (k > j or self.according[k][0].kind in ("chain", "source")):
                phrase = self.according[k][0]
                if phrase.kind == "chain":
                    end = self.parse_np(self.according[k][1], limit)
                    region.chain = (self.according[k][1], end)
                    k = end
                    continue
                if phrase.kind == "source" and form is not None:
                    # "وقالت X، وفقا لسكاي نيوز، إن …": the outlet the words came through
                    nxt, cue_end = self.according[k][1], self.according[k][2]
                    target = nxt - 1 if cue_end < self.x.ends[nxt - 1] else nxt
                    end = self.parse_np(target, limit, after_l=target < self.count and cue_end > self.x.starts[target])
                    if end > target:
                        if region.via is None:
                            region.via = region.via_target = (self.according[k][2], self.x.ends[end - 1])
                        k = end
                        continue
                region.stop, region.at = "none", k
                return region
            if word in NOMINAL_CUES:
                k += 1
                continue
            stray = not word[0].isalnum() and word not in COMMAS and word not in DASHES and word not in "()" and word not in QUOTE_CHARS
            if stray and not (word == "." and not self.x.is_sentence_end(k)):
                region.stop, region.at = "none", k
                return region
            if allow_noun and region.stop == "none" and word in ADJUNCT_PREPS and "noun" in flags and region.at == j and k + 1 < limit:
                end = self.parse_np(k + 1, limit, preps=preps)
                if k + 1 < end < limit and (self.words[end] in preps or self.valid_complementizer(end) or self.content_word(end, masdar=True)):
                    k = end  # "أكد في قم على ضرورة …", "أكد في كلمته أهمية …": a place or occasion, not the object
                    continue
            if allow_noun and region.stop == "none" and word[0].isalnum() and "noun" in flags and region.at == j:
                ahead = self.complement_ahead(k, limit, preps) if k > j and "object" not in flags else None
                if ahead is not None and not self.content_word(k, masdar=True, listed=True):
                    k = ahead  # "أكد في مؤتمر عقد في الرياض على ضرورة …": the verb's own complement comes later
                    continue
                region.at = k  # the first plain word: a noun object starts here
                region.stop = "noun"
                return region
            k += 1
        region.at = k
        return region

    def complement_ahead(self, k: int, limit: int, preps: tuple[str, ...]) -> int | None:
        """Token of the verb's preposition or complementizer a few words ahead in the same clause, if any."""
        for m in range(k + 1, min(limit, k + 8)):
            word = self.words[m]
            if word in COMMAS or not self.is_word(m) or m in self.cues:
                return None
            if (word in preps and (word != "علي" or self.is_preposition_ala(m))) or self.valid_complementizer(m):
                return m
        return None

    def take_marker(self, region: Region, marker: tuple[Phrase, int, int], k: int, limit: int) -> int:
        """Record a via/audience/time marker and return the token after it (and its complement)."""
        phrase, end, _ = marker
        kind = phrase.kind
        if kind == "via_talk":
            if phrase.words[-1] == "ل":
                # "في تصريحات لـ«عكاظ»" (ل written apart) or "في تصريحات لمجلة …" (ل on the name)
                target = end - 1 if _ == self.x.ends[end - 1] else end
                via = self.via_at(target) if target < limit else None
                stop = via[0] if via else self.media_tail(target + 1, name=True)
            else:
                target = end
                stop = self.parse_np(target, limit)
            if region.via is None and stop > target:
                region.via = self.span(target, stop)
                region.via_target = self.span(target, stop)
            return max(stop, end)
        if kind == "via_doc":
            stop = end
            n = 0
            while stop < limit and n < 8:
                word = self.words[stop]
                if word in PUBLISHED and stop + 1 < limit:
                    stop += 2 if self.words[stop + 1] in ("علي", "في", "عبر") else 1
                    n += 1
                    continue
                if word in ("علي", "في", "عبر") and stop + 1 < limit and self.words[stop + 1] in MEDIA_PLACES:
                    stop += 2  # "بموقعه على الإنترنت", "عبر حسابه في تويتر"
                    n += 1
                    continue
                if word == "." and not self.x.is_sentence_end(stop) and stop + 1 < limit and self.is_word(stop + 1):
                    stop += 1
                    continue
                if word in ISSUED and stop + 1 < limit and self.words[stop + 1] in ISSUED_BY:
                    stop += 2  # "في بيان صادر عنه"
                    n += 2
                    continue
                if not self.is_word(stop) or self.boundary_at(stop):
                    break
                stop += 1
                n += 1
            if region.channel is None:
                region.channel = self.span(k, stop)  # a medium ("في بيان"), not who the words were given to
            return stop
        if kind == "audience":
            stop = end
            if phrase.words[0] in ("امام", "وامام") or phrase.words[-1] in ("مؤتمر",) or phrase.words[0].startswith("مخاطب"):
                n = 0
                while stop < limit and n < 5 and self.is_word(stop) and not self.boundary_at(stop):
                    stop += 1
                    n += 1
            if region.audience is None:
                region.audience = self.span(k, stop)
            return stop
        if kind == "time":
            stop = end
            tails = lx.marker_words("time_tail")
            while stop < limit and (self.words[stop] in tails or self.words[stop] in lx.marker_words("time")):
                stop += 1
            if region.time is None:
                region.time = self.span(k, stop)
            return stop
        return end  # circumstance

    # --- content --------------------------------------------------------------------

    def clause_end(self, k: int, hard_limit: int | None = None) -> int:
        """Token after the last token of the content that starts at token ``k``."""
        _, sentence_end = self.x.sentence_bounds(k)
        limit = sentence_end if hard_limit is None else min(sentence_end, hard_limit)
        qi = self.inside[k] if k < self.count else -1
        m = k
        while m < limit:
            if m > k and m in self.breaks:
                break
            if qi < 0 and self.inside[m] < 0 and m > k and m in self.open_at and self.direct_starts(m) and m not in self.nested_opens:
                break
            if qi >= 0 and self.inside[m] != qi and not (m in self.open_at or self.words[m] in QUOTE_CHARS):
                break
            m += 1
        if m == limit and hard_limit is None and qi < 0 and m < self.count and self.inside[m] >= 0:
            # "… يعمل على «تعليم الحجاج.. وباللجوء إلى الخبراء»": a quotation opened in the content
            # runs past a sentence break inside it; the content ends where it closes
            close = self.close_token(self.x.quotations[self.inside[m]])
            opened = self.x.token_at(self.x.quotations[self.inside[m]].content_start)
            if close is not None and opened > k and close - m < 4 * MAX_REGION and self.same_paragraph(close, m):
                m = close + 1
        m = self.before_anonymity_clause(k, m)
        while m > k and (self.words[m - 1] in TRAIL_PUNCT or self.words[m - 1] in ("و", "ف")):
            m -= 1
        return m

    def before_anonymity_clause(self, k: int, m: int) -> int:
        """"…، طالبا عدم الكشف عن اسمه": the request not to be named, set off by a comma at the
        end, is about the source, not part of what was said."""
        for c in range(k + 1, m - 1):
            if self.words[c] in COMMAS and self.inside[c] < 0 and self.words[c + 1] in lx.markers():
                marker = self.marker_at(c + 1)
                if marker is not None and marker[0].kind == "anonymity_lead" and self.anonymity_in(c + 1, min(m, c + 7)):
                    return c
        return m

    def object_end(self, k: int, end: int) -> int:
        """End of a noun or preposition object: a noun phrase, so a comma followed by a word that opens a
        clause ends it ("معبرين عن اللحمة الوطنية، كما اطلع الوفد …", "…، هذا وقد شهد الحفل …"); a
        complement clause (أن …) is not cut so ("قال إن الأسعار ارتفعت، كما ارتفعت التكاليف")."""
        stops = lx.clause_words("object_stop")
        for m in range(k + 1, end - 1):
            if self.words[m] in COMMAS and self.inside[m] < 0 and self.words[m + 1] in lx.marker_words("clause_opener"):
                return m
            if self.words[m] in stops and self.inside[m] < 0 and self.words[m + 1] in lx.COMPLEMENTIZERS:
                return m - 1 if self.words[m - 1] == "من" and m - 1 > k else m  # "(من) دون أن يقدم …": how, not what
        return end

    def direct_starts(self, m: int) -> bool:
        """Whether a quotation opening at token ``m`` was taken as a direct quote."""
        return m in self.direct_opens

    def content_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Normalised char span of content tokens ``[a, b)`` without quotation marks at the edges."""
        words = self.words
        while a < b and (words[a] in TRAIL_PUNCT or words[a] in ")]"):
            a += 1  # "… في بيان أن: الجبوري …"
        while a < b and words[a] in QUOTE_CHARS and (a not in self.open_at or self.x.quotations[self.open_at[a]].close is None or self.close_token(self.x.quotations[self.open_at[a]]) >= b - 1):
            a += 1
        while b > a and (words[b - 1] in QUOTE_CHARS or words[b - 1] in TRAIL_PUNCT) and not self.balanced_close(b - 1, a):
            b -= 1
        if b <= a:
            return None
        return self.span(a, b)

    def balanced_close(self, i: int, a: int) -> bool:
        """Whether the closing mark at ``i`` closes a quotation opened inside the content."""
        for k in range(a, i):
            if k in self.open_at and self.close_token(self.x.quotations[self.open_at[k]]) == i:
                return True
        return False

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
        self.select()
        self.first_reporters()
        self.candidates.sort(key=lambda c: (c.order, c.content[0]))
        self.resolve_speakers()
        return self.records()

    def select(self) -> None:
        """Of two readings of the same words, keep the surer one (direct, then clauses, then objects)."""
        kept: list[Candidate] = []
        for cand in sorted(self.candidates, key=lambda c: (-c.priority, c.order)):
            s, e = cand.content
            if e <= s:
                continue
            if any(_overlap(s, e, *k.content) > 0.6 * min(e - s, k.content[1] - k.content[0]) and not _nested(cand, k)
                   for k in kept):
                continue
            for k in kept:
                if _framed(cand, k) or _framed(k, cand):
                    (k if k.kind == "according_to" else cand).relay = True
            kept.append(cand)
        self.candidates = kept

    def compute_breaks(self) -> None:
        """Cues that begin a new attribution inside a sentence end the content before them."""
        words = self.words
        for i, form in self.cues.items():
            if form.person != 3:
                continue
            before = words[i - 1] if i else ""
            if self.adjective_participle(i, form):
                continue
            if form.kind == "participle" or form.prefix or before in COMMAS or before in BREAK_PARTICLES:
                if form.kind == "verb" and not self.verb_has_complement(i, form):
                    continue
                self.breaks.add(i - 1 if before in BREAK_PARTICLES else i)
            elif form.kind == "verb" and self.verb_has_complement(i, form, speech=True):
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

    def verb_has_complement(self, i: int, form: CueForm, *, speech: bool = False) -> bool:
        """Whether the verb at ``i`` introduces content (``speech``: with a colon, quotation or بالقول)."""
        _, limit = self.x.sentence_bounds(i)
        end = self.subject_end(i + 1, limit, form)
        if speech:
            return end < limit and (end in self.nominal or self.scan_region(end, limit, form).stop in ("colon", "quote"))
        region = self.scan_region(end, limit, form)
        return region.stop in ("that", "colon", "quote", "prep", "merge")

    # direct ------------------------------------------------------------------------

    def direct_pass(self) -> None:
        x = self.x
        for qi, q in enumerate(x.quotations):
            if q.broken == "unopened":
                self.unopened(q)
                continue
            open_tok = x.token_at(q.open)
            nwords = self.quote_words(q)
            if nwords == 0:
                continue
            if nwords <= SHORT_NAME_WORDS and self.quoted_name(q):
                continue  # "وتناشد «أم منصور»"، "شركات الطيران: «طيران الإمارات»، «فلاي دبي»": a name in marks
            close_tok = self.close_token(q)
            before = open_tok - 1
            prev = self.words[before] if before >= 0 and self.same_paragraph(before, open_tok) else ""
            cue = self.cue_before(open_tok)
            after = self.cue_after(close_tok) if close_tok is not None else None
            name_context = self.name_context(before, nwords)
            cand = None
            if cue is not None:
                adjacent = prev == ":" or (
                    (prev in ("،", ",") or before == cue or prev in lx.COMPLEMENTIZERS or prev == "ب" or before in self.nominal
                     or before in self.person_ends)  # "وقال ستيوارت "لقد عملنا بجهد كبير"،"
                    and self.ends_clause(close_tok)
                    and not self.complement_follows(close_tok, cue)
                )
                if nwords > SHORT_NAME_WORDS and not name_context or adjacent:
                    cand = self.direct_from_cue(q, cue, open_tok)
            if cue is None and self.partial_quotation(open_tok):
                continue  # "وأوضح أن المركز يعمل على «تعليم …»": quoted words inside reported speech
            opens_clause = before < 0 or not self.is_word(before) or not self.same_paragraph(before, open_tok)
            if cand is None and after is not None and not name_context and (nwords > SHORT_NAME_WORDS or opens_clause):
                cand = self.direct_from_after(q, after)
            if cand is None and prev == ":" and not name_context and nwords > SHORT_NAME_WORDS:
                cand = self.direct_from_colon(q, before)
            if cand is None and nwords >= SENTENCE_WORDS and not name_context and self.arabic_statement(q) and (
                    opens_clause or prev in TRAIL_PUNCT or prev in lx.clause_words("citation_lead")):
                # (not a quotation inside a clause with a word before it, "تنفيذ «انقلاب في الحكم …»",
                # "عن إصدارها «قاموس الأدب …»": a name, a title or a phrase held at arm's length)
                cand = Candidate("direct", (q.content_start, q.content_end), resolve="previous", order=open_tok)
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

    def quoted_name(self, q: Quotation) -> bool:
        """Whether the words inside a short quotation are all one name the entity tagger found (a
        person, an organisation, a place): marks set off a name ("«طيران الإمارات»، «الاتحاد
        للطيران»", "وتناشد «أم منصور»") as often as speech, and a name alone is never what was said."""
        if not self.entities or q.content_end <= q.content_start:
            return False
        s, e = self.x.original_span(q.content_start, q.content_end)
        return any(m[0] <= s and e <= m[1] and m[3] in ("PER", "ORG", "LOC") for m in self.entities)

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
        if self.words[k] in ("فان",) or self.x.starts[k + 1] >= cand.content[1] or not self.is_word(k + 1):
            return
        cand.kind = "indirect"
        cand.content = (self.x.starts[k + 1], cand.content[1])

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

    def ends_clause(self, close_tok: int | None) -> bool:
        """Whether a quotation closing at ``close_tok`` ends its clause (a short quote is then all that was said)."""
        if close_tok is None:
            return True
        k = close_tok + 1
        if k >= self.count or not self.same_paragraph(k, close_tok):
            return True
        word = self.words[k]
        return word in SENTENCE_END or word in COMMAS or word in DASHES or word == ")" or self.cue_after(close_tok) is not None

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
        return False

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
        """A strict verb form that here reads as another word ("عبر صفحته", "بين الطرفين")."""
        form = self.cues[k]
        if "strict" not in form.flags or form.prefix:
            return False
        marker = self.marker_at(k) if self.words[k] in lx.markers() else None
        if marker is not None and marker[0].kind in ("via_doc", "via_talk", "circumstance", "audience"):
            return True
        nxt = k + 1
        if nxt >= self.count:
            return True
        word = self.words[nxt]
        return not (word in (":", "،", ",") or nxt in self.open_at or lx.head_kind(word) is not None)

    def cue_after(self, close_tok: int) -> tuple[str, int] | None:
        """A cue right after a closing mark: "«…»، قال الوزير", "«…» بحسب الوزير"."""
        k = close_tok + 1
        while k < self.count and self.words[k] in COMMAS | DASHES and self.same_paragraph(k, close_tok):
            k += 1
        if k >= self.count or not self.same_paragraph(k, close_tok):
            return None
        form = self.cues.get(k)
        if form is not None and form.kind == "verb" and form.person == 3 and not form.prefix and "strict" not in form.flags:
            if not self.verb_has_complement(k, form):
                return "verb", k
            return None
        if k in self.according and self.according[k][0].kind != "chain" and self.words[k][:1] not in ("و", "ف"):
            return "according", k
        return None

    def direct_from_cue(self, q: Quotation, cue: int, open_tok: int) -> Candidate:
        form = self.cues.get(cue)
        cand = Candidate("direct", (q.content_start, q.content_end), form=form, order=cue)
        cue_end = cue + 1
        if form is not None and cue_end < open_tok and (cue_end in self.cues and "merge" in self.cues[cue_end].flags or cue_end in self.nominal):
            cue_end += 1
        cand.cue = self.span(cue, cue_end)
        self.used.add(cue)
        self.used.add(cue_end - 1)
        if form is None:  # بقوله, بالقول
            cand.resolve = "sentence"
            self.relayed_source(cand, cue)
            return cand
        lead_via = None
        if form.kind == "verb":
            cue_end_np, lead_via = self.skip_lead(cue_end, open_tok)
        else:
            cue_end_np = cue_end
        if lead_via is not None:
            cand.via, cand.via_target, cand.via_nominal = lead_via
        end = self.subject_end(cue_end_np, open_tok, form)
        if form.kind == "verb" and self.where_said(cue_end_np, end):
            end = cue_end_np  # "وقال في الاتصال الهاتفي: «…»": the speaker goes on
        if form.kind == "participle":
            self.attach_np(cand, cue_end, end, form, default="sentence")
        else:
            self.attach_np(cand, cue_end_np, end, form, default="sentence" if cue and self.words[cue - 1] in ("ما", "مما") else "previous")
            if cand.np is None:
                self.subject_before(cand, cue)
        region = self.scan_region(end, open_tok + 1, form)
        self.attach_region(cand, region)
        return cand

    def relayed_source(self, cand: Candidate, nominal: int) -> None:
        """'ونقل المحامي عن مرسي قوله: «…»': the one after عن said it, the subject of نقل relayed it."""
        first, _ = self.x.sentence_bounds(nominal)
        about = next((m for m in range(nominal - 1, max(first, nominal - MAX_NP) - 1, -1) if self.words[m] == "عن"), None)
        if about is None or about + 1 >= nominal:
            return
        verb = next((v for v in range(about - 1, max(first, about - MAX_NP) - 1, -1)
                     if v in self.cues and self.cues[v].lemma == "نقل"), None)
        if verb is None:
            return
        end = self.parse_np(about + 1, nominal)
        if end <= about + 1:
            return
        self.attach_np(cand, about + 1, end, None, default="sentence")
        if verb + 1 < about:
            relay_end = self.parse_np(verb + 1, about)
            cand.via = cand.via_target = self.span(verb + 1, relay_end if relay_end > verb + 1 else about)
        self.used.add(verb)

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

    # indirect ------------------------------------------------------------------------

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
            cand = self.indirect_from_cue(i, form)
            if cand is not None:
                self.candidates.append(cand)

    def impersonal_that(self, i: int) -> bool:
        """"ويذكر أن …", "وتبين بعد الفحص أنها …": an impersonal verb whose complement follows, at most
        after a short phrase saying when or how (no one named on the way)."""
        for k in range(i + 1, min(self.count, i + 5)):
            if self.valid_complementizer(k):
                return True
            if not self.is_word(k) or self.subject_like(k):
                return False
        return False

    @staticmethod
    def _future_verb(word: str) -> bool:
        """A future verb (سيكون، ستبدأ، سنواصل): a clause opens with it."""
        return (len(word) >= 5 and word[0] == "س" and word[1] in "يتنا" and word[2] != "ا"
                and not word.endswith(("ات", "ه", "ي", "يه")) and word not in lx.cue_forms())

    def adjective_participle(self, i: int, form: CueForm) -> bool:
        """A participle with no comma before it that agrees with the noun before it as an adjective
        (a feminine or plural ending: "حالات مؤكدة أو شبه مؤكدة"), and is not followed by a
        complement or its preposition: an attribute, not a reporting participle."""
        if form.kind == "participle" and i and (self.words[i - 1] in COPULAS or self.words[i - 1] in KANA):
            return True  # "كما كان متوقعا", "ليس مستبعدا": the predicate of كان/ليس, not a speaker's participle
        if form.kind != "participle" or not i or not self.is_word(i - 1) or self.words[i].endswith("ا"):
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
        return not any(self.words[k] == p or self.words[k].startswith(p) and p in ("ب", "ل") for p in form.preps)

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
        if form.kind == "verb":
            start = self.skip_adverbs(self.skip_circumstance(start, limit), limit)
            start, lead_via = self.skip_lead(start, limit)
            if start + 1 < limit and words[start] in DEMONSTRATIVES and self.subject_like(start + 1) and lx.head_kind(words[start + 1]) not in ("doc",):
                return None  # "أوضح ذلك مشرف إدارة …": what was said came before
        np_end = self.subject_end(start, limit, form) if form.kind == "participle" else self.parse_np(start, limit, preps=form.preps)
        if form.kind == "verb" and np_end > start and self.prepositional_start(start, takes_bi="ب" in form.preps):
            np_end = start  # "واشاد بدور رجال الأمن …", "ودعت بنبرة هادئة إلى …": no subject, the speaker goes on
        if form.kind == "verb" and self.where_said(start, np_end) and (form.prefix or self.kana_named_subject(i) is None):
            np_end = start  # "وقال في الاتصال الهاتفي إن …": the speaker goes on ("وكانت السلطات اعلنت في …": hers)
        if form.kind == "verb" and np_end > start and self.disagrees(start, np_end, form, i):
            np_end = start  # "ووصفت الممثل جهاد … بالصديق": a feminine verb, so the phrase is its object
            kana_before = i > 0 and self.words[i - 1] in ("كانوا", "كانا", "كانتا")  # "كان المحللون توقعوا مبيعات …"
            if form.plural and not (self.content_word(start, masdar=True, listed=True) or self.prep_follows(start, limit, form)
                                    or self.construct_object(start, limit) or kana_before):
                return None  # "ودعوا الأهلي …" (bade farewell): a plural verb with a plain noun after it is narration
            if noun_object or "object" in flags or "noun" in flags:
                return self.object_quote(i, form, start, limit)
        region = self.scan_region(np_end, limit, form)
        noun_first = False
        if noun_object and form.kind != "participle" and region.stop in ("that", "prep"):
            # "أكد الأمير أهمية الأنشطة … على أن …": an object noun comes before the complement
            np_noun = self.parse_np(start, limit, preps=form.preps, noun_object=True)
            noun_first = np_noun < np_end and self.content_word(np_noun, listed=True) and not (
                np_noun == start and lx.head_kind(words[start]) is not None)
        if noun_first or noun_object and region.stop not in ("that", "colon", "quote", "merge"):
            if form.kind != "participle":
                np_end = self.parse_np(start, limit, preps=form.preps, noun_object=True, masdar=not noun_first)
            region = self.scan_region(np_end, limit, form, allow_noun=True)
            if region.stop == "none" and np_end < limit and self.is_word(np_end) and not self.boundary_at(np_end) and (
                np_end == start or self.content_word(np_end, masdar=True) or np_end == self.object_break
            ):
                region.stop, region.at = "noun", np_end
        if (form.kind == "verb" and form.prefix and "colon" in flags and "strict" not in flags and region.stop == "none"
                and start < limit and start not in self.entity_starts
                and (self._future_verb(words[start]) or words[start] in lx.clause_words("speech_opener"))):
            np_end = start  # "وأضاف ستكون الساعات المقبلة حاسمة": speech with its colon left out
            region = Region("colon", start)
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
        if region.np_end is not None and np_end > start:
            np_end = region.np_end
        if region.stop == "prep" and "object" in flags and np_end > start and self.object_phrase(start, np_end):
            np_end = start  # "ودعا السكان إلى التعاون": the people called on are part of what was said
            region.at = start
        if region.stop == "quote":
            return None  # the direct pass decides about quotations
        if region.stop == "colon" and region.at < self.count and region.at in self.open_at:
            return None
        if region.stop not in ("that", "colon", "prep", "noun"):
            return None
        if "quote" in flags and region.stop != "colon":
            return None
        if "strict" in flags and region.stop not in ("that", "colon", "prep") and not (region.stop == "noun" and noun_object):
            return None
        if region.stop not in ("that", "colon") and i and words[i - 1] in NARRATION_BEFORE:
            return None  # "ولم تعلن أي جهة مسؤوليتها", "التي تدعو إلى …": narration
        if region.stop not in ("that", "colon") and region.at < self.count and words[region.at] in ("له", "لها", "لهم", "لهما"):
            return None  # "ودعوا لهم بالمغفرة"
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
            kana = self.kana_named_subject(i) if form.kind == "verb" and not form.prefix and np_end > start else None
            if kana is not None:
                # the subject stands before the verb, so the phrase after it is whom it was told to
                cand.np, cand.np_tokens, cand.resolve = self.span(kana, i), (kana, i), "explicit"
            else:
                self.attach_np(cand, start, np_end, form, default=default)
            if cand.np is None and form.kind == "verb":
                if not self.preceded_subject(cand, i):
                    self.subject_before(cand, i)
                if cand.np is not None and not form.prefix and self.inside_clause(i, self.x.sentence_bounds(i)[0]):
                    cand.nested = True  # "وذكرت الوكالة أن القاضي قال إن …": the judge's words, inside the agency's
        if lead_via is not None:
            cand.via, cand.via_target, cand.via_nominal = lead_via
        if i in self.trailing_via and cand.via is None:
            cand.via = cand.via_target = self.trailing_via[i]
        self.attach_region(cand, region)
        self.used.add(i)
        return cand

    def disagrees(self, a: int, b: int, form: CueForm, verb: int) -> bool:
        """Whether the phrase ``[a, b)`` after the verb at ``verb`` cannot be its subject, so it is
        its object: a feminine verb does not take a masculine singular person ("ووصفت الممثل …", the
        actress described the actor; institutions, plurals and feminine heads agree), a masculine one
        not a feminine institution, and a verb written plural has its subject before it."""
        if form.kind == "verb" and self.kana_subject(verb) is not None:
            return True  # "كانت المعلمة قد اتهمت الجامعة …": the subject came before the verb
        plural = form.kind == "verb" and form.plural and form.person == 3 and self.words[verb].endswith(("وا", "ون", "ن"))
        if plural or (form.gender == "m" and not form.plural and form.person == 3 and self.feminine_institution(a, b)):
            # "يشكون سوء النظافة": a verb marked plural has its subject before it (not the dual "شرحا",
            # written like the accusative noun "شرحاً"); "وطالب منظمة الحج بـ…": a masculine verb does not
            # take a feminine institution as subject. Loose news prose still writes "وقالوا المسؤولون إن …"
            # and "وذكر وزارة الصحة أن …": with a complement clause after the phrase, it is the subject.
            _, limit = self.x.sentence_bounds(a)
            return self.scan_region(b, limit, form).stop not in ("that", "colon", "quote")
        if form.gender != "f" or form.plural:
            return False
        head = self.words[a]
        if not head.startswith("ال"):
            return False  # "وأكدت رئيس اللجنة نشوى …": a woman may hold a title written masculine
        bare = head[2:]
        if lx.head_kind(head) not in ("title", "honorific") or bare.endswith(("ه", "ات")) or _bare(head) in PLURAL_HEADS:
            return False
        return not self.has_entity(self.span(a, b), types=("ORG",))

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

    def feminine_institution(self, a: int, b: int) -> bool:
        """"وطالب منظمة الحج باتخاذ …": right after a masculine verb, an institution written with ة
        (منظمة، وزارة، هيئة، شركة) is not its subject, which would make the verb feminine."""
        head = self.words[a]
        if lx.head_kind(head) != "org" or not self.original_word(a).endswith("ة"):
            return False
        return not self.has_entity(self.span(a, b), types=("PER",))

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

    def sourced_from_cue(self, i: int, form: CueForm, limit: int) -> Candidate | None:
        """"وجاء في البيان أن …", "وعلمت «الشرق الأوسط» من مصادر أن …": the phrase after the
        preposition is the source; a subject before it relayed the words (via)."""
        words = self.words
        start = i + 1
        relay_end = self.parse_np(start, limit, preps=form.preps)
        k = relay_end
        if k >= limit or words[k] not in form.preps:
            return None
        source_end = self.parse_np(k + 1, limit)
        if source_end <= k + 1:
            return None
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

    def object_phrase(self, a: int, b: int) -> bool:
        """A short definite phrase of people ("السكان", "الطلاب"): the object of دعا/حث, not their subject."""
        first = self.words[a]
        if b - a > 3 or not first.startswith("ال") or self.has_entity(self.span(a, b), types=("PER", "ORG", "LOC", "MISC")):
            return False
        return lx.head_kind(first) in (None, "anon") or self.content_word(a)

    def kana_subject(self, verb: int) -> int | None:
        """"كانت المعلمة المتوفاة قد اتهمت …", "وكان الوزير قد أكد أن …": the subject stands between
        كان and قد, before the verb; the first token of that phrase, or ``None``."""
        words = self.words
        if verb < 3 or words[verb - 1] not in ("قد",):
            return self.kana_named_subject(verb)
        first, _ = self.x.sentence_bounds(verb)
        for k in range(verb - 2, max(first - 1, verb - 9), -1):
            if not self.is_word(k) and not (words[k] in QUOTE_CHARS):
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
                skip = 2 if words[a].startswith("لل") else 1  # "للعشائر": the article is folded into the ل
                cand.np = (self.x.starts[a] + skip, self.x.ends[end - 1])
                cand.np_tokens = (a, end)
                cand.resolve = "explicit"
                return True
        return False

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
        if words[k] in lx.RELATIVES:
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
            if w in AUXILIARIES or w in lx.NP_STOPS and w not in ("من",) or (a - 1) in self.cues or (a - 1) in self.according:
                break
            if relative and w in EXAMPLE_WORDS:
                break  # "شركات مثل تسلا التي قالت …": the example, not the list, speaks
            a -= 1
        while a < end and (words[a] in QUOTE_CHARS and a not in self.open_at):
            a += 1
        char_start = None
        if relative:
            glued = next((m for m in range(end - 1, a, -1) if words[m][:3] in ("بال", "لل") and lx.head_kind(words[m][1:]) is not None), None)
            if glued is not None:  # "والتقى الوزير بالسفير الأمريكي الذي أكد …": the ambassador
                a, char_start = glued, self.x.starts[glued] + 1
            for kinds in (("title", "honorific"), ("anon", "org", "media", "doc")):
                m = next((m for m in range(a, end - 1) if lx.head_kind(words[m]) in kinds), None)
                if m is not None:  # "وحضر الحفل مدير التعليم سعد الناصر الذي …": start at the title
                    a = m
                    break
        elif (cue + 1 >= self.count or words[cue + 1] not in RESUMPTIVE_PPS) and (doc := self.document_before_verb(a, end, form)) is not None:
            cand.np, cand.np_tokens, cand.resolve = self.span(doc, end), (doc, end), "explicit"
            return  # "بعد أيام من تقارير ذكرت أن …" (not "في بيان أعلن فيه …", whose verb has the speaker before)
        elif not (a == first or not self.is_word(a - 1) or words[a - 1] in ("اما", "واما", "لكن", "ولكن") or words[a - 1] in lx.COMPLEMENTIZERS
                  or (words[a - 1] in KANA and "اول" not in words[a:end])):  # not "وكانت صحيفة X أول من كشف"
            return  # "… وخالد السيد تقول": only a phrase that opens its clause is the subject
        if a >= end:
            return
        first_word = words[a]
        if char_start is not None:
            cand.np = (char_start, self.span(a, end)[1])
            cand.np_tokens = (a, end)
            cand.resolve = "explicit"
            return
        name_ali = first_word == "علي" and not self.is_preposition_ala(a)  # "علي خامنئي", not على
        if (first_word in lx.PREP_WORDS and not name_ali) or (a > first and words[a - 1] in lx.PREP_WORDS) or (
            first_word[:1] in "بل" and lx.head_kind(first_word[1:]) is None and first_word not in lx.NAME_PARTICLES and first_word.startswith(("بال", "لل"))
        ):
            return
        if not relative and a > first and words[a - 1] in KANA and self.kana_subject(cue) == a:
            cand.np, cand.np_tokens, cand.resolve = self.span(a, end), (a, end), "explicit"
            return  # "كانت المعلمة المتوفاة قد اتهمت": between كان and قد, whatever its head
        if not relative and form.prefix != "ف" and words[end - 1] not in ("من",) and end - a > 6:
            return
        if not relative and form.prefix != "ف" and not any(
            lx.head_kind(words[m]) is not None or m in self.open_at for m in range(a, end)
        ) and not self.has_entity(self.span(a, end)) and words[end - 1] != "من":
            return
        cand.np = self.span(a, end)
        cand.np_tokens = (a, end)
        cand.resolve = "explicit"

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

    # according to ----------------------------------------------------------------------

    def valid_source(self, start: int, limit: int, phrase: Phrase) -> bool:
        if phrase.kind in ("verb", "self", "chain"):
            return True
        if start >= min(limit, self.count):
            return False
        end = self.parse_np(start, limit, after_l=phrase.words[-1] == "ل")
        if end <= start:
            return start in self.open_at or (self.words[start] == "ل" and start + 1 in self.open_at)
        return self.source_like(start, end)

    def source_like(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` can name a source: headed by a speaker word ("وزارة الصحة",
        "بيان للوزارة", "مصادر"), holding a title ("فيكتور دومينيللو وزير …"), a quoted name, an
        entity or an outlet; not "حسب توصيات الأطباء", "وفق منظومة العمل"."""
        for k in range(a, b):
            word = self.words[k]
            forms = [word]
            if word.startswith("لل"):
                forms.append("ال" + word[2:])
            if word[:1] in "لبو":
                forms.append(word[1:])
            kinds = {lx.head_kind(f) for f in forms}
            if k == a and kinds & {"title", "honorific", "anon", "org", "media", "doc", "pronoun"}:
                return True
            if kinds & {"title", "honorific", "media"}:
                return True
            if k in self.open_at:
                return True
        if self.has_entity(self.span(a, b), types=("PER", "ORG")):
            return True
        if b == a + 1 and self.agency_nisba(a):
            return True
        return self.via_at(a) is not None

    def criterion_phrase(self, a: int, b: int) -> bool:
        """Whether the phrase ``[a, b)`` after بحسب / وفق / طبقا لـ names the measure or the rule
        something is done by ("بحسب عدد الحلقات", "وفق الضوابط والاشتراطات", "استنادا إلى اللغة
        الأمازيغية"), not who said it: its head is a ``criterion`` word (clause_words.tsv), whatever
        quoted name or entity the phrase holds further on; "عدد" only when no من follows it
        ("بحسب عدد من الخبراء" is a source)."""
        word = self.words[a]
        forms = {word}
        if word.startswith("لل"):
            forms |= {"ال" + word[2:], "ال" + word[1:]}  # للوزارة → الوزارة, للغة → اللغة
        elif word[:1] in ("ل", "ب"):
            forms.add(word[1:])
        if not forms & lx.clause_words("criterion"):
            return False
        if forms & {"عدد", "العدد"}:
            return not (a + 1 < b and self.words[a + 1] == "من")
        return True

    def agency_nisba(self, k: int) -> bool:
        """"…، وفقا للألمانية.": a country's adjective alone, closing its sentence, names that
        country's news agency (``agency_nisba`` in clause_words.tsv); "الخارجية الفرنسية" never."""
        word = self.words[k]
        forms = {word, "ال" + word[2:]} if word.startswith("لل") else {word}
        if not forms & lx.clause_words("agency_nisba"):
            return False
        return k + 1 >= self.count or not self.is_word(k + 1) or self.x.sentence[k + 1] != self.x.sentence[k]

    def clause_inside_source(self, start: int, end: int) -> int:
        """Where the clause begins inside a fronted according-to source with no comma after it.

        "وفقا لوكالة الأنباء الروسية «موسكفا» بعث الممثل …", "وبحسب فيكتور دومينيللو وزير … ويلز
        باعت سامسونج …": after a complete name (a closing quotation mark, the end of a named entity
        or a definite nisba adjective) a plain indefinite word followed by a definite word or a
        name is the verb (or the subject) of the attributed clause (VSO), not more of the source.
        After an unnamed title the name that follows still belongs to it ("بحسب وزير الخارجية عادل
        الجبير"), so the cut waits for a person's name there.
        """
        words = self.words
        for j in range(start + 1, end - 1):
            prev, word, nxt = words[j - 1], words[j], words[j + 1]
            complete = (prev in QUOTE_CHARS and j - 1 not in self.open_at) or j - 1 in self.entity_ends or (
                prev.startswith("ال") and prev.endswith(("ي", "يه")) and len(prev) > 4)
            if not complete or not self.is_word(j) or not self.is_word(j + 1) and nxt not in QUOTE_CHARS:
                continue
            plain = (not word.startswith("ال") and not word.isdigit() and lx.head_kind(word) is None
                     and word not in lx.NAME_PARTICLES and word not in lx.PREP_WORDS and word not in lx.markers()
                     and not word.startswith(("بال", "لل", "وال", "فال", "كال"))
                     and not (word[:1] in ("ل", "ب") and lx.head_kind(word[1:]) is not None) and j not in self.entity_starts
                     and not self.has_entity(self.span(j, j + 1)))
            opens = nxt.startswith("ال") or nxt in QUOTE_CHARS or self.has_entity(self.span(j + 1, j + 2), types=("PER", "ORG", "MISC"))
            if not (plain and opens):
                continue
            titled = any(lx.head_kind(words[k]) in ("title", "honorific", "anon") for k in range(start, j))
            if titled and not any(k in self.person_ends for k in range(start, j)) and prev not in QUOTE_CHARS:
                continue
            return j
        return end

    def according_pass(self) -> None:
        words = self.words
        for i, (phrase, nxt, cue_end) in sorted(self.according.items()):
            if i in self.used or self.inside[i] >= 0:
                continue
            first, limit = self.x.sentence_bounds(i)
            start = nxt
            if cue_end < self.x.ends[nxt - 1] if nxt - 1 >= 0 else False:
                start = nxt - 1
            if phrase.kind == "verb" and start < limit and self.is_word(start) and not lx.head_kind(words[start]):
                if not self.reporting_word(start):
                    continue  # "حسب ما يناسب المشتركين"
                self.used.add(start)
                cue_end = self.x.ends[start]
                start += 1  # حسبما ذكر …, وفقا لما أعلنته …
                if start + 1 < limit and words[start] in ("في", "عن", "علي", "عبر") and self.is_word(start + 1):
                    start += 1  # "حسبما ورد في تقريرها", "وفق ما جاء في البيان"
            if phrase.words[-1] in ("في", "الي") or phrase.words[-1] == "ل":
                pass
            np_end = self.parse_np(start, limit, after_l=cue_end > self.x.starts[start] if start < self.count else False) if phrase.kind != "self" else start
            np_end = self.definite_np_end(start, np_end)
            if phrase.kind == "source" and np_end > start and self.criterion_phrase(start, np_end):
                continue  # "قسمت المنتخبات طبقا لتصنيفها الصادر عن «الفيفا»": a measure, not a source
            if phrase.words[-1] == "لسان" and not (self.fronted(i, first) or (i > first and words[i - 1] in lx.clause_words("tongue_lead"))):
                continue  # "رفضته الدول الأوروبية على لسان رئيسها": how it was done, no words attributed
            if phrase.kind == "fronted":
                if np_end <= start < limit and words[start] in DEMONSTRATIVES:
                    np_end = self.definite_np_end(start, self.parse_np(start + 1, limit))  # "هذا القرار"
                if not (np_end > start and self.fronted(i, first) and self.fa_follows(np_end, limit)):
                    continue  # "ستحصل إيران بموجب الاتفاق على …": the terms of a text, not its words
                phrase = lx.Phrase(phrase.words, "source")  # "وبموجب هذا القرار فإن …"
            if phrase.kind == "source" and not (np_end > start and (self.source_like(start, np_end) or self.closing_source(i, start, np_end, limit)
                                                                     or self.dashed_source(i, start, np_end, limit)
                                                                     or (self.fronted(i, first) and self.fa_follows(np_end, limit)))):
                continue
            if phrase.kind in ("verb", "chain") and np_end <= start:
                continue
            # before or after the content?
            lead = [k for k in range(first, i) if self.is_word(k) and words[k] not in ("و", "ف")]
            cand = Candidate("according_to", (0, 0), cue=(self.x.starts[i], cue_end), order=i, sentence=self.x.sentence[i])
            if not lead and phrase.kind in ("source", "verb"):
                np_end = self.clause_inside_source(start, np_end)
            if not lead:
                if np_end < limit and np_end in self.cues and self.cues[np_end].kind == "verb" and np_end not in self.used:
                    region = Region("none", np_end)  # "وبحسب ما جاء في الصحيفة قال الوزير إن …": the verb's own quote
                else:
                    region = self.scan_region(np_end, limit, None)
                k = region.at if region.stop in ("that", "colon") else np_end
                while k < limit and (words[k] in COMMAS or words[k] in ("فان", "ان", "فانه", "فانها", "بان")):
                    k += 1
                source_span = (max(cue_end, self.x.starts[start]), self.x.ends[np_end - 1]) if np_end > start else None
                inner = None
                if phrase.kind in ("source", "verb") and source_span and self.fronted_source_of_verb(k, source_span):
                    inner = self.candidates[-1]  # "وبحسب وكالة مهر، هدد جزيني بـ…": the verb's own quote, through the agency
                elif phrase.kind in ("source", "verb") and source_span and k < limit and k in self.used:
                    inner = self.quote_of_cue(k)  # "وبحسب «رويترز» قال فرتش: «…»": taken by the direct pass
                    if inner is not None and inner.via is None:
                        inner.via = inner.via_target = source_span
                if inner is not None:
                    # the outlet reports the whole statement: an according-to quote around the speaker's
                    inner.nested = True
                    content = (self.x.starts[k], inner.content[1])
                elif k >= limit or not any(self.is_word(m) for m in range(k, limit)):
                    content = self.previous_sentence(first) if phrase.kind != "chain" else None
                    # "…. وفقا لرويترز.": the outlet reports the whole sentence before, speakers' own quotes
                    # inside it included; later cues do not go on with it
                    cand.trailer = cand.relay = content is not None
                else:
                    end = self.clause_end(k)
                    content = self.content_span(k, end) if end > k else None
                self.attach_region(cand, region)
            else:
                region = self.scan_region(np_end, limit, None)
                if region.stop in ("that", "colon") and self.reporting_lead(first, i):
                    continue  # "وأضافت القناة نقلا عن الشرطة أن …": the verb's own quote, with its source
                if (region.stop == "that" and words[i - 1] in COMMAS and region.at < limit
                        and not any(m in self.cues for m in range(np_end, region.at))):
                    # "…، وحسب آخر الإحصاءات فإن عدد سكانها تجاوز …": a new clause opens at the cue
                    end = self.clause_end(region.at)
                    content = self.content_span(region.at, end) if end > region.at else None
                    if content is not None:
                        cand.content = content
                        self.attach_region(cand, region)
                        self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
                        self.used.add(i)
                        self.candidates.append(cand)
                    continue
                lead_cue = self.reporting_lead(first, i, noun=True)
                if phrase.kind in ("source", "verb") and lead_cue is not None and np_end > start and self.closing_source(i, start, np_end, limit):
                    # "وتوقعت هيئة الأرصاد استمرار الأمطار، بحسب وكالة الأنباء": the verb's quote, the
                    # agency it came through
                    self.trailing_via[lead_cue] = (max(cue_end, self.x.starts[start]), self.x.ends[np_end - 1])
                    continue

                if region.stop == "colon" and region.at < limit and phrase.kind != "chain":
                    # "وفي نهاية يونيو وبحسب (واس): لجنة … تزور …": what the colon opens is attributed
                    end = self.clause_end(region.at)
                    content = self.content_span(region.at, end) if end > region.at else None
                    self.attach_region(cand, region)
                    if content is None:
                        continue
                    cand.content = content
                    self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
                    self.used.add(i)
                    self.candidates.append(cand)
                    continue
                a = self.clause_start(first, i)
                cand.closes = (phrase.kind in ("source", "verb") and words[i - 1] in COMMAS and np_end > start
                               and not any(self.is_word(k) for k in range(np_end, limit)))
                reported = self.first_report_object(a, i)
                if reported is not None:
                    a = reported  # "وكانت صحيفة الغد أول من نشر الخبر، نقلا عن …": what was reported
                b = i
                if b > a and all(words[k] in POINTING_BACK for k in range(a, b)):
                    # "جاء ذلك وفقا لما أوردته الوكالة": what came before is attributed
                    content = self.previous_sentence(first)
                    if content is not None:
                        cand.content = self.strip_conjunction(content)
                        self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
                        self.used.add(i)
                        self.candidates.append(cand)
                    continue
                while b > a and words[b - 1] in POINTING_BACK:
                    b -= 1  # "…، وذلك طبقا لتقرير …", "…، جاء ذلك وفقا لـ": the words point back at the clause
                while b > a and (words[b - 1] in COMMAS or words[b - 1] in DASHES):
                    b -= 1
                resumed = self.clause_resumes(np_end, limit) if region.stop not in ("that", "colon") else None
                if region.stop not in ("that", "colon") and self.dashed_source(i, start, np_end, limit):
                    # "وتنص الخطة - بحسب رويترز - كذلك على تعزيز …": set off by dashes, the source
                    # interrupts its clause, which goes on after the closing dash
                    resumed = self.clause_end(np_end + 1)
                if resumed is not None:
                    # "ويتضمن جدول الأعمال وفقا لبيان الوزارة مراجعة التقرير …": the phrase interrupts
                    # its clause, which goes on after the source; the whole clause is attributed
                    b = resumed if b > a else b
                content = self.content_span(a, b) if b > a else None
                self.attach_region(cand, region)
            if content is None:
                continue
            cand.content = self.strip_conjunction(content)
            if phrase.kind == "self":
                cand.resolve = "sentence"
            elif phrase.kind == "chain":
                self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
                subject = self.sentence_subject(first, i)
                if subject is not None:
                    cand.via = self.span(*subject)
                    cand.via_target = cand.via
            else:
                self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
            self.used.add(i)
            self.candidates.append(cand)

    def add_as_said(self) -> None:
        """Register "كما يقول X." (clause_words ``as_said``) as according-to cues where the verb and its
        subject close the clause; after the breaks are computed, so other quotes run on past them."""
        words = lx.clause_words("as_said")
        for i in range(self.count - 1):
            if self.words[i] in words and i not in self.according and self.inside[i] < 0:
                first, limit = self.x.sentence_bounds(i)
                if self.as_said_closes(first, i, i + 1, limit):
                    self.according[i] = (Phrase((self.words[i],), "verb"), i + 1, self.x.ends[i])
                    self.cues.pop(i + 1, None)

    def as_said_closes(self, first: int, i: int, verb: int, limit: int) -> bool:
        """"…، كما يقول توماس هوبز.": كما + a reporting verb + its subject closing the clause, in the
        middle of a sentence, attribute what came before; "كما أكد الوزير أن …" (also said) and
        "وكما قال الشاعر، فإن …" are the verb's own quotes."""
        if verb >= limit or not self.is_word(verb) or not self.reporting_word(verb) or lx.head_kind(self.words[verb]):
            return False
        form = self.cues.get(verb) or lx.cue_forms().get(self.words[verb])
        verbs = lx.clause_words("as_said_verb")
        if form is not None and form.lemma not in verbs and self.words[verb] not in PUBLISHING_VERBS:
            return False  # "كما شكر مساعد المدير الحضور": thanks, not a source
        if not any(self.is_word(k) and self.words[k] not in ("و", "ف") for k in range(first, i)):
            return False
        end = self.parse_np(verb + 1, limit)
        if self.words[verb] in lx.clause_words("not_as_said"):
            return False  # "كما يعتقد البعض": a belief, not a statement
        for k in range(verb + 2, end):
            gap = self.x.original_text(self.x.ends[k - 1], self.x.starts[k])
            if _dash(self.words[k]) or any(c in gap for c in "ـ-–—"):
                # "وسوف تظل ــ كما قال العلماء ــ (هذه البصمة) …": a parenthesis inside its clause, whose
                # dashes the matching form drops; left to the verb (TODO: attribute the whole clause)
                return False
        if end <= verb + 1 or not (self.subject_like(verb + 1) or self.plural_people(verb + 1) or self.has_entity(self.span(verb + 1, end))):
            return False  # "كما اشترطت توفير السكن": the verb's object, not who said it
        return end >= limit or self.words[end] in COMMAS or self.words[end] in SENTENCE_END or _dash(self.words[end])

    def definite_np_end(self, start: int, end: int) -> int:
        """Cut a source phrase ``[start, end)`` where a bare indefinite noun follows a definite word:
        "لبيان وزارة المالية الصحافي | مراجعة التقرير": a definite noun or adjective takes no
        indefinite word after it inside one phrase, so that word opens the rest of the clause.
        Names, titles, prepositions and conjoined words keep the phrase going."""
        words = self.words
        for k in range(start + 1, end):
            prev, word = words[k - 1], words[k]
            if not (self.is_word(k - 1) and self.is_word(k)) or not prev.startswith(("ال", "لل", "بال")):
                continue
            if word.startswith(("ال", "لل")) or word[:1] in ("و", "ب", "ل", "ك", "ف") or not ("\u0621" <= word[0] <= "\u064a"):
                continue
            if (word in lx.NAME_PARTICLES or word in lx.PREP_WORDS or word in lx.NP_STOPS or word in SELF_WORDS
                    or lx.head_kind(word) is not None or k in self.entity_starts or self.has_entity(self.span(k, k + 1))):
                continue
            return k
        return end

    def clause_resumes(self, k: int, limit: int) -> int | None:
        """End of the clause when it goes on, with at least three words, right after a source
        phrase ending at token ``k`` (no comma between); else ``None``."""
        if k + 1 < limit and self.words[k] in COMMAS:
            goes_on = lx.clause_words("goes_on")
            nxt = k + 2 if self.words[k + 1] == "من" and k + 2 < limit else k + 1  # "، من دون أن"
            if self.words[nxt] in goes_on:
                # "…، حيث تربعت بغداد على رأس القائمة", "…، مما دفع …": the clause goes on
                return self.clause_end(k + 1)
        if k >= limit or not self.is_word(k) or self.ends_source_phrase(k):
            return None
        end = self.object_end(k, self.clause_end(k))
        if sum(1 for m in range(k, end) if self.is_word(m)) < 3:
            return None
        return end

    def ends_source_phrase(self, k: int) -> bool:
        """Whether token ``k``, right after a source phrase, still belongs to the attribution rather
        than to the attributed clause: where or when it was said ("في تقرير", "أمس"), to whom
        ("لصحيفة ستاندرد"), a relative clause on the source ("الذي أذيع"), a verb of its own, or the
        فـ that opens the main clause after a fronted source ("فقد وضع شرط …")."""
        word = self.words[k]
        return (word in ADJUNCT_PREPS or word in lx.PREP_WORDS or word in NP_EXTRA_STOPS or word in FA_OPENERS
                or word in SELF_WORDS or word[:1] == "ل" or k in self.cues or word in lx.marker_words("time")
                or self.attribution_marker(k))

    def attribution_marker(self, k: int) -> bool:
        marker = self.marker_at(k)
        return marker is not None and marker[0].kind in ("via_talk", "via_doc", "audience", "time", "circumstance")

    def quote_of_cue(self, k: int) -> Candidate | None:
        """The candidate whose cue is the verb at token ``k``."""
        start = self.x.starts[k]
        return next((c for c in self.candidates if c.cue is not None and c.cue[0] == start), None)

    def fronted_source_of_verb(self, k: int, via: tuple[int, int]) -> bool:
        """"وبحسب وكالة مهر للأنباء، هدد جزيني بحرمان …": when the clause after a fronted "according
        to" opens with a reporting verb that has its own speaker and content, the quote is that
        verb's and the source is the outlet it came through. Returns whether it was taken so."""
        form = self.cues.get(k)
        if form is None or form.kind != "verb" or form.person != 3 or k in self.used or self.inside[k] >= 0:
            return False
        subject = k + 1
        if subject + 1 < self.count and self.words[subject] in QUOTE_CHARS:
            subject += 1  # "وطبقا لـ«الفرنسية»، قال «جون سميث» المتحدث …": a name in quotation marks
        if subject >= self.count or not self.subject_like(subject):
            return False  # the verb's speaker must be written: else the source itself spoke
        self.trailing_via[k] = via
        cand = self.indirect_from_cue(k, form)
        if cand is None or cand.np is None:
            self.trailing_via.pop(k, None)
            if cand is not None:
                self.used.discard(k)
            return False
        self.candidates.append(cand)
        return True

    def fronted(self, i: int, first: int) -> bool:
        """Whether the phrase at ``i`` opens its sentence or clause ("وبحسب …", "…، وحسب …")."""
        k = i - 1
        while k >= first and self.words[k] in ("و", "ف"):
            k -= 1
        return k < first or self.words[k] in COMMAS or self.words[i][:1] == "و"

    def fa_follows(self, k: int, limit: int) -> bool:
        """"وبحسب وصف المدعي العام، فقد …": the fronted phrase is an adjunct of the main clause."""
        while k < limit and self.words[k] in COMMAS:
            k += 1
        return k < limit and self.words[k] in FA_OPENERS

    def reporting_lead(self, first: int, cue: int, noun: bool = False):
        """Whether the clause before an according-to cue is a reporting verb and its subject
        (with ``noun``: the verb's token when it takes a noun object, else ``None``)."""
        for k in range(first, cue):
            if not self.is_word(k) or self.words[k] in AUXILIARIES or self.words[k] in ("و", "ف"):
                continue
            form = self.cues.get(k)
            ok = form is not None and form.kind == "verb" and form.person == 3 and k not in self.used
            if noun:
                return k if ok and "noun" in form.flags and ("strict" not in form.flags or _unambiguous(form, self.words[k])) else None
            return ok
        return None if noun else False

    def previous_sentence(self, first: int) -> tuple[int, int] | None:
        """"… وجرح خمسة. بحسب البي بي سي.": the sentence before one that is only an attribution."""
        if first == 0 or not self.same_paragraph(first - 1, first):
            return None
        a, _ = self.x.sentence_bounds(first - 1)
        if any(c.content[0] <= self.x.starts[a] < c.content[1] for c in self.candidates):
            return None
        end = self.clause_end(a)
        return self.content_span(a, end) if end > a else None

    def dashed_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"لأن الموضوع - وحسب الخبر - منظور …", "إلى 45 % -بحسب مصادر فندقية- بعد أن …": a short
        phrase after بحسب / وفقا لـ between two dashes, with words of its sentence after it, is set
        off like one between commas: the source of the clause it interrupts."""
        if i == 0 or self.words[i - 1] not in DASHES or end - start > 6 or end + 1 >= limit:
            return False
        return self.words[end] in DASHES and self.is_word(end + 1)

    def closing_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"…، بحسب دوغان." / "…، بحسب القرار الاتهامي.": set off by a comma and closing its
        sentence, a short phrase after بحسب/وفقا لـ is the source of the clause before it."""
        if i == 0 or self.words[i - 1] not in COMMAS or end - start > 4:
            return False
        return all(not self.is_word(k) for k in range(end, limit))

    def first_report_object(self, a: int, cue: int) -> int | None:
        """In "X أول من نشر الخبر" before the cue: the token where the reported matter begins
        (after أول من, its verb and the verb's preposition), else ``None``."""
        for f in self.firsts:
            if a <= f < cue:
                k = f + 2
                if k < cue and self.is_word(k):
                    k += 1  # the verb: نشر، أشار، كشف، تحدث
                    if k < cue and self.words[k] in ("الي", "عن", "علي", "في", "ب"):
                        k += 1
                    if k < cue and self.is_word(k):
                        return k
        return None

    def closing_pass(self) -> None:
        """"…، كما ذكر مصور لوكالة فرانس برس." / "…، كما قالت الشرطة.": a reporting verb after
        كما/مثلما that closes its sentence with only its subject (no complement) attributes the
        clause before it, as "بحسب" does."""
        words = self.words
        for i, form in sorted(self.cues.items()):
            if i < 2 or i in self.used or self.inside[i] >= 0 or form.kind != "verb" or form.person != 3 or form.prefix:
                continue
            if words[i - 1] not in ("كما", "مثلما") or words[i - 2] not in COMMAS:
                continue
            first, limit = self.x.sentence_bounds(i)
            if i + 1 >= limit or not self.subject_like(i + 1):
                continue
            end = self.parse_np(i + 1, limit, preps=form.preps)
            if end <= i + 1:
                continue
            region = self.scan_region(end, limit, form)
            if region.stop != "none" or any(self.is_word(k) for k in range(region.at, limit)):
                continue
            a = self.clause_start(first, i)
            b = i - 2
            content = self.content_span(a, b) if b > a else None
            if content is None:
                continue
            cand = Candidate("according_to", self.strip_conjunction(content), cue=self.span(i - 1, i + 1), order=i,
                             sentence=self.x.sentence[i])
            self.attach_np(cand, i + 1, end, form, default="previous")
            self.attach_region(cand, region)
            self.used.add(i)
            self.candidates.append(cand)

    def reporting_word(self, k: int) -> bool:
        """A verb that reports or publishes ("ذكرت", "نقلته", "جاء"), as after حسبما / وفقا لما."""
        word = self.words[k]
        forms = lx.cue_forms()
        # the verb alone or with an object pronoun ("ذكرته", "أعلنتها"), not any shorter string
        # ("تريده" is not "ترى")
        stems = [word] + [word[:-len(suffix)] for suffix in ("ه", "ها", "هم", "هما") if word.endswith(suffix) and len(word) > len(suffix) + 2]
        for form in stems:
            if form in forms or form in PUBLISHING_VERBS:
                return True
        return False

    def clause_start(self, first: int, cue: int) -> int:
        """Start of the clause an after-cue attributes: the sentence, after a colon or a finished quote."""
        a = first
        for cand in self.candidates:
            if cand.sentence == self.x.sentence[cue] and cand.content[1] <= self.x.starts[cue]:
                a = max(a, self.x.token_at(cand.content[1]))
        for k in range(a, cue):
            if self.words[k] == ":":
                a = k + 1
        return a

    def strip_conjunction(self, content: tuple[int, int]) -> tuple[int, int]:
        """Drop the conjunction و/ف written on the first word of an attributed clause ("وأسفر" → "أسفر")."""
        from khabar.text.segment import split_clitics

        start, end = content
        k = self.x.token_at(start)
        if k < self.count and self.x.starts[k] == start and self.words[k][:1] in ("و", "ف"):
            template = split_clitics(self.original_word(k))
            if template and template[0][2] == "proclitic" and template[0][3] in ("و", "ف"):
                cut = self.x.starts[k] + 1
                if cut < end:
                    return cut, end
        return content

    def sentence_subject(self, first: int, cue: int) -> tuple[int, int] | None:
        """The subject of the sentence's first verb ("وكانت صحيفة الغد أول من نشر …" → صحيفة الغد).

        Without a parser this is guarded: the phrase must start with a speaker head
        (title, institution, outlet…) or a named entity, and stops at an object-like word.
        """
        words = self.words
        k = first
        while k < cue:
            if words[k] in AUXILIARIES or words[k] in ("و", "ف") or not self.is_word(k):
                k += 1
                continue
            marker = self.marker_at(k) if words[k] in lx.markers() else None
            if marker is not None and marker[0].kind == "circumstance":
                k = marker[1]  # "من جانبه قدم رئيس اللجنة …"
                continue
            break
        if k < cue and k > first and words[k - 1] in KANA and not lx.head_kind(words[k]):
            # after كان the subject may come first ("وكان مواطنه الغاني سولي مونتاري وجه …"), else
            # كان is followed by the verb ("وكان زعيم الحزب …" with زعيم unlisted is read as before)
            found = self.subject_from(k, cue, after_kana=True)
            if found is not None:
                return found
        if k < cue and not lx.head_kind(words[k]):
            k += 1  # the verb
        return self.subject_from(k, cue)

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
        starts_well = (lx.head_kind(words[k]) in ("title", "honorific", "anon", "org", "media", "doc") or self.has_entity(self.span(k, k + 1))
                       or self.plural_people(k)  # "واصل الأهلاويون طرح مطالبهم …، واعتبروا أن …"
                       or person_end is not None)
        if lx.head_kind(words[k]) == "pronoun":
            return k, k + 1
        if end > k and starts_well and (self.source_like(k, end) or self.plural_people(k)):
            return k, end
        return None

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

    # --- speakers -----------------------------------------------------------------------

    def attach_np(self, cand: Candidate, a: int, b: int, form: CueForm | None, *, default: str, char_start: int | None = None) -> None:
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
        persons = [m for m in inside if m[3] == "PER"]
        if persons:
            return max(persons, key=lambda m: (m[1], m[1] - m[0]))[2]
        if tokens is not None:
            a, b = tokens
            while a < b and (lx.head_kind(self.words[a]) == "honorific" or not self.is_word(a)):
                a += 1
            if a >= b or lx.head_kind(self.words[a]) in ("title", "anon", "pronoun"):
                return None
            # the name must begin the phrase or follow its head word ("صحيفة السوداني", "وكالة الأناضول")
            lead_end = self.x.original_span(*self.span(a, min(b, a + 2)))[1]
            inside = [m for m in inside if m[0] < lead_end]
            if not inside:
                return None
        for types in (("ORG",), ("MISC", "LOC")):
            chosen = [m for m in inside if m[3] in types]
            if chosen:
                return max(chosen, key=lambda m: (m[1], m[1] - m[0]))[2]
        return None

    def make_who(self, cand: Candidate) -> Who:
        a, b = cand.np_tokens
        words = [self.words[k] for k in range(a, b) if self.is_word(k)]
        significant = frozenset(_bare(w) for w in words if w not in lx.NAME_PARTICLES and lx.head_kind(w) != "honorific" and len(w) > 1)
        head_word, head = "", None
        for w in words:
            kind = lx.head_kind(w)
            if kind in ("title", "anon", "org", "media", "doc", "pronoun"):
                head_word, head = _bare(w), kind
                break
        if not head_word:
            head_word = next((_bare(w) for w in words if lx.head_kind(w) != "honorific"), _bare(words[0]) if words else "")
        entity = self.entity_for(cand.np, cand.np_tokens)
        named = entity is not None and any(m[2] == entity and m[3] == "PER" for m in self.entities) or any(
            k in self.open_at or self.words[k] in ("يدعي", "ويدعي") for k in range(a, b)
        )
        anonymous = (head == "anon" and not named and lx.head_kind(words[0]) != "title") or cand.anonymous_phrase
        if head == "anon" and words and words[0] in ("المتحدث", "المتحدثه"):
            anonymous = cand.anonymous_phrase
        form = cand.form
        plural = bool(form and form.plural) or head_word in PLURAL_HEADS or (len(head_word) >= 5 and head_word.endswith(("ون", "ين")) and head in ("anon", None))
        # "وطالب عدد من الراغبين …، كما طالبوا": a group, though its verb before it is singular
        plural = plural or (self.words[a] == "عدد" and a + 1 < b and self.words[a + 1] == "من")
        gender = form.gender if form else None
        if gender is None and head in ("org", "media", "doc") and not plural:
            gender = "f" if head_word.endswith(("ه", "ات")) else "m"  # "وكالة مهر" is not who "وأشار" refers to
        return Who(cand.np[0], cand.np[1], significant, head_word, head, anonymous, entity, gender, plural)

    def resolve_speakers(self) -> None:
        history: list[Who] = []
        by_sentence: dict[int, Who] = {}
        by_sentence_quote: dict[int, Candidate] = {}
        last_sentence = -1  # sentence of the last quote given a speaker
        quoted_only: set[int] = set()  # speakers named only inside someone else's words
        for cand in self.candidates:
            who = None
            # who a cue with no subject goes on with: never scripture someone cited ("قال النبي …"),
            # nor a source cited inside another speaker's words ("… مخيفة حسب الإحصائيات، مشددا")
            speakers = [w for w in history if not self.cited(w) and id(w) not in quoted_only]
            if cand.resolve == "previous":
                who = self.when_clause_subject(cand, speakers)
            if who is None and cand.resolve in ("previous", "sentence") and not (cand.resolve == "sentence" and cand.sentence in by_sentence):
                who = self.narrative_subject(cand, last_sentence, speakers)
            if cand.resolve == "explicit" and cand.np is not None:
                local = self.make_who(cand)
                if local.kind == "pronoun":
                    who = _latest(speakers, None) or self.entity_fallback(cand)
                else:
                    who = self.link(local, cand, history)
            elif who is not None:
                pass
            elif cand.resolve == "sentence":
                who = (self.embedded_subject(cand, by_sentence.get(cand.sentence), by_sentence_quote.get(cand.sentence), speakers)
                       or by_sentence.get(cand.sentence) or self.sentence_who(cand, speakers)
                       or self.titled_in_sentence(cand, speakers, relative=True) or _latest(speakers, cand.form)
                       or self.titled_in_sentence(cand, speakers) or self.entity_fallback(cand))
            else:
                who = _latest(speakers, cand.form) or self.sentence_who(cand, speakers) or self.entity_fallback(cand)
            if (cand.form is not None and cand.form.plural and (cand.form.kind == "participle" or cand.resolve == "previous")
                    and (who is None or not (who.plural or self.coordinated(who) or self.group_phrase(who)))):
                # "… واستمع أعضاء الوفد لملاحظاتهم ووعدوا بإيجاد حلول": a plural verb with no subject
                # goes on with the group before it too
                who = self.plural_subject_before(cand, speakers) or who
            if who is not None and cand.anonymous_phrase and not who.anonymous:
                who.anonymous = True
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
                if not self.cited(who) and id(who) not in quoted_only:
                    # "…، قال تعالى: (…) مؤكداً أن": the preacher goes on, not scripture
                    by_sentence[cand.sentence] = who
                last_sentence = max(last_sentence, cand.sentence)

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
            if not self.is_word(m) or not self.plural_people(m):
                continue
            before = self.words[m - 1] if m > first else ""
            if before in lx.PREP_WORDS or (before and self.construct_head(m - 1) and before != "عدد"):
                continue  # a genitive or a preposition's object ("لكل المواطنين") is not who speaks
            if self.words[m] == "عدد" and not (m + 1 < k and self.words[m + 1] == "من"):
                continue
            end = min(self.parse_np(m, k, noun_object=True, preps=("ب",)), m + 8)
            if end <= m and _bare(self.words[m]) in PLURAL_HEADS:
                # "أعضاء الوفد" (the shape of a verbal noun, إفعال): a listed head of people is the subject
                end = max(m + 1, min(self.parse_np(m + 1, k, noun_object=True, preps=("ب",)), m + 8))
            return self.subject_who((m, end), history) if end > m else None
        return None

    def plural_people(self, m: int) -> bool:
        """Whether token ``m`` heads a group of people: "عدد (من)", a listed plural ("نشطاء",
        "الأهالي"), or a definite sound masculine plural ("المشاركون", "الأهلاويون")."""
        word = self.words[m]
        if word == "عدد" or _bare(word) in PLURAL_HEADS or word in ("جموع", "الجموع"):
            return True
        kind = lx.head_kind(word)
        if kind not in (None, "anon") or not word.endswith(("ون", "ين")) or self.has_entity(self.span(m, m + 1)):
            return False
        if m and self.words[m - 1].startswith("ال"):
            return False  # "السياح الخليجيين", "الحرمين الشريفين": an adjective of the word before, not a head
        return (word.startswith("ال") and len(word) >= 7) or (kind == "anon" and len(word) >= 5)

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

    def coordinated(self, who: Who) -> bool:
        """"سمو أمير المنطقة، ومعالي وزير الإسكان": two or more people named together."""
        words = self.x.norm[who.start:who.end].split()
        return any(w.startswith("و") and lx.head_kind(w[1:]) in ("title", "honorific") for w in words[1:])

    def cited(self, who: Who) -> bool:
        """Whether the speaker is scripture cited by someone else ("قال النبي صلى الله عليه وسلم",
        "قال الله تعالى"): quoted in a sermon or a statement, never the one a following "ودعا" or
        "وأضاف" goes on with (markers ``cited`` in ``data/markers.tsv``)."""
        words = self.x.norm[who.start:who.end].split()
        return bool(words) and words[0].lstrip("و") in lx.marker_words("cited")

    def link(self, local: Who, cand: Candidate, history: list[Who]) -> Who:
        """The speaker a local mention stands for: an earlier one it refers back to, or itself."""
        who = self.antecedent(local, cand, history)
        if who is None:
            return local
        if (local.end - local.start) > (who.end - who.start) and local.kind != "media" and not (
                cand.np_tokens and (self.institution_anaphor(*cand.np_tokens) or self.same_speaker_phrase(*cand.np_tokens)
                                    or (local.kind in ("media", "org") and cand.np_tokens[1] - cand.np_tokens[0] > 2
                                        and self.described_institution(*cand.np_tokens))
                                    or self.full_title_of_named(*cand.np_tokens, who))):
            # the fuller mention: keep its span, and the identity found so far
            who.start, who.end = local.start, local.end
            who.words = who.words | local.words
            who.anonymous = who.anonymous or local.anonymous
            who.entity = who.entity or local.entity
        return who

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
        if sid > after and k > first and any(self.is_word(m) and self.words[m] not in ("و", "ف") for m in range(first, k)):
            span = self.clause_subject_before(first, k) or self.sentence_subject(first, k)
            if span is not None and self.agrees(span, gender) and (plural or not self.sound_plural_people(span[0])):
                return self.subject_who(span, history)
        elif sid == after and k > first:
            # "وأوضح الناطق … أن …، كما شكر العادي الجميع …، وطالب بالمزيد": a clause the narration
            # opened after the last quote's words, in the same sentence, has its own subject
            span = self.clause_subject_before(first, k)
            if (span is not None and self.agrees(span, gender) and (plural or not self.sound_plural_people(span[0]))
                    and self.has_entity(self.span(*span), types=("PER",))):
                return self.subject_who(span, history)
        for other in range(sid - 1, max(after, sid - 4), -1):
            start, end = self.x.sentence_starts[other], self.x.sentence_ends[other]
            if end > start and self.x.paragraph[start] >= self.x.paragraph[k] - 1:
                span = self.sentence_subject(start, end)
                if span is not None and self.agrees(span, gender) and (plural or not self.sound_plural_people(span[0])):
                    return self.subject_who(span, history)
        return None

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
        places = False
        if words[k - 1] in WHEN_CLAUSE:
            at = k - 1
        elif words[k - 1] == "ان" and k > 1 and words[k - 2] in WHEN_BEFORE_AN:
            at = k - 2
        elif words[k - 1] in BUT_PRONOUN:
            at, places = k - 1, True
        elif words[k - 1] in ("انه", "انها") and k > 1 and words[k - 2] in BUT_BEFORE_AN:
            at, places = k - 2, True
        else:
            return None
        before = at - 1
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
                return self.subject_who(span, history) if place or self.agrees(span, gender) else None
            end = start - 1
        return None

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
            elif word.startswith("ال") or word in SELF_WORDS or self.construct_head(j - 1) or (j - 1) in self.person_ends and lx.head_kind(word):
                j += 1
            else:
                break
        return j

    def clause_subject_before(self, first: int, k: int) -> tuple[int, int] | None:
        """"…، كما شكر العادي الجميع على جهودهم، وطالب بالمزيد": the subject of the last clause a
        particle opened in the sentence before the cue (not the sentence's first verb's)."""
        particles = lx.clause_words("break_particle")
        for m in range(k - 2, first, -1):
            if self.words[m] in particles and self.words[m - 1] in COMMAS:
                return self.sentence_subject(m + 1, k)
        return None

    def agrees(self, span: tuple[int, int], gender: str | None) -> bool:
        """Whether a phrase's head can be the subject of a verb of ``gender`` (and of its own verb)."""
        a, b = span
        head = next((w for w in self.words[a:b] if lx.head_kind(w) in ("title", "anon", "org", "media", "doc")), self.words[a])
        head_gender = "f" if head.endswith(("ه", "ات")) else "m"
        if _bare(head) in PLURAL_HEADS:
            return True
        verb = self.words[a - 1] if a > 0 else ""
        if verb.endswith("ت") and not lx.head_kind(verb) and head_gender == "m":
            return False  # "ووصفت الممثل …": a feminine verb, so the phrase is its object
        return gender is None or gender == head_gender

    def subject_who(self, span: tuple[int, int], history: list[Who]) -> Who | None:
        tmp = Candidate("x", (0, 0), np=self.span(*span), np_tokens=span)
        local = self.make_who(tmp)
        if local.kind == "pronoun":  # "وتحدث معاليه …": the one named before
            return _latest(history, None)
        return self.link(local, tmp, history)

    def sentence_who(self, cand: Candidate, history: list[Who]) -> Who | None:
        """The subject of the sentence the cue stands in, when no speaker is named by it."""
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        k = self.x.token_at(anchor)
        if k >= self.count:
            return None
        first, _ = self.x.sentence_bounds(k)
        span = self.sentence_subject(first, k)
        if span is None:
            return None
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

    def entity_fallback(self, cand: Candidate) -> Who | None:
        """With nobody speaking before: the person (else organisation) named last before the cue."""
        if not self.entities:
            return None
        anchor = cand.cue[0] if cand.cue else cand.content[0]
        limit = self.x.original_span(anchor, anchor)[0]
        for types in (("PER",), ("ORG",)):
            before = [m for m in self.entities if m[1] <= limit and m[3] in types]
            if before:
                m = max(before, key=lambda m: m[1])
                s, e = self.x.normalized_offset(m[0]), self.x.normalized_offset(m[1])
                e = self.trimmed_mention(s, e)
                return Who(s, e, frozenset({_bare(w) for w in self.x.norm[s:e].split()}), "", None, False, m[2], None, False)
        return None

    def antecedent(self, local: Who, cand: Candidate, history: list[Who]) -> Who | None:
        """The earlier speaker a phrase refers back to ("المسؤول", "الحديدي", "الصحيفة"), if any."""
        a, b = cand.np_tokens
        short = (b - a) <= 3
        if self.same_speaker_phrase(a, b):
            # "وتابع المصدر نفسه": the one who spoke just before, even a named person ("المصادر نفسها":
            # the last group)
            plural = local.plural
            same = next((prev for prev in reversed(history) if not self.cited(prev) and prev.plural == plural), None)
            if same is not None:
                return same
        for prev in reversed(history):
            if local.entity and prev.entity == local.entity:
                return prev
            if not local.words or (short and self.other_country(a, b, prev)) or self.other_named_person(a, b, local, prev):
                continue
            same_kind = local.kind == prev.kind or local.kind is None or prev.kind is None or local.head == prev.head
            if short and local.head and local.head in prev.words and same_kind and not self.new_referent(a, b, local, prev):
                return prev
            if short and local.words <= prev.words and not self.institution_in_title(local, prev):
                return prev
            if short and self.joined_variant(a, b, prev):
                return prev
            if not short and self.restates(a, b, local, prev):
                return prev
        if local.kind in ("media", "org") and self.words[a].startswith("ال") and ((b - a) <= 2 or self.described_institution(a, b)):
            earlier = self.nominal_antecedent(a, local.head)
            if earlier is not None:
                return earlier
        if self.institution_anaphor(a, b):
            earlier = self.named_subject_before(a)
            if earlier is not None:
                return earlier
        if b - a == 1 and self.words[a] in lx.marker_words("statement_anaphor") and history:
            # "وقال البيان إن …" after "وقالت وزارة الداخلية في بيان …": the statement speaks for its
            # author (not so a report or a study, often someone else's)
            prev = history[-1]
            named = prev.kind in ("org", "title", "honorific") or prev.entity is not None
            if named and self.x.sentence[a] - self.x.sentence[self.x.token_at(prev.start)] <= 3:
                return prev
        if self.generic_anaphor(a, b):
            return next((prev for prev in reversed(history) if self.person_like(prev) and not self.other_country(a, b, prev)), None)
        if self.generic_anaphor(a, b, "anon_anaphor"):
            return next((prev for prev in reversed(history) if prev.anonymous and prev.kind == "anon"), None)
        return (self.named_mention_of_head(a, b) or self.titled_mention(a, b) or self.respelled_name(a, b, history)
                or self.named_with_short_title(a, b, history) or self.described_by_country(a, b, history))

    def described_institution(self, a: int, b: int) -> bool:
        """"ووعدت المؤسسة المنتجة للمنصة المدرعة أن …": a definite institution word followed only by
        definite words or words carrying ل + the article — what it does, not a name — names no new
        institution: like "المؤسسة" alone it is the one named "مؤسسة X" before."""
        words = self.words
        return b - a <= 5 and not self.has_entity(self.span(a + 1, b)) and all(
            words[k].startswith(("ال", "لل")) for k in range(a + 1, b))

    def restates(self, a: int, b: int, local: Who, prev: Who) -> bool:
        """"وأكدت الوزارة وهيئة الأركان اليمنية" after "وعبرت وزارة الدفاع ورئاسة هيئة الأركان
        العامة في اليمن": a longer definite phrase every word of which the earlier speaker's
        mention already holds — or holds as a place its nisba adjective names ("اليمنية" / "اليمن")
        — says nothing new: it is that speaker shortened, however many words it has."""
        if b - a > 6 or len(local.words) < 2 or not self.words[a].startswith("ال"):
            return False
        return all(w in prev.words or (w.endswith(("يه", "ي")) and w.rstrip("يه") in prev.words) for w in local.words)

    def described_by_country(self, a: int, b: int, history: list[Who]) -> Who | None:
        """"وأوضح اللاعب الغاني" after "مواطنه الغاني سولي مونتاري": a definite title and a country's
        adjective, naming no one, is the nearest earlier speaker named with that adjective (news
        prose re-introduces a named person by his trade and nationality). Only a named person: an
        unnamed one with that adjective is matched, or not, by its head word."""
        if b - a != 2 or not self.words[a].startswith("ال") or lx.head_kind(self.words[a]) != "title":
            return None
        nisba = self.words[a + 1]
        if self.country_of(nisba) is None:
            return None
        for prev in reversed(history):
            if _bare(nisba) not in prev.words or self.cited(prev) or not self.person_like(prev):
                continue
            pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
            if any(m in self.person_ends for m in range(pa, pb)):
                return prev
        return None

    def other_named_person(self, a: int, b: int, local: Who, prev: Who) -> bool:
        """"بينما اعتبرت الفنانة غالية المرشد" after "الفنانة ليلى سلمان": a phrase that names a person
        is not an earlier speaker named otherwise, though they share their title ("الفنانة"); it is
        when a name word is shared ("الرئيس أوباما" after "الرئيس الأمريكي باراك أوباما")."""
        if prev.end <= prev.start or not any(m in self.person_ends for m in range(a, b)):
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        if not any(m in self.person_ends for m in range(pa, pb)):
            return False
        names = {_bare(self.words[m]) for m in range(a, b)
                 if self.is_word(m) and lx.head_kind(self.words[m]) is None and self.words[m] not in lx.NAME_PARTICLES}
        if not names or names & prev.words or self.joined_variant(a, b, prev):
            return False  # "أبو رأس" is "أبوراس"
        return not any(_vowel_variant(w, p) for w in names for p in prev.words)

    def title_words(self, a: int, b: int) -> list[int]:
        """Tokens of ``[a, b)`` past leading honorifics ("معالي") and the conjunction."""
        k = a
        while k < b and lx.head_kind(self.words[k]) == "honorific":
            k += 1
        return [m for m in range(k, b) if self.is_word(m)]

    def named_with_short_title(self, a: int, b: int, history: list[Who]) -> Who | None:
        """"وشدد المتحدث باسم المؤسسة العامة للتأمينات الاجتماعية" after "المتحدث باسم المؤسسة عبدالله
        العبدالجبار": a title phrase naming no one, whose institution is spelled out in full, is the
        speaker introduced before with the same title and the institution's short name, then his
        own name (an honorific or the name right after the shared words) — not when it names
        another country ("وزير الخارجية الإيراني" after "وزير الخارجية الأمريكي جون كيري")."""
        mine = self.title_words(a, b)
        if len(mine) < 4 or lx.head_kind(self.words[mine[0]]) != "title" or any(m in self.person_ends for m in range(a, b)):
            return None
        if any(self.country_of(self.words[m]) for m in mine):
            return None
        for prev in reversed(history):
            if prev.end <= prev.start or not self.person_like(prev):
                continue
            pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
            if not any(m in self.person_ends for m in range(pa, pb)):
                continue  # the earlier speaker must be named
            theirs = self.title_words(pa, pb)
            shared = 0
            while shared < min(len(mine), len(theirs)) and _bare(self.words[mine[shared]]) == _bare(self.words[theirs[shared]]):
                shared += 1
            if shared < 3 or shared >= len(mine) or shared >= len(theirs):
                continue
            after = theirs[shared]
            if lx.head_kind(self.words[after]) == "honorific" or (after in self.entity_starts and self.entity_starts[after] in self.person_ids):
                return prev
        return None

    def full_title_of_named(self, a: int, b: int, who: Who) -> bool:
        """Whether a long title naming no one stands for a speaker named with a short title before
        (then the named mention stays the speaker's span)."""
        return self.named_with_short_title(a, b, [who]) is who

    @staticmethod
    def country_of(word: str) -> str | None:
        """The country a nisba adjective names ("التركية" → Türkiye), by the linker's nisba grammar."""
        from khabar.entities.gazetteer import load_gazetteer
        from khabar.entities.nisba import nisba_entry

        if len(word) < 5 or not word.endswith(("ي", "يه", "ين", "ون")):
            return None
        return nisba_entry(word, load_gazetteer())

    def other_country(self, a: int, b: int, prev: Who) -> bool:
        """"نددت الخارجية التركية" after "وزارة الخارجية القطرية": a short phrase that gives the word
        it shares with the earlier speaker another country's adjective is someone else, though the
        head is the same ("المسؤول" is still "المسؤول الإيراني" when no other country is named)."""
        if prev.end <= prev.start:
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        for k in range(a + 1, b):
            mine = self.country_of(self.words[k])
            if mine is None:
                continue
            qualified = _bare(self.words[k - 1])
            for m in range(pa, pb - 1):
                if _bare(self.words[m]) == qualified:
                    theirs = self.country_of(self.words[m + 1])
                    if theirs is not None and theirs != mine:
                        return True
        return False

    def same_speaker_phrase(self, a: int, b: int) -> bool:
        """"المصدر نفسه", "المسؤول ذاته", "المصادر نفسها": a source word and "the same" (not a
        document, "الخبر نفسه", nor an outlet)."""
        return (b - a == 2 and self.words[a].startswith("ال") and lx.head_kind(self.words[a]) in ("anon", "title")
                and self.words[a + 1] in lx.clause_words("same_speaker"))

    def other_nisba(self, k: int, end: int, rest: set[str]) -> bool:
        """Whether the title phrase from token ``k`` carries a nisba adjective of its own that the
        later phrase lacks ("وزير الخارجية الإيطالي" against "وزير الخارجية"); not one that qualifies a
        country in it ("وزير خارجية جمهورية مصر العربية")."""
        for m in range(k + 1, end):
            word = self.words[m]
            if m in self.person_ends or not word.startswith("ال") or not word.endswith(("ي", "يه")) or len(word) < 6:
                continue
            if _bare(word) not in rest and self.words[m - 1].startswith("ال"):
                return True
        return False

    def titled_mention(self, a: int, b: int) -> Who | None:
        """"قال وزير الخارجية المصري أن …" after "… لقاء وزير خارجية جمهورية مصر العربية سامح شكري" in
        the narration: a title phrase naming no one is the person named earlier after the same title,
        when every other word of the phrase is in that mention (a nisba as its country)."""
        words = self.words
        while a < b - 1 and lx.head_kind(words[a]) == "honorific":
            a += 1  # "معالي وزير الإسكان": the honorific says nothing of who
        if b - a > 4 or lx.head_kind(words[a]) != "title" or any(k in self.person_ends for k in range(a, b)):
            return None
        head = _bare(words[a])
        # "قائد الفريق المخضرم", "وزير الإسكان الجديد": a describing adjective is not in the name
        rest = {_bare(w) for w in words[a + 1:b] if w[0].isalnum() and w not in EPITHETS}
        for k in range(a - 1, max(-1, a - 600), -1):
            if _bare(words[k]) != head and not (words[k][:1] in ("و", "ل", "ب") and _bare(words[k][1:]) == head):
                continue
            end = next((e for e in range(k + 1, min(self.count, k + 8)) if e in self.person_ends), None)
            if end is None or any(not self.is_word(m) for m in range(k + 1, end)):
                continue
            if not self.inside_person_name(end - 1):
                continue  # a full name of two words or more ("سامح شكري"), not a lone word the tagger took for one
            s_, e_ = self.span(k, end + 1)
            if words[k] != words[a] and words[k][1:] == words[a]:
                s_ += 1  # "وأمين الطائف …": not the conjunction
            if self.other_nisba(k, end, rest):
                continue  # "مع وزير الخارجية الإيطالي …" is not who "وزير الخارجية" is
            mention = {_bare(w) for w in self.x.norm[s_:e_].split()}
            if all(w in mention or not mention.isdisjoint(_nisba_countries(w)) for w in rest):
                eid = self.entity_ends.get(end)
                return Who(s_, e_, frozenset(mention), head, "title", False, eid, None, False)
        return None

    def respelled_name(self, a: int, b: int, history: list[Who]) -> Who | None:
        """"وأفاد الحمدان" after "الناطق الرسمي سراج الحميدان", "وقال «القضيعان»" after "المواطن سعيد بن
        محمد القضعان": a family name alone, written with one long vowel more or less than the
        person named before (a speaker, else a person the tagger found), is that person."""
        words = [_bare(w) for w in self.words[a:b] if w[0].isalnum() and lx.head_kind(w) is None]
        if len(words) != 1 or len(words[0]) < 4:
            return None  # one name word, after a title or not ("الجنرال باديش" for "أليكس بادش")
        name = words[0]
        for ns, ne, _entity in self.mentions_before(self.count, "PER"):
            mention = [_bare(w) for w in self.x.norm[ns:ne].split()]
            if len(mention) >= 2 and name in mention:
                return None  # the text names someone else so spelt in full ("سلمان" is not "سليمان")
        for prev in reversed(history):
            if any(_vowel_variant(name, w) for w in prev.words):
                return prev
        for ns, ne, entity in self.mentions_before(a, "PER"):
            mention = [_bare(w) for w in self.x.norm[ns:ne].split()]
            if len(mention) >= 2 and _vowel_variant(name, mention[-1]):
                return self.mention_who(ns, ne, entity)
        return None

    def mentions_before(self, token: int, kind: str):
        """The tagger's mentions of ``kind`` ending before token ``token`` (all when it is past the
        last), nearest first: ``(start, end, entity)`` in normalised offsets."""
        limit = self.x.original_span(*self.span(token, token + 1))[0] if token < self.count else None
        for s, e, entity, etype in reversed(self.entities):
            if etype == kind and (limit is None or e <= limit):
                yield self.x.normalized_offset(s), self.x.normalized_offset(e), entity

    def mention_who(self, start: int, end: int, entity: str | None, kind: str | None = None) -> Who:
        """A speaker standing for a mention the tagger found (normalised offsets)."""
        return Who(start, end, frozenset(_bare(w) for w in self.x.norm[start:end].split()), "", kind, False, entity, None, False)

    def named_mention_of_head(self, a: int, b: int) -> Who | None:
        """"المعلمة المتوفاة" after "المعلمة «رحمة الحويطي»" in the narration: a short definite phrase
        naming no one, whose head word was written earlier right before a person's name, is that
        person (the nearest such mention in the article before it)."""
        words = self.words
        if b - a > 3 or not words[a].startswith("ال") or len(words[a]) < 5 or any(k in self.person_ends for k in range(a, b)):
            return None
        if not all(words[k].startswith("ال") for k in range(a + 1, b)):
            return None  # "المهندس مدني": a name of its own follows the title
        head = words[a]
        for k in range(a - 1, max(-1, a - 600), -1):
            if words[k] != head and not (words[k][:1] in ("و", "ل", "ب") and words[k][1:] == head):
                continue
            nxt = k + 1
            quoted = nxt < self.count and words[nxt] in QUOTE_CHARS
            nxt += quoted
            eid = self.entity_starts.get(nxt)
            types = ("PER", "MISC") if quoted else ("PER",)  # a quoted name is often tagged MISC
            if eid is None or not any(m[2] == eid and m[3] in types for m in self.entities):
                continue
            end = next((e for e in range(nxt, min(self.count, nxt + 6)) if self.entity_ends.get(e) == eid), None)
            if end is None:
                continue
            if end + 1 < self.count and words[end + 1] in QUOTE_CHARS:
                end += 1
            s_, e_ = self.span(k, end + 1)
            if words[k] != head:
                s_ += 1
            return Who(s_, e_, frozenset({_bare(w) for w in self.x.norm[s_:e_].split()}), _bare(head), lx.head_kind(head),
                       False, eid, None, False)
        return None

    def joined_variant(self, a: int, b: int, prev: Who) -> bool:
        """"أبو رأس" for "أبوراس", "عبدالله" for "عبد الله": a compound name written joined in one
        mention and apart in the other is the same name (hamza already folded by normalisation)."""
        words = [_bare(w) for w in self.words[a:b] if w[0].isalnum()]
        if not words or not prev.words:
            return False
        if len(words) >= 2 and any(w in lx.NAME_PARTICLES for w in words[:-1]) and "".join(words) in prev.words:
            return True
        norm = self.x.norm[prev.start:prev.end].split()
        pairs = {norm[k] + norm[k + 1] for k in range(len(norm) - 1) if norm[k] in lx.NAME_PARTICLES}
        return any(w in pairs for w in words)

    @staticmethod
    def institution_in_title(local: Who, prev: Who) -> bool:
        """"إدارة الحج والعمرة" is not "مدير إدارة الحج والعمرة …": an institution named inside a
        person's title is another speaker."""
        return local.kind in ("org", "media", "doc") and prev.kind in ("title", "honorific", "anon", "pronoun")

    def generic_anaphor(self, a: int, b: int, kind: str = "anaphor") -> bool:
        """"المسؤول", "المسؤول الإيراني", "المتحدث": a definite word that fits any official,
        alone or with a nisba adjective, refers back to the person who spoke before."""
        words = self.words
        if b - a > 2 or words[a] not in lx.marker_words(kind):
            return False
        return all(words[k].startswith("ال") and words[k].endswith(("ي", "يه")) for k in range(a + 1, b))

    def institution_anaphor(self, a: int, b: int) -> bool:
        """"الشركة", "المجموعة الصناعية الأمريكية العملاقة": a definite word for a company (list
        ``org_anaphor`` in ``data/markers.tsv``), alone or with definite adjectives, names no one
        itself; it refers back to the company the text made its subject before."""
        words = self.words
        first = words[a][1:] if words[a].startswith(("وال", "فال")) else words[a]
        if b - a > 5 or first not in lx.marker_words("org_anaphor"):
            return False
        return all(words[k].startswith("ال") and not self.has_entity(self.span(k, k + 1)) for k in range(a + 1, b))

    def named_subject_before(self, before: int) -> Who | None:
        """The last named entity (an organisation or product name first, else any name) that was the
        subject of a verb opening a sentence or clause within the three sentences before token
        ``before``: "وغيرت «جنرال إلكتريك» …"، "وقالت داماك إن …" — not one after a preposition,
        a via or an according-to cue ("في نيسان", "وبحسب رويترز")."""
        if not self.entities or before >= self.count:
            return None
        sid = self.x.sentence[before]
        limit = self.x.original_span(self.x.starts[before], self.x.starts[before])[0]
        found: dict[str, tuple[int, int, str]] = {}
        for ms, me, eid, etype in self.entities:
            if me > limit or etype not in ("ORG", "MISC", "PER"):
                continue
            m = self.x.token_at(self.x.normalized_offset(ms))
            if m >= self.count or self.x.sentence[m] < sid - 3 or not self.verb_before_subject(m):
                continue
            group = "PER" if etype == "PER" else "ORG"
            if group not in found or found[group][0] < ms:
                found[group] = (ms, me, eid)
        pick = found.get("ORG") or found.get("PER")
        if pick is None:
            return None
        s, e = self.x.normalized_offset(pick[0]), self.x.normalized_offset(pick[1])
        e = self.trimmed_mention(s, e)
        return Who(s, e, frozenset({_bare(w) for w in self.x.norm[s:e].split()}), "", "org", False, pick[2], None, False)

    def verb_before_subject(self, m: int) -> bool:
        """Whether the word before token ``m`` (past an opening quotation mark) is the verb that
        opens its sentence or clause: "وقالت داماك", "، وغيرت «جنرال إلكتريك»"."""
        p = m - 1
        while p >= 0 and self.words[p] in QUOTE_CHARS:
            p -= 1
        if not self.is_word(p) or p in self.according or lx.head_kind(self.words[p]) is not None:
            return False
        word = self.words[p]
        if word in lx.PREP_WORDS or word in AUXILIARIES or word[:1] in ("ل", "ب") or word.startswith("ال"):
            return False
        first, _ = self.x.sentence_bounds(p)
        opener = p == first or not self.is_word(p - 1) or self.words[p - 1] in AUXILIARIES
        return opener and (p == first or word[:1] in ("و", "ف") or self.words[p - 1] in COMMAS or self.words[p - 1] in AUXILIARIES)

    def person_like(self, who: Who) -> bool:
        """Whether an earlier speaker is one person (a title, a named person, a single unnamed source)."""
        if who.plural or who.kind in ("org", "media", "doc"):
            return False
        if who.kind in ("title", "honorific", "anon"):
            return True
        return who.entity is not None and any(m[2] == who.entity and m[3] == "PER" for m in self.entities)

    def new_referent(self, a: int, b: int, local: Who, prev: Who) -> bool:
        """An indefinite phrase that says more than the earlier one introduces someone new:
        "وقال مصدر عسكري" after "مصدر أمني فلسطيني", "وقال مسؤول آخر" (but "وقال المصدر" refers back)."""
        first = self.words[a]
        if first.startswith(("ال", "وال", "فال")) or lx.head_kind(first) in ("pronoun", "honorific"):
            return False
        # a nisba says what a name said: "وزير الخارجية المصري" is "وزير خارجية مصر سامح شكري"
        extra = {w for w in local.words - prev.words if not (w.endswith(("ي", "يه")) and w.rstrip("يه") in prev.words)}
        return bool(extra)

    def nominal_antecedent(self, before: int, head: str) -> Who | None:
        """"الصحيفة" with no earlier speaker: the last "صحيفة X" named in the text before it; "الشركة"
        also the last company a share was named for ("وهوى سهم البحر الأحمر لخدمات الإسكان … وأعلنت
        الشركة"), within the two sentences before."""
        leads = lx.clause_words("company_lead") if head == "شركه" else frozenset()
        for k in range(before - 1, -1, -1):
            word = self.words[k]
            if word in leads and k + 1 < before and self.x.sentence[before] - self.x.sentence[k] <= 2:
                end = self.company_name_end(k + 1, before)
                if end > k + 1:
                    return self.make_who(Candidate("x", (0, 0), np=self.span(k + 1, end), np_tokens=(k + 1, end)))
            bare_word = word[1:] if word.startswith("و") and len(word) > 3 else word
            if head == "وزاره" and word in ("وزير", "ووزير") and k + 1 < before and self.words[k + 1].startswith("ال"):
                return None  # "وأمر وزير الداخلية … وقالت الوزارة": his ministry, not one named before him
            if _bare(word) == head and not bare_word.startswith("ال") and bare_word[:1] not in "ل":
                end = self.parse_np(k, min(self.count, k + 8))
                if end > k + 1:
                    cand = Candidate("x", (0, 0), np=self.span(k, end), np_tokens=(k, end))
                    return self.make_who(cand)
        return self.named_company_before(before) if head == "شركه" else None

    def named_company_before(self, before: int) -> Who | None:
        """"الشركة" after "محرك البحث الشهير «غوغل»": the organisation last named by its own name (not a
        ministry or an authority) within the three sentences before."""
        if before >= self.count:
            return None
        sentence = self.x.sentence[before]
        for ns, ne, entity in self.mentions_before(before, "ORG"):
            if sentence - self.x.sentence[self.x.token_at(ns)] > 3:
                return None
            words = self.x.norm[ns:ne].split()
            if _outlet(self.x.original_text(ns, ne)) is not None:
                continue  # the outlet of a byline reports, it is not the company
            if words and (lx.head_kind(words[0]) in (None, "name") or _bare(words[0]) == "شركه"):
                return self.mention_who(ns, ne, entity, "org")
        return None

    def company_name_end(self, k: int, limit: int) -> int:
        """End of a company's name after "سهم": up to a preposition phrase, a figure or a verb (a plain
        word after a definite one, "داماك العقارية ارتفع")."""
        end = k
        while end < min(limit, k + 7) and self.is_word(end) and not self.words[end][0].isdigit():
            word = self.words[end]
            if word in lx.PREP_WORDS or word in lx.NP_STOPS or (end > k and word.startswith(("ب", "و")) and lx.head_kind(word) is None):
                break
            if end > k and self.words[end - 1].startswith("ال") and not word.startswith(("ال", "ل")):
                break
            end += 1
        return end

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


# verbal nouns by pattern, on the normalised form: تفعيل، تفاعل، تفعّل (4+ letters after ت), استفعال،
# افتعال، انفعال، إفعال، مفاعلة (with ة folded into ه)
def _masdar_form(word: str) -> bool:
    """A verbal noun by its pattern, bare or with a possessive pronoun ("استنكاره", "تعازيهم")."""
    if _MASDAR.match(word):
        return True
    for ending in ("هما", "هم", "ها", "ه"):
        if word.endswith(ending) and len(word) - len(ending) >= 4 and _MASDAR.match(word[: -len(ending)]):
            return True
    return False


_MASDAR = __import__("re").compile(r"^(?:ت\w\wي\w|ت\wا\w\w|است\w\wا\w|ا\wت\wا\w|ان\w\wا\w|ا\w\wا\w|م\wا\w\wه|ت\w\w\w)$")


# verb forms that normalise onto a common word and are cues only when the hamza is written
HAMZA_WRITTEN = {"هنا": "", "وهنا": "و", "فهنا": "ف"}
NOT_SEEN = object()  # (a token whose marker was not asked yet; None is an answer)


@lru_cache(maxsize=1)
def _opening_words() -> frozenset[str]:
    """Every token :class:`Finder` looks at when it opens a document: reporting verbs and
    participles (and هنا, which may be the verb هنأ), the first words of according-to phrases,
    the nominal cues (بقوله) and اول (أول من)."""
    return frozenset(lx.cue_forms()) | frozenset(HAMZA_WRITTEN) | frozenset(lx.according_phrases()) | frozenset(NOMINAL_CUES) | {"اول"}


@lru_cache(maxsize=8)
def _hamza_form(word: str) -> CueForm | None:
    from dataclasses import replace

    feminine = lx.cue_forms().get("هنات")
    if feminine is None:
        return None
    return replace(feminine, gender="m", prefix=HAMZA_WRITTEN[word])


def _unambiguous(form: CueForm, word: str = "") -> bool:
    """A form of a "strict" verb that is no other word: a feminine or plural past, or one written
    with و/ف (ذكرت، ذكروا، وتوقع; not ذكر "mention", توقع "expectation", the dual-looking accusatives
    شكرا "thanks", شرحا "an explanation", nor the impersonal present يذكر)."""
    if form.kind != "verb":
        return False
    if form.prefix:
        return form.lemma != "بين"  # وتوقع، فذكر (but وبين "and between")
    if form.tense != "past":
        return False
    if form.plural and word.endswith("ا") and not word.endswith("وا"):
        return False
    return form.gender == "f" or form.plural


def _dash(word: str) -> bool:
    """A dash, or a run of tatweel written as one ("ــ كما قال العلماء ــ")."""
    return word in DASHES or (bool(word) and set(word) <= {"ـ"})


def _vowel_variant(a: str, b: str) -> bool:
    """Whether two spellings of a name differ by one long vowel letter (ا، و، ي) written or left out:
    "الحميدان" / "الحمدان", "القضيعان" / "القضعان"."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 4:
        return False  # (not "حسن" / "حسين", "سعد" / "سعيد": three letters are too few to tell)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[k] in "اوي" and longer[:k] + longer[k + 1:] == shorter for k in range(1, len(longer) - 1))


def _without_lam(word: str) -> str:
    """A word after the preposition ل as it reads without it: "للوزارة" → "الوزارة" (the ل takes
    the article's alef), "لوزارة" → "وزارة". The text package has no such helper (its clitic
    splitter cuts by vocabulary evidence, the outlet cleaner returns every form), so the finder
    keeps this one for the checks that read the word after ل as a head (``via_at``, ``parse_np``)."""
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


def _bare(word: str) -> str:
    """A word without و, the article and a sound plural ending, for comparing mentions."""
    if word.startswith("و") and len(word) > 4 and (word[1:3] == "ال" or lx.head_kind(word[1:])):
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if len(word) > 5 and word.endswith(("ون", "ين")):
        word = word[:-2]  # المواطنون = مواطنين
    return word


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


@lru_cache(maxsize=256)
def _with_noun(form: CueForm) -> CueForm:
    from dataclasses import replace

    return replace(form, flags=form.flags | {"noun"})


def _nested(a: Candidate, b: Candidate) -> bool:
    """Whether one candidate is a quote reported inside the other's content (its cue lies within it)."""
    inner, outer = (a, b) if a.content[1] - a.content[0] < b.content[1] - b.content[0] else (b, a)
    # an according-to inside someone's words is the source they cite ("…، وقال: … صارت نسبتها مخيفة
    # حسب الإحصائيات"): the speaker ← the statistics, both kept
    cited = inner.kind == "according_to" and inner.cue is not None and outer.content[0] <= inner.cue[0] < outer.content[1]
    cited = cited or (outer.trailer and inner.kind in ("indirect", "direct"))
    return ((inner.nested or cited or _framed(inner, outer)) and inner.cue is not None and outer.content[0] <= inner.cue[0] + 1
            and inner.content[1] <= outer.content[1])


def _framed(inner: Candidate, outer: Candidate) -> bool:
    """Whether ``outer`` is a source closing the sentence that ``inner``'s reporting verb opens
    ("وأضافت بارتليت أن الرجل …، حسب رويترز."): the outlet reports the whole statement, and the
    speaker's own quote stands inside it, as with a fronted source ("وبحسب رويترز قال …")."""
    return (outer.kind == "according_to" and outer.closes and inner.kind in ("indirect", "direct") and outer.cue is not None
            and inner.cue is not None and outer.cue[0] >= outer.content[1] and abs(inner.cue[0] - outer.content[0]) <= 1
            and inner.content[1] <= outer.content[1])


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
