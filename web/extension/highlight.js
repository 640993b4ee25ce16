// Injected on request: marks the summary sentences (and optionally names) in the live page with
// <mark> elements carrying the extension's own classes, built with DOM Ranges and text-node
// splits — never innerHTML, never the page's scripts. Removing unwraps every mark and merges the
// text nodes back, leaving the page as it was.
// Wrapped in a function: injecting it again into the same page declares nothing twice, and the
// script's completion value is undefined (Firefox hands it back to the side panel and refuses
// one that cannot be cloned, such as a function).
(() => {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG']);
  const MAX_NAME_MARKS = 300;

  // The page's visible text with whitespace runs folded to one space, and for every character of it
  // the text node and offset it came from.
  function textIndex(root) {
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        for (let p = node.parentElement; p; p = p.parentElement) {
          if (SKIP.has(p.tagName.toUpperCase()) || p.hidden) return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    let text = '';
    const where = []; // [node, offset] per character of `text`
    let space = true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n);
      const value = n.nodeValue;
      for (let i = 0; i < value.length; ++i) {
        const c = value[i];
        if (/\s/.test(c)) {
          if (space) continue;
          text += ' ';
          space = true;
        } else {
          text += c;
          space = false;
        }
        where.push([n, i]);
      }
    }
    return { text, where };
  }

  const fold = (s) => s.replace(/\s+/g, ' ').trim();

  // Wraps characters [start, end) of the index in marks, one per text node touched.
  function wrap(index, start, end, className, data) {
    const pieces = [];
    let i = start;
    while (i < end) {
      const [node, from] = index.where[i];
      let j = i;
      while (j + 1 < end && index.where[j + 1][0] === node) ++j;
      pieces.push([node, from, index.where[j][1] + 1]);
      i = j + 1;
    }
    const marks = [];
    for (const [node, from, to] of pieces.reverse()) { // from the end: offsets stay valid
      let target = node;
      if (to < target.nodeValue.length) target.splitText(to);
      if (from > 0) target = target.splitText(from);
      const mark = document.createElement('mark');
      mark.className = className;
      for (const [k, v] of Object.entries(data)) mark.dataset[k] = v;
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      marks.push(mark);
    }
    return marks;
  }

  globalThis.__precisClear = () => {
    const parents = new Set();
    for (const mark of document.querySelectorAll('mark.precis-sentence, mark.precis-name')) {
      const parent = mark.parentNode;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parents.add(parent);
    }
    for (const p of parents) p.normalize();
    return parents.size;
  };

  /** sentences: [{index, text}]; names: [{text, type}]. Returns how many of each were found. */
  globalThis.__precisHighlight = (sentences, names) => {
    globalThis.__precisClear();
    let found = 0;
    let index = textIndex(document.body);
    for (const s of sentences) {
      const needle = fold(s.text);
      const at = needle ? index.text.indexOf(needle) : -1;
      if (at < 0) continue;
      wrap(index, at, at + needle.length, 'precis-sentence', { precis: String(s.index) });
      index = textIndex(document.body); // nodes were split: rebuild
      ++found;
    }
    let named = 0;
    for (const n of names) {
      const needle = fold(n.text);
      if (needle.length < 2) continue;
      let from = 0;
      for (;;) {
        const at = index.text.indexOf(needle, from);
        if (at < 0 || named >= MAX_NAME_MARKS) break;
        const before = index.text[at - 1] ?? ' ';
        const after = index.text[at + needle.length] ?? ' ';
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          wrap(index, at, at + needle.length, `precis-name precis-${n.type}`, { precisType: n.type });
          index = textIndex(document.body);
          ++named;
        }
        from = at + needle.length;
      }
    }
    return { sentences: found, names: named };
  };

  globalThis.__precisScrollTo = (i) => {
    const mark = document.querySelector(`mark.precis-sentence[data-precis="${i}"]`);
    if (!mark) return false;
    mark.scrollIntoView({ behavior: 'smooth', block: 'center' });
    mark.classList.add('precis-flash');
    setTimeout(() => mark.classList.remove('precis-flash'), 1500);
    return true;
  };
})();
