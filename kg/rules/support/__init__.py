"""Helpers the rules share: clause structure (syntax), who acts (actors), where quotations are (quotations)."""
