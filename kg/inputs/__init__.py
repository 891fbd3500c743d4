"""Reading inputs: paths, folders, stdin, JSON Lines, HTML and decoding -> :class:`kg.model.Document` or :class:`kg.inputs.reader.Issue`."""
