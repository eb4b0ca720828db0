"""Wagtail's database search backend, with typed words kept out of SQLite's FTS5 syntax.

On SQLite the backend puts each word in double quotes without doubling the quotes inside it, so
a search for `"` or `'"%` in any admin listing was a database error. Doubled, every character
is a literal. PostgreSQL and the others are Wagtail's own backends, unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.query import Phrase, PlainText


def SearchBackend(params):
    backend = DatabaseSearchBackend(params)
    if is_sqlite_fts(backend):
        backend.query_compiler_class = literal_words(backend.query_compiler_class)
        backend.autocomplete_query_compiler_class = literal_words(
            backend.autocomplete_query_compiler_class
        )
    return backend


def is_sqlite_fts(backend):
    if connection.vendor != "sqlite":
        return False
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return isinstance(backend, SQLiteSearchBackend)


def fts5_literal(text):
    return text.replace('"', '""')


def literal_words(compiler_class):
    class LiteralWordsQueryCompiler(compiler_class):
        def build_search_query_content(self, query, config=None):
            if isinstance(query, PlainText):
                query = PlainText(fts5_literal(query.query_string), query.operator)
            elif isinstance(query, Phrase):
                query = Phrase(fts5_literal(query.query_string))
            return super().build_search_query_content(query, config=config)

    return LiteralWordsQueryCompiler
