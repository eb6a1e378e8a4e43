"""The wording (`reply_templates/`): compose and render replies, check them, render the matrix.

May import: calmcli.text, calmcli.playbook, calmcli.base, calmcli.errors.
"""
