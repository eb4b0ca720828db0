"""What a visitor types into the site's public forms, as the tests send it."""

INQUIRY = {
    "name": "Ola Investor",
    "company": "Nordlys AS",
    "email": "ola@nordlys.example",
    "phone": "400 00 000",
    "message": "Vi trenger 300 m² kontor fra neste år.",
    "consent": "on",
}
RELOCATION = {
    "name": "Kari Nordmann",
    "company": "Fjordlys AS",
    "email": "kari@fjordlys.test",
    "phone": "+47 400 00 000",
    "needs": "Kontorlokaler til 40 ansatte nær stasjonen.",
    "consent": "on",
}
