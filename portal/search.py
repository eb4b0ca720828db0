"""Free-text search input, made safe for every search backend, and the groups of results the
site search shows beside its pages."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from wagtail import hooks

QUERY_MAX_LENGTH = 200
# Characters that some backends (SQLite FTS5) read as query syntax.
QUERY_SYNTAX = re.compile(r'["*()^:{}\[\]]')


def clean_search_query(text):
    """The visitor's words without search-engine syntax, trimmed to a sane length."""
    return " ".join(QUERY_SYNTAX.sub(" ", text or "").split())[:QUERY_MAX_LENGTH]


# The site search shows the pages that match, and beside them the groups other apps add with
# this hook (premises, focus areas): a function returning a list of `SearchSource`.
SEARCH_SOURCES_HOOK = "register_site_search_sources"


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: str = ""
    lang: str = ""  # the title's language, where it is not the page's


@dataclass(frozen=True)
class SearchGroup:
    key: str  # names the group in the page (its heading's id)
    heading: str
    hits: list
    count: int  # all the matches, of which hits are the first
    more_url: str = ""  # where all the matches are, searched with the same words
    more_text: str = ""


@dataclass(frozen=True)
class SearchSource:
    """A group of results an app adds to the site search. `find(words)` returns a SearchGroup,
    or None when nothing matches; `page_types` are the page models whose pages the group shows,
    so that the list of pages leaves them out."""

    find: Callable[[str], "SearchGroup | None"]
    order: int = 100
    page_types: tuple = ()


def search_sources():
    sources = (source for register in hooks.get_hooks(SEARCH_SOURCES_HOOK) for source in register())
    return sorted(sources, key=lambda source: source.order)


def search_groups(words, sources):
    """The groups of results the sources find for the visitor's (cleaned) words, in order."""
    groups = (source.find(words) for source in sources)
    return [group for group in groups if group is not None]
