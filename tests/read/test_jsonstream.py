"""Streaming JSON: same values as json.loads, whatever the chunk size; bounded memory."""

from __future__ import annotations

import io
import json
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.read.jsonstream import iter_json_values, iter_jsonl_values

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(JSON_VALUES, max_size=8), st.integers(min_value=1, max_value=17), st.booleans())
def test_array_streams_like_json_loads(values, chunk_size: int, indent: bool) -> None:
    data = json.dumps(values, ensure_ascii=False, indent=2 if indent else None).encode()
    streamed = list(iter_json_values(io.BytesIO(data), chunk_size=chunk_size))
    assert streamed == list(enumerate(values))


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 5, 1 << 20])
def test_numbers_cut_by_a_chunk_boundary_stay_whole(chunk_size: int) -> None:
    data = b"[1234567, 89.125e3, -42]"
    assert [value for _, value in iter_json_values(io.BytesIO(data), chunk_size)] == [1234567, 89125.0, -42]


def test_single_object_has_no_index_and_concatenated_objects_do() -> None:
    assert list(iter_json_values(io.BytesIO(b'\xef\xbb\xbf {"a": 1}\n'))) == [(None, {"a": 1})]
    assert list(iter_json_values(io.BytesIO(b'{"a": 1}\n{"a": 2}'))) == [(0, {"a": 1}), (1, {"a": 2})]


@pytest.mark.parametrize(
    ("data", "good", "message"),
    [
        (b'[{"a": 1}, {"a": 2}', 2, "not closed"),
        (b'[{"a": 1}, {"a": ', 1, "malformed JSON"),
        (b'[{"a": 1}, {"a" 2}, {"a": 3}]', 1, "malformed JSON"),
    ],
    ids=["unclosed-array", "truncated-element", "bad-element"],
)
def test_malformed_array_yields_good_elements_then_an_error(data: bytes, good: int, message: str) -> None:
    items = list(iter_json_values(io.BytesIO(data), chunk_size=4))
    assert [index for index, _ in items] == list(range(good + 1))
    assert all(not isinstance(value, Exception) for _, value in items[:-1])
    assert isinstance(items[-1][1], ValueError) and message in str(items[-1][1])


def test_jsonl_reports_line_numbers_and_goes_on() -> None:
    data = '\ufeff{"a": 1}\n\n{"a": \n[1, 2]\n{"a": "\xff"}\n'.encode() + b'{"b": "\xff"}\n'
    items = list(iter_jsonl_values(io.BytesIO(data)))
    assert [lineno for lineno, _ in items] == [1, 3, 4, 5, 6]
    assert items[0][1] == {"a": 1} and isinstance(items[1][1], ValueError)
    assert items[2][1] == [1, 2] and items[4][1] == {"b": "\ufffd"}


def test_large_array_streams_in_bounded_memory(tmp_path) -> None:
    record = {"title": "عنوان", "content": "نص الخبر " * 400}
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as out:
        out.write("[")
        out.write(",\n".join(json.dumps(record, ensure_ascii=False) for _ in range(4000)))
        out.write("]")
    assert path.stat().st_size > 25_000_000
    tracemalloc.start()
    try:
        with path.open("rb") as stream:
            count = sum(1 for _ in iter_json_values(stream))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 4000
    assert peak < 12_000_000, f"peak {peak} bytes: the file was not streamed"
