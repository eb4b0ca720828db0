"""Free-text search input, made safe for every search backend."""

import re

QUERY_MAX_LENGTH = 200
# Characters that some backends (SQLite FTS5) read as query syntax.
QUERY_SYNTAX = re.compile(r'["*()^:{}\[\]]')


def clean_search_query(text):
    """The visitor's words without search-engine syntax, trimmed to a sane length."""
    return " ".join(QUERY_SYNTAX.sub(" ", text or "").split())[:QUERY_MAX_LENGTH]
