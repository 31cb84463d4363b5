// The roles a signed-in caller can hold: read by the access table and by the decision that applies it.
export const ROLES = ['admin', 'assessor', 'council_officer', 'trust_executive', 'school_leader'] as const;
export type Role = (typeof ROLES)[number];
