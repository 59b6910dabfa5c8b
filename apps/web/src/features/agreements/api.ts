import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementView,
  GovernanceEvent,
  Motion,
  MotionView,
  RenderedAgreement,
  TemplateKind,
  VerificationBundle,
  VotingPower,
  governanceEventViewSchema,
  signingKeySchema,
} from '@huahe/contracts';
import type { z } from 'zod';
import { ApiError, get, post, put, qs } from '../../api/client';

/** A recorded governance event as the API lists it. */
export type GovernanceEventView = z.infer<typeof governanceEventViewSchema>;
/** A public key of the platform that seals signatures. */
export type SigningKey = z.infer<typeof signingKeySchema>;

const keys = {
  view: (consortiumId: string) => ['agreement', consortiumId] as const,
  text: (id: string, lang: string, version?: string) => ['agreement-text', id, lang, version ?? ''] as const,
  power: (id: string, source: string) => ['agreement-power', id, source] as const,
  motions: (id: string) => ['agreement-motions', id] as const,
  events: (id: string) => ['agreement-events', id] as const,
};

/** The consortium's agreement; `null` when none has been started yet (the API answers 404). */
export function useAgreement(consortiumId: string) {
  return useQuery({
    queryKey: keys.view(consortiumId),
    queryFn: async (): Promise<AgreementView | null> => {
      try {
        return await get<AgreementView>(`/api/consortia/${consortiumId}/agreement`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

/** The legal text of the draft (no version) or of a frozen version, in a language. */
export function useAgreementText(agreementId: string, lang: 'zh-CN' | 'en', versionId?: string) {
  return useQuery({
    queryKey: keys.text(agreementId, lang, versionId),
    queryFn: () =>
      get<RenderedAgreement>(`/api/agreements/${agreementId}/text${qs({ lang, version: versionId })}`),
    enabled: !!agreementId,
    staleTime: 30_000,
  });
}

/** Each party's voting power under every decision rule of the draft or the effective version. */
export function useVotingPower(agreementId: string, source: 'draft' | 'effective') {
  return useQuery({
    queryKey: keys.power(agreementId, source),
    queryFn: () => get<VotingPower>(`/api/agreements/${agreementId}/voting-power${qs({ source })}`),
  });
}

/** The motions with their decisions as of now. */
export function useMotions(agreementId: string, enabled = true) {
  return useQuery({
    queryKey: keys.motions(agreementId),
    queryFn: () => get<MotionView[]>(`/api/agreements/${agreementId}/motions`),
    enabled,
  });
}

/** The recorded governance events (meetings, written procedures, votes, vetoes). */
export function useGovernanceEvents(agreementId: string, enabled = true) {
  return useQuery({
    queryKey: keys.events(agreementId),
    queryFn: () => get<GovernanceEventView[]>(`/api/agreements/${agreementId}/events`),
    enabled,
  });
}

/** The platform's public keys, whose fingerprints verifiers pin. */
export function useSigningKeys() {
  return useQuery({
    queryKey: ['agreement-keys'],
    queryFn: () => get<SigningKey[]>('/api/agreements/keys'),
    staleTime: 10 * 60_000,
  });
}

/** The agreement data of a frozen version, read from its verification bundle (the exact text that was signed). */
export function useVersionData(agreementId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: ['agreement-version-data', agreementId, versionId],
    queryFn: async () => {
      const b = await get<VerificationBundle>(`/api/agreements/${agreementId}/versions/${versionId}/bundle`);
      return JSON.parse(b.agreement) as Agreement;
    },
    enabled: !!versionId,
    staleTime: Infinity,
  });
}

/** Writes on the agreement; each answer replaces the cached view, and what depends on it is refetched. */
export function useAgreementWrites(consortiumId: string, agreementId: string | undefined) {
  const qc = useQueryClient();
  const settle = (v: AgreementView) => {
    qc.setQueryData(keys.view(consortiumId), v);
    void qc.invalidateQueries({ queryKey: ['agreement-text', v.id] });
    void qc.invalidateQueries({ queryKey: ['agreement-power', v.id] });
    void qc.invalidateQueries({ queryKey: ['me'] });
  };
  return {
    create: useMutation({
      mutationFn: (template: TemplateKind) =>
        post<AgreementView>(`/api/consortia/${consortiumId}/agreement`, { template }),
      onSuccess: settle,
    }),
    save: useMutation({
      mutationFn: (v: { draft: Agreement; draftVersion: number }) =>
        put<AgreementView>(`/api/agreements/${agreementId}/draft`, v),
      onSuccess: settle,
    }),
    freeze: useMutation({
      mutationFn: () => post<AgreementView>(`/api/agreements/${agreementId}/versions`),
      onSuccess: settle,
    }),
    sign: useMutation({
      mutationFn: (v: { versionId: string; password: string; digest: string }) =>
        post<AgreementView>(`/api/agreements/${agreementId}/versions/${v.versionId}/signatures`, {
          password: v.password,
          digest: v.digest,
        }),
      onSuccess: settle,
    }),
    reload: () => qc.invalidateQueries({ queryKey: keys.view(consortiumId) }),
  };
}

/** Governance writes: motions, votes, vetoes, events and applying a passed motion. */
export function useGovernanceWrites(consortiumId: string, agreementId: string) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: keys.motions(agreementId) });
    void qc.invalidateQueries({ queryKey: keys.events(agreementId) });
    void qc.invalidateQueries({ queryKey: ['me'] });
  };
  return {
    propose: useMutation({
      mutationFn: (motion: Motion) => post<MotionView>(`/api/agreements/${agreementId}/motions`, { motion }),
      onSuccess: refresh,
    }),
    vote: useMutation({
      mutationFn: (v: { motionId: string; choice: 'for' | 'against' | 'abstain'; partyId: string }) =>
        post<MotionView>(`/api/agreements/${agreementId}/motions/${v.motionId}/votes`, {
          choice: v.choice,
          partyId: v.partyId,
        }),
      onSuccess: refresh,
    }),
    veto: useMutation({
      mutationFn: (v: { motionId: string; partyId: string; grounds?: string }) =>
        post<MotionView>(`/api/agreements/${agreementId}/motions/${v.motionId}/veto`, {
          partyId: v.partyId,
          ...(v.grounds ? { grounds: { zh: v.grounds } } : {}),
        }),
      onSuccess: refresh,
    }),
    record: useMutation({
      mutationFn: (event: GovernanceEvent) =>
        post<GovernanceEventView[]>(`/api/agreements/${agreementId}/events`, { event }),
      onSuccess: refresh,
    }),
    apply: useMutation({
      mutationFn: (motionId: string) =>
        post<MotionView>(`/api/agreements/${agreementId}/motions/${motionId}/apply`),
      onSuccess: () => {
        refresh();
        void qc.invalidateQueries({ queryKey: keys.view(consortiumId) });
      },
    }),
  };
}

/** Paths of the agreement's downloads. */
export const agreementFiles = {
  pdf: (id: string, lang: 'zh-CN' | 'en', versionId?: string) =>
    `/api/agreements/${id}/pdf${qs({ lang, version: versionId })}`,
  bundle: (id: string, versionId: string) => `/api/agreements/${id}/versions/${versionId}/bundle`,
};
