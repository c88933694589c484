/**
 * The fingerprint of the last import that completed without errors (importer/fingerprint), on a node of its own
 * that dumps and emptiness checks do not see, and the stored documents to check it against, in one round trip.
 */
import type { Database } from '../database.js';

export interface StoredFingerprint {
  inputs: string | null;
  documents: { id: string; path: string | null; contentHash: string }[];
}

export async function readImportFingerprint(db: Database): Promise<StoredFingerprint> {
  const [row] = await db.rows<StoredFingerprint>(
    `OPTIONAL MATCH (f:ImportFingerprint {id: 'last-import'})
     RETURN f.inputs AS inputs, COLLECT { MATCH (d:Document) RETURN {id: d.id, path: d.path, contentHash: d.contentHash} } AS documents`,
    {},
    { scalarsOnly: true },
  );
  return row ?? { inputs: null, documents: [] };
}

export async function recordImportFingerprint(db: Database, inputs: string, recordedAt: string): Promise<void> {
  await db.write((tx) => tx.run("MERGE (f:ImportFingerprint {id: 'last-import'}) SET f.inputs = $inputs, f.recordedAt = $recordedAt", { inputs, recordedAt }));
}

/** Before an import writes anything: a run cut short must not leave a fingerprint that matches a half-written graph. */
export async function forgetImportFingerprint(db: Database): Promise<void> {
  await db.write((tx) => tx.run("MATCH (f:ImportFingerprint {id: 'last-import'}) DELETE f"));
}
