"""Pass spk59: the speaker phrase stops where a name ends — before "في" + a place the tagger found, right after a
person's name ("وقال المدرب جوزيه مورينيو في لندن إن …": where he spoke, not who he is), and before "من" + an
impersonal adjective that opens the words said ("ويقول الخبير سالم المري من الصعب جدا أن …"). A title or a body
keeps its place ("السفير السعودي في واشنطن"، "الشرطة في لندن"،
"طالبة في القاهرة"). Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize("text, words, speaker", [
    ("وقال المدرب جوزيه مورينيو في لندن إن فريقه سيقاتل على اللقب حتى النهاية.",
     "سيقاتل على اللقب", "المدرب جوزيه مورينيو"),
    ("وقال فينغر في سنغافورة حيث يخوض فريقه معسكره الصيفي إن اللاعبين في حالة جيدة.",
     "اللاعبين في حالة جيدة", "فينغر"),
    ("وأكد الرئيس الفرنسي فرانسوا هولاند في باريس أن بلاده ستواصل دعم التحالف.",
     "ستواصل دعم التحالف", "الرئيس الفرنسي فرانسوا هولاند"),
    ("ويقول الخبير الاقتصادي سالم المري من الصعب جدا أن تتعافى الأسواق قبل نهاية العام.",
     "تتعافى الأسواق", "الخبير الاقتصادي سالم المري"),
    ("وقال الدكتور خالد العتيبي من المهم أن يلتزم الجميع بالتعليمات.",
     "يلتزم الجميع", "الدكتور خالد العتيبي"),
])
def test_the_speaker_ends_with_the_name(text, words, speaker):
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("وقال السفير السعودي في واشنطن إن العلاقات بين البلدين متينة.", "العلاقات بين البلدين", "السفير السعودي في واشنطن"),
    ("وقالت الشرطة في لندن إن المشتبه به اعتقل صباح اليوم.", "المشتبه به اعتقل", "الشرطة في لندن"),
    ("وقال مراسل القناة في غزة إن القصف استمر طوال الليل.", "القصف استمر", "مراسل القناة في غزة"),
    ("وقال مسؤول في الرياض إن الاجتماع سيعقد غدا.", "الاجتماع سيعقد", "مسؤول في الرياض"),
    ("وقالت طالبة في القاهرة إن الامتحانات كانت صعبة هذا العام.", "الامتحانات كانت صعبة", "طالبة في القاهرة"),
])
def test_a_title_or_body_keeps_its_place(text, words, speaker):
    assert speaker_of_words(text, words) == speaker
