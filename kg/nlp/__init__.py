"""Parsing with Stanza, the only layer that imports stanza or torch: models, batching, cache, CoNLL-U, training, scoring."""
