"""The chain of transmission, structured for the API and on one line for the report."""

from __future__ import annotations

from khabar.speech import format_chain, quote_chain

RECORD = {
    "outlet": {"name": "Alhurra", "domain": "alhurra.com"},
    "credits": [{"name": "Reuters", "domain": "reuters.com", "kind": "source_line", "text": "source: Reuters"}],
    "entities": [
        {"id": "e1", "type": "ORG", "name": "وكالة رويترز"},
        {"id": "e2", "type": "PER", "name": "أنتوني بلينكن"},
    ],
    "times": [{"id": "t1", "text": "يوم الجمعة", "value": "2023-10-20"}],
}


def test_links_outermost_first():
    quote = {"via": None, "via_text": None, "time": "t1",
             "speaker": {"entity": None, "text": "مسؤول أمريكي كبير", "anonymous": True}}
    links = quote_chain(RECORD, quote)
    assert [link["role"] for link in links] == ["outlet", "credit", "speaker"]
    assert links[-1]["time"] == {"id": "t1", "text": "يوم الجمعة", "value": "2023-10-20"}
    assert format_chain(links) == "alhurra.com ← Reuters ← مسؤول أمريكي كبير (anonymous), يوم الجمعة"


def test_entity_names_and_merged_repeats():
    quote = {"via": "e1", "via_text": {"text": "لرويترز"}, "via_outlet": {"name": "Reuters", "domain": "reuters.com"},
             "time": None, "speaker": {"entity": "e2", "text": "بلينكن", "anonymous": False}}
    links = quote_chain(RECORD, quote)
    assert [link["role"] for link in links] == ["outlet", "credit", "speaker"]
    assert links[1]["also"] == ["via"]
    assert links[-1]["name"] == "أنتوني بلينكن"


def test_unknown_speaker_and_no_outlet():
    links = quote_chain({"entities": [], "times": [], "credits": []}, {"speaker": {}})
    assert links == [{"role": "speaker", "name": None, "entity": None, "text": None, "anonymous": False, "time": None}]
    assert format_chain(links) == "?"
