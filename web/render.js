// Builds the result views with DOM nodes only: user text is always a text node, never markup.
import { formatCount, languageName } from './languages.js';

const ENTITY_TYPES = [
  ['PERSON', 'Person'], ['ORG', 'Organization'], ['LOCATION', 'Place'], ['MISC', 'Other name'],
  ['DATE', 'Date'], ['TIME', 'Time'], ['MONEY', 'Money'], ['PERCENT', 'Percent'],
  ['QUANTITY', 'Number'],
];
const LABEL = Object.fromEntries(ENTITY_TYPES);
const WORDS_PER_MINUTE = 230;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(className, text, onClick) {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** The summary as a numbered list in article order; clicking an item calls onJump(index). */
function renderSummary(list, result, onJump) {
  list.replaceChildren();
  for (const index of result.summary) {
    const item = el('li');
    const b = button('summary-sentence', result.sentences[index].text, () => onJump(index));
    b.title = 'Show in the original text';
    item.append(b);
    list.append(item);
  }
}

function readingTime(words) {
  const minutes = words / WORDS_PER_MINUTE;
  return minutes < 1 ? `${Math.max(1, Math.round(minutes * 60))} s` : `${Math.round(minutes)} min`;
}

/** Words and reading time of the original and of the summary, and the language. */
function renderStats(p, result) {
  const s = result.stats;
  p.textContent = `Original: ${formatCount(s.words)} words, ${readingTime(s.words)} to read · ` +
    `Summary: ${formatCount(s.summaryWords)} words, ${readingTime(s.summaryWords)} · ` +
    `${result.summary.length} of ${s.sentences} sentences · ${languageName(result.language)}`;
}

/** Toggle chips, one per entity type present; onToggle(type, shown). Colour, underline and label. */
function renderChips(container, result, hidden, onToggle) {
  container.replaceChildren();
  const counts = new Map();
  for (const e of result.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const [type, label] of ENTITY_TYPES) {
    if (!counts.has(type)) continue;
    const chip = button(`chip ent-${type}`, `${label} (${counts.get(type)})`, () => {
      const shown = chip.getAttribute('aria-pressed') !== 'true';
      chip.setAttribute('aria-pressed', String(shown));
      onToggle(type, shown);
    });
    chip.setAttribute('aria-pressed', String(!hidden.has(type)));
    chip.dataset.type = type;
    container.append(chip);
  }
}

/** Entity groups by type, most salient first; clicking one calls onPick(groupIndex). */
function renderGroups(container, result, onPick) {
  container.replaceChildren();
  for (const [type, label] of ENTITY_TYPES) {
    const groups = result.groups.map((g, index) => ({ ...g, index })).filter((g) => g.type === type);
    if (groups.length === 0) continue;
    const section = el('div', `group-type type-${type}`);
    section.append(el('h3', null, label));
    const list = el('ul', 'group-list');
    for (const g of groups) {
      const item = el('li');
      const b = button(`group ent ent-${type}`, g.name, () => onPick(g.index));
      b.dataset.group = String(g.index);
      b.setAttribute('aria-pressed', 'false');
      b.title = `${g.mentions} mention${g.mentions === 1 ? '' : 's'}: highlight them all`;
      if (g.mentions > 1) b.append(el('span', 'count', ` ×${g.mentions}`));
      item.append(b);
      list.append(item);
    }
    section.append(list);
    container.append(section);
  }
}

function renderKeyphrases(list, result) {
  list.replaceChildren(...result.keyphrases.map((k) => el('li', 'keyphrase', k.text)));
}

// How the original view shows a run of sentences with one role: headings as headings, list items
// one per line, captions and bylines set apart, quotations as quotations.
const ROLE_ELEMENT = {
  heading: ['h3', 'o-heading'], caption: ['p', 'o-caption'], quote: ['blockquote', 'o-quote'],
  byline: ['p', 'o-meta'], dateline: ['p', 'o-meta'], boilerplate: ['p', 'o-boilerplate'],
};

/** One sentence as a span (selected ones marked, boilerplate dimmed) with its entity spans. */
function sentenceSpan(text, result, s, entityCursor) {
  const sentence = result.sentences[s];
  const entities = result.entities;
  const classes = ['sentence'];
  if (sentence.selected) classes.push('selected');
  if (sentence.boilerplate) classes.push('boilerplate');
  const span = el('span', classes.join(' '));
  span.id = `sentence-${s}`;
  span.tabIndex = -1;
  if (sentence.boilerplate) span.title = 'Not article text: never used in the summary';
  let e = entityCursor;
  // A heading's or list item's Markdown mark ("## ", "- ") is layout here, not text to show.
  const marker = sentence.role === 'heading' ? /^#{1,6}\s+/ : sentence.role === 'list-item' ? /^[-*•]\s+/ : null;
  let inner = sentence.start + (marker?.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  while (e < entities.length && entities[e].end <= sentence.end) {
    const entity = entities[e++];
    if (entity.start < inner) continue;
    if (entity.start > inner) span.append(text.slice(inner, entity.start));
    const mark = el('span', `ent ent-${entity.type}`, text.slice(entity.start, entity.end));
    mark.title = LABEL[entity.type] ?? entity.type;
    mark.dataset.group = String(entity.group);
    span.append(mark);
    inner = entity.end;
  }
  if (sentence.end > inner) span.append(text.slice(inner, sentence.end));
  return { span, entityCursor: e };
}

/**
 * The original text, paragraph by paragraph, each sentence a span with entity spans inside, laid
 * out by role: runs of body sentences as paragraphs (text between sentences kept, so nothing is
 * lost), headings as headings, list items one per line, captions, quotations and bylines set
 * apart.
 */
function renderOriginal(container, text, result) {
  container.replaceChildren();
  const sentences = result.sentences;
  let s = 0;
  let e = 0;
  for (const paragraph of result.paragraphs) {
    let block = null;
    let blockRole = null;
    let cursor = paragraph.start;
    const flush = () => {
      if (block) container.append(block.outer);
      block = null;
    };
    for (; s < sentences.length && sentences[s].start < paragraph.end; ++s) {
      const role = sentences[s].role ?? 'body';
      if (!block || role !== blockRole) {
        flush();
        blockRole = role;
        if (role === 'list-item') {
          const list = el('ul', 'o-list');
          block = { outer: list, inner: null, list };
        } else {
          const [tag, className] = ROLE_ELEMENT[role] ?? ['p', null];
          const outer = el(tag, className);
          const inner = tag === 'blockquote' ? el('p') : outer;
          if (inner !== outer) outer.append(inner);
          block = { outer, inner };
        }
        cursor = sentences[s].start;  // white space between runs is layout, not text
      }
      const { span, entityCursor } = sentenceSpan(text, result, s, e);
      e = entityCursor;
      if (block.list) {
        const item = el('li');
        item.append(span);
        block.list.append(item);
      } else {
        if (sentences[s].start > cursor) block.inner.append(text.slice(cursor, sentences[s].start));
        block.inner.append(span);
      }
      cursor = sentences[s].end;
    }
    if (block && !block.list && paragraph.end > cursor) block.inner.append(text.slice(cursor, paragraph.end));
    if (!block) container.append(el('p', null, text.slice(paragraph.start, paragraph.end)));
    flush();
  }
}

/**
 * Every view of a result: views = {stats, summary, chips, groups, keyphrases, original?} (the
 * elements; the side panel has no original text), handlers = {onJump, hidden, onToggle, onPick}.
 */
export function renderResult(views, text, result, { onJump, hidden, onToggle, onPick }) {
  renderStats(views.stats, result);
  renderSummary(views.summary, result, onJump);
  renderChips(views.chips, result, hidden, onToggle);
  renderGroups(views.groups, result, onPick);
  renderKeyphrases(views.keyphrases, result);
  if (views.original) renderOriginal(views.original, text, result);
}
