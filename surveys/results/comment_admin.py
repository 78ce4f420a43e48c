"""Comments in the Wagtail admin: read and filter them as the API does, theme and redact them.

Reads go through the same selectors as the comments API (comments.py), so the admin
shows nothing the API would hold back; writes go through the same services.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.i18n import active_language
from surveys.access import user_may_reach_survey
from surveys.choices import TEXT_TYPES, CommentDecision
from surveys.models import Survey, Theme

from .choices import Withheld
from .comments import comment_view, comments_window, survey_comments
from .forms import ResultsFilterForm
from .services import comment_find, comment_review, comment_themes_set, theme_create

PAGE_SIZE = 25
AWAITING = "awaiting"


class CommentFilterForm(ResultsFilterForm):
    """The results filters, plus the comment's question, a theme and its review status."""

    question = forms.ChoiceField(required=False, label=gettext_lazy("Question"))
    theme = forms.ChoiceField(required=False, label=gettext_lazy("Theme"))
    status = forms.ChoiceField(
        required=False,
        label=gettext_lazy("Status"),
        choices=[
            ("", gettext_lazy("All comments")),
            (AWAITING, gettext_lazy("Flagged, awaiting a decision")),
        ],
    )

    def __init__(self, *args, survey: Survey, language: str, **kwargs):
        super().__init__(*args, survey=survey, **kwargs)
        # Breaking down is for numbers; a list of comments is not broken down.
        del self.fields["by"]
        questions = survey.questions.filter(type__in=TEXT_TYPES).order_by(
            "section__sort_order", "order"
        )
        self.fields["question"].choices = [("", _("All questions"))] + [
            (q.key, q.label(language)) for q in questions
        ]
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (t.key, t.label(language)) for t in survey.themes.all()
        ]


class ThemeForm(forms.ModelForm):
    class Meta:
        model = Theme
        fields = ["key", "label_fi", "label_sv", "label_en"]


def _survey(request: HttpRequest, survey_id: int) -> Survey:
    survey = Survey.objects.select_related("working_group").filter(pk=survey_id).first()
    # The one access rule (surveys/access.py); an unknown id answers like another group's.
    if survey is None or not user_may_reach_survey(user=request.user, survey=survey):
        raise PermissionDenied
    return survey


def _back(request: HttpRequest, survey: Survey) -> HttpResponse:
    """Back to the list as it was filtered, at the comment acted on."""
    target = request.POST.get("next", "")
    default = reverse("surveys_survey_comments", args=[survey.pk])
    if not target or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        target = default
    if not target.startswith(default):
        target = default
    anchor = request.POST.get("anchor", "")
    return redirect(f"{target}#{anchor}" if anchor.startswith("comment-") else target)


def _shown(answer, language: str) -> dict:
    view = comment_view(answer=answer, language=language)
    review = getattr(answer, "review", None)
    view["decision"] = review.get_decision_display() if review else ""
    view["redacted"] = bool(review) and review.decision == CommentDecision.REDACTED
    return view


def comments_list(request: HttpRequest, survey_id: int) -> HttpResponse:
    """A survey's comments, filtered; withheld when fewer than k responses match."""
    survey = _survey(request, survey_id)
    language = active_language()
    form = CommentFilterForm(request.GET or None, survey=survey, language=language)
    filters, question, theme, status = {}, None, None, ""
    if form.is_bound and form.is_valid():
        filters = form.filters()
        question = form.cleaned_data.get("question") or None
        theme = form.cleaned_data.get("theme") or None
        status = form.cleaned_data.get("status") or ""
    valid = not form.is_bound or form.is_valid()
    suppressed, withheld = False, None
    page = None
    comments = []
    if valid:
        # The API's rule (comments.py): released comments of the whole survey only.
        _state, shown = comments_window(survey=survey, filters=filters)
        suppressed = not shown.shown
        withheld = Withheld(shown.withheld).label if shown.withheld else None
    if valid and not suppressed:
        queryset = survey_comments(survey=survey, shown=shown, question=question)
        if theme:
            queryset = queryset.filter(theme_tags__theme__key=theme)
        views = (_shown(answer, language) for answer in queryset)
        if status == AWAITING:
            views = (view for view in views if view["masked"])
        page = Paginator(list(views), PAGE_SIZE).get_page(request.GET.get("page"))
        comments = list(page.object_list)
    themes = list(survey.themes.all())
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page_title": _("Comments"),
        "page_subtitle": survey.title(language),
        "header_icon": "comment",
        "survey": survey,
        "form": form,
        "suppressed": suppressed,
        "withheld": withheld,
        "comments": comments,
        "page": page,
        "query": query.urlencode(),
        "themes": [(t.key, t.label(language)) for t in themes],
        "theme_form": ThemeForm(prefix="theme"),
        "here": request.get_full_path(),
        "decisions": CommentDecision,
        "results_url": reverse("survey_results", args=[survey.key]),
        "api_url": reverse("api-survey-comments", args=[survey.key])
        + ("?" + urlencode(filters) if filters else ""),
    }
    return TemplateResponse(request, "surveys/results/comments.html", context)


def comment_themes(request: HttpRequest, survey_id: int, comment_id) -> HttpResponse:
    """Replace one comment's themes with the ticked ones."""
    survey = _survey(request, survey_id)
    if request.method != "POST":
        # Checked after access, so that nobody learns which surveys exist from a 405.
        return HttpResponseNotAllowed(["POST"])
    answer = comment_find(survey=survey, comment_id=comment_id)
    if answer is None:
        raise PermissionDenied
    try:
        comment_themes_set(
            answer=answer, theme_keys=request.POST.getlist("themes"), user=request.user
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("The comment's themes were saved."))
    return _back(request, survey)


def comment_decide(request: HttpRequest, survey_id: int, comment_id) -> HttpResponse:
    """Redact a flagged comment for good, or confirm it harmless."""
    survey = _survey(request, survey_id)
    if request.method != "POST":
        # Checked after access, so that nobody learns which surveys exist from a 405.
        return HttpResponseNotAllowed(["POST"])
    answer = comment_find(survey=survey, comment_id=comment_id)
    if answer is None:
        raise PermissionDenied
    try:
        comment_review(answer=answer, decision=request.POST.get("decision", ""), user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if request.POST.get("decision") == CommentDecision.REDACTED:
            messages.success(request, _("The identifying details were removed for good."))
        else:
            messages.success(request, _("The comment was confirmed harmless."))
    return _back(request, survey)


def theme_add(request: HttpRequest, survey_id: int) -> HttpResponse:
    """A new theme of this survey."""
    survey = _survey(request, survey_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ThemeForm(request.POST, prefix="theme", instance=Theme(survey=survey))
    if form.is_valid():
        try:
            theme_create(survey=survey, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The theme was added."))
    else:
        problems = [
            f"{form.fields[name].label}: {' '.join(errs)}"
            for name, errs in form.errors.items()
            if name in form.fields
        ]
        problems += form.non_field_errors()
        messages.error(request, _("The theme was not added.") + " " + " ".join(problems))
    return _back(request, survey)
