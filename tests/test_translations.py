"""The bokmål catalogue is complete, its placeholders match, and the compiled .mo is current."""

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
PO = LOCALE / "nb" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")

# %(name)s and %s style placeholders, as Django's gettext and blocktranslate use them.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sdif]")


@pytest.fixture(scope="module")
def catalogue():
    if not PO.exists():
        pytest.fail(f"{PO.relative_to(LOCALE.parent)} is missing: run `make messages`")
    return polib.pofile(str(PO))


def live_entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def test_catalogue_has_entries(catalogue):
    assert len(live_entries(catalogue)) > 20


def test_every_message_is_translated(catalogue):
    missing = [
        entry.msgid
        for entry in live_entries(catalogue)
        if not (entry.msgstr or all(entry.msgstr_plural.values()))
    ]
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_no_message_is_fuzzy(catalogue):
    fuzzy = [entry.msgid for entry in live_entries(catalogue) if entry.fuzzy]
    assert not fuzzy, "fuzzy (not used at run time):\n" + "\n".join(fuzzy)


def test_plural_forms_are_all_filled(catalogue):
    incomplete = [
        entry.msgid
        for entry in live_entries(catalogue)
        if entry.msgid_plural and not all(entry.msgstr_plural.get(i) for i in (0, 1))
    ]
    assert not incomplete


def test_placeholders_match(catalogue):
    """A translation that drops or renames a %(name)s placeholder breaks the page."""
    wrong = []
    for entry in live_entries(catalogue):
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            if translation and sorted(PLACEHOLDER.findall(translation)) != expected:
                wrong.append(f"{entry.msgid!r} -> {translation!r}")
    assert not wrong, "\n".join(wrong)


def as_dict(entries):
    result = {}
    for entry in entries:
        if getattr(entry, "obsolete", False) or getattr(entry, "fuzzy", False) or not entry.msgid:
            continue
        key = (entry.msgctxt, entry.msgid, entry.msgid_plural or None)
        if entry.msgid_plural:
            result[key] = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
        else:
            result[key] = entry.msgstr
    return result


def test_compiled_catalogue_matches_the_po_file(catalogue):
    if not MO.exists():
        pytest.fail(f"{MO.name} is missing: run `make messages`")
    compiled = as_dict(polib.mofile(str(MO)))
    expected = {key: value for key, value in as_dict(catalogue).items() if value}
    assert compiled == expected, "django.mo is out of date: run `make messages`"
