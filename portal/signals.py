from django.dispatch import Signal

# Sent when a relocation request is stored, inside its transaction. Arguments: submission,
# campaign_ref, request.
relocation_requested = Signal()

# Sent when a visitor's browser reports a page view (portal/beacon.py). Arguments: request (the
# beacon's: its GET holds what the page named, e.g. «listing», «campaign», utm_*), path.
page_viewed = Signal()
