from django.db import models


def optional_image(verbose_name, **kwargs):
    """A link to an image that may be left empty; deleting the image only empties the link."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        **kwargs,
    )
