// ROUGE-1, ROUGE-2 and ROUGE-L F1 with the semantics of Google's rouge-score package:
// lowercase, every character other than a-z and 0-9 becomes a space, tokens longer than three
// characters are stemmed, n-gram overlap is clipped by counts, ROUGE-L is the longest common
// subsequence of the two token sequences. The stemmer is passed in (the evaluation uses the
// project's Porter2 through `precis stem`; rouge-score uses NLTK's Porter, which differs on a
// small share of words).

export function tokenize(text, stem = (t) => t) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ')
    .filter((t) => t.length > 0).map((t) => (t.length > 3 ? stem(t) : t));
}

function ngrams(tokens, n) {
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; ++i) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap, predicted, reference) {
  if (predicted === 0 || reference === 0 || overlap === 0) return 0;
  const p = overlap / predicted;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

export function rougeN(predicted, reference, n) {
  const p = ngrams(predicted, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [key, count] of p) overlap += Math.min(count, r.get(key) ?? 0);
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  return f1(overlap, total(p), total(r));
}

export function lcsLength(a, b) {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; ++i) {
    for (let j = 1; j <= b.length; ++j) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

export function rougeL(predicted, reference) {
  return f1(lcsLength(predicted, reference), predicted.length, reference.length);
}

/** All three scores (F1, 0..1) for token arrays. */
export function rouge(predicted, reference) {
  return { r1: rougeN(predicted, reference, 1), r2: rougeN(predicted, reference, 2),
           rL: rougeL(predicted, reference) };
}

/** Mean and 95% bootstrap confidence interval (percentile method, fixed seed). */
export function meanWithCi(values, resamples = 1000, seed = 12345) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const means = [];
  for (let k = 0; k < resamples; ++k) {
    let sum = 0;
    for (let i = 0; i < values.length; ++i) sum += values[Math.floor(random() * values.length)];
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return { mean, low: means[Math.floor(0.025 * resamples)], high: means[Math.floor(0.975 * resamples)] };
}
