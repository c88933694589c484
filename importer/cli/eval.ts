/** Entry point of `npm run eval` (see evalCommand.ts). */
import { evalCommand } from './evalCommand.js';

void evalCommand(process.argv.slice(2), process).then((code) => {
  // exitCode, not exit(): exit() cuts off stdout still being written to a pipe (a large JSON answer).
  process.exitCode = code;
});
