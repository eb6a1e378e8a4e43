"""Presentation only: terminal output (Rich or plain), tables, timelines, the HTML report.
No Typer, no prompts.

May import: every core package (reply, storage, text, caselog, playbook, base), calmcli.errors.
"""
