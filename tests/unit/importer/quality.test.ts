/**
 * Extraction quality through the project's scorer, curated data off: the sample corpus at today's figures (0.95 /
 * 0.93 / 0.89, rounded), and floors on the project's own sets, a little (about 0.06) under what each scored when
 * extraction was last worked on: the first held-out set, three sets of scraped-looking pages (heldout2 to heldout4)
 * and the dev part of the real-shaped set (tests/fixtures/realshape-dev). heldout5, heldout6 and realshape-holdout
 * stay out of the tests: they are measured, never tuned for.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../importer/eval/evaluateCorpus.js';
import { loadLeadingWords } from '../../../importer/eval/leadingWords.js';
import { PROJECT_ROOT } from '../../../src/config.js';

// Relations 0.885, not 0.895: the dated gathering of 004 (issue 15: an Event located in Drammen) is a true event and
// relation that the user's gold, kept as written apart from its dates, does not annotate (31/35/35 since).
const THRESHOLDS = { entities: 0.945, typedEntities: 0.925, relations: 0.885 };

async function scores(folder: string) {
  const evaluation = await evaluateCorpus({
    goldFolder: path.join(PROJECT_ROOT, folder, 'gold'),
    documentsFolder: path.join(PROJECT_ROOT, folder, 'documents'),
    curated: false,
    leadingWords: loadLeadingWords(),
  });
  return evaluation.micro;
}

describe('extraction quality (--no-curated)', { timeout: 60_000 }, () => {
  it('keeps entity F1 0.95, typed-entity F1 0.93 and typed-relation F1 0.89 on the sample corpus', async () => {
    const micro = await scores('graph-data');
    expect(micro.entities.f1).toBeGreaterThanOrEqual(THRESHOLDS.entities);
    expect(micro.typedEntities.f1).toBeGreaterThanOrEqual(THRESHOLDS.typedEntities);
    expect(micro.relations.f1).toBeGreaterThanOrEqual(THRESHOLDS.relations);
  });

  it.each([
    ['tests/fixtures/heldout', { entities: 0.93, typedEntities: 0.88, relations: 0.7 }],
    ['tests/fixtures/heldout2', { entities: 0.86, typedEntities: 0.78, relations: 0.67 }],
    ['tests/fixtures/heldout3', { entities: 0.8, typedEntities: 0.72, relations: 0.5 }],
    ['tests/fixtures/heldout4', { entities: 0.71, typedEntities: 0.61, relations: 0.38 }],
    ['tests/fixtures/realshape-dev', { entities: 0.82, typedEntities: 0.78, relations: 0.47 }],
  ])('keeps its floor on %s', async (folder, floor) => {
    const micro = await scores(folder);
    expect(micro.entities.f1).toBeGreaterThanOrEqual(floor.entities);
    expect(micro.typedEntities.f1).toBeGreaterThanOrEqual(floor.typedEntities);
    expect(micro.relations.f1).toBeGreaterThanOrEqual(floor.relations);
  });
});
