#!/usr/bin/env python3
"""Helper for a translation pass over the Qt Linguist .ts files (no Qt needed).

  tstool.py todo  idleguard_de.ts [--all] > de.json   entries still to translate, as JSON
  tstool.py apply idleguard_de.ts de.json             write the translations of de.json back
  tstool.py check idleguard_de.ts ...                 what tst_translations would refuse

For idleguard_en.ts (the source language) todo lists only the plural entries.

The JSON is a list of {"context", "source", "comment", "numerus", "translation"}; for a plural
entry "translation" is a list of forms (German and Spanish: [one, other]). Fill in "translation"
and apply: matching entries (context + source + comment) get it and lose type="unfinished". The
file is written the way lupdate writes it, so the next update_translations changes nothing.
Procedure after changing strings in the code: see translations/README.md.
"""

import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
FORMS = {"en": 2, "de": 2, "es": 2}


def load(path):
    return ET.parse(path).getroot()


def key(context, message):
    return (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")


def entries(root):
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context, message


def translation_of(message):
    t = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in t.iter("numerusform")]
    return t.text or ""


def is_unfinished(message):
    t = message.find("translation")
    return t is None or t.get("type") in ("unfinished", "vanished", "obsolete")


def language(root):
    return (root.get("language") or "").split("_")[0]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text):
    return len(re.findall(r"&\S", text.replace("&&", "")))


def html_tags(text):
    return re.findall(r"</?[a-zA-Z][^>]*>", text)


def problems(root):
    """What tst_translations checks, as text lines."""
    lang = language(root)
    out = []
    for context, message in entries(root):
        name, source, _ = key(context, message)
        numerus = message.get("numerus") == "yes"
        where = f"{name}: \"{source}\""
        if lang == "en" and not numerus:
            continue  # the source language: only its plural forms are translations
        if is_unfinished(message):
            out.append(f"{where}: unfinished")
            continue
        texts = translation_of(message)
        texts = texts if numerus else [texts]
        if numerus and len(texts) != FORMS.get(lang, len(texts)):
            out.append(f"{where}: {len(texts)} plural forms, {lang} needs {FORMS[lang]}")
        for text in texts:
            if not text.strip():
                out.append(f"{where}: empty translation")
                continue
            if placeholders(text) != placeholders(source):
                out.append(f"{where}: placeholders {placeholders(source)} became {placeholders(text)}")
            if accelerators(text) != accelerators(source):
                out.append(f"{where}: accelerator (&) lost or added in \"{text}\"")
            if html_tags(text) != html_tags(source):
                out.append(f"{where}: HTML tags differ in \"{text}\"")
    return out


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write(root, path):
    """The layout lupdate uses (so that its next run leaves the file as it is)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    lines.append(f"<TS{attrs}>")
    for context in root.iter("context"):
        lines.append("<context>")
        lines.append(f"    <name>{escape(context.findtext('name'))}</name>")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            for tag in ("source", "oldsource", "comment", "extracomment", "translatorcomment"):
                if message.find(tag) is not None:
                    lines.append(f"        <{tag}>{escape(message.findtext(tag))}</{tag}>")
            t = message.find("translation")
            kind = f' type="{t.get("type")}"' if t.get("type") else ""
            if numerus:
                lines.append(f"        <translation{kind}>")
                for form in t.iter("numerusform"):
                    lines.append(f"            <numerusform>{escape(form.text or '')}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(t.text or '')}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def todo(path, everything):
    root = load(path)
    plural_only = language(root) == "en"  # the source language: only plural forms to write
    out = []
    for context, message in entries(root):
        if plural_only and message.get("numerus") != "yes":
            continue
        if everything or is_unfinished(message):
            name, source, comment = key(context, message)
            item = {"context": name, "source": source}
            if comment:
                item["comment"] = comment
            if message.findtext("extracomment"):
                item["extracomment"] = message.findtext("extracomment")
            numerus = message.get("numerus") == "yes"
            item["numerus"] = numerus
            item["translation"] = translation_of(message)
            out.append(item)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, json_path):
    root = load(path)
    with open(json_path, encoding="utf-8") as f:
        wanted = {(i["context"], i["source"], i.get("comment", "")): i["translation"]
                  for i in json.load(f)}
    done = 0
    for context, message in entries(root):
        text = wanted.pop(key(context, message), None)
        if text is None or text == "" or text == []:
            continue
        t = message.find("translation")
        if message.get("numerus") == "yes":
            if not isinstance(text, list):
                sys.exit(f"{key(context, message)}: a plural entry needs a list of forms")
            for form in list(t):
                t.remove(form)
            for form in text:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = text
        t.attrib.pop("type", None)
        done += 1
    for k in wanted:
        print(f"not in {path}: {k}", file=sys.stderr)
    write(root, path)
    print(f"{path}: {done} translations applied", file=sys.stderr)


def main(argv):
    if len(argv) >= 2 and argv[0] == "todo":
        todo(argv[1], "--all" in argv)
    elif len(argv) == 3 and argv[0] == "apply":
        apply(argv[1], argv[2])
    elif len(argv) >= 2 and argv[0] == "check":
        found = False
        for path in argv[1:]:
            for line in problems(load(path)):
                print(f"{path}: {line}")
                found = True
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
