"""The ``times`` pipeline stage: time expressions of the text, resolved against ``published``."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from khabar.document import Document
from khabar.entities import wordlists
from khabar.entities.gazetteer import match_key
from khabar.numbers.matching import matching_text
from khabar.pipeline import stage
from khabar.time.expressions import scan_matching
from khabar.time.lexicon import future_lookalikes, match_form, weekdays

TOKEN_START = attrgetter("start")
# (with و/ف: وسوف، ومن المقرر; not after كان: "كان من المقرر أن يقام في يونيو" was scheduled, in the past)
FUTURE_PHRASES = re.compile(
    r"(?<!\w)(?<!كان )(?<!كانت )[وف]?(?:سوف|من المقرر|من المتوقع|من المنتظر|يعتزم|تعتزم|المزمع|المرتقب)(?!\w)"
)
# "أقوى/أكبر/أقل من المتوقع": than expected, no future (the elative أفعل before it, in the matching
# form: a word of ا and two or three letters, not أن/إنه nor one of ال-)
ELATIVE_BEFORE = re.compile(r"(?<!\w)ا[^\Wنل]\w{1,2} $")
# a word of each phrase (matching form), looked for in the sentence before the regex runs on the matching form
FUTURE_WORDS = ("سوف", "المقرر", "المتوقع", "المنتظر", "يعتزم", "تعتزم", "المزمع", "المرتقب")


@stage("times", requires=("tokens", "sentences"), assigns=("times",))
def find_times_stage(doc: Document) -> None:
    """``doc.times``: ``{id, start, end, text, type, value}`` per the contract."""
    norm = matching_text(doc)
    future = FutureCues(doc)
    expressions = scan_matching(norm, doc.text, doc.published, lambda at: future.before(norm.original_offset(at)))
    # each span back in the original text, written as TimeExpression.to_dict writes it (the same keys
    # in the same order), without an intermediate TimeExpression per expression
    original, span, same_offsets = doc.text, norm.original_span, norm.origins is None
    names = _person_names(doc)
    times = []
    for t in expressions:
        # (a text no character of which changed length, one article in four, keeps its offsets)
        start, end = (t.start, t.end) if same_offsets else span(t.start, t.end)
        if names and _family_name(original, start, end, names):
            continue
        times.append({"id": f"t{len(times) + 1}", "start": start, "end": end, "text": original[start:end], "type": t.type, "value": t.value})
    doc.times = times


def _person_names(doc: Document) -> list[tuple[int, int]]:
    """The spans of the person names of two words or more the tagger found."""
    return [(m.start, m.end) for m in doc.mentions or () if m.type == "PER" and " " in m.text]


def _family_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether the weekday at ``[start, end)`` is a family name: inside a person's name the tagger found,
    after a given name of it ("أحمد الخميس", the football federation's secretary general; "حسين الجمعة";
    "أحمد بن عبدالرحمن الخميس": 135 articles of the corpus name such a person), never a time (lead47c).
    A weekday after a name that is no given name ("وأكد كارتر الخميس") is the day he spoke, which the
    tagger took into the name."""
    if match_form(text[start:end]) not in weekdays():
        return False
    for a, b in names:
        if a < start and end <= b:
            given = wordlists.load_wordlists().given_names
            return any(match_key(word) in given for word in text[a:start].split())
    return False


class FutureCues:
    """Where the text speaks of the future: verbs with the prefix س (سيعقد، ستبدأ), سوف, من المقرر…

    Computed lazily, sentence by sentence: most articles never ask. A question only needs the
    earliest verb cue of its sentence, so the tokens are read from the sentence's start up to the
    offset asked about, and no further than the first cue (the token objects, scattered in memory,
    are what costs here, not the tests).
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self._phrases: dict[int, list[int]] = {}  # sentence → where its cue phrases start (سوف، من المقرر…)
        self._verbs: dict[int, list] = {}  # sentence → [next token to read, the earliest verb cue or None]

    def before(self, offset: int) -> bool:
        """Whether a future cue comes before ``offset`` in its sentence."""
        sentence = self.doc.sentence_index(offset)
        if sentence is None:
            return False
        return self._verb_before(sentence, offset) or any(cue < offset for cue in self._phrase_cues(sentence))

    def _verb_before(self, sentence: int, offset: int) -> bool:
        """Whether a token of the sentence before ``offset`` is a verb with the future prefix."""
        tokens = self.doc.tokens
        state = self._verbs.get(sentence)
        if state is None:  # from the sentence's first token, found by bisection on the token starts
            first = bisect.bisect_left(tokens, self.doc.sentences[sentence][0], key=TOKEN_START)
            state = self._verbs[sentence] = [first, None]
        if state[1] is not None:
            return state[1] < offset
        # ``offset`` lies inside the sentence, so every token starting before it belongs to it
        for i in range(state[0], len(tokens)):
            token = tokens[i]
            if token.start >= offset:
                state[0] = i
                return False
            # the future prefix س comes first or after و/ف: only such tokens need their clitics read
            if "س" in token.text[:3] and _future_prefix(token):
                state[1] = token.start
                return True
        state[0] = len(tokens)
        return False

    def _phrase_cues(self, sentence: int) -> list[int]:
        cues = self._phrases.get(sentence)
        if cues is None:
            cues = self._phrases[sentence] = self._phrases_in(*self.doc.sentences[sentence])
        return cues

    def _phrases_in(self, start: int, end: int) -> list[int]:
        norm = matching_text(self.doc)
        n_start = _matching_offset(norm, start)
        n_end = _matching_offset(norm, end)
        # on the matching form, as the regex: "سَوْفَ" or "المُقرَّر" is a cue as well
        text = norm.text[n_start:n_end]
        if not any(map(text.__contains__, FUTURE_WORDS)):  # (no generator: most sentences hold none)
            return []
        return [
            norm.original_offset(m.start())
            for m in FUTURE_PHRASES.finditer(norm.text, n_start, n_end)
            if not (m.group().endswith("المتوقع") and ELATIVE_BEFORE.search(norm.text, max(0, m.start() - 8), m.start()))
        ]


def _matching_offset(norm, offset: int) -> int:
    """The matching-form offset of an original offset (the first one at or after it)."""
    if norm.origins is None:
        return offset
    return bisect.bisect_left(norm.origins, offset)


# The person prefix of an imperfect verb, which follows the future س: سيعقد، ستبدأ، سنكون، سأذهب، سآخذ.
# Without it the س is the word's own first letter (سالم، ساهم، سارقي), not the future.
IMPERFECT_PREFIXES = frozenset("يتنأآ")


def _future_prefix(token) -> bool:
    """Whether ``token`` is a verb with the future proclitic س (its letter after س a person prefix)."""
    if hasattr(token, "template"):
        for start, end, role, norm in token.template:
            if role == "proclitic" and norm == "س":
                return token.text[end:end + 1] in IMPERFECT_PREFIXES and not _future_lookalike(token.text[start:])
        return False
    pieces = token.pieces
    for i, piece in enumerate(pieces[:-1]):
        if piece.role == "proclitic" and piece.norm == "س":
            return pieces[i + 1].text[:1] in IMPERFECT_PREFIXES and not _future_lookalike(token.text[piece.start - token.start:])
    return False


def _future_lookalike(word: str) -> bool:
    """Whether ``word`` (from its س on) is a whole word the splitter cut as س + verb: ستين (sixty), سنية."""
    return match_form(word) in future_lookalikes()
