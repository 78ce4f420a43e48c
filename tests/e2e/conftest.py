"""Browser-test guards that apply to every page a test opens."""

import pytest


@pytest.fixture(autouse=True)
def fail_on_content_security_policy_violations(request):
    """Fail a browser test whose pages broke the Content-Security-Policy.

    The policy forbids inline script and style; a template that sneaks one in would
    work in a test client but be silently blocked in a real browser.
    """
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    yield
    assert violations == [], f"Content-Security-Policy violations: {violations}"
