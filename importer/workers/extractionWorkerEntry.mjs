// Entry of an extraction worker thread: the thread gets its own TypeScript loader (the parent may be vitest, not tsx).
import { register } from 'tsx/esm/api';

register();
const { default: extractTask } = await import('./extractionWorker.ts');
export default extractTask;
