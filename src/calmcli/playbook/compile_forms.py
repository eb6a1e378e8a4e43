"""`python -m calmcli.playbook.compile_forms`: look up the inflected forms of the bundled
lexicons' words and ship them in `calmcli/playbook/bundled_forms.json` (run it after editing a
bundled lexicon; tests/test_lemmas.py says when), so no lexicon build loads a lemmatiser for
calm's own words."""

from __future__ import annotations

import json

from calmcli.playbook.lemmas import FORMS_FILE, Shipped, backend, lookup


def compute() -> tuple[dict[str, str], Shipped]:
    """Each language's backend (with its version) and its words' forms, as they would ship."""
    from importlib.metadata import version

    from calmcli.playbook.lexicons import bundled_inflectable

    made_by: dict[str, str] = {}
    forms: Shipped = {}
    for lang, words in sorted(bundled_inflectable().items()):
        name = backend(lang)
        if name is None:
            raise SystemExit(f"no lemmatiser for {lang!r} here: install morfeusz2 and simplemma")
        made_by[lang] = f"{name} {version(name)}"
        found = lookup(name, lang, words)
        forms[lang] = {word: sorted(found[word]) for word in words}
    return made_by, forms


def render(made_by: dict[str, str], forms: Shipped) -> str:
    """One word a line, so a changed lexicon shows as a changed line."""
    lines = ["{", f'"made_by": {json.dumps(made_by, sort_keys=True)},', '"forms": {']
    for index, lang in enumerate(sorted(forms)):
        lines.append(f"{json.dumps(lang)}: {{")
        words = sorted(forms[lang].items())
        lines += [
            f"{json.dumps(word, ensure_ascii=False)}: "
            f"{json.dumps(found, ensure_ascii=False)}{',' if at < len(words) - 1 else ''}"
            for at, (word, found) in enumerate(words)
        ]
        lines.append("}," if index < len(forms) - 1 else "}")
    return "\n".join([*lines, "}", "}"]) + "\n"


def main() -> None:
    made_by, forms = compute()
    FORMS_FILE.write_text(render(made_by, forms), encoding="utf-8")
    count = sum(len(words) for words in forms.values())
    print(f"forms of {count} words ({', '.join(f'{k}: {v}' for k, v in made_by.items())})")
    print(f"written to {FORMS_FILE}")


if __name__ == "__main__":
    main()
