/** Corrections of the entity in the details panel: each button opens its small form below the row. */
import { useState } from 'react';
import type { EntityDetail } from '../../../model/index.js';
import { AddRelationForm } from './AddRelationForm.js';
import { MergeForm } from './MergeForm.js';
import { NameForm } from './NameForm.js';
import { RetypeForm } from './RetypeForm.js';
import { SplitForm } from './SplitForm.js';

type Tool = 'rename' | 'retype' | 'alias' | 'merge' | 'split' | 'add';

interface Props {
  entity: EntityDetail['entity'];
  /** The entity selected before this one, if any: "add relation" links the two. */
  other: { id: string; name: string } | null;
}

export function CorrectionTools({ entity, other }: Props) {
  const [open, setOpen] = useState<Tool | null>(null);
  const close = () => setOpen(null);
  const tools: { id: Tool; label: string; shown: boolean }[] = [
    { id: 'rename', label: 'Rename', shown: true },
    { id: 'retype', label: 'Retype', shown: true },
    { id: 'alias', label: 'Add alias', shown: true },
    { id: 'merge', label: 'Merge…', shown: true },
    { id: 'split', label: 'Split…', shown: entity.aliases.length > 0 },
    { id: 'add', label: 'Add relation…', shown: other !== null },
  ];
  return (
    <section className="panel-section corrections" aria-labelledby="corrections-title">
      <h3 id="corrections-title">Correct</h3>
      <div className="actions-row">
        {tools
          .filter((t) => t.shown)
          .map((t) => (
            <button key={t.id} type="button" aria-expanded={open === t.id} onClick={() => setOpen(open === t.id ? null : t.id)}>
              {t.label}
            </button>
          ))}
      </div>
      {open === 'rename' && <NameForm kind="rename" entity={entity} onDone={close} />}
      {open === 'alias' && <NameForm kind="alias" entity={entity} onDone={close} />}
      {open === 'retype' && <RetypeForm entity={entity} onDone={close} />}
      {open === 'merge' && <MergeForm entity={entity} onDone={close} />}
      {open === 'split' && <SplitForm entity={entity} onDone={close} />}
      {open === 'add' && other && <AddRelationForm from={other} to={entity} onDone={close} />}
    </section>
  );
}
