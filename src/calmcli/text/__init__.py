"""Reading and checking free text: `calm analyze` (language, signals) and `calm check` (rules).

May import: calmcli.playbook, calmcli.base, calmcli.errors.
"""
