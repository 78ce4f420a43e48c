"""Spotting identifying details in free text: Finnish identity codes, phone numbers, e-mail.

Detection errs on the side of flagging: a flagged comment is only masked until a
coordinator has read it, so a false alarm costs a click, a miss could expose a person.
"""

import re

HETU = "hetu"
PHONE = "phone"
EMAIL = "email"
MASK = "[***]"

HETU_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
# DDMMYY, a century sign (+ 1800s; - and U–Y 1900s; A–F 2000s), NNN and a check character.
HETU_PATTERN = re.compile(
    r"(?<![0-9A-Za-z])(\d{6})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])(?![0-9A-Za-z])", re.IGNORECASE
)
# Finnish numbers: a leading 0 or +358/00358, an area or mobile prefix, 5–8 more digits
# in groups separated by spaces or hyphens (040 123 4567, +358 40 1234567, 09-123 456).
PHONE_PATTERN = re.compile(r"(?<![\w+])(?:\+358|00358|0)[ -]?\(?\d{1,3}\)?(?:[ -]?\d){5,8}(?!\w)")
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def hetu_is_valid(code: str) -> bool:
    """True when `code` is a personal identity code whose check character matches."""
    match = HETU_PATTERN.fullmatch(code.strip())
    if not match:
        return False
    digits, _century, serial, check = match.groups()
    day, month = int(digits[:2]), int(digits[2:4])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    return HETU_CHECK_CHARACTERS[int(digits + serial) % 31] == check.upper()


def _spans(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), HETU) for m in HETU_PATTERN.finditer(text) if hetu_is_valid(m[0])]
    spans += [(m.start(), m.end(), EMAIL) for m in EMAIL_PATTERN.finditer(text)]
    taken = [(start, end) for start, end, _kind in spans]
    for m in PHONE_PATTERN.finditer(text):
        # Digits inside an identity code or an e-mail address are not a phone number.
        if not any(start < m.end() and m.start() < end for start, end in taken):
            spans.append((m.start(), m.end(), PHONE))
    return sorted(spans)


def find_identifiers(text: str) -> list[str]:
    """The kinds of identifying details in `text` (hetu, phone, email), each once, in order."""
    kinds: list[str] = []
    for _start, _end, kind in _spans(text):
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def mask_identifiers(text: str) -> str:
    """`text` with every identifying detail replaced by MASK."""
    pieces, position = [], 0
    for start, end, _kind in _spans(text):
        if start < position:
            continue
        pieces += [text[position:start], MASK]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
