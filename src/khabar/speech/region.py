"""What lies between a speaker phrase and its content, and where the content ends.

:meth:`Regions.scan_region` walks from the end of a speaker phrase to where the content starts (a
complementizer, a colon, a quotation, the verb's preposition, a noun object) and gathers on the way
the markers (:meth:`~Regions.marker_at`): via ("نقلا عن", "لـ«عكاظ»", :meth:`~Regions.via_at`),
audience, time, anonymity ("الذي طلب عدم نشر اسمه") and channel ("في بيان") — a
:class:`~khabar.speech.candidates.Region`. :meth:`~Regions.boundary_at` tells
:mod:`khabar.speech.phrases` where a speaker phrase must end. :meth:`~Regions.clause_end`,
:meth:`~Regions.object_end` and :meth:`~Regions.content_span` give the content's end and span.

Every pass uses these: :mod:`~khabar.speech.direct`, :mod:`~khabar.speech.indirect`,
:mod:`~khabar.speech.according`.
"""

from __future__ import annotations

from khabar.speech import lexicon as lx
from khabar.speech.according import RELAY_VERBS  # one list: "حسب ما نقلت عنه X"
from khabar.speech.candidates import (
    ADJUNCT_PREPS,
    COMMAS,
    DASHES,
    DESCRIBED_QUOTE,
    DESCRIPTION_OPENINGS,
    DESCRIPTION_WORDS,
    ISSUED,
    ISSUED_BY,
    MAX_NP,
    MAX_REGION,
    NOMINAL_CUES,
    NP_EXTRA_STOPS,
    SENTENCE_END,
    SHORT_NAME_WORDS,
    TRAIL_PUNCT,
    Region,
    _outlet,
    _without_lam,
)
from khabar.speech.lexicon import CueForm, Phrase
from khabar.speech.phrases import VERB_ADVERBS
from khabar.speech.scan import QUOTE_CHARS

PUBLISHED = lx.word_class("published")
CIRCUMSTANCE_REACH = 16  # words from a circumstance word ("لدى", "خلال") to the comma that closes its adjunct
ADJUNCT_OPENERS = lx.word_class("adjunct_openers")  # circumstance words that govern the noun after them
MEDIA_PLACES = lx.word_class("media_places")
HIDDEN_NAME_STEMS = tuple(sorted(lx.word_class("hidden_name_stems")))  # "اسمه"، "هويته": a name kept back
OUTLET_ADJECTIVES = lx.word_class("outlet_adjective")  # "العامة" in "للإذاعة العامة الإسرائيلية": an outlet's adjective, no nisba
RELAYED_PRONOUNS = lx.clause_words("relayed_pronoun")  # the عنه of that phrase
OBJECT_GOES_ON = lx.clause_words("object_goes_on")  # "كما", "فيما", "إذ": see Regions.object_goes_on
OBJECT_GOES_ON_NEXT = lx.clause_words("object_goes_on_next")  # "هو", "هي" after them ("كما هو موجود")
GENITIVE_HEADS = ("title", "anon", "org", "doc")  # heads a ل-phrase after them may complete
TALK_BEFORE_OUTLET = lx.word_class("talk_before_outlet")  # "تصريحات", "خاصة": a common-word paper after them is a via


def _bare_common_name(rest: str, outlet) -> bool:
    """"لمدينة بنغازي"، "لاتحاد الغرف": a paper named by a common word with its article (المدينة،
    الاتحاد، الحياة) is not meant by the bare noun in construct state, which has no article."""
    return any(name.startswith("ال") and name[2:] == rest for name in outlet.ambiguous)


class Regions:
    """Markers, via and the region between a speaker phrase and its content; content ends."""

    # --- markers (via, audience, time…) and where they end a speaker phrase -----

    def past_source_description(self, end: int, limit: int) -> int:
        """"ونقلت الوكالة عن مصدر وصفته بأنه موثوق ومطلع من الوزارة قوله إن …", "عن مصادر وصفتها
        بالمطلعة على الملف، إنه …": the relay's description of its unnamed source belongs to the source
        phrase, and the أن of "بأنه" opens no content; the phrase runs on past the description (lead45b)."""
        if end < 2 or end >= limit or self.words[end - 1] not in DESCRIBED_QUOTE or self.words[end - 2] == "ما":
            return end
        k = end + 1 if self.words[end] in DESCRIPTION_WORDS else end
        if k == end and not self.words[end].startswith(DESCRIPTION_OPENINGS):
            return end
        return max(end, self.parse_np(k, limit))

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
            if nxt < self.count and self.words[nxt] == "(":
                # "في تصريح خاص لـ(عكاظ)": brackets set the outlet's name off as quotation marks do
                close = next((m for m in range(nxt + 2, min(self.count, nxt + 2 + SHORT_NAME_WORDS)) if self.words[m] == ")"), None)
                if close is not None and all(self.is_word(m) for m in range(nxt + 1, close)):
                    return close + 1, nxt, False
            return None
        if len(word) < 3 or not word.startswith("ل") or word in lx.NP_STOPS:
            return None
        rest = _without_lam(word)
        if rest in lx.marker_words("media_nominal"):
            # "للصحيفة" is the paper named before; "للإذاعة العامة الإسرائيلية" names one itself (lead39g)
            end = self.media_tail(i + 1)
            return end, i, end == i + 1
        if lx.head_kind(rest) == "media":
            return self.media_tail(i + 1, name=True), i, False
        if (rest in lx.clause_words("outlet_head") and (i - 1 in self.cues or self.speaker_ends_before(i))
                and self.named_outlet_follows(i + 1)):
            # "وأضاف لموقع سيتي على الانترنت «…»"، "وقالت الشرطة لموقع «تي إم زد» …" (lead40n): right after the verb
            # or a speaker's name or head ("إحصائية لموقع «أرقام»" is its author)
            return self.media_tail(i + 1, name=True), i, False
        best = None
        for n in range(1, 5):
            if i + n > self.count or not all(self.is_word(k) for k in range(i, i + n)):
                break
            outlet = _outlet(self.x.original_text(self.x.starts[i], self.x.ends[i + n - 1]))
            if outlet is not None and not (n == 1 and self.common_word_outlet_belongs(i, outlet)):
                best = i + n
        if best is not None:
            return best, i, False
        return None

    def common_word_outlet_belongs(self, i: int, outlet) -> bool:
        """"استطلاع للرأي"، "الأمين العام للاتحاد"، "المحافظ الجديد للمدينة"، "بيان للاتحاد البرازيلي"، "المساهمة
        السخية للوطن والمواطنين": a paper whose name is a common word with its article, written at token ``i``
        without quotation marks, is what the words before belong to, not whom words were given to, where its
        noun phrase goes on or it completes a title, body or text head (with its adjective) that has no genitive
        yet. After the reporting verb, a person's name, the words of an interview ("في تصريحات للمدينة") or a
        title that has its genitive ("وقال وزير الزراعة للحياة") it stays the via (lead40a)."""
        written = _without_lam(self.original_word(i))
        if _bare_common_name(written, outlet):
            return True  # "لمدينة بنغازي": the common noun in construct, no paper
        if written not in outlet.ambiguous:
            return False
        nxt = self.words[i + 1] if i + 1 < self.count else ""
        if nxt.startswith(("ال", "وال")):
            return True  # "للاتحاد البرازيلي"، "للوطن والمواطنين": the noun phrase goes on
        if i < 1 or i - 1 in self.cues or i - 1 in self.person_ends or self.words[i - 1] in TALK_BEFORE_OUTLET:
            return False
        prev = self.words[i - 1]
        if lx.head_kind(prev) in GENITIVE_HEADS:
            return True  # "استطلاع للرأي"، "المحافظ للمدينة"
        # an adjective agrees with its head in the article ("الأمين العام للاتحاد"، "استطلاع جديد للرأي"); a definite
        # word after an indefinite head is its genitive ("وزير الزراعة للحياة": the title is complete)
        return (i >= 2 and self.is_word(i - 2) and prev.startswith("ال") == self.words[i - 2].startswith("ال")
                and lx.head_kind(self.words[i - 2]) in GENITIVE_HEADS)

    def speaker_ends_before(self, i: int) -> bool:
        """Whether a speaker phrase can end right before token ``i``: a person's name, or a definite body, title or
        unnamed source's head ("الشرطة"، "الوزير"، "المصدر")."""
        prev = self.words[i - 1] if i > 0 else ""
        return i - 1 in self.person_ends or (prev.startswith("ال") and lx.head_kind(prev) in ("org", "title", "anon"))

    def named_outlet_follows(self, j: int) -> bool:
        """Whether a name follows an outlet head that is also a common word ("موقع" site or location):
        a word with no article ("لموقع سيتي", not "لموقع الحادث") or a quoted name ("لموقع «إيلاف»")."""
        if j >= self.count:
            return False
        return j in self.open_at or (self.is_word(j) and not self.words[j].startswith("ال") and lx.head_kind(self.words[j]) is None
                                     and self.words[j] not in lx.PREP_WORDS)

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
            if not name and not (word.startswith("ال") and word.endswith(("يه", "ي"))) and word not in OUTLET_ADJECTIVES:
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
            if self.kunya_at(j):
                return False  # "وقالت أم فيصل «…»": a kunya, not "or" (dq40a)
            if self.mother_place_at(j):
                return False  # "جامعة أم القرى": a place's name, not "or" (ind48b)
            if (len(word) <= 2 or word in lx.NAME_PARTICLES) and self.inside_person_name(j):
                return False  # "لو دريان", "أم كلثوم": a short function word that is part of a name
            return not (word == "علي" and not self.is_preposition_ala(j))
        if word in lx.markers() and self.name_not_time(j):
            return False  # "وقال صباح النعماني": a given name, not the morning (dq40d)
        if word in lx.markers() and self.marker_at(j) is not None:
            marker = self.marker_at(j)
            if marker[0].kind not in ("content", "name_cue", "time_tail", "impersonal", "anonymity", "media_nominal", "anaphor", "anon_anaphor", "org_anaphor", "statement_anaphor", "cited", "place", "direction"):
                return marker[0].kind != "anonymity_lead" or self.anonymity_in(j, min(self.count, j + 6))
        return word.startswith("ل") and self.via_at(j) is not None

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
            if (m in self.open_at and self.quote_words(self.x.quotations[self.open_at[m]]) > SHORT_NAME_WORDS
                    and self.anonymity_in(j, m)):
                break  # "… الذي طلب عدم الكشف عن هويته لوكالة الأنباء الألمانية "إن …"": the words, not the clause (lead39d)
            m += 1
        anonymous = self.anonymity_in(j, m)
        if m < limit and words[m] in COMMAS:
            m += 1
        return m, anonymous

    def take_publisher(self, region: Region, t: int, limit: int) -> bool:
        """"في بيان نشرته وكالة الأنباء القطرية", "التقرير الذي نشرته صحيفة «…»": after a verb of
        publishing at ``t``, an outlet named by its head (وكالة، صحيفة، قناة…) reported the words, so it
        is their via (the statement or interview stays the channel). Whether one was taken."""
        if region.via is not None or self.words[t] not in PUBLISHED or t + 1 >= limit:
            return False
        if lx.head_kind(self.words[t + 1]) != "media":
            return False
        end = self.media_tail(t + 2, name=True)
        region.via = region.via_target = self.span(t + 1, end)
        return True

    def via_closing(self, region: Region, a: int, b: int) -> None:
        """"وقال المحامي الذي حضر جلسة اليوم لرويترز إن …": an outlet that ends a relative clause right
        before the complement is whom the main verb's words were given to; an outlet that published
        them, anywhere in the clause ("التقرير الذي نشرته صحيفة «…»"), reported them."""
        if any(self.take_publisher(region, t, b) for t in range(a, b)):
            return
        for t in range(max(a, b - 6), b):
            if self.words[t].startswith("ل"):
                via = self.via_at(t)
                gap = self.words[via[0]:b] if via is not None else []
                bracket = len(gap) <= 8 and gap[:1] == ["("] and gap[-1:] == [")"]  # "لوكالة الأنباء الألمانية (د.ب.أ)"
                if via is not None and (via[0] == b or (via[0] < b and (bracket or all(w in COMMAS for w in gap)))):
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
                    # not a name's part in construct ("الإفصاح عن اسم عائلته"، "لتحديد هوية المتورطين", anon59)
                    if nxt.startswith(HIDDEN_NAME_STEMS) and nxt not in lx.word_class("hidden_construct"):
                        return True
        return False

    def outlet_before_complement(self, q, a: int, limit: int, reach: int) -> bool:
        """Whether the quotation ``q`` holds a paper's or agency's name (``_outlet``) and a complementizer
        (أن / إن / بأن) follows from token ``a`` before ``reach``, with no other cue, according-to phrase
        or quotation opening on the way: the name stands in the speaker's region ("ردا على سؤال «عكاظ»
        حول مشاريع الأمانة، أن …", "تلقت "الاقتصادية" نسخة منه - إلى أنه …"), it is not what was said.
        Any other short quotation there may be speech or a word set off ("«الواسطة»"), and stops."""
        if _outlet(self.x.original_text(q.content_start, q.content_end)) is None:
            return False
        for m in range(a, min(limit, reach)):
            if self.valid_complementizer(m):
                return True
            if m in self.cues or m in self.according or m in self.open_at or m in self.impersonal:
                return False
        return False

    def relayed_source_start(self, k: int, limit: int) -> int | None:
        """Where the source starts after "بحسب ما / حسبما / وفقا لما / كما + نقلت + عنه" at ``k``: the
        pronoun is the speaker being quoted and the source only relays him (relay_verb, relayed_pronoun
        in clause_words.tsv), so the phrase is the via of his verb, not an according-to (session 30, q82)."""
        if k not in self.according or self.according[k][0].kind != "verb":
            return None
        verb = self.according[k][1]
        if verb + 2 >= limit or self.words[verb] not in RELAY_VERBS or self.words[verb + 1] not in RELAYED_PRONOUNS:
            return None
        return verb + 2 if self.is_word(verb + 2) else None

    def scan_region(self, j: int, limit: int, form: CueForm | None, *, allow_noun: bool = False) -> Region:
        """From the end of the speaker phrase to the content: complementizer, colon, quote or object."""
        words = self.words
        preps = form.preps if form else ()
        flags = form.flags if form else frozenset()
        while j + 1 < limit and words[j] in VERB_ADVERBS:
            j += 1  # "وكشفت الغرفة أخيرا في تقريرها … عن …": the verb's adverb after its subject (spk56), as before it
        region = Region("none", j)
        k = j
        while k < limit and k - j < MAX_REGION:
            word = words[k]
            if k == j and self.made_verb_after_doc(k):
                k += 1  # "وأظهرت بيانات نشرت أمس نمو …": the document's own verb, left out of its phrase, is no content (doc63)
                continue
            if word in lx.COMPLEMENTIZERS and self.valid_complementizer(k):
                region.stop, region.at = "that", k + 1
                return region
            if k > j and self.opens_new_clause(k):
                region.stop, region.at = "none", k  # "…، فضلا عن أنه …": the verb's clause is over (lead38a)
                return region
            if k > j and self.concession_at(k):
                # "وقالت المفوضية، على الرغم من أنه لم …، فإن …": the complement may follow the concession,
                # right after its comma; what stands inside the concession is never the verb's (lead38a)
                m = k + 1
                while m < limit and words[m] not in COMMAS and m - k < MAX_REGION:
                    m += 1
                if m + 1 < limit and self.valid_complementizer(m + 1):
                    region.stop, region.at = "that", m + 2
                else:
                    region.stop, region.at = "none", k
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
                if close is not None and close + 1 < limit and k > j and nwords <= SHORT_NAME_WORDS and (
                        self.valid_complementizer(close + 1) or self.outlet_before_complement(q, close + 1, limit, j + MAX_REGION)):
                    # "وكشفت وثيقة حصلت عليها «الشرق الأوسط» أن …": a short quoted name, then the complement;
                    # a paper's name a few words before it too ("في تصريح إلى "الوطن" أمس، أن …": quotes pass 52c)
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
            if "ب" in preps and word in NOMINAL_CUES and k == j:
                k += 1  # "ونوه الوزير بقوله إن …"، "ويصفونها بقولهم …": "by saying" opens the words, it is not the ب
                continue  # object of a verb that takes one (spkspan61)
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
                    k = self.take_marker(region, marker, k, limit, preps, noun_object=allow_noun and "noun" in flags)
                    if marker[0].kind == "circumstance" and allow_noun and marker[0].words[-1] in ADJUNCT_OPENERS:
                        past = self.past_circumstance(k, limit, preps)
                        if past == k and "object" in flags:
                            past = self.past_occasion(k, limit)
                        k = past
                    continue
                if marker is not None and marker[0].kind == "anonymity" and self.anonymity_in(k, k + 1):
                    region.anonymous = True
            if k == j and (self.addressee(k) or self.addressee_after_name(k)):
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
                end = self.past_source_description(self.parse_np(k + 1, limit), limit)
                if end > k + 1:
                    region.chain = (k + 1, end)
                    k = end
                    if k < limit and words[k] in NOMINAL_CUES:
                        k += 1
                    continue
            if k in self.impersonal and k > j:
                # "مبالغ قدرت بحوالي …، تبين أنها وهمية": the complement is the impersonal verb's, not the
                # one of a verb before it (quotes pass 47b)
                region.stop, region.at = "none", k
                return region
            if k in self.cues and k > j:
                other = self.cues[k]
                if "merge" in other.flags:
                    region.stop, region.at = "merge", k
                    return region
                region.stop, region.at = "none", k
                return region
            relay_end = self.relayed_source_start(k, limit) if form is not None else None
            if relay_end is not None:
                # "وقال الوزير، بحسب ما نقلت عنه وكالة الأنباء، إن …": the agency relayed his words,
                # the verb's quote goes on past it with the agency as its via (dev 2015-07-27#84)
                end = self.parse_np(relay_end, limit)
                if end > relay_end:
                    if region.via is None:
                        region.via = region.via_target = self.span(relay_end, end)
                    k = end
                    continue
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
            if word == "(" and k + 3 < limit and words[k + 3] == ")" and self.age_aside(k, k + 3):
                k += 4  # "وكشف كونياكو سايتو (26 عامًا) عن …": the speaker's age, not the verb's object (lead40b)
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

    def past_circumstance(self, k: int, limit: int, preps: tuple[str, ...]) -> int:
        """"وأبدى الزامل لدى مشاركته في فعاليات الجامعة، تحفظه على …", "وأكد خلال اجتماعه مع مديري
        التعليم، على جاهزية …": the adjunct a circumstance word opens runs to its comma when a noun
        object or the verb's preposition follows the comma; the object opens there. Not past a listed
        content noun ("خلال الزيارة ارتياحه …، مشيرا"), a complement, a cue or a quotation (lead37e)."""
        if (k + 1 < limit and self.is_word(k) and (self.words[k].startswith("ال") or self.words[k].endswith(lx.PRONOUN_SUFFIXES))
                and k not in self.cues and self.content_word(k + 1, masdar=True, listed=True)):
            return k + 1  # "وأكد الوزير خلال اللقاء أهمية التعاون": one noun closes the adjunct, the object follows (lead38f)
        m = k - 1
        while m + 1 < min(limit, k + CIRCUMSTANCE_REACH):
            m += 1
            word = self.words[m]
            if m in self.open_at and m > k:
                q = self.x.quotations[self.open_at[m]]
                close = self.close_token(q)
                if close is not None and close < limit and self.quote_words(q) <= SHORT_NAME_WORDS:
                    m = close  # "خلال اجتماعها الذي استضافته "غرفة جدة" اليوم، ضرورة …": a name in marks (lead40h)
                    continue
            if word in COMMAS:
                nxt = m + 1
                if m > k and nxt < limit and self.is_word(nxt) and (
                        self.content_word(nxt, masdar=True) or self.words[nxt] in preps):
                    return nxt
                return k
            if (not self.is_word(m) or word in lx.COMPLEMENTIZERS or m in self.cues or m in self.open_at
                    or (m > k and self.content_word(m, listed=True))):
                return k
        return k

    def past_occasion(self, k: int, limit: int) -> int:
        """"ودعت الإمارة في ختام بيانها إلى …", "ودعا خلال لقائه أمس المبعوث الأممي إلى …": a verb that calls on
        someone never opens its content with the occasion's own noun (a word with a pronoun ending or the
        article), so whom it calls on, or its preposition, comes after that noun and, after a definite noun, its
        nisba adjective of the same gender ("خلال الاتصال الهاتفي"، "خلال العام الجاري"، "في ختام الندوة الدولية");
        a noun with a pronoun ending takes none ("خلال كلمته الأهالي إلى …": whom it calls on) (span63)."""
        if not (k + 1 < limit and self.is_word(k) and k not in self.cues and self.is_word(k + 1) and (
                self.words[k].startswith("ال") or self.words[k].endswith(lx.PRONOUN_SUFFIXES))):
            return k
        if k + 2 <= limit and self.words[k].startswith("ال") and self.nisba_of(k, k + 1):
            return k + 2
        return k + 1

    def nisba_of(self, noun: int, k: int) -> bool:
        """Whether token ``k`` is a definite nisba agreeing with the definite ``noun`` before it ("الاتصال الهاتفي",
        "الندوة الدولية")."""
        word = self.words[k]
        feminine = self.words[noun].endswith(("ة", "ه"))  # the words are compared normalised: ة is written ه
        return word.startswith("ال") and len(word) > 5 and word.endswith(("ية", "يه") if feminine else "ي")

    def take_marker(self, region: Region, marker: tuple[Phrase, int, int], k: int, limit: int,
                    preps: tuple[str, ...] = (), *, noun_object: bool = False) -> int:
        """Record a via/audience/time marker and return the token after it (and its complement); the
        verb's own preposition (``preps``) ends the complement ("وحذرت الوزارة في بيان من …", lead46d), and
        for a verb with a noun object (``noun_object``) so does a noun of the content ("وأعلنت الوزارة في
        بيان لها إغلاق المدارس": the medium is "في بيان لها", the object opens at "إغلاق"; s56 ind59)."""
        phrase, end, _ = marker
        kind = phrase.kind
        if kind == "via_talk":
            if phrase.words[-1] == "ل":
                # "في تصريحات لـ«عكاظ»" (ل written apart) or "في تصريحات لمجلة …" (ل on the name)
                target = end - 1 if _ == self.x.ends[end - 1] else end
                if target < limit and self.words[target] in lx.NP_STOPS:
                    return end  # "في تصريح لدى مغادرته الرياض": لدى (upon) is no ل + outlet
                via = self.via_at(target) if target < limit else None
                stop = via[0] if via else self.media_tail(target + 1, name=True)
            else:
                target = end
                stop = self.parse_np(target, limit, preps=preps)
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
                    self.take_publisher(region, stop, limit)  # "في مقابلة نشرتها وكالة رويترز"
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
                if noun_object and word in lx.clause_words("medium_owner"):
                    stop += 1  # "في بيان لها": whose statement, before the object
                    n += 1
                    continue
                if not self.is_word(stop) or self.boundary_at(stop) or word in preps:
                    break
                if noun_object and self.content_word(stop, masdar=True, listed=True):
                    # a listed noun of the content or a verbal noun by its pattern, not any long word: a verb
                    # with its object pronoun opens the medium's relative clause ("في تعميم وجهته لإدارات
                    # التعليم"، "في رسالة بعثها لـ…")
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
                if self.words[stop] == "من" and not self.time_after_min(stop + 1, limit, tails):
                    break  # "وحذر الوزير أمس من ارتفاع الأسعار": the verb's من, not "في وقت سابق من الشهر" (lead46d)
                stop += 1
            if region.time is None:
                region.time = self.span(k, stop)
            return stop
        return end  # circumstance

    def time_after_min(self, k: int, limit: int, tails: frozenset[str]) -> bool:
        """Whether token ``k``, after a time's "من", goes on with the time ("أول من أمس"، "في وقت سابق من
        الشهر الجاري"): else the من opens the verb's object (lead46d)."""
        return k < limit and (self.words[k] in tails or self.words[k] in lx.marker_words("time"))

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
            if (self.words[m] in COMMAS and self.inside[m] < 0 and self.words[m + 1] in lx.marker_words("clause_opener")
                    and not self.object_goes_on(m + 1, end)):
                return m
            if self.words[m] in stops and self.inside[m] < 0 and self.words[m + 1] in lx.COMPLEMENTIZERS:
                return m - 1 if self.words[m - 1] == "من" and m - 1 > k else m  # "(من) دون أن يقدم …": how, not what
        return end

    def object_goes_on(self, m: int, end: int) -> bool:
        """Whether the clause opener at ``m`` ("كما", "فيما", "إذ" after a comma) carries the object's
        statement on rather than opening a clause of narration: before أن / أنه ("…، كما أن الفترة
        ليست كافية"), "هو / هي" ("…، كما هو موجود الآن") or a present tense that is no reporting verb
        ("…، فيما يتعين على المعلمين …", "…، إذ يعد مؤشرا مهما"). A past tense ("…، كما تقدم بالشكر
        …", "…، كما اطلع الوفد") or a reporting verb ("…، فيما يؤكد …") still ends it."""
        if self.words[m] not in OBJECT_GOES_ON or m + 1 >= end or self.inside[m + 1] >= 0:
            return False
        nxt = self.words[m + 1]
        if nxt in lx.COMPLEMENTIZERS or nxt in OBJECT_GOES_ON_NEXT:
            return True
        return nxt.startswith("ي") and len(nxt) > 2 and nxt not in lx.cue_forms() and self.is_word(m + 1)

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


NOT_SEEN = object()  # (a token whose marker was not asked yet; None is an answer)
