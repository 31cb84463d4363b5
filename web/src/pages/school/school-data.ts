// The school page's data as its sections receive it: the School query's answer (see school-page.tsx).
import type { SchoolQuery } from '../../generated/graphql.js';

export type School = NonNullable<SchoolQuery['school']>;
