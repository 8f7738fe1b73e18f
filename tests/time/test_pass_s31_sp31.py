"""Speed pass sp31: a dispatched time scanner tries its alternatives one by one.

The scanner chosen for a start (by the word's letters, and by the next word's first letters) was the
alternation ``(?:A|B|…)`` of the grammar's alternatives that can open there; it is now the tuple of
their ``match`` methods, each alternative compiled alone (:class:`khabar.time.scanner.Alternatives`),
tried in priority order. Nothing follows the alternation, so the first alternative that matches
gives the alternation's match: these tests hold the tuple to the alternation (span, reader, every
group set) on made-up sentences in news style, and guard that the readers ask only for groups of
the alternative they read (the alternation also answered ``None`` for the others' groups).
"""

import re

from khabar.numbers.matching import matching_form, word_columns
from khabar.time import expressions, find_times
from khabar.time.dispatch import PAIR_LETTERS
from khabar.time.grammar import alternatives
from khabar.time.scanner import (
    Alternatives,
    _alternatives_of_pair,
    _alternatives_opening,
    _scanner_for_opening,
    _scanner_for_pair,
    anchored_scanner,
    letter_run,
)

SENTENCES = [
    "أعلنت الوزارة مساء أمس الثلاثاء أن الحملة تستمر لمدة ثلاثة أسابيع اعتبارا من 14 مارس المقبل",
    "وقال المتحدث خلال الشهر الجاري إن العمل سيتوقف منذ عام 2009 وحتى نهاية العام الماضي",
    "افتتح المعرض في الساعة العاشرة والنصف صباح يوم الخميس 5 نوفمبر/تشرين الثاني 2015",
    "وسجلت الأسهم ارتفاعا في الربع الثالث من العام الحالي، بعد يومين من إعلان النتائج قبل أسبوع",
    "ويعقد الاجتماع يومي 20 و21 من شهر ذي القعدة 1436هـ، وفي اليوم التالي تبدأ الإجازة الصيفية",
    "وصل نحو 5 آلاف زائر في وقت سابق من هذا الشهر، وبين عامي 2010 و2012 زار المدينة مليون شخص",
    "توفي عن عمر يناهز 80 عاما في 1/10/2015 بعد أكثر من عقد على تقاعده، في عهد الملك الراحل",
]


def _set_groups(m):
    return m and (m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None})


def test_a_dispatched_scanner_is_a_tuple_of_single_alternatives():
    scoped = _scanner_for_opening("منذ")
    assert isinstance(scoped, Alternatives) and len(scoped) == len(_alternatives_opening(letter_run("منذ")))
    one = re.compile(alternatives()[_alternatives_opening("منذ")[0]])
    assert scoped[0].__self__.pattern == one.pattern  # (each alternative compiled alone, not their alternation)


def test_alternatives_match_as_their_alternation():
    alts = alternatives()
    tried = found = 0
    for sentence in SENTENCES:
        text = matching_form(sentence).text
        starts, words = word_columns(text)
        for j, (at, word) in enumerate(zip(starts, words)):
            for cut in range(min(4, len(word))):
                start, rest = at + cut, word[cut:]
                chosen = _alternatives_opening(letter_run(rest) or rest[0])
                if rest.isalpha() and j + 1 < len(words) and starts[j + 1] == at + len(word) + 1:
                    chosen = _alternatives_of_pair(rest + " " + words[j + 1][:PAIR_LETTERS])
                if not chosen:
                    continue
                alternation = re.compile("(?:" + "|".join(alts[i] for i in chosen) + ")")
                got = Alternatives(re.compile(alts[i]).match for i in chosen).match(text, start)
                assert _set_groups(got) == _set_groups(alternation.match(text, start)), text[start : start + 30]
                tried += 1
                found += got is not None
    assert tried > 80 and found >= 25


def test_dispatch_still_finds_what_the_whole_scanner_finds():
    whole = anchored_scanner()
    found = 0
    for sentence in SENTENCES:
        text = matching_form(sentence).text
        starts, words = word_columns(text)
        for j, (at, word) in enumerate(zip(starts, words)):
            end = at + len(word)
            paired = word.isalpha() and j + 1 < len(words) and starts[j + 1] == end + 1 and text[end] == " "
            scoped = _scanner_for_pair(word + " " + words[j + 1][:PAIR_LETTERS]) if paired else _scanner_for_opening(word)
            got = scoped.match(text, at) if scoped else None
            expected = whole.match(text, at)
            assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))
            found += expected is not None
    assert found >= 15


class _Watched:
    """A match that records every group asked for outside the alternative that matched."""

    def __init__(self, m, own, outside):
        self._m, self._own, self._outside = m, own, outside

    def _check(self, names):
        self._outside.update(n for n in names if n != 0 and n not in self._own[self._m.lastgroup])

    def group(self, *names):
        self._check(names)
        return self._m.group(*names)

    def start(self, *names):
        self._check(names)
        return self._m.start(*names)

    def end(self, *names):
        self._check(names)
        return self._m.end(*names)

    def span(self, *names):
        self._check(names)
        return self._m.span(*names)

    def __getattr__(self, name):
        return getattr(self._m, name)


def test_readers_ask_only_for_groups_of_their_alternative(monkeypatch):
    own: dict[str, set] = {}
    for alternative in alternatives():
        compiled = re.compile(alternative)
        own.setdefault(re.match(r"\(\?P<(\w+)>", alternative).group(1), set()).update(compiled.groupindex)
    outside: set = set()
    scan = expressions._matches
    monkeypatch.setattr(expressions, "_matches", lambda text: [_Watched(m, own, outside) for m in scan(text)])
    found = [t for sentence in SENTENCES for t in find_times(sentence, "2015-11-03")]
    assert len(found) >= 15 and not outside


def test_times_read_through_the_tuples():
    found = find_times("قال أمس الاثنين إن المشروع يكتمل خلال الأعوام الخمسة المقبلة، منذ 3 أيام", "2015-11-03")
    assert [(t.text, t.value) for t in found] == [
        ("أمس الاثنين", "2015-11-02"), ("خلال الأعوام الخمسة المقبلة", "P5Y"), ("منذ 3 أيام", "2015-10-31"),
    ]
