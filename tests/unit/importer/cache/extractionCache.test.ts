import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionCache, extractionInputsHash } from '../../../../importer/cache/extractionCache.js';
import { extractCorpus } from '../../../../importer/extractCorpus.js';
import { PROJECT_ROOT } from '../../../../src/config.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'extraction-cache-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const entries = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.json'));

function corpus(name: string): string {
  const folder = path.join(work, name);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'a.txt'), 'Fjällvik Social Lab\n\nFjällvik Social Lab was founded by Ingrid Holm in 2019. The lab is funded by Sørby Kommune.\n');
  fs.writeFileSync(path.join(folder, 'b.txt'), 'Partners\n\nThe Brovik Network works with Fjällvik Social Lab and the Tornvik Foundation.\n');
  fs.writeFileSync(path.join(folder, 'c.md'), '# Annual forum\n\nThe Impact Forum 2024 was organised by the Brovik Network in Växjö.\n');
  return folder;
}

describe('extraction cache', () => {
  it('gives the same extraction as no cache, from its entries, and extracts again only the changed file', async () => {
    const folder = corpus('corpus');
    const cacheDir = path.join(work, 'cache');
    const uncached = JSON.stringify(await extractCorpus([folder], { curated: false }));
    expect(JSON.stringify(await extractCorpus([folder], { curated: false, cacheDir }))).toBe(uncached);
    const files = fs.readdirSync(folder);
    expect(entries(cacheDir)).toHaveLength(files.length);
    expect(JSON.stringify(await extractCorpus([folder], { curated: false, cacheDir }))).toBe(uncached);

    // An entry is what the next run uses: an edited one shows through, a garbled one is a miss and is rewritten.
    const cache = ExtractionCache.open(cacheDir, { curated: false });
    const [first, second] = files.map((f) => path.join(folder, f)).sort();
    const entryOf = (file: string) => path.join(cache.folder, cache.keyOf(file)!.slice(0, 2), `${cache.keyOf(file)}.json`);
    const edited = JSON.parse(fs.readFileSync(entryOf(first!), 'utf8'));
    edited.extracted.document.title = 'Title from the cache';
    fs.writeFileSync(entryOf(first!), JSON.stringify(edited));
    fs.writeFileSync(entryOf(second!), '{"extracted": ');
    const again = await extractCorpus([folder], { curated: false, cacheDir });
    expect(again.documents.map((d) => d.title)).toContain('Title from the cache');
    expect(again.documents.find((d) => d.path === second)).toEqual(JSON.parse(uncached).documents.find((d: { path: string }) => d.path === second));
    expect(JSON.parse(fs.readFileSync(entryOf(second!), 'utf8')).extracted).toBeDefined();

    // A changed file has another key: its new text is extracted.
    fs.appendFileSync(second!, '\n\nThe Velkomo Impact Hub is funded by Vestby Kommune.\n');
    const changed = await extractCorpus([folder], { curated: false, cacheDir });
    expect(changed.entities.map((e) => e.name)).toContain('Velkomo Impact Hub');
    expect(changed.documents.map((d) => d.title)).toContain('Title from the cache');
  }, 120_000);

  it('keeps no failed file, and starts a new generation (deleting the old) when the knowledge changes', async () => {
    const folder = path.join(work, 'broken');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0]));
    fs.writeFileSync(path.join(folder, 'fine.txt'), 'The Nordic Impact Hub is funded by Vestby Kommune.');
    const root = path.join(work, 'root');
    for (const tree of ['graph-data/lexicon', 'graph-data/segment', 'graph-data/read', 'graph-data/eval']) {
      if (fs.existsSync(path.join(PROJECT_ROOT, tree))) fs.cpSync(path.join(PROJECT_ROOT, tree), path.join(root, tree), { recursive: true });
    }
    const cacheDir = path.join(work, 'generations');
    const run = () => extractCorpus([folder], { curated: false, root, cacheDir });
    expect((await run()).diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file))).toEqual(['binary.txt']);
    expect(entries(cacheDir)).toHaveLength(1);
    const before = fs.readdirSync(cacheDir);
    expect(before).toEqual([`v1-${extractionInputsHash({ curated: false, root }).slice(0, 16)}`]);
    // Unrelated folders beside the generations are left alone.
    fs.mkdirSync(path.join(cacheDir, 'notes'));
    fs.appendFileSync(path.join(root, 'graph-data/segment', fs.readdirSync(path.join(root, 'graph-data/segment'))[0]!), '\n# a comment changes the hash\n');
    await run();
    const after = fs.readdirSync(cacheDir).sort();
    expect(after).toHaveLength(2);
    expect(after).toContain('notes');
    expect(after).not.toContain(before[0]);
    expect(extractionInputsHash({ curated: true, root })).not.toBe(extractionInputsHash({ curated: false, root }));
  }, 120_000);
});
