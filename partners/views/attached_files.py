"""The photos and documents of a listing as its partner edits them: one shape, two kinds."""

from collections.abc import Callable
from dataclasses import dataclass

from partners import services
from partners.forms import DocumentFormSet, PhotoFormSet
from properties.models import ListingDocument, ListingImage


def kept_forms(formset, id_field):
    """Forms that describe a file to keep, in the order the partner gave."""
    kept = [
        (position, form.cleaned_data)
        for position, form in enumerate(formset.forms)
        if form.cleaned_data
        and not form.cleaned_data.get("remove")
        and (form.cleaned_data.get(id_field) is not None or form.cleaned_data.get("upload"))
    ]
    kept.sort(key=lambda pair: (pair[1].get("order") or 100 + pair[0], pair[0]))
    return [data for _position, data in kept]


@dataclass(frozen=True)
class AttachedFiles:
    formset: type
    prefix: str
    rows: str  # the draft's relation: images, documents
    id_field: str  # the file's id on a row and in the form
    text_field: str  # the words that describe it
    create: Callable  # stores an upload in the organisation's collection
    initial: Callable  # (row, position) -> the form's initial values
    row: Callable  # (cleaned data, file id, order) -> an unsaved row

    def of(self, draft):
        return list(getattr(draft, self.rows).all())

    def formset_for(self, draft, data=None, files=None):
        rows = self.of(draft)
        return self.formset(
            data,
            files,
            prefix=self.prefix,
            initial=[self.initial(row, position) for position, row in enumerate(rows, start=1)],
            form_kwargs={"allowed_ids": [getattr(row, self.id_field) for row in rows]},
        )

    def rows_from(self, formset, request):
        """The draft's rows as the partner left them, new uploads stored first."""
        rows = []
        for order, data in enumerate(kept_forms(formset, self.id_field)):
            file_id = data.get(self.id_field)
            if data.get("upload"):
                file_id = self.create(
                    organisation=request.organisation,
                    user=request.user,
                    file=data["upload"],
                    title=data[self.text_field],
                ).pk
            rows.append(self.row(data, file_id, order))
        return rows


PHOTOS = AttachedFiles(
    formset=PhotoFormSet,
    prefix="photos",
    rows="images",
    id_field="image_id",
    text_field="alt_text",
    create=services.partner_image_create,
    initial=lambda item, position: {
        "image_id": item.image_id,
        "alt_text": item.alt_text,
        "caption": item.caption,
        "order": position,
    },
    row=lambda data, image_id, order: ListingImage(
        image_id=image_id,
        alt_text=data["alt_text"],
        caption=data.get("caption", ""),
        sort_order=order,
    ),
)

DOCUMENTS = AttachedFiles(
    formset=DocumentFormSet,
    prefix="documents",
    rows="documents",
    id_field="document_id",
    text_field="title",
    create=services.partner_document_create,
    initial=lambda item, position: {
        "document_id": item.document_id,
        "title": item.title,
        "kind": item.kind,
    },
    row=lambda data, document_id, order: ListingDocument(
        document_id=document_id,
        title=data["title"],
        kind=data.get("kind") or ListingDocument.Kind.OTHER,
        sort_order=order,
    ),
)
