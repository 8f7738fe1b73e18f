"""The time package's word lists, read from ``time/data`` once, on first use.

Forms are kept in the matching form of :func:`khabar.numbers.lexicon.match_form`
(alef forms → ا, ى → ي, ة → ه), the form the time scanner reads.

>>> months()[match_form("تشرين الأول")]
Month(number=10, calendar='gregorian', strict=False)
>>> months()[match_form("جمادى الآخرة")].calendar
'hijri'
>>> weekdays()[match_form("الجمعة")], time_units()[match_form("ساعتين")]
(5, ('H', 2))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.numbers.lexicon import match_form

DATA = resources.files("khabar.time") / "data"

__all__ = ["Month", "contract_leads", "day_part_word", "day_parts", "decade_age_words", "event_verbs", "forward_leads", "future_lookalikes", "general_plural_nouns", "hour_units", "match_form", "months", "now_lookalikes", "phrases", "relative_words", "since_not_events", "time_units", "weekdays", "year_events"]


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in rows[1:]]  # the first row is the header


@dataclass(frozen=True, slots=True)
class Month:
    number: int
    calendar: str  # gregorian, hijri
    strict: bool  # needs a day, a year or شهر next to it


@lru_cache(maxsize=1)
def months() -> dict[str, Month]:
    return {match_form(f): Month(int(n), cal, strict == "yes") for f, n, cal, _system, strict in _rows("months.tsv")}


@lru_cache(maxsize=1)
def day_parts() -> dict[str, str]:
    """صباح → MO, مساء → EV, ليلة → NI…: TIMEX3's part of a named day (day_parts.tsv)."""
    return {match_form(form): part for form, part in _rows("day_parts.tsv")}


# what may be glued before the part of the day: "وصباح اليوم"، "بمساء الأحد"
DAY_PART_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")
DAY_PART_PREPOSITIONS = ("في", "وفي")  # a separate word before it: "في مساء الاثنين"


def part_of_named_day(text: str) -> str | None:
    """MO / AF / EV / NI when ``text`` opens with a part of the day (صباح، عصر، مساء، ليلة… with
    their clitics, after في) and names something after it ("مساء الاثنين"، "صباح أمس"), else
    ``None`` ("صباحا" alone is a time of no day). One test for khabar's reading
    (``time/passes``) and the gold's convention (``evaluation/conventions``), so the two never part."""
    words = match_form(text).split(maxsplit=2)
    if words and words[0] in DAY_PART_PREPOSITIONS:
        words = words[1:]
    if len(words) < 2:
        return None
    return _day_parts_with_clitics().get(words[0])


def day_part_word(word: str) -> str | None:
    """MO / AF / EV / NI when ``word`` (matching form) is a part of the day with its clitics, else ``None``."""
    return _day_parts_with_clitics().get(word)


@lru_cache(maxsize=1)
def _day_parts_with_clitics() -> dict[str, str]:
    """Every part of the day with every clitic of ``DAY_PART_CLITICS`` glued before it → its part:
    one look-up per expression instead of a test per clitic. Where two clitics could cut one word,
    the earlier clitic's reading is kept, as a walk over the clitics in order finds it."""
    parts = day_parts()
    glued: dict[str, str] = {}
    for clitic in DAY_PART_CLITICS:
        for form, part in parts.items():
            glued.setdefault(clitic + form, part)
    return glued


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Weekday with the article → ISO weekday (Monday 1)."""
    return {match_form(form): int(day) for form, day in _rows("weekdays.tsv")}


@lru_cache(maxsize=1)
def time_units() -> dict[str, tuple[str, int]]:
    """Unit word → (ISO unit letter, count: 1, 2 for a dual, 0 for a plural)."""
    return {match_form(form): (unit, int(count)) for form, unit, count in _rows("time_units.tsv")}


@lru_cache(maxsize=1)
def relative_words() -> dict[str, int]:
    """الماضي → -1, الجاري → 0, المقبل → +1."""
    return {match_form(form): int(offset) for form, offset in _rows("relative.tsv")}


@lru_cache(maxsize=1)
def phrases() -> dict[str, tuple[str, str | None]]:
    """Fixed phrases (الآن، سنويا، صلاة الجمعة، عيد الفطر) → (type, value rule or None)."""
    return {match_form(form): (kind, None if value == "-" else value) for form, kind, value in _rows("phrases.tsv")}


@lru_cache(maxsize=1)
def year_events() -> frozenset[str]:
    """Names of events written with their year (كأس العالم 2018، رؤية 2030)."""
    return frozenset(match_form(form) for (form,) in _rows("year_events.tsv"))


@lru_cache(maxsize=1)
def since_not_events() -> frozenset[str]:
    """Words after منذ that open no event (ذلك، نحو، فترة…): منذ + anything else is "since an event"."""
    return frozenset(match_form(form) for (form,) in _rows("since_not_events.tsv"))


@lru_cache(maxsize=1)
def hour_units() -> frozenset[str]:
    """Units that make one unit with "في الساعة" after them (ميلا في الساعة، كيلوواط في الساعة): no rate."""
    return frozenset(match_form(form) for (form,) in _rows("hour_units.tsv"))


@lru_cache(maxsize=1)
def general_plural_nouns() -> frozenset[str]:
    """Plurals of office after which عامين means "general" (المدراء العامين), not two years."""
    return frozenset(match_form(form) for (form,) in _rows("general_plural_nouns.tsv"))


@lru_cache(maxsize=1)
def decade_age_words() -> frozenset[str]:
    """Words before "في <decade>" that make it an age (شاب، الجريح، وهو، أعمارهم), not a decade of time."""
    return frozenset(match_form(form) for (form,) in _rows("decade_age_words.tsv"))


@lru_cache(maxsize=1)
def forward_leads() -> tuple[str, ...]:
    """Words before a yearless date that set a deadline or a start ahead ("حتى"، "اعتبارا من"), matching form."""
    return tuple(match_form(form) for (form,) in _rows("forward_leads.tsv"))


@lru_cache(maxsize=1)
def event_verbs() -> tuple[str, ...]:
    """Present-tense verbs of an event set on the yearless date after them ("تبدأ"، "يقام"), matching form."""
    return tuple(match_form(form) for (form,) in _rows("event_verbs.tsv"))


@lru_cache(maxsize=1)
def contract_leads() -> tuple[str, ...]:
    """Words before a month named alone that make it a futures contract's or shipment's month ("عقود"، "لشحنات"), matching form."""
    return tuple(match_form(form) for (form,) in _rows("contract_leads.tsv"))


@lru_cache(maxsize=1)
def future_lookalikes() -> frozenset[str]:
    """Whole words that look like the future س + an imperfect verb (ستين sixty، سنية Sunni)."""
    return frozenset(match_form(form) for (form,) in _rows("future_lookalikes.tsv"))


@lru_cache(maxsize=1)
def now_lookalikes() -> tuple[str, ...]:
    """The name Alan as written (آلان، ألان), which the matching form turns into الآن ("now")."""
    return tuple(form for (form,) in _rows("now_lookalikes.tsv"))
