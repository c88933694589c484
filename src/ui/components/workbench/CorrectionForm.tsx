/** The frame of every correction form: its fields, then the one button that sends it. */
import type { ReactNode } from 'react';

interface Props {
  /** Called on submit unless `disabled`. */
  onSubmit: () => void;
  submit: string;
  disabled: boolean;
  children: ReactNode;
}

export function CorrectionForm({ onSubmit, submit, disabled, children }: Props) {
  return (
    <form
      className="correction-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled) onSubmit();
      }}
    >
      {children}
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </form>
  );
}
