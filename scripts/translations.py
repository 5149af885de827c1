#!/usr/bin/env python3
"""Mechanical chores on TrialDesk's Qt Linguist catalogues (translations/*.ts).

  scripts/translations.py unfinished [TS...]   list the messages still to translate (exit 1 if any)
  scripts/translations.py fill-english         finish every message of trialdesk_en.ts with its source text
  scripts/translations.py export OUT.json [K/N] write the unfinished French messages (part K of N) as JSON
  scripts/translations.py apply IN.json         put the "fr" texts of such a JSON file into trialdesk_fr_CA.ts

English is the source language, so its catalogue only needs the source copied, with "(s)" resolved
in plural forms ("%n minute(s)" gives "%n minute" and "%n minutes"; check other plurals by hand).
Run the update_translations target first so the catalogues hold every string of the sources.
"""
import json
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


FRENCH = TRANSLATIONS / 'trialdesk_fr_CA.ts'


def export_unfinished(out, part='1/1'):
    """Unfinished French messages as [{context, source, comment, plural, fr}] for translators working
    in parallel on separate parts; "fr" is to fill (a list of two forms for plurals)."""
    k, n = (int(x) for x in part.split('/'))
    items = []
    for context, message in messages(ET.parse(FRENCH)):
        if is_finished(message.find('translation')):
            continue
        comment = message.find('comment')
        items.append({'context': context, 'source': message.find('source').text or '',
                      'comment': comment.text if comment is not None else '',
                      'plural': message.get('numerus') == 'yes', 'fr': None})
    contexts = sorted({item['context'] for item in items})
    mine = {c for i, c in enumerate(contexts) if i % n == k - 1}
    selected = [item for item in items if item['context'] in mine]
    Path(out).write_text(json.dumps(selected, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print(f'{len(selected)} message(s) in {len(mine)} context(s) written to {out}')
    return 0


def apply_translations(path):
    entries = json.loads(Path(path).read_text(encoding='utf-8'))
    wanted = {(e['context'], e['source'], e.get('comment') or ''): e['fr'] for e in entries if e.get('fr')}
    tree = ET.parse(FRENCH)
    applied = 0
    for context, message in messages(tree):
        comment = message.find('comment')
        key = (context, message.find('source').text or '', comment.text if comment is not None else '')
        if key not in wanted:
            continue
        text = wanted[key]
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = text if isinstance(text, list) else [text, text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = text
        applied += 1
    body = ET.tostring(tree.getroot(), encoding='unicode')
    FRENCH.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n', encoding='utf-8')
    print(f'{applied} of {len(wanted)} translation(s) applied; run the update_translations target to reformat.')
    return 0 if applied == len(wanted) else 1


def main(argv):
    if len(argv) >= 2 and argv[1] == 'unfinished':
        return unfinished(argv[2:] or sorted(TRANSLATIONS.glob('*.ts')))
    if len(argv) == 2 and argv[1] == 'fill-english':
        return fill_english()
    if len(argv) in (3, 4) and argv[1] == 'export':
        return export_unfinished(*argv[2:])
    if len(argv) == 3 and argv[1] == 'apply':
        return apply_translations(argv[2])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
