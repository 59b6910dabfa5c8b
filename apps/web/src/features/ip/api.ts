import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccessPurpose, AccessRequest, BackgroundIp, Publication } from '@huahe/contracts';
import { get, post } from '../../api/client';

/** The background-IP register of a consortium. */
export function useBackgroundIp(consortiumId: string) {
  return useQuery({
    queryKey: ['background-ip', consortiumId],
    queryFn: () => get<BackgroundIp[]>(`/api/consortia/${consortiumId}/background-ip`),
  });
}

/** Access-rights requests of a consortium. */
export function useAccessRequests(consortiumId: string) {
  return useQuery({
    queryKey: ['access-requests', consortiumId],
    queryFn: () => get<AccessRequest[]>(`/api/consortia/${consortiumId}/access-requests`),
  });
}

/** Planned publications of a consortium with their review status. */
export function usePublications(consortiumId: string) {
  return useQuery({
    queryKey: ['publications', consortiumId],
    queryFn: () => get<Publication[]>(`/api/consortia/${consortiumId}/publications`),
  });
}

/** Every IP write of a consortium; each refetches the list it changes. */
export function useIpWrites(consortiumId: string) {
  const qc = useQueryClient();
  const refresh = (key: string) => () => void qc.invalidateQueries({ queryKey: [key, consortiumId] });
  return {
    declare: useMutation({
      mutationFn: (body: {
        organisationId: string;
        title: string;
        identifier?: string | null;
        description?: string | null;
        exclusions?: string | null;
      }) => post<BackgroundIp>(`/api/consortia/${consortiumId}/background-ip`, body),
      onSuccess: refresh('background-ip'),
    }),
    request: useMutation({
      mutationFn: (body: {
        requesterOrganisationId: string;
        backgroundIpId?: string;
        resultId?: string;
        purpose: AccessPurpose;
        justification: string;
      }) => post<AccessRequest>(`/api/consortia/${consortiumId}/access-requests`, body),
      onSuccess: refresh('access-requests'),
    }),
    decide: useMutation({
      mutationFn: (v: { id: string; decision: 'granted' | 'refused'; note?: string | null }) =>
        post<AccessRequest>(`/api/access-requests/${v.id}/decision`, {
          decision: v.decision,
          note: v.note ?? null,
        }),
      onSuccess: refresh('access-requests'),
    }),
    announce: useMutation({
      mutationFn: (body: {
        organisationId: string;
        title: string;
        venue?: string | null;
        abstract?: string | null;
        resultIds: string[];
        plannedOn: string;
      }) => post<Publication>(`/api/consortia/${consortiumId}/publications`, body),
      onSuccess: refresh('publications'),
    }),
    object: useMutation({
      mutationFn: (v: { id: string; organisationId: string; reason: string; requestedChange: string }) =>
        post<Publication>(`/api/publications/${v.id}/objections`, {
          organisationId: v.organisationId,
          reason: v.reason,
          requestedChange: v.requestedChange,
        }),
      onSuccess: refresh('publications'),
    }),
    resolve: useMutation({
      mutationFn: (v: { id: string; objectionId: string }) =>
        post<Publication>(`/api/publications/${v.id}/objections/${v.objectionId}/resolve`),
      onSuccess: refresh('publications'),
    }),
  };
}
