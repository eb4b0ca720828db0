"""The partner area in a real browser: what the Back button does after a new listing is saved."""

import uuid

from tests.browser.conftest import WIDTHS


def test_back_after_saving_a_new_listing_leads_to_the_draft_not_to_a_copy(
    open_page, live_site, partner_session, committed_db
):
    from properties.models import Listing

    def titled(title):
        return committed_db(lambda: list(Listing.objects.filter(title=title).values_list("pk")))

    title = f"Kontor tilbake-knappen {uuid.uuid4().hex[:8]}"
    page = open_page(WIDTHS["desktop"], storage_state=partner_session)
    page.goto(live_site(live_site.urls["partner-listing-new"]))
    page.wait_for_url("**form_key=*")  # the form's key is in its address
    page.fill("#id_title", title)
    page.select_option("#id_kind", label="Kontor")
    page.fill("#id_description_text", "Lyse kontorer ved elva.")
    page.fill("#id_address", "Tollbugata 9")
    page.fill("#id_postcode", "3044")
    page.select_option("#id_district", index=1)
    page.fill("#id_latitude", "59.7401")
    page.fill("#id_longitude", "10.2066")
    page.fill("#id_area_min", "300")
    page.select_option("#id_energy_label", "B")
    page.select_option("#id_contact", index=1)
    page.get_by_role("button", name="Lagre utkast").click()
    page.wait_for_load_state()
    ((pk,),) = titled(title)
    assert page.url.endswith(f"/{pk}/")

    page.go_back()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{pk}/"), "Back led to a new form that would make a copy"
    assert "allerede lagret" in page.locator("main").inner_text()
    assert len(titled(title)) == 1
