"""Templates say what they mean: a {# comment #} that runs past its line is no comment to Django,
and would show on the page as text."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_every_short_comment_ends_on_its_own_line():
    unclosed = [
        f"{path.relative_to(TEMPLATES)}:{number}"
        for path in TEMPLATES.rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if line.count("{#") > line.count("#}")
    ]
    assert not unclosed, "use {% comment %} for these: " + ", ".join(unclosed)
