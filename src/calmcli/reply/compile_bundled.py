"""`python -m calmcli.reply.compile_bundled`: compile calm's own templates into
`calmcli/reply/_compiled/` (run it after editing a bundled template; the tests say when)."""

from __future__ import annotations

from calmcli.base.paths import bundled_dir
from calmcli.reply.precompiled import FOLDER, write_all
from calmcli.reply.render import template_environment


def main() -> None:
    templates = bundled_dir("reply_templates")
    written = write_all(template_environment([templates]), templates)
    print(f"{len(written)} templates compiled into {FOLDER}")


if __name__ == "__main__":
    main()
