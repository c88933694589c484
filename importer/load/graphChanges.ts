/** Net additions and removals of entities and relations over an import, for the summary ("added and removed since the last run"). */

type Kind = 'entities' | 'relations';

export class GraphChanges {
  // +1 created, -1 deleted; a relation deleted by one document and created again by the next nets to nothing.
  private readonly net: Record<Kind, Map<string, number>> = { entities: new Map(), relations: new Map() };

  created(kind: Kind, ids: Iterable<string>): void {
    for (const id of ids) this.net[kind].set(id, (this.net[kind].get(id) ?? 0) + 1);
  }

  deleted(kind: Kind, ids: Iterable<string>): void {
    for (const id of ids) this.net[kind].set(id, (this.net[kind].get(id) ?? 0) - 1);
  }

  /** Folds in the changes of one committed transaction. */
  absorb(other: GraphChanges): void {
    for (const kind of ['entities', 'relations'] as const) {
      for (const [id, n] of other.net[kind]) this.net[kind].set(id, (this.net[kind].get(id) ?? 0) + n);
    }
  }

  added(kind: Kind): string[] {
    return [...this.net[kind]].filter(([, n]) => n > 0).map(([id]) => id).sort();
  }

  removed(kind: Kind): string[] {
    return [...this.net[kind]].filter(([, n]) => n < 0).map(([id]) => id).sort();
  }
}
