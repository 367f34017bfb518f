"""Choose and load the spaCy pipeline, run it fast, yield passages and raw mentions."""
