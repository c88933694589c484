/** Sends a correction from a form: busy while it runs, and closes the form once the server stored it. */
import { useState } from 'react';
import type { UnsignedCorrection } from '../../actions/correctionActions.js';
import { useActions } from '../../state/useAtlas.js';

export function useCorrection(onDone: () => void): [busy: boolean, send: (c: UnsignedCorrection) => Promise<void>] {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  const send = async (correction: UnsignedCorrection) => {
    setBusy(true);
    const stored = await actions.correction.correct(correction);
    setBusy(false);
    if (stored) onDone();
  };
  return [busy, send];
}
