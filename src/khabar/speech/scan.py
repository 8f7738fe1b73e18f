"""The normalised text of an article as the quote finder reads it.

One pass turns the clean text into its matching form (alef forms, ى/ي, ة/ه,
diacritics and tatweel folded, offsets kept), one regex cuts it into word
and punctuation tokens, and sentence and paragraph numbers are given to each
token. Quotation marks are paired here too, in every style news text uses:
«…», “…”, ”…“, „…“, "…", '…', nested, across paragraphs, and broken
(an opening mark never closed, a closing mark never opened).

>>> text = Text('قال: «نعم». وأضاف "لا')
>>> [(text.norm[s.content_start:s.content_end], s.broken) for s in text.quotations]
[('نعم', None), ('لا', 'unclosed')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress

from khabar.numbers.matching import matching_form
from khabar.speech.lexicon import COMPLEMENTIZERS, clause_words, cue_forms, word_class
from khabar.speech.lexicon import norm as lexicon_norm
from khabar.text.normalize import Normalized

# one token each, so that their marks open no speech and end no clause: a clock time or score ("الساعة (11:59)
# مساء"، "فاز 3:1"), and a name spelt in letters with dots ("بنك إيه.إن.زد"، "وكالة د.ب.أ"، "جي.آي"), whose
# dots would otherwise end the speaker phrase and open what was said
TOKEN_RE = re.compile(r"\d+(?::\d+)+|(?<![^\W\d_])[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+(?![^\W\d_])|\w+|[^\w\s]")
SENTENCE_PUNCT = frozenset(".!?؟…")
OPENERS = {"«": "guillemet", "‹": "guillemet_single", "„": "curly"}
CLOSERS = {"»": "guillemet", "›": "guillemet_single"}
TOGGLES = {"“": "curly", "”": "curly", '"': "ascii", "‘": "curly_single", "’": "curly_single", "'": "ascii_single"}
QUOTE_CHARS = frozenset(OPENERS) | frozenset(CLOSERS) | frozenset(TOGGLES)
OPEN_BEFORE = frozenset(" \t\n(:،,؛;-–—[")  # what may stand just before an opening mark
CLOSE_AFTER = frozenset(" \t\n).,،؛;:!?؟…-–—]")  # what may stand just after a closing mark
# a clause's end right after a mark: it closes, even with a careless space before it ('بخيبة الأمل ". وقال')
ENDS_CLAUSE = frozenset(".,،؛;!?؟")
CLOSING_QUOTES = frozenset('»”"')  # a mark that closes a quotation, before a full stop glued to the next word
PREPOSITIONS = word_class("prep_words")  # "من جهته" after a glued period opens a new sentence


@dataclass(slots=True)
class Quotation:
    """A stretch of text between quotation marks (normalised offsets).

    ``broken`` is ``None`` for a closed pair, ``unclosed`` when the opening
    mark is never closed (the content runs to the end of the paragraph), and
    ``unopened`` when a closing mark has no opening one (``open`` is then
    ``None`` and the attribution decides where the content starts).
    """

    open: int | None
    close: int | None
    content_start: int
    content_end: int
    broken: str | None = None


def _numbered_runs(ends: list[int]) -> list[int]:
    """``0`` for the tokens before ``ends[0]``, ``1`` up to ``ends[1]``…: one number per token."""
    numbers: list[int] = []
    previous = 0
    for number, end in enumerate(ends):
        numbers += [number] * (end - previous)
        previous = end
    return numbers


class Text:
    """Normalised text, tokens, sentences, paragraphs and quotations of one article."""

    def __init__(self, text: str, normalized: Normalized | None = None):
        """``normalized``: the matching form of ``text`` when the caller has it already (the
        pipeline caches it per document: :func:`khabar.numbers.matching.matching_text`)."""
        self.original = text
        self.normalized = normalized if normalized is not None else matching_form(text)
        self.norm = norm = self.normalized.text
        matches = list(TOKEN_RE.finditer(norm))
        # the Match methods mapped over the matches: three C-level passes, no Python frame per token
        self.starts = list(map(re.Match.start, matches))
        self.ends = list(map(re.Match.end, matches))
        self.words = words = list(map(re.Match.group, matches))
        self.count = len(words)
        self._sentences()
        self.quotations = pair_quotations(self)

    # --- offsets --------------------------------------------------------------

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of a normalised span."""
        return self.normalized.original_span(start, end)

    def normalized_offset(self, offset: int) -> int:
        """Normalised offset of the character at original ``offset`` (or the next kept one)."""
        origins = self.normalized.origins
        if origins is None:
            return offset
        return bisect_left(origins, offset)

    def original_text(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0
        return i if self.ends[i] > offset else i + 1

    def token_text(self, i: int) -> str:
        """The token as written in the original text."""
        return self.original_text(self.starts[i], self.ends[i])

    # --- sentences and paragraphs ---------------------------------------------

    def _sentences(self) -> None:
        """Sentence and paragraph number of each token, and where each sentence ends.

        A paragraph (a line break between two tokens) also ends a sentence. Built from the
        few places where something breaks (the line breaks, found with ``str.find``, and the
        tokens that are sentence punctuation), each number then given to its run of tokens,
        rather than by a test between every two tokens."""
        count = self.count
        paragraph_starts = self._paragraph_starts()
        sentence_ends = sorted(
            {i + 1 for i in compress(range(count), map(SENTENCE_PUNCT.__contains__, self.words)) if self.is_sentence_end(i)}
            | set(paragraph_starts)
        )
        if not sentence_ends or sentence_ends[-1] != count:
            sentence_ends.append(count)
        self.sentence_ends: list[int] = sentence_ends  # token index after the last token of each sentence
        self.sentence = _numbered_runs(sentence_ends)
        self.paragraph = _numbered_runs(paragraph_starts + [count])
        self.sentence_starts = [0] + sentence_ends[:-1]

    def _paragraph_starts(self) -> list[int]:
        """Indices of the tokens with a line break before them (not the first token)."""
        norm, starts, count = self.norm, self.starts, self.count
        found: list[int] = []
        at = norm.find("\n")
        while at >= 0:
            i = bisect_right(starts, at)  # the first token after the break (tokens hold no line break)
            if 0 < i < count and (not found or found[-1] != i):
                found.append(i)
            at = norm.find("\n", at + 1)
        return found

    def is_sentence_end(self, i: int) -> bool:
        """Whether token ``i`` ends a sentence: . ! ? ؟ … not inside a number or an abbreviation."""
        word = self.words[i]
        if word not in SENTENCE_PUNCT:
            return False
        if word != ".":
            return True
        norm, end = self.norm, self.ends[i]
        before = self.words[i - 1] if i else ""
        after_char = norm[end] if end < len(norm) else " "
        if after_char.isdigit() and before.isdigit():
            return False  # 4.5
        if i + 1 < self.count and self.words[i + 1] == ".":
            return False  # the last dot of ".." ends it
        if len(before) == 1 and before.isalpha() and (i < 2 or self.starts[i - 1] == 0 or norm[self.starts[i - 1] - 1] in " \n(«\""):
            return False  # د. أحمد
        if after_char.isspace() or after_char in "\"'»”)" or end >= len(norm):
            return True
        if after_char.isalpha():
            following = self.words[i + 1] if i + 1 < self.count else ""
            if before in CLOSING_QUOTES and not after_char.isascii() and len(following) >= 3:
                return True  # "…والأمور تسير بشكل طيب”.وفقا للالمانية.": the quotation closed, a new sentence (acc55)
            if before.isascii() or after_char.isascii():
                return False  # www.spa.gov.sa
            if len(before) >= 3 and following in PREPOSITIONS:
                return True  # "… البيضاء الشمالية.من جهته أكد …": a new sentence; letter names are no prepositions
            return len(before) >= 3 and len(following) >= 3  # الإسبانية.وتضاءلت, not أيه.بي.سي
        return False

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """``(first token, token after the last)`` of the sentence holding token ``i``."""
        sid = self.sentence[i]
        return self.sentence_starts[sid], self.sentence_ends[sid]

    def paragraph_end(self, i: int) -> int:
        """Token index after the last token of the paragraph of token ``i``."""
        pid = self.paragraph[i]
        j = i
        while j < self.count and self.paragraph[j] == pid:
            j += 1
        return j


# --- quotation marks ------------------------------------------------------------


def _side(norm: str, at: int) -> tuple[bool, bool]:
    """Whether the mark at ``at`` can open (space before, text after) and can close (text before, space after).
    A mark right before a full stop or a comma closes whatever stands before it: no quotation opens on
    the end of a clause (but one may open on the dots of an ellipsis: '"... إنكم تتحدثون')."""
    before = norm[at - 1] if at else " "
    after = norm[at + 1] if at + 1 < len(norm) else " "
    if after in ENDS_CLAUSE and norm[at + 1:at + 3] != "..":
        return False, True
    can_open = (before in OPEN_BEFORE or before in QUOTE_CHARS) and not after.isspace()
    can_close = not before.isspace() and (after in CLOSE_AFTER or after in QUOTE_CHARS)
    return can_open, can_close


def _is_apostrophe(norm: str, at: int) -> bool:
    """A single quote inside a Latin word (O'Brien, l'Equipe) is not a quotation mark."""
    before = norm[at - 1] if at else " "
    after = norm[at + 1] if at + 1 < len(norm) else " "
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def pair_quotations(text: Text) -> list[Quotation]:
    """Outermost quotations of the text, paired family by family (« », “ ”, " ", ' ')."""
    norm = text.norm
    marks: dict[str, list[tuple[int, str]]] = {}
    for i, word in enumerate(text.words):
        if word in QUOTE_CHARS and len(word) == 1:
            at = text.starts[i]
            if word in ("'", "’", "‘") and _is_apostrophe(norm, at):
                continue
            family = OPENERS.get(word) or CLOSERS.get(word) or TOGGLES[word]
            marks.setdefault(family, []).append((at, word))
    paragraphs = _paragraph_spans(norm)
    spans: list[Quotation] = _verses(text)
    for family, found in marks.items():
        if family in ("guillemet", "guillemet_single"):
            spans.extend(_pair_nesting(norm, found, paragraphs))
        else:
            spans.extend(_pair_toggles(norm, found, paragraphs))
    spans.sort(key=lambda q: (q.content_start, -q.content_end))
    outer: list[Quotation] = []
    for span in spans:
        if outer and span.content_start < outer[-1].content_end and span.content_end <= outer[-1].content_end + 1:
            continue  # nested inside the previous one
        if outer and span.content_start < outer[-1].content_end:
            continue  # crossing pairs: keep the first
        outer.append(span)
    return outer


VERSE_MAX_CHARS = 600  # a verse or a saying, not a parenthesised passage of the narration
SPEAKER_BEFORE_COLON = 6  # words between "قال" and the colon before a cited parenthesis ("قال ابن منظور في لسان العرب:")
CLAUSE_BREAKS = frozenset(".!?؟…،,؛;\n")


def _verses(text: Text) -> list[Quotation]:
    """Words cited in parentheses: verses after the words that praise God ("قال تعالى: (…)", "بقوله
    سبحانه (…)", "قال تعالى ((…))"), and sayings after a form of "to say" ("فقال (…)"، "حيث قال: (…)"،
    "قال ابن منظور في لسان العرب: (…)", :func:`_cited_in_parentheses`) — quoted words like those in
    quotation marks (the gold annotates each as a direct quote); any other parenthesis (a list, an
    amount, a translation, an aside) is not a quotation. Only the few "(" of the text are looked at."""
    norm, found = text.norm, []
    epithets = clause_words("scripture_epithet")
    at = norm.find("(")
    while at >= 0:
        doubled = norm.startswith("((", at)
        inner = at + 2 if doubled else at + 1
        close = norm.find(")", inner, at + VERSE_MAX_CHARS)
        lead = norm[max(0, at - 24):at].replace(":", " ").split()
        if close > at and "(" not in norm[inner:close] and "\n" not in norm[inner:close] and (
                (lead and lead[-1] in epithets) or _cited_in_parentheses(norm, at, inner, close + doubled)):
            s, e = _trimmed(norm, inner, close)
            if e > s:
                found.append(Quotation(at, close + doubled, s, e))
        at = norm.find("(", at + 1)
    return found


def _cited_in_parentheses(norm: str, at: int, inner: int, close: int) -> bool:
    """Whether the parenthesis at ``at`` cites what someone said: a form of "to say" right before it
    ("عندما قال (…)") or opening the few words of the speaker before its colon ("فقال له عمر: (…)"),
    at least two words inside that do not open with إن / أن (the gold reads "قال (إن …)" as reported
    speech), and nothing after it but the end of the clause ("(…)."، "(…) رواه أبو داود"): not an
    aside inside a sentence that goes on ("وقال (في تصريح لـ«عكاظ») إن …")."""
    words = norm[inner:close].split()
    if len(words) < 2 or lexicon_norm(words[0]) in COMPLEMENTIZERS or _narrated_exchange(norm[inner:close]):
        return False
    before = norm[max(0, at - 120):at].rstrip()
    colon = before.endswith(":")
    lead = _words_back(before[:-1] if colon else before, SPEAKER_BEFORE_COLON if colon else 1)
    if not any(w in clause_words("paren_speech_lead") for w in lead):
        return False
    rest = norm[close + 1:close + 24].lstrip(" \t")
    return not rest or rest[0] in CLAUSE_BREAKS or rest.split()[0] in clause_words("paren_quote_after")


def _narrated_exchange(inside: str) -> bool:
    """Whether a parenthesis narrates an exchange ("(لا تفعل، فقال الرجل: ولكني لا أحبها، فقال عمر:
    ويحك …)"): "فقال" / "وقال" and a speaker's colon inside go on with the story, a turn each, not one
    cited passage — unlike a bare "قال له: يا كشخان" inside a dictionary's entry, part of it."""
    tokens = TOKEN_RE.findall(inside)
    for k, token in enumerate(tokens):
        if token[0] in "وف" and token in clause_words("paren_speech_lead") and ":" in tokens[k + 1:k + 1 + SPEAKER_BEFORE_COLON]:
            return True
    return False


def _words_back(before: str, limit: int) -> list[str]:
    """The last ``limit`` words of ``before``, none across a sentence end or a comma."""
    out: list[str] = []
    for token in reversed(TOKEN_RE.findall(before)):
        if token in CLAUSE_BREAKS or len(out) >= limit:
            break
        out.append(token)
    return out


@dataclass(frozen=True)
class Paragraphs:
    """The lines of an article as ``(start, end)`` spans, with their starts for bisecting."""

    spans: list[tuple[int, int]]
    starts: list[int]

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self.spans[index]

    def index_of(self, at: int) -> int:
        """Index of the paragraph holding offset ``at`` (the first when it precedes them all)."""
        return max(0, bisect_right(self.starts, at) - 1)


def _paragraph_spans(norm: str) -> Paragraphs:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm)]
    return Paragraphs(spans, [start for start, _ in spans])


def _trimmed(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def _pair_nesting(norm: str, found: list[tuple[int, str]], paragraphs: Paragraphs) -> list[Quotation]:
    """«…» with nesting, across paragraphs.

    An unclosed « continues into the next paragraph when that paragraph opens
    with « (the convention for a quotation of several paragraphs) or when its
    first guillemet is a closing one; otherwise it runs to the end of its own
    paragraph.
    """
    result: list[Quotation] = []
    depth, opened, current = 0, None, -1
    inner: int | None = None  # the last opening mark: a name quoted inside the open quotation
    skip_to = -1
    for k, (at, mark) in enumerate(found):
        if k <= skip_to:
            continue
        par = paragraphs.index_of(at)
        if depth == 0 and (close := _reversed_close(norm, found, k, paragraphs)) is not None:
            s, e = _trimmed(norm, at + 1, found[close][0])
            result.append(Quotation(at, found[close][0], s, e))
            skip_to, current = close, par
            continue
        if depth and par > current:
            continues = par == current + 1 and (
                mark not in OPENERS or norm[paragraphs[par][0]:at].strip() == ""
            )
            if not continues:
                result.append(_unclosed(norm, opened, paragraphs))
                depth, opened = 0, None
            elif mark in OPENERS:
                current = par  # the paragraph's opening mark continues the quotation
                continue
        current = par
        if mark not in OPENERS and depth == 0 and at + 1 < len(norm) and norm[at + 1].isalpha() and (at == 0 or not norm[at - 1].isalpha() or _clitic_before(norm, at)):
            mark = "«"  # "و»الإجراءات»", "لـ»المدينة»": a closing guillemet typed for an opening one
        elif mark == "«" and depth and _opener_closes(norm, at, inner if depth > 1 else None) and (
                depth > 1 or _speech_after(norm, at, paragraphs)):
            mark = "»"  # "فريق «8 مارس « وقام …", "… الإقليمية «. واعتبر …": an opening guillemet typed for a closing one
        elif mark == "«" and depth == 1 and opened is not None and _short_name_closed(norm, found, k, opened, paragraphs):
            mark = "»"  # "لـ « المدينة « على خلفية …", "«الأملاح «": a short name closed with an opening guillemet (rmark61)
        if mark in OPENERS and depth == 1 and opened is not None and _speech_reopens(norm, opened, at, writer=True):
            # "«… الأخيرة. وأضاف: «…»": the first was never closed; it ends with its last sentence
            s, e = _trimmed(norm, opened + 1, _open_quote_end(norm, opened, at))
            result.append(Quotation(opened, None, s, e, "unclosed"))
            opened = at
            continue
        if mark in OPENERS:
            if depth == 0:
                opened = at
            depth, inner = depth + 1, at
        elif depth == 0:
            result.append(Quotation(None, at, at, at, "unopened"))
        else:
            depth -= 1
            if depth == 0 and opened is not None:
                s, e = _trimmed(norm, opened + 1, at)
                result.append(Quotation(opened, at, s, e))
                opened = None
    if depth and opened is not None:
        result.append(_unclosed(norm, opened, paragraphs))
    return result


def _reversed_close(norm: str, found: list[tuple[int, str]], k: int, paragraphs: Paragraphs) -> int | None:
    """The index of the mark closing a quotation typed with its guillemets reversed (":» العيد اختلف
    حاليا … القصائد النبطية « ."): a » right after the colon of a cue opens it when the next mark of its
    paragraph is a « with no word glued after it and no colon before it (that one opens the next cue's
    quotation, "… وأضاف: « …»"), which closes it (dq46a). Read as they stood, the »
    closed nothing and the « opened a quotation that ran on to the end of the paragraph, over the
    narration after it, or the words were no quotation at all."""
    at, mark = found[k]
    if mark != "»" or k + 1 >= len(found) or norm[max(0, at - 8):at].rstrip(" \t")[-1:] != ":":
        return None
    after, closing = found[k + 1]
    if paragraphs.index_of(after) != paragraphs.index_of(at) or "\n" in norm[at:after]:
        return None
    if closing == "»":
        # "وأضاف:» سنشهد … التنافسي».": only the opening mark reversed; the next », glued to the word
        # before it and not itself after a colon, closes it, when a cue stands before the colon (marks59):
        # not a title or a list ("بعنوان:» …»"، "منها:» السهم، …»")
        return k + 1 if _glued_close(norm, after) and _cue_before_colon(norm, at) else None
    if closing != "«":
        return None
    glued = after + 1 < len(norm) and (norm[after + 1].isalnum() or norm[after + 1] in OPENERS)
    opens_next = norm[max(0, after - 8):after].rstrip(" \t")[-1:] == ":"  # "… وأضاف: « …": the next cue's own opening
    return None if glued or opens_next else k + 1


CUE_BEFORE_COLON = 8  # words of a cue and its speaker before the colon ("تقول شركة المحاماة العالمية كليفورد تشانس:»")


def _cue_before_colon(norm: str, at: int) -> bool:
    """A reporting verb or participle among the last words of the clause before the colon that precedes ``at``."""
    colon = norm.rfind(":", 0, at)
    for word in _words_back(norm[max(0, colon - 200):colon], CUE_BEFORE_COLON):
        form = cue_forms().get(lexicon_norm(word))
        if form is not None and form.kind in ("verb", "participle"):
            return True
    return False


def _glued_close(norm: str, at: int) -> bool:
    """The mark at ``at`` closes what stands before it: a word or a sentence mark glued before it, a space,
    a clause mark or the end of the text after it, and no colon before it (a reversed opening of its own)."""
    before = norm[at - 1] if at else " "
    after = norm[at + 1] if at + 1 < len(norm) else " "
    return (before.isalnum() or before in CLOSE_TEXT) and (after.isspace() or after in CLOSE_AFTER)


def _opener_closes(norm: str, at: int, inner: int | None) -> bool:
    """Whether the « at ``at``, inside an open quotation, is typed for the » that closes it (the
    opening mark of the innermost open quotation at ``inner``): a clause mark right after it ("…
    ومياهها الإقليمية «."، "شريط « التثوير العربي «،"), or glued to the word before it with a space
    after it ("… السورية«. وأكد …"), or, for a short name quoted inside the quotation, spaces on both
    sides within ``NAME_WORDS`` words of the name's own opening mark, no clause mark between ("مرشح
    فريق «8 مارس « وقام …"). Read as an opening mark, it nested one level more and the quotation ran
    on over the narration and the next cues."""
    before = norm[at - 1] if at else " "
    after = norm[at + 1] if at + 1 < len(norm) else " "
    if after in ENDS_CLAUSE and norm[at + 1:at + 3] != "..":
        return True
    if not after.isspace():
        return False
    if before.isalnum() or before in CLOSE_TEXT:
        return True
    if inner is None or not before.isspace():
        return False
    name = norm[inner + 1:at]
    return 0 < len(name.split()) <= NAME_WORDS and not any(ch in CLAUSE_BREAKS or ch in QUOTE_CHARS or ch == ":" for ch in name)


def _speech_after(norm: str, at: int, paragraphs: Paragraphs) -> bool:
    """Whether what follows the mark at ``at`` shows the quotation ended there: nothing more in its
    paragraph, or a new report — a third-person reporting verb with its و / ف or a reporting participle
    opening the next clause, after a turn lead or not ("… الإقليمية «. واعتبر أن …"، "… «، مؤكدا أن …"،
    "… «. من جهته أكد …"). A closing mark at the end of a quotation inside the text is otherwise a short
    name or a saying in a column ("بالمقولة « ما حك جلدك مثل ظفرك «. العامل الثالث …"), where the words
    freed after it are narration the cue rules misread: they stay inside the quotation."""
    rest = norm[at + 1:paragraphs[paragraphs.index_of(at)][1]].lstrip(" \t")
    if rest[:1] in ENDS_CLAUSE:
        rest = rest[1:]
    words = [lexicon_norm(w.strip("،,")) for w in rest.split()[:3]]
    if not words:
        return True
    lead = 2 if words[0] == "من" and len(words) > 1 and words[1] in TURN_LEADS else int(words[0] in TURN_LEADS)
    form = cue_forms().get(words[lead]) if lead < len(words) else None
    # a bare verb opens a clause of its own only after a turn lead ("من جهته أكد"); else its و / ف does
    return form is not None and form.person == 3 and (
        form.kind == "participle" or (form.kind == "verb" and (bool(form.prefix) or lead > 0)))


def _short_name_closed(norm: str, found: list[tuple[int, str]], k: int, opened: int, paragraphs: Paragraphs) -> bool:
    """Whether the « at ``found[k]``, the second mark of a quotation opened at ``opened``, closes a short name or
    phrase typed «X« ("وقال في تصريحات لـ « المدينة « على خلفية …"، "وصف القرار بأنه «إهانة «،"): at most
    ``NAME_WORDS`` words between the two marks, no clause mark, colon or other quotation mark among them; no word
    glued after the mark (not "«إن «حزب الله» …»", a quotation nested in one that opened); and a next mark in the
    paragraph, no closing » (not "« إن « حزب الله » … »", spaced nesting, nor a quotation that opens at the
    second « and closes later in its paragraph; a » after a colon or glued to the word after it opens the next
    one). Read as an opening mark, it nested one level and the quotation ran on over the rest of the paragraph,
    its cues and quotations included (rmark61). With nothing more quoted in the paragraph it stays as it was: the
    narration freed there (columns, slogans) was misread by the cue rules about as often as read right."""
    at = found[k][0]
    after = norm[at + 1] if at + 1 < len(norm) else " "
    if not (after.isspace() or after in ENDS_CLAUSE):
        return False
    name = norm[opened + 1:at]
    if not 0 < len(name.split()) <= NAME_WORDS or any(ch in CLAUSE_BREAKS or ch in QUOTE_CHARS or ch == ":" for ch in name):
        return False
    if k + 1 >= len(found) or paragraphs.index_of(found[k + 1][0]) != paragraphs.index_of(at):
        return False  # nothing more quoted in the paragraph: the quotation the « opens swallows only narration
    following, mark = found[k + 1]
    if mark == "»":
        # a » that closes — not one typed for the next cue's opening mark (":»إن …"، " »الإجراءات")
        glued_open = following + 1 < len(norm) and norm[following + 1].isalpha() and not norm[following - 1].isalpha()
        return glued_open or norm[max(0, following - 8):following].rstrip(" \t")[-1:] == ":"
    return True


NAME_WORDS = 4  # the longest name quoted inside a quotation whose closing mark is typed « ("«8 مارس «")
CLOSE_TEXT = frozenset(".!?؟…")  # sentence marks a closing guillemet may follow ("… الحريري.«")


CLITICS = frozenset(("و", "ل", "ب", "ف", "ك", "ول", "وب", "فل", "فب"))


def _clitic_before(norm: str, at: int) -> bool:
    """The letters glued before a mark are a proclitic alone (و، لـ، بـ): the mark opens a word."""
    k = at
    while k > 0 and (norm[k - 1].isalpha() or norm[k - 1] == "ـ"):
        k -= 1
    return norm[k:at].replace("ـ", "") in CLITICS


def _unclosed(norm: str, opened: int, paragraphs: Paragraphs) -> Quotation:
    par = paragraphs[paragraphs.index_of(opened)]
    s, e = _trimmed(norm, opened + 1, _turn_end(norm, opened, par[1]))
    return Quotation(opened, None, s, e, "unclosed")


NEW_TURN_WORDS = 20  # words of the longest verb + speaker phrase before the complement of a new turn ("أكد الدكتور أحمد اليوسف عضو هيئة التدريس في كلية … ، أن")
TURN_LEADS = word_class("turn_lead")  # "من جانبه، أكد X أن …": the next speaker's turn
TURN_READ_CHARS = 400  # characters read after a sentence end: more than NEW_TURN_WORDS + 3 words


def _turn_end(norm: str, opened: int, end: int) -> int:
    """Where a quotation opened at ``opened`` and never closed ends inside its paragraph (which ends at
    ``end``): after the last sentence before one that reports in the writer's voice — a third-person
    reporting verb with its و, or one after a turn lead ("من جانبه،"، "بدوره"), then the verb's
    complement (أن / إن) or a colon within a few words ("… والإرهاب. من جانبه، أكد الدكتور أحمد
    اليوسف … أن …", "… أبين. وأكد القيادي في المقاومة أن …"). Else the paragraph's end."""
    k = opened + 1
    while k < end:
        if norm[k] in SENTENCE_PUNCT and k + 1 < end and norm[k + 1] not in SENTENCE_PUNCT:
            if _writer_reports(norm[k + 1:min(end, k + 1 + TURN_READ_CHARS)].split()[:NEW_TURN_WORDS + 3]):
                return k + 1
        k += 1
    return end


def _writer_reports(words: list[str]) -> bool:
    """Whether a sentence opening with ``words`` reports someone's words in the writer's voice."""
    bare = [lexicon_norm(w.strip("،,")) for w in words]
    at = 0
    if bare[:1] == ["من"] and len(bare) > 1 and bare[1] in TURN_LEADS:
        at = 2
    elif bare[:1] and bare[0] in TURN_LEADS:
        at = 1
    if at >= len(bare):
        return False
    form = cue_forms().get(bare[at])
    if form is None or form.kind != "verb" or form.person != 3 or form.tense != "past" or (at == 0 and not form.prefix):
        return False
    for w, b in zip(words[at + 1:at + 1 + NEW_TURN_WORDS], bare[at + 1:at + 1 + NEW_TURN_WORDS], strict=False):
        if any(ch in QUOTE_CHARS or ch in SENTENCE_PUNCT for ch in w):
            return False
        if b in COMPLEMENTIZERS or w.endswith(":"):
            return True
    return False


def _speech_reopens(norm: str, opened: int, at: int, *, writer: bool = False) -> bool:
    """Whether the opening-looking mark at ``at`` opens a new speech ("واضاف: "…") rather than a
    quotation nested in the one opened at ``opened``: a colon, or a reporting verb and at most two
    words ('وقال سموه "…'), stands right before it and a sentence of the open quotation ended between them.
    ``writer`` (guillemets only): a sentence in the writer's voice before the mark also ends the open quotation
    (:func:`_new_attribution`)."""
    k = at - 1
    while k > opened and norm[k] in " \t":
        k -= 1
    if norm[k] != ":":
        # 'وقال سموه "…': the cue and a short subject with the colon left out (at most two words after
        # the verb, and no comma or sentence mark among them)
        return (_cue_just_before(norm, opened, k + 1) or _new_attribution(norm, opened, k + 1, colon=False, writer=writer)
                or _participle_after_comma(norm, opened, k + 1))
    if _participle_after_comma(norm, opened, k):
        return True
    if _last_sentence_end(norm, opened, k) <= opened + 1:
        return False
    words = norm[opened:k].split()
    if not words:
        return False
    # "واضاف:", "وتابع:" — not "إليهم أقول:" (his own words)
    return _reporting_verb(words[-1]) or _new_attribution(norm, opened, k, colon=True)


NEW_ATTRIBUTION_WORDS = 16  # the longest verb + speaker phrase read as a new attribution


def _new_attribution(norm: str, opened: int, end: int, colon: bool, writer: bool = False) -> bool:
    """A quotation left open, then a new sentence that attributes the next one: 'وأضافت: "… الجثة.
    وقال المتحدث الرسمي باسم … الرائد X: "…' (the sentence opens with a prefixed reporting verb
    and runs to the colon), '«… بالتزاماتها. وكرر الوزير X الموقف حين قال «…' (a third-person
    reporting verb right before the mark). Either way its words hold no quotation mark."""
    start = _last_sentence_end(norm, opened, end)
    if start <= opened + 1:
        return False
    words = norm[start:end].split()
    if not words or len(words) > NEW_ATTRIBUTION_WORDS or any(ch in QUOTE_CHARS for w in words for ch in w):
        return False
    if colon:
        return _reporting_verb(words[0])
    if writer and not words[0].startswith("ف") and _writer_reports(words):
        # '«… رجل في العشرين.. وأوردت الصحف التركية أمس أن الشاب … من اسمه «ش أ أ» التحق …': a sentence in the
        # writer's voice (a reporting verb, its subject, أن); its mark is no quotation nested in the open one, which
        # ended with its last sentence (lead43b). Not after "ف", which goes on with a story told inside the
        # quotation ('«… فقال الموظف إن اسمه «غير مسجل» …»'). Only with «»: marks that look the same at both
        # ends pair by their spacing, and a sentence of the writer's between them is how the next pair begins
        return True
    form = cue_forms().get(lexicon_norm(words[-1]))
    return form is not None and form.kind == "verb" and form.person == 3 and form.tense == "past"


def _open_quote_end(norm: str, opened: int, at: int) -> int:
    """Where the quotation opened at ``opened``, never closed, ends before the speech that opens at
    ``at``: at the comma before a reporting participle, else after its last sentence."""
    k = at - 1
    while k > opened and norm[k] in " \t:":
        k -= 1
    comma = _participle_comma(norm, opened, k + 1)
    return comma if comma is not None else _last_sentence_end(norm, opened, at)


def _participle_after_comma(norm: str, opened: int, end: int) -> bool:
    """'وقال "… كل الأمور، مشددا "…': a reporting participle set off by a comma right before the
    mark (or its colon) reports the next speech; the open quotation ended at the comma. A few words of
    the participle's own may stand between it and the mark ('وأكد أن "مواقف إيران لم تتغير، موضحا أن
    إيران "قدمت …"'، "«…، داعيا إلى «…»": its أن and subject, its preposition; dmark60)."""
    return _participle_comma(norm, opened, end) is not None


PARTICIPLE_REACH = 4  # words of the participle's own between it and the next mark ("موضحا أن إيران"، "داعيا إلى")


def _participle_comma(norm: str, opened: int, end: int) -> int | None:
    """Offset of the comma before the reporting participle that :func:`_participle_after_comma` finds; with
    words of its own before the mark, only in an open quotation of one sentence."""
    found = list(re.finditer(r"\S+", norm[opened + 1:end]))
    words = [m.group() for m in found]
    for back in range(1, min(PARTICIPLE_REACH + 1, len(words) - 1) + 1):
        if back > 1 and any(ch in CLAUSE_BREAKS or ch in QUOTE_CHARS or ch == ":" for ch in words[-back + 1]):
            return None
        if words[-back - 1][-1:] not in ("،", ","):
            continue
        form = cue_forms().get(lexicon_norm(words[-back]))
        if form is None or form.kind != "participle" or form.person != 3:
            return None
        comma = opened + found[-back - 1].end()  # the comma ends the word before the participle
        if back > 1 and any(ch in SENTENCE_PUNCT for ch in norm[opened + 1:comma]):
            return None  # "«… القضاء. بدوره، أعلن مسؤول …، مشيرا إلى «…»": the writer's report came between
        return comma
    return None


def _reporting_verb(word: str) -> bool:
    form = cue_forms().get(lexicon_norm(word))
    return form is not None and form.kind == "verb" and form.person == 3 and bool(form.prefix)


def _cue_just_before(norm: str, opened: int, end: int) -> bool:
    """A prefixed third-person reporting verb, then at most two words, right before ``end``, past a
    sentence end of the quotation opened at ``opened``."""
    start = _last_sentence_end(norm, opened, end)
    if start <= opened + 1:
        return False
    words = norm[start:end].split()
    for back in range(1, min(3, len(words)) + 1):
        word = words[-back]
        if _reporting_verb(word):
            return True
        if any(ch in SENTENCE_PUNCT or ch in "،,:" for ch in word):
            return False
    return False


def _last_sentence_end(norm: str, opened: int, before: int) -> int:
    """Offset just after the last sentence-ending mark in ``(opened, before)``, or ``opened + 1``."""
    for k in range(before - 1, opened, -1):
        if norm[k] in SENTENCE_PUNCT:
            return k + 1
    return opened + 1


def _pair_toggles(norm: str, found: list[tuple[int, str]], paragraphs: Paragraphs) -> list[Quotation]:
    """Marks that look the same at both ends ("…", “…” written either way round), paragraph by paragraph.

    The space around a mark tells an opening one (space before, text after)
    from a closing one (text before, space or punctuation after); an opening
    mark inside an open quotation nests ('"… المسمى "طريق 8" قام …"'). A
    closing-looking mark with nothing open is a closing mark never opened,
    unless an even number of marks is left in its paragraph (then the
    spacing is only careless: 'في" عاصفة الحزم "'). An opening mark still
    open at the end of its paragraph closes in the next one when that
    paragraph's first mark can close, else runs to the end of its paragraph.
    """
    by_paragraph: dict[int, list[tuple[int, str]]] = {}
    for at, mark in found:
        by_paragraph.setdefault(paragraphs.index_of(at), []).append((at, mark))
    result: list[Quotation] = []
    carried: int | None = None  # an opening mark left open at the end of the previous paragraph
    previous_par = None
    for par in sorted(by_paragraph):
        marks = by_paragraph[par]
        if carried is not None and par != previous_par + 1:
            result.append(_unclosed(norm, carried, paragraphs))
            carried = None
        stack: list[int] = []
        for index, (at, mark) in enumerate(marks):
            can_open, can_close = _side(norm, at)
            if carried is not None:
                if can_close and not can_open:
                    s, e = _trimmed(norm, carried + 1, at)
                    result.append(Quotation(carried, at, s, e))
                    carried = None
                    continue
                result.append(_unclosed(norm, carried, paragraphs))
                carried = None
            if not stack:
                left = len(marks) - index
                if mark != "„" and can_close and not can_open and left % 2 == 1:
                    result.append(Quotation(None, at, at, at, "unopened"))
                else:
                    stack.append(at)
                continue
            if can_open and not can_close and len(stack) == 1 and _speech_reopens(norm, stack[0], at):
                # '… البطولات. واضاف: "رأيت …': a new speech after a colon, past a sentence end: the
                # open quotation was never closed and ends with its last sentence
                end = _open_quote_end(norm, stack[0], at)
                s, e = _trimmed(norm, stack[0] + 1, end)
                result.append(Quotation(stack[0], None, s, e, "unclosed"))
                stack[0] = at
                continue
            if can_open and not can_close and mark != "”" and index + 1 < len(marks):
                stack.append(at)  # a quotation inside the quotation
                continue
            opened = stack.pop()
            s, e = _trimmed(norm, opened + 1, at)
            result.append(Quotation(opened, at, s, e))
        if stack:
            # the outermost open mark may close in the next paragraph; inner ones are broken here
            for opened in stack[1:]:
                result.append(_unclosed(norm, opened, paragraphs))
            carried = stack[0]
        previous_par = par
    if carried is not None:
        result.append(_unclosed(norm, carried, paragraphs))
    return result
