import { describe, expect, it } from 'vitest';
import { assertParamsWithinLimits, spend } from '../../../../src/db/queries/consoleLimits.js';
import { assertReadOnlyPlan, type PlanNode } from '../../../../src/db/queries/consolePlan.js';

const node = (operatorType: string, children: PlanNode[] = [], details = ''): PlanNode => ({ operatorType, arguments: { Details: details }, children });

describe('assertReadOnlyPlan', () => {
  it('accepts a read plan of known operators and allowed procedures', () => {
    expect(() => assertReadOnlyPlan('r', node('ProduceResults@neo4j', [node('Filter@neo4j', [node('NodeByLabelScan@neo4j')])]))).not.toThrow();
    expect(() => assertReadOnlyPlan('r', node('ProduceResults@neo4j', [node('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')]))).not.toThrow();
  });

  it('refuses LOAD CSV, SHOW, unknown operators, server procedures and non-read query types, naming each', () => {
    expect(() => assertReadOnlyPlan('r', node('ProduceResults', [node('LoadCSV@neo4j')]))).toThrow('query: LOAD CSV is not allowed');
    expect(() => assertReadOnlyPlan('r', node('ProduceResults', [node('ShowSettings@neo4j')]))).toThrow(/ShowSettings \(SHOW and administration commands\)/);
    expect(() => assertReadOnlyPlan('s', node('AdministrationCommand@system'))).toThrow(/AdministrationCommand/);
    expect(() => assertReadOnlyPlan('r', node('ProduceResults', [node('SomeFutureOperator@neo4j')]))).toThrow(/the operator SomeFutureOperator/);
    expect(() => assertReadOnlyPlan('s', node('ProcedureCall@neo4j', [], 'dbms.listConfig() :: (name :: STRING)'))).toThrow(/the procedure dbms.listConfig/);
    expect(() => assertReadOnlyPlan('r', node('ProcedureCall@neo4j', [], 'db.labelsX() :: (x :: STRING)'))).toThrow(/db.labelsX/);
    expect(() => assertReadOnlyPlan('rw', node('ProduceResults'))).toThrow(/type "rw"/);
    expect(() => assertReadOnlyPlan('r', false)).toThrow(/no plan/);
  });
});

describe('console limits', () => {
  it('refuses parameters nested past the depth limit without overflowing the stack, naming the path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => assertParamsWithinLimits({ x: deep })).toThrow(/^params\.x(\[0\])+: nested deeper than 32 levels$/);
    expect(() => assertParamsWithinLimits({ a: { b: [1, 'two', { c: null }] } })).not.toThrow();
  });

  it('counts the bytes and values of a result and stops once past the budget', () => {
    const used = { bytes: 0, values: 0 };
    expect(spend(['x'.repeat(100), [1, 2, 3]], used, { bytes: 1000, values: 100 })).toBe(true);
    expect(used.values).toBe(6);
    expect(spend(Array.from({ length: 1_000_000 }, () => 1), { bytes: 0, values: 0 }, { bytes: 1000, values: 10_000_000 })).toBe(false);
  });
});
