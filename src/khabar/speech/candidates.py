"""The quote finder's records, and the limits, word classes and helpers more than one of its parts reads.

Each pass (:mod:`~khabar.speech.direct`, :mod:`~khabar.speech.indirect`,
:mod:`~khabar.speech.according`) adds :class:`Candidate` readings of the text; what lies between a
speaker phrase and its content is a :class:`Region` (:mod:`~khabar.speech.region`); the speaker a
candidate is given is a :class:`Who` (:mod:`~khabar.speech.speakers`,
:mod:`~khabar.speech.antecedents`). A word class or helper that only one part reads lives in that
part's module; the word lists themselves are data (:mod:`khabar.speech.lexicon`, ``data/*.tsv``).
:class:`khabar.speech.extract.Finder` puts the parts together.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.speech import lexicon as lx
from khabar.speech.lexicon import CueForm

MAX_NP = 14  # words in a speaker phrase
MAX_REGION = 32  # tokens between a cue and its content
SHORT_NAME_WORDS = 4  # a quoted string this short is a name unless a cue or colon introduces it
COMMAS = frozenset("،,؛;")
SENTENCE_END = frozenset(".!?؟…")
DASHES = frozenset("-–—")
TRAIL_PUNCT = frozenset("،,؛;:.-–—")
NOMINAL_CUES = lx.word_class("nominal_cues")
PLURAL_HEADS = lx.word_class("plural_heads")
KANA = lx.word_class("kana")
DEMONSTRATIVES = lx.word_class("demonstratives")
AUXILIARIES = lx.word_class("auxiliaries")
# the description after a verb of describing ("ووصف القرار بالتاريخي"، "وصفه بأنه …") and that verb's forms with
# their object pronoun ("وصفه"، "يصفها"): read by the direct, indirect and relay parts alike
DESCRIPTION_OPENINGS = tuple(lx.word_class("description_opening"))  # "بال…", "باعتبار…"
DESCRIPTION_WORDS = lx.word_class("description_word")  # "بأن", "بأنه", "بأنها"
DESCRIBED_QUOTE = lx.clause_words("described_quote")  # "وصفه"، "يصفها": describing, the object a pronoun
NP_EXTRA_STOPS = lx.word_class("np_extra_stops")
RESUMPTIVE_PPS = lx.word_class("resumptive_pps")
# prepositions of place and time: a phrase they open is an adjunct, never a verb's object
ADJUNCT_PREPS = lx.word_class("adjunct_preps")
SELF_WORDS = lx.clause_words("self_reference")  # "المصدر نفسه", "أمس": still the source phrase
ISSUED = lx.word_class("issued")
ISSUED_BY = lx.word_class("issued_by")


# --- records --------------------------------------------------------------------


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
    resolve: str = "explicit"  # explicit, previous, sentence, none (no one's words: "وكما قيل: «…»")
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
    cited_text: bool = False  # words cited from a dictionary or the hadith ("وفي الوسيط: «…»"): its speaker is the text
    answer: bool = False  # an interview's answer, after its question: the interviewee's words, no cue
    silent: bool = False  # an act, not a statement ("وقدم الوزير الشكر لـ…"): later cues go on with its speaker, no quote


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


def _without_lam(word: str) -> str:
    """A word after the preposition ل as it reads without it: "للوزارة" → "الوزارة" (the ل takes
    the article's alef), "لوزارة" → "وزارة". The text package has no such helper (its clitic
    splitter cuts by vocabulary evidence, the outlet cleaner returns every form), so the finder
    keeps this one for the checks that read the word after ل as a head (``via_at``, ``parse_np``)."""
    return "ال" + word[2:] if word.startswith("لل") else word[1:]


@lru_cache(maxsize=65_536)  # asked of the same words again and again as speakers are compared
def _bare(word: str) -> str:
    """A word without و, the article and a sound plural ending, for comparing mentions."""
    if word.startswith("و") and len(word) > 4 and (word[1:3] == "ال" or lx.head_kind(word[1:])):
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    if len(word) > 5 and word.endswith(("ون", "ين")):
        word = word[:-2]  # المواطنون = مواطنين
    elif len(word) > 3 and word.endswith("ا") and lx.head_kind(word[:-1]) in ("anon", "title"):
        # "إلا أن مصدرا أمنيا أعلن …" then "وأضاف المصدر": the accusative of a person's head word (lead43e); not a
        # document's, which in the accusative is the object issued ("أصدرت الشركة تقريرا")
        word = word[:-1]
    return word


GRATITUDE_OBJECTS = lx.word_class("gratitude_object")
ON_BEHALF = lx.word_class("on_behalf")


def thanks_word(word: str) -> bool:
    """A word that opens thanks or condolences, with or without the preposition ب ("بالشكر")."""
    return word in GRATITUDE_OBJECTS or (word[:1] == "ب" and word[1:] in GRATITUDE_OBJECTS)
