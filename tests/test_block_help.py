"""Every block an editor can add to a page says, in the editor's language, what it is for."""

import pytest
from django.apps import apps
from django.utils import translation
from wagtail import blocks
from wagtail.fields import StreamField

PROJECT_APPS = ("portal", "sectors", "properties", "partners", "campaigns")


def stream_fields():
    """Each kind of stream the pages use once, named by its block (BodyBlock) or its field."""
    streams = {}
    for app in PROJECT_APPS:
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField) and field.model is model:
                    stream = field.stream_block
                    name = type(stream).__name__
                    if name == "StreamBlock":
                        name = f"{model.__name__}.{field.name}"
                    streams.setdefault(name, stream)
    return streams.items()


def editor_blocks(block, path):
    """The blocks an editor adds or fills as a whole: a stream's children, and the structures
    within them."""
    if isinstance(block, blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            yield f"{path}.{name}", child
            yield from editor_blocks(child, f"{path}.{name}")
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from editor_blocks(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        if isinstance(block.child_block, blocks.StructBlock):
            yield f"{path}[]", block.child_block
        yield from editor_blocks(block.child_block, f"{path}[]")


BLOCKS = [
    (path, block)
    for field_path, stream in stream_fields()
    for path, block in editor_blocks(stream, field_path)
]


def test_the_pages_have_blocks_to_check():
    assert any(".showcase" in path for path, _ in BLOCKS)
    assert any(".text" in path for path, _ in BLOCKS)


@pytest.mark.parametrize(("path", "block"), BLOCKS, ids=[path for path, _ in BLOCKS])
def test_a_block_has_help_text_in_both_languages(path, block):
    help_text = block.meta.help_text
    assert help_text, f"{path} has no help text"
    with translation.override("en"):
        english = str(help_text)
    with translation.override("nb"):
        norwegian = str(help_text)
    assert norwegian != english, f"{path}: «{english}» is not translated"
