import { Breadcrumb, Button, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatches } from 'react-router';
import { PageState } from '../../components/PageState';
import { crumbsOf } from './crumbs';
import { LanguageSwitch } from './LanguageSwitch';

/** The shell of pages anyone may see without logging in (the public consortium directory). */
export function PublicLayout() {
  const { t } = useTranslation();
  const crumbs = crumbsOf(useMatches(), t);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
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
        <Link to="/public/consortia" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
            {t('app.fullName')}
          </Typography.Text>
        </Link>
        <span style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <LanguageSwitch loggedIn={false} />
          <Link to="/login">
            <Button type="primary" size="small">
              {t('auth.submit')}
            </Button>
          </Link>
        </span>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={crumbs.map((c) => ({
            key: c.key,
            title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title,
          }))}
        />
        <Suspense fallback={<PageState loading />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
