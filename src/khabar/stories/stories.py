"""Stories: articles about the same event, clustered as they arrive.

Each article is compared with the *open* stories — those with an article
published within :data:`WINDOW_DAYS` days of it — on two things:

* its words: TF-IDF cosine between the article's content words (normalised,
  function and formula words left out, see ``data/stopwords.txt``) and the
  story's centroid (the sum of its articles' vectors);
* what it names: cosine between the canonical entities (``entities``
  records, one key per real-world thing) and typed figures (``killed 13``)
  of the article and of the story, each weighed by its inverse document
  frequency (and, in the story, by how many of its articles name it).

The article joins the best story whose score reaches :data:`JOIN_SCORE`,
else it opens a new one (with :data:`ANCHOR_RULE`, measured in session 35
and left off, only a story with which it shares a specific anchor: a rare
name or typed figure, or a rare word among its heaviest,
:meth:`StoryIndex.shared_anchors`). A republished copy joins its original's story
without a comparison. Candidate stories come from an inverted index of the
open stories' entities and top words, so the cost of an article does not
grow with the size of the store, only with how many stories are open.

>>> index = StoryIndex()
>>> first = ArticleFeatures.of("قتل 13 شخصا في تفجير انتحاري استهدف مسجدا لقوات الطوارئ في أبها بمنطقة عسير", ["LOC:عسير"])
>>> second = ArticleFeatures.of("أدانت الكويت التفجير الانتحاري الذي استهدف مسجد قوات الطوارئ في عسير وأودى بحياة 13 شخصا", ["LOC:عسير"])
>>> other = ArticleFeatures.of("ارتفع مؤشر سوق الأسهم السعودية في ختام تعاملات الأسبوع بدعم من قطاع المصارف والبتروكيماويات", [])
>>> a = index.add(1, "2015-08-06", first)
>>> index.add(2, "2015-08-07", second) == a, index.add(3, "2015-08-07", other) == a
(True, False)
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from khabar.stories.copies import content_words

WINDOW_DAYS = 3  # a story stays open this many days after its last article
SPAN_DAYS = 7  # and never longer than this after its first: daily formula news (market closes, cables) would chain for ever
JOIN_SCORE = 0.3  # cosine of the words + ENTITY_WEIGHT × cosine of the names, to join a story (tuned on dev pairs)
ENTITY_WEIGHT = 0.2
TOP_TERMS = 12  # an article's heaviest words that look up candidate stories
CANDIDATES = 40  # stories scored in full for one article
LINKAGE = "centroid"  # or "closest": the article's best cosine with one of the story's latest MEMBERS
MEMBERS = 20
VECTOR_TERMS = 60  # an article is its heaviest words: the long tail of a long article only adds noise and time
MIN_WORD_LENGTH = 3
# The join rule of session 35 (docs/STORIES.md, "Session 35, stories round 2"); 0 turns it off.
ANCHOR_RULE = 0  # measured and dropped in session 35 (off); 1: a join needs a shared specific anchor (shared_anchors), else the score is cut by ANCHOR_PENALTY
ANCHOR_PENALTY = 1.0
ANCHOR_NAME_SHARE = 0.005  # a name (entity, typed figure) in at most this share of the articles is specific
ANCHOR_MIN_DF = 5  # or in at most this many (a small store)
ANCHOR_WORD_SHARE = 0.001  # a content word in at most this share of the articles is specific (0: words are no anchors)
ANCHOR_WORD_TOP = 20  # only the article's heaviest words are looked at for a rare-word anchor

__all__ = ["JOIN_SCORE", "WINDOW_DAYS", "ArticleFeatures", "Story", "StoryIndex"]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and the formula words of Arabic news (``data/stopwords.txt``), normalised."""
    text = resources.files("khabar.stories").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(content_words(line))
    return frozenset(words)


def story_terms(text: str) -> Counter[str]:
    """How often each content word of ``text`` occurs (function words, digits and short words left out)."""
    stop = stopwords()
    return Counter(w for w in content_words(text) if len(w) >= MIN_WORD_LENGTH and w not in stop and not w.isdigit())


@dataclass
class ArticleFeatures:
    """What an article brings to the story comparison: its word counts and the things it names."""

    terms: Counter[str]
    names: set[str]  # canonical entity keys and typed figures ("killed:13")

    @classmethod
    def of(cls, text: str, names: list[str] | set[str] = ()) -> ArticleFeatures:
        return cls(story_terms(text), set(names))


@dataclass
class Story:
    """An open story in memory: its centroid, names, span and members."""

    id: int
    first: str | None
    last: str | None
    centroid: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    norm: float = 0.0
    members: list[dict[str, float]] = field(default_factory=list)  # the latest articles' vectors

    def absorb(self, vector: dict[str, float], names: set[str], published: str | None) -> None:
        self.members = [*self.members[-(MEMBERS - 1):], vector]
        for term, weight in vector.items():
            self.centroid[term] += weight
        self.names.update(names)
        self.articles += 1
        self.norm = math.sqrt(sum(w * w for w in self.centroid.values()))
        if published:
            self.first = min(self.first or published, published)
            self.last = max(self.last or published, published)


class StoryIndex:
    """Open stories and the document frequencies their comparisons weigh words and names by."""

    def __init__(self, *, window_days: int = WINDOW_DAYS, join_score: float = JOIN_SCORE, span_days: int | None = None):
        self.window = timedelta(days=window_days)
        self.span = timedelta(days=SPAN_DAYS if span_days is None else span_days)
        self.join_score = join_score
        self.stories: dict[int, Story] = {}
        self.by_term: dict[str, set[int]] = {}
        self.by_name: dict[str, set[int]] = {}
        self.term_frequency: Counter[str] = Counter()
        self.name_frequency: Counter[str] = Counter()
        self.documents = 0
        self.counts_terms = True  # False when another index counts the same words
        self.next_id = 1
        self.article_story: dict[int, int] = {}

    # -- weights ----------------------------------------------------------------

    def count(self, features: ArticleFeatures) -> None:
        if self.counts_terms:
            self.term_frequency.update(features.terms.keys())
        self.name_frequency.update(features.names)
        self.documents += 1

    def idf(self, frequency: int) -> float:
        return math.log((self.documents + 1) / (frequency + 1)) + 1.0

    def vector(self, features: ArticleFeatures) -> dict[str, float]:
        """The article's TF-IDF vector, its :data:`VECTOR_TERMS` heaviest words, unit length."""
        weights = {t: (1 + math.log(c)) * self.idf(self.term_frequency.get(t, 0)) for t, c in features.terms.items()}
        if len(weights) > VECTOR_TERMS:
            weights = dict(sorted(weights.items(), key=lambda item: item[1], reverse=True)[:VECTOR_TERMS])
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    # -- assignment ---------------------------------------------------------------

    def add(self, n: int, published: str | None, features: ArticleFeatures, *, copy_of: int | None = None) -> int:
        """Put article ``n`` in a story (its original's, the best open one, or a new one); returns the story id."""
        self.count(features)
        vector = self.vector(features)
        story_id = self.article_story.get(copy_of) if copy_of is not None else None
        if story_id is None or story_id not in self.stories:
            scored = self.best(vector, features.names, published)
            story_id = scored[1] if scored and scored[0] >= self.join_score else self.open_story(published)
        self.join(story_id, n, vector, features.names, published)
        return story_id

    def best(self, vector: dict[str, float], names: set[str], published: str | None) -> tuple[float, int] | None:
        """The highest (score, story id) among the open stories that share a name or a top word.

        Common keys (Saudi Arabia, Riyadh) are shared by hundreds of open
        stories: candidates are first ranked by what they share, weighed like
        the score, and only the :data:`CANDIDATES` best are scored in full.
        """
        shared: Counter[int] = Counter()
        for term in sorted(vector, key=vector.get, reverse=True)[:TOP_TERMS]:  # type: ignore[arg-type]
            for story_id in self.by_term.get(term, ()):
                shared[story_id] += vector[term]
        if names:
            weights = {name: self.idf(self.name_frequency.get(name, 0)) for name in names}
            total = sum(weights.values())
            for name, weight in weights.items():
                for story_id in self.by_name.get(name, ()):
                    shared[story_id] += ENTITY_WEIGHT * weight / total
        open_ones = {s: w for s, w in shared.items() if s in self.stories and self.is_open(self.stories[s], published)}
        best = sorted(open_ones, key=lambda s: (-open_ones[s], s))[:CANDIDATES]
        scored = [(self.score(self.stories[s], vector, names), s) for s in best]
        return max(scored, key=lambda x: (x[0], -x[1])) if scored else None

    def score(self, story: Story, vector: dict[str, float], names: set[str]) -> float:
        """Word cosine + :data:`ENTITY_WEIGHT` × name cosine, then the join rule (:meth:`judged`)."""
        if LINKAGE == "closest" and story.members:
            cosine = max(sum(w * member.get(t, 0.0) for t, w in vector.items()) for member in story.members)
        else:
            cosine = sum(w * story.centroid.get(t, 0.0) for t, w in vector.items()) / (story.norm or 1.0)
        return self.judged(story, vector, names, cosine + ENTITY_WEIGHT * self.shared_names(story, names))

    def judged(self, story: Story, vector: dict[str, float], names: set[str], score: float) -> float:
        """The score after the join rule: with no specific anchor shared (:meth:`shared_anchors`), no join."""
        if not ANCHOR_RULE:
            return score
        names_shared, words_shared = self.shared_anchors(story, vector, names)
        if not names_shared and not words_shared:
            return score - ANCHOR_PENALTY
        return score

    def shared_anchors(self, story: Story, vector: dict[str, float], names: set[str]) -> tuple[int, int]:
        """How many specific names and specific words the article shares with the story.

        Why: the false merges of the first stories were one recurring subject
        (two market days, two arrests, two road accidents): many shared words,
        but no shared *specific* thing. A specific name is a canonical entity or
        typed figure (``killed:13``) named by at most :data:`ANCHOR_NAME_SHARE`
        of the articles; a specific word is one of the article's
        :data:`ANCHOR_WORD_TOP` heaviest words found in at most
        :data:`ANCHOR_WORD_SHARE` of them (a place or a name the entity
        recogniser missed).
        """
        limit = max(ANCHOR_MIN_DF, ANCHOR_NAME_SHARE * self.documents)
        shared_names = sum(1 for name in names if story.names.get(name) and self.name_frequency.get(name, 0) <= limit)
        shared_words = 0
        if ANCHOR_WORD_SHARE:
            limit = max(ANCHOR_MIN_DF, ANCHOR_WORD_SHARE * self.documents)
            top = sorted(vector, key=vector.get, reverse=True)[:ANCHOR_WORD_TOP]  # type: ignore[arg-type]
            shared_words = sum(1 for term in top if story.centroid.get(term) and self.term_frequency.get(term, 0) <= limit)
        return shared_names, shared_words

    def shared_names(self, story: Story, names: set[str]) -> float:
        """Cosine between the article's names and the story's (each weighed by its IDF, the story's by count too)."""
        if not names or not story.names:
            return 0.0
        idf = {name: self.idf(self.name_frequency.get(name, 0)) for name in set(names) | set(story.names)}
        dot = sum(idf[name] * idf[name] * story.names[name] for name in names if story.names.get(name))
        if not dot:
            return 0.0
        own = math.sqrt(sum(idf[name] ** 2 for name in names))
        theirs = math.sqrt(sum((idf[name] * count) ** 2 for name, count in story.names.items()))
        return dot / (own * theirs)

    def is_open(self, story: Story, published: str | None) -> bool:
        if not published or not story.last:
            return True
        day = _day(published)
        if day is None:
            return True
        last, first = _day(story.last), _day(story.first or story.last)
        return ((last is None or day - last <= self.window) and (first is None or first - day <= self.window)
                and (first is None or day - first <= self.span))

    def open_story(self, published: str | None) -> int:
        story_id = self.next_id
        self.next_id += 1
        self.stories[story_id] = Story(story_id, published, published)
        return story_id

    def join(self, story_id: int, n: int, vector: dict[str, float], names: set[str], published: str | None) -> None:
        story = self.stories[story_id]
        story.absorb(vector, names, published)
        self.article_story[n] = story_id
        for term in sorted(vector, key=vector.get, reverse=True)[:TOP_TERMS]:  # type: ignore[arg-type]
            self.by_term.setdefault(term, set()).add(story_id)
        for name in names:
            self.by_name.setdefault(name, set()).add(story_id)

    def close_before(self, published: str) -> list[int]:
        """Forget the stories no article from ``published`` on can join (keeps memory flat); returns their ids."""
        day = _day(published)
        if day is None:
            return []
        closed = [s.id for s in self.stories.values() if s.last and (_day(s.last) or day) < day - self.window]
        for story_id in closed:
            del self.stories[story_id]
        if closed:
            gone = set(closed)
            for index in (self.by_term, self.by_name):
                for key in list(index):
                    index[key] -= gone
                    if not index[key]:
                        del index[key]
        return closed


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(str(published)[:10])
    except (TypeError, ValueError):
        return None
