"""In the partner area an id that no column can hold, or one written in other digits, is a
page that does not exist (404) — never a 500."""

import pytest

from .conftest import logged_in, partner_url

PAGES_OF_ONE = ["listing_edit", "listing_preview", "listing_history", "listing_statistics"]
PK = 424242  # replaced by the bad value


@pytest.mark.parametrize("value", ["99999999999999999999999", str(2**63), "%C2%B2", "%E2%91%A0"])
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("name", PAGES_OF_ONE)
def test_a_bad_id_in_the_partner_area_is_not_found(client, world, name, language, value):
    partner = logged_in(client, world.admin_a)
    address = partner_url(name, language, pk=PK).replace(str(PK), value)
    assert partner.get(address).status_code == 404, address
