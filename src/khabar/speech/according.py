"""According-to: "وفقا لـ، بحسب، حسبما ذكر، نقلا عن …" and the clause they attribute.

:meth:`AccordingTo.according_pass` takes each according-to phrase found when the document was
opened, reads its source (:meth:`~AccordingTo.source_like`; not a measure, "بحسب عدد الحلقات":
:meth:`~AccordingTo.criterion_phrase`) and the clause it attributes, after it when the phrase is
fronted ("وبحسب X فإن …") or before it when it closes the sentence ("…، بحسب رويترز.", a dashed
"- وحسب الخبر -"). :meth:`~AccordingTo.closing_pass` and :meth:`~AccordingTo.add_as_said` do the same
for a reporting verb after كما/مثلما that closes its sentence ("…، كما قالت الشرطة.").

The source phrase is read by :mod:`khabar.speech.phrases`; the subject of the sentence before a
closing cue by :mod:`khabar.speech.subjects`; the quotes these candidates compete with are
:mod:`khabar.speech.direct` and :mod:`khabar.speech.indirect` (:meth:`khabar.speech.extract.Finder.select`).
"""

from __future__ import annotations

from functools import cached_property

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    ADJUNCT_PREPS,
    AUXILIARIES,
    COMMAS,
    DASHES,
    DEMONSTRATIVES,
    NP_EXTRA_STOPS,
    SELF_WORDS,
    SENTENCE_END,
    Candidate,
    Region,
    _outlet,
    _unambiguous,
    _without_lam,
)
from khabar.speech.lexicon import Phrase
from khabar.speech.scan import QUOTE_CHARS

PUBLISHING_VERBS = lx.word_class("publishing_verbs")
SOURCE_DESCRIBED_BY = lx.word_class("source_described_by")  # "أجري", "نشرت": a verb that describes the source before it
# the fa- that opens the main clause after a fronted adjunct ("وبحسب X فإن …", "وحسب التقرير، فقد …")
FA_OPENERS = lx.word_class("fa_openers")
# an أن / إن with its pronoun that an according-to phrase can follow inside the clause it opens (acc48b)
THAT_WITH_PRONOUN = frozenset(w for w in lx.COMPLEMENTIZERS if w.endswith(lx.PRONOUN_SUFFIXES) and w[:1] != "ف")
# what follows the fa- of a main clause that keeps its first word ("وبحسب الأرقام فهناك …", "…، فيتم تجريم …")
FA_CLAUSE_HEADS = lx.word_class("fa_clause_heads")
# the pronoun that may stand between a source and its أن-clause ("… بحسب المصادر هو أن …")
SOURCE_COPULAS = lx.clause_words("source_copulas")
FA_REACH = 12  # how many words a fronted source's attribution may run on before its فإن / فقد
IN_WORDS = frozenset(("في", "فيه", "فيها", "فيهم"))  # "في", not the ف of a new clause
RELATIVE_REACH = 16  # how many tokens a set-off relative clause may run before its cue and after its source
COMMA_REACH = 16  # how many words a fronted source's description may run on to "، فإن / فقد"
SUBJECT_REACH = 8  # how many words a reporting verb's subject may run on before an outlet given as a source
SET_SOURCE_WORDS = 6  # tokens of a short source set off by commas inside its clause ("، بحسب صحيفة «الوطن»، إلى …")
APPOSED_SOURCE_WORDS = 16  # the same with its name or title set off by a comma of its own (acc56)
# phrases that attribute only when they open their sentence or follow a comma or dash ("…، على ما أفاد …")
SET_OFF_ONLY = lx.clause_words("set_off_only")
# after the verb of "بحسب ما / حسبما", a preposition whose pronoun is that "ما" ("بحسب ما أفاد به المرصد")
WHAT_PRONOUN_PREPS = lx.clause_words("what_pronoun_prep")
RELAY_VERBS = lx.clause_words("relay_verb")  # "حسب ما نقلت عنه X": the pronoun is the one quoted
YEAR_WORDS = lx.clause_words("year_word")  # "حسب تقرير الهيئة لعام 2014": the year the source keeps
POINTING_BACK = lx.clause_words("pointing_back")  # "جاء ذلك وفقا لـ …": what comes before is attributed
# plural nouns of texts and testimony that head an according-to source ("بحسب الدراسات"، "حسب اعترافاتهم")
SOURCE_PLURALS = frozenset(lx.norm(line[0]) for line in lx._lines("according_sources.tsv") if line[1:2] != ["closing"])
# the same nouns that head a source only where the source phrase closes its sentence ("…، بحسب تقديرات …")
CLOSING_PLURALS = frozenset(lx.norm(line[0]) for line in lx._lines("according_sources.tsv") if line[1:2] == ["closing"])
# recordings that show what happened ("بحسب فيديو متداول"), no source after a cue of a basis (quotes pass acc47)
# and counts ("بحسب تعداد لوكالة الصحافة الفرنسية"; acc50a): neither is a source after a cue of a basis
RECORDINGS = frozenset(lx.norm(line[0]) for line in lx._lines("according_sources.tsv") if line[1:2] in (["recording"], ["count"]))
# words that open a clause inside reported words, where a source that closes it takes over ("…، حيث إنها
# العائل الشرعي لهم وفق صك …")
CLAUSE_BOUNDS = lx.clause_words("when_clause")
# a contrastive connective standing alone before a fronted source ("لكن بحسب …، …"; quotes pass acc34b)
CONTRAST_LEADS = frozenset(lx.norm(p) for p in lx.clause_words("contrast_lead"))
CONTRAST_THAT = lx.clause_words("contrast_that")  # "إلا / غير / بيد" before أن
CONTRAST_REACH = 8  # how many tokens a source set off before "، إلا أن / لكن" may run (6 until acc42: "بحسب آخر حصيلة لقوات خفر السواحل الإيطالية، إلا أنه …")
# "رغم"، "على الرغم من": a concession, its main clause the one after "إلا أن"
CONCESSIVES = frozenset(w.split()[0] for w in lx.word_class("concessive_before_that")) | lx.clause_words("despite")
# a sentence adverb set off by its comma before an according-to phrase ("وبالتالي، وحسب …، يعتبر …"; pass acc39)
SENTENCE_ADVERBS = frozenset(lx.norm(w) for w in lx.clause_words("sentence_adverb"))
# a superlative of time before a source's head ("بحسب آخر الإحصائيات"، "وفقا لأحدث دراسة"; pass acc37)
LATEST_WORDS = frozenset(lx.norm(w) for w in lx.clause_words("latest_word"))
# the first word of a cue naming what an act rests on ("واستنادا إلى معلومات …، داهمت …"; quotes pass acc43)
BASIS_CUES = frozenset(lx.norm(w) for w in lx.clause_words("basis_cue"))
# the ل-noun that goes on a body's name after its nisba ("المرصد السوري لحقوق الإنسان"، "المفوضية السامية لشؤون
# اللاجئين"): no verb of the clause a fronted source interrupts (quotes pass acc37b)
NAME_COMPLEMENTS = frozenset(lx.norm(w) for w in lx.clause_words("name_complement"))
# the prepositions that may go on with a source phrase in an according-to content that holds nothing else
# ("حسبما صرحت شركة «آبل» في تقرير صادر عنها"; pass accp43)
SOURCE_TAIL_PREPS = lx.clause_words("source_tail_prep")
# a word of one's own view, claim or statement with the pronoun of who holds it ("حسب رأيه"، "وحسب علمه"،
# "حسب زعمه"): the source is that person, already named (session 44, acc44)
OWN_VIEW_WORDS = lx.clause_words("own_view")
# the last word of a view phrase with its holder named after it ("حسب رأي X"، "بحسب وجهة نظر X"; quotes pass acc45c)
VIEW_HEADS = lx.clause_words("view_head")
# connectives opening a sentence whose source closes it ("من جهة أخرى، …"، "كما أن …"), longest first
DISCOURSE_OPENERS = tuple(sorted((tuple(p.split()) for p in lx.clause_words("discourse_opener")), key=len, reverse=True))


class AccordingTo:
    """The according-to and closing passes."""

    def valid_source(self, start: int, limit: int, phrase: Phrase) -> bool:
        if phrase.kind in ("verb", "self", "chain"):
            return True
        if start >= min(limit, self.count):
            return False
        end = self.parse_np(start, limit, after_l=phrase.words[-1] == "ل")
        if end <= start:
            return start in self.open_at or (self.words[start] == "ل" and start + 1 in self.open_at)
        if self.criterion_phrase(start, end):
            return False  # "مؤكدين …، وفقا لتوجهات الوزارة": a measure goes on with the clause it qualifies
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
            if k == a and self.source_plural(forms):
                return True
            if k == a + 1 and self.recording_source(a, forms):
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

    def latest_word(self, k: int) -> bool:
        """"آخر / أحدث" (also with لـ) before the head of a source: "بحسب آخر الإحصائيات"، "وفقا لأحدث
        دراسة طبية"، "ووفق آخر بيانات المفوضية" (``latest_word`` in clause_words.tsv; quotes pass acc37)."""
        word = self.words[k]
        return word in LATEST_WORDS or (word[:1] == "ل" and word[1:] in LATEST_WORDS)

    def latest_source(self, i: int, first: int, start: int, end: int, limit: int) -> bool:
        """"…، حسب آخر الإحصائيات."، "وبحسب آخر الإحصائيات الرسمية، تعامل …": "آخر / أحدث" before a
        source's head, where the phrase closes its sentence or opens it; inside the clause ("والتي بلغت
        نسبتها وفقاً لآخر إحصائية … 11.7%"، "إذ يصل حجمه بحسب آخر الإحصائيات لنحو …") the source phrase
        runs into the clause, so there it stays none (quotes pass acc37)."""
        if not (self.latest_word(start) and start + 1 < end and self.source_like(start + 1, end)):
            return False
        # "والتي بلغت نسبتها وفقاً لآخر إحصائية صادرة عن … 11.7%": a figure after it is still the clause's;
        # a bare line break is no close ("وحسب آخر إحصائية من الحكومة البريطانية \nيوجد أكثر من 2000 …")
        closes = (limit >= self.count or any(self.words[k] in SENTENCE_END for k in range(end, min(limit + 1, self.count)))
                  or self.words[limit] in COMMAS)  # the comma before "، إلا أن / لكن" (contrast_after_source, acc42)
        if (closes and self.only_time_after(end, limit)
                and not any(ch.isdigit() for k in range(end, limit) for ch in self.words[k])):
            return True
        k = i - 1
        while k >= first and self.words[k] in ("و", "ف"):
            k -= 1
        # opening its sentence or clause: only a short phrase a comma closes, not one the phrase reader cut
        # short ("ووفق آخر بيانات المفوضية السامية لشؤون اللاجئين، …") or ran on into the clause ("وحسب آخر
        # إحصائية من الحكومة البريطانية يوجد أكثر من 2000 محارب …، مما …")
        if not ((k < first or self.words[k] in COMMAS) and end - start <= 6 and end + 1 < limit
                and self.words[end] in COMMAS and self.clause_inside_source(start, end) == end):
            return False
        # "ووفق آخر بيانات المفوضية …، التابعة للأمم المتحدة، أكدت …": after the comma an apposition on the
        # source, not its clause
        after = self.words[end + 1]
        return self.is_word(end + 1) and not after.startswith("ال") and not self.describes_source(end + 1)

    def source_through_outlet(self, verb: int | None, start: int, np_end: int, limit: int) -> tuple[int, int] | None:
        """The source an outlet relays after "بحسب ما نقلت / وفق ما نقلته X عن Y" (a ``relay_verb`` of
        clause_words.tsv), as (start, end) tokens of Y: "بحسب ما نقلته صحيفة «نيكي» عن مصادر مطلعة"، "بحسب
        ما نقلت صحيفة سورية الاثنين عن زوجة الشيخ". Y said it and X is its via, as ANNOTATION.md gives
        the via (dev 2015-07-24#944, 2015-07-22#166; pass accp43)."""
        if verb is None or self.words[verb] not in RELAY_VERBS or np_end <= start:
            return None
        k = np_end
        tail = lx.marker_words("time") | lx.marker_words("time_tail")
        while k < limit and (self.words[k] in tail or self.words[k] in ("(", ")")):
            k += 1  # "صحيفة سورية الاثنين عن …": the report's day
        if k + 1 >= limit or self.words[k] != "عن" or not self.is_word(k + 1):
            return None
        end = self.parse_np(k + 1, limit)
        return (k + 1, end) if end > k + 1 else None

    def outlet_object(self, start: int, np_end: int) -> tuple[int, int] | None:
        """The outlet the verb of "بحسب ما / وفق ما …" told, written as its object without ل after a
        complete subject ("أفاد مسؤول محلي وكالة فرانس برس"، "أبلغت الجمارك الفرنسية وكالة الصحافة
        الفرنسية"): (start, end) tokens of the outlet, which ends the source phrase and is its via.
        Not in construct state after a bare noun ("مراسل وكالة الأنباء", "رئيس تحرير صحيفة …")."""
        words = self.words
        for k in range(start + 1, np_end):
            if lx.head_kind(words[k - 1]) == "media":
                return None  # "ذكرت وكالة بلومبرغ": the outlet is the subject
            end = None
            if lx.head_kind(words[k]) == "media":
                end = self.media_tail(k + 1, name=True)
            elif not words[k].startswith("ال"):
                for n in range(1, 5):
                    if k + n <= np_end and all(self.is_word(m) for m in range(k, k + n)):
                        outlet = _outlet(self.x.original_text(self.x.starts[k], self.x.ends[k + n - 1]))
                        if outlet is not None and not (n == 1 and self.common_word_outlet_belongs(k, outlet)):
                            end = k + n  # (not "الجهاز التنفيذي للاتحاد الأوروبي": the union's, lead40a)
            if end is None:
                continue
            prev = words[k - 1]
            if prev in lx.PREP_WORDS:
                return None  # "مصور في وكالة الصحافة الفرنسية": where the source works, not whom it told
            complete = (prev.startswith("ال") or (k - 1 > start and len(prev) > 3 and prev.endswith(("ي", "ية", "يه")))
                        or self.has_entity(self.span(k - 1, k)))
            return (k, max(end, k + 1)) if complete else None
        return None

    def recording_source(self, a: int, forms: list[str]) -> bool:
        """"بحسب مقطع فيديو وثقه مواطن"، "وحسب شريط فيديو ظهرت …": a clip or a reel (``recording_head`` in
        clause_words.tsv) of a recording (according_sources.tsv) names the recording as the source, as
        "بحسب فيديو متداول" does; "مقطع" alone is a segment ("وفق مقطع زمني"). Quotes pass acc47."""
        head = self.words[a]
        heads = lx.clause_words("recording_head")
        return (head in heads or (head[:1] in "لبو" and head[1:] in heads)) and self.source_plural(forms)

    def recording_basis(self, i: int, start: int, end: int) -> bool:
        """Whether a recording (``recording`` in according_sources.tsv) heads the phrase ``[start, end)`` after a cue
        of a basis (``basis_cue``: استنادا / تبعا): "أعيد ترميمها استنادا إلى صور فوتوغرافية" names what the work
        rests on, not a source that shows what happened (quotes pass acc47)."""
        cue = self.words[i]
        if end <= start or not (cue in BASIS_CUES or (cue[:1] in ("و", "ف") and cue[1:] in BASIS_CUES)):
            return False
        head = self.words[start]
        forms = {head, head.removeprefix("ال"), head[1:].removeprefix("ال") if head[:1] in "لب" else head}
        return bool(forms & RECORDINGS)

    @staticmethod
    def source_plural(forms: list[str]) -> bool:
        """Whether a head word is a plural of texts or testimony (according_sources.tsv), with or
        without the article and a possessive: "الدراسات"، "اعترافاتهم" (round 41a)."""
        for form in forms:
            form = form.removeprefix("ال")
            if form in SOURCE_PLURALS:
                return True
            for suffix in lx.PRONOUN_SUFFIXES:
                if form.endswith("ات" + suffix) and form[: -len(suffix)] in SOURCE_PLURALS:
                    return True
        return False

    def criterion_phrase(self, a: int, b: int) -> bool:
        """Whether the phrase ``[a, b)`` after بحسب / وفق / طبقا لـ names the measure or the rule
        something is done by ("بحسب عدد الحلقات", "وفق الضوابط والاشتراطات", "استنادا إلى اللغة
        الأمازيغية"), not who said it: its head is a ``criterion`` word (clause_words.tsv), whatever
        quoted name or entity the phrase holds further on; "عدد" only when no من follows it
        ("بحسب عدد من الخبراء" is a source)."""
        if not self.criterion_head(a):
            return False
        forms = self.head_forms(a)
        if a + 1 < b and self.words[a + 1] in lx.clause_words("criterion_source"):
            return False  # "بحسب القرار الاتهامي": an indictment tells what happened (quotes pass acc39)
        after = b + 1 if b < self.count and self.words[b] in COMMAS else b
        if after < self.count and self.words[after] in ("فان", "فانه", "فانها"):
            return False  # "وبحسب القرار فإن هذا الفريق ستكون مهمته …": a text that opens its clause says it (lead39m)
        if forms & {"عدد", "العدد"}:
            return not (a + 1 < b and self.words[a + 1] == "من")
        return True

    def head_forms(self, a: int) -> set[str]:
        """The forms of the word at ``a`` after an according-to cue, its ل / ب and article undone:
        للوزارة → الوزارة, للغة → اللغة, بحسب لـ… → the bare word."""
        word = self.words[a]
        forms = {word}
        if word.startswith("لل"):
            forms |= {"ال" + word[2:], "ال" + word[1:]}
        elif word[:1] in ("ل", "ب"):
            forms.add(word[1:])
        return forms

    def criterion_head(self, a: int) -> bool:
        """Whether the word at ``a`` is a ``criterion`` word of clause_words.tsv, bare or with a possessive
        (acc42: "وفقا لرغبته"، "حسب فكرهم"، "بحسب أهدافها")."""
        forms = self.head_forms(a)
        criteria = lx.clause_words("criterion")
        return bool(forms & criteria or {_possessed(form) for form in forms} & criteria)

    def agency_nisba(self, k: int) -> bool:
        """"…، وفقا للألمانية.": a country's adjective alone, closing its sentence, names that
        country's news agency (``agency_nisba`` in clause_words.tsv); "الخارجية الفرنسية" never."""
        if not self.names_agency_nisba(k):
            return False
        return k + 1 >= self.count or not self.is_word(k + 1) or self.x.sentence[k + 1] != self.x.sentence[k]

    def names_agency_nisba(self, k: int) -> bool:
        """Whether word ``k`` is a country's adjective that can name its news agency ("الألمانية"، "للألمانية"),
        wherever it stands (``agency_nisba`` in clause_words.tsv)."""
        word = self.words[k]
        forms = {word, "ال" + word[2:]} if word.startswith("لل") else {word}
        return bool(forms & lx.clause_words("agency_nisba"))

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
            if not complete or not self.is_word(j) or (not self.is_word(j + 1) and nxt not in QUOTE_CHARS):
                continue
            plain = (not word.startswith("ال") and not word.isdigit() and lx.head_kind(word) is None
                     and word not in lx.NAME_PARTICLES and word not in lx.PREP_WORDS and word not in lx.markers()
                     and not word.startswith(("بال", "لل", "وال", "فال", "كال"))
                     and not (word[:1] in ("ل", "ب") and lx.head_kind(word[1:]) is not None) and j not in self.entity_starts
                     and word not in NAME_COMPLEMENTS  # "المرصد السوري لحقوق الإنسان" (quotes pass acc37b)
                     and not self.has_entity(self.span(j, j + 1)))
            opens = nxt.startswith("ال") or nxt in QUOTE_CHARS or self.has_entity(self.span(j + 1, j + 2), types=("PER", "ORG", "MISC"))
            if not (plain and opens):
                continue
            titled = any(lx.head_kind(words[k]) in ("title", "honorific", "anon") for k in range(start, j))
            if titled and not any(k in self.person_ends for k in range(start, j)) and prev not in QUOTE_CHARS:
                continue
            return j
        return end

    def clause_after_fronted_source(self, start: int, end: int) -> int:
        """Cut a fronted source phrase ``[start, end)`` with no comma after it where its clause begins
        (lead23, session 33): the phrase reader runs a fronted source on into the verb of the clause it
        attributes ("وطبقا لتقديرات المنظمة الدولية للهجرة | لقي أكثر من ألفي مهاجر …"). The first of
        :meth:`van_opens_clause`, :meth:`verb_before_figure` and :meth:`verb_after_quoted_name`."""
        for k in range(start + 1, end):
            if self.van_opens_clause(k) or self.verb_before_figure(k, end) or self.verb_after_quoted_name(k):
                return k
        return end

    def completes_source(self, k: int) -> bool:
        """Whether token ``k`` closes a source name: a definite word, the end of a named entity, or a
        closing quotation mark or bracket ("المنظمة الدولية للهجرة"، "«رويترز»"، "(وام)")."""
        word = self.words[k]
        if word in QUOTE_CHARS:
            return k not in self.open_at
        return word == ")" or k in self.entity_ends or (self.is_word(k) and word.startswith(("ال", "لل")))

    def plain_clause_word(self, k: int, proclitic: bool = False) -> bool:
        """Whether token ``k`` is a bare word that cannot go on with a source name before it: no
        article, proclitic (with ``proclitic``: و/ب/ل allowed, as in "لقي"، "بلغ"، "وصل"), figure, name particle, preposition, head noun, time or marker word, no
        cue, according-to phrase or complementizer, and no start of a named entity."""
        word = self.words[k]
        return (self.is_word(k) and not word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) and not word.isdigit()
                and word[:1] not in (("ف", "ك") if proclitic else ("و", "ف", "ب", "ل", "ك")) and word not in YEAR_WORDS
                and lx.head_kind(word) is None and word not in lx.NAME_PARTICLES and word not in lx.PREP_WORDS
                and word not in lx.NP_STOPS and word not in lx.markers() and word not in lx.marker_words("time")
                and word not in lx.COMPLEMENTIZERS and k not in self.cues and k not in self.according
                and word not in SELF_WORDS and k not in self.entity_starts and self.marker_at(k) is None
                and k not in self.time_starts)

    def van_opens_clause(self, k: int) -> bool:
        """"وبحسب الاستخبارات الأمريكية فان الفضلي …"، "وبحسب الاستطلاع فان ترامب هو …": a فان (فإن
        written without its hamza) after a definite word, a closing mark or a comma is the فإن that
        opens the attributed clause, not the Dutch "van" of a name (which follows a first name)."""
        return (self.words[k] == "فان" and k + 1 < self.count and self.is_word(k + 1)
                and (self.completes_source(k - 1) or self.words[k - 1] in COMMAS))

    @cached_property
    def figure_starts(self) -> frozenset[int]:
        """Where the figures of the numbers stage begin, as normalised offsets like the words'."""
        return frozenset(self.x.normalized_offset(f["start"]) for f in self.doc.facts if f.get("start") is not None)

    def verb_before_figure(self, k: int, end: int) -> bool:
        """"… المنظمة الدولية للهجرة لقي أكثر من ألفي مهاجر"، "… رويترز أنتجت إيران 2.85 مليون برميل":
        after a complete source name a bare word followed by a figure of the numbers stage, at once or
        past a subject of one or two words, is the verb of the attributed clause: a source name takes
        no indefinite word after it, and the figure is what the clause reports."""
        if not (self.completes_source(k - 1) and self.plain_clause_word(k, proclitic=True)):
            return False
        for m in range(k + 1, min(self.count, k + 4)):
            if self.x.starts[m] in self.figure_starts:
                return True
            if (not self.is_word(m) or self.words[m] in lx.PREP_WORDS or m in self.cues
                    or (self.completes_source(m - 1) and self.plain_clause_word(m, proclitic=True))):
                return False
        return False

    def verb_after_quoted_name(self, k: int) -> bool:
        """"وبحسب تقرير «صحارى» ارتفع مؤشر البورصة …"، "ووفقا لـ"رويترز" انخفض إنتاج الصلب …": after a
        name closed by its quotation mark a bare word followed by another word opens the attributed
        clause (:meth:`clause_inside_source` reads it only before a definite word or a name)."""
        return (k + 1 < self.count and (self.words[k - 1] in QUOTE_CHARS or self.words[k - 1] == ")") and self.completes_source(k - 1)
                and self.plain_clause_word(k) and self.is_word(k + 1))

    def according_pass(self) -> None:
        words = self.words
        for i, (phrase, nxt, cue_end) in sorted(self.according.items()):
            if i in self.used or self.inside[i] >= 0:
                continue
            first, limit = self.x.sentence_bounds(i)
            first = self.after_contrast_lead(first, i)
            limit = self.contrast_after_source(i, nxt, cue_end, limit, phrase)
            if self.conjoined_source_opens_clause(i, first, nxt, cue_end, limit, phrase):
                first = i  # "…، وبحسب الشرطة وجدت السيدة …": the clause after the source is attributed (acc46a)
            elif self.after_that_pronoun(i, first, phrase):
                if self.criterion_head(nxt - 1 if nxt - 1 >= 0 and cue_end < self.x.ends[nxt - 1] else nxt):
                    # a measure or rule is no source even with the فإن that lets "وبحسب القرار فإن …" through:
                    # "موضحا أنه وفقا للأجندة الوطنية فإنه سيتم …"، "مما يجدر ذكره، أنه وفقاً للتوجيهات …؛ فإن …"
                    continue
                first = i  # "وقال إنه وفقا للإحصاءات فإن …": the أن-clause goes on after the source (acc48b)
            if not self.set_off_enough(i, first, phrase):
                continue  # "يعتمد على ما يكتب في الصحافة": the على of the word before, no source
            if phrase.kind == "self" and self.reported_before(first, i):
                continue  # "فيؤكد أن النظرة ليست تشاؤمية (على حد تعبيره)": the verb's own quote, said again
            start = nxt
            if cue_end < self.x.ends[nxt - 1] if nxt - 1 >= 0 else False:
                start = nxt - 1
            verb_at = None  # the verb of "بحسب ما / حسبما", where the phrase has one
            if phrase.kind == "verb" and start < limit and self.is_word(start) and not lx.head_kind(words[start]):
                if not self.reporting_word(start):
                    continue  # "حسب ما يناسب المشتركين"
                self.used.add(start)
                verb_at = start
                cue_end = self.x.ends[start]
                start += 1  # حسبما ذكر …, وفقا لما أعلنته …
                if (start + 1 < limit and words[start] in WHAT_PRONOUN_PREPS and self.is_word(start + 1)
                        and words[start - 1] not in RELAY_VERBS):
                    self.used.add(start)  # "بحسب ما أفاد به المرصد": the به is the cue's, the source follows
                    cue_end = self.x.ends[start]
                    start += 1
                elif start + 1 < limit and words[start] in ("في", "عن", "علي", "عبر") and self.is_word(start + 1):
                    start += 1  # "حسبما ورد في تقريرها", "وفق ما جاء في البيان"
                start = self.past_report_time(start, limit)
            if phrase.words[-1] in ("في", "الي") or phrase.words[-1] == "ل":
                pass
            # after "بحسب ما" only as the verb's subject ("حسبما ذكر هؤلاء المسؤولون"), not "وفقاً لما ورد في هذا
            # الإعلان" (the text the sentence stands in, what is done by it)
            pointed = (phrase.kind == "source" or (phrase.kind == "verb" and start - 1 == verb_at)) and self.demonstrative_source(
                start, limit, cue_end
            )
            if pointed:
                # "وبحسب هذا المصرفي، فإن …"، "حسبما ذكر هؤلاء المسؤولون": the source is the one named before,
                # read from its definite noun as "بحسب المصرفي" is (acc50b)
                start += 1
            np_end = self.parse_np(start, limit, after_l=cue_end > self.x.starts[start] if start < self.count else False) if phrase.kind != "self" else start
            np_end = self.definite_np_end(start, np_end)
            np_end = self.document_with_outlet(start, np_end)
            np_end = self.with_year(start, np_end, limit)
            np_end = self.before_fa_clause(start, np_end)
            if self.as_said_cue(phrase):
                # "ــ كما قال العلماء ــ (هذه البصمة) …": the source ends at the dash that closes it (acc63)
                np_end = next((k for k in range(start + 1, np_end) if _dash(self.words[k]) or self.dash_before(k)), np_end)
            if pointed and self.criterion_in_phrase(start, np_end):
                continue  # "وذلك وفقا لهذا التنظيم والأنظمة المرعية الأخرى": a rule with the rules joined to it
            # "وفق ما تناولته وسائل الإعلام الإيطالية | والتي عبر من خلالها اللاعب …": a relative clause
            # with its و describes the source, no part of its name (acc42)
            np_end = next((k for k in range(start + 1, np_end)
                           if self.words[k][:1] == "و" and self.relative_on_source(k, np_end)), np_end)
            if phrase.kind in ("source", "verb") and self.fronted(i, first) and not any(
                    self.is_word(k) and words[k] not in ("و", "ف") for k in range(first, i)):
                np_end = self.clause_after_fronted_source(start, np_end)
            object_via = self.outlet_object(start, np_end) if phrase.kind == "verb" else None
            src_end = np_end  # where the source phrase ends; np_end, where what follows it begins
            if object_via is not None:
                # "وفق ما أبلغت الجمارك الفرنسية وكالة الصحافة الفرنسية": the outlet is the verb's object
                src_end, np_end = object_via[0], max(np_end, object_via[1])
            relayed = self.source_through_outlet(verb_at, start, np_end, limit) if object_via is None else None
            if relayed is not None:
                # "بحسب ما نقلته صحيفة «نيكي» عن مصادر مطلعة": the sources said it, through the paper
                object_via, (start, np_end) = (start, np_end), relayed
                src_end = np_end
            if phrase.kind in ("source", "verb") and np_end > start and self.criterion_phrase(start, np_end):
                # "قسمت المنتخبات طبقا لتصنيفها الصادر عن «الفيفا»": a measure, not a source; "وفق ما ورد
                # بالفئة (أ)": a clause of a rule after the verb, no one's words (round 45b)
                continue
            if self.recording_basis(i, start, np_end):
                continue  # "أعيد ترميمها استنادا إلى صور فوتوغرافية": what the work rests on (acc47)
            if phrase.words[-1] == "لسان" and not (self.fronted(i, first) or self.tongue_led(i, first)):
                continue  # "رفضته الدول الأوروبية على لسان رئيسها": how it was done, no words attributed
            # before or after the content?
            lead = [k for k in range(first, i) if self.is_word(k) and words[k] not in ("و", "ف")]
            if lead and phrase.kind in ("source", "verb") and words[i - 1] not in COMMAS and object_via is None:
                np_end = src_end = self.measure_in_source(start, np_end)  # "… حسب التقرير بواقع 5 %" (acc35)
            if phrase.kind == "fronted" and np_end <= start < limit and words[start] in DEMONSTRATIVES:
                np_end = src_end = self.definite_np_end(start, self.parse_np(start + 1, limit))  # "هذا القرار"
            # "وبموجب اتهام فدرالي يعود إلى ديسمبر 2011 ورفعت عنه السرية فان …": the clause opens at
            # the فإن / فقد further on; the words before it still belong to the attribution
            fa_at = self.fa_opener_ahead(np_end, limit) if not lead and np_end > start and phrase.kind != "self" else None
            if fa_at is None and not lead and np_end > start and phrase.kind != "self":
                # "حسب كتاب صدر عنه بعد خمس سنوات … بعنوان «…»، فإن …": the source's description runs
                # on to the comma before فإن / فقد; the source phrase stays as the phrase reader cut it
                # (a name in the description, "«سكوراس»", would draw later mentions to the source)
                comma_at = self.fa_after_comma(np_end, limit)
                if comma_at is not None:
                    fa_at = comma_at + 1
            opens_at = np_end if fa_at is None else fa_at
            if phrase.kind == "fronted":
                if not (np_end > start and self.fronted(i, first) and self.fa_follows(opens_at, limit)):
                    continue  # "ستحصل إيران بموجب الاتفاق على …": the terms of a text, not its words
                phrase = lx.Phrase(phrase.words, "source")  # "وبموجب هذا القرار فإن …"
            cited_plural = (phrase.kind == "source" and np_end > start and not self.source_like(start, np_end)
                            and (self.closing_plural_source(start, np_end, limit)  # a source only where it closes the sentence
                                 or self.latest_source(i, first, start, np_end, limit)  # "حسب آخر الإحصائيات" (acc37)
                                 or self.opening_plural_source(i, first, start, np_end, limit)  # "ووفقا للمعلومات، كان …" (acc43)
                                 or self.relative_clause_source(i, first, start, np_end, limit)))  # "، الذي يقود … حسب آخر استطلاعات الرأي، …" (acc53b)
            if phrase.kind == "source" and not (np_end > start and (self.source_like(start, np_end) or self.closing_source(i, start, np_end, limit)
                                                                     or self.dashed_source(i, start, np_end, limit) or cited_plural
                                                                     or self.described_source(i, start, np_end, limit)
                                                                     or self.closing_place(start, np_end, limit)
                                                                     or (self.fronted(i, first) and self.fa_follows(opens_at, limit)))):
                continue
            if phrase.kind in ("verb", "chain") and np_end <= start:
                continue
            cand = Candidate("according_to", (0, 0), cue=(self.x.starts[i], cue_end), order=i, sentence=self.x.sentence[i])
            if cited_plural:
                # "…، بحسب تقديرات الأكاديمية …. رسميا، ترحب بكين …": the estimates are cited, not a speaker a
                # later verb with no subject goes on with (as session 32's lead19 found for "تقديرات")
                cand.cited_text = True
            if object_via is not None:
                cand.via = cand.via_target = self.span(*object_via)
            if not lead and phrase.kind in ("source", "verb") and fa_at is None and object_via is None:
                np_end = opens_at = src_end = self.clause_inside_source(start, np_end)
            if not lead:
                if np_end < limit and np_end in self.cues and self.cues[np_end].kind == "verb" and np_end not in self.used:
                    region = Region("none", np_end)  # "وبحسب ما جاء في الصحيفة قال الوزير إن …": the verb's own quote
                else:
                    region = self.scan_region(opens_at, limit, None)
                # "وحسب مراقبين فربما سيحاول المتشددون … على أنه …": an أن further on in a clause that opens
                # with its fa- word is inside what the source says, not where it begins
                # nor one after "، فقد" (quotes pass acc56): "وحسب المجلة، فقد وافق النادي على …، ومن المرجح أن يتم …"
                # attributes the clause فقد opens, not the أن-clause of a later conjunct
                k = region.at if region.stop in ("that", "colon") and not (
                    self.fa_clause_ahead(opens_at, limit) or self.fa_follows(opens_at, limit)) else opens_at
                # the فإن / فقد that opens the clause after a fronted source is no part of what it says:
                # "وبحسب تقرير الشرطة فقد كانت الفتاة …" attributes "كانت الفتاة …" (quotes pass 51b)
                while k < limit and (words[k] in COMMAS or words[k] in FA_OPENERS or words[k] in ("ان", "بان")):
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
                    # "وبحسب «رويترز» قال كيري …"، "ووفقا لصحيفة مكة شدد السناني …": the verb's quote alone, the
                    # source its via, as the dev gold gives it (9 articles); no according-to quote around it (acc54)
                    if self.source_is_outlet(start, np_end):
                        if inner.via is None:
                            inner.via = inner.via_target = source_span
                        continue
                    # another source ("وبحسب مصدر مطلع، قالت الإدارة إن …"): the source reports the whole statement,
                    # an according-to quote around the speaker's
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
                if self.described_source(i, start, np_end, limit):
                    # "حسب اوفكوم التي قالت: إن …"، "وفقًا لمصادر «المدينة» المطلعة التي أشارت إلى أن …": the
                    # relative clause's verb is the source's, its أن or colon no clause the source phrase
                    # attributes, nor that of a verb before the cue (acc42)
                    region = Region("none", np_end)
                else:
                    region = self.scan_region(np_end, limit, None)
                if region.stop in ("that", "colon") and self.reporting_lead(first, i) and not self.after_verb_clause(first, i, region):
                    continue  # "وأضافت القناة نقلا عن الشرطة أن …": the verb's own quote, with its source
                dashed_at = (self.clause_of_dashed_source(i, first, start, np_end, limit, region)
                             if phrase.kind in ("source", "verb") else None)  # not "– نقلا عن X –", a relay
                if dashed_at is None and self.as_said_cue(phrase):
                    dashed_at = self.after_dashed_as_said(i, first, np_end, limit)
                if dashed_at is not None:
                    # "ومن هنا - حسب كلام البحرة - فإن ما تقوم به …"، "وينبغي لهذا العام - حسب بعض التقارير – أن
                    # يكون …": the clause goes on past the closing dash with its أن / فإن (acc49b)
                    end = self.clause_end(region.at)
                    content = self.content_span(dashed_at, end) if end > dashed_at else None
                    if content is not None:
                        self.attach_region(cand, region)
                        self.keep(cand, self.strip_conjunction(content), i, start, src_end, cue_end)
                    continue
                if (region.stop == "that" and region.at < limit
                        and (words[i - 1] in COMMAS or self.that_follows_source(np_end, region.at))
                        and not any(m in self.cues for m in range(np_end, region.at))):
                    # "…، وحسب آخر الإحصاءات فإن عدد سكانها تجاوز …": a new clause opens at the cue;
                    # "لكن الجديد في الأمر بحسب مصادر «عكاظ» أن …": the أن-clause right after the
                    # source is what it says, the words before only announce it
                    end = self.clause_end(region.at)
                    content = self.content_span(region.at, end) if end > region.at else None
                    if content is not None:
                        self.attach_region(cand, region)
                        self.keep(cand, content, i, start, src_end, cue_end)
                    continue
                fa_clause = (self.fa_clause_after_set_off_source(i, start, np_end, limit)
                             if phrase.kind in ("source", "verb") and phrase.words[0] not in lx.clause_words("as_said") else None)
                if fa_clause is not None:
                    # "…، وحسب البيان فقد أقدم الجاني على …": a new clause opens at the cue (acc35b)
                    content = self.content_span(fa_clause, self.clause_end(fa_clause))
                    self.attach_region(cand, region)
                    if content is not None:
                        self.keep(cand, content, i, start, src_end, cue_end)
                    continue
                lead_cue = self.reporting_lead(first, i, noun=True)
                if (phrase.kind in ("source", "verb") and lead_cue is not None and np_end > start and self.closing_source(i, start, np_end, limit)
                        and not (phrase.kind == "verb" and self.person_source(start, np_end))):
                    # "وتوقعت هيئة الأرصاد استمرار الأمطار، بحسب وكالة الأنباء": the verb's quote, the
                    # agency it came through
                    self.trailing_via[lead_cue] = (max(cue_end, self.x.starts[start]), self.x.ends[np_end - 1])
                    continue

                # "وهو ما دفع الوزارة، حسب مدير البرنامج، ناصر العريني، للتخطيط …، وهي وزارات: …": a source
                # set off inside its clause, its apposition with it, goes on with the clause; a colon further on
                # lists within that clause and opens nothing the source says (acc56)
                apposed = (phrase.kind in ("source", "verb") and region.stop == "colon"
                           and self.apposed_set_source(i, start, np_end, limit) and region.at > np_end + 1)
                if region.stop == "colon" and region.at < limit and phrase.kind != "chain" and not apposed:
                    # "وفي نهاية يونيو وبحسب (واس): لجنة … تزور …": what the colon opens is attributed
                    end = self.clause_end(region.at)
                    content = self.content_span(region.at, end) if end > region.at else None
                    self.attach_region(cand, region)
                    if content is not None:
                        self.keep(cand, content, i, start, src_end, cue_end)
                    continue
                a = self.clause_start(first, i)
                if phrase.words[-1] in VIEW_HEADS:
                    a = self.view_clause_start(a, i)
                cand.closes = (phrase.kind in ("source", "verb") and words[i - 1] in COMMAS and np_end > start
                               and self.only_time_after(np_end, limit))
                reported = self.first_report_object(a, i)
                if reported is not None:
                    a = reported  # "وكانت صحيفة الغد أول من نشر الخبر، نقلا عن …": what was reported
                b = i
                if b > a and all(words[k] in POINTING_BACK for k in range(a, b)):
                    # "جاء ذلك وفقا لما أوردته الوكالة": what came before is attributed
                    content = self.previous_sentence(first)
                    if content is not None:
                        self.keep(cand, self.strip_conjunction(content), i, start, src_end, cue_end)
                    continue
                if phrase.kind != "chain" and self.verb_before_source(a, i, np_end, limit):
                    continue  # "وأكدت الوزارة وفقا لوكالة الأنباء في بيان وقوف …": the outlet of the verb's words
                while b > a and words[b - 1] in POINTING_BACK:
                    b -= 1  # "…، وذلك طبقا لتقرير …", "…، جاء ذلك وفقا لـ": the words point back at the clause
                while b > a and (words[b - 1] in COMMAS or words[b - 1] in DASHES):
                    b -= 1
                relative = self.set_off_relative(i, first, np_end, limit) if region.stop not in ("that", "colon") else None
                if relative is not None:
                    # "ويعتبر كوربين، الذي يقود السباق حسب استطلاع للرأي، أقل المرشحين …": the relative
                    # clause the cue stands in is attributed, not what follows its second comma (acc53a)
                    content = self.content_span(*relative)
                    self.attach_region(cand, region)
                    if content is not None:
                        self.keep(cand, content, i, start, src_end, cue_end)
                    continue
                predicate = self.predicate_after_lead(a, i, np_end, limit) if region.stop not in ("that", "colon") else None
                if predicate is not None:
                    # "لأن الموضوع - وحسب الخبر - منظور …"، "قرية التمور، وبحسب المشرف …، صممت …": set off
                    # after the subject of its clause, the source attributes the predicate that follows it
                    content = self.content_span(predicate, self.clause_end(predicate))
                    self.attach_region(cand, region)
                    if content is not None:
                        self.keep(cand, self.strip_conjunction(content), i, start, src_end, cue_end)
                    continue
                before = i - 1
                while before > a and words[before] in POINTING_BACK:
                    before -= 1  # "…، وذلك بحسب ما كشفت صحيفة «X» نقلا عن …"
                # "…، فبحسب إحصاءات … يبلغ …", "…، وحسب قوله سيعرض …": a cue with its own و / ف opens
                # a new clause that goes on after the source; only a bare cue closes the clause before it
                cue_word = words[i]
                conjoined = (words[i - 1] in ("و", "ف")
                             or (cue_word[:1] in ("و", "ف") and cue_word[1:] in lx.according_phrases()))
                chained = np_end in self.according and self.according[np_end][0].kind == "chain"  # "… نقلا عن …"
                # "…أمس, وفقاً لتقرير فريق الإحصاء 1554 سيارة …": a figure after the source is the clause's own
                figure = (np_end < limit and self.original_word(np_end)[:1].isdigit()
                          and (self.completes_source(np_end - 1) or words[np_end - 1].startswith("بال")))
                closing = words[before] in COMMAS and not conjoined and not chained and not figure
                # a view closes the clause before it: what follows its holder ("حسب رأي الظواهري به في كتابه
                # «…» وشارك …"، "حسب وجهة نظر المغردين وهم للأسف قلة، …") tells more of the holder (acc45c)
                view = phrase.words[-1] in VIEW_HEADS
                resumed = (self.clause_resumes(np_end, limit, after_comma=closing)
                           if region.stop not in ("that", "colon") and not view else None)
                if (resumed is None and region.stop not in ("that", "colon") and words[i - 1] not in COMMAS
                        and phrase.kind in ("source", "verb") and not view):
                    # "وارتفع عدد القتلى بحسب مصادر طبية إلى 50 شخصا": the clause goes on at a preposition
                    # (not after "نقلا عن": "أشارت أرقام … نقلا عن بيانات … إلى …" is the verb's own quote)
                    resumed = self.clause_resumes_at_preposition(start, np_end, limit)
                if region.stop not in ("that", "colon") and self.dashed_source(i, start, np_end, limit):
                    # "وتنص الخطة - بحسب رويترز - كذلك على تعزيز …": set off by dashes, the source
                    # interrupts its clause, which goes on after the closing dash
                    resumed = self.clause_end(np_end + 1)
                if resumed is None and (region.stop not in ("that", "colon") or apposed) and (
                        self.comma_set_source(i, start, np_end, limit) or self.apposed_set_source(i, start, np_end, limit)):
                    # "وستواصل القوات، وفق قائد العملية، التقدم نحو …": set off by commas inside its
                    # clause, the source interrupts it as between dashes
                    resumed = self.clause_end(np_end + 1)
                if resumed is None and region.stop not in ("that", "colon") and self.source_then_comma(i, a, start, np_end, limit):
                    # "وتسببت الاشتباكات وفق عبدالرحمن، بمقتل 10 عناصر": no comma before the source, one after
                    # it, and the clause goes on with a plain word: the source interrupts it
                    resumed = self.clause_end(np_end + 1)
                if resumed is None and region.stop not in ("that", "colon") and self.as_said_cue(phrase) and words[i - 1] in COMMAS:
                    goes_on = self.set_off_continuation(np_end, limit)
                    if goes_on is not None and words[goes_on] not in lx.COMPLEMENTIZERS:
                        # "لكن مع ذلك، كما قالت سارة هوج، رئيسة …، أمام معهد …، يوجد …": past the
                        # title and the place set off after the source, the interrupted clause goes on
                        resumed = self.clause_end(goes_on)
                if resumed is not None:
                    # "ويتضمن جدول الأعمال وفقا لبيان الوزارة مراجعة التقرير …": the phrase interrupts
                    # its clause, which goes on after the source; the whole clause is attributed
                    b = resumed if b > a else b
                content = self.content_span(a, b) if b > a else None
                self.attach_region(cand, region)
            if content is None or not self.says_something(content):
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
            elif self.own_view(start, src_end):
                cand.resolve = "sentence"  # "وحسب رأيه، فإن …": his view, the one already speaking
            else:
                self.attach_np(cand, start, src_end, None, default="previous", char_start=cue_end)
                self.name_relation(cand)
            self.used.add(i)
            self.candidates.append(cand)

    def document_with_outlet(self, start: int, end: int) -> int:
        """End of a source phrase ``[start, end)`` that is a document ("تقرير"، "دراسة": ``outlet_document`` in
        clause_words.tsv, at most one word after it) followed by ل + an outlet: "وبحسب تقرير لوكالة الصحافة
        الفرنسية، يرى محللون …"، "حسب تقرير لـ«رويترز»". The phrase reader stops at the ل of an outlet (whom
        words were told, a via), which cut the source to "تقرير", made the outlet its via and, with a comma or
        a verb after the outlet, the content "لـ«رويترز»" or the words before the source (acc49a); the outlet
        is the document's publisher, part of the source as "بيان لوزارة الخارجية" is in the gold."""
        if not (start < end <= start + 2 and end < self.count and self.words[end].startswith("ل")):
            return end
        documents = lx.clause_words("outlet_document")
        if self.words[start] not in documents and self.words[end - 1] not in documents:
            return end
        via = self.via_at(end)
        return via[0] if via is not None else end

    def conjoined_source_opens_clause(self, i: int, first: int, nxt: int, cue_end: int, limit: int, phrase: Phrase) -> bool:
        """Whether the according-to phrase at ``i``, with its own و / ف right after a comma inside the
        sentence, opens a clause of its own that goes on after the source with no comma between:
        "عثرت الشرطة على جثة …، وبحسب الشرطة وجدت السيدة مشنوقة …"، "…، ووفقا لتقديرات صندوق النقد
        سيرتفع النمو …". The dev gold spans what follows such a conjoined source (a bare "…، بحسب X."
        closes the clause before it); read as closing, the content was the clause before the comma
        and no gold content overlapped it (quotes pass acc46a). Not where the words after the source
        still belong to it (``ends_source_phrase``: where, when, to whom it said it), nor with fewer
        than three words before the next comma ("وبحسب منظمة الأرصاد العالمية للتوقعات بعيدة المدى، سيكون
        …": more of the source), nor past a source of more than six words, which has run on into the
        clause ("وبحسب مصدر عسكري مالي تمكن مواطن أوكراني من الفرار …"). Words on the source before a comma and
        فإن / فقد are the source's ("، وحسب مصادر محلية مؤكدة، فإن …")."""
        words = self.words
        j = i - 1
        if j > first and words[j] in ("و", "ف"):
            j -= 1
        elif not (words[i][:1] in ("و", "ف") and words[i][1:] in lx.according_phrases()):
            return False
        if phrase.kind != "source" or j <= first or words[j] not in COMMAS or nxt >= limit:
            return False
        start = nxt - 1 if nxt - 1 >= 0 and cue_end < self.x.ends[nxt - 1] else nxt
        end = self.parse_np(start, limit, after_l=cue_end > self.x.starts[start])
        end = self.before_fa_clause(start, self.document_with_outlet(start, end))
        end = self.clause_inside_source(start, self.clause_after_fronted_source(start, end))
        if 0 < end - start <= 6 and end + 1 < limit and self.words[end] in COMMAS:
            return self.clause_after_set_off_source(end + 1, limit)
        if end <= start or end >= limit or not self.is_word(end) or (self.ends_source_phrase(end) and end not in self.cues):
            return False
        if sum(1 for m in range(start, end) if self.is_word(m)) > 6:
            return False
        stop = next((m for m in range(end, self.clause_end(end)) if self.words[m] in COMMAS), self.clause_end(end))
        if stop + 1 < limit and self.words[stop] in COMMAS and self.words[stop + 1] in FA_OPENERS:
            return True  # "، وحسب مصادر محلية مؤكدة، فإن فرق عمل …": the فإن opens what the source says
        return sum(1 for m in range(end, stop) if self.is_word(m)) >= 3

    def after_that_pronoun(self, i: int, first: int, phrase: Phrase) -> bool:
        """Whether the according-to phrase at ``i`` (a source or a verb's, not one of a basis: استنادا / تبعا)
        stands right after an أن / إن with its pronoun, a comma between or none: "تجدر الإشارة إلى أنه طبقا
        لصندوق النقد الدولي، فإن الهند …"، "وقال إنه وفقا لسجل الحجوزات … فإن …"، "مبينة أنه حسب الإحصائية …
        فإن عدد المتوفين بلغ …". The أن-clause opens with the source and goes on after it (the pronoun is its
        subject, taken up by the فإن / فقد), so the source attributes what follows it, fronted in that clause;
        read as closing, the content was the lead before the cue alone ("تجدر الإشارة إلى أنه"، "قالت «طيران
        الإمارات» إنه"), which says nothing (session 48, acc48b). Not a bare إن / أن ("إن وفق الهلال …": a
        condition), nor a self cue ("أنه على حد قوله"), nor "وصرح أنه استنادا إلى الأمر السامي … فإن …" (what an
        act rests on)."""
        cue = self.words[i]
        if phrase.kind not in ("source", "verb") or cue in BASIS_CUES or (cue[:1] in ("و", "ف") and cue[1:] in BASIS_CUES):
            return False
        k = i - 1
        if k > first and self.words[k] in COMMAS:
            k -= 1
        return k >= first and self.words[k] in THAT_WITH_PRONOUN

    def clause_after_set_off_source(self, k: int, limit: int) -> bool:
        """Whether token ``k``, right after the comma that closes a conjoined source ("…، وبحسب المصادر، |
        سقط لواء الحمزة …"، "…باحتجاز المرأة، وبحسب البيان، | أغرى رجل …"، "من جهة أخرى، وبحسب تقرير …، |
        يرى محللون أن …"), opens the clause that source attributes: a plain word, not one that still tells
        of the source (a title after a name, "التي …", a place or time: ``ends_source_phrase``), not a word
        with its own و (", ووفقا لمؤسسة …، وباستخدام بيانات …": the source closed the clause before), nor
        the فإن / فقد that the fa- reading already takes, nor a noun (with the article, in ة, a participle or
        noun in م-: "قدمت طهران، وبحسب وكالة …، مبادرة …" sets the source off inside its clause, before the
        object); three words at least before the next comma.
        Read as closing, such a source gave the words before its و as the content, or nothing (session 48,
        acc48a)."""
        words = self.words
        if not self.is_word(k) or words[k][:1] == "و" or words[k] in FA_OPENERS or self.fa_clause_word(k):
            return False
        if (self.ends_source_phrase(k) and k not in self.cues) or words[k] in lx.COMPLEMENTIZERS or words[k] in lx.RELATIVES:
            return False
        if k not in self.cues and (words[k][:1] == "م" or self.noun_word(words[k], self.original_word(k), after_particle=False)):
            return False  # "قدمت طهران، وبحسب وكالة …، مبادرة من أربع نقاط": the object of the clause it interrupts
        stop = next((m for m in range(k, self.clause_end(k)) if words[m] in COMMAS), self.clause_end(k))
        return sum(1 for m in range(k, stop) if self.is_word(m)) >= 3

    def tongue_led(self, i: int, first: int) -> bool:
        """Whether a verb of ``tongue_lead`` ("جاء"، "ورد") stands before "على لسان" at ``i``, at once ("وجاء على
        لسان المتحدث …") or past the demonstrative that points back at the sentence before ("جاء ذلك على لسان
        العضوة المنتدبة للبنك الدولي …", whose content is that sentence; quotes pass acc43)."""
        leads = lx.clause_words("tongue_lead")
        if i > first and self.words[i - 1] in leads:
            return True
        return i - 1 > first and self.words[i - 1] in DEMONSTRATIVES and self.words[i - 2] in leads
    def keep(self, cand, content: tuple[int, int], i: int, start: int, np_end: int, cue_end: int) -> None:
        """Keep ``cand`` attributing ``content``, its source the noun phrase after the cue (or the
        previous speaker)."""
        if not self.says_something(content):
            return
        cand.content = content
        if self.own_view(start, np_end):
            cand.resolve = "sentence"  # "وحسب علمه فإن …": who holds the view, not the word "علمه"
        else:
            self.attach_np(cand, start, np_end, None, default="previous", char_start=cue_end)
        self.used.add(i)
        self.candidates.append(cand)

    def says_something(self, content: tuple[int, int]) -> bool:
        """Whether an according-to content holds a word of its own, outside every according-to phrase:
        "«…» (حسب البيان)." leaves only the bracket before the cue, and "«…»، حسب ما جاء على لسان X"
        read at its "على لسان" only "حسب ما" — no statement, so no quote (every according-to content
        of the dev gold holds three words or more)."""
        phrase_tokens = {k for i, (_, nxt, _) in self.according.items() for k in range(i, nxt)}
        k = self.x.token_at(content[0])
        if self.only_another_source(k, content[1]):
            return False
        while k < self.count and self.x.starts[k] < content[1]:
            if self.is_word(k) and k not in phrase_tokens:
                return True
            k += 1
        return False

    def only_another_source(self, k: int, end: int) -> bool:
        """Whether the tokens from ``k`` to the offset ``end`` are only another according-to phrase and
        its source: "وبحسب صحيفة X نقلا عن مصدر بالوزارة، فإن …" read at "نقلا عن" leaves "بحسب صحيفة
        X" before it, "… وفق تقديرات وزارة الشؤون الاجتماعية؛ على حد قوله" leaves "وفق تقديرات …" — a
        source or a measure, no statement of its own, so no quote of the second phrase (pass accp43)."""
        while k < self.count and self.words[k] in ("و", "ف"):
            k += 1
        if k not in self.according:
            return False
        phrase, nxt, _ = self.according[k]
        last = self.x.token_at(end - 1) + 1  # one past the content's last token
        start = nxt
        if phrase.kind == "verb" and start < last and self.reporting_word(start):
            start += 1  # "حسبما صرحت شركة …"
        np_end = self.parse_np(start, last, after_l=phrase.words[-1] == "ل") if start < last else start
        if np_end <= start:
            return False
        # what may still describe the source: "في تقرير صادر عنها"، "للفترة المتبقية من 2015"
        while np_end < last and (self.words[np_end] in SOURCE_TAIL_PREPS or self.words[np_end].startswith("لل")):
            after = np_end + 1 if self.words[np_end] in SOURCE_TAIL_PREPS else np_end
            tail_end = self.parse_np(after, last, after_l=after == np_end) if after < last else after
            if tail_end <= after:
                break
            np_end = tail_end
        return not any(self.is_word(m) for m in range(np_end, last))

    def set_off_enough(self, i: int, first: int, phrase: Phrase) -> bool:
        """Whether a phrase that attributes only when set off (``set_off_only`` in clause_words.tsv:
        "على ما") opens its sentence or follows a comma or dash: "…، على ما أفاد مصدر عسكري" is a
        source, "يعتمد على ما يكتب في الصحافة" and "الردود على ما اعتبره السوريون" depend on the word
        before (quotes pass 52a). Any other phrase passes."""
        key = " ".join(phrase.words)
        if key[:1] in ("و", "ف") and key[1:] in SET_OFF_ONLY:
            key = key[1:]
        if key not in SET_OFF_ONLY:
            return True
        k = i - 1
        while k >= first and self.words[k] in ("و", "ف"):
            k -= 1
        return k < first or self.words[k] in COMMAS or _dash(self.words[k])

    def reported_before(self, first: int, i: int) -> bool:
        """Whether a third-person reporting verb or participle (a cue outside any quotation) stands
        earlier in the sentence of a self according-to phrase at ``i`` ("على حد تعبيره"، "بحسب قوله"):
        "فيؤكد أن النظرة ليست تشاؤمية (على حد تعبيره)"، "الذي يرى هذا المستشرق أنه سيسود لأنه على حد
        تعبيره أسلوب كامل": the phrase only repeats whose words the verb's quote is, so the verb's quote
        stands alone (the dev gold gives none of these an according-to of its own, 10 articles; it does
        where no verb precedes: "…، حسب قوله.")."""
        return any(k in self.cues and self.cues[k].person == 3 and self.inside[k] < 0 for k in range(first, i))

    @staticmethod
    def as_said_cue(phrase: Phrase) -> bool:
        """Whether an according-to phrase is a "كما / مثلما" registered by :meth:`add_as_said`."""
        return phrase.kind == "verb" and len(phrase.words) == 1 and phrase.words[0] in lx.clause_words("as_said")

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
        if not self.as_said_verb(verb, self.cues.get(verb) or lx.cue_forms().get(self.words[verb])):
            return False  # "كما شكر مساعد المدير الحضور": thanks, not a source
        if not any(self.is_word(k) and self.words[k] not in ("و", "ف") for k in range(first, i)):
            return False
        end = self.parse_np(verb + 1, limit)
        if self.words[verb] in lx.clause_words("not_as_said"):
            return False  # "كما يعتقد البعض": a belief, not a statement
        # tatweel runs written as dashes ("ــ") are folded out of the words: only the gap shows them
        dashed = i > first and self.dash_before(i)
        for k in range(verb + 2, end + 1 if dashed and end < limit else end):
            gap = self.x.original_text(self.x.ends[k - 1], self.x.starts[k])
            if dashed and (_dash(self.words[k]) or self.dash_before(k)):
                # "وسوف تظل ــ كما قال العلماء ــ (هذه البصمة) …"، "وشملت المقترحات ــ كما يبين الجعيد ــ
                # تكليف …": a parenthesis opened by its dash ends at the next; the clause around it is
                # attributed, as the dev gold gives it (07-31#2002, 07-31#1850; pass acc63)
                # a verb the lexicon knows, not one with its object ("- كما قالها تشارلز داروين -": the theory)
                return k > verb + 1 and verb in self.cues and (self.as_said_subject(verb, k, limit) or self.named_before(verb + 1, i))
            if _dash(self.words[k]) or any(c in gap for c in "ـ-–—"):
                # a dash the matching form drops inside the phrase: left to the verb
                return False
        if end <= verb + 1 or not self.as_said_subject(verb, end, limit):
            return False  # "كما اشترطت توفير السكن": the verb's object, not who said it
        if end < limit and self.words[end] in COMMAS:
            goes_on = self.set_off_continuation(end, limit)
            if goes_on is not None and self.words[goes_on] in lx.COMPLEMENTIZERS:
                return False  # "لكن نمو الطلب كما تذكر وكالة الطاقة، بأنه بلغ ذروته": the verb's own quote
        return end >= limit or self.words[end] in COMMAS or self.words[end] in SENTENCE_END or _dash(self.words[end])

    def dash_before(self, k: int) -> bool:
        """Whether a dash stands between token ``k`` and the one before it, as a token or in the gap (tatweel
        runs written as dashes, "ــ", are folded out of the words: only the gap shows them)."""
        return _dash(self.words[k - 1]) or any(c in self.x.original_text(self.x.ends[k - 1], self.x.starts[k]) for c in "ـ-–—")

    def after_dashed_as_said(self, i: int, first: int, np_end: int, limit: int) -> int | None:
        """"وشملت المقترحات ــ كما يبين الجعيد ــ تكليف الأندية …"، "وسوف تظل ــ كما قال العلماء ــ (هذه
        البصمة) …": after a short lead (three words at most from the clause's start) the clause goes on past
        the dash that closes "كما قال X" and that is what is attributed, as the dev gold gives it (07-31#2002,
        07-31#1850); the lead alone ("سوف تظل") was the content. Not where a new clause opens after the dash
        ("… راكب -كما تؤكد المؤسسة- ويتم تسيير …"، "… - بل …"): the source closed the one before (acc63)."""
        if not self.dash_before(i) or np_end >= limit:
            return None
        k = np_end + 1 if _dash(self.words[np_end]) else np_end if self.dash_before(np_end) else None
        if k is not None and k < limit and self.describes_source(k):
            # "– كما كتب دومينيك دوفيلبان - رئيس الحكومة الأسبق - حلّ …": past the source's title in its own dashes
            k = next((m + 1 if _dash(self.words[m]) else m for m in range(k + 1, min(limit, k + 10))
                      if _dash(self.words[m]) or self.dash_before(m)), None)
        if k is None or k >= limit or self.words[k][:1] == "و" or self.words[k] in lx.clause_words("new_clause_after_dash"):
            return None
        a = self.clause_start(first, i)
        lead = [m for m in range(a, i) if self.is_word(m) and self.words[m] not in ("و", "ف")]
        # a lead opened by its و with its verb ("وشملت المقترحات"، "وسوف تظل")، not a subject alone ("والخط"،
        # "5- عدم التفريق"), which the whole clause keeps
        return k if (0 < len(lead) <= 3 and self.words[lead[0]][:1] == "و" and not self.nominal_lead(a, i - 1)) else None

    def named_before(self, k: int, i: int) -> bool:
        """Whether the word at ``k``, the whole source between the dashes of "ــ كما يبين الجعيد ــ", is a
        definite word the text used before token ``i`` ("رئيس النادي عطا الله الجعيد"): a name met
        earlier, not an adverb ("كما ذكرت أعلاه") nor a new plural ("ــ كما تقول الوقائع ــ")."""
        word = self.words[k]
        return self.plain_subject_word(k) and word.startswith("ال") and any(self.words[m] == word for m in range(i))

    def as_said_subject(self, verb: int, end: int, limit: int) -> bool:
        """Whether the phrase from the token after the verb at ``verb`` to ``end`` can be who said it."""
        return (self.subject_like(verb + 1) or self.plural_people(verb + 1) or self.has_entity(self.span(verb + 1, end))
                or self.relation_person(verb + 1, limit))

    def as_said_verb(self, k: int, form) -> bool:
        """Whether the verb at ``k`` after كما / مثلما can have the noun after it for source, in both the
        "كما قال X." passes (:meth:`as_said_closes`, :meth:`closing_pass`): a verb of saying or reporting
        (``as_said_verb`` in clause_words.tsv) or of publishing, not of thanking or demanding ("كما شكر
        X الحضور"); and not a plural form, which carries its own subject — a verb before its subject
        stays singular, so the noun after "كما ذكروا" is what they mentioned ("كما ذكروا فقيدهم")."""
        if form is None:
            return True
        if form.plural:
            return False
        return form.lemma in lx.clause_words("as_said_verb") or self.words[k] in PUBLISHING_VERBS

    def relation_person(self, k: int, limit: int) -> bool:
        """Whether token ``k``, right after كما + a reporting verb, is a person named by a relation and a
        possessive pronoun that closes the clause alone: "…، كما قال والده."، "… بواسطة السم كما تؤكد
        أرملته."، "…، كما يقول منتقدوه، …" (``relation_person`` in clause_words.tsv, or a speaker head
        before the pronoun: "كما قال محاميه"). The dev gold makes these according-to (2015-08-08#1139,
        2015-07-21#1397); "كما أكد التزامه." (an object, no relation) stays no source (quotes pass 54c)."""
        stem = lx.possessive_stem(self.words[k]) if self.is_word(k) else None
        if not stem or not (stem in lx.clause_words("relation_person") or lx.head_kind(stem) in ("title", "anon")):
            return False
        return k + 1 >= limit or self.words[k + 1] in COMMAS or self.words[k + 1] in SENTENCE_END or _dash(self.words[k + 1])

    def name_relation(self, cand: Candidate) -> None:
        """"…، كما قال والده." after "ناشد والد الرهينة …": the speaker is the fuller mention of the same
        relation earlier in the text (the noun before a definite word), as the contract names a speaker;
        with none, the possessed word stays the speaker ("كما تؤكد أرملته")."""
        if cand.np_tokens is None or cand.np_tokens[1] != cand.np_tokens[0] + 1:
            return
        k = cand.np_tokens[0]
        stem = lx.possessive_stem(self.words[k])
        if not stem or stem not in lx.clause_words("relation_person"):
            return
        noun = stem[:-1] + "ه" if stem.endswith("ت") else stem  # أرملت(ه) → أرملة, written ه when matched
        for m in range(k - 2, -1, -1):
            if self.words[m] == noun and self.words[m + 1].startswith("ال") and self.inside[m] < 0:
                cand.np, cand.np_tokens = self.span(m, m + 2), (m, m + 2)
                return

    def set_off_continuation(self, k: int, limit: int) -> int | None:
        """Where a clause interrupted by "كما قالت X" goes on after the source phrase ending at token
        ``k``: "لكن مع ذلك، كما قالت سارة هوج، رئيسة لجنة التدقيق …، أمام معهد …، يوجد «خط رفيع»":
        parts set off by commas that still belong to the attribution (a title or an elative on the
        source, ``describes_source``; where or when it was said, ``attribution_adjunct``) are stepped
        over, and the token after the last comma is returned when the clause goes on there
        (``clause_goes_on``; a complementizer too, which the caller reads), else ``None``."""
        words = self.words
        for _ in range(4):
            if k >= limit or words[k] not in COMMAS:
                return None
            m = k + 1
            if m >= limit or not self.is_word(m):
                return None
            if not (self.describes_source(m) or self.attribution_adjunct(m)):
                return m if words[m] in lx.COMPLEMENTIZERS or self.clause_goes_on(m) else None
            k = next((j for j in range(m + 1, min(limit, m + 11)) if words[j] in COMMAS), limit)
        return None

    def attribution_adjunct(self, k: int) -> bool:
        """Whether token ``k`` opens where or when the words were said ("أمام معهد …", "عقب عودته")."""
        word = self.words[k]
        return word in ADJUNCT_PREPS or word in lx.marker_words("time") or self.attribution_marker(k)

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

    def clause_resumes(self, k: int, limit: int, after_comma: bool = False) -> int | None:
        """End of the clause when it goes on, with at least three words, right after a source
        phrase ending at token ``k`` (no comma between); else ``None``. A source set off by a comma
        before its cue (``after_comma``) and none after it closes its clause: the words right after
        the phrase describe the source ("…، وفقًا لمسح حديث شمل 474 شركة"، "…، حسبما ذكر ضابط طلب
        عدم الكشف عن هويته"), they do not resume the clause (pass acc40)."""
        if k + 1 < limit and self.words[k] in COMMAS:
            goes_on = lx.clause_words("goes_on")
            nxt = k + 2 if self.words[k + 1] == "من" and k + 2 < limit else k + 1  # "، من دون أن"
            if self.words[nxt] in goes_on:
                # "…، حيث تربعت بغداد على رأس القائمة", "…، مما دفع …": the clause goes on
                return self.clause_end(k + 1)
        if after_comma or k >= limit or not self.is_word(k) or self.ends_source_phrase(k):
            return None
        end = self.object_end(k, self.clause_end(k))
        if sum(1 for m in range(k, end) if self.is_word(m)) < 3:
            return None
        return end

    def clause_resumes_at_preposition(self, start: int, k: int, limit: int) -> int | None:
        """End of the clause when a source with no comma on either side interrupts it and the clause goes
        on at token ``k`` with a preposition its verb governs (``resume_prep`` in clause_words.tsv: إلى،
        على, a measure with ب: بنسبة، بواقع) after the source phrase ``[start, k)``: "وارتفع عدد القتلى بحسب مصادر طبية إلى 50 شخصا"، "واستحوذت الصفقات حسب تقرير السوق على
        النسبة الأكبر"، "وتسعى الحكومة وفقا لمصادر إلى تلبية …". :meth:`clause_resumes` stops at every
        preposition (where or when the source spoke: "في بيان"، "على موقعها"), so the content was the lead
        alone ("ارتفع عدد القتلى"), which no gold content overlaps by half: the dev gold spans the whole
        clause with its source inside (2015-07-22#1011، 2015-07-21#160). Not before أن (the source's own
        words), nor an على that says where the source published (``published_on``: "على موقع تويتر"،
        "على الإنترنت"، "على نسخة منه"); at least three words after the preposition, two after a measure (quotes pass acc35:
        the largest class of short according-to contents in the corpus study of pass acc34)."""
        words = self.words
        if k + 1 >= limit or not (words[k] in lx.clause_words("resume_prep") or words[k] in lx.clause_words("resume_measure")) \
                or not self.is_word(k + 1):
            return None
        if words[k + 1] in lx.COMPLEMENTIZERS or k + 1 in self.cues or k + 1 in self.according:
            return None
        if f"{words[k - 1]} {words[k]}" in lx.clause_words("source_takes_prep"):
            return None  # "وفقا لمصادر مطلعة على المفاوضات": the preposition is the source's own
        if any(words[m][:1] == "و" and not words[m].startswith("وال") and self.is_word(m) and m not in self.entity_starts
               for m in range(start + 1, k)):
            return None  # "… وفق الوكالة وأدى إلى خسائر": a second clause read into the source phrase
        published = lx.clause_words("published_on")
        if words[k] == "علي" and (words[k + 1] in published or " ".join(words[k + 1:k + 3]) in published
                                  or lx.possessive_stem(words[k + 1]) in published):
            return None
        end = self.object_end(k, self.clause_end(k))
        least = 2 if words[k] in lx.clause_words("resume_measure") else 3  # "بحوالى 1673 مليار ريال"
        if sum(1 for m in range(k + 1, end) if self.is_word(m) or words[m].isdigit()) < least:
            return None
        return end

    def measure_in_source(self, start: int, end: int) -> int:
        """Cut a source phrase ``[start, end)`` before a measure with its ب (``resume_measure`` in
        clause_words.tsv: بواقع، بنسبة، بمعدل): "وارتفع الإنفاق الحكومي حسب التقرير | بواقع 5 % ليبلغ …" — no
        source name goes on into how much; the measure carries the interrupted clause on
        (:meth:`clause_resumes_at_preposition`). Returns the cut, else ``end``."""
        measures = lx.clause_words("resume_measure")
        return next((m for m in range(start + 1, end) if self.words[m] in measures), end)

    def fa_clause_after_set_off_source(self, i: int, start: int, np_end: int, limit: int) -> int | None:
        """Where the attributed clause begins when an according-to phrase opens a new clause after a comma
        and its source is followed by فقد / فإن or a word with the fa- of a main clause ("…، وحسب البيان
        فقد أقدم الجاني على …"، "…، وبحسب المتحدث الرسمي فقد قامت فرق الدفاع المدني …"، "…، كما يذكر
        قبادي، فقد زادت عمليات التهريب"): the phrase is fronted in its clause, as after a full stop, and
        attributes what follows the فـ, not the clause before the comma (the dev gold: "وحسب عدد من
        الشهود، فقد انفجرت القنبلة …" 2015-07-21#133، "…، وحسب آخر الإحصاءات فإن عدد سكانها …"
        2015-07-21#301, which the أن-branch already read). Before, the content was the clause before the
        comma (quotes pass acc35b: the wrong-side class of the corpus study of pass acc34). ``None`` when
        the cue does not follow a comma, no فـ follows the source, or a reporting verb opens the clause
        (its own quote, through the source). The caller leaves out "كما يقول X، فـ…" and "كما جاء في X،
        فـ…": "as X says" closes the clause before it ("…، كما تقول الاختصاصية، فلا يحدث طلاق …")."""
        words = self.words
        if i == 0 or words[i - 1] not in COMMAS or np_end <= start or not self.fa_follows(np_end, limit):
            return None
        k = np_end
        while k < limit and (words[k] in COMMAS or words[k] in FA_OPENERS or words[k] in ("ان", "بان")):
            k += 1
        if k >= limit or not self.is_word(k) or k in self.cues or k in self.according:
            return None
        if sum(1 for m in range(k, self.clause_end(k)) if self.is_word(m)) < 3:
            return None
        return k

    def that_follows_source(self, np_end: int, after_that: int) -> bool:
        """Whether أن/إن opens right after the source phrase, or after a lone "هو/هي" ("ومن أوجه الخلاف
        بحسب ما أوضحته المصادر هو أن …"): the source's words are that clause (``after_that`` is the token
        after أن)."""
        return np_end < after_that and all(self.words[k] in SOURCE_COPULAS for k in range(np_end, after_that - 1))

    def ends_source_phrase(self, k: int) -> bool:
        """Whether token ``k``, right after a source phrase, still belongs to the attribution rather
        than to the attributed clause: where or when it was said ("في تقرير", "أمس"), to whom
        ("لصحيفة ستاندرد"), a relative clause on the source ("الذي أذيع"), a verb of its own, or the
        فـ that opens the main clause after a fronted source ("فقد وضع شرط …")."""
        word = self.words[k]
        return (word in ADJUNCT_PREPS or word in lx.PREP_WORDS or word in NP_EXTRA_STOPS or word in FA_OPENERS or self.fa_clause_word(k)
                or (word[:1] == "و" and word[1:] in lx.RELATIVES)  # "… والتي عبر من خلالها …" (acc42)
                or word in SELF_WORDS or word[:1] == "ل" or k in self.cues or word in lx.marker_words("time")
                or self.attribution_marker(k) or word in SOURCE_DESCRIBED_BY)

    def attribution_marker(self, k: int) -> bool:
        marker = self.marker_at(k)
        return marker is not None and marker[0].kind in ("via_talk", "via_doc", "audience", "time", "circumstance")

    def quote_of_cue(self, k: int) -> Candidate | None:
        """The candidate whose cue is the verb at token ``k``."""
        start = self.x.starts[k]
        return next((c for c in self.candidates if c.cue is not None and c.cue[0] == start), None)

    def source_is_outlet(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` name a news outlet: a media head ("وكالة"، "صحيفة"، "موقع"; with its ل), a known
        outlet ("«رويترز»"، "تقرير رويترز") or an agency's nisba ("الألمانية"). Quotes pass acc54."""
        for k in range(a, b):
            word = self.words[k]
            if lx.head_kind(word) == "media" or (word[:1] == "ل" and lx.head_kind(word[1:]) == "media"):
                return True
            if self.is_word(k) and _outlet(self.x.original_text(self.x.starts[k], self.x.ends[k])) is not None:
                return True
        return any(self.names_agency_nisba(k) for k in range(a, b))

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
        if subject >= self.count or not (self.subject_like(subject) or self.plain_subject_word(subject)):
            return False  # the verb's speaker must be written: else the source itself spoke
        self.trailing_via[k] = via
        cand = self.indirect_from_cue(k, form)
        # a speaker the lexicon does not know as one ("قال العالم جون سبنسر") must be the phrase the verb's
        # own reading found right after it, with what is said right after that (not "وحسب مصادر …، تتابع
        # الأوضاع في واشنطن، فإن …": a clause describing the sources)
        if cand is None or cand.np is None or (not self.subject_like(subject) and not self.said_after_phrase(cand, subject)):
            self.trailing_via.pop(k, None)
            if cand is not None:
                self.used.discard(k)
            return False
        self.candidates.append(cand)
        return True

    def said_after_phrase(self, cand: Candidate, subject: int) -> bool:
        """Whether ``cand``'s speaker phrase begins at token ``subject`` and what is said follows it at once: a
        colon, a quotation or a complementizer (lead44a)."""
        first, end = cand.np_tokens
        if first != subject or end >= self.count:
            return False
        return self.words[end] == ":" or end in self.open_at or (
            self.words[end] in lx.COMPLEMENTIZERS and self.valid_complementizer(end))

    def plain_subject_word(self, k: int) -> bool:
        """Whether token ``k``, right after a reporting verb that follows a fronted source, may begin the
        verb's own speaker though no head word or name opens it ("وحسب البيان، قال العالم جون سبنسر إن …"،
        "…، قال كبير العلماء آلان ستيرن: …"): a word, not a complementizer, a stop word, a pronoun with a
        preposition or a phrase opened by a preposition — what the verb's reading then finds decides."""
        return (self.is_word(k) and self.words[k] not in lx.COMPLEMENTIZERS and self.words[k] not in lx.NP_STOPS
                and not self.preposition_opens(k) and not self.pronoun_pp_at(k))

    def after_contrast_lead(self, first: int, i: int) -> int:
        """Past a contrastive connective that alone stands between the sentence start and the
        according-to phrase at ``i`` (``contrast_lead`` in clause_words.tsv): "لكن بحسب صحيفة «…»، تم
        اختيار هذا الرمز …"، "ولكن وحسب تسريبات إعلامية، فقد نفى …"، "إلا أنه وفقا لتحليل …، هناك …" — the
        phrase is fronted and attributes the clause after its source; read as a closing source it gave
        the connective alone ("لكن") as the content (quotes pass acc34b: 9 such quotes in the corpus
        study's 8,701 articles, each a miss and a false quote). Returns the token the clause opens at,
        or ``first`` unchanged."""
        # after a comma inside the sentence too ("كانت سوني تتنافس على الحق، ولكن وفقا لتقرير نشر مؤخرا
        # فإن سوني فازت …"): the connective opens a clause of its own, so the phrase is fronted in it; and
        # a sentence adverb or a time word set off by its comma before the phrase ("وبالتالي، وحسب مكتب
        # الإحصاء الأوروبي، يعتبر …"، "واليوم، وفقاً للاستطلاع، يقول …"): no words of the source's own
        # (quotes pass acc39; before, "ولكن" with the clause before its comma, or the adverb alone, was the
        # content)
        k = i - 1
        while k >= first and (self.words[k] in COMMAS or self.words[k] in ("و", "ف")):
            k -= 1
        set_off = k < i - 1 and any(self.words[m] in COMMAS for m in range(k + 1, i))
        start = next((m + 1 for m in range(k, first - 1, -1) if self.words[m] in COMMAS), first)
        words = [m for m in range(start, k + 1) if self.is_word(m) and self.words[m] not in ("و", "ف")]
        if not words or len(words) > 3 or k + 1 - start > 4:
            return first
        lead = " ".join(self.words[m] for m in words)
        bare = lead[1:] if lead[:1] == "و" and len(lead) > 3 else lead
        # the adverb only where it opens the sentence ("…، الأمر الذي لوحظ، اليوم، وفقاً لما جاء في
        # صحيفة …" closes the clause before it)
        adverb = start == first and set_off and (bare in SENTENCE_ADVERBS or lead in lx.marker_words("time"))
        if not (lead in CONTRAST_LEADS or adverb) or ((start > first or adverb) and self.verb_opens_after(i)):
            return first
        return words[-1] + 1

    def contrast_after_source(self, i: int, nxt: int, cue_end: int, limit: int, phrase: Phrase) -> int:
        """"وكانت جبهة النصرة خطفت ثمانية عناصر …، بحسب المرصد، إلا أن وزارة الدفاع الأميركية نفت الأمر.":
        set off by a comma before it and closed by one before a contrastive connective ("إلا أن"، "غير
        أن"، "لكن"), a short source closes the clause before it as at the sentence's end; the contrast
        opens a clause of its own, no words of the source's (quotes pass acc41). The source: after a verb
        ("بحسب ما نقلت «كاثيميريني»"), one that can name a source, or a definite noun ("المرصد"); not a
        bare indefinite ("…، وفق تعاون وتناغم، لكن …": a manner). Returns the comma's token as the
        sentence limit, or ``limit`` unchanged."""
        words = self.words
        if i == 0 or words[i - 1] not in COMMAS:
            return limit
        if cue_end < self.x.ends[nxt - 1]:
            nxt -= 1  # "وفقا لوكالة …": the cue's لـ is the source's first token
        first = self.x.sentence_bounds(i)[0]
        if any(words[m] in CONCESSIVES or words[m].removeprefix("و") in CONCESSIVES for m in range(first, i)):
            return limit  # "رغم غياب ثقافة المسرح، بحسب السليماني، إلا أنهم استطاعوا …": one sentence, one clause
        for k in range(nxt, min(nxt + CONTRAST_REACH, limit - 1)):
            if words[k] in COMMAS:
                after = words[k + 1]
                # "، لكنه تجاهل …" (acc42): the connective with its pronoun
                lead = after in CONTRAST_LEADS or any(after == c + suffix for c in CONTRAST_LEADS for suffix in lx.PRONOUN_SUFFIXES)
                contrast = lead or (after in CONTRAST_THAT and k + 2 < limit and words[k + 2].startswith("ان"))
                named = (phrase.kind == "verb" or self.source_like(nxt, k) or words[nxt].startswith(("ال", "لل"))
                         or (self.latest_word(nxt) and self.source_like(nxt + 1, k)))  # "بحسب آخر حصيلة لـ…" (acc42)
                return k if contrast and named and k > nxt else limit
        return limit

    def verb_opens_after(self, i: int) -> bool:
        """Whether a reporting verb with its إن / أن, colon or quotation further on opens the clause after
        the according-to phrase at ``i`` ("…، ولكن وفقاً لاستطلاع الرأي قال نصف الذين شملهم الاستطلاع إن …"،
        "واليوم، وفقاً للاستطلاع، يقول 70 في المائة … إن …"): that verb's own quote would be nested in the
        source's, so after a comma mid-sentence, and after an adverb, the lead is left as it was (quotes pass
        acc39: read so, the verb's quote was lost in 2 of the corpus articles changed; "يعتبر الرقم هو
        الأقل …" or "فقد نفى المشتبه به كل هذه الاتهامات" with a noun object are no such verbs)."""
        sentence = self.x.sentence[i]
        for k in range(i + 1, min(self.count, i + 12)):
            if self.x.sentence[k] != sentence or self.words[k] in lx.COMPLEMENTIZERS:
                return False
            form = self.cues.get(k)
            if form is not None and form.kind == "verb":
                # with its إن / أن, colon or quotation further on: "يعتبر الرقم هو الأقل …" has none
                return any(self.words[m] in lx.COMPLEMENTIZERS or self.words[m] == ":" or self.words[m] in QUOTE_CHARS
                           for m in range(k + 1, min(self.count, k + 25)) if self.x.sentence[m] == sentence)
        return False

    def fronted(self, i: int, first: int) -> bool:
        """Whether the phrase at ``i`` opens its sentence or clause ("وبحسب …", "…، وحسب …")."""
        k = i - 1
        while k >= first and self.words[k] in ("و", "ف"):
            k -= 1
        return k < first or self.words[k] in COMMAS or self.words[i][:1] == "و"

    def fa_follows(self, k: int, limit: int) -> bool:
        """"وبحسب وصف المدعي العام، فقد …", "ووفقا لنص القانون، فيتم …": the fronted phrase is an adjunct
        of the main clause."""
        while k < limit and self.words[k] in COMMAS:
            k += 1
        return k < limit and (self.words[k] in FA_OPENERS or self.fa_clause_word(k))

    def fa_clause_ahead(self, k: int, limit: int) -> bool:
        """Whether a word of ``fa_clause_heads`` opens the clause at token ``k``, past commas."""
        while k < limit and self.words[k] in COMMAS:
            k += 1
        return k < limit and self.fa_clause_word(k)

    def fa_clause_word(self, k: int) -> bool:
        """Whether token ``k`` is a word with the fa- of a main clause that keeps it as its first word
        ("فهناك", "فربما", "فيتم"; ``fa_clause_heads``): unlike فإن / فقد, it is part of what is said."""
        word = self.words[k]
        return len(word) > 2 and word[0] == "ف" and word[1:] in FA_CLAUSE_HEADS

    def before_fa_clause(self, start: int, end: int) -> int:
        """Cut a source phrase ``[start, end)`` before a word that opens the main clause with its fa-
        ("وبحسب الأرقام الأوروبية | فهناك شخص من بين …"، "وحسب مراقبين | فربما سيحاول المتشددون …"):
        no source goes on past it. Quotes pass q62. Also before a definite noun with that fa- after a
        complete source name (:meth:`fa_definite_subject`, acc46c)."""
        return next((k for k in range(start + 1, end) if self.fa_clause_word(k) or self.fa_definite_subject(k)), end)

    def fa_definite_subject(self, k: int) -> bool:
        """Whether token ``k`` is a definite noun with the fa- of a main clause ("فالمرض"، "فالاتحاد") right after
        a complete source name: "وطبقا لخبراء الصحة العامة بالوزارة | فالمرض ينتقل عن طريق البعوض"، "وحسب مصادر
        «دنيا الرياضة» | فالاتحاد السعودي يفاضل …" — the subject of the clause the source attributes; read on
        into the source, the content lost its subject and verb (quotes pass acc46c). Not a name that opens with
        these letters ("فالح"، "فالنسيا": an entity that takes in the fa-, or too short to carry the article)."""
        word = self.words[k]
        if not (word.startswith("فال") and len(word) >= 6 and k + 1 < self.count and self.is_word(k + 1)):
            return False
        first_char = self.x.original_span(*self.span(k, k + 1))[0]
        if any(m[0] <= first_char < m[1] for m in self.entities):
            return False  # the fa- is the name's own letter; "فالاتحاد السعودي" names the body after its fa-
        return self.completes_source(k - 1) or self.words[k - 1].startswith("بال")

    def fa_opener_ahead(self, k: int, limit: int) -> int | None:
        """"وبموجب اتهام فدرالي يعود إلى ديسمبر 2011 ورفعت عنه السرية فان …", "ووفقا للبيانات الصادرة
        على موقع جودي على الإنترنت فقد ارتفع …": after a fronted source phrase that ends at token
        ``k``, a فإن / فقد (``fa_openers``) a few words further on, with no comma, mark, cue or quotation
        mark before it, opens the attributed clause; the words between still tell what the source is
        (a relative clause, where it was published). Returns that token, else ``None`` (also when it
        follows right at ``k``, which :meth:`fa_follows` reads)."""
        words = self.words
        for m in range(k, min(limit, k + FA_REACH)):
            if words[m] in FA_OPENERS:
                return m if m > k else None
            if words[m] in QUOTE_CHARS and not (m > k and self.via_at(m - 1) is not None):
                # "ووفقا للتقرير الذي أعدته "أرقام" فقد …": a name in quotation marks in the description (acc44);
                # not "بحسب ما أوضحته مصادر لـ«الشرق الأوسط» فإن …", whose outlet the region reads as the via
                continue
            if (not self.is_word(m) or m in self.cues or m in self.according or m in self.nominal
                    or words[m] in lx.COMPLEMENTIZERS or words[m][:1] == "ف"):
                return None
        return None

    def fa_after_comma(self, k: int, limit: int) -> int | None:
        """"ووفقا لمرسومين رئاسيين تم إصدارهما الليلة الماضية، فقد …", "حسب كتاب صدر عنه … بعنوان
        «…»، فإن …": after a fronted source phrase that ends at token ``k``, the words up to a comma
        followed by فإن / فقد (``fa_openers``) still describe the source, and the clause after فإن is
        what it says. Returns the comma's token, else ``None``: when the comma follows right at ``k``
        (:meth:`fa_follows` reads it), or when a sentence end, another mark, a cue, another
        according-to phrase, a complementizer or any other word opening with ف (not "في") comes
        first; quotation marks around a title are stepped over."""
        words = self.words
        for m in range(k, min(limit, k + COMMA_REACH)):
            if words[m] in COMMAS:
                return m if m > k and m + 1 < limit and (words[m + 1] in FA_OPENERS or self.fa_clause_word(m + 1)) else None
            if words[m] in QUOTE_CHARS:
                continue
            if (not self.is_word(m) or m in self.cues or m in self.according or m in self.nominal
                    or words[m] in lx.COMPLEMENTIZERS or (words[m][:1] == "ف" and words[m] not in IN_WORDS)):
                return None
        return None

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

    def after_verb_clause(self, first: int, cue: int, region: Region) -> bool:
        """Whether the according-to phrase at ``cue`` opens a clause of its own after a comma, past the
        إن / أن with which the reporting verb opening the sentence already began its words: "وأضاف
        العلماء أن …، ووفقاً للدراسة، فإن …" — the verb's quote ends at the comma, and the source
        attributes the clause after its فإن (lead15, session 31). Without that complementizer the
        phrase sits between the verb and its words ("وأضافت القناة نقلا عن الشرطة أن …"); without the
        فـ of فإن the source closes the clause before it ("…، وفقا لجريدة اليوم، إضافة إلى أن …")."""
        words = self.words
        that = region.at - 1
        return (cue - 1 > first and words[cue - 1] in COMMAS and that > cue and words[that][:1] == "ف"
                and words[that] in lx.COMPLEMENTIZERS
                and any(words[k] in lx.COMPLEMENTIZERS for k in range(first + 1, cue - 1)))

    def with_year(self, start: int, end: int, limit: int) -> int:
        """The end of a source phrase ``[start, end)`` that stops before the number of its year word
        ("حسب قائمة فوربس لأثرياء العالم لعام | 2014، …"): the phrase reader ends at a number, but the
        year dates the text cited, so the source keeps it, and the words after it no longer read as
        its clause going on past the source (lead15, session 31). Not after في: "بلغت المساحة في عام
        2009 …" is when the clause's event took place, with the source run on into its verb."""
        words = self.words
        if (start < end < limit and words[end - 1] in YEAR_WORDS and len(words[end]) == 4
                and words[end].isdigit() and words[end][0] in "12" and words[end - 2] != "في"):
            return end + 1
        return end

    def previous_sentence(self, first: int) -> tuple[int, int] | None:
        """"… وجرح خمسة. بحسب البي بي سي.": the sentence before one that is only an attribution."""
        if first == 0 or not self.same_paragraph(first - 1, first):
            return None
        a, _ = self.x.sentence_bounds(first - 1)
        if any(c.content[0] <= self.x.starts[a] < c.content[1] for c in self.candidates):
            return None
        end = self.clause_end(a)
        # the whole sentence, not its first clause: "وأكد المتحدث أن …، ولكنه أضاف أن …. بحسب رويترز."
        # reports both quotes, as a source closing the sentence after a comma does
        _, whole = self.x.sentence_bounds(a)
        end = max(end, whole)
        return self.content_span(a, end) if end > a else None

    def dashed_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"لأن الموضوع - وحسب الخبر - منظور …", "إلى 45 % -بحسب مصادر فندقية- بعد أن …": a short
        phrase after بحسب / وفقا لـ between two dashes, with words of its sentence after it, is set
        off like one between commas: the source of the clause it interrupts."""
        if i == 0 or self.words[i - 1] not in DASHES or end - start > 6 or end + 1 >= limit:
            return False
        return self.words[end] in DASHES and self.is_word(end + 1)

    def clause_of_dashed_source(self, i: int, first: int, start: int, np_end: int, limit: int, region: Region) -> int | None:
        """Where the content starts when a source set off by dashes (``dashed_source``) stands right before an
        أن / فإن / فقد that goes on with its clause: after a فإن / فقد, the clause it opens ("ومن هنا - حسب كلام هادي
        البحرة - فإن ما تقوم به تركيا … يندرج …"); after a bare أن, the clause the source interrupts, from its start
        ("وينبغي لهذا العام - حسب بعض التقارير – أن يكون جيدا للذهب"، "تعاطي هذا المقدار من الممكن -كما أوضح
        بيان الشرطة- أن يتسبب …"). :meth:`dashed_source` resumed the clause only where no أن followed, so
        the content was the words before the first dash ("من هنا"، "ينبغي لهذا العام") and what the source
        says was lost (acc49b). ``None`` elsewhere."""
        if region.stop != "that" or region.at != np_end + 2 or not self.dashed_source(i, start, np_end, limit):
            return None
        if self.words[np_end + 1] in FA_OPENERS:
            return region.at
        a = self.clause_start(first, i)
        return a if a < i else None

    def predicate_after_lead(self, a: int, i: int, np_end: int, limit: int) -> int | None:
        """Where the predicate begins after a source set off behind the subject of its clause: "لأن
        الموضوع - وحسب الخبر - منظور من قبل الجهات …"، "ولا شك أن هولاند، كما تقول مصادر الإليزيه،
        سيلتقي روحاني …"، "قرية التمور، وبحسب المشرف على الفعاليات …، صممت …"، "لكنهم على حد قول
        الفيلسوف …، ليسوا …". The lead between the clause's start (the sentence, a comma or a dash) and
        the cue is a subject with no verb (:meth:`nominal_lead`), and after the comma or dash that closes
        the source the clause goes on: the dev gold attributes only what follows the source (07-31#2151,
        08-06#272, 08-01#999, 07-22#1979, 07-21#176; none keeps such a lead), while a verb before the
        source ("وستواصل القوات، وفق حسن، التقدم …", 08-04#65) keeps the whole clause (quotes pass 53b).
        Returns the predicate's first token, else ``None``."""
        words = self.words
        if np_end >= limit or not (words[np_end] in COMMAS or _dash(words[np_end])):
            return None
        if words[np_end] in COMMAS:
            goes_on = self.set_off_continuation(np_end, limit)
            if goes_on is None or words[goes_on] in lx.COMPLEMENTIZERS:
                return None
        else:
            goes_on = np_end + 1
            if goes_on >= limit or not self.is_word(goes_on) or self.describes_source(goes_on):
                return None
            if not (self.clause_goes_on(goes_on) or (goes_on in self.cues and words[goes_on][:1] not in ("و", "ف"))):
                return None  # a verb of saying is the predicate too: "وهو الذي - وفق الدراسات - يعد أقل …"
        b = i
        while b > a and (words[b - 1] in ("و", "ف") or words[b - 1] in COMMAS or _dash(words[b - 1])):
            b -= 1
        lead_start = b
        while lead_start > a and self.is_word(lead_start - 1) and words[lead_start - 1] not in COMMAS:
            lead_start -= 1
        return goes_on if self.nominal_lead(lead_start, b) else None

    def nominal_lead(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are only the subject of a clause, no verb: a particle that takes a
        noun (``nominal_lead_particle``: أن، لأن، لكن …, anything before it) with one to three words of a
        noun after it, or its pronoun alone ("لكنهم"); or, with no particle, a pronoun ("وهو الذي") or one
        to three words headed by a definite noun or one in ة ("قرية التمور")."""
        words = [w for w in self.words[a:b] if w not in ("و", "ف")]
        originals = [self.original_word(k) for k in range(a, b) if self.words[k] not in ("و", "ف")]
        if not words or len(words) > 6:
            return False
        particles = lx.clause_words("nominal_lead_particle")
        pronouns = lx.clause_words("lead_pronoun")
        words = [w[1:] if w[:1] in ("و", "ف") and (w[1:] in particles or w[1:] in pronouns) else w for w in words]
        at = max((k for k, w in enumerate(words) if w in particles), default=None)
        if at is not None:
            rest, rest_originals = words[at + 1:], originals[at + 1:]
            if not rest:
                return words[at].endswith(lx.PRONOUN_SUFFIXES)  # "لكنهم"، "أنها": the subject is the pronoun
            return len(rest) <= 3 and self.noun_word(rest[0], rest_originals[0], after_particle=True)
        if len(words) > 3:
            return False
        if words[0] in pronouns:
            return True
        return self.noun_word(words[0], originals[0], after_particle=False) and not any(w in lx.cue_forms() for w in words)

    @staticmethod
    def noun_word(word: str, original: str, *, after_particle: bool) -> bool:
        """A word that can only be a noun: with the article, or ending in ة; after a particle that takes
        a noun also a name (any word but a present tense, "أن يكون")."""
        original = original[1:] if original[:1] in ("و", "ف") and len(original) > 3 else original
        if word.startswith("ال") or original.endswith("ة"):
            return True
        return after_particle and not (word[:1] in ("ي", "ت", "ن") and len(word) > 2)

    def comma_set_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"وتعود تفاصيل القضية، بحسب ما أوردته صحيفة «الوطن»، إلى …", "ويدعى X، وفقا لصحيفة «مكة»،
        صادف …": a short source between two commas, after words of its clause, interrupts that
        clause when what follows the second comma carries it on: a plain word, not a new clause
        (و/ف, a cue, another source), nor more of the attribution (a time, "نفسه", a relative), nor a
        partitive "من بينهم طفلان" that adds to a clause already complete."""
        return self.interrupts_between_commas(i, start, end, limit, SET_SOURCE_WORDS)

    def interrupts_between_commas(self, i: int, start: int, end: int, limit: int, longest: int) -> bool:
        """Whether the source phrase ``[start, end)`` of the cue at ``i``, at most ``longest`` tokens, stands
        between a comma before its cue and one after it, and what follows that comma carries its clause on."""
        if i == 0 or self.words[i - 1] not in COMMAS or end - start > longest or end + 1 >= limit:
            return False
        if self.words[end] not in COMMAS or not self.is_word(end + 1):
            return False
        return self.clause_goes_on(end + 1) and not self.describes_source(end + 1)

    def apposed_set_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"وهذا يؤدي، بحسب أدي هويس، الرئيس التنفيذي لشركة أفيمد، إلى نهج …"، "وترجع تفاصيل الواقعة، بحسب
        مدير إدارة التحريات، العقيد راشد بورشيد، حينما …": a source between two commas whose phrase holds its
        title or name set off by a comma of its own (the phrase reader keeps the apposition) interrupts its
        clause as a short one does (``comma_set_source``) when what follows the closing comma carries the
        clause on. Before, the content was the lead alone ("هذا يؤدي"; quotes pass acc56)."""
        inner = next((k for k in range(start + 1, end) if self.words[k] in COMMAS), None)
        if inner is None or inner - start > SET_SOURCE_WORDS:
            return False
        return self.interrupts_between_commas(i, start, end, limit, APPOSED_SOURCE_WORDS)

    def view_clause_start(self, a: int, i: int) -> int:
        """Where the clause a view phrase closes begins: after the last comma between ``a`` and the cue at
        ``i`` ("…، تعلم في مصر، كان سرية مؤثرا في التنظيم حسب رأي الظواهري"): a holder's view bears on the
        clause it ends, not on the earlier clauses of a long sentence (quotes pass acc45c). A comma right
        before the cue closes that clause itself, so the one before it is kept."""
        end = i
        while end > a and (self.words[end - 1] in COMMAS or self.words[end - 1] in ("و", "ف")):
            end -= 1
        return next((k + 1 for k in range(end - 1, a - 1, -1) if self.words[k] in COMMAS), a)

    def source_then_comma(self, i: int, a: int, start: int, end: int, limit: int) -> bool:
        """"وتسببت الاشتباكات والتفجيران الانتحاريان وفق عبدالرحمن، بمقتل 10 عناصر …"، "ورفضت الفتاة وفقاً
        لما ورد في لائحة الاتهام، التجاوب مع …": a short source with no comma before it and one after, after
        a short lead of its clause (one to five words), interrupts that clause when what follows the comma
        carries it on (``clause_goes_on``, not an apposition on the source): the whole clause is attributed.
        Before, the content was the lead alone ("تسببت الاشتباكات والتفجيران الانتحاريان"; quotes pass acc34:
        13 of 30 short according-to contents read in the corpus were a lead cut at an interrupting source)."""
        if i == 0 or self.words[i - 1] in COMMAS or end - start > 6 or end + 1 >= limit:
            return False
        if self.words[end] not in COMMAS or not self.is_word(end + 1):
            return False
        lead = sum(1 for k in range(a, i) if self.is_word(k))
        if not 1 <= lead <= 5:
            return False
        return self.clause_goes_on(end + 1) and not self.describes_source(end + 1)

    def clause_goes_on(self, k: int) -> bool:
        """Whether the word at token ``k``, after a comma that closes a source set off inside its
        clause, carries that clause on: a plain word, not a new clause (و/ف, a cue, another source),
        nor more of the attribution (a time, "نفسه", a relative), nor a partitive "من بينهم طفلان"."""
        word = self.words[k]
        return not (word[:1] in ("و", "ف") or k in self.cues or k in self.according or k in self.nominal
                    or word in lx.marker_words("time") or word in SELF_WORDS or word in NP_EXTRA_STOPS
                    or word in FA_OPENERS or word in lx.COMPLEMENTIZERS or self.attribution_marker(k)
                    or word == "من" or word.startswith("منه"))

    def describes_source(self, k: int) -> bool:
        """"…، بحسب مختبرات «سايبر ماتريكس»، أكبر هيئة بحثية بأوروبا": after the second comma, a
        title or an elative (أفعل: أكبر، أبرز) opens an apposition on the source, not the rest of
        the clause it interrupts."""
        word = self.words[k]
        elative = len(word) == 4 and word[0] == "ا" and not word.startswith("ال")
        return lx.head_kind(word) is not None or elative

    def relative_on_source(self, end: int, limit: int) -> bool:
        """Whether a relative pronoun (``relatives`` in word_classes.tsv, also with و: "والتي") opens at token
        ``end``, right after a source phrase, inside its sentence."""
        if end >= limit or not self.is_word(end):
            return False
        word = self.words[end]
        return word in lx.RELATIVES or (word[:1] == "و" and word[1:] in lx.RELATIVES)

    def described_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """Whether a source phrase ``[start, end)`` that closes the clause before its cue at ``i`` is followed
        by a relative clause on it: "… لدى غالبية الناس حسب اوفكوم التي قالت: إن …"، "…، وفق القسام التي
        أشارت إلى أن …". The relative clause tells more of the source (what else it said or
        did), so the source closes its clause as at the sentence's end (:meth:`closing_source`, which a
        relative clause after it failed), where the relative clause makes it a speaker: its first word a
        reporting verb of the third person with no object pronoun, then at once (or past the verb's own
        preposition) its أن / إن, colon or quotation ("اوفكوم التي قالت: …"، "القسام التي أشارت إلى أن …"،
        "جيفتشي الذي اضاف إن …"). Any other relative clause leaves the phrase as it was: after a rule or plan
        it says how it was made ("…، وفقا للمشاريع التي …"، "طبقاً للطلبات المسبقة التي …": 5 false sources
        in the corpus check of days 0:4 when a comma before the cue was let stand for a speaker; "وفقا
        للاتفاقيات … التي أقرتها المنظمة"، "تبعاً للتغيرات التي تحدث في …" when any reporting word was).
        Quotes pass acc42."""
        if end <= start or i == 0 or not self.relative_on_source(end, limit) or end + 1 >= limit:
            return False
        form = lx.cue_forms().get(self.words[end + 1])
        if form is None or form.kind != "verb" or form.person != 3:
            return False
        k = end + 2
        if k < limit and self.words[k] in form.preps:
            k += 1  # "التي أشارت إلى أن …"
        return k < limit and (self.words[k] in lx.COMPLEMENTIZERS or self.words[k] == ":" or self.words[k] in QUOTE_CHARS)

    def closing_place(self, start: int, end: int, limit: int) -> bool:
        """"… وأصيب حوالى 400 في هذه الغارات بحسب أنقرة."، "…، بحسب واشنطن.": a place's name alone (the
        tagger's LOC, one or two tokens, no nisba), closing its sentence after the cue, names that place's
        government, a source, comma or none (:meth:`closing_source` wants a comma). Not a place inside a
        longer phrase ("حسب توقيت مكة": a measure). The tagger also calls some unknown surnames LOC ("…
        “عبر الحدود التركية” بحسب بريزار."، "على حد قول برونهولتز."): read so they are the person named
        earlier, which is right too (corpus check of acc42). Quotes pass acc42."""
        if end - start > 2 or end <= start or not self.only_time_after(end, limit):
            return False
        end_char = self.x.original_span(*self.span(start, end))[1]
        first = self.x.original_span(*self.span(start, start + 1))
        return any(m[3] == "LOC" and first[0] <= m[0] < first[1] and m[1] >= end_char - 1 and (m[0], m[1]) not in self.nisba_spans
                   for m in self.entities)

    def person_source(self, start: int, end: int) -> bool:
        """Whether the subject of "حسبما أفاد / بحسب ما قال" closing a verb's quote is a person or people, named
        or not ("مصدر رسمي"، "أقارب له"، "زوجة الضحية"، "شهود"), not an outlet or a text: the quote is what that
        person told, so the whole sentence, the verb's quote with it, is theirs (the dev gold: 07-23#285 "أعلنت
        السلطات التركية أن …، حسبما أفاد مصدر رسمي الأربعاء.", 08-10#1145), while "…، حسبما ذكرت وكالة
        رويترز" / "بحسب البيان" only name the channel (acc44)."""
        kind = lx.head_kind(self.words[start])
        if kind in ("anon", "title", "honorific") or self.plural_people(start):
            return True
        return kind is None and self.has_entity(self.span(start, end), types=("PER",))

    def own_view(self, start: int, end: int) -> bool:
        """Whether the source read after the cue is one word of its holder's view or words with his pronoun
        (``own_view`` in clause_words.tsv: "رأيه"، "علمه"، "زعمه"، "تصريحاته"): "وحسب رأيه، فإن …"، "لأنه وحسب
        علمه فإن …"، "…، حسب تقديرهما." name no source of their own; the speaker is the one the pronoun points
        back at, found as for "حسب قوله" (the sentence's or the last speaker), not the word "رأيه" (acc44:
        11 such speakers in 18 day files, all wrong before). Which phrases attribute stays as before."""
        if end != start + 1:
            return False
        word = self.words[start]
        return word in OWN_VIEW_WORDS or (word[:1] == "ل" and word[1:] in OWN_VIEW_WORDS)

    def closing_source(self, i: int, start: int, end: int, limit: int) -> bool:
        """"…، بحسب دوغان." / "…، بحسب القرار الاتهامي.": set off by a comma and closing its
        sentence, a short phrase after بحسب/وفقا لـ is the source of the clause before it."""
        if i == 0 or self.words[i - 1] not in COMMAS or end - start > 4:
            return False
        return self.only_time_after(end, limit)

    def closing_plural_source(self, start: int, end: int, limit: int) -> bool:
        """"وتم العثور على مسدس في سيارته وفقا لوثائق المحكمة."، "…، بحسب تقديرات الأكاديمية الصينية
        للعلوم الاجتماعية.": a plural of information, estimates, documents or statements (``closing`` in
        according_sources.tsv) heads the source when its phrase closes the sentence, comma or none,
        however long it runs; inside the clause the same nouns name what something is based on as often
        as who said it ("استنادا إلى معلومات استخباراتية تفطنت القوات …"), so there they stay no source
        (quotes pass acc34: the corpus study found these closing sources missed where the phrase ran past
        four words or no comma set it off)."""
        if end <= start or not self.only_time_after(end, limit):
            return False
        return self.plural_head(start)

    def plural_head(self, k: int) -> bool:
        """Whether token ``k`` is a plural of ``closing`` in according_sources.tsv (information, estimates,
        documents, statements, inquiries), with or without its ل / ب and article."""
        word = self.words[k]
        forms = [word]
        if word.startswith("لل"):
            forms.append("ال" + word[2:])
        if word[:1] in "لب":
            forms.append(word[1:])
        return any(form.removeprefix("ال") in CLOSING_PLURALS for form in forms)

    def opening_plural_source(self, i: int, first: int, start: int, end: int, limit: int) -> bool:
        """"ووفقا للمعلومات الأمنية، كان الزواج …"، "وحسب التحريات الأولية، يبدو أن …"، "وحسب المعلومات
        عثر على السيارة …": a ``closing`` plural (information, estimates, documents, statements, inquiries)
        heads the source also where its phrase opens the sentence (nothing but و / ف before the cue), the
        head is definite, and the clause it attributes follows at once: after one comma a plain word (no
        apposition on the source, no reporting verb, no later "، فإن"), or with no comma a bare verb-like
        word. Inside a clause ("استنادا إلى معلومات استخباراتية تفطنت …") these nouns stay no
        source (acc34's reason for ``closing``), and after a cue of a basis ("واستنادا إلى …") too; opening
        the sentence they are what the clause is told by, as the fa- (فإن / فقد) case already reads them
        (quotes pass acc43)."""
        if end <= start or end >= limit or not self.plural_head(start) or end - start > 5:
            return False
        cue = self.words[i]
        if cue in BASIS_CUES or (cue[:1] in ("و", "ف") and cue[1:] in BASIS_CUES):
            return False  # "واستنادا إلى معلومات استخباراتية، داهمت القوات …": what the act rests on
        if any(self.words[k] not in ("و", "ف") for k in range(first, i)):
            return False
        if not self.words[start].startswith(("ال", "لل")):
            # only a definite head: an indefinite one is what an act rests on ("وطبقا لمعلومات استخباراتية،
            # صعدت قوة من الشرطة الطائرة") or is described by the verb after it ("ووفقا لمعلومات حصلت عليها …")
            return False
        if self.words[end] in COMMAS:
            after = end + 1
            # not "…، ذكرت «أدنوك» أن …" (a verb's own quote), nor "ووفق تصريحات مصدر عسكري، لم يتم ذكر
            # اسمه، …، فإن …" (a clause on the source before the فإن that opens what it says)
            return (after < limit and self.is_word(after) and not self.words[after].startswith("ال")
                    and not self.describes_source(after) and after not in self.according and after not in self.cues
                    and not any(self.words[m] in FA_OPENERS and self.words[m - 1] in COMMAS for m in range(after, limit)))
        return self.plain_clause_word(end, proclitic=True) and end + 1 < limit and self.is_word(end + 1)

    def set_off_relative(self, i: int, first: int, end: int, limit: int) -> tuple[int, int] | None:
        """"ويعتبر كوربين، الذي يقود السباق حسب استطلاع للرأي، أقل المرشحين …"، "الاقتصاد الليبي، الذي يبلغ
        حجمه وفقا لإحصاءات 2010 نحو 80 مليار دولار، يعتمد …": a cue inside a relative clause set off by two
        commas in the middle of its sentence (the clause goes on with a plain word after the second comma)
        attributes that relative clause: neither the predicate after the second comma (read so as a
        subject's, ``predicate_after_lead``) nor the whole sentence. Returns the clause's tokens after the
        relative pronoun up to the second comma, the source inside as an interrupting one is (a figure the
        phrase reader ran into the source stays in the clause), else ``None`` (quotes pass acc53a)."""
        words = self.words
        if i == 0 or words[i - 1] in COMMAS or end <= i or end >= limit:
            return None
        k = i - 1
        while k > first and words[k] not in COMMAS:
            k -= 1
        # two words at least between the pronoun and the cue: "الذي يواجه بحسب شركة …، هجمات …" is a verb
        # whose object follows the source's own comma, the clause not closed there
        if words[k] not in COMMAS or words[k + 1] not in lx.RELATIVES or k + 4 > i or i - k > RELATIVE_REACH:
            return None
        close = next((m for m in range(end, min(limit, end + RELATIVE_REACH)) if words[m] in COMMAS), None)
        if close is None or close + 1 >= limit or not self.is_word(close + 1):
            return None
        if not self.clause_goes_on(close + 1) or self.describes_source(close + 1):
            return None
        return k + 2, close

    def relative_clause_source(self, i: int, first: int, start: int, end: int, limit: int) -> bool:
        """"الذي يقود السباق حسب آخر استطلاعات الرأي، …"، "الذين يقدر عددهم حسب التصريحات الرسمية بمليون
        …، …": a ``closing`` plural or a latest source ("آخر / أحدث" before a source's head), no source
        inside a clause elsewhere, is one inside a relative clause set off by two commas
        (``set_off_relative``): the clause is short and closed, so the phrase does not run into it
        (quotes pass acc53b)."""
        if end <= start:
            return False
        cited = self.plural_head(start) or (self.latest_word(start) and start + 1 < end and self.source_like(start + 1, end))
        return cited and self.set_off_relative(i, first, end, limit) is not None

    def only_time_after(self, end: int, limit: int) -> bool:
        """Whether nothing but a time closes the sentence after the source ending at ``end``: "…، حسبما
        أفاد مصدر رسمي أمس."، "…، وفقا لما ذكرته الوكالة اليوم الثلاثاء.", "… أمس (الاثنين)." — the time
        the source spoke belongs to the attribution, as none at all does (session 30, q82)."""
        time_words = lx.marker_words("time")
        return all(not self.is_word(k) or self.words[k] in time_words for k in range(end, limit))

    def demonstrative_source(self, start: int, limit: int, cue_end: int) -> bool:
        """Whether the source phrase at token ``start`` opens with "this / that / these" (``source_demonstrative``
        in clause_words.tsv, with the cue's ل: "لهذه") before a definite noun: "وبحسب هذا المصرفي، فإن …"،
        "حسبما ذكر هؤلاء المسؤولون."، "وحسب تلك الروايات فقد …". The phrase reader takes a demonstrative only
        before a speaker head, so these sources were lost, or kept as "تلك الصحيفة" where ANNOTATION.md wants the
        full earlier mention the words point back to; from the noun on, the source is read (and a measure, "وفقا
        لهذا القانون", left out) as the definite noun alone is (quotes pass acc50b)."""
        if start + 1 >= limit or not self.is_word(start + 1):
            return False
        word = self.words[start]
        if start < self.count and cue_end > self.x.starts[start]:
            word = _without_lam(word)  # "وفقا لهذه": the cue's ل on the demonstrative
        nxt = self.words[start + 1]
        return word in lx.clause_words("source_demonstrative") and nxt.startswith("ال") and len(nxt) > 3

    def criterion_in_phrase(self, a: int, b: int) -> bool:
        """Whether any word of the phrase ``[a, b)``, with its و, is a ``criterion`` word: "وفقا لهذا النموذج
        المبسط لنظام القبول"، "وفقا لهذا التنظيم والأنظمة المرعية الأخرى" name rules, whatever word heads them
        (acc50b: a demonstrative source is read only where no rule is named in it)."""
        criteria = lx.clause_words("criterion")
        return any(self.criterion_head(k) or self.words[k].removeprefix("و") in criteria for k in range(a, b))

    def past_report_time(self, start: int, limit: int) -> int:
        """"…، بحسب ما أفاد أمس الأربعاء مسؤول محلي …"، "حسبما ذكرت أمس (الجمعة) وكالة …": a time between
        the verb of "بحسب ما / حسبما" and its subject dates the report; the source begins after it. Only
        when a word that can open a noun phrase follows ("بحسب ما ذكر أمس في مؤتمر صحافي" names no one)."""
        time_words = lx.marker_words("time")
        if start >= limit or self.words[start] not in time_words:
            return start
        tail = time_words | lx.marker_words("time_tail")  # "الأسبوع الماضي"; a tail alone ("من") is no time
        k = start
        while k < limit and (self.words[k] in tail or self.words[k] in ("(", ")")):
            k += 1
        if k == start or k >= limit or not self.is_word(k) or self.words[k] in lx.PREP_WORDS or self.words[k] in lx.NP_STOPS:
            return start
        return k

    def verb_before_source(self, a: int, cue: int, np_end: int, limit: int) -> bool:
        """"وأكدت وزارة الخارجية القطرية وفقا لوكالة الأنباء القطرية في بيان أمس وقوف …"، "وقال وون
        بحسب وكالة «يونهاب» «…»": before the phrase at ``cue`` only a reporting verb and its subject, and
        the sentence goes on after the source: what the verb reports follows, and the source is the
        outlet it came through (the gold's via), not the source of the verb and its subject. Not after
        "نقلا عن" (a chain: the source after it speaks, the subject before relays)."""
        form = self.cues.get(a)
        if form is None or form.kind != "verb" or not a + 1 < cue <= a + 1 + SUBJECT_REACH:
            return False  # a longer run is the verb's own words ("أظهرت الفحوصات التي … وجود تمزق …، حسب …")
        if any(not self.is_word(k) or self.words[k] in lx.COMPLEMENTIZERS for k in range(a + 1, cue)):
            return False  # "قال إن …، بحسب …": the verb's words stand before the source
        return any(self.is_word(k) or self.words[k] in QUOTE_CHARS for k in range(np_end, limit))

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
            # "…، كما ذكرت أمس الجمعة مصادر رسمية.": a time between the verb and its subject dates the
            # report, as after "بحسب ما" (past_report_time); the subject follows it (quotes pass acc43)
            subject = self.past_report_time(i + 1, limit) if i + 1 < limit else i + 1
            if subject >= limit or not (self.subject_like(subject) or self.relation_person(subject, limit)):
                continue
            if not self.as_said_verb(i, form):
                continue  # "…، كما توجه بالشكر لوكيل الوزارة."، "…، كما شكرت مالك الوحدات.": thanks, no source
            end = self.parse_np(subject, limit, preps=form.preps)
            if end <= subject:
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
            self.attach_np(cand, subject, end, form, default="previous")
            self.name_relation(cand)
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
        return self.after_opening_particle(self.after_fronted_adverbial(self.after_discourse_opener(a, cue), cue), cue)

    def after_opening_particle(self, a: int, cue: int) -> int:
        """Past a bare إنّ / أنّ that opens the clause at token ``a`` (``opening_particle`` in
        clause_words.tsv): "إن هذه الأصوات … بحسب تقرير الصحف" attributes "هذه الأصوات …", the content
        starting after إن/أن as everywhere in the gold. Only before a noun (with the article, or a
        demonstrative): "إن شاء الله …" is a conditional."""
        words = self.words
        if a + 1 < cue and words[a] in lx.clause_words("opening_particle") and self.is_word(a + 1):
            nxt = words[a + 1]
            if nxt.startswith("ال") or nxt in DEMONSTRATIVES:
                return a + 1
        return a

    def after_fronted_adverbial(self, a: int, cue: int) -> int:
        """Past a phrase of place, time or cause that opens the clause at token ``a`` and is set off by a
        comma ("وفي القاهرة، التقت الوزيرة …، حسب ما أعلنت الخارجية"، "والسبت، هاجم المسلحون …، بحسب
        شهود"، "وبسبب التوتر بين روسيا والغرب …، عززت موسكو …، بحسب مركز …"): a preposition of
        ``fronted_adverbial`` (clause_words.tsv) or a time word, at most ten words with no cue or
        quotation, then the comma and the main clause. The dev gold leaves the phrase out of what a
        closing source says (3 of 3 articles). Not past a complementizer or a new connective."""
        words = self.words
        first = words[a] if a < cue else ""
        bare = first[1:] if first[:1] == "و" and len(first) > 2 else first
        if not (bare in lx.clause_words("fronted_adverbial") or first in lx.marker_words("time")):
            return a
        for k in range(a + 1, min(cue, a + 11)):
            if words[k] in COMMAS:
                m = k + 1
                if m < cue and self.is_word(m) and words[m] not in lx.COMPLEMENTIZERS and words[m][:1] not in ("و", "ف") \
                        and m not in self.according and sum(1 for j in range(m, cue) if self.is_word(j)) >= 3:
                    return m
                return a
            if not self.is_word(k) or k in self.cues or k in self.according or self.inside[k] >= 0:
                return a
        return a

    def after_discourse_opener(self, a: int, cue: int) -> int:
        """Past a connective that opens the clause at token ``a`` ("من جهة أخرى، يحتجز التنظيم …، حسب
        …"، "إلى ذلك قتل أربعة …، بحسب ما أعلنت …"، "كما أن اللعبة لا تعمل …، حسب …"; ``discourse_opener``
        in clause_words.tsv) and its comma: it ties the sentence to the one before, the source did not
        say it. Not "كما أنه …" (the words go on with أن), and never up to the cue. A sentence adverb set off
        by its own comma after it goes too ("وفي السياق نفسه أيضًا، تعمل …"; pass acc57)."""
        words = self.words
        for phrase in DISCOURSE_OPENERS:
            n = len(phrase)
            if a + n < cue and tuple(words[a:a + n]) == phrase:
                k = a + n
                while k < cue and words[k] in COMMAS:
                    k += 1
                if k + 1 < cue and lx.norm(words[k]) in SENTENCE_ADVERBS and words[k + 1] in COMMAS:
                    k += 1
                    while k < cue and words[k] in COMMAS:
                        k += 1
                if k < cue and self.is_word(k) and words[k] not in lx.COMPLEMENTIZERS and not words[k].startswith("ان"):
                    return k
                return a
        return a

    def clause_in_reported_words(self, cand: Candidate, outer: Candidate) -> tuple[int, int] | None:
        """The clause an according-to phrase attributes when it stands inside the words an indirect
        quote reports ("كشفت الحصيلة أن …، وهو تحسن يرجع بحسب وزارة الاقتصاد بفضل …"، "ويرى البعض أن
        …، والدليل على ذلك انحسار المرض حسب الإحصائيات"، "وأوضحوا أن الإدارة أصرت …، وفقا للمحضر …"): the
        speaker cites that source for the clause it closes, from the last comma, colon or conjunction of
        time in the reported words (``when_clause`` in clause_words.tsv, "حيث") and its إن up to the cue — or on to the
        end of the clause it resumes — not the whole sentence with the reporting verb and its subject,
        which the indirect quote keeps. ``None`` when ``cand`` is not such a phrase: it must begin before
        the reported words, with its cue inside them or right after them."""
        if cand.kind != "according_to" or outer.kind != "indirect" or cand.cue is None or cand.closes or cand.trailer:
            return None
        if not (cand.content[0] < outer.content[0] < cand.cue[0]) or self.outlet_source(cand):
            return None
        x, words = self.x, self.words
        first, cue = x.token_at(outer.content[0]), x.token_at(cand.cue[0])
        end = cue
        while end > first and (words[end - 1] in COMMAS or words[end - 1] in DASHES):
            end -= 1
        if any(self.is_word(k) for k in range(x.token_at(outer.content[1]), end)):
            return None  # the cue is not in the reported words nor right after them
        start = first
        for k in range(end - 1, first, -1):
            if words[k] in COMMAS or words[k] == ":" or words[k] in CLAUSE_BOUNDS:
                start = k + 1
                break
        while start < end and words[start] in lx.COMPLEMENTIZERS:
            start += 1  # "حيث إنها العائل الشرعي لهم وفق صك …": what is said begins after إن
        if sum(1 for k in range(start, end) if self.is_word(k)) < 2:
            return None
        stop = cand.content[1] if cand.content[1] <= outer.content[1] else x.ends[end - 1]
        return self.strip_conjunction((x.starts[start], stop))

    def outlet_source(self, cand: Candidate) -> bool:
        """Whether the source of an according-to candidate is an outlet ("صحيفة الحياة"، "لموقع …"): one
        that closes a sentence relays the whole report, who reported included ("اتهم مدير المكتب مسؤولا
        بأنه ساومه … بحسب صحيفة الحياة")."""
        if cand.np_tokens is None:
            return False
        word = self.words[cand.np_tokens[0]]
        after_preposition = _without_lam(word) if word[:1] == "ل" else word[1:] if word[:1] == "ب" else word
        bare_forms = {f.removeprefix("ال") for f in (word, after_preposition)}
        return any(lx.head_kind(f) == "media" or f in lx.clause_words("outlet_head") for f in bare_forms)

    def strip_conjunction(self, content: tuple[int, int]) -> tuple[int, int]:
        """Drop the conjunction و/ف written on the first word of an attributed clause ("وأسفر" → "أسفر")."""
        from khabar.text.segment import split_clitics

        start, end = content
        k = self.x.token_at(start)
        if k < self.count and self.fa_clause_word(k):
            return content  # "فهناك شخص …", "فيتم تجريم …": the dev gold keeps this fa- (2 of 2 articles)
        if k < self.count and self.x.starts[k] == start and self.words[k][:1] in ("و", "ف"):
            template = split_clitics(self.original_word(k))
            if template and template[0][2] == "proclitic" and template[0][3] in ("و", "ف"):
                cut = self.x.starts[k] + 1
                if cut < end:
                    return cut, end
        return content


def _possessed(word: str) -> str | None:
    """The noun a possessive pronoun is written on ("رغبته" → "رغبه", the ta marbuta given back; "فكرهم" →
    "فكر"), else None."""
    stem = lx.possessive_stem(word)
    if not stem or len(stem) < 3:
        return None
    return stem[:-1] + "ه" if stem.endswith("ت") else stem


def _dash(word: str) -> bool:
    """A dash, or a run of tatweel written as one ("ــ كما قال العلماء ــ")."""
    return word in DASHES or (bool(word) and set(word) <= {"ـ"})
