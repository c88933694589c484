/** Entry point of `npm run calibrate` (see calibrateCommand.ts). */
import { calibrateCommand } from './calibrateCommand.js';

void calibrateCommand(process.argv.slice(2), process).then((code) => {
  // exitCode, not exit(): exit() cuts off stdout still being written to a pipe (a large JSON answer).
  process.exitCode = code;
});
