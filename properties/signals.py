from django.dispatch import Signal

# Sent after an inquiry is stored. Arguments: inquiry, request.
inquiry_received = Signal()

# Sent after an alert subscription is confirmed. Arguments: subscription, request.
alert_confirmed = Signal()

# Sent when a person (not a robot) opens a listing page. Arguments: listing, request.
listing_viewed = Signal()
