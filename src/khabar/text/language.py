"""Which language an article is in, from its letters.

khabar analyses Arabic; Persian and Urdu share the script, so a plain
"is it Arabic script?" test is not enough. The letters only those languages
use (پ چ ژ گ for Persian, ٹ ڈ ڑ ں ے for Urdu) and a few very common Persian
function words tell them apart. Latin names inside Arabic text are fine: only
the share of Arabic-script letters among all letters matters.

>>> detect_language("قال الوزير إن الاجتماع انتهى")
'ar'
>>> detect_language("این یک متن فارسی است که برای آزمایش نوشته شده")
'fa'
>>> detect_language("The minister said the meeting was over")
'en'
"""

from __future__ import annotations

import re

ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LETTER_RE = re.compile(r"[^\W\d_]")
PERSIAN_LETTERS_RE = re.compile(r"[پچژگ]")
URDU_LETTERS_RE = re.compile(r"[ٹڈڑںے]")
PERSIAN_WORDS_RE = re.compile(r"(?:^|\s)(?:این|است|که|را|می|های|برای|از|با|شده|آن)(?=\s|$)")
LATIN_RE = re.compile(r"[A-Za-z]")
SAMPLE = 2_000  # enough letters to decide; a sample keeps this cheap on long texts


def detect_language(text: str) -> str:
    """``ar``, ``fa``, ``ur``, ``en`` (any Latin-script text) or ``und``."""
    sample = text[:SAMPLE]
    letters = len(LETTER_RE.findall(sample))
    if letters == 0:
        return "und"
    arabic_script = len(ARABIC_SCRIPT_RE.findall(sample))
    if arabic_script >= 0.5 * letters:
        return _arabic_script_language(sample, arabic_script)
    if len(LATIN_RE.findall(sample)) >= 0.5 * letters:
        return "en"
    return "und"


def _arabic_script_language(sample: str, arabic_letters: int) -> str:
    if len(URDU_LETTERS_RE.findall(sample)) > 0.01 * arabic_letters:
        return "ur"
    persian_evidence = len(PERSIAN_LETTERS_RE.findall(sample)) + 3 * len(PERSIAN_WORDS_RE.findall(sample))
    if persian_evidence > 0.02 * arabic_letters:
        return "fa"
    return "ar"
