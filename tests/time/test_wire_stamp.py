"""A wire agency's filing time ("// انتهى //" then "16:44 ت م", Mecca time) stays in the clean text
and is read as that day's clock time; a site's own "آخر تحديث" stamp is still cut."""

import khabar

SPA_COPY = (
    "الرياض 20 شوال 1436 هـ الموافق 5 أغسطس 2015 م واس\n"
    "افتتح أمير المنطقة صباح اليوم معرضا للكتاب بمشاركة أكثر من 300 دار نشر.\n"
    " // انتهى //\n"
    " 16:44 ت م \n"
)


def times_of(text: str, published: str = "2015-08-05"):
    doc = khabar.analyze(text, published=published)
    return doc, [(doc.text[t["start"]:t["end"]], t.get("value")) for t in doc.times]


def test_the_filing_time_is_a_clock_time_of_the_day() -> None:
    doc, times = times_of(SPA_COPY)
    assert "16:44 ت م" in doc.text
    assert ("16:44 ت م", "2015-08-05T16:44") in times


def test_the_end_marker_still_goes() -> None:
    doc, _ = times_of(SPA_COPY)
    assert "انتهى" not in doc.text


def test_a_sites_update_stamp_still_goes() -> None:
    text = SPA_COPY.replace(" 16:44 ت م \n", "آخر تحديث: 5 أغسطس 2015 - 10:30\n")
    doc, times = times_of(text)
    assert "آخر تحديث" not in doc.text
    assert not any(value and value.endswith("T10:30") for _, value in times)
