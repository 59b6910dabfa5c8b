import type { Agreement, ClauseRef } from '@huahe/contracts';
import { clauseRefs, resolveRef } from '@huahe/contracts';

/** Why the engine decided as it did, citing the clause (as numbered by renderAgreement). */
export interface Reason {
  code: string;
  clauseKey: string;
  clauseRef: ClauseRef;
  zh: string;
  en: string;
}

/** Collects reasons with their clause references, computed once per agreement. */
export class ReasonLog {
  readonly list: Reason[] = [];
  private readonly refs: ReadonlyMap<string, ClauseRef>;

  constructor(agreement: Agreement) {
    this.refs = clauseRefs(agreement);
  }

  /** The reference of a clause key (第七条第三款 / art. 7.3). */
  ref(clauseKey: string): ClauseRef {
    return resolveRef(this.refs, clauseKey);
  }

  /** Records a reason. */
  add(code: string, clauseKey: string, zh: string, en: string): void {
    this.list.push({ code, clauseKey, clauseRef: this.ref(clauseKey), zh, en });
  }
}
