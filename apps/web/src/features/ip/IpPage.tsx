import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ConsortiumSection } from '../results/ConsortiumSection';
import { AccessTab } from './AccessTab';
import { BackgroundTab } from './BackgroundTab';
import { PublicationsTab } from './PublicationsTab';

const TABS = ['background', 'access', 'publications'] as const;
type Tab = (typeof TABS)[number];

/** /consortia/:id/ip?tab= — background IP, access rights and publication review. */
export function IpPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) ? asked : 'background';
  return (
    <ConsortiumSection consortiumId={id} active="ip" key={id}>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            {
              key: 'background',
              label: t('ip.background.title'),
              children: <BackgroundTab consortiumId={id} />,
            },
            { key: 'access', label: t('ip.access.title'), children: <AccessTab consortiumId={id} /> },
            {
              key: 'publications',
              label: t('ip.publications.title'),
              children: <PublicationsTab consortiumId={id} />,
            },
          ]}
        />
      </Card>
    </ConsortiumSection>
  );
}
