"""What runs on a built graph: SPARQL queries, SHACL validation, statistics, drawings, the SPARQL endpoint."""
