import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Person, personInputSchema } from '@huahe/contracts';
import type { z } from 'zod';
import { del, get, patch, post, qs, type Page } from '../../api/client';

/** What the person form sends. */
export type PersonInput = z.input<typeof personInputSchema>;

/** One page of people, optionally of one organisation. */
export function usePeople(filters: { q?: string; organisationId?: string }, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['people', filters, page, pageSize],
    queryFn: () => get<Page<Person>>(`/api/people${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** Adding, editing and removing people; the organisation's people count follows. */
export function usePersonWrites(organisationId?: string) {
  const qc = useQueryClient();
  const settle = () => {
    void qc.invalidateQueries({ queryKey: ['people'] });
    if (organisationId) void qc.invalidateQueries({ queryKey: ['organisation', organisationId] });
  };
  return {
    create: useMutation({
      mutationFn: (v: PersonInput) => post<Person>(`/api/organisations/${organisationId}/people`, v),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: (v: PersonInput & { id: string }) => {
        const { id, ...body } = v;
        return patch<Person>(`/api/people/${id}`, body);
      },
      onSuccess: settle,
    }),
    remove: useMutation({ mutationFn: (id: string) => del(`/api/people/${id}`), onSuccess: settle }),
  };
}
