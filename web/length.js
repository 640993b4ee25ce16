// The length control, shared by the page and the side panel: a number of sentences, bounded by
// what the article can give (its body sentences and quotations), a share of the article, or
// about so many words.

/** The slider's text: "3", "20%" or "120 words". */
export const lengthLabel = (mode, value) =>
  (mode === 'percent' ? `${value}%` : mode === 'words' ? `${value} words` : String(value));

/**
 * Sets the slider's range and position for `mode` from the reader's `settings` ({sentences,
 * percent, words}) and `maxSentences`, the sentences the article can give (null: no article yet).
 */
export function setLengthRange(slider, output, mode, settings, maxSentences = null) {
  if (mode === 'percent') {
    Object.assign(slider, { min: 5, max: 100, step: 5 });
    slider.value = settings.percent;
  } else if (mode === 'words') {
    Object.assign(slider, { min: 20, max: 500, step: 10 });
    slider.value = settings.words ?? 100;
  } else {
    const max = Math.max(1, maxSentences ?? 10);
    Object.assign(slider, { min: 1, max, step: 1 });
    slider.value = Math.min(settings.sentences, max);
  }
  output.value = lengthLabel(mode, slider.value);
}
