"""The policy team leads own (`playbooks/`): the situation vocabulary, loading, layering and
validating playbooks, lexicons and check rules.

May import: calmcli.base, calmcli.errors.
"""
