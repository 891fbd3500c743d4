"""The RDF graph: vocabulary, entity IRIs, statements per assertion kind, the builder, and loading a graph file."""
