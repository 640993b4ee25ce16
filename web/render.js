// Builds the result views with DOM nodes only: user text is always a text node, never markup.

export const ENTITY_TYPES = [
  ['PERSON', 'Person'], ['ORG', 'Organization'], ['LOCATION', 'Place'], ['MISC', 'Other name'],
  ['DATE', 'Date'], ['TIME', 'Time'], ['MONEY', 'Money'], ['PERCENT', 'Percent'],
  ['QUANTITY', 'Number'],
];
const LABEL = Object.fromEntries(ENTITY_TYPES);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The summary as a numbered list; clicking an item calls onJump(sentenceIndex). */
export function renderSummary(list, result, onJump) {
  list.replaceChildren();
  for (const index of result.summary) {
    const item = el('li');
    const button = el('button', 'summary-sentence', result.sentences[index].text);
    button.type = 'button';
    button.title = 'Show in the original text';
    button.addEventListener('click', () => onJump(index));
    item.append(button);
    list.append(item);
  }
}

/** Legend of the entity types present, with the style each one is drawn in. */
export function renderLegend(list, result) {
  list.replaceChildren();
  const present = new Set(result.entities.map((e) => e.type));
  for (const [type, label] of ENTITY_TYPES) {
    if (!present.has(type)) continue;
    const item = el('li');
    item.append(el('span', `ent ent-${type}`, label));
    list.append(item);
  }
}

/** Entity groups by type, most salient first, with mention counts. */
export function renderGroups(container, result) {
  container.replaceChildren();
  for (const [type, label] of ENTITY_TYPES) {
    const groups = result.groups.filter((g) => g.type === type);
    if (groups.length === 0) continue;
    const section = el('div', 'group-type');
    section.append(el('h3', null, label));
    const list = el('ul', 'group-list');
    for (const g of groups) {
      const item = el('li', `ent ent-${type}`, g.name);
      if (g.mentions > 1) item.append(el('span', 'count', ` ×${g.mentions}`));
      list.append(item);
    }
    section.append(list);
    container.append(section);
  }
}

/**
 * The original text, one <p> per paragraph, each sentence a span (selected ones marked,
 * boilerplate dimmed) with entity spans inside. Text between spans is kept, so nothing is lost.
 */
export function renderOriginal(container, text, result) {
  container.replaceChildren();
  const sentences = result.sentences;
  const entities = result.entities;
  let s = 0;
  let e = 0;
  for (const paragraph of result.paragraphs) {
    const p = el('p');
    let cursor = paragraph.start;
    for (; s < sentences.length && sentences[s].start < paragraph.end; ++s) {
      const sentence = sentences[s];
      if (sentence.start > cursor) p.append(text.slice(cursor, sentence.start));
      const classes = ['sentence'];
      if (sentence.selected) classes.push('selected');
      if (sentence.boilerplate) classes.push('boilerplate');
      const span = el('span', classes.join(' '));
      span.id = `sentence-${s}`;
      span.tabIndex = -1;
      if (sentence.boilerplate) span.title = 'Not article text: never used in the summary';
      let inner = sentence.start;
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
      p.append(span);
      cursor = sentence.end;
    }
    if (paragraph.end > cursor) p.append(text.slice(cursor, paragraph.end));
    container.append(p);
  }
}
