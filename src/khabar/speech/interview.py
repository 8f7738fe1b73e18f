"""Interview answers: the words after each question of a published interview.

A newspaper interview opens with an introduction that names the one interviewed and reports a few of
their words with reporting verbs ("وشدد الأحمدي في حوار مع «الاقتصادية» على أن …"), then a phrase
that leads to the questions and answers ("… فإلى تفاصيل الحوار:"، "وإلى نص الحوار:"). After it every
answer is the interviewee's words with no cue (ANNOTATION.md: quotes with no reporting verb; the dev
gold reads each answer as one indirect quote with no cue). Only articles with that leading phrase are
read, a question is a sentence that ends in a question mark or a line that opens with a single bullet
("• …؟", "* …"), and the answer is what follows it up to the next question (where the paper marks its
answers, "•• …"، "- …", only a marked line opens one); the speaker is the one the introduction's quotes
give (session 60, pass qa63).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from khabar.speech import lexicon as lx
from khabar.speech.candidates import Candidate, Who

QUESTION_BULLETS = "*●•■"  # a line opening with one of these is a question ("**" too), but "••" is the answer
ANSWER_BULLETS_DOUBLED = ("••", "●●", "■■")  # "• …؟" then "•• …" (Okaz): the doubled bullet answers
ANSWER_MARKS = ANSWER_BULLETS_DOUBLED + ("-", "–", "ـ")  # what opens each answer where the paper marks them
MAX_UNMARKED_QUESTION_WORDS = 20  # a longer bullet paragraph with no question mark is a box, not a question
ANSWER_BULLETS = "*●•■-–—ـ "  # what an answer's line may open with, left out of its words
QUESTION_MARKS = "؟?"
MARKER_REACH = 160  # characters after the leading phrase in which its sentence ends ("… الذي أجرته «…» مساء أمس:")
MIN_ANSWER_WORDS = 4
MIN_ANSWERS = 2  # fewer: a rhetorical question in a column, not an interview
HEADING_WORDS = 5  # a line this short with no end punctuation is a crosshead between answers, no one's words
# a sentence ends at . ! ؟ ? … (not a decimal point) or a line break; a single bullet opens a new one
UNIT_END = re.compile(r"(?<!\d)[.!؟?…]+(?!\d)[\"»”)]*|\n")
SINGLE_BULLET = re.compile(rf"\s(?:\*\*|[{re.escape(QUESTION_BULLETS)}])(?![{re.escape(QUESTION_BULLETS)}])")


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    """"فالي تفاصيل الحوار" (normalised); with no detail word, only a lead that opens with و or ف and a
    colon right after the talk word ("والي الحوار:"), not "دعا الجميع إلى الحوار: …"."""
    def alternation(phrases) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    leads = lx.interview_words("lead")
    lead, talk = alternation(leads), alternation(lx.interview_words("talk"))
    joined = alternation(p for p in leads if p[0] in "وف")
    detail = alternation(lx.interview_words("detail"))
    return re.compile(rf"(?<!\w)(?:(?:{lead})\s+(?:{detail})\s+(?:{talk})(?!\w)|(?:{joined})\s+(?:{talk})\s*:)")


def interview_start(norm: str) -> tuple[int, int] | None:
    """Where the leading phrase of an interview begins, and where its sentence ends (the questions start
    there): the last such phrase of the article, ending at a colon, period or line break."""
    found = None
    for match in _marker_re().finditer(norm):
        window = norm[match.end() - 1 : match.end() + MARKER_REACH]
        stop = re.search(r"[:.\n]", window)
        if stop is not None:
            found = (match.start(), match.end() - 1 + stop.end())
    return found


def _units(norm: str, start: int) -> list[tuple[int, int, bool]]:
    """The sentences after ``start``: (start, end, opens a line), cut at end punctuation, line breaks and
    a single bullet ("؟ * كيف …": the next question of an interview printed as one paragraph)."""
    units: list[tuple[int, int, bool]] = []
    cuts = {m.end() for m in UNIT_END.finditer(norm, start)}
    cuts |= {m.start() + 1 for m in SINGLE_BULLET.finditer(norm, start)}
    at, line_open = start, True
    for cut in sorted(cuts | {len(norm)}):
        if cut <= at:
            continue
        text = norm[at:cut]
        if text.strip():
            units.append((at, cut, line_open))
        elif units and "\n" in text:
            units[-1] = (units[-1][0], cut, units[-1][2])  # the line break after a period ends that line
        line_open = text.endswith("\n") or (line_open and not text.strip())
        at = cut
    return units


def _is_bullet_question(text: str) -> bool:
    """"• ما …"، "* …"، "** …": a question; "•• …"، "●● …" is the answer."""
    text = text.lstrip()
    return bool(text) and text[0] in QUESTION_BULLETS and not text.startswith(ANSWER_BULLETS_DOUBLED)


def _opens_answer(text: str) -> bool:
    """"- …"، "•• …": an answer's own mark."""
    return text.lstrip().startswith(ANSWER_MARKS)


def _asks(text: str) -> bool:
    return text.rstrip().rstrip("\"»”)").endswith(tuple(QUESTION_MARKS))


def _is_heading(text: str, line_open: bool) -> bool:
    stripped = text.strip()
    return line_open and text.endswith("\n") and len(stripped.split()) < HEADING_WORDS and not stripped.endswith((".", "!", "…"))


def answer_spans(norm: str, start: int) -> list[tuple[int, int]]:
    """The answers after ``start``: each run of sentences after a question up to the next question or a
    crosshead line, trimmed of bullets and the final period. A bullet question with no question mark
    runs to its question mark or the end of its line ("* بداية.. دعنا نسألك عن …")."""
    answers: list[tuple[int, int]] = []
    current: list[int] | None = None  # the open answer's [start, end]
    asked = False  # a question was seen: what follows is an answer
    in_question = False  # inside a bullet question that has not reached its question mark
    units = _units(norm, start)
    # where the questions open with a bullet, a question mark elsewhere is the answerer's own ("انظر إلى
    # حذائك من أين جاء؟"): only the bullets start questions
    bulleted = sum(_is_bullet_question(norm[s:e]) for s, e, _ in units) >= MIN_ANSWERS
    # where the answers open with their own mark ("- …"), what comes before the mark still asks
    # (right after a question: not a list inside an answer, "- الاستغلال الأمثل للموارد")
    marked = sum(_opens_answer(norm[s:e]) and (_asks(norm[ps:pe]) or _is_bullet_question(norm[ps:pe]))
                 for (ps, pe, _), (s, e, _) in pairwise(units)) >= MIN_ANSWERS
    after_question = False  # the unit before was a question: a second question mark goes on with it
    question: list[int] = []  # the words of the last question, and whether it had a question mark
    for s, e, line_open in units:
        text = norm[s:e]
        if (_is_bullet_question(text) or in_question
                or (_asks(text) and (not bulleted or after_question))
                or (marked and asked and current is None and not _opens_answer(text))):
            in_question = _is_bullet_question(text) or in_question
            in_question = in_question and not _asks(text) and not text.endswith("\n")
            current = _close(current, answers)
            question = [0, 0] if not after_question else question
            question = [question[0] + len(text.split()), question[1] or _asks(text)]
            asked = after_question = True
            continue
        after_question = False
        if _is_heading(text, line_open):
            current = _close(current, answers)
            continue
        if not asked:
            continue
        if current is None and not question[1] and not _opens_answer(text) and question[0] > MAX_UNMARKED_QUESTION_WORDS:
            asked = False  # "* على الرغم من أن الحوار … ." then "وأجرت الصحيفة الحوار …": a box after the interview
            continue
        current = [s, e] if current is None else [current[0], e]
    _close(current, answers)
    trimmed = [_trim(norm, s, e) for s, e in answers]
    return [span for span in trimmed if len(norm[span[0] : span[1]].split()) >= MIN_ANSWER_WORDS]


def _close(current: list[int] | None, answers: list[tuple[int, int]]) -> None:
    if current is not None:
        answers.append((current[0], current[1]))
    return None


def _trim(norm: str, s: int, e: int) -> tuple[int, int]:
    while s < e and norm[s] in ANSWER_BULLETS + "\n\t":
        s += 1
    while e > s and (norm[e - 1].isspace() or norm[e - 1] in "."):
        e -= 1
    return s, e


class Interviews:
    """The finder's pass over a published interview's answers (mixed into ``Finder``)."""

    def interview_pass(self) -> None:
        """A candidate for each answer after an interview's leading phrase. An answer wins over a reading
        that runs across its edge (a question's own cue, "هناك من يقول …؟"; priority 3), a quote wholly
        inside it is kept beside it (``_nested``: "… كما قال الرسول ﷺ: «…»"); its speaker is given after
        the others are resolved."""
        self.interview_at: int | None = None
        found = interview_start(self.x.norm)
        if found is None:
            return
        answers = answer_spans(self.x.norm, found[1])
        if len(answers) < MIN_ANSWERS:
            return
        self.interview_at = found[0]
        for s, e in answers:
            token = self.x.token_at(s)
            cand = Candidate("indirect", (s, e), resolve="none", order=token, priority=3, answer=True)
            cand.sentence = self.x.sentence[token]
            self.candidates.append(cand)

    def interviewee(self) -> Who | None:
        """The named speaker the introduction's quotes give most often (the first of equals): the one
        interviewed ("أكد علي الأحمدي …، وشدد الأحمدي في حوار مع …")."""
        intro = [c.who for c in self.candidates
                 if not c.answer and c.who is not None and not c.who.anonymous and c.content[1] <= self.interview_at]
        if not intro:
            return None
        counts = Counter(id(w) for w in intro)
        return max(intro, key=lambda w: (counts[id(w)], -intro.index(w)))

    def set_answers_aside(self) -> list[Candidate]:
        """The answers kept by ``select``, taken out of the candidates so that resolving the other
        quotes' speakers reads the article as before (an answer is no subject a later cue goes on with)."""
        answers = [c for c in self.candidates if c.answer]
        if answers:
            self.candidates = [c for c in self.candidates if not c.answer]
        return answers

    def answer_speakers(self, answers: list[Candidate]) -> None:
        """Give every answer the interviewee and put it back in text order; with no one named in the
        introduction, no answer is kept."""
        if not answers:
            return
        who = self.interviewee()
        if who is None:
            return
        for cand in answers:
            cand.who = who
        self.candidates = sorted(self.candidates + answers, key=lambda c: (c.order, c.content[0]))
