"""Antecedents: which earlier speaker a later speaker phrase refers back to.

:meth:`Antecedents.antecedent` answers for :meth:`khabar.speech.speakers.Speakers.link`: "المصدر
نفسه" is the last source, "المسؤول" or "الحديدي" the official or family name introduced before, a
title naming no one the person named with a shorter title, "الصحيفة"/"الشركة" the last newspaper or
company named; and it refuses when the phrase names someone new ("مسؤول آخر", another person's name,
another country's adjective: :meth:`~Antecedents.new_referent`, :meth:`~Antecedents.other_named_person`,
:meth:`~Antecedents.other_country`).
"""

from __future__ import annotations

from khabar.speech import lexicon as lx
from khabar.speech.candidates import (
    AUXILIARIES,
    COMMAS,
    MAX_NP,
    PLURAL_HEADS,
    Candidate,
    Who,
    _bare,
    _outlet,
)
from khabar.speech.scan import QUOTE_CHARS

BODY_NAME_BREAKS = lx.clause_words("verbal_noun_prep")  # "للإفراج عن": a verbal noun's preposition, no body's name
NAME_ENDING_PREPS = lx.clause_words("name_ending_prep")  # "من", "إلى": never inside a body's name found back
RANKING_WORDS = lx.clause_words("ranking_word")  # "أول / أكبر / أحد" before a head noun: no name follows
STATEMENT_VERB_REACH = 10  # tokens before a statement ("بيانا") its verb of issuing may stand (stmt61)
STATEMENT_NOUNS = lx.clause_words("statement_noun")  # "بيانا"، "بيان": a statement issued (lead46a, stmt61)
GOVERNS_MIN = lx.clause_words("governs_min")  # "القريبة من النظام": an adjective whose من stays in the name

STAGE_NAMES = lx.word_class("stage_names")  # "ويضيف النجم الكويتي": a star re-introduced by nationality, no title
EPITHETS = lx.clause_words("epithet")  # "قائد الفريق المخضرم": describes the holder, names no other
BODY_LINKS = lx.word_class("title_body_links")  # "المتحدث باسم X": the body a definite title is held in follows
PERSON_HEADS = ("title", "honorific", "anon", "pronoun")  # head words of a person, not of a body
NEAR_DEMONSTRATIVES = lx.word_class("near_demonstratives")  # "وأضاف هذا المصدر": the source who spoke before
DEMONSTRATIVE_NON_SPEAKERS = lx.word_class("demonstrative_non_speakers")  # "هذا العدد": a count, no one
DEPENDENT_PREPOSITIONS = lx.word_class("dependent_prepositions")  # "المعلومات المتوفرة في التقرير": the word after it is not the phrase's head
GROUP_ANAPHORS = lx.word_class("group_anaphors")  # "المصادر", "الأوساط": a definite group of unnamed sources
PARTITIVE_PRONOUNS = lx.word_class("partitive_pronouns")  # "يقول بعضهم": some of the group "بعض X" just named
PARTITIVE_QUANTIFIERS = lx.word_class("partitive_quantifiers")  # "بعض" before the group the pronoun stands for
PARTITIVE_GROUP_WORDS = 20  # how far back in the sentence "بعض خبراء الطيران" may stand (words)
REFERRING_ADJECTIVES = lx.word_class("referring_adjectives")  # "الأوساط المشار إليها": points back to the group before
# "رئيس الوزراء" / "رئيس الحكومة", "مفتي الجمهورية" / "مفتي مصر": genitives that restate an earlier mention's (spk62)
GOVERNMENT_WORDS = frozenset(_bare(w) for w in lx.clause_words("government_word"))
STATE_WORDS = frozenset(_bare(w) for w in lx.clause_words("state_word"))
# words a title may run over to the end of its holder's name: eight, or ten when an honorific opens the name
# ("نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز", "مدير جامعة الملك عبدالعزيز المكلف الدكتور
# عبدالرحمن بن عبيد اليوبي"); without one, a name that far is the verb's object ("السفير الإماراتي نقل تحياته
# للشيخ خليفة بن زايد آل نهيان") or a tagger's slip ("ولي العهد … وزير الداخلية برقية تهنئة")
TITLE_TO_NAME_END = 8
TITLE_TO_HONORED_NAME_END = 10


def _nisba_countries(word: str) -> tuple[str, ...]:
    """The country names a nisba may stand for: "مصري" → مصر, "سوري" → سوريا (its ي or يه taken
    off, with or without the country's final alif)."""
    for suffix in ("يه", "ي"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            return stem, stem + "ا"
    return ()


class Antecedents:
    """The earlier speaker a phrase refers back to."""

    def other_body_of_place(self, local: Who, prev: Who) -> bool:
        """"وأوردت الصحف التركية" after "أعلنت السلطات التركية": two phrases whose only entity is the place their
        adjective names (a nisba, "التركية") and whose head nouns differ are two bodies of that place, not one
        speaker (lead43c); "وقالت تركيا" or "مسؤول تركي كبير" after "مسؤول تركي" still are."""
        if not (local.head and prev.head) or _bare(local.head) == _bare(prev.head):
            return False
        return any(eid == local.entity and etype == "LOC" for _s, _e, eid, etype in self.entities)

    def antecedent(self, local: Who, cand: Candidate, history: list[Who]) -> Who | None:
        """The earlier speaker a phrase refers back to ("المسؤول", "الحديدي", "الصحيفة"), if any."""
        a, b = cand.np_tokens
        short = (b - a) <= 3
        if self.same_speaker_phrase(a, b):
            # "وتابع المصدر نفسه": the last "مصدر …" (accp43), else the one who spoke just before, even a
            # named person ("المصادر نفسها": the last group)
            plural = local.plural
            same = self.same_source_word(local, history) or next(
                (prev for prev in reversed(history) if not self.cited(prev) and prev.plural == plural), None)
            if same is not None:
                return same
        cited_last = self.source_cited_last(a, b, local, cand, history)
        if cited_last is not None:
            return cited_last
        if b - a == 1 and self.words[a] in PARTITIVE_PRONOUNS:
            return self.group_before_partitive(a)
        if self.indefinite_source(a, b, local) or self.own_group_mention(a, b):
            return None
        named = self.named_after_nisba(a, b)
        if named is not None:
            # "ونفى المدرب الأرجنتيني" after "الأرجنتيني مارسيلو بييلسا": him, not the bare "المدرب" before
            return next((prev for prev in reversed(history) if named.entity and prev.entity == named.entity), named)
        for prev in reversed(history):
            if not local.plural and self.person_and_others(prev):
                continue  # "أشار المرصد" after "وكان المرصد وسكان قد شكوا": not the group he was in (lead42g)
            if local.entity and prev.entity == local.entity and not self.other_body_of_place(local, prev):
                return prev
            if (not local.words or (short and self.other_country(a, b, prev)) or self.other_named_person(a, b, local, prev)
                    or self.other_untagged_name(a, b, prev) or self.named_after_unnamed(a, b, prev)
                    or (short and self.dependent_in(local, prev))):
                continue
            same_kind = local.kind == prev.kind or local.kind is None or prev.kind is None or local.head == prev.head
            if short and local.head and local.head in prev.words and same_kind and not self.new_referent(a, b, local, prev):
                return self.body_inside(local, prev) or prev
            if short and local.words <= prev.words and not self.institution_in_title(local, prev):
                return prev
            if short and self.joined_variant(a, b, prev):
                return prev
            if not short and self.restates(a, b, local, prev):
                return prev
        if local.kind in ("media", "org") and self.words[a].startswith("ال") and ((b - a) <= 2 or self.described_institution(a, b)):
            earlier = self.nominal_antecedent(a, local.head, local=local)
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
        if b - a == 1 and self.words[a] in lx.marker_words("statement_anaphor"):
            issuer = self.statement_issuer(a) or self.statement_speaker_before(a)
            if issuer is not None:
                return issuer
        if self.generic_anaphor(a, b):
            return next((prev for prev in reversed(history) if self.person_like(prev) and not self.other_country(a, b, prev)), None)
        if self.generic_anaphor(a, b, "anon_anaphor"):
            # "وأكدت المصادر" after "وصرح مصدر مسؤول": sources are not the single source before; with no
            # unnamed group before, the phrase stands alone
            return next((prev for prev in reversed(history) if prev.anonymous and prev.kind == "anon"
                         and (not local.plural or self.plural_source(prev))), None)
        return (self.named_mention_of_head(a, b) or self.titled_mention(a, b) or self.respelled_name(a, b, history)
                or self.named_with_short_title(a, b, history) or self.described_by_country(a, b, history)
                or self.trade_of_last_named(a, b, cand) or self.construct_of_plural(a, b))

    def statement_issuer(self, a: int) -> Who | None:
        """"وحسب البيان" / "وقال البيان" after "أصدرت وزارة الداخلية أمس بيانا بشأن …": the statement
        speaks for whoever the text said issued it: the named subject of a verb of issuing
        (``issuing_verbs``) whose object, a few words on in its sentence, is a statement (``statement_noun``
        in clause_words.tsv), within the three sentences before (lead46a). "أصدرت بيانا" with no named
        subject names no one."""
        issuer = self.named_subject_before(a)
        if issuer is None:
            return None
        first = self.x.token_at(issuer.start)
        verb = first - 1
        while verb >= 0 and self.words[verb] in QUOTE_CHARS:
            verb -= 1
        if verb < 0 or not self.issuing_verb(verb):
            return None
        last = self.x.token_at(issuer.end - 1)
        window = range(last + 1, min(a, last + 8, self.count))
        if any(self.x.sentence[k] != self.x.sentence[first] for k in window):
            return None
        statement = next((k for k in window if self.words[k] in STATEMENT_NOUNS), None)
        if statement is None:
            return None
        # the whole subject phrase where the tagged name is only its start ("الاتحاد السعودي" of "الاتحاد
        # السعودي للكرة الطائرة")
        phrase = self.subject_after_verb(verb, statement)
        if phrase is None or phrase[0] != first or phrase[1] <= last + 1:
            return issuer
        span = (self.x.starts[first], self.x.ends[phrase[1] - 1])
        return self.make_who(Candidate("x", (0, 0), np=span, np_tokens=phrase))

    def statement_speaker_before(self, a: int) -> Who | None:
        """"وقال البيان …" after "وقالت وزارة الداخلية في بيان ان …" (quoted sentences ago, the ministry named
        first further back) or "استنكر مجلس عشائر … وذلك في بيان صحفي": the statement named last, indefinite
        (``statement_noun`` in clause_words.tsv: "في بيان"، "ببيان"، "بيانا"), within the three sentences before,
        is its issuer's — the speaker quoted in that sentence, else the subject of a verb of issuing just before it
        ("أصدرت X بيانا"), else of the verb opening the sentence (stmt61)."""
        sid = self.x.sentence[a]
        nouns = STATEMENT_NOUNS
        k = a - 1
        while k >= 0 and self.x.sentence[k] >= sid - 3:
            word = self.words[k]
            if word in nouns or (word[:1] == "ب" and word[1:] in nouns):
                break
            k -= 1
        else:
            return None
        if k < 0 or self.x.sentence[k] == sid:
            return None
        said = self.said_in_sentence.get(self.x.sentence[k])
        if said is not None:
            return said
        first, _ = self.x.sentence_bounds(k)
        verb = next((m for m in range(k - 1, max(first, k - STATEMENT_VERB_REACH) - 1, -1) if self.issuing_verb(m)), None)
        if verb is not None:
            # "…- سبق- الرياض: أصدرت وزارة الصحة …، بياناً مشتركاً": the verb of issuing's subject, not a byline's
            phrase = self.issuer_before_text(verb, k + 1) or self.subject_after_verb(verb, k)
        else:
            phrase = self.sentence_subject(first, k)
        if phrase is None:
            return None
        span = self.span(*phrase)
        return self.make_who(Candidate("x", (0, 0), np=span, np_tokens=phrase))

    def body_inside(self, local: Who, prev: Who) -> Who | None:
        """"وأوضحت الشركة" after "أوصى مجلس إدارة شركة الخطوط السعودية للتموين": the company named inside
        the earlier phrase, from its head noun on, not the board it was the genitive of (lead38c)."""
        if local.kind not in ("org", "media") or prev.head == local.head or prev.entity is not None:
            return None
        first, last = self.x.token_at(prev.start), self.x.token_at(prev.end - 1) + 1
        if _bare(self.words[first]) not in lx.clause_words("organ_of_body"):
            return None  # "إدارة شرطة ريتشموند" is the police itself
        for k in range(first + 1, last - 1):
            word = self.words[k]
            if _bare(word) == local.head and not word.startswith(("ال", "لل")) and self.is_word(k + 1):
                return self.make_who(Candidate("x", (0, 0), np=(self.x.starts[k], prev.end), np_tokens=(k, last)))
        return None

    def dependent_in(self, local: Who, prev: Who) -> bool:
        """"وأوضح بريمن" after "مسؤولو بريمن", "ونصح التقرير" after "المعلومات المتوفرة في التقرير",
        "وأكد الإعلام الموالي" after "وسائل إعلام تابعة للنظام": a thing or body named by a phrase
        that is no person's title is not an earlier phrase headed by another noun in which its word
        is only a dependent — after a preposition ("في التقرير", "داخل المقاومة") or governed by an
        indefinite group or text noun ("مسؤولو", "مصادر", "وسائل", "بيانات"): those are the officials,
        the sources or the figures of it, another speaker."""
        if local.kind in ("title", "honorific", "anon", "pronoun") or not local.head or (local.entity and prev.entity == local.entity):
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        ks = [k for k in range(pa, pb) if self.is_word(k)]
        if len(ks) < 2:
            return False
        lead = self.words[ks[0]]
        if _bare(lead) == local.head or _bare(lead) in local.words:
            return False
        at = next((j for j, k in enumerate(ks) if _bare(self.words[k]) == local.head), None)
        if at is None or at == 0:
            return False
        after_preposition = self.words[ks[at - 1]] in DEPENDENT_PREPOSITIONS
        if lead[:1] in ("ل", "ب") and not lead.startswith("ال") and lx.head_kind(lead[1:]) in ("anon", "doc"):
            lead = lead[1:]  # "ووفقا لبيانات الشرطة": the source's head carries the cue's ل (lead39l)
        governed = at == 1 and not lead.startswith(("ال", "وال")) and lx.head_kind(lead) in ("anon", "doc")
        return after_preposition or governed or self.office_governs_body(local, lead, self.words[ks[at]], at)

    @staticmethod
    def office_governs_body(local: Who, lead: str, governed: str, at: int) -> bool:
        """"وبحسب المرصد، يسود …" after "مدير المرصد رامي عبد الرحمن": a body no speaker head names ("المرصد"),
        definite and governed by an office right before it ("مدير"، "رئيس"), is where that person works, not the
        person, as ``institution_in_title`` already reads a listed institution; not a name after a title-like
        first name ("غالي" after "مساعد غالي المتحدث الرسمي …"). Quotes pass acc47."""
        return (local.kind is None and at == 1 and governed.startswith("ال") and not lead.startswith(("ال", "وال"))
                and lx.head_kind(lead) == "title")

    def construct_of_plural(self, a: int, b: int) -> Who | None:
        """"وأعلن المنظمون" after "منظمو البطولة", "وقال المحاميان" after "محاميا الأسرة فلان وفلان": a
        definite sound plural or dual alone is the group the text named just before by the same noun
        in construct, where it drops its ن (منظمو / منظمي، محاميا / محاميي), with what it governs
        (the nearest such phrase, within the three sentences before; not one coordinated with another
        noun)."""
        word = self.words[a]
        if b - a != 1 or not word.startswith("ال") or len(word) < 7 or not word.endswith(("ون", "ين", "ان")):
            return None
        stem = word[2:-2]
        forms = {stem + "ا", stem + "ي"} if word.endswith("ان") else {stem + "و", stem + "ي"}
        sentence = self.x.sentence[a]
        for k in range(a - 1, -1, -1):
            if sentence - self.x.sentence[k] > 3:
                return None
            # (not "ومرافقي": a noun coordinated with another shares its genitive, "مرضى ومرافقي المستشفى")
            clitic = self.words[k][:1] in ("ل", "ب") and self.words[k][1:] in forms
            if self.words[k] not in forms and not clitic:
                continue
            if k + 1 >= self.count or not self.is_word(k + 1) or self.words[k + 1] in lx.PREP_WORDS:
                continue  # a construct governs the noun after it
            end = self.parse_np(k, min(self.count, k + MAX_NP), times=True)  # "منظمو البطولة للعام الحالي": not the year
            if end <= k + 1:
                continue
            start, stop = self.span(k, end)
            return self.make_who(Candidate("x", (0, 0), np=(start + clitic, stop), np_tokens=(k, end)))
        return None

    def group_before_partitive(self, a: int) -> Who | None:
        """"إذ يقول بعضهم" after "ولكن بعض خبراء الطيران لا يتفقون …": the pronoun stands for the group of people
        the sentence named just before with "بعض" ("بعض X"، "بعض من X", a human plural), which the gold
        gives as the speaker (2015-07-31.zip#150, 2015-07-21.zip#242, #1795); with none near, the
        quantifier stays (2015-07-24.zip#834 "عرف العرب … وذكر بعضهم")."""
        sentence, seen = self.x.sentence[a], 0
        for k in range(a - 1, -1, -1):
            if self.x.sentence[k] != sentence or seen > PARTITIVE_GROUP_WORDS:
                return None
            if not self.is_word(k):
                continue
            seen += 1
            clitic = self.words[k][:1] in ("و", "ل") and self.words[k][1:] in PARTITIVE_QUANTIFIERS
            if self.words[k] not in PARTITIVE_QUANTIFIERS and not clitic:
                continue
            noun = k + 2 if k + 2 < a and self.words[k + 1] == "من" else k + 1
            if noun >= a or not self.human_plural(self.words[noun]):
                continue
            end = self.parse_np(noun, min(a, noun + MAX_NP), times=True)
            # not a quoted name after it: "بعض من المتابعين بـ«القنوات الهادفة»" is what they call them
            end = next((m for m in range(noun + 1, end) if not self.is_word(m) or m in self.open_at), end)
            while end > noun + 1 and len(self.words[end - 1]) <= 2:
                end -= 1  # the "بـ" written apart before it
            if end <= noun:
                continue
            start, stop = self.span(k, end)
            return self.make_who(Candidate("x", (0, 0), np=(start + clitic, stop), np_tokens=(k, end)))
        return None

    @staticmethod
    def human_plural(word: str) -> bool:
        """A plural of people: a sound masculine plural ("المتشددين") or a person's head word ("خبراء")."""
        return lx.head_kind(word) in ("anon", "title") or (len(word) > 5 and word.endswith(("ين", "ون")))

    def trade_of_last_named(self, a: int, b: int, cand: Candidate) -> Who | None:
        """"وأضاف المحامي أن …" right after "وقال إلمار جيمولا …: «…»", "وقال المدرب" after "وأعلن بييلسا
        استقالته …": a definite title alone (or with a definite adjective: "المختص المالي"), naming no
        one and matching no earlier mention, is the person who spoke last when that person was named
        without a title of his own, or with one holding the same adjective ("إنزو بونتيلو، المحلل المالي
        للمؤسسة") — news prose re-introduces the one it quotes by his trade. Not when another person is
        named since that quote or within 8 words after the title ("المشرف …، منصور البلوي، إلى أن"), when
        the text puts the title before another person's name anywhere ("والتقى المدرب خالد …"), nor
        across more than two sentences. A title with the body it is held in ("أوضح مدرب الهلال" after
        "وقال دونيس"، "وشدد المتحدث باسم قوات التحالف" after "وقال عسيري") is that person too when the
        text introduced him with that body (:meth:`body_of_title`, :meth:`introduced_with`)."""
        words = self.words
        body = self.body_of_title(a, b)
        if body is None:
            if b - a > 2 or not words[a].startswith("ال") or lx.head_kind(words[a]) != "title":
                return None
            if any(not words[k].startswith("ال") or self.country_of(words[k]) or lx.head_kind(words[k]) is not None
                   for k in range(a + 1, b)) or self.has_entity(self.span(a, b)):
                return None
        before = None
        for other in self.candidates:
            if other is cand:
                break
            if other.who is not None and not other.relay and not self.cited(other.who):
                before = other
        if before is None:
            return None
        prev = before.who
        if prev.plural or prev.entity is None or not any(m[2] == prev.entity and m[3] == "PER" for m in self.entities):
            return None
        if body is not None and not self.introduced_with(prev.entity, body):
            return None  # "وقال مدرب النصر" after the Hilal coach spoke: another club's coach
        if body is None and prev.kind is not None and not (prev.kind in ("title", "honorific") and b - a == 2
                                                           and _bare(words[a + 1]) in prev.words):
            return None  # a named person with no title of his own, or one whose title holds the adjective ("المحلل المالي")
        form = cand.form
        if form is not None and form.gender is not None and prev.gender not in (None, form.gender):
            return None
        since = self.x.token_at(before.content[1] - 1) if before.content[1] > before.content[0] else self.x.token_at(before.content[0])
        if since >= self.count or self.x.sentence[a] - self.x.sentence[since] > 2:
            return None
        _, sentence_end = self.x.sentence_bounds(a)
        # a title held in a body the text gave him is his whoever the narration names in between ("وحول غياب
        # سعود كريري … أوضح مدرب الهلال"); only a name set off after it is another holder
        window = self.x.original_span(*self.span(since if body is None else a, min(b + 8, sentence_end, self.count)))
        if any(m[3] == "PER" and m[2] != prev.entity and window[0] <= m[0] < window[1] for m in self.entities):
            return None  # someone else named in between or set off after the title ("المشرف …، منصور البلوي، إلى أن")
        head = _bare(words[a])
        for k in range(self.count - 1):
            if k == a or (_bare(words[k]) != head and not (words[k][:1] in ("و", "ل", "ب") and _bare(words[k][1:]) == head)):
                continue
            eid = self.entity_starts.get(k + 1)
            if eid is not None and eid != prev.entity and eid in self.person_ids:
                return None  # the title is someone else's ("المدرب خالد …")
        return prev

    def body_of_title(self, a: int, b: int) -> frozenset[str] | None:
        """"مدرب الهلال", "المتحدث باسم قوات التحالف": a title and the body it is held in — the
        definite genitive of an indefinite title, or what follows "باسم" after a definite one — with
        no person named in it; the body's words (bare), else None."""
        words = self.words
        if b - a > 5 or lx.head_kind(words[a]) != "title" or self.has_entity(self.span(a, b), ("PER",)):
            return None
        k = a + 1
        if words[a].startswith("ال"):
            if k >= b or words[k] not in BODY_LINKS:
                return None
            k += 1
        elif k >= b or not words[k].startswith("ال"):
            return None
        body = [m for m in range(k, b) if self.is_word(m)]
        if not body or len(body) > 3 or any(lx.head_kind(words[m]) in PERSON_HEADS or self.country_of(words[m]) for m in body):
            return None  # "مدير مكتب الوزير", "مستشار الرئيس": a person, not a body
        return frozenset(_bare(words[m]) for m in body)

    def introduced_with(self, entity: str, body: frozenset[str]) -> bool:
        """Whether the text names the body in the title written before a mention of the person
        ``entity`` ("مدربا النصر … والهلال «اليوناني» جورجيوس دونيس", "الناطق الرسمي باسم قوات التحالف
        المشتركة العميد ركن طيار أحمد عسيري") or in a title set right after it ("فان باستن مدرب الاتحاد"،
        "عسيري، المتحدث باسم قوات التحالف"): the title is his. Not a body the sentence names before him
        in another phrase ("وقادة الحرس الثوري ليسوا سعداء بخطوات روحاني")."""
        x = self.x
        for ms, me, eid, _etype in self.entities:
            if eid != entity:
                continue
            first, last = x.token_at(x.normalized_offset(ms)), x.token_at(max(x.normalized_offset(me) - 1, 0))
            if first >= self.count:
                continue
            opening, _ = x.sentence_bounds(first)
            before = range(max(opening, first - 10), first)
            found = {m: self.body_word(m, body) for m in before}
            if body <= set().union(*found.values(), set()):
                last_body = max(m for m, words in found.items() if words)
                if self.title_run(last_body + 1, first):
                    return True
            after = last + 1 + (last + 1 < self.count and self.words[last + 1] in COMMAS)
            # the title in apposition, not the clause after it
            in_apposition = range(after, min(self.count, after + 5))
            if (after < self.count and lx.head_kind(self.words[after]) == "title"
                    and body <= set().union(*(self.body_word(m, body) for m in in_apposition))):
                return True
        return False

    def body_word(self, m: int, body: frozenset[str]) -> set[str]:
        """The words of ``body`` that token ``m`` is, bare or without a و / ل / ب written on it."""
        word = self.words[m]
        forms = {_bare(word)}
        if word[:1] in ("و", "ل", "ب") and len(word) > 3:
            forms.add(_bare(word[1:]))
        return forms & body

    def title_run(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` between a body and a name go on with the title: marks,
        definite adjectives, titles, and anything after an honorific ("العميد ركن طيار"), no other word
        ("ليسوا سعداء بخطوات")."""
        for m in range(start, end):
            if not self.is_word(m):
                continue
            kind = lx.head_kind(self.words[m])
            if kind == "honorific":
                return True
            if kind != "title" and not self.words[m].startswith(("ال", "وال")):
                return False
        return True

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
        — says nothing new: it is that speaker shortened, however many words it has. A title in the
        construct state is definite too: "وأعرب نائب الأمين العام للجامعة العربية" after "نائب الأمين العام
        للجامعة العربية السفير أحمد بن حلي" is him (session 36, lead36k)."""
        if b - a > 6 or len(local.words) < 2:
            return False
        head = a
        while head + 1 < b and lx.head_kind(self.words[head]) == "honorific":
            head += 1  # "سمو أمير منطقة القصيم", "معالي وزير …": the title after the honorific (lead36o)
        if not self.words[a].startswith("ال") and not (lx.head_kind(self.words[head]) == "title" and prev.entity in self.person_ids):
            return False
        return all(w in prev.words or (w.endswith(("يه", "ي")) and w.rstrip("يه") in prev.words) for w in local.words)

    def described_by_country(self, a: int, b: int, history: list[Who]) -> Who | None:
        """"وأوضح اللاعب الغاني" after "مواطنه الغاني سولي مونتاري": a definite title and a country's
        adjective, naming no one, is the nearest earlier speaker named with that adjective (news
        prose re-introduces a named person by his trade and nationality). Only a named person: an
        unnamed one with that adjective is matched, or not, by its head word."""
        if b - a != 2 or not self.words[a].startswith("ال") or (lx.head_kind(self.words[a]) != "title"
                                                               and self.words[a] not in STAGE_NAMES):
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
        if not names or self.joined_variant(a, b, prev):
            return False  # "أبو رأس" is "أبوراس"
        if names & prev.words:
            return self.other_surname(a, b, pa, pb, prev, names)
        return not any(_vowel_variant(w, p) for w in names for p in prev.words)

    def other_surname(self, a: int, b: int, pa: int, pb: int, prev: Who, names: set[str]) -> bool:
        """"وأشاد الشيخ محمد الخالد" after "الأمير محمد بن نايف": two full names that share a given name
        ("محمد") but end in other names are two people — unless the one's last name is a word of the other
        ("الملك عبدالله" and "الملك عبدالله بن عبدالعزيز", "الرئيس أوباما" and "باراك أوباما") (lead42c)."""
        if len(names) < 2:
            return False
        own = _bare(self.words[max(m for m in range(a, b) if m in self.person_ends)])
        other = _bare(self.words[max(m for m in range(pa, pb) if m in self.person_ends)])
        return own not in prev.words and other not in names and not _vowel_variant(own, other)

    def name_after_title(self, a: int, b: int) -> set[str]:
        """The words of a name written right after a definite title or noun of a person in ``[a, b)``
        ("الطفلة سكينة الباشا" → {سكينه, الباشا}), whether or not the tagger found it: a definite
        noun takes no genitive and its adjectives are definite too, so an indefinite word right
        after it that is no head word, particle or number begins a name ("علي" too, spelt as the
        preposition, when the phrase goes on after it). Empty when there is none."""
        words = self.words
        k = a
        while k < b and lx.head_kind(words[k]) == "honorific":
            k += 1
        if k > a and k < b and not words[k].startswith("ال") and lx.head_kind(words[k]) is None and words[k].isalpha():
            k -= 1  # "المواطن صالح السويلم": the name right after a definite honorific
        elif k >= b or not words[k].lstrip("و").startswith("ال") or lx.head_kind(words[k]) not in ("title", "honorific", None):
            return set()
        m = k + 1
        while m < b and not self.is_word(m):
            m += 1  # "الطفل \"سعيد اليامي\"": the name set off by quotation marks
        if (m >= b or words[m].startswith("ال") or lx.head_kind(words[m]) is not None or words[m] in lx.NAME_PARTICLES
                or (words[m] in lx.PREP_WORDS and m + 1 >= b) or not words[m].isalpha() or len(words[m]) < 3):
            return set()
        return {_bare(words[n]) for n in range(m, b) if self.is_word(n) and words[n].isalpha() and lx.head_kind(words[n]) is None}

    def other_untagged_name(self, a: int, b: int, prev: Who) -> bool:
        """"وتقول الطفلة سكينة الباشا" after "الطفلة شروق العالي", "وقال الطفل علي التاروتي" after
        "الطفل حسين البوعينين": two phrases that put a name right after the same title, with no name
        word in common (nor one spelled with a long vowel more or less, or joined), are two people,
        though the tagger found neither name (``other_named_person`` reads the tagged ones)."""
        if prev.end <= prev.start:
            return False
        mine = self.name_after_title(a, b)
        if not mine:
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        theirs = self.name_after_title(pa, pb)
        if not theirs or _bare(self.words[pa].lstrip("و")) != _bare(self.words[a].lstrip("و")):
            return False
        if self.joined_variant(a, b, prev) or (mine & prev.words and not self.other_family_name(a, b, mine, theirs)):
            return False
        return not any(_vowel_variant(w, p) for w in mine for p in prev.words)

    def named_after_unnamed(self, a: int, b: int, prev: Who) -> bool:
        """"وقال المهاجم دياندري ييلدين" after "وأضاف المهاجم الألماني الدولي السابق" (dq42a): a phrase
        that names someone (a name the tagger found) is not an earlier speaker who was only described,
        with no name, though they share the title: the name brings in someone new. When the earlier
        phrase holds a name, ``other_named_person`` and ``other_untagged_name`` decide."""
        if prev.end <= prev.start or prev.entity is not None:
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        if any(m in self.person_ends for m in range(pa, pb)) or self.name_after_title(pa, pb):
            return False
        mine = {_bare(self.words[m]) for m in range(a, b) if m in self.person_ends or m in self.person_inner}
        if not mine:
            return False  # ("المتحدث تاريخ", "المجموعة بفخر": words after a title that name no one)
        return not (mine & prev.words) and not any(_vowel_variant(w, p) for w in mine for p in prev.words)

    def other_family_name(self, a: int, b: int, mine: set[str], theirs: set[str]) -> bool:
        """"المواطن صالح السويلم" after "المواطن صالح العصفور": two names of two words or more that
        share a first name, neither holding the other, and end in different family names (not one
        spelt with a long vowel more or less) are two people."""
        if len(mine) < 2 or len(theirs) < 2 or mine <= theirs or theirs <= mine:
            return False
        last = _bare(next(self.words[n] for n in range(b - 1, a - 1, -1) if _bare(self.words[n]) in mine))
        return last not in theirs and not any(_vowel_variant(last, w) for w in theirs)

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

    def source_cited_last(self, a: int, b: int, local: Who, cand: Candidate, history: list[Who]) -> Who | None:
        """"…، وفق المصدر." after "…، بحسب بيان لمكتب المحافظ": a bare "المصدر" as an according-to
        source is the one cited just before, a statement or a named person as well as an unnamed source,
        not the last unnamed speaker further back (``anon_anaphor`` alone; pass acc59). None where the
        last speaker is a group, scripture or a news outlet (an outlet is "الصحيفة"، "الوكالة"; "المصدر"
        after "أوردت صحيفة «الديلي ستار» …، وفق ما كشف للصحيفة مصدر سياسي" is the one it quoted)."""
        if not history or not self.bare_cited_source(a, b, local, cand):
            return None
        last = history[-1]
        return None if last.plural or last.kind == "media" or self.cited(last) else last

    def bare_cited_source(self, a: int, b: int, local: Who, cand: Candidate) -> bool:
        """An according-to source that is only the singular "المصدر": it points back and names no one."""
        return (cand.kind == "according_to" and b - a == 1 and not local.plural
                and self.words[a] in lx.marker_words("anon_anaphor"))

    def same_source_word(self, local: Who, history: list[Who]) -> Who | None:
        """"بحسب المصدر نفسه" after "…، بحسب مصدر في وزارة الداخلية. وكانت حصيلة أولية أفادت …": the last
        speaker headed by the same unnamed-source word ("مصدر …"، "مصادر …"), over a named one or a
        document that spoke in between; none where no such speaker came before, or where another unnamed
        one spoke since ("وأكد شهود محليون أن …. وأضافت المصادر ذاتها": the witnesses) (pass accp43)."""
        if not local.head or lx.head_kind(local.head) != "anon":
            return None
        for prev in reversed(history):
            if self.cited(prev):
                continue
            if prev.plural == local.plural and prev.head == local.head:
                return prev
            if prev.anonymous:
                return None
        return None

    def same_speaker_phrase(self, a: int, b: int) -> bool:
        """"المصدر نفسه", "المسؤول ذاته", "المصادر نفسها", "نفس المصدر": a source word and "the same" (not a
        document, "الخبر نفسه", nor an outlet); or "this" before one ("وأضاف هذا المصدر"، "وأكد هذا الناطق
        باسم القوات"), which points back as well."""
        words = self.words
        if b - a >= 2 and words[a] in NEAR_DEMONSTRATIVES:
            return (words[a + 1].startswith("ال") and words[a + 1] not in DEMONSTRATIVE_NON_SPEAKERS
                    and lx.head_kind(words[a + 1]) in ("anon", "title"))
        if b - a == 2 and words[a] in lx.clause_words("same_speaker_before"):
            return words[a + 1].startswith("ال") and lx.head_kind(words[a + 1]) in ("anon", "title")  # "نفس المصدر"
        return (b - a == 2 and words[a].startswith("ال") and lx.head_kind(words[a]) in ("anon", "title")
                and words[a + 1] in lx.clause_words("same_speaker"))

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
        if b - a == 1 and words[a].startswith("ال"):
            return self.sole_holder_of_title(a, b)  # "الوزير" alone: only when one person held it (link39)
        for k in range(a - 1, max(-1, a - 600), -1):
            if _bare(words[k]) != head and not (words[k][:1] in ("و", "ل", "ب") and _bare(words[k][1:]) == head):
                continue
            end = next((e for e in range(k + 1, min(self.count, k + TITLE_TO_HONORED_NAME_END)) if e in self.person_ends), None)
            if end is None or any(not self.is_word(m) for m in range(k + 1, end)):
                continue
            if end >= k + TITLE_TO_NAME_END and not self.honorific_opens_name(k + 1, end):
                continue
            if not self.inside_person_name(end - 1):
                continue  # a full name of two words or more ("سامح شكري"), not a lone word the tagger took for one
            s_, e_ = self.span(k, end + 1)
            if words[k] != words[a] and words[k][1:] == words[a]:
                s_ += 1  # "وأمين الطائف …": not the conjunction
            if self.other_nisba(k, end, rest):
                continue  # "مع وزير الخارجية الإيطالي …" is not who "وزير الخارجية" is
            mention = {_bare(w) for w in self.x.norm[s_:e_].split()}
            unsaid = {w for w in rest if w not in mention and mention.isdisjoint(_nisba_countries(w))}
            if not unsaid or self.place_held_for(unsaid, words[k + 1:end]):
                eid = self.entity_ends.get(end)
                return Who(s_, e_, frozenset(mention), head, "title", False, eid, None, False)
        return None

    @staticmethod
    def place_held_for(unsaid: set[str], title: list[str]) -> bool:
        """"وقال المبعوث الدولي لليمن" after "المبعوث الدولي إسماعيل ولد الشيخ أحمد": the one word of the later
        phrase that the named mention lacks is the place the office is held for, ل + a definite noun
        ("لليمن"، "للسودان") or the genitive it writes with ل ("المدير العام للتعليم بالمنطقة" after "مدير عام
        التعليم بالمنطقة سعيد مخايش"), and the named mention's title gives no such ل-word of its own (then
        "المبعوث الأمريكي لسوريا" is not "المبعوث الأمريكي لليبيا …"). Quotes pass dq53."""
        if len(unsaid) != 1:
            return False
        (word,) = unsaid
        return word.startswith("لل") and len(word) > 4 and not any(w.startswith("لل") for w in title)

    def sole_holder_of_title(self, a: int, b: int) -> Who | None:
        """"وقال الرئيس" after "وصل الرئيس الأمريكي باراك أوباما إلى كينيا …", "وأضاف الوزير" after "عادل الجبير،
        وزير الخارجية": a definite title alone, matching no earlier speaker, is the one person the article
        named before it with that title — the title, then words of its phrase (:meth:`title_goes_on`) up to his
        full name, or the title set right after his name (link39). Not when the title word stands before the
        full name of someone else anywhere before (two holders, "افتتح وزير الصحة … بحضور وزير التعليم …":
        which one is meant is not written; the nearest was taken), nor a title in construct after another
        ("نائب الرئيس جو بايدن" is not the president)."""
        words = self.words
        if b - a != 1 or not words[a].startswith("ال") or lx.head_kind(words[a]) != "title" or a in self.person_ends:
            return None
        head = _bare(words[a])
        found: dict[str, tuple[int, int]] = {}  # entity → (first token, last token) of its titled mention
        others: set[str] = set()
        for k in range(a):
            word = words[k]
            if _bare(word) != head and not (word[:1] in ("و", "ل", "ب") and _bare(word[1:]) == head):
                continue
            before = words[k - 1] if k else ""
            if word[:1] not in ("و", "ل", "ب") and lx.head_kind(before) == "title" and not before.startswith(("ال", "وال")):
                continue  # "نائب الرئيس", "مستشار الوزير": another office
            end = next((e for e in range(k + 1, min(a, k + TITLE_TO_NAME_END)) if e in self.person_ends), None)
            if end is not None:
                first = end
                while first - 1 in self.person_inner and first - 1 > k:
                    first -= 1
                eid = self.entity_ends.get(end)
                if eid is not None and first > k and self.title_goes_on(k + 1, first) and self.inside_person_name(end - 1):
                    found.setdefault(eid, (k, end))
                elif eid is not None and self.inside_person_name(end - 1):
                    others.add(eid)  # (a full name: not a lone word the tagger took for one, "بالأرانب")
                continue
            left = k - 1 - (k >= 2 and words[k - 1] in COMMAS)
            if left >= 1 and left in self.person_ends and self.inside_person_name(left - 1):
                eid = self.entity_ends.get(left)
                if eid is not None:  # "عادل الجبير، وزير الخارجية": the name alone is his mention
                    first = left
                    while first - 1 in self.person_inner:
                        first -= 1
                    found.setdefault(eid, (first, left))
        if len(found) != 1 or others - set(found):
            return None
        ((eid, (first, last)),) = found.items()
        s_, e_ = self.span(first, last + 1)
        if words[first][:1] in ("و", "ل", "ب") and _bare(words[first][1:]) == head:
            s_ += 1  # "وأمين الطائف …": not the conjunction
        return Who(s_, e_, frozenset(_bare(w) for w in self.x.norm[s_:e_].split()), head, "title", False, eid, None, False)

    def title_goes_on(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` between a title and a name go on with the title ("العام للمحكمة
        الافريقية", "عدن الجديد", "الشؤون الاجتماعية د."): words, none a preposition, a reporting verb or أن /
        إن, which end the title's phrase ("قال الوزير إن الأمير …")."""
        forms = lx.cue_forms()
        for m in range(start, end):
            word = self.words[m]
            if not self.is_word(m):
                if word != "." or len(self.words[m - 1]) > 2:
                    return False  # (only the dot of an abbreviation, "د.")
            elif word in lx.PREP_WORDS or word in lx.RELATIVES or word in ("أن", "إن", "ان", "بأن") or word in forms:
                return False
        return True

    def honorific_opens_name(self, first: int, end: int) -> bool:
        """Whether a person's name the tagger found starts right after an honorific between tokens
        ``first`` and ``end`` ("… الأمير محمد بن نايف", "… الدكتور عبدالرحمن اليوبي")."""
        return any(lx.head_kind(self.words[m]) == "honorific" and m + 1 in self.entity_starts
                   and self.entity_starts[m + 1] in self.person_ids for m in range(first, end))

    def named_after_nisba(self, a: int, b: int) -> Who | None:
        """"ونفى المدرب الأرجنتيني …" after "أعلن الأرجنتيني مارسيلو بييلسا …", "وقال الرئيس الجزائري"
        after "من نظيره الجزائري عبد العزيز بوتفليقة": a title and a country's nisba, naming no one,
        is the one person the text introduced before with that nisba right before his name, with no
        other office in front of it (only when exactly one such person came before: two of them leave
        it unresolved)."""
        words = self.words
        if b - a != 2 or lx.head_kind(words[a]) != "title" or not self.country_of(words[a + 1]):
            return None
        nisba = _bare(words[a + 1])
        found: Who | None = None
        for k in range(a - 1, max(-1, a - 600), -1):
            if _bare(words[k]) != nisba or k + 1 >= a or k + 1 not in self.entity_starts:
                continue
            before = words[k - 1] if k else ""
            if _bare(before) != _bare(words[a]) and (lx.head_kind(before) in ("title", "honorific") or before.startswith("ال")):
                continue  # "وزير الخارجية الأمريكي جون كيري" holds another office than "الرئيس الأمريكي"
            end = next((e for e in range(k + 1, min(a, k + 6)) if e in self.person_ends), None)
            if end is None or not self.inside_person_name(end - 1) or self.entity_starts[k + 1] not in self.person_ids:
                continue  # a full name of two words or more that the tagger found, right after the nisba
            s_, e_ = self.span(k, end + 1)
            who = Who(s_, e_, frozenset(_bare(w) for w in self.x.norm[s_:e_].split()), _bare(words[a]), "title", False,
                      self.entity_ends.get(end), None, False)
            if found is not None and found.entity != who.entity:
                return None  # two people of that country: which one is meant is not written
            found = found or who
        return found

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
        if b - a == 1 and lx.head_kind(words[a]) == "title":
            return self.sole_holder_of_title(a, b)  # "الرئيس" alone: only when one person held it (link39)
        head = words[a]
        for k in range(a - 1, max(-1, a - 600), -1):
            if words[k] != head and not (words[k][:1] in ("و", "ل", "ب") and words[k][1:] == head):
                continue
            if k and words[k - 1] in lx.word_class("addressed_honorifics"):
                continue  # "برقية تهنئة لجلالة الملك محمد السادس": whom the cable is to, not "الملك المفدى" who sent it
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

    def own_group_mention(self, a: int, b: int) -> bool:
        """"وذكرت المصادر الخاصة", "تقول الأوساط الفرنسية": a definite group of unnamed sources
        (``group_anaphors`` in ``data/word_classes.tsv``) with a definite adjective of its own is a mention of
        its own, not the earlier group ("مصادر في المقاومة", "أوساط إعلامية وبحثية فرنسية"): the gold
        keeps it. So too a definite group of people or bodies ("السلطات التركية" after "سلطات إقليم كردستان
        العراق", "الخبراء المكلفون" after "الخبراء السويسريين": a listed plural head or a sound masculine
        plural; session 28, q72). Not "المصادر نفسها" (the same group), "الأوساط المشار إليها" (an adjective
        that points back) nor a relative clause ("المصادر التي رفضت")."""
        words = self.words
        if b - a < 2 or not (words[a] in GROUP_ANAPHORS or self.definite_group(a)):
            return False
        adjective = words[a + 1]
        return (adjective.startswith("ال") and adjective not in lx.clause_words("same_speaker")
                and adjective not in REFERRING_ADJECTIVES and adjective not in lx.RELATIVES and lx.head_kind(adjective) is None)

    def definite_group(self, a: int) -> bool:
        """"السلطات", "الخبراء", "المسؤولون": a definite plural of bodies or people."""
        word = self.words[a]
        return word.startswith("ال") and (_bare(word) in PLURAL_HEADS or self.sound_plural_people(a))

    def plural_source(self, who: Who) -> bool:
        """Whether an earlier speaker is a group that "المصادر" can refer back to: plural by its verb or
        head, or opening with a plural noun ("مسؤولون في الوزارة", "مصادر مطلعة")."""
        first = self.x.norm[who.start:who.end].split()[:1]
        word = first[0].removeprefix("و") if first and first[0].startswith("وال") else (first[0] if first else "")
        word = word.removeprefix("ال")
        return who.plural or word in PLURAL_HEADS or (len(word) >= 5 and word.endswith(("ون", "ين")))

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
        if extra and local.head == prev.head:
            definite = {_bare(self.words[k]) for k in range(a + 1, b) if self.words[k].startswith("ال")}
            extra = {w for w in extra if not self.genitive_restated(w, prev, w in definite)}
        return bool(extra)

    def genitive_restated(self, word: str, prev: Who, definite: bool = True) -> bool:
        """Whether ``word`` (bare), a genitive of a construct phrase headed like ``prev``, only restates what
        ``prev`` said after that head (spk62): the same word without the ل of a genitive with ل ("وكالة
        مكافحة الفساد" for "الوكالة الماليزية لمكافحة الفساد"), a word of the same office's body
        (``government_word`` in clause_words.tsv: "رئيس الوزراء" for "رئيس الحكومة التركية أحمد داود أوغلو"),
        or a word for the state (``state_word``: "مفتي الجمهورية" for "مفتي مصر"، "رئيس البلاد" for "الرئيس
        التركي") where the word right after ``prev``'s head is a country's name or nisba. Those two only written with
        the article (``definite``): "رئيس جمهورية بنغلاديش" names its own country."""
        if "ل" + word in prev.words or "لل" + word in prev.words:
            return True
        if prev.end <= prev.start:
            return False
        pa, pb = self.x.token_at(prev.start), min(self.x.token_at(prev.end - 1) + 1, self.count)
        at = next((k for k in range(pa, pb) if _bare(self.words[k]) == prev.head), None)
        after = next((k for k in range(at + 1, pb) if self.is_word(k)), None) if at is not None else None
        if after is None or not definite:
            return False
        governed = _bare(self.words[after])
        if word in GOVERNMENT_WORDS:
            return governed != word and governed in GOVERNMENT_WORDS
        if word in STATE_WORDS:
            return self.country_of(self.words[after]) is not None or self.has_entity(self.span(after, after + 1), types=("LOC",))
        return False

    def indefinite_source(self, a: int, b: int, local: Who) -> bool:
        """An unnamed source or document in the indefinite ("وقالت مصادر"، "وقال سكان"، "وقال مواطنون"،
        "وقال مسؤول سعودي"، "وأظهرت بيانات رسمية") brings in a source of its own, never one named
        before: the gold gives it its own mention even after "مصادر محلية"، "سكان في العاصمة صنعاء"،
        "رصد مواطن"، "مسؤولون سعوديون"، "بيانات رسمية صدرت" ("المصادر"، "السكان" refer back). Not when
        a definite genitive makes the head definite ("مسؤول الكوملة العسكري"), nor a name."""
        first = self.words[a]
        if lx.head_kind(first) not in ("anon", "doc") or first.startswith(("ال", "وال", "فال")) or local.entity:
            return False
        return not (a + 1 < b and self.words[a + 1].startswith("ال"))

    def nominal_antecedent(self, before: int, head: str, *, local: Who | None = None) -> Who | None:
        """"الصحيفة" with no earlier speaker: the last "صحيفة X" named in the text before it; "الشركة"
        also the last company a share was named for ("وهوى سهم البحر الأحمر لخدمات الإسكان … وأعلنت
        الشركة"), within the two sentences before. With ``local`` (the phrase that refers back), also a body
        named before with the article ("وقالت المنظمة" after "أطلقت المنظمة الدولية للهجرة …",
        :meth:`definite_body_name_end`) when no other body with that head is written (:meth:`other_body_named`)
        and the phrase gives it no adjective of its own (:meth:`own_adjective`) (link39)."""
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
            if (_bare(word) == head and not bare_word.startswith("ال") and bare_word[:1] not in "ل"
                    and not (k and self.words[k - 1] in RANKING_WORDS)):  # "أول شركة تقدم …" names no company (lead38k)
                # (a time after the name ends it: "وأمرت المحكمة شركة النقل الوطنية في مارس" names the company, sp47a)
                end = self.parse_np(k, min(self.count, k + 8), fi_times=True)
                end = next((m for m in range(k + 2, end) if self.name_found_back_ends(k, m)), end)
                if end > k + 1:
                    cand = Candidate("x", (0, 0), np=self.span(k, end), np_tokens=(k, end))
                    return self.make_who(cand)
            if local is not None and _bare(word) == head and bare_word.startswith("ال"):
                end = self.definite_body_name_end(k, before)
                if end > k + 1:
                    found = self.make_who(Candidate("x", (0, 0), np=self.span(k, end), np_tokens=(k, end)))
                    # "الحكومة التونسية" is not "الحكومة المصرية …": an adjective of its own the name lacks
                    if not (self.own_adjective(local, found) or self.other_body_named(k, before, head, found)):
                        return found
                    local = None  # two bodies with that head: which one is not written; the nearest "X …" as before
        return self.named_company_before(before) if head == "شركه" else None

    def own_adjective(self, local: Who, found: Who) -> bool:
        """Whether the phrase ``local`` gives its head a nisba adjective (singular, "التونسية") that the body's
        name ``found`` lacks: another body with that head ("الحكومة التونسية" is not "الحكومة المصرية …") (link39)."""
        first, last = self.x.token_at(local.start), self.x.token_at(max(local.end - 1, local.start))
        return any(self.words[m].startswith("ال") and self.words[m].endswith(("ي", "يه")) and _bare(self.words[m]) not in found.words
                   for m in range(first + 1, min(last + 1, self.count)))

    def definite_body_name_end(self, k: int, before: int) -> int:
        """End of a body's name written with the article from its head noun at ``k`` ("المنظمة الدولية
        للهجرة", "المجلس الأعلى للقضاء", "الرئاسة العامة لرعاية الشباب"): definite adjectives, a genitive
        with ل and the definite words after it; else the name the tagger found from there ("البنك الدولي");
        ``k + 1`` when the words after the head only describe it ("الوزارة المعنية") (link39)."""
        words = self.words
        limit = min(self.count, k + 8, before)
        m = k + 1
        while m < limit and self.definite_name_word(m, ("ال",)):
            m += 1
        if k + 1 < m < limit and words[m].startswith("ل") and words[m] not in lx.PREP_WORDS and lx.head_kind(words[m]) is None:
            definite = words[m].startswith("لل")
            m += 1
            while m < limit and self.definite_name_word(m, ("ال", "وال", "لل")):
                m += 1
            # "لرعاية الشباب" has its genitive; "تصنيف الحكومة التونسية لتنظيم «…»"، "للإفراج عن": the verbal noun's object
            governed = definite or (m > k + 1 and words[m - 1].startswith(("ال", "وال")))
            if governed and not (m < self.count and words[m] in BODY_NAME_BREAKS):
                return m
            return k + 1
        tagged = self.entity_starts.get(k)
        if tagged is None or not any(e[2] == tagged and e[3] == "ORG" for e in self.entities):
            return k + 1
        end = next((e for e in range(k + 1, limit) if self.entity_ends.get(e) == tagged), None)
        # the tagger's name: the head's own definite adjectives only, the first agreeing with it ("موقع الكلية
        # الالكتروني …" is the site's; "المؤسسة والهلال الأحمر" two bodies)
        if end is None or not all(words[m].startswith("ال") and words[m].isalpha() for m in range(k + 1, end + 1)):
            return k + 1
        if words[k].endswith("ه") and not words[k + 1].endswith("ه"):
            return k + 1
        if k and lx.head_kind(words[k - 1]) is not None and words[k - 1].endswith("ه") == words[k + 1].endswith("ه"):
            return k + 1  # "مركز الاتحاد الإعلامي": the adjective may be the governing noun's (not "رئيس المفوضية الأوروبية")
        while end + 1 < limit and words[end + 1].startswith("ال") and words[end + 1].endswith(("ي", "يه")) and self.country_of(words[end + 1]):
            end += 1  # "البنك السعودي الفرنسي": the tagger stopped one adjective short
        return end + 1

    def definite_name_word(self, m: int, starts: tuple[str, ...]) -> bool:
        """Whether token ``m`` goes on with a body's name written with the article: a word opening with one of
        ``starts``, no head word, and not "الي" (إلى), "التي" / "الذي" written with the article's letters (link39)."""
        word = self.words[m]
        return (word.startswith(starts) and lx.head_kind(word) is None and word not in BODY_NAME_BREAKS
                and word not in lx.PREP_WORDS and word not in lx.RELATIVES)

    def other_body_named(self, k: int, before: int, head: str, found: Who) -> bool:
        """Whether the text, before token ``before``, writes the head noun of the body ``found`` (named at ``k``)
        with a word after it that is not in that name — another body, or the same one told apart by
        another word ("وقعت جامعة الملك سعود اتفاقية مع جامعة الملك عبدالعزيز"، "اللجنة التجارية" and "لجنة
        الصيدليات" before "وأوصت اللجنة"): which one is meant is not written (link39)."""
        first, last = self.x.token_at(found.start), self.x.token_at(max(found.end - 1, found.start))
        for m in range(before):
            if first <= m <= last or m + 1 >= self.count:
                continue
            word = self.words[m]
            stem = word[1:] if word[:1] in ("و", "ل", "ب", "ك") and len(word) > 4 and _bare(word[1:]) == head else word
            if _bare(stem) != head or not self.is_word(m + 1):
                continue
            nxt = self.words[m + 1]
            qualified = self.definite_name_word(m + 1, ("ال", "لل")) or not (
                stem.startswith("ال") or nxt in lx.PREP_WORDS or nxt in lx.NP_STOPS or nxt in lx.RELATIVES)
            if qualified and _bare(nxt) not in found.words and lx.head_kind(nxt) is None and not self.reporting_verb(m + 1):
                return True
        return False

    def name_found_back_ends(self, k: int, m: int) -> bool:
        """Whether a body's name found back from its head noun at ``k`` ends before token ``m``: before the
        reporting verb it is the subject of ("وكان تنظيم القاعدة تحدث أمس …", lead37h); a comma, after which
        comes what the body did or named ("دشنت شركة المياه الوطنية، «الفرع الإلكتروني»", lead38d; not a
        quotation, most often the body's own name: "«نوكيا»"); "من / إلى", the verb's ("اقترب نادي الوحدة
        السعودي من الظفر …"; not after "القريبة من النظام", lead38i); the verb's object (lead38k); or a relative
        pronoun, which opens a clause about it ("شركة أيه.إم.دي والتي تقول …", lead39k)."""
        word = self.words[m]
        return (self.reporting_verb(m) or word in COMMAS or word in lx.RELATIVES or word.removeprefix("و") in lx.RELATIVES
                or (word in NAME_ENDING_PREPS and self.words[m - 1] not in GOVERNS_MIN)
                or self.object_after_body_name(k, m))

    def object_after_body_name(self, k: int, m: int) -> bool:
        """Whether token ``m`` opens a new phrase after a body's name the tagger found from ``k``: a plain
        indefinite word after a definite one, outside every name the tagger found ("شركة المراعي اتفاقية"،
        "شركة الطائف للاستثمار والسياحة عددا"; not "جامعة الملك سعود")."""
        if k not in self.entity_starts or not self.is_word(m):
            return False
        word, before = self.words[m], self.words[m - 1].removeprefix("و")
        if not before.startswith("ال") or word.startswith(("ال", "ل", "ب", "و")) or word in lx.PREP_WORDS or word in lx.NP_STOPS:
            return False  # ("اتحاد منتجي السيارات في أوروبا": a preposition goes on with the name)
        if sum(self.words[t] in QUOTE_CHARS for t in range(k, m)) % 2:
            return False  # inside a quoted name ("شركة الطائف … "الطائف سما"")
        at = self.x.original_span(*self.span(m, m + 1))[0]
        return not any(ms <= at < me for ms, me, _eid, _type in self.entities)

    def reporting_verb(self, m: int) -> bool:
        """Whether token ``m`` is written as a reporting verb with no conjunction ("تحدث", "أعلن")."""
        form = lx.cue_forms().get(self.words[m])
        return form is not None and form.kind == "verb" and not form.prefix

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


def _vowel_variant(a: str, b: str) -> bool:
    """Whether two spellings of a name differ by one long vowel letter (ا، و، ي) written or left out:
    "الحميدان" / "الحمدان", "القضيعان" / "القضعان"."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 4:
        return False  # (not "حسن" / "حسين", "سعد" / "سعيد": three letters are too few to tell)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[k] in "اوي" and longer[:k] + longer[k + 1:] == shorter for k in range(1, len(longer) - 1))
