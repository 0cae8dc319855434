"""Reports for people: plain text for terminals (and HTML for alignment groups)."""
