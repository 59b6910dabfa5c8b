import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  Demand,
  DemandFields,
  FittingDemand,
  ListingVisibility,
  Match,
  MatchCandidate,
  MatchSide,
  MatchStatus,
  MatchSummary,
  Offer,
  OfferFields,
  OfferKind,
  OrganisationKind,
} from '@huahe/contracts';
import { get, patch, post, qs, del, type Page } from '../../api/client';

/** The demand list's filters, as kept in the address. */
export interface DemandFilters {
  q?: string;
  tag?: string;
  organisationId?: string;
  consortiumId?: string;
  visibility?: ListingVisibility;
  status?: 'open' | 'closed' | 'all';
  region?: string;
  trl?: string;
}

/** The offer list's filters. */
export interface OfferFilters {
  q?: string;
  tag?: string;
  kind?: OfferKind;
  organisationId?: string;
  status?: 'open' | 'closed' | 'all';
}

/** Filters of a ranking: they restrict the candidates and never change their scores. */
export interface CandidateFilters {
  top: number;
  kind?: OrganisationKind[];
  region?: string;
  tags?: string[];
}

/** A ranking as the API answers it. */
export interface Candidates {
  items: MatchCandidate[];
  profiles: number;
}

const candidateQs = (f: CandidateFilters, extra: Record<string, string | undefined> = {}) =>
  qs({
    top: f.top,
    kind: f.kind?.length ? f.kind.join(',') : undefined,
    region: f.region,
    tags: f.tags?.length ? f.tags.join(',') : undefined,
    ...extra,
  });

/** One page of the demands the caller may see. */
export function useDemands(filters: DemandFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['demands', filters, page, pageSize],
    queryFn: () => get<Page<Demand>>(`/api/demands${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** The Excel export of the filtered demands. */
export const demandsExportPath = (filters: DemandFilters) => `/api/demands/export.xlsx${qs({ ...filters })}`;

/** One demand. */
export function useDemand(id: string | undefined) {
  return useQuery({
    queryKey: ['demand', id],
    queryFn: () => get<Demand>(`/api/demands/${id}`),
    enabled: !!id,
  });
}

/** The ranked candidates of a demand, with their reasons. */
export function useDemandCandidates(id: string, filters: CandidateFilters, enabled: boolean) {
  return useQuery({
    queryKey: ['demand-candidates', id, filters],
    queryFn: () => get<Candidates>(`/api/demands/${id}/candidates${candidateQs(filters)}`),
    enabled,
    placeholderData: (prev) => prev,
  });
}

/** The partners recommended for a consortium, for what it looks for. */
export function usePartnerCandidates(consortiumId: string, text: string, filters: CandidateFilters) {
  return useQuery({
    queryKey: ['partner-candidates', consortiumId, text, filters],
    queryFn: () =>
      get<Candidates>(
        `/api/consortia/${consortiumId}/partner-candidates${candidateQs(filters, { text: text || undefined })}`,
      ),
    placeholderData: (prev) => prev,
  });
}

/** The open demands an organisation fits, best first. */
export function useFittingDemands(organisationId: string, top = 5) {
  return useQuery({
    queryKey: ['fitting-demands', organisationId, top],
    queryFn: () =>
      get<{ items: FittingDemand[]; demands: number }>(
        `/api/organisations/${organisationId}/fitting-demands${qs({ top })}`,
      ),
  });
}

/** Creating, editing, closing, reopening and deleting demands. */
export function useDemandWrites() {
  const qc = useQueryClient();
  const settle = (d: Demand) => {
    qc.setQueryData(['demand', d.id], d);
    void qc.invalidateQueries({ queryKey: ['demands'] });
    void qc.invalidateQueries({ queryKey: ['demand-candidates', d.id] });
    void qc.invalidateQueries({ queryKey: ['fitting-demands'] });
  };
  return {
    create: useMutation({
      mutationFn: (v: DemandFields) => post<Demand>('/api/demands', v),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: (v: { id: string; body: Partial<DemandFields> }) =>
        patch<Demand>(`/api/demands/${v.id}`, v.body),
      onSuccess: settle,
    }),
    close: useMutation({
      mutationFn: (v: { id: string; reason: string | null }) =>
        post<Demand>(`/api/demands/${v.id}/close`, { reason: v.reason }),
      onSuccess: settle,
    }),
    reopen: useMutation({
      mutationFn: (id: string) => post<Demand>(`/api/demands/${id}/reopen`),
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: (id: string) => del(`/api/demands/${id}`),
      onSuccess: () => void qc.invalidateQueries({ queryKey: ['demands'] }),
    }),
  };
}

/** One page of the offers the caller may see. */
export function useOffers(filters: OfferFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['offers', filters, page, pageSize],
    queryFn: () => get<Page<Offer>>(`/api/offers${qs({ ...filters, page, pageSize })}`),
    placeholderData: (prev) => prev,
  });
}

/** Creating, editing, withdrawing, reopening and deleting offers. */
export function useOfferWrites() {
  const qc = useQueryClient();
  const settle = () => void qc.invalidateQueries({ queryKey: ['offers'] });
  return {
    create: useMutation({
      mutationFn: (v: OfferFields) => post<Offer>('/api/offers', v),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: (v: { id: string; body: Partial<OfferFields> }) =>
        patch<Offer>(`/api/offers/${v.id}`, v.body),
      onSuccess: settle,
    }),
    close: useMutation({
      mutationFn: (id: string) => post<Offer>(`/api/offers/${id}/close`, {}),
      onSuccess: settle,
    }),
    reopen: useMutation({
      mutationFn: (id: string) => post<Offer>(`/api/offers/${id}/reopen`),
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: (id: string) => del(`/api/offers/${id}`),
      onSuccess: settle,
    }),
  };
}

/** The caller's matches (its organisations' on either side, and those of the consortia it runs). */
export function useMyMatches(status?: MatchStatus) {
  return useQuery({
    queryKey: ['matches', 'mine', status ?? 'all'],
    queryFn: () => get<Page<MatchSummary>>(`/api/matches${qs({ status, pageSize: 200 })}`),
  });
}

/** A demand's matches (all of them for its organisation and those who introduce). */
export function useDemandMatches(demandId: string) {
  return useQuery({
    queryKey: ['matches', 'demand', demandId],
    queryFn: () => get<Page<MatchSummary>>(`/api/demands/${demandId}/matches${qs({ pageSize: 200 })}`),
  });
}

/** A consortium's partner matches (its secretariat, the bureau). */
export function useConsortiumMatches(consortiumId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['matches', 'consortium', consortiumId],
    queryFn: () => get<Page<MatchSummary>>(`/api/consortia/${consortiumId}/matches${qs({ pageSize: 200 })}`),
    enabled,
  });
}

/** One match with its reasons, history and what the caller may do next. */
export function useMatch(id: string | undefined) {
  return useQuery({
    queryKey: ['match', id],
    queryFn: () => get<Match>(`/api/matches/${id}`),
    enabled: !!id,
  });
}

/** After any match write: the match itself, every list and ranking that shows it, memberships. */
function settleMatch(qc: QueryClient, m: Match) {
  qc.setQueryData(['match', m.id], m);
  void qc.invalidateQueries({ queryKey: ['matches'] });
  void qc.invalidateQueries({ queryKey: ['demand-candidates'] });
  void qc.invalidateQueries({ queryKey: ['partner-candidates'] });
  void qc.invalidateQueries({ queryKey: ['me', 'notifications'] });
  if (m.consortium) void qc.invalidateQueries({ queryKey: ['consortium', m.consortium.id] });
}

/** Introducing a candidate, for a demand or to a consortium. */
export function useIntroduce() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      target: { demandId: string } | { consortiumId: string };
      organisationId: string;
      note: string;
    }) =>
      post<Match>(
        'demandId' in v.target
          ? `/api/demands/${v.target.demandId}/introduce`
          : `/api/consortia/${v.target.consortiumId}/introduce`,
        { organisationId: v.organisationId, note: v.note },
      ),
    onSuccess: (m) => settleMatch(qc, m),
  });
}

/** What the partner step records. */
export interface PartnerBody {
  outcome: 'joined_consortium' | 'contract';
  contractReference?: string;
  role?: 'core' | 'member' | 'supporting';
  tier?: 'core' | 'close' | 'general';
  joinedOn?: string;
  note?: string | null;
}

/** The steps after an introduction: answer, negotiate, partner, close. */
export function useMatchSteps(id: string) {
  const qc = useQueryClient();
  const onSuccess = (m: Match) => settleMatch(qc, m);
  return {
    respond: useMutation({
      mutationFn: (v: { decision: 'accept' | 'decline'; side: MatchSide; note: string | null }) =>
        post<Match>(`/api/matches/${id}/respond`, v),
      onSuccess,
    }),
    negotiate: useMutation({
      mutationFn: (note: string | null) => post<Match>(`/api/matches/${id}/negotiate`, { note }),
      onSuccess,
    }),
    partner: useMutation({
      mutationFn: (v: PartnerBody) => post<Match>(`/api/matches/${id}/partner`, v),
      onSuccess,
    }),
    close: useMutation({
      mutationFn: (reason: string) => post<Match>(`/api/matches/${id}/close`, { reason }),
      onSuccess,
    }),
  };
}
