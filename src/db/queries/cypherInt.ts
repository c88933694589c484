/** JavaScript numbers reach Cypher as floats; LIMIT, SKIP and range bounds need integers. */
import neo4j, { type Integer } from 'neo4j-driver';

export const cypherInt = (n: number): Integer => neo4j.int(Math.trunc(n));
