"""Wagtail's own workflow e-mail goes through the queue: a partner's submission reaches the
editors even when the mail server is down at that moment."""

from django.core import mail

from portal.email import send_queued_emails
from portal.models import OutboundEmail
from tests.conftest import mail_server_back

from .conftest import logged_in, partner_url


def test_editors_hear_of_a_partners_submission_made_during_a_mail_outage(
    client, world, mail_server_down
):
    partner = logged_in(client, world.admin_a)
    response = partner.post(partner_url("listing_submit", pk=world.draft_a.pk))
    assert response.status_code == 302

    to_editors = OutboundEmail.objects.filter(to=[world.moderator.email])
    assert to_editors.count() == 1
    assert send_queued_emails() == (0, 1)

    mail_server_back(mail_server_down)
    assert send_queued_emails() == (1, 0)
    [sent] = [message for message in mail.outbox if message.to == [world.moderator.email]]
    assert world.draft_a.title in sent.subject + sent.body
    assert send_queued_emails() == (0, 0)
