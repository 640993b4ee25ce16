// Injected on request: marks the summary sentences (and optionally names, and a name group the
// reader picked) in the live page with <mark> elements carrying the extension's own classes,
// built with DOM Ranges and text-node splits — never innerHTML, never the page's scripts.
// Removing unwraps every mark and merges the text nodes back, leaving the page as it was. Only the
// article is marked: every mark lies inside one of the article's sentences, found in the page
// text (never a search of the whole page, whose navigation and footer hold the same names), and
// every name mention gets one mark of its own.
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
  const WORD = /[\p{L}\p{N}]/u;

  // Where the article's sentences are in the page text: each sentence's text, searched in
  // document order around an anchor (the first long sentence the page holds once), so a
  // sentence that also appears in the navigation or a teaser is found in the article, not there.
  // Sentences not found are left out: nothing is marked for them.
  function locate(text, sentences) {
    const needles = sentences.map((s) => fold(s.text));
    const found = new Map();
    const once = (n) => n.length >= 40 && text.indexOf(n) >= 0 && text.indexOf(n) === text.lastIndexOf(n);
    let anchor = needles.findIndex(once);
    if (anchor < 0) anchor = needles.findIndex((n) => n && text.includes(n));
    if (anchor < 0) return found;
    const start = text.indexOf(needles[anchor]);
    found.set(sentences[anchor].index, [start, start + needles[anchor].length]);
    for (let k = anchor + 1, from = start + needles[anchor].length; k < needles.length; ++k) {
      const at = needles[k] ? text.indexOf(needles[k], from) : -1;
      if (at < 0) continue;
      found.set(sentences[k].index, [at, at + needles[k].length]);
      from = at + needles[k].length;
    }
    for (let k = anchor - 1, to = start; k >= 0; --k) {
      const at = needles[k] && to >= needles[k].length ? text.lastIndexOf(needles[k], to - needles[k].length) : -1;
      if (at < 0) continue;
      found.set(sentences[k].index, [at, at + needles[k].length]);
      to = at;
    }
    return found;
  }

  // The page position of a name mention inside its located sentence [from, to): at its offset in
  // the sentence when the text is there, else its first whole-word occurrence in the sentence
  // that no other name took.
  function placeName(text, [from, to], name, taken) {
    const needle = fold(name.text);
    const free = (at) => !taken.some(([a, b]) => at < b && a < at + needle.length);
    const whole = (at) => !WORD.test(text[at - 1] ?? ' ') && !WORD.test(text[at + needle.length] ?? ' ');
    if (name.at >= 0 && text.startsWith(needle, from + name.at) && from + name.at + needle.length <= to) {
      const at = from + name.at;
      return free(at) ? at : -1;
    }
    for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
      if (whole(at) && free(at)) return at;
    }
    return -1;
  }

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

  // Unwraps the marks `selector` finds and merges the split text nodes back.
  function unwrap(selector) {
    const parents = new Set();
    for (const mark of document.querySelectorAll(selector)) {
      const parent = mark.parentNode;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parents.add(parent);
    }
    for (const p of parents) p.normalize();
    return parents.size;
  }

  // What is marked, kept between injections (the extension's isolated world outlives each
  // script): the summary and names (__precisHighlight) and a picked name group (__precisPick).
  // Both are drawn together, so a picked mention inside a summary sentence or on a name mark is
  // one mark with all their classes, never a mark inside another.
  const state = (globalThis.__precisMarks ??= { highlight: null, pick: null });

  // The name mentions' spans in the page, each inside its located sentence, none on another.
  function placeNames(text, located, names, spans, type) {
    const taken = [];
    for (const n of names) {
      const where = located.get(n.sentence);
      if (!where || taken.length >= MAX_NAME_MARKS || fold(n.text).length < 2) continue;
      const at = placeName(text, where, n, taken);
      if (at < 0) continue;
      taken.push([at, at + fold(n.text).length]);
      spans.push({ start: at, end: at + fold(n.text).length, ...type(n) });
    }
    return taken.length;
  }

  // Unmarks everything, then marks what `state` holds. Returns the counts of what was found.
  function draw() {
    unwrap('mark.precis-sentence, mark.precis-name, mark.precis-picked');
    const found = { sentences: 0, names: 0, picked: 0 };
    if (!state.highlight && !state.pick) return found;
    const index = textIndex(document.body);
    const spans = []; // {start, end} and one of: sentence (its index), name (its type), picked
    if (state.highlight) {
      const { sentences, names } = state.highlight;
      const located = locate(index.text, sentences);
      for (const s of sentences) {
        const at = located.get(s.index);
        if (!s.selected || !at) continue;
        spans.push({ start: at[0], end: at[1], sentence: s.index });
        ++found.sentences;
      }
      found.names = placeNames(index.text, located, names, spans, (n) => ({ name: n.type }));
    }
    if (state.pick) {
      const { sentences, mentions } = state.pick;
      found.picked = placeNames(index.text, locate(index.text, sentences), mentions, spans, () => ({ picked: true }));
    }
    // Cut at every span edge; each piece carries the sentence, the name and the pick covering it.
    const edges = [...new Set(spans.flatMap((p) => [p.start, p.end]))].sort((x, y) => x - y);
    const pieces = [];
    for (let k = 0; k + 1 < edges.length; ++k) {
      const [a, b] = [edges[k], edges[k + 1]];
      const covering = (key) => spans.find((p) => p[key] !== undefined && p.start <= a && b <= p.end);
      const [sentence, name, picked] = [covering('sentence'), covering('name'), covering('picked')];
      if (!sentence && !name && !picked) continue;
      const classes = [];
      const data = {};
      if (sentence) {
        classes.push('precis-sentence');
        data.precis = String(sentence.sentence);
      }
      if (name) {
        classes.push('precis-name', `precis-${name.name}`);
        data.precisType = name.name;
      }
      if (picked) classes.push('precis-picked');
      pieces.push([a, b, classes.join(' '), data]);
    }
    // From the end: splitting a text node keeps its first part, so earlier offsets stay valid.
    for (const [a, b, className, data] of pieces.reverse()) wrap(index, a, b, className, data);
    return found;
  }

  // Unmarks the summary sentences and names; a picked name group stays until picked again.
  globalThis.__precisClear = () => {
    state.highlight = null;
    draw();
  };

  /**
   * Marks the summary sentences and the name mentions of the article, and nothing outside it.
   * sentences: the article's sentences that are selected or hold a name, in order:
   * [{index, text, selected}]; names: one per mention, [{sentence, at, text, type}] (`at`: its
   * offset in the sentence's text with whitespace folded, -1 if unknown). Marks never nest: a name
   * in a summary sentence is one mark with both classes, between the sentence's other pieces.
   * Returns how many summary sentences and names were marked.
   */
  globalThis.__precisHighlight = (sentences, names) => {
    state.highlight = { sentences, names };
    const { sentences: s, names: n } = draw();
    return { sentences: s, names: n };
  };

  /**
   * Marks the mentions of one name group in the article, apart from other marks, after unmarking
   * the group picked before: the same sentences and mentions as __precisHighlight takes (the
   * sentences that hold the group's mentions; one entry per mention), so navigation, sidebars and
   * footers that repeat the name stay unmarked. No mentions only unmarks. Scrolls to the first
   * mention; returns how many were marked.
   */
  globalThis.__precisPick = (sentences, mentions) => {
    state.pick = mentions.length ? { sentences, mentions } : null;
    const { picked } = draw();
    document.querySelector('mark.precis-picked')?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return picked;
  };

  globalThis.__precisScrollTo = (i) => {
    const marks = document.querySelectorAll(`mark.precis-sentence[data-precis="${i}"]`);
    if (!marks.length) return false;
    marks[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
    for (const mark of marks) mark.classList.add('precis-flash');
    setTimeout(() => { for (const mark of marks) mark.classList.remove('precis-flash'); }, 1500);
    return true;
  };
})();
