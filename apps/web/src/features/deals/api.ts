import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Deal, DealKind, DealSummary, RevenueEvent } from '@huahe/contracts';
import { get, patch, post } from '../../api/client';

/** The fields of a new deal as the API takes them. */
export interface DealBody {
  kind: DealKind;
  title: string;
  counterparty: string;
  counterpartyUscc?: string | null;
  contractValue?: string | null;
  signedOn?: string | null;
  resultIds: string[];
}

/** A consortium's deals with what they brought in. */
export function useDeals(consortiumId: string) {
  return useQuery({
    queryKey: ['deals', consortiumId],
    queryFn: () => get<DealSummary[]>(`/api/consortia/${consortiumId}/deals`),
  });
}

/** One deal with its results and revenue events. */
export function useDeal(id: string | undefined) {
  return useQuery({
    queryKey: ['deal', id],
    queryFn: () => get<Deal>(`/api/deals/${id}`),
    enabled: !!id,
  });
}

/** Records a deal. */
export const createDeal = (consortiumId: string, body: DealBody) =>
  post<Deal>(`/api/consortia/${consortiumId}/deals`, body);

/** Writes on one deal: edits and revenue events. */
export function useDealWrites(id: string) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['deal', id] });
    void qc.invalidateQueries({ queryKey: ['deals'] });
  };
  return {
    update: useMutation({
      mutationFn: (body: Partial<DealBody> & { status?: Deal['status'] }) =>
        patch<Deal>(`/api/deals/${id}`, body),
      onSuccess: (d) => {
        qc.setQueryData(['deal', id], d);
        void qc.invalidateQueries({ queryKey: ['deals'] });
      },
    }),
    revenue: useMutation({
      mutationFn: (body: {
        receivedOn: string;
        amount: string;
        deductibleCosts: string;
        note?: string | null;
      }) => post<RevenueEvent>(`/api/deals/${id}/revenue-events`, body),
      onSuccess: refresh,
    }),
  };
}
