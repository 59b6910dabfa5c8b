import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { DemoAccount } from '@huahe/contracts';
import { ApiError, get } from '../../api/client';
import { LanguageSwitch } from '../../app/layout/LanguageSwitch';
import { useAuthActions, useSession } from './session';

/** The login page, with the demo accounts when the platform runs its demo data. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { login } = useAuthActions();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ email: string; password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const demo = useQuery({
    queryKey: ['demo-accounts'],
    queryFn: () => get<DemoAccount[]>('/api/auth/demo-accounts'),
  });
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';

  if (session.data) return <Navigate to={target} replace />;

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.email, values.password);
      await navigate(target, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(135deg, #e6f4ff 0%, #f0f5ff 50%, #fff 100%)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 420 }}>
        <div
          style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 10 }}>
            <img src="/favicon.svg" alt="" width={40} height={40} />
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('app.fullName')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
            </div>
          </div>
          <LanguageSwitch loggedIn={false} />
        </div>
        <Card title={t('auth.title')}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} key={i18n.language}>
            <Form.Item
              name="email"
              label={t('auth.email')}
              rules={[{ required: true, message: t('auth.required', { field: t('auth.email') }) }]}
            >
              <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[{ required: true, message: t('auth.required', { field: t('auth.password') }) }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Card>
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Link to="/public/consortia">{t('auth.publicDirectory')}</Link>
        </div>
        {demo.data && demo.data.length > 0 && (
          <Card
            size="small"
            title={t('auth.demoAccounts')}
            style={{ marginTop: 16 }}
            extra={<Typography.Text type="secondary">{t('auth.demoHint')}</Typography.Text>}
          >
            <List
              size="small"
              dataSource={demo.data}
              renderItem={(a) => (
                <List.Item
                  style={{ cursor: 'pointer' }}
                  onClick={() => form.setFieldsValue({ email: a.email, password: 'Huahe-demo-2026' })}
                >
                  <Typography.Text code>{a.email}</Typography.Text>
                  <Typography.Text type="secondary">
                    {a.label[i18n.language === 'en' ? 'en' : 'zh-CN']}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
