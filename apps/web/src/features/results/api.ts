import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OwnershipChange,
  OwnershipProposal,
  ResultConfidentiality,
  ResultDetail,
  ResultFields,
  ResultStatus,
  ResultSummary,
  ResultType,
} from '@huahe/contracts';
import { get, patch, post, qs, type Page } from '../../api/client';

/** The filters of a consortium's result register (also applied to its Excel export). */
export interface ResultFilters {
  q?: string;
  type?: ResultType;
  status?: ResultStatus;
  confidentiality?: ResultConfidentiality;
  organisationId?: string;
  minTrl?: string;
}

/** One page of a consortium's results, as far as the caller may see them. */
export function useResults(consortiumId: string, filters: ResultFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['results', consortiumId, filters, page, pageSize],
    queryFn: () =>
      get<Page<ResultSummary>>(`/api/consortia/${consortiumId}/results${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** One result with owners, inventors and status history. */
export function useResult(id: string | undefined) {
  return useQuery({
    queryKey: ['result', id],
    queryFn: () => get<ResultDetail>(`/api/results/${id}`),
    enabled: !!id,
  });
}

/** The ownership changes of a result with every co-owner's answer. */
export function useOwnershipChanges(id: string) {
  return useQuery({
    queryKey: ['result-ownership-changes', id],
    queryFn: () => get<OwnershipChange[]>(`/api/results/${id}/ownership-changes`),
  });
}

/** The owners the effective agreement proposes for a type and its creators (nothing is stored). */
export const proposeOwnership = (
  consortiumId: string,
  body: { type: ResultType; creators: { organisationId: string; contribution?: string }[] },
) => post<OwnershipProposal>(`/api/consortia/${consortiumId}/results/ownership-proposal`, body);

/** Records a result. */
export const createResult = (consortiumId: string, body: ResultFields) =>
  post<ResultDetail>(`/api/consortia/${consortiumId}/results`, body);

/** Writes on one result; each answer replaces the cached result. */
export function useResultWrites(id: string) {
  const qc = useQueryClient();
  const settle = (r: ResultDetail) => {
    qc.setQueryData(['result', id], r);
    void qc.invalidateQueries({ queryKey: ['results', r.consortiumId] });
  };
  const changed = () => {
    void qc.invalidateQueries({ queryKey: ['result-ownership-changes', id] });
    void qc.invalidateQueries({ queryKey: ['result', id] });
    void qc.invalidateQueries({ queryKey: ['results'] });
  };
  return {
    update: useMutation({
      mutationFn: (body: Record<string, unknown>) => patch<ResultDetail>(`/api/results/${id}`, body),
      onSuccess: settle,
    }),
    status: useMutation({
      mutationFn: (body: { status: ResultStatus; on: string; note?: string | null }) =>
        post<ResultDetail>(`/api/results/${id}/status`, body),
      onSuccess: settle,
    }),
    proposeChange: useMutation({
      mutationFn: (body: { owners: { organisationId: string; share: string }[]; reason: string }) =>
        post<OwnershipChange>(`/api/results/${id}/ownership-changes`, body),
      onSuccess: changed,
    }),
    answer: useMutation({
      mutationFn: (v: {
        changeId: string;
        organisationId: string;
        decision: 'consent' | 'refuse';
        note?: string | null;
      }) =>
        post<OwnershipChange>(`/api/results/${id}/ownership-changes/${v.changeId}/consents`, {
          organisationId: v.organisationId,
          decision: v.decision,
          note: v.note ?? null,
        }),
      onSuccess: changed,
    }),
  };
}

/** The Excel export of the filtered register. */
export const resultsExportPath = (consortiumId: string, filters: ResultFilters) =>
  `/api/consortia/${consortiumId}/results/export.xlsx${qs({ ...filters })}`;
