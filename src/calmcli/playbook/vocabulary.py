"""The situation vocabulary, declared once: faults, channels, sections, audiences, levels."""

from __future__ import annotations

FAULTS = ("ours", "not-ours", "unclear", "troll")


CHANNELS = ("phone", "email", "chat", "social-public", "social-private")


SECTIONS = ("settings", "faults", "channels", "customer_types", "incidents")


ENTRY_SECTIONS = {
    "faults": "fault",
    "channels": "channel",
    "customer_types": "customer type",
    "incidents": "incident",
}


GUIDANCE_KEYS = ("key_ideas", "do", "dont", "steps")


REPLY_STYLES = (
    "acknowledge",
    "options",
    "steps",
    "facts",
    "expertise",
    "invite",
    "limits",
    "brief",
)


COMPENSATION_KINDS = ("discount", "free-shipping", "free-return", "gift")
# Who reads a message: a public post, a private or direct message, a spoken script.
AUDIENCES = ("public", "private", "direct", "script")


WARNING_LEVELS = ("none", "first-warning", "final-notice", "block-recommended")
