from surveys.results import wagtail_hooks as results_hooks  # noqa: F401
