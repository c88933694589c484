/** Entry point of `npm run extract` (see extractCommand.ts). */
import { extractCommand } from './extractCommand.js';

void extractCommand(process.argv.slice(2), process).then((code) => process.exit(code));
