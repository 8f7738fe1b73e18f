"""The ``times`` pipeline stage: time expressions of the text, resolved against ``published``."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from khabar.document import Document
from khabar.numbers.matching import matching_text
from khabar.pipeline import stage
from khabar.time.expressions import scan_times

TOKEN_START = attrgetter("start")
FUTURE_PHRASES = re.compile(r"(?<!\w)(?:سوف|من المقرر|من المتوقع|من المنتظر|يعتزم|تعتزم|المزمع|المرتقب)(?!\w)")


@stage("times", requires=("tokens", "sentences"), assigns=("times",))
def find_times_stage(doc: Document) -> None:
    """``doc.times``: ``{id, start, end, text, type, value}`` per the contract."""
    norm = matching_text(doc)
    future = FutureCues(doc)
    expressions = scan_times(norm, doc.text, doc.published, future_at=lambda at: future.before(norm.original_offset(at)))
    doc.times = [t.to_dict(f"t{i}") for i, t in enumerate(expressions, 1)]


class FutureCues:
    """Where the text speaks of the future: verbs with the prefix س (سيعقد، ستبدأ), سوف, من المقرر…

    Computed lazily, sentence by sentence: most articles never ask.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self._sentences: dict[int, list[int]] = {}

    def before(self, offset: int) -> bool:
        """Whether a future cue comes before ``offset`` in its sentence."""
        sentence = self.doc.sentence_index(offset)
        if sentence is None:
            return False
        cues = self._sentences.get(sentence)
        if cues is None:
            cues = self._sentences[sentence] = self._cues(*self.doc.sentences[sentence])
        return any(cue < offset for cue in cues)

    def _cues(self, start: int, end: int) -> list[int]:
        tokens = self.doc.tokens  # bisected by their start, without a list of every start
        tokens = tokens[bisect.bisect_left(tokens, start, key=TOKEN_START) : bisect.bisect_left(tokens, end, key=TOKEN_START)]
        # the future prefix س comes first or after و/ف: only such tokens need their clitics read
        cues = [t.start for t in tokens if "س" in t.text[:3] and _future_prefix(t)]
        norm = matching_text(self.doc)
        text = self.doc.text[start:end]
        if any(w in text for w in ("سوف", "المقرر", "المتوقع", "المنتظر", "يعتزم", "تعتزم", "المزمع", "المرتقب")):
            n_start = _matching_offset(norm, start)
            n_end = _matching_offset(norm, end)
            cues += [norm.original_offset(m.start()) for m in FUTURE_PHRASES.finditer(norm.text, n_start, n_end)]
        return cues


def _matching_offset(norm, offset: int) -> int:
    """The matching-form offset of an original offset (the first one at or after it)."""
    if norm.origins is None:
        return offset
    return bisect.bisect_left(norm.origins, offset)


def _future_prefix(token) -> bool:
    return any(role == "proclitic" and norm == "س" for _, _, role, norm in getattr(token, "template", ()) or ()) or (
        not hasattr(token, "template") and any(p.role == "proclitic" and p.norm == "س" for p in token.pieces)
    )
