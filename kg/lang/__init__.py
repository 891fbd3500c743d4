"""Indonesian knowledge as data and pure text helpers: word lists, lexicons, gazetteers, dates, topics, language tests."""
