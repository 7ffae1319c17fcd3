"""One home per concept: the editions and their clouds, the values a scenario may hold (read from the
schema), the reader's names of them, the services and their parts, the region table, and where the site
is published."""
