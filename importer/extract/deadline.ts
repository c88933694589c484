/**
 * A per-document time budget, checked cooperatively: stages call checkDeadline() once per sentence (or per few
 * hundred items), and past the deadline it throws DocumentBudgetExceeded, which the pipeline turns into that
 * document's diagnostic. Chosen over a worker thread with a timeout: extraction needs the loaded knowledge (hundreds
 * of MB of word lists a worker would load again) and hands back large results; with sentences capped in length
 * (segment/splitSentences.ts) the work between two checks is bounded, so a check comes soon after the deadline.
 */

export class DocumentBudgetExceeded extends Error {
  constructor(
    readonly budgetMs: number,
    readonly stage: string,
  ) {
    super(`extraction exceeded ${budgetMs >= 1000 ? `${budgetMs / 1000} s` : `${budgetMs} ms`} (stopped in ${stage})`);
    this.name = 'DocumentBudgetExceeded';
  }
}

interface Budget {
  budgetMs: number;
  deadline: number;
}

/** The budget of the document being extracted: extraction is synchronous, so one document runs at a time. */
let current: Budget | undefined;

/** Runs `work` (synchronous) with `budgetMs` to spend; checkDeadline() inside it throws once that is spent. */
export function withDocumentBudget<T>(budgetMs: number, work: () => T): T {
  const outer = current;
  current = Number.isFinite(budgetMs) ? { budgetMs, deadline: performance.now() + budgetMs } : undefined;
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** Throws DocumentBudgetExceeded when the current document's budget is spent; free when there is none. */
export function checkDeadline(stage: string): void {
  if (current && performance.now() > current.deadline) throw new DocumentBudgetExceeded(current.budgetMs, stage);
}
