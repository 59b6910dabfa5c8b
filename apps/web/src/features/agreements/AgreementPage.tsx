import type { AgreementView } from '@huahe/contracts';
import { Card, Tabs } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageState } from '../../components/PageState';
import { useNarrow } from '../../components/useNarrow';
import { useConsortium } from '../consortia/api';
import { AgreementStart } from './AgreementStart';
import { AgreementSummary } from './AgreementSummary';
import { useAgreement } from './api';
import { AgreementForm } from './form/AgreementForm';
import { MotionsTab } from './motions/MotionsTab';
import { VotingPowerTab } from './power/VotingPowerTab';
import { AgreementText } from './text/AgreementText';
import { VersionsTab } from './versions/VersionsTab';

const TABS = ['edit', 'text', 'power', 'versions', 'motions'] as const;
type Tab = (typeof TABS)[number];

/** The tab to open when the address names none: what the caller most likely came to do. */
function defaultTab(v: AgreementView, motion: string | null): Tab {
  if (motion) return 'motions';
  if (v.signableBy.length > 0) return 'versions';
  if (v.versions.some((x) => x.status === 'effective')) return 'text';
  return v.canEdit ? 'edit' : 'text';
}

/** /consortia/:id/agreement */
export function AgreementPage() {
  const { id } = useParams();
  return <AgreementScreen consortiumId={id ?? ''} key={id} />;
}

function AgreementScreen(props: { consortiumId: string }) {
  const { t } = useTranslation();
  const consortium = useConsortium(props.consortiumId);
  const q = useAgreement(props.consortiumId);
  const [params, setParams] = useSearchParams();
  const narrow = useNarrow();
  // The tab chosen for a bare address stays put while the data changes (e.g. after signing).
  const initial = useRef<Tab | null>(null);
  if (q.isLoading || consortium.isLoading || q.error || consortium.error || q.data === undefined)
    return (
      <PageState
        loading={q.isLoading || consortium.isLoading}
        error={q.error ?? consortium.error}
        onRetry={() => void Promise.all([q.refetch(), consortium.refetch()])}
      />
    );
  if (q.data === null || !consortium.data) return <AgreementStart consortium={consortium.data} />;
  const view = q.data;
  const asked = params.get('tab');
  initial.current ??= defaultTab(view, params.get('motion'));
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : initial.current;
  // The form step survives a visit to another tab; a field or motion to show is used once.
  const go = (next: Tab, extra: Record<string, string> = {}) => {
    const step = params.get('step');
    setParams({ tab: next, ...(step ? { step } : {}), ...extra }, { replace: next === tab });
  };

  return (
    <div data-testid="agreement-page" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <AgreementSummary
        view={view}
        onFix={(step, field) => go('edit', { step, field })}
        onOpen={(next) => go(next)}
      />
      <Card styles={{ body: { paddingTop: 4, ...(narrow ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => go(k as Tab)}
          items={[
            {
              key: 'edit',
              label: view.canEdit ? t('agreements.tabs.edit') : t('agreements.tabs.content'),
              children: <AgreementForm view={view} />,
            },
            { key: 'text', label: t('agreements.tabs.text'), children: <AgreementText view={view} /> },
            { key: 'power', label: t('agreements.tabs.power'), children: <VotingPowerTab view={view} /> },
            {
              key: 'versions',
              label: t('agreements.tabs.versions'),
              children: <VersionsTab view={view} />,
            },
            { key: 'motions', label: t('agreements.tabs.motions'), children: <MotionsTab view={view} /> },
          ]}
        />
      </Card>
    </div>
  );
}
