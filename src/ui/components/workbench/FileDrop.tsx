/** Files to import, dropped on the zone or picked with the file chooser; several at once. */
import { useState, type DragEvent } from 'react';

/** What the server reads; it refuses anything else, this only saves a round trip. */
const ACCEPT = ['.txt', '.md', '.html', '.htm', '.pdf'];

const accepted = (f: File) => ACCEPT.some((ext) => f.name.toLowerCase().endsWith(ext));

export function FileDrop({ disabled, onImport }: { disabled: boolean; onImport: (files: File[]) => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [over, setOver] = useState(false);
  const refused = files.filter((f) => !accepted(f));
  const add = (list: FileList | null) => {
    // Copied now: the input's list empties when its value is reset.
    const picked = Array.from(list ?? []);
    setFiles((before) => [...before, ...picked]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };

  return (
    <form
      className="file-drop-form"
      onSubmit={(e) => {
        e.preventDefault();
        onImport(files.filter(accepted));
        setFiles([]);
      }}
    >
      <label
        className={`file-drop ${over ? 'over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>Drop .txt, .md, .html or .pdf files here, or click to choose them</span>
        <input
          type="file"
          multiple
          accept={ACCEPT.join(',')}
          aria-label="Choose files"
          onChange={(e) => {
            add(e.target.files);
            // Emptied so that choosing the same file again (to re-add it) is a change too.
            e.target.value = '';
          }}
        />
      </label>
      {files.length > 0 && (
        <ul className="file-list">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className={accepted(f) ? '' : 'refused'}>
              {f.name} <span className="count">{Math.ceil(f.size / 1024)} KB</span>
              {!accepted(f) && <span className="hint"> · not a .txt, .md, .html or .pdf file: left out</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" className="primary" disabled={disabled || files.length === refused.length}>
        Import {files.length - refused.length || ''} {files.length - refused.length === 1 ? 'file' : 'files'}
      </button>
    </form>
  );
}
