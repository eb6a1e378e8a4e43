"""`calm triage`, the guided walk: the only package that prompts.

May import: calmcli.views and everything below it.
"""
