"""Find documents and read them into plain text with paragraphs, title and date."""
