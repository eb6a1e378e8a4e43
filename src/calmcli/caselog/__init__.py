"""The case log's domain: records, the storage port, case and follow-up rules, import/export,
statistics. No SQL, no printing.

May import: calmcli.playbook, calmcli.base, calmcli.errors.
"""
