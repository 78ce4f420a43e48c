"""The cell rules inside one shown view, on their own, without a database.

Which views may be shown at all (the old group rules) is the release plan's job:
tests/surveys/test_results_plan.py.
"""

from surveys.results.suppression import hide_small_counts, suppress_block, suppress_question

K = 5


def likert(counts, *, answered=None, mean=3.0, median=3.0):
    return {
        "key": "useful",
        "type": "likert",
        "label": "Hyödyllinen",
        "answered": sum(counts) if answered is None else answered,
        "suppressed": False,
        "options": [
            {"value": str(i + 1), "label": str(i + 1), "count": c} for i, c in enumerate(counts)
        ],
        "mean": mean,
        "median": median,
        "nps": None,
    }


def test_counts_of_k_or_more_and_zeros_are_shown():
    assert hide_small_counts([5, 0, 7], k=K) == [5, 0, 7]


def test_a_count_of_k_minus_one_is_hidden_with_the_smallest_other_count():
    assert hide_small_counts([4, 9, 6, 0], k=K) == [None, 9, None, 0]


def test_two_small_counts_adding_up_to_less_than_k_hide_the_smallest_other_count_too():
    # Hidden 1 + 2 = 3 would otherwise be answered minus the shown counts: two people.
    assert hide_small_counts([1, 2, 9, 8], k=K) == [None, None, 9, None]


def test_small_counts_adding_up_to_k_hide_only_themselves():
    assert hide_small_counts([3, 2, 9, 8], k=K) == [None, None, 9, 8]


def test_the_first_of_equal_smallest_counts_is_hidden_as_the_second_cell():
    assert hide_small_counts([3, 6, 6], k=K) == [None, None, 6]


def test_one_hidden_cell_with_only_zeros_beside_it_hides_nothing_more():
    assert hide_small_counts([2, 0, 0], k=K) == [None, 0, 0]


def test_question_answered_by_k_minus_one_is_blanked():
    result = suppress_question(likert([2, 2, 0, 0, 0]), k=K)
    assert result["suppressed"] is True
    assert result["answered"] is None
    assert {o["count"] for o in result["options"]} == {None}
    assert (result["mean"], result["median"], result["nps"]) == (None, None, None)


def test_question_answered_by_exactly_k_is_shown():
    result = suppress_question(likert([0, 0, 5, 0, 0]), k=K)
    assert result["suppressed"] is False
    assert result["answered"] == 5
    assert [o["count"] for o in result["options"]] == [0, 0, 5, 0, 0]
    assert result["mean"] == 3.0


def test_likert_with_a_hidden_count_hides_the_mean_but_keeps_the_median():
    result = suppress_question(likert([1, 0, 6, 7, 0], mean=3.36, median=4.0), k=K)
    assert [o["count"] for o in result["options"]] == [None, 0, None, 7, 0]
    assert result["mean"] is None
    assert result["median"] == 4.0
    assert result["answered"] == 14


def test_theme_counts_follow_the_cell_rule():
    question = {
        "key": "comments",
        "type": "long_text",
        "label": "Kommentit",
        "answered": 20,
        "suppressed": False,
        "options": [],
        "mean": None,
        "median": None,
        "nps": None,
        "themes": [
            {"key": "a", "label": "A", "count": 2},
            {"key": "b", "label": "B", "count": 8},
            {"key": "c", "label": "C", "count": 6},
        ],
    }
    result = suppress_question(question, k=K)
    assert [t["count"] for t in result["themes"]] == [None, 8, None]


def test_block_of_k_minus_one_respondents_nulls_every_number():
    block = suppress_block(respondents=K - 1, questions=[likert([0, 0, 4, 0, 0])], k=K)
    assert block["respondents"] is None
    assert block["suppressed"] is True
    assert block["questions"][0]["answered"] is None


def test_block_of_exactly_k_respondents_is_shown():
    block = suppress_block(respondents=K, questions=[likert([0, 0, 5, 0, 0])], k=K)
    assert block["respondents"] == K
    assert block["suppressed"] is False
