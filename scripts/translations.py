#!/usr/bin/env python3
"""Mechanical chores on TrialDesk's Qt Linguist catalogues (translations/*.ts).

  scripts/translations.py unfinished [TS...]   list the messages still to translate (exit 1 if any)
  scripts/translations.py fill-english         finish every message of trialdesk_en.ts with its source text

English is the source language, so its catalogue only needs the source copied, with "(s)" resolved
in plural forms ("%n minute(s)" gives "%n minute" and "%n minutes"; check other plurals by hand).
Run the update_translations target first so the catalogues hold every string of the sources.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / 'translations'


def is_finished(translation):
    if translation.get('type') is not None:
        return False
    forms = list(translation) or [translation]
    return all((form.text or '') != '' for form in forms)


def messages(tree):
    for context in tree.getroot().iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            yield name, message


def unfinished(paths):
    count = 0
    for path in paths:
        for context, message in messages(ET.parse(path)):
            if not is_finished(message.find('translation')):
                count += 1
                print(f'{Path(path).name}: [{context}] {message.find("source").text!r}')
    return 1 if count else 0


def fill_english():
    path = TRANSLATIONS / 'trialdesk_en.ts'
    tree = ET.parse(path)
    filled = 0
    by_hand = []
    for context, message in messages(tree):
        translation = message.find('translation')
        if is_finished(translation):
            continue
        source = message.find('source').text or ''
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            translation.text = None
            for form in (source.replace('(s)', ''), source.replace('(s)', 's')):
                ET.SubElement(translation, 'numerusform').text = form
            # Without "(s)" both forms come out the same: "%n entries" needs "%n entry" as its first form.
            if '(s)' not in source:
                by_hand.append(f'[{context}] {source!r}')
        else:
            translation.text = source
        filled += 1
    body = ET.tostring(tree.getroot(), encoding='unicode')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')
    print(f'{filled} message(s) finished in {path.name}; run the update_translations target to reformat it.')
    for line in by_hand:
        print(f'plural to fix by hand (both forms are the source): {line}')
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == 'unfinished':
        return unfinished(argv[2:] or sorted(TRANSLATIONS.glob('*.ts')))
    if len(argv) == 2 and argv[1] == 'fill-english':
        return fill_english()
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
