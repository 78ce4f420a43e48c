"""The API's JSON parser: a body too deeply nested, or with text no database can store,
is refused as a 400 naming the field, never a 500."""

import json
import re

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.parsers import JSONParser, get_encoding

# Deeper than any request of this API; Python's parser would hit its recursion limit
# (about 1,000 levels) and fail with a RecursionError, i.e. a 500.
MAX_DEPTH = 32
# NUL and lone UTF-16 surrogates: PostgreSQL refuses the first, UTF-8 cannot encode
# the second. Other control characters are judged by the field that receives them.
_UNSTORABLE = re.compile("[\\x00\\ud800-\\udfff]")


def _depth_of(text: str) -> int:
    """The deepest bracket nesting of a JSON text, counting outside strings only."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _unstorable_paths(value, path: str = "") -> list[str]:
    if isinstance(value, str):
        return [path or "non_field_errors"] if _UNSTORABLE.search(value) else []
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            if _UNSTORABLE.search(str(key)):
                found.append(path or "non_field_errors")
            found.extend(_unstorable_paths(item, child))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_unstorable_paths(item, f"{path}[{index}]" if path else f"[{index}]"))
    return found


class SafeJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = get_encoding(parser_context or {})
        try:
            text = stream.read().decode(encoding)
        except UnicodeDecodeError as exc:
            raise exceptions.ParseError(_("The request body is not valid UTF-8.")) from exc
        if _depth_of(text) > MAX_DEPTH:
            raise exceptions.ParseError(
                _("The request body is nested more than %(max)s levels deep.") % {"max": MAX_DEPTH}
            )
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise exceptions.ParseError(f"JSON parse error - {exc}") from exc
        paths = _unstorable_paths(data)
        if paths:
            message = _(
                "This text contains invisible control characters or broken characters. "
                "Remove them and try again."
            )
            raise exceptions.ValidationError({path: [message] for path in paths})
        return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")
