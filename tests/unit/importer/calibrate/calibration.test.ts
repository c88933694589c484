import { describe, expect, it } from 'vitest';
import { calibration, MIN_SUPPORT, smoothedPrecision } from '../../../../importer/calibrate/calibratedConfidence.js';
import { CalibrationFileSchema } from '../../../../importer/calibrate/calibrationSchema.js';
import { measureMechanisms } from '../../../../importer/calibrate/measureMechanisms.js';
import type { Judgement } from '../../../../importer/eval/relationJudgements.js';

const j = (type: Judgement['type'], mechanism: string, correct: boolean): Judgement => ({ type, mechanisms: [mechanism], confidence: 0.5, correct });

describe('calibrated confidence', () => {
  it('counts each mechanism overall, and per type only where it found more than one type', () => {
    const measured = measureMechanisms([j('WORKS_AT', 'affiliation:title', true), j('FUNDED_BY', 'trigger', true), j('RUNS', 'trigger', false)]);
    expect(measured).toEqual([
      { mechanism: 'affiliation:title', correct: 1, predicted: 1 },
      { mechanism: 'trigger', correct: 1, predicted: 2 },
      { mechanism: 'trigger', type: 'FUNDED_BY', correct: 1, predicted: 1 },
      { mechanism: 'trigger', type: 'RUNS', correct: 0, predicted: 1 },
    ]);
  });

  it('uses the per-type figure only with enough support, else the mechanism overall, else nothing', () => {
    const c = calibration([
      { mechanism: 'trigger', correct: 60, predicted: 100 },
      { mechanism: 'trigger', type: 'FUNDED_BY', correct: MIN_SUPPORT, predicted: MIN_SUPPORT },
      { mechanism: 'trigger', type: 'RUNS', correct: 0, predicted: MIN_SUPPORT - 1 },
    ]);
    expect(c('trigger', 'FUNDED_BY')).toBeCloseTo((MIN_SUPPORT + 1) / (MIN_SUPPORT + 2));
    expect(c('trigger', 'RUNS')).toBeCloseTo(61 / 102);
    expect(c('never-measured', 'RUNS')).toBeUndefined();
  });

  it('never gives certainty from a handful of successes', () => {
    expect(smoothedPrecision({ correct: 3, predicted: 3 })).toBeCloseTo(0.8);
  });

  it('refuses a file whose counts contradict each other', () => {
    const bad = { sets: [{ gold: 'g', documents: 'd' }], mechanisms: [{ mechanism: 'trigger', correct: 5, predicted: 2 }] };
    expect(CalibrationFileSchema.safeParse(bad).success).toBe(false);
  });
});
