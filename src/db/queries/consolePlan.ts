/**
 * Judges a console statement by Neo4j's own plan (EXPLAIN), not by its text: it runs only when Neo4j calls it a read
 * ('r') and every operator of the plan is one that reads the graph. Procedures are allowed by name. What is not
 * listed is refused, so a new operator of a later Neo4j version is refused until someone looks at it.
 */
import { InvalidInputError } from '../../errors.js';

/** Operators of read plans in Neo4j 5 (the `@neo4j` suffix removed). */
const READ_OPERATORS = new Set([
  'ProduceResults', 'Projection', 'Filter', 'Argument', 'ArgumentTracker', 'EmptyResult', 'EmptyRow',
  'AllNodesScan', 'NodeByLabelScan', 'NodeByIdSeek', 'NodeByElementIdSeek', 'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan', 'SubtractionNodeByLabelsScan', 'NodeIndexSeek', 'NodeUniqueIndexSeek', 'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange', 'NodeIndexContainsScan',
  'NodeIndexEndsWithScan', 'NodeIndexScan', 'NodeCountFromCountStore', 'RelationshipCountFromCountStore',
  'Expand(All)', 'Expand(Into)', 'OptionalExpand(All)', 'OptionalExpand(Into)', 'VarLengthExpand(All)',
  'VarLengthExpand(Into)', 'VarLengthExpand(Pruning)', 'VarLengthExpand(Pruning,BFS)', 'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)', 'BFSPruningVarExpand', 'ShortestPath', 'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)', 'Repeat(Trail)', 'Repeat(Walk)', 'Trail', 'NullifyMetadata', 'ProjectEndpoints',
  'TriadicSelection', 'TriadicBuild', 'TriadicFilter', 'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply',
  'LetAntiSemiApply', 'SelectOrSemiApply', 'SelectOrAntiSemiApply', 'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply',
  'RollUpApply', 'ConditionalApply', 'AntiConditionalApply', 'Optional', 'Anti', 'CartesianProduct', 'NodeHashJoin',
  'ValueHashJoin', 'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'Union', 'OrderedUnion', 'Distinct',
  'OrderedDistinct', 'EagerAggregation', 'OrderedAggregation', 'Sort', 'PartialSort', 'Top', 'Top1WithTies',
  'PartialTop', 'Limit', 'ExhaustiveLimit', 'Skip', 'Unwind', 'Eager', 'CacheProperties', 'AssertSameNode',
  'AssertSameRelationship', 'ProcedureCall',
  ...['Directed', 'Undirected'].flatMap((d) =>
    [
      'AllRelationshipsScan', 'RelationshipTypeScan', 'UnionRelationshipTypesScan', 'RelationshipIndexSeek',
      'RelationshipUniqueIndexSeek', 'RelationshipIndexScan', 'RelationshipIndexContainsScan',
      'RelationshipIndexEndsWithScan', 'RelationshipIndexSeekByRange', 'RelationshipUniqueIndexSeekByRange',
      'RelationshipByIdSeek', 'RelationshipByElementIdSeek',
    ].map((op) => d + op),
  ),
]);

/** Read-only procedures that reveal the graph's schema or search it, nothing of the server. */
const ALLOWED_PROCEDURES = [
  /^db\.labels$/, /^db\.relationshipTypes$/, /^db\.propertyKeys$/, /^db\.schema\.\w+$/,
  /^db\.index\.fulltext\.(queryNodes|queryRelationships|listAvailableAnalyzers)$/,
];

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** `ProcedureCall@neo4j` with Details `db.labels() :: (label :: STRING)` → `db.labels`. */
function procedureName(node: PlanNode): string {
  const details = String(node.arguments['Details'] ?? node.arguments['Signature'] ?? '');
  return /^\s*([\w.`]+)\s*\(/.exec(details)?.[1]?.replaceAll('`', '') ?? details;
}

/** Throws InvalidInputError naming what the console does not run; returns when the plan only reads the graph. */
export function assertReadOnlyPlan(queryType: string | undefined, plan: PlanNode | false | undefined): void {
  if (!plan) throw new InvalidInputError('query: Neo4j returned no plan for this statement, so the console does not run it');
  const refused = (what: string) => new InvalidInputError(`query: ${what} is not allowed: the console is read-only`);
  for (const stack = [plan]; stack.length; ) {
    const node = stack.pop()!;
    const operator = node.operatorType.replace(/@\w+$/, '');
    if (operator === 'ProcedureCall') {
      const name = procedureName(node);
      if (!ALLOWED_PROCEDURES.some((p) => p.test(name))) throw refused(`the procedure ${name}`);
    } else if (!READ_OPERATORS.has(operator)) {
      throw refused(operator === 'LoadCSV' ? 'LOAD CSV' : /^Show|^Terminate|AdministrationCommand/.test(operator) ? `${operator} (SHOW and administration commands)` : `the operator ${operator}`);
    }
    stack.push(...node.children);
  }
  if (queryType !== 'r') throw refused(`a statement of type "${queryType ?? 'unknown'}" (writes or schema changes)`);
}
