// The `auto` ranker and selection replayed in JS, for the trainer: the same linear score over
// the features `precis features` prints, the same order (best first, ties to the earlier
// sentence) and the same selection rules as core/src/rank/select.cc (near-duplicates skipped,
// weak sentences — under six words or no sentence end — only to fill, a sentence that refers
// back, asks a question or uses a name in short form taken with the sentences it leans on
// (before it, the answer after it, the introductions) or passed over).
// ROUGE-1/2 F1 of a choice is computed on integer token ids prepared once per article, so a candidate weight vector is scored over
// thousands of articles in milliseconds. scripts/train-ranker.mjs checks the replay against the CLI.
export const MIN_SUMMARY_WORDS = 6;  // rank/select.h kMinSummaryWords
export const MAX_OVERLAP = 0.6;      // rank/select.h kMaxOverlap
export const MIN_SHARED_RUN = 6;     // rank/select.h kMinSharedRun
export const MAX_PREDECESSORS = 2;   // rank/select.h kMaxPredecessors
export const SHORT_RATIO = 0.15;     // rank/rankers.h kShortRatio
export const LONG_RATIO = 0.30;      // rank/rankers.h kLongRatio

/** The longest run of content terms (ids in sentence order) the two share in the same order. */
function sharedRun(a, b) {
  const row = new Int32Array(b.length + 1);
  let best = 0;
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; ++j) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : 0;
      if (row[j] > best) best = row[j];
      diagonal = above;
    }
  }
  return best;
}

function jaccard(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const id of a) if (b.has(id)) common++;
  return common / (a.size + b.size - common);
}

/**
 * One article from a `precis features` line: sentences (eligible or not), their rows, words,
 * term sets, whether each refers back, and the previous eligible sentence of each.
 */
export function prepareArticle(featureLine) {
  const sentences = featureLine.sentences;
  const n = sentences.length;
  const previous = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; ++i) {
    previous[i] = last;
    if (!sentences[i].excluded) last = i;
  }
  const next = new Int32Array(n);
  let following = -1;
  for (let i = n - 1; i >= 0; --i) {
    next[i] = following;
    if (!sentences[i].excluded) following = i;
  }
  return {
    n,
    rows: sentences.map((s) => Float64Array.from(s.features)),
    excluded: sentences.map((s) => s.excluded),
    dependent: sentences.map((s) => s.dependent),
    question: sentences.map((s) => Boolean(s.question)),
    introducers: sentences.map((s) => s.introducers ?? []),
    weak: sentences.map((s) => Boolean(s.weak) || s.words < MIN_SUMMARY_WORDS),
    words: Int32Array.from(sentences.map((s) => s.words)),
    terms: sentences.map((s) => new Set(s.terms)),
    sequences: sentences.map((s) => s.terms),
    previous,
    next,
    eligible: sentences.reduce((a, s) => a + (s.excluded ? 0 : 1), 0),
    budgetRatio: featureLine.budget.ratio,
    budgetSentences: featureLine.budget.sentences,
  };
}

/**
 * The weight vector rank/rankers.cc uses for this article's budget: `single` for one sentence,
 * else `short` and `long` blended by the budget's share of the article.
 */
export function weightsFor(article, vectors) {
  if (article.budgetSentences < 1.5) return vectors.single;
  const share = Math.min(1, Math.max(0, (article.budgetRatio - SHORT_RATIO) / (LONG_RATIO - SHORT_RATIO)));
  const w = new Float64Array(vectors.short.length);
  for (let k = 0; k < w.length; ++k) w[k] = (1 - share) * vectors.short[k] + share * vectors.long[k];
  return w;
}

export function scoresOf(article, w) {
  const z = new Float64Array(article.n);
  for (let i = 0; i < article.n; ++i) {
    if (article.excluded[i]) continue;
    const x = article.rows[i];
    let acc = 0;
    for (let k = 0; k < x.length; ++k) acc += w[k] * x[k];
    z[i] = acc;
  }
  return z;
}

/** rank/select.cc SelectSentences; budget = {sentences} | {ratio} | {words}. */
export function select(article, z, budget) {
  const { n, excluded, words, terms, previous } = article;
  if (article.eligible === 0) return [];
  let max = 3;
  if (budget.sentences > 0) max = budget.sentences;
  if (budget.ratio > 0) max = Math.max(1, Math.round(budget.ratio * article.eligible));
  const byWords = budget.words > 0;
  if (byWords) max = article.eligible;
  const order = [];
  for (let i = 0; i < n; ++i) if (!excluded[i]) order.push(i);
  const firstEligible = order[0];
  order.sort((a, b) => (z[b] - z[a]) || (a - b));
  const dependent = (i) => article.dependent[i] && previous[i] >= 0;
  // What a sentence leans on: the one before it when it refers back, the one after it when it
  // asks a question, and the sentences that introduce the names it uses in short form.
  const leansOn = (i) => [
    ...(dependent(i) ? [previous[i]] : []),
    ...(article.question[i] && article.next[i] >= 0 ? [article.next[i]] : []),
    ...article.introducers[i],
  ];
  const taken = new Uint8Array(n);
  const chosen = [];
  let count = 0;
  for (const allowShort of [false, true]) {
    for (const i of order) {
      if (chosen.length >= max) break;
      if (byWords && count >= budget.words) break;
      if (taken[i]) continue;
      if (!allowShort && article.weak[i]) continue;  // weak ones and their dependants fill
      const group = [i];
      let tooMany = false;
      for (let g = 0; g < group.length && !tooMany; ++g) {
        for (const p of leansOn(group[g])) {
          if (taken[p] || group.includes(p)) continue;
          if (group.length > MAX_PREDECESSORS || (!allowShort && article.weak[p])) {
            tooMany = true;
            break;
          }
          group.push(p);
        }
      }
      if (tooMany) continue;
      if (chosen.length + group.length > max) continue;
      // A chain filling a summary of three or more: one passage, not a summary (unless the opening).
      if (max >= 3 && group.length >= max && !group.includes(firstEligible)) continue;
      let groupWords = 0;
      let duplicate = false;
      for (const g of group) {
        groupWords += words[g];
        if (chosen.some((j) => jaccard(terms[g], terms[j]) > MAX_OVERLAP ||
                               sharedRun(article.sequences[g], article.sequences[j]) >= MIN_SHARED_RUN)) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) continue;
      if (byWords && (chosen.length || group.length > 1) && count + groupWords > budget.words) continue;
      for (const g of group) {
        chosen.push(g);
        taken[g] = 1;
      }
      count += groupWords;
    }
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * ROUGE on integer ids, prepared once per article: `tokens[i]` are sentence i's ROUGE tokens
 * (strings, as rouge.mjs tokenizes and stems them), `reference` the reference's.
 */
export function prepareRouge(tokens, reference) {
  const ids = new Map();
  const idOf = (t) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const ref = Int32Array.from(reference, idOf);
  const sentences = tokens.map((ts) => Int32Array.from(ts, idOf));
  const v = ids.size;
  const ref1 = new Int32Array(v);
  for (const id of ref) ref1[id]++;
  const ref2 = new Map();
  for (let i = 0; i + 1 < ref.length; ++i) {
    const key = ref[i] * v + ref[i + 1];
    ref2.set(key, (ref2.get(key) ?? 0) + 1);
  }
  return { v, sentences, ref1, ref2, refLength: ref.length, scratch: new Int32Array(v) };
}

const f1 = (overlap, predicted, reference) => {
  if (overlap === 0 || predicted === 0 || reference === 0) return 0;
  const p = overlap / predicted;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
};

/** ROUGE-1 and ROUGE-2 F1 of the chosen sentences joined in document order. */
export function rougeOfChoice(prepared, chosen) {
  const { v, sentences, ref1, ref2, refLength, scratch } = prepared;
  let length = 0;
  let overlap1 = 0;
  const bigrams = new Map();
  let previous = -1;
  for (const i of chosen) {
    for (const id of sentences[i]) {
      if (scratch[id]++ < ref1[id]) overlap1++;
      if (previous >= 0) {
        const key = previous * v + id;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
      previous = id;
      length++;
    }
  }
  for (const i of chosen) for (const id of sentences[i]) scratch[id] = 0;
  let overlap2 = 0;
  for (const [key, count] of bigrams) overlap2 += Math.min(count, ref2.get(key) ?? 0);
  return { r1: f1(overlap1, length, refLength),
           r2: f1(overlap2, Math.max(0, length - 1), Math.max(0, refLength - 1)) };
}
