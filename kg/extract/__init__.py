"""Per-document stages on parsed text: article metadata, mentions, entity resolution, the entity index, corpus identity."""
