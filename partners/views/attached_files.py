"""The photos and documents of a listing as its partner edits them: one shape, two kinds."""

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


class AttachedFiles:
    """One kind of file on a listing: its formset, the draft's rows and how an upload is stored."""

    formset = None
    prefix = ""
    rows = ""  # the draft's relation: images, documents

    @property
    def id_field(self):
        return self.formset.form.id_field

    def create(self, **upload):
        raise NotImplementedError

    def initial(self, row, position):
        raise NotImplementedError

    def row(self, data, file_id, order):
        raise NotImplementedError

    def formset_for(self, draft, data=None, files=None):
        rows = list(getattr(draft, self.rows).all())
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
                    title=data[self.formset.form.text_field],
                ).pk
            rows.append(self.row(data, file_id, order))
        return rows


class Photos(AttachedFiles):
    formset, prefix, rows = PhotoFormSet, "photos", "images"

    def create(self, **upload):
        return services.partner_image_create(**upload)

    def initial(self, row, position):
        return {
            "image_id": row.image_id,
            "alt_text": row.alt_text,
            "alt_text_en": row.alt_text_en,
            "caption": row.caption,
            "order": position,
        }

    def row(self, data, file_id, order):
        return ListingImage(
            image_id=file_id,
            alt_text=data["alt_text"],
            alt_text_en=data.get("alt_text_en", ""),
            caption=data.get("caption", ""),
            sort_order=order,
        )


class Documents(AttachedFiles):
    formset, prefix, rows = DocumentFormSet, "documents", "documents"

    def create(self, **upload):
        return services.partner_document_create(**upload)

    def initial(self, row, position):
        return {
            "document_id": row.document_id,
            "title": row.title,
            "title_en": row.title_en,
            "kind": row.kind,
        }

    def row(self, data, file_id, order):
        kind = data.get("kind") or ListingDocument.Kind.OTHER
        return ListingDocument(
            document_id=file_id,
            title=data["title"],
            title_en=data.get("title_en", ""),
            kind=kind,
            sort_order=order,
        )


PHOTOS, DOCUMENTS = Photos(), Documents()
