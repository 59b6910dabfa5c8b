import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportResult,
  Organisation,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationSummary,
} from '@huahe/contracts';
import { get, patch, post, put, qs, type Page } from '../../api/client';

/** The list filters as the page keeps them (strings, as in the query string). */
export type OrganisationFilters = Partial<
  Pick<OrganisationListQuery, 'q' | 'kind' | 'region' | 'industry' | 'qualification' | 'sme' | 'sort'>
>;

/** One page of organisations matching the filters. */
export function useOrganisations(filters: OrganisationFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['organisations', filters, page, pageSize],
    queryFn: () => get<Page<OrganisationSummary>>(`/api/organisations${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** One organisation with its figures, memberships and whether the caller may edit it. */
export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ['organisation', id],
    queryFn: () => get<Organisation>(`/api/organisations/${id}`),
    enabled: !!id,
  });
}

/** Figures as the API takes them: money as decimal strings. */
export interface FigureRow {
  year: number;
  revenue?: string | null;
  rdSpending?: string | null;
  rdStaff?: number | null;
  staff?: number | null;
}

/** Create, update and figure writes that keep the cached lists and record in step. */
export function useOrganisationWrites(id?: string) {
  const qc = useQueryClient();
  const settle = (o: Organisation) => {
    qc.setQueryData(['organisation', o.id], o);
    void qc.invalidateQueries({ queryKey: ['organisations'] });
  };
  return {
    create: useMutation({
      mutationFn: (v: OrganisationInput) => post<Organisation>('/api/organisations', v),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: (v: Partial<OrganisationInput> & { version: number }) =>
        patch<Organisation>(`/api/organisations/${id}`, v),
      onSuccess: settle,
    }),
    figures: useMutation({
      mutationFn: (figures: FigureRow[]) =>
        put<Organisation>(`/api/organisations/${id}/figures`, { figures }),
      onSuccess: settle,
    }),
  };
}

/** Paths of the organisation spreadsheet endpoints. */
export const organisationSheets = {
  exportPath: (filters: OrganisationFilters) => `/api/organisations/export.xlsx${qs({ ...filters })}`,
  template: '/api/organisations/import-template.xlsx',
  importPath: '/api/organisations/import',
  reportPath: '/api/organisations/import/report',
};

export type { ImportResult };
