// @huahe/distribution: pure, exact allocation engine (SPEC §3.4, §6.2). See README.md.
export { Rational, parseRational, formatDecimal } from './rational';
export { parseJsonExact, JsonNumber, type ExactJson } from './json';
export type { Lang, Text, Failure, FailureCode, Result } from './result';
export {
  MAX_EXACT_PLAYERS,
  gameFromFunction,
  gameFromValues,
  bankruptcyGame,
  weightedVotingGame,
  valueOf,
  coalitionKey,
  type Game,
} from './game';
export { shapley, banzhaf, isSimpleGame } from './shapley';
export {
  nucleolus,
  prenucleolus,
  leastCoreValue,
  isInCore,
  MAX_NUCLEOLUS_PLAYERS,
  type NucleolusResult,
  type NucleolusStage,
} from './nucleolus';
export { votingPower, type VotingGame, type VotingPower } from './voting';
export {
  sampledShapley,
  denseOrderGame,
  votingOrderGame,
  claimsOrderGame,
  type PermutationGame,
  type SampledShapley,
} from './sampled';
export { Xoshiro128 } from './prng';
export { improvedShapley, type Factor, type ImprovedShapley, type ImprovedShapleyInput } from './improved';
export { ahpWeights, SAATY_RI, type AhpResult } from './ahp';
export { splitMoney, parseAmountFen, formatFen, formatFenGrouped } from './money';
export {
  cea,
  cel,
  talmud,
  claimsProportional,
  checkClaims,
  type ClaimsProblem,
  type ClaimsAwards,
} from './claims';
export { equalSplit, equalSurplus, proportional, mcrs } from './simple';
export { solveLp, type LpProblem, type LpColumn, type LpSolution } from './lp';
export { parseProblem, METHODS, type Method, type Problem } from './problem';
export {
  solveAllocation,
  solveAllocationJson,
  solveProblem,
  answerJson,
  type AllocationAnswer,
  type AllocationResult,
} from './solve';
export { gameOf, shapleyOf, nucleolusOf, type CoalitionValue } from './convenience';
