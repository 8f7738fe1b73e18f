"""The chain of transmission (isnad) of a quote, outermost first.

A quote reaches the reader through a chain: the outlet that published the
article, the sources it credits (source line, dateline), whoever reported it
first, the outlet or agency the words were given to (``via``), and the
speaker. :func:`quote_chain` lays the chain out as structured links for the
API and the UI, read from the contract record alone; :func:`format_chain`
writes it on one line for the text report.

>>> record = {"outlet": {"name": "Alhurra", "domain": "alhurra.com"},
...           "credits": [{"name": "Reuters", "domain": "reuters.com", "kind": "source_line", "text": "المصدر: رويترز"}],
...           "entities": [], "times": [{"id": "t1", "text": "يوم الجمعة", "value": "2023-10-20"}]}
>>> quote = {"via": None, "via_text": None, "time": "t1",
...          "speaker": {"entity": None, "text": "مسؤول أمريكي كبير", "anonymous": True}}
>>> [link["role"] for link in quote_chain(record, quote)]
['outlet', 'credit', 'speaker']
>>> format_chain(quote_chain(record, quote))
'alhurra.com ← Reuters ← مسؤول أمريكي كبير (anonymous), يوم الجمعة'
"""

from __future__ import annotations

from typing import Any

from khabar.text.normalize import normalize


def quote_chain(record: dict[str, Any], quote: dict[str, Any]) -> list[dict[str, Any]]:
    """Links ``{role, name, entity, …}`` from the outlet to the speaker.

    Roles: ``outlet`` (``name``, ``domain``), ``credit`` (``name``, ``domain``,
    ``kind``, ``text``), ``first_reporter``, ``via`` (``name``, ``entity``,
    ``text``, ``domain``), ``speaker`` (``name``, ``entity``, ``text``,
    ``anonymous``, ``time``: ``{id, text, value}`` or ``None``). A link that
    names the same outlet as the link before it is merged into it.
    """
    entities = {e.get("id"): e for e in record.get("entities") or [] if e.get("id")}
    links: list[dict[str, Any]] = []
    outlet = record.get("outlet") or {}
    if outlet.get("name") or outlet.get("domain"):
        links.append({"role": "outlet", "name": outlet.get("name") or outlet.get("domain"),
                      "domain": outlet.get("domain"), "entity": None})
    for credit in record.get("credits") or []:
        if credit.get("name"):
            links.append({"role": "credit", "name": credit["name"], "domain": credit.get("domain"),
                          "kind": credit.get("kind"), "text": credit.get("text"), "entity": None})
    first = _named(quote.get("reported_first_by"), quote.get("reported_first_by_text"), None, entities)
    if first is not None:
        links.append({"role": "first_reporter", **first})
    via_outlet = quote.get("via_outlet") or {}
    via = _named(quote.get("via"), quote.get("via_text"), via_outlet.get("name"), entities)
    if via is not None:
        via["domain"] = via_outlet.get("domain")
        links.append({"role": "via", **via})
    speaker = quote.get("speaker") or {}
    who = _named(speaker.get("entity"), speaker if speaker.get("text") else None, None, entities)
    links.append({
        "role": "speaker",
        "name": who["name"] if who else None,
        "entity": speaker.get("entity"),
        "text": speaker.get("text"),
        "anonymous": bool(speaker.get("anonymous")),
        "time": _time(record, quote),
    })
    return _merge(links)


def _named(entity_id: str | None, span: dict[str, Any] | None, name: str | None,
           entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A link's name: the entity's, else the outlet's, else the words of the text."""
    text = span.get("text") if isinstance(span, dict) else None
    entity = entities.get(entity_id) if entity_id else None
    if entity is None and not name and not text:
        return None
    label = (entity or {}).get("name") or name or text
    return {"name": label, "entity": entity_id if entity else None, "text": text}


def _time(record: dict[str, Any], quote: dict[str, Any]) -> dict[str, Any] | None:
    times = {t.get("id"): t for t in record.get("times") or []}
    found = times.get(quote.get("time"))
    if found:
        return {"id": found.get("id"), "text": found.get("text"), "value": found.get("value")}
    span = quote.get("time_span")
    if span:
        return {"id": None, "text": span.get("text"), "value": None}
    return None


def _key(link: dict[str, Any]) -> str:
    return " ".join(normalize(str(link.get("name") or ""), ta_marbuta=True).lower().split())


def _merge(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a link that repeats the one before it (the outlet credited again, AFP as credit and via)."""
    merged: list[dict[str, Any]] = []
    for link in links:
        if merged and link["role"] != "speaker" and merged[-1]["role"] != "speaker":
            last = merged[-1]
            same = (
                (_key(link) and _key(link) == _key(last))
                or (link.get("domain") and link.get("domain") == last.get("domain"))
                or (link.get("text") and link.get("text") == last.get("text"))
            )
            if same:
                for key, value in link.items():
                    if last.get(key) is None and value is not None:
                        last[key] = value
                last.setdefault("also", []).append(link["role"])
                continue
        merged.append(link)
    return merged


def format_chain(links: list[dict[str, Any]]) -> str:
    """``outlet ← credit ← via ← speaker (anonymous), time``: the chain on one line."""
    parts: list[str] = []
    when = None
    for link in links:
        if link["role"] == "outlet":
            label = link.get("domain") or link.get("name")
        elif link["role"] == "speaker":
            label = link.get("name") or link.get("text") or "?"
            if link.get("anonymous"):
                label += " (anonymous)"
            when = (link.get("time") or {}).get("text")
        else:
            label = link.get("name") or link.get("text")
        if label and label not in parts:
            parts.append(label)
    chain = " ← ".join(parts)
    return f"{chain}, {when}" if when else chain
