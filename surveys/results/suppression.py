"""Small-group suppression: pure functions over an already aggregated results payload.

k is the survey's minimum group size. The rules (docs/results.md) keep any single
respondent of a small group from being recognised, also by subtracting shown numbers
from each other. Nothing here touches the database, so the rules are tested directly.
"""

from surveys.choices import QuestionType

# Types whose mean and NPS follow from the shown counts, so a hidden count hides them too.
SCALE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS})
NUMBER_FIELDS = ("mean", "median", "nps")


def hide_small_counts(counts: list[int | None], *, k: int) -> list[int | None]:
    """Null every count with 0 < count < k; if exactly one is nulled, null one more.

    The extra one is the smallest other non-zero shown count (the first of equals), so
    the hidden value cannot be recovered as `answered` minus the shown counts.
    """
    shown: list[int | None] = [
        None if count is not None and 0 < count < k else count for count in counts
    ]
    hidden = [i for i, count in enumerate(shown) if count is None]
    if len(hidden) == 1:
        candidates = [(count, i) for i, count in enumerate(shown) if count]
        if candidates:
            _count, index = min(candidates)
            shown[index] = None
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


def groups_to_suppress(respondents: list[int], *, k: int) -> set[int]:
    """Indexes of breakdown groups to hide.

    Groups with 0 < respondents < k are hidden. If that is exactly one group, the
    next-smallest shown group is hidden too, so the hidden group cannot be recovered as
    the total minus the shown groups.
    """
    small = {i for i, n in enumerate(respondents) if 0 < n < k}
    if len(small) == 1:
        shown = [(n, i) for i, n in enumerate(respondents) if i not in small and n > 0]
        if shown:
            small.add(min(shown)[1])
    return small


def suppress_groups(groups: list[dict], *, k: int) -> list[dict]:
    """Breakdown groups ({value, label, respondents, questions}) with the group rules applied."""
    hidden = groups_to_suppress([group["respondents"] for group in groups], k=k)
    result = []
    for index, group in enumerate(groups):
        # A hidden group is blanked whole; passing 0 routes it through the same path.
        respondents = 0 if index in hidden else group["respondents"]
        block = suppress_block(respondents=respondents, questions=group["questions"], k=k)
        result.append({"value": group["value"], "label": group["label"], **block})
    return result
