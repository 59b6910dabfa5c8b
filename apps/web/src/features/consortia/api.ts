import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddMemberRequest,
  Consortium,
  ConsortiumStatus,
  ConsortiumSummary,
  MemberRole,
  MemberTier,
} from '@huahe/contracts';
import { get, post, patch, qs, type Page } from '../../api/client';

/** The list filters of the consortium directory. */
export interface ConsortiumFilters {
  q?: string;
  status?: ConsortiumStatus;
  region?: string;
  historical?: 'true' | 'false';
  organisationId?: string;
}

/** One page of the consortia the caller may see (public ones for visitors). */
export function useConsortia(filters: ConsortiumFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['consortia', filters, page, pageSize],
    queryFn: () => get<Page<ConsortiumSummary>>(`/api/consortia${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** One consortium with every membership spell and its history. */
export function useConsortium(id: string | undefined) {
  return useQuery({
    queryKey: ['consortium', id],
    queryFn: () => get<Consortium>(`/api/consortia/${id}`),
    enabled: !!id,
  });
}

/** Member writes; each answers with the whole consortium, which replaces the cached one. */
export function useMemberWrites(id: string) {
  const qc = useQueryClient();
  const settle = (c: Consortium) => {
    qc.setQueryData(['consortium', id], c);
    void qc.invalidateQueries({ queryKey: ['consortia'] });
    void qc.invalidateQueries({ queryKey: ['organisations'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
  return {
    add: useMutation({
      mutationFn: (v: AddMemberRequest) => post<Consortium>(`/api/consortia/${id}/members`, v),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: (v: { memberId: string; role?: MemberRole; tier?: MemberTier }) =>
        patch<Consortium>(`/api/consortia/${id}/members/${v.memberId}`, { role: v.role, tier: v.tier }),
      onSuccess: settle,
    }),
    end: useMutation({
      mutationFn: (v: { memberId: string; leftOn: string; leaveReason: string }) =>
        post<Consortium>(`/api/consortia/${id}/members/${v.memberId}/end`, {
          leftOn: v.leftOn,
          leaveReason: v.leaveReason,
        }),
      onSuccess: settle,
    }),
    refresh: () => void qc.invalidateQueries({ queryKey: ['consortium', id] }),
  };
}

/** Paths of the consortium spreadsheet endpoints. */
export const consortiumSheets = {
  exportPath: (filters: ConsortiumFilters) => `/api/consortia/export.xlsx${qs({ ...filters })}`,
  membersExport: (id: string) => `/api/consortia/${id}/members/export.xlsx`,
  membersTemplate: '/api/consortia/members/import-template.xlsx',
  membersImport: (id: string) => `/api/consortia/${id}/members/import`,
  membersReport: (id: string) => `/api/consortia/${id}/members/import/report`,
};
