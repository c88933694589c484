/**
 * Keeps the local instance's password in step with NEO4J_PASSWORD. The project made the instance, so when the
 * environment names another password than the one it remembers, it changes the user's password rather than fail.
 */
import path from 'node:path';
import { DEFAULT_NEO4J_PASSWORD, PROJECT_ROOT, type Neo4jConfig } from '../../config.js';
import { AuthenticationError } from '../../errors.js';
import { Database } from '../database.js';
import { changeOwnPassword } from '../queries/password.js';
import { instancePaths, rememberedPassword, rememberPassword } from './neo4jHome.js';

type Log = (line: string) => void;

function refused(config: Neo4jConfig): AuthenticationError {
  const local = config.local!;
  const data = path.relative(PROJECT_ROOT, instancePaths(local).data);
  return new AuthenticationError(
    `neo4j: instance "${local.instance}" (${config.uri}) refused user "${config.user}" with NEO4J_PASSWORD and with the password it was created with: ` +
      `set NEO4J_PASSWORD to the instance's password, or stop it and remove ${data} to create it afresh (its graph is lost)`,
    config.uri,
    false,
  );
}

/** Called when the instance refused NEO4J_PASSWORD: changes the user's password from the remembered one to it. */
export async function adoptPassword(config: Neo4jConfig, log: Log): Promise<void> {
  const local = config.local!;
  // An instance made before passwords were remembered was most likely made with the default one.
  const old = rememberedPassword(local) ?? DEFAULT_NEO4J_PASSWORD;
  if (old === config.password) throw refused(config);
  const system = new Database({ ...config, password: old, database: 'system' });
  try {
    await changeOwnPassword(system, old, config.password);
  } catch (error) {
    throw error instanceof AuthenticationError ? refused(config) : error;
  } finally {
    await system.close();
  }
  rememberPassword(local, config.password);
  log(`neo4j: NEO4J_PASSWORD differs from the password instance "${local.instance}" had; user "${config.user}" now has the new one`);
}

/** After NEO4J_PASSWORD was accepted: remembers it, so a later change can be applied from it. */
export function confirmPassword(config: Neo4jConfig): void {
  const local = config.local!;
  if (rememberedPassword(local) !== config.password) rememberPassword(local, config.password);
}
