#!/usr/bin/env python3
"""Writes translations into .ts files after lupdate.

    fill_ts.py translations/lectern_en.ts      English: source text, plural forms for %n
    fill_ts.py translations/lectern_da.ts da   Danish from da.py (likewise de, fr, es, ko, ja, ar)

Numerus entries give the language's plural forms in Qt's order: two for da, de, fr, es (one,
other), one for ko and ja, six for ar (zero, one, two, few 3-10, many 11-99, other).

Entries without a translation are left unfinished, so the completeness test names them.
"""
import importlib
import re
import sys
import xml.etree.ElementTree as ET


def english_plural(text):
    # "%n article(s)" -> "%n article" / "%n articles"; "match(es)" -> "match" / "matches".
    singular = re.sub(r'\((?:e?s)\)', '', text)
    plural = re.sub(r'\((e?s)\)', r'\1', text)
    return [singular, plural]


PLURAL_FORMS = {'ko': 1, 'ja': 1, 'ar': 6}


def main():
    path = sys.argv[1]
    lang = sys.argv[2] if len(sys.argv) > 2 else 'en'
    table = {} if lang == 'en' else importlib.import_module(lang).__dict__[lang.upper()]
    tree = ET.parse(path)
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        numerus = message.get('numerus') == 'yes'
        if lang == 'en':
            value = english_plural(source) if numerus else source
        else:
            value = table.get(source)
        if value is None:
            translation.set('type', 'unfinished')
            continue
        translation.attrib.pop('type', None)
        if numerus:
            count = PLURAL_FORMS.get(lang, 2)
            forms = value if isinstance(value, list) else [value] * count
            if len(forms) != count:
                sys.exit(f'{lang}: {count} plural forms expected for {source!r}')
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    sys.path.insert(0, __file__.rsplit('/', 1)[0])
    main()
