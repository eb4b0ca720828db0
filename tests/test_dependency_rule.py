"""The dependency rule between the apps (README, "Layout") is checked by import-linter in
`make lint`: the tree keeps it, and an import the wrong way breaks it."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("portal", "sectors", "properties", "partners", "campaigns", "establishments")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(folder):
    return subprocess.run(  # noqa: S603 - our own tool on our own copy of the code
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=folder,
        env={"PYTHONPATH": str(folder), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def copy_of_the_apps(folder):
    shutil.copy(ROOT / "pyproject.toml", folder)
    for app in APPS:
        shutil.copytree(ROOT / app, folder / app, ignore=shutil.ignore_patterns("*.pyc"))
    return folder


def test_the_apps_keep_the_dependency_rule(tmp_path):
    result = lint_imports(copy_of_the_apps(tmp_path))
    assert result.returncode == 0, result.stdout


def lint_with_an_import_added(folder, module, line):
    """import-linter's verdict on a copy of the apps in which the module also has the line."""
    apps = copy_of_the_apps(folder)
    with (apps / module).open("a") as source:
        source.write(f"\n{line}  # noqa\n")
    return lint_imports(apps)


def test_a_lower_app_importing_a_higher_one_breaks_the_rule(tmp_path):
    result = lint_with_an_import_added(
        tmp_path, "sectors/selectors.py", "from properties.models import Listing"
    )
    assert result.returncode == 1
    assert "sectors is not allowed to import properties" in result.stdout
    assert "sectors.selectors -> properties.models" in result.stdout


def test_only_the_composition_root_may_import_every_app(tmp_path):
    result = lint_with_an_import_added(
        tmp_path, "portal/views.py", "from campaigns.models import Campaign"
    )
    assert result.returncode == 1
    assert "portal.views -> campaigns.models" in result.stdout
