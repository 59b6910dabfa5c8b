import { UsergroupAddOutlined } from '@ant-design/icons';
import type { Consortium } from '@huahe/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { introducesFor, ownOrganisations } from './rights';

/** The consortium page's way to 寻找合作伙伴, for its secretariat, its members and the bureau. */
export function PartnerEntry(props: { consortium: Consortium }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const c = props.consortium;
  const own = new Set(ownOrganisations(session).map((o) => o.id));
  const member = c.members.some((m) => !m.leftOn && own.has(m.organisationId));
  if (!introducesFor(session, c.id) && !member) return null;
  return (
    <Link to={`/consortia/${c.id}/partners`} data-testid="partners-link">
      <Button icon={<UsergroupAddOutlined />}>{t('matching.partners.entry')}</Button>
    </Link>
  );
}
