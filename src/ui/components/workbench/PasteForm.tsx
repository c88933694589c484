/** A pasted text with its title (and, optionally, its language: otherwise the importer detects it). */
import { useState } from 'react';
import { LANGUAGES, type Language, type PastedDocument } from '../../../model/index.js';

export function PasteForm({ disabled, onImport }: { disabled: boolean; onImport: (doc: PastedDocument) => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<Language | ''>('');
  const ready = title.trim() !== '' && text.trim() !== '';
  return (
    <form
      className="paste-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onImport({ title: title.trim(), text, language: language || undefined });
      }}
    >
      <label className="field">
        <span>Title</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
      </label>
      <label className="field">
        <span>Text</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} />
      </label>
      <label className="field">
        <span>Language</span>
        <select value={language} onChange={(e) => setLanguage(e.target.value as Language | '')}>
          <option value="">detect</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={disabled || !ready}>
        Import text
      </button>
    </form>
  );
}
