/** Entry point of `npm run calibrate` (see calibrateCommand.ts). */
import { calibrateCommand } from './calibrateCommand.js';

void calibrateCommand(process.argv.slice(2), process).then((code) => process.exit(code));
