"""Small-group suppression: pure functions over an already aggregated results payload.

k is the survey's minimum group size. These are the cell rules inside one shown view
(docs/privacy.md, rule 4); which views may be shown at all is the release plan's job
(plan.py). Nothing here touches the database, so the rules are tested directly.
"""

from surveys.choices import QuestionType

# Types whose mean and NPS follow from the shown counts, so a hidden count hides them too.
SCALE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS})
NUMBER_FIELDS = ("mean", "median", "nps")


def hide_small_counts(counts: list[int | None], *, k: int) -> list[int | None]:
    """Null every count with 0 < count < k, then more until the hidden ones total 0 or >= k.

    The extra ones are the smallest other non-zero shown counts (the first of equals), so
    the hidden counts cannot be recovered as `answered` minus the shown counts, alone or
    together (a hidden total of 2 under k = 5 would tell that two people chose them).
    """
    shown: list[int | None] = [
        None if count is not None and 0 < count < k else count for count in counts
    ]
    hidden_total = sum(c for c, s in zip(counts, shown, strict=True) if s is None and c)
    while 0 < hidden_total < k:
        candidates = [(count, i) for i, count in enumerate(shown) if count]
        if not candidates:
            break
        count, index = min(candidates)
        shown[index] = None
        hidden_total += count
    return shown


def blank_question(question: dict) -> dict:
    """The question with every number nulled and `suppressed` set."""
    blanked = {**question, "answered": None, "suppressed": True}
    blanked["options"] = [{**option, "count": None} for option in question["options"]]
    for field in NUMBER_FIELDS:
        blanked[field] = None
    if "themes" in question:
        blanked["themes"] = [{**theme, "count": None} for theme in question["themes"]]
    return blanked


def suppress_question(question: dict, *, k: int) -> dict:
    """Apply the question rules: too few answers hide all; small counts hide cells."""
    if question["answered"] is None or question["answered"] < k:
        return blank_question(question)
    result = {**question, "suppressed": False}
    counts = hide_small_counts([option["count"] for option in question["options"]], k=k)
    result["options"] = [
        {**option, "count": count}
        for option, count in zip(question["options"], counts, strict=True)
    ]
    if question["type"] in SCALE_TYPES and None in counts:
        result["mean"] = None
        result["nps"] = None
    if "themes" in question:
        theme_counts = hide_small_counts([theme["count"] for theme in question["themes"]], k=k)
        result["themes"] = [
            {**theme, "count": count}
            for theme, count in zip(question["themes"], theme_counts, strict=True)
        ]
    return result


def suppress_block(*, respondents: int, questions: list[dict], k: int) -> dict:
    """Respondents and questions of one block (the whole result or one breakdown group)."""
    if respondents < k:
        return {
            "respondents": None,
            "suppressed": True,
            "questions": [blank_question(question) for question in questions],
        }
    return {
        "respondents": respondents,
        "suppressed": False,
        "questions": [suppress_question(question, k=k) for question in questions],
    }
