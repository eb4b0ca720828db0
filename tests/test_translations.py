"""The bokmål catalogue is complete, its placeholders match, and the compiled .mo is current."""

import re
import shutil
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils.translation import gettext as translate
from django.utils.translation import ngettext, override, pgettext

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
NOT_SOURCE = [
    ".venv",
    "build",
    "media",
    "media-test",
    "staticfiles",
    ".cache",
    "node_modules",
    "translations",
]


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


# translations/<package>/<app>/nb/LC_MESSAGES/: the bokmål an installed package's app lacks in
# its own catalogue, and corrections of it. The folder names the app's module below the
# package (wagtail/contrib.forms is wagtail.contrib.forms); a package's root app has a name.
TRANSLATIONS = ROOT / "translations"
ROOT_APP_FOLDER = {"wagtail": "core", "wagtail_localize": "localize"}
TRANSLATION_FOLDERS = sorted(path for path in TRANSLATIONS.glob("*/*") if path.is_dir())
TRANSLATION_CATALOGUES = sorted(TRANSLATIONS.glob("*/*/nb/LC_MESSAGES/*.po"))


def folder_name(path):
    return str(path.relative_to(TRANSLATIONS))


def app_module(folder):
    package, app = folder.parent.name, folder.name
    return package if ROOT_APP_FOLDER.get(package) == app else f"{package}.{app}"


def upstream_locale(folder):
    """The locale/ folder of the installed app the translations folder is for, or None."""
    config = next((c for c in apps.get_app_configs() if c.name == app_module(folder)), None)
    return Path(config.path) / "locale" if config else None


def message_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


def translated_keys(path):
    if not path.exists():
        return set()
    return {
        message_key(entry)
        for entry in polib.pofile(str(path))
        if not entry.obsolete and not entry.fuzzy and is_translated(entry)
    }


def english_templates(folder):
    return sorted((upstream_locale(folder) / "en" / "LC_MESSAGES").glob("*.po"))


def test_translations_folders_exist():
    assert TRANSLATION_FOLDERS, f"no folders under {TRANSLATIONS.relative_to(ROOT)}"


@pytest.mark.parametrize("folder", TRANSLATION_FOLDERS, ids=folder_name)
def test_every_translations_folder_is_for_an_installed_app(folder):
    locale = upstream_locale(folder)
    assert locale, (
        f"translations/{folder_name(folder)} is for {app_module(folder)!r}, "
        "which is not in INSTALLED_APPS: rename or remove the folder"
    )
    assert english_templates(folder), f"{app_module(folder)} ships no English catalogue in {locale}"


@pytest.mark.parametrize("folder", TRANSLATION_FOLDERS, ids=folder_name)
def test_every_message_of_the_app_is_in_bokmål(folder):
    """What the package's own nb catalogue lacks (or has only as fuzzy), ours has."""
    locale = upstream_locale(folder)
    missing = []
    for template in english_templates(folder):
        ours = folder / "nb" / "LC_MESSAGES" / template.name
        known = translated_keys(ours) | translated_keys(
            locale / "nb" / "LC_MESSAGES" / template.name
        )
        missing += [
            f"{template.name}: {entry.msgid!r}"
            for entry in polib.pofile(str(template))
            if not entry.obsolete and message_key(entry) not in known
        ]
    assert not missing, (
        f"{app_module(folder)} has no bokmål for these; add them to "
        f"translations/{folder_name(folder)}/nb/LC_MESSAGES/ and compile with msgfmt:\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize("po", TRANSLATION_CATALOGUES, ids=lambda po: folder_name(po))
def test_translations_catalogue_has_only_messages_the_app_still_has(po):
    """After an upgrade, a message the app no longer has would only shadow other apps' texts."""
    folder = po.parents[2]
    template = upstream_locale(folder) / "en" / "LC_MESSAGES" / po.name
    current = {message_key(entry) for entry in polib.pofile(str(template))}
    stale = [
        entry.msgid
        for entry in live_entries(polib.pofile(str(po)))
        if message_key(entry) not in current
    ]
    assert not stale, f"not in {app_module(folder)} any more, remove:\n" + "\n".join(stale)


BRACE_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def source_and_translation(entry):
    """Each translation beside the English it renders: the singular form beside msgid."""
    if entry.msgid_plural:
        return [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
    return [(entry.msgid, entry.msgstr)]


@pytest.mark.parametrize("po", TRANSLATION_CATALOGUES, ids=lambda po: folder_name(po))
def test_translations_catalogue_keeps_placeholders_and_is_compiled(po):
    catalogue = polib.pofile(str(po))
    wrong = [
        f"{source!r} -> {text!r}"
        for entry in live_entries(catalogue)
        for source, text in source_and_translation(entry)
        for pattern in (PLACEHOLDER, BRACE_PLACEHOLDER)
        if text and sorted(pattern.findall(text)) != sorted(pattern.findall(source))
    ]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)
    mo = po.with_suffix(".mo")
    compiled = as_dict(polib.mofile(str(mo))) if mo.exists() else {}
    expected = {key: value for key, value in as_dict(catalogue).items() if value}
    assert compiled == expected, (
        f"{folder_name(mo)} is out of date: msgfmt --check -o {mo.name} {po.name}"
    )


def served_text(entry):
    if entry.msgid_plural:
        return ngettext(entry.msgid, entry.msgid_plural, 1)
    if entry.msgctxt:
        return pgettext(entry.msgctxt, entry.msgid)
    return translate(entry.msgid)


def nb_entries(locale_path):
    po = Path(locale_path) / "nb" / "LC_MESSAGES" / "django.po"
    if not po.exists():
        return []
    return [(po, entry) for entry in live_entries(polib.pofile(str(po))) if is_translated(entry)]


def test_django_serves_the_bokmål_of_the_translations_folders(settings):
    """LOCALE_PATHS reads the folders: the first catalogue there with a message decides its text."""
    deciding = {}
    for locale_path in reversed(settings.LOCALE_PATHS):
        deciding.update({message_key(entry): (po, entry) for po, entry in nb_entries(locale_path)})
    with override("nb"):
        wrong = [
            f"{po.relative_to(ROOT)}: {entry.msgid!r}"
            for po, entry in deciding.values()
            if served_text(entry)
            != (entry.msgstr_plural[0] if entry.msgid_plural else entry.msgstr)
        ]
    assert not wrong, "in LOCALE_PATHS but not what Django serves:\n" + "\n".join(wrong)
