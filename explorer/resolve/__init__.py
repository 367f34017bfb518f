"""Turn raw mentions into entities a person trusts: clean spans, merge variants,
resolve short names, classify countries and places, map demonyms, drop noise and
apply the user's own corrections. Pure Python: no spaCy internals, SQL or Qt."""
