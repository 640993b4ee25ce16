// The length control, shared by the page and the side panel: a number of sentences, bounded by
// what the article can give (its body sentences and quotations), or a share of the article.

/** The slider's text: "3" or "20%". */
export const lengthLabel = (mode, value) => (mode === 'percent' ? `${value}%` : String(value));

/**
 * Sets the slider's range and position for `mode` from the reader's `settings` ({sentences,
 * percent}) and `maxSentences`, the sentences the article can give (null: no article yet).
 */
export function setLengthRange(slider, output, mode, settings, maxSentences = null) {
  if (mode === 'percent') {
    Object.assign(slider, { min: 5, max: 100, step: 5 });
    slider.value = settings.percent;
  } else {
    const max = Math.max(1, maxSentences ?? 10);
    Object.assign(slider, { min: 1, max, step: 1 });
    slider.value = Math.min(settings.sentences, max);
  }
  output.value = lengthLabel(mode, slider.value);
}
