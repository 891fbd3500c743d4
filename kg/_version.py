"""The package version (read by setup.cfg and by ``kg --version``)."""
__version__ = "0.1.0"
