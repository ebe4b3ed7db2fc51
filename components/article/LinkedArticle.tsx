'use client';
/**
 * The client half of the two-way linking, wrapped around a server-rendered article
 * view. One click handler (event delegation) serves the whole view, popups included
 * (React events bubble out of portals): a place button (`data-place-id`) chooses that
 * place, which the map then reveals; a "Go to sentence" link (`data-claim-link`) shows
 * its sentence. It also marks the mentions of whatever place is chosen, on the map or
 * elsewhere.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { clearSelection, selectPlace, usePlaceSelection, type SelectionOrigin } from '../placeSelection';
import { showSentence } from './showSentence';

export function LinkedArticle({ children, className }: { children: ReactNode; className?: string }) {
  const root = useRef<HTMLDivElement>(null);
  const selectedId = usePlaceSelection()?.placeId ?? null;

  useEffect(
    function markSelectedMentions() {
      const container = root.current;
      if (!container || selectedId === null) return;
      const marked = container.querySelectorAll(`.mention[data-place-id="${CSS.escape(selectedId)}"]`);
      for (const mention of marked) mention.classList.add('is-selected');
      return function unmarkMentions() {
        for (const mention of marked) mention.classList.remove('is-selected');
      };
    },
    [selectedId],
  );

  useEffect(function forgetSelectionOnLeave() {
    return function clearSelectionOnUnmount() {
      clearSelection();
    };
  }, []);

  function followLink(event: MouseEvent<HTMLDivElement>) {
    if (!(event.target instanceof Element)) return;
    const placeButton = event.target.closest<HTMLElement>('button[data-place-id]');
    if (placeButton?.dataset.placeId) {
      const origin: SelectionOrigin = placeButton.dataset.origin === 'list' ? 'list' : 'text';
      selectPlace(placeButton.dataset.placeId, origin);
      return;
    }
    const claimLink = event.target.closest<HTMLElement>('a[data-claim-link]');
    if (claimLink && showSentence(Number(claimLink.dataset.claimLink))) event.preventDefault();
  }

  return (
    <div ref={root} className={className} onClick={followLink}>
      {children}
    </div>
  );
}
