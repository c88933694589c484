/** Entry point of `npm run extract` (see extractCommand.ts). */
import { extractCommand } from './extractCommand.js';

void extractCommand(process.argv.slice(2), process).then((code) => {
  // exitCode, not exit(): exit() cuts off stdout still being written to a pipe (a large JSON answer).
  process.exitCode = code;
});
