import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Breadcrumb, Button, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useMatches, useNavigate } from 'react-router';
import { PageState } from '../../components/PageState';
import { useAuthActions, useSession } from '../../features/auth/session';
import { NotificationBell } from '../../features/todo/NotificationBell';
import { crumbsOf } from './crumbs';
import { LanguageSwitch } from './LanguageSwitch';
import { activeKey, visibleEntries } from './menu';

const { Header, Sider, Content } = Layout;

/** The shell of every logged-in page: side menu by role, header with language and user, breadcrumbs. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const { logout } = useAuthActions();
  const navigate = useNavigate();
  const location = useLocation();
  const matches = useMatches();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const { message } = App.useApp();
  const narrow = !screens.lg;
  useEffect(() => setCollapsed(narrow), [narrow]);

  if (session.isLoading) return <PageState loading />;
  if (session.error) return <PageState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;

  const s = session.data;
  const entries = visibleEntries(s);
  const crumbs = crumbsOf(matches, t);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 64}
        collapsible
        trigger={narrow ? null : undefined}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={220}
        theme="dark"
        style={narrow ? { position: 'fixed', height: '100vh', zIndex: 20 } : undefined}
      >
        <Link
          to="/"
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            height: 56,
            padding: '0 20px',
            color: '#fff',
          }}
        >
          <img src="/favicon.svg" alt="" width={28} height={28} />
          {!collapsed && (
            <Typography.Text style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>
              {t('app.name')}
            </Typography.Text>
          )}
        </Link>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[activeKey(entries, location.pathname) ?? '']}
          items={entries.map((e) => ({
            key: e.key,
            icon: e.icon,
            label: <Link to={e.path}>{t(e.label)}</Link>,
          }))}
          onClick={() => narrow && setCollapsed(true)}
        />
      </Sider>
      {narrow && !collapsed && (
        <div
          aria-hidden
          data-testid="menu-backdrop"
          onClick={() => setCollapsed(true)}
          style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,0.45)', zIndex: 19 }}
        />
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {narrow ? (
            <Space>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.menu')}
                data-testid="menu-toggle"
                onClick={() => setCollapsed(!collapsed)}
              />
              <Typography.Text strong>{t('app.name')}</Typography.Text>
            </Space>
          ) : (
            <Typography.Text type="secondary" ellipsis>
              {t('app.tagline')}
            </Typography.Text>
          )}
          <Space size="middle">
            <NotificationBell />
            <LanguageSwitch loggedIn />
            <Dropdown
              menu={{
                items: [
                  { key: 'tokens', icon: <UserOutlined />, label: t('nav.tokens') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
                ],
                onClick: async ({ key }) => {
                  if (key === 'tokens') return navigate('/account/tokens');
                  await logout();
                  message.success(t('auth.loggedOut'));
                  await navigate('/login');
                },
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} />
                {!narrow && <span>{s.user.displayName}</span>}
              </Space>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ margin: narrow ? 8 : 16 }}>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[
              { key: 'app', title: <Link to="/">{t('app.name')}</Link> },
              ...crumbs.map((c) => ({
                key: c.key,
                title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title,
              })),
            ]}
          />
          <Suspense fallback={<PageState loading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
