"""The project's migrations run backwards to zero and forwards again on a fresh database."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_project_migrations_reverse_to_zero_and_apply_again(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'migrations.sqlite3'}",
    )
    steps = [
        ["migrate"],
        # Dependants first: api and surveys point at cms pages.
        ["migrate", "api", "zero"],
        ["migrate", "surveys", "zero"],
        ["migrate", "cms", "zero"],
        ["migrate"],
        ["migrate", "--check"],
    ]
    for step in steps:
        result = subprocess.run(
            [sys.executable, "manage.py", *step, "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, f"manage.py {' '.join(step)} failed:\n{result.stderr}"
