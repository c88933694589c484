/** Entry point of `npm run eval` (see evalCommand.ts). */
import { evalCommand } from './evalCommand.js';

void evalCommand(process.argv.slice(2), process).then((code) => process.exit(code));
