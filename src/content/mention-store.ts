/**
 * The mentions found on a page, and where they are: kept as ranges (never the page's text) and
 * indexed by text node, so hit-testing looks at the few mentions of the node under the caret.
 */
export interface PageMention {
  id: string;
  range: Range;
}

export class MentionStore {
  /** Each mention with the text nodes it spans (usually one). */
  private readonly nodesOf = new Map<PageMention, Text[]>();
  private readonly byNode = new WeakMap<Text, PageMention[]>();

  add(id: string, range: Range, nodes: readonly Text[]): PageMention {
    const mention: PageMention = { id, range };
    this.nodesOf.set(mention, [...nodes]);
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
    return mention;
  }

  delete(mention: PageMention): void {
    for (const node of this.nodesOf.get(mention) ?? []) {
      const list = this.byNode.get(node);
      const i = list?.indexOf(mention) ?? -1;
      if (i >= 0) list!.splice(i, 1);
    }
    this.nodesOf.delete(mention);
  }

  /** Removes and returns the mentions `drop` selects. */
  deleteWhere(drop: (m: PageMention) => boolean): PageMention[] {
    const dropped = [...this.nodesOf.keys()].filter(drop);
    for (const m of dropped) this.delete(m);
    return dropped;
  }

  /** Every mention, in no particular order. */
  values(): Iterable<PageMention> {
    return this.nodesOf.keys();
  }

  get size(): number {
    return this.nodesOf.size;
  }

  /** The mentions whose text contains DOM position (node, offset), ends included. */
  at(node: Node, offset: number): PageMention[] {
    if (node.nodeType !== Node.TEXT_NODE) return [];
    return (this.byNode.get(node as Text) ?? []).filter((m) => {
      try {
        return m.range.comparePoint(node, offset) === 0;
      } catch {
        return false;
      }
    });
  }

  /** How often each body is mentioned. */
  counts(): [string, number][] {
    const counts = new Map<string, number>();
    for (const m of this.nodesOf.keys()) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return [...counts];
  }
}

/** A mention whose text left the page, or was emptied: a live range collapses onto the removal point. */
export function isDetached(m: PageMention): boolean {
  return !m.range.startContainer.isConnected || m.range.collapsed;
}
