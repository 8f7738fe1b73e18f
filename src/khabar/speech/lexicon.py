"""The word lists of the quote finder, read once from ``data/*.tsv``.

Reporting verbs are listed once, as a past and a present stem, and a small
morphology generates what the text writes: person, gender and number
(قال، قالت، قالوا، يقول، تقول، يقولون…), with or without و/ف. Each form keeps
what it says about its subject (feminine, plural, first person), which the
speaker resolution uses to find who "وأضافت" refers to. Every entry is
matched on the normalised text (alef forms, ى/ي, ة/ه, diacritics, tatweel).

>>> form = cue_forms()["واضافت"]
>>> form.lemma, form.gender, form.prefix
('اضاف', 'f', 'و')
>>> cue_forms()["مشيرين"].kind, cue_forms()["مشيرين"].plural
('participle', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from khabar.text.normalize import normalize

CONJUNCTIONS = ("و", "ف")


def norm(text: str) -> str:
    """The matching form used throughout the quote finder (ة folded into ه)."""
    return normalize(text, ta_marbuta=True)


@dataclass(frozen=True, slots=True)
class CueForm:
    """One written form of a reporting verb or participle.

    ``kind`` is ``verb`` or ``participle``; ``person`` 1, 2 or 3; ``gender``
    ``m``, ``f`` or ``None`` when the form does not tell; ``prefix`` the
    conjunction written on it (``و``, ``ف`` or ``""``).
    """

    kind: str
    lemma: str
    preps: tuple[str, ...]
    flags: frozenset[str]
    tense: str  # past, present, participle
    person: int
    gender: str | None
    plural: bool
    prefix: str


def _lines(filename: str):
    text = resources.files("khabar.speech").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [cell.strip() for cell in line.split("\t")]


def _cell(value: str) -> tuple[str, ...]:
    return () if value in ("", "-") else tuple(norm(v) for v in value.split("|") if v.strip())


# past-tense endings: (suffix, gender, plural)
PAST_ENDINGS = (("", "m", False), ("ت", "f", False), ("وا", "m", True), ("ا", "m", True), ("تا", "f", True), ("ن", "f", True))
# present-tense prefixes: (letter, person, gender)
PRESENT_PREFIXES = (("ي", 3, "m"), ("ت", 3, "f"), ("ن", 1, None), ("ا", 1, None))
PRESENT_ENDINGS = (("", False), ("ون", True), ("ان", True), ("ن", True))
# participle endings on the stem (مشير): (suffix, gender, plural)
PARTICIPLE_ENDINGS = (("ا", "m", False), ("ه", "f", False), ("ين", "m", True), ("ون", "m", True), ("ان", "m", True), ("تين", "f", True), ("تان", "f", True))


def _gender_of_extra(form: str, lemma: str) -> tuple[str | None, bool, int, str]:
    """Gender, plural, person and tense of an irregular form listed in ``extra`` (نفت، ترى، يدعون)."""
    if form[0] in "يتنا" and form[0] != lemma[0]:
        person = 1 if form[0] in "نا" else 3
        gender = None if person == 1 else ("f" if form[0] == "ت" else "m")
        return gender, form.endswith(("ون", "ان")), person, "present"
    if form.endswith(("وا", "وه")):
        return "m", True, 3, "past"
    if form.endswith(("ت", "تا", "ته", "تها")):
        return "f", form.endswith("تا"), 3, "past"
    return "m", False, 3, "past"


@lru_cache(maxsize=1)
def wasl_lemmas() -> frozenset[str]:
    """Verbs whose past begins with a bare alef (استدرك، اعتبر، اعتقد): written with أ, the same letters
    are the first person of the present ("وأستدرك" = "and I add"), which normalisation hides."""
    return frozenset(norm(row[0]) for row in _lines("verbs.tsv") if row[0].startswith("ا"))


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueForm]:
    """Every written form of every reporting verb and participle, keyed by its normalised spelling
    (not the verbs of thanks, :func:`gratitude_forms`)."""
    forms = _verb_forms(gratitude=False)
    for word, form in _participle_entries():
        _add_prefixed(forms, word, form)
    return forms


@lru_cache(maxsize=1)
def chant_forms() -> dict[str, CueForm]:
    """Written forms of the verbs flagged ``chant`` in verbs.tsv (هتف، صرخ، صاح، ردد): verbs of crying out,
    and of repeating or hesitating ("تردد"), that report only the quotation right after them or their
    subject ("وهتف المتظاهرون «…»"), so they are kept out of :func:`cue_forms` and the finder takes one
    only there (dd42)."""
    return _verb_forms(gratitude=False, chant=True)


@lru_cache(maxsize=1)
def gratitude_forms() -> dict[str, CueForm]:
    """Written forms of the verbs flagged ``gratitude`` in verbs.tsv (رفع، تقدم ب، وجه، قدم): ordinary
    verbs ("رفع الأسعار", "تقدم العمل") that report speech only with thanks, congratulations or
    condolences for object ("ورفع الوزير التهنئة لـ…"), so they are kept out of :func:`cue_forms` and
    the finder takes one only where such an object follows."""
    return _verb_forms(gratitude=True)


def _add_prefixed(forms: dict[str, CueForm], word: str, form: CueForm) -> None:
    for prefix in ("", *CONJUNCTIONS):
        key = prefix + word
        if key not in forms:
            forms[key] = CueForm(form.kind, form.lemma, form.preps, form.flags, form.tense, form.person,
                                 form.gender, form.plural, prefix)


@lru_cache(maxsize=1)
def homograph_forms() -> dict[str, CueForm]:
    """The forms verbs.tsv drops with "!" because they are mostly another word ("وصف" the noun
    "description", "يصف"), keyed like :func:`cue_forms` (with و/ف too): the finder takes one only
    where the clause shows the verb (``word_classes.tsv``, ``verb_or_noun``)."""
    return _verb_forms(gratitude=False, homographs=True)


def _verb_forms(*, gratitude: bool, homographs: bool = False, chant: bool = False) -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}

    def add(word: str, form: CueForm) -> None:
        _add_prefixed(forms, word, form)

    for row in _lines("verbs.tsv"):
        past, present, preps, flags, extra = (row + ["-"] * 5)[:5]
        past_n = norm(past)
        preps_t = _cell(preps)
        flag_set = frozenset(f.strip() for f in flags.split(",") if f.strip() not in ("", "-"))
        if ("gratitude" in flag_set) != gratitude or ("chant" in flag_set) != chant:
            continue
        made: dict[str, CueForm] = {}
        for suffix, gender, plural in PAST_ENDINGS:
            stem = past_n
            if suffix and stem.endswith(("ا", "ي")) and len(stem) > 2:
                continue  # defective verbs (دعا، نفى): irregular forms come from ``extra``
            made[stem + suffix] = CueForm("verb", past_n, preps_t, flag_set, "past", 3, gender, plural, "")
        if present not in ("", "-"):
            body = norm(present)[1:]
            for letter, person, gender in PRESENT_PREFIXES:
                for suffix, plural in PRESENT_ENDINGS:
                    if suffix and body.endswith(("ي", "و", "ا")):
                        continue
                    if person == 1 and suffix:
                        continue
                    made.setdefault(letter + body + suffix, CueForm("verb", past_n, preps_t, flag_set, "present", person,
                                                           gender if person == 3 else None, plural, ""))
        extras = [w.strip() for w in extra.split("|")] if extra not in ("", "-") else []
        for word in extras:
            if word and not word.startswith("!"):
                w = norm(word)
                if w[:1] in CONJUNCTIONS and w[1:] in made:
                    continue  # a prefixed form kept back from an exclusion, below
                gender, plural, person, tense = _gender_of_extra(w, past_n)
                made.setdefault(w, CueForm("verb", past_n, preps_t, flag_set, tense, person, gender, plural, ""))
        excluded = {norm(w[1:]) for w in extras if w.startswith("!")}
        for word, form in made.items():
            if (word in excluded) == homographs:
                add(word, form)
        if homographs:
            continue
        for word in extras:  # "!بين|وبين": the bare form is another word, the prefixed one a verb
            w = norm(word)
            if w[:1] in CONJUNCTIONS and w[1:] in made:
                bare = made[w[1:]]
                forms.setdefault(w, CueForm(bare.kind, bare.lemma, bare.preps, bare.flags, bare.tense, bare.person,
                                            bare.gender, bare.plural, w[0]))
    return forms


@lru_cache(maxsize=1)
def participle_forms() -> dict[str, CueForm]:
    """Written forms of the participles only ("طالباً" the participle, where cue_forms has the dual verb
    "طالبا"), with and without و/ف."""
    forms: dict[str, CueForm] = {}
    for word, form in _participle_entries():
        for prefix in ("", *CONJUNCTIONS):
            forms.setdefault(prefix + word, CueForm(form.kind, form.lemma, form.preps, form.flags, form.tense,
                                                    form.person, form.gender, form.plural, prefix))
    return forms


def _participle_entries() -> list[tuple[str, CueForm]]:
    entries: list[tuple[str, CueForm]] = []
    def add(word: str, form: CueForm) -> None:
        entries.append((word, form))

    for row in _lines("participles.tsv"):
        form, preps, flags, extra = (row + ["-"] * 4)[:4]
        form_n = norm(form)
        stem = form_n.removesuffix("ا")
        preps_t = _cell(preps)
        flag_set = frozenset(f.strip() for f in flags.split(",") if f.strip() not in ("", "-"))
        excluded = {norm(w.strip()[1:]) for w in extra.split("|") if w.strip().startswith("!")}
        for suffix, gender, plural in PARTICIPLE_ENDINGS:
            if stem + suffix not in excluded:
                add(stem + suffix, CueForm("participle", form_n, preps_t, flag_set, "participle", 3, gender, plural, ""))
        for cell in (w.strip() for w in extra.split("|") if w.strip() not in ("", "-")):
            if cell.startswith("!"):
                continue
            # ",form": a form that is mostly another word, a cue only right after a comma ("…، مطالبة بضرورة …")
            word, flags_of_form = (norm(cell[1:]), flag_set | {"comma"}) if cell.startswith(",") else (norm(cell), flag_set)
            fem = word.endswith(("ه", "تين", "تان"))
            add(word, CueForm("participle", form_n, preps_t, flags_of_form, "participle", 3,
                              "f" if fem else "m", word.endswith(("ين", "ون", "تين", "تان")), ""))
    return entries


@dataclass(frozen=True, slots=True)
class Phrase:
    """A multi-word entry: its normalised words and its kind."""

    words: tuple[str, ...]
    kind: str


def _phrase_table(rows: list[tuple[str, str]]) -> dict[str, tuple[Phrase, ...]]:
    """Phrases indexed by their first word, longest first."""
    table: dict[str, list[Phrase]] = {}
    for kind, text in rows:
        words = tuple(norm(w) for w in text.split())
        if words:
            table.setdefault(words[0], []).append(Phrase(words, kind))
    # of two as long, the one spelling its last word out first: "وفقا لما" before "وفقا ل" + "ما"
    return {k: tuple(sorted(v, key=lambda p: (-len(p.words), p.words[-1] == "ل"))) for k, v in table.items()}


@lru_cache(maxsize=1)
def according_phrases() -> dict[str, tuple[Phrase, ...]]:
    """"According to" cues (وفقا لـ، بحسب، نقلا عن…), also with a leading و/ف."""
    rows = []
    for phrase, kind in _lines("according.tsv"):
        rows.append((kind, phrase))
        for conj in CONJUNCTIONS:
            rows.append((kind, conj + phrase))
    return _phrase_table(rows)


@lru_cache(maxsize=1)
def markers() -> dict[str, tuple[Phrase, ...]]:
    """via/audience/circumstance/time/… phrases (``data/markers.tsv``), also with a leading و."""
    rows = []
    for kind, phrase in _lines("markers.tsv"):
        rows.append((kind, phrase))
        if kind in ("via_talk", "via_doc", "audience", "circumstance", "time"):
            rows.append((kind, "و" + phrase))
    return _phrase_table(rows)


@cache
def marker_words(kind: str) -> frozenset[str]:
    """Single words of one marker kind (``name_cue``, ``content``, ``time_tail``…)."""
    return frozenset(p.words[0] for phrases in markers().values() for p in phrases if p.kind == kind and len(p.words) == 1)


@cache
def marker_phrases(kind: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of several words of one marker kind ("المعروف ب"، "في اجتماع"), as normalised words."""
    return tuple(p.words for phrases in markers().values() for p in phrases if p.kind == kind and len(p.words) > 1)


@cache
def _kind_words(filename: str, kind: str) -> frozenset[str]:
    """Normalised words of one kind of a ``kind<TAB>word`` data file."""
    return frozenset(norm(word) for row_kind, word in _lines(filename) if row_kind == kind)


def word_class(kind: str) -> frozenset[str]:
    """Words of one closed class of ``word_classes.tsv`` (function words that end a speaker phrase,
    plural heads, verbs of publishing…), named after the constant that holds it."""
    return _kind_words("word_classes.tsv", kind)


@cache
def written_words(kind: str) -> frozenset[str]:
    """Words of one class of ``word_classes.tsv`` as written, not normalised: for a word told apart from
    another only by letters normalising folds ("والي", the governor, against "وإلى" / "والى", and to)."""
    return frozenset(word for row_kind, word in _lines("word_classes.tsv") if row_kind == kind)


def interview_words(kind: str) -> frozenset[str]:
    """Phrases of one kind of ``interview.tsv`` (lead, detail, talk): the phrase that leads from a
    published interview's introduction to its questions and answers ("فإلى تفاصيل الحوار")."""
    return _kind_words("interview.tsv", kind)


def clause_words(kind: str) -> frozenset[str]:
    """Words of one kind of ``clause_words.tsv`` (break_particle, pointing_back, self_reference,
    goes_on…)."""
    return _kind_words("clause_words.tsv", kind)


@lru_cache(maxsize=1)
def speech_masdars() -> dict[str, CueForm]:
    """The verbal noun of a reporting verb after إلى, with the complement right after it ("ويخلص الكاتب
    إلى القول إن …", "دفع ذلك المحللين إلى القول بأن …", "يعود إلى التأكيد أن …"): ``speech_masdar`` in
    clause_words.tsv, written "masdar|present" ("القول|يقول"), keyed by the masdar, the present's form
    with its noun object dropped (only the complement follows)."""
    forms = cue_forms()
    out: dict[str, CueForm] = {}
    for word in clause_words("speech_masdar"):
        masdar, _, present = word.partition("|")
        form = forms.get(present)
        if form is not None:
            out[masdar] = CueForm(form.kind, form.lemma, form.preps, form.flags - {"noun"}, form.tense, form.person,
                                  form.gender, form.plural, "")
    return out


@lru_cache(maxsize=1)
def speaker_heads() -> dict[str, str]:
    """Head word → kind (title, honorific, pronoun, anon, org, media, doc)."""
    heads: dict[str, str] = {}
    for word, kind in _lines("speakers.tsv"):
        heads.setdefault(norm(word), kind)
    return heads


@lru_cache(maxsize=200_000)  # asked hundreds of times per article, mostly of the same words
def head_kind(word: str) -> str | None:
    """Kind of a (normalised) word as a speaker head, with or without the article and و."""
    return _head_kind(word)


def _head_kind(word: str) -> str | None:
    heads = speaker_heads()
    found = heads.get(word)
    if found:
        return found
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
        found = heads.get(word)
        if found:
            return found
    if word.startswith("ال") and len(word) > 4:
        return heads.get(word[2:])
    return None


COMPLEMENTIZERS = frozenset(
    norm(w) for w in (
        "إن", "أن", "بأن", "فإن", "إنه", "إنها", "إنهم", "إنهما", "إنهن", "إننا", "إنني", "إني",
        "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أنني", "أني", "بأنه", "بأنها", "بأنهم", "بأنهما",
        "بأننا", "فإنه", "فإنها", "فإنهم", "لأن",
    ) if w != "لأن"
)
# words after which أن is not the complement of a reporting verb ("بعد أن", "يجب أن")
NOT_BEFORE_COMPLEMENTIZER = word_class("not_before_complementizer")
NEW_CLAUSE_BEFORE_THAT = word_class("new_clause_before_that")  # one word, or the two words before أن
CONCESSIVE_BEFORE_THAT = word_class("concessive_before_that")  # the same
RELATIVES = word_class("relatives")
NAME_PARTICLES = word_class("name_particles")
# function words that end a speaker phrase
NP_STOPS = word_class("np_stops")
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
# the possessive pronouns a noun of news takes ("برقيته", "سعادتها", "تواصلهما"), longest first
POSSESSIVE_ENDINGS = ("هما", "هم", "ها", "ه")


def possessive_stem(written: str) -> str | None:
    """The noun before a possessive pronoun written on it (the longest ending that fits), else None."""
    for ending in POSSESSIVE_ENDINGS:
        if written.endswith(ending):
            return written[: -len(ending)]
    return None
PREP_WORDS = word_class("prep_words")
