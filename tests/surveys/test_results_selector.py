"""survey_results: the public results contract, computed in SQL, with suppression."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from surveys.models import CommentTheme, Session, Theme, WorkingGroup
from surveys.results.releases import release_pending
from surveys.results.selectors import survey_results
from tests.surveys.builders import build_survey
from tests.surveys.results_builders import DAY, add_responses, same

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    return build_survey(min_group_size=5)


def question(result, key):
    return next(q for q in result["questions"] if q["key"] == key)


def counts(q):
    return {o["value"]: o["count"] for o in q["options"]}


def twelve_answers(survey):
    """12 clients: useful 5×5, 4×4, 3×3; recommend 10×6, 9×2, 5×4; meetings 1..12."""
    rows = []
    for i in range(12):
        useful = 5 if i < 5 else 4 if i < 9 else 3
        recommend = 10 if i < 6 else 9 if i < 8 else 5
        rows.append(
            {
                "answers": {
                    "attended": "every" if i < 7 else "some",
                    "useful": useful,
                    "spoke": "yes" if i < 6 else "no",
                    "topics": ["housing", "work"] if i < 6 else ["housing"],
                    "recommend": recommend,
                    "meetings": i + 1,
                    "comments": f"Kommentti {i}",
                }
            }
        )
    add_responses(survey, rows)


def test_results_follow_the_public_contract(survey):
    twelve_answers(survey)
    result = survey_results(survey=survey, filters={}, language="fi")
    assert set(result) == {
        "survey",
        "min_group_size",
        "filters",
        "respondents",
        "suppressed",
        "withheld",
        "released",
        "waiting",
        "questions",
        "breakdown",
    }
    assert result["survey"] == {"key": "group-work", "title": "Palautetta työryhmästä"}
    assert result["min_group_size"] == 5
    assert result["filters"] == {}
    assert (result["respondents"], result["suppressed"], result["breakdown"]) == (12, False, None)
    assert [q["key"] for q in result["questions"]] == [
        "attended",
        "useful",
        "spoke",
        "topics",
        "spoke_how",
        "recommend",
        "meetings",
        "one_word",
        "comments",
    ]
    for q in result["questions"]:
        assert set(q) >= {"key", "type", "label", "answered", "suppressed", "options"}
        assert set(q) >= {"mean", "median", "nps"}


def test_choice_counts_are_per_option_in_defined_order(survey):
    twelve_answers(survey)
    result = survey_results(survey=survey, filters={})
    attended = question(result, "attended")
    assert attended["options"] == [
        {"value": "every", "label": "Joka kerta", "count": 7},
        {"value": "some", "label": "Joskus", "count": 5},
    ]
    assert attended["answered"] == 12
    assert (attended["mean"], attended["median"], attended["nps"]) == (None, None, None)


def test_multi_choice_answered_counts_responses_not_choices(survey):
    twelve_answers(survey)
    topics = question(survey_results(survey=survey, filters={}), "topics")
    assert topics["answered"] == 12
    assert counts(topics) == {"housing": 12, "work": 6, "health": 0}


def test_yes_no_lists_yes_then_no(survey):
    twelve_answers(survey)
    spoke = question(survey_results(survey=survey, filters={}), "spoke")
    assert [(o["value"], o["count"]) for o in spoke["options"]] == [("yes", 6), ("no", 6)]


def test_likert_lists_every_scale_point_and_small_counts_hide_the_mean(survey):
    twelve_answers(survey)
    useful = question(survey_results(survey=survey, filters={}), "useful")
    # 3 × "3" and 4 × "4" are under k = 5: both hidden, so the mean goes too.
    assert counts(useful) == {"1": 0, "2": 0, "3": None, "4": None, "5": 5}
    assert useful["answered"] == 12
    assert useful["mean"] is None
    # The 6th and 7th of 3,3,3,4,4,4,4,5,5,5,5,5 are both 4.
    assert useful["median"] == 4.0


def test_likert_without_hidden_counts_reports_mean_median_rounded(survey):
    rows = same(5, answers={"useful": 5}) + same(6, answers={"useful": 4})
    add_responses(survey, rows + same(5, answers={"useful": 2}))
    useful = question(survey_results(survey=survey, filters={}), "useful")
    assert counts(useful) == {"1": 0, "2": 5, "3": 0, "4": 6, "5": 5}
    # (25 + 24 + 10) / 16 = 3.6875
    assert useful["mean"] == 3.69
    # 16 values: the 8th and 9th are both 4.
    assert useful["median"] == 4.0
    assert useful["options"][0]["label"] == "1 – Ei lainkaan"


def test_nps_is_promoters_minus_detractors_and_hidden_with_a_small_cell(survey):
    twelve_answers(survey)
    recommend = question(survey_results(survey=survey, filters={}), "recommend")
    assert [o["value"] for o in recommend["options"]] == [str(v) for v in range(11)]
    # 9 has 2 answers (< 5): hidden, and 5 (4 answers) too: mean and nps go with them.
    assert counts(recommend)["9"] is None
    assert counts(recommend)["10"] == 6
    assert (recommend["mean"], recommend["nps"]) == (None, None)
    # 12 values: 5,5,5,5,9,9,10,... the 6th and 7th are 9 and 10.
    assert recommend["median"] == 9.5


def test_nps_value_when_no_count_is_hidden(survey):
    rows = same(6, answers={"recommend": 10}) + same(5, answers={"recommend": 8})
    add_responses(survey, rows + same(5, answers={"recommend": 3}))
    recommend = question(survey_results(survey=survey, filters={}), "recommend")
    # 100 × (6/16 − 5/16) = 6.25 → 6.3
    assert recommend["nps"] == 6.3
    assert recommend["mean"] == round((60 + 40 + 15) / 16, 2)


def test_number_question_has_no_options_and_an_even_median_is_the_middle_mean(survey):
    twelve_answers(survey)
    meetings = question(survey_results(survey=survey, filters={}), "meetings")
    assert meetings["options"] == []
    assert meetings["answered"] == 12
    assert meetings["mean"] == 6.5
    assert meetings["median"] == 6.5
    assert meetings["nps"] is None


def test_number_median_of_an_odd_count_is_the_middle_value(survey):
    add_responses(survey, [{"answers": {"meetings": v}} for v in (1, 2, 3, 40, 50)])
    meetings = question(survey_results(survey=survey, filters={}), "meetings")
    assert meetings["median"] == 3.0
    assert meetings["mean"] == 19.2


def test_text_questions_report_only_answered_and_never_the_text(survey):
    twelve_answers(survey)
    result = survey_results(survey=survey, filters={})
    comments = question(result, "comments")
    assert comments["answered"] == 12
    assert comments["options"] == []
    assert (comments["mean"], comments["median"], comments["nps"]) == (None, None, None)
    assert "Kommentti" not in str(result)


def test_question_answered_by_fewer_than_k_is_suppressed(survey):
    twelve_answers(survey)
    spoke_how = question(survey_results(survey=survey, filters={}), "spoke_how")
    assert spoke_how["suppressed"] is True
    assert spoke_how["answered"] is None


def test_k_minus_one_respondents_null_every_number(survey):
    add_responses(survey, same(4, answers={"attended": "every", "useful": 5, "meetings": 2}))
    result = survey_results(survey=survey, filters={})
    assert result["respondents"] is None
    assert result["suppressed"] is True
    for q in result["questions"]:
        assert q["suppressed"] is True
        assert q["answered"] is None
        assert {o["count"] for o in q["options"]} <= {None}
        assert (q["mean"], q["median"], q["nps"]) == (None, None, None)


def test_exactly_k_respondents_are_shown(survey):
    add_responses(survey, same(5, answers={"attended": "every"}))
    result = survey_results(survey=survey, filters={})
    assert result["respondents"] == 5
    assert counts(question(result, "attended")) == {"every": 5, "some": 0}


def test_one_hidden_cell_hides_the_smallest_other_count(survey):
    rows = same(2, answers={"attended": "some"}) + same(6, answers={"attended": "every"})
    add_responses(survey, rows)
    attended = question(survey_results(survey=survey, filters={}), "attended")
    assert attended["answered"] == 8
    assert counts(attended) == {"every": None, "some": None}


def test_labels_follow_the_requested_language(survey):
    twelve_answers(survey)
    result = survey_results(survey=survey, filters={}, language="sv")
    assert result["survey"]["title"] == "Respons om arbetsgruppen"
    assert question(result, "attended")["label"] == "Hur ofta deltog du?"
    assert question(result, "attended")["options"][0]["label"] == "Varje gång"
    assert question(result, "spoke")["options"][0]["label"] == "Ja"


def test_filters_narrow_the_responses_and_are_echoed(survey):
    group = WorkingGroup.objects.create(name="Työllisyys")
    session = Session.objects.create(working_group=group, date=DAY, kind="meeting")
    add_responses(survey, same(6, role="client", answers={"attended": "every"}))
    survey_results(survey=survey)  # read in between: two releases, dated 40 days apart
    add_responses(
        survey,
        same(
            7,
            role="professional",
            channel="oral",
            session=session,
            language="sv",
            submitted_on=DAY + datetime.timedelta(days=40),
            answers={"attended": "some"},
        ),
    )
    cases = [
        ({"role": "client"}, 6),
        ({"channel": "oral"}, 7),
        ({"group": group.pk}, 7),
        ({"session": session.pk}, 7),
        ({"language": "fi"}, 6),
        ({"since": DAY + datetime.timedelta(days=1)}, 7),
        ({"until": DAY}, 6),
        ({"version": 1}, 13),
    ]
    for filters, expected in cases:
        result = survey_results(survey=survey, filters=filters)
        assert result["respondents"] == expected, filters
    echoed = survey_results(survey=survey, filters={"since": DAY, "role": "client"})["filters"]
    assert echoed == {"since": "2026-03-02", "role": "client"}


def test_written_responses_belong_to_the_surveys_working_group(survey):
    group = WorkingGroup.objects.create(name="Asuminen")
    survey.working_group = group
    survey.save()
    add_responses(survey, same(5, answers={"attended": "every"}))
    assert survey_results(survey=survey, filters={"group": group.pk})["respondents"] == 5


def test_breakdown_by_role_suppresses_a_small_group_and_the_next_smallest(survey):
    add_responses(survey, same(3, role="client", answers={"attended": "every"}))
    add_responses(survey, same(6, role="professional", answers={"attended": "some"}))
    add_responses(survey, same(9, role="supervisor", answers={"attended": "every"}))
    result = survey_results(survey=survey, filters={}, by="role", language="fi")
    assert result["respondents"] == 18
    groups = result["breakdown"]["groups"]
    assert result["breakdown"]["by"] == "role"
    summary = {g["value"]: (g["label"], g["respondents"], g["suppressed"]) for g in groups}
    assert summary == {
        "client": ("Asiakas", None, True),
        "professional": ("Ammattilainen", None, True),
        "supervisor": ("Esihenkilö", 9, False),
    }
    supervisor = next(g for g in groups if g["value"] == "supervisor")
    assert counts(question(supervisor, "attended")) == {"every": 9, "some": 0}
    client = next(g for g in groups if g["value"] == "client")
    assert question(client, "attended")["answered"] is None


def test_breakdown_lists_only_values_with_responses(survey):
    add_responses(survey, same(5, channel="written", answers={"attended": "every"}))
    result = survey_results(survey=survey, filters={}, by="channel")
    assert [g["value"] for g in result["breakdown"]["groups"]] == ["written"]


def test_breakdown_by_month_and_week_uses_period_starts(survey):
    add_responses(survey, same(5, submitted_on=datetime.date(2026, 3, 4)))
    survey_results(survey=survey)  # released in March
    add_responses(survey, same(5, submitted_on=datetime.date(2026, 4, 15)))
    months = survey_results(survey=survey, filters={}, by="month")["breakdown"]["groups"]
    assert [(g["value"], g["label"], g["respondents"]) for g in months] == [
        ("2026-03-01", "03/2026", 5),
        ("2026-04-01", "04/2026", 5),
    ]
    weeks = survey_results(survey=survey, filters={}, by="week", language="en")
    assert [(g["value"], g["label"]) for g in weeks["breakdown"]["groups"]] == [
        ("2026-03-02", "Week 10/2026"),
        ("2026-04-13", "Week 16/2026"),
    ]


def test_breakdown_under_k_overall_is_suppressed_everywhere(survey):
    add_responses(survey, same(4, role="client"))
    result = survey_results(survey=survey, filters={}, by="role")
    # Nothing is released yet: not even which roles answered.
    assert result["breakdown"]["groups"] == []
    assert result["withheld"]["code"] == "waiting"
    assert result["waiting"]["responses_needed"] == 1


def test_a_question_key_pools_answers_across_versions(survey):
    add_responses(survey, same(3, version=1, answers={"attended": "every"}))
    survey.version = 2
    survey.save()
    add_responses(survey, same(3, version=2, answers={"attended": "every"}))
    result = survey_results(survey=survey, filters={})
    assert question(result, "attended")["answered"] == 6
    assert survey_results(survey=survey, filters={"version": 2})["suppressed"] is True


def test_retired_questions_leave_the_results_of_later_versions(survey):
    survey.questions.filter(key="meetings").update(retired_in=2)
    survey.version = 2
    survey.save()
    keys = [q["key"] for q in survey_results(survey=survey, filters={"version": 2})["questions"]]
    assert "meetings" not in keys
    assert "meetings" in [q["key"] for q in survey_results(survey=survey)["questions"]]


def test_theme_counts_appear_on_text_questions(survey):
    twelve_answers(survey)
    housing = Theme.objects.create(survey=survey, key="housing", label_fi="Asuminen")
    Theme.objects.create(survey=survey, key="waiting", label_fi="Jonot", order=1)
    comments = survey.questions.get(key="comments").answers.order_by("pk")
    CommentTheme.objects.bulk_create(CommentTheme(answer=a, theme=housing) for a in comments[:7])
    result = survey_results(survey=survey, filters={})
    assert question(result, "comments")["themes"] == [
        {"key": "housing", "label": "Asuminen", "count": 7},
        {"key": "waiting", "label": "Jonot", "count": 0},
    ]
    assert "themes" not in question(result, "attended")


def _queries(survey, by):
    release_pending(survey=survey)  # a release's own writes are not part of a read
    with CaptureQueriesContext(connection) as captured:
        survey_results(survey=survey, filters={"role": "client"}, by=by)
    return len(captured)


@pytest.mark.parametrize("by", [None, "role", "session", "week"])
def test_query_count_does_not_grow_with_responses(survey, by):
    rows = [
        {
            "answers": {
                "attended": "every",
                "useful": 1 + i % 5,
                "topics": ["housing"],
                "meetings": i,
                "comments": "x",
            }
        }
        for i in range(200)
    ]
    add_responses(survey, rows[:10])
    few = _queries(survey, by)
    add_responses(survey, rows[10:])
    many = _queries(survey, by)
    assert few == many
    # About 15 aggregate and label queries, plus 5 to read the release state and plan.
    assert many <= 21


def test_ten_and_two_hundred_responses_take_the_same_queries(survey, django_assert_num_queries):
    add_responses(survey, same(10, answers={"attended": "every", "meetings": 2}))
    expected = _queries(survey, "role")
    add_responses(survey, same(190, answers={"attended": "every", "meetings": 4}))
    release_pending(survey=survey)
    with django_assert_num_queries(expected):
        result = survey_results(survey=survey, filters={"role": "client"}, by="role")
    assert result["respondents"] == 200


def test_breakdown_by_group_session_and_language_is_labelled(survey):
    housing = WorkingGroup.objects.create(name="Asuminen")
    work = WorkingGroup.objects.create(name="Työllisyys")
    meeting = Session.objects.create(working_group=work, date=DAY, kind="meeting")
    survey.working_group = housing
    survey.save()
    add_responses(survey, same(5, language="sv", answers={"attended": "every"}))
    add_responses(survey, same(6, channel="oral", session=meeting, answers={"attended": "some"}))

    def summary(by, language="fi"):
        result = survey_results(survey=survey, filters={}, by=by, language=language)
        return [(g["value"], g["label"], g["respondents"]) for g in result["breakdown"]["groups"]]

    assert summary("group") == [(str(housing.pk), "Asuminen", 5), (str(work.pk), "Työllisyys", 6)]
    assert summary("session") == [(str(meeting.pk), str(meeting), 6), ("", "Ei tiedossa", 5)]
    assert summary("language", "en") == [("fi", "Finnish", 6), ("sv", "Swedish", 5)]
    assert summary("channel", "sv") == [("written", "Skriftlig", 5), ("oral", "Muntlig", 6)]


@pytest.mark.parametrize("by", ["role", "channel", "group", "session", "language", "week", "month"])
def test_the_whole_result_is_the_same_with_any_breakdown(survey, by):
    group = WorkingGroup.objects.create(name="Työllisyys")
    meeting = Session.objects.create(working_group=group, date=DAY, kind="meeting")
    twelve_answers(survey)
    survey_results(survey=survey)  # released; the six come 45 days later
    add_responses(
        survey,
        same(
            6,
            role="professional",
            channel="oral",
            session=meeting,
            language="sv",
            submitted_on=DAY + datetime.timedelta(days=45),
            answers={"attended": "some", "topics": ["work", "health"], "meetings": 7},
        ),
    )
    plain = survey_results(survey=survey, filters={})
    broken_down = survey_results(survey=survey, filters={}, by=by)
    assert {**broken_down, "breakdown": None} == plain
    assert [g["respondents"] for g in broken_down["breakdown"]["groups"]] in ([12, 6], [6, 12])
