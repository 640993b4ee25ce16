// The page: reads the article and options, asks the worker for a summary, renders the result.
import { SummarizerClient } from './client.js';
import { renderGroups, renderLegend, renderOriginal, renderSummary } from './render.js';
import { SAMPLE_TEXT, SAMPLE_TITLE } from './sample.js';

const $ = (id) => document.getElementById(id);
const ui = {
  title: $('title'), text: $('text'), sentences: $('sentences'), sentencesValue: $('sentences-value'),
  summarize: $('summarize'), sample: $('sample'), status: $('status'), output: $('output'),
  summary: $('summary'), legend: $('legend'), groups: $('groups'), original: $('original'),
};

let latest = 0;      // number of the newest request; older answers are dropped
let summarized = ''; // the text currently shown, so the slider re-runs only on a shown result

const client = new SummarizerClient((status) => {
  if (status.fatal) {
    setStatus(status.fatal, true);
  } else {
    ui.summarize.disabled = false;
    setStatus(`Ready. Précis ${status.version} runs entirely in this page.`);
  }
});

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

async function summarize() {
  const text = ui.text.value;
  if (text.trim() === '') {
    setStatus('Paste or type an article first.', true);
    return;
  }
  const request = ++latest;
  const options = { sentences: Number(ui.sentences.value) };
  if (ui.title.value.trim()) options.title = ui.title.value.trim();
  setStatus(`Summarizing ${formatSize(text.length)}…`);
  const started = performance.now();
  let result;
  try {
    result = await client.summarize(text, options);
  } catch (e) {
    if (request === latest) setStatus(e.message, true);
    return;
  }
  if (request !== latest) return;
  const ms = Math.round(performance.now() - started);
  show(text, result);
  const warnings = result.warnings.length ? ` Note: ${result.warnings.join('; ')}.` : '';
  setStatus(`Summary: ${result.summary.length} of ${result.stats.sentences} sentences ` +
            `(${ms} ms).${warnings}`);
}

function show(text, result) {
  summarized = text;
  ui.output.hidden = false;
  renderSummary(ui.summary, result, jumpTo);
  renderLegend(ui.legend, result);
  renderGroups(ui.groups, result);
  renderOriginal(ui.original, text, result);
}

function jumpTo(index) {
  const target = document.getElementById(`sentence-${index}`);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

function formatSize(chars) {
  return chars < 10_000 ? `${chars} characters` : `${(chars / 1_000_000).toFixed(2)} M characters`;
}

ui.summarize.disabled = true;
ui.summarize.addEventListener('click', summarize);
ui.sample.addEventListener('click', () => {
  ui.title.value = SAMPLE_TITLE;
  ui.text.value = SAMPLE_TEXT;
  summarize();
});
ui.sentences.addEventListener('input', () => {
  ui.sentencesValue.value = ui.sentences.value;
  if (summarized && summarized === ui.text.value) summarize();
});
