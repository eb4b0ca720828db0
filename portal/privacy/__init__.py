"""Personal data: what the site keeps about people, how long, and the data subject's rights.

Every app declares the kinds of records it keeps about people (`registry`); the retention
command deletes what is older than `RETENTION_MONTHS` (`retention`), editors find, export and
delete everything about one e-mail address in the admin (`services`, `views`), and the privacy
statement reads the same declarations.
"""
