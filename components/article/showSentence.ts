/**
 * Brings a claim's sentence in the text pane into view and marks it, for "Go to
 * sentence" links in the list view and in map popups. Browser only.
 */

const TARGET_CLASS = 'is-target';

/**
 * Scrolls to the sentence `claim-<start>`, moves focus to it, and highlights it (every
 * part, if other marks split it) until another sentence is shown.
 * @returns false when the page has no such sentence
 * @example showSentence(1639)
 */
export function showSentence(claimStart: number): boolean {
  const anchor = document.getElementById(`claim-${claimStart}`);
  if (!anchor) return false;
  for (const old of document.querySelectorAll(`.${TARGET_CLASS}`)) old.classList.remove(TARGET_CLASS);
  for (const part of document.querySelectorAll(`[data-claim="${claimStart}"]`)) {
    part.classList.add(TARGET_CLASS);
  }
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  anchor.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  anchor.focus({ preventScroll: true });
  return true;
}
