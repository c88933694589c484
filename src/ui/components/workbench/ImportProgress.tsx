/** Each document of an import with its stage, the problems found in it (file and line), and what the import added. */
import type { ImportJob } from '../../../model/index.js';

const STAGE_LABELS: Record<ImportJob['documents'][number]['stage'], string> = {
  queued: 'waiting',
  reading: 'reading…',
  extracting: 'extracting…',
  loading: 'loading…',
  done: 'done',
  failed: 'failed',
  unchanged: 'unchanged (already imported)',
};

export function ImportProgress({ job }: { job: ImportJob }) {
  return (
    <section className="import-progress" aria-label="Import progress" aria-live="polite">
      <ul className="import-documents">
        {job.documents.map((d) => (
          <li key={d.file || d.name} className={`import-document stage-${d.stage}`} data-stage={d.stage}>
            <span className="doc-title">{d.name}</span> <span className="import-stage">{STAGE_LABELS[d.stage]}</span>
            {d.diagnostics.length > 0 && (
              <ul className="diagnostics">
                {d.diagnostics.map((g, i) => (
                  <li key={i} className={`diagnostic ${g.severity}`}>
                    <code>
                      {g.file}
                      {g.line ? `:${g.line}` : ''}
                    </code>{' '}
                    {g.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {job.state === 'running' && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Importing…
        </p>
      )}
      {job.state === 'failed' && <p className="error-box" role="alert">The import failed; the documents listed as failed were not added, nothing else changed.</p>}
      {job.summary && (
        <p className="import-summary" role="status">
          {job.summary.newEntities} new {job.summary.newEntities === 1 ? 'entity' : 'entities'}, {job.summary.newRelations} new{' '}
          {job.summary.newRelations === 1 ? 'relation' : 'relations'}
          {job.summary.entityIds.length > 0 ? ', now in the graph.' : '.'}
        </p>
      )}
    </section>
  );
}
