// Opening a saved page on the web page: its bytes are read in the encoding it declares before
// the core reduces it to text (file.text() made every non-UTF-8 letter U+FFFD).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { decodeHtml, readArticleFile } from '../../web/files.js';

const bytes = (...parts) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string'
  ? [...Buffer.from(p, 'latin1')] : p)));
const asIs = async (html) => ({ title: '', text: html });

test('a saved page is read in the charset it declares, else as UTF-8 or windows-1252', async () => {
  // "Michał, żółw" in windows-1250, declared after 2 KB of head.
  const polish = bytes(`<html><head><meta name=x content='${'x'.repeat(2100)}'>` +
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body><p>Micha',
  [0xb3], ', ', [0xbf, 0xf3, 0xb3], 'w</p>');
  assert.match(decodeHtml(polish), /<p>Michał, żółw<\/p>/);
  // No declaration, not UTF-8: windows-1252; a false UTF-8 claim reads the same. (Only "é" is
  // checked: Node's TextDecoder reads "windows-1252" as ISO-8859-1, 0x96 as U+0096; browsers
  // follow the standard's U+2013.)
  assert.match(decodeHtml(bytes('<p>Caf', [0xe9], ' 5</p>')), /Café 5/);
  assert.match(decodeHtml(bytes('<meta charset=utf-8><p>Caf', [0xe9], '</p>')), /Café/);
  // UTF-8 stays UTF-8 whatever the page claims; an unknown label falls back to windows-1252.
  assert.match(decodeHtml(new TextEncoder().encode('<meta charset=iso-8859-1><p>Café</p>')), /Café/);
  assert.match(decodeHtml(bytes('<meta charset=x-klingon><p>Caf', [0xe9], '</p>')), /Café/);
  // Through readArticleFile, as a dropped file.
  const file = new File([polish], 'strona.html', { type: 'text/html' });
  assert.match((await readArticleFile(file, asIs)).text, /Michał, żółw/);
});
