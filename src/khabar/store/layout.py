"""Records to table rows and back, losslessly.

Each annotation of the contract (an entity, a quote, a fact…) becomes one row
with a column per known field; nested objects (a quote's ``cue`` and
``speaker``, an article's ``outlet``) are flattened into ``cue_start``,
``speaker_text``… . Whatever else the object holds (fields a stage added, a
field the contract will add) goes to the row's ``extra`` JSON, together with
the few facts needed to rebuild the object exactly: keys that were absent, a
nested object that was present but empty. :meth:`Layout.join` inverts
:meth:`Layout.split`, so a record read back from the store equals the record
that went in.

>>> layout = Layout([("kind", "kind"), ("cue_text", "cue.text")])
>>> values, extra = layout.split({"kind": "direct", "cue": {"text": "قال"}, "new": 1})
>>> values, extra
(['direct', 'قال'], '{"new":1}')
>>> layout.join(values, extra)
{'kind': 'direct', 'cue': {'text': 'قال'}, 'new': 1}
"""

from __future__ import annotations

import json
from typing import Any

META = "~"  # key of the bookkeeping object inside ``extra``


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Layout:
    """Columns of one table and the record paths (``field`` or ``parent.field``) they hold."""

    def __init__(
        self,
        columns: list[tuple[str, str]],
        *,
        booleans: tuple[str, ...] = (),
        json_fields: tuple[str, ...] = (),
        derived: dict[str, tuple[str, str]] | None = None,
        optional: tuple[str, ...] = (),
    ):
        self.columns = [column for column, _ in columns]
        self.paths = [tuple(path.split(".")) for _, path in columns]
        self.booleans = set(booleans)  # paths stored as 0/1, given back as bool
        self.json_fields = set(json_fields)  # paths stored as JSON text (lists)
        # text paths that are ``source[start:end]`` of two other paths: stored as NULL when they are
        self.derived = {tuple(k.split(".")): (tuple(a.split(".")), tuple(b.split("."))) for k, (a, b) in (derived or {}).items()}
        self.optional = optional  # extra fields that are usually null: a null one costs nothing
        self.order: list[str] = []  # top-level keys in record order
        self.nested: dict[str, list[str]] = {}
        for path in self.paths:
            top = path[0]
            if top not in self.order:
                self.order.append(top)
            if len(path) == 2:
                self.nested.setdefault(top, []).append(path[1])
        # what split() walks for every row, worked out once: (top, sub or None, dotted name)
        self._plan = [(path[0], path[1] if len(path) == 2 else None, ".".join(path)) for path in self.paths]
        self._nested_names = {top: [(k, f"{top}.{k}") for k in subs] for top, subs in self.nested.items()}
        self._derived_positions = [(position, path) for position, path in enumerate(self.paths) if path in self.derived]

    def split(self, obj: dict[str, Any], source: str | None = None) -> tuple[list[Any], str | None]:
        """Column values and the ``extra`` JSON (or None) of one object.

        ``source`` is the article text that spans point into: a span's text
        equal to ``source[start:end]`` is not stored twice.
        """
        residual = dict(obj)
        absent: list[str] = []
        meta: dict[str, Any] = {}
        values: list[Any] = []
        parents: dict[str, Any] = {}
        for top in self.order:
            if top not in residual:
                absent.append(top)
                parents[top] = None
            else:
                parents[top] = residual.pop(top)
        store = self._store
        for top, sub, name in self._plan:
            parent = parents[top]
            if sub is None:
                values.append(store(name, parent))
            else:
                values.append(store(name, parent.get(sub) if isinstance(parent, dict) else None))
        for top, subs in self.nested.items():
            parent = parents[top]
            if parent is None:
                continue
            if not isinstance(parent, dict):  # not the shape the contract says: keep it whole
                meta.setdefault("raw", {})[top] = parent
                continue
            rest = {k: v for k, v in parent.items() if k not in subs}
            missing = [k for k in subs if k not in parent]
            all_null = all(parent.get(k) is None for k in subs)
            if rest or missing or all_null:
                meta.setdefault("nested", {})[top] = {"rest": rest, "absent": missing}
            if any(self._needs_type(name, parent.get(k)) for k, name in self._nested_names[top] if k in parent):
                meta.setdefault("types", {})[top] = {k: parent[k] for k in subs if k in parent}
        for top, sub, name in self._plan:
            if sub is None and top not in absent and self._needs_type(name, parents[top]):
                meta.setdefault("values", {})[top] = parents[top]
        if self.derived and source is not None:
            for position, path in self._derived_positions:
                span = self._span(obj, path, source)
                if span is None:
                    continue
                value = values[position]
                if value is None:
                    if self._present(obj, path):
                        meta.setdefault("null", []).append(".".join(path))
                elif value == source[span[0]:span[1]]:
                    values[position] = None
        for key in self.optional:
            if key not in residual:
                absent.append(key)
            elif residual[key] is None:
                del residual[key]
        if absent:
            meta["absent"] = absent
        if meta:
            residual[META] = meta
        return values, (dumps(residual) if residual else None)

    def join(self, values: list[Any] | tuple[Any, ...], extra: str | None, source: str | None = None) -> dict[str, Any]:
        """The object :meth:`split` was given (with the same ``source``)."""
        residual: dict[str, Any] = json.loads(extra) if extra else {}
        meta = residual.pop(META, {})
        absent = set(meta.get("absent", ()))
        nested_meta = meta.get("nested", {})
        raw = meta.get("raw", {})
        kept_values = meta.get("values", {})
        kept_types = meta.get("types", {})
        obj: dict[str, Any] = {}
        by_path = {path: self._load(".".join(path), value) for path, value in zip(self.paths, values)}
        if self.derived and source is not None:
            nulls = set(meta.get("null", ()))
            for path, (start_path, end_path) in self.derived.items():
                if by_path.get(path) is None and ".".join(path) not in nulls:
                    start, end = by_path.get(start_path), by_path.get(end_path)
                    if _valid_span(start, end, source):
                        by_path[path] = source[start:end]
        for top in self.order:
            if top in absent:
                continue
            if top in raw:
                obj[top] = raw[top]
                continue
            if top not in self.nested:
                obj[top] = kept_values.get(top, by_path[(top,)])
                continue
            subs = self.nested[top]
            info = nested_meta.get(top)
            if info is None and all(by_path[(top, k)] is None for k in subs):
                obj[top] = None
                continue
            missing = set(info["absent"]) if info else set()
            typed = kept_types.get(top, {})
            child = {k: typed.get(k, by_path[(top, k)]) for k in subs if k not in missing}
            if info:
                child.update(info["rest"])
            obj[top] = child
        obj.update(residual)
        for key in self.optional:
            if key not in absent and key not in obj:
                obj[key] = None
        return obj

    def _span(self, obj: dict[str, Any], path: tuple[str, ...], source: str) -> tuple[int, int] | None:
        start_path, end_path = self.derived[path]
        start, end = _get(obj, start_path), _get(obj, end_path)
        return (start, end) if _valid_span(start, end, source) else None

    @staticmethod
    def _present(obj: dict[str, Any], path: tuple[str, ...]) -> bool:
        if len(path) == 1:
            return path[0] in obj
        parent = obj.get(path[0])
        return isinstance(parent, dict) and path[1] in parent

    def _store(self, path: str, value: Any) -> Any:
        if value is None:
            return None
        if path in self.json_fields:
            return dumps(value)
        if isinstance(value, (dict, list, tuple)):
            return dumps(value)  # an unexpected shape: kept as JSON, restored from extra
        return value

    def _load(self, path: str, value: Any) -> Any:
        if value is None:
            return None
        if path in self.json_fields:
            return json.loads(value)
        if path in self.booleans and value in (0, 1):
            return bool(value)
        return value

    def _needs_type(self, path: str, value: Any) -> bool:
        """Values the column cannot give back as they were (kept in ``extra`` too)."""
        if value is None:
            return False
        if path in self.json_fields:
            return not isinstance(value, list)
        if path in self.booleans:
            return not isinstance(value, bool)
        return isinstance(value, (dict, list, tuple, bool))


def _get(obj: dict[str, Any], path: tuple[str, ...]) -> Any:
    if len(path) == 1:
        return obj.get(path[0])
    parent = obj.get(path[0])
    return parent.get(path[1]) if isinstance(parent, dict) else None


def _valid_span(start: Any, end: Any, source: str) -> bool:
    return (
        type(start) is int and type(end) is int and 0 <= start <= end <= len(source)
    )


ARTICLE = Layout([
    ("id", "id"),
    ("url", "url"),
    ("outlet_name", "outlet.name"),
    ("outlet_domain", "outlet.domain"),
    ("published", "published"),
    ("title", "title"),
    ("language", "language"),
    ("text", "text"),
    ("source", "source"),
])

CREDIT = Layout([("name", "name"), ("domain", "domain"), ("kind", "kind"), ("text", "text")])

ENTITY = Layout(
    [("local", "id"), ("type", "type"), ("subtype", "subtype"), ("name", "name"), ("roles", "roles")],
    json_fields=("roles",),
)

MENTION = Layout([("start", "start"), ("end", "end"), ("text", "text"), ("form", "form")],
                 derived={"text": ("start", "end")})

QUOTE = Layout(
    [
        ("local", "id"), ("kind", "kind"), ("start", "start"), ("end", "end"), ("text", "text"),
        ("cue_start", "cue.start"), ("cue_end", "cue.end"), ("cue_text", "cue.text"),
        ("speaker_local", "speaker.entity"), ("speaker_text", "speaker.text"),
        ("speaker_start", "speaker.start"), ("speaker_end", "speaker.end"), ("anonymous", "speaker.anonymous"),
        ("via_local", "via"), ("audience", "audience"), ("reported_first_by_local", "reported_first_by"),
        ("time_local", "time"), ("sentence", "sentence"),
    ],
    booleans=("speaker.anonymous",),
    derived={"text": ("start", "end"), "cue.text": ("cue.start", "cue.end"), "speaker.text": ("speaker.start", "speaker.end")},
    optional=("via_text", "via_outlet", "channel", "reported_first_by_text", "time_span"),
)

FACT = Layout(
    [
        ("local", "id"), ("type", "type"), ("value", "value"), ("min", "min"), ("max", "max"),
        ("approximate", "approximate"), ("noun", "noun"), ("start", "start"), ("end", "end"), ("text", "text"),
        ("location_local", "location"), ("time_local", "time"), ("quote_local", "quote"), ("sentence", "sentence"),
    ],
    booleans=("approximate",),
    derived={"text": ("start", "end")},
    optional=("noun_start", "noun_end", "unit", "currency"),
)

TIME = Layout([
    ("local", "id"), ("start", "start"), ("end", "end"), ("text", "text"), ("type", "type"), ("value", "value"),
], derived={"text": ("start", "end")})

# Top-level fields kept in their own tables, not in ``articles.record``.
TABLE_FIELDS = ("credits", "entities", "quotes", "facts", "times")
