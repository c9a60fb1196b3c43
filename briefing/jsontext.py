"""briefing.json's text: what `json.dumps(document, indent=2, ensure_ascii=False)` writes.

The standard library's indented encoder runs in Python, one generator per value; this loop
over its C string encoder writes the same bytes in under half the time, and gives a long
document in pieces (a batch of list items at a time), so it is never held whole. Only what
briefing.json holds is written: dicts, lists, strings, integers, booleans and null.
"""

from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring as encode_string  # the C encoder, UTF-8 kept

BATCH = 256  # list items per piece


def indented_json(document: dict) -> Iterator[str]:
    """`json.dumps(document, indent=2, ensure_ascii=False) + "\\n"`, a key or a batch of list
    items at a time."""
    if not document:
        yield "{}\n"
        return
    yield "{"
    separator = "\n  "
    for key, value in document.items():
        head = f"{separator}{encode_string(key)}: "
        separator = ",\n  "
        if not isinstance(value, list) or not value:
            yield head + json_value(value, "\n  ")
            continue
        yield head + "["
        for first in range(0, len(value), BATCH):
            batch = value[first : first + BATCH]
            pieces = [",\n    " if first else "\n    "]
            json_list_items(batch, "\n    ", pieces)
            yield "".join(pieces)
        yield "\n  ]"
    yield "\n}\n"


def json_value(value: object, indent: str) -> str:
    """One value as indented JSON, `indent` being the newline and spaces of its own line."""
    pieces: list[str] = []
    write_json(value, indent, pieces)
    return "".join(pieces)


def write_json(value: object, indent: str, pieces: list[str]) -> None:
    """Append `value` as JSON with two-space indentation to `pieces`."""
    encode = SCALARS.get(type(value))
    if encode is not None:
        pieces.append(encode(value))
    elif isinstance(value, dict):
        if not value:
            pieces.append("{}")
            return
        inner = indent + "  "
        separator, comma = "{" + inner, "," + inner
        for key, item in value.items():
            encode = SCALARS.get(type(item))  # most values: one piece, no call further down
            if encode is None:
                pieces.append(f"{separator}{encode_string(key)}: ")
                write_json(item, inner, pieces)
            else:
                pieces.append(f"{separator}{encode_string(key)}: {encode(item)}")
            separator = comma
        pieces.append(indent + "}")
    elif isinstance(value, list):
        if not value:
            pieces.append("[]")
            return
        inner = indent + "  "
        pieces.append("[" + inner)
        json_list_items(value, inner, pieces)
        pieces.append(indent + "]")
    else:
        pieces.append(json_scalar(value))


def null(_: None) -> str:
    return "null"


def boolean(value: bool) -> str:
    return "true" if value else "false"


# How each scalar type is written, looked up by exact type: one dict lookup per value rather
# than a chain of isinstance calls. bool comes before int for the subclass fallback below.
SCALARS = {str: encode_string, type(None): null, bool: boolean, int: int.__repr__}


def json_scalar(value: object) -> str:
    """A string, number, true, false or null as JSON, also of a subclass of their types."""
    for kind, encode in SCALARS.items():
        if isinstance(value, kind):
            return encode(value)
    raise TypeError(f"{type(value).__name__} is not a briefing.json value")


def json_list_items(items: list, indent: str, pieces: list[str]) -> None:
    """The items of a list, separated by a comma and `indent`; a list of strings (the
    paragraphs, the ids) in one join."""
    if all(isinstance(item, str) for item in items):
        pieces.append(("," + indent).join(map(encode_string, items)))
        return
    for n, item in enumerate(items):
        if n:
            pieces.append("," + indent)
        write_json(item, indent, pieces)
