/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SchoolRow on School {\n    urn name type phase\n    trust { uid name }\n    inclusionStatus {\n      awardLevel awardStatus nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn\n      inclusionGrade legacyOverallGrade safeguarding ungradedInspectionOn ungradedOutcome\n    }\n  }\n": typeof types.SchoolRowFragmentDoc,
    "\n  fragment ChangeRow on ChangeEvent {\n    id kind happenedOn recordedAt summary from to schoolName public\n    school { urn name }\n    relatedSchool { urn name }\n    source { name file asAt actor }\n  }\n": typeof types.ChangeRowFragmentDoc,
    "\n  query LocalAuthorityChanges(\n    $code: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String\n  ) {\n    localAuthority(code: $code) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.LocalAuthorityChangesDocument,
    "\n  query LocalAuthorityName($code: ID!) { localAuthority(code: $code) { code name } }\n": typeof types.LocalAuthorityNameDocument,
    "\n  query TrustChanges($uid: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    trust(uid: $uid) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.TrustChangesDocument,
    "\n  query TrustName($uid: ID!) { trust(uid: $uid) { uid name } }\n": typeof types.TrustNameDocument,
    "\n  query SchoolChanges($urn: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    school(urn: $urn) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SchoolChangesDocument,
    "\n  query SchoolName($urn: ID!) { school(urn: $urn) { urn name localAuthority { code name } } }\n": typeof types.SchoolNameDocument,
    "\n  query LocalAuthorityChangesSince($code: ID!, $since: Date!, $after: String) {\n    localAuthority(code: $code) {\n      changes(since: $since, first: 100, after: $after) {\n        edges { node { kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.LocalAuthorityChangesSinceDocument,
    "\n  mutation UnsubscribeFromDigest($token: String!) {\n    unsubscribeFromDigest(token: $token) { email scopeName unsubscribedAt }\n  }\n": typeof types.UnsubscribeFromDigestDocument,
    "\n  fragment SummaryFields on InclusionSummary {\n    asOf schoolCount withStandingAward shareWithStandingAward dueWithin30Days dueWithin90Days overdue\n    safeguardingConcerns withoutPartnerAgency\n    byAwardStatus { status count }\n    byAwardLevel { level count }\n    inspectionOutcomes {\n      reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince inherited\n      inCategoryOfConcern neverInspected\n    }\n    dataSources { kind file asAt }\n  }\n": typeof types.SummaryFieldsFragmentDoc,
    "\n  query England {\n    england { inclusionSummary { ...SummaryFields } }\n    localAuthorities(first: 100) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.EnglandDocument,
    "\n  query MoreLocalAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) { edges { node { code name } } }\n  }\n": typeof types.MoreLocalAuthoritiesDocument,
    "\n  query FindLocalAuthorities($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n": typeof types.FindLocalAuthoritiesDocument,
    "\n  query CompareLocalAuthorities($codes: [ID!], $neighboursOf: ID) {\n    compareLocalAuthorities(codes: $codes, neighboursOf: $neighboursOf) {\n      localAuthorities { code name }\n      rows {\n        indicator { id label topic unit decimals polarity }\n        period { label }\n        figures { code figure { value status } }\n        england { figure { value status } }\n      }\n    }\n  }\n": typeof types.CompareLocalAuthoritiesDocument,
    "\n  query LocalAuthorityCompares($code: ID!) {\n    localAuthority(code: $code) {\n      code name\n      statisticalNeighbours { rank localAuthority { code name } }\n      indicators {\n        indicator { id label description topic unit decimals polarity source { file asAt } }\n        latest { period { label } value status }\n        previous { period { label } value status }\n        change\n        series { period { label } value status }\n        england { figure { value status } }\n        region { name figure { value status } }\n        neighbourAverage neighbourAverageOf\n        rank { rank outOf }\n      }\n    }\n  }\n": typeof types.LocalAuthorityComparesDocument,
    "\n  query UnaddressedReminders($code: ID!) {\n    reminders(filter: { laCode: $code, status: NO_RECIPIENTS }, first: 100) { edges { node { id } } }\n  }\n": typeof types.UnaddressedRemindersDocument,
    "\n  query LocalAuthority($code: ID!) {\n    localAuthority(code: $code) {\n      code name onsCode\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      dueSoon: schools(first: 10, sort: DUE_DATE) {\n        totalCount\n        edges { node { ...SchoolRow } }\n      }\n    }\n  }\n": typeof types.LocalAuthorityDocument,
    "\n  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name } } } }\n": typeof types.PartnerAgencyChoicesDocument,
    "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { since agency { id name } }\n  }\n": typeof types.AddPartnershipDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) { id level awardedOn nextDueOn nextDueKind }\n  }\n": typeof types.GrantAwardDocument,
    "\n  mutation AddContact($input: AddContactInput!) { addContact(input: $input) { email name role } }\n": typeof types.AddContactDocument,
    "\n  mutation RemoveContact($input: RemoveContactInput!) { removeContact(input: $input) { email name role } }\n": typeof types.RemoveContactDocument,
    "\n  query ContactOwner(\n    $urn: ID!, $uid: ID!, $code: ID!, $isSchool: Boolean!, $isTrust: Boolean!, $isCouncil: Boolean!\n  ) {\n    school(urn: $urn) @include(if: $isSchool) { urn name localAuthority { code } trust { uid } }\n    trust(uid: $uid) @include(if: $isTrust) { uid name }\n    localAuthority(code: $code) @include(if: $isCouncil) { code name }\n  }\n": typeof types.ContactOwnerDocument,
    "\n  query CouncilsNamed($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n": typeof types.CouncilsNamedDocument,
    "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) { since until agency { id name } }\n  }\n": typeof types.EndPartnershipDocument,
    "\n  query RecordingSchool($urn: ID!) {\n    school(urn: $urn) {\n      urn name\n      localAuthority { code name }\n      trust { uid }\n      awards {\n        id level status awardedOn nextDueOn nextDueKind version\n        reviews { reviewedOn assessor }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name } }\n    }\n  }\n": typeof types.RecordingSchoolDocument,
    "\n  mutation RecordAnnualReview($input: RecordAnnualReviewInput!) {\n    recordAnnualReview(input: $input) { id version nextDueOn nextDueKind reviews { reviewedOn } }\n  }\n": typeof types.RecordAnnualReviewDocument,
    "\n  query Reminders($filter: ReminderFilter!) {\n    reminders(filter: $filter, first: 50) {\n      edges {\n        node {\n          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy\n          school { urn name localAuthority { code } trust { uid } }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.RemindersDocument,
    "\n  mutation AcknowledgeReminder($id: ID!) {\n    acknowledgeReminder(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n": typeof types.AcknowledgeReminderDocument,
    "\n  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {\n    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }\n  }\n": typeof types.SchoolListCsvDocument,
    "\n  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {\n    localAuthority(code: $code) {\n      code name\n      schools(first: 25, filter: $filter, sort: $sort, after: $after) {\n        totalCount\n        edges { node { ...SchoolRow census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SchoolListDocument,
    "\n  query School($urn: ID!) {\n    school(urn: $urn) {\n      ...SchoolRow\n      isOpen openedOn closedOn town postcode trustJoinedOn\n      localAuthority { code name }\n      census {\n        periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed\n      }\n      predecessors { urn name linkType linkedOn school { urn } }\n      successors { urn name linkType linkedOn school { urn } }\n      inspections {\n        __typename id urn framework inspectedOn publishedOn safeguarding source\n        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome }\n        ... on ReportCardInspection { visit inclusion evaluations { area grade } }\n      }\n      awards {\n        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance\n        elements { element title standOut finding }\n        reviews { reviewedOn assessor summary }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }\n      contacts { email name role }\n      history(first: 10) { edges { node { at actor action summary } } }\n    }\n  }\n": typeof types.SchoolDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 20) {\n      localAuthorities { totalCount edges { node { code name } } }\n      trusts { totalCount edges { node { uid name status } } }\n      schools { totalCount edges { node { urn name town localAuthority { name } } } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Trust($uid: ID!) {\n    trust(uid: $uid) {\n      uid groupId name type status openedOn companiesHouseNumber\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      schools(first: 100) {\n        totalCount\n        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }\n      }\n      comparison { rows { school { urn } activePartnerCount evaluations { area grade }\n        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n    }\n  }\n": typeof types.TrustDocument,
};
const documents: Documents = {
    "\n  fragment SchoolRow on School {\n    urn name type phase\n    trust { uid name }\n    inclusionStatus {\n      awardLevel awardStatus nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn\n      inclusionGrade legacyOverallGrade safeguarding ungradedInspectionOn ungradedOutcome\n    }\n  }\n": types.SchoolRowFragmentDoc,
    "\n  fragment ChangeRow on ChangeEvent {\n    id kind happenedOn recordedAt summary from to schoolName public\n    school { urn name }\n    relatedSchool { urn name }\n    source { name file asAt actor }\n  }\n": types.ChangeRowFragmentDoc,
    "\n  query LocalAuthorityChanges(\n    $code: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String\n  ) {\n    localAuthority(code: $code) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.LocalAuthorityChangesDocument,
    "\n  query LocalAuthorityName($code: ID!) { localAuthority(code: $code) { code name } }\n": types.LocalAuthorityNameDocument,
    "\n  query TrustChanges($uid: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    trust(uid: $uid) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.TrustChangesDocument,
    "\n  query TrustName($uid: ID!) { trust(uid: $uid) { uid name } }\n": types.TrustNameDocument,
    "\n  query SchoolChanges($urn: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    school(urn: $urn) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SchoolChangesDocument,
    "\n  query SchoolName($urn: ID!) { school(urn: $urn) { urn name localAuthority { code name } } }\n": types.SchoolNameDocument,
    "\n  query LocalAuthorityChangesSince($code: ID!, $since: Date!, $after: String) {\n    localAuthority(code: $code) {\n      changes(since: $since, first: 100, after: $after) {\n        edges { node { kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.LocalAuthorityChangesSinceDocument,
    "\n  mutation UnsubscribeFromDigest($token: String!) {\n    unsubscribeFromDigest(token: $token) { email scopeName unsubscribedAt }\n  }\n": types.UnsubscribeFromDigestDocument,
    "\n  fragment SummaryFields on InclusionSummary {\n    asOf schoolCount withStandingAward shareWithStandingAward dueWithin30Days dueWithin90Days overdue\n    safeguardingConcerns withoutPartnerAgency\n    byAwardStatus { status count }\n    byAwardLevel { level count }\n    inspectionOutcomes {\n      reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince inherited\n      inCategoryOfConcern neverInspected\n    }\n    dataSources { kind file asAt }\n  }\n": types.SummaryFieldsFragmentDoc,
    "\n  query England {\n    england { inclusionSummary { ...SummaryFields } }\n    localAuthorities(first: 100) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } }\n  }\n": types.EnglandDocument,
    "\n  query MoreLocalAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) { edges { node { code name } } }\n  }\n": types.MoreLocalAuthoritiesDocument,
    "\n  query FindLocalAuthorities($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n": types.FindLocalAuthoritiesDocument,
    "\n  query CompareLocalAuthorities($codes: [ID!], $neighboursOf: ID) {\n    compareLocalAuthorities(codes: $codes, neighboursOf: $neighboursOf) {\n      localAuthorities { code name }\n      rows {\n        indicator { id label topic unit decimals polarity }\n        period { label }\n        figures { code figure { value status } }\n        england { figure { value status } }\n      }\n    }\n  }\n": types.CompareLocalAuthoritiesDocument,
    "\n  query LocalAuthorityCompares($code: ID!) {\n    localAuthority(code: $code) {\n      code name\n      statisticalNeighbours { rank localAuthority { code name } }\n      indicators {\n        indicator { id label description topic unit decimals polarity source { file asAt } }\n        latest { period { label } value status }\n        previous { period { label } value status }\n        change\n        series { period { label } value status }\n        england { figure { value status } }\n        region { name figure { value status } }\n        neighbourAverage neighbourAverageOf\n        rank { rank outOf }\n      }\n    }\n  }\n": types.LocalAuthorityComparesDocument,
    "\n  query UnaddressedReminders($code: ID!) {\n    reminders(filter: { laCode: $code, status: NO_RECIPIENTS }, first: 100) { edges { node { id } } }\n  }\n": types.UnaddressedRemindersDocument,
    "\n  query LocalAuthority($code: ID!) {\n    localAuthority(code: $code) {\n      code name onsCode\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      dueSoon: schools(first: 10, sort: DUE_DATE) {\n        totalCount\n        edges { node { ...SchoolRow } }\n      }\n    }\n  }\n": types.LocalAuthorityDocument,
    "\n  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name } } } }\n": types.PartnerAgencyChoicesDocument,
    "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { since agency { id name } }\n  }\n": types.AddPartnershipDocument,
    "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) { id level awardedOn nextDueOn nextDueKind }\n  }\n": types.GrantAwardDocument,
    "\n  mutation AddContact($input: AddContactInput!) { addContact(input: $input) { email name role } }\n": types.AddContactDocument,
    "\n  mutation RemoveContact($input: RemoveContactInput!) { removeContact(input: $input) { email name role } }\n": types.RemoveContactDocument,
    "\n  query ContactOwner(\n    $urn: ID!, $uid: ID!, $code: ID!, $isSchool: Boolean!, $isTrust: Boolean!, $isCouncil: Boolean!\n  ) {\n    school(urn: $urn) @include(if: $isSchool) { urn name localAuthority { code } trust { uid } }\n    trust(uid: $uid) @include(if: $isTrust) { uid name }\n    localAuthority(code: $code) @include(if: $isCouncil) { code name }\n  }\n": types.ContactOwnerDocument,
    "\n  query CouncilsNamed($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n": types.CouncilsNamedDocument,
    "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) { since until agency { id name } }\n  }\n": types.EndPartnershipDocument,
    "\n  query RecordingSchool($urn: ID!) {\n    school(urn: $urn) {\n      urn name\n      localAuthority { code name }\n      trust { uid }\n      awards {\n        id level status awardedOn nextDueOn nextDueKind version\n        reviews { reviewedOn assessor }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name } }\n    }\n  }\n": types.RecordingSchoolDocument,
    "\n  mutation RecordAnnualReview($input: RecordAnnualReviewInput!) {\n    recordAnnualReview(input: $input) { id version nextDueOn nextDueKind reviews { reviewedOn } }\n  }\n": types.RecordAnnualReviewDocument,
    "\n  query Reminders($filter: ReminderFilter!) {\n    reminders(filter: $filter, first: 50) {\n      edges {\n        node {\n          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy\n          school { urn name localAuthority { code } trust { uid } }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.RemindersDocument,
    "\n  mutation AcknowledgeReminder($id: ID!) {\n    acknowledgeReminder(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n": types.AcknowledgeReminderDocument,
    "\n  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {\n    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }\n  }\n": types.SchoolListCsvDocument,
    "\n  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {\n    localAuthority(code: $code) {\n      code name\n      schools(first: 25, filter: $filter, sort: $sort, after: $after) {\n        totalCount\n        edges { node { ...SchoolRow census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SchoolListDocument,
    "\n  query School($urn: ID!) {\n    school(urn: $urn) {\n      ...SchoolRow\n      isOpen openedOn closedOn town postcode trustJoinedOn\n      localAuthority { code name }\n      census {\n        periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed\n      }\n      predecessors { urn name linkType linkedOn school { urn } }\n      successors { urn name linkType linkedOn school { urn } }\n      inspections {\n        __typename id urn framework inspectedOn publishedOn safeguarding source\n        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome }\n        ... on ReportCardInspection { visit inclusion evaluations { area grade } }\n      }\n      awards {\n        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance\n        elements { element title standOut finding }\n        reviews { reviewedOn assessor summary }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }\n      contacts { email name role }\n      history(first: 10) { edges { node { at actor action summary } } }\n    }\n  }\n": types.SchoolDocument,
    "\n  query Search($text: String!) {\n    search(text: $text, first: 20) {\n      localAuthorities { totalCount edges { node { code name } } }\n      trusts { totalCount edges { node { uid name status } } }\n      schools { totalCount edges { node { urn name town localAuthority { name } } } }\n    }\n  }\n": types.SearchDocument,
    "\n  query Trust($uid: ID!) {\n    trust(uid: $uid) {\n      uid groupId name type status openedOn companiesHouseNumber\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      schools(first: 100) {\n        totalCount\n        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }\n      }\n      comparison { rows { school { urn } activePartnerCount evaluations { area grade }\n        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n    }\n  }\n": types.TrustDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchoolRow on School {\n    urn name type phase\n    trust { uid name }\n    inclusionStatus {\n      awardLevel awardStatus nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn\n      inclusionGrade legacyOverallGrade safeguarding ungradedInspectionOn ungradedOutcome\n    }\n  }\n"): (typeof documents)["\n  fragment SchoolRow on School {\n    urn name type phase\n    trust { uid name }\n    inclusionStatus {\n      awardLevel awardStatus nextDueOn latestInspectionOn gradedInspectionOn gradedInheritedFromUrn\n      inclusionGrade legacyOverallGrade safeguarding ungradedInspectionOn ungradedOutcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeRow on ChangeEvent {\n    id kind happenedOn recordedAt summary from to schoolName public\n    school { urn name }\n    relatedSchool { urn name }\n    source { name file asAt actor }\n  }\n"): (typeof documents)["\n  fragment ChangeRow on ChangeEvent {\n    id kind happenedOn recordedAt summary from to schoolName public\n    school { urn name }\n    relatedSchool { urn name }\n    source { name file asAt actor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorityChanges(\n    $code: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String\n  ) {\n    localAuthority(code: $code) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthorityChanges(\n    $code: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String\n  ) {\n    localAuthority(code: $code) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorityName($code: ID!) { localAuthority(code: $code) { code name } }\n"): (typeof documents)["\n  query LocalAuthorityName($code: ID!) { localAuthority(code: $code) { code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustChanges($uid: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    trust(uid: $uid) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrustChanges($uid: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    trust(uid: $uid) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustName($uid: ID!) { trust(uid: $uid) { uid name } }\n"): (typeof documents)["\n  query TrustName($uid: ID!) { trust(uid: $uid) { uid name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolChanges($urn: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    school(urn: $urn) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolChanges($urn: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {\n    school(urn: $urn) {\n      changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {\n        edges { node { ...ChangeRow } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolName($urn: ID!) { school(urn: $urn) { urn name localAuthority { code name } } }\n"): (typeof documents)["\n  query SchoolName($urn: ID!) { school(urn: $urn) { urn name localAuthority { code name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorityChangesSince($code: ID!, $since: Date!, $after: String) {\n    localAuthority(code: $code) {\n      changes(since: $since, first: 100, after: $after) {\n        edges { node { kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthorityChangesSince($code: ID!, $since: Date!, $after: String) {\n    localAuthority(code: $code) {\n      changes(since: $since, first: 100, after: $after) {\n        edges { node { kind } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromDigest($token: String!) {\n    unsubscribeFromDigest(token: $token) { email scopeName unsubscribedAt }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromDigest($token: String!) {\n    unsubscribeFromDigest(token: $token) { email scopeName unsubscribedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryFields on InclusionSummary {\n    asOf schoolCount withStandingAward shareWithStandingAward dueWithin30Days dueWithin90Days overdue\n    safeguardingConcerns withoutPartnerAgency\n    byAwardStatus { status count }\n    byAwardLevel { level count }\n    inspectionOutcomes {\n      reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince inherited\n      inCategoryOfConcern neverInspected\n    }\n    dataSources { kind file asAt }\n  }\n"): (typeof documents)["\n  fragment SummaryFields on InclusionSummary {\n    asOf schoolCount withStandingAward shareWithStandingAward dueWithin30Days dueWithin90Days overdue\n    safeguardingConcerns withoutPartnerAgency\n    byAwardStatus { status count }\n    byAwardLevel { level count }\n    inspectionOutcomes {\n      reportCardInclusion { grade count } legacyOverall { grade count } ungraded withUngradedSince inherited\n      inCategoryOfConcern neverInspected\n    }\n    dataSources { kind file asAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query England {\n    england { inclusionSummary { ...SummaryFields } }\n    localAuthorities(first: 100) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query England {\n    england { inclusionSummary { ...SummaryFields } }\n    localAuthorities(first: 100) { totalCount edges { node { code name } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreLocalAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) { edges { node { code name } } }\n  }\n"): (typeof documents)["\n  query MoreLocalAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) { edges { node { code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindLocalAuthorities($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n"): (typeof documents)["\n  query FindLocalAuthorities($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareLocalAuthorities($codes: [ID!], $neighboursOf: ID) {\n    compareLocalAuthorities(codes: $codes, neighboursOf: $neighboursOf) {\n      localAuthorities { code name }\n      rows {\n        indicator { id label topic unit decimals polarity }\n        period { label }\n        figures { code figure { value status } }\n        england { figure { value status } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareLocalAuthorities($codes: [ID!], $neighboursOf: ID) {\n    compareLocalAuthorities(codes: $codes, neighboursOf: $neighboursOf) {\n      localAuthorities { code name }\n      rows {\n        indicator { id label topic unit decimals polarity }\n        period { label }\n        figures { code figure { value status } }\n        england { figure { value status } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthorityCompares($code: ID!) {\n    localAuthority(code: $code) {\n      code name\n      statisticalNeighbours { rank localAuthority { code name } }\n      indicators {\n        indicator { id label description topic unit decimals polarity source { file asAt } }\n        latest { period { label } value status }\n        previous { period { label } value status }\n        change\n        series { period { label } value status }\n        england { figure { value status } }\n        region { name figure { value status } }\n        neighbourAverage neighbourAverageOf\n        rank { rank outOf }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthorityCompares($code: ID!) {\n    localAuthority(code: $code) {\n      code name\n      statisticalNeighbours { rank localAuthority { code name } }\n      indicators {\n        indicator { id label description topic unit decimals polarity source { file asAt } }\n        latest { period { label } value status }\n        previous { period { label } value status }\n        change\n        series { period { label } value status }\n        england { figure { value status } }\n        region { name figure { value status } }\n        neighbourAverage neighbourAverageOf\n        rank { rank outOf }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnaddressedReminders($code: ID!) {\n    reminders(filter: { laCode: $code, status: NO_RECIPIENTS }, first: 100) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query UnaddressedReminders($code: ID!) {\n    reminders(filter: { laCode: $code, status: NO_RECIPIENTS }, first: 100) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalAuthority($code: ID!) {\n    localAuthority(code: $code) {\n      code name onsCode\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      dueSoon: schools(first: 10, sort: DUE_DATE) {\n        totalCount\n        edges { node { ...SchoolRow } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalAuthority($code: ID!) {\n    localAuthority(code: $code) {\n      code name onsCode\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      dueSoon: schools(first: 10, sort: DUE_DATE) {\n        totalCount\n        edges { node { ...SchoolRow } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name } } } }\n"): (typeof documents)["\n  query PartnerAgencyChoices { partnerAgencies(first: 100) { edges { node { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { since agency { id name } }\n  }\n"): (typeof documents)["\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { since agency { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) { id level awardedOn nextDueOn nextDueKind }\n  }\n"): (typeof documents)["\n  mutation GrantAward($input: GrantAwardInput!) {\n    grantAward(input: $input) { id level awardedOn nextDueOn nextDueKind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($input: AddContactInput!) { addContact(input: $input) { email name role } }\n"): (typeof documents)["\n  mutation AddContact($input: AddContactInput!) { addContact(input: $input) { email name role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($input: RemoveContactInput!) { removeContact(input: $input) { email name role } }\n"): (typeof documents)["\n  mutation RemoveContact($input: RemoveContactInput!) { removeContact(input: $input) { email name role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactOwner(\n    $urn: ID!, $uid: ID!, $code: ID!, $isSchool: Boolean!, $isTrust: Boolean!, $isCouncil: Boolean!\n  ) {\n    school(urn: $urn) @include(if: $isSchool) { urn name localAuthority { code } trust { uid } }\n    trust(uid: $uid) @include(if: $isTrust) { uid name }\n    localAuthority(code: $code) @include(if: $isCouncil) { code name }\n  }\n"): (typeof documents)["\n  query ContactOwner(\n    $urn: ID!, $uid: ID!, $code: ID!, $isSchool: Boolean!, $isTrust: Boolean!, $isCouncil: Boolean!\n  ) {\n    school(urn: $urn) @include(if: $isSchool) { urn name localAuthority { code } trust { uid } }\n    trust(uid: $uid) @include(if: $isTrust) { uid name }\n    localAuthority(code: $code) @include(if: $isCouncil) { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilsNamed($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n"): (typeof documents)["\n  query CouncilsNamed($search: String!) {\n    localAuthorities(search: $search, first: 10) { totalCount edges { node { code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) { since until agency { id name } }\n  }\n"): (typeof documents)["\n  mutation EndPartnership($input: EndPartnershipInput!) {\n    endPartnership(input: $input) { since until agency { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordingSchool($urn: ID!) {\n    school(urn: $urn) {\n      urn name\n      localAuthority { code name }\n      trust { uid }\n      awards {\n        id level status awardedOn nextDueOn nextDueKind version\n        reviews { reviewedOn assessor }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RecordingSchool($urn: ID!) {\n    school(urn: $urn) {\n      urn name\n      localAuthority { code name }\n      trust { uid }\n      awards {\n        id level status awardedOn nextDueOn nextDueKind version\n        reviews { reviewedOn assessor }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAnnualReview($input: RecordAnnualReviewInput!) {\n    recordAnnualReview(input: $input) { id version nextDueOn nextDueKind reviews { reviewedOn } }\n  }\n"): (typeof documents)["\n  mutation RecordAnnualReview($input: RecordAnnualReviewInput!) {\n    recordAnnualReview(input: $input) { id version nextDueOn nextDueKind reviews { reviewedOn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reminders($filter: ReminderFilter!) {\n    reminders(filter: $filter, first: 50) {\n      edges {\n        node {\n          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy\n          school { urn name localAuthority { code } trust { uid } }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Reminders($filter: ReminderFilter!) {\n    reminders(filter: $filter, first: 50) {\n      edges {\n        node {\n          id level dueKind dueOn daysBefore status awardStatus plannedOn acknowledgedAt acknowledgedBy\n          school { urn name localAuthority { code } trust { uid } }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReminder($id: ID!) {\n    acknowledgeReminder(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReminder($id: ID!) {\n    acknowledgeReminder(id: $id) { id acknowledgedAt acknowledgedBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {\n    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }\n  }\n"): (typeof documents)["\n  query SchoolListCsv($code: ID!, $filter: SchoolFilter, $sort: SchoolSort) {\n    localAuthority(code: $code) { schoolsCsv(filter: $filter, sort: $sort) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {\n    localAuthority(code: $code) {\n      code name\n      schools(first: 25, filter: $filter, sort: $sort, after: $after) {\n        totalCount\n        edges { node { ...SchoolRow census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SchoolList($code: ID!, $filter: SchoolFilter, $sort: SchoolSort, $after: String) {\n    localAuthority(code: $code) {\n      code name\n      schools(first: 25, filter: $filter, sort: $sort, after: $after) {\n        totalCount\n        edges { node { ...SchoolRow census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query School($urn: ID!) {\n    school(urn: $urn) {\n      ...SchoolRow\n      isOpen openedOn closedOn town postcode trustJoinedOn\n      localAuthority { code name }\n      census {\n        periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed\n      }\n      predecessors { urn name linkType linkedOn school { urn } }\n      successors { urn name linkType linkedOn school { urn } }\n      inspections {\n        __typename id urn framework inspectedOn publishedOn safeguarding source\n        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome }\n        ... on ReportCardInspection { visit inclusion evaluations { area grade } }\n      }\n      awards {\n        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance\n        elements { element title standOut finding }\n        reviews { reviewedOn assessor summary }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }\n      contacts { email name role }\n      history(first: 10) { edges { node { at actor action summary } } }\n    }\n  }\n"): (typeof documents)["\n  query School($urn: ID!) {\n    school(urn: $urn) {\n      ...SchoolRow\n      isOpen openedOn closedOn town postcode trustJoinedOn\n      localAuthority { code name }\n      census {\n        periodLabel pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent suppressed\n      }\n      predecessors { urn name linkType linkedOn school { urn } }\n      successors { urn name linkType linkedOn school { urn } }\n      inspections {\n        __typename id urn framework inspectedOn publishedOn safeguarding source\n        ... on LegacyInspection { type overallEffectiveness categoryOfConcern outcome }\n        ... on ReportCardInspection { visit inclusion evaluations { area grade } }\n      }\n      awards {\n        id level status assessedOn awardedOn assessor nextDueOn nextDueKind provenance\n        elements { element title standOut finding }\n        reviews { reviewedOn assessor summary }\n      }\n      partnerships { since until isActive focus councilQualityAssured agency { id name kind } }\n      contacts { email name role }\n      history(first: 10) { edges { node { at actor action summary } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!) {\n    search(text: $text, first: 20) {\n      localAuthorities { totalCount edges { node { code name } } }\n      trusts { totalCount edges { node { uid name status } } }\n      schools { totalCount edges { node { urn name town localAuthority { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!) {\n    search(text: $text, first: 20) {\n      localAuthorities { totalCount edges { node { code name } } }\n      trusts { totalCount edges { node { uid name status } } }\n      schools { totalCount edges { node { urn name town localAuthority { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trust($uid: ID!) {\n    trust(uid: $uid) {\n      uid groupId name type status openedOn companiesHouseNumber\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      schools(first: 100) {\n        totalCount\n        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }\n      }\n      comparison { rows { school { urn } activePartnerCount evaluations { area grade }\n        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n    }\n  }\n"): (typeof documents)["\n  query Trust($uid: ID!) {\n    trust(uid: $uid) {\n      uid groupId name type status openedOn companiesHouseNumber\n      inclusionSummary { ...SummaryFields }\n      censusSummary {\n        periodLabel schoolCount schoolsWithFigures pupils senSupport senSupportPercent ehcPlans ehcPlanPercent\n        schoolsWithFsm fsmPercent\n      }\n      schools(first: 100) {\n        totalCount\n        edges { node { ...SchoolRow trustJoinedOn localAuthority { code name } } }\n      }\n      comparison { rows { school { urn } activePartnerCount evaluations { area grade }\n        census { periodLabel senSupportPercent ehcPlanPercent fsmPercent } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;