// `npm run schema:check`: fails on a breaking change against the released schema not recorded as intended.
import { checkRepository, describeBreaks } from './changes.js';

const breaks = await checkRepository();
if (breaks.length > 0) {
  console.error(describeBreaks(breaks));
  process.exit(1);
}
console.log('No unintended breaking change against the released schema.');
