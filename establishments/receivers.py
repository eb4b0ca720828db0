"""Every relocation request the site receives becomes an establishment case."""

from establishments import services


def on_relocation_requested(sender, submission, campaign_ref="", **kwargs):
    services.case_open_from_relocation_request(submission=submission, campaign_ref=campaign_ref)


def connect():
    from portal.signals import relocation_requested

    relocation_requested.connect(on_relocation_requested, dispatch_uid="establishments_case")
