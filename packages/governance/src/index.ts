// The governance engine: decides motions under a consortium agreement's rules, purely, with the clock passed in.
export { decideMotion, eventTime } from './decide';
export type { Decision } from './decide';
export type { MotionStatus } from './stage';
export type { Reason } from './reasons';
export type { Tally, Choice } from './tally';
export { countVotes } from './tally';
export { applyMotion, withoutParty } from './apply';
export type { Applied, MembershipChange } from './apply';
export { applyJsonPatch } from './json-patch';
export type { PatchResult } from './json-patch';
export { deadlinesFor } from './deadlines';
export type { Deadline, DeadlineKind } from './deadlines';
export { votingGame } from './voting-game';
export type { VotingGame } from './voting-game';
export { electorate, isDefaulting, weightOf } from './voters';
export { meetingBodies, meetingStates } from './meetings-view';
export type { AgendaItem, Convened, MeetingState } from './meetings-view';
