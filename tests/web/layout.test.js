// The extension lays out Readability's article HTML as the core lays out a page
// (web/extension/layout.js): blocks apart, <br> a line break, soft hyphens dropped from flowing
// text. Run on a small stand-in for the DOM (the nodes' fields layoutText reads).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { layoutText } from '../../web/extension/layout.js';

const text = (data) => ({ nodeType: 3, data });
const el = (nodeName, ...childNodes) => ({ nodeType: 1, nodeName, childNodes, hidden: false });

test('blocks are apart, a <br> is a line break, hidden elements give nothing', () => {
  const root = el('DIV', el('P', text('Sept. 3'), el('BR'), text('CA')), text('loose  text'),
                  el('SCRIPT', text('var x = 1;')));
  assert.equal(layoutText(root), 'Sept. 3\nCA\n\nloose text');
});

test('soft hyphens are dropped from flowing text and kept in <pre>', () => {
  const root = el('DIV', el('P', text('Schon im Mit\u00adtel\u00adal\u00adter war Bo\u00adzen bekannt.')),
                  el('PRE', text('soft\u00adhyphen')));
  assert.equal(layoutText(root), 'Schon im Mittelalter war Bozen bekannt.\n\nsoft\u00adhyphen');
});
