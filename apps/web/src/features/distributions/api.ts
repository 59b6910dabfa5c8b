import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementView,
  DealKind,
  DistributionRun,
  Statement,
  VerificationBundle,
  WhatIf,
} from '@huahe/contracts';
import { ApiError, get, post } from '../../api/client';

/** A run as the list answers it (no lines). */
export type RunSummary = Omit<DistributionRun, 'lines' | 'explanation' | 'warnings'>;

/** A score per party for one correction factor of the improved Shapley value. */
export interface FactorScore {
  factor: string;
  organisationId: string;
  score: string;
}

/** A consortium's runs and reversals, newest first. */
export function useRuns(consortiumId: string) {
  return useQuery({
    queryKey: ['distribution-runs', consortiumId],
    queryFn: () => get<RunSummary[]>(`/api/consortia/${consortiumId}/distribution-runs`),
  });
}

/** One run with its ledger lines. */
export function useRun(id: string | undefined) {
  return useQuery({
    queryKey: ['distribution-run', id],
    queryFn: () => get<DistributionRun>(`/api/distribution-runs/${id}`),
    enabled: !!id,
  });
}

/** Posting and reversing runs; what they change is refetched. */
export function useRunWrites() {
  const qc = useQueryClient();
  const refresh = (r: DistributionRun) => {
    qc.setQueryData(['distribution-run', r.id], r);
    void qc.invalidateQueries({ queryKey: ['distribution-runs', r.consortiumId] });
    void qc.invalidateQueries({ queryKey: ['distribution-run'] });
    void qc.invalidateQueries({ queryKey: ['deal', r.deal.id] });
    void qc.invalidateQueries({ queryKey: ['statement', r.consortiumId] });
  };
  return {
    run: useMutation({
      mutationFn: (v: { revenueEventId: string; factorScores?: FactorScore[]; note?: string | null }) =>
        post<DistributionRun>(`/api/revenue-events/${v.revenueEventId}/distribution-runs`, {
          ...(v.factorScores?.length ? { factorScores: v.factorScores } : {}),
          note: v.note ?? null,
        }),
      onSuccess: refresh,
    }),
    reverse: useMutation({
      mutationFn: (v: { runId: string; reason: string }) =>
        post<DistributionRun>(`/api/distribution-runs/${v.runId}/reverse`, { reason: v.reason }),
      onSuccess: refresh,
    }),
  };
}

/** A member's statement in a consortium. */
export function useStatement(consortiumId: string, organisationId: string | undefined) {
  return useQuery({
    queryKey: ['statement', consortiumId, organisationId],
    queryFn: () => get<Statement>(`/api/consortia/${consortiumId}/statements/${organisationId}`),
    enabled: !!organisationId,
  });
}

/** The statement's files. */
export const statementFiles = (consortiumId: string, organisationId: string) => ({
  pdf: `/api/consortia/${consortiumId}/statements/${organisationId}/statement.pdf`,
  xlsx: `/api/consortia/${consortiumId}/statements/${organisationId}/statement.xlsx`,
});

/** What the what-if comparison takes. */
export interface WhatIfRequest {
  amount: string;
  dealKind?: DealKind;
  factorScores?: FactorScore[];
}

/** The same amount under every method, side by side (nothing is stored); the last answer stays while the next loads. */
export function useWhatIf(consortiumId: string, request: WhatIfRequest | undefined) {
  return useQuery({
    queryKey: ['what-if', consortiumId, request],
    queryFn: () => post<WhatIf>(`/api/consortia/${consortiumId}/what-if`, request),
    enabled: !!request,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });
}

/** The effective agreement of a consortium (its signed data), or null when none is in force. */
export function useEffectiveAgreement(consortiumId: string) {
  return useQuery({
    queryKey: ['effective-agreement', consortiumId],
    queryFn: async (): Promise<{ number: number; agreement: Agreement } | null> => {
      let view: AgreementView;
      try {
        view = await get<AgreementView>(`/api/consortia/${consortiumId}/agreement`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
      const v = view.versions.find((x) => x.status === 'effective');
      if (!v) return null;
      const bundle = await get<VerificationBundle>(`/api/agreements/${view.id}/versions/${v.id}/bundle`);
      return { number: v.number, agreement: JSON.parse(bundle.agreement) as Agreement };
    },
    staleTime: 5 * 60_000,
  });
}

/** The correction factors the agreement's improved Shapley value needs scores for (none for other methods). */
export function factorsOf(a: Agreement | undefined): { name: string; label: string; weight: string }[] {
  const s = a?.revenue.sharing;
  return s?.method === 'improved-shapley' ? s.factors.map((f) => ({ ...f })) : [];
}
