// Entry of a console worker thread: the thread gets its own TypeScript loader (the parent may be vitest, not tsx).
import { register } from 'tsx/esm/api';

register();
await import('./consoleThread.ts');
