/**
 * The report as text, with each claim sentence wrapped (id `claim-<start>`) and each
 * resolved place mention a button that shows the place on the map. Server Component:
 * every piece of the report becomes a React text node, never HTML.
 */
import type { ReactNode } from 'react';
import type { Paragraph, SegmentNode } from './segmentArticle';

export function ArticleText({ paragraphs }: { paragraphs: readonly Paragraph[] }) {
  return (
    <div className="article-text">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className={paragraph.boilerplate ? 'boilerplate' : undefined}>
          {renderNodes(paragraph.children)}
        </p>
      ))}
    </div>
  );
}

function renderNodes(nodes: readonly SegmentNode[]): ReactNode[] {
  return nodes.map(renderNode);
}

function renderNode(node: SegmentNode, index: number): ReactNode {
  switch (node.type) {
    case 'run':
      return node.strong ? <strong key={index}>{node.text}</strong> : node.text;
    case 'claim':
      return (
        <span
          key={index}
          className="claim"
          data-claim={node.claimStart}
          id={node.anchor ? `claim-${node.claimStart}` : undefined}
          tabIndex={node.anchor ? -1 : undefined}
        >
          {renderNodes(node.children)}
        </span>
      );
    case 'mention': {
      const shown = visibleText(node.children);
      const sameName = shown.toLowerCase() === node.placeName.toLowerCase();
      return (
        <button
          key={index}
          type="button"
          className="mention"
          data-place-id={node.placeId}
          data-origin="text"
          aria-label={sameName ? undefined : `${shown} (${node.placeName})`}
        >
          <mark>{renderNodes(node.children)}</mark>
        </button>
      );
    }
  }
}

function visibleText(nodes: readonly SegmentNode[]): string {
  return nodes.map((n) => (n.type === 'run' ? n.text : visibleText(n.children))).join('');
}
