import { Card, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { OrganisationDetail } from './OrganisationDetail';

/** The organisation(s) the user works for as member admin or staff; editable by its admin. */
export function MyOrganisationPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const mine = new Map<string, string>();
  for (const r of session?.user.roles ?? [])
    if ((r.role === 'member_admin' || r.role === 'member_staff') && r.organisationId)
      mine.set(r.organisationId, r.organisationName ?? r.organisationId);
  const ids = [...mine.keys()];
  const [chosen, setChosen] = useState<string | undefined>(ids[0]);
  const id = chosen && mine.has(chosen) ? chosen : ids[0];
  if (!id)
    return (
      <Card>
        <Empty description={t('organisations.noneOfMine')} />
      </Card>
    );
  return (
    <>
      {ids.length > 1 && (
        <Segmented
          style={{ marginBottom: 16 }}
          value={id}
          onChange={(v) => setChosen(String(v))}
          options={ids.map((i) => ({ value: i, label: mine.get(i) }))}
        />
      )}
      <OrganisationDetail id={id} key={id} />
    </>
  );
}
