"""The bokmål catalogue is complete, its placeholders match, and the compiled .mo is current."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "locale"
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


def is_translated(entry):
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def test_every_message_is_translated(catalogue):
    missing = [entry.msgid for entry in live_entries(catalogue) if not is_translated(entry)]
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


# The folders `make messages` skips (MESSAGES_IGNORE in the Makefile).
NOT_SOURCE = [".venv", "build", "media", "media-test", "staticfiles", ".cache", "node_modules"]


def untranslated(entries):
    """Entries a visitor would see in English: no translation, or only a fuzzy guess."""
    return [
        entry.msgid
        for entry in entries
        if not entry.obsolete and (entry.fuzzy or not is_translated(entry))
    ]


@pytest.fixture(scope="module")
def catalogue_as_the_code_needs_it(tmp_path_factory):
    """The nb catalogue as `make messages` would write it today, made in a copy of the tree.

    makemessages writes to the locale/ folder beside the files it reads (and puts temporary
    files beside the templates), so it runs in a copy: the real catalogue is never touched."""
    tree = tmp_path_factory.mktemp("catalogue") / "tree"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(*NOT_SOURCE), symlinks=True)
    real_catalogue = PO.read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tree)
        patch.setattr("django.conf.settings.LOCALE_PATHS", [tree / "locale"])
        call_command(
            "makemessages",
            locale=["nb"],
            ignore_patterns=NOT_SOURCE,
            no_location=True,
            no_wrap=True,
            verbosity=0,
        )
    assert PO.read_bytes() == real_catalogue
    return polib.pofile(str(tree / "locale" / "nb" / "LC_MESSAGES" / "django.po"))


def test_every_interface_string_is_in_the_catalogue_and_translated(catalogue_as_the_code_needs_it):
    """A string marked for translation in the code or templates has its bokmål text in django.po."""
    missing = untranslated(catalogue_as_the_code_needs_it)
    assert not missing, (
        "missing or untranslated in locale/nb/LC_MESSAGES/django.po "
        "(add them at the end and compile with msgfmt):\n" + "\n".join(missing)
    )
