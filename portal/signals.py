from django.dispatch import Signal

# Sent after a relocation request is stored. Arguments: submission, campaign_ref, request.
relocation_requested = Signal()
