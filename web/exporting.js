// The summary as plain text or Markdown, and the full Result as a JSON download.

const summaryTexts = (result) => result.summary.map((i) => result.sentences[i].text.trim());

export function summaryAsText(result) {
  const lines = summaryTexts(result);
  return (result.title ? `${result.title}\n\n` : '') + lines.join('\n') + '\n';
}

export function summaryAsMarkdown(result) {
  const escape = (s) => s.replace(/([\\`*_[\]#<>])/g, '\\$1');
  const title = result.title ? escape(result.title) : 'Summary';
  return `# ${title}\n\n${summaryTexts(result).map((s) => `- ${escape(s)}`).join('\n')}\n`;
}

function slug(title) {
  const s = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s.slice(0, 60) || 'summary';
}

/** Copies the summary as 'text' or 'markdown'; resolves to the message to show. */
export async function copySummary(result, kind) {
  const content = kind === 'markdown' ? summaryAsMarkdown(result) : summaryAsText(result);
  await navigator.clipboard.writeText(content);
  return kind === 'markdown' ? 'Summary copied as Markdown.' : 'Summary copied as text.';
}

export function downloadJson(result) {
  const blob = new Blob([JSON.stringify(result, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `precis-${slug(result.title ?? '')}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
