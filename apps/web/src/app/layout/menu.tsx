import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  DeploymentUnitOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  ShopOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role, Session } from '@huahe/contracts';
import type { ReactNode } from 'react';

/** One entry of the side menu; `roles` limits who sees it (absent: everyone logged in). */
export interface MenuEntry {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  roles?: Role[];
}

/** Who works with the organisation and people directories (experts see only their assignments). */
const directoryRoles: Role[] = [
  'platform_admin',
  'bureau_staff',
  'secretariat',
  'member_admin',
  'member_staff',
];

/** The side menu, in order. Features add their entries here. */
export const menuEntries: MenuEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { key: 'consortia', path: '/consortia', label: 'nav.consortia', icon: <ApartmentOutlined /> },
  {
    key: 'organisations',
    path: '/organisations',
    label: 'nav.organisations',
    icon: <BankOutlined />,
    roles: directoryRoles,
  },
  { key: 'people', path: '/people', label: 'nav.people', icon: <IdcardOutlined />, roles: directoryRoles },
  {
    key: 'myOrganisation',
    path: '/my-organisation',
    label: 'nav.myOrganisation',
    icon: <ShopOutlined />,
    roles: ['member_admin', 'member_staff'],
  },
  {
    key: 'demands',
    path: '/demands',
    label: 'matching.nav.demands',
    icon: <SwapOutlined />,
    roles: directoryRoles,
  },
  {
    key: 'matches',
    path: '/matches',
    label: 'matching.nav.matches',
    icon: <DeploymentUnitOutlined />,
    roles: directoryRoles,
  },
  { key: 'users', path: '/users', label: 'nav.users', icon: <TeamOutlined />, roles: ['platform_admin'] },
  { key: 'todo', path: '/todo', label: 'todo.menu', icon: <CalendarOutlined /> },
  { key: 'audit', path: '/audit', label: 'nav.audit', icon: <AuditOutlined /> },
  { key: 'tokens', path: '/account/tokens', label: 'nav.tokens', icon: <KeyOutlined /> },
];

/** The entries a session may see. */
export function visibleEntries(session: Session): MenuEntry[] {
  const roles = new Set(session.user.roles.map((r) => r.role));
  return menuEntries.filter((e) => !e.roles || e.roles.some((r) => roles.has(r)));
}

/** The entry whose path best matches the current location. */
export function activeKey(entries: MenuEntry[], pathname: string): string | undefined {
  return entries
    .filter((e) =>
      e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
