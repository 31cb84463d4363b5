// The marker of a finished seed: one item.
import type { ItemKey } from '../dynamo/entity.js';

export const seedMarkerKey: ItemKey = { pk: 'META#SEED', sk: 'META' };
